//! A cohort's roster (/people), its attendance sheet, and facilitators marking someone present by hand.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, ParticipantStatus, ROSTER_PAGE, Roster, RosterEntry, Session, TelegramId};

/// How each person stands, counted over the cohort's sessions: `?1` the cohort.
const PEOPLE: &str = "SELECT p.telegram_id, p.name, p.status, \
       (SELECT COUNT(*) FROM rsvps r JOIN sessions s ON s.id = r.session_id \
         WHERE r.telegram_id = p.telegram_id AND s.cohort_code = ?1 AND r.checked_in_at IS NOT NULL) AS attended, \
       (SELECT COUNT(*) FROM survey_done d JOIN sessions s ON s.id = d.session_id \
         WHERE d.telegram_id = p.telegram_id AND s.cohort_code = ?1) AS answered \
     FROM participants p WHERE p.cohort_code = ?1 ORDER BY p.name COLLATE NOCASE, p.telegram_id";

#[derive(sqlx::FromRow)]
struct Row {
    telegram_id: TelegramId,
    name: String,
    status: String,
    attended: i64,
    answered: i64,
}

impl Row {
    fn entry(self) -> RosterEntry {
        let status = self.status.parse().unwrap_or(ParticipantStatus::Active);
        RosterEntry { id: self.telegram_id, name: self.name, status, attended: self.attended, answered: self.answered }
    }
}

/// Page `page` (from 0) of the roster of `cohort`, in name order, with the cohort's totals.
pub async fn page(
    pool: &SqlitePool,
    cohort: &CohortCode,
    page: i64,
    now: DateTime<Utc>,
) -> Result<Roster, StorageError> {
    let (registered, pending): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(status = 'pending_guardian'), 0) FROM participants WHERE cohort_code = ?",
    )
    .bind(cohort.as_str())
    .fetch_one(pool)
    .await?;
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE cohort_code = ? AND cancelled = 0 AND starts_at <= ?")
            .bind(cohort.as_str())
            .bind(now)
            .fetch_one(pool)
            .await?;
    let page = page.clamp(0, (registered - 1).max(0) / ROSTER_PAGE);
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{PEOPLE} LIMIT ?2 OFFSET ?3")))
        .bind(cohort.as_str())
        .bind(ROSTER_PAGE)
        .bind(page * ROSTER_PAGE)
        .fetch_all(pool)
        .await?;
    let more = (page + 1) * ROSTER_PAGE < registered;
    let people = rows.into_iter().map(Row::entry).collect();
    Ok(Roster { cohort: cohort.clone(), registered, pending, sessions, page, more, people })
}

/// The members of a session's cohort not checked in at it, in name order: whom a facilitator may mark present.
pub async fn absent(conn: &mut SqliteConnection, session: &Session) -> Result<Vec<(TelegramId, String)>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT p.telegram_id, p.name FROM participants p WHERE p.cohort_code = ? AND NOT EXISTS \
           (SELECT 1 FROM rsvps r WHERE r.session_id = ? AND r.telegram_id = p.telegram_id \
              AND r.checked_in_at IS NOT NULL) \
         ORDER BY p.name COLLATE NOCASE, p.telegram_id",
    )
    .bind(session.cohort.as_str())
    .bind(session.id)
    .fetch_all(conn)
    .await?)
}

/// What marking someone present came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marked {
    Done,
    /// They are not (or no longer) in the session's cohort.
    NotMember,
    AlreadyPresent,
}

/// Marks `person` present at `session`, by the facilitator `by`, in the caller's transaction. Their survey
/// invitation, if the session's went out already, is planned by the delivery worker's next round (see
/// `surveys::plan_late_invitations`).
pub async fn mark_present(
    conn: &mut SqliteConnection,
    session: &Session,
    person: TelegramId,
    by: TelegramId,
    now: DateTime<Utc>,
) -> Result<Marked, StorageError> {
    let member: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM participants WHERE telegram_id = ? AND cohort_code = ?")
            .bind(person)
            .bind(session.cohort.as_str())
            .fetch_optional(&mut *conn)
            .await?;
    if member.is_none() {
        return Ok(Marked::NotMember);
    }
    let changed = sqlx::query(
        "INSERT INTO rsvps (session_id, telegram_id, checked_in_at, checked_in_by) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (session_id, telegram_id) DO UPDATE SET checked_in_at = ?3, checked_in_by = ?4 \
         WHERE checked_in_at IS NULL",
    )
    .bind(session.id)
    .bind(person)
    .bind(now)
    .bind(by)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(if changed == 1 { Marked::Done } else { Marked::AlreadyPresent })
}

/// The attendance sheet of a cohort: its sessions that have begun (not cancelled), and per person, in name
/// order, their status and for each session whether they came and whether they answered its survey.
pub async fn attendance(
    pool: &SqlitePool,
    cohort: &CohortCode,
    now: DateTime<Utc>,
) -> Result<(Vec<Session>, Vec<(RosterEntry, Vec<(bool, bool)>)>), StorageError> {
    let sessions: Vec<Session> = super::sessions::list(pool, Some(cohort))
        .await?
        .into_iter()
        .filter(|s| !s.cancelled && s.starts_at <= now)
        .collect();
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(PEOPLE)).bind(cohort.as_str()).fetch_all(pool).await?;
    let came: HashSet<(i64, TelegramId)> = sqlx::query_as(
        "SELECT r.session_id, r.telegram_id FROM rsvps r JOIN sessions s ON s.id = r.session_id \
         WHERE s.cohort_code = ? AND r.checked_in_at IS NOT NULL",
    )
    .bind(cohort.as_str())
    .fetch_all(pool)
    .await?
    .into_iter()
    .collect();
    let answered: HashSet<(i64, TelegramId)> = sqlx::query_as(
        "SELECT d.session_id, d.telegram_id FROM survey_done d JOIN sessions s ON s.id = d.session_id \
         WHERE s.cohort_code = ?",
    )
    .bind(cohort.as_str())
    .fetch_all(pool)
    .await?
    .into_iter()
    .collect();
    let people = rows
        .into_iter()
        .map(|row| {
            let id = row.telegram_id;
            let marks = sessions.iter().map(|s| (came.contains(&(s.id, id)), answered.contains(&(s.id, id))));
            let marks = marks.collect();
            (row.entry(), marks)
        })
        .collect();
    Ok((sessions, people))
}
