#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export reviews`: the reviews open on the report's date (qualification
// reviews, follow-ups, spot checks), oldest first, with the keys
// customer_uscc, customer_name, agent_uscc, kind, opened_on, age_days (days
// from opening to the date), due_on (follow-ups) and missing_documents (§3.9
// checklist of a qualification review, keys joined by "; "); then review_id,
// the interim outcome (more_documents) and the spot check plan.
class ReviewsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReviewsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
