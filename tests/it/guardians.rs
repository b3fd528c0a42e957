//! Guardian confirmation (someone under the age of digital consent is pending until their parent or guardian
//! agrees from their own account, or a facilitator holds the signed paper form; unconfirmed, erased after 14
//! days) and erasure on request from the chat. Through the fake Bot API, with a moved clock for the expiry.

use active_citizens_bot::domain::{GuardianMethod, ParticipantStatus, Role};
use active_citizens_bot::storage::{audit, participants, sessions};

use crate::support::{FakeTelegram, Sent, TestBot, press, say, spawn_bot, test_now};

const YOUNG: i64 = 501;
const PARENT: i64 = 502;
const FACILITATOR: i64 = 503;

/// Registers `user`, born in 2011 (15 at most: under Albania's age of digital consent, 16), in `cohort`; returns
/// the message that says so, with the link for their guardian.
async fn register_young(fake: &FakeTelegram, user: i64, cohort: &str) -> Sent {
    let picker = say(fake, user, &format!("/start {cohort}")).await;
    let consent = press(fake, user, &picker, "English").await;
    press(fake, user, &consent, "I agree").await;
    say(fake, user, "Mira Kola").await;
    let gender = say(fake, user, "2011").await;
    let country = press(fake, user, &gender, "Female").await;
    let guardian = press(fake, user, &country, "Albania").await;
    assert!(guardian.text.contains("under 16, a parent or guardian must agree"), "{}", guardian.text);
    assert_eq!(guardian.buttons(), ["I'll ask my parent/guardian", "Not now"]);
    press(fake, user, &guardian, "I'll ask my parent/guardian").await;
    let organisation = say(fake, user, "Shkodër").await;
    let done = press(fake, user, &organisation, "Skip").await;
    assert!(done.text.contains("waiting for your parent's or guardian's agreement"), "{}", done.text);
    done
}

/// The token of the guardian link in `message`.
fn token_in(message: &Sent) -> String {
    let start = message.text.find("start=guardian-").expect("a guardian link") + "start=guardian-".len();
    message.text[start..].chars().take_while(char::is_ascii_alphanumeric).collect()
}

async fn status_of(bot: &TestBot, id: i64) -> Option<ParticipantStatus> {
    participants::find(bot.core.pool(), id).await.unwrap().map(|p| p.status)
}

#[tokio::test]
async fn a_guardian_agrees_from_their_own_account_and_the_young_person_is_told() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let link = register_young(fake, YOUNG, "TIRANA-2026").await;
    assert!(link.text.contains("If nobody confirms within 14 days"), "{}", link.text);
    let token = token_in(&link);
    assert_eq!(token.len(), 26, "128 bits: {token}");
    assert_eq!(status_of(&bot, YOUNG).await, Some(ParticipantStatus::PendingGuardian));
    // Pending: not among those reminded, and shown so in the export.
    let cohort = crate::support::fixtures::cohort("TIRANA-2026");
    let mut conn = bot.core.pool().acquire().await.unwrap();
    let reminded = sessions::reminder_recipients(&mut conn, &cohort).await.unwrap();
    drop(conn);
    assert!(!reminded.contains(&YOUNG), "{reminded:?}");
    let all = participants::all(bot.core.pool()).await.unwrap();
    let table = active_citizens_bot::reports::export::participants_table(&all);
    let mut csv = Vec::new();
    table.write(active_citizens_bot::reports::table::Format::CSV, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains(",pending_guardian,"), "{csv}");

    // Their own account cannot confirm.
    let own = say(fake, YOUNG, &format!("/start guardian-{token}")).await;
    assert!(own.text.starts_with("This link is for your parent or guardian"), "{}", own.text);
    // The guardian sees the notice in their own app's language.
    fake.set_app_language(PARENT, "mk");
    let request = say(fake, PARENT, &format!("/start guardian-{token}")).await;
    assert!(request.text.contains("Mira Kola") && request.text.contains("2011"), "{}", request.text);
    assert!(request.text.contains("Active Citizens Western Balkans"), "the controller: {}", request.text);
    assert_eq!(request.buttons(), ["Се согласувам", "Не се согласувам"]);
    // Typing instead of pressing points at the buttons, which stay live.
    let typed = say(fake, PARENT, "во ред").await;
    assert_eq!(typed.text, "Ве молиме изберете едно од копчињата.");
    let thanks = press(fake, PARENT, &request, "Се согласувам").await;
    assert!(!thanks.text.is_empty());

    bot.deliver().await;
    let told = fake.next_message(YOUNG).await;
    assert!(told.text.starts_with("Good news, Mira Kola"), "{}", told.text);
    let p = participants::find(bot.core.pool(), YOUNG).await.unwrap().expect("kept");
    assert_eq!(p.status, ParticipantStatus::Active);
    let consent = p.profile.guardian.expect("recorded");
    assert_eq!((consent.method, consent.guardian, consent.at), (GuardianMethod::Telegram, Some(PARENT), test_now()));
    let mydata = say(fake, YOUNG, "/mydata").await;
    assert!(
        mydata.text.contains("agreement: confirmed by them from their own Telegram account on 27 November 2026, 11:00"),
        "{}",
        mydata.text
    );
    // Used once: the link no longer works.
    let again = say(fake, 504, &format!("/start guardian-{token}")).await;
    assert!(again.text.starts_with("This link no longer works"), "{}", again.text);
}

