//! Small facts the running bot records for the command line, such as its own username for deep links.

use sqlx::SqlitePool;

use super::StorageError;

pub const BOT_USERNAME: &str = "bot_username";

pub async fn set(pool: &SqlitePool, key: &str, value: &str) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO bot_facts (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn get(pool: &SqlitePool, key: &str) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar("SELECT value FROM bot_facts WHERE key = ?").bind(key).fetch_optional(pool).await?)
}
