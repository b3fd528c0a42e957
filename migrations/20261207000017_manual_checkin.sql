-- Who marked someone present by hand (a facilitator's Telegram id); NULL when they checked in themselves
-- with the session's code. Erased with the participant's row.
ALTER TABLE rsvps ADD COLUMN checked_in_by INTEGER;
