//! Every user-facing path of the foundation, through the real dispatcher and the fake Telegram Bot API server.

use crate::support::{FakeTelegram, Sent, press, say, spawn_bot, spawn_bot_in_flight, test_now};
use active_citizens_bot::conversation::Action;
use active_citizens_bot::domain::{CohortCode, Country, Gender};
use active_citizens_bot::storage::{cohorts, conversations, participants};
use active_citizens_bot::telegram::callback;

const ANA: i64 = 1001;

/// Registers `user` in English up to (not including) the question about the municipality.
async fn register_until_municipality(fake: &FakeTelegram, user: i64, birth_year: &str, country: &str) -> Sent {
    let picker = say(fake, user, "/start").await;
    answer_until_municipality(fake, user, &picker, birth_year, country).await
}

/// From the language picker `picker` on, answers in English up to the question about the municipality.
async fn answer_until_municipality(fake: &FakeTelegram, user: i64, picker: &Sent, year: &str, country: &str) -> Sent {
    let consent = press(fake, user, picker, "English").await;
    let name = press(fake, user, &consent, "I agree").await;
    assert!(name.text.contains("What is your name?"), "{}", name.text);
    say(fake, user, "Ana Hoxha").await;
    let gender = say(fake, user, year).await;
    let country_q = press(fake, user, &gender, "Female").await;
    press(fake, user, &country_q, country).await
}

async fn register(fake: &FakeTelegram, user: i64) -> Sent {
    let municipality = register_until_municipality(fake, user, "2003", "Albania").await;
    assert!(municipality.text.contains("municipality"), "{}", municipality.text);
    let organisation = say(fake, user, "Tiranë").await;
    press(fake, user, &organisation, "Skip").await;
    say(fake, user, "tirana-2026").await
}

#[tokio::test]
async fn a_full_registration_in_albanian_from_a_deep_link() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start TIRANA-2026").await;
    assert!(picker.text.contains("Zgjidhni gjuhën"));
    for language in ["English", "Shqip", "Srpski", "Српски", "Македонски", "Bosanski", "Hrvatski", "Crnogorski"]
    {
        assert!(picker.buttons().contains(&language.to_owned()), "{language} missing from {:?}", picker.buttons());
    }
    let consent = press(fake, ANA, &picker, "Shqip").await;
    assert!(consent.text.contains("njoftimi i privatësisë, versioni 2026-12"), "{}", consent.text);
    // The notice names who is responsible, how to reach them, and how long data is kept (from the settings).
    for named in ["(kontrolluesi): Active Citizens Western Balkans.", "kërkesa: privacy@example.org.", "730 ditë pas"]
    {
        assert!(consent.text.contains(named), "{named}: {}", consent.text);
    }
    // The chosen button is shown on the old message, whose keyboard is gone.
    let picker_now = fake.message_now(picker.message_id).expect("the picker exists");
    assert!(picker_now.text.ends_with("→ Shqip") && picker_now.reply_markup.is_none(), "{picker_now:?}");

    let name = press(fake, ANA, &consent, "Pajtohem").await;
    assert!(name.text.starts_with("Si quheni?"));
    let year = say(fake, ANA, "Ana Hoxha").await;
    assert!(year.text.contains("Në cilin vit keni lindur?"));
    let gender = say(fake, ANA, "2004").await;
    assert_eq!(gender.buttons(), ["Femër", "Mashkull", "Tjetër", "Preferoj të mos e them"]);
    let country = press(fake, ANA, &gender, "Preferoj të mos e them").await;
    let municipality = press(fake, ANA, &country, "Shqipëri").await;
    assert!(municipality.text.contains("komunë"));
    let organisation = say(fake, ANA, "Durrës").await;
    assert!(organisation.text.contains("organizatë"));
    // The cohort came with the link: it is not asked.
    let done = say(fake, ANA, "Shoqata Rinore").await;
    assert!(done.text.starts_with("Faleminderit, Ana Hoxha!"), "{}", done.text);
    assert!(done.text.contains("/profile") && done.buttons().is_empty());

    let stored = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered");
    let p = stored.profile;
    assert_eq!((p.language.as_str(), p.name.as_str(), p.birth_year.year()), ("sq", "Ana Hoxha", 2004));
    assert_eq!((p.gender, p.country), (Gender::Undisclosed, Country::Albania));
    assert_eq!(p.municipality, "Durrës");
    assert_eq!(p.organisation.as_deref(), Some("Shoqata Rinore"));
    assert_eq!(p.cohort.map(|c| c.to_string()).as_deref(), Some("TIRANA-2026"));
    assert_eq!((p.consent_at, p.privacy_version.as_str()), (test_now(), "2026-12"));
    assert_eq!(p.guardian, None);
}

