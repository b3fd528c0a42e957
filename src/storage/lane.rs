//! A few connections held outside sqlx's pool, for the statements every conversation turn makes: reading the
//! state, the person and their roles, and writing the turn.
//!
//! Reads go to the readers, which WAL mode lets run side by side. Every write goes to the one writer: SQLite
//! takes one writer at a time whatever the number of connections, and a second connection that tries meets
//! the lock and sleeps in SQLite's busy handler (1 ms, then 2, 5, 10…), stalling every turn queued behind it on
//! that connection. Queued on one connection, writes wait their turn without sleeping.
//!
//! The pool checks each connection it takes back with a ping, a round trip to the connection's thread that
//! costs as much as the statement itself (sqlx-core 0.9, `PoolConnection::return_to_pool`). A turn took three
//! connections from the pool, so three of its seven round trips were pings. A lane connection is handed from
//! turn to turn without one: its commands run in order on its thread, so a transaction abandoned by a cancelled
//! turn is rolled back (sqlx queues the rollback when the transaction is dropped) before the next turn's first
//! statement.
//!
//! The three statements every turn makes (its state, its person, its state written back) go through the lane's
//! batchers, which make them once for all the turns waiting ([`super::batch`]); the rest of a turn's reads and its
//! transactions take a connection as above.
//!
//! The writer leaves copying the write-ahead log into the database file to a task of its own
//! ([`super::checkpoint`]), so that the turns queued on it do not wait through the copy and its `fsync`s.
//!
//! Each sqlx connection runs its statements on a thread of its own. If that thread stops (a panic inside sqlx,
//! or sqlx giving up on a connection whose rollback failed), every later statement on the connection fails
//! with `WorkerCrashed`, and one sent while the thread is stopping is never answered. The pool would drop such a
//! connection when it is given back; the lane keeps its connections, so it opens one again itself: at once when
//! a batch's statement meets the failure, and within [`MEND_EVERY`] for a connection that is idle, found by a
//! ping. A statement never answered is given up at its batch's or its turn's time limit
//! ([`super::batch::BATCH_LIMIT`], `telegram::TURN_LIMIT`), which frees the connection for the next statement,
//! which meets the stopped thread.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Sqlite, SqliteConnection, SqlitePool};
use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};

use super::batch::Batcher;
use super::checkpoint::{self, CHECKPOINT_EVERY, WRITER_CHECKPOINT_PAGES};
use super::periodic::{Periodic, Round};
use super::{StorageError, conversations, participants};
use crate::domain::{Participant, RoleGrant, TelegramId};

/// How many connections a lane reads on: with its writer and the pool's lazily opened four, at most seven on a
/// busy day.
pub const LANE_READERS: usize = 2;

/// How often the lane pings its idle connections, to open again one whose thread has stopped.
pub const MEND_EVERY: Duration = Duration::from_secs(5);

/// The lane's connections, and the batchers that run every turn's own statements on them (see [`super::batch`]).
pub struct Lane {
    connections: Arc<Connections>,
    /// Conversation states, as stored (JSON), by chat.
    pub(super) states: Batcher<i64, Option<String>>,
    /// People with their roles, by Telegram id.
    pub(super) people: Batcher<TelegramId, (Option<Participant>, Vec<RoleGrant>)>,
    /// Conversation states written back.
    pub(super) saves: Batcher<conversations::Save, ()>,
    /// Copies the write-ahead log into the database file, so that the writer does not. None in memory, as the
    /// mender: there the lane's connections are the pool's.
    checkpointer: Option<Periodic>,
    /// Opens again the idle connections whose thread has stopped.
    mender: Option<Periodic>,
}

impl std::fmt::Debug for Lane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lane").field("readers", &self.connections.readers.len()).finish_non_exhaustive()
    }
}

