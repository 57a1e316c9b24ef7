#include "CsvImport.h"

#include "csv/ImportRegistry.h"
#include "csv/RowImporter.h"
#include "storage/Database.h"
#include "widgets/BackgroundWork.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace cd {

QStringList CsvImport::kinds()
{
    return {QStringLiteral("agents"),  QStringLiteral("customers"), QStringLiteral("numbers"),
            QStringLiteral("payments"), QStringLiteral("plans"),    QStringLiteral("prices")};
}

bool CsvImport::mayImport(const Actor &actor, const QString &kind)
{
    const std::unique_ptr<RowImporter> importer = ImportRegistry::create(kind);
    return importer && ImportRunner::permits(actor, *importer);
}

QString CsvImport::title(const QString &kind)
{
    if (kind == QLatin1String("agents"))
        return tr("Import Agents");
    if (kind == QLatin1String("customers"))
        return tr("Import Customers");
    if (kind == QLatin1String("numbers"))
        return tr("Import Numbers");
    if (kind == QLatin1String("payments"))
        return tr("Import Payments");
    if (kind == QLatin1String("plans"))
        return tr("Import Plans");
    if (kind == QLatin1String("prices"))
        return tr("Import Prices");
    return tr("Import %1").arg(kind);
}

QString CsvImport::menuText(const QString &kind)
{
    if (kind == QLatin1String("agents"))
        return tr("&Agents…");
    if (kind == QLatin1String("customers"))
        return tr("&Customers…");
    if (kind == QLatin1String("numbers"))
        return tr("&Numbers…");
    if (kind == QLatin1String("payments"))
        return tr("Pa&yments…");
    if (kind == QLatin1String("plans"))
        return tr("P&lans…");
    if (kind == QLatin1String("prices"))
        return tr("P&rices…");
    return kind;
}

QString CsvImport::doneText(const QString &kind, int rows, const QString &fileName)
{
    if (kind == QLatin1String("agents"))
        return tr("%n agent(s) imported from %1.", nullptr, rows).arg(fileName);
    if (kind == QLatin1String("customers"))
        return tr("%n customer(s) imported from %1; their qualification reviews are open (§3.9).",
                  nullptr, rows)
            .arg(fileName);
    if (kind == QLatin1String("numbers"))
        return tr("%n number(s) imported from %1.", nullptr, rows).arg(fileName);
    if (kind == QLatin1String("payments"))
        return tr("%n payment(s) imported from %1.", nullptr, rows).arg(fileName);
    if (kind == QLatin1String("plans"))
        return tr("%n plan(s) imported from %1.", nullptr, rows).arg(fileName);
    if (kind == QLatin1String("prices"))
        return tr("%n price(s) imported from %1.", nullptr, rows).arg(fileName);
    return tr("%n row(s) imported from %1.", nullptr, rows).arg(fileName);
}

Result<ImportReport> CsvImport::run(QWidget *parent, Database &db, const Actor &actor,
                                    const QString &kind, const QString &path)
{
    // The registry is for the main thread: the importer is made here and
    // only used on the worker.
    std::shared_ptr<RowImporter> importer(ImportRegistry::create(kind).release());
    if (!importer)
        return Error::badInput(tr("This build cannot import \"%1\".").arg(kind));
    std::optional<Result<ImportReport>> report;
    const Status started = BackgroundWork::run(
        parent, db, tr("Importing %1: every row is checked, then all are written or none…")
                        .arg(QFileInfo(path).fileName()),
        [&report, importer, actor, path](Database &worker) {
            report = ImportRunner::run(worker, actor, *importer, path, false);
        });
    if (!started)
        return started.error();
    return *report;
}

bool CsvImport::askAndRun(QWidget *parent, Database &db, const Actor &actor, MessageBar *bar,
                          const QString &kind)
{
    if (!mayImport(actor, kind))
        return false;
    const QString path =
        Dialogs::openFileName(parent, title(kind), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    return runAndReport(parent, db, actor, bar, kind, path);
}

bool CsvImport::runAndReport(QWidget *parent, Database &db, const Actor &actor, MessageBar *bar,
                             const QString &kind, const QString &path)
{
    const Result<ImportReport> report = run(parent, db, actor, kind, path);
    if (!report) {
        reportError(parent, bar, report.error());
        return false;
    }
    if (bar)
        bar->showSuccess(doneText(kind, report->rows, QFileInfo(path).fileName()));
    return true;
}

void CsvImport::reportError(QWidget *parent, MessageBar *bar, const Error &error)
{
    if (!bar)
        return;
    // A few bad rows are read in the bar itself; hundreds do not fit a
    // message: the bar shows the first ones and the whole list opens apart.
    constexpr int kShownInBar = 5;
    Error summary = error;
    const QStringList lines = summary.details;
    summary.details = lines.mid(0, kShownInBar);
    if (lines.size() > kShownInBar)
        summary.details << tr("… and %n more row(s).", nullptr, int(lines.size() - kShownInBar));
    bar->showError(summary);
    if (lines.size() <= kShownInBar)
        return;
    QPointer<QWidget> owner = parent;
    const QString heading = summary.text();
    bar->setAction(tr("Show &Rows"), [owner, heading, lines] {
        auto *dialog = new QDialog(owner);
        dialog->setObjectName(QStringLiteral("importErrorsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Rows to Correct"));
        auto *label = new QLabel(heading, dialog);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *hint = new QLabel(tr("Nothing was imported. Correct these rows and import the file "
                                   "again; each line names the file, the line and the column."),
                                dialog);
        hint->setWordWrap(true);
        Theme::makeMuted(hint);
        auto *list = new QPlainTextEdit(dialog);
        list->setObjectName(QStringLiteral("importErrorsList"));
        list->setReadOnly(true);
        list->setLineWrapMode(QPlainTextEdit::NoWrap);
        list->setPlainText(lines.join(QLatin1Char('\n')));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->setContentsMargins(24, 20, 24, 16);
        layout->addWidget(label);
        layout->addWidget(hint);
        layout->addWidget(list, 1);
        layout->addWidget(buttons);
        dialog->resize(760, 480);
        dialog->open();
    });
}

} // namespace cd
