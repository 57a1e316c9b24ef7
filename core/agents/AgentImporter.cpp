#include "AgentImporter.h"

#include "agents/AgentService.h"
#include "agents/Uscc.h"

namespace cd {

QString AgentImporter::kind() const
{
    return QStringLiteral("agents");
}

QVector<CsvColumn> AgentImporter::columns() const
{
    return {
        {QStringLiteral("name"), true},       {QStringLiteral("uscc"), true},
        {QStringLiteral("level"), true},      {QStringLiteral("parent_uscc"), false},
        {QStringLiteral("legal_rep"), false}, {QStringLiteral("contact"), false},
        {QStringLiteral("phone"), false},     {QStringLiteral("email"), false},
        {QStringLiteral("address"), false},   {QStringLiteral("region"), false},
        {QStringLiteral("tier"), false},
    };
}

AgentInput AgentImporter::inputFrom(const CsvRow &row, QString *levelError)
{
    AgentInput in;
    in.name = row.value(QStringLiteral("name")).trimmed();
    in.uscc = row.value(QStringLiteral("uscc")).trimmed();
    const QString level = row.value(QStringLiteral("level")).trimmed();
    bool isNumber = false;
    in.level = level.toInt(&isNumber);
    if (!isNumber) {
        in.level = 0; // the service refuses it with the list of levels
        if (levelError)
            *levelError = tr("\"%1\" is not a level; use 1 or 2.").arg(level);
    }
    in.parentUscc = row.value(QStringLiteral("parent_uscc")).trimmed();
    in.legalRep = row.value(QStringLiteral("legal_rep")).trimmed();
    in.contact = row.value(QStringLiteral("contact")).trimmed();
    in.phone = row.value(QStringLiteral("phone")).trimmed();
    in.email = row.value(QStringLiteral("email")).trimmed();
    in.address = row.value(QStringLiteral("address")).trimmed();
    in.region = row.value(QStringLiteral("region")).trimmed();
    in.tier = row.value(QStringLiteral("tier")).trimmed().toLower();
    return in;
}

QVector<FieldError> AgentImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    QString levelError;
    const AgentInput input = inputFrom(row, &levelError);
    AgentService agents(db);

    // Every problem of the row, one per column, before anything is written.
    QVector<FieldError> errors = agents.validate(input, m_created);
    if (!levelError.isEmpty()) {
        for (FieldError &e : errors) {
            if (e.column == QLatin1String("level"))
                e.message = levelError;
        }
    }
    if (!errors.isEmpty())
        return errors;

    Result<Agent> agent = agents.insert(actor, input, m_created);
    if (!agent)
        return {{QString(), agent.error().text()}};
    // A prospect created here may be the parent of a later level-2 row.
    m_created.insert(agent->uscc);
    return {};
}

} // namespace cd