#[tokio::test]
async fn every_invalid_answer_is_asked_again_with_the_reason() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start").await;
    let consent = press(fake, ANA, &picker, "English").await;

    let reprompt = say(fake, ANA, "sure, fine").await;
    assert!(reprompt.text.starts_with("Please choose one of the buttons."), "{}", reprompt.text);
    assert_eq!(reprompt.buttons(), ["I agree", "I do not agree"]);
    let name_q = press(fake, ANA, &consent, "I agree").await;
    assert!(name_q.text.contains("What is your name?"));

    let cases = [
        ("   ", "Please write your answer as text."),
        ("A", "too short: please write at least 2 characters"),
        (&"A".repeat(65), "too long: please keep it to 64 characters"),
        ("12345", "Please write it with letters."),
    ];
    for (answer, reason) in cases {
        let again = say(fake, ANA, answer).await;
        assert!(again.text.contains(reason), "{answer:?}: {}", again.text);
        assert!(again.text.contains("What is your name?"), "the question is asked again: {}", again.text);
    }
    say(fake, ANA, "Ana").await;
    for (answer, reason) in
        [("two thousand", "four digits"), ("05", "four digits"), ("2020", "aged 14 to 35"), ("1950", "aged 14 to 35")]
    {
        let again = say(fake, ANA, answer).await;
        assert!(again.text.contains(reason), "{answer:?}: {}", again.text);
        assert!(again.text.contains("In which year were you born?"));
    }
    let gender = say(fake, ANA, "2000").await;
    let country = press(fake, ANA, &gender, "Male").await;
    let municipality = press(fake, ANA, &country, "Serbia").await;
    assert!(municipality.text.contains("municipality"));
    let too_long = say(fake, ANA, &"Novi Sad ".repeat(10)).await;
    assert!(too_long.text.contains("keep it to 80 characters"), "{}", too_long.text);
    let organisation = say(fake, ANA, "Novi Sad").await;
    let cohort = press(fake, ANA, &organisation, "Skip").await;
    assert!(cohort.text.contains("cohort code"));
    let bad = say(fake, ANA, "not a code!").await;
    assert!(bad.text.contains("2–32 letters, digits or dashes"), "{}", bad.text);
    let unknown = say(fake, ANA, "NOVI-SAD-1999").await;
    assert!(unknown.text.contains("We don't know the cohort code NOVI-SAD-1999"), "{}", unknown.text);
    let done = press(fake, ANA, &unknown, "I don't have a code").await;
    assert!(done.text.starts_with("Thank you, Ana!"), "{}", done.text);
    let stored = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered");
    assert_eq!(stored.profile.cohort, None);
    assert_eq!(stored.profile.organisation, None);
}

