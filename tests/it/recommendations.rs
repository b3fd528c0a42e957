//! Youth recommendations through the real dispatcher and the fake Bot API server: writing one (too short, too
//! long, edited, the daily limit), moderation (and its refusal to participants), endorsements (not one's own,
//! not twice), browsing, and the organisers' summary with its chart and documents and small-cell suppression.

use crate::support::{Sent, TestBot, press, say, spawn_bot, test_now};
use active_citizens_bot::conversation::Action;
use active_citizens_bot::domain::{Country, Role};
use active_citizens_bot::storage::{self, audit, participants, recommendations, roles};
use active_citizens_bot::telegram::callback;

const ORGANISER: i64 = 900;
const TRICKY: &str =
    "Open <b>youth councils</b> in every *municipality* and fund_them_properly & publish [budgets](x)!";

async fn organiser(bot: &TestBot) {
    roles::grant(bot.core.pool(), ORGANISER, Role::Organiser, None, "test", test_now()).await.unwrap();
}

/// Writes a recommendation through the dialogue and sends it.
async fn recommend(bot: &TestBot, user: i64, theme: &str, text: &str) -> Sent {
    let themes = say(&bot.fake, user, "/recommend").await;
    let level = press(&bot.fake, user, &themes, theme).await;
    let text_q = press(&bot.fake, user, &level, "Regional").await;
    assert!(text_q.text.starts_with("Write your recommendation (20–1000 characters)"), "{}", text_q.text);
    let shown = say(&bot.fake, user, text).await;
    let preview = bot.fake.next_message(user).await;
    assert_eq!(shown.text, text);
    press(&bot.fake, user, &preview, "Send it").await
}

async fn approve_all(bot: &TestBot) {
    sqlx::query("UPDATE recommendations SET status = 'approved'").execute(bot.core.pool()).await.unwrap();
}

#[tokio::test]
async fn a_recommendation_is_written_checked_previewed_and_limited_per_day() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Serbia).await;
    let themes = say(&bot.fake, 1, "/recommend").await;
    assert_eq!(themes.buttons().len(), 8);
    assert!(themes.buttons().contains(&"Brain drain and migration".to_owned()));
    let level = press(&bot.fake, 1, &themes, "Employment").await;
    assert_eq!(level.buttons(), ["Local", "National", "Regional", "EU"]);
    press(&bot.fake, 1, &level, "Regional").await;
    let short = say(&bot.fake, 1, "More jobs").await;
    assert!(short.text.starts_with("That is too short: please write at least 20 characters."), "{}", short.text);
    let long = say(&bot.fake, 1, &"x".repeat(1001)).await;
    assert!(long.text.starts_with("That is too long: please keep it to 1000 characters."), "{}", long.text);
    let shown = say(&bot.fake, 1, "First draft of my recommendation").await;
    assert_eq!(shown.text, "First draft of my recommendation");
    let preview = bot.fake.next_message(1).await;
    assert!(preview.text.contains("(Employment, Regional)"), "{}", preview.text);
    assert_eq!(preview.buttons(), ["Send it", "Edit the text", "Cancel"]);
    press(&bot.fake, 1, &preview, "Edit the text").await;
    let shown = say(&bot.fake, 1, TRICKY).await;
    assert_eq!(shown.text, TRICKY, "HTML and Markdown characters are shown as written");
    let preview = bot.fake.next_message(1).await;
    let sent = press(&bot.fake, 1, &preview, "Send it").await;
    assert!(sent.text.starts_with("Thank you! Your recommendation was sent."));
    let rows = recommendations::all_rows(bot.core.pool()).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].theme.as_str(), rows[0].level.as_str(), rows[0].text.as_str(), rows[0].status.as_str()),
        ("employment", "regional", TRICKY, "pending")
    );

    recommend(&bot, 1, "Rule of law", "Independent courts, in every municipality").await;
    let limited = say(&bot.fake, 1, "/recommend").await;
    assert!(limited.text.starts_with("You have sent 2 recommendations in the last 24 hours"), "{}", limited.text);
    bot.clock.advance(chrono::Duration::hours(25));
    let again = say(&bot.fake, 1, "/recommend").await;
    assert!(again.text.starts_with("Your recommendation to the Western Balkans Summit."));
}

