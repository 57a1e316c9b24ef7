#pragma once

#include "common/Actor.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

enum class Classification { Unclassified, Negligent, Intentional };
enum class PenaltyKind { Warning, Fine, Downgrade, Stop, Termination };
QString penaltyKindKey(PenaltyKind kind);
bool penaltyKindFromKey(const QString &key, PenaltyKind *kind);
QString penaltyKindDisplayName(PenaltyKind kind);
QString classificationKey(Classification c); // "", "negligent", "intentional"
QString classificationDisplayName(Classification c);

struct Violation {
    qint64 id = 0;
    qint64 agentId = 0;
    QString agentUscc;
    QString agentName;
    QDate foundOn;
    QString clause;        // "§3.2", "§3.9"
    QString description;
    QString source;        // "manual", "spot_check", "follow_up", "review"
    Classification classification = Classification::Unclassified;
    QDate classifiedOn;
    QString classifiedBy;
    bool open = true;
    int evidenceCount = 0;
};

struct Penalty {
    qint64 id = 0;
    qint64 violationId = 0;
    PenaltyKind kind = PenaltyKind::Warning;
    Money amount;          // fines
    QDate decidedOn;
    QDate stopFrom;        // stop on new activations
    QDate stopUntil;
    QString note;
};

struct Evidence {
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDate addedOn;
};

// Violation cases and penalties (§3.2, §3.9).
class ViolationService
{
    Q_DECLARE_TR_FUNCTIONS(cd::ViolationService)

public:
    explicit ViolationService(Database &db) : m_db(db) {}

    // Opens a case; `clause` must be §3.2 or §3.9.
    Result<Violation> open(const Actor &actor, const QString &agentUscc, const QDate &foundOn,
                           const QString &clause, const QString &description,
                           const QString &source = QStringLiteral("manual"));
    // Inside the caller's transaction (fraud found by a check opens a case).
    Result<Violation> openIn(const Actor &actor, qint64 agentId, const QDate &foundOn,
                             const QString &clause, const QString &description, const QString &source);

    // Evidence stored in the database with its SHA-256.
    Result<Evidence> attach(const Actor &actor, qint64 violationId, const QString &fileName,
                            const QByteArray &content, const QDate &addedOn);
    Result<QVector<Evidence>> evidence(qint64 violationId);
    Result<QByteArray> evidenceContent(qint64 evidenceId);

    // §3.9 The manager's classification: negligent (the agent was deceived) →
    // the agent becomes supervised and cooperation goes on; intentional → its
    // contract is terminated under §3.9 on `date`.
    Status classify(const Actor &actor, qint64 violationId, Classification classification,
                    const QDate &date);

    // §3.2 Penalties. Downgrade lowers the tier by one from the decision day (the
    // only way a tier ever goes down); stop bars new activations from..until;
    // termination ends the contract under §3.2.
    Result<Penalty> penalise(const Actor &actor, qint64 violationId, PenaltyKind kind,
                             const QDate &decidedOn, Money fine = {}, const QDate &stopFrom = {},
                             const QDate &stopUntil = {}, const QString &note = {});

    Status close(const Actor &actor, qint64 violationId);

    Result<Violation> find(qint64 id);
    Result<QVector<Violation>> list(qint64 agentId = 0, bool openOnly = false);
    Result<QVector<Penalty>> penalties(qint64 violationId);
    // Violations of an agent found in the 12 months before `date` (spot-check weights, §3.9).
    Result<int> countInYearBefore(qint64 agentId, const QDate &date);

private:
    Database &m_db;
};

} // namespace cd
