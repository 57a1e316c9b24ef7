#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace cd {

// One data record of a CSV file, with its values looked up by column key.
class CsvRow
{
public:
    using ColumnIndex = QHash<QString, int>; // column key → field position

    CsvRow() = default;
    // The reader shares one index between all the rows of a file.
    CsvRow(int line, std::shared_ptr<const ColumnIndex> columns, QStringList values);
    // Convenience for tests of importers: keys and values side by side.
    CsvRow(int line, const QStringList &keys, const QStringList &values);

    // 1-based physical line where the record starts.
    int line() const { return m_line; }
    // The raw value (not trimmed); "" when the column is absent or empty.
    QString value(const QString &key) const;
    // Whether the header named the column.
    bool has(const QString &key) const;
    // The raw fields in file order.
    const QStringList &values() const { return m_values; }

private:
    int m_line = 0;
    std::shared_ptr<const ColumnIndex> m_columns;
    QStringList m_values;
};

} // namespace cd