#[tokio::test]
async fn organisers_moderate_and_authors_hear_the_outcome() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Serbia).await;
    organiser(&bot).await;
    recommend(&bot, 1, "Employment", TRICKY).await;
    recommend(&bot, 1, "Rule of law", "Independent courts, in every municipality").await;
    assert_eq!(say(&bot.fake, 1, "/moderate").await.text, "Sorry, that command is for organisers.");

    let text = say(&bot.fake, ORGANISER, "/moderate").await;
    assert_eq!(text.text, TRICKY, "the organiser reads the text intact");
    let card = bot.fake.next_message(ORGANISER).await;
    assert_eq!(card.text, "Recommendation #1 · Employment · Regional (2 waiting). Publish it?");
    assert_eq!(
        press(&bot.fake, ORGANISER, &card, "Approve").await.text,
        "Approved and published; the author is told. /moderate for the next one."
    );
    say(&bot.fake, ORGANISER, "/moderate").await;
    let card = bot.fake.next_message(ORGANISER).await;
    press(&bot.fake, ORGANISER, &card, "Reject").await;
    assert_eq!(say(&bot.fake, ORGANISER, "/moderate").await.text, "No recommendations are waiting for moderation.");

    bot.deliver().await;
    assert_eq!(
        bot.fake.next_message(1).await.text,
        "Your recommendation on Employment was approved and published. Thank you!"
    );
    assert!(
        bot.fake
            .next_message(1)
            .await
            .text
            .starts_with("Your recommendation on Rule of law was not published this time.")
    );
    let log = audit::latest(bot.core.pool(), 10).await.unwrap();
    let actions: Vec<(&str, &str)> = log.iter().map(|e| (e.action.as_str(), e.actor.as_str())).collect();
    assert!(
        actions.contains(&("recommendation_approved", "telegram:900"))
            && actions.contains(&("recommendation_rejected", "telegram:900"))
    );
}

