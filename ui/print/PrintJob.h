#pragma once

#include "common/Result.h"
#include "print/DocumentRenderer.h"
#include "printing/DocumentLanguage.h"

#include <QDate>
#include <QString>

namespace cd {

class Database;

// A composed document ready for paper or PDF: its HTML (from core/printing),
// what every page carries, and the file name to suggest when saving. The CLI
// and the GUI make their jobs here, so both print the same pages.
struct PrintJob {
    QString html;
    PageDecoration decoration;
    QString suggestedFileName; // e.g. "HT-2026-0001.pdf"
    int rows = 0;              // the renewal letter's numbers

    static Result<PrintJob> contract(Database &db, const QString &number,
                                     DocumentLanguage language);
    static Result<PrintJob> renewalLetter(Database &db, const QString &agentUscc,
                                          const QDate &date, DocumentLanguage language);
};

} // namespace cd
