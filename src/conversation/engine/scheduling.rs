//! /newsession: a facilitator schedules a session for one of their cohorts, step by step, then confirms.
//! The role is checked again at every step, not only at the start.

use super::{Turn, checkin_opens};
use crate::conversation::messages as m;
use crate::conversation::{
    Attachment, CheckinSession, Choice, Effect, Label, Msg, Optional, Phase, PromptId, Query, Reply, SessionDraft,
    SessionStep,
};
use crate::domain::{
    CohortCode, LocalTimeError, NewSession, Reach, SessionLabel, Span, bounded_text, checkin_code, parse_local_start,
    reach, zone_label,
};

const SKIP: &str = "~skip";
const CREATE: &str = "create";
const DISCARD: &str = "discard";
/// The programme's four training modules (stored by code; labels are `module-<code>`).
pub const MODULES: [&str; 4] =
    ["identity-culture", "intercultural-dialogue", "local-global-communities", "social-action"];
/// The usual lengths, as buttons written the way the summary shows a length and a facilitator may type one.
const DURATIONS: [&str; 4] = ["1h", "1h30m", "2h", "3h"];
const TITLE_CHARS: (usize, usize) = (2, 120);
const PLACE_CHARS: (usize, usize) = (2, 200);

impl Turn<'_> {
    pub(super) fn may_schedule(&self) -> bool {
        reach(self.ctx.grants) != Reach::None
    }

    pub(super) fn new_session(&mut self) {
        if !self.may_schedule() {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        // The cohorts still running are looked up: a facilitator's grant may name one that is archived.
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Scheduling { prompt, asking: SessionStep::Cohort, draft: SessionDraft::default() };
        self.out.query = Some(Query::AllCohorts);
    }

    pub(super) fn next_session_step(&mut self, mut draft: SessionDraft) {
        // The cohorts offered are of no more use, and would be stored with every step.
        if draft.cohort.is_some() {
            draft.cohorts.clear();
        }
        let asking = if draft.cohort.is_none() {
            SessionStep::Cohort
        } else if draft.title.is_none() {
            SessionStep::Title
        } else if draft.module.is_none() {
            SessionStep::Module
        } else if draft.starts_at.is_none() {
            SessionStep::Starts
        } else if draft.duration_seconds.is_none() {
            SessionStep::Duration
        } else if draft.location.is_none() {
            SessionStep::Location
        } else {
            SessionStep::Confirm
        };
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Scheduling { prompt, asking, draft };
        self.ask_current();
    }

    /// The question of a /newsession step.
    pub(super) fn session_question(&self, prompt: PromptId, asking: SessionStep, draft: &SessionDraft) -> Reply {
        let key = |k: &str| Label::key(k);
        let (msg, choices): (Msg, Vec<Choice>) = match asking {
            SessionStep::Cohort => match self.cohort_buttons(&draft.cohorts).as_slice() {
                [] => (Msg::new(m::NS_COHORT_TYPE), Vec::new()),
                cohorts => (
                    Msg::new(m::NS_COHORT_PICK),
                    cohorts
                        .iter()
                        .map(|c| Choice { value: c.to_string(), label: Label::Literal(c.to_string()) })
                        .collect(),
                ),
            },
            SessionStep::Title => (Msg::new(m::NS_TITLE), Vec::new()),
            SessionStep::Module => {
                let mut choices: Vec<Choice> = MODULES
                    .iter()
                    .map(|code| Choice { value: (*code).into(), label: key(&format!("module-{code}")) })
                    .collect();
                choices.push(Choice { value: SKIP.into(), label: key(m::BTN_NO_MODULE) });
                (Msg::new(m::NS_MODULE), choices)
            }
            SessionStep::Starts => {
                let zone = zone_label(self.ctx.timezone, self.ctx.now);
                (Msg::new(m::NS_STARTS).text("zone", zone), Vec::new())
            }
            SessionStep::Duration => (
                Msg::new(m::NS_DURATION),
                DURATIONS
                    .iter()
                    .map(|value| Choice { value: (*value).into(), label: Label::Literal((*value).into()) })
                    .collect(),
            ),
            SessionStep::Location => {
                (Msg::new(m::NS_LOCATION), vec![Choice { value: SKIP.into(), label: key(m::BTN_LOCATION_TBA) }])
            }
            SessionStep::Confirm => (
                self.session_summary(draft),
                vec![
                    Choice { value: CREATE.into(), label: key(m::BTN_CREATE) },
                    Choice { value: DISCARD.into(), label: key(m::BTN_DISCARD) },
                ],
            ),
        };
        Reply::Ask { msg, prompt, choices }
    }

    fn session_summary(&self, draft: &SessionDraft) -> Msg {
        let none = || m::VALUE_NONE.to_owned();
        let module = match &draft.module {
            Some(Optional::Given(code)) => format!("module-{code}"),
            _ => none(),
        };
        let msg = match draft.starts_at {
            Some(at) => Msg::new(m::NS_CONFIRM).when("when", self.local(at)),
            None => Msg::new(m::NS_CONFIRM).text("when", ""),
        };
        let msg = msg
            .text("cohort", draft.cohort.as_ref().map(ToString::to_string).unwrap_or_default())
            .text("title", draft.title.clone().unwrap_or_default())
            .message("module", module)
            .text("duration", Span::from_secs(draft.duration_seconds.unwrap_or(0)).to_string());
        match &draft.location {
            Some(Optional::Given(place)) => msg.text("location", place.clone()),
            _ => msg.message("location", m::LOCATION_TBA),
        }
    }

    /// An input while scheduling (a press has been checked against the prompt already).
    pub(super) fn scheduling_input(
        &mut self,
        prompt: PromptId,
        asking: SessionStep,
        draft: SessionDraft,
        input: SchedulingInput,
    ) {
        if !self.may_schedule() {
            self.say(Msg::new(m::NOT_ALLOWED));
            return self.idle();
        }
        let again = |draft| Phase::Scheduling { prompt, asking, draft };
        let result = match input {
            SchedulingInput::Text(text) => self.scheduling_text(asking, draft, &text),
            SchedulingInput::Choice(value) => self.scheduling_choice(asking, draft, &value),
        };
        match result {
            Step::Next(draft) => self.next_session_step(draft),
            Step::Again(draft, Some(problem)) => {
                self.say(problem);
                self.reask(again(draft));
            }
            Step::Again(draft, None) => {
                self.conv.phase = again(draft);
                self.notice(m::STALE_BUTTON);
            }
            Step::Lookup(draft, code) => {
                self.conv.phase = again(draft);
                self.out.query = Some(Query::Cohort(code));
            }
            Step::Done => {}
        }
    }

    fn scheduling_text(&mut self, asking: SessionStep, mut draft: SessionDraft, text: &str) -> Step {
        match asking {
            SessionStep::Cohort if reach(self.ctx.grants) == Reach::Everything => match CohortCode::parse(text) {
                Ok(code) => Step::Lookup(draft, code),
                Err(_) => Step::Again(draft, Some(Msg::new(m::INVALID_COHORT_FORMAT))),
            },
            SessionStep::Title => match bounded_text(text, TITLE_CHARS.0, TITLE_CHARS.1) {
                Ok(title) => {
                    draft.title = Some(title);
                    Step::Next(draft)
                }
                Err(e) => Step::Again(draft, Some(super::text_problem(e))),
            },
            SessionStep::Starts => match parse_local_start(text, self.ctx.timezone) {
                Ok(at) if at <= self.ctx.now => Step::Again(draft, Some(Msg::new(m::NS_STARTS_PAST))),
                Ok(at) => {
                    draft.starts_at = Some(at);
                    Step::Next(draft)
                }
                Err(LocalTimeError::Format(_) | LocalTimeError::Skipped(..)) => {
                    Step::Again(draft, Some(Msg::new(m::NS_STARTS_INVALID)))
                }
            },
            SessionStep::Duration => self.duration(draft, text),
            SessionStep::Location => match bounded_text(text, PLACE_CHARS.0, PLACE_CHARS.1) {
                Ok(place) => {
                    draft.location = Some(Optional::Given(place));
                    Step::Next(draft)
                }
                Err(e) => Step::Again(draft, Some(super::text_problem(e))),
            },
            SessionStep::Cohort | SessionStep::Module | SessionStep::Confirm => {
                Step::Again(draft, Some(Msg::new(m::USE_BUTTONS)))
            }
        }
    }

    fn duration(&mut self, mut draft: SessionDraft, text: &str) -> Step {
        match text.parse::<Span>() {
            Ok(span) if span.as_secs() > 0 && span.as_secs() <= 24 * 3600 => {
                draft.duration_seconds = Some(span.as_secs());
                Step::Next(draft)
            }
            _ => Step::Again(draft, Some(Msg::new(m::NS_DURATION_INVALID))),
        }
    }

    fn scheduling_choice(&mut self, asking: SessionStep, mut draft: SessionDraft, value: &str) -> Step {
        match asking {
            SessionStep::Cohort => {
                match self.cohort_buttons(&draft.cohorts).into_iter().find(|c| c.as_str() == value) {
                    Some(code) => {
                        draft.cohort = Some(code);
                        Step::Next(draft)
                    }
                    None => Step::Again(draft, None),
                }
            }
            SessionStep::Module if value == SKIP => {
                draft.module = Some(Optional::Skipped);
                Step::Next(draft)
            }
            SessionStep::Module if MODULES.contains(&value) => {
                draft.module = Some(Optional::Given(value.to_owned()));
                Step::Next(draft)
            }
            SessionStep::Duration if DURATIONS.contains(&value) => self.duration(draft, value),
            SessionStep::Location if value == SKIP => {
                draft.location = Some(Optional::Skipped);
                Step::Next(draft)
            }
            SessionStep::Confirm if value == CREATE => self.create_session(draft),
            SessionStep::Confirm if value == DISCARD => {
                self.say(Msg::new(m::NS_DISCARDED));
                self.idle();
                Step::Done
            }
            _ => Step::Again(draft, None),
        }
    }

    /// The answer to a typed cohort code.
    pub(super) fn scheduling_cohort_found(
        &mut self,
        prompt: PromptId,
        draft: SessionDraft,
        code: CohortCode,
        found: bool,
    ) {
        let mut draft = draft;
        if found {
            draft.cohort = Some(code);
            return self.next_session_step(draft);
        }
        self.say(Msg::new(m::COHORT_NOT_FOUND).text("code", code.to_string()));
        self.reask(Phase::Scheduling { prompt, asking: SessionStep::Cohort, draft });
    }

    fn create_session(&mut self, draft: SessionDraft) -> Step {
        let (Some(cohort), Some(title), Some(starts_at), Some(duration)) =
            (draft.cohort.clone(), draft.title.clone(), draft.starts_at, draft.duration_seconds)
        else {
            return Step::Next(draft);
        };
        if starts_at <= self.ctx.now {
            // The time passed while the facilitator was confirming: ask for it again.
            self.say(Msg::new(m::NS_STARTS_PAST));
            return Step::Next(SessionDraft { starts_at: None, ..draft });
        }
        let session = NewSession {
            cohort,
            title,
            module: draft.module.clone().and_then(Optional::into_option),
            starts_at,
            timezone: self.ctx.timezone,
            duration: Span::from_secs(duration),
            location: draft.location.clone().and_then(Optional::into_option),
            checkin_code: checkin_code(self.ctx.random),
            survey: None,
        };
        let link = self.checkin_link(&session.checkin_code);
        self.say(
            Msg::new(m::SESSION_CREATED)
                .text("title", session.title.clone())
                .when("when", self.local(starts_at))
                .text("link", link.clone()),
        );
        self.attach_checkin_qr(&session.checkin_code, link);
        self.out.effects.push(Effect::CreateSession(Box::new(session)));
        self.idle();
        Step::Done
    }

    // ----- /checkin: a session's check-in link and QR code, to show at the venue -------------------------------

    pub(super) fn checkin_codes(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::CheckinSessions);
    }

    /// The sessions looked up for /checkin: the only one shown at once, several offered as buttons.
    pub(super) fn pick_checkin(&mut self, sessions: Vec<CheckinSession>) {
        match sessions.as_slice() {
            [] => self.say(Msg::new(m::CHECKIN_NONE)),
            [only] => self.show_checkin(only),
            _ => {
                let prompt = self.new_prompt();
                let choices = sessions
                    .iter()
                    .map(|s| Choice {
                        value: s.id.to_string(),
                        label: Label::session(&SessionLabel { id: s.id, starts: s.when, title: s.title.clone() }),
                    })
                    .collect();
                self.conv.phase = Phase::PickingCheckin { prompt, sessions };
                self.out.replies.push(Reply::Ask { msg: Msg::new(m::CHECKIN_PICK), prompt, choices });
            }
        }
    }

    pub(super) fn checkin_choice(&mut self, prompt: PromptId, sessions: Vec<CheckinSession>, value: &str) {
        let Some(session) = value.parse::<i64>().ok().and_then(|id| sessions.iter().find(|s| s.id == id)).cloned()
        else {
            self.conv.phase = Phase::PickingCheckin { prompt, sessions };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        // The role is checked again: it may have been revoked since the list was shown.
        if !reach(self.ctx.grants).includes(&session.cohort) {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.show_checkin(&session);
    }

    fn show_checkin(&mut self, session: &CheckinSession) {
        let link = self.checkin_link(&session.code);
        self.say(
            checkin_opens(Msg::new(m::CHECKIN_LINK))
                .text("title", session.title.clone())
                .when("when", session.when)
                .text("link", link.clone()),
        );
        self.attach_checkin_qr(&session.code, link);
    }

    fn checkin_link(&self, code: &str) -> String {
        self.deep_link(&format!("{}{code}", super::CHECKIN_PREFIX))
    }

    /// The link's QR code as a photo; not for a link without the bot's name (`<bot>`), which would open nothing.
    fn attach_checkin_qr(&mut self, code: &str, link: String) {
        if self.ctx.bot_username.is_some() {
            self.out.replies.push(Reply::Attach(Attachment::CheckinQr { code: code.to_owned(), link }));
        }
    }
}

/// What a scheduling step received.
pub(super) enum SchedulingInput {
    Text(String),
    Choice(String),
}

enum Step {
    Next(SessionDraft),
    /// Ask again; with a reason, or (a stale button) with only a notice.
    Again(SessionDraft, Option<Msg>),
    Lookup(SessionDraft, CohortCode),
    Done,
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Engine, Input};
    use crate::domain::{LocalTime, Role, RoleGrant};

    fn codes(names: &[&str]) -> Vec<CohortCode> {
        names.iter().filter_map(|n| CohortCode::parse(n).ok()).collect()
    }

    /// /newsession as an organiser, then the cohorts looked up: the question asked.
    fn asked(engine: &Engine, conv: &mut Conversation, cohorts: Vec<CohortCode>) -> Reply {
        let out = turn(engine, conv, &ORGANISER, Input::Command(Command::NewSession));
        assert_eq!((out.replies.len(), out.query), (0, Some(Query::AllCohorts)), "nothing asked before the lookup");
        let out = turn(engine, conv, &ORGANISER, Input::AllCohorts(cohorts));
        let [reply] = out.replies.as_slice() else { panic!("one question, not {:?}", out.replies) };
        reply.clone()
    }

    #[test]
    fn someone_who_reaches_every_cohort_picks_one_of_them() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let Reply::Ask { prompt, choices, .. } = asked(&engine, &mut conv, codes(&["SKOPJE-1", "TIRANA-1"])) else {
            panic!("buttons")
        };
        let values: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, ["SKOPJE-1", "TIRANA-1"]);

        let forged = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "NOVI-SAD-1".into() });
        assert_eq!(forged.replies, [Reply::Notice(Msg::new(m::STALE_BUTTON))], "only the cohorts offered");
        turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "TIRANA-1".into() });
        let Phase::Scheduling { asking, draft, .. } = &conv.phase else { panic!("{:?}", conv.phase) };
        assert_eq!((*asking, draft.cohort.as_ref().map(CohortCode::as_str)), (SessionStep::Title, Some("TIRANA-1")));
        assert!(draft.cohorts.is_empty(), "the list offered is not kept once used");
    }

    #[test]
    fn past_a_dozen_cohorts_the_code_is_typed() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let many: Vec<String> = (1..=13).map(|n| format!("COHORT-{n}")).collect();
        let reply = asked(&engine, &mut conv, codes(&many.iter().map(String::as_str).collect::<Vec<_>>()));
        let Reply::Ask { msg, choices, .. } = reply else { panic!("a question") };
        assert_eq!((msg.key.as_str(), choices.len()), (m::NS_COHORT_TYPE, 0));
    }

    fn checkin_session(id: i64, title: &str) -> CheckinSession {
        let cohort = CohortCode::parse("TIRANA-1").expect("valid");
        CheckinSession { id, cohort, title: title.into(), when: january_15(), code: format!("code{id}") }
    }

    fn january_15() -> LocalTime {
        let at = chrono::DateTime::from_timestamp(1_800_003_600, 0).unwrap_or_default();
        LocalTime::new(at, chrono_tz::Europe::Belgrade)
    }

    #[test]
    fn checkin_shows_the_only_session_at_once_and_offers_several_as_buttons() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let refused = turn(&engine, &mut conv, &[], Input::Command(Command::CheckIn));
        assert_eq!((refused.replies, refused.query), (vec![Reply::Say(Msg::new(m::NOT_ALLOWED))], None));

        let out = turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::CheckIn));
        assert_eq!((out.replies.len(), out.query), (0, Some(Query::CheckinSessions)));
        let none = turn(&engine, &mut conv, &ORGANISER, Input::CheckinSessions(Vec::new()));
        assert_eq!(none.replies, [Reply::Say(Msg::new(m::CHECKIN_NONE))]);

        let one = turn(&engine, &mut conv, &ORGANISER, Input::CheckinSessions(vec![checkin_session(4, "Identity")]));
        let [Reply::Say(msg)] = one.replies.as_slice() else { panic!("the link alone: {:?}", one.replies) };
        assert_eq!(msg.key, m::CHECKIN_LINK);
        assert_eq!(conv.phase, Phase::Idle);

        let two = vec![checkin_session(4, "Identity"), checkin_session(5, "Dialogue")];
        let asked = turn(&engine, &mut conv, &ORGANISER, Input::CheckinSessions(two));
        let [Reply::Ask { prompt, choices, .. }] = asked.replies.as_slice() else { panic!("{:?}", asked.replies) };
        let labels: Vec<&Label> = choices.iter().map(|c| &c.label).collect();
        assert_eq!(
            labels,
            [
                &Label::session(&SessionLabel { id: 4, starts: january_15(), title: "Identity".into() }),
                &Label::session(&SessionLabel { id: 5, starts: january_15(), title: "Dialogue".into() })
            ]
        );
        let forged = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: *prompt, value: "6".into() });
        assert_eq!(forged.replies, [Reply::Notice(Msg::new(m::STALE_BUTTON))], "only the sessions offered");
        let other_cohort = [RoleGrant { role: Role::Facilitator, cohort: CohortCode::parse("SKOPJE-1").ok() }];
        let revoked =
            turn(&engine, &mut conv.clone(), &other_cohort, Input::Choice { prompt: *prompt, value: "5".into() });
        assert_eq!(revoked.replies, [Reply::Say(Msg::new(m::NOT_ALLOWED))], "the role is checked at the press");
        let chosen = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: *prompt, value: "5".into() });
        let [Reply::Say(msg)] = chosen.replies.as_slice() else { panic!("{:?}", chosen.replies) };
        assert_eq!(msg.key, m::CHECKIN_LINK);
        assert_eq!(conv.phase, Phase::Idle, "one press, then done");
        // Without the bot's username there is no QR code to attach (see the end-to-end test for the photo).
        assert!(!chosen.replies.iter().any(|r| matches!(r, Reply::Attach(_))));
    }

    #[test]
    fn a_list_of_cohorts_that_comes_after_the_question_moved_on_changes_nothing() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let out = turn(&engine, &mut conv, &ORGANISER, Input::AllCohorts(codes(&["SKOPJE-1"])));
        assert!(out.replies.is_empty());
        assert_eq!(conv.phase, Phase::Idle);
    }
}
