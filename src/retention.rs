//! RETENTION: a participant with no activity for that long is erased, through the path of their own `/delete`,
//! each erasure in the audit log (without the id); so is a registration whose guardian has not confirmed within
//! 14 days (and the young person told). `serve` looks once an hour.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use tokio::sync::watch;

use crate::clock::Clock;
use crate::storage::{self, StorageError, guardians, participants};

/// How often `serve` looks for people past the retention.
const EVERY: Duration = Duration::from_secs(3600);

/// Erases everyone inactive for `days` at `now`; returns how many.
pub async fn erase_inactive(writer: &SqlitePool, days: u32, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let before = now - chrono::Duration::days(i64::from(days));
    let mut erased = 0;
    for id in participants::inactive_since(writer, before).await? {
        // Checked again in the erasure's own transaction: someone may have written in the meantime.
        if participants::erase_inactive(writer, id, before, days, now).await? {
            erased += 1;
        }
    }
    if erased > 0 {
        storage::forget_erased(writer).await?;
        tracing::info!(erased, days, "participants past the retention erased");
    }
    Ok(erased)
}

/// Erases those whose guardian has not confirmed in time; returns how many.
pub async fn erase_unconfirmed(writer: &SqlitePool, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let erased = guardians::erase_unconfirmed(writer, now).await?;
    if erased > 0 {
        storage::forget_erased(writer).await?;
        tracing::info!(erased, "registrations without a guardian's agreement erased");
    }
    Ok(erased)
}

/// Erases those past the retention, and registrations still without a guardian's agreement after
/// [`crate::domain::GUARDIAN_WAIT_DAYS`], every hour until `stop` turns true.
pub async fn run(writer: SqlitePool, days: u32, clock: Arc<dyn Clock>, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = erase_inactive(&writer, days, clock.now()).await {
            tracing::error!(error = %e, "erasing participants past the retention failed; trying again in an hour");
        }
        if let Err(e) = erase_unconfirmed(&writer, clock.now()).await {
            tracing::error!(error = %e, "erasing unconfirmed registrations failed; trying again in an hour");
        }
        tokio::select! {
            () = tokio::time::sleep(EVERY) => {}
            _ = stop.wait_for(|stopping| *stopping) => return,
        }
    }
}