#[tokio::test]
async fn endorsements_are_once_per_person_and_never_ones_own() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Serbia).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    recommend(&bot, 1, "Employment", "Apprenticeships with local firms, paid").await;
    // Waiting for moderation is not published: no themes to pick yet.
    let nothing = say(&bot.fake, 2, "/recommendations").await;
    assert_eq!(
        nothing.text,
        "Nothing is published yet: the organisers read every recommendation before it appears here. /recommend \
         sends yours."
    );
    assert!(nothing.buttons().is_empty());
    approve_all(&bot).await;

    let themes = say(&bot.fake, 2, "/recommendations").await;
    assert_eq!(themes.buttons(), ["Employment (1)"], "only themes with published recommendations, with how many");
    let page = press(&bot.fake, 2, &themes, "Employment (1)").await;
    assert_eq!(
        page.text,
        "Employment (page 1):\n\n1. Apprenticeships with local firms, paid\n(Regional · 0 endorsements)"
    );
    assert_eq!(page.buttons(), ["👍 Endorse 1"]);
    bot.fake.press(2, &page, "👍 Endorse 1");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Endorsed. Thank you!").await;
    bot.fake.press(2, &page, "👍 Endorse 1");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "You have already endorsed this one.").await;
    let again = press(&bot.fake, 2, &themes, "Employment (1)").await;
    assert!(again.text.ends_with("(Regional · 1 endorsement · endorsed by you)"), "{}", again.text);
    assert!(again.buttons().is_empty());

    let own_themes = say(&bot.fake, 1, "/recommendations").await;
    let own = press(&bot.fake, 1, &own_themes, "Employment (1)").await;
    assert!(own.text.ends_with("· yours)") && own.buttons().is_empty(), "{own:?}");
    // A forged press on one's own recommendation is refused too.
    bot.fake.press_data(1, &own, &page.data_of("👍 Endorse 1"));
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "You cannot endorse your own recommendation.").await;
    // A picker sent before themes were filtered offered every theme: its empty ones answer with a sentence.
    let rule_of_law = Action::Browse { theme: "rule-of-law".into(), page: 0, original: false };
    bot.fake.press_data(2, &themes, &callback::encode(&rule_of_law).expect("encodable"));
    assert_eq!(bot.fake.next_message(2).await.text, "No published recommendations on Rule of law yet.");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM endorsements").fetch_one(bot.core.pool()).await.unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn the_summary_suppresses_small_cells_and_sends_a_chart_and_documents() {
    let bot = spawn_bot().await;
    organiser(&bot).await;
    // Before anything is approved: one sentence instead of empty headings, and no chart or files.
    let empty = say(&bot.fake, ORGANISER, "/summary").await;
    assert_eq!(
        empty.text,
        "Youth recommendations: 0 approved, 0 waiting, 0 rejected. Counts of approved ones; cells of fewer than 5 \
         people show as <5.\n\nNothing is approved yet, and the summary counts approved recommendations only: \
         /moderate shows those waiting."
    );
    assert_eq!(say(&bot.fake, ORGANISER, "/moderate").await.text, "No recommendations are waiting for moderation.");
    assert!(bot.fake.calls("SendPhoto").is_empty() && bot.fake.calls("SendDocument").is_empty());
    assert!(audit::latest(bot.core.pool(), 1).await.unwrap().iter().all(|e| e.action != "summary"));

    // Five people in Serbia and one in Albania each recommend on employment; one more is pending.
    for id in 1..=6 {
        bot.enrol(id, "TIRANA-2026", "en", if id == 6 { Country::Albania } else { Country::Serbia }).await;
        let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
        let text = if id == 1 { TRICKY.to_owned() } else { format!("Recommendation number {id} about jobs") };
        recommendations::insert(&mut tx, id, "employment", "national", &text, test_now()).await.unwrap();
        tx.commit().await.unwrap();
    }
    approve_all(&bot).await;
    let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
    recommendations::insert(&mut tx, 1, "rule-of-law", "eu", "Still waiting for moderation, this one", test_now())
        .await
        .unwrap();
    for voter in 2..=4 {
        recommendations::endorse(&mut tx, 1, voter, test_now()).await.unwrap();
    }
    tx.commit().await.unwrap();

    assert_eq!(say(&bot.fake, 1, "/summary").await.text, "Sorry, that command is for organisers.");
    let summary = say(&bot.fake, ORGANISER, "/summary").await;
    for expected in [
        "Youth recommendations: 6 approved, 1 waiting, 0 rejected.",
        "By theme\nEmployment: 6",
        "By level\nNational: 6",
        // The one person in Albania is not named: small values are counted together, unnamed.
        "By country\nSerbia: 5\nOthers (fewer than 5 people each): <5\n",
        "By age\n25–29: 6",
        "By gender\nPrefer not to say: 6",
        &format!("Employment (3 👍): {TRICKY}"),
    ] {
        assert!(summary.text.contains(expected), "{expected:?} missing from {}", summary.text);
    }
    let chart = bot.fake.next_message(ORGANISER).await;
    let (name, png) = chart.file.clone().expect("a photo");
    assert_eq!(name, "recommendations.png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let csv = bot.fake.next_message(ORGANISER).await;
    let (name, bytes) = csv.file.clone().expect("a document");
    assert_eq!(name, "summary.csv");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("\u{feff}dimension,value,count\nstatus,approved,6\n"), "{text}");
    assert!(text.contains("country,Serbia,5\ncountry,Others (fewer than 5 people each),<5\n"), "{text}");
    assert!(!summary.text.contains("Albania") && !text.contains("Albania"), "nobody in Albania is pointed at");
    let xlsx = bot.fake.next_message(ORGANISER).await;
    let (name, bytes) = xlsx.file.clone().expect("a document");
    assert_eq!((name.as_str(), &bytes[..2]), ("summary.xlsx", b"PK".as_slice()));
    let audit = audit::latest(bot.core.pool(), 1).await.unwrap();
    let entry = (audit[0].actor.as_str(), audit[0].action.as_str(), audit[0].detail.as_str());
    assert_eq!(entry, (format!("telegram:{ORGANISER}").as_str(), "summary", "6 approved, sent in a chat"));

    // An author who erases their data leaves their recommendation as anonymous text.
    let mut conn = bot.core.pool().acquire().await.unwrap();
    participants::erase(&mut conn, 1).await.unwrap();
    drop(conn); // The writer has one connection.
    let rows = recommendations::all_rows(bot.core.pool()).await.unwrap();
    let first = rows.iter().find(|r| r.id == 1).unwrap();
    assert_eq!((first.author, first.country.as_deref(), first.text.as_str()), (None, None, TRICKY));
}

