//! A fake Telegram Bot API server: answers `POST /bot<token>/<Method>` as Telegram would, hands out queued
//! updates to long polling, and records every call so that tests can assert on what the bot sent.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Json, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

mod limits;
mod server;

pub use limits::{CALLBACK_DATA_LIMIT, CAPTION_LIMIT, TEXT_LIMIT};
use limits::{bad_request, limit_broken, limit_broken_by_caption};

pub const TOKEN: &str = "123456:TEST-TOKEN-AAAAAAAAAAAAAAAAAAAAAAAA";
pub const BOT_ID: i64 = 4242;
pub const BOT_USERNAME: &str = "ActiveCitizensTestBot";
/// How long a test waits for the bot before failing (generous for slow CI machines).
const WAIT: Duration = Duration::from_secs(20);
/// A long poll is held at most this long (teloxide's client gives up after 17 s).
const LONG_POLL: Duration = Duration::from_millis(500);

/// A call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    /// When the call was carried out.
    pub at: tokio::time::Instant,
}

/// A message the bot sent, as the fake server stored it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub message_id: i64,
    pub chat_id: i64,
    pub text: String,
    pub reply_markup: Option<Value>,
    /// For photos and documents: the file name and its bytes.
    pub file: Option<(String, Vec<u8>)>,
}

impl Sent {
    /// The labels of the inline keyboard, row by row flattened.
    pub fn buttons(&self) -> Vec<String> {
        self.keyboard().into_iter().map(|(label, _)| label).collect()
    }

