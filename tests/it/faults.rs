//! Network faults from the fake server (issue #7): a connection broken mid-answer, an answer slower than the
//! client's timeout, a 502, a body that is not JSON, and an answer whose end is lost. Whether they hit long
//! polling, a reply or the outbox, the bot logs, backs off and carries on: people still get answers, and every
//! outbox row is delivered in the end. The logs never hold what people wrote or were sent, even when the
//! broken answer does. An answer Telegram marks `ok` is taken as done, whatever shape its result has.
//!
//! The bot's HTTP client here gives up after 2 s (teloxide's default is 17 s) to keep the tests short; teloxide
//! itself waits 10 s after any 5xx, and polling backs off 2 s after a failure, so each case takes seconds.

use std::time::Duration;

use crate::support::fake_api::Fault;
use active_citizens_bot::domain::{Audience, Country, Reach};
use active_citizens_bot::storage::{self, broadcasts, participants};

const CLIENT_TIMEOUT: Duration = Duration::from_secs(2);

/// Long polling meets `fault` once; a person writing meanwhile is still answered, exactly once.
/// A bot whose next `method` call meets `fault`, and the welcome that `chat`'s `/start` got all the same.
async fn welcome_through(method: &str, fault: Fault, chat: i64) -> (crate::support::TestBot, crate::support::Sent) {
    let bot = crate::support::spawn_bot_with_timeout(CLIENT_TIMEOUT).await;
    bot.fake.fail_next(method, fault);
    bot.fake.send_text(chat, "/start");
    let welcome = bot.fake.next_message(chat).await;
    assert!(welcome.text.starts_with("Welcome to Active Citizens!"), "{}", welcome.text);
    assert_eq!(bot.fake.faults_left(), 0, "the fault was used");
    (bot, welcome)
}

async fn polling_survives(fault: Fault) {
    let (_guard, logs) = crate::support::fixtures::capture_logs();
    let (bot, welcome) = welcome_through("GetUpdates", fault, 51).await;
    // The update was confirmed once: nothing else arrives for it.
    let english = crate::support::press(&bot.fake, 51, &welcome, "English").await;
    assert!(!english.text.starts_with("Welcome"), "{}", english.text);
    assert_eq!(bot.fake.sent_to(51).len(), 2, "{:?}", bot.fake.sent_to(51));
    let logs = logs.text();
    assert!(logs.contains("error while polling for updates"), "the fault is logged: {logs}");
    assert!(!logs.contains("/start"), "a person's message is not logged: {logs}");
}

#[tokio::test]
async fn polling_carries_on_after_a_broken_connection() {
    polling_survives(Fault::Reset).await;
}

#[tokio::test]
async fn polling_carries_on_after_an_answer_slower_than_the_timeout() {
    polling_survives(Fault::Slow(CLIENT_TIMEOUT + Duration::from_secs(1))).await;
}

#[tokio::test]
async fn polling_carries_on_after_a_server_error() {
    polling_survives(Fault::ServerError).await;
}

#[tokio::test]
async fn polling_carries_on_after_malformed_json() {
    polling_survives(Fault::Malformed).await;
}

#[tokio::test]
async fn polling_carries_on_after_an_answer_cut_short() {
    // The part of the batch that arrives holds the person's message: it must not reach the logs.
    polling_survives(Fault::CutShort).await;
}

/// A reply meets `fault`; it arrives all the same, at most `copies` times, and the conversation goes on.
async fn reply_arrives_after(fault: Fault, copies: usize) {
    let (_guard, logs) = crate::support::fixtures::capture_logs();
    let (bot, welcome) = welcome_through("SendMessage", fault, 52).await;
    let consent = crate::support::press(&bot.fake, 52, &welcome, "English").await;
    let sent = bot.fake.sent_to(52);
    // The welcome that was pressed now ends with the choice; a second copy would not.
    let welcomes = sent.iter().filter(|m| m.text.starts_with("Welcome to Active Citizens!")).count();
    assert!((1..=copies).contains(&welcomes), "{welcomes} welcomes: {sent:?}");
    assert_eq!(sent.last().map(|m| &m.text), Some(&consent.text), "the conversation went on");
    let logs = logs.text();
    assert!(logs.contains("a reply did not go through; trying again"), "the retry is logged: {logs}");
    assert!(!logs.contains("Welcome to Active Citizens"), "the reply's text is not logged: {logs}");
}

#[tokio::test]
async fn a_reply_is_sent_again_after_a_broken_connection() {
    reply_arrives_after(Fault::Reset, 1).await;
}

#[tokio::test]
async fn a_reply_is_sent_again_after_an_answer_that_does_not_read() {
    reply_arrives_after(Fault::Malformed, 1).await;
}

#[tokio::test]
async fn a_reply_is_sent_again_after_an_answer_cut_short() {
    // The call was carried out; the half of its answer that arrived holds the text, which stays out of the logs.
    reply_arrives_after(Fault::CutShort, 2).await;
}

#[tokio::test]
async fn a_reply_is_sent_again_after_an_answer_slower_than_the_timeout() {
    // The slow call was carried out: the person may see the welcome twice, never not at all.
    reply_arrives_after(Fault::Slow(CLIENT_TIMEOUT + Duration::from_secs(1)), 2).await;
}

