//! Engine tests: inputs in, replies, effects and state out. No network, no database.

use chrono::{DateTime, Utc};
use proptest::prelude::*;

use active_citizens_bot::conversation::flow::Field;
use active_citizens_bot::conversation::{
    Action as ButtonAction, ActionButton, Arg, Choice, Command, Context, Conversation, Dialogues, Effect, Engine,
    Input, Msg, Phase, Query, Reply, ResultsHeader,
};
use active_citizens_bot::domain::{
    CohortCode, GuardianRequest, LocalTime, Participant, ParticipantStatus, Profile, SurveyAnswers,
};

fn engine() -> Engine {
    let dialogues = Dialogues::load(&crate::support::dialogues_dir()).expect("dialogues/ is valid");
    Engine::new(dialogues.registration, dialogues.languages, dialogues.surveys, dialogues.themes)
}

/// A person talking to the engine, with the effects applied to an in-memory participant as the service would.
struct Chat {
    engine: Engine,
    conv: Conversation,
    participant: Option<Participant>,
    now: DateTime<Utc>,
    /// The last question with buttons: its prompt and choices.
    last_ask: Option<(u64, Vec<Choice>)>,
    /// The effects of the last input.
    last_effects: Vec<Effect>,
}

impl Chat {
    fn new() -> Self {
        Self {
            engine: engine(),
            conv: Conversation::default(),
            participant: None,
            now: crate::support::test_now(),
            last_ask: None,
            last_effects: Vec::new(),
        }
    }

    fn send(&mut self, input: Input) -> Vec<Reply> {
        let ctx = Context {
            user: 7,
            now: self.now,
            current_year: 2026,
            participant: self.participant.as_ref(),
            grants: &[],
            timezone: chrono_tz::Europe::Belgrade,
            random: 42,
            secret: 42,
            bot_username: None,
            language: "en",
        };
        let outcome = self.engine.handle(&ctx, &mut self.conv, input);
        let mut replies = outcome.replies;
        for effect in &outcome.effects {
            self.apply(effect);
        }
        self.last_effects = outcome.effects;
        if let Some(Query::Cohort(code)) = outcome.query {
            // The test directory knows one cohort.
            let name = (code.as_str() == "TIRANA-2026").then(|| "Tirana 2026".to_owned());
            replies.extend(self.send(Input::CohortLookup { code, name }));
        }
        for reply in &replies {
            if let Reply::Ask { prompt, choices, .. } = reply {
                self.last_ask = Some((*prompt, choices.clone()));
            }
        }
        replies
    }

    fn apply(&mut self, effect: &Effect) {
        match effect {
            Effect::SaveProfile { profile, guardian_link } => {
                let status = if guardian_link.is_some() {
                    ParticipantStatus::PendingGuardian
                } else {
                    ParticipantStatus::Active
                };
                self.participant = Some(Participant {
                    profile: (**profile).clone(),
                    status,
                    muted: false,
                    registered_at: self.now,
                    updated_at: self.now,
                });
            }
            Effect::SetLanguage(lang) => {
                if let Some(p) = &mut self.participant {
                    p.profile.language = lang.clone();
                }
            }
            Effect::JoinCohort(code) => {
                if let Some(p) = &mut self.participant {
                    p.profile.cohort = Some(code.clone());
                }
            }
            Effect::Erase => self.participant = None,
            Effect::SetMuted(muted) => {
                if let Some(p) = &mut self.participant {
                    p.muted = *muted;
                }
            }
            // Sessions are not part of these tests: RSVPs and check-ins change nothing the engine reads.
            Effect::SetRsvp { .. }
            | Effect::CheckIn { .. }
            | Effect::CreateSession(_)
            | Effect::Broadcast { .. }
            | Effect::CreateInvite { .. }
            | Effect::AcceptInvite { .. }
            | Effect::SubmitSurvey { .. }
            | Effect::SubmitRecommendation { .. }
            | Effect::Moderate { .. }
            | Effect::Endorse { .. }
            | Effect::Exported(_)
            | Effect::SummarySent { .. }
            | Effect::RenewGuardianLink { .. }
            | Effect::GuardianAnswer { .. }
            | Effect::ConfirmPaperForm { .. }
            | Effect::MarkPresent { .. }
            | Effect::RosterExported { .. }
            | Effect::EraseParticipant { .. }
            | Effect::Translate { .. }
            | Effect::ReportSent { .. } => {}
        }
    }

