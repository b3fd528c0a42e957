//! Planning reminders: for each session about to start, decide which reminder is due and write one outbox row
//! per recipient, in the same transaction that records the offset as handled. Never twice (the offset is
//! recorded), never lost (rows and record commit together), never after the start (nothing is planned then,
//! and the worker skips a row whose session has started), and after downtime only the latest missed one.

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

use crate::domain::{Span, reminder_due};
use crate::storage::outbox::{self, Payload};
use crate::storage::{self, StorageError, sessions};

/// Plans the reminders due at `now`; returns how many messages were queued.
pub async fn plan(pool: &SqlitePool, offsets: &[Span], now: DateTime<Utc>) -> Result<usize, StorageError> {
    let Some(horizon) = offsets.iter().max().copied() else { return Ok(0) };
    let mut queued = 0;
    for session in sessions::needing_reminders(pool, now, horizon).await? {
        let mut conn = pool.acquire().await?;
        let handled = sessions::handled_offsets(&mut conn, session.id).await?;
        drop(conn);
        if reminder_due(session.starts_at, offsets, &handled, now).handled_now.is_empty() {
            continue;
        }
        let mut tx = storage::begin_write(pool).await?;
        // Read again under the write lock: another planner may have been quicker.
        let handled = sessions::handled_offsets(&mut tx, session.id).await?;
        let due = reminder_due(session.starts_at, offsets, &handled, now);
        for offset in &due.handled_now {
            sessions::mark_handled(&mut tx, session.id, *offset, now).await?;
        }
        if due.send.is_some() {
            for chat in sessions::reminder_recipients(&mut tx, &session.cohort).await? {
                outbox::enqueue(&mut tx, chat, &Payload::Reminder { session: session.id }, now, now).await?;
                queued += 1;
            }
        }
        tx.commit().await?;
        if let Some(offset) = due.send {
            tracing::info!(session = session.id, %offset, "reminders queued");
        }
    }
    Ok(queued)
}