impl Lane {
    /// Opens the lane's connections to the database at `url`, whose `pool` is already open (and migrated), with
    /// the pool's settings, and starts its batchers on the current tokio runtime.
    pub async fn open(url: &str, pool: &SqlitePool) -> Result<Self, StorageError> {
        let connections = Arc::new(Connections::open(url, pool).await?);
        let on_file = !super::in_memory(url);
        Ok(Self {
            checkpointer: on_file.then(|| checkpoint::spawn(pool.clone(), CHECKPOINT_EVERY)),
            mender: on_file.then(|| Periodic::spawn(MEND_EVERY, Mender(connections.clone()))),
            states: Batcher::spawn(connections.clone(), Side::Read, conversations::load_batch),
            people: Batcher::spawn(connections.clone(), Side::Read, participants::find_with_roles_batch),
            saves: Batcher::spawn(connections.clone(), Side::Write, conversations::save_batch),
            connections,
        })
    }

    /// A connection for one turn's reads: a free reader if there is one, else a place in the queue of the next
    /// reader in turn.
    pub async fn reader(&self) -> Result<LaneConnection<'_>, StorageError> {
        self.connections.reader().await
    }

    /// The connection for one turn's write (a statement or a transaction), once the writes queued before it
    /// are done.
    pub async fn writer(&self) -> Result<LaneConnection<'_>, StorageError> {
        self.connections.writer().await
    }

    /// Stops the checkpoints and closes the lane's connections, each once the statement or transaction running
    /// on it is done. A turn that asks for a connection after this fails with [`StorageError::Stopped`].
    ///
    /// Close the lane before the pool: SQLite copies the whole write-ahead log into the database file, and
    /// removes the log, when the database's last connection closes, and only a connection that may write can.
    pub async fn close(&self) {
        for task in self.checkpointer.iter().chain(&self.mender) {
            task.stop();
        }
        self.connections.close().await;
    }
}

/// Which of the lane's connections a statement runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Read,
    Write,
}

/// The readers and the writer themselves, shared by the [`Lane`] and its batchers' tasks.
pub(super) struct Connections {
    /// Each `None` once the lane is closed.
    readers: Vec<Mutex<Option<SqliteConnection>>>,
    writer: Option<Mutex<Option<SqliteConnection>>>,
    /// Where a read that finds every reader busy queues (each connection serves its queue in order).
    next: AtomicUsize,
    /// For a database that lives in memory, where another connection would open another, empty database.
    pool: SqlitePool,
    /// How the readers and the writer are opened, to open one again.
    reading: SqliteConnectOptions,
    writing: SqliteConnectOptions,
}

impl Connections {
    pub(super) async fn open(url: &str, pool: &SqlitePool) -> Result<Self, StorageError> {
        let pool = pool.clone();
        let options: SqliteConnectOptions = (*pool.connect_options()).clone();
        // Read-only, so that a write sent to a reader by mistake fails at once instead of meeting the writer.
        let reading = options.clone().read_only(true);
        // Checkpoints are the checkpointer's, up to a limit (see `super::checkpoint`).
        let writing = options.pragma("wal_autocheckpoint", WRITER_CHECKPOINT_PAGES.to_string());
        let mut connections =
            Self { readers: Vec::new(), writer: None, next: AtomicUsize::new(0), pool, reading, writing };
        if super::in_memory(url) {
            return Ok(connections);
        }
        for _ in 0..LANE_READERS {
            connections.readers.push(Mutex::new(Some(connections.reading.connect().await?)));
        }
        connections.writer = Some(Mutex::new(Some(connections.writing.connect().await?)));
        Ok(connections)
    }

