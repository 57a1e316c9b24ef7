#include "ParametersPage.h"

#include "settings/Parameters.h"
#include "widgets/MessageBar.h"
#include "widgets/Format.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {

enum class Section { Renewals, Pricing, Numbers, Service, SignIn, Other };

// A UI grouping only: which card a parameter appears on.
Section sectionOf(const QString &key)
{
    static const QHash<QString, Section> sections{
        {QStringLiteral("grace_days"), Section::Renewals},
        {QStringLiteral("reclaim_days"), Section::Renewals},
        {QStringLiteral("reclaim_warning_days"), Section::Renewals},
        {QStringLiteral("reminder_offsets"), Section::Renewals},
        {QStringLiteral("min_margin_percent"), Section::Pricing},
        {QStringLiteral("promotion_threshold_percent"), Section::Pricing},
        {QStringLiteral("reservation_limit"), Section::Numbers},
        {QStringLiteral("reservation_days"), Section::Numbers},
        {QStringLiteral("premium_min_fee_fen"), Section::Numbers},
        {QStringLiteral("special_min_fee_fen"), Section::Numbers},
        {QStringLiteral("takeover_wait_days"), Section::Service},
        {QStringLiteral("training_due_days"), Section::Service},
        {QStringLiteral("follow_up_first_days"), Section::Service},
        {QStringLiteral("follow_up_supervised_days"), Section::Service},
        {QStringLiteral("spot_check_skip_days"), Section::Service},
        {QStringLiteral("login_lock_attempts"), Section::SignIn},
        {QStringLiteral("login_lock_minutes"), Section::SignIn},
    };
    return sections.value(key, Section::Other);
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Renewals:
        return ParametersPage::tr("Renewals, suspension and reclaim");
    case Section::Pricing:
        return ParametersPage::tr("Pricing and tiers");
    case Section::Numbers:
        return ParametersPage::tr("Numbers");
    case Section::Service:
        return ParametersPage::tr("Service, reviews and training");
    case Section::SignIn:
        return ParametersPage::tr("Sign-in");
    case Section::Other:
        break;
    }
    return ParametersPage::tr("Other");
}

QString normalisedList(const QString &text)
{
    QStringList parts = text.split(QLatin1Char(','));
    for (QString &p : parts)
        p = p.trimmed();
    return parts.join(QLatin1Char(','));
}

} // namespace

ParametersPage::ParametersPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_defaultsButton(new QPushButton(tr("Restore &defaults"), this))
    , m_pendingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("parametersPage"));
    setStyleSheet(Theme::cardStyleSheet());

    // Shown under the Settings page's title, in its first tab.
    auto *header = new PageHeader(QString(),
                                  tr("The business parameters that tune the rules. A change "
                                     "applies from the moment it is saved and is recorded in the "
                                     "audit log."),
                                  this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setDefault(true);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_defaultsButton->setObjectName(QStringLiteral("defaultsButton"));
    m_defaultsButton->setToolTip(tr("Put every default value into the form; nothing is saved "
                                    "until you press Save."));
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    Theme::makeMuted(m_pendingLabel);
    header->addAction(m_pendingLabel);
    header->addAction(m_defaultsButton);
    header->addAction(m_revertButton);
    header->addAction(m_saveButton);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("parametersScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *container = new QWidget(scroll);
    container->setObjectName(QStringLiteral("parametersForm"));
    container->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    auto *cards = new QVBoxLayout(container);
    cards->setContentsMargins(0, 0, 8, 0);
    cards->setSpacing(Theme::Spacing + 4);

    QHash<int, QGridLayout *> grids;
    const QList<Section> order{Section::Renewals, Section::Pricing, Section::Numbers,
                               Section::Service,  Section::SignIn,  Section::Other};
    QHash<int, QFrame *> cardOf;
    for (Section section : order) {
        bool any = false;
        for (const ParameterSpec &spec : Parameters::specs())
            any = any || sectionOf(spec.key) == section;
        if (!any)
            continue;
        auto *card = new QFrame(container);
        card->setProperty("card", true);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(20, 16, 20, 16);
        cardLayout->setSpacing(12);
        auto *title = new QLabel(sectionTitle(section), card);
        title->setFont(Theme::sectionFont(font()));
        cardLayout->addWidget(title);
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(24);
        grid->setVerticalSpacing(14);
        grid->setColumnStretch(0, 1);
        cardLayout->addLayout(grid);
        grids.insert(int(section), grid);
        cards->addWidget(card);
    }
    cards->addStretch(1);
    scroll->setWidget(container);

    QWidget *previous = m_saveButton;
    for (const ParameterSpec &spec : Parameters::specs()) {
        QGridLayout *grid = grids.value(int(sectionOf(spec.key)));
        QWidget *card = grid->parentWidget();
        const int row = grid->rowCount();

        auto *label = new QLabel(spec.label(), card);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setWordWrap(true);
        auto *description = new QLabel(spec.description(), card);
        description->setWordWrap(true);
        Theme::makeMuted(description);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(label);
        texts->addWidget(description);

        QWidget *editor = buildEditor(spec, card);
        label->setBuddy(editor);
        auto *hint = new QLabel(card);
        Theme::makeMuted(hint);
        // Whole numbers as the spin boxes show them (600,000), lists as written.
        bool whole = false;
        const qlonglong number = spec.defaultValue.toLongLong(&whole);
        const QString shownDefault = whole ? Format::count(number) : spec.defaultValue;
        hint->setText(spec.clause.isEmpty()
                          ? tr("Default %1").arg(shownDefault)
                          : tr("Default %1 · %2").arg(shownDefault, spec.clause));
        auto *editorColumn = new QVBoxLayout;
        editorColumn->setSpacing(2);
        editorColumn->addWidget(editor);
        editorColumn->addWidget(hint);
        editorColumn->addStretch();

        grid->addLayout(texts, row, 0);
        grid->addLayout(editorColumn, row, 1);
        setTabOrder(previous, editor);
        previous = editor;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::Spacing, 0, 0);
    layout->setSpacing(Theme::Spacing + 4);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        reload();
        if (m_context.messageBar)
            m_context.messageBar->clearMessage();
    });
    connect(m_defaultsButton, &QPushButton::clicked, this, &ParametersPage::restoreDefaults);

    if (!m_context.actor.isAdmin()) {
        // The page is only offered to administrators; this guards a misuse.
        container->setEnabled(false);
        m_saveButton->setEnabled(false);
    }
    reload();
}

