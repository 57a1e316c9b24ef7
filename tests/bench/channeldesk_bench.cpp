// channeldesk-bench: the performance figures of issue 7, each printed on its
// own line with its target and PASS or MISS, on a database of 5,000 agents,
// 300,000 customers and 1,000,000 numbers made by the demo generator.
//
//   QT_QPA_PLATFORM=offscreen channeldesk-bench [--db FILE] [--keep] [--work DIR]
//
// --db FILE  the base database: reused when it exists (it must hold demo data
//            and an admin), else built there. Without --db one is built in
//            the work folder and removed at the end.
// --keep     keep the work folder (copies, CSV files) and a built database.
//
// Every figure that changes data runs on a copy of the base database, so a
// kept base can be reused run after run. The GUI figures run in child
// processes of this program (--probe-start, --probe-scroll) so that each
// starts cold and its peak memory is its own.

#include "common/Actor.h"
#include "common/Dates.h"
#include "common/Localization.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "demo/DemoGenerator.h"
#include "numbers/Grade.h"
#include "numbers/LifecycleSweep.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumberService.h"
#include "numbers/StartupSweep.h"
#include "reports/ReportExporter.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserService.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>
#include <memory>

using namespace cd;

namespace {

constexpr int kAgents = 5000;
constexpr int kCustomers = 300000;
constexpr int kNumbers = 1000000;
constexpr int kImportRows = 300000;
constexpr int kCatchUpDays = 7;

// Targets of issue 7.
constexpr double kExportRatio = 1.5;
constexpr double kImportRatio = 2.0;
constexpr double kSweepSeconds = 3.0;
constexpr double kFirstPageMs = 50.0;
constexpr double kStartMs = 300.0;
constexpr double kPeakMb = 250.0;

const QString kBenchUser = QStringLiteral("bench");
const QString kBenchPassword = QStringLiteral("bench-password-2024");

// The SELECT of core/reports/NumbersReport.cpp, word for word: the shell
// writes the same rows and columns from the same statement.
const QString kNumbersReportSql = QStringLiteral(
    "SELECT n.number, n.carrier, n.grade, n.status, c.uscc, a.uscc, p.code,"
    " n.activated_on, n.paid_through, n.suspended_on, n.reclaimed_on, c.name,"
    " n.suspension, n.cancelled_on"
    " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
    " LEFT JOIN agents a ON a.id = COALESCE(n.agent_id, c.agent_id)"
    " LEFT JOIN plans p ON p.id = n.plan_id"
    " ORDER BY n.number");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl;
}

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "channeldesk-bench: " << what << Qt::endl;
    std::exit(1);
}

template <typename T> T need(Result<T> result, const QString &what)
{
    if (!result)
        die(what + QStringLiteral(": ") + result.error().text());
    return std::move(result).value();
}

void need(const Status &status, const QString &what)
{
    if (!status)
        die(what + QStringLiteral(": ") + status.error().text());
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this process in ms: less noisy than the wall clock on a busy machine.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the children this process waited for, in ms.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("model name")))
                return line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// VmHWM or VmRSS of this process from /proc/self/status, in MB.
double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0; // kB
        }
    }
    return -1;
}

struct Figure {
    QString name;
    QString measured;
    QString target;
    bool pass = false;
};

QVector<Figure> g_figures;

void figure(const QString &name, const QString &measured, const QString &target, bool pass)
{
    g_figures.append({name, measured, target, pass});
    say(QStringLiteral("%1 %2 target %3 %4")
            .arg(name.leftJustified(44), measured.leftJustified(40), target.leftJustified(8),
                 pass ? QStringLiteral("PASS") : QStringLiteral("MISS")));
}

void note(const QString &text)
{
    say(QStringLiteral("  . ") + text);
}

// A database is copied as a closed file: no connection may be open on it.
void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (QFile::exists(from + QStringLiteral("-wal")) &&
        QFileInfo(from + QStringLiteral("-wal")).size() > 0)
        die(QStringLiteral("%1 is still open (its -wal is not empty)").arg(from));
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::unique_ptr<Database> openDatabase(const QString &path)
{
    return need(Database::open(path), QStringLiteral("open ") + path);
}

