//! The dialogue engine: pure functions from (conversation state, input) to (new state, replies, effects).
//! It never sees a Telegram type or a database: transports turn updates into [`Input`]s and render
//! [`Reply`]s; the [`crate::service`] applies [`Effect`]s and answers [`Query`]s.

mod command;
pub mod dialogues;
mod engine;
pub mod flow;
pub mod messages;
pub mod render;
mod reply;
mod state;
pub mod surveys;
pub mod themes;

pub use command::{Command, parse_command};
pub use dialogues::Dialogues;
pub use engine::{
    CHECKIN_PREFIX, Context, Engine, INVITE_PREFIX, Outcome, RECOMMENDATIONS_PAGE_SIZE, SURVEY_ANSWERABLE_DAYS,
    UPCOMING_DAYS, report_args, session_args,
};
pub use reply::{Action, ActionButton, Arg, Attachment, Choice, Effect, Label, Msg, Query, Reply};
pub use state::{
    BroadcastDraft, BroadcastStep, CheckinSession, CohortTask, Conversation, Draft, EraseStep, Form, FormMode,
    GrantStep, Optional, Phase, PromptId, RecommendDraft, RecommendStep, SessionDraft, SessionStep, SurveyProgress,
    TranslateStep,
};

use chrono::{DateTime, Utc};

use crate::domain::summary::Summary;
use crate::domain::{
    Activity, ApprovedRecommendation, BroadcastCounts, CohortCode, EndorseTarget, GuardianRequest, Invitation,
    LocalTime, PendingRecommendation, Planned, Roster, Rsvp, SessionLabel, SessionView, SurveyAnswers, TelegramId,
    ToTranslate,
};

/// What a person did, independent of the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Command(Command),
    /// A `/word` the bot does not know.
    UnknownCommand(String),
    Text(String),
    /// A button press: the prompt it belonged to and the option's value.
    Choice {
        prompt: PromptId,
        value: String,
    },
    /// A sticker, photo, voice message or anything else that is not text.
    NonText,
    /// The transport shows the chat afresh (`simulate` started again on a conversation in the middle of a
    /// question): the open question is asked again, with its buttons; nothing if none is open. Telegram keeps
    /// the chat's messages, so its transport never sends this.
    Resume,
    /// A press on "Start again" after a declined registration: `/start`, keeping the first attempt's cohort.
    StartAgain {
        cohort: Option<CohortCode>,
    },
    /// A press on "Move to <cohort>", offered when a registered participant opens another cohort's link.
    JoinCohort {
        cohort: CohortCode,
    },
    /// The answer to [`Query::CohortToJoin`]: the cohort's name, if it exists.
    CohortToJoin {
        code: CohortCode,
        name: Option<String>,
    },
    /// The answer to [`Query::Cohort`], fed back by the service within the same turn.
    CohortLookup {
        code: CohortCode,
        name: Option<String>,
    },
    /// A press on an RSVP button (of a reminder or of /sessions).
    Rsvp {
        session: i64,
        answer: Rsvp,
    },
    /// The answer to [`Query::Upcoming`].
    Upcoming(Vec<SessionView>),
    /// The answer to [`Query::RsvpSession`].
    RsvpTarget {
        answer: Rsvp,
        session: Option<SessionView>,
    },
    /// The answer to [`Query::CheckIn`].
    CheckInTarget(Option<SessionView>),
    /// The answer to [`Query::ReachableSessions`].
    ReachableSessions(Vec<SessionLabel>),
    /// The answer to [`Query::AllCohorts`], by code.
    AllCohorts(Vec<CohortCode>),
    /// The answer to [`Query::CountAudience`].
    AudienceCount(Vec<(String, u64)>),
    /// The answer to [`Query::Invite`]: the grant, its expiry, and whether it was used.
    InviteFound {
        token: String,
        invite: Option<(Invitation, DateTime<Utc>, bool)>,
    },
    /// The answer to [`Query::MyBroadcasts`]: id, creation time, progress.
    BroadcastProgress(Vec<(i64, DateTime<Utc>, BroadcastCounts)>),
    /// A press on a survey invitation's button (or in /feedback).
    StartSurvey {
        session: i64,
    },
    /// The answer to [`Query::SurveySession`].
    SurveyTarget(Option<SurveyTarget>),
    /// The answer to [`Query::OpenSurveys`].
    OpenSurveys(Vec<SessionLabel>),
    /// The answer to [`Query::ResultSessions`].
    ResultSessions(Vec<SessionLabel>),
    /// The answer to [`Query::CheckinSessions`].
    CheckinSessions(Vec<CheckinSession>),
    /// The answer to [`Query::Planned`], in time order.
    Planned(Vec<Planned>),
    /// The answer to [`Query::ReachedCohorts`].
    ReachedCohorts {
        task: CohortTask,
        cohorts: Vec<CohortCode>,
    },
    /// The answer to [`Query::Roster`]; `None` if the person does not reach the cohort.
    Roster(Option<Roster>),
    /// The answer to [`Query::MarkableSessions`].
    MarkableSessions {
        cohort: CohortCode,
        sessions: Vec<SessionLabel>,
    },
    /// The answer to [`Query::Absent`]: the session (`None` if gone or out of reach) and who is not checked in.
    Absent {
        session: Option<SessionLabel>,
        people: Vec<(TelegramId, String)>,
    },
    /// The answer to [`Query::Results`] or [`Query::ProgrammeStats`]: per survey, its responses and answers.
    Results {
        header: ResultsHeader,
        per_survey: Vec<SurveyAnswers>,
    },
    /// A press on "Endorse".
    Endorse {
        recommendation: i64,
    },
    /// A press on a theme, "Next page" or "Show as written" while browsing recommendations.
    Browse {
        theme: String,
        page: i64,
        /// As written, not in the reader's script.
        original: bool,
    },
    /// The answer to [`Query::RecommendQuota`]: recommendations today, and the daily limit.
    RecommendQuota {
        used: i64,
        limit: i64,
    },
    /// The answer to [`Query::NextPending`]: the oldest pending recommendation and how many wait.
    Pending {
        next: Option<PendingRecommendation>,
        waiting: i64,
    },
    /// The answer to [`Query::PublishedThemes`]: theme id and approved recommendations, for themes with some.
    PublishedThemes(Vec<(String, i64)>),
    /// The answer to [`Query::ApprovedPage`].
    ApprovedPage {
        theme: String,
        page: i64,
        original: bool,
        items: Vec<ApprovedRecommendation>,
        more: bool,
    },
    /// The answer to [`Query::EndorseTarget`].
    EndorseTarget {
        recommendation: i64,
        target: Option<EndorseTarget>,
    },
    /// The answer to [`Query::Summary`].
    Summary(Box<Summary>),
    /// The answer to [`Query::MyActivity`].
    MyActivity(Activity),
    /// The answer to [`Query::GuardianRequest`]: who the link is about, while they still wait.
    GuardianRequestFound {
        token: String,
        request: Option<GuardianRequest>,
    },
    /// The answer to [`Query::WaitingForGuardian`]: id, name, and cohort with the day they registered; longest
    /// waiting first.
    WaitingForGuardian(Vec<(TelegramId, String, String)>),
    /// The answer to [`Query::ToTranslate`]: the next to translate into `language`, and how many lack it.
    ToTranslate {
        language: String,
        item: Option<ToTranslate>,
        waiting: i64,
    },
    /// The answer to [`Query::TranslatorLanguages`]: the languages the person translates into, and the
    /// recommendation `/translate` named.
    TranslatorLanguages {
        languages: Vec<String>,
        target: Option<i64>,
    },
    /// The answer to [`Query::ParticipantName`].
    ParticipantFound {
        id: TelegramId,
        name: Option<String>,
    },
}

