//! What the engine answers: replies as data (message keys and arguments), effects to apply, queries to answer.

use chrono::{DateTime, Utc};

use crate::domain::{
    Audience, CohortCode, ExportKind, Invitation, LocalTime, NewSession, Profile, Rsvp, SessionLabel, TelegramId,
};
use crate::i18n::dates::Style;

use super::PromptId;

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a name a person typed).
    Text(String),
    Number(i64),
    /// Another message, translated into the same language first (a country name).
    Message(String),
    /// Several messages, each translated, one per line.
    List(Vec<Msg>),
    /// A date and time, written the way the reader's language writes them.
    Time(LocalTime, Style),
}

/// A translatable message: a key in `dialogues/locales/*.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(key: impl Into<String>) -> Self {
        Self { key: key.into(), args: Vec::new() }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: impl Into<i64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    pub fn list(mut self, name: &'static str, lines: Vec<Msg>) -> Self {
        self.args.push((name, Arg::List(lines)));
        self
    }

    pub fn message(mut self, name: &'static str, key: impl Into<String>) -> Self {
        self.args.push((name, Arg::Message(key.into())));
        self
    }

    /// When something happens, with its weekday (see [`Style::Event`]).
    pub fn when(mut self, name: &'static str, time: LocalTime) -> Self {
        self.args.push((name, Arg::Time(time, Style::Event)));
        self
    }

    /// When something was recorded, with its year (see [`Style::Record`]).
    pub fn recorded(mut self, name: &'static str, time: LocalTime) -> Self {
        self.args.push((name, Arg::Time(time, Style::Record)));
        self
    }
}

/// A button label: translated, or a fixed text (a language's own name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Msg(Msg),
    Literal(String),
}

impl Label {
    pub fn key(key: impl Into<String>) -> Self {
        Label::Msg(Msg::new(key))
    }

    /// A session's button: its start in the reader's language, and its title.
    pub fn session(session: &SessionLabel) -> Self {
        Label::Msg(
            Msg::new(super::messages::SESSION_LABEL).when("when", session.starts).text("title", session.title.clone()),
        )
    }
}

/// What a button does when pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answers the open question `prompt` with `value`; stale once the question is answered.
    Choice { prompt: PromptId, value: String },
    /// Answers "are you coming?" for a session; valid until the session starts.
    Rsvp { session: i64, answer: Rsvp },
    /// Starts the feedback survey of a session.
    StartSurvey { session: i64 },
    /// Endorses an approved recommendation.
    Endorse { recommendation: i64 },
    /// Shows a page of a theme's approved recommendations, in the reader's script or (`original`) as written.
    Browse { theme: String, page: i64, original: bool },
    /// Begins registration again after a decline, with the cohort of the link that began the first attempt.
    StartAgain { cohort: Option<CohortCode> },
    /// Moves a registered participant to the cohort of a link they opened, after they confirm.
    JoinCohort { cohort: CohortCode },
}

/// A button that acts on its own, outside the open question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionButton {
    pub label: Label,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: Label,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A message.
    Say(Msg),
    /// A question with buttons; a press answers with `prompt` and the choice's value.
    Ask { msg: Msg, prompt: PromptId, choices: Vec<Choice> },
    /// Several paragraphs in one message, with buttons that act on their own (RSVPs).
    Show { msgs: Vec<Msg>, buttons: Vec<ActionButton> },
    /// A short notice on a button press (a toast in Telegram).
    Notice(Msg),
    /// Files made from stored data (a chart, spreadsheets), rendered by the service.
    Attach(Attachment),
}

/// Files a reply can carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attachment {
    /// The recommendations summary: a chart (photo), and the data as CSV and XLSX documents.
    Summary,
    /// A data export, as CSV and XLSX documents.
    Export(ExportKind),
    /// A session's check-in link as a QR code (photo), to show or print at the venue.
    CheckinQr { code: String, link: String },
    /// Everything stored about the person, as a JSON document they can keep (/mydata).
    MyData,
    /// The Summit report in `language`, as a Word document, with a line saying what it holds.
    SummitReport { language: String },
    /// A cohort's attendance sheet (who came to each session, who answered its survey), as CSV and XLSX.
    Roster { cohort: CohortCode },
    /// A cohort's printable poster: its registration link as a QR code, with its name and the link under it.
    CohortPoster { cohort: CohortCode, link: String },
}

