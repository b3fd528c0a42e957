//! The audit log: who did what, and when. Details name objects (ids, codes, counts), never message texts or
//! personal data.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqlitePool};

use super::StorageError;

pub async fn record<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    actor: &str,
    action: &str,
    detail: &str,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)")
        .bind(at)
        .bind(actor)
        .bind(action)
        .bind(detail)
        .execute(db)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// The latest entries, newest first.
pub async fn latest(pool: &SqlitePool, limit: i64) -> Result<Vec<Entry>, StorageError> {
    Ok(sqlx::query_as("SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?")
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

/// The actor name of a Telegram user.
pub fn telegram(user: i64) -> String {
    format!("telegram:{user}")
}
