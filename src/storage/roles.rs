//! Roles granted to Telegram users: facilitators (of a cohort, or of all) and organisers.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, Role, RoleGrant, TelegramId};

/// Grants a role (on the pool, or on a connection inside a transaction); granting one that is already held
/// changes nothing, and the answer is whether it is new. `granted_by` says who or what did it (a Telegram id,
/// `cli`, `ADMIN_IDS`, an invitation).
pub async fn grant<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    user: TelegramId,
    role: Role,
    cohort: Option<&CohortCode>,
    granted_by: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let done = sqlx::query(
        "INSERT INTO roles (telegram_id, role, cohort_code, granted_at, granted_by) VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(role.as_str())
    .bind(cohort.map(CohortCode::as_str))
    .bind(now)
    .bind(granted_by)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Every role a user holds.
pub async fn grants_of<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Sqlite>,
    user: TelegramId,
) -> Result<Vec<RoleGrant>, StorageError> {
    let rows: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT role, cohort_code FROM roles WHERE telegram_id = ?").bind(user).fetch_all(db).await?;
    Ok(rows.into_iter().filter_map(|(role, cohort)| grant_from(&role, cohort.as_deref())).collect())
}

/// A stored grant; `None` for one this version does not know (it grants nothing).
pub(super) fn grant_from(role: &str, cohort: Option<&str>) -> Option<RoleGrant> {
    let role = role.parse::<Role>().ok()?;
    let cohort = match cohort {
        Some(code) => Some(CohortCode::parse(code).ok()?),
        None => None,
    };
    Some(RoleGrant { role, cohort })
}

/// Revokes a role, with the same cohort (or none) as it was granted with; the answer is whether it was held.
/// The person's chat is marked for the default command menu (see [`has_stale_menu`]), in the same transaction.
pub async fn revoke(
    pool: &SqlitePool,
    user: TelegramId,
    role: Role,
    cohort: Option<&CohortCode>,
) -> Result<bool, StorageError> {
    let mut tx = super::begin_write(pool).await?;
    let revoked = revoke_in(&mut tx, user, role, cohort).await?;
    tx.commit().await?;
    Ok(revoked)
}

/// [`revoke`] inside the caller's transaction (which records who revoked it).
pub async fn revoke_in(
    tx: &mut SqliteConnection,
    user: TelegramId,
    role: Role,
    cohort: Option<&CohortCode>,
) -> Result<bool, StorageError> {
    let done = sqlx::query("DELETE FROM roles WHERE telegram_id = ? AND role = ? AND cohort_code IS ?")
        .bind(user)
        .bind(role.as_str())
        .bind(cohort.map(CohortCode::as_str))
        .execute(&mut *tx)
        .await?;
    let revoked = done.rows_affected() > 0;
    if revoked {
        let withdrawn = super::invites::withdraw_if_not_organiser(tx, user).await?;
        if withdrawn > 0 {
            tracing::info!(withdrawn, "unused invitations of a revoked organiser withdrawn");
        }
        sqlx::query("INSERT INTO stale_menus (telegram_id) VALUES (?) ON CONFLICT DO NOTHING")
            .bind(user)
            .execute(&mut *tx)
            .await?;
    }
    Ok(revoked)
}

/// Whether the person's chat may still show a revoked role's menu.
pub async fn has_stale_menu<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    user: TelegramId,
) -> Result<bool, StorageError> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM stale_menus WHERE telegram_id = ?").bind(user).fetch_optional(db).await?;
    Ok(found.is_some())
}

/// Forgets that the person's menu was stale, once it has been reset.
pub async fn clear_stale_menu<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    user: TelegramId,
) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM stale_menus WHERE telegram_id = ?").bind(user).execute(db).await?;
    Ok(())
}

/// A role as granted: to whom, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRecord {
    pub user: TelegramId,
    pub grant: RoleGrant,
    pub granted_at: DateTime<Utc>,
    pub granted_by: String,
}

#[derive(sqlx::FromRow)]
struct GrantRow {
    telegram_id: TelegramId,
    role: String,
    cohort_code: Option<String>,
    granted_at: DateTime<Utc>,
    granted_by: String,
}

/// Every role granted, by person and role (grants this version does not know are left out).
pub async fn all(pool: &SqlitePool) -> Result<Vec<GrantRecord>, StorageError> {
    let rows: Vec<GrantRow> = sqlx::query_as(
        "SELECT telegram_id, role, cohort_code, granted_at, granted_by FROM roles \
         ORDER BY telegram_id, role, IFNULL(cohort_code, '')",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let grant = grant_from(&row.role, row.cohort_code.as_deref())?;
            Some(GrantRecord { user: row.telegram_id, grant, granted_at: row.granted_at, granted_by: row.granted_by })
        })
        .collect())
}
