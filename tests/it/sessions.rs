//! Sessions through the real dispatcher, the delivery worker and the fake Bot API server: reminders at each
//! offset, RSVPs, restarts between offsets, late and missed reminders, edits and cancellations, check-in,
//! 429 and 403 from Telegram.

use chrono::{DateTime, Duration, Utc};

use crate::support::fixtures::{cohort, new_session, session_button};
use crate::support::{Sent, TestBot, press, say, scan_qr, spawn_bot, test_now};
use active_citizens_bot::domain::NewSession;
use active_citizens_bot::domain::{Country, Rsvp, Session, Span};
use active_citizens_bot::scheduling;
use active_citizens_bot::storage::sessions::SessionChanges;
use active_citizens_bot::storage::{self, outbox, participants, sessions};

async fn session_at(bot: &TestBot, starts_at: DateTime<Utc>) -> Session {
    session_of(bot, "TIRANA-2026", "Intercultural dialogue", starts_at).await
}

/// A two-hour session of `cohort_code`.
async fn session_of(bot: &TestBot, cohort_code: &str, title: &str, starts_at: DateTime<Utc>) -> Session {
    bot.create_session(&NewSession {
        cohort: cohort(cohort_code),
        module: Some("Intercultural dialogue".into()),
        timezone: chrono_tz::Europe::Tirane,
        location: Some("Youth Centre, Rruga e Kavajës".into()),
        ..new_session(title, starts_at, 120)
    })
    .await
}

fn reminders(sent: &[Sent]) -> Vec<&Sent> {
    sent.iter().filter(|m| m.text.starts_with("Reminder:") || m.text.starts_with("Kujtesë:")).collect()
}

async fn rsvp_of(bot: &TestBot, session: i64, user: i64) -> Option<Rsvp> {
    let s = sessions::find(bot.core.pool(), session).await.unwrap().unwrap();
    sessions::view(bot.core.pool(), s, user).await.unwrap().rsvp
}

use active_citizens_bot::clock::Clock;

#[tokio::test]
async fn a_reminder_goes_out_at_each_offset_with_rsvp_buttons() {
    let mut bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "TIRANA-2026", "sq", Country::Albania).await;
    let start = test_now() + Duration::hours(48);
    let session = session_at(&bot, start).await;
    bot.run_worker();

    bot.advance_to(start - Duration::hours(24));
    let first = bot.fake.next_message(1).await;
    assert_eq!(
        first.text,
        "Reminder: Intercultural dialogue\n🕒 Sunday 29 November, 11:00\n📍 Youth Centre, Rruga e Kavajës\nAre you coming?"
    );
    assert_eq!(first.buttons(), ["Coming", "Can't come"]);
    let albanian = bot.fake.next_message(2).await;
    assert!(albanian.text.starts_with("Kujtesë: Intercultural dialogue"), "{}", albanian.text);
    assert_eq!(albanian.buttons(), ["Vij", "Nuk mund të vij"]);

    bot.fake.press(1, &first, "Coming");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Saved: you are coming. See you there!").await;
    assert_eq!(rsvp_of(&bot, session.id, 1).await, Some(Rsvp::Coming));
    bot.fake.press(1, &first, "Can't come");
    bot.fake
        .wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Saved: you can't come. Thanks for letting us know.")
        .await;
    assert_eq!(rsvp_of(&bot, session.id, 1).await, Some(Rsvp::NotComing));

    bot.advance_to(start - Duration::hours(1));
    let second = bot.fake.next_message(1).await;
    assert!(second.text.starts_with("Reminder: Intercultural dialogue"));

    let bot = bot.restart().await;
    bot.advance_to(start + Duration::minutes(1));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 2, "one per offset, none after the start");
    // After the start, a press on an old reminder changes nothing.
    bot.fake.press(1, &first, "Coming");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This session has already started.").await;
    assert_eq!(rsvp_of(&bot, session.id, 1).await, Some(Rsvp::NotComing));
}