// The first active administrator of the database: every figure acts as it.
Actor adminOf(Database &db)
{
    const QVector<User> users = need(UserService(db).list(), QStringLiteral("list users"));
    for (const User &u : users) {
        if (u.role == Role::Admin && u.active)
            return Actor{u.name, Role::Admin};
    }
    die(QStringLiteral("%1 has no active administrator").arg(db.path()));
}

qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return need(q.scalar(), sql).toLongLong();
}

// Runs a program to the end; its stdout goes to `outputFile` when given, else
// is returned. Dies when it fails.
QByteArray runProgram(const QString &program, const QStringList &arguments,
                      const QString &outputFile = {}, const QByteArray &input = {},
                      double *ms = nullptr)
{
    QProcess p;
    if (!outputFile.isEmpty())
        p.setStandardOutputFile(outputFile);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForStarted(-1))
        die(QStringLiteral("cannot start %1: %2").arg(program, p.errorString()));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (ms)
        *ms = msSince(timer);
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(QStringLiteral("%1 failed (%2): %3")
                .arg(program)
                .arg(p.exitCode())
                .arg(QString::fromUtf8(err)));
    if (!err.isEmpty())
        QTextStream(stderr) << err;
    return outputFile.isEmpty() ? p.readAllStandardOutput() : QByteArray();
}

qint64 lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    QByteArray chunk;
    while (!(chunk = f.read(1 << 20)).isEmpty())
        lines += chunk.count('\n');
    return lines;
}

// ---------------------------------------------------------------------------
// The base database

void buildDatabase(const QString &path, const QDate &today)
{
    removeDatabase(path);
    std::unique_ptr<Database> db = openDatabase(path);
    need(UserService(*db).createFirstAdmin(kBenchUser, kBenchPassword),
         QStringLiteral("create the administrator"));
    const Actor admin{kBenchUser, Role::Admin};
    DemoOptions options;
    options.agents = kAgents;
    options.customers = kCustomers;
    options.numbers = kNumbers;
    options.seed = 7;
    options.today = today;
    const DemoCounts counts =
        need(DemoGenerator(*db).generate(admin, options), QStringLiteral("demo data"));
    note(QStringLiteral("built %1: %2 agents, %3 customers, %4 numbers, %5 payments in %6 s")
             .arg(path)
             .arg(counts.agents)
             .arg(counts.customers)
             .arg(counts.numbers)
             .arg(counts.payments)
             .arg(fixed(counts.elapsedMs / 1000.0)));
}

// The base is kept swept to kCatchUpDays before today, so that a copy of it
// has a catch-up of that many days to do, and then a daily one.
void prepareBase(const QString &path, const QDate &today)
{
    std::unique_ptr<Database> db = openDatabase(path);
    const Actor admin = adminOf(*db);
    const qint64 numbers = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM numbers"));
    const qint64 customers = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM customers"));
    const qint64 agents = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents"));
    note(QStringLiteral("base %1: %2 agents, %3 customers, %4 numbers, %5 MB")
             .arg(path)
             .arg(agents)
             .arg(customers)
             .arg(numbers)
             .arg(fixed(QFileInfo(path).size() / 1048576.0, 0)));
    if (numbers < kNumbers)
        note(QStringLiteral("WARNING: fewer numbers than the %1 of issue 7").arg(kNumbers));
    const QDate sweptTo = today.addDays(-kCatchUpDays);
    const QDate last = need(LifecycleSweep(*db).lastSwept(), QStringLiteral("last sweep"));
    if (!last.isValid() || last < sweptTo) {
        QElapsedTimer timer;
        timer.start();
        const SweepCounts c = need(LifecycleSweep(*db).run(admin, sweptTo),
                                   QStringLiteral("sweep the base"));
        note(QStringLiteral("setup: base swept to %1 (from %2) in %3 s: %4 renewal notices, "
                            "%5 suspended, %6 reclaimed")
                 .arg(Dates::format(sweptTo),
                      last.isValid() ? Dates::format(last) : QStringLiteral("never"),
                      fixed(msSince(timer) / 1000.0, 2))
                 .arg(c.renewalNotices)
                 .arg(c.suspended)
                 .arg(c.reclaimed));
    } else if (last > sweptTo) {
        note(QStringLiteral("WARNING: the base was swept to %1, later than %2: the catch-up "
                            "below covers fewer days")
                 .arg(Dates::format(last), Dates::format(sweptTo)));
    }
}

