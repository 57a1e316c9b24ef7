#pragma once

#include "common/Actor.h"
#include "widgets/Icons.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// The areas of the main window, one per entity group of SPEC §2, in sidebar order.
enum class Area {
    Dashboard,
    Agents,
    Contracts,
    Prices,
    Customers,
    Reviews,
    Numbers,
    Payments,
    Violations,
    Incidents,
    Training,
    Notices,
    Reports,
    AuditLog,
    Settings,
    Users,
};

// The sidebar sections the areas sit under.
enum class AreaGroup { Overview, Channel, Customers, Compliance, Administration };

class Areas
{
    Q_DECLARE_TR_FUNCTIONS(cd::Areas)

public:
    static QVector<Area> all();
    // Areas the actor may open: Settings and Users are for administrators.
    static QVector<Area> visibleTo(const Actor &actor);
    static bool isVisibleTo(Area area, const Actor &actor);

    static QString key(Area area); // stable, e.g. "audit_log"; for settings and object names
    static bool fromKey(const QString &key, Area *area);
    static QString title(Area area);
    // One sentence on what the area holds.
    static QString description(Area area);
    static AreaGroup group(Area area);
    static QString groupTitle(AreaGroup group);
    static Icons::Glyph glyph(Area area);
};

} // namespace cd
