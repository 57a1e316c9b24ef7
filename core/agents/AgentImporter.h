#pragma once

#include "agents/Agent.h"
#include "csv/RowImporter.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {

// `import agents` (SPEC §5): one agent per row through AgentService, so every
// rule of §3 "Agents" (§1.1 legal entities only, one level-1 parent, no third
// level) is checked in the one place that owns it. A level-2 row may name a
// parent created earlier in the same file.
class AgentImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(cd::AgentImporter)

public:
    QString kind() const override;
    QVector<CsvColumn> columns() const override;
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;

    // The row's values as an AgentInput; *levelError is set when the level
    // cell is not a whole number.
    static AgentInput inputFrom(const CsvRow &row, QString *levelError = nullptr);

private:
    QSet<QString> m_created; // normalised codes created earlier in this file
};

} // namespace cd
