//! SQLite through sqlx: the database ([`Db`]: a pool for reads, one connection for writes) and one module per
//! aggregate.
//!
//! Queries are runtime-checked (`sqlx::query`), each exercised by a test: this keeps the build free of a
//! database and of sqlx-cli on a fresh machine.

pub mod audit;
pub mod broadcasts;
pub mod cohorts;
pub mod conversations;
pub mod facts;
pub mod guardians;
pub mod invites;
pub mod outbox;
pub mod participants;
pub mod recommendations;
pub mod roles;
pub mod roster;
pub mod sessions;
pub mod surveys;
pub mod translators;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::domain::{CohortCode, Reach};

pub use conversations::ConversationStore;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("database statements took longer than {0:?} and were given up")]
    TimedOut(Duration),
    #[error("DATABASE_URL: {0}")]
    Place(String),
}

/// The database as the bot uses it: reads on a pool of read-only connections, which WAL mode lets run beside
/// the writer; every write on the one connection of `write`, so that writes queue here in order instead of
/// meeting SQLite's write lock and sleeping in its busy handler. The delivery worker, the turns and the CLI
/// (another process, with its own writer) all write through a writer. Hence: while holding the writer (a
/// connection or a transaction), read and write through it, never through `write()` again, which would wait for
/// itself until the pool gives up (30 s).
#[derive(Debug, Clone)]
pub struct Db {
    read: SqlitePool,
    write: SqlitePool,
}

/// Connections that read at once: enough for the turns in flight, whose reads take well under a millisecond.
const READERS: u32 = 4;

impl Db {
    /// Opens (creating if missing) the database and applies the embedded migrations.
    pub async fn open(url: &str) -> Result<Self, StorageError> {
        let write = connect(url).await?;
        let read = if in_memory(url) {
            // An in-memory database exists once per connection: the writer's is the only one.
            write.clone()
        } else {
            // Read-only, so that a write sent here by mistake fails at once instead of waiting for the writer.
            let options = (*write.connect_options()).clone().read_only(true);
            pool_options(READERS).connect_lazy_with(options)
        };
        Ok(Self { read, write })
    }

    pub fn read(&self) -> &SqlitePool {
        &self.read
    }

    /// The writer, also for a read that must see what was just written.
    pub fn write(&self) -> &SqlitePool {
        &self.write
    }

    /// Closes the readers, then the writer: the last connection to close copies the write-ahead log into the
    /// database file and removes it, so that the file alone holds everything (when no other process has it open).
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// Opens (creating if missing) the database with one connection, in WAL mode with foreign keys and a busy timeout
/// (for the other processes' writers), and applies the embedded migrations: the writer of a [`Db`], and all a
/// command of the CLI needs.
pub async fn connect(url: &str) -> Result<SqlitePool, StorageError> {
    if let Some(file) = database_file(url) {
        check_directory(&file)?;
    }
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Deleted content overwritten with zeros, not left in free pages for anyone holding the file to read:
        // an erased participant's name and town must not be recoverable.
        .pragma("secure_delete", "ON")
        .busy_timeout(Duration::from_secs(5));
    let file = database_file(url);
    let pool = pool_options(1).connect_with(options).await.map_err(|e| opening(file.as_deref(), e))?;
    match sqlx::migrate!("./migrations").run(&pool).await {
        Ok(()) => Ok(pool),
        Err(sqlx::migrate::MigrateError::Execute(e)) => Err(opening(file.as_deref(), e)),
        Err(e) => Err(e.into()),
    }
}

/// An error opening the database, said with the file and what an operator can do, where SQLite says which it is:
/// not a database (SQLITE_NOTADB), not writable (SQLITE_READONLY, SQLITE_PERM), not openable (SQLITE_CANTOPEN).
fn opening(file: Option<&std::path::Path>, error: sqlx::Error) -> StorageError {
    let code = error.as_database_error().and_then(|e| e.code()).and_then(|c| c.parse::<i32>().ok());
    let (Some(file), Some(code)) = (file, code) else { return error.into() };
    let why = match code & 0xff {
        26 => "is not an SQLite database: point DATABASE_URL at the bot's database, or at a new file",
        8 | 3 => "cannot be written: the bot needs to write the file and its directory (check their owner and mode)",
        14 => "cannot be opened: check that the path is a file the bot may read and write",
        _ => return error.into(),
    };
    StorageError::Place(format!("{} {why} ({error})", file.display()))
}

/// After an erasure: the write-ahead log copied into the database file (where secure_delete has zeroed what was
/// deleted) and truncated, so that the log keeps no earlier copy of the erased rows' pages. A reader still in
/// the middle of a statement can keep the log from being truncated this time; the next checkpoint does it.
pub async fn forget_erased(writer: &SqlitePool) -> Result<(), StorageError> {
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(writer).await?;
    if busy != 0 {
        tracing::warn!("after an erasure the write-ahead log could not be truncated yet (a reader was busy)");
    }
    Ok(())
}

/// No liveness check when a connection is taken from the pool: an SQLite connection is a file handle in this
/// process, and the check is one more round trip to sqlx's connection thread on every query.
fn pool_options(connections: u32) -> SqlitePoolOptions {
    SqlitePoolOptions::new().max_connections(connections).test_before_acquire(false)
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

/// The file an SQLite URL names; `None` for a database in memory or a URL that names no file.
pub fn database_file(url: &str) -> Option<PathBuf> {
    if in_memory(url) {
        return None;
    }
    let options = SqliteConnectOptions::from_str(url).ok()?;
    let file = options.get_filename();
    (!file.as_os_str().is_empty()).then(|| file.to_path_buf())
}

/// Whether writing to `path` would write over the database `url` names or one of the files SQLite keeps
/// beside it (its write-ahead log, the log's index, a rollback journal), whether or not they exist now.
pub fn is_database_file(url: &str, path: &Path) -> bool {
    let Some(database) = database_file(url) else { return false };
    let (Some(target), Some(database)) = (resolved(path), resolved(&database)) else { return false };
    let name = database.as_os_str().to_string_lossy().into_owned();
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| target == Path::new(&format!("{name}{suffix}")))
}

/// `path` with its directory made absolute and links followed, the file itself not needing to exist.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    Some(dir.canonicalize().ok()?.join(path.file_name()?))
}

