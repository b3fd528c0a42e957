-- Telegram update ids already handled: after a crash Telegram delivers again the updates the bot had not
-- confirmed, and each must be handled once. Recorded in the same transaction as the turn; pruned after two days.
CREATE TABLE processed_updates (
    update_id  INTEGER PRIMARY KEY NOT NULL,
    at         TEXT NOT NULL
) STRICT;
