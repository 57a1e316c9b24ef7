#pragma once

// A small database whose dashboard figures are worked out by hand, as of
// Wednesday 2026-05-13 (second quarter; defaults G = 15, R = 90, threshold
// 120 %). Agents, contracts, the plan and customers go through the services;
// numbers, reviews and violations are written by SQL with the dates and
// statuses a situation needs, as the import and the sweep would leave them.
//
// Numbers (19):
//   available 3      N01 N02 N03
//   reserved 1       N04
//   active 7         N05 paid through 05-13 (asOf: first week)   activated 04-10 by A1
//                    N06 paid through 05-17 (Sunday: first week) activated 04-20 by A1
//                    N07 paid through 05-18 (Monday: 2nd week)   activated 04-01 by A1
//                    N08 paid through 06-30 (week of 06-29)      activated 05-05 by A2
//                    N09 paid through 08-05 (asOf + 84: last)    activated 03-30 by A2 (Q1)
//                    N10 paid through 08-06 (outside the window) activated 2025 by A2
//                    N11 paid through 05-12 (overdue, in grace)  activated 2025 by A1
//   suspended 5      N13 arrears since 02-15 → reclaim 05-16  (at risk)
//                    N14 arrears since 03-14 → reclaim 06-12  (= asOf + 30: at risk)
//                    N15 arrears since 03-15 → reclaim 06-13  (not yet)
//                    N16 fraud since 01-01                    (never reclaimed)
//                    N17 arrears since 02-01 → reclaim 05-02  (past, sweep behind: at risk)
//   reclaimed 1      N18
//   cancelled 2      N19 activated 04-15 by A2, cancelled 05-01 (counts for Q2)
//                    N20
//
// Renewal weeks (13, Mondays 05-11 … 08-03): 05-11 → 2, 05-18 → 1,
//   06-29 → 1, 08-03 → 1, the rest 0; overdue 1 (N11).
// At risk of reclaim by 06-12: 3, the first on 05-02.
// Q2 completion: A1 (level 1, task 4) 3 own + 2 of its sub-agent A2 = 5 → 125 %;
//   A4 (level 1, task 0) no task; A2 (level 2, task 5) 2 → 40 %; A5 (level 1,
//   terminated on 05-01, its contract ran in the quarter, task 2) 0 → 0 %; A3
//   (no contract, a prospect) is not evaluated.
// Open reviews by age: 0–2 days 2 qualification; 3–7 days 2 qualification;
//   8–14 days 1 qualification + 1 follow-up; over 14 days 1 qualification +
//   1 spot check; one closed review left out.
// Open violations: 4 — 2 unclassified, 1 negligent, 1 intentional (one
//   closed case left out).

#include "DomainFixture.h"

#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "pricing/PlanService.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QVariantMap>

namespace cdtest {

struct DashboardWorld : Domain {
    const cd::Actor admin{QStringLiteral("admin"), cd::Role::Admin};
    const QDate asOf{2026, 5, 13};
    cd::Agent a1; // level 1, Q2 task 4
    cd::Agent a2; // level 2 under a1, Q2 task 5
    cd::Agent a3; // level 1, no contract
    cd::Agent a4; // level 1, Q2 task 0
    cd::Agent a5; // level 1, Q2 task 2, terminated on 2026-05-01
    cd::Customer c1;
    cd::Customer c2;
    qint64 planId = 0;

    static QString number(int n) { return QStringLiteral("40080012%1").arg(n, 2, 10, QLatin1Char('0')); }