#[tokio::test]
async fn stale_forged_and_foreign_button_presses_change_nothing() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start").await;
    let consent = press(fake, ANA, &picker, "English").await;
    let name_q = press(fake, ANA, &consent, "I agree").await;
    assert!(name_q.text.contains("What is your name?"));
    let before = bot.core.conversation(ANA).await.unwrap();

    // An old button (the picker's data, pressed again), forged data, and an option the question never had.
    let old_data = picker.data_of("Shqip");
    fake.press_data(ANA, &picker, &old_data);
    let notice = |fake: &FakeTelegram| fake.calls("AnswerCallbackQuery").last().map(|c| c.body["text"].clone());
    fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This button is no longer active.").await;
    let prompt = consent.data_of("I agree");
    let wrong_option = prompt.replace(":agree", ":admin");
    for data in ["garbage", "p1:agree", wrong_option.as_str()] {
        let answered = fake.calls("AnswerCallbackQuery").len();
        fake.press_data(ANA, &consent, data);
        fake.wait_for_call("AnswerCallbackQuery", |_| true).await;
        while fake.calls("AnswerCallbackQuery").len() == answered {
            tokio::task::yield_now().await;
        }
        assert_eq!(notice(fake), Some(serde_json::json!("This button is no longer active.")), "{data}");
    }
    // Someone else pressing Ana's button.
    fake.press(2002, &consent, "I agree");
    let foreign = fake.wait_for_call("AnswerCallbackQuery", |b| b["text"].is_string()).await;
    assert!(foreign.body["text"].is_string());

    // Only the id of the last update handled moved on.
    let mut after = bot.core.conversation(ANA).await.unwrap();
    assert!(after.last_update > before.last_update);
    after.last_update = before.last_update;
    assert_eq!(after, before, "no press changed the state");
    // The conversation carries on where it was.
    let year_q = say(fake, ANA, "Ana").await;
    assert!(year_q.text.contains("In which year"), "{}", year_q.text);
}

#[tokio::test]
async fn cancel_leaves_registration_and_keeps_nothing() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let municipality = register_until_municipality(fake, ANA, "2001", "Kosovo").await;
    assert!(municipality.text.contains("municipality"));
    let busy = say(fake, ANA, "/mydata").await;
    assert!(busy.text.starts_with("Let's finish this first"), "{}", busy.text);
    let cancelled = say(fake, ANA, "/cancel").await;
    assert_eq!(cancelled.text, "Stopped. Nothing was changed.");
    assert!(participants::find(bot.core.pool(), ANA).await.unwrap().is_none());
    let idle = say(fake, ANA, "Prishtina").await;
    assert!(idle.text.contains("Send /start to register"), "{}", idle.text);
    let again = say(fake, ANA, "/cancel").await;
    assert_eq!(again.text, "There is nothing to stop.");
}

#[tokio::test]
async fn declining_consent_or_a_missing_guardian_agreement_stores_nothing() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start").await;
    let consent = press(fake, ANA, &picker, "English").await;
    let declined = press(fake, ANA, &consent, "I do not agree").await;
    assert!(declined.text.contains("we have kept nothing"), "{}", declined.text);
    assert_eq!(declined.buttons(), ["Start again"]);

    // Born 2011: 15 at most this year, under the default age of digital consent (16).
    let guardian = register_until_municipality(fake, ANA, "2011", "North Macedonia").await;
    assert!(guardian.text.contains("under 16, a parent or guardian must agree"), "{}", guardian.text);
    let not_yet = press(fake, ANA, &guardian, "Not now").await;
    assert!(not_yet.text.contains(r#"tap "Start again" when you are ready"#), "{}", not_yet.text);
    assert_eq!(not_yet.buttons(), ["Start again"]);
    assert!(participants::find(bot.core.pool(), ANA).await.unwrap().is_none());
    // Without a link, the button starts over as /start does.
    let picker = press(fake, ANA, &not_yet, "Start again").await;
    assert!(picker.text.contains("Choose your language"), "{}", picker.text);

    // In Serbia the age is 15: someone born in 2010 is 15 or 16, so is not asked.
    let municipality = register_until_municipality(fake, 3003, "2010", "Serbia").await;
    assert!(municipality.text.contains("municipality"), "{}", municipality.text);
}

#[tokio::test]
async fn start_again_after_a_decline_keeps_the_cohort_of_the_link() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start TIRANA-2026").await;
    let consent = press(fake, ANA, &picker, "English").await;
    let declined = press(fake, ANA, &consent, "I do not agree").await;
    let picker = press(fake, ANA, &declined, "Start again").await;
    assert!(picker.text.contains("Choose your language"), "{}", picker.text);
    answer_until_municipality(fake, ANA, &picker, "2003", "Albania").await;
    let organisation = say(fake, ANA, "Tiranë").await;
    let done = press(fake, ANA, &organisation, "Skip").await;
    assert!(done.text.starts_with("Thank you, Ana Hoxha!"), "the cohort is not asked: {}", done.text);
    let p = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered").profile;
    assert_eq!(p.cohort.map(|c| c.to_string()).as_deref(), Some("TIRANA-2026"));

    // Pressed again once registered, the old button only welcomes back.
    let again = press(fake, ANA, &declined, "Start again").await;
    assert!(again.text.starts_with("Welcome back"), "{}", again.text);
}

