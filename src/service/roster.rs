//! The answers behind `/people` — rosters, sessions to mark present at, who is absent — and the attendance
//! sheet's documents. Every answer is limited to the cohorts the person reaches as their roles are now.

use super::{ANSWERABLE, Core};
use crate::conversation::render::OutFile;
use crate::conversation::{CohortTask, Input};
use crate::domain::{CHECKIN_OPENS_BEFORE, CohortCode, Session, TelegramId};
use crate::reports::export;
use crate::storage::{StorageError, cohorts, roster, sessions};

/// Sessions offered to mark someone present at, the latest first.
const MARKABLE_SHOWN: usize = 10;

impl Core {
    /// The cohorts, not archived, that `user` reaches.
    pub(super) async fn reached_cohorts(&self, user: TelegramId, task: CohortTask) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let codes = cohorts::codes(self.db.read()).await?;
        Ok(Input::ReachedCohorts { task, cohorts: codes.into_iter().filter(|c| reach.includes(c)).collect() })
    }

    pub(super) async fn roster(&self, user: TelegramId, cohort: CohortCode, page: i64) -> Result<Input, StorageError> {
        if !self.reach_of(user).await?.includes(&cohort) {
            return Ok(Input::Roster(None));
        }
        Ok(Input::Roster(Some(roster::page(self.db.read(), &cohort, page, self.clock.now()).await?)))
    }

    /// Sessions of `cohort` at which someone may be marked present now: from when check-in opens until the
    /// survey can no longer be answered.
    pub(super) async fn markable_sessions(&self, user: TelegramId, cohort: CohortCode) -> Result<Input, StorageError> {
        let sessions = if self.reach_of(user).await?.includes(&cohort) {
            let now = self.clock.now();
            let mut found: Vec<Session> =
                sessions::list(self.db.read(), Some(&cohort)).await?.into_iter().filter(|s| markable(s, now)).collect();
            found.reverse();
            found.iter().take(MARKABLE_SHOWN).map(Session::to_label).collect()
        } else {
            Vec::new()
        };
        Ok(Input::MarkableSessions { cohort, sessions })
    }

    pub(super) async fn absent(&self, user: TelegramId, id: i64) -> Result<Input, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let reach = self.reach_of(user).await?;
        let session = sessions::find(&mut *conn, id).await?.filter(|s| reach.includes(&s.cohort));
        let Some(session) = session.filter(|s| markable(s, self.clock.now())) else {
            return Ok(Input::Absent { session: None, people: Vec::new() });
        };
        let people = roster::absent(&mut conn, &session).await?;
        Ok(Input::Absent { session: Some(session.to_label()), people })
    }

    /// What is about to be sent to the cohorts `user` reaches (their own announcements; every one for those who
    /// reach every cohort), in the coming days.
    pub(super) async fn planned(&self, user: TelegramId) -> Result<Input, StorageError> {
        use crate::delivery::forecast;
        let reach = self.reach_of(user).await?;
        let now = self.clock.now();
        let until = now + chrono::Duration::days(crate::conversation::UPCOMING_DAYS);
        let planned =
            forecast::upcoming(self.db.read(), &self.delivery_rules, (&reach, Some(user)), now, until).await?;
        Ok(Input::Planned(planned))
    }

    /// A cohort's printable poster, as a document (a photo would be recompressed), its name and link written
    /// under the code; nothing if the cohort is gone or the image cannot be made (logged).
    pub(super) async fn cohort_poster(&self, cohort: &CohortCode, link: &str) -> Result<Option<OutFile>, StorageError> {
        let Some(name) = cohorts::name_of(self.db.read(), cohort).await? else { return Ok(None) };
        match crate::reports::qr::poster_png(link, &name) {
            Ok(bytes) => Ok(Some(OutFile { name: format!("poster-{cohort}.png"), bytes, photo: false })),
            Err(e) => {
                tracing::error!(error = %e, %cohort, "cohort poster");
                Ok(None)
            }
        }
    }

    /// A cohort's attendance sheet as CSV and XLSX, made after the turn (and its audit entry) was stored. A
    /// document that cannot be made is left out (and logged).
    pub(super) async fn roster_files(&self, cohort: &CohortCode) -> Result<Vec<OutFile>, StorageError> {
        let (held, people) = roster::attendance(self.db.read(), cohort, self.clock.now()).await?;
        Ok(super::documents(&export::attendance_table(&held, &people), &format!("attendance-{cohort}")))
    }
}

/// Whether someone may be marked present at `session` at `now`: not cancelled, check-in open or past, and
/// its survey still answerable.
pub(super) fn markable(session: &Session, now: chrono::DateTime<chrono::Utc>) -> bool {
    !session.cancelled && CHECKIN_OPENS_BEFORE.before(session.starts_at) <= now && session.ends_at() + ANSWERABLE >= now
}