// ---------------------------------------------------------------------------
// 1. Export

void benchExport(const QString &base, const QString &work)
{
    std::unique_ptr<Database> db = openDatabase(base);
    const Actor admin = adminOf(*db);
    const QString ours = work + QStringLiteral("/export-ours.csv");
    const QString shell = work + QStringLiteral("/export-shell.csv");
    QVector<double> oursMs, shellMs, oursCpu, shellCpu;
    qint64 rows = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuMs();
        rows = need(ReportExporter::exportCsv(*db, admin, QStringLiteral("numbers"), ours,
                                              ReportOptions()),
                    QStringLiteral("export numbers"));
        oursMs << msSince(timer);
        oursCpu << cpuMs() - cpu0;

        double ms = 0;
        const double child0 = childCpuMs();
        runProgram(QStringLiteral("sqlite3"),
                   {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"),
                    base, kNumbersReportSql},
                   shell, {}, &ms);
        shellMs << ms;
        shellCpu << childCpuMs() - child0;
    }
    const double a = median(oursMs), b = median(shellMs);
    figure(QStringLiteral("1. export numbers report (median of 3)"),
           QStringLiteral("%1 s / shell %2 s = %3x")
               .arg(fixed(a / 1000, 2), fixed(b / 1000, 2), fixed(a / b, 2)),
           QStringLiteral("<= %1x").arg(kExportRatio), a / b <= kExportRatio);
    note(QStringLiteral("rows: ours %1 (+header), shell file %2 lines; sizes %3 / %4 MB; "
                        "CPU time ours %5 s, shell %6 s")
             .arg(rows)
             .arg(lineCount(shell))
             .arg(fixed(QFileInfo(ours).size() / 1048576.0), fixed(QFileInfo(shell).size() / 1048576.0),
                  fixed(median(oursCpu) / 1000, 2), fixed(median(shellCpu) / 1000, 2)));
    QFile::remove(ours);
    QFile::remove(shell);
}

// ---------------------------------------------------------------------------
// 2. Import

