//! Cohorts: created from the command line, joined through deep links.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, Country};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    pub code: CohortCode,
    pub name: String,
    pub country: Option<Country>,
}

#[derive(Debug, thiserror::Error)]
pub enum AddCohortError {
    #[error("a cohort with the code {0} already exists")]
    Exists(CohortCode),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

pub async fn add(pool: &SqlitePool, cohort: &Cohort, now: DateTime<Utc>) -> Result<(), AddCohortError> {
    let result = sqlx::query("INSERT INTO cohorts (code, name, country, created_at) VALUES (?, ?, ?, ?)")
        .bind(cohort.code.as_str())
        .bind(&cohort.name)
        .bind(cohort.country.map(Country::code))
        .bind(now)
        .execute(pool)
        .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(AddCohortError::Exists(cohort.code.clone())),
        Err(e) => Err(StorageError::from(e).into()),
    }
}

/// The cohort's name, if the code exists.
pub async fn name_of<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    code: &CohortCode,
) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar("SELECT name FROM cohorts WHERE code = ?").bind(code.as_str()).fetch_optional(db).await?)
}

/// Whether the cohort is archived; `None` if no cohort has the code.
pub async fn is_archived<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    code: &CohortCode,
) -> Result<Option<bool>, StorageError> {
    Ok(sqlx::query_scalar("SELECT archived_at IS NOT NULL FROM cohorts WHERE code = ?")
        .bind(code.as_str())
        .fetch_optional(db)
        .await?)
}

/// Renames a cohort, audited as done by `actor` in the same transaction. `false`: no cohort has the code.
pub async fn rename(
    writer: &SqlitePool,
    code: &CohortCode,
    name: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let change = sqlx::query("UPDATE cohorts SET name = ?1 WHERE code = ?2").bind(name).bind(code.as_str());
    change_audited(writer, change, (actor, "cohort_renamed", code), now).await
}

/// Archives a cohort: no more reminders or announcements to it, not offered where cohorts are picked; its data
/// stays. Audited as done by `actor` in the same transaction. `false`: no such cohort, or archived already.
pub async fn archive(
    writer: &SqlitePool,
    code: &CohortCode,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let change = sqlx::query("UPDATE cohorts SET archived_at = ?1 WHERE code = ?2 AND archived_at IS NULL")
        .bind(now)
        .bind(code.as_str());
    change_audited(writer, change, (actor, "cohort_archived", code), now).await
}

/// Runs `change` on one cohort and, if it changed it, records `action` by `actor` in the same transaction.
async fn change_audited(
    writer: &SqlitePool,
    change: sqlx::query::Query<'_, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>,
    (actor, action, code): (&str, &str, &CohortCode),
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = super::begin_write(writer).await?;
    let changed = change.execute(&mut *tx).await?.rows_affected() == 1;
    if changed {
        super::audit::record(&mut *tx, actor, action, &format!("cohort {code}"), now).await?;
        tx.commit().await?;
    }
    Ok(changed)
}

/// SQL to follow a cohort-code column: true where that cohort is archived (a NULL code is in none).
pub const IN_ARCHIVED_COHORT: &str = "IN (SELECT code FROM cohorts WHERE archived_at IS NOT NULL)";

/// Every cohort's code that is not archived, in order (the cohorts offered as buttons).
pub async fn codes(pool: &SqlitePool) -> Result<Vec<CohortCode>, StorageError> {
    let codes: Vec<String> =
        sqlx::query_scalar("SELECT code FROM cohorts WHERE archived_at IS NULL ORDER BY code").fetch_all(pool).await?;
    codes.iter().map(|code| stored_code(code)).collect()
}

/// A code as stored, which was checked when the cohort was added.
fn stored_code(code: &str) -> Result<CohortCode, StorageError> {
    CohortCode::parse(code).map_err(|e| StorageError::Corrupt(format!("cohort code '{code}': {e}")))
}

/// Every cohort, by code, with the number of participants in it and whether it is archived.
pub async fn list(pool: &SqlitePool) -> Result<Vec<(Cohort, i64, bool)>, StorageError> {
    let rows: Vec<(String, String, Option<String>, i64, bool)> = sqlx::query_as(
        "SELECT c.code, c.name, c.country, COUNT(p.telegram_id), c.archived_at IS NOT NULL FROM cohorts c \
         LEFT JOIN participants p ON p.cohort_code = c.code GROUP BY c.code ORDER BY c.code",
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(code, name, country, participants, archived)| {
            let code = stored_code(&code)?;
            let country = match country {
                Some(c) => Some(c.parse::<Country>().map_err(StorageError::Corrupt)?),
                None => None,
            };
            Ok((Cohort { code, name, country }, participants, archived))
        })
        .collect()
}
