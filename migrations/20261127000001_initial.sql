-- Cohorts, participants, roles and per-chat conversation state.
-- Times are UTC, stored as RFC 3339 text. Never edit this file once applied: add a new migration.

CREATE TABLE cohorts (
    code        TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE participants (
    telegram_id          INTEGER PRIMARY KEY NOT NULL,
    language             TEXT NOT NULL,
    name                 TEXT NOT NULL,
    birth_year           INTEGER NOT NULL,
    gender               TEXT NOT NULL,
    country              TEXT NOT NULL,
    municipality         TEXT NOT NULL,
    organisation         TEXT,
    cohort_code          TEXT REFERENCES cohorts (code) ON DELETE SET NULL,
    consent_at           TEXT NOT NULL,
    privacy_version      TEXT NOT NULL,
    guardian_consent_at  TEXT,
    status               TEXT NOT NULL DEFAULT 'active',
    registered_at        TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;

CREATE INDEX participants_by_cohort ON participants (cohort_code);

-- A role with no cohort applies to every cohort (organisers; facilitators granted programme-wide).
CREATE TABLE roles (
    telegram_id  INTEGER NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('facilitator', 'organiser')),
    cohort_code  TEXT REFERENCES cohorts (code) ON DELETE CASCADE,
    granted_at   TEXT NOT NULL,
    granted_by   TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX roles_unique ON roles (telegram_id, role, IFNULL(cohort_code, ''));

-- The teloxide dialogue state of each private chat, as JSON.
CREATE TABLE conversations (
    chat_id     INTEGER PRIMARY KEY NOT NULL,
    state       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Small facts the running bot learns and the CLI reads (the bot's username, for deep links).
CREATE TABLE bot_facts (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) STRICT;