#[tokio::test]
async fn a_restart_between_offsets_loses_nothing_and_doubles_nothing() {
    let bot = spawn_bot().await;
    for id in 1..=3 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    let start = test_now() + Duration::hours(30);
    session_at(&bot, start).await;
    bot.advance_to(start - Duration::hours(24) + Duration::minutes(5));
    bot.deliver().await;
    let bot = bot.restart().await;
    bot.deliver().await;
    bot.advance_to(start - Duration::minutes(59));
    bot.deliver().await;
    let bot = bot.restart().await;
    bot.deliver().await;
    for id in 1..=3 {
        assert_eq!(reminders(&bot.fake.sent_to(id)).len(), 2, "participant {id}");
    }
}

#[tokio::test]
async fn after_downtime_only_the_latest_missed_reminder_goes_out_and_only_before_the_start() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    let soon = session_at(&bot, test_now() + Duration::hours(30)).await;
    let later = session_at(&bot, test_now() + Duration::hours(40)).await;
    // The bot was down from now until half an hour before the first session.
    bot.advance_to(soon.starts_at - Duration::minutes(30));
    bot.deliver().await;
    let sent = bot.fake.sent_to(1);
    assert_eq!(reminders(&sent).len(), 2, "{sent:#?}");
    // For the first session both offsets had passed: one reminder. The second is inside 24 h only: one too.
    let texts: Vec<&str> = sent.iter().map(|m| m.text.as_str()).collect();
    assert!(texts.iter().all(|t| t.contains("Intercultural dialogue")));
    // Down again past the second session's start: nothing more.
    bot.advance_to(later.starts_at + Duration::minutes(1));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 2);
}

#[tokio::test]
async fn a_session_created_late_gets_its_reminder_at_once_and_a_past_one_gets_none() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    session_at(&bot, test_now() + Duration::hours(3)).await;
    session_at(&bot, test_now() - Duration::hours(3)).await;
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 1);
    bot.advance_to(test_now() + Duration::hours(2) + Duration::minutes(1));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 2, "then the 1 h reminder");
}

#[tokio::test]
async fn muted_deleted_and_other_cohorts_get_no_reminders() {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(3, "SKOPJE-2026", "en", Country::Albania).await;
    bot.enrol(4, "TIRANA-2026", "en", Country::Albania).await;
    bot.fake.send_text(2, "/mute");
    assert!(bot.fake.next_message(2).await.text.starts_with("Announcements are off."));
    bot.fake.send_text(4, "/delete");
    let confirm = bot.fake.next_message(4).await;
    bot.fake.press(4, &confirm, "Yes, erase my data");
    bot.fake.next_message(4).await;
    session_at(&bot, test_now() + Duration::hours(2)).await;
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 1);
    for id in [2, 3, 4] {
        assert!(reminders(&bot.fake.sent_to(id)).is_empty(), "participant {id}");
    }
    // Unmuted, participant 2 gets the next reminder.
    bot.fake.send_text(2, "/unmute");
    assert_eq!(bot.fake.next_message(2).await.text, "Announcements and reminders are on again.");
    bot.advance_to(test_now() + Duration::hours(1) + Duration::minutes(1));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(2)).len(), 1);
}

