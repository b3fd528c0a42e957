//! Sessions, RSVPs, check-ins and reminder bookkeeping.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::{Executor, Sqlite, SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, NewSession, Rsvp, Session, SessionView, Span, TelegramId};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    cohort_code: String,
    title: String,
    module: Option<String>,
    starts_at: DateTime<Utc>,
    timezone: String,
    duration_seconds: i64,
    location: Option<String>,
    checkin_code: String,
    cancelled: bool,
}

impl TryFrom<Row> for Session {
    type Error = StorageError;

    fn try_from(r: Row) -> Result<Self, Self::Error> {
        let corrupt = |what: &str| StorageError::Corrupt(format!("session {}: {what}", r.id));
        Ok(Session {
            id: r.id,
            cohort: CohortCode::parse(&r.cohort_code).map_err(|_| corrupt("cohort"))?,
            title: r.title.clone(),
            module: r.module.clone(),
            starts_at: r.starts_at,
            timezone: r.timezone.parse().map_err(|_| corrupt("timezone"))?,
            duration: Span::from_secs(u64::try_from(r.duration_seconds).map_err(|_| corrupt("duration"))?),
            location: r.location.clone(),
            checkin_code: r.checkin_code.clone(),
            cancelled: r.cancelled,
        })
    }
}

const COLUMNS: &str =
    "id, cohort_code, title, module, starts_at, timezone, duration_seconds, location, checkin_code, cancelled";

fn select(rest: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM sessions {rest}"))
}

pub async fn insert(
    conn: &mut SqliteConnection,
    new: &NewSession,
    now: DateTime<Utc>,
) -> Result<Session, StorageError> {
    let code = new.checkin_code.clone();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sessions (cohort_code, title, module, starts_at, timezone, duration_seconds, location, \
             checkin_code, survey_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new.cohort.as_str())
    .bind(&new.title)
    .bind(&new.module)
    .bind(new.starts_at)
    .bind(new.timezone.name())
    .bind(i64::try_from(new.duration.as_secs()).unwrap_or(i64::MAX))
    .bind(&new.location)
    .bind(&code)
    .bind(&new.survey)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(Session {
        id,
        cohort: new.cohort.clone(),
        title: new.title.clone(),
        module: new.module.clone(),
        starts_at: new.starts_at,
        timezone: new.timezone,
        duration: new.duration,
        location: new.location.clone(),
        checkin_code: code,
        cancelled: false,
    })
}

pub async fn find<'e>(db: impl Executor<'e, Database = Sqlite>, id: i64) -> Result<Option<Session>, StorageError> {
    let row: Option<Row> = sqlx::query_as(select("WHERE id = ?")).bind(id).fetch_optional(db).await?;
    row.map(Session::try_from).transpose()
}

pub async fn by_checkin_code<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    code: &str,
) -> Result<Option<Session>, StorageError> {
    let row: Option<Row> = sqlx::query_as(select("WHERE checkin_code = ?")).bind(code).fetch_optional(db).await?;
    row.map(Session::try_from).transpose()
}

/// Sessions in start order, of one cohort or all.
pub async fn list<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    cohort: Option<&CohortCode>,
) -> Result<Vec<Session>, StorageError> {
    let rows: Vec<Row> = sqlx::query_as(select("WHERE (?1 IS NULL OR cohort_code = ?1) ORDER BY starts_at, id"))
        .bind(cohort.map(CohortCode::as_str))
        .fetch_all(db)
        .await?;
    rows.into_iter().map(Session::try_from).collect()
}

/// The next sessions of a cohort that have not ended and are not cancelled, with this participant's answers.
pub async fn upcoming(
    pool: &SqlitePool,
    cohort: &CohortCode,
    user: TelegramId,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<SessionView>, StorageError> {
    let rows: Vec<Row> = sqlx::query_as(select(
        "WHERE cohort_code = ? AND cancelled = 0 AND starts_at > ? ORDER BY starts_at, id LIMIT ?",
    ))
    .bind(cohort.as_str())
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        let session = Session::try_from(row)?;
        views.push(view(pool, session, user).await?);
    }
    Ok(views)
}

/// A session with one participant's answer.
pub async fn view<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    session: Session,
    user: TelegramId,
) -> Result<SessionView, StorageError> {
    let row: Option<(Option<String>, Option<DateTime<Utc>>)> =
        sqlx::query_as("SELECT answer, checked_in_at FROM rsvps WHERE session_id = ? AND telegram_id = ?")
            .bind(session.id)
            .bind(user)
            .fetch_optional(db)
            .await?;
    let (answer, checked_in) = row.unwrap_or_default();
    Ok(SessionView { session, rsvp: answer.as_deref().and_then(Rsvp::parse), checked_in: checked_in.is_some() })
}