#[tokio::test]
async fn a_reply_telegram_answered_ok_is_not_sent_again_whatever_the_message_it_sends_back() {
    // The bot reads of a send's answer only whether it is an error (telegram::Unread): the message that comes
    // back, in whatever shape a newer Bot API gives it, is not the bot's concern, and the reply was delivered.
    let (bot, welcome) = welcome_through("SendMessage", Fault::StrangeResult, 54).await;
    // A chat's turns come one after the other: a welcome sent again would come before the answer to the press.
    let consent = crate::support::press(&bot.fake, 54, &welcome, "English").await;
    assert!(!consent.text.starts_with("Welcome to Active Citizens!"), "the welcome came again: {}", consent.text);
    let texts: Vec<String> = bot.fake.sent_to(54).into_iter().map(|m| m.text).collect();
    assert_eq!(texts.len(), 2, "the welcome once, then the next question: {texts:?}");
}

#[tokio::test]
async fn a_reply_answered_with_a_server_error_is_sent_again_once_it_is_read_as_one() {
    // teloxide reads a 5xx answer only after a 10 s pause: with the tests' 2 s timeout that would be a timeout
    // (sent again, as above). With the bot's own call limit, the answer is read: a server error, not delivered,
    // so the reply goes again and arrives once.
    let bot = crate::support::spawn_bot_with_timeout(Duration::from_secs(15)).await;
    bot.fake.fail_next("SendMessage", Fault::ServerError);
    bot.fake.send_text(53, "/start");
    let welcome = bot.fake.next_message(53).await;
    assert_eq!(bot.fake.faults_left(), 0, "the fault was used");
    assert!(welcome.text.starts_with("Welcome to Active Citizens!"), "{}", welcome.text);
    assert_eq!(bot.fake.sent_to(53).len(), 1, "one copy: {:?}", bot.fake.sent_to(53));
}

/// Whether, with `RUST_LOG=spec`, the line teloxide's dispatcher logs for an update it cannot parse (quoting
/// it whole) is kept; another error always is.
fn unparsable_update_logged(spec: &str) -> bool {
    let (guard, logs) = crate::support::fixtures::capture_logs_at(spec);
    tracing::error!(target: "teloxide::dispatching::dispatcher", "Cannot parse an update: {{\"text\": \"hi\"}}");
    tracing::error!(target: "active_citizens_bot", "our own error");
    drop(guard);
    let logs = logs.text();
    assert!(logs.contains("our own error"), "other errors are logged: {logs}");
    logs.contains("Cannot parse an update")
}

#[test]
fn an_unparsable_update_is_not_quoted_in_the_logs_below_debug_level() {
    assert!(!unparsable_update_logged("info"));
    assert!(!unparsable_update_logged("warn,active_citizens_bot=info"));
    assert!(unparsable_update_logged("debug"));
    assert!(unparsable_update_logged("info,teloxide=debug"));
}

#[test]
fn a_log_filter_that_does_not_parse_names_rust_log() {
    let error = active_citizens_bot::telemetry::env_filter("info,=[").expect_err("not a filter");
    assert_eq!(error.variable, "RUST_LOG");
}

#[tokio::test]
async fn the_outbox_delivers_everything_through_every_kind_of_fault() {
    let (_guard, logs) = crate::support::fixtures::capture_logs();
    let mut bot = crate::support::spawn_bot_with_timeout(CLIENT_TIMEOUT).await;
    let pool = bot.core.pool().clone();
    let recipients: Vec<i64> = (0..6).map(|i| 700 + i).collect();
    let mut tx = storage::begin_write(&pool).await.unwrap();
    for id in &recipients {
        let profile = crate::support::fixtures::profile(*id, "TIRANA-2026", "en", Country::Kosovo);
        participants::save(&mut tx, &profile, None, crate::support::test_now()).await.unwrap();
    }
    let text = "Workshop materials are online.";
    let (broadcast, _) =
        broadcasts::create(&mut tx, 9, &Audience::Everyone, &Reach::Everything, text, crate::support::test_now())
            .await
            .unwrap();
    tx.commit().await.unwrap();

    let faults = [
        Fault::Reset,
        Fault::Slow(CLIENT_TIMEOUT + Duration::from_secs(1)),
        Fault::ServerError,
        Fault::Malformed,
        Fault::CutShort,
    ];
    for fault in faults {
        bot.fake.fail_next("SendMessage", fault);
    }
    bot.run_worker();
    // A failed row waits 2 s before its next try; teloxide adds 10 s after the 502.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let progress = loop {
        let progress = broadcasts::progress(&pool, broadcast).await.unwrap();
        if progress.waiting == 0 {
            break progress;
        }
        assert!(tokio::time::Instant::now() < deadline, "not delivered within a minute: {progress:?}");
        // The bot's clock is the test's: let it run as fast as the real one so that retries come due.
        tokio::time::sleep(Duration::from_millis(100)).await;
        bot.clock.advance(chrono::Duration::milliseconds(100));
    };
    assert_eq!(bot.fake.faults_left(), 0, "every fault was met");
    assert_eq!((progress.delivered, progress.failed), (6, 0), "{progress:?}");
    let mut copies = 0;
    for id in &recipients {
        let received = bot.fake.sent_to(*id).iter().filter(|m| m.text.contains(text)).count();
        assert!(received >= 1, "{id} never got the announcement");
        copies += received;
    }
    // Only the slow answer and the one cut short were carried out before the bot gave up on them, so only
    // they can arrive twice.
    assert!(copies <= recipients.len() + 2, "{copies} copies for {} people", recipients.len());
    let failures: i64 = sqlx::query_scalar("SELECT SUM(attempts) FROM outbox WHERE broadcast_id = ?")
        .bind(broadcast)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(failures, 5, "each fault counts as one failed attempt of the row it hit");
    let logs = logs.text();
    assert!(logs.contains("not valid JSON"), "the failures are logged: {logs}");
    assert!(!logs.contains(text), "the announcement's text is not logged: {logs}");
}