/// The session a survey button is about, the survey it uses, and whether this person already answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyTarget {
    pub view: SessionView,
    pub survey: String,
    pub answered: bool,
}

/// What a results message is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultsHeader {
    Session {
        title: String,
        when: LocalTime,
        /// Responses to its survey, and people checked in at it.
        answered: i64,
        attended: i64,
    },
    Programme {
        participants: i64,
        sessions: i64,
        responses: i64,
    },
    /// A session the person may not see (or that no longer exists).
    Refused,
}

impl Input {
    /// Inputs that answer a query of the engine rather than come from a person.
    pub fn is_lookup_answer(&self) -> bool {
        matches!(
            self,
            Input::CohortLookup { .. }
                | Input::CohortToJoin { .. }
                | Input::Upcoming(_)
                | Input::RsvpTarget { .. }
                | Input::CheckInTarget(_)
                | Input::ReachableSessions(_)
                | Input::AllCohorts(_)
                | Input::AudienceCount(_)
                | Input::InviteFound { .. }
                | Input::BroadcastProgress(_)
                | Input::SurveyTarget(_)
                | Input::OpenSurveys(_)
                | Input::ResultSessions(_)
                | Input::Results { .. }
                | Input::RecommendQuota { .. }
                | Input::Pending { .. }
                | Input::PublishedThemes(_)
                | Input::ApprovedPage { .. }
                | Input::EndorseTarget { .. }
                | Input::Summary(_)
                | Input::MyActivity(_)
                | Input::GuardianRequestFound { .. }
                | Input::WaitingForGuardian(_)
                | Input::ParticipantFound { .. }
                | Input::ToTranslate { .. }
                | Input::TranslatorLanguages { .. }
        )
    }
}

impl From<&Action> for Input {
    /// A button press, as the engine takes it.
    fn from(action: &Action) -> Self {
        match action {
            Action::Choice { prompt, value } => Input::Choice { prompt: *prompt, value: value.clone() },
            Action::Rsvp { session, answer } => Input::Rsvp { session: *session, answer: *answer },
            Action::StartSurvey { session } => Input::StartSurvey { session: *session },
            Action::Endorse { recommendation } => Input::Endorse { recommendation: *recommendation },
            Action::Browse { theme, page, original } => {
                Input::Browse { theme: theme.clone(), page: *page, original: *original }
            }
            Action::StartAgain { cohort } => Input::StartAgain { cohort: cohort.clone() },
            Action::JoinCohort { cohort } => Input::JoinCohort { cohort: cohort.clone() },
        }
    }
}
