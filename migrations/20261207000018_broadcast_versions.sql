-- An announcement's versions in other languages: each recipient gets the one in their language, else the text
-- the author wrote (broadcasts.text).
CREATE TABLE broadcast_versions (
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, language)
) STRICT;
