-- Handled update ids now live in each chat's conversation state (`last_update`): Telegram's ids only grow and a
-- chat's updates are handled in order, so one id per chat tells a redelivered update apart, in the same write
-- as the turn, without a table that grows with every update.
DROP TABLE processed_updates;
