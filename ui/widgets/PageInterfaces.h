#pragma once

#include <QVariantMap>

namespace cd {

// A page another screen can link to with a filter, e.g. the dashboard's
// "numbers at risk" bar opening the numbers list filtered to those numbers.
// Keys are the page's own (documented in its header); unknown keys are ignored.
class FilterablePage
{
public:
    virtual ~FilterablePage() = default;
    virtual void applyFilter(const QVariantMap &filter) = 0;
};

// A page that can re-read what it shows from the database, e.g. when the
// window regains focus after another process (the CLI's nightly sweep, a
// second window) changed the file.
class RefreshablePage
{
public:
    virtual ~RefreshablePage() = default;
    virtual void refreshFromDatabase() = 0;
};

} // namespace cd