#[tokio::test]
async fn mydata_lists_sessions_recommendations_endorsements_and_surveys() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Serbia).await;
    recommend(&bot, 1, "Employment", "Apprenticeships with local firms, paid").await;
    let session = bot.session("Intercultural dialogue", test_now() - chrono::Duration::hours(3), 120).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    use active_citizens_bot::storage::sessions;
    sessions::set_rsvp(&mut conn, session.id, 1, active_citizens_bot::domain::Rsvp::Coming, test_now()).await.unwrap();
    sessions::check_in(&mut conn, session.id, 1, test_now()).await.unwrap();
    drop(conn);
    let mydata = say(&bot.fake, 1, "/mydata").await;
    for expected in [
        "Name: Participant 1",
        "Announcements and reminders: on",
        "• Intercultural dialogue (Friday 27 November, 08:00): coming, checked in",
        "• Employment, waiting for moderation: Apprenticeships with local firms, paid",
        "Endorsements you gave: 0",
        "Survey responses stored with your id: 0",
    ] {
        assert!(mydata.text.contains(expected), "{expected:?} missing from {}", mydata.text);
    }
}

/// Each recommendation records its author's language; a reader of Serbian or Montenegrin sees those written in
/// the other script in theirs, with the text as written one button away; other languages are shown as written.
#[tokio::test]
async fn serbian_recommendations_are_read_in_the_readers_script() {
    let bot = spawn_bot().await;
    let cyrillic = "Желимо више џепног новца за љетње кампове и њихову опрему.";
    let latin = "Želimo više džepnog novca za ljetnje kampove i njihovu opremu.";
    bot.enrol(1, "TIRANA-2026", "sr-Cyrl", Country::Serbia).await;
    bot.enrol(2, "TIRANA-2026", "sr-Latn", Country::Serbia).await;
    bot.enrol(3, "TIRANA-2026", "mk", Country::NorthMacedonia).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    recommendations::insert(&mut conn, 1, "employment", "regional", cyrillic, test_now()).await.unwrap();
    let macedonian = "Сакаме повеќе пари за летни кампови и нивната опрема.";
    recommendations::insert(&mut conn, 3, "employment", "regional", macedonian, test_now()).await.unwrap();
    drop(conn);
    approve_all(&bot).await;
    let rows = recommendations::all_rows(bot.core.pool()).await.unwrap();
    let languages: Vec<Option<&str>> = rows.iter().map(|r| r.language.as_deref()).collect();
    assert_eq!(languages, [Some("sr-Cyrl"), Some("mk")]);

    let themes = say(&bot.fake, 2, "/recommendations").await;
    let page = press(&bot.fake, 2, &themes, "Zapošljavanje (2)").await;
    assert!(page.text.contains(latin) && page.text.contains(macedonian), "{}", page.text);
    assert_eq!(page.buttons(), ["👍 Podrži 1", "👍 Podrži 2", "Prikaži kako je napisano"]);
    let original = press(&bot.fake, 2, &page, "Prikaži kako je napisano").await;
    assert!(original.text.contains(cyrillic), "{}", original.text);
    // Endorsed in either script, it is the one recommendation.
    bot.fake.press(2, &original, "👍 Podrži 1");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Podržano. Hvala!").await;
    bot.fake.press(2, &page, "👍 Podrži 1");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Ovu ste već podržali.").await;

    // Its author reads it as written; so does someone in a language of another script.
    let themes = say(&bot.fake, 3, "/recommendations").await;
    let page = press(&bot.fake, 3, &themes, &themes.buttons()[0]).await;
    assert!(page.text.contains(cyrillic), "{}", page.text);
    assert!(!page.buttons().iter().any(|b| b.starts_with("Прикажи")), "{:?}", page.buttons());
}