// A numbers file of SPEC §5 with kImportRows numbers that are not in the pool
// yet: nine in ten are pool numbers (number,carrier), one in ten an active
// number migrated from an older system, with a real customer and plan of the
// demo data. The numbers are in ascending order, as a carrier's allocation
// list comes.
void writeImportFile(Database &db, const QString &path, const QDate &today)
{
    QSet<qint64> taken;
    taken.reserve(kNumbers + kImportRows);
    {
        SqlQuery q(db, QStringLiteral("SELECT number FROM numbers"));
        need(q.exec(), QStringLiteral("read numbers"));
        while (q.next())
            taken.insert(q.value(0).toString().toLongLong());
    }
    QStringList customers;
    {
        SqlQuery q(db, QStringLiteral("SELECT uscc FROM customers WHERE qualification = 'approved'"
                                      " AND taken_over_on IS NULL ORDER BY id"));
        need(q.exec(), QStringLiteral("read customers"));
        while (q.next())
            customers << q.value(0).toString();
    }
    QHash<QString, QStringList> plans; // carrier → plan codes
    {
        SqlQuery q(db, QStringLiteral("SELECT code, carrier FROM plans WHERE active = 1 ORDER BY id"));
        need(q.exec(), QStringLiteral("read plans"));
        while (q.next())
            plans[q.value(1).toString()] << q.value(0).toString();
    }
    if (customers.isEmpty() || plans.isEmpty())
        die(QStringLiteral("the base has no approved customer or no active plan"));

    QRandomGenerator rng(2024);
    QVector<qint64> chosen;
    chosen.reserve(kImportRows);
    while (chosen.size() < kImportRows) {
        const qint64 n = 4000000000LL + qint64(rng.bounded(10000000));
        if (taken.contains(n))
            continue;
        taken.insert(n);
        chosen.append(n);
    }
    std::sort(chosen.begin(), chosen.end());

    const QStringList carriers{QStringLiteral("telecom"), QStringLiteral("unicom"),
                               QStringLiteral("mobile")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    QByteArray text = "number,carrier,customer_uscc,plan,status,activated_on,paid_through\n";
    int active = 0;
    for (const qint64 n : chosen) {
        const QString carrier = carriers.at(int(n % 3));
        text += QByteArray::number(n) + ',' + carrier.toLatin1();
        const QStringList &codes = plans.value(carrier);
        if (rng.bounded(10) == 0 && !codes.isEmpty()) {
            const QDate activated = today.addDays(-int(rng.bounded(300)));
            const QDate paid = activated.addYears(1).addDays(-1);
            text += ',' + customers.at(int(rng.bounded(int(customers.size())))).toLatin1() + ',' +
                    codes.at(int(rng.bounded(int(codes.size())))).toUtf8() + ",active," +
                    Dates::format(activated).toLatin1() + ',' + Dates::format(paid).toLatin1() +
                    '\n';
            ++active;
        } else {
            text += ",,,,,\n";
        }
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    file.close();
    note(QStringLiteral("import file: %1 rows (%2 active), %3 MB")
             .arg(chosen.size())
             .arg(active)
             .arg(fixed(QFileInfo(path).size() / 1048576.0)));
}

void benchImport(const QString &base, const QString &work, const QDate &today)
{
    const QString csv = work + QStringLiteral("/import-numbers.csv");
    {
        std::unique_ptr<Database> db = openDatabase(base);
        writeImportFile(*db, csv, today);
    }
    // The shell: .import into a table of the same columns, in a copy of the base.
    const QString shellDb = work + QStringLiteral("/import-shell.sqlite");
    copyDatabase(base, shellDb);
    const QByteArray script =
        "CREATE TABLE t(number TEXT, carrier TEXT, customer_uscc TEXT, plan TEXT, status TEXT,"
        " activated_on TEXT, paid_through TEXT);\n"
        ".import --csv --skip 1 " +
        csv.toUtf8() + " t\n";
    double shellMs = 0;
    const double child0 = childCpuMs();
    runProgram(QStringLiteral("sqlite3"), {shellDb}, {}, script, &shellMs);
    const double shellCpuMs = childCpuMs() - child0;
    removeDatabase(shellDb);

    // Ours: the runner and the registered importer, as `import numbers` does.
    const QString oursDb = work + QStringLiteral("/import-ours.sqlite");
    copyDatabase(base, oursDb);
    double oursMs = 0, oursCpuMs = 0;
    qint64 before = 0, after = 0;
    {
        std::unique_ptr<Database> db = openDatabase(oursDb);
        const Actor admin = adminOf(*db);
        before = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM numbers"));
        std::unique_ptr<RowImporter> importer = ImportRegistry::create(QStringLiteral("numbers"));
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuMs();
        const ImportReport report =
            need(ImportRunner::run(*db, admin, *importer, csv, false), QStringLiteral("import"));
        oursMs = msSince(timer);
        oursCpuMs = cpuMs() - cpu0;
        Q_UNUSED(report)
        after = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM numbers"));
    }
    removeDatabase(oursDb);
    figure(QStringLiteral("2. import 300,000 numbers (once)"),
           QStringLiteral("%1 s / shell %2 s = %3x")
               .arg(fixed(oursMs / 1000, 2), fixed(shellMs / 1000, 2), fixed(oursMs / shellMs, 2)),
           QStringLiteral("<= %1x").arg(kImportRatio), oursMs / shellMs <= kImportRatio);
    note(QStringLiteral("numbers %1 -> %2; CPU time ours %3 s, shell %4 s")
             .arg(before)
             .arg(after)
             .arg(fixed(oursCpuMs / 1000, 2), fixed(shellCpuMs / 1000, 2)));
    QFile::remove(csv);
}

// ---------------------------------------------------------------------------
// 3. Sweep

void benchSweep(const QString &base, const QString &work, const QDate &today)
{
    const QString path = work + QStringLiteral("/sweep.sqlite");
    copyDatabase(base, path);
    {
        std::unique_ptr<Database> db = openDatabase(path);
        const Actor admin = adminOf(*db);
        const QDate last = need(LifecycleSweep(*db).lastSwept(), QStringLiteral("last sweep"));

        QElapsedTimer timer;
        timer.start();
        const SweepCounts catchUp =
            need(LifecycleSweep(*db).run(admin, today), QStringLiteral("catch-up sweep"));
        const double catchUpMs = msSince(timer);

        timer.restart();
        const SweepCounts daily = need(LifecycleSweep(*db).run(admin, today.addDays(1)),
                                       QStringLiteral("daily sweep"));
        const double dailyMs = msSince(timer);

        figure(QStringLiteral("3. daily sweep, next day (once)"),
               QStringLiteral("%1 s").arg(fixed(dailyMs / 1000, 2)),
               QStringLiteral("<= %1 s").arg(kSweepSeconds), dailyMs / 1000 <= kSweepSeconds);
        note(QStringLiteral("daily: %1 renewal notices, %2 suspended, %3 reclaim warnings, "
                            "%4 reclaimed, %5 reservations released")
                 .arg(daily.renewalNotices)
                 .arg(daily.suspended)
                 .arg(daily.reclaimWarnings)
                 .arg(daily.reclaimed)
                 .arg(daily.reservationsReleased));
        figure(QStringLiteral("3b. catch-up sweep over %1 days (once)").arg(last.daysTo(today)),
               QStringLiteral("%1 s").arg(fixed(catchUpMs / 1000, 2)),
               QStringLiteral("<= %1 s").arg(kSweepSeconds), catchUpMs / 1000 <= kSweepSeconds);
        note(QStringLiteral("catch-up: %1 renewal notices, %2 suspended, %3 reclaim warnings, "
                            "%4 reclaimed, %5 reservations released")
                 .arg(catchUp.renewalNotices)
                 .arg(catchUp.suspended)
                 .arg(catchUp.reclaimWarnings)
                 .arg(catchUp.reclaimed)
                 .arg(catchUp.reservationsReleased));
    }
    removeDatabase(path);
}

// ---------------------------------------------------------------------------
// 4. First page of the numbers view, at the model level

void benchFirstPage(const QString &base)
{
    std::unique_ptr<Database> db = openDatabase(base);
    // An agent that opened no number: the filter of the page for its code.
    const qint64 idle = scalar(*db, QStringLiteral("SELECT COALESCE((SELECT a.id FROM agents a"
                                                   " WHERE NOT EXISTS (SELECT 1 FROM numbers n"
                                                   " WHERE n.agent_id = a.id) LIMIT 1), -1)"));
    struct Case {
        QString name;
        NumberFilter filter;
    };
    QVector<Case> cases;
    {
        NumberFilter f;
        cases.append({QStringLiteral("no filter"), f});
        f.digits = QStringLiteral("8888");
        cases.append({QStringLiteral("digits 8888"), f});
        f.digits = QStringLiteral("888"); // short: many matches, the scan
        cases.append({QStringLiteral("digits 888"), f});
        f.digits = QStringLiteral("8888");
        f.status = QStringLiteral("active");
        cases.append({QStringLiteral("digits 8888, active"), f});
        f = NumberFilter();
        f.status = QStringLiteral("suspended");
        cases.append({QStringLiteral("status suspended"), f});
        f = NumberFilter();
        f.agentId = idle;
        cases.append({QStringLiteral("agent with no numbers"), f});
        f = NumberFilter();
        f.agentId = -1; // NumbersPage: an unknown code matches nothing
        cases.append({QStringLiteral("unknown agent code"), f});
    }
    // The digits filter looks numbers up by ranges: it must count what LIKE counts.
    {
        const QStringList patterns{QStringLiteral("8888"), QStringLiteral("0000"),
                                   QStringLiteral("4000"), QStringLiteral("0040"),
                                   QStringLiteral("9999"), QStringLiteral("12345"),
                                   QStringLiteral("4001234567"), QStringLiteral("00400")};
        for (const QString &digits : patterns) {
            NumberFilter f;
            f.digits = digits;
            const qint64 ours = need(NumberService(*db).count(f), QStringLiteral("count"));
            SqlQuery q(*db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE number LIKE :d"));
            q.bind(QStringLiteral(":d"), QStringLiteral("%%1%").arg(digits));
            const qint64 like = need(q.scalar(), QStringLiteral("LIKE count")).toLongLong();
            if (ours != like)
                die(QStringLiteral("digits %1: %2 numbers, LIKE says %3").arg(digits).arg(ours).arg(like));
        }
        note(QStringLiteral("digits filter counts checked against LIKE for %1 patterns")
                 .arg(patterns.size()));
    }
    for (const Case &c : cases) {
        QVector<double> ms;
        int rows = 0;
        qint64 total = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            NumberListModel model(*db);
            need(model.setFilter(c.filter), QStringLiteral("filter"));
            ms << msSince(timer);
            rows = model.rowCount();
            total = model.totalCount();
        }
        const double m = median(ms);
        figure(QStringLiteral("4. first page, %1 (median of 3)").arg(c.name),
               QStringLiteral("%1 ms (%2 rows of %3)").arg(fixed(m)).arg(rows).arg(total),
               QStringLiteral("<= %1 ms").arg(kFirstPageMs), m <= kFirstPageMs);
    }
}

// ---------------------------------------------------------------------------
// 5. and 6. in child processes

void isolateSettings(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDeskBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

// Notes the first paint of any widget of one window.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *window) : m_window(window) {}
    std::function<void()> onFirstPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            if (onFirstPaint)
                onFirstPaint();
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

// --probe-start DB SETTINGS PARENT_CLOCK_MS: the main window of an admin on DB,
// as AppController opens it after the sign-in (StartupSweep scheduled after
// show()). Prints the milliseconds from before Database::open and from the
// parent's QProcess::start to the first paint, then how long after the first
// paint the event loop was free again (the startup sweep runs in between).
int probeStart(QApplication &app, const QStringList &args)
{
    const QString path = args.value(0);
    isolateSettings(args.value(1));
    const qint64 parentClock = args.value(2).toLongLong();
    Localization::install(QStringLiteral("en"));

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = openDatabase(path);
    const double openedMs = msSince(timer);
    const Actor admin = adminOf(*db);
    const QDate lastBefore = need(LifecycleSweep(*db).lastSwept(), QStringLiteral("last sweep"));
    auto window = std::make_unique<MainWindow>(*db, admin);
    const double builtMs = msSince(timer);
    double paintMs = -1, processMs = -1, freeMs = -1;
    QDate sweptAtPaint;
    PaintProbe probe(window.get());
    probe.onFirstPaint = [&] {
        paintMs = msSince(timer);
        QElapsedTimer now;
        now.start();
        processMs = double(now.msecsSinceReference() - parentClock);
        // Did the startup sweep run before the window was painted?
        if (Result<QDate> last = LifecycleSweep(*db).lastSwept(); last)
            sweptAtPaint = *last;
        // Queued behind whatever was queued before the paint (the sweep).
        QTimer::singleShot(0, &app, [&] {
            freeMs = msSince(timer);
            app.quit();
        });
    };
    app.installEventFilter(&probe);
    window->show();
    StartupSweep::schedule(window.get());
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // never hang
    app.exec();
    app.removeEventFilter(&probe);
    const QDate lastAfter = need(LifecycleSweep(*db).lastSwept(), QStringLiteral("last sweep"));
    window.reset();
    out() << "probe-start open_ms=" << fixed(openedMs) << " window_ms=" << fixed(builtMs)
          << " paint_ms=" << fixed(paintMs) << " process_ms=" << fixed(processMs, 0)
          << " loop_free_ms=" << fixed(freeMs) << " swept_from=" << Dates::format(lastBefore)
          << " swept_to=" << Dates::format(lastAfter)
          << " swept_at_paint=" << Dates::format(sweptAtPaint) << Qt::endl;
    return paintMs < 0 ? 1 : 0;
}

// --probe-scroll DB: a table view over the number model, scrolled to the end
// of the pool page by page as a user dragging the scroll bar down would.
int probeScroll(QApplication &app, const QStringList &args)
{
    const QString path = args.value(0);
    Localization::install(QStringLiteral("en"));
    std::unique_ptr<Database> db = openDatabase(path);
    const double startMb = procStatusMb("VmHWM");
    QElapsedTimer timer;
    timer.start();
    NumberListModel model(*db);
    need(model.setFilter(NumberFilter()), QStringLiteral("filter"));
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1280, 800);
    view.show();
    app.processEvents();
    int steps = 0;
    while (model.canFetchMore(QModelIndex())) {
        view.scrollToBottom(); // the view fetches more at the end of the scroll bar
        app.processEvents();
        if (++steps > 2 * kNumbers / NumberListModel::kPageSize + 100)
            break; // the view stopped fetching: do not spin
    }
    view.scrollToBottom();
    app.processEvents();
    out() << "probe-scroll rows=" << model.rowCount() << " total=" << model.totalCount()
          << " seconds=" << fixed(msSince(timer) / 1000, 1) << " start_hwm_mb=" << fixed(startMb)
          << " hwm_mb=" << fixed(procStatusMb("VmHWM")) << " rss_mb=" << fixed(procStatusMb("VmRSS"))
          << Qt::endl;
    return 0;
}

QHash<QString, QString> parseProbe(const QByteArray &output, const QString &tag)
{
    QHash<QString, QString> values;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.startsWith(tag))
            continue;
        const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            values.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
    }
    if (values.isEmpty())
        die(QStringLiteral("no %1 line in: %2").arg(tag, QString::fromUtf8(output)));
    return values;
}

