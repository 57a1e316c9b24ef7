#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include "common/Localization.h"
#include "imports/CsvImport.h"
#include "shell/PageFactory.h"
#include "shell/QuickSearch.h"
#include "storage/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/ElidingLabel.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kGeometry = QStringLiteral("ui/mainWindow/geometry");
const QString kState = QStringLiteral("ui/mainWindow/state");
const QString kArea = QStringLiteral("ui/mainWindow/area");
constexpr int kAreaRole = Qt::UserRole;
constexpr int kSidebarWidth = 236;
} // namespace

MainWindow::MainWindow(Database &db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ChannelDesk — %1").arg(QFileInfo(db.path()).fileName()));
    setWindowIcon(QApplication::windowIcon());

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(buildSidebar());

    auto *content = new QWidget(central);
    content->setObjectName(QStringLiteral("contentArea"));
    content->setAttribute(Qt::WA_StyledBackground);
    content->setStyleSheet(QStringLiteral("QWidget#contentArea { background: %1; }")
                               .arg(Theme::contentBackground().name()));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // In a nested layout the bar's margins vanish with it while it is hidden.
    auto *barRow = new QVBoxLayout;
    barRow->setContentsMargins(Theme::PageMargin, 16, Theme::PageMargin, 0);
    m_messageBar = new MessageBar(content);
    barRow->addWidget(m_messageBar);
    column->addLayout(barRow);
    m_stack = new QStackedWidget(content);
    m_stack->setObjectName(QStringLiteral("pages"));
    column->addWidget(m_stack, 1);
    row->addWidget(content, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray())) {
        resize(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(size().boundedTo(available.size()));
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(kState).toByteArray());

    // Another program's changes show when the user comes back to this one.
    m_db.acknowledgeChanges();
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    refreshIfChanged();
            });

    Area start = Area::Dashboard;
    if (!Areas::fromKey(settings.value(kArea).toString(), &start) ||
        !Areas::isVisibleTo(start, m_actor))
        start = Area::Dashboard;
    showArea(start);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(kSidebarWidth);
    sidebar->setStyleSheet(Theme::sidebarStyleSheet());

    auto *logo = new QLabel(sidebar);
    logo->setPixmap(Icons::appPixmap(30, devicePixelRatioF()));
    logo->setFixedSize(30, 30);
    auto *name = new QLabel(QStringLiteral("ChannelDesk"), sidebar);
    name->setObjectName(QStringLiteral("brandName"));
    name->setFont(Theme::sectionFont(font()));
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(20, 18, 16, 12);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(name, 1);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);

    QFont headerFont = Theme::scaled(font(), 0.85);
    headerFont.setBold(true);
    headerFont.setCapitalization(QFont::AllUppercase);
    headerFont.setLetterSpacing(QFont::PercentageSpacing, 106);

    bool first = true;
    AreaGroup lastGroup = AreaGroup::Overview;
    for (Area area : Areas::visibleTo(m_actor)) {
        const AreaGroup group = Areas::group(area);
        if (!first && group != lastGroup) {
            // A section heading: shown, never selectable, skipped by the keyboard.
            auto *heading = new QListWidgetItem(Areas::groupTitle(group), m_navigation);
            heading->setFlags(Qt::NoItemFlags);
            heading->setFont(headerFont);
            heading->setData(kAreaRole, -1);
        }
        first = false;
        lastGroup = group;
        auto *item = new QListWidgetItem(Icons::glyph(Areas::glyph(area), Theme::sidebarText()),
                                         Areas::title(area), m_navigation);
        item->setData(kAreaRole, int(area));
        item->setToolTip(Areas::description(area));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_navigation, 1);
    return sidebar;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    // Every CSV kind of SPEC §5, as `channeldesk-cli import` takes them.
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    for (const QString &kind : CsvImport::kinds()) {
        if (!CsvImport::mayImport(m_actor, kind))
            continue;
        QAction *action = import->addAction(CsvImport::menuText(kind));
        action->setObjectName(QStringLiteral("import_") + kind);
        connect(action, &QAction::triggered, this, [this, kind] {
            if (CsvImport::askAndRun(this, m_db, m_actor, m_messageBar, kind))
                refreshPages();
        });
    }
    import->menuAction()->setVisible(!import->actions().isEmpty());
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &Out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Localization::languages()) {
        // Each language is named in its own script so anyone can find theirs.
        QAction *action = language->addAction(Localization::languageName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == Localization::current());
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != Localization::current())
                emit languageRequested(code);
        });
    }

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QAction *focusNav = go->addAction(tr("Navigation &Sidebar"));
    focusNav->setObjectName(QStringLiteral("focusNavigationAction"));
    focusNav->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(focusNav, &QAction::triggered, this, [this] { m_navigation->setFocus(); });
    m_backAction = go->addAction(tr("&Back"));
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcuts(QKeySequence::Back); // Alt+Left, and ⌘[ on macOS
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_forwardAction = go->addAction(tr("F&orward"));
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);
    updateHistoryActions();
    QAction *find = go->addAction(tr("&Find…"));
    find->setObjectName(QStringLiteral("quickSearchAction"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    find->setToolTip(tr("Find an agent, customer, number or contract from anywhere"));
    connect(find, &QAction::triggered, this, &MainWindow::openQuickSearch);
    go->addSeparator();
    const QVector<Area> areas = Areas::visibleTo(m_actor);
    for (int i = 0; i < areas.size(); ++i) {
        const Area area = areas.at(i);
        QAction *action = go->addAction(Icons::glyph(Areas::glyph(area)), QString(Areas::title(area)).replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setObjectName(QStringLiteral("goAction_") + Areas::key(area));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] { showShortcuts(); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ChannelDesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    const int side = 16;

    auto *dbIcon = new QLabel(bar);
    dbIcon->setPixmap(
        Icons::glyph(Icons::Glyph::Database).pixmap(QSize(side, side), devicePixelRatioF()));
    auto *dbLabel = new ElidingLabel(QDir::toNativeSeparators(m_db.path()), bar);
    dbLabel->setObjectName(QStringLiteral("statusDatabase"));

    auto *userIcon = new QLabel(bar);
    userIcon->setPixmap(
        Icons::glyph(Icons::Glyph::User).pixmap(QSize(side, side), devicePixelRatioF()));
    auto *userLabel =
        new QLabel(tr("%1 (%2)").arg(m_actor.userName, roleDisplayName(m_actor.role)), bar);
    userLabel->setObjectName(QStringLiteral("statusUser"));
    userLabel->setTextFormat(Qt::PlainText);
    userLabel->setToolTip(tr("Signed in as"));

    auto *dbBox = new QWidget(bar);
    auto *dbLayout = new QHBoxLayout(dbBox);
    dbLayout->setContentsMargins(8, 0, 8, 0);
    dbLayout->setSpacing(6);
    dbLayout->addWidget(dbIcon);
    dbLayout->addWidget(dbLabel, 1);
    bar->addWidget(dbBox, 1);

    auto *userBox = new QWidget(bar);
    auto *userLayout = new QHBoxLayout(userBox);
    userLayout->setContentsMargins(8, 0, 8, 0);
    userLayout->setSpacing(6);
    userLayout->addWidget(userIcon);
    userLayout->addWidget(userLabel);
    bar->addPermanentWidget(userBox);
}

void MainWindow::showArea(Area area)
{
    if (!Areas::isVisibleTo(area, m_actor))
        return;
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kAreaRole).toInt() != int(area))
            continue;
        if (m_navigation->currentRow() != row)
            m_navigation->setCurrentRow(row); // activates through currentRowChanged
        else
            activate(area);
        return;
    }
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0)
        return;
    const int value = m_navigation->item(row)->data(kAreaRole).toInt();
    if (value >= 0)
        activate(Area(value));
}

