//! The per-chat conversation state, stored as JSON between updates. Fields are added with `#[serde(default)]`
//! so that states stored by an older version still read; a state that does not read at all becomes
//! [`Phase::Lost`] and the person is told, never silently dropped.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::flow::Field;
use crate::domain::{
    Audience, BirthYear, CohortCode, Country, Gender, GuardianConsent, LocalTime, SessionLabel, TelegramId,
};

/// Identifies one question with buttons, so that a press on an older message can be told apart.
pub type PromptId = u64;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Conversation {
    /// The language chosen in this chat, before and after registration.
    #[serde(default)]
    pub lang: Option<String>,
    /// The most recent prompt id handed out; ids only grow.
    #[serde(default)]
    pub last_prompt: PromptId,
    #[serde(default)]
    pub phase: Phase,
    /// The id of the last Telegram update handled in this chat. Telegram's ids only grow and a chat's updates
    /// are handled in order, so an id not above it is one delivered again after a crash: saved with the state,
    /// it is recorded in the same write as the turn. The engine does not look at it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update: Option<i64>,
}

impl Conversation {
    /// The state to use when the stored one cannot be read.
    pub fn lost() -> Self {
        Self { phase: Phase::Lost, ..Self::default() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Idle,
    /// The language picker: for a new registration (`form` set) or for `/language`.
    PickingLanguage {
        prompt: PromptId,
        form: Option<Form>,
    },
    /// Answering the question for `asking`, as part of a registration or a profile edit.
    Filling {
        prompt: PromptId,
        asking: Field,
        form: Form,
    },
    /// The profile was shown with edit buttons; any other input leaves it.
    ProfileMenu {
        prompt: PromptId,
    },
    ConfirmingDelete {
        prompt: PromptId,
    },
    /// A facilitator or organiser preparing an announcement with /broadcast.
    Broadcasting {
        prompt: PromptId,
        asking: BroadcastStep,
        draft: BroadcastDraft,
    },
    /// An organiser making a role invitation with /grant.
    Granting {
        prompt: PromptId,
        asking: GrantStep,
        /// The cohorts offered as buttons for a facilitator's invitation (see `Query::AllCohorts`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        cohorts: Vec<CohortCode>,
    },
    /// Answering a feedback survey.
    Surveying {
        prompt: PromptId,
        progress: SurveyProgress,
    },
    /// Choosing a session's results (/results); any other input leaves it.
    PickingResults {
        prompt: PromptId,
        sessions: Vec<SessionLabel>,
    },
    /// A facilitator choosing the session whose check-in QR code to show (/checkin); any other input leaves it.
    PickingCheckin {
        prompt: PromptId,
        sessions: Vec<CheckinSession>,
    },
    /// Choosing the cohort whose roster to see (/people) or whose poster to get (/poster).
    PickingCohort {
        prompt: PromptId,
        task: CohortTask,
        cohorts: Vec<CohortCode>,
    },
    /// Looking at a page of a cohort's roster, with its buttons (pages, export, mark present).
    Roster {
        prompt: PromptId,
        cohort: CohortCode,
        page: i64,
    },
    /// Choosing the session at which to mark someone present.
    PickingMarkSession {
        prompt: PromptId,
        sessions: Vec<SessionLabel>,
    },
    /// Choosing whom to mark present at `session`.
    PickingAbsent {
        prompt: PromptId,
        session: SessionLabel,
        people: Vec<(TelegramId, String)>,
    },
    /// An organiser choosing what to export (/export); any other input leaves it.
    PickingExport {
        prompt: PromptId,
    },
    /// Writing a recommendation with /recommend.
    Recommending {
        prompt: PromptId,
        asking: RecommendStep,
        draft: RecommendDraft,
    },
    /// An organiser looking at a pending recommendation (/moderate).
    Moderating {
        prompt: PromptId,
        recommendation: i64,
    },
    /// A facilitator scheduling a session with /newsession.
    Scheduling {
        prompt: PromptId,
        asking: SessionStep,
        draft: SessionDraft,
    },
    /// A parent or guardian opened a young person's link and is asked whether they agree.
    AnsweringAsGuardian {
        prompt: PromptId,
        token: String,
    },
    /// A facilitator choosing whose signed paper form they hold (/guardians); any other input leaves it.
    PickingPaperForm {
        prompt: PromptId,
        /// Id, name, and cohort with the day they registered.
        waiting: Vec<(TelegramId, String, String)>,
    },
    /// A facilitator confirming that they hold `child`'s signed paper form.
    ConfirmingPaperForm {
        prompt: PromptId,
        child: TelegramId,
        name: String,
    },
    /// An organiser translating approved recommendations (/translate).
    Translating {
        prompt: PromptId,
        asking: TranslateStep,
    },
    /// An organiser erasing a participant who asked them to (/erase).
    ErasingParticipant {
        prompt: PromptId,
        asking: EraseStep,
    },
    /// The stored state could not be read (written by an incompatible version).
    Lost,
}

/// The questions of /translate: into which language (for one recommendation, or the next lacking one), then
/// the translation of each in turn, leaving out those skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum TranslateStep {
    /// `languages`: those a translator may choose; empty for organisers, who may choose any.
    Language {
        target: Option<i64>,
        #[serde(default)]
        languages: Vec<String>,
    },
    Text {
        language: String,
        recommendation: i64,
        skipped: Vec<i64>,
    },
}

/// The questions of /erase, with what is known so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum EraseStep {
    /// Whose data: a Telegram id.
    Id,
    /// Why: kept in the audit log.
    Reason { id: TelegramId, name: String },
    /// "Erase NAME?"
    Confirm { id: TelegramId, name: String, reason: String },
}

