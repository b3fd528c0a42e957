-- An invitation may make its opener a translator into a language, as `roles grant ID translator --language L`
-- does from the command line. SQLite cannot change a CHECK, so the table is made again with its rows.
CREATE TABLE invites_new (
    token        TEXT PRIMARY KEY NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('facilitator', 'organiser', 'translator')),
    cohort_code  TEXT REFERENCES cohorts (code) ON DELETE CASCADE,
    -- The language a translator's invitation is for; NULL for the other roles.
    language     TEXT CHECK ((role = 'translator') = (language IS NOT NULL)),
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_by      INTEGER,
    used_at      TEXT
) STRICT;
INSERT INTO invites_new (token, role, cohort_code, created_by, created_at, expires_at, used_by, used_at)
    SELECT token, role, cohort_code, created_by, created_at, expires_at, used_by, used_at FROM invites;
DROP TABLE invites;
ALTER TABLE invites_new RENAME TO invites;
CREATE INDEX invites_by_cohort ON invites (cohort_code);
