-- Youth recommendations for the Western Balkans Summit, their moderation and endorsements.

CREATE TABLE recommendations (
    id            INTEGER PRIMARY KEY,
    -- NULL once the author erased their data: the text stays, anonymous.
    author        INTEGER REFERENCES participants (telegram_id) ON DELETE SET NULL,
    theme         TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('local', 'national', 'regional', 'eu')),
    text          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at    TEXT NOT NULL,
    moderated_by  INTEGER,
    moderated_at  TEXT
) STRICT;

CREATE INDEX recommendations_by_status ON recommendations (status, theme);
CREATE INDEX recommendations_by_author ON recommendations (author, created_at);

CREATE TABLE endorsements (
    recommendation_id  INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    telegram_id        INTEGER NOT NULL REFERENCES participants (telegram_id) ON DELETE CASCADE,
    created_at         TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, telegram_id)
) STRICT;
