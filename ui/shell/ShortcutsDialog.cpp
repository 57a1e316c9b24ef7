#include "ShortcutsDialog.h"

#include "widgets/Theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &k : keys) {
        const QString t = k.toString(QKeySequence::NativeText);
        if (!t.isEmpty() && !texts.contains(t))
            texts << t;
    }
    return texts.join(QStringLiteral(" · "));
}

// "&Find…" → "Find"; "Sign &Out" → "Sign Out"; "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    // Chinese accelerators are written "文本(X)": drop the bracketed letter.
    static const QRegularExpression accelerator(QStringLiteral("\\([A-Za-z]\\)"));
    text.remove(accelerator);
    return text.trimmed();
}

void addMenuActions(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuActions(group, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || !action->isVisible())
            continue;
        auto *item = new QTreeWidgetItem(group, {plainText(action->text()), keysText(action->shortcuts())});
        item->setData(0, Qt::UserRole, action->objectName());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };

    QTreeWidgetItem *window = group(tr("Anywhere in the window"));
    if (menus) {
        for (QAction *action : menus->actions()) {
            if (const QMenu *menu = action->menu())
                addMenuActions(window, menu);
        }
    }

    QTreeWidgetItem *pages = group(tr("In a page"));
    const QList<QPair<QString, QList<QKeySequence>>> pageKeys = {
        {tr("New agent, customer, contract, case, session or user (on its page)"),
         QKeySequence::keyBindings(QKeySequence::New)},
        {tr("Save the business parameters"), QKeySequence::keyBindings(QKeySequence::Save)},
        {tr("Undo the change just made (when the message bar offers it)"),
         QKeySequence::keyBindings(QKeySequence::Undo)},
        {tr("Open the selected row"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}},
        {tr("Copy the selected row"), QKeySequence::keyBindings(QKeySequence::Copy)},
        {tr("Back from a detail to its list"), {QKeySequence(Qt::Key_Escape)}},
        {tr("Reload the audit log"), QKeySequence::keyBindings(QKeySequence::Refresh)},
        {tr("Context menu of the selected row"), {QKeySequence(Qt::Key_Menu)}},
        {tr("Move between the bars of a dashboard chart; Enter opens the bar's list"),
         {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)}},
    };
    for (const auto &[text, keys] : pageKeys)
        new QTreeWidgetItem(pages, {text, keysText(keys)});
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const
{
    QList<QPair<QString, QString>> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            result.append({group->child(i)->text(0), group->child(i)->text(1)});
    }
    return result;
}

} // namespace cd
