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
        {4,
         "agents, contracts, tier history, training, violations, customers and takeover",
         {
             QStringLiteral("CREATE TABLE agents ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " uscc TEXT NOT NULL UNIQUE,"
                            " level INTEGER NOT NULL CHECK (level IN (1,2)),"
                            " parent_id INTEGER REFERENCES agents(id),"
                            " legal_rep TEXT NOT NULL DEFAULT '',"
                            " contact TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " region TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL DEFAULT 'prospect'"
                            "  CHECK (status IN ('prospect','active','supervised','terminated')),"
                            " tier TEXT NOT NULL DEFAULT 'standard'"
                            "  CHECK (tier IN ('standard','silver','gold','diamond')),"
                            " portal_account TEXT UNIQUE,"
                            " portal_password_hash TEXT,"
                            " created_at TEXT NOT NULL,"
                            " CHECK ((level = 1 AND parent_id IS NULL) OR (level = 2 AND parent_id IS NOT NULL)))"),
             QStringLiteral("CREATE INDEX agents_parent ON agents(parent_id)"),
             QStringLiteral("CREATE INDEX agents_status ON agents(status)"),
             // The tier an agent buys at, from a date: promotions apply from a
             // quarter's first day, downgrades only as a §3.2 penalty.
             QStringLiteral("CREATE TABLE agent_tiers ("
                            " id INTEGER PRIMARY KEY,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " tier TEXT NOT NULL CHECK (tier IN ('standard','silver','gold','diamond')),"
                            " effective_from TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " clause TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX agent_tiers_agent ON agent_tiers(agent_id, effective_from)"),
             QStringLiteral("CREATE TABLE contracts ("
                            " id INTEGER PRIMARY KEY,"
                            " number TEXT NOT NULL UNIQUE,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " year INTEGER NOT NULL,"
                            " start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL,"
                            " tier TEXT NOT NULL CHECK (tier IN ('standard','silver','gold','diamond')),"
                            " task_q1 INTEGER NOT NULL DEFAULT 0 CHECK (task_q1 >= 0),"
                            " task_q2 INTEGER NOT NULL DEFAULT 0 CHECK (task_q2 >= 0),"
                            " task_q3 INTEGER NOT NULL DEFAULT 0 CHECK (task_q3 >= 0),"
                            " task_q4 INTEGER NOT NULL DEFAULT 0 CHECK (task_q4 >= 0),"
                            " status TEXT NOT NULL CHECK (status IN ('draft','active','expired','terminated')),"
                            " terminated_on TEXT,"
                            " termination_reason TEXT,"
                            " termination_clause TEXT,"
                            " created_at TEXT NOT NULL,"
                            " CHECK (start_date <= end_date))"),
             // At most one active contract per agent, held by the database too.
             QStringLiteral("CREATE UNIQUE INDEX contracts_one_active ON contracts(agent_id)"
                            " WHERE status = 'active'"),
             QStringLiteral("CREATE UNIQUE INDEX contracts_one_per_year ON contracts(agent_id, year)"
                            " WHERE status IN ('draft','active')"),
             QStringLiteral("CREATE TABLE training_sessions ("
                            " id INTEGER PRIMARY KEY,"
                            " held_on TEXT NOT NULL,"
                            " topic TEXT NOT NULL,"
                            " trainer TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE training_attendance ("
                            " session_id INTEGER NOT NULL REFERENCES training_sessions(id),"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " PRIMARY KEY (session_id, agent_id))"),
             QStringLiteral("CREATE INDEX training_attendance_agent ON training_attendance(agent_id)"),
             QStringLiteral("CREATE TABLE violations ("
                            " id INTEGER PRIMARY KEY,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " found_on TEXT NOT NULL,"
                            " clause TEXT NOT NULL,"
                            " description TEXT NOT NULL,"
                            " source TEXT NOT NULL DEFAULT 'manual',"
                            " classification TEXT CHECK (classification IN ('negligent','intentional')),"
                            " classified_on TEXT,"
                            " classified_by TEXT,"
                            " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')))"),
             QStringLiteral("CREATE INDEX violations_agent ON violations(agent_id, found_on)"),
             QStringLiteral("CREATE TABLE violation_evidence ("
                            " id INTEGER PRIMARY KEY,"
                            " violation_id INTEGER NOT NULL REFERENCES violations(id),"
                            " file_name TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " content BLOB NOT NULL,"
                            " added_on TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE penalties ("
                            " id INTEGER PRIMARY KEY,"
                            " violation_id INTEGER NOT NULL REFERENCES violations(id),"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('warning','fine','downgrade','stop','termination')),"
                            " amount_fen INTEGER NOT NULL DEFAULT 0,"
                            " decided_on TEXT NOT NULL,"
                            " stop_from TEXT,"
                            " stop_until TEXT,"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX penalties_agent ON penalties(agent_id, kind)"),
             QStringLiteral("CREATE TABLE takeover_reminders ("
                            " id INTEGER PRIMARY KEY,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " sent_on TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " corrected_on TEXT)"),
             QStringLiteral("CREATE TABLE takeovers ("
                            " id INTEGER PRIMARY KEY,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " taken_on TEXT NOT NULL,"
                            " grounds TEXT NOT NULL CHECK (grounds IN ('cannot_serve','after_reminder','breach_of_law')),"
                            " reason TEXT NOT NULL,"
                            " clause TEXT NOT NULL,"
                            " reminder_id INTEGER REFERENCES takeover_reminders(id))"),
             QStringLiteral("CREATE TABLE customers ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " uscc TEXT NOT NULL UNIQUE,"
                            " legal_rep TEXT NOT NULL DEFAULT '',"
                            " contact TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " industry TEXT NOT NULL DEFAULT '',"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            // NULL: the developing agent serves; set: the provider took over (§2.3, §9.6)
                            " taken_over_on TEXT,"
                            " takeover_id INTEGER REFERENCES takeovers(id),"
                            " qualification TEXT NOT NULL DEFAULT 'pending'"
                            "  CHECK (qualification IN ('pending','approved','rejected','more_documents')),"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX customers_agent ON customers(agent_id)"),
         }},
        {5,
         "plans, price history, tier proposals and the number pool",
         {
             QStringLiteral("CREATE TABLE plans ("
                            " id INTEGER PRIMARY KEY,"
                            " code TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " carrier TEXT NOT NULL CHECK (carrier IN ('telecom','unicom','mobile')),"
                            " annual_fee_fen INTEGER NOT NULL CHECK (annual_fee_fen > 0),"
                            " included_minutes INTEGER NOT NULL DEFAULT 0 CHECK (included_minutes >= 0),"
                            " per_minute_fen INTEGER NOT NULL DEFAULT 0 CHECK (per_minute_fen >= 0),"
                            " carrier_cost_fen INTEGER NOT NULL CHECK (carrier_cost_fen >= 0),"
                            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),"
                            " created_at TEXT NOT NULL)"),
             // Price history is never overwritten (§2.4): a change is a new row.
             QStringLiteral("CREATE TABLE prices ("
                            " id INTEGER PRIMARY KEY,"
                            " plan_id INTEGER NOT NULL REFERENCES plans(id),"
                            " tier TEXT NOT NULL CHECK (tier IN ('standard','silver','gold','diamond')),"
                            " level INTEGER NOT NULL CHECK (level IN (1,2)),"
                            " price_fen INTEGER NOT NULL CHECK (price_fen > 0),"
                            " effective_from TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " reference TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX prices_in_force ON prices(plan_id, tier, level, effective_from, id)"),
             QStringLiteral("CREATE TRIGGER prices_no_update BEFORE UPDATE ON prices"
                            " BEGIN SELECT RAISE(ABORT, 'price history is never overwritten'); END"),
             QStringLiteral("CREATE TRIGGER prices_no_delete BEFORE DELETE ON prices"
                            " BEGIN SELECT RAISE(ABORT, 'price history is never overwritten'); END"),
             QStringLiteral("CREATE TABLE tier_proposals ("
                            " id INTEGER PRIMARY KEY,"
                            " quarter TEXT NOT NULL,"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " task INTEGER,"
                            " activations INTEGER NOT NULL,"
                            " completion_pct INTEGER,"
                            " tier TEXT NOT NULL,"
                            " proposed_tier TEXT,"
                            " status TEXT NOT NULL CHECK (status IN ('none','proposed','approved','declined')),"
                            " decided_by TEXT,"
                            " decided_on TEXT,"
                            " effective_from TEXT,"
                            " evaluated_at TEXT NOT NULL,"
                            " UNIQUE (quarter, agent_id))"),
             QStringLiteral("CREATE TABLE numbers ("
                            " id INTEGER PRIMARY KEY,"
                            " number TEXT NOT NULL UNIQUE,"
                            " carrier TEXT NOT NULL CHECK (carrier IN ('telecom','unicom','mobile')),"
                            " grade TEXT NOT NULL CHECK (grade IN ('premium','special','normal')),"
                            " status TEXT NOT NULL DEFAULT 'available' CHECK (status IN"
                            "  ('available','reserved','active','suspended','reclaimed','cancelled')),"
                            " customer_id INTEGER REFERENCES customers(id),"
                            // The agent that opened the number: its quarterly task counts it (§2.4).
                            " agent_id INTEGER REFERENCES agents(id),"
                            " plan_id INTEGER REFERENCES plans(id),"
                            " reserved_until TEXT,"
                            " activated_on TEXT,"
                            " paid_through TEXT,"
                            " suspended_on TEXT,"
                            " suspension TEXT CHECK (suspension IN ('arrears','fraud')),"
                            " reclaimed_on TEXT,"
                            " cancelled_on TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX numbers_status ON numbers(status, paid_through)"),
             QStringLiteral("CREATE INDEX numbers_customer ON numbers(customer_id)"),
             QStringLiteral("CREATE INDEX numbers_agent_activated ON numbers(agent_id, activated_on)"),
         }},
        {6,
         "reviews and documents, spot checks, destinations, payments, notices, number events",
         {
             // The handler who signs for the customer; empty when it is the legal representative.
             QStringLiteral("ALTER TABLE customers ADD COLUMN handler_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE numbers ADD COLUMN status_since TEXT"),
             QStringLiteral("ALTER TABLE numbers ADD COLUMN reserved_for INTEGER REFERENCES customers(id)"),
             QStringLiteral("CREATE INDEX numbers_suspended ON numbers(status, suspended_on)"),
             // Paging the numbers view by status in number order without sorting.
             QStringLiteral("CREATE INDEX numbers_status_number ON numbers(status, number)"),
             QStringLiteral("CREATE INDEX numbers_grade_number ON numbers(grade, number)"),
             QStringLiteral("CREATE INDEX numbers_reserved ON numbers(status, reserved_until)"),
             QStringLiteral("CREATE TABLE customer_documents ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('business_licence','legal_rep_id',"
                            "  'application_form','commitment_letter','handler_id','authorisation_letter')),"
                            " file_name TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " content BLOB NOT NULL,"
                            " added_on TEXT NOT NULL,"
                            " added_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX customer_documents_customer ON customer_documents(customer_id, kind)"),
             QStringLiteral("CREATE TABLE spot_check_plans ("
                            " id INTEGER PRIMARY KEY,"
                            " planned_on TEXT NOT NULL,"
                            " seed INTEGER NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " created_by TEXT NOT NULL)"),
             // Qualification reviews, follow-up reviews and spot checks of a customer.
             QStringLiteral("CREATE TABLE reviews ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('qualification','follow_up','spot_check')),"
                            " opened_on TEXT NOT NULL,"
                            " due_on TEXT,"
                            " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),"
                            " outcome TEXT CHECK (outcome IN ('approved','rejected','more_documents',"
                            "  'pass','issue','fraud')),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " decided_on TEXT,"
                            " decided_by TEXT,"
                            " plan_id INTEGER REFERENCES spot_check_plans(id))"),
             QStringLiteral("CREATE INDEX reviews_customer ON reviews(customer_id, kind, status)"),
             QStringLiteral("CREATE INDEX reviews_open ON reviews(status, kind, opened_on)"),
             QStringLiteral("CREATE TABLE number_destinations ("
                            " id INTEGER PRIMARY KEY,"
                            " number_id INTEGER NOT NULL REFERENCES numbers(id),"
                            " phone TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " UNIQUE (number_id, position))"),
             QStringLiteral("CREATE TABLE payments ("
                            " id INTEGER PRIMARY KEY,"
                            " number_id INTEGER NOT NULL REFERENCES numbers(id),"
                            " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                            " paid_on TEXT NOT NULL,"
                            " months INTEGER NOT NULL CHECK (months > 0),"
                            " period_from TEXT NOT NULL,"
                            " period_to TEXT NOT NULL,"
                            " payer_agent_id INTEGER REFERENCES agents(id),"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX payments_number ON payments(number_id, paid_on)"),
             // Messages the provider owes (§2.10, §2.8); NULL recipient: the provider itself.
             QStringLiteral("CREATE TABLE notices ("
                            " id INTEGER PRIMARY KEY,"
                            " notice_date TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('renewal_due','suspended','reclaim_warning',"
                            "  'reclaimed','maintenance')),"
                            " number_id INTEGER REFERENCES numbers(id),"
                            " recipient_agent_id INTEGER REFERENCES agents(id),"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX notices_once ON notices(kind, number_id, notice_date)"
                            " WHERE number_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX notices_date ON notices(notice_date)"),
             // Every status change of a number with its true date; the sweep writes
             // these in bulk instead of one audit entry per number.
             QStringLiteral("CREATE TABLE number_events ("
                            " id INTEGER PRIMARY KEY,"
                            " number_id INTEGER NOT NULL REFERENCES numbers(id),"
                            " event_date TEXT NOT NULL,"
                            " from_status TEXT NOT NULL,"
                            " to_status TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX number_events_number ON number_events(number_id, event_date)"),
             QStringLiteral("CREATE TABLE sweep_runs ("
                            " id INTEGER PRIMARY KEY,"
                            " up_to TEXT NOT NULL,"
                            " run_at TEXT NOT NULL,"
                            " run_by TEXT NOT NULL,"
                            " summary TEXT NOT NULL)"),
         }},
        {7,
         "platform incidents, their affected agents and customer disputes (§2.8)",
         {
             // Timestamps are UTC ISO 8601; ends_at NULL while an outage goes on,
             // noticed_at NULL for an unannounced outage.
             QStringLiteral("CREATE TABLE incidents ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('maintenance','outage')),"
                            " title TEXT NOT NULL,"
                            " cause TEXT NOT NULL CHECK (cause IN ('platform','carrier','attack','other')),"
                            " starts_at TEXT NOT NULL,"
                            " ends_at TEXT,"
                            " noticed_at TEXT,"
                            " channel TEXT CHECK (channel IN ('letter','fax','phone','email')),"
                            " description TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " CHECK ((noticed_at IS NULL) = (channel IS NULL)))"),
             QStringLiteral("CREATE INDEX incidents_starts ON incidents(starts_at)"),
             // No row for an incident: it affects every agent.
             QStringLiteral("CREATE TABLE incident_agents ("
                            " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                            " agent_id INTEGER NOT NULL REFERENCES agents(id),"
                            " PRIMARY KEY (incident_id, agent_id))"),
             QStringLiteral("CREATE TABLE disputes ("
                            " id INTEGER PRIMARY KEY,"
                            " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                            " raised_on TEXT NOT NULL,"
                            " description TEXT NOT NULL,"
                            " provider_liable INTEGER NOT NULL DEFAULT 0 CHECK (provider_liable IN (0,1)),"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX disputes_incident ON disputes(incident_id)"),
             // The maintenance a notice announces (§2.8); NULL for the other kinds.
             QStringLiteral("ALTER TABLE notices ADD COLUMN incident_id INTEGER REFERENCES incidents(id)"),
         }},
        {8,
         "the provider's profile printed on contracts and letters",
         {
             // One row (SPEC §1 "provider": one per database); empty until an admin sets it.
             QStringLiteral("CREATE TABLE provider_profile ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " name TEXT NOT NULL DEFAULT '',"
                            " licence TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT,"
                            " updated_by TEXT)"),
             QStringLiteral("INSERT INTO provider_profile (id) VALUES (1)"),
         }},
    };
    return steps;
}

} // namespace cd
