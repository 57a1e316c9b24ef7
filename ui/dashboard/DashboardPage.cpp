#include "DashboardPage.h"

#include "audit/AuditLog.h"
#include "dashboard/StatCard.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/ElidingLabel.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kRecentEntries = 12;
}

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setStyleSheet(Theme::cardStyleSheet());

    auto *header =
        new PageHeader(tr("Dashboard"), tr("The state of this database at a glance."), this);

    m_userCard = new StatCard(Icons::Glyph::User, tr("Signed in as"), this);
    m_userCard->setObjectName(QStringLiteral("signedInCard"));
    m_usersCard = new StatCard(Icons::Glyph::Users, tr("User accounts"), this);
    m_usersCard->setObjectName(QStringLiteral("usersCard"));
    m_auditCard = new StatCard(Icons::Glyph::AuditLog, tr("Audit log entries"), this);
    m_auditCard->setObjectName(QStringLiteral("auditCard"));
    m_schemaCard = new StatCard(Icons::Glyph::Database, tr("Schema version"), this);
    m_schemaCard->setObjectName(QStringLiteral("schemaCard"));

    auto *cards = new QGridLayout;
    cards->setSpacing(Theme::Spacing + 4);
    cards->addWidget(m_userCard, 0, 0);
    cards->addWidget(m_usersCard, 0, 1);
    cards->addWidget(m_auditCard, 0, 2);
    cards->addWidget(m_schemaCard, 0, 3);

    // The database file: where it is and how big.
    auto *dbCard = new QFrame(this);
    dbCard->setProperty("card", true);
    dbCard->setObjectName(QStringLiteral("databaseCard"));
    auto *dbIcon = new QLabel(dbCard);
    dbIcon->setPixmap(Icons::glyph(Icons::Glyph::Database, Theme::accent())
                          .pixmap(QSize(20, 20), devicePixelRatioF()));
    auto *dbCaption = new QLabel(tr("Database file"), dbCard);
    Theme::makeMuted(dbCaption);
    m_databasePath = new ElidingLabel(QString(), dbCard);
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setFont(Theme::sectionFont(font()));
    m_databaseDetail = new QLabel(dbCard);
    m_databaseDetail->setObjectName(QStringLiteral("databaseDetail"));
    Theme::makeMuted(m_databaseDetail);
    auto *dbTop = new QHBoxLayout;
    dbTop->setSpacing(8);
    dbTop->addWidget(dbIcon);
    dbTop->addWidget(dbCaption, 1);
    auto *dbLayout = new QVBoxLayout(dbCard);
    dbLayout->setContentsMargins(18, 14, 18, 14);
    dbLayout->setSpacing(6);
    dbLayout->addLayout(dbTop);
    dbLayout->addWidget(m_databasePath);
    dbLayout->addWidget(m_databaseDetail);

    // The latest changes, newest first.
    auto *recentCard = new QFrame(this);
    recentCard->setProperty("card", true);
    auto *recentTitle = new QLabel(tr("Recent activity"), recentCard);
    recentTitle->setFont(Theme::sectionFont(font()));
    m_recent = new QTreeWidget(recentCard);
    m_recent->setObjectName(QStringLiteral("recentActivity"));
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setAlternatingRowColors(true);
    m_recent->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 0px; }"));
    m_recent->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Change")});
    m_recent->header()->setStretchLastSection(true);
    m_recent->setColumnWidth(0, 150);
    m_recent->setColumnWidth(1, 120);
    m_recent->setColumnWidth(2, 160);
    m_recent->setColumnWidth(3, 200);
    auto *recentLayout = new QVBoxLayout(recentCard);
    recentLayout->setContentsMargins(18, 14, 18, 10);
    recentLayout->setSpacing(8);
    recentLayout->addWidget(recentTitle);
    recentLayout->addWidget(m_recent, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing + 6);
    layout->addWidget(header);
    layout->addLayout(cards);
    layout->addWidget(dbCard);
    layout->addWidget(recentCard, 1);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::refresh()
{
    Database &db = *m_context.database;
    const Actor &actor = m_context.actor;
    m_userCard->setValue(actor.userName);
    m_userCard->setDetail(roleDisplayName(actor.role));

    QStringList failures;
    Result<QVector<User>> users = UserService(db).list();
    if (users) {
        int active = 0;
        for (const User &u : *users)
            active += u.active ? 1 : 0;
        m_usersCard->setValue(Format::count(users->size()));
        m_usersCard->setDetail(tr("%n active", nullptr, active));
    } else {
        m_usersCard->setValue(QStringLiteral("—"));
        failures << users.error().text();
    }

    Result<qint64> entries = AuditLog::count(db, AuditFilter());
    if (entries) {
        m_auditCard->setValue(Format::count(*entries));
        m_auditCard->setDetail(tr("Append-only, never edited"));
    } else {
        m_auditCard->setValue(QStringLiteral("—"));
        failures << entries.error().text();
    }

    m_schemaCard->setValue(QString::number(db.schemaVersion()));
    m_schemaCard->setDetail(
        db.schemaVersion() == Database::latestVersion()
            ? tr("Up to date")
            : tr("This version knows schema %1").arg(Database::latestVersion()));

    const QFileInfo file(db.path());
    m_databasePath->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_databaseDetail->setText(
        tr("%1 · last changed %2")
            .arg(Format::fileSize(file.size()),
                 file.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    m_recent->clear();
    Result<QVector<AuditEntry>> recent = AuditLog::page(db, AuditFilter(), 0, kRecentEntries);
    if (recent) {
        for (const AuditEntry &e : *recent) {
            QString change = e.newValue;
            if (!e.oldValue.isEmpty())
                change = e.oldValue + QStringLiteral(" → ") + e.newValue;
            change.replace(QLatin1Char('\n'), QLatin1Char(' '));
            auto *item = new QTreeWidgetItem(
                m_recent, {Format::timestamp(e.at), e.userName, e.action, e.entityId, change});
            item->setToolTip(4, change);
        }
    } else {
        failures << recent.error().text();
    }
    if (!failures.isEmpty() && m_context.messageBar)
        m_context.messageBar->showError(failures.join(QLatin1Char('\n')));
}

} // namespace cd