void MainWindow::activate(Area area)
{
    QWidget *widget = m_pages.value(int(area));
    if (widget && m_stack->currentWidget() == widget)
        return;
    // A message belongs to the page where it happened.
    m_messageBar->clearMessage();
    if (!widget) {
        PageContext context{&m_db, m_actor, m_messageBar, {}};
        context.navigate = [this](const QString &key, const QVariantMap &filter) {
            navigate(key, filter);
        };
        widget = PageFactory::create(area, context, m_stack);
        m_pages.insert(int(area), widget);
        m_stack->addWidget(widget);
    }
    if (!m_travelling && (m_history.isEmpty() || m_history.at(m_historyIndex) != area)) {
        // A new visit drops the areas ahead of it, as in a web browser.
        m_history.resize(m_historyIndex + 1);
        m_history.append(area);
        m_historyIndex = int(m_history.size()) - 1;
    }
    m_current = area;
    m_stack->setCurrentWidget(widget);
    updateHistoryActions();
}

void MainWindow::goBack()
{
    travel(-1);
}

void MainWindow::goForward()
{
    travel(+1);
}

void MainWindow::travel(int step)
{
    const int target = m_historyIndex + step;
    if (target < 0 || target >= m_history.size())
        return;
    m_historyIndex = target;
    m_travelling = true;
    showArea(m_history.at(target));
    m_travelling = false;
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    if (m_backAction)
        m_backAction->setEnabled(m_historyIndex > 0);
    if (m_forwardAction)
        m_forwardAction->setEnabled(m_historyIndex + 1 < m_history.size());
}

QWidget *MainWindow::page(Area area) const
{
    return m_pages.value(int(area));
}

void MainWindow::navigate(const QString &areaKey, const QVariantMap &filter)
{
    Area area = Area::Dashboard;
    if (!Areas::fromKey(areaKey, &area) || !Areas::isVisibleTo(area, m_actor))
        return;
    showArea(area);
    if (m_current != area)
        return;
    if (auto *target = dynamic_cast<FilterablePage *>(page(area)))
        target->applyFilter(filter);
}

void MainWindow::openQuickSearch()
{
    if (!m_quickSearch) {
        m_quickSearch = new QuickSearch(m_db, this);
        connect(m_quickSearch, &QuickSearch::chosen, this, &MainWindow::navigate);
    }
    m_quickSearch->show();
    m_quickSearch->raise();
    m_quickSearch->activateWindow();
}

void MainWindow::refreshPages()
{
    for (QWidget *widget : std::as_const(m_pages)) {
        if (auto *refreshable = dynamic_cast<RefreshablePage *>(widget))
            refreshable->refreshFromDatabase();
    }
}

bool MainWindow::refreshIfChanged()
{
    if (!m_db.changedElsewhere())
        return false;
    refreshPages();
    statusBar()->showMessage(tr("Updated with changes made to the database by another program."),
                             8000);
    return true;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    const QString text =
        QStringLiteral("<h3>ChannelDesk %1</h3><p>%2</p><p>%3</p><p>%4</p>")
            .arg(QStringLiteral(CHANNELDESK_VERSION),
                 tr("Channel management for 400-number providers: agents, contracts, prices, "
                    "customers, numbers and renewals in one place."),
                 tr("Database: %1 (schema %2)")
                     .arg(QDir::toNativeSeparators(m_db.path()).toHtmlEscaped())
                     .arg(m_db.schemaVersion()),
                 tr("Built with Qt %1.").arg(QLatin1String(qVersion())));
    Dialogs::about(this, tr("About ChannelDesk"), text);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kArea, Areas::key(m_current));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace cd