    pub fn keyboard(&self) -> Vec<(String, String)> {
        let rows =
            self.reply_markup.as_ref().and_then(|m| m["inline_keyboard"].as_array().cloned()).unwrap_or_default();
        rows.iter()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| {
                (
                    b["text"].as_str().unwrap_or_default().to_owned(),
                    b["callback_data"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    pub fn data_of(&self, label: &str) -> String {
        self.keyboard()
            .into_iter()
            .find(|(l, _)| l == label)
            .map(|(_, data)| data)
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.buttons()))
    }
}

/// A failure the fake server answers a call with, as networks and servers sometimes do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The connection breaks instead of an answer; the call is not carried out.
    Reset,
    /// The call is carried out, but answered only after this long (past the client's timeout, in tests).
    Slow(Duration),
    /// 502 Bad Gateway; the call is not carried out.
    ServerError,
    /// 200 with a body that is not JSON; the call is not carried out.
    Malformed,
    /// The call is carried out, and the end of its answer is lost: what arrives (for a sent message, its text
    /// among it) does not read as JSON.
    CutShort,
    /// The call is carried out and answered `ok`, with a result that does not read as what the method returns
    /// (as from a Bot API newer than the client).
    StrangeResult,
    /// 429 "Too Many Requests" with `retry_after` of this many seconds; the call is not carried out.
    TooMany(u32),
    /// No answer at all for a minute (past any client's patience); the call is not carried out.
    Hang,
}

#[derive(Default)]
struct Inner {
    /// When the first getUpdates arrived (the bot is ready to take updates).
    first_poll: Option<tokio::time::Instant>,
    /// The kinds of update the bot last asked getUpdates for (`allowed_updates`), as it sent them.
    allowed_updates: Option<Value>,
    /// Faults waiting for the next call of their method, in order.
    faults: Vec<(String, Fault)>,
    /// Faults answering every call of their method until a moment: a bad minute.
    fault_periods: Vec<(String, Fault, tokio::time::Instant)>,
    /// Calls refused with 400 for breaking one of Telegram's limits: the method and Telegram's description.
    bad_requests: Vec<(String, String)>,
    /// Every send is answered this much later (after it is carried out): a slower network.
    send_latency: Duration,
    /// Chats with a send in flight, and how often a send to a chat began while another to it was in flight.
    chats_in_flight: std::collections::HashSet<i64>,
    chat_overlaps: u32,
    /// When the first 429 of a `Fault::TooMany` was answered.
    first_too_many: Option<tokio::time::Instant>,
    /// Chats whose messages are refused with 403 "bot was blocked by the user".
    blocked: std::collections::HashSet<i64>,
    /// The next this many sends are refused with 429.
    throttle_next: u32,
    /// Sends allowed in any one second, all chats together (Telegram's limit is about 30).
    per_second_limit: Option<usize>,
    /// When each accepted send arrived, for the rate limit and for reports.
    accepted_at: Vec<tokio::time::Instant>,
    /// How many sends were refused with 429.
    refused_429: u32,
    /// Updates not yet confirmed by the bot (confirmed by the `offset` of the next getUpdates).
    updates: Vec<Value>,
    calls: Vec<Call>,
    /// Per chat, how many of its sent messages a test has already taken.
    taken: HashMap<i64, usize>,
    /// Every message sent, by id, for callback queries and edits.
    messages: HashMap<i64, Sent>,
    /// The language of each person's Telegram app (`language_code`), where a test set one other than "en".
    app_languages: HashMap<i64, String>,
    /// Ids of the messages sent to each chat, in order.
    sent_to: HashMap<i64, Vec<i64>>,
    /// Per chat, what a test waiting for its next message waits on (only that chat's messages wake it).
    chat_waiters: HashMap<i64, Arc<Notify>>,
}

impl Inner {
    /// Records a message sent to a chat, and wakes whoever waits for that chat's next message.
    fn deliver(&mut self, sent: Sent) {
        self.sent_to.entry(sent.chat_id).or_default().push(sent.message_id);
        if let Some(waiter) = self.chat_waiters.get(&sent.chat_id) {
            waiter.notify_waiters();
        }
        self.messages.insert(sent.message_id, sent);
    }
}

struct Shared {
    inner: Mutex<Inner>,
    new_update: Notify,
    new_call: Notify,
    next_update_id: AtomicI64,
    next_message_id: AtomicI64,
    /// Calls being answered now, and the most there were at once (getUpdates, which waits, not counted).
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

/// One call being answered, counted while it lives.
struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn new(shared: &'a Shared) -> Self {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.most_in_flight.fetch_max(now, Ordering::SeqCst);
        Self(shared)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A send to one chat while it is in flight: Telegram would see two messages to one chat at once.
struct ChatInFlight<'a>(&'a Shared, i64);

impl<'a> ChatInFlight<'a> {
    fn new(shared: &'a Shared, chat: i64) -> Self {
        let mut inner = shared.lock();
        if !inner.chats_in_flight.insert(chat) {
            inner.chat_overlaps += 1;
        }
        Self(shared, chat)
    }
}

impl Drop for ChatInFlight<'_> {
    fn drop(&mut self) {
        self.0.lock().chats_in_flight.remove(&self.1);
    }
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[derive(Clone)]
pub struct FakeTelegram {
    addr: std::net::SocketAddr,
    shared: Arc<Shared>,
}

impl FakeTelegram {
    pub async fn start() -> Self {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner::default()),
            new_update: Notify::new(),
            new_call: Notify::new(),
            next_update_id: AtomicI64::new(1),
            next_message_id: AtomicI64::new(1),
            in_flight: AtomicUsize::new(0),
            most_in_flight: AtomicUsize::new(0),
        });
        let app = Router::new().route("/{*path}", post(server::handle)).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("a local address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { addr, shared }
    }

    /// Refuses messages to `chat` as Telegram does when the person blocked the bot.
    pub fn block(&self, chat: i64) {
        self.shared.lock().blocked.insert(chat);
    }

    /// The person unblocked the bot.
    pub fn unblock(&self, chat: i64) {
        self.shared.lock().blocked.remove(&chat);
    }

