-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 3: users and roles. A company without users is open to whoever opens the file (as
-- before); its first user is its administrator, and from then on it opens by logging in.

-- Custom roles: named sets of permissions. The built-in roles (administrator, manager,
-- bookkeeper, clerk) are Kontor's own and not stored.
CREATE TABLE roles (
    name        TEXT PRIMARY KEY,
    permissions TEXT NOT NULL,   -- permission keys, space-separated: "view_orders edit_orders"
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL UNIQUE,   -- the login name, lower case
    full_name            TEXT    NOT NULL,
    role                 TEXT    NOT NULL,
    password_hash        TEXT    NOT NULL,          -- Argon2id, libsodium's crypto_pwhash_str
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until         TEXT,
    password_changed_at  TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    CHECK (name = lower(trim(name)) AND name <> '')
);

-- The audit log as a hash chain: each row's hash is the SHA-256 of the previous row's hash and
-- the row's own fields (audit/auditlog.cpp says how), so `kontor-cli check` finds a row that was
-- changed, removed or slipped in. The only change the log still allows is giving a row written
-- before schema 3 its hash, which Kontor does when it next opens the company.
ALTER TABLE audit_log ADD COLUMN hash TEXT;
-- The audit page filters by user (and lists them), newest first.
CREATE INDEX audit_log_user ON audit_log (user_name, id);
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id = OLD.id
          AND NEW.occurred_at = OLD.occurred_at AND NEW.user_name = OLD.user_name
          AND NEW.action = OLD.action AND NEW.record_type = OLD.record_type
          AND NEW.record_id IS OLD.record_id AND NEW.summary = OLD.summary
          AND NEW.import_batch_id IS OLD.import_batch_id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Who has the company open, kept fresh by a heartbeat: a window tells its user who else works
-- in the file. A row not seen for a few minutes belongs to a Kontor that ended without saying.
CREATE TABLE open_sessions (
    id         INTEGER PRIMARY KEY,
    user_name  TEXT    NOT NULL,
    host       TEXT    NOT NULL,
    process_id INTEGER NOT NULL,
    opened_at  TEXT    NOT NULL,
    seen_at    TEXT    NOT NULL
);