/// Organisers translate published recommendations one after another with /translate (or correct one with
/// /translate ID); readers get their language where there is a translation; the export has them in columns.
#[tokio::test]
async fn organisers_translate_recommendations_and_readers_get_their_language() {
    let bot = spawn_bot().await;
    organiser(&bot).await;
    bot.enrol(1, "TIRANA-2026", "sr-Cyrl", Country::Serbia).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    let cyrillic = "Желимо више џепног новца за љетње кампове и њихову опрему.";
    let mut conn = bot.core.pool().acquire().await.unwrap();
    recommendations::insert(&mut conn, 1, "employment", "regional", cyrillic, test_now()).await.unwrap();
    recommendations::insert(&mut conn, 1, "employment", "local", "Још један предлог за наш град.", test_now())
        .await
        .unwrap();
    drop(conn);
    approve_all(&bot).await;
    let refused = say(&bot.fake, 2, "/translate").await;
    assert_eq!(refused.text, "Sorry, that command is for organisers and translators.");

    let languages = say(&bot.fake, ORGANISER, "/translate").await;
    assert_eq!(languages.text, "Into which language?");
    let card = press(&bot.fake, ORGANISER, &languages, "English").await;
    assert!(card.text.starts_with("Recommendation #1 · Employment · written in Српски (2 waiting for English):"));
    assert!(card.text.contains(cyrillic) && card.text.ends_with("Send its English translation, or tap Skip."));
    let next = press(&bot.fake, ORGANISER, &card, "Skip").await;
    assert!(next.text.starts_with("Recommendation #2"), "{}", next.text);
    let done = say(&bot.fake, ORGANISER, "One more proposal for our town.").await;
    assert!(done.text.starts_with("Saved: the translation of #2."), "{}", done.text);
    assert!(done.text.contains("Nothing more to translate into English for now."), "#1 was skipped: {}", done.text);

    // One chosen by its number, to write or correct.
    let languages = say(&bot.fake, ORGANISER, "/translate 1").await;
    let card = press(&bot.fake, ORGANISER, &languages, "English").await;
    assert!(card.text.starts_with("Recommendation #1"), "{}", card.text);
    let saved = say(&bot.fake, ORGANISER, "We want more pocket money for summer camps and their gear.").await;
    assert!(saved.text.contains("Nothing more to translate into English"), "{}", saved.text);
    let again = say(&bot.fake, ORGANISER, "/translate #1").await;
    let card = press(&bot.fake, ORGANISER, &again, "English").await;
    assert!(card.text.contains("Its English translation now: We want more pocket money"), "{}", card.text);
    say(&bot.fake, ORGANISER, "We want more pocket money for summer camps and their equipment.").await;
    let entries = audit::latest(bot.core.pool(), 3).await.unwrap();
    assert!(entries.iter().all(|e| e.action == "recommendation_translated"), "{entries:?}");

    // The English reader reads the translation, the original one press away.
    let themes = say(&bot.fake, 2, "/recommendations").await;
    let page = press(&bot.fake, 2, &themes, "Employment (2)").await;
    assert!(page.text.contains("their equipment.") && !page.text.contains(cyrillic), "{}", page.text);
    let original = press(&bot.fake, 2, &page, "Show as written").await;
    assert!(original.text.contains(cyrillic), "{}", original.text);

    let rows = recommendations::all_rows(bot.core.pool()).await.unwrap();
    let table = active_citizens_bot::reports::summary::recommendations_table(&rows);
    assert_eq!(table.header[3..6], ["language", "text", "text_en"]);
}

