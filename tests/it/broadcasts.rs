//! Roles, invitations and broadcasts through the real dispatcher, the delivery worker and the fake Bot API
//! server: refusals, audiences within reach, delivery within Telegram's limits with 403s and a 429, a restart
//! mid-broadcast, texts delivered exactly, reports, and invitation links used twice or too late.

use chrono::Duration;

use crate::support::fake_api::Fault;
use crate::support::{FakeTelegram, Sent, TestBot, press, say, spawn_bot, test_now};
use active_citizens_bot::domain::{CohortCode, Country, Role};
use active_citizens_bot::storage::{audit, participants, roles};

const ORGANISER: i64 = 900;
const FACILITATOR: i64 = 901;

/// Goes through /broadcast to the preview; returns the text message and the preview.
async fn prepare(fake: &FakeTelegram, author: i64, audience: &[&str], text: &str) -> (Sent, Sent) {
    let mut question = say(fake, author, "/broadcast").await;
    for label in audience {
        question = press(fake, author, &question, label).await;
    }
    assert!(question.text.starts_with("Write the announcement"), "{}", question.text);
    let shown = say(fake, author, text).await;
    let preview = fake.next_message(author).await;
    (shown, preview)
}

#[tokio::test]
async fn participants_may_not_broadcast_grant_or_see_progress() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    for command in ["/broadcast", "/broadcasts", "/newsession"] {
        let refused = say(&bot.fake, 1, command).await;
        assert_eq!(refused.text, "Sorry, that command is for facilitators and organisers.", "{command}");
    }
    assert_eq!(say(&bot.fake, 1, "/grant").await.text, "Sorry, that command is for organisers.");
    assert!(bot.core.conversation(1).await.unwrap().phase == active_citizens_bot::conversation::Phase::Idle);
    // A facilitator is no organiser, and is told so.
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    for command in ["/grant", "/moderate", "/summary", "/stats", "/export"] {
        assert_eq!(
            say(&bot.fake, FACILITATOR, command).await.text,
            "Sorry, that command is for organisers.",
            "{command}"
        );
    }
}

#[tokio::test]
async fn a_facilitators_audience_stays_within_their_cohorts() {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    for id in 1..=3 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    bot.enrol(4, "SKOPJE-2026", "en", Country::NorthMacedonia).await;
    bot.enrol(5, "SKOPJE-2026", "en", Country::Albania).await;
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;

    let audience = say(&bot.fake, FACILITATOR, "/broadcast").await;
    assert_eq!(audience.buttons(), ["Everyone", "A cohort", "A country", "A language", "A session's attendees"]);
    let cohorts = press(&bot.fake, FACILITATOR, &audience, "A cohort").await;
    assert_eq!(cohorts.buttons(), ["TIRANA-2026"], "only their cohort is offered");
    // A forged press for another cohort is refused.
    let forged = cohorts.data_of("TIRANA-2026").replace("TIRANA-2026", "SKOPJE-2026");
    bot.fake.press_data(FACILITATOR, &cohorts, &forged);
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This button is no longer active.").await;
    say(&bot.fake, FACILITATOR, "/cancel").await;

    let (_, everyone) = prepare(&bot.fake, FACILITATOR, &["Everyone"], "Hello").await;
    assert!(everyone.text.contains("would go to 3 people"), "{}", everyone.text);
    say(&bot.fake, FACILITATOR, "/cancel").await;
    let (_, albania) = prepare(&bot.fake, FACILITATOR, &["A country", "Albania"], "Hello").await;
    assert!(
        albania.text.contains("would go to 3 people"),
        "participant 5 lives in Albania but is not theirs: {}",
        albania.text
    );
    say(&bot.fake, FACILITATOR, "/cancel").await;

    bot.grant(ORGANISER, Role::Organiser, None).await;
    let (_, all) = prepare(&bot.fake, ORGANISER, &["A country", "Albania"], "Hello").await;
    assert!(all.text.contains("would go to 4 people"), "{}", all.text);
    say(&bot.fake, ORGANISER, "/cancel").await;
    // An organiser, who reaches every cohort, picks one of them all, or types its code; a code that names no
    // cohort is asked again.
    let audience = say(&bot.fake, ORGANISER, "/broadcast").await;
    let code = press(&bot.fake, ORGANISER, &audience, "A cohort").await;
    assert_eq!(code.text, "Which cohort?");
    assert_eq!(code.buttons(), ["SKOPJE-2026", "TIRANA-2026"], "every cohort, by code");
    let unknown = say(&bot.fake, ORGANISER, "NOWHERE-1").await;
    assert!(unknown.text.starts_with("There is no cohort NOWHERE-1."), "{}", unknown.text);
    assert_eq!(unknown.buttons(), ["SKOPJE-2026", "TIRANA-2026"], "asked again with the same buttons");
    assert!(say(&bot.fake, ORGANISER, "TIRANA-2026").await.text.starts_with("Write the announcement"));
    say(&bot.fake, ORGANISER, "/cancel").await;
    let audience = say(&bot.fake, ORGANISER, "/broadcast").await;
    let code = press(&bot.fake, ORGANISER, &audience, "A cohort").await;
    assert!(press(&bot.fake, ORGANISER, &code, "TIRANA-2026").await.text.starts_with("Write the announcement"));
}

