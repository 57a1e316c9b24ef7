#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export notices`: the messages the provider owes (§2.10 renewal_due,
// suspended, reclaim_warning, reclaimed; §2.8 maintenance), by date, with
// the keys date, kind, number, recipient_uscc, then the detail. The
// recipient is the service owner on the notice's date: the developing agent
// (even terminated, §9.6), or nobody — the provider's own notice, an empty
// recipient_uscc — after a takeover (§2.3). A maintenance notice has no
// number.
class NoticesReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::NoticesReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
