#include "IncidentListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "incidents/IncidentService.h"
#include "widgets/Format.h"

namespace cd {

IncidentListModel::IncidentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_asOf(QDateTime::currentDateTimeUtc())
{
}

cd::Status IncidentListModel::reload()
{
    Result<QVector<Incident>> list = IncidentService(m_db).list();
    beginResetModel();
    m_asOf = QDateTime::currentDateTimeUtc();
    m_incidents = list ? *list : QVector<Incident>();
    endResetModel();
    if (!list)
        return list.error();
    return {};
}

const Incident *IncidentListModel::incident(int row) const
{
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_incidents.size(); ++r) {
        if (m_incidents.at(r).id == id)
            return r;
    }
    return -1;
}

bool IncidentListModel::lateNotice(int row) const
{
    const Incident *i = incident(row);
    return i && IncidentService::lateNotice(*i);
}

bool IncidentListModel::providerLiable(int row) const
{
    const Incident *i = incident(row);
    return i && IncidentService::providerLiable(*i, m_asOf);
}

QString IncidentListModel::displayTime(const QDateTime &utc)
{
    return utc.isValid() ? Format::timestamp(Dates::timestamp(utc)) : QString();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Incident &i = m_incidents.at(row);
    const Column column = Column(index.column());
    QStringList flagTexts;
    QVariantList flagTones;
    if (column == Flags) {
        if (lateNotice(row)) {
            flagTexts << tr("Late notice");
            flagTones << int(StatusBadge::Tone::Warning);
        }
        if (providerLiable(row)) {
            flagTexts << tr("Provider-liable");
            flagTones << int(StatusBadge::Tone::Negative);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return i.title;
        case Kind:
            return incidentKindDisplayName(i.kind);
        case Cause:
            return incidentCauseDisplayName(i.cause);
        case Start:
            return displayTime(i.startsAt);
        case End:
            return i.ongoing() ? tr("ongoing") : displayTime(i.endsAt);
        case Notice:
            if (!i.noticedAt.isValid())
                return tr("none");
            return QStringLiteral("%1 · %2").arg(displayTime(i.noticedAt),
                                                  noticeChannelDisplayName(i.channel));
        case Agents:
            return i.allAgents() ? tr("All") : Format::count(i.agentUsccs.size());
        case Disputes:
            return Format::count(i.disputeCount);
        case Flags:
            return flagTexts.join(QStringLiteral(" · "));
        case ColumnCount:
            break;
        }
        break;
    case FlagTextsRole:
        return flagTexts;
    case FlagTonesRole:
        return flagTones;
    case Qt::ForegroundRole:
        if (column == End && i.ongoing())
            return StatusBadge::textColor(StatusBadge::Tone::Negative);
        break;
    case Qt::ToolTipRole:
        if (column == Flags) {
            QStringList tips;
            if (lateNotice(row))
                tips << tr("Maintenance announced less than 24 hours before its start (§2.8)");
            if (providerLiable(row))
                tips << tr("The platform's own failure lasted more than 48 hours: the provider "
                           "is liable (§2.8)");
            return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
        }
        if (column == Agents)
            return i.allAgents() ? tr("Every active agent") : i.agentUsccs.join(QLatin1Char('\n'));
        if (column == Title && !i.description.isEmpty())
            return i.description;
        break;
    case Qt::UserRole:
        return i.id;
    default:
        break;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Incident");
    case Kind:
        return tr("Kind");
    case Cause:
        return tr("Cause");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Notice:
        return tr("Notice");
    case Agents:
        return tr("Agents");
    case Disputes:
        return tr("Disputes");
    case Flags:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
