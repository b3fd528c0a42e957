//! What the bot is about to send, and when (`schedule`, `/upcoming`): messages already waiting in the outbox,
//! and the reminders and survey invitations the worker will plan, by the rules it plans them with.
//! Recipients are counted as the cohort stands now; someone joining or muting later changes the figure.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

use super::WorkerOptions;
use crate::domain::{
    AboutSession, CohortCode, Planned, QuietHours, Reach, Sending, Session, Span, TelegramId, reminder_due,
};
use crate::storage::outbox::{self, Waiting};
use crate::storage::{StorageError, cohorts, sessions, surveys};

/// The worker's rules that decide when reminders and invitations go.
#[derive(Debug, Clone)]
pub struct Rules {
    pub reminder_offsets: Vec<Span>,
    pub survey_delay: Span,
    pub quiet_hours: QuietHours,
}

impl From<&WorkerOptions> for Rules {
    fn from(o: &WorkerOptions) -> Self {
        Self { reminder_offsets: o.reminder_offsets.clone(), survey_delay: o.survey_delay, quiet_hours: o.quiet_hours }
    }
}

/// Everything planned from `now` to `until` that `viewer` may see: sessions of the cohorts they reach, their own
/// announcements (every announcement for someone who reaches every cohort), in time order.
pub async fn upcoming(
    pool: &SqlitePool,
    rules: &Rules,
    viewer: (&Reach, Option<TelegramId>),
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<Planned>, StorageError> {
    let (reach, author) = viewer;
    let open: HashSet<CohortCode> = cohorts::codes(pool).await?.into_iter().collect();
    let shown: Vec<Session> = sessions::list(pool, None)
        .await?
        .into_iter()
        .filter(|s| open.contains(&s.cohort) && reach.includes(&s.cohort))
        .collect();
    let mut planned = waiting(pool, &shown, reach, author).await?;
    for session in shown.iter().filter(|s| !s.cancelled) {
        planned.extend(reminders(pool, rules, session, now, until).await?);
        planned.extend(invitation(pool, rules, session, now, until).await?);
    }
    planned.retain(|p| p.at <= until);
    planned.sort_by_key(|p| p.at);
    Ok(planned)
}

/// The reminders of `session` not handled yet: the one the worker sends at its next round, if one is due, and
/// those whose moment is still to come.
async fn reminders(
    pool: &SqlitePool,
    rules: &Rules,
    session: &Session,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<Planned>, StorageError> {
    if session.starts_at <= now || rules.reminder_offsets.iter().all(|o| o.before(session.starts_at) > until) {
        return Ok(Vec::new());
    }
    let handled = sessions::handled_offsets(&mut *pool.acquire().await?, session.id).await?;
    let due_now = reminder_due(session.starts_at, &rules.reminder_offsets, &handled, now).send;
    let later = rules.reminder_offsets.iter().filter(|o| !handled.contains(o) && o.before(session.starts_at) > now);
    let moments: Vec<DateTime<Utc>> =
        due_now.map(|_| now).into_iter().chain(later.map(|o| o.before(session.starts_at))).collect();
    if moments.is_empty() {
        return Ok(Vec::new());
    }
    let recipients = count(sessions::reminder_recipients(&mut *pool.acquire().await?, &session.cohort).await?);
    let what = about(AboutSession::Reminder, session);
    Ok(moments.into_iter().map(|at| Planned { at, what: what.clone(), recipients }).collect())
}

/// The survey invitation of `session`, if the worker has not planned it yet and will: after the session's
/// end and the delay, outside quiet hours, to whom it would go now.
async fn invitation(
    pool: &SqlitePool,
    rules: &Rules,
    session: &Session,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Option<Planned>, StorageError> {
    let answerable = chrono::Duration::days(crate::conversation::SURVEY_ANSWERABLE_DAYS);
    let ready = rules.survey_delay.after(session.ends_at());
    if ready > until || session.ends_at() < now - answerable || surveys::was_planned(pool, session.id).await? {
        return Ok(None);
    }
    let at = rules.quiet_hours.release(ready.max(now));
    let recipients = count(surveys::invitees(&mut *pool.acquire().await?, session).await?);
    let what = about(AboutSession::SurveyInvitation, session);
    Ok(Some(Planned { at, what, recipients }))
}

/// Messages already in the outbox and not sent yet, per session and kind or per announcement.
async fn waiting(
    pool: &SqlitePool,
    shown: &[Session],
    reach: &Reach,
    author: Option<TelegramId>,
) -> Result<Vec<Planned>, StorageError> {
    let theirs = |by: TelegramId| *reach == Reach::Everything || author.is_none_or(|a| a == by);
    let groups = outbox::waiting_groups(pool).await?.into_iter().filter_map(|group| {
        let what = match group.what {
            Waiting::Announcement { id, author } => theirs(author).then_some(Sending::Announcement { id }),
            Waiting::Session { kind, id } => shown.iter().find(|s| s.id == id).map(|session| about(kind, session)),
        }?;
        Some(Planned { at: group.due_at, what, recipients: group.count })
    });
    Ok(groups.collect())
}

fn about(kind: AboutSession, session: &Session) -> Sending {
    Sending::Session { kind, session: session.to_label(), cohort: session.cohort.clone() }
}

fn count(ids: Vec<TelegramId>) -> i64 {
    i64::try_from(ids.len()).unwrap_or(i64::MAX)
}
