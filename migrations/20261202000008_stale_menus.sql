-- People whose role was revoked (`roles revoke`), whose chat may still show that role's command menu: the bot
-- puts the default menu back the next time they send /start or /help, and removes their row.
CREATE TABLE stale_menus (
    telegram_id  INTEGER PRIMARY KEY NOT NULL
) STRICT;
