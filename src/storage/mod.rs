//! SQLite through sqlx: the pool, set up for a server, and one module per aggregate.
//!
//! Queries are runtime-checked (`sqlx::query`), each exercised by a test: this keeps the build free of a
//! database and of sqlx-cli on a fresh machine.

pub mod audit;
mod batch;
pub mod broadcasts;
mod checkpoint;
pub mod cohorts;
pub mod conversations;
pub mod facts;
pub mod invites;
mod lane;
pub mod outbox;
pub mod participants;
mod periodic;
pub mod recommendations;
pub mod roles;
pub mod sessions;
pub mod surveys;
#[cfg(test)]
mod test_db;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqliteConnection, SqlitePool, Transaction};

use crate::domain::{CohortCode, Reach};

pub use conversations::ConversationStore;
pub use lane::{LANE_READERS, Lane, LaneConnection};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("the database is closed (the bot is stopping), or its batch task has stopped")]
    Stopped,
    #[error("a batch of database statements panicked (a bug; see the log)")]
    Panicked,
    #[error("database statements took longer than {0:?} and were given up")]
    TimedOut(Duration),
}

/// Opens (creating if missing) the database, in WAL mode with foreign keys and a busy timeout, and applies the
/// embedded migrations.
pub async fn connect(url: &str) -> Result<SqlitePool, StorageError> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    // An in-memory database exists once per connection: keep a single one so that every query sees it.
    let max = if in_memory(url) { 1 } else { 4 };
    // No liveness check when a connection is taken from the pool: an SQLite connection is a file handle in
    // this process, and the check is one more round trip to sqlx's connection thread on every query.
    let pool = SqlitePoolOptions::new().max_connections(max).test_before_acquire(false).connect_with(options).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// A reach as the two parameters of `(?a OR cohort_code IN (SELECT value FROM json_each(?b)))`: whether it is
/// everything, else its cohorts as a JSON array. `None` for a reach of nothing, which no query need run for.
fn reach_params(reach: &Reach) -> Option<(bool, String)> {
    match reach {
        Reach::None => None,
        Reach::Everything => Some((true, "[]".to_owned())),
        Reach::Cohorts(list) => {
            let codes: Vec<&str> = list.iter().map(CohortCode::as_str).collect();
            Some((false, serde_json::to_string(&codes).unwrap_or_default()))
        }
    }
}

fn in_memory(url: &str) -> bool {
    url.contains(":memory:") || url.contains("mode=memory")
}

/// A write transaction that takes the write lock at once, so that it cannot fail half-way with SQLITE_BUSY
/// after reading.
pub async fn begin_write(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, StorageError> {
    Ok(pool.begin_with(BEGIN_WRITE).await?)
}

/// [`begin_write`] on a connection already held (one of the [`Lane`]'s).
pub async fn begin_write_on(conn: &mut SqliteConnection) -> Result<Transaction<'_, Sqlite>, StorageError> {
    Ok(sqlx::Connection::begin_with(conn, BEGIN_WRITE).await?)
}

const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

/// Writes a consistent copy of the database to `path` while the bot keeps running (SQLite's `VACUUM INTO`
/// reads one snapshot). The file must not exist yet.
pub async fn backup(pool: &SqlitePool, path: &std::path::Path) -> Result<(), StorageError> {
    let target = path.to_str().ok_or_else(|| StorageError::Corrupt("the backup path is not UTF-8".into()))?;
    sqlx::query("VACUUM INTO ?").bind(target).execute(pool).await?;
    Ok(())
}
