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
