#include "DemoGenerator.h"

#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "numbers/Grade.h"
#include "pricing/Plan.h"
#include "pricing/PriceChain.h"
#include "pricing/QuarterlyEvaluation.h"
#include "pricing/Tier.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "incidents/IncidentService.h"
#include "settings/ProviderProfile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <random>

namespace cd {

namespace {

// Reproducible across platforms: mt19937 is fully specified, and we take
// residues ourselves instead of the implementation-defined distributions.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_gen(seed)
    {
    }
    int below(int n) { return n <= 0 ? 0 : int(m_gen() % quint32(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool percent(int p) { return below(100) < p; }
    template <typename T> const T &pick(const QVector<T> &v) { return v.at(below(int(v.size()))); }
    QString pickS(const QStringList &v) { return v.at(below(int(v.size()))); }

private:
    std::mt19937 m_gen;
};

struct Region {
    QString name;
    QString division; // GB/T 2260 code of a district, USCC positions 3–8
    QString district;
};

const QVector<Region> &regions()
{
    static const QVector<Region> r{
        {QStringLiteral("北京"), QStringLiteral("110108"), QStringLiteral("海淀区")},
        {QStringLiteral("上海"), QStringLiteral("310115"), QStringLiteral("浦东新区")},
        {QStringLiteral("广州"), QStringLiteral("440106"), QStringLiteral("天河区")},
        {QStringLiteral("深圳"), QStringLiteral("440305"), QStringLiteral("南山区")},
        {QStringLiteral("杭州"), QStringLiteral("330106"), QStringLiteral("西湖区")},
        {QStringLiteral("成都"), QStringLiteral("510107"), QStringLiteral("武侯区")},
        {QStringLiteral("武汉"), QStringLiteral("420106"), QStringLiteral("武昌区")},
        {QStringLiteral("南京"), QStringLiteral("320106"), QStringLiteral("鼓楼区")},
        {QStringLiteral("西安"), QStringLiteral("610113"), QStringLiteral("雁塔区")},
        {QStringLiteral("重庆"), QStringLiteral("500112"), QStringLiteral("渝北区")},
        {QStringLiteral("天津"), QStringLiteral("120116"), QStringLiteral("滨海新区")},
        {QStringLiteral("苏州"), QStringLiteral("320505"), QStringLiteral("虎丘区")},
        {QStringLiteral("长沙"), QStringLiteral("430104"), QStringLiteral("岳麓区")},
        {QStringLiteral("郑州"), QStringLiteral("410105"), QStringLiteral("金水区")},
        {QStringLiteral("青岛"), QStringLiteral("370212"), QStringLiteral("崂山区")},
        {QStringLiteral("厦门"), QStringLiteral("350206"), QStringLiteral("湖里区")},
        {QStringLiteral("福州"), QStringLiteral("350102"), QStringLiteral("鼓楼区")},
        {QStringLiteral("合肥"), QStringLiteral("340104"), QStringLiteral("蜀山区")},
        {QStringLiteral("济南"), QStringLiteral("370102"), QStringLiteral("历下区")},
        {QStringLiteral("沈阳"), QStringLiteral("210102"), QStringLiteral("和平区")},
    };
    return r;
}

const QStringList kBrand =
    QStringLiteral(
        "华,信,达,通,联,讯,创,恒,嘉,瑞,鼎,博,盛,泰,安,云,智,星,海,中,汇,宏,正,远,新,天,宇,德,众,睿")
        .split(QLatin1Char(','));
const QStringList kAgentTrade = QStringLiteral("通信,科技,信息,网络").split(QLatin1Char(','));
const QStringList kCustomerTrade =
    QStringLiteral(
        "贸易,物流,餐饮管理,教育咨询,医疗器械,电子商务,装饰工程,旅行社,汽车服务,家政服务,"
        "软件,食品,机械设备,物业管理,文化传媒")
        .split(QLatin1Char(','));
const QStringList kIndustry =
    QStringLiteral("批发零售,交通运输,住宿餐饮,教育,卫生,信息技术,建筑,旅游,汽车,居民服务,"
                   "软件,食品,制造,房地产,文化")
        .split(QLatin1Char(','));
const QStringList kSurname =
    QStringLiteral("王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,林,高,罗")
        .split(QLatin1Char(','));
const QStringList kGiven =
    QStringLiteral(
        "伟,芳,娜,敏,静,强,磊,军,洋,勇,艳,杰,涛,明,超,霞,平,刚,辉,玲,建国,海燕,志强,晓东,丽华")
        .split(QLatin1Char(','));
const QStringList kRoad =
    QStringLiteral("人民路,中山路,解放路,建设路,和平路,科技路,新华路,长江路,文化路,创业路")
        .split(QLatin1Char(','));
const QStringList kTopic =
    QStringLiteral("平台操作与开通流程,资质审核要点,续费与停机规则,防范诈骗客户,价格政策解读")
        .split(QLatin1Char(','));
const QString kCodeAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

const QStringList kDocKinds{
    QStringLiteral("business_licence"), QStringLiteral("legal_rep_id"),
    QStringLiteral("application_form"), QStringLiteral("commitment_letter"),
    QStringLiteral("handler_id"),       QStringLiteral("authorisation_letter")};

QString person(Rng &rng)
{
    return rng.pickS(kSurname) + rng.pickS(kGiven);
}

QString mobile(Rng &rng)
{
    static const QStringList heads =
        QStringLiteral("138,139,135,136,150,151,186,187,133,177,199").split(QLatin1Char(','));
    return rng.pickS(heads) +
           QStringLiteral("%1").arg(rng.below(100000000), 8, 10, QLatin1Char('0'));
}

// A valid, unused USCC: authority/category, region, a 9-character
// organisation code, and the MOD 31 check character.
QString newUscc(Rng &rng, const QString &prefix, const QString &division, QSet<QString> *used)
{
    for (;;) {
        QString first17 = prefix + division;
        for (int i = 0; i < 8; ++i)
            first17 += kCodeAlphabet.at(rng.below(i < 1 ? 10 : 31));
        first17 += kCodeAlphabet.at(rng.below(10));
        const QChar check = Uscc::checkCharacter(first17);
        const QString code = first17 + check;
        if (!check.isNull() && !used->contains(code)) {
            used->insert(code);
            return code;
        }
    }
}

QString date(const QDate &d)
{
    return Dates::format(d);
}

// Bulk rows for the two big tables: a batch of rows goes to SQLite as one
// JSON array bound to a single parameter and unpacked with json_each. Qt
// spends more time binding a value than SQLite does storing it, so one bind
// per thousand rows instead of one per value is what makes a million numbers
// take seconds. (SQLite-only, like VACUUM INTO: this is a bulk loader.)
class JsonBatch
{
public:
    JsonBatch(Database &db, const QString &table, const QStringList &columns,
              int rowsPerBatch = 2000)
        : m_rows(rowsPerBatch)
        , m_query(db, sql(table, columns))
    {
    }
    void add(std::initializer_list<QVariant> row)
    {
        m_json += m_count == 0 ? '[' : ',';
        m_json += '[';
        bool first = true;
        for (const QVariant &v : row) {
            if (!first)
                m_json += ',';
            first = false;
            if (v.isNull()) {
                m_json += "null";
            } else if (v.typeId() == QMetaType::QString) {
                m_json += '"';
                const QByteArray text = v.toString().toUtf8();
                for (const char c : text) {
                    if (c == '"' || c == '\\')
                        m_json += '\\';
                    m_json += c;
                }
                m_json += '"';
            } else {
                m_json += QByteArray::number(v.toLongLong());
            }
        }
        m_json += ']';
        ++m_count;
    }
    bool full() const { return m_count >= m_rows; }
    Status flush()
    {
        if (m_count == 0)
            return {};
        m_json += ']';
        m_query.bind(0, QString::fromUtf8(m_json));
        m_json.clear();
        m_count = 0;
        return m_query.exec();
    }

private:
    static QString sql(const QString &table, const QStringList &columns)
    {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << QStringLiteral("json_extract(value, '$[%1]')").arg(i);
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(?)")
            .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    }

    int m_rows;
    int m_count = 0;
    QByteArray m_json;
    SqlQuery m_query;
};

// QDate::toString goes through printf; demo dates repeat, so format each once.
class DateCache
{
public:
    const QString &operator()(const QDate &d)
    {
        auto it = m_cache.find(d.toJulianDay());
        if (it == m_cache.end())
            it = m_cache.insert(d.toJulianDay(), Dates::format(d));
        return it.value();
    }

private:
    QHash<qint64, QString> m_cache;
};

struct DemoPlan {
    qint64 id = 0;
    QString carrier;
    qint64 feeFen = 0;
};

struct DemoAgent {
    qint64 id = 0;
    int level = 1;
    qint64 parentId = 0;
    QString status;
    Tier tier = Tier::Standard;
    QDate start; // first contract start
    int region = 0;
    bool usable() const
    {
        return status == QLatin1String("active") || status == QLatin1String("supervised");
    }
};

struct DemoCustomer {
    qint64 id = 0;
    qint64 agentId = 0;
    QDate since;
    int reserved = 0;
};

// Status of a number from its paid_through date under the §2.10 rules, so
// that a sweep run on `today` finds nothing overdue to do.
struct Lifecycle {
    QString status;
    QDate suspendedOn;
    QDate reclaimedOn;
};

Lifecycle lifecycleOf(const QDate &paidThrough, const QDate &today, const BusinessParameters &p)
{
    const QDate suspend = paidThrough.addDays(p.graceDays + 1);
    if (suspend > today)
        return {QStringLiteral("active"), {}, {}};
    const QDate reclaim = suspend.addDays(p.reclaimDays);
    if (reclaim > today)
        return {QStringLiteral("suspended"), suspend, {}};
    return {QStringLiteral("reclaimed"), suspend, reclaim};
}

Status sizeTasks(Database &db, const DemoOptions &o, Rng *rng)
{
    // Each contract's quarterly tasks follow what its agent (with its
    // sub-agents, as §2.4 counts) actually activated in the quarter: most
    // agents end a quarter between two thirds of their task and two thirds
    // above it, about one in ten lags below half. The quarter in progress is
    // judged on its pace so far; later quarters repeat its task. Quarters
    // without activations keep the task the contract was written with.
    const QDate today = o.today;
    const Quarter current = Quarter::containing(today);
    const double elapsed = std::max<qint64>(1, current.first().daysTo(today) + 1);
    const double length = current.first().daysTo(current.last()) + 1;
    QHash<QPair<qint64, int>, int> done; // (agent, year × 4 + quarter − 1) → activations
    SqlQuery count(db,
                   QStringLiteral("SELECT agent, CAST(substr(day, 1, 4) AS INTEGER) * 4"
                                  " + (CAST(substr(day, 6, 2) AS INTEGER) - 1) / 3, COUNT(*) FROM"
                                  " (SELECT n.agent_id AS agent, n.activated_on AS day FROM numbers n"
                                  "  WHERE n.activated_on IS NOT NULL AND n.agent_id IS NOT NULL"
                                  "  UNION ALL SELECT a.parent_id, n.activated_on FROM numbers n"
                                  "  JOIN agents a ON a.id = n.agent_id"
                                  "  WHERE n.activated_on IS NOT NULL AND a.parent_id IS NOT NULL)"
                                  " GROUP BY 1, 2"));
    if (Status s = count.exec(); !s)
        return s;
    while (count.next())
        done.insert({count.value(0).toLongLong(), count.value(1).toInt()}, count.value(2).toInt());

    SqlQuery contracts(db, QStringLiteral("SELECT id, agent_id, year, task_q1, task_q2, task_q3,"
                                            " task_q4 FROM contracts ORDER BY id"));
    if (Status s = contracts.exec(); !s)
        return s;
    struct Row {
        qint64 id, agent;
        int year;
        int tasks[4];
    };
    QVector<Row> rows;
    while (contracts.next()) {
        Row r{contracts.value(0).toLongLong(), contracts.value(1).toLongLong(),
              contracts.value(2).toInt(), {}};
        for (int q = 0; q < 4; ++q)
            r.tasks[q] = contracts.value(3 + q).toInt();
        rows.append(r);
    }
    SqlQuery update(db, QStringLiteral("UPDATE contracts SET task_q1 = ?, task_q2 = ?,"
                                         " task_q3 = ?, task_q4 = ? WHERE id = ?"));
    for (Row &r : rows) {
        for (int q = 0; q < 4; ++q) {
            const Quarter quarter{r.year, q + 1};
            const bool later = r.year > current.year ||
                               (r.year == current.year && q + 1 > current.number);
            if (later) {
                if (q > 0)
                    r.tasks[q] = r.tasks[q - 1];
                continue;
            }
            double pace = done.value({r.agent, r.year * 4 + q});
            if (quarter.year == current.year && quarter.number == current.number)
                pace *= length / elapsed;
            if (pace < 1)
                continue;
            const int factor = rng->percent(10) ? rng->between(200, 300) : rng->between(60, 150);
            r.tasks[q] = std::max(1, int(pace * factor / 100.0 + 0.5));
        }
        update.bind(0, r.tasks[0]).bind(1, r.tasks[1]).bind(2, r.tasks[2]).bind(3, r.tasks[3]);
        update.bind(4, r.id);
        if (Status s = update.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

Result<DemoCounts> DemoGenerator::generate(const Actor &actor, const DemoOptions &o)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an admin may fill the database with demo data."));
    if (o.agents < 1 || o.agents > 9000 || o.customers < 0 || o.customers > 5000000 ||
        o.numbers < 0 || o.numbers > 10000000 || !o.today.isValid()) {
        return Error::usage(
            tr("Demo sizes: 1–9000 agents, 0–5000000 customers, 0–10000000 numbers."));
    }
    QElapsedTimer timer;
    timer.start();

    Result<BusinessParameters> loaded = Parameters(m_db).load();
    if (!loaded)
        return loaded.error();
    const BusinessParameters params = *loaded;

    // A big page cache for the one long transaction: otherwise SQLite spills
    // dirty index pages to the WAL over and over (about a quarter of the time
    // at a million numbers). Put back afterwards.
    int cacheSize = -2000;
    {
        SqlQuery q(m_db, QStringLiteral("PRAGMA cache_size"));
        if (Result<QVariant> v = q.scalar(); v)
            cacheSize = v->toInt();
    }
    if (o.numbers + o.customers > 100000)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    struct CacheRestore {
        Database &db;
        int size;
        ~CacheRestore() { (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
    } cacheRestore{m_db, cacheSize};

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    {
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT (SELECT COUNT(*) FROM agents) + (SELECT COUNT(*) FROM plans)"
                           " + (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM numbers)"));
        Result<QVariant> n = q.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() > 0) {
            return Error::rule(tr("Demo data goes only into an empty database; this one already "
                                  "holds agents, plans, customers or numbers."));
        }
    }

    Rng rng(o.seed);
    DemoCounts counts;
    const QDate today = o.today;
    const int year = today.year();
    const QString now = Dates::nowTimestamp();
    const QString by = actor.userName;

    // --- Plans and prices (§2.4: every chain whole before it is written) ---
    const QStringList carriers = carrierKeys();
    const QVector<QPair<qint64, QString>> bands{{198000, tr("Basic")},
                                                {398000, tr("Business")},
                                                {680000, tr("Premium")},
                                                {1280000, tr("Flagship")}};
    QVector<DemoPlan> plans;
    {
        SqlQuery insPlan(
            m_db, QStringLiteral("INSERT INTO plans (id, code, name, carrier, annual_fee_fen,"
                                 " included_minutes, per_minute_fen, carrier_cost_fen, active,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        SqlQuery insPrice(
            m_db, QStringLiteral("INSERT INTO prices (plan_id, tier, level, price_fen,"
                                 " effective_from, reason, reference, created_at, created_by)"
                                 " VALUES (?, ?, ?, ?, ?, '', '', ?, ?)"));
        const QString priceFrom = date(QDate(year - 1, 1, 1));
        static const double frac[4][2] = {{0.40, 0.95}, {0.30, 0.80}, {0.20, 0.65}, {0.10, 0.50}};
        for (const QString &carrier : carriers) {
            for (int b = 0; b < bands.size(); ++b) {
                Plan plan;
                plan.id = plans.size() + 1;
                plan.code = QStringLiteral("%1-%2")
                                .arg(carrier.left(3).toUpper())
                                .arg(bands.at(b).first / 100);
                plan.name = QStringLiteral("%1 %2 %3")
                                .arg(carrierDisplayName(carrier), bands.at(b).second)
                                .arg(bands.at(b).first / 100);
                plan.carrier = carrier;
                plan.annualFee = Money::fromFen(bands.at(b).first);
                plan.includedMinutes = int(bands.at(b).first / 100) * 2;
                plan.perMinute = Money::fromFen(b < 2 ? 15 : 10);
                plan.carrierCost = Money::fromFen(bands.at(b).first * 45 / 100);
                const qint64 m = PriceChain::margin(plan, params.minMarginPercent).fen();
                const qint64 low = plan.carrierCost.fen() + m;
                const qint64 span = plan.annualFee.fen() - m - low;
                PriceMatrix matrix;
                matrix.date = QDate(year - 1, 1, 1);
                for (int t = 0; t < 4; ++t) {
                    for (int level = 1; level <= 2; ++level) {
                        // Rounded up to ¥10: monotone, so the order of the chain holds.
                        const qint64 raw = low + qint64(double(span) * frac[t][level - 1]);
                        matrix.set(Tier(t), level, Money::fromFen((raw + 999) / 1000 * 1000),
                                   matrix.date);
                    }
                }
                const QVector<ChainBreak> breaks =
                    PriceChain::check(plan, matrix, params.minMarginPercent);
                if (!breaks.isEmpty() || matrix.missing() > 0) {
                    return Error::rule(tr("The demo prices of plan %1 break the price chain: %2")
                                           .arg(plan.code, breaks.isEmpty()
                                                               ? QString()
                                                               : breaks.constFirst().message),
                                       QStringLiteral("§2.4"));
                }
                insPlan.bind(0, plan.id)
                    .bind(1, plan.code)
                    .bind(2, plan.name)
                    .bind(3, carrier)
                    .bind(4, plan.annualFee.fen())
                    .bind(5, plan.includedMinutes)
                    .bind(6, plan.perMinute.fen())
                    .bind(7, plan.carrierCost.fen())
                    .bind(8, now);
                if (Status s = insPlan.exec(); !s)
                    return s.error();
                for (int t = 0; t < 4; ++t) {
                    for (int level = 1; level <= 2; ++level) {
                        insPrice.bind(0, plan.id)
                            .bind(1, tierKey(Tier(t)))
                            .bind(2, level)
                            .bind(3, matrix.at(Tier(t), level).fen())
                            .bind(4, priceFrom)
                            .bind(5, now)
                            .bind(6, by);
                        if (Status s = insPrice.exec(); !s)
                            return s.error();
                        ++counts.prices;
                    }
                }
                plans.append({plan.id, carrier, plan.annualFee.fen()});
            }
        }
        counts.plans = plans.size();
    }

    // --- Agents, tier history, contracts ---
    QVector<DemoAgent> agents;
    QVector<int> usableAgents; // indexes
    QVector<int> usableLevel1;
    {
        QSet<QString> used;
        const int level1 = std::max(1, (o.agents * 2 + 4) / 5);
        SqlQuery ins(m_db, QStringLiteral(
                               "INSERT INTO agents (id, name, uscc, level, parent_id, legal_rep,"
                               " contact, phone, email, address, region, status, tier, created_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery insTier(
            m_db, QStringLiteral("INSERT INTO agent_tiers (agent_id, tier, effective_from, reason)"
                                 " VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < o.agents; ++i) {
            DemoAgent a;
            a.id = i + 1;
            a.level = i < level1 ? 1 : 2;
            a.region = rng.below(int(regions().size()));
            a.start = today.addDays(-rng.between(30, 3 * 365));
            if (a.level == 2) {
                const DemoAgent &parent = agents.at(rng.pick(usableLevel1));
                a.parentId = parent.id;
                a.region = parent.region;
                a.start = std::max(a.start, parent.start.addDays(rng.between(0, 60)));
                if (a.start > today.addDays(-30))
                    a.start = today.addDays(-30);
            }
            const int r = rng.below(100);
            a.status = (a.level == 2 && r < 4) ? QStringLiteral("prospect")
                       : r < 12                ? QStringLiteral("supervised")
                                               : QStringLiteral("active");
            const int t = rng.below(100);
            a.tier = t < 50   ? Tier::Standard
                     : t < 75 ? Tier::Silver
                     : t < 90 ? Tier::Gold
                              : Tier::Diamond;
            const Region &reg = regions().at(a.region);
            const QString name = reg.name + rng.pickS(kBrand) + rng.pickS(kBrand) +
                                 rng.pickS(kAgentTrade) + QStringLiteral("有限公司");
            const QString uscc = newUscc(rng, QStringLiteral("91"), reg.division, &used);
            ins.bind(0, a.id)
                .bind(1, name)
                .bind(2, uscc)
                .bind(3, a.level)
                .bind(4, a.parentId ? QVariant(a.parentId) : QVariant())
                .bind(5, person(rng))
                .bind(6, person(rng))
                .bind(7, mobile(rng))
                .bind(8, QStringLiteral("service%1@agent%1.example.cn").arg(a.id))
                .bind(9, QStringLiteral("%1市%2%3%4号")
                             .arg(reg.name, reg.district, rng.pickS(kRoad))
                             .arg(rng.between(1, 300)))
                .bind(10, reg.name)
                .bind(11, a.status)
                .bind(12, tierKey(a.tier))
                .bind(13, Dates::timestamp(a.start.startOfDay(Qt::UTC)));
            if (Status s = ins.exec(); !s)
                return s.error();
            if (a.status != QLatin1String("prospect")) {
                insTier.bind(0, a.id)
                    .bind(1, tierKey(a.tier))
                    .bind(2, date(a.start))
                    .bind(3, QStringLiteral("demo"));
                if (Status s = insTier.exec(); !s)
                    return s.error();
            }
            agents.append(a);
            if (a.usable()) {
                usableAgents.append(i);
                if (a.level == 1)
                    usableLevel1.append(i);
            }
            ++counts.agents;
        }

        // §9.2 one contract per calendar year; the first runs from signing.
        SqlQuery insContract(
            m_db, QStringLiteral("INSERT INTO contracts (number, agent_id, year, start_date,"
                                 " end_date, tier, task_q1, task_q2, task_q3, task_q4, status,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // Quarterly tasks sized to what the demo will activate: a usable agent
        // gets about pace activations a quarter (half the pool in service,
        // spread over three years), and its task is between 60% and 180% of
        // that, so an evaluation finds a few agents above the promotion line
        // and a few far below, as a real quarter does.
        const double pace = o.numbers * 0.54 / std::max<qsizetype>(1, usableAgents.size()) / 12.0;
        QHash<int, int> sequence;
        for (const int idx : usableAgents) {
            const DemoAgent &a = agents.at(idx);
            for (int y = a.start.year(); y <= year; ++y) {
                const QDate from = y == a.start.year() ? a.start : QDate(y, 1, 1);
                const int task = std::max(1, int(pace * rng.between(60, 180) / 100.0 + 0.5));
                insContract
                    .bind(0, QStringLiteral("HT-%1-%2")
                                 .arg(y)
                                 .arg(++sequence[y], 4, 10, QLatin1Char('0')))
                    .bind(1, a.id)
                    .bind(2, y)
                    .bind(3, date(from))
                    .bind(4, date(QDate(y, 12, 31)))
                    .bind(5, tierKey(a.tier))
                    .bind(6, task)
                    .bind(7, task + rng.below(std::max(1, task / 10)))
                    .bind(8, task + rng.below(std::max(1, task / 8)))
                    .bind(9, task + rng.below(std::max(1, task / 6)))
                    .bind(10, y == year ? QStringLiteral("active") : QStringLiteral("expired"))
                    .bind(11, Dates::timestamp(from.startOfDay(Qt::UTC)));
                if (Status s = insContract.exec(); !s)
                    return s.error();
                ++counts.contracts;
            }
        }
    }

    // --- Training (§2.7): most agents trained after signing, a few overdue ---
    {
        const int sessions = std::max(2, o.agents / 8);
        QVector<QDate> held;
        for (int i = 0; i < sessions; ++i)
            held.append(today.addDays(-rng.between(1, 3 * 365)));
        std::sort(held.begin(), held.end());
        SqlQuery insSession(
            m_db, QStringLiteral("INSERT INTO training_sessions (id, held_on, topic, trainer)"
                                 " VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < sessions; ++i) {
            insSession.bind(0, i + 1)
                .bind(1, date(held.at(i)))
                .bind(2, rng.pickS(kTopic))
                .bind(3, person(rng));
            if (Status s = insSession.exec(); !s)
                return s.error();
        }
        counts.trainingSessions = sessions;
        SqlQuery insAttend(m_db,
                           QStringLiteral("INSERT INTO training_attendance (session_id, agent_id)"
                                          " VALUES (?, ?)"));
        for (const int idx : usableAgents) {
            const DemoAgent &a = agents.at(idx);
            if (rng.percent(7))
                continue;
            const auto it = std::lower_bound(held.cbegin(), held.cend(), a.start);
            if (it == held.cend())
                continue;
            insAttend.bind(0, int(it - held.cbegin()) + 1).bind(1, a.id);
            if (Status s = insAttend.exec(); !s)
                return s.error();
        }
    }

    // --- Violations: every supervised agent has its classified case (§3.9) ---
    {
        SqlQuery insViolation(
            m_db, QStringLiteral("INSERT INTO violations (agent_id, found_on, clause, description,"
                                 " classification, classified_on, classified_by, status)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const int idx : usableAgents) {
            const DemoAgent &a = agents.at(idx);
            const bool supervised = a.status == QLatin1String("supervised");
            if (!supervised && !rng.percent(4))
                continue;
            const QDate found = std::max(a.start, today.addDays(-rng.between(10, 300)));
            if (supervised) {
                insViolation.bind(0, a.id)
                    .bind(1, date(found))
                    .bind(2, QStringLiteral("§3.9"))
                    .bind(3, tr("A customer developed by the agent was found using its number for "
                                "fraud."))
                    .bind(4, QStringLiteral("negligent"))
                    .bind(5, date(std::min(today, found.addDays(5))))
                    .bind(6, by)
                    .bind(7, QStringLiteral("closed"));
            } else {
                insViolation.bind(0, a.id)
                    .bind(1, date(found))
                    .bind(2, QStringLiteral("§3.2"))
                    .bind(3, tr("Numbers were advertised below the agreed price."))
                    .bind(4, QVariant())
                    .bind(5, QVariant())
                    .bind(6, QVariant())
                    .bind(7, QStringLiteral("open"));
            }
            if (Status s = insViolation.exec(); !s)
                return s.error();
            ++counts.violations;
        }
    }

    // --- Customers, documents and qualification reviews (§3.9) ---
    QVector<DemoCustomer> customers;
    QVector<int> approved;   // indexes
    QVector<int> reservable; // approved or pending
    if (!usableAgents.isEmpty()) {
        QSet<QString> used;
        SqlQuery ins(
            m_db, QStringLiteral("INSERT INTO customers (id, name, uscc, legal_rep, contact, phone,"
                                 " industry, agent_id, qualification, created_at, handler_name)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery insReview(
            m_db,
            QStringLiteral("INSERT INTO reviews (customer_id, kind, opened_on, due_on, status,"
                           " outcome, reason, decided_on, decided_by) VALUES"
                           " (?, 'qualification', ?, NULL, ?, ?, ?, ?, ?)"));
        SqlQuery insDoc(
            m_db,
            QStringLiteral("INSERT INTO customer_documents (customer_id, kind, file_name, sha256,"
                           " content, added_on, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        customers.reserve(o.customers);
        // An agent brings customers in proportion to the days it has been
        // selling, so a month-old agent does not have as many as a three-year
        // one and new customers arrive at the pace of the agents signed then.
        QVector<qint64> reach; // cumulative days of selling over usableAgents
        reach.reserve(usableAgents.size());
        qint64 allDays = 0;
        for (const int idx : usableAgents) {
            allDays += std::max<qint64>(1, agents.at(idx).start.daysTo(today));
            reach.append(allDays);
        }
        for (int i = 0; i < o.customers; ++i) {
            const qint64 pick = rng.below(int(allDays)); // at most agents × 1,095 days
            const auto hit = std::upper_bound(reach.cbegin(), reach.cend(), pick);
            const DemoAgent &agent = agents.at(usableAgents.at(int(hit - reach.cbegin())));
            DemoCustomer c;
            c.id = i + 1;
            c.agentId = agent.id;
            // A customer joins its agent some day between the agent's start and
            // yesterday, so activations spread over the agent's years instead
            // of piling up on one day.
            c.since = agent.start.addDays(
                rng.between(0, int(std::clamp<qint64>(agent.start.daysTo(today) - 1, 0, 900))));
            const Region &reg =
                regions().at(rng.percent(80) ? agent.region : rng.below(int(regions().size())));
            const bool individual = rng.percent(8); // customers may be individual businesses (92)
            const int trade = rng.below(int(kCustomerTrade.size()));
            const QString name =
                individual ? reg.name + reg.district + rng.pickS(kBrand) + rng.pickS(kBrand) +
                                 kCustomerTrade.at(trade) + QStringLiteral("经营部")
                           : reg.name + rng.pickS(kBrand) + rng.pickS(kBrand) + rng.pickS(kBrand) +
                                 kCustomerTrade.at(trade) + QStringLiteral("有限公司");
            const QString uscc = newUscc(
                rng, individual ? QStringLiteral("92") : QStringLiteral("91"), reg.division, &used);
            const int q = rng.below(100);
            const QString qualification = q < 82   ? QStringLiteral("approved")
                                          : q < 92 ? QStringLiteral("pending")
                                          : q < 97 ? QStringLiteral("more_documents")
                                                   : QStringLiteral("rejected");
            const QString legalRep = person(rng);
            const QString handler = rng.percent(20) ? person(rng) : QString();
            ins.bind(0, c.id)
                .bind(1, name)
                .bind(2, uscc)
                .bind(3, legalRep)
                .bind(4, handler.isEmpty() ? legalRep : handler)
                .bind(5, mobile(rng))
                .bind(6, kIndustry.at(trade))
                .bind(7, c.agentId)
                .bind(8, qualification)
                .bind(9, Dates::timestamp(c.since.startOfDay(Qt::UTC)))
                .bind(10, handler);
            if (Status s = ins.exec(); !s)
                return s.error();

            // Documents: all of them once approved, part of them while pending.
            QStringList kinds = kDocKinds.mid(0, 4);
            if (!handler.isEmpty())
                kinds << kDocKinds.at(4) << kDocKinds.at(5);
            int attach = int(kinds.size());
            if (qualification == QLatin1String("pending"))
                attach = rng.between(1, int(kinds.size()) - 1);
            else if (qualification == QLatin1String("more_documents"))
                attach = int(kinds.size()) - 1;
            const QDate docDate = qualification == QLatin1String("pending")
                                      ? today.addDays(-rng.between(0, 20))
                                      : c.since;
            for (int k = 0; k < attach; ++k) {
                const QByteArray content =
                    QByteArray("DEMO ") + kinds.at(k).toUtf8() + ' ' + uscc.toUtf8();
                insDoc.bind(0, c.id)
                    .bind(1, kinds.at(k))
                    .bind(2, kinds.at(k) + QStringLiteral(".pdf"))
                    .bind(
                        3,
                        QString::fromLatin1(
                            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))
                    .bind(4, content)
                    .bind(5, date(docDate))
                    .bind(6, by);
                if (Status s = insDoc.exec(); !s)
                    return s.error();
            }
            const bool open = qualification == QLatin1String("pending");
            insReview.bind(0, c.id)
                .bind(1, date(docDate))
                .bind(2, open ? QStringLiteral("open") : QStringLiteral("closed"))
                .bind(3, open ? QVariant() : QVariant(qualification))
                .bind(4, qualification == QLatin1String("rejected")
                             ? tr("The business licence has expired.")
                         : qualification == QLatin1String("more_documents")
                             ? tr("The authorisation letter is missing.")
                             : QString())
                .bind(5, open ? QVariant() : QVariant(date(c.since)))
                .bind(6, open ? QVariant() : QVariant(by));
            if (Status s = insReview.exec(); !s)
                return s.error();
            if (qualification == QLatin1String("approved"))
                approved.append(i);
            if (qualification == QLatin1String("approved") || open)
                reservable.append(i);
            customers.append(c);
            ++counts.customers;
        }
    }

    // --- Numbers and payments (§2.10 lifecycle consistent on `today`) ---
    // At scale the secondary indexes of numbers and payments go while the rows
    // are loaded and come back after (one sort per index instead of millions
    // of tree inserts). Their definitions are read back from the schema, so
    // the migrations stay the one place that defines them.
    QVector<QPair<QString, QString>> indexes;
    if (o.numbers >= 100000) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name IN ('numbers', 'payments') AND sql IS NOT NULL"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &index : indexes) {
            // The name comes from the schema itself, never from input.
            if (Status s = m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first)); !s)
                return s.error();
        }
    }
    {
        QVector<QVector<int>> plansFor[3]; // per carrier index, per grade: eligible plan indexes
        for (int ci = 0; ci < 3; ++ci) {
            plansFor[ci].resize(3);
            for (int g = 0; g < 3; ++g) {
                const qint64 min = minimumAnnualFeeFen(Grade(g), params);
                for (int p = 0; p < plans.size(); ++p) {
                    if (plans.at(p).carrier == carriers.value(ci) && plans.at(p).feeFen >= min)
                        plansFor[ci][g].append(p);
                }
            }
        }
        JsonBatch ins(
            m_db, QStringLiteral("numbers"),
            QStringLiteral(
                "id,number,carrier,grade,status,customer_id,agent_id,plan_id,reserved_until,"
                "activated_on,paid_through,suspended_on,suspension,reclaimed_on,cancelled_on,"
                "created_at,status_since,reserved_for")
                .split(QLatin1Char(',')));
        JsonBatch insPay(
            m_db, QStringLiteral("payments"),
            QStringLiteral(
                "number_id,amount_fen,paid_on,months,period_from,period_to,payer_agent_id,"
                "created_at,created_by")
                .split(QLatin1Char(',')));
        DateCache dates;
        const auto day = [&dates](const QDate &d) {
            return d.isValid() ? QVariant(dates(d)) : QVariant();
        };
        const QVariant nowV(now), byV(by), twelve(12);
        const QVector<QVariant> carrierV{carriers.value(0), carriers.value(1), carriers.value(2)};
        const QVector<QVariant> gradeV{gradeKey(Grade(0)), gradeKey(Grade(1)), gradeKey(Grade(2))};
        // Distinct numbers (a stride coprime with 10^7 visits each once),
        // inserted in ascending order: appending to the number indexes instead
        // of inserting at random places is what keeps a million rows fast.
        const qint64 space = 10000000;
        const qint64 stride = 7654321;
        QVector<qint64> pool(o.numbers);
        qint64 walk = rng.below(int(space));
        for (int i = 0; i < o.numbers; ++i) {
            walk = (walk + stride) % space;
            pool[i] = walk;
        }
        std::sort(pool.begin(), pool.end());
        const QDate poolDate = today.addDays(-3 * 365 - 60);
        for (int i = 0; i < o.numbers; ++i) {
            const qint64 cursor = pool.at(i);
            const QString number = QString::number(4000000000LL + cursor); // "400" + 7 digits
            const int ci = int(cursor % 3);
            const Grade grade = gradeOf(number);
            const int r = rng.below(100);
            QString status = QStringLiteral("available");
            QVariant customerId, agentId, planId, reservedUntil, reservedFor, suspension;
            QDate activated, paidThrough, suspendedOn, reclaimedOn, cancelledOn, since = poolDate;
            const QVector<int> &eligible = plansFor[ci][int(grade)];
            int payYears = 0;
            qint64 payFee = 0;
            if (r >= 44 && r < 46 && !reservable.isEmpty()) {
                DemoCustomer &c = customers[rng.pick(reservable)];
                if (c.reserved < params.reservationLimit) {
                    ++c.reserved;
                    status = QStringLiteral("reserved");
                    reservedFor = c.id;
                    const QDate until =
                        today.addDays(rng.between(1, std::max(1, params.reservationDays)));
                    reservedUntil = date(until);
                    since = until.addDays(-params.reservationDays);
                }
            } else if (r >= 46 && !approved.isEmpty() && !eligible.isEmpty()) {
                const DemoCustomer &c = customers.at(rng.pick(approved));
                const DemoPlan &plan = plans.at(rng.pick(eligible));
                // Target paid_through by kind: active (renewals due over the
                // coming months, a few just overdue), suspended, reclaimed.
                QDate target;
                if (r < 88 || r >= 97)
                    target = today.addDays(rng.between(-params.graceDays, 330));
                else if (r < 92)
                    target = today.addDays(-params.graceDays - 1 -
                                           rng.below(std::max(1, params.reclaimDays)));
                else
                    target = today.addDays(-params.graceDays - 1 - params.reclaimDays -
                                           rng.between(0, 300));
                int years = rng.between(1, 3);
                activated = target.addDays(1).addMonths(-12 * years);
                while (years > 1 && activated < c.since) {
                    --years;
                    activated = target.addDays(1).addMonths(-12 * years);
                }
                if (activated < c.since || activated > today) {
                    activated =
                        c.since.addDays(rng.below(std::max<qint64>(1, c.since.daysTo(today))));
                    years = 1;
                }
                paidThrough = activated.addMonths(12 * years).addDays(-1);
                const Lifecycle life = lifecycleOf(paidThrough, today, params);
                status = life.status;
                suspendedOn = life.suspendedOn;
                reclaimedOn = life.reclaimedOn;
                since = reclaimedOn.isValid()   ? reclaimedOn
                        : suspendedOn.isValid() ? suspendedOn
                                                : activated;
                if (suspendedOn.isValid())
                    suspension = QStringLiteral("arrears");
                if (r >= 93 && r < 97 && status == QLatin1String("active")) {
                    status = QStringLiteral("cancelled");
                    cancelledOn =
                        activated.addDays(rng.below(std::max<qint64>(1, activated.daysTo(today))));
                    since = cancelledOn;
                }
                customerId = c.id;
                agentId = c.agentId;
                planId = plan.id;
                payYears = years;
                payFee = plan.feeFen;
            }
            ins.add({i + 1, number, carrierV.at(ci), gradeV.at(int(grade)), status, customerId,
                     agentId, planId, reservedUntil, day(activated), day(paidThrough),
                     day(suspendedOn), suspension, day(reclaimedOn), day(cancelledOn), nowV,
                     day(since), reservedFor});
            ++counts.numbers;
            // Payments after their number (foreign key): one per year paid.
            if (payYears > 0) {
                const qint64 payer = agentId.toLongLong();
                for (int y = 0; y < payYears; ++y) {
                    const QDate from = activated.addMonths(12 * y);
                    if (cancelledOn.isValid() && from > cancelledOn)
                        break;
                    const QDate paidOn =
                        y == 0 ? activated : std::max(activated, from.addDays(-rng.between(0, 20)));
                    insPay.add({i + 1, payFee, day(paidOn), twelve, day(from),
                                day(activated.addMonths(12 * (y + 1)).addDays(-1)), payer, nowV,
                                byV});
                    ++counts.payments;
                }
            }
            // Payments only after their numbers are written (foreign key).
            if (ins.full()) {
                if (Status s = ins.flush(); !s)
                    return s.error();
                if (Status s = insPay.flush(); !s)
                    return s.error();
            }
        }
        if (Status s = ins.flush(); !s)
            return s.error();
        if (Status s = insPay.flush(); !s)
            return s.error();
    }

    for (const auto &index : indexes) {
        if (Status s = m_db.exec(index.second); !s)
            return s.error();
    }

    if (Status s = sizeTasks(m_db, o, &rng); !s)
        return s.error();

    AuditEntry entry;
    entry.action = QStringLiteral("demo.generate");
    entry.entity = QStringLiteral("database");
    entry.entityId = QString::number(o.seed);
    entry.newValue =
        QStringLiteral("agents=%1 customers=%2 numbers=%3 plans=%4 payments=%5 seed=%6")
            .arg(counts.agents)
            .arg(counts.customers)
            .arg(counts.numbers)
            .arg(counts.plans)
            .arg(counts.payments)
            .arg(o.seed);
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (Status s = writeIncidents(actor, o, &counts); !s)
        return s.error();
    // A provider to print contracts and letters for, unless one is set.
    {
        ProviderProfile profile(m_db);
        const Result<Provider> current = profile.load();
        if (current && !current->isSet()) {
            Provider demo;
            demo.name = QStringLiteral("示例通信服务有限公司");
            demo.licence = QStringLiteral("B2-20260001");
            demo.address = QStringLiteral("北京市海淀区示例路 1 号");
            demo.phone = QStringLiteral("4000000000");
            if (Status s = profile.set(actor, demo); !s)
                return s.error();
        }
    }
    counts.elapsedMs = timer.elapsed();
    return counts;
}

Status DemoGenerator::writeIncidents(const Actor &actor, const DemoOptions &o, DemoCounts *counts)
{
    // Past incidents relative to the demo's day, at fixed hours (UTC).
    IncidentService incidents(m_db);
    const QDate day = o.today;
    auto at = [&day](int daysBack, int hour) {
        return QDateTime(day.addDays(-daysBack), QTime(hour, 0), Qt::UTC);
    };
    struct Planned {
        IncidentKind kind;
        IncidentCause cause;
        int startBack, startHour, endBack, endHour, noticeBack, noticeHour;
        NoticeChannel channel;
        const char *title;
    };
    const Planned planned[] = {
        {IncidentKind::Maintenance, IncidentCause::Platform, 40, 1, 40, 5, 43, 10,
         NoticeChannel::Email, "计费系统升级维护"},
        {IncidentKind::Maintenance, IncidentCause::Platform, 12, 0, 12, 2, 12, 14,
         NoticeChannel::Phone, "数据库紧急扩容"},
        {IncidentKind::Outage, IncidentCause::Carrier, 25, 9, 25, 13, 25, 9, NoticeChannel::Phone,
         "运营商中继线路中断"},
        {IncidentKind::Outage, IncidentCause::Platform, 60, 8, 57, 20, 60, 9,
         NoticeChannel::Letter, "平台呼叫路由故障"},
    };
    qint64 liableId = 0;
    for (const Planned &p : planned) {
        IncidentInput in;
        in.kind = p.kind;
        in.cause = p.cause;
        in.title = QString::fromUtf8(p.title);
        in.startsAt = at(p.startBack, p.startHour);
        in.endsAt = at(p.endBack, p.endHour);
        in.noticedAt = at(p.noticeBack, p.noticeHour);
        in.channel = p.channel;
        const Result<Incident> recorded = incidents.record(actor, in);
        if (!recorded)
            return recorded.error();
        ++counts->incidents;
        if (p.kind == IncidentKind::Outage && p.cause == IncidentCause::Platform)
            liableId = recorded->id;
    }
    // A customer of the first agent disputes the long platform outage.
    SqlQuery q(m_db, QStringLiteral("SELECT uscc FROM customers WHERE qualification = 'approved'"
                                    " ORDER BY id LIMIT 1"));
    const Result<QVariant> customer = q.scalar();
    if (liableId != 0 && customer) {
        const Result<Dispute> dispute = incidents.recordDispute(
            actor, liableId, customer->toString(), day.addDays(-55),
            QStringLiteral("故障期间来电无法接通，要求减免当月服务费。"));
        if (!dispute)
            return dispute.error();
        ++counts->disputes;
    }
    return {};
}

} // namespace cd