#[tokio::test]
async fn language_can_be_changed_at_any_time() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    register(fake, ANA).await;
    let picker = say(fake, ANA, "/language").await;
    assert_eq!(picker.text, "Choose your language:");
    let set = press(fake, ANA, &picker, "Македонски").await;
    assert_eq!(set.text, "Готово: ќе зборувам со вас на Македонски.");
    let p = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered").profile;
    assert_eq!(p.language, "mk");
    let help = say(fake, ANA, "/help").await;
    assert!(help.text.contains("команди"), "{}", help.text);
}

#[tokio::test]
async fn mydata_shows_everything_stored_and_profile_edits_save() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let nothing = say(fake, ANA, "/mydata").await;
    assert!(nothing.text.starts_with("We keep nothing about you"), "{}", nothing.text);
    register(fake, ANA).await;
    let mydata = say(fake, ANA, "/mydata").await;
    for expected in [
        "Telegram id: 1001",
        "Language: English",
        "Name: Ana Hoxha",
        "Birth year: 2003",
        "Gender: Female",
        "Country: Albania",
        "Municipality: Tiranë",
        "Organisation: none",
        "Cohort: TIRANA-2026",
        "Agreed to the privacy notice: 27 November 2026, 11:00 (version 2026-12)",
        "Parent's or guardian's agreement: not needed",
    ] {
        assert!(mydata.text.contains(expected), "{expected:?} missing from {}", mydata.text);
    }
    // And as a document to keep (portability): the same data, typed.
    let (name, bytes) = fake.next_message(ANA).await.file.expect("a document after the message");
    assert_eq!(name, "my-data.json");
    let kept: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(
        (&kept["telegram_id"], &kept["name"], &kept["birth_year"]),
        (&1001.into(), &"Ana Hoxha".into(), &2003.into())
    );
    assert_eq!(
        (&kept["cohort"], &kept["organisation"], &kept["muted"]),
        (&"TIRANA-2026".into(), &serde_json::Value::Null, &false.into())
    );
    assert_eq!(kept["consent_at"], "2026-11-27T10:00:00Z");
    assert_eq!(kept["sessions"], serde_json::json!([]));
    let card = say(fake, ANA, "/profile").await;
    assert!(card.text.contains("Municipality: Tiranë"));
    let question = press(fake, ANA, &card, "Municipality").await;
    assert!(question.text.contains("municipality"));
    let saved = say(fake, ANA, "Elbasan").await;
    assert!(saved.text.starts_with("Saved.") && saved.text.contains("Municipality: Elbasan"), "{}", saved.text);
    let p = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered").profile;
    assert_eq!(p.municipality, "Elbasan");
    assert_eq!(p.consent_at, test_now(), "editing keeps the consent record");
}

/// An edit that makes someone younger than the age of digital consent makes them wait for their guardian, with
/// a link for the guardian.
#[tokio::test]
async fn a_birth_year_edit_under_the_consent_age_waits_for_the_guardian() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    register(fake, ANA).await;
    let card = say(fake, ANA, "/profile").await;
    press(fake, ANA, &card, "Birth year").await;
    let question = say(fake, ANA, "2012").await;
    assert!(question.text.starts_with("Because you may be under 16"), "{}", question.text);
    assert_eq!(question.buttons(), ["I'll ask my parent/guardian", "Not now"]);
    let saved = press(fake, ANA, &question, "I'll ask my parent/guardian").await;
    assert!(saved.text.starts_with("Saved.") && saved.text.contains("?start=guardian-"), "{}", saved.text);
    let p = participants::find(bot.core.pool(), ANA).await.unwrap().expect("registered");
    assert_eq!((p.profile.birth_year.year(), p.profile.guardian), (2012, None));
    assert_eq!(p.status, active_citizens_bot::domain::ParticipantStatus::PendingGuardian);
}

