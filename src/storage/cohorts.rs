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
