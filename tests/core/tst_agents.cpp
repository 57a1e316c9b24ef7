// Agents: §1.1 legal entities, one level-1 parent, no third level, §2.6 portal passwords.

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "contracts/ContractService.h"
#include "storage/SqlQuery.h"

using namespace cd;

class TestAgents : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;

    static bool hasError(const QVector<FieldError> &errors, const QString &column, const QString &part)
    {
        for (const FieldError &e : errors) {
            if (e.column == column && e.message.contains(part))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void createsALevelOneAgentAsProspect()
    {
        AgentInput in = d->agentInput(QStringLiteral("北京华信通达科技有限公司"));
        in.uscc = in.uscc.toLower();
        in.uscc.insert(6, QLatin1Char(' '));
        Result<Agent> a = AgentService(*d->db).create(d->manager, in);
        QVERIFY2(a.ok(), qPrintable(a.error().text()));
        QCOMPARE(a->status, AgentStatus::Prospect);
        QCOMPARE(a->tier, Tier::Standard);
        QCOMPARE(a->uscc, Uscc::normalise(in.uscc));
        QCOMPARE(a->uscc.size(), 18);
        Result<QVector<AuditEntry>> log = AuditLog::page(*d->db, {}, 0, 5);
        QCOMPARE(log->first().action, QStringLiteral("agent.create"));
        QCOMPARE(log->first().clause, QStringLiteral("§1.1"));
        QCOMPARE(log->first().userName, QStringLiteral("li.na"));
    }

    void refusesIndividualBusinessCitingClause()
    {
        AgentInput in = d->agentInput(QStringLiteral("王记通讯店"));
        in.uscc = cdtest::makeUscc(QStringLiteral("92"), 7);
        AgentService agents(*d->db);
        const QVector<FieldError> errors = agents.validate(in);
        QVERIFY(hasError(errors, QStringLiteral("uscc"), QStringLiteral("§1.1")));
        Result<Agent> a = agents.create(d->manager, in);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().clause, QStringLiteral("§1.1"));
        QCOMPARE(a.error().exitCode(), 1);
        QVERIFY(agents.list({})->isEmpty());
    }

    void refusesNaturalPersonAndBadCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("resident id") << QStringLiteral("11010519491231002X");
        QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("91350100M000100Y4");
    }
    void refusesNaturalPersonAndBadCodes()
    {
        QFETCH(QString, code);
        AgentInput in = d->agentInput(QStringLiteral("某公司"));
        in.uscc = code;
        Result<Agent> a = AgentService(*d->db).create(d->manager, in);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().clause, QStringLiteral("§1.1"));
    }

    void naturalPersonMessageSaysSo()
    {
        AgentInput in = d->agentInput(QStringLiteral("张三"));
        in.uscc = QStringLiteral("11010519491231002X");
        Result<Agent> a = AgentService(*d->db).create(d->manager, in);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(QLatin1String("natural person")), qPrintable(a.error().message));
    }

    void duplicateCodeRefused()
    {
        AgentInput in = d->agentInput(QStringLiteral("甲公司"));
        QVERIFY(AgentService(*d->db).create(d->manager, in).ok());
        in.name = QStringLiteral("乙公司");
        Result<Agent> again = AgentService(*d->db).create(d->manager, in);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("already exists")));
    }

    void levelTwoNeedsAnActiveLevelOneParent()
    {
        AgentService agents(*d->db);
        const Agent parent = d->agent(QStringLiteral("一级代理"));
        // The parent is still a prospect: refused.
        Result<Agent> early = agents.create(d->manager, d->agentInput(QStringLiteral("二级代理"), 2, parent.uscc));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("active or supervised")), qPrintable(early.error().message));
        // Signed: allowed.
        QVERIFY(ContractService(*d->db).create(d->manager, parent.uscc, 2026, {{5, 5, 5, 5}}, QDate(2026, 1, 1),
                                               QDate(2026, 3, 1)).ok());
        Result<Agent> child = agents.create(d->manager, d->agentInput(QStringLiteral("二级代理"), 2, parent.uscc));
        QVERIFY2(child.ok(), qPrintable(child.error().text()));
        QCOMPARE(child->parentId, parent.id);
        QCOMPARE(child->parentUscc, parent.uscc);
        // No third level.
        Result<Agent> third = agents.create(d->manager, d->agentInput(QStringLiteral("三级代理"), 2, child->uscc));
        QVERIFY(!third.ok());
        QVERIFY2(third.error().message.contains(QLatin1String("sub-agent")), qPrintable(third.error().message));
        // Level 2 without a parent, level 1 with one, unknown parent.
        QVERIFY(!agents.create(d->manager, d->agentInput(QStringLiteral("无上级"), 2)).ok());
        QVERIFY(!agents.create(d->manager, d->agentInput(QStringLiteral("有上级"), 1, parent.uscc)).ok());
        QVERIFY(!agents.create(d->manager, d->agentInput(QStringLiteral("未知上级"), 2,
                                                         cdtest::makeUscc(QStringLiteral("91"), 999))).ok());
        AgentFilter subs;
        subs.parentId = parent.id;
        QCOMPARE(agents.list(subs)->size(), 1);
    }

    // The search text is literal: "_" and "%" are not wildcards.
    void searchTextIsLiteral()
    {
        AgentService agents(*d->db);
        d->agent(QStringLiteral("星_光通信"));
        d->agent(QStringLiteral("星X光通信"));
        AgentFilter filter;
        filter.text = QStringLiteral("星_光");
        Result<QVector<Agent>> found = agents.list(filter);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name, QStringLiteral("星_光通信"));
        filter.text = QStringLiteral("%");
        QCOMPARE(agents.list(filter)->size(), 0);
    }

    void aProspectParentFromTheSameImportIsAccepted()
    {
        AgentService agents(*d->db);
        const Agent parent = d->agent(QStringLiteral("一级代理"));
        const AgentInput child = d->agentInput(QStringLiteral("二级代理"), 2, parent.uscc);
        QVERIFY(!agents.validate(child).isEmpty());
        QVERIFY(agents.validate(child, {parent.uscc}).isEmpty());
    }

    void fieldChecks()
    {
        AgentService agents(*d->db);
        AgentInput in = d->agentInput(QString());
        in.phone = QStringLiteral("12345");
        in.email = QStringLiteral("not-an-email");
        in.tier = QStringLiteral("platinum");
        in.level = 3;
        const QVector<FieldError> errors = agents.validate(in);
        QVERIFY(hasError(errors, QStringLiteral("name"), QStringLiteral("required")));
        QVERIFY(hasError(errors, QStringLiteral("phone"), QStringLiteral("12345")));
        QVERIFY(hasError(errors, QStringLiteral("email"), QStringLiteral("not-an-email")));
        QVERIFY(hasError(errors, QStringLiteral("tier"), QStringLiteral("platinum")));
        QVERIFY(hasError(errors, QStringLiteral("level"), QStringLiteral("1 or 2")));
    }

    void portalPasswordIsHashed()
    {
        AgentInput in = d->agentInput(QStringLiteral("门户代理"));
        in.portalAccount = QStringLiteral("huaxin");
        in.portalPassword = QStringLiteral("short");
        AgentService agents(*d->db);
        QVERIFY(!agents.create(d->manager, in).ok());
        in.portalPassword = QStringLiteral("portal secret 1");
        Result<Agent> a = agents.create(d->manager, in);
        QVERIFY2(a.ok(), qPrintable(a.error().text()));
        SqlQuery q(*d->db, QStringLiteral("SELECT portal_password_hash FROM agents WHERE id = :id"));
        q.bind(QStringLiteral(":id"), a->id);
        const QString hash = q.scalar()->toString();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(in.portalPassword));
        // The account name is unique.
        AgentInput other = d->agentInput(QStringLiteral("另一代理"));
        other.portalAccount = QStringLiteral("huaxin");
        other.portalPassword = QStringLiteral("portal secret 2");
        QVERIFY(!agents.create(d->manager, other).ok());
        QVERIFY(agents.setPortalPassword(d->manager, a->uscc, QStringLiteral("new portal secret")).ok());
        QVERIFY(q.scalar()->toString() != hash);
    }

    void auditorsMayNotChangeAgents()
    {
        Result<Agent> a = AgentService(*d->db).create(d->auditor, d->agentInput(QStringLiteral("某公司")));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, ErrorKind::Permission);
    }

    void updateEditsContactDataAndIsAudited()
    {
        const Agent a = d->agent(QStringLiteral("旧名称"));
        AgentInput edit = d->agentInput(QStringLiteral("新名称"));
        edit.contact = QStringLiteral("李娜");
        AgentService agents(*d->db);
        QVERIFY(agents.update(d->manager, a.uscc, edit).ok());
        QCOMPARE(agents.find(a.uscc)->name, QStringLiteral("新名称"));
        QCOMPARE(agents.find(a.uscc)->contact, QStringLiteral("李娜"));
        QCOMPARE(AuditLog::page(*d->db, {}, 0, 1)->first().action, QStringLiteral("agent.update"));
        edit.phone = QStringLiteral("abc");
        QVERIFY(!agents.update(d->manager, a.uscc, edit).ok());
    }
};

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
