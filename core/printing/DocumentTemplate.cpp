#include "DocumentTemplate.h"

#include "printing/DocumentLanguage.h"

#include <QFile>
#include <QRegularExpression>

namespace cd {

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([a-z0-9_]+)\\s*\\}\\}"));
    return re;
}
} // namespace

Result<DocumentTemplate> DocumentTemplate::fromResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The document template %1 is missing from this build.").arg(path));
    return DocumentTemplate(QString::fromUtf8(file.readAll()));
}

void DocumentTemplate::setText(const QString &key, const QString &plain)
{
    // Braces of the data are written as entities so that a value can never
    // look like a placeholder.
    QString html = DocumentText::escape(plain);
    html.replace(QLatin1Char('{'), QLatin1String("&#123;"));
    html.replace(QLatin1Char('}'), QLatin1String("&#125;"));
    m_values.insert(key, html);
}

void DocumentTemplate::setHtml(const QString &key, const QString &html)
{
    m_values.insert(key, html);
}

QStringList DocumentTemplate::placeholders() const
{
    QStringList keys;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

Result<QString> DocumentTemplate::render() const
{
    QString out;
    out.reserve(m_text.size() * 2);
    QStringList missing;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(m_text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const auto value = m_values.constFind(key);
        if (value == m_values.constEnd()) {
            if (!missing.contains(key))
                missing << key;
        } else {
            out += *value;
        }
        last = m.capturedEnd();
    }
    out += QStringView(m_text).mid(last);
    if (!missing.isEmpty())
        return Error::notFound(tr("The document template leaves %1 unfilled.")
                                   .arg(missing.join(QStringLiteral(", "))));
    return out;
}

} // namespace cd