/// The database's directory exists and the bot may create files in it (SQLite creates the write-ahead log and
/// its index beside the database): said at start, naming the path, rather than at the first write.
fn check_directory(file: &Path) -> Result<(), StorageError> {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if dir.exists() && !dir.is_dir() {
        return Err(StorageError::Place(format!("{}: not a directory", dir.display())));
    }
    if !dir.is_dir() {
        let hint = "create it first (the bot creates the database file, not its directory)";
        return Err(StorageError::Place(format!("{}: no such directory: {hint}", dir.display())));
    }
    let probe = dir.join(format!(".{}.writable", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            // Only a leftover probe file if this fails: nothing to stop for.
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(StorageError::Place(format!("cannot write in {}: {e}", dir.display()))),
    }
}

/// The database file as it was when the bot opened it, to notice when it is deleted or replaced under the
/// running bot (which would otherwise go on writing into a file nobody can open again).
#[derive(Debug)]
pub struct FileGuard {
    path: PathBuf,
    identity: Option<(u64, u64)>,
}

impl FileGuard {
    /// `None` for a database in memory.
    pub fn of(url: &str) -> Option<Self> {
        let path = database_file(url)?;
        let identity = identity(&path);
        Some(Self { path, identity })
    }

    /// What happened to the file, if it is no longer the one opened.
    pub fn check(&self) -> Result<(), String> {
        match identity(&self.path) {
            None => Err(format!("the database file {} was deleted", self.path.display())),
            Some(now) if Some(now) != self.identity => {
                Err(format!("the database file {} was replaced by another file", self.path.display()))
            }
            Some(_) => Ok(()),
        }
    }
}

/// Device and inode: the same for a file however it is written, different for a new file. Elsewhere than
/// Unix, only whether the file is there.
fn identity(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let identity = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let identity = (0, 0);
    Some(identity)
}

/// A write transaction that takes the write lock at once, so that it cannot fail half-way with SQLITE_BUSY
/// after reading (another process, the CLI, may be writing).
pub async fn begin_write(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, StorageError> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// Writes a consistent copy of the database to `path` while the bot keeps running (SQLite's `VACUUM INTO`
/// reads one snapshot). The file must not exist yet.
pub async fn backup(pool: &SqlitePool, path: &std::path::Path) -> Result<(), StorageError> {
    let target = path.to_str().ok_or_else(|| StorageError::Corrupt("the backup path is not UTF-8".into()))?;
    sqlx::query("VACUUM INTO ?").bind(target).execute(pool).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_the_files_beside_it_are_recognised_however_named() {
        let dir = tempfile::tempdir().expect("a directory");
        let url = format!("sqlite://{}", dir.path().join("bot.db").display());
        std::fs::write(dir.path().join("bot.db"), b"").expect("written");
        for name in ["bot.db", "bot.db-wal", "bot.db-shm", "./bot.db", "sub/../bot.db"] {
            std::fs::create_dir_all(dir.path().join("sub")).expect("made");
            assert!(is_database_file(&url, &dir.path().join(name)), "{name}");
        }
        assert!(!is_database_file(&url, &dir.path().join("bot.db.csv")));
        assert!(!is_database_file("sqlite::memory:", &dir.path().join("bot.db")));
    }

    #[test]
    fn a_guard_tells_a_deleted_or_replaced_database_file() {
        let dir = tempfile::tempdir().expect("a directory");
        let file = dir.path().join("bot.db");
        std::fs::write(&file, b"one").expect("written");
        let guard = FileGuard::of(&format!("sqlite://{}", file.display())).expect("a file");
        assert_eq!(guard.check(), Ok(()));
        // Made while the first still exists, so that it cannot take the first one's inode.
        std::fs::write(dir.path().join("other"), b"two").expect("written");
        std::fs::rename(dir.path().join("other"), &file).expect("renamed");
        assert!(guard.check().is_err_and(|why| why.contains("replaced")));
        std::fs::remove_file(&file).expect("removed");
        assert!(guard.check().is_err_and(|why| why.contains("was deleted")));
        assert!(FileGuard::of("sqlite::memory:").is_none());
    }
}
