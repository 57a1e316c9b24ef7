#include "ReportExporter.h"

#include "ReportRegistry.h"
#include "audit/AuditLog.h"
#include "csv/CsvWriter.h"
#include "csv/PersonalData.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace cd {

QStringList ReportExporter::maskRow(const QVector<ReportColumn> &columns, QStringList cells,
                                    bool includePersonalData)
{
    if (includePersonalData)
        return cells;
    const qsizetype n = std::min(cells.size(), columns.size());
    for (qsizetype i = 0; i < n; ++i) {
        QString &cell = cells[i];
        switch (columns.at(i).personal) {
        case PersonalDataKind::None:
            break;
        case PersonalDataKind::Phone:
            cell = PersonalData::maskPhone(cell);
            break;
        case PersonalDataKind::Email:
            cell = PersonalData::maskEmail(cell);
            break;
        case PersonalDataKind::IdNumber:
            cell = PersonalData::maskIdNumber(cell);
            break;
        }
    }
    return cells;
}

QStringList ReportExporter::headerRow(const QVector<ReportColumn> &columns, bool localizedHeaders)
{
    QStringList header;
    header.reserve(columns.size());
    for (const ReportColumn &column : columns)
        header << (localizedHeaders ? column.header : column.key);
    return header;
}

Result<qint64> ReportExporter::exportCsv(Database &db, const Actor &actor,
                                         const QString &reportName, const QString &path,
                                         const ReportOptions &options, Progress progress)
{
    const std::unique_ptr<Report> report = ReportRegistry::create(reportName);
    if (!report) {
        return Error::usage(
            tr("There is no report \"%1\"; the reports are: %2.")
                .arg(reportName, ReportRegistry::names().join(QStringLiteral(", "))));
    }
    // §2.6 Personal data leaves unmasked only for a user with the right.
    if (options.includePersonalData && !mayIncludePersonalData(actor)) {
        Error error = Error::permission(
            tr("%1 may not export personal data unmasked: the role %2 may not see it.")
                .arg(actor.userName, roleDisplayName(actor.role)));
        error.clause = QStringLiteral("§2.6");
        return error;
    }

    // A QSaveFile writes beside the target and renames on commit, so a failed
    // or cancelled export leaves no half file and keeps an older one intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::badInput(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    }
    const QVector<ReportColumn> columns = report->columns();
    CsvWriter writer(&file);
    if (options.excelText)
        writer.setLongCodes(CsvWriter::LongCodes::ExcelText);
    writer.writeRow(headerRow(columns, options.localizedHeaders));

    qint64 rows = 0;
    bool cancelled = false;
    const Status ran = report->run(db, options, [&](const QStringList &cells) {
        writer.writeRow(maskRow(columns, cells, options.includePersonalData));
        if (!writer.status().ok())
            return false;
        ++rows;
        if (progress && rows % kProgressStep == 0 && !progress(rows)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!ran) {
        file.cancelWriting();
        return ran.error();
    }
    if (!writer.status().ok()) {
        file.cancelWriting();
        Error error = writer.status().error();
        error.message = QStringLiteral("%1: %2").arg(path, error.message);
        return error;
    }
    if (!cancelled && progress && !progress(rows))
        cancelled = true;
    if (cancelled) {
        file.cancelWriting();
        return Error::rule(
            tr("The export of %1 was cancelled; no file was written.").arg(report->name()));
    }
    if (!file.commit()) {
        return Error::badInput(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    }

    // The export is recorded once the file is there; if the record cannot be
    // written the file goes too, so that no export leaves without a trace.
    const auto removeFile = [&path] { QFile::remove(path); };
    WriteTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun) {
        removeFile();
        return begun.error();
    }
    AuditEntry entry;
    entry.action = QStringLiteral("export.") + report->name();
    entry.entity = QStringLiteral("report");
    entry.entityId = QFileInfo(path).fileName();
    entry.newValue =
        QStringLiteral("%1 rows; personal data: %2")
            .arg(rows)
            .arg(options.includePersonalData ? QStringLiteral("yes") : QStringLiteral("no"));
    if (options.includePersonalData)
        entry.clause = QStringLiteral("§2.6");
    if (Status audited = AuditLog::record(db, actor, entry); !audited) {
        removeFile();
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        removeFile();
        return committed.error();
    }
    return rows;
}

} // namespace cd