#[tokio::test]
async fn delete_erases_the_participant_after_confirmation() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let nothing = say(fake, ANA, "/delete").await;
    assert!(nothing.text.contains("nothing to erase"));
    register(fake, ANA).await;
    let confirm = say(fake, ANA, "/delete").await;
    let kept = press(fake, ANA, &confirm, "No, keep it").await;
    assert_eq!(kept.text, "Nothing was erased.");
    assert!(participants::find(bot.core.pool(), ANA).await.unwrap().is_some());

    let confirm = say(fake, ANA, "/delete").await;
    let erased = press(fake, ANA, &confirm, "Yes, erase my data").await;
    assert!(erased.text.starts_with("Your data has been erased."), "{}", erased.text);
    assert!(participants::find(bot.core.pool(), ANA).await.unwrap().is_none());
    assert!(conversations::load(bot.core.pool(), ANA).await.unwrap().is_none(), "the conversation is erased too");
    let after = say(fake, ANA, "/mydata").await;
    assert!(after.text.starts_with("We keep nothing about you"));
}

#[tokio::test]
async fn groups_get_a_pointer_to_a_private_chat() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    fake.send_group_text(-500, ANA, "hello everyone");
    fake.send_group_text(-500, ANA, "/start");
    let pointer = fake.next_message(-500).await;
    assert_eq!(pointer.text, "I work in private chats only: open https://t.me/ActiveCitizensTestBot and press Start.");
    // Only the command got an answer, and nothing was stored for the group.
    assert!(conversations::load(bot.core.pool(), -500).await.unwrap().is_none());
    assert_eq!(fake.calls("SendMessage").len(), 1);

    // The pointer is in the sender's app's language where the bot has it: "sr" is Serbian (Latin, listed first),
    // and a language the bot does not speak gets the default one.
    fake.set_app_language(ANA, "sr");
    fake.send_group_text(-501, ANA, "/help");
    let pointer = fake.next_message(-501).await;
    assert_eq!(
        pointer.text,
        "Radim samo u privatnim porukama: otvorite https://t.me/ActiveCitizensTestBot i pritisnite Start."
    );
    fake.set_app_language(ANA, "pt-br");
    fake.send_group_text(-502, ANA, "/help");
    assert!(fake.next_message(-502).await.text.starts_with("I work in private chats only"));
}

#[tokio::test]
async fn someone_who_has_chosen_no_language_is_answered_in_their_apps() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    fake.set_app_language(ANA, "sq");
    let reply = say(fake, ANA, "hello").await;
    assert_eq!(reply.text, "Përshëndetje! Dërgoni /start për t'u regjistruar në Active Citizens.");
    let picker = say(fake, ANA, "/start").await;
    assert!(picker.text.starts_with("Mirë se vini në Active Citizens!"), "{}", picker.text);
    // The notice on a press that counts for nothing, answered outside any turn, follows the same rule.
    fake.press_data(ANA, &picker, "garbage");
    fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Ky buton nuk është më aktiv.").await;
    // A language chosen here wins over the app's, from the next message on.
    let consent = press(fake, ANA, &picker, "English").await;
    assert!(consent.text.starts_with("Before we start"), "{}", consent.text);
    let help = say(fake, ANA, "/help").await;
    assert!(help.text.starts_with("Active Citizens bot: commands"), "{}", help.text);
}

// teloxide's own filters tell Telegram what the bot handles: it is asked for that and nothing else.
#[tokio::test]
async fn the_bot_asks_telegram_only_for_messages_and_button_presses() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start").await;
    press(fake, ANA, &picker, "English").await;
    let mut asked = fake.allowed_updates().expect("getUpdates names the updates it wants");
    asked.sort();
    assert_eq!(asked, ["callback_query", "message"]);
}