QWidget *ParametersPage::buildEditor(const ParameterSpec &spec, QWidget *parent)
{
    QWidget *editor = nullptr;
    if (spec.isList) {
        auto *edit = new QLineEdit(parent);
        // Whole numbers separated by commas; the range is Parameters::validate's.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\s*\\d{0,6}(\\s*,\\s*\\d{0,6})*\\s*$")), edit));
        edit->setPlaceholderText(spec.defaultValue);
        connect(edit, &QLineEdit::textChanged, this, &ParametersPage::updateState);
        editor = edit;
    } else {
        auto *spin = new QSpinBox(parent);
        spin->setRange(spec.minimum, spec.maximum);
        spin->setGroupSeparatorShown(spec.maximum >= 10000);
        spin->setAlignment(Qt::AlignRight);
        connect(spin, &QSpinBox::valueChanged, this, &ParametersPage::updateState);
        editor = spin;
    }
    editor->setObjectName(QStringLiteral("param_") + spec.key);
    editor->setFixedWidth(170);
    editor->setAccessibleName(spec.label());
    editor->setToolTip(spec.description());
    m_editors.insert(spec.key, editor);
    return editor;
}

QString ParametersPage::editorValue(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return normalisedList(edit->text());
    return {};
}

void ParametersPage::setEditorValue(const QString &key, const QString &value)
{
    QWidget *editor = m_editors.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value);
}

QStringList ParametersPage::changedKeys() const
{
    QStringList keys;
    for (const ParameterSpec &spec : Parameters::specs()) {
        if (editorValue(spec.key) != normalisedList(m_stored.value(spec.key)))
            keys << spec.key;
    }
    return keys;
}

void ParametersPage::reload()
{
    Parameters parameters(*m_context.database);
    QStringList failures;
    for (const ParameterSpec &spec : Parameters::specs()) {
        Result<QString> value = parameters.value(spec.key);
        if (!value) {
            failures << value.error().text();
            continue;
        }
        m_stored.insert(spec.key, *value);
        setEditorValue(spec.key, *value);
    }
    if (!failures.isEmpty() && m_context.messageBar)
        m_context.messageBar->showError(failures.join(QLatin1Char('\n')));
    updateState();
}

void ParametersPage::restoreDefaults()
{
    for (const ParameterSpec &spec : Parameters::specs())
        setEditorValue(spec.key, spec.defaultValue);
    updateState();
}

bool ParametersPage::save()
{
    const QStringList keys = changedKeys();
    if (keys.isEmpty())
        return true;
    // Check every value first so that a bad one saves nothing.
    QStringList problems;
    for (const QString &key : keys) {
        const ParameterSpec *spec = Parameters::spec(key);
        const QString problem = Parameters::validate(*spec, editorValue(key));
        if (!problem.isEmpty())
            problems << (spec->clause.isEmpty()
                             ? problem
                             : QStringLiteral("%1 (%2)").arg(problem, spec->clause));
    }
    if (!problems.isEmpty()) {
        if (m_context.messageBar)
            m_context.messageBar->showError(tr("Nothing was saved.") + QLatin1Char('\n') +
                                            problems.join(QLatin1Char('\n')));
        return false;
    }

    Parameters parameters(*m_context.database);
    int saved = 0;
    for (const QString &key : keys) {
        const Status status = parameters.set(m_context.actor, key, editorValue(key));
        if (!status) {
            if (m_context.messageBar) {
                QString text = status.error().text();
                if (saved > 0)
                    text =
                        tr("%n change(s) saved, then:", nullptr, saved) + QLatin1Char(' ') + text;
                m_context.messageBar->showError(text);
            }
            // Show what the database now holds; keep the failed edit visible.
            const QString attempted = editorValue(key);
            reload();
            setEditorValue(key, attempted);
            return false;
        }
        ++saved;
    }
    reload();
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(
            tr("%n change(s) saved. They apply from now on and are recorded in the audit log.",
               nullptr, saved));
    return true;
}

void ParametersPage::updateState()
{
    const int changed = int(changedKeys().size());
    const bool admin = m_context.actor.isAdmin();
    m_saveButton->setEnabled(admin && changed > 0);
    m_revertButton->setEnabled(changed > 0);
    m_pendingLabel->setText(changed > 0 ? tr("%n unsaved change(s)", nullptr, changed) : QString());
}

} // namespace cd