#[tokio::test]
async fn editing_and_cancelling_a_session_moves_its_reminders_and_tells_its_cohort() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(3, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(4, "TIRANA-2026", "en", Country::Albania).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    active_citizens_bot::storage::participants::set_muted(&mut conn, 4, true, test_now()).await.unwrap();
    drop(conn);
    let start = test_now() + Duration::hours(20);
    let session = session_at(&bot, start).await;
    bot.deliver().await;
    let reminder = bot.fake.next_message(1).await;
    bot.fake.press(1, &reminder, "Coming");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"].is_string()).await;
    let declined = bot.fake.next_message(3).await;
    bot.fake.press(3, &declined, "Can't come");
    bot.fake
        .wait_for_call("AnswerCallbackQuery", |b| b["text"].as_str().is_some_and(|t| t.contains("you can't come")))
        .await;

    // Moved two days later: everyone in the cohort but who said "Can't come" is told, the muted one and the one
    // who never answered too; the 24 h reminder will come again for the new time.
    let moved = start + Duration::hours(48);
    let changes = SessionChanges { starts_at: Some(moved), ..SessionChanges::default() };
    scheduling::edit(bot.core.pool(), session.id, &changes, "test", bot.clock.now()).await.unwrap();
    bot.deliver().await;
    let notice = bot.fake.next_message(1).await;
    assert_eq!(
        notice.text,
        "Change to a session of your cohort: Intercultural dialogue\n🕒 now Monday 30 November, 07:00\n📍 Youth Centre, Rruga e Kavajës"
    );
    bot.fake.next_message(2).await; // participant 2's first reminder, never answered
    assert_eq!(bot.fake.next_message(2).await.text, notice.text, "who never answered is told too");
    assert_eq!(bot.fake.next_message(4).await.text, notice.text, "muted, and told: a move is not an announcement");
    assert_eq!(bot.fake.sent_to(3).len(), 1, "participant 3 said they cannot come: no notice");
    bot.advance_to(moved - Duration::hours(24));
    bot.deliver().await;
    assert!(bot.fake.next_message(1).await.text.starts_with("Reminder:"));

    scheduling::cancel(bot.core.pool(), session.id, "test", bot.clock.now()).await.unwrap();
    bot.deliver().await;
    assert_eq!(
        bot.fake.next_message(1).await.text,
        "The session Intercultural dialogue (Monday 30 November, 07:00) is cancelled. Sorry for the change!"
    );
    bot.advance_to(moved - Duration::minutes(30));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 2, "no reminder for a cancelled session");
    bot.fake.press(1, &reminder, "Coming");
    bot.fake
        .wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This session was cancelled or no longer exists.")
        .await;
}

#[tokio::test]
async fn sessions_lists_the_next_ones_and_changes_an_answer() {
    let bot = spawn_bot().await;
    bot.fake.send_text(1, "/sessions");
    assert!(bot.fake.next_message(1).await.text.contains("not registered"));
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.fake.send_text(1, "/sessions");
    assert!(bot.fake.next_message(1).await.text.starts_with("There are no upcoming sessions"));
    let first = session_at(&bot, test_now() + Duration::days(3)).await;
    session_at(&bot, test_now() + Duration::days(10)).await;

    bot.fake.send_text(1, "/sessions");
    let list = bot.fake.next_message(1).await;
    assert!(
        list.text.starts_with("Your next sessions:\n\n1. Intercultural dialogue\n🕒 Monday 30 November, 11:00"),
        "{}",
        list.text
    );
    assert!(list.text.contains("Your answer: not given yet"));
    assert_eq!(list.buttons(), ["1: Coming", "1: Can't come", "2: Coming", "2: Can't come"]);
    bot.fake.press(1, &list, "1: Coming");
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "Saved: you are coming. See you there!").await;
    assert_eq!(rsvp_of(&bot, first.id, 1).await, Some(Rsvp::Coming));
    bot.fake.send_text(1, "/sessions");
    let again = bot.fake.next_message(1).await;
    assert!(again.text.contains("Your answer: coming"), "{}", again.text);

    // Someone from another cohort forging the same button in their own chat changes nothing.
    bot.add_cohort("SKOPJE-2026").await;
    bot.enrol(9, "SKOPJE-2026", "en", Country::Albania).await;
    let data = list.data_of("1: Can't come");
    let foreign = Sent { chat_id: 9, message_id: 999_999, ..list.clone() };
    bot.fake.press_data(9, &foreign, &data);
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This session is for another cohort.").await;
    assert_eq!(rsvp_of(&bot, first.id, 9).await, None);
}

#[tokio::test]
async fn check_in_works_in_its_window_and_explains_otherwise() {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "SKOPJE-2026", "en", Country::Albania).await;
    let start = test_now() + Duration::hours(2);
    let session = session_at(&bot, start).await;
    let link = format!("/start checkin-{}", session.checkin_code);
    let say = |user: i64, text: String| {
        let fake = bot.fake.clone();
        async move {
            fake.send_text(user, &text);
            fake.next_message(user).await.text
        }
    };

    assert_eq!(
        say(1, link.clone()).await,
        "Check-in for Intercultural dialogue opens 30 minutes before the start (Friday 27 November, 13:00)."
    );
    bot.advance_to(start - Duration::minutes(10));
    assert_eq!(say(1, link.clone()).await, "Welcome! You are checked in for Intercultural dialogue.");
    assert_eq!(say(1, link.clone()).await, "You are already checked in for Intercultural dialogue.");
    assert!(say(2, link.clone()).await.starts_with("This check-in is for another cohort's session."));
    assert!(say(3, link.clone()).await.starts_with("Please register first"));
    assert!(say(1, "/start checkin-nosuchcode".into()).await.starts_with("This check-in code is not known."));
    bot.advance_to(start + Duration::hours(2) + Duration::minutes(1));
    bot.enrol(4, "TIRANA-2026", "en", Country::Albania).await;
    assert_eq!(say(4, link).await, "The session Intercultural dialogue has ended: check-in is closed.");

    let view = sessions::view(bot.core.pool(), session.clone(), 1).await.unwrap();
    assert!(view.checked_in);
    let records = sessions::rsvp_records(bot.core.pool()).await.unwrap();
    assert_eq!(records.len(), 1, "only participant 1 checked in");
}