    pub(super) async fn get(&self, side: Side) -> Result<LaneConnection<'_>, StorageError> {
        match side {
            Side::Read => self.reader().await,
            Side::Write => self.writer().await,
        }
    }

    async fn reader(&self) -> Result<LaneConnection<'_>, StorageError> {
        if self.readers.is_empty() {
            return Ok(LaneConnection::Pooled(self.pool.acquire().await?));
        }
        if let Some(free) = self.readers.iter().find_map(|c| c.try_lock().ok()) {
            return held(free);
        }
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        held(self.readers[turn].lock().await)
    }

    async fn writer(&self) -> Result<LaneConnection<'_>, StorageError> {
        match &self.writer {
            Some(writer) => held(writer.lock().await),
            None => Ok(LaneConnection::Pooled(self.pool.acquire().await?)),
        }
    }

    /// Opens `conn` of `side` again if `error`, met on it, says that its thread has stopped: every statement
    /// after it would fail the same way. Whether it did; a connection of the pool (in memory) is the pool's to
    /// drop.
    pub(super) async fn mend(&self, conn: &mut LaneConnection<'_>, side: Side, error: &StorageError) -> bool {
        match (conn, error) {
            (LaneConnection::Held(held), StorageError::Database(e)) => self.reopen_if_stopped(held, side, e).await,
            _ => false,
        }
    }

    async fn reopen_if_stopped(&self, conn: &mut SqliteConnection, side: Side, error: &sqlx::Error) -> bool {
        if !matches!(error, sqlx::Error::WorkerCrashed) {
            return false;
        }
        let options = if side == Side::Write { &self.writing } else { &self.reading };
        match options.connect().await {
            Ok(fresh) => {
                // The stopped one is closed on the way out, with it any transaction it still held open.
                drop(std::mem::replace(conn, fresh));
                tracing::warn!(?side, "a database connection's thread had stopped; it is open again");
                true
            }
            Err(e) => {
                tracing::error!(?side, error = %e, "a database connection's thread stopped, and it does not open again");
                false
            }
        }
    }

    /// Pings each connection not in use, and opens again one whose thread has stopped.
    async fn mend_idle(&self) {
        let slots = self.readers.iter().map(|r| (r, Side::Read)).chain(self.writer.iter().map(|w| (w, Side::Write)));
        for (slot, side) in slots {
            // One in use is working, or will be mended by the batch that meets its failure.
            let Ok(mut slot) = slot.try_lock() else { continue };
            let Some(conn) = slot.as_mut() else { continue };
            // A ping sent while the thread is stopping is never answered; the next round's meets it stopped.
            if let Ok(Err(e)) = tokio::time::timeout(MEND_EVERY, conn.ping()).await {
                self.reopen_if_stopped(conn, side, &e).await;
            }
        }
    }

    async fn close(&self) {
        for slot in self.readers.iter().chain(&self.writer) {
            // Taken once the statement running on it, if any, is done.
            let Some(connection) = slot.lock().await.take() else { continue };
            if let Err(e) = sqlx::Connection::close(connection).await {
                tracing::warn!(error = %e, "a database connection did not close cleanly");
            }
        }
    }
}

/// The mender's round.
struct Mender(Arc<Connections>);

impl Round for Mender {
    async fn run(&mut self) {
        self.0.mend_idle().await;
    }
}

/// The connection in `slot`, unless the lane is closed.
fn held(slot: MutexGuard<'_, Option<SqliteConnection>>) -> Result<LaneConnection<'_>, StorageError> {
    MutexGuard::try_map(slot, Option::as_mut).map(LaneConnection::Held).map_err(|_| StorageError::Stopped)
}

/// A connection of the lane, for as long as one turn's statement or transaction needs it.
pub enum LaneConnection<'a> {
    Held(MappedMutexGuard<'a, SqliteConnection>),
    Pooled(PoolConnection<Sqlite>),
}

impl Deref for LaneConnection<'_> {
    type Target = SqliteConnection;

    fn deref(&self) -> &SqliteConnection {
        match self {
            Self::Held(c) => c,
            Self::Pooled(c) => c,
        }
    }
}

