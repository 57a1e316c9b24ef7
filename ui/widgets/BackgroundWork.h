#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace cd {

class Database;

// Runs one database job on a worker thread with a connection of its own,
// while the window keeps painting; a busy dialog with `label` appears when
// the job takes longer than half a second (issue 8: progress for anything
// over half a second). Returns when the job is done.
//
// The dialog is window-modal, so the user cannot start a second job or close
// the page in the middle of this one. The worker's connection is opened on
// `databasePath` (WAL: the window keeps reading); a database without a file
// (":memory:", as some tests use) cannot be shared between connections, so
// there the job runs on `fallback` in the calling thread.
//
// `work` runs on the worker thread: it must touch no widget and use only the
// Database it is given. The returned status is the worker's failure to open
// its connection, if any; the job's own outcome is for `work` to keep.
class BackgroundWork
{
public:
    using Job = std::function<void(Database &db)>;

    static Status run(QWidget *parent, Database &fallback, const QString &label, const Job &work);
};

} // namespace cd
