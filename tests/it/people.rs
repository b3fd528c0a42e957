//! `/people` through the real dispatcher and the fake Bot API: a cohort's roster, its pages, its attendance
//! sheet, and marking someone present by hand so that their survey reaches them.

use active_citizens_bot::domain::{Country, Role, Session};
use active_citizens_bot::storage;
use chrono::Duration;

use crate::support::fixtures::session_button;
use crate::support::{TestBot, press, say, spawn_bot, test_now};

const FACILITATOR: i64 = 50;
const OTHER_FACILITATOR: i64 = 51;

/// Three members of TIRANA-2026 (the third waiting for a guardian), a session two days ago that the first came
/// to and answered, and one that ended an hour ago; a facilitator for TIRANA-2026 and one for SKOPJE-2026.
async fn programme() -> (TestBot, Session, Session) {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    for id in 1..=3 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    sqlx::query("UPDATE participants SET status = 'pending_guardian' WHERE telegram_id = 3")
        .execute(bot.core.pool())
        .await
        .unwrap();
    let earlier = bot.session("Intercultural dialogue", test_now() - Duration::days(2), 120).await;
    let latest = bot.session("Intercultural dialogue", test_now() - Duration::hours(3), 120).await;
    let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
    storage::sessions::check_in(&mut tx, earlier.id, 1, test_now() - Duration::days(2)).await.unwrap();
    let response =
        storage::surveys::Response { session: earlier.id, survey: "session-feedback", version: 1, anonymous: false };
    let answers = [("overall".to_owned(), "4".to_owned())];
    assert!(storage::surveys::submit(&mut tx, 1, &response, &answers, test_now()).await.unwrap());
    tx.commit().await.unwrap();
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.grant(OTHER_FACILITATOR, Role::Facilitator, Some("SKOPJE-2026")).await;
    (bot, earlier, latest)
}

#[tokio::test]
async fn a_facilitator_sees_their_cohorts_roster_and_gets_its_attendance_sheet() {
    let (bot, earlier, latest) = programme().await;
    let roster = say(&bot.fake, FACILITATOR, "/people").await;
    assert_eq!(
        roster.text,
        "TIRANA-2026: registered 3 · waiting for a guardian's agreement 1 · sessions held 2. Page 1 of 1.\n\
         🗓 sessions attended · 📝 surveys answered\n\n\
         1. Participant 1: 🗓 1/2 · 📝 1\n\
         2. Participant 2: 🗓 0/2 · 📝 0\n\
         3. Participant 3: 🗓 0/2 · 📝 0 (waiting for a guardian's agreement)"
    );
    assert_eq!(roster.buttons(), ["📄 Attendance sheet", "✅ Mark someone present"], "one page: no paging");

    let sent = press(&bot.fake, FACILITATOR, &roster, "📄 Attendance sheet").await;
    assert!(sent.text.starts_with("The attendance sheet of TIRANA-2026"), "{}", sent.text);
    let (name, csv) = bot.fake.next_message(FACILITATOR).await.file.expect("a document");
    assert_eq!(name, "attendance-TIRANA-2026.csv");
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    let column =
        |s: &Session| format!("{} {}", s.starts_at.with_timezone(&s.timezone).format("%Y-%m-%d %H:%M"), s.title);
    assert_eq!(
        lines[0],
        format!("\u{feff}name,status,attended,surveys_answered,{},{}", column(&earlier), column(&latest))
    );
    assert_eq!(lines[1], "Participant 1,active,1,1,\"present, answered\",");
    assert_eq!(lines[3], "Participant 3,pending_guardian,0,0,,");
    let (name, xlsx) = bot.fake.next_message(FACILITATOR).await.file.expect("a document");
    assert_eq!((name.as_str(), &xlsx[..2]), ("attendance-TIRANA-2026.xlsx", b"PK".as_slice()));
    let audit = storage::audit::latest(bot.core.pool(), 5).await.unwrap();
    assert_eq!(
        (audit[0].actor.as_str(), audit[0].action.as_str(), audit[0].detail.as_str()),
        ("telegram:50", "export", "attendance of cohort TIRANA-2026, sent in a chat")
    );

    // Another cohort's facilitator sees theirs only; a participant is refused.
    let theirs = say(&bot.fake, OTHER_FACILITATOR, "/people").await;
    assert!(theirs.text.starts_with("SKOPJE-2026: registered 0 "), "{}", theirs.text);
    assert!(!theirs.text.contains("Participant"), "{}", theirs.text);
    assert_eq!(say(&bot.fake, 1, "/people").await.text, "Sorry, that command is for facilitators and organisers.");
}

