//! The engine: one function, [`Engine::handle`], from the conversation state and an input to the new state,
//! the replies and the effects. No I/O happens here, so every path is testable without a network or database.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::ResultsHeader;
use super::flow::{Field, RegistrationFlow, StepKind};
use super::messages as m;
use super::surveys::Survey;
use super::themes::Theme;
use super::{
    Action, ActionButton, Arg, BroadcastStep, Choice, Command, Conversation, Draft, Effect, Form, GrantStep, Input,
    Label, Msg, Optional, Phase, PromptId, Query, Reply, SessionStep,
};
use crate::domain::{
    Activity, BroadcastCounts, CHECKIN_OPENS_BEFORE, CheckInWindow, CohortCode, Participant, ParticipantStatus,
    Profile, Reach, RoleGrant, Rsvp, Session, SessionView, TelegramId, TextError, reach,
};
use crate::i18n::Language;

mod broadcast;
mod export;
mod form;
mod grant;
mod recommend;
mod scheduling;
mod survey;
#[cfg(test)]
mod testing;

use broadcast::BroadcastInput;
pub use grant::{INVITE_PREFIX, ROLE_KINDS};
pub use recommend::{PAGE_SIZE as RECOMMENDATIONS_PAGE_SIZE, age_key};
pub use survey::ANSWERABLE_DAYS as SURVEY_ANSWERABLE_DAYS;

pub use scheduling::MODULES;
use scheduling::SchedulingInput;

/// Past this many cohorts, someone who reaches them all types the code instead of choosing a button.
const MAX_COHORT_BUTTONS: usize = 12;

/// The value of skip buttons: no field value starts with `~`.
const SKIP: &str = "~skip";
const DELETE_YES: &str = "yes";
const DELETE_NO: &str = "no";
/// Check-in deep links: `start=checkin-<code>`.
pub const CHECKIN_PREFIX: &str = "checkin-";
/// Unknown /start payloads are repeated back to the person; this keeps the echo short.
const MAX_ECHOED_CODE: usize = 64;

/// The session check-in code a /start argument carries, if it is a check-in link (in any case).
fn checkin_code_in(payload: &str) -> Option<String> {
    payload.to_ascii_lowercase().strip_prefix(CHECKIN_PREFIX).map(str::to_owned)
}

/// What the engine knows about the world for one input.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub user: TelegramId,
    pub now: DateTime<Utc>,
    /// The current year in the programme's time zone (ages are computed from birth years).
    pub current_year: i32,
    pub participant: Option<&'a Participant>,
    /// The roles of the person, read afresh for every input.
    pub grants: &'a [RoleGrant],
    /// The programme's time zone, in which facilitators type times.
    pub timezone: Tz,
    /// Fresh randomness for codes the engine makes (check-in codes).
    pub random: u64,
    /// For deep links in replies, when known.
    pub bot_username: Option<&'a str>,
}

/// The result of one input, besides the changed conversation.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
    /// Set when the engine needs stored data to go on; the answer comes back as another input.
    pub query: Option<Query>,
}

#[derive(Debug, Clone)]
pub struct Engine {
    flow: RegistrationFlow,
    languages: Vec<Language>,
    surveys: Vec<Survey>,
    themes: Vec<Theme>,
}

impl Engine {
    pub fn new(flow: RegistrationFlow, languages: Vec<Language>, surveys: Vec<Survey>, themes: Vec<Theme>) -> Self {
        Self { flow, languages, surveys, themes }
    }

    pub fn themes(&self) -> &[Theme] {
        &self.themes
    }

    pub fn surveys(&self) -> &[Survey] {
        &self.surveys
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn handle(&self, ctx: &Context<'_>, conv: &mut Conversation, input: Input) -> Outcome {
        let mut turn = Turn { engine: self, ctx, conv, out: Outcome::default() };
        turn.run(input);
        turn.out
    }
}

/// One input being handled: the engine, the context, the state being changed and what is said.
struct Turn<'a> {
    engine: &'a Engine,
    ctx: &'a Context<'a>,
    conv: &'a mut Conversation,
    out: Outcome,
}