#[tokio::test]
async fn a_guardian_who_declines_has_the_registration_erased_and_the_young_person_told() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    let token = token_in(&register_young(fake, YOUNG, "TIRANA-2026").await);
    let request = say(fake, PARENT, &format!("/start guardian-{token}")).await;
    let answered = press(fake, PARENT, &request, "I do not agree").await;
    assert!(answered.text.contains("erased what they told us"), "{}", answered.text);
    assert_eq!(status_of(&bot, YOUNG).await, None, "erased");
    bot.deliver().await;
    let told = fake.next_message(YOUNG).await;
    assert!(told.text.starts_with("Your parent or guardian did not agree"), "{}", told.text);
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE chat_id = ?")
        .bind(YOUNG)
        .fetch_one(bot.core.pool())
        .await
        .unwrap();
    assert_eq!(rows, 0, "the notice to an erased person is not kept once sent");
    let entry = &audit::latest(bot.core.pool(), 1).await.unwrap()[0];
    assert_eq!((entry.action.as_str(), entry.detail.as_str()), ("participant_erased", "the guardian declined"));
}

#[tokio::test]
async fn a_facilitator_of_the_cohort_confirms_the_paper_form() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    bot.add_cohort("SKOPJE-2026").await;
    register_young(fake, YOUNG, "TIRANA-2026").await;
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.grant(505, Role::Facilitator, Some("SKOPJE-2026")).await;
    let other = say(fake, 505, "/guardians").await;
    assert!(other.text.starts_with("Nobody in your cohorts is waiting"), "another cohort's: {}", other.text);
    let participant = say(fake, YOUNG, "/guardians").await;
    assert!(participant.text.contains("for facilitators and organisers"), "{}", participant.text);

    // Two facilitators of the cohort open the list; the first to confirm records it.
    bot.grant(506, Role::Facilitator, Some("TIRANA-2026")).await;
    let list = say(fake, FACILITATOR, "/guardians").await;
    assert!(list.text.starts_with("One person is waiting"), "{}", list.text);
    assert_eq!(list.buttons(), ["Mira Kola · TIRANA-2026 · 27.11."]);
    let late_list = say(fake, 506, "/guardians").await;
    let late = press(fake, 506, &late_list, "Mira Kola · TIRANA-2026 · 27.11.").await;
    let confirm = press(fake, FACILITATOR, &list, "Mira Kola · TIRANA-2026 · 27.11.").await;
    assert!(confirm.text.starts_with("Do you hold the form signed by Mira Kola's parent"), "{}", confirm.text);
    let done = press(fake, FACILITATOR, &confirm, "Yes, I hold the signed form").await;
    assert!(done.text.starts_with("Recorded: Mira Kola"), "{}", done.text);
    let consent = participants::find(bot.core.pool(), YOUNG).await.unwrap().unwrap().profile.guardian.unwrap();
    assert_eq!(
        (consent.method, consent.confirmed_by, consent.guardian),
        (GuardianMethod::Paper, Some(FACILITATOR), None)
    );
    let entry = &audit::latest(bot.core.pool(), 1).await.unwrap()[0];
    assert_eq!((entry.actor.as_str(), entry.action.as_str()), ("telegram:503", "guardian_confirmed"));
    bot.deliver().await;
    assert!(fake.next_message(YOUNG).await.text.starts_with("Good news"));

    // Checked again when acting: the second facilitator finds nobody waiting, and nothing more is recorded.
    let refused = press(fake, 506, &late, "Yes, I hold the signed form").await;
    assert!(refused.text.starts_with("They are no longer waiting"), "{}", refused.text);
    let entry = &audit::latest(bot.core.pool(), 1).await.unwrap()[0];
    assert_eq!(entry.actor, "telegram:503");
}