/// The check-in code is scanned at the venue: a dialogue left open (here a recommendation half written, or a
/// language not yet picked) does not hold it up, and its question is asked again after.
#[tokio::test]
async fn a_check_in_link_works_in_the_middle_of_a_dialogue() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    let session = session_at(&bot, test_now() + Duration::minutes(10)).await;
    let link = format!("/start checkin-{}", session.checkin_code);
    let themes = say(&bot.fake, 1, "/recommend").await;
    press(&bot.fake, 1, &themes, "Employment").await;

    let answer = say(&bot.fake, 1, &link).await;
    assert_eq!(
        answer.text,
        "Welcome! You are checked in for Intercultural dialogue.\n\nAt which level should it be acted on?"
    );
    assert_eq!(answer.buttons(), ["Local", "National", "Regional", "EU"]);
    assert!(sessions::view(bot.core.pool(), session.clone(), 1).await.unwrap().checked_in);
    let next = press(&bot.fake, 1, &answer, "Local").await;
    assert!(next.text.starts_with("Write your recommendation"), "the recommendation goes on: {}", next.text);

    // Someone who has not registered yet hears so, and gets the language picker back.
    say(&bot.fake, 5, "/start").await;
    let refused = say(&bot.fake, 5, &link).await;
    assert!(refused.text.starts_with("Please register first"), "{}", refused.text);
    assert!(refused.buttons().contains(&"English".to_owned()), "{:?}", refused.buttons());
    // Other commands still wait for the open question.
    let busy = say(&bot.fake, 1, "/sessions").await;
    assert!(busy.text.starts_with("Let's finish this first"), "{}", busy.text);
}

#[tokio::test]
async fn telegram_429_pauses_sending_and_403_marks_the_participant_blocked() {
    let bot = spawn_bot().await;
    for id in 1..=6 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    bot.fake.block(4);
    bot.fake.throttle_next(1);
    session_at(&bot, test_now() + Duration::hours(5)).await;
    let started = std::time::Instant::now();
    bot.deliver().await;
    assert!(bot.fake.refused_429() >= 1);
    assert!(started.elapsed() >= std::time::Duration::from_secs(1), "sending waited for retry_after");
    for id in [1, 2, 3, 5, 6] {
        assert_eq!(reminders(&bot.fake.sent_to(id)).len(), 1, "participant {id}: once, despite the 429");
    }
    assert!(bot.fake.sent_to(4).is_empty());
    let blocked = participants::find(bot.core.pool(), 4).await.unwrap().unwrap();
    assert_eq!(blocked.status.code(), "blocked");
    let counts = outbox::counts(bot.core.pool()).await.unwrap();
    assert_eq!(counts, vec![("blocked".to_owned(), 1), ("sent".to_owned(), 5)]);

    // Unblocking and writing to the bot again makes the participant reachable again; /mydata shows the status
    // as it was stored when the message came, then as it is.
    bot.fake.unblock(4);
    bot.fake.send_text(4, "/mydata");
    let before = bot.fake.next_message(4).await;
    assert!(before.text.contains("Status: unreachable (Telegram told us you had blocked the bot"), "{}", before.text);
    let (name, _) = bot.fake.next_message(4).await.file.expect("the JSON document");
    assert_eq!(name, "my-data.json");
    let back = participants::find(bot.core.pool(), 4).await.unwrap().unwrap();
    assert_eq!(back.status.code(), "active");
    bot.fake.send_text(4, "/mydata");
    assert!(bot.fake.next_message(4).await.text.contains("Status: active\n"));
}

