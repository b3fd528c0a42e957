-- Feedback surveys: which survey a session uses, invitations planned, responses and their answers.

-- NULL: the default survey.
ALTER TABLE sessions ADD COLUMN survey_id TEXT;

-- Sessions whose survey invitations have been planned (once each).
CREATE TABLE survey_runs (
    session_id  INTEGER PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    planned_at  TEXT NOT NULL
) STRICT;

-- Who has answered a session's survey: one response per person and session. Kept apart from the responses,
-- with no time and no insertion order (WITHOUT ROWID: rows are kept in key order), so that an anonymous
-- response cannot be joined back to the person. Anonymous responses also keep only the day they came.
CREATE TABLE survey_done (
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    telegram_id  INTEGER NOT NULL REFERENCES participants (telegram_id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, telegram_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    survey_id       TEXT NOT NULL,
    survey_version  INTEGER NOT NULL,
    -- NULL for anonymous surveys, and once the participant erased their data.
    telegram_id     INTEGER REFERENCES participants (telegram_id) ON DELETE SET NULL,
    submitted_at    TEXT NOT NULL
) STRICT;

CREATE INDEX survey_responses_by_session ON survey_responses (session_id);

-- One row per answered question; a skipped question has no row.
CREATE TABLE survey_answers (
    response_id  INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id)
) STRICT;
