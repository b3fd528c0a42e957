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
    Arg, BroadcastStep, Choice, Command, Conversation, Effect, Form, Input, Label, Msg, Phase, PromptId, Query, Reply,
};
use crate::domain::{
    BroadcastCounts, CHECKIN_OPENS_BEFORE, LocalTime, Participant, PrivacyNotice, RoleGrant, Session, TelegramId,
    TextError,
};
use crate::i18n::Language;

mod broadcast;
mod cohorts;
mod commands;
mod erase;
mod export;
mod form;
mod grant;
mod guardian;
mod my_data;
mod recommend;
mod roster;
mod scheduling;
mod sessions;
mod survey;
#[cfg(test)]
mod testing;
mod translate;
mod upcoming;

use broadcast::BroadcastInput;
pub use grant::{INVITE_PREFIX, ROLE_KINDS};
pub use guardian::GUARDIAN_PREFIX;
use my_data::profile_args;
use recommend::Page;
pub use recommend::{PAGE_SIZE as RECOMMENDATIONS_PAGE_SIZE, age_key};
pub use survey::ANSWERABLE_DAYS as SURVEY_ANSWERABLE_DAYS;
pub use upcoming::UPCOMING_DAYS;

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
/// Inputs that would start something else, which an open question holds up.
fn interrupts(input: &Input) -> bool {
    matches!(
        input,
        Input::Command(_)
            | Input::UnknownCommand(_)
            | Input::StartSurvey { .. }
            | Input::StartAgain { .. }
            | Input::JoinCohort { .. }
    )
}

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
    /// 128 fresh bits from the operating system's random source, for secrets (invitation tokens).
    pub secret: u128,
    /// For deep links in replies, when known.
    pub bot_username: Option<&'a str>,
    /// The language the person is answered in as the input arrives (an announcement they write is in it).
    pub language: &'a str,
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
    privacy: PrivacyNotice,
}

impl Engine {
    pub fn new(flow: RegistrationFlow, languages: Vec<Language>, surveys: Vec<Survey>, themes: Vec<Theme>) -> Self {
        Self { flow, languages, surveys, themes, privacy: PrivacyNotice::default() }
    }

    /// The engine, its privacy notice naming `privacy`'s controller, contact and retention.
    pub fn with_privacy(self, privacy: PrivacyNotice) -> Self {
        Self { privacy, ..self }
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

    /// The buttons of the open question, if it takes nothing but a press: typing `text` there would be refused
    /// (tried on a copy of the state), so a typed button label may stand for the press.
    pub fn buttons_only(&self, ctx: &Context<'_>, conv: &Conversation, text: &str) -> Option<(PromptId, Vec<Choice>)> {
        if !conv.phase.is_busy() {
            return None;
        }
        let mut trial = conv.clone();
        let refused = self
            .handle(ctx, &mut trial, Input::Text(text.to_owned()))
            .replies
            .iter()
            .any(|r| matches!(r, Reply::Say(msg) if msg.key == m::USE_BUTTONS));
        if !refused {
            return None;
        }
        let mut copy = conv.clone();
        let mut turn = Turn { engine: self, ctx, conv: &mut copy, out: Outcome::default() };
        turn.ask_current();
        turn.out.replies.into_iter().find_map(|reply| match reply {
            Reply::Ask { prompt, choices, .. } if !choices.is_empty() => Some((prompt, choices)),
            _ => None,
        })
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
            input if phase.is_busy() && interrupts(&input) => self.while_busy(phase, input),
            input => self.dispatch(phase, input),
        }
    }

    /// A command or a stand-alone button while a question is open: help and a check-in code are dealt with
    /// and the question asked again; anything else waits until the question is answered or cancelled.
    fn while_busy(&mut self, phase: Phase, input: Input) {
        match input {
            Input::Command(Command::Help) => {
                self.help();
                self.reask(phase);
            }
            Input::Command(Command::WhoAmI) => {
                self.command(Command::WhoAmI);
                self.reask(phase);
            }
            // A session's check-in code, scanned at the venue, is not held up by a dialogue left open: the
            // attendance is recorded, and the open question asked again after.
            Input::Command(Command::Start(Some(payload))) if checkin_code_in(&payload).is_some() => {
                self.conv.phase = phase;
                self.start_with_code(&payload);
            }
            _ => {
                self.say(Msg::new(m::BUSY));
                self.reask(phase);
            }
        }
    }

    fn dispatch(&mut self, phase: Phase, input: Input) {
        match input {
            Input::Command(command) => self.command(command),
            Input::StartAgain { cohort } => self.start_again(cohort),
            Input::UnknownCommand(name) => self.say(Msg::new(m::UNKNOWN_COMMAND).text("command", name)),
            Input::CohortLookup { code, name } => self.cohort_looked_up(phase, code, name),
            Input::ParticipantFound { id, name } => self.erase_target(phase, id, name),
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
            Input::Browse { theme, page, original } => {
                self.out.query = Some(Query::ApprovedPage { theme, page, original })
            }
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
            Input::ApprovedPage { theme, page, original, items, more } => {
                self.show_page(&theme, Page { number: page, original }, &items, more)
            }
            Input::EndorseTarget { recommendation, target } => self.endorse(recommendation, target),
            Input::Summary(summary) => self.show_summary(&summary),
            Input::SurveyTarget(target) => self.survey_target(target),
            Input::OpenSurveys(open) => self.show_open_surveys(open),
            Input::ResultSessions(sessions) => self.pick_results(sessions),
            Input::CheckinSessions(sessions) => self.pick_checkin(sessions),
            Input::Results { header, per_survey } => self.results_with_header(header, per_survey),
            Input::MyActivity(activity) => self.my_data(&activity),
            Input::GuardianRequestFound { token, request } => self.guardian_request_found(token, request),
            Input::ToTranslate { language, item, waiting } => self.translate_next(language, item, waiting),
            Input::TranslatorLanguages { languages, target } => self.translator_languages(languages, target),
            Input::WaitingForGuardian(waiting) => self.pick_paper_form(waiting),
            Input::ReachedCohorts { task, cohorts } => self.reached_cohorts(task, cohorts),
            Input::Planned(planned) => self.show_planned(&planned),
            Input::Roster(roster) => self.show_roster(roster),
            Input::MarkableSessions { cohort, sessions } => self.pick_mark_session(&cohort, sessions),
            Input::Absent { session, people } => self.pick_absent(session, people),
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
            | Input::StartAgain { .. }
            | Input::ParticipantFound { .. } => {}
        }
    }

