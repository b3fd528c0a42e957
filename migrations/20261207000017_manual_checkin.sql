-- Who marked someone present by hand (a facilitator's Telegram id); NULL when they checked in themselves
-- with the session's code. Erased with the participant's row.
ALTER TABLE rsvps ADD COLUMN checked_in_by INTEGER;

-- The delivery worker looks, every round, for people marked by hand after their session's invitations went out:
-- those rows only, kept apart so that the look does not read every answer.
CREATE INDEX rsvps_marked_by_hand ON rsvps (checked_in_at) WHERE checked_in_by IS NOT NULL;
