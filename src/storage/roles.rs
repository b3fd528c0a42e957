//! Roles granted to Telegram users: facilitators (of a cohort, or of all) and organisers.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite};

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
