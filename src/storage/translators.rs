//! Translators: who may translate published recommendations, into which languages (organisers: any).

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::TelegramId;

/// Lets `user` translate into `language`; `false` if they already could.
pub async fn grant(
    conn: &mut SqliteConnection,
    user: TelegramId,
    language: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let done = sqlx::query(
        "INSERT INTO translators (telegram_id, language, granted_at, granted_by) VALUES (?, ?, ?, ?) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(language)
    .bind(now)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// `false` if `user` did not translate into `language`. Their chat is marked for the default command menu, as
/// on a role's revocation (`roles::revoke_in`).
pub async fn revoke(conn: &mut SqliteConnection, user: TelegramId, language: &str) -> Result<bool, StorageError> {
    let done = sqlx::query("DELETE FROM translators WHERE telegram_id = ? AND language = ?")
        .bind(user)
        .bind(language)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO stale_menus (telegram_id) VALUES (?) ON CONFLICT DO NOTHING")
        .bind(user)
        .execute(conn)
        .await?;
    Ok(true)
}

/// The languages `user` translates into, as stored now.
pub async fn languages_of(conn: &mut SqliteConnection, user: TelegramId) -> Result<Vec<String>, StorageError> {
    Ok(sqlx::query_scalar("SELECT language FROM translators WHERE telegram_id = ? ORDER BY language")
        .bind(user)
        .fetch_all(conn)
        .await?)
}

/// Every translator grant: who, which language, when, by whom.
pub async fn all(pool: &SqlitePool) -> Result<Vec<(TelegramId, String, DateTime<Utc>, String)>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT telegram_id, language, granted_at, granted_by FROM translators ORDER BY telegram_id, language",
    )
    .fetch_all(pool)
    .await?)
}
