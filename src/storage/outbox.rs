//! The outbox: messages nobody asked for, written in the same transaction as the decision to send them, and
//! sent by the delivery worker. Each row moves pending → sending → sent | skipped | blocked | failed; a crash
//! leaves rows in `sending`, which go back to pending at the next start (only those may be sent twice).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{AboutSession, TelegramId};

/// What a row asks to send. Texts are rendered at send time, in the recipient's language then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Payload {
    /// "Your session starts soon", with RSVP buttons.
    Reminder { session: i64 },
    /// The session's time, place or title changed (to its cohort, but for those not coming).
    SessionChanged { session: i64 },
    /// The session is cancelled (to its cohort, but for those not coming).
    SessionCancelled { session: i64 },
    /// "How was the session?", with a button that starts its survey.
    SurveyInvite { session: i64 },
    /// The author hears whether their recommendation was approved.
    RecommendationModerated { recommendation: i64, approved: bool },
    /// An announcement, sent as its author wrote it.
    Broadcast { broadcast: i64 },
    /// The delivery report, to the author.
    BroadcastReport { broadcast: i64 },
    /// A young person hears that their guardian's agreement was confirmed.
    GuardianConfirmed,
    /// Someone hears that their data was erased and why. Sent to a person no longer stored, in the language
    /// kept here; the row is deleted once sent (see [`finish`]).
    Erased { language: String, because: ErasedBecause },
}

/// Why someone's data was erased without their asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErasedBecause {
    GuardianDeclined,
    GuardianNeverConfirmed,
}

/// The kinds of rows that [`waiting_groups`] tells apart (the others are written in [`Payload::kind`]).
const REMINDER: &str = "reminder";
const SESSION_CHANGED: &str = "session_changed";
const SESSION_CANCELLED: &str = "session_cancelled";
const SURVEY_INVITE: &str = "survey_invite";
const BROADCAST: &str = "broadcast";
/// The kind of [`Payload::Erased`] rows.
const ERASED_KIND: &str = "erased";

impl Payload {
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::Reminder { .. } => REMINDER,
            Payload::SessionChanged { .. } => SESSION_CHANGED,
            Payload::SessionCancelled { .. } => SESSION_CANCELLED,
            Payload::SurveyInvite { .. } => SURVEY_INVITE,
            Payload::RecommendationModerated { .. } => "recommendation_moderated",
            Payload::Broadcast { .. } => BROADCAST,
            Payload::BroadcastReport { .. } => "broadcast_report",
            Payload::GuardianConfirmed => "guardian_confirmed",
            Payload::Erased { .. } => ERASED_KIND,
        }
    }

    pub fn broadcast(&self) -> Option<i64> {
        match self {
            Payload::Broadcast { broadcast } | Payload::BroadcastReport { broadcast } => Some(*broadcast),
            _ => None,
        }
    }

    pub fn session(&self) -> Option<i64> {
        match self {
            Payload::Reminder { session }
            | Payload::SessionChanged { session }
            | Payload::SessionCancelled { session }
            | Payload::SurveyInvite { session } => Some(*session),
            Payload::Broadcast { .. }
            | Payload::BroadcastReport { .. }
            | Payload::RecommendationModerated { .. }
            | Payload::GuardianConfirmed
            | Payload::Erased { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub chat_id: TelegramId,
    pub payload: Payload,
    /// Failed attempts so far (a 429 or an interrupted send does not count).
    pub attempts: i64,
    /// An earlier attempt may have reached the person (see [`maybe_sent`]).
    pub maybe_sent: bool,
}

/// How a row ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Not sent on purpose: the session started or was cancelled, the person muted or left.
    Skipped,
    /// The person blocked the bot.
    Blocked,
    Failed,
}

impl Outcome {
    fn code(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Skipped => "skipped",
            Outcome::Blocked => "blocked",
            Outcome::Failed => "failed",
        }
    }
}

