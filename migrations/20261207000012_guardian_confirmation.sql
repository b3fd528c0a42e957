-- A parent's or guardian's agreement, confirmed rather than taken on the young person's word.
-- * How it was confirmed: 'telegram' (the guardian agreed from their own account, whose id is kept),
--   'paper' (a facilitator of the cohort holds the signed form; who confirmed is kept) or 'declared' (the young
--   person pressed "My parent/guardian agrees", as registration asked before this version; kept as it was, so
--   organisers can follow those up, and shown as such in exports).
-- * Someone who needs the agreement and has not got it is 'pending_guardian' (no reminders, no announcements)
--   and has one open request: the one-time link's token, and since when they wait (14 days, then erased).

ALTER TABLE participants ADD COLUMN guardian_method TEXT
    CHECK (guardian_method IN ('telegram', 'paper', 'declared'));
ALTER TABLE participants ADD COLUMN guardian_telegram_id INTEGER;
ALTER TABLE participants ADD COLUMN guardian_confirmed_by INTEGER;

UPDATE participants SET guardian_method = 'declared' WHERE guardian_consent_at IS NOT NULL;

CREATE TABLE guardian_requests (
    telegram_id   INTEGER PRIMARY KEY NOT NULL REFERENCES participants (telegram_id) ON DELETE CASCADE,
    token         TEXT NOT NULL UNIQUE,
    requested_at  TEXT NOT NULL
) STRICT;

CREATE INDEX participants_by_status ON participants (status);