/// A change to stored data, applied by the service in the same transaction as the new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Insert or update the participant (registration finished, or a profile edit). `guardian_link`: they
    /// wait for a guardian's agreement, asked through the one-time link with this token.
    SaveProfile {
        profile: Box<Profile>,
        guardian_link: Option<String>,
    },
    /// A pending participant's guardian link replaced by a new one.
    RenewGuardianLink {
        token: String,
    },
    /// A parent or guardian answered a young person's link from their own account (refused from the young
    /// person's own, or once the link is no longer valid). Declining erases the young person's data.
    GuardianAnswer {
        token: String,
        agree: bool,
    },
    /// A facilitator of the young person's cohort (or an organiser) holds the guardian's signed paper form.
    ConfirmPaperForm {
        child: TelegramId,
    },
    /// A facilitator of the session's cohort marks a member present by hand (a flat phone); audited.
    MarkPresent {
        session: i64,
        person: TelegramId,
    },
    /// A cohort's attendance sheet was sent to a facilitator of it; audited.
    RosterExported {
        cohort: CohortCode,
    },
    /// An organiser stores (or replaces) the translation of an approved recommendation; audited.
    Translate {
        recommendation: i64,
        language: String,
        text: String,
    },
    /// An organiser erases a participant at their request, through the path of `/delete`; audited with who
    /// and why.
    EraseParticipant {
        id: TelegramId,
        reason: String,
    },
    SetLanguage(String),
    JoinCohort(CohortCode),
    /// Erase everything stored about the participant.
    Erase,
    SetRsvp {
        session: i64,
        answer: Rsvp,
    },
    CheckIn {
        session: i64,
    },
    /// Announcements on (false) or off (true).
    SetMuted(bool),
    CreateSession(Box<NewSession>),
    /// Queue an announcement for everyone in the audience (resolved within the author's reach when applied).
    /// An announcement, with its versions in other languages (language, text).
    Broadcast {
        audience: Audience,
        text: String,
        versions: Vec<(String, String)>,
    },
    CreateInvite {
        token: String,
        invitation: Invitation,
        expires_at: DateTime<Utc>,
    },
    /// Use an invitation: the service grants what it gives if it is still unused and valid.
    AcceptInvite {
        token: String,
        invitation: Invitation,
    },
    SubmitRecommendation {
        theme: String,
        level: String,
        text: String,
    },
    /// Approve or reject a pending recommendation (the author is told).
    Moderate {
        recommendation: i64,
        approve: bool,
    },
    Endorse {
        recommendation: i64,
    },
    /// Store a survey response (without the participant if the survey is anonymous), once per session.
    SubmitSurvey {
        session: i64,
        survey: String,
        version: u32,
        anonymous: bool,
        answers: Vec<(String, String)>,
    },
    /// Record in the audit log that the person was sent an export (its documents come with the reply).
    Exported(ExportKind),
    /// Record in the audit log that the person was sent the Summit report.
    ReportSent {
        language: String,
    },
    /// Record in the audit log that the person was sent the recommendations summary, of this many approved.
    SummarySent {
        approved: i64,
    },
}

impl Effect {
    /// Whether applying it erases someone's data (after which the files are rid of what was deleted).
    pub fn erases(&self) -> bool {
        matches!(self, Effect::Erase | Effect::GuardianAnswer { agree: false, .. } | Effect::EraseParticipant { .. })
    }
}

/// Something the engine needs to know from storage; the answer comes back as an [`super::Input`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Cohort(CohortCode),
    /// The cohort a "Move to" button names, looked up again when pressed.
    CohortToJoin(CohortCode),
    /// Who a guardian's link is about, if it is still valid.
    GuardianRequest(String),
    /// The people waiting for a guardian in the cohorts the person reaches.
    WaitingForGuardian,
    /// What is about to be sent to the cohorts the person reaches, in the coming days.
    Planned,
    /// The cohorts, not archived, that the person reaches, for `task`.
    ReachedCohorts(super::CohortTask),
    /// A page (from 0) of a cohort's roster, if the person reaches the cohort.
    Roster {
        cohort: CohortCode,
        page: i64,
    },
    /// The sessions of a cohort at which someone may be marked present now: begun (or about to), and
    /// recent enough for their survey.
    MarkableSessions(CohortCode),
    /// A session and the members of its cohort not checked in at it.
    Absent(i64),
    /// A participant's name, for an organiser about to erase them.
    ParticipantName(TelegramId),
    /// The languages the person translates into (a translator's grants), passing `target` on.
    TranslatorLanguages {
        target: Option<i64>,
    },
    /// The recommendation to translate into `language`: `target`, else the next lacking it but `skipped`.
    ToTranslate {
        language: String,
        target: Option<i64>,
        skipped: Vec<i64>,
    },
    /// The participant's cohort's next sessions.
    Upcoming(CohortCode),
    /// The session a button answers, for an RSVP.
    RsvpSession {
        session: i64,
        answer: Rsvp,
    },
    /// The session of a check-in link.
    CheckIn(String),
    /// Sessions of the cohorts the person may reach, recent and coming.
    ReachableSessions,
    /// Every cohort's code, to offer as buttons to someone who reaches them all.
    AllCohorts,
    CountAudience(Audience),
    Invite(String),
    MyBroadcasts,
    /// The sessions of the last days whose survey this person can still answer.
    OpenSurveys,
    SurveySession(i64),
    /// Sessions with responses that the person may see the results of.
    ResultSessions,
    /// Sessions not over yet, of the cohorts the person may reach, for their check-in codes (/checkin).
    CheckinSessions,
    Results(i64),
    ProgrammeStats,
    RecommendQuota,
    /// Everything stored about the person besides the profile (for /mydata).
    MyActivity,
    NextPending,
    /// How many approved recommendations each theme has (for /recommendations).
    PublishedThemes,
    ApprovedPage {
        theme: String,
        page: i64,
        original: bool,
    },
    EndorseTarget(i64),
    Summary,
}