#[tokio::test]
async fn stickers_get_a_polite_reprompt() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    fake.send_sticker(ANA);
    let idle = fake.next_message(ANA).await;
    assert!(idle.text.starts_with("I understand text messages and buttons."), "{}", idle.text);
    let picker = say(fake, ANA, "/start").await;
    fake.send_sticker(ANA);
    let on_buttons = fake.next_message(ANA).await;
    assert!(on_buttons.text.starts_with("Please choose one of the buttons."), "{}", on_buttons.text);
    let consent = press(fake, ANA, &picker, "English").await;
    press(fake, ANA, &consent, "I agree").await;
    fake.send_sticker(ANA);
    let on_text = fake.next_message(ANA).await;
    assert!(on_text.text.starts_with("I can only read text here."), "{}", on_text.text);
    assert!(on_text.text.contains("What is your name?"));
}

#[tokio::test]
async fn a_deep_link_with_an_unknown_cohort_code_is_explained_at_the_cohort_question() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start SKOPJE-2030").await;
    assert!(picker.text.contains("Choose your language"));
    let consent = press(fake, ANA, &picker, "English").await;
    press(fake, ANA, &consent, "I agree").await;
    say(fake, ANA, "Ana").await;
    let gender = say(fake, ANA, "2002").await;
    let country = press(fake, ANA, &gender, "Female").await;
    press(fake, ANA, &country, "North Macedonia").await;
    let organisation = say(fake, ANA, "Skopje").await;
    let cohort = press(fake, ANA, &organisation, "Skip").await;
    assert!(cohort.text.starts_with("The code in your link (SKOPJE-2030) is not one we know."), "{}", cohort.text);
    assert!(cohort.text.contains("What is your cohort code?"));
    let done = say(fake, ANA, "TIRANA-2026").await;
    assert!(done.text.starts_with("Thank you, Ana!"), "{}", done.text);

    // A registered participant following their own cohort's link again is told so.
    let again = say(fake, ANA, "/start TIRANA-2026").await;
    assert_eq!(again.text, "You are already in the cohort Tirana 2026.");
    let unknown = say(fake, ANA, "/start NOWHERE").await;
    assert!(unknown.text.contains("We don't know the cohort code NOWHERE"));
}

/// A registered participant opening another cohort's link (a poster seen by chance, a friend's QR code) is asked
/// before being moved, as their reminders move with them; one without a cohort joins at once.
#[tokio::test]
async fn another_cohorts_link_moves_a_participant_only_when_they_confirm() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let skopje = CohortCode::parse("SKOPJE-2026").unwrap();
    let cohort = cohorts::Cohort { code: skopje.clone(), name: "Skopje, spring 2026".into(), country: None };
    cohorts::add(bot.core.pool(), &cohort, test_now()).await.unwrap();
    register(fake, ANA).await;
    let cohort_of = async |user| participants::find(bot.core.pool(), user).await.unwrap().unwrap().profile.cohort;

    let asked = say(fake, ANA, "/start SKOPJE-2026").await;
    assert_eq!(
        asked.text,
        "You are in the cohort TIRANA-2026. Move to Skopje, spring 2026? Your reminders will then be for its \
         sessions. If not, there is nothing to do."
    );
    assert_eq!(asked.buttons(), ["Move to Skopje, spring 2026"]);
    assert_eq!(cohort_of(ANA).await.map(|c| c.to_string()).as_deref(), Some("TIRANA-2026"), "not moved yet");
    // The press is checked again: a made-up cohort is refused, and changes nothing.
    let nowhere = Action::JoinCohort { cohort: CohortCode::parse("NOWHERE-1").unwrap() };
    fake.press_data(ANA, &asked, &callback::encode(&nowhere).unwrap());
    assert!(fake.next_message(ANA).await.text.starts_with("We don't know the cohort code NOWHERE-1"));
    let moved = press(fake, ANA, &asked, "Move to Skopje, spring 2026").await;
    assert_eq!(moved.text, "You are now in the cohort Skopje, spring 2026.");
    assert_eq!(cohort_of(ANA).await, Some(skopje.clone()));
    fake.press(ANA, &asked, "Move to Skopje, spring 2026");
    assert_eq!(fake.next_message(ANA).await.text, "You are already in the cohort Skopje, spring 2026.");

    // Registered without a cohort: the link is joined at once.
    register_until_municipality(fake, 2, "2003", "Albania").await;
    let organisation = say(fake, 2, "Tiranë").await;
    let code_question = press(fake, 2, &organisation, "Skip").await;
    let done = press(fake, 2, &code_question, "I don't have a code").await;
    assert!(done.text.starts_with("Thank you"), "{}", done.text);
    assert_eq!(cohort_of(2).await, None);
    assert_eq!(say(fake, 2, "/start SKOPJE-2026").await.text, "You are now in the cohort Skopje, spring 2026.");
    assert_eq!(cohort_of(2).await, Some(skopje));
}

