//! The answers to the engine's queries, read on the readers: one match over every query (the compiler checks
//! that each has its answer), the longer answers in methods of their own, grouped by feature.

use super::{ANSWERABLE, BROADCASTS_SHOWN, Core, PAGE_SIZE, REACHABLE_FUTURE, REACHABLE_PAST, UPCOMING_SHOWN};
use crate::conversation::{CheckinSession, Input, Query, ResultsHeader, SurveyTarget};
use crate::domain::{Audience, CohortCode, Reach, Rsvp, Session, TelegramId, reach};
use crate::storage::{
    StorageError, broadcasts, cohorts, guardians, invites, participants, recommendations, roles, sessions, surveys,
    translators,
};

impl Core {
    pub(super) async fn answer(&self, user: TelegramId, query: Query) -> Result<Input, StorageError> {
        let read = self.db.read();
        Ok(match query {
            // Cohorts, invitations and what is stored about the person.
            Query::Cohort(code) => Input::CohortLookup { name: self.cohort_name(&code).await?, code },
            Query::CohortToJoin(code) => Input::CohortToJoin { name: self.cohort_name(&code).await?, code },
            Query::AllCohorts => Input::AllCohorts(cohorts::codes(read).await?),
            Query::Invite(token) => self.invite(token).await?,
            Query::MyActivity => Input::MyActivity(participants::activity(&mut *read.acquire().await?, user).await?),
            Query::ParticipantName(id) => {
                let found = participants::find(read, id).await?;
                Input::ParticipantFound { id, name: found.map(|p| p.profile.name) }
            }
            // Guardians.
            Query::GuardianRequest(token) => {
                let request = guardians::find(&mut *read.acquire().await?, &token).await?;
                Input::GuardianRequestFound { token, request: request.map(|(r, _)| r) }
            }
            Query::WaitingForGuardian => self.waiting_for_guardian(user).await?,
            Query::Planned => self.planned(user).await?,
            // Rosters.
            Query::ReachedCohorts(task) => self.reached_cohorts(user, task).await?,
            Query::Roster { cohort, page } => self.roster(user, cohort, page).await?,
            Query::MarkableSessions(cohort) => self.markable_sessions(user, cohort).await?,
            Query::Absent(session) => self.absent(user, session).await?,
            // Sessions.
            Query::Upcoming(cohort) => {
                Input::Upcoming(sessions::upcoming(read, &cohort, user, self.clock.now(), UPCOMING_SHOWN).await?)
            }
            Query::RsvpSession { session, answer } => self.rsvp_session(user, session, answer).await?,
            Query::ReachableSessions => self.reachable_sessions(user).await?,
            Query::CheckinSessions => self.checkin_sessions(user).await?,
            Query::CheckIn(code) => self.check_in_target(user, &code).await?,
            // Surveys.
            Query::OpenSurveys => self.open_surveys(user).await?,
            Query::SurveySession(id) => self.survey_session(user, id).await?,
            Query::ResultSessions => self.result_sessions(user).await?,
            Query::Results(id) => self.results(user, id).await?,
            Query::ProgrammeStats => self.programme_stats().await?,
            // Broadcasts.
            Query::CountAudience(audience) => self.count_audience(user, &audience).await?,
            Query::MyBroadcasts => self.my_broadcasts(user).await?,
            // Recommendations.
            Query::RecommendQuota => self.recommend_quota(user).await?,
            Query::NextPending => self.next_pending().await?,
            Query::PublishedThemes => Input::PublishedThemes(recommendations::approved_per_theme(read).await?),
            Query::ApprovedPage { theme, page, original } => self.approved_page(user, theme, page, original).await?,
            Query::TranslatorLanguages { target } => {
                let languages = translators::languages_of(&mut *read.acquire().await?, user).await?;
                Input::TranslatorLanguages { languages, target }
            }
            Query::ToTranslate { language, target, skipped } => {
                let (item, waiting) = recommendations::to_translate(read, &language, target, &skipped).await?;
                Input::ToTranslate { language, item, waiting }
            }
            Query::EndorseTarget(recommendation) => Input::EndorseTarget {
                target: recommendations::endorse_target(read, recommendation, user).await?,
                recommendation,
            },
            Query::Summary => self.summary().await?,
        })
    }