#[tokio::test]
async fn a_broadcast_is_delivered_exactly_within_limits_and_reported() {
    let bot = spawn_bot().await;
    for id in 1..=300 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Serbia).await;
    }
    bot.grant(ORGANISER, Role::Organiser, None).await;
    bot.fake.enforce_rate(30);
    for blocked in [7, 8, 9] {
        bot.fake.block(blocked);
    }
    let text = "<b>Not bold</b> *not starred* _not underlined_ [no link](x) & 🎉 Ćao, Здраво!";
    let (shown, preview) = prepare(&bot.fake, ORGANISER, &["Everyone"], text).await;
    assert_eq!(shown.text, text, "the preview shows the text exactly");
    assert!(shown.reply_markup.is_none());
    assert!(preview.text.contains("would go to 300 people"));
    assert_eq!(preview.buttons(), ["Send", "Send me a test", "Cancel"]);
    let test = press(&bot.fake, ORGANISER, &preview, "Send me a test").await;
    assert_eq!(test.text, text);
    let again = bot.fake.next_message(ORGANISER).await;
    let queued = press(&bot.fake, ORGANISER, &again, "Send").await;
    assert!(queued.text.starts_with("Sending to 300 people"), "{}", queued.text);

    bot.fake.throttle_next(1);
    bot.deliver().await;
    for id in (1..=300).filter(|id| ![7, 8, 9].contains(id)) {
        let got = bot.fake.sent_to(id);
        assert_eq!(got.len(), 1, "participant {id}");
        assert_eq!(got[0].text, text);
        assert!(got[0].reply_markup.is_none());
    }
    assert!(bot.fake.max_per_second() <= 30, "busiest second: {}", bot.fake.max_per_second());
    assert!(bot.fake.refused_429() >= 1);
    let report = bot.fake.next_message(ORGANISER).await;
    assert_eq!(report.text, "Announcement #1 is done: 297 delivered, 3 blocked the bot, 0 skipped, 0 failed (of 300).");
    let progress = say(&bot.fake, ORGANISER, "/broadcasts").await;
    assert!(
        progress.text.contains("#1 (Friday 27 November, 11:00): 297 of 300 delivered, 0 waiting, 3 blocked"),
        "{}",
        progress.text
    );
    let blocked = participants::find(bot.core.pool(), 8).await.unwrap().unwrap();
    assert_eq!(blocked.status.code(), "blocked");
    let log = audit::latest(bot.core.pool(), 10).await.unwrap();
    assert!(
        log.iter().any(|e| e.action == "broadcast" && e.detail == "broadcast 1 to 300 recipients (everyone reachable)")
    );
    assert!(log.iter().all(|e| !e.detail.contains("not bold")), "the audit log keeps no message texts");
}