    /// Answers the next call of `method` (e.g. "SendMessage", "GetUpdates") with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.shared.lock().faults.push((method.to_owned(), fault));
    }

    /// Answers every call of `method` with `fault` for the next `period`, as in a bad minute of Telegram's.
    pub fn fail_for(&self, method: &str, fault: Fault, period: Duration) {
        let until = tokio::time::Instant::now() + period;
        self.shared.lock().fault_periods.push((method.to_owned(), fault, until));
    }

    /// The calls refused with 400 because they broke one of Telegram's limits (method, description).
    pub fn bad_requests(&self) -> Vec<(String, String)> {
        self.shared.lock().bad_requests.clone()
    }

    /// Faults not yet used.
    pub fn faults_left(&self) -> usize {
        self.shared.lock().faults.len()
    }

    /// Answers every SendMessage this much later, after recording the message: a send is "in flight" for that
    /// long, as over a real network.
    pub fn delay_sends(&self, latency: Duration) {
        self.shared.lock().send_latency = latency;
    }

    /// Refuses the next `n` messages with 429 and `retry_after` 1 second.
    pub fn throttle_next(&self, n: u32) {
        self.shared.lock().throttle_next = n;
    }

    /// Refuses messages beyond `limit` in any one second with 429, as Telegram does.
    pub fn enforce_rate(&self, limit: usize) {
        self.shared.lock().per_second_limit = Some(limit);
    }

    /// The most calls the bot had waiting for an answer at once (getUpdates not counted).
    /// When the first 429 of a `Fault::TooMany` was answered.
    pub fn first_too_many(&self) -> Option<tokio::time::Instant> {
        self.shared.lock().first_too_many
    }

    /// How often a send to a chat began while another send to it was still in flight.
    pub fn chat_overlaps(&self) -> u32 {
        self.shared.lock().chat_overlaps
    }

    pub fn most_in_flight(&self) -> usize {
        self.shared.most_in_flight.load(Ordering::SeqCst)
    }

    pub fn refused_429(&self) -> u32 {
        self.shared.lock().refused_429
    }

    /// The most messages accepted in any one-second window.
    pub fn max_per_second(&self) -> usize {
        let times = self.shared.lock().accepted_at.clone();
        let mut best = 0;
        let mut start = 0;
        for end in 0..times.len() {
            while times[end] - times[start] >= Duration::from_secs(1) {
                start += 1;
            }
            best = best.max(end - start + 1);
        }
        best
    }

    /// The id of the newest update handed to the bot so far.
    pub fn last_update_id(&self) -> Option<i64> {
        Some(self.shared.next_update_id.load(Ordering::SeqCst) - 1).filter(|id| *id > 0)
    }

    /// When the first getUpdates arrived, if one did.
    pub fn first_poll(&self) -> Option<tokio::time::Instant> {
        self.shared.lock().first_poll
    }

    /// The kinds of update the bot last asked getUpdates for, if it ever named them.
    pub fn allowed_updates(&self) -> Option<Vec<String>> {
        let asked = self.shared.lock().allowed_updates.clone()?;
        Some(asked.as_array()?.iter().filter_map(|kind| kind.as_str().map(str::to_owned)).collect())
    }

    /// Messages accepted, and the time from the first to the last.
    pub fn accepted(&self) -> (usize, Duration) {
        let inner = self.shared.lock();
        let span = match (inner.accepted_at.first(), inner.accepted_at.last()) {
            (Some(first), Some(last)) => *last - *first,
            _ => Duration::ZERO,
        };
        (inner.accepted_at.len(), span)
    }

    /// How many messages were sent to the chats in `chats`.
    pub fn sent_to_range(&self, chats: std::ops::Range<i64>) -> usize {
        self.shared.lock().sent_to.iter().filter(|(chat, _)| chats.contains(chat)).map(|(_, ids)| ids.len()).sum()
    }

    /// Every message sent to a chat so far (without taking them).
    pub fn sent_to(&self, chat: i64) -> Vec<Sent> {
        let inner = self.shared.lock();
        inner.sent_to.get(&chat).into_iter().flatten().filter_map(|id| inner.messages.get(id).cloned()).collect()
    }

    /// A teloxide client of this server.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(self.url())
    }

    pub fn url(&self) -> url::Url {
        url::Url::parse(&format!("http://{}/", self.addr)).expect("a valid URL")
    }

    // ----- what people do ------------------------------------------------------------------------------------

    fn push_update(&self, mut update: Value) -> i64 {
        // Ids are taken under the lock that queues them, so the queue is always in id order: otherwise a
        // lower id queued after a higher one was confirmed would be dropped, which Telegram never does.
        let id = {
            let mut inner = self.shared.lock();
            let id = self.shared.next_update_id.fetch_add(1, Ordering::SeqCst);
            update["update_id"] = json!(id);
            inner.updates.push(update);
            id
        };
        self.shared.new_update.notify_waiters();
        id
    }

    fn message(&self, chat: Value, user: i64, extra: Value) -> Value {
        let mut message = json!({
            "message_id": self.shared.next_message_id.fetch_add(1, Ordering::SeqCst),
            "date": 1_795_000_000,
            "chat": chat,
            "from": self.user_json(user),
        });
        if let (Some(m), Some(e)) = (message.as_object_mut(), extra.as_object()) {
            m.extend(e.clone());
        }
        json!({ "message": message })
    }

    pub fn send_text(&self, user: i64, text: &str) {
        let update = self.message(private_chat(user), user, json!({ "text": text }));
        self.push_update(update);
    }

    /// Delivers the same text update twice (same update_id), as Telegram does after a bot crashed before
    /// confirming it.
    pub fn send_text_twice(&self, user: i64, text: &str) {
        let update = self.message(private_chat(user), user, json!({ "text": text }));
        let id = self.push_update(update);
        let copy = self.shared.lock().updates.iter().find(|u| u["update_id"] == id).cloned();
        if let Some(copy) = copy {
            self.shared.lock().updates.push(copy);
            self.shared.new_update.notify_waiters();
        }
    }

    pub fn send_sticker(&self, user: i64) {
        let sticker = json!({
            "file_id": "CAACAgIAAxkBAAE", "file_unique_id": "AgADAQAD", "file_size": 1024,
            "width": 512, "height": 512, "type": "regular", "is_animated": false, "is_video": false, "emoji": "👍"
        });
        let update = self.message(private_chat(user), user, json!({ "sticker": sticker }));
        self.push_update(update);
    }

    pub fn send_group_text(&self, group: i64, user: i64, text: &str) {
        let chat = json!({ "id": group, "type": "group", "title": "Active Citizens Tirana" });
        let update = self.message(chat, user, json!({ "text": text }));
        self.push_update(update);
    }

    /// From now on `user`'s messages and presses say their Telegram app is in `language` (else "en").
    pub fn set_app_language(&self, user: i64, language: &str) {
        self.shared.lock().app_languages.insert(user, language.to_owned());
    }

    /// The sender of `user`'s updates, as Telegram describes them.
    fn user_json(&self, user: i64) -> Value {
        let language = self.shared.lock().app_languages.get(&user).cloned().unwrap_or_else(|| "en".to_owned());
        json!({ "id": user, "is_bot": false, "first_name": format!("User{user}"), "language_code": language })
    }

    /// Presses the button labelled `label` on `message`, as `user`.
    pub fn press(&self, user: i64, message: &Sent, label: &str) {
        self.press_data(user, message, &message.data_of(label));
    }

    /// Presses a button with any data, as a forged or outdated client would.
    pub fn press_data(&self, user: i64, message: &Sent, data: &str) {
        let current = self.shared.lock().messages.get(&message.message_id).cloned().unwrap_or_else(|| message.clone());
        let update = json!({
            "callback_query": {
                "id": format!("cq{}", self.shared.next_message_id.fetch_add(1, Ordering::SeqCst)),
                "from": self.user_json(user),
                "chat_instance": "ci",
                "data": data,
                "message": message_json(&current),
            }
        });
        self.push_update(update);
    }

    // ----- what the bot did ----------------------------------------------------------------------------------

    /// Waits for the next message the bot sends to `chat`.
    pub async fn next_message(&self, chat: i64) -> Sent {
        let waiter = self.shared.lock().chat_waiters.entry(chat).or_default().clone();
        tokio::time::timeout(WAIT, async {
            loop {
                let notified = waiter.notified();
                if let Some(sent) = self.take_message(chat) {
                    return sent;
                }
                notified.await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("the bot sent nothing to chat {chat} within {WAIT:?}"))
    }

    fn take_message(&self, chat: i64) -> Option<Sent> {
        let mut inner = self.shared.lock();
        let taken = inner.taken.get(&chat).copied().unwrap_or(0);
        let message_id = *inner.sent_to.get(&chat)?.get(taken)?;
        inner.taken.insert(chat, taken + 1);
        inner.messages.get(&message_id).cloned()
    }

    /// Waits until the bot has made a call of `method` matching `pred`, and returns it.
    pub async fn wait_for_call(&self, method: &str, pred: impl Fn(&Value) -> bool) -> Call {
        tokio::time::timeout(WAIT, async {
            loop {
                let notified = self.shared.new_call.notified();
                let found = self.shared.lock().calls.iter().find(|c| c.method == method && pred(&c.body)).cloned();
                if let Some(call) = found {
                    return call;
                }
                notified.await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("no {method} call within {WAIT:?}"))
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.shared.lock().calls.iter().filter(|c| c.method == method).cloned().collect()
    }

    /// The current version of a message (after edits).
    pub fn message_now(&self, message_id: i64) -> Option<Sent> {
        self.shared.lock().messages.get(&message_id).cloned()
    }
}

fn private_chat(user: i64) -> Value {
    json!({ "id": user, "type": "private", "first_name": format!("User{user}") })
}

fn chat_of(body: &Value) -> Option<i64> {
    body["chat_id"].as_i64().or_else(|| body["chat_id"].as_str().and_then(|s| s.parse().ok()))
}

fn message_json(sent: &Sent) -> Value {
    let chat = if sent.chat_id > 0 {
        private_chat(sent.chat_id)
    } else {
        json!({ "id": sent.chat_id, "type": "group", "title": "G" })
    };
    let mut message = json!({
        "message_id": sent.message_id,
        "date": 1_795_000_000,
        "chat": chat,
        "from": { "id": BOT_ID, "is_bot": true, "first_name": "Active Citizens", "username": BOT_USERNAME },
        "text": sent.text,
    });
    if let Some(markup) = &sent.reply_markup {
        message["reply_markup"] = markup.clone();
    }
    message
}

fn ok(result: Value) -> Json<Value> {
    Json(json!({ "ok": true, "result": result }))
}

/// Refuses a send as Telegram would, if a test asked for it.
fn refusal(shared: &Shared, chat: i64) -> Option<(StatusCode, Json<Value>)> {
    let mut inner = shared.lock();
    if inner.blocked.contains(&chat) {
        let body = json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" });
        return Some((StatusCode::FORBIDDEN, Json(body)));
    }
    let now = tokio::time::Instant::now();
    let recent = inner.accepted_at.iter().rev().take_while(|t| now - **t < Duration::from_secs(1)).count();
    let over_rate = inner.per_second_limit.is_some_and(|limit| recent >= limit);
    if inner.throttle_next > 0 || over_rate {
        inner.throttle_next = inner.throttle_next.saturating_sub(1);
        inner.refused_429 += 1;
        let body = json!({
            "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
            "parameters": { "retry_after": 1 }
        });
        return Some((StatusCode::TOO_MANY_REQUESTS, Json(body)));
    }
    inner.accepted_at.push(now);
    None
}
