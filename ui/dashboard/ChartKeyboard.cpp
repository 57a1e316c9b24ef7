#include "ChartKeyboard.h"

#include "widgets/Format.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QPalette>
#include <QToolTip>

namespace cd {

ChartKeyboard::ChartKeyboard(QChartView *view, QAbstractBarSeries *series)
    : QObject(view)
    , m_view(view)
    , m_series(series)
{
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    for (QBarSet *set : m_series->barSets())
        set->setSelectedColor(QApplication::palette().color(QPalette::Highlight));
}

QList<ChartKeyboard::Bar> ChartKeyboard::bars() const
{
    // In reading order: category by category, the sets of each in turn; bars
    // with nothing to open (a value of 0) are skipped.
    const QList<QBarSet *> sets = m_series->barSets();
    int categories = 0;
    for (const QBarSet *set : sets)
        categories = qMax(categories, set->count());
    QList<Bar> result;
    for (int i = 0; i < categories; ++i) {
        for (QBarSet *set : sets) {
            if (i < set->count() && set->at(i) > 0)
                result.append({set, i});
        }
    }
    return result;
}

int ChartKeyboard::position() const
{
    const QList<Bar> all = bars();
    for (int p = 0; p < all.size(); ++p) {
        if (all.at(p).set == m_set && all.at(p).index == m_index)
            return p;
    }
    return -1;
}

void ChartKeyboard::select(int p)
{
    for (QBarSet *set : m_series->barSets())
        set->deselectAllBars();
    const QList<Bar> all = bars();
    if (p < 0 || p >= all.size()) {
        m_set = nullptr;
        m_index = -1;
        m_view->setAccessibleDescription(QString());
        return;
    }
    m_set = all.at(p).set;
    m_index = all.at(p).index;
    m_set->selectBar(m_index);
    // What the bar is: its category (when the axis names one), its set, its value.
    QString category;
    const QList<QAbstractAxis *> axes = m_series->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            category = categories->categories().value(m_index);
    }
    const QString value = Format::count(qint64(m_set->at(m_index)));
    QStringList parts;
    if (!category.isEmpty())
        parts << category;
    if (!m_set->label().isEmpty())
        parts << m_set->label();
    const QString text = tr("%1: %2").arg(parts.join(QStringLiteral(" · ")), value);
    m_view->setAccessibleDescription(text);
    if (m_view->isVisible())
        QToolTip::showText(m_view->mapToGlobal(m_view->rect().center()), text, m_view);
}

bool ChartKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        if (position() < 0)
            select(0);
        break;
    case QEvent::FocusOut:
        select(-1);
        QToolTip::hideText();
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = int(bars().size());
        const int p = position();
        switch (key->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            select(count == 0 ? -1 : qMin(p + 1, count - 1));
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            select(count == 0 ? -1 : qMax(p - 1, 0));
            return true;
        case Qt::Key_Home:
            select(count == 0 ? -1 : 0);
            return true;
        case Qt::Key_End:
            select(count - 1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_set && m_index >= 0) {
                emit m_series->clicked(m_index, m_set);
                return true;
            }
            break;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd
