//! Cohorts: a /start link's code, looking a cohort up, joining or moving to one, and the cohort buttons.

use super::{GUARDIAN_PREFIX, INVITE_PREFIX, MAX_COHORT_BUTTONS, MAX_ECHOED_CODE, Turn, checkin_code_in};
use crate::conversation::flow::Field;
use crate::conversation::messages as m;
use crate::conversation::{
    Action, ActionButton, BroadcastStep, Command, Draft, Effect, Form, GrantStep, Label, Msg, Optional, Phase,
    PromptId, Query, Reply, SessionDraft, SessionStep,
};
use crate::domain::{CohortCode, Reach, reach};

impl Turn<'_> {
    pub(super) fn start_with_code(&mut self, payload: &str) {
        if let Some(code) = checkin_code_in(payload) {
            self.out.query = Some(Query::CheckIn(code));
            return;
        }
        let lower = payload.to_ascii_lowercase();
        if let Some(token) = lower.strip_prefix(INVITE_PREFIX) {
            self.out.query = Some(Query::Invite(token.to_owned()));
            return;
        }
        if let Some(token) = lower.strip_prefix(GUARDIAN_PREFIX) {
            self.out.query = Some(Query::GuardianRequest(token.to_owned()));
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
    pub(super) fn start_again(&mut self, cohort: Option<CohortCode>) {
        match cohort {
            Some(code) if self.participant().is_none() => self.out.query = Some(Query::Cohort(code)),
            _ => self.command(Command::Start(None)),
        }
    }

    pub(super) fn cohort_looked_up(&mut self, phase: Phase, code: CohortCode, name: Option<String>) {
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
    pub(super) fn offer_cohort(&mut self, code: CohortCode, name: String) {
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
    pub(super) fn cohort_to_join(&mut self, code: CohortCode, name: Option<String>) {
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

    pub(super) fn join_cohort(&mut self, code: CohortCode, name: String) {
        self.out.effects.push(Effect::JoinCohort(code));
        self.say(Msg::new(m::COHORT_JOINED).text("cohort", name));
    }

    /// The cohorts to offer as buttons where a cohort is chosen: a facilitator's own (those still running, once
    /// looked up for /newsession), or for someone who reaches them all, those `looked_up` (see
    /// [`Turn::all_cohorts`]).
    pub(super) fn cohort_buttons(&self, looked_up: &[CohortCode]) -> Vec<CohortCode> {
        match reach(self.ctx.grants) {
            Reach::Cohorts(cohorts) if looked_up.is_empty() => cohorts,
            Reach::Cohorts(cohorts) => cohorts.into_iter().filter(|c| looked_up.contains(c)).collect(),
            Reach::Everything => looked_up.to_vec(),
            Reach::None => Vec::new(),
        }
    }

    /// Every cohort, for someone who reaches them all: buttons on the open cohort question when there are few
    /// enough, else the code is typed.
    pub(super) fn all_cohorts(&mut self, phase: Phase, mut codes: Vec<CohortCode>) {
        let phase = match phase {
            Phase::Scheduling { prompt, asking: SessionStep::Cohort, draft }
                if reach(self.ctx.grants) != Reach::Everything =>
            {
                return self.facilitator_schedules(prompt, draft, &codes);
            }
            other => other,
        };
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

    /// /newsession for a facilitator, once the cohorts still running are known: their one running cohort is taken
    /// without asking, several are offered, and with none running there is nothing to schedule.
    fn facilitator_schedules(&mut self, prompt: PromptId, mut draft: SessionDraft, running: &[CohortCode]) {
        let own: Vec<CohortCode> = match reach(self.ctx.grants) {
            Reach::Cohorts(own) => own.into_iter().filter(|c| running.contains(c)).collect(),
            Reach::Everything | Reach::None => Vec::new(),
        };
        match own.as_slice() {
            [] => {
                self.idle();
                self.say(Msg::new(m::ROSTER_NONE));
            }
            [only] => {
                draft.cohort = Some(only.clone());
                self.next_session_step(draft);
            }
            _ => {
                draft.cohorts = own;
                self.conv.phase = Phase::Scheduling { prompt, asking: SessionStep::Cohort, draft };
                self.ask_current();
            }
        }
    }
}
