-- Sessions, RSVPs and check-ins, the delivery outbox, and reminder bookkeeping.

CREATE TABLE sessions (
    id                INTEGER PRIMARY KEY,
    cohort_code       TEXT NOT NULL REFERENCES cohorts (code),
    title             TEXT NOT NULL,
    module            TEXT,
    starts_at         TEXT NOT NULL,
    timezone          TEXT NOT NULL,
    duration_seconds  INTEGER NOT NULL CHECK (duration_seconds > 0),
    location          TEXT,
    checkin_code      TEXT NOT NULL UNIQUE,
    cancelled         INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_by_start ON sessions (starts_at);
CREATE INDEX sessions_by_cohort ON sessions (cohort_code, starts_at);

-- One row per participant and session: the RSVP and/or the check-in.
CREATE TABLE rsvps (
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    telegram_id    INTEGER NOT NULL REFERENCES participants (telegram_id) ON DELETE CASCADE,
    answer         TEXT CHECK (answer IN ('coming', 'not_coming')),
    answered_at    TEXT,
    checked_in_at  TEXT,
    PRIMARY KEY (session_id, telegram_id)
) STRICT;

-- Which reminder offsets of a session have been handled (sent, or skipped as missed), so that none is sent twice.
CREATE TABLE reminder_runs (
    session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    offset_seconds  INTEGER NOT NULL,
    handled_at      TEXT NOT NULL,
    PRIMARY KEY (session_id, offset_seconds)
) STRICT;

-- Messages nobody asked for (reminders, notices, later broadcasts and survey invitations): written in the same
-- transaction as the decision to send, sent by the delivery worker, each row's outcome recorded.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    session_id  INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
    payload     TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'blocked', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    done_at     TEXT
) STRICT;

CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_by_chat ON outbox (chat_id);

ALTER TABLE participants ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;