#[tokio::test]
async fn a_facilitator_schedules_a_session_and_a_participant_may_not() {
    let bot = spawn_bot().await;
    bot.core.set_bot_username(crate::support::fake_api::BOT_USERNAME);
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    let say = |user: i64, text: &'static str| {
        let fake = bot.fake.clone();
        async move {
            fake.send_text(user, text);
            fake.next_message(user).await
        }
    };
    let press = |user: i64, message: Sent, label: &'static str| {
        let fake = bot.fake.clone();
        async move {
            fake.press(user, &message, label);
            fake.next_message(user).await
        }
    };
    assert_eq!(say(1, "/newsession").await.text, "Sorry, that command is for facilitators and organisers.");

    let facilitator = 50;
    storage::roles::grant(
        bot.core.pool(),
        facilitator,
        active_citizens_bot::domain::Role::Facilitator,
        Some(&cohort("TIRANA-2026")),
        "test",
        test_now(),
    )
    .await
    .unwrap();
    // One cohort: not asked.
    let title = say(facilitator, "/newsession").await;
    assert_eq!(title.text, "What is the session's title?");
    let module = say(facilitator, "Planning our action").await;
    assert_eq!(module.buttons()[3], "Planning social action");
    let starts = press(facilitator, module, "Planning social action").await;
    assert!(starts.text.contains("(CET, UTC+1) like 2026-12-05 18:00"), "{}", starts.text);
    assert!(say(facilitator, "next friday").await.text.starts_with("That is not a date and time"));
    assert!(say(facilitator, "2026-11-01 18:00").await.text.starts_with("That time has already passed."));
    let duration = say(facilitator, "05.12.2026 18:00").await; // as people in the region write it
    assert_eq!(duration.buttons(), ["1h", "1h30m", "2h", "3h"]);
    assert!(say(facilitator, "forever").await.text.starts_with("Please write the length"));
    assert_eq!(say(facilitator, "1h45m").await.text, "Where does it take place?");
    let confirm = say(facilitator, "Youth Centre").await;
    assert!(confirm.text.contains("Cohort: TIRANA-2026\nTitle: Planning our action\nModule: Planning social action\nStarts: Saturday 5 December, 18:00\nLength: 1h45m\nPlace: Youth Centre"), "{}", confirm.text);

    // The role is checked again when it is used: revoked before confirming, nothing is created.
    sqlx::query("DELETE FROM roles WHERE telegram_id = ?").bind(facilitator).execute(bot.core.pool()).await.unwrap();
    let refused = press(facilitator, confirm.clone(), "Create the session").await;
    assert_eq!(refused.text, "Sorry, that command is for facilitators and organisers.");
    assert!(sessions::list(bot.core.pool(), None).await.unwrap().is_empty());

    storage::roles::grant(
        bot.core.pool(),
        facilitator,
        active_citizens_bot::domain::Role::Organiser,
        None,
        "test",
        test_now(),
    )
    .await
    .unwrap();
    // An organiser reaches every cohort: they pick one as a button, or type its code.
    let cohort_q = say(facilitator, "/newsession").await;
    assert_eq!(
        (cohort_q.text.as_str(), cohort_q.buttons()),
        ("New session. For which cohort?", vec!["TIRANA-2026".to_owned()])
    );
    assert_eq!(
        say(facilitator, "NOWHERE").await.text,
        "There is no cohort NOWHERE. Please check the code; new cohorts are added from the command line (cohorts add).\n\n\
         New session. For which cohort?"
    );
    say(facilitator, "tirana-2026").await;
    let module = say(facilitator, "Dialogue evening").await;
    // The zone by its letters and offset, not by a city's name.
    assert_eq!(
        press(facilitator, module, "None of these").await.text,
        "When does it start? Write the date and local time (CET, UTC+1) like 2026-12-05 18:00."
    );
    let duration = say(facilitator, "2026-12-06 17:00").await;
    let location = press(facilitator, duration, "2h").await;
    let confirm = press(facilitator, location, "Announce later").await;
    assert!(
        confirm.text.contains("Module: none") && confirm.text.contains("Place: place to be announced"),
        "{}",
        confirm.text
    );
    let created = press(facilitator, confirm, "Create the session").await;
    let all = sessions::list(bot.core.pool(), None).await.unwrap();
    assert_eq!(all.len(), 1);
    let session = &all[0];
    assert_eq!(session.title, "Dialogue evening");
    assert_eq!(session.local_start(session.timezone), "2026-12-06 17:00");
    assert_eq!(
        created.text,
        format!(
            "Session created: Dialogue evening (Sunday 6 December, 17:00).\nCheck-in link (show its QR code at the venue): https://t.me/ActiveCitizensTestBot?start=checkin-{}",
            session.checkin_code
        )
    );
    // Then the link as a QR code to show at the venue: scanned, it is the link.
    let qr = bot.fake.next_message(facilitator).await;
    let (name, png) = qr.file.clone().expect("a photo");
    assert_eq!(name, format!("checkin-{}.png", session.checkin_code));
    assert_eq!(scan_qr(&png), format!("https://t.me/ActiveCitizensTestBot?start=checkin-{}", session.checkin_code));
    // Participant 1 of the cohort gets its reminder when due.
    bot.advance_to(session.starts_at - Duration::hours(24));
    bot.deliver().await;
    assert_eq!(reminders(&bot.fake.sent_to(1)).len(), 1);
}

