//! The answers to the engine's queries, read on the readers, one method per feature.

use super::{ANSWERABLE, BROADCASTS_SHOWN, Core, PAGE_SIZE, REACHABLE_FUTURE, REACHABLE_PAST, UPCOMING_SHOWN};
use crate::conversation::{CheckinSession, Input, Query, ResultsHeader, SurveyTarget};
use crate::domain::{CohortCode, TelegramId, reach};
use crate::storage::{
    StorageError, broadcasts, cohorts, invites, participants, recommendations, roles, sessions, surveys,
};

impl Core {
    pub(super) async fn answer(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            q @ (Query::Cohort(..)
            | Query::CohortToJoin(..)
            | Query::AllCohorts
            | Query::Invite(..)
            | Query::MyActivity) => self.people_query(user, q).await,
            q @ (Query::Upcoming(..)
            | Query::RsvpSession { .. }
            | Query::ReachableSessions
            | Query::CheckinSessions
            | Query::CheckIn(..)) => self.sessions_query(user, q).await,
            q @ (Query::OpenSurveys
            | Query::SurveySession(..)
            | Query::ResultSessions
            | Query::Results(..)
            | Query::ProgrammeStats) => self.surveys_query(user, q).await,
            q @ (Query::CountAudience(..) | Query::MyBroadcasts) => self.broadcasts_query(user, q).await,
            q @ (Query::RecommendQuota
            | Query::NextPending
            | Query::PublishedThemes
            | Query::ApprovedPage { .. }
            | Query::EndorseTarget(..)
            | Query::Summary) => self.recommendations_query(user, q).await,
        }
    }

    async fn cohort_name(&self, code: &CohortCode) -> Result<Option<String>, StorageError> {
        cohorts::name_of(&mut *self.db.read().acquire().await?, code).await
    }

    /// Cohorts, invitations and what is stored about the person.
    async fn people_query(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            Query::Cohort(code) => {
                let name = self.cohort_name(&code).await?;
                Ok(Input::CohortLookup { code, name })
            }
            Query::CohortToJoin(code) => {
                let name = self.cohort_name(&code).await?;
                Ok(Input::CohortToJoin { code, name })
            }
            Query::AllCohorts => Ok(Input::AllCohorts(cohorts::codes(self.db.read()).await?)),
            Query::Invite(token) => {
                let invite = invites::find(self.db.read(), &token).await?.map(|i| (i.grant, i.expires_at, i.used));
                Ok(Input::InviteFound { token, invite })
            }
            Query::MyActivity => {
                Ok(Input::MyActivity(participants::activity(&mut *self.db.read().acquire().await?, user).await?))
            }
            other => Err(StorageError::Corrupt(format!("not a people query: {other:?}"))),
        }
    }

    /// Sessions: upcoming, RSVPs, check-in, and those a facilitator reaches.
    async fn sessions_query(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            Query::Upcoming(cohort) => {
                let now = self.clock.now();
                Ok(Input::Upcoming(sessions::upcoming(self.db.read(), &cohort, user, now, UPCOMING_SHOWN).await?))
            }
            Query::RsvpSession { session, answer } => {
                let mut conn = self.db.read().acquire().await?;
                let session = match sessions::find(&mut *conn, session).await? {
                    Some(s) => Some(sessions::view(&mut *conn, s, user).await?),
                    None => None,
                };
                Ok(Input::RsvpTarget { answer, session })
            }
            Query::ReachableSessions => {
                let reach = reach(&roles::grants_of(self.db.read(), user).await?);
                let now = self.clock.now();
                let found =
                    sessions::reachable(self.db.read(), &reach, now - REACHABLE_PAST, now + REACHABLE_FUTURE).await?;
                let labelled = found.into_iter().map(|s| (s.id, s.label())).collect();
                Ok(Input::ReachableSessions(labelled))
            }
            Query::CheckinSessions => {
                let reach = reach(&roles::grants_of(self.db.read(), user).await?);
                let now = self.clock.now();
                let found = sessions::not_over(self.db.read(), &reach, now, now + REACHABLE_FUTURE).await?;
                let open = found
                    .into_iter()
                    .map(|s| CheckinSession {
                        id: s.id,
                        cohort: s.cohort.clone(),
                        when: s.local_start(s.timezone),
                        title: s.title,
                        code: s.checkin_code,
                    })
                    .collect();
                Ok(Input::CheckinSessions(open))
            }
            Query::CheckIn(code) => {
                let mut conn = self.db.read().acquire().await?;
                let session = match sessions::by_checkin_code(&mut *conn, &code).await? {
                    Some(s) => Some(sessions::view(&mut *conn, s, user).await?),
                    None => None,
                };
                Ok(Input::CheckInTarget(session))
            }
            other => Err(StorageError::Corrupt(format!("not a sessions query: {other:?}"))),
        }
    }

    /// Surveys: those open to the person, one session's, and results.
    async fn surveys_query(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            Query::OpenSurveys => {
                let mut conn = self.db.read().acquire().await?;
                let Some(cohort) = participants::find(&mut *conn, user).await?.and_then(|p| p.profile.cohort) else {
                    return Ok(Input::OpenSurveys(Vec::new()));
                };
                let now = self.clock.now();
                let open = surveys::open_for(&mut conn, &cohort, user, now - ANSWERABLE, now).await?;
                Ok(Input::OpenSurveys(open.into_iter().map(|s| (s.id, s.label())).collect()))
            }
            Query::SurveySession(id) => {
                let mut conn = self.db.read().acquire().await?;
                let Some(session) = sessions::find(&mut *conn, id).await? else { return Ok(Input::SurveyTarget(None)) };
                let survey = surveys::survey_of(&mut *conn, id).await?;
                let answered = surveys::answered(&mut *conn, id, user).await?;
                let view = sessions::view(&mut *conn, session, user).await?;
                Ok(Input::SurveyTarget(Some(SurveyTarget { view, survey, answered })))
            }
            Query::ResultSessions => {
                let reach = reach(&roles::grants_of(self.db.read(), user).await?);
                let found = sessions::with_responses(self.db.read(), &reach).await?;
                Ok(Input::ResultSessions(found.into_iter().map(|s| (s.id, s.label())).collect()))
            }
            Query::Results(id) => {
                let reach = reach(&roles::grants_of(self.db.read(), user).await?);
                let session = sessions::find(self.db.read(), id).await?.filter(|s| reach.includes(&s.cohort));
                let Some(session) = session else {
                    return Ok(Input::Results { header: ResultsHeader::Refused, per_survey: Vec::new() });
                };
                let header = ResultsHeader::Session {
                    title: session.title.clone(),
                    when: session.local_start(session.timezone),
                };
                Ok(Input::Results { header, per_survey: surveys::answers_by_survey(self.db.read(), Some(id)).await? })
            }
            Query::ProgrammeStats => {
                let (participants, sessions, responses) =
                    surveys::programme_counts(self.db.read(), self.clock.now()).await?;
                let header = ResultsHeader::Programme { participants, sessions, responses };
                Ok(Input::Results { header, per_survey: surveys::answers_by_survey(self.db.read(), None).await? })
            }
            other => Err(StorageError::Corrupt(format!("not a surveys query: {other:?}"))),
        }
    }

    /// Broadcasts: an audience counted, the person's own in progress.
    async fn broadcasts_query(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            Query::CountAudience(audience) => {
                let reach = reach(&roles::grants_of(self.db.read(), user).await?);
                let mut conn = self.db.read().acquire().await?;
                let count = broadcasts::recipients(&mut conn, &audience, &reach).await?.len();
                Ok(Input::AudienceCount(u64::try_from(count).unwrap_or(u64::MAX)))
            }
            Query::MyBroadcasts => {
                let mut list = Vec::new();
                for (id, created) in broadcasts::latest_of(self.db.read(), user, BROADCASTS_SHOWN).await? {
                    list.push((id, created, broadcasts::progress(self.db.read(), id).await?));
                }
                Ok(Input::BroadcastProgress(list))
            }
            other => Err(StorageError::Corrupt(format!("not a broadcasts query: {other:?}"))),
        }
    }

    /// Recommendations: the day's quota, moderation, browsing, endorsing, the summary.
    async fn recommendations_query(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        match query {
            Query::RecommendQuota => {
                let since = self.clock.now() - chrono::Duration::days(1);
                let used = recommendations::submitted_since(&mut *self.db.read().acquire().await?, user, since).await?;
                Ok(Input::RecommendQuota { used, limit: self.recommendations_per_day })
            }
            Query::NextPending => {
                let (next, waiting) = recommendations::next_pending(self.db.read()).await?;
                Ok(Input::Pending { next, waiting })
            }
            Query::PublishedThemes => {
                Ok(Input::PublishedThemes(recommendations::approved_per_theme(self.db.read()).await?))
            }
            Query::ApprovedPage { theme, page } => {
                let (items, more) =
                    recommendations::approved_page(self.db.read(), &theme, page, PAGE_SIZE, user).await?;
                Ok(Input::ApprovedPage { theme, page, items, more })
            }
            Query::EndorseTarget(recommendation) => {
                let target = recommendations::endorse_target(self.db.read(), recommendation, user).await?;
                Ok(Input::EndorseTarget { recommendation, target })
            }
            Query::Summary => {
                let rows = recommendations::all_rows(self.db.read()).await?;
                let themes: Vec<String> = self.engine.themes().iter().map(|t| t.id.clone()).collect();
                let year = crate::reports::summary::current_year(self.clock.now(), self.timezone);
                Ok(Input::Summary(Box::new(crate::reports::summary::summarize(rows, &themes, year))))
            }
            other => Err(StorageError::Corrupt(format!("not a recommendations query: {other:?}"))),
        }
    }
}