#[tokio::test]
async fn a_large_cohort_is_shown_a_page_at_a_time() {
    let bot = spawn_bot().await;
    for id in 1..=25 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Kosovo).await;
    }
    bot.grant(60, Role::Organiser, None).await;
    let first = say(&bot.fake, 60, "/people").await;
    assert!(first.text.contains("Page 1 of 2."), "{}", first.text);
    assert_eq!(first.text.lines().filter(|l| l.contains(": 🗓 ")).count(), 20);
    assert_eq!(first.buttons(), ["Next ▶", "📄 Attendance sheet", "✅ Mark someone present"]);
    let second = press(&bot.fake, 60, &first, "Next ▶").await;
    assert!(second.text.contains("Page 2 of 2."), "{}", second.text);
    let people: Vec<&str> = second.text.lines().filter(|l| l.contains(": 🗓 ")).collect();
    // In name order, as text: Participant 1, 10–19, 2, 20–25, 3, 4, then 5 is the 21st.
    assert_eq!((people.len(), people[0]), (5, "21. Participant 5: 🗓 0/0 · 📝 0"));
    assert_eq!(second.buttons(), ["◀ Previous", "📄 Attendance sheet", "✅ Mark someone present"]);
    let back = press(&bot.fake, 60, &second, "◀ Previous").await;
    assert!(back.text.contains("Page 1 of 2.") && back.text.contains("1. Participant 1:"), "{}", back.text);
}

#[tokio::test]
async fn someone_marked_present_by_hand_gets_the_survey_that_already_went_out() {
    let (bot, earlier, latest) = programme().await;
    // Participant 1 checked in with the code; the survey goes to those who checked in: them alone.
    let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
    storage::sessions::check_in(&mut tx, latest.id, 1, test_now() - Duration::hours(2)).await.unwrap();
    tx.commit().await.unwrap();
    bot.deliver().await;
    assert!(bot.fake.next_message(1).await.text.starts_with("How was Intercultural dialogue"));
    assert!(bot.fake.sent_to(2).is_empty(), "participant 2 was not invited");

    let roster = say(&bot.fake, FACILITATOR, "/people").await;
    let pick = press(&bot.fake, FACILITATOR, &roster, "✅ Mark someone present").await;
    assert_eq!(pick.text, "At which session do you mark someone present?");
    assert_eq!(pick.buttons(), [session_button(&latest), session_button(&earlier)], "the latest first");
    let who = press(&bot.fake, FACILITATOR, &pick, &session_button(&latest)).await;
    assert!(who.text.ends_with("Not checked in yet: 2."), "{}", who.text);
    assert_eq!(who.buttons(), ["Participant 2", "Participant 3"]);
    let done = press(&bot.fake, FACILITATOR, &who, "Participant 2").await;
    assert!(done.text.starts_with("Participant 2 is marked present at Intercultural dialogue ("), "{}", done.text);

    let by: Option<i64> = sqlx::query_scalar(
        "SELECT checked_in_by FROM rsvps WHERE session_id = ? AND telegram_id = 2 AND checked_in_at IS NOT NULL",
    )
    .bind(latest.id)
    .fetch_one(bot.core.pool())
    .await
    .unwrap();
    assert_eq!(by, Some(FACILITATOR));
    let audit = storage::audit::latest(bot.core.pool(), 1).await.unwrap();
    assert_eq!(audit[0].action, "checked_in_by_facilitator");
    assert_eq!(audit[0].detail, format!("a participant marked present at session {}", latest.id), "not whom");

    bot.deliver().await;
    let invite = bot.fake.next_message(2).await;
    assert!(invite.text.starts_with("How was Intercultural dialogue"), "{}", invite.text);
    bot.deliver().await;
    assert_eq!(bot.fake.sent_to(2).len(), 1, "invited once");

    // A role revoked between the list and the press: nothing is marked.
    let roster = say(&bot.fake, FACILITATOR, "/people").await;
    let pick = press(&bot.fake, FACILITATOR, &roster, "✅ Mark someone present").await;
    let who = press(&bot.fake, FACILITATOR, &pick, &session_button(&latest)).await;
    assert_eq!(who.buttons(), ["Participant 3"]);
    storage::roles::revoke(
        bot.core.pool(),
        FACILITATOR,
        Role::Facilitator,
        Some(&crate::support::fixtures::cohort("TIRANA-2026")),
    )
    .await
    .unwrap();
    let refused = press(&bot.fake, FACILITATOR, &who, "Participant 3").await;
    assert!(refused.text.starts_with("Your role no longer allows this"), "{}", refused.text);
    let marked: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM rsvps WHERE telegram_id = 3 AND checked_in_at IS NOT NULL")
            .fetch_one(bot.core.pool())
            .await
            .unwrap();
    assert_eq!(marked, 0);
}