    fn results_with_header(&mut self, header: ResultsHeader, per_survey: Vec<crate::domain::SurveyAnswers>) {
        let header = match header {
            ResultsHeader::Session { title, when, answered, attended } => Msg::new(m::RESULTS_HEADER)
                .text("title", title)
                .when("when", when)
                .number("answered", answered)
                .number("attended", attended),
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
    /// A time in the programme's zone, where every date of the chat is shown.
    fn local(&self, at: DateTime<Utc>) -> LocalTime {
        LocalTime::new(at, self.ctx.timezone)
    }

    fn deep_link(&self, payload: &str) -> String {
        crate::domain::deep_link(self.ctx.bot_username, payload)
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

    /// The languages of the picker as buttons, each named in itself.
    fn language_choices(&self) -> Vec<Choice> {
        let languages = self.engine.languages.iter();
        languages.map(|l| Choice { value: l.code.clone(), label: Label::Literal(l.name.clone()) }).collect()
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
            Phase::AnsweringAsGuardian { token, .. } => self.guardian_answer(prompt, token, value),
            Phase::PickingPaperForm { waiting, .. } => self.paper_form_picked(prompt, waiting, value),
            Phase::ConfirmingPaperForm { child, name, .. } => self.paper_form_confirmed(child, name, value),
            Phase::PickingCohort { task, cohorts, .. } => self.cohort_choice(prompt, task, cohorts, value),
            Phase::Roster { cohort, page, .. } => self.roster_choice(prompt, cohort, page, value),
            Phase::PickingMarkSession { sessions, .. } => self.mark_session_choice(prompt, sessions, value),
            Phase::PickingAbsent { session, people, .. } => self.absent_choice(prompt, session, people, value),
            Phase::ErasingParticipant { asking, .. } => self.erase_choice(prompt, asking, value),
            Phase::Translating { asking, .. } => self.translate_choice(prompt, asking, value),
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
            Phase::ErasingParticipant { prompt, asking } => self.erase_text(prompt, asking, text),
            Phase::Translating { prompt, asking } => self.translate_text(prompt, asking, text),
            // A guardian typing instead of pressing is pointed at the buttons above, which stay live.
            Phase::PickingLanguage { .. } | Phase::ConfirmingDelete { .. } | Phase::AnsweringAsGuardian { .. } => {
                self.say(Msg::new(m::USE_BUTTONS));
                self.reask(phase);
            }
            Phase::Idle
            | Phase::ProfileMenu { .. }
            | Phase::PickingResults { .. }
            | Phase::PickingCheckin { .. }
            | Phase::PickingExport { .. }
            | Phase::Moderating { .. }
            | Phase::PickingPaperForm { .. }
            | Phase::ConfirmingPaperForm { .. }
            | Phase::PickingCohort { .. }
            | Phase::Roster { .. }
            | Phase::PickingMarkSession { .. }
            | Phase::PickingAbsent { .. }
            | Phase::Lost => {
                let key = if self.participant().is_some() { m::IDLE_TEXT } else { m::IDLE_NOT_REGISTERED };
                self.say(Msg::new(key));
            }
        }
    }

    fn non_text(&mut self, phase: Phase) {
        let key = match &phase {
            Phase::Filling { asking, .. } if self.expects_text(*asking) => m::TEXT_EXPECTED,
            Phase::Scheduling { .. }
            | Phase::Broadcasting { asking: BroadcastStep::Text | BroadcastStep::VersionText, .. } => m::TEXT_EXPECTED,
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
                Reply::Ask { msg: Msg::new(key), prompt: *prompt, choices: self.language_choices() }
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
            Phase::ErasingParticipant { prompt, asking } => self.erase_question(*prompt, asking),
            Phase::Translating { prompt, asking } => match self.translate_question(*prompt, asking) {
                Some(reply) => reply,
                None => return,
            },
            Phase::PickingResults { .. } | Phase::PickingCheckin { .. } | Phase::Moderating { .. } => return,
            Phase::PickingCohort { .. }
            | Phase::Roster { .. }
            | Phase::PickingMarkSession { .. }
            | Phase::PickingAbsent { .. } => return,
            Phase::AnsweringAsGuardian { .. } | Phase::PickingPaperForm { .. } | Phase::ConfirmingPaperForm { .. } => {
                return;
            }
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
    msg.text("title", session.title.clone()).when("when", session.start()).arg("location", location)
}

/// `$minutes`: how long before the start check-in opens, for the messages that tell it.
pub fn checkin_opens(msg: Msg) -> Msg {
    msg.number("minutes", i64::try_from(CHECKIN_OPENS_BEFORE.as_secs() / 60).unwrap_or(i64::MAX))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