impl Turn<'_> {
    fn run(&mut self, input: Input) {
        if self.conv.phase == Phase::Lost {
            self.say(Msg::new(m::STATE_LOST));
        }
        let phase = std::mem::take(&mut self.conv.phase);
        let phase = if phase == Phase::Lost { Phase::Idle } else { phase };
        match input {
            Input::Command(Command::Cancel) => self.cancel(&phase),
            Input::Command(Command::Help) if phase.is_busy() => {
                self.help();
                self.reask(phase);
            }
            // A session's check-in code, scanned at the venue, is not held up by a dialogue left open: the
            // attendance is recorded, and the open question asked again after.
            Input::Command(Command::Start(Some(payload))) if phase.is_busy() && checkin_code_in(&payload).is_some() => {
                self.conv.phase = phase;
                self.start_with_code(&payload);
            }
            Input::Command(_)
            | Input::UnknownCommand(_)
            | Input::StartSurvey { .. }
            | Input::StartAgain { .. }
            | Input::JoinCohort { .. }
                if phase.is_busy() =>
            {
                self.say(Msg::new(m::BUSY));
                self.reask(phase);
            }
            Input::Command(command) => self.command(command),
            Input::StartAgain { cohort } => self.start_again(cohort),
            Input::UnknownCommand(name) => self.say(Msg::new(m::UNKNOWN_COMMAND).text("command", name)),
            Input::CohortLookup { code, name } => self.cohort_looked_up(phase, code, name),
            Input::ReachableSessions(sessions) => match phase {
                Phase::Broadcasting { prompt, asking: BroadcastStep::Session, draft } => {
                    self.broadcast_sessions(prompt, draft, sessions)
                }
                other => self.conv.phase = other,
            },
            Input::AllCohorts(codes) => self.all_cohorts(phase, codes),
            Input::AudienceCount(count) => match phase {
                Phase::Broadcasting { asking: BroadcastStep::Text, draft, .. } => self.broadcast_counted(draft, count),
                other => self.conv.phase = other,
            },
            Input::Choice { prompt, value } => self.choice(phase, prompt, &value),
            Input::Text(text) => self.text(phase, &text),
            Input::NonText => self.non_text(phase),
            Input::Resume if phase.is_busy() => self.reask(phase),
            Input::Resume => self.conv.phase = phase,
            other => {
                // Everything else leaves the open question (if any) as it is.
                self.conv.phase = phase;
                self.aside(other);
            }
        }
    }

    /// Inputs that do not touch the phase: presses on stand-alone buttons and the answers to their queries.
    fn aside(&mut self, input: Input) {
        match input {
            Input::Rsvp { session, answer } => self.out.query = Some(Query::RsvpSession { session, answer }),
            Input::StartSurvey { session } => self.out.query = Some(Query::SurveySession(session)),
            Input::Endorse { recommendation } => self.out.query = Some(Query::EndorseTarget(recommendation)),
            Input::Browse { theme, page } => self.out.query = Some(Query::ApprovedPage { theme, page }),
            Input::JoinCohort { cohort } => self.out.query = Some(Query::CohortToJoin(cohort)),
            Input::CohortToJoin { code, name } => self.cohort_to_join(code, name),
            Input::RsvpTarget { answer, session } => self.rsvp(answer, session),
            Input::Upcoming(sessions) => self.show_sessions(&sessions),
            Input::CheckInTarget(session) => {
                self.check_in(session);
                if self.conv.phase.is_busy() {
                    let phase = std::mem::take(&mut self.conv.phase);
                    self.reask(phase);
                }
            }
            Input::InviteFound { token, invite } => self.invite_opened(token, invite),
            Input::BroadcastProgress(list) => self.show_progress(&list),
            Input::RecommendQuota { used, limit } => self.quota_known(used, limit),
            Input::Pending { next, waiting } => self.show_pending(next, waiting),
            Input::PublishedThemes(counts) => self.pick_theme(&counts),
            Input::ApprovedPage { theme, page, items, more } => self.show_page(&theme, page, &items, more),
            Input::EndorseTarget { recommendation, target } => self.endorse(recommendation, target),
            Input::Summary(summary) => self.show_summary(&summary),
            Input::SurveyTarget(target) => self.survey_target(target),
            Input::OpenSurveys(open) => self.show_open_surveys(open),
            Input::ResultSessions(sessions) => self.pick_results(sessions),
            Input::CheckinSessions(sessions) => self.pick_checkin(sessions),
            Input::Results { header, per_survey } => self.results_with_header(header, per_survey),
            Input::MyActivity(activity) => self.my_data(&activity),
            // Handled in `run`.
            Input::Command(_)
            | Input::UnknownCommand(_)
            | Input::CohortLookup { .. }
            | Input::ReachableSessions(_)
            | Input::AllCohorts(_)
            | Input::AudienceCount(_)
            | Input::Choice { .. }
            | Input::Text(_)
            | Input::NonText
            | Input::Resume
            | Input::StartAgain { .. } => {}
        }
    }

    fn results_with_header(&mut self, header: ResultsHeader, per_survey: Vec<crate::domain::SurveyAnswers>) {
        let header = match header {
            ResultsHeader::Session { title, when } => {
                Msg::new(m::RESULTS_HEADER).text("title", title).text("when", when)
            }
            ResultsHeader::Programme { participants, sessions, responses } => Msg::new(m::STATS_HEADER)
                .number("participants", participants)
                .number("sessions", sessions)
                .number("responses", responses),
            ResultsHeader::Refused => return self.say(Msg::new(m::NOT_ALLOWED)),
        };
        self.show_results(header, per_survey);
    }

    // ----- small helpers -------------------------------------------------------------------------------------

    fn say(&mut self, msg: Msg) {
        self.out.replies.push(Reply::Say(msg));
    }

    fn notice(&mut self, key: &str) {
        self.out.replies.push(Reply::Notice(Msg::new(key)));
    }

    fn participant(&self) -> Option<&Participant> {
        self.ctx.participant
    }

    /// The deep link that opens the bot with `/start <payload>` ([`crate::domain::deep_link`]; the username is
    /// unknown when BOT_USERNAME is unset and `serve` never ran).
    fn deep_link(&self, payload: &str) -> String {
        crate::domain::deep_link(self.ctx.bot_username, payload)
    }

    /// The cohorts to offer as buttons where a cohort is chosen: a facilitator's own, or for someone who reaches
    /// them all, those `looked_up` (see [`Turn::all_cohorts`]).
    fn cohort_buttons(&self, looked_up: &[CohortCode]) -> Vec<CohortCode> {
        match reach(self.ctx.grants) {
            Reach::Cohorts(cohorts) => cohorts,
            Reach::Everything => looked_up.to_vec(),
            Reach::None => Vec::new(),
        }
    }

    /// Every cohort, for someone who reaches them all: buttons on the open cohort question when there are few
    /// enough, else the code is typed.
    fn all_cohorts(&mut self, phase: Phase, mut codes: Vec<CohortCode>) {
        if codes.len() > MAX_COHORT_BUTTONS {
            codes.clear();
        }
        let mut phase = phase;
        let offered = match &mut phase {
            Phase::Broadcasting { asking: BroadcastStep::Cohort, draft, .. } => &mut draft.cohorts,
            Phase::Scheduling { asking: SessionStep::Cohort, draft, .. } => &mut draft.cohorts,
            Phase::Granting { asking: GrantStep::Cohort, cohorts, .. } => cohorts,
            // The answer came too late for a question that has moved on.
            _ => {
                self.conv.phase = phase;
                return;
            }
        };
        *offered = codes;
        self.conv.phase = phase;
        self.ask_current();
    }

    fn new_prompt(&mut self) -> PromptId {
        // Ids follow the clock so that they keep growing even after the stored state is erased.
        let clock = u64::try_from(self.ctx.now.timestamp_millis()).unwrap_or(0);
        self.conv.last_prompt = (self.conv.last_prompt + 1).max(clock);
        self.conv.last_prompt
    }

    fn idle(&mut self) {
        self.conv.phase = Phase::Idle;
    }

    // ----- commands ------------------------------------------------------------------------------------------

    fn cancel(&mut self, phase: &Phase) {
        let key = if phase.is_busy() { m::CANCELLED } else { m::NOTHING_TO_CANCEL };
        self.say(Msg::new(key));
        self.idle();
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::Start(Some(payload)) => self.start_with_code(&payload),
            Command::Start(None) => match self.participant() {
                Some(p) => {
                    let name = p.profile.name.clone();
                    self.say(Msg::new(m::WELCOME_BACK).text("name", name));
                }
                None => self.pick_language(Some(Form::register(Draft::default(), None))),
            },
            Command::Help => self.help(),
            Command::Language => self.pick_language(None),
            Command::Profile => match self.participant().cloned() {
                Some(p) => self.show_profile(&p.profile),
                None => self.say(Msg::new(m::NOT_REGISTERED)),
            },
            Command::MyData => match self.participant() {
                Some(_) => self.out.query = Some(Query::MyActivity),
                None => self.say(Msg::new(m::MYDATA_NONE)),
            },
            Command::Delete => self.ask_delete(),
            Command::Cancel => self.cancel(&Phase::Idle),
            Command::Sessions => self.sessions(),
            Command::Mute => self.set_muted(true),
            Command::Unmute => self.set_muted(false),
            Command::NewSession => self.new_session(),
            Command::Broadcast => self.broadcast(),
            Command::Broadcasts => {
                if reach(self.ctx.grants) == Reach::None {
                    return self.say(Msg::new(m::NOT_ALLOWED));
                }
                self.out.query = Some(Query::MyBroadcasts);
            }
            Command::Grant => self.grant(),
            Command::Feedback => self.feedback(),
            Command::Results => self.results(),
            Command::CheckIn => self.checkin_codes(),
            Command::Stats => self.stats(),
            Command::Recommend => self.recommend(),
            Command::Recommendations => self.browse(),
            Command::Moderate => self.moderate(),
            Command::Summary => self.summary(),
            Command::Export => self.export(),
        }
    }

    /// The commands this person may use: a participant's, plus facilitators' and organisers' if they are.
    fn help(&mut self) {
        self.say(Msg::new(m::HELP));
        if self.may_schedule() {
            self.say(Msg::new(m::HELP_FACILITATOR));
        }
        if self.ctx.grants.iter().any(|g| g.role == crate::domain::Role::Organiser) {
            self.say(Msg::new(m::HELP_ORGANISER));
        }
    }

    fn sessions(&mut self) {
        match self.participant().map(|p| p.profile.cohort.clone()) {
            None => self.say(Msg::new(m::NOT_REGISTERED)),
            Some(None) => self.say(Msg::new(m::SESSIONS_NO_COHORT)),
            Some(Some(cohort)) => self.out.query = Some(Query::Upcoming(cohort)),
        }
    }

    fn set_muted(&mut self, muted: bool) {
        if self.participant().is_none() {
            return self.say(Msg::new(m::NOT_REGISTERED));
        }
        self.out.effects.push(Effect::SetMuted(muted));
        self.say(Msg::new(if muted { m::MUTED } else { m::UNMUTED }));
    }

    fn show_progress(&mut self, list: &[(i64, DateTime<Utc>, BroadcastCounts)]) {
        if list.is_empty() {
            return self.say(Msg::new(m::BC_PROGRESS_NONE));
        }
        let mut msgs = vec![Msg::new(m::BC_PROGRESS_HEADER)];
        for (id, created, counts) in list {
            msgs.push(
                report_args(Msg::new(m::BC_PROGRESS_LINE), counts)
                    .number("id", *id)
                    .text("when", created.with_timezone(&self.ctx.timezone).format("%Y-%m-%d %H:%M").to_string()),
            );
        }
        self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
    }

    fn show_sessions(&mut self, sessions: &[SessionView]) {
        if sessions.is_empty() {
            return self.say(Msg::new(m::SESSIONS_NONE));
        }
        let mut msgs = vec![Msg::new(m::SESSIONS_HEADER)];
        let mut buttons = Vec::new();
        for (i, view) in sessions.iter().enumerate() {
            let n = i64::try_from(i + 1).unwrap_or(i64::MAX);
            let answer = match view.rsvp {
                Some(Rsvp::Coming) => m::RSVP_COMING,
                Some(Rsvp::NotComing) => m::RSVP_NOT_COMING,
                None => m::RSVP_NONE,
            };
            msgs.push(session_args(Msg::new(m::SESSION_LINE).number("n", n), &view.session).message("answer", answer));
            for (key, answer) in [(m::BTN_COMING_N, Rsvp::Coming), (m::BTN_NOT_COMING_N, Rsvp::NotComing)] {
                let label = Label::Msg(Msg::new(key).number("n", n));
                buttons.push(ActionButton { label, action: Action::Rsvp { session: view.session.id, answer } });
            }
        }
        self.out.replies.push(Reply::Show { msgs, buttons });
    }

    /// An RSVP press, re-checked now: the session still exists, has not started, and is the presser's cohort's.
    fn rsvp(&mut self, answer: Rsvp, view: Option<SessionView>) {
        let Some(participant) = self.participant() else {
            return self.notice(m::NOT_REGISTERED);
        };
        let Some(session) = view.map(|v| v.session).filter(|s| !s.cancelled) else {
            return self.notice(m::SESSION_GONE);
        };
        if participant.profile.cohort.as_ref() != Some(&session.cohort) {
            return self.notice(m::RSVP_NOT_MEMBER);
        }
        if session.has_started(self.ctx.now) {
            return self.notice(m::RSVP_CLOSED);
        }
        self.out.effects.push(Effect::SetRsvp { session: session.id, answer });
        self.notice(match answer {
            Rsvp::Coming => m::RSVP_SAVED_COMING,
            Rsvp::NotComing => m::RSVP_SAVED_NOT_COMING,
        });
    }

    fn check_in(&mut self, view: Option<SessionView>) {
        let Some(view) = view else {
            return self.say(Msg::new(m::CHECKIN_UNKNOWN));
        };
        let Some(participant) = self.participant() else {
            return self.say(Msg::new(m::CHECKIN_REGISTER_FIRST));
        };
        let session = &view.session;
        let msg = if participant.profile.cohort.as_ref() != Some(&session.cohort) {
            Msg::new(m::CHECKIN_NOT_MEMBER)
        } else if session.cancelled {
            Msg::new(m::CHECKIN_CANCELLED)
        } else if view.checked_in {
            Msg::new(m::CHECKIN_ALREADY)
        } else {
            match session.checkin_window(self.ctx.now) {
                CheckInWindow::TooEarly => checkin_opens(Msg::new(m::CHECKIN_TOO_EARLY)),
                CheckInWindow::Over => Msg::new(m::CHECKIN_OVER),
                CheckInWindow::Open => {
                    self.out.effects.push(Effect::CheckIn { session: session.id });
                    Msg::new(m::CHECKIN_DONE)
                }
            }
        };
        self.say(session_args(msg, session));
    }

    fn start_with_code(&mut self, payload: &str) {
        if let Some(code) = checkin_code_in(payload) {
            self.out.query = Some(Query::CheckIn(code));
            return;
        }
        let lower = payload.to_ascii_lowercase();
        if let Some(token) = lower.strip_prefix(INVITE_PREFIX) {
            self.out.query = Some(Query::Invite(token.to_owned()));
            return;
        }
        match CohortCode::parse(payload) {
            Ok(code) => self.out.query = Some(Query::Cohort(code)),
            Err(_) => {
                let shown: String = payload.chars().take(MAX_ECHOED_CODE).collect();
                if self.participant().is_some() {
                    self.say(Msg::new(m::COHORT_UNKNOWN).text("code", shown));
                } else {
                    self.pick_language(Some(Form::register(Draft::default(), Some(shown))));
                }
            }
        }
    }

    /// "Start again" after a decline: as `/start` with the link's cohort, looked up again, as it may be gone by
    /// now. Someone who has registered since is welcomed back rather than moved to that cohort.
    fn start_again(&mut self, cohort: Option<CohortCode>) {
        match cohort {
            Some(code) if self.participant().is_none() => self.out.query = Some(Query::Cohort(code)),
            _ => self.command(Command::Start(None)),
        }
    }

    fn cohort_looked_up(&mut self, phase: Phase, code: CohortCode, name: Option<String>) {
        match (phase, name) {
            (Phase::Filling { asking: Field::Cohort, mut form, .. }, Some(_)) => {
                form.draft.cohort = Some(Optional::Given(code));
                self.next_step(form);
            }
            (phase @ Phase::Filling { asking: Field::Cohort, .. }, None) => {
                self.say(Msg::new(m::INVALID_COHORT_UNKNOWN).text("code", code.to_string()));
                self.reask(phase);
            }
            (Phase::Scheduling { prompt, asking: SessionStep::Cohort, draft }, found) => {
                self.scheduling_cohort_found(prompt, draft, code, found.is_some())
            }
            (Phase::Broadcasting { prompt, asking: BroadcastStep::Cohort, draft }, found) => {
                self.broadcast_cohort_found(prompt, draft, code, found.is_some())
            }
            (Phase::Granting { prompt, asking: GrantStep::Cohort, cohorts }, found) => {
                self.grant_cohort_found(prompt, cohorts, code, found.is_some())
            }
            (Phase::Idle, found) if self.participant().is_none() => {
                let (draft, unknown) = match found {
                    Some(_) => (Draft { cohort: Some(Optional::Given(code)), ..Draft::default() }, None),
                    None => (Draft::default(), Some(code.to_string())),
                };
                self.pick_language(Some(Form::register(draft, unknown)));
            }
            (Phase::Idle, Some(name)) => self.offer_cohort(code, name),
            (Phase::Idle, None) => self.say(Msg::new(m::COHORT_UNKNOWN).text("code", code.to_string())),
            // A lookup answer that no longer fits the state: nothing to do.
            (phase, _) => self.conv.phase = phase,
        }
    }

    /// A registered participant opened a cohort's link: joined at once if they have no cohort; asked first if
    /// they are in another, as a link opened by chance (another group's poster) would otherwise move them, and
    /// their reminders with them.
    fn offer_cohort(&mut self, code: CohortCode, name: String) {
        let current = self.participant().and_then(|p| p.profile.cohort.clone());
        match current {
            None => self.join_cohort(code, name),
            Some(current) if current == code => self.say(Msg::new(m::COHORT_ALREADY).text("cohort", name)),
            Some(current) => {
                let ask =
                    Msg::new(m::COHORT_MOVE_ASK).text("current", current.to_string()).text("cohort", name.clone());
                let label = Label::Msg(Msg::new(m::BTN_COHORT_MOVE).text("cohort", name));
                let button = ActionButton { label, action: Action::JoinCohort { cohort: code } };
                self.out.replies.push(Reply::Show { msgs: vec![ask], buttons: vec![button] });
            }
        }
    }

    /// A press on "Move to": checked again, as every press is (registered; the cohort still exists).
    fn cohort_to_join(&mut self, code: CohortCode, name: Option<String>) {
        let Some(participant) = self.participant() else {
            return self.say(Msg::new(m::NOT_REGISTERED));
        };
        match name {
            None => self.say(Msg::new(m::COHORT_UNKNOWN).text("code", code.to_string())),
            Some(name) if participant.profile.cohort.as_ref() == Some(&code) => {
                self.say(Msg::new(m::COHORT_ALREADY).text("cohort", name))
            }
            Some(name) => self.join_cohort(code, name),
        }
    }

    fn join_cohort(&mut self, code: CohortCode, name: String) {
        self.out.effects.push(Effect::JoinCohort(code));
        self.say(Msg::new(m::COHORT_JOINED).text("cohort", name));
    }

    /// Everything stored about the person: the profile and consent, then sessions, recommendations,
    /// endorsements and survey responses.
    fn my_data(&mut self, activity: &Activity) {
        let Some(p) = self.participant().cloned() else {
            self.say(Msg::new(m::MYDATA_NONE));
            return;
        };
        let language = self.language_name(&p.profile.language);
        let guardian = match p.profile.guardian_consent_at {
            Some(at) => Arg::Text(timestamp(at)),
            None => Arg::Message(m::GUARDIAN_NOT_NEEDED.into()),
        };
        let msg = profile_args(Msg::new(m::MYDATA), &p.profile)
            .text("telegram_id", p.profile.telegram_id.to_string())
            .text("language", language)
            .text("consent_at", timestamp(p.profile.consent_at))
            .text("privacy_version", p.profile.privacy_version.clone())
            .arg("guardian", guardian)
            .message(
                "status",
                match p.status {
                    ParticipantStatus::Active => m::STATUS_ACTIVE,
                    ParticipantStatus::Blocked => m::STATUS_BLOCKED,
                },
            )
            .text("registered_at", timestamp(p.registered_at))
            .text("updated_at", timestamp(p.updated_at));
        let none = || vec![Msg::new(m::VALUE_NONE)];
        let rsvps: Vec<Msg> = activity
            .rsvps
            .iter()
            .map(|(title, when, answer, checked)| {
                let answer = match answer.as_deref() {
                    Some("coming") => m::RSVP_COMING,
                    Some("not_coming") => m::RSVP_NOT_COMING,
                    _ => m::RSVP_NONE,
                };
                let checked = if *checked { m::MYDATA_CHECKED } else { m::MYDATA_NOT_CHECKED };
                Msg::new(m::MYDATA_RSVP)
                    .text("title", title.clone())
                    .text("when", when.clone())
                    .message("answer", answer)
                    .message("checked", checked)
            })
            .collect();
        let recommendations: Vec<Msg> = activity
            .recommendations
            .iter()
            .map(|(theme, status, text)| {
                Msg::new(m::MYDATA_RECOMMENDATION)
                    .message("theme", self.theme_label_of(theme))
                    .message("status", format!("rec-status-{status}"))
                    .text("text", text.clone())
            })
            .collect();
        let activity_msg = Msg::new(m::MYDATA_ACTIVITY)
            .message("muted", if p.muted { m::MUTED_YES } else { m::MUTED_NO })
            .list("rsvps", if rsvps.is_empty() { none() } else { rsvps })
            .list("recommendations", if recommendations.is_empty() { none() } else { recommendations })
            .number("endorsements", activity.endorsements)
            .number("surveys", activity.survey_responses);
        self.out.replies.push(Reply::Show { msgs: vec![msg, activity_msg], buttons: Vec::new() });
    }

    fn theme_label_of(&self, id: &str) -> String {
        self.engine.themes.iter().find(|t| t.id == id).map_or_else(|| m::VALUE_UNKNOWN.to_owned(), |t| t.label.clone())
    }

    fn ask_delete(&mut self) {
        if self.participant().is_none() {
            self.say(Msg::new(m::NOTHING_STORED));
            return;
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::ConfirmingDelete { prompt };
        self.ask_current();
    }

    fn language_name(&self, code: &str) -> String {
        let language = self.engine.languages.iter().find(|l| l.code == code);
        language.map_or_else(|| code.to_owned(), |l| l.name.clone())
    }

    // ----- inputs by phase -----------------------------------------------------------------------------------

    fn choice(&mut self, phase: Phase, prompt: PromptId, value: &str) {
        if phase.prompt() != Some(prompt) {
            self.conv.phase = phase;
            self.notice(m::STALE_BUTTON);
            return;
        }
        match phase {
            Phase::PickingLanguage { form, .. } => self.language_chosen(form, prompt, value),
            Phase::Filling { asking, form, .. } => self.step_choice(prompt, asking, form, value),
            Phase::ProfileMenu { .. } => self.profile_menu_choice(prompt, value),
            Phase::ConfirmingDelete { .. } => self.delete_choice(prompt, value),
            Phase::Scheduling { asking, draft, .. } => {
                self.scheduling_input(prompt, asking, draft, SchedulingInput::Choice(value.to_owned()))
            }
            Phase::Broadcasting { asking, draft, .. } => {
                self.broadcast_input(prompt, asking, draft, BroadcastInput::Choice(value.to_owned()))
            }
            Phase::Granting { asking, cohorts, .. } => self.grant_choice(prompt, asking, cohorts, value),
            Phase::Surveying { progress, .. } => self.survey_choice(prompt, progress, value),
            Phase::Recommending { asking, draft, .. } => self.recommend_choice(prompt, asking, draft, value),
            Phase::Moderating { recommendation, .. } => self.moderation_choice(prompt, recommendation, value),
            Phase::PickingResults { sessions, .. } => self.results_choice(prompt, sessions, value),
            Phase::PickingCheckin { sessions, .. } => self.checkin_choice(prompt, sessions, value),
            Phase::PickingExport { .. } => self.export_choice(prompt, value),
            Phase::Idle | Phase::Lost => self.notice(m::STALE_BUTTON),
        }
    }

    fn text(&mut self, phase: Phase, text: &str) {
        match phase {
            Phase::Filling { prompt, asking, form } => self.step_text(prompt, asking, form, text),
            Phase::Scheduling { prompt, asking, draft } => {
                self.scheduling_input(prompt, asking, draft, SchedulingInput::Text(text.to_owned()))
            }
            Phase::Broadcasting { prompt, asking, draft } => {
                self.broadcast_input(prompt, asking, draft, BroadcastInput::Text(text.to_owned()))
            }
            Phase::Granting { prompt, asking, cohorts } => self.grant_text(prompt, asking, cohorts, text),
            Phase::Surveying { prompt, progress } => self.survey_text(prompt, progress, text),
            Phase::Recommending { prompt, asking, draft } => self.recommend_text(prompt, asking, draft, text),
            Phase::PickingLanguage { .. } | Phase::ConfirmingDelete { .. } => {
                self.say(Msg::new(m::USE_BUTTONS));
                self.reask(phase);
            }
            Phase::Idle
            | Phase::ProfileMenu { .. }
            | Phase::PickingResults { .. }
            | Phase::PickingCheckin { .. }
            | Phase::PickingExport { .. }
            | Phase::Moderating { .. }
            | Phase::Lost => {
                let key = if self.participant().is_some() { m::IDLE_TEXT } else { m::IDLE_NOT_REGISTERED };
                self.say(Msg::new(key));
            }
        }
    }

    fn non_text(&mut self, phase: Phase) {
        let key = match &phase {
            Phase::Filling { asking, .. } if self.expects_text(*asking) => m::TEXT_EXPECTED,
            Phase::Scheduling { .. } | Phase::Broadcasting { asking: BroadcastStep::Text, .. } => m::TEXT_EXPECTED,
            _ if phase.is_busy() => m::USE_BUTTONS,
            _ => {
                self.say(Msg::new(m::NONTEXT_IDLE));
                return;
            }
        };
        self.say(Msg::new(key));
        self.reask(phase);
    }

    fn expects_text(&self, field: Field) -> bool {
        self.engine.flow.step(field).is_some_and(|s| !matches!(s.kind, StepKind::Choice(_)))
    }

    // ----- the language picker -------------------------------------------------------------------------------

    fn pick_language(&mut self, form: Option<Form>) {
        let prompt = self.new_prompt();
        self.conv.phase = Phase::PickingLanguage { prompt, form };
        self.ask_current();
    }

    fn language_chosen(&mut self, form: Option<Form>, prompt: PromptId, value: &str) {
        let Some(language) = self.engine.languages.iter().find(|l| l.code == value).cloned() else {
            self.conv.phase = Phase::PickingLanguage { prompt, form };
            self.notice(m::STALE_BUTTON);
            return;
        };
        self.conv.lang = Some(language.code.clone());
        match form {
            Some(form) => self.next_step(form),
            None => {
                if self.participant().is_some() {
                    self.out.effects.push(Effect::SetLanguage(language.code.clone()));
                }
                self.say(Msg::new(m::LANGUAGE_SET).text("language", language.name));
                self.idle();
            }
        }
    }

    // ----- /delete -------------------------------------------------------------------------------------------

    fn delete_choice(&mut self, prompt: PromptId, value: &str) {
        match value {
            DELETE_YES if self.participant().is_some() => {
                self.out.effects.push(Effect::Erase);
                self.say(Msg::new(m::DELETED));
                self.idle();
            }
            DELETE_YES => {
                self.say(Msg::new(m::NOTHING_STORED));
                self.idle();
            }
            DELETE_NO => {
                self.say(Msg::new(m::DELETE_KEPT));
                self.idle();
            }
            _ => {
                self.conv.phase = Phase::ConfirmingDelete { prompt };
                self.notice(m::STALE_BUTTON);
            }
        }
    }

    // ----- questions -----------------------------------------------------------------------------------------

    /// Puts `phase` back and asks its question again, with the same prompt id (its buttons stay valid).
    fn reask(&mut self, phase: Phase) {
        self.conv.phase = phase;
        self.ask_current();
    }

    /// The stored state names a step that the current `dialogues/` no longer has.
    fn flow_changed(&mut self) {
        self.say(Msg::new(m::STATE_LOST));
        self.idle();
    }

    /// The question of the current phase.
    fn ask_current(&mut self) {
        let reply = match &self.conv.phase {
            Phase::PickingLanguage { prompt, form } => {
                let key = if form.is_some() { m::PICK_LANGUAGE } else { m::LANGUAGE_PICK };
                let choices = self
                    .engine
                    .languages
                    .iter()
                    .map(|l| Choice { value: l.code.clone(), label: Label::Literal(l.name.clone()) })
                    .collect();
                Reply::Ask { msg: Msg::new(key), prompt: *prompt, choices }
            }
            Phase::Filling { prompt, asking, form } => match self.engine.flow.step(*asking) {
                Some(step) => self.step_question(step, &form.draft, *prompt),
                None => return self.flow_changed(),
            },
            Phase::ConfirmingDelete { prompt } => Reply::Ask {
                msg: Msg::new(m::DELETE_CONFIRM),
                prompt: *prompt,
                choices: vec![
                    Choice { value: DELETE_YES.into(), label: Label::key(m::BTN_DELETE_YES) },
                    Choice { value: DELETE_NO.into(), label: Label::key(m::BTN_DELETE_NO) },
                ],
            },
            Phase::Scheduling { prompt, asking, draft } => self.session_question(*prompt, *asking, draft),
            Phase::Broadcasting { prompt, asking, draft } => self.broadcast_question(*prompt, *asking, draft),
            Phase::Granting { prompt, asking, cohorts } => self.grant_question(*prompt, *asking, cohorts),
            Phase::Surveying { prompt, progress } => match self.survey_question(*prompt, progress) {
                Some(reply) => reply,
                None => return self.flow_changed(),
            },
            Phase::Recommending { prompt, asking, draft } => self.recommend_question(*prompt, *asking, draft),
            Phase::PickingExport { prompt } => self.export_question(*prompt),
            Phase::PickingResults { .. } | Phase::PickingCheckin { .. } | Phase::Moderating { .. } => return,
            Phase::ProfileMenu { .. } | Phase::Idle | Phase::Lost => return,
        };
        self.out.replies.push(reply);
    }
}

