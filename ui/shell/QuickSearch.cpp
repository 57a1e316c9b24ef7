#include "QuickSearch.h"

#include "numbers/NumberStyle.h"

#include "agents/Agent.h"
#include "contracts/Contract.h"
#include "customers/Customer.h"
#include "numbers/Number.h"
#include "widgets/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int kHitRole = Qt::UserRole + 1;

QString statusText(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Agent: {
        AgentStatus s;
        return agentStatusFromKey(hit.status, &s) ? agentStatusDisplayName(s) : hit.status;
    }
    case SearchHit::Kind::Customer: {
        Qualification q;
        return qualificationFromKey(hit.status, &q) ? qualificationDisplayName(q) : hit.status;
    }
    case SearchHit::Kind::Number: {
        NumberStatus s;
        return numberStatusFromKey(hit.status, &s) ? numberStatusDisplayName(s) : hit.status;
    }
    case SearchHit::Kind::Contract: {
        ContractStatus s;
        return contractStatusFromKey(hit.status, &s) ? contractStatusDisplayName(s) : hit.status;
    }
    }
    return hit.status;
}

} // namespace

QuickSearch::QuickSearch(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("quickSearch"));
    setWindowTitle(tr("Find"));
    setMinimumWidth(560);

    m_field->setObjectName(QStringLiteral("quickSearchField"));
    m_field->setPlaceholderText(
        tr("Agent or customer name, USCC, 400 number or contract number"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("quickSearchResults"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(320);
    m_hint->setObjectName(QStringLiteral("quickSearchHint"));
    Theme::makeMuted(m_hint);
    m_hint->setText(tr("Type at least two characters. Enter opens, Esc closes."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    // Wait for a pause in typing: each search is a few bounded queries.
    m_delay->setSingleShot(true);
    m_delay->setInterval(180);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_list, &QListWidget::itemActivated, this, &QuickSearch::choose);
}

QString QuickSearch::areaKeyFor(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Agent:
        return QStringLiteral("agents");
    case SearchHit::Kind::Customer:
        return QStringLiteral("customers");
    case SearchHit::Kind::Number:
        return QStringLiteral("numbers");
    case SearchHit::Kind::Contract:
        return QStringLiteral("contracts");
    }
    return {};
}

QVariantMap QuickSearch::filterFor(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Agent:
        return {{QStringLiteral("agent"), hit.key}};
    case SearchHit::Kind::Customer:
        return {{QStringLiteral("customer"), hit.key}};
    case SearchHit::Kind::Number:
        return {{QStringLiteral("number"), hit.key}};
    case SearchHit::Kind::Contract:
        return {{QStringLiteral("contract"), hit.key}};
    }
    return {};
}

void QuickSearch::search(const QString &text)
{
    m_delay->stop();
    m_list->clear();
    m_hits.clear();
    if (text.trimmed().size() < 2) {
        m_hint->setText(tr("Type at least two characters. Enter opens, Esc closes."));
        return;
    }
    const Result<QVector<SearchHit>> found = GlobalSearch(m_db).find(text);
    if (!found) {
        m_hint->setText(found.error().message);
        return;
    }
    m_hits = *found;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const QString title =
            hit.kind == SearchHit::Kind::Number ? NumberStyle::display(hit.title) : hit.title;
        QString line = GlobalSearch::kindName(hit.kind) + QStringLiteral(" · ") + title;
        if (!hit.subtitle.isEmpty())
            line += QStringLiteral("  —  ") + hit.subtitle;
        const QString status = statusText(hit);
        if (!status.isEmpty())
            line += QStringLiteral("  [") + status + QLatin1Char(']');
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(kHitRole, i);
    }
    if (m_hits.isEmpty()) {
        m_hint->setText(tr("Nothing found for \"%1\".").arg(text.trimmed()));
    } else {
        m_list->setCurrentRow(0);
        m_hint->setText(tr("%n found. Enter opens the selected one.", nullptr,
                           int(m_hits.size())));
    }
}

void QuickSearch::choose()
{
    if (m_delay->isActive())
        search(m_field->text());
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(kHitRole).toInt();
    if (index < 0 || index >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(index);
    accept();
    emit chosen(areaKeyFor(hit), filterFor(hit));
}

bool QuickSearch::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows move through the results while the cursor stays in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSearch::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_field->selectAll();
    m_field->setFocus();
}

} // namespace cd
