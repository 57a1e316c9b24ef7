#include "CsvRow.h"

#include <utility>

namespace cd {

CsvRow::CsvRow(int line, std::shared_ptr<const ColumnIndex> columns, QStringList values)
    : m_line(line)
    , m_columns(std::move(columns))
    , m_values(std::move(values))
{}

CsvRow::CsvRow(int line, const QStringList &keys, const QStringList &values)
    : m_line(line)
    , m_values(values)
{
    auto index = std::make_shared<ColumnIndex>();
    for (int i = 0; i < keys.size(); ++i)
        index->insert(keys.at(i), i);
    m_columns = std::move(index);
}

QString CsvRow::value(const QString &key) const
{
    if (!m_columns)
        return {};
    const auto it = m_columns->constFind(key);
    if (it == m_columns->constEnd() || *it >= m_values.size())
        return {};
    return m_values.at(*it);
}

bool CsvRow::has(const QString &key) const
{
    return m_columns && m_columns->contains(key);
}

} // namespace cd
