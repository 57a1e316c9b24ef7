#pragma once

#include "common/Result.h"
#include "compliance/Review.h"

#include <QByteArray>
#include <QDialog>

namespace cd {

class Database;
class MessageBar;

// A stored document as it is: a picture scaled to the window, a text file
// as text, anything else (a PDF, a scan in another format) offered to save.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Image, Text, None };

    DocumentPreviewDialog(Database &db, const CustomerDocument &document,
                          QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    MessageBar *messageBar() const { return m_messageBar; }

    // What a preview would show of these bytes.
    static Kind kindOf(const QString &fileName, const QByteArray &content);
    // Asks where to save the document's bytes and writes them; the outcome
    // goes to `bar`. False when cancelled or failed.
    static bool saveAs(QWidget *parent, Database &db, const CustomerDocument &document,
                       MessageBar *bar);

private:
    Database &m_db;
    CustomerDocument m_document;
    Kind m_kind = Kind::None;
    MessageBar *m_messageBar;
};

} // namespace cd
