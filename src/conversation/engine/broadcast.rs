//! /broadcast: a facilitator or organiser chooses an audience within their reach, writes the text, sees it
//! exactly as recipients will with the recipient count, and sends it, sends a test to themselves, or cancels.
//! Delivery is the outbox's; the author gets a report at the end and can ask for progress with /broadcasts.

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{
    ActionButton, BroadcastDraft, BroadcastStep, Choice, Effect, Label, Msg, Phase, PromptId, Query, Reply,
};
use crate::domain::{Audience, CohortCode, Country, MAX_MESSAGE_CHARS, Reach, SessionLabel, reach};

const SEND: &str = "send";
const TEST: &str = "test";
const CANCEL: &str = "cancel";
const AUDIENCES: [(&str, &str); 5] = [
    ("everyone", m::BTN_AUD_EVERYONE),
    ("cohort", m::BTN_AUD_COHORT),
    ("country", m::BTN_AUD_COUNTRY),
    ("language", m::BTN_AUD_LANGUAGE),
    ("session", m::BTN_AUD_SESSION),
];

/// What arrived during a broadcast dialogue.
pub(in crate::conversation) enum BroadcastInput {
    Text(String),
    Choice(String),
}

impl Turn<'_> {
    pub(super) fn broadcast(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.broadcast_step(BroadcastStep::Audience, BroadcastDraft::default());
    }

    fn broadcast_step(&mut self, asking: BroadcastStep, draft: BroadcastDraft) {
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Broadcasting { prompt, asking, draft };
        if asking == BroadcastStep::Preview
            && let Phase::Broadcasting { draft, .. } = &self.conv.phase
        {
            // The text alone first, exactly as recipients will see it.
            let text = Msg::new(m::VERBATIM).text("text", draft.text.clone().unwrap_or_default());
            self.out.replies.push(Reply::Show { msgs: vec![text], buttons: Vec::<ActionButton>::new() });
        }
        self.ask_current();
    }

    pub(super) fn broadcast_question(&self, prompt: PromptId, asking: BroadcastStep, draft: &BroadcastDraft) -> Reply {
        let choice = |value: &str, label: Label| Choice { value: value.to_owned(), label };
        let (msg, choices): (Msg, Vec<Choice>) = match asking {
            BroadcastStep::Audience => {
                (Msg::new(m::BC_AUDIENCE), AUDIENCES.iter().map(|(v, key)| choice(v, Label::key(*key))).collect())
            }
            BroadcastStep::Cohort => match self.cohort_buttons(&draft.cohorts).as_slice() {
                [] => (Msg::new(m::BC_COHORT_TYPE), Vec::new()),
                cohorts => (
                    Msg::new(m::BC_COHORT_PICK),
                    cohorts.iter().map(|c| choice(c.as_str(), Label::Literal(c.to_string()))).collect(),
                ),
            },
            BroadcastStep::Country => (
                Msg::new(m::BC_COUNTRY),
                Country::ALL.iter().map(|c| choice(c.code(), Label::key(m::country(*c)))).collect(),
            ),
            BroadcastStep::Language => (
                Msg::new(m::BC_LANGUAGE),
                self.engine.languages.iter().map(|l| choice(&l.code, Label::Literal(l.name.clone()))).collect(),
            ),
            BroadcastStep::Session => (
                Msg::new(m::BC_SESSION),
                draft.sessions.iter().map(|s| choice(&s.id.to_string(), Label::session(s))).collect(),
            ),
            BroadcastStep::Text => (Msg::new(m::BC_TEXT).number("max", super::count(MAX_MESSAGE_CHARS)), Vec::new()),
            BroadcastStep::Preview => (
                Msg::new(m::BC_PREVIEW).number("count", i64::try_from(draft.recipients.unwrap_or(0)).unwrap_or(0)),
                vec![
                    choice(SEND, Label::key(m::BTN_SEND)),
                    choice(TEST, Label::key(m::BTN_SEND_TEST)),
                    choice(CANCEL, Label::key(m::BTN_CANCEL_SEND)),
                ],
            ),
        };
        Reply::Ask { msg, prompt, choices }
    }

    pub(super) fn broadcast_input(
        &mut self,
        prompt: PromptId,
        asking: BroadcastStep,
        draft: BroadcastDraft,
        input: BroadcastInput,
    ) {
        if reach(self.ctx.grants) == Reach::None {
            self.say(Msg::new(m::NOT_ALLOWED));
            return self.idle();
        }
        let again = |draft| Phase::Broadcasting { prompt, asking, draft };
        match (asking, input) {
            (BroadcastStep::Audience, BroadcastInput::Choice(value)) => self.audience_chosen(prompt, draft, &value),
            (BroadcastStep::Cohort, BroadcastInput::Text(text)) if reach(self.ctx.grants) == Reach::Everything => {
                match CohortCode::parse(&text) {
                    Ok(code) => {
                        self.conv.phase = again(draft);
                        self.out.query = Some(Query::Cohort(code));
                    }
                    Err(_) => self.problem(Msg::new(m::INVALID_COHORT_FORMAT), again(draft)),
                }
            }
            (
                BroadcastStep::Cohort | BroadcastStep::Country | BroadcastStep::Language | BroadcastStep::Session,
                BroadcastInput::Choice(value),
            ) => match self.picked_audience(asking, &draft, value) {
                Some(audience) => self.audience_set(draft, Some(audience)),
                None => self.stale(again(draft)),
            },
            (BroadcastStep::Text, BroadcastInput::Text(text)) => self.broadcast_text(prompt, draft, text),
            (BroadcastStep::Preview, BroadcastInput::Choice(value)) => self.preview_choice(prompt, draft, &value),
            (_, BroadcastInput::Choice(_)) => self.stale(again(draft)),
            (_, BroadcastInput::Text(_)) => self.problem(Msg::new(m::USE_BUTTONS), again(draft)),
        }
    }

    /// The audience a button of the step names, if it is still one offered.
    fn picked_audience(&self, asking: BroadcastStep, draft: &BroadcastDraft, value: String) -> Option<Audience> {
        match asking {
            BroadcastStep::Cohort => self
                .cohort_buttons(&draft.cohorts)
                .into_iter()
                .find(|c| c.as_str() == value)
                .map(|code| Audience::Cohort { code }),
            BroadcastStep::Country => value.parse::<Country>().ok().map(|code| Audience::Country { code }),
            BroadcastStep::Language => {
                self.engine.languages.iter().any(|l| l.code == value).then_some(Audience::Language { code: value })
            }
            BroadcastStep::Session => value
                .parse::<i64>()
                .ok()
                .filter(|id| draft.sessions.iter().any(|s| s.id == *id))
                .map(|id| Audience::Session { id }),
            _ => None,
        }
    }

    fn stale(&mut self, phase: Phase) {
        self.conv.phase = phase;
        self.notice(m::STALE_BUTTON);
    }

    fn problem(&mut self, msg: Msg, phase: Phase) {
        self.say(msg);
        self.reask(phase);
    }

    fn audience_chosen(&mut self, prompt: PromptId, draft: BroadcastDraft, value: &str) {
        match value {
            "everyone" => self.audience_set(draft, Some(Audience::Everyone)),
            "cohort" if reach(self.ctx.grants) == Reach::Everything => {
                let prompt = self.new_prompt();
                self.conv.phase = Phase::Broadcasting { prompt, asking: BroadcastStep::Cohort, draft };
                self.out.query = Some(Query::AllCohorts);
            }
            "cohort" => self.broadcast_step(BroadcastStep::Cohort, draft),
            "country" => self.broadcast_step(BroadcastStep::Country, draft),
            "language" => self.broadcast_step(BroadcastStep::Language, draft),
            "session" => {
                let prompt = self.new_prompt();
                self.conv.phase = Phase::Broadcasting { prompt, asking: BroadcastStep::Session, draft };
                self.out.query = Some(Query::ReachableSessions);
            }
            _ => self.stale(Phase::Broadcasting { prompt, asking: BroadcastStep::Audience, draft }),
        }
    }

    fn audience_set(&mut self, mut draft: BroadcastDraft, audience: Option<Audience>) {
        draft.audience = audience;
        draft.cohorts.clear();
        self.broadcast_step(BroadcastStep::Text, draft);
    }

    /// The sessions a session audience may be chosen from.
    pub(super) fn broadcast_sessions(
        &mut self,
        prompt: PromptId,
        mut draft: BroadcastDraft,
        sessions: Vec<SessionLabel>,
    ) {
        if sessions.is_empty() {
            self.say(Msg::new(m::BC_NO_SESSIONS));
            return self.reask(Phase::Broadcasting { prompt, asking: BroadcastStep::Audience, draft });
        }
        draft.sessions = sessions;
        self.conv.phase = Phase::Broadcasting { prompt, asking: BroadcastStep::Session, draft };
        self.ask_current();
    }

    pub(super) fn broadcast_cohort_found(
        &mut self,
        prompt: PromptId,
        draft: BroadcastDraft,
        code: CohortCode,
        found: bool,
    ) {
        if found {
            return self.audience_set(draft, Some(Audience::Cohort { code }));
        }
        self.say(Msg::new(m::COHORT_NOT_FOUND).text("code", code.to_string()));
        self.reask(Phase::Broadcasting { prompt, asking: BroadcastStep::Cohort, draft });
    }

    fn broadcast_text(&mut self, prompt: PromptId, mut draft: BroadcastDraft, text: String) {
        let again = |draft| Phase::Broadcasting { prompt, asking: BroadcastStep::Text, draft };
        if text.trim().is_empty() {
            return self.problem(Msg::new(m::INVALID_TEXT_EMPTY), again(draft));
        }
        // Counted as Telegram counts (UTF-16 units): it is sent as written, in one message.
        if crate::conversation::render::telegram_len(&text) > MAX_MESSAGE_CHARS {
            let msg = Msg::new(m::BC_TEXT_TOO_LONG).number("max", super::count(MAX_MESSAGE_CHARS));
            return self.problem(msg, again(draft));
        }
        let Some(audience) = draft.audience.clone() else { return self.broadcast_step(BroadcastStep::Audience, draft) };
        draft.text = Some(text);
        self.conv.phase = again(draft);
        self.out.query = Some(Query::CountAudience(audience));
    }

    pub(super) fn broadcast_counted(&mut self, mut draft: BroadcastDraft, count: u64) {
        draft.recipients = Some(count);
        self.broadcast_step(BroadcastStep::Preview, draft);
    }

    fn preview_choice(&mut self, prompt: PromptId, draft: BroadcastDraft, value: &str) {
        let again = |draft| Phase::Broadcasting { prompt, asking: BroadcastStep::Preview, draft };
        match value {
            SEND => {
                let (Some(audience), Some(text)) = (draft.audience.clone(), draft.text.clone()) else {
                    return self.broadcast_step(BroadcastStep::Audience, draft);
                };
                if draft.recipients == Some(0) {
                    return self.problem(Msg::new(m::BC_NOBODY), again(draft));
                }
                let count = i64::try_from(draft.recipients.unwrap_or(0)).unwrap_or(0);
                self.out.effects.push(Effect::Broadcast { audience, text });
                self.say(Msg::new(m::BC_QUEUED).number("count", count));
                self.idle();
            }
            TEST => {
                let text = Msg::new(m::VERBATIM).text("text", draft.text.clone().unwrap_or_default());
                self.out.replies.push(Reply::Show { msgs: vec![text], buttons: Vec::new() });
                self.reask(again(draft));
            }
            CANCEL => {
                self.say(Msg::new(m::BC_CANCELLED));
                self.idle();
            }
            _ => self.stale(again(draft)),
        }
    }
}