/// A translator translates into their languages only, checked again when the translation is stored.
#[tokio::test]
async fn a_translator_translates_into_their_languages_only() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "sr-Cyrl", Country::Serbia).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    recommendations::insert(&mut conn, 1, "employment", "regional", "Више праксе у школама, мање бубања.", test_now())
        .await
        .unwrap();
    storage::translators::grant(&mut conn, 50, "en", "test", test_now()).await.unwrap();
    drop(conn);
    approve_all(&bot).await;
    let nobody = say(&bot.fake, 51, "/translate").await;
    assert_eq!(nobody.text, "Sorry, that command is for organisers and translators.");

    let languages = say(&bot.fake, 50, "/translate").await;
    assert_eq!(languages.buttons(), ["English"], "only the languages granted");
    let card = press(&bot.fake, 50, &languages, "English").await;
    assert!(card.text.starts_with("Recommendation #1"), "{}", card.text);
    // Revoked while writing: the translation is refused when it would be stored.
    let mut conn = bot.core.pool().acquire().await.unwrap();
    storage::translators::revoke(&mut conn, 50, "en").await.unwrap();
    drop(conn);
    let refused = say(&bot.fake, 50, "More practice in schools, less cramming.").await;
    assert!(refused.text.starts_with("Your role no longer allows this"), "{}", refused.text);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recommendation_translations")
        .fetch_one(bot.core.pool())
        .await
        .unwrap();
    assert_eq!(stored, 0);
}

/// An organiser invites a translator from the chat: the link makes whoever opens it first a translator into the
/// language picked (no other role), and /translate then offers that language.
#[tokio::test]
async fn an_organiser_invites_a_translator_from_the_chat() {
    let bot = spawn_bot().await;
    bot.core.set_bot_username(crate::support::fake_api::BOT_USERNAME);
    bot.grant(ORGANISER, Role::Organiser, None).await;
    let role = say(&bot.fake, ORGANISER, "/grant").await;
    let which = press(&bot.fake, ORGANISER, &role, "Translator").await;
    assert_eq!(which.text, "Into which language will they translate the published recommendations?");
    assert_eq!(which.buttons().len(), 8, "{:?}", which.buttons());
    let invite = press(&bot.fake, ORGANISER, &which, "Shqip").await;
    assert!(invite.text.starts_with("Invitation to translate the recommendations into Shqip."), "{}", invite.text);
    let payload = invite.text.split("start=").nth(1).unwrap().trim().to_owned();

    let accepted = say(&bot.fake, 77, &format!("/start {payload}")).await;
    assert_eq!(
        accepted.text,
        "Welcome to the team! You can now translate the published recommendations into Shqip: send /translate."
    );
    let mut conn = bot.core.pool().acquire().await.unwrap();
    assert_eq!(storage::translators::languages_of(&mut conn, 77).await.unwrap(), ["sq"]);
    drop(conn);
    assert!(roles::grants_of(bot.core.pool(), 77).await.unwrap().is_empty(), "a translator, not a facilitator");
    let menu = bot.fake.wait_for_call("SetMyCommands", |b| b["scope"]["chat_id"] == 77).await;
    let commands: Vec<&str> =
        menu.body["commands"].as_array().unwrap().iter().filter_map(|c| c["command"].as_str()).collect();
    assert_eq!(commands.last(), Some(&"translate"), "their menu has /translate: {commands:?}");
    assert!(!commands.contains(&"broadcast"), "and no facilitator's commands: {commands:?}");
    assert_eq!(say(&bot.fake, 77, "/translate").await.buttons(), ["Shqip"]);
    let second = say(&bot.fake, 78, &format!("/start {payload}")).await;
    assert_eq!(second.text, "This invitation has already been used.");
    let log = audit::latest(bot.core.pool(), 5).await.unwrap();
    let entry = log.iter().find(|e| e.action == "role_granted").expect("the grant is audited");
    assert_eq!(
        (entry.actor.as_str(), entry.detail.as_str()),
        ("telegram:77", "translator (into sq) granted by invitation")
    );
    assert!(log.iter().any(|e| e.detail == "invitation for translator (into sq)"), "{log:#?}");

    // Revoked (from the command line): the menu goes back to the default at their next /help.
    let mut conn = bot.core.pool().acquire().await.unwrap();
    assert!(storage::translators::revoke(&mut conn, 77, "sq").await.unwrap());
    drop(conn);
    say(&bot.fake, 77, "/help").await;
    bot.fake.wait_for_call("DeleteMyCommands", |b| b["scope"]["chat_id"] == 77).await;
}
