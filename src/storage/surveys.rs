//! Survey responses: one per participant and session, anonymous ones without the participant; invitation
//! planning; and the figures behind /results, /stats and `export feedback`.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqliteConnection, SqlitePool};

use super::StorageError;
use super::outbox::{self, Payload};
use crate::domain::{CohortCode, DEFAULT_SURVEY, Session, Span, SurveyAnswers, TelegramId};

/// A response about to be stored.
#[derive(Debug, Clone, Copy)]
pub struct Response<'a> {
    pub session: i64,
    pub survey: &'a str,
    pub version: u32,
    pub anonymous: bool,
}

/// The survey a session uses.
pub async fn survey_of<'e>(db: impl Executor<'e, Database = Sqlite>, session: i64) -> Result<String, StorageError> {
    let named: Option<Option<String>> =
        sqlx::query_scalar("SELECT survey_id FROM sessions WHERE id = ?").bind(session).fetch_optional(db).await?;
    Ok(named.flatten().unwrap_or_else(|| DEFAULT_SURVEY.to_owned()))
}

pub async fn answered<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    session: i64,
    user: TelegramId,
) -> Result<bool, StorageError> {
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM survey_done WHERE session_id = ? AND telegram_id = ?")
        .bind(session)
        .bind(user)
        .fetch_optional(db)
        .await?;
    Ok(found.is_some())
}

