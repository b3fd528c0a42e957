//! One-time role invitations, opened through `start=invite-<token>`.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, Role, RoleGrant, TelegramId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub token: String,
    pub grant: RoleGrant,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
}

pub async fn create(
    conn: &mut SqliteConnection,
    token: &str,
    grant: &RoleGrant,
    created_by: TelegramId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO invites (token, role, cohort_code, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(token)
    .bind(grant.role.as_str())
    .bind(grant.cohort.as_ref().map(CohortCode::as_str))
    .bind(created_by)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    role: String,
    cohort_code: Option<String>,
    expires_at: DateTime<Utc>,
    used_by: Option<i64>,
}

pub async fn find(pool: &SqlitePool, token: &str) -> Result<Option<Invite>, StorageError> {
    let row: Option<Row> = sqlx::query_as("SELECT role, cohort_code, expires_at, used_by FROM invites WHERE token = ?")
        .bind(token)
        .fetch_optional(pool)
        .await?;
    let Some(Row { role, cohort_code: cohort, expires_at, used_by }) = row else { return Ok(None) };
    let role: Role = role.parse().map_err(StorageError::Corrupt)?;
    let cohort = cohort.map(|c| CohortCode::parse(&c)).transpose().map_err(|e| StorageError::Corrupt(e.to_string()))?;
    Ok(Some(Invite { token: token.to_owned(), grant: RoleGrant { role, cohort }, expires_at, used: used_by.is_some() }))
}

/// Marks the invitation used by `user`; false if someone used it first.
pub async fn redeem(
    conn: &mut SqliteConnection,
    token: &str,
    user: TelegramId,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let done = sqlx::query(
        "UPDATE invites SET used_by = ?, used_at = ? WHERE token = ? AND used_by IS NULL AND expires_at > ?",
    )
    .bind(user)
    .bind(now)
    .bind(token)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