    fn text(&mut self, text: &str) -> Vec<Reply> {
        self.send(active_citizens_bot::conversation::parse_command(text))
    }

    /// Presses the choice with this value on the last question.
    fn press(&mut self, value: &str) -> Vec<Reply> {
        let (prompt, choices) = self.last_ask.clone().expect("a question with buttons was asked");
        assert!(choices.iter().any(|c| c.value == value), "no choice {value} in {choices:?}");
        self.send(Input::Choice { prompt, value: value.to_owned() })
    }

    fn asking(&self) -> Option<Field> {
        match &self.conv.phase {
            Phase::Filling { asking, .. } => Some(*asking),
            _ => None,
        }
    }
}

/// The text argument `name` of `msg`.
fn text_arg(msg: &Msg, name: &str) -> String {
    match msg.args.iter().find(|(n, _)| *n == name) {
        Some((_, Arg::Text(text))) => text.clone(),
        other => panic!("no text argument {name}: {other:?}"),
    }
}

fn keys(replies: &[Reply]) -> Vec<String> {
    replies
        .iter()
        .map(|r| match r {
            Reply::Say(Msg { key, .. }) | Reply::Notice(Msg { key, .. }) | Reply::Ask { msg: Msg { key, .. }, .. } => {
                key.clone()
            }
            Reply::Show { msgs, .. } => msgs.first().map(|m| m.key.clone()).unwrap_or_default(),
            Reply::Attach(_) => "attachment".to_owned(),
        })
        .collect()
}

fn register(chat: &mut Chat) {
    chat.text("/start TIRANA-2026");
    answer_from_the_language_on(chat);
}

/// Answers every question from the language picker on; the cohort came with the link, so it is not asked.
fn answer_from_the_language_on(chat: &mut Chat) {
    chat.press("en");
    chat.press("agree");
    chat.text("Ana");
    chat.text("2004");
    chat.press("female");
    chat.press("AL");
    chat.text("Tirana");
    let done = chat.press("~skip");
    assert_eq!(keys(&done), ["reg-done"]);
}

