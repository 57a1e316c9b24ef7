#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cd {

// An HTML template with {{key}} placeholders (keys: lower case, digits and
// underscores). Plain values are HTML-escaped; fragments the composer built
// itself (table rows) go in as HTML. Rendering refuses a template with a
// placeholder left unfilled, so no document goes out with a hole in it.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cd::DocumentTemplate)

public:
    explicit DocumentTemplate(const QString &text) : m_text(text) {}

    // A template from the Qt resource system, e.g. ":/templates/contract_en.html".
    static Result<DocumentTemplate> fromResource(const QString &path);

    void setText(const QString &key, const QString &plain);
    void setHtml(const QString &key, const QString &html);

    // The keys the template uses, each once, in order of first use.
    QStringList placeholders() const;
    // The filled document; NotFound naming the keys still unfilled.
    Result<QString> render() const;

private:
    QString m_text;
    QHash<QString, QString> m_values;
};

} // namespace cd
