//! Copying the write-ahead log into the database file, away from the turns that wait on the lane's writer.
//!
//! In WAL mode SQLite appends each commit to the log, and some connection has to copy the log back into the
//! database file from time to time: a *checkpoint*, with an `fsync` of the log and one of the file. By default
//! the connection whose commit takes the log past 1,000 pages does it, inside that commit. Every turn's write
//! goes to the lane's one writer, so every turn queued there waited through the copy and both `fsync`s, a few
//! milliseconds on a quiet disk and tens on a busy one: the tail of the turns' latency (BENCHMARKS.md, the seventh
//! round).
//!
//! So the writer leaves checkpoints to the checkpointer ([`spawn`]), a task that makes a `PASSIVE` checkpoint on a
//! connection of the pool every [`CHECKPOINT_EVERY`]. A passive checkpoint takes no lock that a writer or a
//! reader waits for: the turns' commits go on while it copies.
//!
//! SQLite can start the log again from its beginning only when a write begins with the whole log copied, which
//! a checkpoint running beside the writes under a steady load may never leave it. The writer therefore still
//! checkpoints itself once the log passes [`WRITER_CHECKPOINT_PAGES`]: the copy left by then is what came since
//! the checkpointer's last pass, and the log starts again after it. At Telegram's pace the checkpointer keeps up
//! on its own: the load harness's log stays under 1 MB at 50 turns a second (BENCHMARKS.md).
//!
//! The last copy is SQLite's own: when the database's last connection closes, it copies the whole log into the
//! file and removes it. So the commands close their connections before they exit ([`crate::service::Core::close`],
//! the lane's first, since a read-only connection cannot copy), and a database file left by a stopped bot or a
//! finished command holds everything on its own.

use std::time::Duration;

use sqlx::SqlitePool;

use super::periodic::{Periodic, Round};

/// How often the checkpointer copies the log into the database file.
pub const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// The log's length, in pages, past which the lane's writer makes a checkpoint in its own commit after all (its
/// `wal_autocheckpoint`): 40 MB of log with SQLite's pages of 4 KiB; SQLite's default is 1,000.
pub const WRITER_CHECKPOINT_PAGES: u32 = 10_000;

/// Starts the task that makes the checkpoints of the database of `pool`, one every `every`, on the current tokio
/// runtime; it stops when the returned task is dropped.
pub(super) fn spawn(pool: SqlitePool, every: Duration) -> Periodic {
    Periodic::spawn(every, Checkpoints { pool, every, failing: false })
}

/// The checkpointer's round.
struct Checkpoints {
    pool: SqlitePool,
    every: Duration,
    /// Whether the last checkpoint failed, so that a run of failures is logged once, not every round.
    failing: bool,
}

impl Round for Checkpoints {
    async fn run(&mut self) {
        // One row: whether another checkpoint was running, the log's pages, and the pages copied so far.
        let made = sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(&self.pool).await;
        match made {
            Ok((_, log, copied)) => {
                if self.failing {
                    tracing::info!("checkpoints work again");
                    self.failing = false;
                }
                tracing::trace!(log, copied, "checkpoint");
            }
            // The commits still go to the log meanwhile, and the writer checkpoints itself past
            // WRITER_CHECKPOINT_PAGES.
            Err(e) if !self.failing => {
                let every = self.every;
                tracing::warn!(error = %e, "a checkpoint of the database failed; trying again every {every:?}");
                self.failing = true;
            }
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::lane::{Connections, Side};
    use crate::storage::test_db::{Database, fill, size, wait_for_size};

    #[tokio::test]
    async fn the_lanes_writer_does_not_checkpoint_in_its_commits_below_its_limit() {
        let db = Database::new().await;
        let lane = Connections::open(&db.url, &db.pool).await.expect("the lane opens");
        // With SQLite's default the writer would copy these 2,000 pages into the file before the commit returns.
        fill(&mut lane.get(Side::Write).await.expect("the writer")).await;
        assert!(size(&db.file) < 1 << 20, "the commit left its pages in the log: {} bytes", size(&db.file));
    }

    #[tokio::test]
    async fn the_log_is_copied_into_the_database_file_by_the_checkpointer() {
        let db = Database::new().await;
        // A connection that does not checkpoint, as the lane's writer up to its limit.
        let mut writer = db.pool.acquire().await.expect("a connection");
        sqlx::query("PRAGMA wal_autocheckpoint = 0").execute(&mut *writer).await.expect("set");
        fill(&mut writer).await;
        drop(writer);
        assert!(size(&db.file) < 1 << 20, "before a checkpoint the pages are in the log only");

        let _checkpointer = spawn(db.pool.clone(), Duration::from_millis(20));
        wait_for_size(&db.file, 8 << 20).await;
    }

    #[tokio::test]
    async fn a_lane_on_a_file_checkpoints_it() {
        let db = Database::new().await;
        let lane = crate::storage::Lane::open(&db.url, &db.pool).await.expect("the lane opens");
        fill(&mut lane.writer().await.expect("the writer")).await;
        wait_for_size(&db.file, 8 << 20).await;
    }
}