    bool build()
    {
        if (!open())
            return false;
        cd::ContractService contracts(*db);
        const QDate start(2026, 1, 1);
        const QDate signedOn(2026, 1, 2);
        a1 = agent(QStringLiteral("华北通信有限公司"));
        if (!contracts.create(manager, a1.uscc, 2026, {{10, 4, 10, 10}}, start, signedOn))
            return false;
        a2 = agent(QStringLiteral("华东信息有限公司"), 2, a1.uscc);
        a3 = agent(QStringLiteral("华南数据有限公司"));
        a4 = agent(QStringLiteral("西部网络有限公司"));
        if (!contracts.create(manager, a2.uscc, 2026, {{5, 5, 5, 5}}, start, signedOn) ||
            !contracts.create(manager, a4.uscc, 2026, {{3, 0, 3, 3}}, start, signedOn))
            return false;
        a5 = agent(QStringLiteral("湖南信通有限公司"));
        if (!contracts.create(manager, a5.uscc, 2026, {{2, 2, 2, 2}}, start, signedOn))
            return false;
        {
            // Terminated in the quarter, as ContractService::terminate leaves it.
            cd::SqlQuery t(*db, QStringLiteral("UPDATE contracts SET status = 'terminated',"
                                               " terminated_on = '2026-05-01' WHERE agent_id = :a"));
            t.bind(QStringLiteral(":a"), a5.id);
            cd::SqlQuery u(*db, QStringLiteral("UPDATE agents SET status = 'terminated' WHERE id = :a"));
            u.bind(QStringLiteral(":a"), a5.id);
            if (!t.exec() || !u.exec())
                return false;
        }

        cd::PlanInput plan;
        plan.code = QStringLiteral("STD");
        plan.name = QStringLiteral("标准套餐");
        plan.carrier = QStringLiteral("telecom");
        plan.annualFeeFen = QStringLiteral("100000");
        plan.carrierCostFen = QStringLiteral("50000");
        cd::Result<cd::Plan> p = cd::PlanService(*db).create(admin, plan);
        if (!p)
            return false;
        planId = p->id;
        c1 = customer(QStringLiteral("北京甲科技有限公司"), a1);
        c2 = customer(QStringLiteral("上海乙贸易有限公司"), a2);

        cd::WriteTransaction tx(*db);
        if (!tx.begin())
            return false;
        const QVariant none;
        // number, status, agent, customer, activated, paid through, suspended on, suspension
        struct Row {
            int n;
            const char *status;
            const cd::Agent *agent;
            const cd::Customer *customer;
            const char *activated;
            const char *paidThrough;
            const char *suspendedOn;
            const char *suspension;
        };
        const QVector<Row> rows{
            {1, "available", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            {2, "available", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            {3, "available", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            {4, "reserved", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            {5, "active", &a1, &c1, "2026-04-10", "2026-05-13", nullptr, nullptr},
            {6, "active", &a1, &c1, "2026-04-20", "2026-05-17", nullptr, nullptr},
            {7, "active", &a1, &c1, "2026-04-01", "2026-05-18", nullptr, nullptr},
            {8, "active", &a2, &c2, "2026-05-05", "2026-06-30", nullptr, nullptr},
            {9, "active", &a2, &c2, "2026-03-30", "2026-08-05", nullptr, nullptr},
            {10, "active", &a2, &c2, "2025-08-07", "2026-08-06", nullptr, nullptr},
            {11, "active", &a1, &c1, "2025-05-13", "2026-05-12", nullptr, nullptr},
            {13, "suspended", &a1, &c1, "2025-01-31", "2026-01-30", "2026-02-15", "arrears"},
            {14, "suspended", &a1, &c1, "2025-02-27", "2026-02-26", "2026-03-14", "arrears"},
            {15, "suspended", &a2, &c2, "2025-02-28", "2026-02-27", "2026-03-15", "arrears"},
            {16, "suspended", &a1, &c1, "2025-06-01", "2026-05-31", "2026-01-01", "fraud"},
            {17, "suspended", &a1, &c1, "2025-01-16", "2026-01-15", "2026-02-01", "arrears"},
            {18, "reclaimed", &a1, &c1, "2024-06-01", "2025-05-31", "2025-06-16", "arrears"},
            {19, "cancelled", &a2, &c2, "2026-04-15", "2027-04-14", nullptr, nullptr},
            {20, "cancelled", &a1, &c1, "2025-03-01", "2026-02-28", nullptr, nullptr},
        };
        auto text = [&none](const char *s) { return s ? QVariant(QString::fromLatin1(s)) : none; };
        for (const Row &r : rows) {
            cd::SqlQuery q(*db, QStringLiteral(
                                    "INSERT INTO numbers (number, carrier, grade, status, status_since,"
                                    " customer_id, agent_id, plan_id, reserved_until, reserved_for,"
                                    " activated_on, paid_through, suspended_on, suspension, reclaimed_on,"
                                    " cancelled_on, created_at) VALUES (:n, 'telecom', 'normal', :s, :since,"
                                    " :c, :a, :p, :ru, :rf, :act, :paid, :susp, :why, :rec, :can,"
                                    " '2024-01-01T00:00:00Z')"));
            const QString status = QString::fromLatin1(r.status);
            const bool reserved = status == QLatin1String("reserved");
            q.bind(QStringLiteral(":n"), number(r.n))
                .bind(QStringLiteral(":s"), status)
                .bind(QStringLiteral(":since"), r.suspendedOn ? text(r.suspendedOn) : text(r.activated))
                .bind(QStringLiteral(":c"), r.customer ? QVariant(r.customer->id) : none)
                .bind(QStringLiteral(":a"), r.agent ? QVariant(r.agent->id) : none)
                .bind(QStringLiteral(":p"), r.agent ? QVariant(planId) : none)
                .bind(QStringLiteral(":ru"), reserved ? QVariant(QStringLiteral("2026-05-15")) : none)
                .bind(QStringLiteral(":rf"), reserved ? QVariant(c1.id) : none)
                .bind(QStringLiteral(":act"), text(r.activated))
                .bind(QStringLiteral(":paid"), text(r.paidThrough))
                .bind(QStringLiteral(":susp"), status == QLatin1String("suspended") ? text(r.suspendedOn) : none)
                .bind(QStringLiteral(":why"), status == QLatin1String("suspended") ? text(r.suspension) : none)
                .bind(QStringLiteral(":rec"), status == QLatin1String("reclaimed")
                                                  ? QVariant(QStringLiteral("2025-09-14")) : none)
                .bind(QStringLiteral(":can"), status == QLatin1String("cancelled")
                                                  ? QVariant(QStringLiteral("2026-05-01")) : none);
            if (!q.exec())
                return false;
        }

        // kind, opened on, status
        const QVector<std::tuple<const char *, const char *, const char *>> reviews{
            {"qualification", "2026-05-13", "open"},  {"qualification", "2026-05-11", "open"},
            {"qualification", "2026-05-10", "open"},  {"qualification", "2026-05-06", "open"},
            {"qualification", "2026-04-29", "open"},  {"qualification", "2026-04-28", "open"},
            {"follow_up", "2026-05-01", "open"},      {"spot_check", "2026-03-01", "open"},
            {"qualification", "2026-01-01", "closed"},
        };
        for (const auto &[kind, opened, status] : reviews) {
            cd::SqlQuery q(*db, QStringLiteral("INSERT INTO reviews (customer_id, kind, opened_on, status)"
                                               " VALUES (:c, :k, :o, :s)"));
            q.bind(QStringLiteral(":c"), c1.id)
                .bind(QStringLiteral(":k"), QString::fromLatin1(kind))
                .bind(QStringLiteral(":o"), QString::fromLatin1(opened))
                .bind(QStringLiteral(":s"), QString::fromLatin1(status));
            if (!q.exec())
                return false;
        }

        // agent, classification, status
        const QVector<std::tuple<const cd::Agent *, const char *, const char *>> violations{
            {&a1, nullptr, "open"},     {&a1, "negligent", "open"},     {&a2, nullptr, "open"},
            {&a2, "intentional", "open"}, {&a1, "intentional", "closed"},
        };
        for (const auto &[who, classification, status] : violations) {
            cd::SqlQuery q(*db, QStringLiteral("INSERT INTO violations (agent_id, found_on, clause,"
                                               " description, classification, status)"
                                               " VALUES (:a, '2026-04-01', '§3.2', 'x', :c, :s)"));
            q.bind(QStringLiteral(":a"), who->id)
                .bind(QStringLiteral(":c"), text(classification))
                .bind(QStringLiteral(":s"), QString::fromLatin1(status));
            if (!q.exec())
                return false;
        }
        return bool(tx.commit());
    }

    cd::Customer customer(const QString &name, const cd::Agent &by)
    {
        cd::CustomerInput in;
        in.name = name;
        in.uscc = makeUscc(QStringLiteral("91"), 7000 + ++serial, QStringLiteral("440305"));
        in.agentUscc = by.uscc;
        in.qualification = QStringLiteral("approved");
        in.legalRep = QStringLiteral("李娜");
        cd::Result<cd::Customer> c = cd::CustomerService(*db).create(manager, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }
};

} // namespace cdtest
