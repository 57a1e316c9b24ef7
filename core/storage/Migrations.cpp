#include "Migrations.h"

namespace cd {

// Portable SQL (SQLite now, PostgreSQL on the roadmap): standard types, one
// statement per entry. Never edit a released step; add a new one.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps{
        {1,
         "users, append-only audit log, business parameters",
         {
             QStringLiteral("CREATE TABLE users ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " role TEXT NOT NULL CHECK (role IN ('admin','manager','auditor')),"
                            " password_hash TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),"
                            " created_at TEXT NOT NULL,"
                            " last_login_at TEXT)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL DEFAULT '',"
                            " old_value TEXT NOT NULL DEFAULT '',"
                            " new_value TEXT NOT NULL DEFAULT '',"
                            " clause TEXT NOT NULL DEFAULT '')"),
             // The log is append-only: the database itself refuses edits.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TABLE parameters ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
        {2,
         "login lockout counters, audit indexes",
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TEXT"),
             QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_name, id)"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
         }},
        {3,
         "business parameters written out with their defaults",
         {
             QStringLiteral("INSERT INTO parameters (key, value) VALUES"
                            " ('grace_days', '15'), ('reclaim_days', '90'),"
                            " ('reclaim_warning_days', '7'), ('reminder_offsets', '30,15,7'),"
                            " ('min_margin_percent', '5'), ('promotion_threshold_percent', '120'),"
                            " ('reservation_limit', '3'), ('reservation_days', '3'),"
                            " ('takeover_wait_days', '15'), ('training_due_days', '30'),"
                            " ('premium_min_fee_fen', '600000'), ('special_min_fee_fen', '300000'),"
                            " ('follow_up_first_days', '30'), ('follow_up_supervised_days', '90'),"
                            " ('spot_check_skip_days', '90'), ('login_lock_attempts', '5'),"
                            " ('login_lock_minutes', '15')"
                            " ON CONFLICT (key) DO NOTHING"),
         }},
    };
    return steps;
}

} // namespace cd
