//! A database in a file of its own, for the storage tests that need what only a file has: the write-ahead log,
//! the lane's own connections, checkpoints.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::{SqliteConnection, SqlitePool};

/// A database in a temporary directory, removed with it.
pub struct Database {
    _dir: tempfile::TempDir,
    pub file: PathBuf,
    pub url: String,
    pub pool: SqlitePool,
}

impl Database {
    /// Opens (and migrates) a new database file.
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let file = dir.path().join("bot.db");
        let url = format!("sqlite://{}", file.display());
        let pool = super::connect(&url).await.expect("the database opens");
        Self { _dir: dir, file, url, pool }
    }

    /// The database's write-ahead log, beside it.
    pub fn log(&self) -> PathBuf {
        self.file.with_extension("db-wal")
    }
}

/// About 2,000 pages of 4 KiB (8 MB), in one commit.
pub async fn fill(conn: &mut SqliteConnection) {
    sqlx::query("CREATE TABLE filler (b BLOB)").execute(&mut *conn).await.expect("created");
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) \
         INSERT INTO filler SELECT randomblob(4000) FROM n",
    )
    .execute(conn)
    .await
    .expect("filled");
}

/// The file's size in bytes, 0 if it is missing.
pub fn size(file: &Path) -> u64 {
    std::fs::metadata(file).map(|m| m.len()).unwrap_or(0)
}

/// Waits (up to 30 s) for the database file to reach `bytes`.
pub async fn wait_for_size(file: &Path, bytes: u64) {
    let copied = async {
        while size(file) < bytes {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(30), copied)
        .await
        .unwrap_or_else(|_| panic!("the log was copied into the file: it has {} bytes", size(file)));
}