pub async fn enqueue(
    conn: &mut SqliteConnection,
    chat: TelegramId,
    payload: &Payload,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let json = serde_json::to_string(payload).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO outbox (chat_id, kind, session_id, broadcast_id, payload, due_at, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(chat)
    .bind(payload.kind())
    .bind(payload.session())
    .bind(payload.broadcast())
    .bind(json)
    .bind(due_at)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whose messages a delivery worker sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipients {
    Everyone,
    /// One person's only (`simulate`, which plays one person): the others' rows stay pending for their turn.
    Only(TelegramId),
}

/// Takes up to `limit` due rows of `recipients`, oldest first, and marks them as being sent.
pub async fn claim_due(
    pool: &SqlitePool,
    recipients: Recipients,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<OutboxRow>, StorageError> {
    let mut tx = super::begin_write(pool).await?;
    let query = match recipients {
        Recipients::Everyone => sqlx::query_as(
            "UPDATE outbox SET status = 'sending' \
             WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?) \
             RETURNING id, chat_id, payload, attempts, maybe_sent",
        )
        .bind(now)
        .bind(limit),
        Recipients::Only(chat) => sqlx::query_as(
            "UPDATE outbox SET status = 'sending' \
             WHERE id IN (SELECT id FROM outbox WHERE chat_id = ? AND status = 'pending' AND due_at <= ? \
                          ORDER BY due_at, id LIMIT ?) \
             RETURNING id, chat_id, payload, attempts, maybe_sent",
        )
        .bind(chat)
        .bind(now)
        .bind(limit),
    };
    let rows: Vec<(i64, i64, String, i64, bool)> = query.fetch_all(&mut *tx).await?;
    tx.commit().await?;
    let mut claimed: Vec<OutboxRow> = rows
        .into_iter()
        .map(|(id, chat_id, payload, attempts, maybe_sent)| {
            let payload =
                serde_json::from_str(&payload).map_err(|e| StorageError::Corrupt(format!("outbox row {id}: {e}")))?;
            Ok(OutboxRow { id, chat_id, payload, attempts, maybe_sent })
        })
        .collect::<Result<_, StorageError>>()?;
    claimed.sort_by_key(|r| r.id);
    Ok(claimed)
}

pub async fn finish(
    pool: &SqlitePool,
    id: i64,
    outcome: Outcome,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    // A notice to someone erased keeps nothing of them once it is done with.
    let deleted = sqlx::query("DELETE FROM outbox WHERE id = ? AND kind = ?")
        .bind(id)
        .bind(ERASED_KIND)
        .execute(pool)
        .await?
        .rows_affected();
    if deleted == 1 {
        // Its chat id and language were in the write-ahead log since it was queued: out of the files too.
        return super::forget_erased(pool).await;
    }
    sqlx::query("UPDATE outbox SET status = ?, last_error = ?, done_at = ? WHERE id = ?")
        .bind(outcome.code())
        .bind(error)
        .bind(now)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Puts a row back to be tried again at `due_at`, without counting an attempt (after a 429: the message was
/// refused before it was looked at).
pub async fn retry_at(pool: &SqlitePool, id: i64, due_at: DateTime<Utc>, error: &str) -> Result<(), StorageError> {
    put_back(pool, id, due_at, error, 0).await
}

/// Records a failed attempt (network, server) and puts the row back to be tried again at `due_at`.
pub async fn failed_attempt(
    pool: &SqlitePool,
    id: i64,
    due_at: DateTime<Utc>,
    error: &str,
) -> Result<(), StorageError> {
    put_back(pool, id, due_at, error, 1).await
}

async fn put_back(
    pool: &SqlitePool,
    id: i64,
    due_at: DateTime<Utc>,
    error: &str,
    attempts: i64,
) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', due_at = ?, last_error = ?, attempts = attempts + ? WHERE id = ?",
    )
    .bind(due_at)
    .bind(error)
    .bind(attempts)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// After a crash: rows of `recipients` that were being sent go back to pending, marked as maybe sent (the crash
/// may have come after Telegram took them). Returns how many.
pub async fn recover(pool: &SqlitePool, recipients: Recipients) -> Result<u64, StorageError> {
    let query = match recipients {
        Recipients::Everyone => {
            sqlx::query("UPDATE outbox SET status = 'pending', maybe_sent = 1 WHERE status = 'sending'")
        }
        Recipients::Only(chat) => {
            sqlx::query("UPDATE outbox SET status = 'pending', maybe_sent = 1 WHERE status = 'sending' AND chat_id = ?")
                .bind(chat)
        }
    };
    Ok(query.execute(pool).await?.rows_affected())
}

/// Puts claimed rows that were never sent back to pending, as they were (a worker stopping).
pub async fn release(pool: &SqlitePool, ids: &[i64]) -> Result<(), StorageError> {
    let ids = serde_json::to_string(ids).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    sqlx::query(
        "UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND id IN (SELECT value FROM json_each(?))",
    )
    .bind(ids)
    .execute(pool)
    .await?;
    Ok(())
}

/// An attempt whose answer was lost: the message may have arrived. The row is tried once more at `due_at`.
pub async fn maybe_sent(pool: &SqlitePool, id: i64, due_at: DateTime<Utc>, error: &str) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', maybe_sent = 1, due_at = ?, last_error = ?, attempts = attempts + 1 \
         WHERE id = ?",
    )
    .bind(due_at)
    .bind(error)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Drops the pending rows of one kind for a session (its reminders, when the session changes).
pub async fn drop_pending(conn: &mut SqliteConnection, session: i64, kind: &str) -> Result<u64, StorageError> {
    Ok(sqlx::query("DELETE FROM outbox WHERE session_id = ? AND kind = ? AND status = 'pending'")
        .bind(session)
        .bind(kind)
        .execute(conn)
        .await?
        .rows_affected())
}

/// Drops everything still waiting for a person (on erasure).
/// Every message to `chat`, waiting or sent (for an erasure). Announcements' reports count what is left.
pub async fn drop_all_for(conn: &mut SqliteConnection, chat: TelegramId) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM outbox WHERE chat_id = ?").bind(chat).execute(conn).await?;
    Ok(())
}

/// Row counts by status, for reports and tests.
pub async fn counts(pool: &SqlitePool) -> Result<Vec<(String, i64)>, StorageError> {
    Ok(sqlx::query_as("SELECT status, COUNT(*) FROM outbox GROUP BY status ORDER BY status").fetch_all(pool).await?)
}

/// Messages waiting to be sent (pending or in flight), by kind: the outbox's depth.
pub async fn waiting_by_kind(pool: &SqlitePool) -> Result<Vec<(String, i64)>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT kind, COUNT(*) FROM outbox WHERE status IN ('pending', 'sending') GROUP BY kind ORDER BY kind",
    )
    .fetch_all(pool)
    .await?)
}