pub async fn set_rsvp(
    conn: &mut SqliteConnection,
    session: i64,
    user: TelegramId,
    answer: Rsvp,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO rsvps (session_id, telegram_id, answer, answered_at) VALUES (?, ?, ?, ?) \
         ON CONFLICT (session_id, telegram_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
    )
    .bind(session)
    .bind(user)
    .bind(answer.code())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn check_in(
    conn: &mut SqliteConnection,
    session: i64,
    user: TelegramId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO rsvps (session_id, telegram_id, checked_in_at) VALUES (?, ?, ?) \
         ON CONFLICT (session_id, telegram_id) DO UPDATE SET checked_in_at = COALESCE(checked_in_at, excluded.checked_in_at)",
    )
    .bind(session)
    .bind(user)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// What may change about a session; `None` keeps the current value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionChanges {
    pub title: Option<String>,
    pub module: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub timezone: Option<Tz>,
    pub duration: Option<Span>,
    pub location: Option<String>,
}

pub async fn update(
    conn: &mut SqliteConnection,
    id: i64,
    changes: &SessionChanges,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE sessions SET title = COALESCE(?, title), module = COALESCE(?, module), \
             starts_at = COALESCE(?, starts_at), timezone = COALESCE(?, timezone), \
             duration_seconds = COALESCE(?, duration_seconds), location = COALESCE(?, location), updated_at = ? \
         WHERE id = ?",
    )
    .bind(&changes.title)
    .bind(&changes.module)
    .bind(changes.starts_at)
    .bind(changes.timezone.map(|tz| tz.name()))
    .bind(changes.duration.map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)))
    .bind(&changes.location)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn cancel(conn: &mut SqliteConnection, id: i64, now: DateTime<Utc>) -> Result<(), StorageError> {
    sqlx::query("UPDATE sessions SET cancelled = 1, updated_at = ? WHERE id = ?")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Participants who said they are coming.
/// Who hears that a session moved or was cancelled: everyone in its cohort who has not said they cannot come
/// (most never answer an RSVP, and would turn up to a cancelled workshop), and those who said they are coming
/// from another cohort since. Muted people too: a cancellation is not an announcement.
pub async fn to_tell(conn: &mut SqliteConnection, session: i64) -> Result<Vec<TelegramId>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT p.telegram_id FROM participants p JOIN sessions s ON s.id = ?1 AND p.cohort_code = s.cohort_code \
         WHERE NOT EXISTS (SELECT 1 FROM rsvps r \
                           WHERE r.session_id = ?1 AND r.telegram_id = p.telegram_id AND r.answer = 'not_coming') \
         UNION SELECT telegram_id FROM rsvps WHERE session_id = ?1 AND answer = 'coming' \
         ORDER BY 1",
    )
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// How many answered a session's survey, and how many checked in at it.
pub async fn response_rate(pool: &SqlitePool, session: i64) -> Result<(i64, i64), StorageError> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM survey_responses WHERE session_id = ?1), \
                (SELECT COUNT(*) FROM rsvps WHERE session_id = ?1 AND checked_in_at IS NOT NULL)",
    )
    .bind(session)
    .fetch_one(pool)
    .await?)
}

/// Sessions that may need a reminder now: not cancelled, not started, starting within `horizon`.
pub async fn needing_reminders(
    pool: &SqlitePool,
    now: DateTime<Utc>,
    horizon: Span,
) -> Result<Vec<Session>, StorageError> {
    let until = horizon.after(now);
    // An archived cohort's sessions are reminded of no more.
    let filter = format!(
        "WHERE cancelled = 0 AND starts_at > ? AND starts_at <= ? AND cohort_code NOT {} ORDER BY starts_at",
        super::cohorts::IN_ARCHIVED_COHORT
    );
    let rows: Vec<Row> = sqlx::query_as(select(&filter)).bind(now).bind(until).fetch_all(pool).await?;
    rows.into_iter().map(Session::try_from).collect()
}

pub async fn handled_offsets(conn: &mut SqliteConnection, session: i64) -> Result<Vec<Span>, StorageError> {
    let secs: Vec<i64> = sqlx::query_scalar("SELECT offset_seconds FROM reminder_runs WHERE session_id = ?")
        .bind(session)
        .fetch_all(conn)
        .await?;
    Ok(secs.into_iter().filter_map(|s| u64::try_from(s).ok()).map(Span::from_secs).collect())
}

