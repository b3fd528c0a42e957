//! Broadcasts: the announcement, its audience resolved to recipients, and its delivery progress.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use super::cohorts::IN_ARCHIVED_COHORT;
use super::outbox::{self, Payload};
use crate::domain::{Audience, Reach, TelegramId};

/// The participants an audience reaches, within what the author may reach: active, not muted.
pub async fn recipients(
    conn: &mut SqliteConnection,
    audience: &Audience,
    reach: &Reach,
) -> Result<Vec<TelegramId>, StorageError> {
    Ok(with_language(conn, audience, reach).await?.into_iter().map(|(id, _)| id).collect())
}

/// How many of an audience read each language, the most read first: what an author may add versions for.
pub async fn languages(
    conn: &mut SqliteConnection,
    audience: &Audience,
    reach: &Reach,
) -> Result<Vec<(String, u64)>, StorageError> {
    let mut counts: Vec<(String, u64)> = Vec::new();
    for (_, language) in with_language(conn, audience, reach).await? {
        match counts.iter_mut().find(|(l, _)| *l == language) {
            Some((_, n)) => *n += 1,
            None => counts.push((language, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(counts)
}

/// The audience within `reach`, each with their language.
async fn with_language(
    conn: &mut SqliteConnection,
    audience: &Audience,
    reach: &Reach,
) -> Result<Vec<(TelegramId, String)>, StorageError> {
    let Some((all, cohorts)) = super::reach_params(reach) else { return Ok(Vec::new()) };
    let (mut cohort, mut country, mut language, mut session) = (None, None, None, None);
    match audience {
        Audience::Everyone => {}
        Audience::Cohort { code } => cohort = Some(code.as_str().to_owned()),
        Audience::Country { code } => country = Some(code.code()),
        Audience::Language { code } => language = Some(code.clone()),
        Audience::Session { id } => session = Some(*id),
    }
    // Members of an archived cohort get no more announcements.
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT telegram_id, language FROM participants \
         WHERE status = 'active' AND muted = 0 AND coalesce(cohort_code, '') NOT {IN_ARCHIVED_COHORT} \
           AND (?1 OR cohort_code IN (SELECT value FROM json_each(?2))) \
           AND (?3 IS NULL OR cohort_code = ?3) \
           AND (?4 IS NULL OR country = ?4) \
           AND (?5 IS NULL OR language = ?5) \
           AND (?6 IS NULL OR telegram_id IN (SELECT telegram_id FROM rsvps WHERE session_id = ?6 \
                AND (checked_in_at IS NOT NULL OR answer = 'coming'))) \
         ORDER BY telegram_id"
    )))
    .bind(all)
    .bind(cohorts)
    .bind(cohort)
    .bind(country)
    .bind(language)
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// Stores a broadcast and one outbox row per recipient, in the caller's transaction. Returns its id and the
/// number of recipients.
pub async fn create(
    conn: &mut SqliteConnection,
    author: TelegramId,
    audience: &Audience,
    reach: &Reach,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(i64, usize), StorageError> {
    let recipients = recipients(conn, audience, reach).await?;
    let audience_json = serde_json::to_string(audience).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO broadcasts (author, audience, text, recipients, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(author)
    .bind(audience_json)
    .bind(text)
    .bind(i64::try_from(recipients.len()).unwrap_or(i64::MAX))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for chat in &recipients {
        outbox::enqueue(conn, *chat, &Payload::Broadcast { broadcast: id }, now, now).await?;
    }
    Ok((id, recipients.len()))
}

/// The text of announcement `id` for a reader of `language`: its version in that language, else as written.
pub async fn text_for(pool: &SqlitePool, id: i64, language: &str) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT COALESCE((SELECT v.text FROM broadcast_versions v WHERE v.broadcast_id = b.id AND v.language = ?), \
                b.text) FROM broadcasts b WHERE b.id = ?",
    )
    .bind(language)
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// Stores an announcement's versions in other languages (language, text), in the caller's transaction.
pub async fn add_versions(
    conn: &mut SqliteConnection,
    id: i64,
    versions: &[(String, String)],
) -> Result<(), StorageError> {
    for (language, text) in versions {
        sqlx::query("INSERT INTO broadcast_versions (broadcast_id, language, text) VALUES (?, ?, ?)")
            .bind(id)
            .bind(language)
            .bind(text)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub use crate::domain::BroadcastCounts as Progress;

pub async fn progress(pool: &SqlitePool, id: i64) -> Result<Progress, StorageError> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, COUNT(*) FROM outbox WHERE broadcast_id = ? AND kind = 'broadcast' GROUP BY status",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let mut p = Progress::default();
    for (status, n) in rows {
        match status.as_str() {
            "sent" => p.delivered += n,
            "blocked" => p.blocked += n,
            "skipped" => p.skipped += n,
            "failed" => p.failed += n,
            _ => p.waiting += n,
        }
        p.recipients += n;
    }
    Ok(p)
}

/// The author's latest broadcasts, newest first.
pub async fn latest_of(
    pool: &SqlitePool,
    author: TelegramId,
    limit: i64,
) -> Result<Vec<(i64, DateTime<Utc>)>, StorageError> {
    Ok(sqlx::query_as("SELECT id, created_at FROM broadcasts WHERE author = ? ORDER BY id DESC LIMIT ?")
        .bind(author)
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

/// Broadcasts whose every row is done and whose author has not been sent the report yet: queues the report,
/// once (the flag and the row are written together).
pub async fn queue_reports(pool: &SqlitePool, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let finished: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT b.id, b.author FROM broadcasts b WHERE b.report_queued = 0 AND NOT EXISTS \
         (SELECT 1 FROM outbox o WHERE o.broadcast_id = b.id AND o.kind = 'broadcast' AND o.status IN ('pending', 'sending'))",
    )
    .fetch_all(pool)
    .await?;
    for (id, author) in &finished {
        let mut tx = super::begin_write(pool).await?;
        let claimed = sqlx::query("UPDATE broadcasts SET report_queued = 1 WHERE id = ? AND report_queued = 0")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if claimed == 1 {
            outbox::enqueue(&mut tx, *author, &Payload::BroadcastReport { broadcast: *id }, now, now).await?;
        }
        tx.commit().await?;
    }
    Ok(finished.len())
}