/// Stores a response, unless this person already answered this session's survey (then returns false).
pub async fn submit(
    conn: &mut SqliteConnection,
    user: TelegramId,
    response: &Response<'_>,
    answers: &[(String, String)],
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let first = sqlx::query("INSERT INTO survey_done (session_id, telegram_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .bind(response.session)
        .bind(user)
        .execute(&mut *conn)
        .await?
        .rows_affected()
        == 1;
    if !first {
        return Ok(false);
    }
    // Anonymous responses keep neither the person nor the time of day, and take a random negative id: the named
    // responses' ids count up and would otherwise place an anonymous one among them.
    let (who, when, id) = if response.anonymous {
        let day = now.date_naive().and_hms_opt(0, 0, 0).map_or(now, |d| d.and_utc());
        (None, day, Some(anonymous_id()))
    } else {
        (Some(user), now, None)
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO survey_responses (id, session_id, survey_id, survey_version, telegram_id, submitted_at) \
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(id)
    .bind(response.session)
    .bind(response.survey)
    .bind(i64::from(response.version))
    .bind(who)
    .bind(when)
    .fetch_one(&mut *conn)
    .await?;
    for (question, value) in answers {
        sqlx::query("INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)")
            .bind(id)
            .bind(question)
            .bind(value)
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// A random id below zero for an anonymous response, from the operating system's random source: one in 2^62,
/// so that two never meet in practice (a clash fails the answer, which the person can send again).
fn anonymous_id() -> i64 {
    let bits = crate::scheduling::random() >> 2;
    -1 - i64::try_from(bits).unwrap_or(i64::MAX >> 1)
}

/// Sessions of a cohort that ended between `from` and `now`, not cancelled, whose survey this person has not
/// answered.
pub async fn open_for(
    conn: &mut SqliteConnection,
    cohort: &CohortCode,
    user: TelegramId,
    from: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Session>, StorageError> {
    let candidates = super::sessions::list(&mut *conn, Some(cohort)).await?;
    let mut open = Vec::new();
    for s in candidates.into_iter().filter(|s| !s.cancelled && s.ends_at() <= now && s.ends_at() >= from) {
        if !answered(&mut *conn, s.id, user).await? {
            open.push(s);
        }
    }
    Ok(open)
}

/// Per survey: the number of responses and every (question, value) answer, for one session or all.
pub async fn answers_by_survey(pool: &SqlitePool, session: Option<i64>) -> Result<Vec<SurveyAnswers>, StorageError> {
    let counts: Vec<(String, i64)> = sqlx::query_as(
        "SELECT survey_id, COUNT(*) FROM survey_responses WHERE (?1 IS NULL OR session_id = ?1) GROUP BY survey_id ORDER BY survey_id",
    )
    .bind(session)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(counts.len());
    for (survey, n) in counts {
        let answers: Vec<(String, String)> = sqlx::query_as(
            "SELECT a.question_id, a.value FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id \
             WHERE r.survey_id = ?1 AND (?2 IS NULL OR r.session_id = ?2) ORDER BY r.id",
        )
        .bind(&survey)
        .bind(session)
        .fetch_all(pool)
        .await?;
        out.push(SurveyAnswers { survey, responses: n, answers });
    }
    Ok(out)
}

/// Active participants, sessions that have started, and survey responses.
pub async fn programme_counts(pool: &SqlitePool, now: DateTime<Utc>) -> Result<(i64, i64, i64), StorageError> {
    let participants: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM participants WHERE status = 'active'").fetch_one(pool).await?;
    let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE cancelled = 0 AND starts_at <= ?")
        .bind(now)
        .fetch_one(pool)
        .await?;
    let responses: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses").fetch_one(pool).await?;
    Ok((participants, sessions, responses))
}

/// One stored response, for exports.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub id: i64,
    pub session_id: i64,
    pub session_title: String,
    pub cohort: String,
    pub survey: String,
    pub version: i64,
    pub submitted_at: DateTime<Utc>,
    pub answers: Vec<(String, String)>,
}

#[derive(sqlx::FromRow)]
struct ResponseRow {
    id: i64,
    session_id: i64,
    title: String,
    cohort_code: String,
    survey_id: String,
    survey_version: i64,
    submitted_at: DateTime<Utc>,
}

/// Every response with its answers, oldest first.
pub async fn all_responses(pool: &SqlitePool) -> Result<Vec<StoredResponse>, StorageError> {
    let rows: Vec<ResponseRow> = sqlx::query_as(
        "SELECT r.id, r.session_id, s.title, s.cohort_code, r.survey_id, r.survey_version, r.submitted_at \
         FROM survey_responses r JOIN sessions s ON s.id = r.session_id ORDER BY r.id",
    )
    .fetch_all(pool)
    .await?;
    let answers: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT response_id, question_id, value FROM survey_answers ORDER BY response_id")
            .fetch_all(pool)
            .await?;
    let mut by_response: std::collections::HashMap<i64, Vec<(String, String)>> = Default::default();
    for (response, question, value) in answers {
        by_response.entry(response).or_default().push((question, value));
    }
    Ok(rows
        .into_iter()
        .map(|r| StoredResponse {
            answers: by_response.remove(&r.id).unwrap_or_default(),
            id: r.id,
            session_id: r.session_id,
            session_title: r.title,
            cohort: r.cohort_code,
            survey: r.survey_id,
            version: r.survey_version,
            submitted_at: r.submitted_at,
        })
        .collect())
}

/// Plans invitations for sessions that ended at least `delay` ago (and not more than `window` ago), once each:
/// to those who checked in, else those who said they were coming, else the whole cohort (active, not muted).
/// Invitations that would arrive in quiet hours wait until they end (`due` maps a moment to when it may go).
pub async fn plan_invitations(
    pool: &SqlitePool,
    delay: Span,
    window: chrono::Duration,
    now: DateTime<Utc>,
    due: impl Fn(DateTime<Utc>) -> DateTime<Utc>,
) -> Result<usize, StorageError> {
    let since = now - window - chrono::Duration::days(1);
    let candidates: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM sessions WHERE cancelled = 0 AND starts_at >= ? AND starts_at <= ? \
           AND id NOT IN (SELECT session_id FROM survey_runs)",
    )
    .bind(since)
    .bind(now)
    .fetch_all(pool)
    .await?;
    let mut queued = 0;
    for id in candidates {
        let Some(session) = super::sessions::find(pool, id).await? else { continue };
        let ready = delay.after(session.ends_at());
        if ready > now || session.ends_at() < now - window {
            continue;
        }
        let mut tx = super::begin_write(pool).await?;
        let claimed =
            sqlx::query("INSERT INTO survey_runs (session_id, planned_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if claimed == 1 {
            let when = due(now);
            for chat in invitees(&mut tx, &session).await? {
                outbox::enqueue(&mut tx, chat, &Payload::SurveyInvite { session: id }, when, now).await?;
                queued += 1;
            }
        }
        tx.commit().await?;
    }
    Ok(queued)
}

/// Plans the invitations of people a facilitator marked present after their session's invitations went out
/// (they were not among those invited then), within `window` of being marked, unless they answered already or
/// were invited.
pub async fn plan_late_invitations(
    pool: &SqlitePool,
    window: chrono::Duration,
    now: DateTime<Utc>,
    due: impl Fn(DateTime<Utc>) -> DateTime<Utc>,
) -> Result<usize, StorageError> {
    let late: Vec<(i64, TelegramId)> = sqlx::query_as(
        // CROSS JOIN keeps rsvps outermost, read through the index of those marked by hand (a few rows), whatever
        // the planner would guess without statistics.
        "SELECT r.session_id, r.telegram_id FROM rsvps r \
         CROSS JOIN survey_runs u ON u.session_id = r.session_id \
         CROSS JOIN participants p ON p.telegram_id = r.telegram_id AND p.status = 'active' AND p.muted = 0 \
         WHERE r.checked_in_by IS NOT NULL AND r.checked_in_at >= u.planned_at AND r.checked_in_at >= ? \
           AND NOT EXISTS (SELECT 1 FROM survey_done d WHERE d.session_id = r.session_id AND d.telegram_id = r.telegram_id) \
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'survey_invite' AND o.session_id = r.session_id \
                             AND o.chat_id = r.telegram_id)",
    )
    .bind(now - window)
    .fetch_all(pool)
    .await?;
    if late.is_empty() {
        return Ok(0);
    }
    // The worker is the only one planning invitations, one round at a time: nothing else adds them meanwhile.
    let mut tx = super::begin_write(pool).await?;
    for (session, chat) in &late {
        outbox::enqueue(&mut tx, *chat, &Payload::SurveyInvite { session: *session }, due(now), now).await?;
    }
    tx.commit().await?;
    Ok(late.len())
}

/// Whether the invitations of `session` were planned already.
pub async fn was_planned(pool: &SqlitePool, session: i64) -> Result<bool, StorageError> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM survey_runs WHERE session_id = ?").bind(session).fetch_optional(pool).await?;
    Ok(found.is_some())
}

/// Who a session's survey invitation goes to: those who checked in, else those who said they were coming, else
/// the whole cohort (active, not muted).
pub async fn invitees(conn: &mut SqliteConnection, session: &Session) -> Result<Vec<TelegramId>, StorageError> {
    let base =
        "SELECT p.telegram_id FROM participants p WHERE p.status = 'active' AND p.muted = 0 AND p.cohort_code = ?2";
    for filter in [
        "AND p.telegram_id IN (SELECT telegram_id FROM rsvps WHERE session_id = ?1 AND checked_in_at IS NOT NULL)",
        "AND p.telegram_id IN (SELECT telegram_id FROM rsvps WHERE session_id = ?1 AND answer = 'coming')",
        "AND ?1 = ?1",
    ] {
        let ids: Vec<TelegramId> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{base} {filter} ORDER BY p.telegram_id")))
                .bind(session.id)
                .bind(session.cohort.as_str())
                .fetch_all(&mut *conn)
                .await?;
        if !ids.is_empty() {
            return Ok(ids);
        }
    }
    Ok(Vec::new())
}
