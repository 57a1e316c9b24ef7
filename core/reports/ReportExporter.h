#pragma once

#include "Report.h"
#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cd {

class Database;

// Writes a report as CSV (SPEC §4 `export`, §5): UTF-8 with a byte order mark,
// the fixed keys on the first line, personal data masked unless asked for by
// a user with the right (§2.6). All or nothing: the file appears only when
// every row was written.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportExporter)

public:
    // Gets the number of rows written so far, every kProgressStep rows and
    // once more after the last; returning false cancels the export.
    using Progress = std::function<bool(qint64 rows)>;
    static constexpr qint64 kProgressStep = 100;

    // Streams the report into a QSaveFile at `path` and commits it, then
    // writes one audit entry (action "export.<report>", entity "report",
    // entityId the file name, newValue "N rows; personal data: yes|no",
    // clause §2.6 when personal data is included). Returns the rows written
    // (without the header). Errors: an unknown report → Error::usage; an
    // auditor asking for personal data → Error::permission (§2.6); a
    // cancelled export → Error::rule, and no file; a file that cannot be
    // written → Error::badInput; the store → its Error. On any error an
    // existing file at `path` is left as it was.
    static Result<qint64> exportCsv(Database &db, const Actor &actor, const QString &report,
                                    const QString &path, const ReportOptions &options,
                                    Progress progress = {});

    // The cells of a row as an export writes them: personal columns masked
    // (§2.6) unless includePersonalData. The GUI uses it for previews too.
    static QStringList maskRow(const QVector<ReportColumn> &columns, QStringList cells,
                               bool includePersonalData);
    // The header line of an export: the keys, or the translated headers.
    static QStringList headerRow(const QVector<ReportColumn> &columns, bool localizedHeaders);

    // §2.6 Who may see personal data unmasked: admins and managers.
    static bool mayIncludePersonalData(const Actor &actor) { return actor.canWrite(); }
};

} // namespace cd