QHash<QString, QString> runStartProbe(const QString &db, const QString &settings)
{
    QElapsedTimer clock;
    clock.start();
    const QByteArray output =
        runProgram(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--probe-start"), db, settings,
                    QString::number(clock.msecsSinceReference())});
    return parseProbe(output, QStringLiteral("probe-start"));
}

void benchStart(const QString &base, const QString &work)
{
    const QString path = work + QStringLiteral("/gui.sqlite");
    const QString settings = work + QStringLiteral("/settings");
    QDir().mkpath(settings);
    copyDatabase(base, path);
    // First start: the catch-up sweep is due at start.
    const QHash<QString, QString> first = runStartProbe(path, settings);
    const double firstMs = first.value(QStringLiteral("paint_ms")).toDouble();
    figure(QStringLiteral("5. GUI start to first paint, sweep due"),
           QStringLiteral("%1 ms in-process").arg(fixed(firstMs, 0)),
           QStringLiteral("<= %1 ms").arg(kStartMs), firstMs <= kStartMs);
    note(QStringLiteral("open %1 ms, window built %2 ms, first paint %3 ms, whole process %4 ms; "
                        "event loop free again at %5 ms; swept %6 -> %7 (at the first paint: %8)")
             .arg(first.value(QStringLiteral("open_ms")), first.value(QStringLiteral("window_ms")),
                  first.value(QStringLiteral("paint_ms")), first.value(QStringLiteral("process_ms")),
                  first.value(QStringLiteral("loop_free_ms")), first.value(QStringLiteral("swept_from")),
                  first.value(QStringLiteral("swept_to")),
                  first.value(QStringLiteral("swept_at_paint"))));
    // Then three starts with nothing left to sweep.
    QVector<double> paint, process;
    QString opened;
    for (int run = 0; run < 3; ++run) {
        const QHash<QString, QString> v = runStartProbe(path, settings);
        paint << v.value(QStringLiteral("paint_ms")).toDouble();
        process << v.value(QStringLiteral("process_ms")).toDouble();
        opened += v.value(QStringLiteral("open_ms")) + QLatin1Char(' ');
    }
    const double p = median(paint), w = median(process);
    figure(QStringLiteral("5b. GUI start to first paint (median of 3)"),
           QStringLiteral("%1 ms in-process").arg(fixed(p, 0)),
           QStringLiteral("<= %1 ms").arg(kStartMs), p <= kStartMs);
    figure(QStringLiteral("5c. GUI start, whole process (median of 3)"),
           QStringLiteral("%1 ms exec to first paint").arg(fixed(w, 0)),
           QStringLiteral("<= %1 ms").arg(kStartMs), w <= kStartMs);
    note(QStringLiteral("Database::open took %1ms; no sign-in dialog (an Actor is given)")
             .arg(opened.trimmed()));
    removeDatabase(path);
}

