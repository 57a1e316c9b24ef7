#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cd {

class Database;

// §2.6 Which columns hold personal data, and so which mask an export applies.
enum class PersonalDataKind { None, Phone, Email, IdNumber };

// Which keys a column's cells hold (a status, a tier, ...), so that a screen
// can show the words the rest of the application shows for them. The CSV
// keeps the keys (SPEC §5); None is any other text.
enum class KeyKind {
    None,
    AgentStatus,
    ContractStatus,
    TerminationReason,
    Tier,
    NumberStatus,
    Grade,
    Carrier,
    Qualification,
    ReviewKind,
    ReviewOutcome, // a qualification decision or a check outcome
    DocumentKinds, // document kind keys joined by "; "
    Classification,
    IncidentKind,
    IncidentCause,
    NoticeChannel,
    NoticeKind,
};

// One column of a report: the fixed key of SPEC §5 (the CSV header), the
// translated header the GUI shows, whether it holds personal data, and which
// keys its cells hold.
struct ReportColumn {
    QString key;
    QString header;
    PersonalDataKind personal = PersonalDataKind::None;
    KeyKind keys = KeyKind::None;

    // A cell as a screen shows it: a key translated by the application's
    // display name for it (tierDisplayName, ...). Empty cells, unknown keys
    // and the cells of a KeyKind::None column come back unchanged.
    QString displayText(const QString &cell) const;
};

struct ReportOptions {
    QDate date;                       // "as of"; invalid means today
    bool includePersonalData = false; // §2.6 unmasked, for users with the right
    bool localizedHeaders = false;    // translated headers instead of the keys (GUI)
    // Long all-digit codes written as ="…" so Excel keeps them as text (see
    // CsvWriter::LongCodes); the GUI's default, the CLI's --excel.
    bool excelText = false;

    QDate effectiveDate() const { return date.isValid() ? date : QDate::currentDate(); }
};

// A report of SPEC §5 `export`. run() streams the rows from one forward-only
// query to the sink, never holding them all; cells are raw (unmasked), dates
// YYYY-MM-DD or empty, statuses and tiers as keys. Masking is the exporter's.
class Report
{
public:
    // Gets one row; returns false to stop the report early.
    using RowSink = std::function<bool(const QStringList &cells)>;

    virtual ~Report() = default;

    virtual QString name() const = 0;  // the key: "agents", "contracts", ...
    virtual QString title() const = 0; // translated
    virtual QVector<ReportColumn> columns() const = 0;

    // Stops without an error when the sink returns false.
    virtual Status run(Database &db, const ReportOptions &options, const RowSink &sink) const = 0;
};

} // namespace cd
