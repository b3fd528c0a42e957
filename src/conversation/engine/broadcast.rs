//! /broadcast: a facilitator or organiser chooses an audience within their reach, writes the text, sees it
//! exactly as recipients will with the recipient count per language, may add versions in the audience's other
//! languages (each recipient gets their language's, else the text as written), and sends it, sends a test to
//! themselves, or cancels.
//! Delivery is the outbox's; the author gets a report at the end and can ask for progress with /broadcasts.

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{
    ActionButton, BroadcastDraft, BroadcastStep, Choice, Effect, Label, Msg, Phase, PromptId, Query, Reply,
};
use crate::domain::{Audience, BroadcastCounts, CohortCode, Country, MAX_MESSAGE_CHARS, Reach, SessionLabel, reach};

const SEND: &str = "send";
const TEST: &str = "test";
const VERSION: &str = "version";
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

    /// /broadcasts: the announcements of this person still going out or done lately, with their counts.
    pub(super) fn show_progress(&mut self, list: &[(i64, chrono::DateTime<chrono::Utc>, BroadcastCounts)]) {
        if list.is_empty() {
            return self.say(Msg::new(m::BC_PROGRESS_NONE));
        }
        let mut msgs = vec![Msg::new(m::BC_PROGRESS_HEADER)];
        for (id, created, counts) in list {
            msgs.push(
                super::report_args(Msg::new(m::BC_PROGRESS_LINE), counts)
                    .number("id", *id)
                    .when("when", self.local(*created)),
            );
        }
        self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
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
            // Worth saying (above the question) only when some recipients read another language than the author's.
            if draft.languages.iter().any(|(code, _)| code != self.ctx.language) {
                let line = self.languages_line(draft);
                self.say(Msg::new(m::BC_LANGUAGES).text("list", line));
            }
        }
        self.ask_current();
    }

    /// "Shqip 12 ✓ · English 4": recipients per language, ✓ where a version in it was added.
    fn languages_line(&self, draft: &BroadcastDraft) -> String {
        let parts: Vec<String> = draft
            .languages
            .iter()
            .map(|(code, n)| {
                let mark = if draft.versions.iter().any(|(l, _)| l == code) { " ✓" } else { "" };
                format!("{} {n}{mark}", self.language_name(code))
            })
            .collect();
        parts.join(" · ")
    }

    /// The audience's languages besides the author's own (the text is in it): those a version may be written for.
    fn version_languages<'d>(&self, draft: &'d BroadcastDraft) -> Vec<&'d str> {
        draft.languages.iter().map(|(code, _)| code.as_str()).filter(|code| *code != self.ctx.language).collect()
    }

    /// A version's language button: its name, with ✓ once a version is written (pressed again, it is rewritten).
    fn version_label(&self, draft: &BroadcastDraft, code: &str) -> Label {
        let name = self.language_name(code);
        let written = draft.versions.iter().any(|(l, _)| l == code);
        Label::Literal(if written { format!("{name} ✓") } else { name })
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
            BroadcastStep::Preview => self.preview_question(draft),
            BroadcastStep::VersionLanguage => (
                Msg::new(m::BC_VERSION_LANGUAGE),
                self.version_languages(draft)
                    .into_iter()
                    .map(|code| choice(code, self.version_label(draft, code)))
                    .collect(),
            ),
            BroadcastStep::VersionText => (
                Msg::new(m::BC_VERSION_TEXT)
                    .text("language", self.language_name(draft.adding.as_deref().unwrap_or_default()))
                    .number("max", super::count(MAX_MESSAGE_CHARS)),
                Vec::new(),
            ),
        };
        Reply::Ask { msg, prompt, choices }
    }

    /// The preview's question: send, add a version (when the audience reads other languages), test, cancel.
    fn preview_question(&self, draft: &BroadcastDraft) -> (Msg, Vec<Choice>) {
        let choice = |value: &str, key: &str| Choice { value: value.to_owned(), label: Label::key(key) };
        let mut choices = vec![choice(SEND, m::BTN_SEND)];
        if !self.version_languages(draft).is_empty() {
            choices.push(choice(VERSION, m::BTN_ADD_VERSION));
        }
        choices.extend([choice(TEST, m::BTN_SEND_TEST), choice(CANCEL, m::BTN_CANCEL_SEND)]);
        let count = i64::try_from(draft.recipients.unwrap_or(0)).unwrap_or(0);
        (Msg::new(m::BC_PREVIEW).number("count", count), choices)
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
            (BroadcastStep::VersionLanguage, BroadcastInput::Choice(value)) => {
                if self.version_languages(&draft).contains(&value.as_str()) {
                    let mut draft = draft;
                    draft.adding = Some(value);
                    self.broadcast_step(BroadcastStep::VersionText, draft);
                } else {
                    self.stale(again(draft));
                }
            }
            (BroadcastStep::VersionText, BroadcastInput::Text(text)) => self.version_text(prompt, draft, text),
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
        if let Some(problem) = text_problem(&text) {
            return self.problem(problem, again(draft));
        }
        let Some(audience) = draft.audience.clone() else { return self.broadcast_step(BroadcastStep::Audience, draft) };
        draft.text = Some(text);
        self.conv.phase = again(draft);
        self.out.query = Some(Query::CountAudience(audience));
    }

    pub(super) fn broadcast_counted(&mut self, mut draft: BroadcastDraft, languages: Vec<(String, u64)>) {
        draft.recipients = Some(languages.iter().map(|(_, n)| n).sum());
        draft.languages = languages;
        self.broadcast_step(BroadcastStep::Preview, draft);
    }

    /// A version's text: checked as the text itself, then back to the preview.
    fn version_text(&mut self, prompt: PromptId, mut draft: BroadcastDraft, text: String) {
        if let Some(problem) = text_problem(&text) {
            return self.problem(problem, Phase::Broadcasting { prompt, asking: BroadcastStep::VersionText, draft });
        }
        let Some(language) = draft.adding.take() else { return self.broadcast_step(BroadcastStep::Preview, draft) };
        draft.versions.retain(|(written, _)| *written != language);
        draft.versions.push((language, text));
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
                let versions = draft.versions.clone();
                self.out.effects.push(Effect::Broadcast { audience, text, versions });
                self.say(Msg::new(m::BC_QUEUED).number("count", count));
                self.idle();
            }
            VERSION => self.broadcast_step(BroadcastStep::VersionLanguage, draft),
            TEST => {
                // The text and each version, each a message of its own as its readers will get it.
                let texts = draft.text.iter().chain(draft.versions.iter().map(|(_, text)| text));
                for text in texts {
                    let msgs = vec![Msg::new(m::VERBATIM).text("text", text.clone())];
                    self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
                }
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

/// Why an announcement's text (or a version of it) cannot be sent as it is, if it cannot.
fn text_problem(text: &str) -> Option<Msg> {
    if text.trim().is_empty() {
        return Some(Msg::new(m::INVALID_TEXT_EMPTY));
    }
    // Counted as Telegram counts (UTF-16 units): it is sent as written, in one message.
    (crate::conversation::render::telegram_len(text) > MAX_MESSAGE_CHARS)
        .then(|| Msg::new(m::BC_TEXT_TOO_LONG).number("max", super::count(MAX_MESSAGE_CHARS)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Input};

    /// Presses the button `value` of the open question.
    fn press(
        engine: &crate::conversation::Engine,
        conv: &mut Conversation,
        value: &str,
    ) -> crate::conversation::Outcome {
        let prompt = conv.phase.prompt().expect("a question is open");
        turn(engine, conv, &ORGANISER, Input::Choice { prompt, value: value.into() })
    }

    #[test]
    fn versions_are_offered_for_the_audiences_other_languages_and_sent_with_the_text() {
        let (engine, mut conv) = (engine(), Conversation::default());
        turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::Broadcast));
        press(&engine, &mut conv, "everyone");
        let counted = turn(&engine, &mut conv, &ORGANISER, Input::Text("Hello".into()));
        assert_eq!(counted.query, Some(Query::CountAudience(Audience::Everyone)));
        let languages = vec![("en".to_owned(), 3), ("sq".to_owned(), 2)];
        turn(&engine, &mut conv, &ORGANISER, Input::AudienceCount(languages));
        let asked = press(&engine, &mut conv, VERSION);
        let [Reply::Ask { choices, .. }] = asked.replies.as_slice() else { panic!("{:?}", asked.replies) };
        let offered: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(offered, ["sq"], "not English: the text is in the author's language");
        let forged = press(&engine, &mut conv.clone(), "en");
        assert_eq!(forged.replies, [Reply::Notice(Msg::new(m::STALE_BUTTON))]);
        press(&engine, &mut conv, "sq");
        turn(&engine, &mut conv, &ORGANISER, Input::Text("Pershendetje".into()));
        // Written again (a typo mended): the version is replaced, not added twice.
        press(&engine, &mut conv, VERSION);
        press(&engine, &mut conv, "sq");
        turn(&engine, &mut conv, &ORGANISER, Input::Text("Përshëndetje".into()));
        let sent = press(&engine, &mut conv, SEND);
        let versions = vec![("sq".to_owned(), "Përshëndetje".to_owned())];
        assert_eq!(sent.effects, [Effect::Broadcast { audience: Audience::Everyone, text: "Hello".into(), versions }]);
    }
}