/// Messages not sent yet about one session or of one announcement, with the earliest due time (for `schedule`
/// and `/upcoming`).
#[derive(Debug, Clone)]
pub struct WaitingGroup {
    pub what: Waiting,
    pub due_at: DateTime<Utc>,
    pub count: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    Session { kind: AboutSession, id: i64 },
    Announcement { id: i64, author: TelegramId },
}

#[derive(sqlx::FromRow)]
struct GroupRow {
    kind: String,
    session: Option<i64>,
    broadcast: Option<i64>,
    author: Option<TelegramId>,
    due_at: DateTime<Utc>,
    count: i64,
}

/// Messages not sent yet, counted per kind and session or announcement; other kinds (notes to one person) are
/// left out.
pub async fn waiting_groups(pool: &SqlitePool) -> Result<Vec<WaitingGroup>, StorageError> {
    let rows: Vec<GroupRow> = sqlx::query_as(
        "SELECT o.kind, o.session_id AS session, o.broadcast_id AS broadcast, b.author, MIN(o.due_at) AS due_at, \
                COUNT(*) AS count \
         FROM outbox o LEFT JOIN broadcasts b ON b.id = o.broadcast_id \
         WHERE o.status IN ('pending', 'sending') GROUP BY o.kind, o.session_id, o.broadcast_id ORDER BY due_at",
    )
    .fetch_all(pool)
    .await?;
    let groups = rows.into_iter().filter_map(|GroupRow { kind, session, broadcast, author, due_at, count }| {
        let about = |kind| session.map(|id| Waiting::Session { kind, id });
        let what = match kind.as_str() {
            REMINDER => about(AboutSession::Reminder),
            SURVEY_INVITE => about(AboutSession::SurveyInvitation),
            SESSION_CHANGED | SESSION_CANCELLED => about(AboutSession::Notice),
            BROADCAST => broadcast.zip(author).map(|(id, author)| Waiting::Announcement { id, author }),
            _ => None,
        }?;
        Some(WaitingGroup { what, due_at, count })
    });
    Ok(groups.collect())
}
