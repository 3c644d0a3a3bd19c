-- authctl schema version 1: the contract between authctl and the web app.
--
-- Every rule a web app writing this file directly must also obey is enforced
-- here, by SQLite itself: unique auth ids (case-insensitive), unique values of
-- the properties named in unique_properties (case-insensitive), foreign keys
-- with cascading deletes, and the list of token subjects.
-- Connections must enable `PRAGMA foreign_keys = ON` and set a busy_timeout;
-- the file runs in WAL journal mode (set by `authctl init`).
-- Times are Unix seconds, UTC.

-- One row per account.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    -- argon2id PHC string, a legacy webapp2 `hexdigest$method$salt`, another
    -- imported form awaiting upgrade (see README), or NULL: no password yet.
    password_hash TEXT NULL,
    -- 1 once the e-mail address is confirmed.
    verified      INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    -- 1 when an admin locked the account: the web app must refuse the login.
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL,
    -- moved by every change to the user, its auth ids or its properties.
    updated_at    INTEGER NOT NULL
);

-- Login names (username, e-mail address, `google:1234`); a user has one or more.
-- COLLATE NOCASE on the primary key makes uniqueness case-insensitive (ASCII).
CREATE TABLE auth_ids (
    auth_id TEXT PRIMARY KEY COLLATE NOCASE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE
);
CREATE INDEX auth_ids_user_id ON auth_ids(user_id);

-- Free-form attributes (webapp2's Expando properties).
CREATE TABLE user_properties (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);
-- Serves the uniqueness triggers below and `user list --prop NAME=VALUE`.
CREATE INDEX user_properties_name_value ON user_properties(name, value COLLATE NOCASE);

-- Names of properties whose values must differ between users (case-insensitive).
CREATE TABLE unique_properties (
    name TEXT PRIMARY KEY
);

-- A value of a unique property may not be held by another user.
CREATE TRIGGER user_properties_unique_insert
BEFORE INSERT ON user_properties
WHEN NEW.name IN (SELECT name FROM unique_properties)
 AND EXISTS (SELECT 1 FROM user_properties AS p
             WHERE p.name = NEW.name
               AND p.value = NEW.value COLLATE NOCASE
               AND p.user_id <> NEW.user_id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: user_properties unique value');
END;

CREATE TRIGGER user_properties_unique_update
BEFORE UPDATE OF name, value, user_id ON user_properties
WHEN NEW.name IN (SELECT name FROM unique_properties)
 AND EXISTS (SELECT 1 FROM user_properties AS p
             WHERE p.name = NEW.name
               AND p.value = NEW.value COLLATE NOCASE
               AND p.user_id <> NEW.user_id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: user_properties unique value');
END;

-- Declaring a property unique fails while its values already collide.
CREATE TRIGGER unique_properties_no_collision
BEFORE INSERT ON unique_properties
WHEN EXISTS (SELECT 1 FROM user_properties AS a
             JOIN user_properties AS b
               ON b.name = a.name
              AND b.value = a.value COLLATE NOCASE
              AND b.user_id <> a.user_id
             WHERE a.name = NEW.name)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: existing values of the property collide');
END;

-- Tokens: only the SHA-256 digest (lowercase hex) of the token string is stored.
-- `auth` sessions are written by the web app; authctl issues the others.
CREATE TABLE user_tokens (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    subject    TEXT NOT NULL CHECK (subject IN ('auth', 'signup', 'reset', 'bearer')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    -- valid while now < expires_at
    expires_at INTEGER NOT NULL
);
CREATE INDEX user_tokens_expires_at ON user_tokens(expires_at);
CREATE INDEX user_tokens_user_subject ON user_tokens(user_id, subject);

-- One row per change, written in the change's own transaction.
-- No foreign key on user_id: the record outlives the user.
-- detail is JSON and never holds a password, a hash or a token.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    user_id INTEGER NULL,
    detail  TEXT NULL
);
CREATE INDEX audit_log_user_id ON audit_log(user_id);
