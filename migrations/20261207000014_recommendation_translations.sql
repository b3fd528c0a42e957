-- Translations of approved recommendations, one per language, with who made or last edited each and when. The
-- Summit report needs English; readers get their language where there is one.

CREATE TABLE recommendation_translations (
    recommendation_id  INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    language           TEXT NOT NULL,
    text               TEXT NOT NULL,
    translated_by      INTEGER NOT NULL,
    translated_at      TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, language)
) STRICT;
