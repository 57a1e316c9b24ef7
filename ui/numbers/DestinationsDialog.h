#pragma once

#include "common/Actor.h"

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;
class QPushButton;

namespace cd {

class Database;
class FieldErrorLabel;
class MessageBar;

// The destination phones (落地号码) of a number in service, one per line,
// each checked as a Chinese phone number while typing.
class DestinationsDialog : public QDialog
{
    Q_OBJECT

public:
    DestinationsDialog(Database &db, const Actor &actor, const QString &number,
                       const QStringList &current, QWidget *parent = nullptr);

    QStringList destinations() const;
    void setText(const QString &text);
    QString error() const;
    MessageBar *messageBar() const { return m_messageBar; }
    void accept() override;

private:
    void check();

    Database &m_db;
    Actor m_actor;
    QString m_number;
    MessageBar *m_messageBar;
    QPlainTextEdit *m_edit;
    FieldErrorLabel *m_error;
    QPushButton *m_okButton;
};

} // namespace cd