void benchMemory(const QString &base)
{
    const QByteArray output = runProgram(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--probe-scroll"), base});
    const QHash<QString, QString> v = parseProbe(output, QStringLiteral("probe-scroll"));
    const double hwm = v.value(QStringLiteral("hwm_mb")).toDouble();
    figure(QStringLiteral("6. peak memory after scrolling to the end"),
           QStringLiteral("%1 MB VmHWM (%2 rows)").arg(fixed(hwm, 0), v.value(QStringLiteral("rows"))),
           QStringLiteral("<= %1 MB").arg(kPeakMb), hwm <= kPeakMb);
    note(QStringLiteral("scrolled in %1 s; VmRSS at the end %2 MB; VmHWM before the model %3 MB")
             .arg(v.value(QStringLiteral("seconds")), v.value(QStringLiteral("rss_mb")),
                  v.value(QStringLiteral("start_hwm_mb"))));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("CHANNELDESK_LANG", "en");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.value(0) == QLatin1String("--probe-start"))
        return probeStart(app, args.mid(1));
    if (args.value(0) == QLatin1String("--probe-scroll"))
        return probeScroll(app, args.mid(1));

    QString base, workDir;
    bool keep = false;
    QStringList only;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size()) {
            base = QFileInfo(args.at(++i)).absoluteFilePath();
        } else if (a == QLatin1String("--work") && i + 1 < args.size()) {
            workDir = QFileInfo(args.at(++i)).absoluteFilePath();
        } else if (a == QLatin1String("--only") && i + 1 < args.size()) {
            only = args.at(++i).split(QLatin1Char(','));
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else {
            QTextStream(stderr)
                << "usage: channeldesk-bench [--db FILE] [--keep] [--work DIR] "
                   "[--only export,import,sweep,page,start,memory]\n";
            return 2;
        }
    }
    std::unique_ptr<QTemporaryDir> temporary;
    if (workDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/channeldesk-bench-XXXXXX"));
        if (!temporary->isValid())
            die(QStringLiteral("cannot make a work folder"));
        temporary->setAutoRemove(!keep);
        workDir = temporary->path();
    } else if (!QDir().mkpath(workDir)) {
        die(QStringLiteral("cannot make %1").arg(workDir));
    }
    const bool builtHere = base.isEmpty();
    if (base.isEmpty())
        base = workDir + QStringLiteral("/base.sqlite");
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only.contains(QLatin1String(name));
    };

    Localization::install(QStringLiteral("en"));
    isolateSettings(workDir);
    const QDate today = QDate::currentDate();

    say(QStringLiteral("channeldesk-bench %1 (%2 build), Qt %3, SQLite %4")
            .arg(QStringLiteral(CHANNELDESK_VERSION), QStringLiteral(CHANNELDESK_BUILD_TYPE),
                 QString::fromLatin1(qVersion()),
                 QString::fromUtf8(runProgram(QStringLiteral("sqlite3"), {QStringLiteral("--version")})
                                       .split(' ')
                                       .value(0))));
    say(QStringLiteral("machine: %1 cores, %2, %3; date %4; load average %5")
            .arg(QThread::idealThreadCount())
            .arg(cpuModel(), QSysInfo::prettyProductName(),
                 QDateTime::currentDateTime().toString(Qt::ISODate), loadAverage()));
    say(QStringLiteral("work folder %1").arg(workDir));

    QElapsedTimer total;
    total.start();
    if (!QFile::exists(base))
        buildDatabase(base, today);
    prepareBase(base, today);

    if (wanted("export"))
        benchExport(base, workDir);
    if (wanted("import"))
        benchImport(base, workDir, today);
    if (wanted("sweep"))
        benchSweep(base, workDir, today);
    if (wanted("page"))
        benchFirstPage(base);
    if (wanted("start"))
        benchStart(base, workDir);
    if (wanted("memory"))
        benchMemory(base);

    int misses = 0;
    for (const Figure &f : g_figures)
        misses += f.pass ? 0 : 1;
    say(QStringLiteral("%1 figures, %2 PASS, %3 MISS; %4 s in all; load average %5")
            .arg(g_figures.size())
            .arg(g_figures.size() - misses)
            .arg(misses)
            .arg(fixed(msSince(total) / 1000, 0), loadAverage()));
    if (builtHere && !keep)
        removeDatabase(base);
    return 0;
}
