#pragma once

// A fresh database with a signed-in manager, and valid codes made to order.

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

namespace cdtest {

// A valid USCC: authority+category prefix ("91" company, "92" individual
// business, "12" public institution …), a region and a serial, with the check
// character computed by GB 32100.
inline QString makeUscc(const QString &prefix, int serial, const QString &region = QStringLiteral("110108"))
{
    const QString first17 = prefix + region + QStringLiteral("MA%1").arg(serial, 7, 10, QLatin1Char('0'));
    return first17 + cd::Uscc::checkCharacter(first17);
}

struct Domain {
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> db;
    cd::Actor manager{QStringLiteral("li.na"), cd::Role::Manager};
    cd::Actor auditor{QStringLiteral("qian"), cd::Role::Auditor};
    int serial = 0;

    bool open()
    {
        auto r = cd::Database::open(dir.filePath(QStringLiteral("domain.sqlite")));
        if (!r)
            return false;
        db = std::move(r).value();
        return true;
    }

    cd::AgentInput agentInput(const QString &name, int level = 1, const QString &parent = {})
    {
        cd::AgentInput in;
        in.name = name;
        in.uscc = makeUscc(QStringLiteral("91"), ++serial);
        in.level = level;
        in.parentUscc = parent;
        in.legalRep = QStringLiteral("张伟");
        in.phone = QStringLiteral("13812345678");
        in.region = QStringLiteral("北京");
        return in;
    }

    cd::Agent agent(const QString &name, int level = 1, const QString &parent = {})
    {
        cd::Result<cd::Agent> a = cd::AgentService(*db).create(manager, agentInput(name, level, parent));
        if (!a)
            qFatal("%s", qPrintable(a.error().text()));
        return *a;
    }
};

} // namespace cdtest