/// `people` participants (ids 1 to `people`), and an organiser who sends each of `texts` to everyone.
async fn announce_to_everyone(bot: &TestBot, people: i64, texts: &[&str]) {
    for id in 1..=people {
        bot.enrol(id, "TIRANA-2026", "en", Country::Kosovo).await;
    }
    bot.grant(ORGANISER, Role::Organiser, None).await;
    for text in texts {
        let (_, preview) = prepare(&bot.fake, ORGANISER, &["Everyone"], text).await;
        press(&bot.fake, ORGANISER, &preview, "Send").await;
    }
}

#[tokio::test]
async fn a_crash_mid_broadcast_loses_no_recipient_and_repeats_at_most_those_in_flight() {
    let mut bot = spawn_bot().await;
    announce_to_everyone(&bot, 60, &["Meeting moved to Friday"]).await;
    bot.run_worker();
    while bot.fake.accepted().0 < 20 {
        tokio::task::yield_now().await;
    }
    let bot = bot.crash_and_restart().await;
    bot.deliver().await;
    let mut duplicates = 0;
    for id in 1..=60 {
        let got = bot.fake.sent_to(id).len();
        assert!(got >= 1, "participant {id} got nothing");
        duplicates += got - 1;
    }
    // Before it has measured a round trip, the worker sizes its window for Telegram's slow end.
    let in_flight = active_citizens_bot::delivery::window(25, active_citizens_bot::delivery::ASSUMED_ROUND_TRIP);
    assert!(duplicates <= in_flight, "at most the messages in flight ({in_flight}) are repeated: {duplicates}");
    let report = bot.fake.next_message(ORGANISER).await;
    assert!(report.text.contains("60 delivered"), "{}", report.text);
}

