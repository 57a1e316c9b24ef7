#pragma once

#include "common/Actor.h"
#include "compliance/ViolationService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class AgentCombo;
class Database;
class MessageBar;

// Opens a violation case against an agent (§3.2 or §3.9) with its
// description and evidence files (stored in the database with their hash).
class ViolationDialog : public QDialog
{
    Q_OBJECT

public:
    ViolationDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void setAgent(const QString &uscc, bool fixed = false);
    void setClause(const QString &clause);
    void setDescription(const QString &text);
    // Adds a file to attach; the file chooser's button calls it too.
    void addEvidenceFile(const QString &path);
    QStringList evidenceFiles() const;
    const Violation &created() const { return m_created; }
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    void chooseFile();
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    Violation m_created;
    QStringList m_attached; // files already stored when a later one failed
    MessageBar *m_messageBar;
    AgentCombo *m_agentCombo;
    QComboBox *m_clauseCombo;
    QDateEdit *m_dateEdit;
    QPlainTextEdit *m_descriptionEdit;
    QListWidget *m_fileList;
    QPushButton *m_removeFileButton;
    QPushButton *m_okButton;
};

} // namespace cd
