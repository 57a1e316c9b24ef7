#pragma once

// A fresh database for the numbers, customers and reviews screens: an admin,
// agents with contracts, plans, customers and a number pool, all made
// through the services (the pool and bulk rows by SQL, as the import does).

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "numbers/Grade.h"
#include "numbers/NumberService.h"
#include "pricing/PlanService.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QTemporaryDir>

namespace cdtest {

struct NumbersWorld {
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> db;
    cd::Actor admin;
    int serial = 0;

    bool open()
    {
        if (!dir.isValid())
            return false;
        db = openDatabase(dir.filePath(QStringLiteral("desk.sqlite")));
        if (!db)
            return false;
        admin = createAdmin(*db);
        return true;
    }

    // An agent; with `contract`, an active contract for this year from 1 January.
    cd::Agent agent(const QString &name, bool contract = true)
    {
        cd::AgentInput in;
        in.name = name;
        in.uscc = makeUscc(QStringLiteral("91"), ++serial);
        in.level = 1;
        in.legalRep = QStringLiteral("Zhang Wei");
        in.phone = QStringLiteral("13812345678");
        in.region = QStringLiteral("Beijing");
        cd::Result<cd::Agent> a = cd::AgentService(*db).create(admin, in);
        if (!a)
            qFatal("%s", qPrintable(a.error().text()));
        if (contract) {
            const int year = QDate::currentDate().year();
            cd::Result<cd::Contract> c = cd::ContractService(*db).create(
                admin, a->uscc, year, {{5, 5, 5, 5}}, QDate(year, 1, 1));
            if (!c)
                qFatal("%s", qPrintable(c.error().text()));
        }
        return *cd::AgentService(*db).find(a->uscc);
    }

    void plan(const QString &code, qint64 feeFen)
    {
        cd::PlanInput in;
        in.code = code;
        in.name = code + QStringLiteral(" plan");
        in.carrier = QStringLiteral("telecom");
        in.annualFeeFen = QString::number(feeFen);
        in.includedMinutes = QStringLiteral("1000");
        in.perMinuteFen = QStringLiteral("20");
        in.carrierCostFen = QString::number(feeFen / 2);
        cd::Result<cd::Plan> p = cd::PlanService(*db).create(admin, in);
        if (!p)
            qFatal("%s", qPrintable(p.error().text()));
    }

    cd::Customer customer(const QString &name, const cd::Agent &by,
                          const QString &qualification = QStringLiteral("approved"),
                          const QString &legalRep = QStringLiteral("Li Na"),
                          const QString &handler = QString())
    {
        cd::CustomerInput in;
        in.name = name;
        in.uscc = makeUscc(QStringLiteral("91"), 5000 + ++serial, QStringLiteral("440305"));
        in.agentUscc = by.uscc;
        in.qualification = qualification;
        in.legalRep = legalRep;
        in.handlerName = handler;
        cd::Result<cd::Customer> c = cd::CustomerService(*db).create(admin, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

    // Numbers in the pool, by SQL as the import writes them.
    void pool(const QStringList &numbers)
    {
        cd::WriteTransaction tx(*db);
        if (!tx.begin())
            qFatal("begin");
        for (const QString &n : numbers) {
            cd::SqlQuery q(*db,
                           QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES (:n, 'telecom', :g, '2025-01-01T00:00:00Z')"));
            q.bind(QStringLiteral(":n"), n)
                .bind(QStringLiteral(":g"), cd::gradeKey(cd::gradeOf(n)));
            if (!q.exec())
                qFatal("insert %s", qPrintable(n));
        }
        if (!tx.commit())
            qFatal("commit");
    }

    cd::Number activate(const QString &number, const cd::Customer &c, const QString &plan,
                        const QDate &date, int months = 12)
    {
        cd::Activation a;
        a.number = number;
        a.customerUscc = c.uscc;
        a.planCode = plan;
        a.date = date;
        a.months = months;
        cd::Result<cd::Number> n = cd::NumberService(*db).activate(admin, a);
        if (!n)
            qFatal("%s", qPrintable(n.error().text()));
        return *n;
    }

    // Rewrites a number's dates and status directly, to stage a situation.
    void stage(const QString &number, const QString &sql, const QVariantMap &binds = {})
    {
        cd::SqlQuery q(*db, QStringLiteral("UPDATE numbers SET ") + sql +
                                QStringLiteral(" WHERE number = :number"));
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bind(it.key(), it.value());
        q.bind(QStringLiteral(":number"), number);
        if (!q.exec())
            qFatal("stage %s", qPrintable(number));
    }

    QVariant scalar(const QString &sql, const QVariantMap &binds = {})
    {
        cd::SqlQuery q(*db, sql);
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bind(it.key(), it.value());
        cd::Result<QVariant> v = q.scalar();
        return v ? *v : QVariant();
    }
};

} // namespace cdtest