impl Phase {
    /// The prompt whose buttons are live in this phase.
    pub fn prompt(&self) -> Option<PromptId> {
        match self {
            Phase::PickingLanguage { prompt, .. }
            | Phase::Filling { prompt, .. }
            | Phase::ProfileMenu { prompt }
            | Phase::ConfirmingDelete { prompt }
            | Phase::Scheduling { prompt, .. }
            | Phase::Broadcasting { prompt, .. }
            | Phase::Granting { prompt, .. }
            | Phase::Surveying { prompt, .. }
            | Phase::PickingResults { prompt, .. }
            | Phase::PickingCheckin { prompt, .. }
            | Phase::PickingExport { prompt }
            | Phase::PickingCohort { prompt, .. }
            | Phase::Roster { prompt, .. }
            | Phase::PickingMarkSession { prompt, .. }
            | Phase::PickingAbsent { prompt, .. }
            | Phase::Recommending { prompt, .. }
            | Phase::Moderating { prompt, .. }
            | Phase::AnsweringAsGuardian { prompt, .. }
            | Phase::PickingPaperForm { prompt, .. }
            | Phase::ConfirmingPaperForm { prompt, .. }
            | Phase::ErasingParticipant { prompt, .. }
            | Phase::Translating { prompt, .. } => Some(*prompt),
            Phase::Idle | Phase::Lost => None,
        }
    }

    /// Phases in which a question waits for its answer (other commands must wait or /cancel).
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            Phase::PickingLanguage { .. }
                | Phase::Filling { .. }
                | Phase::ConfirmingDelete { .. }
                | Phase::Scheduling { .. }
                | Phase::Broadcasting { .. }
                | Phase::Granting { .. }
                | Phase::Surveying { .. }
                | Phase::Recommending { .. }
                | Phase::ErasingParticipant { .. }
                | Phase::Translating { .. }
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormMode {
    Register,
    Edit,
}

/// A registration or profile edit in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    pub mode: FormMode,
    pub draft: Draft,
    /// A code from the /start link that matched no cohort, mentioned when the cohort is asked.
    #[serde(default)]
    pub unknown_link_code: Option<String>,
}

/// The answer to an optional question: given, or skipped. (A plain `Option<Option<T>>` would not survive JSON:
/// `Some(None)` reads back as `None`.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Optional<T> {
    Given(T),
    Skipped,
}

impl<T> Optional<T> {
    pub fn from_option(value: Option<T>) -> Self {
        value.map_or(Optional::Skipped, Optional::Given)
    }

    pub fn into_option(self) -> Option<T> {
        match self {
            Optional::Given(value) => Some(value),
            Optional::Skipped => None,
        }
    }
}