#[tokio::test]
async fn at_a_real_round_trip_bulk_messages_go_out_several_chats_at_once_never_two_to_one_chat() {
    let mut bot = spawn_bot().await;
    announce_to_everyone(&bot, 40, &["Meeting moved to Friday", "Bring a friend"]).await;
    // Telegram's answer comes 200 ms after each send: one at a time, 25 a second would be 5 a second.
    bot.fake.delay_sends(std::time::Duration::from_millis(200));
    bot.run_worker();
    for id in 1..=40 {
        while bot.fake.sent_to(id).len() < 2 {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    assert!(bot.fake.most_in_flight() >= 4, "sends overlapped: {} at most", bot.fake.most_in_flight());
    assert!(bot.fake.most_in_flight() <= active_citizens_bot::delivery::MAX_IN_FLIGHT + 2, "within the window");
    assert_eq!(bot.fake.chat_overlaps(), 0, "never two messages in flight to one chat");
    let calls = bot.fake.calls("SendMessage");
    for id in 1..=40 {
        let texts: Vec<String> = bot.fake.sent_to(id).into_iter().map(|m| m.text).collect();
        assert_eq!(texts, ["Meeting moved to Friday", "Bring a friend"], "participant {id}: each once, in order");
        let at: Vec<_> = calls.iter().filter(|c| c.body["chat_id"] == id).map(|c| c.at).collect();
        // One a second per chat (a little less for the network's jitter between the bot and the fake server).
        assert!(at[1] - at[0] >= std::time::Duration::from_millis(950), "participant {id}: {:?}", at[1] - at[0]);
    }
}

#[tokio::test]
async fn cancel_sends_nothing() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.grant(ORGANISER, Role::Organiser, None).await;
    let (_, preview) = prepare(&bot.fake, ORGANISER, &["A language", "English"], "Hi").await;
    assert_eq!(press(&bot.fake, ORGANISER, &preview, "Cancel").await.text, "Cancelled: nothing was sent.");
    bot.deliver().await;
    assert!(bot.fake.sent_to(1).is_empty());
    let too_long = "x".repeat(4097);
    let question = say(&bot.fake, ORGANISER, "/broadcast").await;
    press(&bot.fake, ORGANISER, &question, "Everyone").await;
    let refused = say(&bot.fake, ORGANISER, &too_long).await;
    assert!(refused.text.starts_with("That is too long: Telegram allows 4096 characters."), "{}", refused.text);
}

/// `roles revoke` takes effect at once in the running bot, and the chat's menu goes back to the default one.
#[tokio::test]
async fn a_revoked_facilitator_loses_the_commands_and_then_the_menu() {
    let bot = spawn_bot().await;
    bot.enrol(FACILITATOR, "TIRANA-2026", "en", Country::Albania).await;
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    let help = say(&bot.fake, FACILITATOR, "/help").await;
    assert!(help.text.contains("For facilitators:"), "{}", help.text);
    bot.fake.wait_for_call("SetMyCommands", |b| b["scope"]["chat_id"] == FACILITATOR).await;
    let audience = say(&bot.fake, FACILITATOR, "/broadcast").await;

    let cohort = CohortCode::parse("TIRANA-2026").ok();
    assert!(roles::revoke(bot.core.pool(), FACILITATOR, Role::Facilitator, cohort.as_ref()).await.unwrap());
    let refused = press(&bot.fake, FACILITATOR, &audience, "Everyone").await;
    assert_eq!(refused.text, "Sorry, that command is for facilitators and organisers.");
    let help = say(&bot.fake, FACILITATOR, "/help").await;
    assert!(!help.text.contains("For facilitators:"), "{}", help.text);
    let reset = bot.fake.wait_for_call("DeleteMyCommands", |b| b["scope"]["chat_id"] == FACILITATOR).await;
    assert_eq!(reset.body["scope"]["type"], "chat");
    // Once: the next /help finds nothing to reset, and nobody else's /start or /help costs a call.
    say(&bot.fake, FACILITATOR, "/help").await;
    say(&bot.fake, FACILITATOR, "/start").await;
    bot.enrol(5, "TIRANA-2026", "en", Country::Albania).await;
    say(&bot.fake, 5, "/help").await;
    say(&bot.fake, 5, "/start").await;
    assert_eq!(bot.fake.calls("DeleteMyCommands").len(), 1);
}

#[tokio::test]
async fn an_invitation_works_once_and_not_after_it_expires() {
    let bot = spawn_bot().await;
    bot.core.set_bot_username(crate::support::fake_api::BOT_USERNAME);
    bot.grant(ORGANISER, Role::Organiser, None).await;
    let role = say(&bot.fake, ORGANISER, "/grant").await;
    assert_eq!(role.buttons(), ["Facilitator", "Organiser", "Translator"]);
    let which = press(&bot.fake, ORGANISER, &role, "Facilitator").await;
    assert_eq!(which.text, "Facilitator of which cohort? Choose it, type its code, or tap \"All cohorts\".");
    assert_eq!(which.buttons(), ["All cohorts", "TIRANA-2026"]);
    let unknown = say(&bot.fake, ORGANISER, "SKOPJE-1999").await;
    assert!(unknown.text.starts_with("There is no cohort SKOPJE-1999. Please check the code;"), "{}", unknown.text);
    assert!(unknown.text.ends_with("Facilitator of which cohort? Choose it, type its code, or tap \"All cohorts\"."));
    assert_eq!(unknown.buttons(), ["All cohorts", "TIRANA-2026"], "asked again with the same buttons");
    let invite = say(&bot.fake, ORGANISER, "tirana-2026").await;
    assert!(invite.text.starts_with("Invitation to be a facilitator of TIRANA-2026."), "{}", invite.text);
    let link = invite.text.split_whitespace().last().unwrap().to_owned();
    let payload = link.split("start=").nth(1).unwrap().to_owned();
    assert!(payload.starts_with("invite-"));

    let accepted = say(&bot.fake, 77, &format!("/start {payload}")).await;
    assert_eq!(
        accepted.text,
        "Welcome to the team! You are now a facilitator of TIRANA-2026. /help lists your commands."
    );
    let grants = roles::grants_of(bot.core.pool(), 77).await.unwrap();
    assert_eq!(grants.len(), 1);
    assert_eq!(
        (grants[0].role, grants[0].cohort.as_ref().map(|c| c.as_str())),
        (Role::Facilitator, Some("TIRANA-2026"))
    );
    // The menu follows the role.
    bot.fake
        .wait_for_call("SetMyCommands", |b| {
            b["scope"]["chat_id"] == 77 && b["commands"].to_string().contains("broadcast")
        })
        .await;
    let help = say(&bot.fake, 77, "/help").await;
    assert!(help.text.contains("/newsession") && !help.text.contains("/grant"), "{}", help.text);

    let second = say(&bot.fake, 78, &format!("/start {payload}")).await;
    assert_eq!(second.text, "This invitation has already been used.");
    assert!(roles::grants_of(bot.core.pool(), 78).await.unwrap().is_empty());

    let role = say(&bot.fake, ORGANISER, "/grant").await;
    let invite = press(&bot.fake, ORGANISER, &role, "Organiser").await;
    let payload = invite.text.split("start=").nth(1).unwrap().trim().to_owned();
    bot.clock.advance(Duration::days(8));
    assert_eq!(
        say(&bot.fake, 79, &format!("/start {payload}")).await.text,
        "This invitation has expired. Ask the organiser for a new one."
    );
    assert_eq!(say(&bot.fake, 79, "/start invite-nonsense").await.text, "This invitation link is not valid.");
    assert!(roles::grants_of(bot.core.pool(), 79).await.unwrap().is_empty());
    let log = audit::latest(bot.core.pool(), 10).await.unwrap();
    assert!(log.iter().any(|e| e.action == "role_granted" && e.actor == "telegram:77"), "{log:#?}");
    assert!(log.iter().filter(|e| e.action == "invite_created").count() == 2);
}

#[tokio::test]
async fn a_sessions_attendees_are_those_who_checked_in_or_said_they_were_coming() {
    let bot = spawn_bot().await;
    for id in 1..=4 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    let session = bot.session("Planning social action", test_now() + Duration::days(2), 120).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    use active_citizens_bot::domain::Rsvp;
    use active_citizens_bot::storage::sessions;
    sessions::set_rsvp(&mut conn, session.id, 1, Rsvp::Coming, test_now()).await.unwrap();
    sessions::set_rsvp(&mut conn, session.id, 2, Rsvp::NotComing, test_now()).await.unwrap();
    sessions::check_in(&mut conn, session.id, 3, test_now()).await.unwrap();
    drop(conn);

    let audience = say(&bot.fake, FACILITATOR, "/broadcast").await;
    let sessions_q = press(&bot.fake, FACILITATOR, &audience, "A session's attendees").await;
    assert_eq!(sessions_q.buttons(), ["Sunday 29 November, 11:00 · Planning social action"]);
    let text_q = press(&bot.fake, FACILITATOR, &sessions_q, "Sunday 29 November, 11:00 · Planning social action").await;
    assert!(text_q.text.starts_with("Write the announcement"));
    say(&bot.fake, FACILITATOR, "Bring your notebooks").await;
    let preview = bot.fake.next_message(FACILITATOR).await;
    assert!(
        preview.text.contains("would go to 2 people"),
        "participants 1 (coming) and 3 (checked in): {}",
        preview.text
    );
    press(&bot.fake, FACILITATOR, &preview, "Send").await;
    bot.deliver().await;
    for (id, expected) in [(1, 1), (2, 0), (3, 1), (4, 0)] {
        assert_eq!(bot.fake.sent_to(id).len(), expected, "participant {id}");
    }
}

#[tokio::test]
async fn a_429_with_sends_in_flight_loses_nothing_sends_nothing_during_the_freeze_and_repeats_nobody() {
    let mut bot = spawn_bot().await;
    announce_to_everyone(&bot, 60, &["Meeting moved to Friday"]).await;
    bot.fake.delay_sends(std::time::Duration::from_millis(200));
    bot.run_worker();
    while (1..=60).filter(|id| !bot.fake.sent_to(*id).is_empty()).count() < 15 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    // Several sends are in flight: every send for the next 300 ms is refused with "retry after 1 s".
    bot.fake.fail_for("SendMessage", Fault::TooMany(1), std::time::Duration::from_millis(300));
    for id in 1..=60 {
        while bot.fake.sent_to(id).is_empty() {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    let frozen_at = bot.fake.first_too_many().expect("a 429 was answered");
    let during = bot.fake.calls("SendMessage").into_iter().filter(|c| {
        c.at > frozen_at + std::time::Duration::from_millis(50)
            && c.at < frozen_at + std::time::Duration::from_millis(950)
    });
    assert_eq!(during.count(), 0, "nothing is sent while Telegram asked the bot to wait");
    for id in 1..=60 {
        assert_eq!(bot.fake.sent_to(id).len(), 1, "participant {id}: exactly once");
    }
}

#[tokio::test]
async fn an_announcement_with_a_version_reaches_each_reader_in_their_language() {
    let bot = spawn_bot().await;
    roles::grant(bot.core.pool(), ORGANISER, Role::Organiser, None, "test", test_now()).await.unwrap();
    for (id, language) in [(1, "en"), (2, "sq"), (3, "mk")] {
        bot.enrol(id, "TIRANA-2026", language, Country::Albania).await;
    }
    let (shown, preview) = prepare(&bot.fake, ORGANISER, &["Everyone"], "The workshop moves to Friday.").await;
    assert_eq!(shown.text, "The workshop moves to Friday.", "the text alone, as recipients will see it");
    assert!(
        preview.text.starts_with("Recipients by language: English 1 · Македонски 1 · Shqip 1. Those marked ✓"),
        "{}",
        preview.text
    );
    assert_eq!(preview.buttons(), ["Send", "🌐 Add a version in another language", "Send me a test", "Cancel"]);
    let which = press(&bot.fake, ORGANISER, &preview, "🌐 Add a version in another language").await;
    assert_eq!(which.buttons(), ["Македонски", "Shqip"], "the audience's languages but the author's own");
    let write = press(&bot.fake, ORGANISER, &which, "Shqip").await;
    assert!(write.text.starts_with("Write the version for Shqip"), "{}", write.text);
    bot.fake.send_sticker(ORGANISER);
    let sticker = bot.fake.next_message(ORGANISER).await;
    assert!(sticker.text.starts_with("I can only read text here."), "{}", sticker.text);
    assert!(sticker.text.contains("Write the version for Shqip"), "still asked: {}", sticker.text);
    let too_long = say(&bot.fake, ORGANISER, &"a".repeat(5000)).await;
    assert!(too_long.text.starts_with("That is too long"), "{}", too_long.text);
    say(&bot.fake, ORGANISER, "Punetoria kalon te premten.").await;
    let preview = bot.fake.next_message(ORGANISER).await;
    assert!(preview.text.contains("English 1 · Македонски 1 · Shqip 1 ✓."), "{}", preview.text);
    // The version written without its letters is written again: the language is offered with its ✓.
    let which = press(&bot.fake, ORGANISER, &preview, "🌐 Add a version in another language").await;
    assert_eq!(which.buttons(), ["Македонски", "Shqip ✓"]);
    press(&bot.fake, ORGANISER, &which, "Shqip ✓").await;
    say(&bot.fake, ORGANISER, "Punëtoria kalon të premten.").await;
    let preview = bot.fake.next_message(ORGANISER).await;
    // The test is the text and each version, as their readers will get them.
    let test = press(&bot.fake, ORGANISER, &preview, "Send me a test").await;
    assert_eq!(test.text, "The workshop moves to Friday.");
    assert_eq!(bot.fake.next_message(ORGANISER).await.text, "Punëtoria kalon të premten.");
    let preview = bot.fake.next_message(ORGANISER).await;
    assert!(preview.text.starts_with("Above is the announcement"), "asked again: {}", preview.text);
    assert_eq!(preview.buttons()[0], "Send");
    let queued = press(&bot.fake, ORGANISER, &preview, "Send").await;
    assert!(queued.text.starts_with("Sending to 3"), "{}", queued.text);

    bot.deliver().await;
    assert_eq!(bot.fake.next_message(2).await.text, "Punëtoria kalon të premten.", "their language's version");
    assert_eq!(bot.fake.next_message(1).await.text, "The workshop moves to Friday.");
    assert_eq!(bot.fake.next_message(3).await.text, "The workshop moves to Friday.", "no version: as written");
}