#[test]
fn the_first_thing_a_new_user_sees_is_the_language_picker() {
    let mut chat = Chat::new();
    let replies = chat.text("/start");
    let [Reply::Ask { msg, choices, .. }] = replies.as_slice() else { panic!("{replies:?}") };
    assert_eq!(msg.key, "pick-language");
    let codes: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(codes, ["en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "hr", "cnr"]);
}

#[test]
fn registration_asks_each_field_in_order_and_saves_the_profile_once() {
    let mut chat = Chat::new();
    chat.text("/start");
    assert_eq!(keys(&chat.press("sq")), ["reg-consent"]);
    assert_eq!(chat.conv.lang.as_deref(), Some("sq"));
    assert_eq!(keys(&chat.press("agree")), ["reg-name"]);
    assert_eq!(keys(&chat.text("Ana")), ["reg-birth-year"]);
    assert_eq!(keys(&chat.text("2004")), ["reg-gender"]);
    assert_eq!(keys(&chat.press("undisclosed")), ["reg-country"]);
    assert_eq!(keys(&chat.press("XK")), ["reg-municipality"]);
    assert_eq!(keys(&chat.text("Prizren")), ["reg-organisation"]);
    assert_eq!(keys(&chat.text("Shkolla")), ["reg-cohort"]);
    assert!(chat.participant.is_none(), "nothing is saved before the end");
    assert_eq!(keys(&chat.text("TIRANA-2026")), ["reg-done"]);
    let p: &Profile = &chat.participant.as_ref().expect("saved").profile;
    assert_eq!(p.cohort, CohortCode::parse("TIRANA-2026").ok());
    assert_eq!(p.language, "sq");
    assert_eq!(chat.conv.phase, Phase::Idle);
}

#[test]
fn the_cohort_from_the_link_is_not_asked_again() {
    let mut chat = Chat::new();
    register(&mut chat);
    assert_eq!(chat.participant.unwrap().profile.cohort.map(|c| c.to_string()).as_deref(), Some("TIRANA-2026"));
}

/// The action of the one "Start again" button in `replies`.
fn start_again_button(replies: &[Reply]) -> Option<CohortCode> {
    let buttons: Vec<_> = replies
        .iter()
        .flat_map(|r| match r {
            Reply::Show { buttons, .. } => buttons.clone(),
            _ => Vec::new(),
        })
        .collect();
    let [ActionButton { action: ButtonAction::StartAgain { cohort }, .. }] = buttons.as_slice() else {
        panic!("one Start again button: {replies:?}")
    };
    cohort.clone()
}

#[test]
fn start_again_after_a_decline_keeps_the_cohort_of_the_link() {
    let mut chat = Chat::new();
    chat.text("/start TIRANA-2026");
    chat.press("en");
    let declined = chat.press("decline");
    assert_eq!(keys(&declined), ["reg-declined"]);
    assert_eq!(chat.conv.phase, Phase::Idle);
    let cohort = start_again_button(&declined);
    assert_eq!(cohort, CohortCode::parse("TIRANA-2026").ok());

    assert_eq!(keys(&chat.send(Input::StartAgain { cohort })), ["pick-language"]);
    answer_from_the_language_on(&mut chat);
    let p = &chat.participant.as_ref().expect("saved").profile;
    assert_eq!(p.cohort, CohortCode::parse("TIRANA-2026").ok());
}

#[test]
fn start_again_without_a_link_or_after_registering_is_plain_start() {
    let mut chat = Chat::new();
    chat.text("/start");
    chat.press("en");
    chat.press("agree");
    chat.text("Ana");
    chat.text("2011");
    chat.press("female");
    chat.press("AL");
    let not_yet = chat.press("no");
    assert_eq!(keys(&not_yet), ["reg-guardian-needed"]);
    assert_eq!(start_again_button(&not_yet), None);
    assert_eq!(keys(&chat.send(Input::StartAgain { cohort: None })), ["pick-language"]);

    // An old button pressed by someone registered since: welcomed back, not moved to the link's cohort.
    let mut chat = Chat::new();
    register(&mut chat);
    let before = chat.participant.clone();
    let replies = chat.send(Input::StartAgain { cohort: CohortCode::parse("OTHER-2026").ok() });
    assert_eq!(keys(&replies), ["welcome-back"]);
    assert_eq!(chat.participant, before);
}

#[test]
fn a_text_answer_to_a_button_question_is_reasked_with_the_same_prompt() {
    let mut chat = Chat::new();
    chat.text("/start");
    chat.press("en");
    let prompt = chat.conv.phase.prompt();
    let replies = chat.text("yes");
    assert_eq!(keys(&replies), ["use-buttons", "reg-consent"]);
    assert_eq!(chat.conv.phase.prompt(), prompt, "the old buttons stay valid");
}

#[test]
fn resuming_asks_the_open_question_again_and_nothing_when_none_is_open() {
    let mut chat = Chat::new();
    assert!(chat.send(Input::Resume).is_empty(), "a new chat has no question open");
    chat.text("/start");
    let asked = chat.press("en");
    let before = chat.conv.clone();
    let again = chat.send(Input::Resume);
    assert_eq!(again, asked, "the same question, with the same buttons and prompt");
    assert_eq!(chat.conv, before, "nothing else changes");
    chat.press("agree");
    assert_eq!(chat.asking(), Some(Field::Name), "the buttons shown again answer it");

    let mut registered = Chat::new();
    register(&mut registered);
    assert!(registered.send(Input::Resume).is_empty(), "nothing is open after registering");
}

#[test]
fn stale_prompts_get_a_notice_and_change_nothing() {
    let mut chat = Chat::new();
    chat.text("/start");
    let (old_prompt, _) = chat.last_ask.clone().unwrap();
    chat.press("en");
    let before = chat.conv.clone();
    let replies = chat.send(Input::Choice { prompt: old_prompt, value: "sq".into() });
    assert_eq!(keys(&replies), ["stale-button"]);
    assert!(matches!(replies[0], Reply::Notice(_)));
    assert_eq!(chat.conv, before);
}

#[test]
fn prompt_ids_grow_even_after_the_state_is_erased() {
    let mut chat = Chat::new();
    register(&mut chat);
    chat.text("/delete");
    let (prompt, _) = chat.last_ask.clone().unwrap();
    assert_eq!(keys(&chat.press("yes")), ["deleted"]);
    // The service removes the stored state after an erasure: a fresh conversation starts from the clock.
    chat.conv = Conversation::default();
    chat.now += chrono::Duration::seconds(1);
    chat.text("/start");
    let (new_prompt, _) = chat.last_ask.clone().unwrap();
    assert!(new_prompt > prompt);
}

#[test]
fn commands_wait_while_a_question_is_open_except_help_and_cancel() {
    let mut chat = Chat::new();
    chat.text("/start");
    chat.press("en");
    chat.press("agree");
    assert_eq!(keys(&chat.text("/profile")), ["busy-finish-first", "reg-name"]);
    assert_eq!(keys(&chat.text("/help")), ["help", "reg-name"]);
    assert_eq!(chat.asking(), Some(Field::Name));
    assert_eq!(keys(&chat.text("/cancel")), ["cancelled"]);
    assert_eq!(chat.conv.phase, Phase::Idle);
}

#[test]
fn editing_the_birth_year_to_a_younger_age_asks_for_the_guardian() {
    let mut chat = Chat::new();
    register(&mut chat);
    chat.text("/profile");
    assert_eq!(keys(&chat.press("birth_year")), ["reg-birth-year"]);
    assert_eq!(keys(&chat.text("2012")), ["reg-guardian"]);
    assert_eq!(keys(&chat.press("no")), ["profile-not-saved"]);
    assert_eq!(chat.participant.as_ref().unwrap().profile.birth_year.year(), 2004, "nothing changed");
    chat.text("/profile");
    chat.press("birth_year");
    chat.text("2012");
    assert_eq!(keys(&chat.press("yes")), ["profile-saved", "guardian-link", "profile-card"]);
    let p = chat.participant.as_ref().unwrap();
    assert_eq!(
        (p.profile.birth_year.year(), p.profile.guardian, p.status),
        (2012, None, ParticipantStatus::PendingGuardian)
    );

    // Back to the real year: no agreement needed, active again.
    chat.text("/profile");
    chat.press("birth_year");
    assert_eq!(keys(&chat.text("2004")), ["profile-saved", "profile-card"]);
    assert_eq!(chat.participant.as_ref().unwrap().status, ParticipantStatus::Active);
}

#[test]
fn a_young_person_registers_as_pending_and_gets_a_link_for_their_guardian() {
    let mut chat = Chat::new();
    chat.text("/start");
    chat.press("en");
    chat.press("agree");
    chat.text("Ana");
    chat.text("2011");
    chat.press("female");
    chat.press("AL");
    chat.press("yes");
    chat.text("Tiranë");
    chat.press("~skip");
    let done = chat.text("TIRANA-2026");
    assert_eq!(keys(&done), ["reg-pending", "guardian-link"]);
    let Reply::Say(link) = &done[1] else { panic!("{done:?}") };
    let link = text_arg(link, "link");
    let token = link.strip_prefix("https://t.me/<bot>?start=guardian-").expect("a guardian link");
    assert_eq!(token.len(), 26, "{link}");
    assert_eq!(chat.participant.as_ref().unwrap().status, ParticipantStatus::PendingGuardian);

    // Their own account cannot open it as a guardian.
    let token = token.to_owned();
    let own = GuardianRequest { child: 7, name: "Ana".into(), birth_year: 2011 };
    let out = chat.send(Input::GuardianRequestFound { token: token.clone(), request: Some(own) });
    assert_eq!(keys(&out), ["guardian-own-account"]);
    // /start gives them a new link.
    assert_eq!(keys(&chat.text("/start")), ["guardian-still-waiting", "guardian-link"]);
}

#[test]
fn a_guardian_answers_from_their_own_account() {
    let mut chat = Chat::new();
    let request = GuardianRequest { child: 99, name: "Ana".into(), birth_year: 2011 };
    let out = chat.send(Input::GuardianRequestFound { token: "t0k3n".into(), request: Some(request) });
    let [Reply::Ask { msg, choices, .. }] = out.as_slice() else { panic!("{out:?}") };
    assert_eq!(msg.key, "guardian-request");
    assert_eq!(text_arg(msg, "name"), "Ana");
    assert_eq!(choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(), ["agree", "decline"]);
    assert_eq!(keys(&chat.press("agree")), ["guardian-agreed"]);
    assert_eq!(chat.last_effects, [Effect::GuardianAnswer { token: "t0k3n".into(), agree: true }]);
    // A link no longer valid says so.
    let out = chat.send(Input::GuardianRequestFound { token: "gone".into(), request: None });
    assert_eq!(keys(&out), ["guardian-link-unknown"]);
}

#[test]
fn a_lost_state_is_explained_and_the_input_still_handled() {
    let mut chat = Chat::new();
    chat.conv = Conversation::lost();
    assert_eq!(keys(&chat.text("/start")), ["state-lost", "pick-language"]);
}

#[test]
fn a_late_lookup_answer_is_ignored() {
    let mut chat = Chat::new();
    register(&mut chat);
    chat.text("/delete");
    let before = chat.conv.clone();
    let code = CohortCode::parse("TIRANA-2026").unwrap();
    let replies = chat.send(Input::CohortLookup { code, name: Some("Tirana".into()) });
    assert!(replies.is_empty());
    assert_eq!(chat.conv, before);
}

#[test]
fn an_anonymous_surveys_figures_are_shown_only_from_five_responses() {
    let mut chat = Chat::new();
    let mut results = |survey: &str, responses: i64| -> Vec<String> {
        let answers = (0..responses).map(|_| ("safe".to_owned(), "no".to_owned())).collect();
        let per_survey = vec![SurveyAnswers { survey: survey.into(), responses, answers }];
        let header = ResultsHeader::Session {
            title: "Dialogue".into(),
            when: LocalTime::new(chrono::Utc::now(), chrono_tz::UTC),
            answered: 3,
            attended: 4,
        };
        match chat.send(Input::Results { header, per_survey }).as_slice() {
            [Reply::Show { msgs, .. }] => msgs.iter().map(|m| m.key.clone()).collect(),
            other => panic!("one message of results, not {other:?}"),
        }
    };
    let withheld = ["results-header", "results-survey", "results-anonymous-withheld"];
    assert_eq!(results("wellbeing", 1), withheld);
    assert_eq!(results("wellbeing", 4), withheld);
    assert_eq!(results("wellbeing", 5)[..3], ["results-header", "results-survey", "results-block"]);
    // A survey that keeps who answered is no more anonymous for being small: its figures are shown at once.
    assert_eq!(results("session-feedback", 1)[2], "results-block");
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

/// Something a person (or a broken client) might do.
#[derive(Debug, Clone)]
enum Action {
    Text(String),
    Command(&'static str),
    /// Press the n-th button of the last question.
    PressCurrent(usize),
    /// Press anything: an old prompt, a made-up value.
    PressAny(u64, String),
    NonText,
    Lookup(String, bool),
    /// Press "Start again", with or without the test directory's cohort.
    StartAgain(bool),
    /// Press "Move to" a cohort (true), or its lookup answer arrives (false).
    MoveTo(String, bool),
    /// The transport shows the chat afresh.
    Resume,
    Tick,
}

fn action() -> impl Strategy<Value = Action> {
    let texts = prop_oneof![
        Just("Ana".to_owned()),
        Just("2004".to_owned()),
        Just("2012".to_owned()),
        Just("TIRANA-2026".to_owned()),
        Just("".to_owned()),
        ".{0,200}",
    ];
    let commands = prop_oneof![
        Just("/start"),
        Just("/start TIRANA-2026"),
        Just("/start ???"),
        Just("/help"),
        Just("/language"),
        Just("/profile"),
        Just("/mydata"),
        Just("/delete"),
        Just("/cancel"),
        Just("/nope"),
        Just("/newsession"),
        Just("/checkin"),
        Just("/broadcast"),
        Just("/grant"),
        Just("/start invite-abc"),
        Just("/feedback"),
        Just("/results"),
        Just("/stats"),
        Just("/recommend"),
        Just("/recommendations"),
        Just("/moderate"),
        Just("/summary"),
        Just("/export"),
        Just("/sessions"),
    ];
    prop_oneof![
        3 => texts.prop_map(Action::Text),
        2 => commands.prop_map(Action::Command),
        6 => (0usize..10).prop_map(Action::PressCurrent),
        1 => (any::<u64>(), "[a-z~_-]{1,10}").prop_map(|(p, v)| Action::PressAny(p, v)),
        1 => Just(Action::NonText),
        1 => ("[A-Z0-9-]{2,12}", any::<bool>()).prop_map(|(c, f)| Action::Lookup(c, f)),
        1 => any::<bool>().prop_map(Action::StartAgain),
        1 => ("[A-Z0-9-]{2,12}", any::<bool>()).prop_map(|(c, pressed)| Action::MoveTo(c, pressed)),
        1 => Just(Action::Resume),
        1 => Just(Action::Tick),
    ]
}

proptest! {
    // 10,000 random conversations in CI; more by hand with PROPTEST_CASES=100000.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// No sequence of inputs makes the engine panic, and the state always survives storage and stays coherent.
    #[test]
    fn no_input_sequence_breaks_the_engine(actions in prop::collection::vec(action(), 1..60)) {
        let mut chat = Chat::new();
        for action in actions {
            let input = match action {
                Action::Text(t) => Input::Text(t),
                Action::Command(c) => active_citizens_bot::conversation::parse_command(c),
                Action::PressCurrent(n) => match &chat.last_ask {
                    Some((prompt, choices)) if !choices.is_empty() => {
                        Input::Choice { prompt: *prompt, value: choices[n % choices.len()].value.clone() }
                    }
                    _ => Input::NonText,
                },
                Action::PressAny(prompt, value) => Input::Choice { prompt, value },
                Action::NonText => Input::NonText,
                Action::Resume => Input::Resume,
                Action::Lookup(code, found) => match CohortCode::parse(&code) {
                    Ok(code) => Input::CohortLookup { code, name: found.then(|| "X".to_owned()) },
                    Err(_) => Input::NonText,
                },
                Action::StartAgain(linked) => {
                    Input::StartAgain { cohort: CohortCode::parse("TIRANA-2026").ok().filter(|_| linked) }
                }
                Action::MoveTo(code, pressed) => match CohortCode::parse(&code) {
                    Ok(cohort) if pressed => Input::JoinCohort { cohort },
                    Ok(code) => Input::CohortToJoin { code, name: Some("X".to_owned()) },
                    Err(_) => Input::NonText,
                },
                Action::Tick => {
                    chat.now += chrono::Duration::milliseconds(1);
                    continue;
                }
            };
            // Lookup answers come from the service, not from a person: they need not be answered.
            let from_person = !input.is_lookup_answer();
            let replies = chat.send(input);
            let json = serde_json::to_string(&chat.conv).expect("the state serialises");
            let back: Conversation = serde_json::from_str(&json).expect("the state reads back");
            prop_assert_eq!(&back, &chat.conv);
            if let Some(prompt) = chat.conv.phase.prompt() {
                prop_assert!(prompt <= chat.conv.last_prompt);
            }
            let asks = replies.iter().filter(|r| matches!(r, Reply::Ask { .. })).count();
            prop_assert!(asks <= 1, "one question at a time: {:?}", replies);
            // A press on a stale button only gets a notice; anything else re-asks the open question.
            let only_notice = replies.iter().all(|r| matches!(r, Reply::Notice(_))) && !replies.is_empty();
            if from_person && chat.conv.phase.is_busy() && !only_notice {
                prop_assert_eq!(asks, 1, "an open question is always (re)asked: {:?}", replies);
            }
        }
    }
}

#[test]
fn command_parsing_is_shared() {
    assert_eq!(active_citizens_bot::conversation::parse_command("/cancel"), Input::Command(Command::Cancel));
}
