//! A few connections held outside sqlx's pool, for the statements every conversation turn makes: reading the
//! state, the person and their roles, and writing the turn.
//!
//! The pool checks each connection it takes back with a ping, a round trip to the connection's thread that
//! costs as much as the statement itself (sqlx-core 0.9, `PoolConnection::return_to_pool`). A turn took three
//! connections from the pool, so three of its seven round trips were pings. A lane connection is handed from
//! turn to turn without one: its commands run in order on its thread, so a transaction abandoned by a cancelled
//! turn is rolled back (sqlx queues the rollback when the transaction is dropped) before the next turn's first
//! statement.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::pool::PoolConnection;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Sqlite, SqliteConnection, SqlitePool};
use tokio::sync::{Mutex, MutexGuard};

use super::StorageError;

/// How many connections a lane holds: with the pool's lazily opened four, at most seven on a busy day. Reads
/// go on side by side in WAL mode; SQLite takes one writer at a time whatever the count.
pub const LANE_CONNECTIONS: usize = 3;

pub struct Lane {
    connections: Vec<Mutex<SqliteConnection>>,
    /// Where a turn that finds every connection busy queues (each connection serves its queue in order).
    next: AtomicUsize,
    /// For a database that lives in memory, where another connection would open another, empty database.
    pool: SqlitePool,
}

impl std::fmt::Debug for Lane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lane").field("connections", &self.connections.len()).finish_non_exhaustive()
    }
}

impl Lane {
    /// Opens the lane's connections to the database at `url`, whose `pool` is already open (and migrated), with
    /// the pool's settings.
    pub async fn open(url: &str, pool: &SqlitePool) -> Result<Self, StorageError> {
        let options: SqliteConnectOptions = (*pool.connect_options()).clone();
        let count = if super::in_memory(url) { 0 } else { LANE_CONNECTIONS };
        let mut connections = Vec::with_capacity(count);
        for _ in 0..count {
            connections.push(Mutex::new(options.connect().await?));
        }
        Ok(Self { connections, next: AtomicUsize::new(0), pool: pool.clone() })
    }

    /// A connection for one turn's statement or transaction: a free one if there is one, else a place in the
    /// queue of the next connection in turn.
    pub async fn connection(&self) -> Result<LaneConnection<'_>, StorageError> {
        if self.connections.is_empty() {
            return Ok(LaneConnection::Pooled(self.pool.acquire().await?));
        }
        if let Some(free) = self.connections.iter().find_map(|c| c.try_lock().ok()) {
            return Ok(LaneConnection::Held(free));
        }
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.connections.len();
        Ok(LaneConnection::Held(self.connections[turn].lock().await))
    }
}

/// A connection of the lane, for as long as one turn's statement or transaction needs it.
pub enum LaneConnection<'a> {
    Held(MutexGuard<'a, SqliteConnection>),
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