fn text_problem(error: TextError) -> Msg {
    match error {
        TextError::Empty => Msg::new(m::INVALID_TEXT_EMPTY),
        TextError::TooShort { min } => Msg::new(m::INVALID_TEXT_TOO_SHORT).number("min", count(min)),
        TextError::TooLong { max } => Msg::new(m::INVALID_TEXT_TOO_LONG).number("max", count(max)),
        TextError::NoLetters => Msg::new(m::INVALID_TEXT_NO_LETTERS),
        TextError::Unprintable => Msg::new(m::INVALID_TEXT_UNPRINTABLE),
    }
}

/// The counts of a broadcast report.
pub fn report_args(msg: Msg, c: &BroadcastCounts) -> Msg {
    msg.number("recipients", c.recipients)
        .number("delivered", c.delivered)
        .number("blocked", c.blocked)
        .number("skipped", c.skipped)
        .number("failed", c.failed)
        .number("waiting", c.waiting)
}

/// The arguments every message about a session shares: title, local start, place.
pub fn session_args(msg: Msg, session: &Session) -> Msg {
    let location = match &session.location {
        Some(place) => Arg::Text(place.clone()),
        None => Arg::Message(m::LOCATION_TBA.into()),
    };
    msg.text("title", session.title.clone())
        .text("when", session.local_start(session.timezone))
        .arg("location", location)
}

/// `$minutes`: how long before the start check-in opens, for the messages that tell it.
pub fn checkin_opens(msg: Msg) -> Msg {
    msg.number("minutes", i64::try_from(CHECKIN_OPENS_BEFORE.as_secs() / 60).unwrap_or(i64::MAX))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// The arguments the profile card and /mydata share.
fn profile_args(msg: Msg, p: &Profile) -> Msg {
    let none = || Arg::Message(m::VALUE_NONE.into());
    msg.text("name", p.name.clone())
        .number("birth_year", p.birth_year.year())
        .message("gender", m::gender(p.gender))
        .message("country", m::country(p.country))
        .text("municipality", p.municipality.clone())
        .arg("organisation", p.organisation.clone().map_or_else(none, Arg::Text))
        .arg("cohort", p.cohort.as_ref().map_or_else(none, |c| Arg::Text(c.to_string())))
}
