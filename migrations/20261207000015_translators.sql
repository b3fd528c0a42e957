-- Translators: people who may translate published recommendations into the languages named, one row each.
-- Granted and revoked from the command line, like the other roles; organisers translate into any language.

CREATE TABLE translators (
    telegram_id  INTEGER NOT NULL,
    language     TEXT NOT NULL,
    granted_at   TEXT NOT NULL,
    granted_by   TEXT NOT NULL,
    PRIMARY KEY (telegram_id, language)
) STRICT;