/// Answers so far; `None` means not answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub consent_at: Option<DateTime<Utc>>,
    pub name: Option<String>,
    pub birth_year: Option<BirthYear>,
    pub gender: Option<Gender>,
    pub country: Option<Country>,
    /// A guardian's agreement already confirmed, kept through a profile edit.
    pub guardian: Option<GuardianConsent>,
    /// The guardian question was answered: the person will ask their guardian to confirm.
    pub guardian_asked: bool,
    pub municipality: Option<String>,
    pub organisation: Option<Optional<String>>,
    pub cohort: Option<Optional<CohortCode>>,
}

impl Draft {
    pub fn is_answered(&self, field: Field) -> bool {
        match field {
            Field::Consent => self.consent_at.is_some(),
            Field::Name => self.name.is_some(),
            Field::BirthYear => self.birth_year.is_some(),
            Field::Gender => self.gender.is_some(),
            Field::Country => self.country.is_some(),
            Field::GuardianConsent => self.guardian.is_some() || self.guardian_asked,
            Field::Municipality => self.municipality.is_some(),
            Field::Organisation => self.organisation.is_some(),
            Field::Cohort => self.cohort.is_some(),
        }
    }

    /// Forgets one answer so that it is asked again.
    pub fn clear(&mut self, field: Field) {
        match field {
            Field::Consent => self.consent_at = None,
            Field::Name => self.name = None,
            Field::BirthYear => self.birth_year = None,
            Field::Gender => self.gender = None,
            Field::Country => self.country = None,
            Field::GuardianConsent => self.guardian_asked = false,
            Field::Municipality => self.municipality = None,
            Field::Organisation => self.organisation = None,
            Field::Cohort => self.cohort = None,
        }
    }
}

/// The questions of /newsession, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStep {
    Cohort,
    Title,
    Module,
    Starts,
    Duration,
    Location,
    Confirm,
}

/// A session being scheduled in Telegram.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionDraft {
    /// The cohorts offered as buttons to someone who reaches every cohort (see `Query::AllCohorts`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohorts: Vec<CohortCode>,
    pub cohort: Option<CohortCode>,
    pub title: Option<String>,
    pub module: Option<Optional<String>>,
    pub starts_at: Option<DateTime<Utc>>,
    pub duration_seconds: Option<u64>,
    pub location: Option<Optional<String>>,
}

/// The questions of /broadcast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BroadcastStep {
    Audience,
    Cohort,
    Country,
    Language,
    Session,
    Text,
    Preview,
    /// Which language a version of the text is for.
    VersionLanguage,
    /// The text of that version.
    VersionText,
}

/// An announcement being prepared.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BroadcastDraft {
    pub audience: Option<Audience>,
    pub text: Option<String>,
    /// How many it would reach, counted for the preview.
    pub recipients: Option<u64>,
    /// How many of them read each language, the most read first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<(String, u64)>,
    /// The text in other languages (language, text); the others get `text`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<(String, String)>,
    /// The language whose version is being written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adding: Option<String>,
    /// The sessions offered for a session audience.
    pub sessions: Vec<SessionLabel>,
    /// The cohorts offered as buttons to someone who reaches every cohort (see `Query::AllCohorts`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohorts: Vec<CohortCode>,
}

/// What a facilitator picks one of their cohorts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CohortTask {
    /// Its roster (/people).
    Roster,
    /// Its printable poster with the registration link (/poster).
    Poster,
}

/// The questions of /grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantStep {
    Role,
    Cohort,
    /// The language a translator's invitation is for.
    Language,
}

/// A survey being answered: which question comes next, the answers so far (`None`: skipped), and the options
/// toggled on in a multiple-choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyProgress {
    pub session: i64,
    pub survey: String,
    pub index: usize,
    #[serde(default)]
    pub answers: Vec<(String, Option<String>)>,
    #[serde(default)]
    pub selected: Vec<String>,
}

/// The questions of /recommend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecommendStep {
    Theme,
    Level,
    Text,
    Preview,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RecommendDraft {
    pub theme: Option<String>,
    pub level: Option<String>,
    pub text: Option<String>,
}

/// A session whose check-in a facilitator may show (/checkin): not over yet, of a cohort they reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinSession {
    pub id: i64,
    /// Checked against the person's roles again when they pick it.
    pub cohort: CohortCode,
    pub title: String,
    pub when: LocalTime,
    pub code: String,
}
