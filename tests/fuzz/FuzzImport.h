#pragma once

// The fuzzing harness over the CSV reader and every importer's row
// validation (issue 7). One input = one selector byte + the bytes of a file:
//   selector % 8 == 0  the CSV reader alone, over a header of generic columns
//   otherwise          an importer kind (agents, plans, prices, customers,
//                      numbers, payments, then the reader again), run as a
//                      dry run against a small database with one agent,
//                      customer, plan and number, so rows that refer to
//                      existing records reach the deeper checks.
// It must never crash, hang or trip a sanitizer, whatever the bytes. Used by
// the libFuzzer target (tests/fuzz, clang) and by the regression test that
// replays tests/fixtures/fuzz/ in the normal suite.

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "common/Actor.h"
#include "contracts/ContractService.h"
#include "csv/CsvReader.h"
#include "csv/CsvRow.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "csv/RowImporter.h"
#include "customers/CustomerService.h"
#include "pricing/PlanService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserService.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace cdfuzz {

class Harness
{
public:
    Harness()
    {
        if (!m_dir.isValid())
            qFatal("fuzz: no temporary folder");
        m_input = m_dir.filePath(QStringLiteral("input.csv"));
        auto opened = cd::Database::open(m_dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            qFatal("fuzz: %s", qPrintable(opened.error().text()));
        m_db = std::move(opened).value();
        seed();
    }

    void run(const uint8_t *data, size_t size)
    {
        if (size == 0)
            return;
        static const char *const kinds[] = {nullptr,     "agents",  "plans",    "prices",
                                            "customers", "numbers", "payments", nullptr};
        const char *kind = kinds[data[0] % 8];
        {
            QFile file(m_input);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("fuzz: cannot write the input file");
            file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
        }
        if (!kind) {
            readOnly();
            return;
        }
        std::unique_ptr<cd::RowImporter> importer =
            cd::ImportRegistry::create(QString::fromLatin1(kind));
        if (!importer)
            qFatal("fuzz: no importer %s", kind);
        const cd::Result<cd::ImportReport> report =
            cd::ImportRunner::run(*m_db, m_actor, *importer, m_input, true);
        if (!report && report.error().message.isEmpty())
            qFatal("fuzz: an error without a message");
    }

private:
    void readOnly()
    {
        const QVector<cd::CsvColumn> columns{{QStringLiteral("a"), true},
                                             {QStringLiteral("b"), false},
                                             {QStringLiteral("c"), false}};
        auto reader = cd::CsvReader::open(m_input, columns);
        if (!reader)
            return;
        cd::CsvRow row;
        for (int guard = 0; guard < 100000; ++guard) {
            const cd::Result<bool> more = reader.value()->next(&row);
            if (more && !*more)
                return;
            if (more)
                (void)row.values();
        }
        qFatal("fuzz: the reader did not reach the end of a small file");
    }

    void seed()
    {
        cd::Database &db = *m_db;
        const QString agentCode = code(QStringLiteral("91"), 1);
        cd::AgentInput agent;
        agent.name = QStringLiteral("模糊测试代理有限公司");
        agent.uscc = agentCode;
        if (!cd::AgentService(db).create(m_actor, agent))
            qFatal("fuzz: seed agent");
        if (!cd::ContractService(db).create(m_actor, agentCode, 2026, {{1, 1, 1, 1}},
                                            QDate(2026, 1, 1), QDate(2026, 1, 1)))
            qFatal("fuzz: seed contract");
        cd::PlanInput plan;
        plan.code = QStringLiteral("STD");
        plan.name = QStringLiteral("标准");
        plan.carrier = QStringLiteral("telecom");
        plan.annualFeeFen = QStringLiteral("100000");
        plan.carrierCostFen = QStringLiteral("50000");
        if (!cd::PlanService(db).create(m_actor, plan))
            qFatal("fuzz: seed plan");
        cd::CustomerInput customer;
        customer.name = QStringLiteral("模糊客户有限公司");
        customer.uscc = code(QStringLiteral("91"), 2);
        customer.agentUscc = agentCode;
        customer.qualification = QStringLiteral("approved");
        if (!cd::CustomerService(db).create(m_actor, customer))
            qFatal("fuzz: seed customer");
        cd::SqlQuery q(db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES ('4008001234', 'telecom', 'normal',"
                                          " '2026-01-01T00:00:00Z')"));
        if (!q.exec())
            qFatal("fuzz: seed number");
    }

    static QString code(const QString &prefix, int serial)
    {
        const QString first17 =
            prefix + QStringLiteral("110108MA%1").arg(serial, 7, 10, QLatin1Char('0'));
        return first17 + cd::Uscc::checkCharacter(first17);
    }

    QTemporaryDir m_dir;
    QString m_input;
    std::unique_ptr<cd::Database> m_db;
    const cd::Actor m_actor{QStringLiteral("fuzzer"), cd::Role::Admin};
};

} // namespace cdfuzz
