//! Scheduled backups while the bot runs (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP): an online copy of the database
//! (SQLite's `VACUUM INTO`, on a reader, so that turns keep writing), checked with `integrity_check` once
//! written, named by its time (`active-citizens-20261207-031500.db`), the oldest beyond the count removed. A
//! failure is logged and shows in `/healthz` until a backup works again.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use sqlx::ConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;
use tokio::sync::watch;

use crate::clock::Clock;
use crate::monitor::Monitor;
use crate::storage::{self, Db};

const PREFIX: &str = "active-citizens-";
const SUFFIX: &str = ".db";
const STAMP: &str = "%Y%m%d-%H%M%S";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupOptions {
    pub dir: PathBuf,
    /// How often (BACKUP_EVERY, default 24h).
    pub every: Duration,
    /// How many backups are kept (BACKUP_KEEP, default 7).
    pub keep: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("BACKUP_DIR {0}: {1}")]
    Dir(PathBuf, std::io::Error),
    #[error("{0}: {1}")]
    Write(PathBuf, storage::StorageError),
    #[error("{0}: the copy does not pass SQLite's integrity check: {1}")]
    Check(PathBuf, String),
}

/// Backs up whenever one is due, until `stop` turns true.
pub async fn run(
    db: Db,
    options: BackupOptions,
    clock: Arc<dyn Clock>,
    monitor: Arc<Monitor>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let now = clock.now();
        let wait = match due_in(&options, now) {
            Ok(wait) if wait.is_zero() => {
                match back_up(&db, &options, now).await {
                    Ok(path) => {
                        tracing::info!(file = %path.display(), "backup written and checked");
                        monitor.backup_written(now);
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "backup failed");
                        monitor.backup_failed(e.to_string());
                    }
                }
                // After a failure too: the next try is a period later, not in a loop that fills the log.
                options.every
            }
            Ok(wait) => wait,
            Err(e) => {
                monitor.backup_failed(e.to_string());
                options.every
            }
        };
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            _ = stop.wait_for(|stopping| *stopping) => return,
        }
    }
}

/// How long until the next backup: none yet, or the newest older than `every`, means now.
pub fn due_in(options: &BackupOptions, now: DateTime<Utc>) -> Result<Duration, BackupError> {
    let Some((newest, _)) = backups_in(&options.dir)?.pop() else { return Ok(Duration::ZERO) };
    let age = (now - newest).to_std().unwrap_or(Duration::ZERO);
    Ok(options.every.saturating_sub(age))
}

/// Writes one backup named for `now`, checks it, and removes the oldest beyond `keep`. Returns its path.
pub async fn back_up(db: &Db, options: &BackupOptions, now: DateTime<Utc>) -> Result<PathBuf, BackupError> {
    let dir = &options.dir;
    std::fs::create_dir_all(dir).map_err(|e| BackupError::Dir(dir.clone(), e))?;
    let path = dir.join(format!("{PREFIX}{}{SUFFIX}", now.format(STAMP)));
    storage::backup(db.read(), &path).await.map_err(|e| BackupError::Write(path.clone(), e))?;
    if let Err(why) = integrity(&path).await {
        // A copy that does not check out would only mislead whoever restores it.
        let _ = std::fs::remove_file(&path);
        return Err(BackupError::Check(path, why));
    }
    let backups = backups_in(dir)?;
    for (_, old) in backups.iter().take(backups.len().saturating_sub(options.keep.max(1))) {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(file = %old.display(), error = %e, "an old backup could not be removed");
        }
    }
    Ok(path)
}

/// SQLite's `integrity_check` of a database file, on a connection of its own that only reads.
async fn integrity(path: &Path) -> Result<(), String> {
    let options =
        SqliteConnectOptions::from_str("sqlite://").map_err(|e| e.to_string())?.filename(path).read_only(true);
    let mut conn = options.connect().await.map_err(|e| e.to_string())?;
    let verdict: String =
        sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut conn).await.map_err(|e| e.to_string())?;
    if verdict == "ok" { Ok(()) } else { Err(verdict) }
}

/// The backups in `dir` (only files named as this module names them), oldest first, with their times.
fn backups_in(dir: &Path) -> Result<Vec<(DateTime<Utc>, PathBuf)>, BackupError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(BackupError::Dir(dir.to_path_buf(), e)),
    };
    let mut found: Vec<(DateTime<Utc>, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
            let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
            Some((at, entry.path()))
        })
        .collect();
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_named_as_backups_count_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["active-citizens-20261207-031500.db", "active-citizens-20261205-031500.db", "notes.db", "x.txt"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let found: Vec<String> = backups_in(dir.path())
            .unwrap()
            .into_iter()
            .map(|(at, _)| at.format("%Y-%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(found, ["2026-12-05 03:15", "2026-12-07 03:15"]);
        let options = BackupOptions { dir: dir.path().into(), every: Duration::from_secs(86_400), keep: 7 };
        let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc);
        assert_eq!(due_in(&options, at("2026-12-07T09:15:00Z")).unwrap(), Duration::from_secs(18 * 3600));
        assert_eq!(due_in(&options, at("2026-12-09T00:00:00Z")).unwrap(), Duration::ZERO);
        let empty = BackupOptions { dir: dir.path().join("none"), ..options };
        assert_eq!(due_in(&empty, at("2026-12-09T00:00:00Z")).unwrap(), Duration::ZERO, "none yet: now");
    }
}
