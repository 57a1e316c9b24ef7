#include "ListTable.h"

#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
// Keeps a context-menu action's enabled state in step with its button.
class ButtonStateFollower : public QObject
{
public:
    ButtonStateFollower(QAbstractButton *button, QAction *action)
        : QObject(action)
        , m_button(button)
        , m_action(action)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_button && event->type() == QEvent::EnabledChange)
            m_action->setEnabled(m_button->isEnabled());
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractButton *m_button;
    QAction *m_action;
};
} // namespace

void ListTable::setUp(QTableView *table, const QVector<int> &widths, const QString &settingsKey)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < widths.size(); ++c)
        table->setColumnWidth(c, widths.at(c));
    if (!settingsKey.isEmpty())
        table->horizontalHeader()->restoreState(QSettings().value(settingsKey).toByteArray());

    // Right-click offers the page's row actions (addRowAction) and Copy Row,
    // which puts the selected row's cells on the clipboard, tab-separated, in
    // the order the columns are shown (Ctrl+C does the same).
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QCoreApplication::translate("cd::ListTable", "&Copy Row"), table);
    copy->setObjectName(QStringLiteral("copyRowAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, table, [table] {
        const QModelIndex current = table->currentIndex();
        if (!current.isValid() || !table->model())
            return;
        const QHeaderView *header = table->horizontalHeader();
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (table->isColumnHidden(column))
                continue;
            cells << table->model()
                         ->index(current.row(), column, current.parent())
                         .data(Qt::DisplayRole)
                         .toString();
        }
        QGuiApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    });
    table->addAction(copy);
}

QAction *ListTable::addRowAction(QAbstractItemView *view, QAbstractButton *button)
{
    auto *action = new QAction(button->text(), view);
    action->setObjectName(button->objectName() + QStringLiteral("Action"));
    if (QMenu *menu = qobject_cast<QPushButton *>(button) ? static_cast<QPushButton *>(button)->menu()
                                                          : nullptr)
        action->setMenu(menu); // e.g. Print: Preview / Print / Save as PDF as a submenu
    else
        QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    // Enabled exactly when the button is, so the menu never offers what the
    // page would refuse.
    action->setEnabled(button->isEnabled());
    auto *filter = new ButtonStateFollower(button, action);
    button->installEventFilter(filter);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // In the order the page adds them, above Copy Row.
    QAction *before = nullptr;
    for (QAction *existing : view->actions()) {
        if (existing->objectName() == QLatin1String("copyRowAction"))
            before = existing;
    }
    view->insertAction(before, action);
    return action;
}

void ListTable::saveState(QTableView *table, const QString &settingsKey)
{
    if (!settingsKey.isEmpty())
        QSettings().setValue(settingsKey, table->horizontalHeader()->saveState());
}

QLabel *ListTable::addEmptyState(QTableView *table, const QString &text)
{
    auto *label = new QLabel(text, table->viewport());
    label->setObjectName(table->objectName() + QStringLiteral("Empty"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    Theme::makeMuted(label);
    auto *layout = new QVBoxLayout(table->viewport());
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(label);

    QAbstractItemModel *model = table->model();
    auto update = [label, model] { label->setVisible(model->rowCount() == 0); };
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    update();
    return label;
}

} // namespace cd
