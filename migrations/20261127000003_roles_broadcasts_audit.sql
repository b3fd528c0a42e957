-- Role invitations, broadcasts and the audit log.

-- A one-time deep link (start=invite-<token>) that grants a role to whoever opens it first, until it expires.
CREATE TABLE invites (
    token        TEXT PRIMARY KEY NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('facilitator', 'organiser')),
    cohort_code  TEXT REFERENCES cohorts (code) ON DELETE CASCADE,
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_by      INTEGER,
    used_at      TEXT
) STRICT;

-- An announcement to an audience; one outbox row per recipient, written in the same transaction.
CREATE TABLE broadcasts (
    id              INTEGER PRIMARY KEY,
    author          INTEGER NOT NULL,
    audience        TEXT NOT NULL,
    text            TEXT NOT NULL,
    recipients      INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    report_queued   INTEGER NOT NULL DEFAULT 0
) STRICT;

ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER REFERENCES broadcasts (id) ON DELETE CASCADE;
CREATE INDEX outbox_by_broadcast ON outbox (broadcast_id, status);

-- Who did what and when: grants, broadcasts, exports, deletions. No message texts, no personal data.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL
) STRICT;
