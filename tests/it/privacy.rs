//! Privacy that holds up to a data-protection officer's audit: erasure that leaves nothing to read back, and
//! anonymous answers that nothing ties to a person or places among the others.

use active_citizens_bot::domain::Country;
use active_citizens_bot::storage::{self, outbox, surveys};

use crate::support::{FakeTelegram, press, say, spawn_bot};

const NAME: &str = "Zanzibarina Quux";
const TOWN: &str = "Vrzdolnica";

/// Registers `user` through the dialogue with a name and a town found nowhere else.
async fn register(fake: &FakeTelegram, user: i64) {
    let picker = say(fake, user, "/start").await;
    let consent = press(fake, user, &picker, "English").await;
    press(fake, user, &consent, "I agree").await;
    say(fake, user, NAME).await;
    let gender = say(fake, user, "2001").await;
    let country = press(fake, user, &gender, "Female").await;
    press(fake, user, &country, "Albania").await;
    let organisation = say(fake, user, TOWN).await;
    press(fake, user, &organisation, "Skip").await;
    let done = say(fake, user, "tirana-2026").await;
    assert!(done.text.contains(NAME), "{}", done.text);
}

/// Which of the database's files (the file, its write-ahead log and its index) hold `text`.
fn files_holding(db: &std::path::Path, text: &str) -> Vec<String> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| format!("{}{suffix}", db.display()))
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap_or_default();
            bytes.windows(text.len()).any(|w| w == text.as_bytes())
        })
        .collect()
}

#[tokio::test]
async fn an_erased_participant_cannot_be_read_back_from_the_database_files() {
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    register(fake, 71).await;
    // Something sent to them, and kept as sent: a moderation notice would name their recommendation.
    let mut conn = bot.core.pool().acquire().await.unwrap();
    let now = crate::support::test_now();
    let notice = outbox::Payload::RecommendationModerated { recommendation: 1, approved: true };
    outbox::enqueue(&mut conn, 71, &notice, now, now).await.unwrap();
    sqlx::query("UPDATE outbox SET status = 'sent' WHERE chat_id = 71").execute(&mut *conn).await.unwrap();
    drop(conn);
    let db = bot.database_file();
    assert!(!files_holding(&db, NAME).is_empty(), "the name is there to find before: the test can fail");

    let confirm = say(fake, 71, "/delete").await;
    let erased = press(fake, 71, &confirm, "Yes, erase my data").await;
    assert!(erased.text.starts_with("Your data has been erased."), "{}", erased.text);
    for text in [NAME, TOWN] {
        assert_eq!(files_holding(&db, text), Vec::<String>::new(), "{text} left in the files");
    }
    let rows: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE chat_id = 71").fetch_one(bot.core.pool()).await.unwrap();
    assert_eq!(rows, 0, "no outbox row keeps their id");
}