/// /checkin gives a facilitator the link and QR code of their sessions that are not over, again at any time.
#[tokio::test]
async fn checkin_gives_a_facilitator_the_qr_code_of_a_session_not_over() {
    let bot = spawn_bot().await;
    bot.core.set_bot_username(crate::support::fake_api::BOT_USERNAME);
    bot.add_cohort("SKOPJE-2026").await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    let now = bot.clock.now();
    let under_way = session_of(&bot, "TIRANA-2026", "Identity and culture", now - Duration::hours(1)).await;
    let next_week = session_of(&bot, "TIRANA-2026", "Social action", now + Duration::days(7)).await;
    session_of(&bot, "TIRANA-2026", "Over", now - Duration::hours(3)).await;
    session_of(&bot, "SKOPJE-2026", "Another cohort's", now + Duration::hours(5)).await;
    let cancelled = session_of(&bot, "TIRANA-2026", "Cancelled", now + Duration::days(2)).await;
    // A three-day conference that began two days ago is still under way (the command line allows long ones).
    let conference = session_of(&bot, "TIRANA-2026", "Youth conference", now - Duration::days(2)).await;
    let three_days = SessionChanges { duration: Some(Span::from_minutes(72 * 60)), ..SessionChanges::default() };
    sessions::update(&mut bot.core.pool().acquire().await.unwrap(), conference.id, &three_days, now).await.unwrap();
    sessions::cancel(&mut bot.core.pool().acquire().await.unwrap(), cancelled.id, now).await.unwrap();

    assert_eq!(say(&bot.fake, 1, "/checkin").await.text, "Sorry, that command is for facilitators and organisers.");
    let facilitator = 50;
    let role = active_citizens_bot::domain::Role::Facilitator;
    storage::roles::grant(bot.core.pool(), facilitator, role, Some(&cohort("TIRANA-2026")), "test", now).await.unwrap();
    let pick = say(&bot.fake, facilitator, "/checkin").await;
    assert_eq!(pick.text, "The check-in code of which session?");
    let label = session_button;
    assert_eq!(
        pick.buttons(),
        [label(&conference), label(&under_way), label(&next_week)],
        "not over, not cancelled, their cohort"
    );

    let shown = press(&bot.fake, facilitator, &pick, &label(&under_way)).await;
    let link = format!("https://t.me/ActiveCitizensTestBot?start=checkin-{}", under_way.checkin_code);
    assert_eq!(
        shown.text,
        format!(
            "Check-in for Identity and culture ({}): {link}\nShow the QR code at the venue: participants scan it to \
             check in, from 30 minutes before the start until the end.",
            session_button(&under_way).trim_end_matches(" · Identity and culture")
        )
    );
    let qr = bot.fake.next_message(facilitator).await;
    assert_eq!(scan_qr(&qr.file.clone().expect("a photo").1), link);
    // The list was answered: a second press on it is stale.
    bot.fake.press(facilitator, &pick, &label(&next_week));
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This button is no longer active.").await;
}