pub async fn mark_handled(
    conn: &mut SqliteConnection,
    session: i64,
    offset: Span,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO reminder_runs (session_id, offset_seconds, handled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(session)
    .bind(i64::try_from(offset.as_secs()).unwrap_or(i64::MAX))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets handled offsets that are not yet due for the session's (new) start, so that they are planned again.
pub async fn forget_future_offsets(
    conn: &mut SqliteConnection,
    session: i64,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let seconds_left = (starts_at - now).num_seconds();
    sqlx::query("DELETE FROM reminder_runs WHERE session_id = ? AND offset_seconds < ?")
        .bind(session)
        .bind(seconds_left)
        .execute(conn)
        .await?;
    Ok(())
}

/// Active, unmuted members of a cohort: who gets its reminders.
pub async fn reminder_recipients(
    conn: &mut SqliteConnection,
    cohort: &CohortCode,
) -> Result<Vec<TelegramId>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT telegram_id FROM participants WHERE cohort_code = ? AND status = 'active' AND muted = 0 ORDER BY telegram_id",
    )
    .bind(cohort.as_str())
    .fetch_all(conn)
    .await?)
}

/// One row per RSVP or check-in, for `export rsvps`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RsvpRecord {
    pub telegram_id: i64,
    pub session_id: i64,
    pub session_title: String,
    pub cohort_code: String,
    pub starts_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub checked_in_at: Option<DateTime<Utc>>,
}

pub async fn rsvp_records(pool: &SqlitePool) -> Result<Vec<RsvpRecord>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT r.telegram_id, r.session_id, s.title AS session_title, s.cohort_code, s.starts_at, r.answer, \
             r.answered_at, r.checked_in_at \
         FROM rsvps r JOIN sessions s ON s.id = r.session_id ORDER BY s.starts_at, r.session_id, r.telegram_id",
    )
    .fetch_all(pool)
    .await?)
}

/// Sessions of the cohorts within `reach`, starting between `from` and `until`, not cancelled.
pub async fn reachable(
    pool: &SqlitePool,
    reach: &crate::domain::Reach,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<Session>, StorageError> {
    in_reach(pool, reach, "starts_at BETWEEN ?1 AND ?2", from, until).await
}

/// Sessions of the cohorts within `reach` that have not ended at `now` (however long ago a long one started)
/// and start by `until`, not cancelled.
pub async fn not_over(
    pool: &SqlitePool,
    reach: &crate::domain::Reach,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<Session>, StorageError> {
    in_reach(pool, reach, "unixepoch(starts_at) + duration_seconds >= unixepoch(?1) AND starts_at <= ?2", now, until)
        .await
}

/// The 50 sessions within `reach` that started last and have survey responses, the latest first.
pub async fn with_responses(pool: &SqlitePool, reach: &crate::domain::Reach) -> Result<Vec<Session>, StorageError> {
    // The reach is part of the query, so that a facilitator's sessions are not crowded out of the 50 by others'.
    let Some((all, cohorts)) = super::reach_params(reach) else { return Ok(Vec::new()) };
    let rows: Vec<Row> = sqlx::query_as(select(
        "WHERE id IN (SELECT session_id FROM survey_responses) \
           AND (?1 OR cohort_code IN (SELECT value FROM json_each(?2))) ORDER BY starts_at DESC, id DESC LIMIT 50",
    ))
    .bind(all)
    .bind(cohorts)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Session::try_from).collect()
}

/// The first 20 sessions, by start, of the cohorts within `reach` that are not cancelled and meet `condition`
/// on the times `?1` and `?2`.
async fn in_reach(
    pool: &SqlitePool,
    reach: &crate::domain::Reach,
    condition: &str,
    first: DateTime<Utc>,
    second: DateTime<Utc>,
) -> Result<Vec<Session>, StorageError> {
    let Some((all, cohorts)) = super::reach_params(reach) else { return Ok(Vec::new()) };
    let rows: Vec<Row> = sqlx::query_as(select(&format!(
        "WHERE cancelled = 0 AND {condition} \
           AND (?3 OR cohort_code IN (SELECT value FROM json_each(?4))) ORDER BY starts_at LIMIT 20"
    )))
    .bind(first)
    .bind(second)
    .bind(all)
    .bind(cohorts)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Session::try_from).collect()
}
