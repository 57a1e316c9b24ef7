#include "ViolationDialog.h"

#include "agents/AgentCombo.h"
#include "agents/FormRows.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ViolationDialog::ViolationDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_agentCombo(new AgentCombo(this))
    , m_clauseCombo(new QComboBox(this))
    , m_dateEdit(new QDateEdit(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_fileList(new QListWidget(this))
    , m_removeFileButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("violationDialog"));
    setWindowTitle(tr("New Violation"));

    if (Status s = m_agentCombo->reload(m_db); !s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
    }
    m_clauseCombo->setObjectName(QStringLiteral("clauseCombo"));
    m_clauseCombo->addItem(tr("§3.9 Fraudulent customers"), QStringLiteral("§3.9"));
    m_clauseCombo->addItem(tr("§3.2 Unlawful or improper operation"), QStringLiteral("§3.2"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setPlaceholderText(tr("What was found, where and by whom"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_fileList->setObjectName(QStringLiteral("evidenceList"));
    m_fileList->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    auto *addFile = new QPushButton(tr("Add &File…"), this);
    addFile->setObjectName(QStringLiteral("addFileButton"));
    m_removeFileButton->setObjectName(QStringLiteral("removeFileButton"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("A case stays open until a manager classifies it (§3.9) and "
                                "decides any penalties (§3.2)."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(m_removeFileButton);
    fileButtons->addStretch(1);
    auto *files = new QHBoxLayout;
    files->addWidget(m_fileList, 1);
    files->addLayout(fileButtons);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Agent:"), m_agentCombo);
    form->addRow(tr("&Clause:"), m_clauseCombo);
    FormRows::addRow(form, tr("&Found on:"), dateRow, m_dateEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    FormRows::addRow(form, tr("E&vidence:"), files, m_fileList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Open Case"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &ViolationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ViolationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    setTabOrder(m_agentCombo, m_clauseCombo);
    setTabOrder(m_clauseCombo, m_dateEdit);
    setTabOrder(m_dateEdit, m_descriptionEdit);
    setTabOrder(m_descriptionEdit, m_fileList);
    setTabOrder(m_fileList, addFile);
    setTabOrder(addFile, m_removeFileButton);
    setTabOrder(m_removeFileButton, buttons);

    connect(addFile, &QPushButton::clicked, this, &ViolationDialog::chooseFile);
    connect(m_removeFileButton, &QPushButton::clicked, this, [this] {
        delete m_fileList->currentItem();
        updateButtons();
    });
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ViolationDialog::updateButtons);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &ViolationDialog::updateButtons);
    connect(m_agentCombo, &QComboBox::currentIndexChanged, this, &ViolationDialog::updateButtons);
    updateButtons();
}

void ViolationDialog::setAgent(const QString &uscc, bool fixed)
{
    m_agentCombo->setCurrentUscc(uscc);
    m_agentCombo->setEnabled(!fixed);
}

void ViolationDialog::setClause(const QString &clause)
{
    m_clauseCombo->setCurrentIndex(m_clauseCombo->findData(clause));
}

void ViolationDialog::setDescription(const QString &text)
{
    m_descriptionEdit->setPlainText(text);
}

void ViolationDialog::addEvidenceFile(const QString &path)
{
    if (path.isEmpty() || evidenceFiles().contains(path))
        return;
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    updateButtons();
}

QStringList ViolationDialog::evidenceFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_fileList->count(); ++i)
        paths << m_fileList->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void ViolationDialog::chooseFile()
{
    addEvidenceFile(Dialogs::openFileName(this, tr("Attach Evidence"),
                                          tr("All files (*);;Images (*.png *.jpg *.jpeg);;"
                                             "PDF documents (*.pdf)")));
}

void ViolationDialog::updateButtons()
{
    m_removeFileButton->setEnabled(m_fileList->currentItem() != nullptr);
    m_okButton->setEnabled(m_actor.canWrite() && !m_agentCombo->currentUscc().isEmpty() &&
                           !m_descriptionEdit->toPlainText().trimmed().isEmpty());
}

void ViolationDialog::accept()
{
    ViolationService service(m_db);
    const QDate on = m_dateEdit->date();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A retry after a failed attachment does not open a second case.
    if (m_created.id == 0) {
        Result<Violation> opened =
            service.open(m_actor, m_agentCombo->currentUscc(), on,
                         m_clauseCombo->currentData().toString(), m_descriptionEdit->toPlainText());
        if (!opened) {
            QApplication::restoreOverrideCursor();
            m_messageBar->showError(opened.error());
            FormRows::growToFit(this);
            return;
        }
        m_created = *opened;
        m_agentCombo->setEnabled(false);
        m_clauseCombo->setEnabled(false);
        m_dateEdit->setEnabled(false);
        m_descriptionEdit->setReadOnly(true);
    }
    for (const QString &path : evidenceFiles()) {
        if (m_attached.contains(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QApplication::restoreOverrideCursor();
            m_messageBar->showError(tr("Case #%1 is open, but %2 could not be read: %3. Remove "
                                       "it or choose another file, then press OK again.")
                                        .arg(m_created.id)
                                        .arg(QFileInfo(path).fileName(), file.errorString()));
            FormRows::growToFit(this);
            return;
        }
        Result<Evidence> stored =
            service.attach(m_actor, m_created.id, QFileInfo(path).fileName(), file.readAll(), on);
        if (!stored) {
            QApplication::restoreOverrideCursor();
            Error e = stored.error();
            e.message = tr("Case #%1 is open, but %2 was not attached: %3")
                            .arg(m_created.id)
                            .arg(QFileInfo(path).fileName(), e.message);
            m_messageBar->showError(e);
            FormRows::growToFit(this);
            return;
        }
        m_attached << path;
    }
    QApplication::restoreOverrideCursor();
    if (Result<Violation> fresh = service.find(m_created.id))
        m_created = *fresh;
    QDialog::accept();
}

} // namespace cd