#[tokio::test]
async fn unknown_commands_and_chatter_point_to_help() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let unknown = say(fake, ANA, "/frobnicate").await;
    assert_eq!(unknown.text, "I don't know the command /frobnicate. /help lists the commands.");
    register(fake, ANA).await;
    let chatter = say(fake, ANA, "hi there").await;
    assert!(chatter.text.contains("/help lists what I can do"));
    let back = say(fake, ANA, "/start").await;
    assert_eq!(back.text, "Welcome back, Ana Hoxha! /help lists what you can do.");
}

#[tokio::test]
async fn the_command_menu_is_set_in_every_complete_language() {
    let bot = spawn_bot().await;
    let api = bot.fake.bot();
    active_citizens_bot::telegram::set_command_menu(&api, &bot.core).await.expect("the menu is set");
    let calls = bot.fake.calls("SetMyCommands");
    let languages: Vec<Option<&str>> = calls.iter().map(|c| c.body["language_code"].as_str()).collect();
    // sr-Latn and sr-Cyrl share "sr" (the first listed, Latin, sets it); "cnr" has no two-letter code.
    assert_eq!(languages, [None, Some("en"), Some("sq"), Some("sr"), Some("mk"), Some("bs"), Some("hr")]);
    let serbian = calls.iter().find(|c| c.body["language_code"] == "sr").map(|c| &c.body["commands"][0]["description"]);
    assert_eq!(serbian, Some(&serde_json::json!("Registracija ili pridruživanje grupi")));
    let default = &calls[0].body["commands"];
    assert_eq!(default[0]["command"], "start");
    assert_eq!(default[0]["description"], "Register or join a cohort");
}

#[tokio::test]
async fn a_stored_state_that_no_longer_reads_resets_with_a_message() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    sqlx::query("INSERT INTO conversations (chat_id, state, updated_at) VALUES (?, ?, ?)")
        .bind(ANA)
        .bind(r#"{"phase":"answering_survey_from_a_future_version"}"#)
        .bind(test_now())
        .execute(bot.core.pool())
        .await
        .unwrap();
    let reply = say(fake, ANA, "/start").await;
    assert!(reply.text.starts_with("Sorry, I lost track of our conversation"), "{}", reply.text);
    assert!(reply.text.contains("Choose your language"), "the update is handled, not dropped: {}", reply.text);
}

#[tokio::test]
async fn an_update_delivered_twice_is_handled_once() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    fake.send_text_twice(ANA, "/start");
    let picker = fake.next_message(ANA).await;
    assert!(picker.text.contains("Choose your language"));
    // The next update is answered, and nothing came in between: the copy got no answer.
    let help = say(fake, ANA, "/help").await;
    assert!(help.text.contains("/profile"), "{}", help.text);
    assert_eq!(fake.sent_to(ANA).len(), 2);
    // The last update handled is stored with the state (the copy had the first one's id).
    let state = bot.core.conversation(ANA).await.unwrap();
    assert_eq!(state.last_update, fake.last_update_id());
}

#[tokio::test]
async fn a_reply_refused_with_429_goes_out_after_the_wait() {
    let bot = spawn_bot().await;
    bot.fake.throttle_next(1);
    let started = std::time::Instant::now();
    let picker = say(&bot.fake, ANA, "/start").await;
    assert!(picker.text.contains("Choose your language"), "{}", picker.text);
    assert_eq!(bot.fake.refused_429(), 1);
    assert!(started.elapsed() >= std::time::Duration::from_secs(1), "it waited the retry_after");
    assert_eq!(bot.fake.sent_to(ANA).len(), 1, "sent once");
}