#[tokio::test]
async fn a_registration_unconfirmed_after_14_days_is_erased_and_the_young_person_told() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    register_young(fake, YOUNG, "TIRANA-2026").await;
    let writer = bot.core.db().write();
    let day = |n: i64| test_now() + chrono::Duration::days(n);
    assert_eq!(active_citizens_bot::retention::erase_unconfirmed(writer, day(13)).await.unwrap(), 0, "not yet");
    // A new link (after /start) does not restart the 14 days.
    bot.advance_to(day(10));
    let renewed = say(fake, YOUNG, "/start").await;
    assert!(renewed.text.starts_with("Welcome back, Mira Kola. We are still waiting"), "{}", renewed.text);
    assert!(renewed.text.contains("start=guardian-"), "{}", renewed.text);
    assert_eq!(active_citizens_bot::retention::erase_unconfirmed(writer, day(15)).await.unwrap(), 1);
    assert_eq!(status_of(&bot, YOUNG).await, None);
    bot.advance_to(day(15));
    bot.deliver().await;
    let told = fake.next_message(YOUNG).await;
    assert!(told.text.contains("did not come within 14 days"), "{}", told.text);
    let entry = &audit::latest(writer, 1).await.unwrap()[0];
    assert_eq!((entry.actor.as_str(), entry.detail.as_str()), ("retention", "no guardian's agreement within 14 days"));
}

#[tokio::test]
async fn an_organiser_erases_someone_on_request_from_the_chat() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    bot.enrol(601, "TIRANA-2026", "en", active_citizens_bot::domain::Country::Albania).await;
    bot.grant(600, Role::Organiser, None).await;
    bot.grant(FACILITATOR, Role::Facilitator, None).await;
    let refused = say(fake, FACILITATOR, "/erase").await;
    assert_eq!(refused.text, "Sorry, that command is for organisers.");

    let ask = say(fake, 600, "/erase").await;
    assert!(ask.text.starts_with("Whose data should be erased?"), "{}", ask.text);
    let not_id = say(fake, 600, "Participant 601").await;
    assert!(not_id.text.starts_with("A Telegram id is a number"), "{}", not_id.text);
    let unknown = say(fake, 600, "9999").await;
    assert!(unknown.text.starts_with("Nobody is registered with the id 9999. Check the number"), "{}", unknown.text);
    let reason = say(fake, 600, "601").await;
    assert!(reason.text.starts_with("Why are you erasing Participant 601's data?"), "{}", reason.text);
    let confirm = say(fake, 600, "asked by e-mail on 3 December").await;
    assert!(confirm.text.contains("Participant 601 (id 601)"), "{}", confirm.text);
    let kept = press(fake, 600, &confirm, "No, keep it").await;
    assert_eq!(kept.text, "Nothing was erased.");
    assert!(status_of(&bot, 601).await.is_some());

    say(fake, 600, "/erase").await;
    say(fake, 600, "601").await;
    let confirm = say(fake, 600, "asked at the workshop").await;
    let done = press(fake, 600, &confirm, "Yes, erase it").await;
    assert!(done.text.starts_with("Participant 601's data has been erased"), "{}", done.text);
    assert_eq!(status_of(&bot, 601).await, None);
    let entry = &audit::latest(bot.core.pool(), 1).await.unwrap()[0];
    assert_eq!(
        (entry.actor.as_str(), entry.action.as_str(), entry.detail.as_str()),
        ("telegram:600", "participant_erased", "on request: asked at the workshop")
    );
}
