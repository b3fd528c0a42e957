-- Whether an earlier attempt at a row may have reached the person (its answer was lost, or a crash came while it
-- was in flight): such a row is sent again at most once more, so that a message arrives at most twice.
ALTER TABLE outbox ADD COLUMN maybe_sent INTEGER NOT NULL DEFAULT 0;