impl DerefMut for LaneConnection<'_> {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        match self {
            Self::Held(c) => c,
            Self::Pooled(c) => c,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::conversation::Conversation;
    use crate::storage::conversations::{load_batched, save_batched};
    use crate::storage::test_db::{Database, fill, size};

    /// Stops the thread of `conn`'s sqlx connection, as a panic inside sqlx does. sqlx 0.9 takes the parameter
    /// `$0` for the argument before the first, and the index underflows on that thread: its panic message shows
    /// in the test's output. Returns once a statement fails with `WorkerCrashed`, as all after it will. One
    /// sent while the thread is still stopping is never answered, so each try has a time limit.
    async fn stop_thread_of(conn: &mut SqliteConnection) {
        let _ = sqlx::query("SELECT $0").execute(&mut *conn).await;
        for _ in 0..100 {
            match tokio::time::timeout(Duration::from_millis(100), sqlx::query("SELECT 1").execute(&mut *conn)).await {
                Ok(Err(sqlx::Error::WorkerCrashed)) => return,
                Ok(other) => panic!("the connection's thread still runs: {other:?}"),
                Err(_) => continue,
            }
        }
        panic!("the connection's thread did not stop in 10 s");
    }

    async fn works(conn: &mut SqliteConnection) -> bool {
        sqlx::query("SELECT 1").execute(conn).await.is_ok()
    }

    #[tokio::test]
    async fn a_batch_on_a_connection_whose_thread_stopped_opens_it_again_and_is_made() {
        let db = Database::new().await;
        let mut lane = Lane::open(&db.url, &db.pool).await.expect("the lane opens");
        // The batches' path alone (the idle one is the next test's). Its pings could also hold the second reader
        // while the first is held here, sending this test's second request into the first's queue.
        drop(lane.mender.take());
        stop_thread_of(&mut lane.writer().await.expect("the writer")).await;
        {
            let (mut first, mut second) =
                (lane.reader().await.expect("a reader"), lane.reader().await.expect("another"));
            stop_thread_of(&mut first).await;
            stop_thread_of(&mut second).await;
        }

        let state = Conversation { lang: Some("sq".into()), ..Conversation::default() };
        save_batched(&lane, 7, &state, chrono::Utc::now()).await.expect("written on the writer, opened again");
        assert_eq!(load_batched(&lane, 7).await.expect("read on a reader, opened again"), Some(state));
        assert!(works(&mut lane.writer().await.expect("the writer")).await, "the turns' transactions have it too");
    }

    #[tokio::test]
    async fn idle_connections_whose_thread_stopped_are_opened_again() {
        let db = Database::new().await;
        let connections = Connections::open(&db.url, &db.pool).await.expect("the lane opens");
        stop_thread_of(&mut connections.get(Side::Write).await.expect("the writer")).await;
        stop_thread_of(&mut connections.get(Side::Read).await.expect("the first reader")).await;

        connections.mend_idle().await;
        assert!(works(&mut connections.get(Side::Write).await.expect("the writer")).await);
        assert!(works(&mut connections.get(Side::Read).await.expect("the first reader")).await);
    }

    #[tokio::test]
    async fn closing_the_lane_then_the_pool_leaves_everything_in_the_database_file() {
        let db = Database::new().await;
        let lane = Lane::open(&db.url, &db.pool).await.expect("the lane opens");
        fill(&mut lane.writer().await.expect("the writer")).await;
        assert!(db.log().exists(), "the commit went to the log");

        lane.close().await;
        db.pool.close().await;
        assert!(!db.log().exists(), "the last connection to close removed the log");
        assert!(size(&db.file) >= 8 << 20, "after copying it into the file: {} bytes", size(&db.file));
        assert!(matches!(lane.reader().await, Err(StorageError::Stopped)));
        assert!(matches!(lane.writer().await, Err(StorageError::Stopped)));
    }

    #[tokio::test]
    async fn the_lane_closes_a_connection_once_its_statement_is_done() {
        let db = Database::new().await;
        let lane = Lane::open(&db.url, &db.pool).await.expect("the lane opens");
        let writer = lane.writer().await.expect("the writer");
        let closing = lane.close();
        tokio::pin!(closing);
        let waited = tokio::time::timeout(Duration::from_millis(100), &mut closing).await;
        assert!(waited.is_err(), "the lane closed under a turn holding its writer");
        drop(writer);
        tokio::time::timeout(Duration::from_secs(30), closing).await.expect("closed once the writer was let go");
    }
}