#[tokio::test]
async fn people_registering_at_the_same_time_are_all_registered() {
    // More people than the lane has connections, each turn queued on its readers and its one writer; not many
    // more, as the bot sends 30 messages a second at most.
    const PEOPLE: i64 = 12;
    let bot = spawn_bot().await;
    let mut registering = tokio::task::JoinSet::new();
    for user in 2001..2001 + PEOPLE {
        let fake = bot.fake.clone();
        registering.spawn(async move { (user, register(&fake, user).await) });
    }
    while let Some(done) = registering.join_next().await {
        let (user, last) = done.expect("a registration ran to its end");
        assert!(last.text.contains("You are registered"), "{user}: {}", last.text);
    }
    assert_eq!(participants::count(bot.core.pool()).await.unwrap(), PEOPLE);
    for user in 2001..2001 + PEOPLE {
        let person = participants::find(bot.core.pool(), user).await.unwrap().expect("registered");
        assert_eq!(person.profile.name, "Ana Hoxha");
        let state = bot.core.conversation(user).await.unwrap();
        assert!(state.last_update.is_some(), "{user}'s state was written with their last turn");
    }
}

#[tokio::test]
async fn a_burst_of_people_is_answered_with_at_most_the_limit_of_calls_in_flight() {
    // Twenty people write at once, and every answer takes the network 100 ms: with no limit, twenty calls
    // would wait at once.
    const LIMIT: usize = 4;
    let bot = spawn_bot_in_flight(LIMIT).await;
    bot.fake.delay_sends(std::time::Duration::from_millis(100));
    let people = 3001..3021;
    for user in people.clone() {
        bot.fake.send_text(user, "/start");
    }
    for user in people {
        let picker = bot.fake.next_message(user).await;
        assert!(picker.text.contains("Choose your language"), "{user}: {}", picker.text);
    }
    assert_eq!(bot.fake.most_in_flight(), LIMIT, "the calls waited for each other, up to the limit and no further");
}

/// Anyone can learn their numeric id (for ADMIN_IDS), in their app's language, registered or not, and in the
/// middle of a question, which is then asked again.
#[tokio::test]
async fn whoami_tells_anyone_their_telegram_id() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    assert_eq!(say(fake, 4_242_424_242, "/whoami").await.text, "Your Telegram id: 4242424242");
    fake.set_app_language(77, "sq");
    assert_eq!(say(fake, 77, "/whoami").await.text, "ID-ja juaj në Telegram: 77");
    let picker = say(fake, ANA, "/start").await;
    let consent = press(fake, ANA, &picker, "English").await;
    let asked = say(fake, ANA, "/whoami").await;
    assert_eq!(asked.text, format!("Your Telegram id: {ANA}\n\n{}", consent.text), "then the open question again");
    assert_eq!(asked.buttons(), consent.buttons());
}

/// A typed answer that names a button in the person's language counts as pressing it, whatever its case,
/// diacritics or emoji; anything else at a buttons-only question is still refused.
#[tokio::test]
async fn a_typed_button_label_counts_as_pressing_it() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let picker = say(fake, ANA, "/start").await;
    press(fake, ANA, &picker, "Hrvatski").await;
    let name = say(fake, ANA, "slazem se").await;
    assert!(name.text.contains("Kako se zovete?"), "'Slažem se' typed without the mark: {}", name.text);
    say(fake, ANA, "Ivana Horvat").await;
    let gender = say(fake, ANA, "2001").await;
    assert_eq!(gender.buttons()[0], "Žensko");
    let refused = say(fake, ANA, "možda").await;
    assert!(refused.text.starts_with("Molimo odaberite jedan od gumba"), "{}", refused.text);
    let country = say(fake, ANA, "  ŽENSKO ").await;
    assert!(country.text.contains("U kojoj državi živite?"), "{}", country.text);
    let municipality = say(fake, ANA, "hrvatska").await;
    assert!(municipality.text.contains("Molimo odaberite"), "no such button: {}", municipality.text);
    say(fake, ANA, "Drugo").await;
    let p = conversations::load(bot.core.pool(), ANA).await.unwrap().expect("a conversation");
    assert!(format!("{:?}", p.phase).contains("Municipality"), "{:?}", p.phase);
}