/// Marking present says why when there is nothing to mark, and marks nobody twice: no session open to it, a
/// second facilitator's press on someone already marked, someone who left the cohort meanwhile, everyone there.
#[tokio::test]
async fn marking_present_explains_when_there_is_nothing_to_mark_or_it_was_done() {
    let bot = spawn_bot().await;
    for id in 1..=2 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.grant(OTHER_FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.session("Planning our action", test_now() + Duration::days(7), 90).await;
    let roster = say(&bot.fake, FACILITATOR, "/people").await;
    let none = press(&bot.fake, FACILITATOR, &roster, "✅ Mark someone present").await;
    assert_eq!(none.text, "No session of TIRANA-2026 is under way or recently over.", "next week's is not open");

    let held = bot.session("Intercultural dialogue", test_now() - Duration::hours(1), 60).await;
    let open_list = |facilitator| {
        let fake = &bot.fake;
        let held = &held;
        async move {
            let roster = say(fake, facilitator, "/people").await;
            let pick = press(fake, facilitator, &roster, "✅ Mark someone present").await;
            assert_eq!(pick.buttons(), [session_button(held)], "the session held only");
            press(fake, facilitator, &pick, &session_button(held)).await
        }
    };
    let mine = open_list(FACILITATOR).await;
    let theirs = open_list(OTHER_FACILITATOR).await;
    assert_eq!(mine.buttons(), ["Participant 1", "Participant 2"]);
    let first = press(&bot.fake, OTHER_FACILITATOR, &theirs, "Participant 2").await;
    assert!(first.text.starts_with("Participant 2 is marked present"), "{}", first.text);
    let late = press(&bot.fake, FACILITATOR, &mine, "Participant 2").await;
    assert_eq!(late.text, "That person was already checked in at that session.");

    let theirs = open_list(OTHER_FACILITATOR).await;
    assert_eq!(theirs.buttons(), ["Participant 1"]);
    let mut conn = bot.core.pool().acquire().await.unwrap();
    storage::participants::erase(&mut conn, 1).await.unwrap();
    drop(conn);
    let gone = press(&bot.fake, OTHER_FACILITATOR, &theirs, "Participant 1").await;
    assert_eq!(gone.text, "That person is no longer in the session's cohort: nobody was marked present.");
    let mine = open_list(FACILITATOR).await;
    assert_eq!(mine.text, "Everyone in the cohort is already checked in at Intercultural dialogue.");
    let marked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rsvps WHERE checked_in_at IS NOT NULL")
        .fetch_one(bot.core.pool())
        .await
        .unwrap();
    assert_eq!(marked, 1, "participant 2 once");
}