/// A named answer by A, then A's anonymous one (another session's), then B's named one: the named ones follow
/// each other, the anonymous one has a random id below zero, only its day, and no row numbers its answers.
#[tokio::test]
async fn anonymous_answers_carry_no_order_and_no_person() {
    let bot = spawn_bot().await;
    for id in [1, 2] {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    let mut sessions = Vec::new();
    for title in ["Identity", "Dialogue"] {
        sessions.push(bot.session(title, crate::support::test_now(), 120).await.id);
    }
    let now = crate::support::test_now() + chrono::Duration::hours(3) + chrono::Duration::minutes(17);
    let submit = async |user, session, survey, anonymous| {
        let response = surveys::Response { session, survey, version: 1, anonymous };
        let mut conn = bot.core.pool().acquire().await.unwrap();
        surveys::submit(&mut conn, user, &response, &[("q".to_owned(), "an answer".to_owned())], now).await.unwrap()
    };
    assert!(submit(1, sessions[0], "session-feedback", false).await);
    assert!(submit(1, sessions[1], "wellbeing", true).await);
    assert!(submit(2, sessions[0], "session-feedback", false).await);
    let stored: Vec<(i64, Option<i64>, String)> =
        sqlx::query_as("SELECT id, telegram_id, submitted_at FROM survey_responses ORDER BY submitted_at, id")
            .fetch_all(bot.core.pool())
            .await
            .unwrap();
    let named: Vec<i64> = stored.iter().filter(|r| r.1.is_some()).map(|r| r.0).collect();
    assert_eq!(named[1], named[0] + 1, "the named ids say nothing of the anonymous answer between them");
    let anonymous = stored.iter().find(|r| r.1.is_none()).expect("the anonymous response");
    assert!(anonymous.0 < 0, "a random id below zero: {}", anonymous.0);
    assert!(anonymous.2.starts_with("2026-11-27T00:00:00"), "the day only: {}", anonymous.2);
    let numbered = sqlx::query("SELECT rowid FROM survey_answers").fetch_all(bot.core.pool()).await;
    assert!(numbered.is_err(), "answers have no row number to order them by");

    let dialogues = active_citizens_bot::conversation::Dialogues::built_in().unwrap();
    let responses = storage::surveys::all_responses(bot.core.pool()).await.unwrap();
    let table = active_citizens_bot::reports::export::feedback_table(&dialogues.i18n, &dialogues.surveys, &responses);
    use active_citizens_bot::reports::table::Cell;
    let wellbeing = table.rows.iter().find(|r| r[4] == Cell::text("wellbeing")).expect("the anonymous row");
    assert_eq!((&wellbeing[0], &wellbeing[6]), (&Cell::Empty, &Cell::text("2026-11-27")), "no id, the day only");
}

/// An organiser erases someone who asked by e-mail: the same erasure as /delete, audited with who and why.
#[test]
fn an_organiser_erases_a_participant_on_request_from_the_command_line() {
    use crate::support::cli::{Cli, stderr, stdout};
    let cli = Cli::new();
    let registered = cli.simulate("71", &[], &format!("/start\n1\n1\n{NAME}\n2001\n1\n1\n{TOWN}\n1\n1\n"));
    assert!(registered.contains(NAME), "{registered}");
    let db = cli.path("bot.db");
    assert!(!files_holding(&db, NAME).is_empty());

    let no_reason = cli.run(&["participants", "erase", "71", "--reason", " "]);
    assert!(!no_reason.status.success() && stderr(&no_reason).contains("--reason"), "{}", stderr(&no_reason));
    let erased = cli.run(&["participants", "erase", "71", "--reason", "e-mail of 2026-12-07"]);
    assert!(erased.status.success(), "{}", stderr(&erased));
    assert!(stdout(&erased).contains("Erased everything stored about participant 71."));
    for text in [NAME, TOWN] {
        assert_eq!(files_holding(&db, text), Vec::<String>::new(), "{text} left in the files");
    }
    let audit = stdout(&cli.run(&["audit"]));
    assert!(audit.contains("participant_erased") && audit.contains("on request: e-mail of 2026-12-07"), "{audit}");
    assert!(!audit.contains("71"), "the audit says who acted and why, not whom: {audit}");
    let again = cli.run(&["participants", "erase", "71", "--reason", "twice"]);
    assert!(!again.status.success() && stderr(&again).contains("no participant has the id 71"), "{}", stderr(&again));
    let mydata = cli.simulate("71", &[], "/mydata\n");
    assert!(mydata.contains("We keep nothing about you"), "{mydata}");
}

/// RETENTION: someone silent for 730 days is erased as by /delete, and audited; someone who wrote meanwhile stays.
#[tokio::test]
async fn participants_silent_past_the_retention_are_erased() {
    use active_citizens_bot::storage::participants;
    let bot = spawn_bot().await;
    let fake = &bot.fake;
    register(fake, 81).await;
    say(fake, 82, "/start").await;
    bot.enrol(82, "TIRANA-2026", "en", Country::Albania).await;
    let start = crate::support::test_now();
    bot.advance_to(start + chrono::Duration::days(400));
    say(fake, 82, "/help").await;
    let writer = bot.core.db().write();
    let day = |n| start + chrono::Duration::days(n);
    assert_eq!(active_citizens_bot::retention::erase_inactive(writer, 730, day(730)).await.unwrap(), 0, "not yet");
    assert_eq!(active_citizens_bot::retention::erase_inactive(writer, 730, day(731)).await.unwrap(), 1);
    assert!(participants::find(writer, 81).await.unwrap().is_none(), "silent for 731 days: erased");
    assert!(participants::find(writer, 82).await.unwrap().is_some(), "wrote on day 400: kept");
    assert_eq!(files_holding(&bot.database_file(), NAME), Vec::<String>::new());
    let audit = storage::audit::latest(writer, 5).await.unwrap();
    assert!(
        audit.iter().any(|e| e.actor == "retention" && e.detail == "no activity for 730 days (RETENTION)"),
        "{audit:?}"
    );
    let after = say(fake, 81, "/mydata").await;
    assert!(after.text.starts_with("We keep nothing about you"), "{}", after.text);
}

/// `simulate` needs no privacy settings, and says plainly that they are missing.
#[test]
fn simulate_shows_a_marked_placeholder_for_the_controller_and_contact() {
    let cli = crate::support::cli::Cli::new();
    let consent = cli.simulate("5", &[], "/start\n1\n");
    assert!(consent.contains("(the controller): [PRIVACY_CONTROLLER is not set]."), "{consent}");
    assert!(consent.contains("Questions and requests: [PRIVACY_CONTACT is not set]."), "{consent}");
    let named = cli.simulate("6", &[("PRIVACY_CONTROLLER", "Partners Kosova"), ("RETENTION", "365d")], "/start\n1\n");
    assert!(named.contains("(the controller): Partners Kosova.") && named.contains("365 days after"), "{named}");
}