    /// Those waiting for a guardian in the cohorts `user` reaches, labelled with their cohort and the day they
    /// registered.
    async fn waiting_for_guardian(&self, user: TelegramId) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let waiting = guardians::waiting(&mut *self.db.read().acquire().await?).await?;
        let zone = self.timezone;
        let shown = waiting
            .into_iter()
            .filter_map(|w| {
                let cohort = w.cohort_code.as_deref().and_then(|c| CohortCode::parse(c).ok());
                // Someone without a cohort is for those who reach every cohort.
                let reached = match &cohort {
                    Some(code) => reach.includes(code),
                    None => reach == Reach::Everything,
                };
                let since = w.requested_at.with_timezone(&zone).format("%d.%m.");
                let cohort = cohort.map_or_else(|| "—".to_owned(), |c| c.to_string());
                reached.then(|| (w.telegram_id, w.name, format!("{cohort} · {since}")))
            })
            .collect();
        Ok(Input::WaitingForGuardian(shown))
    }

    async fn cohort_name(&self, code: &CohortCode) -> Result<Option<String>, StorageError> {
        cohorts::name_of(&mut *self.db.read().acquire().await?, code).await
    }

    /// The cohorts the person's roles reach, as stored now.
    pub(super) async fn reach_of(&self, user: TelegramId) -> Result<Reach, StorageError> {
        Ok(reach(&roles::grants_of(self.db.read(), user).await?))
    }

    async fn rsvp_session(&self, user: TelegramId, session: i64, answer: Rsvp) -> Result<Input, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let session = match sessions::find(&mut *conn, session).await? {
            Some(s) => Some(sessions::view(&mut *conn, s, user).await?),
            None => None,
        };
        Ok(Input::RsvpTarget { answer, session })
    }

    async fn check_in_target(&self, user: TelegramId, code: &str) -> Result<Input, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let session = match sessions::by_checkin_code(&mut *conn, code).await? {
            Some(s) => Some(sessions::view(&mut *conn, s, user).await?),
            None => None,
        };
        Ok(Input::CheckInTarget(session))
    }

    async fn reachable_sessions(&self, user: TelegramId) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let now = self.clock.now();
        let found = sessions::reachable(self.db.read(), &reach, now - REACHABLE_PAST, now + REACHABLE_FUTURE).await?;
        Ok(Input::ReachableSessions(found.iter().map(Session::to_label).collect()))
    }

    async fn checkin_sessions(&self, user: TelegramId) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let now = self.clock.now();
        let found = sessions::not_over(self.db.read(), &reach, now, now + REACHABLE_FUTURE).await?;
        let open = found
            .into_iter()
            .map(|s| CheckinSession {
                id: s.id,
                cohort: s.cohort.clone(),
                when: s.start(),
                title: s.title,
                code: s.checkin_code,
            })
            .collect();
        Ok(Input::CheckinSessions(open))
    }

    /// The sessions of the last days whose survey the person can still answer.
    async fn open_surveys(&self, user: TelegramId) -> Result<Input, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let Some(cohort) = participants::find(&mut *conn, user).await?.and_then(|p| p.profile.cohort) else {
            return Ok(Input::OpenSurveys(Vec::new()));
        };
        let now = self.clock.now();
        let open = surveys::open_for(&mut conn, &cohort, user, now - ANSWERABLE, now).await?;
        Ok(Input::OpenSurveys(open.iter().map(Session::to_label).collect()))
    }

    async fn survey_session(&self, user: TelegramId, id: i64) -> Result<Input, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let Some(session) = sessions::find(&mut *conn, id).await? else { return Ok(Input::SurveyTarget(None)) };
        let survey = surveys::survey_of(&mut *conn, id).await?;
        let answered = surveys::answered(&mut *conn, id, user).await?;
        let view = sessions::view(&mut *conn, session, user).await?;
        Ok(Input::SurveyTarget(Some(SurveyTarget { view, survey, answered })))
    }

    /// One session's results, for someone whose roles reach its cohort.
    async fn results(&self, user: TelegramId, id: i64) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let session = sessions::find(self.db.read(), id).await?.filter(|s| reach.includes(&s.cohort));
        let Some(session) = session else {
            return Ok(Input::Results { header: ResultsHeader::Refused, per_survey: Vec::new() });
        };
        let (answered, attended) = sessions::response_rate(self.db.read(), id).await?;
        let when = session.start();
        let header = ResultsHeader::Session { title: session.title.clone(), when, answered, attended };
        Ok(Input::Results { header, per_survey: surveys::answers_by_survey(self.db.read(), Some(id)).await? })
    }

    async fn result_sessions(&self, user: TelegramId) -> Result<Input, StorageError> {
        let found = sessions::with_responses(self.db.read(), &self.reach_of(user).await?).await?;
        Ok(Input::ResultSessions(found.iter().map(Session::to_label).collect()))
    }

    async fn programme_stats(&self) -> Result<Input, StorageError> {
        let read = self.db.read();
        let (participants, sessions, responses) = surveys::programme_counts(read, self.clock.now()).await?;
        let header = ResultsHeader::Programme { participants, sessions, responses };
        Ok(Input::Results { header, per_survey: surveys::answers_by_survey(read, None).await? })
    }

    async fn count_audience(&self, user: TelegramId, audience: &Audience) -> Result<Input, StorageError> {
        let reach = self.reach_of(user).await?;
        let languages = broadcasts::languages(&mut *self.db.read().acquire().await?, audience, &reach).await?;
        Ok(Input::AudienceCount(languages))
    }

    async fn recommend_quota(&self, user: TelegramId) -> Result<Input, StorageError> {
        let since = self.clock.now() - chrono::Duration::days(1);
        let used = recommendations::submitted_since(&mut *self.db.read().acquire().await?, user, since).await?;
        Ok(Input::RecommendQuota { used, limit: self.recommendations_per_day })
    }

    async fn my_broadcasts(&self, user: TelegramId) -> Result<Input, StorageError> {
        let mut list = Vec::new();
        for (id, created) in broadcasts::latest_of(self.db.read(), user, BROADCASTS_SHOWN).await? {
            list.push((id, created, broadcasts::progress(self.db.read(), id).await?));
        }
        Ok(Input::BroadcastProgress(list))
    }

    async fn next_pending(&self) -> Result<Input, StorageError> {
        let (next, waiting) = recommendations::next_pending(self.db.read()).await?;
        Ok(Input::Pending { next, waiting })
    }

    async fn invite(&self, token: String) -> Result<Input, StorageError> {
        let invite = invites::find(self.db.read(), &token).await?.map(|i| (i.invitation, i.expires_at, i.used));
        Ok(Input::InviteFound { token, invite })
    }

    async fn approved_page(
        &self,
        user: TelegramId,
        theme: String,
        page: i64,
        original: bool,
    ) -> Result<Input, StorageError> {
        let (items, more) = recommendations::approved_page(self.db.read(), &theme, page, PAGE_SIZE, user).await?;
        Ok(Input::ApprovedPage { theme, page, original, items, more })
    }

    async fn summary(&self) -> Result<Input, StorageError> {
        let rows = recommendations::all_rows(self.db.read()).await?;
        let themes: Vec<String> = self.engine.themes().iter().map(|t| t.id.clone()).collect();
        let year = crate::reports::summary::current_year(self.clock.now(), self.timezone);
        Ok(Input::Summary(Box::new(crate::reports::summary::summarize(rows, &themes, year))))
    }
}
