//! Telegram's limits. [`SendWindow`] counts every message the bot sent in the last second, bulk and replies
//! alike (Telegram accepts about 30 a second from a bot, all chats together), keeps the total within that, and
//! stops everything after a 429 until its `retry_after` has passed. [`Limiter`] paces bulk sending on top: at
//! most `rate` messages a second, evenly spaced, and one a second per chat.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::time::Instant;

use crate::domain::TelegramId;

const PER_CHAT: Duration = Duration::from_secs(1);
/// Messages Telegram accepts from one bot in any second, all chats together (the default `SEND_LIMIT`).
pub const TELEGRAM_PER_SECOND: usize = 30;
const SECOND: Duration = Duration::from_secs(1);

/// Every message the bot sent over the last second, and whether Telegram asked it to wait. Shared by the
/// replies to people and the bulk sending, which Telegram counts together: a message that would pass the limit
/// waits (a few milliseconds, usually) instead of being refused.
#[derive(Debug)]
pub struct SendWindow {
    /// What the bot lets itself send in any second: one below the limit, because a message's second starts
    /// here when it is sent but at Telegram when it arrives, and the two disagree by the network's jitter.
    own_limit: usize,
    sent: Mutex<VecDeque<Instant>>,
    paused_until: Mutex<Option<Instant>>,
    /// Replies waiting for a slot: bulk messages leave the next free slots to them.
    replies_waiting: AtomicUsize,
}

impl Default for SendWindow {
    fn default() -> Self {
        Self::new(TELEGRAM_PER_SECOND)
    }
}

impl SendWindow {
    /// A window for Telegram's `limit` messages a second.
    pub fn new(limit: usize) -> Self {
        Self {
            own_limit: limit.saturating_sub(1).max(1),
            sent: Mutex::default(),
            paused_until: Mutex::default(),
            replies_waiting: AtomicUsize::new(0),
        }
    }

    /// Waits until a reply fits within Telegram's limits (before any bulk message waiting too), and counts it.
    pub async fn reply(&self) {
        let mut at = Instant::now();
        if self.paused_until().is_none_or(|p| p <= at) && self.take(at, 0).is_ok() {
            return;
        }
        // Counted as waiting until it leaves this function, even if the reply is abandoned on the way.
        let _waiting = Waiting::start(&self.replies_waiting);
        loop {
            at = at.max(self.paused_until().unwrap_or(at));
            tokio::time::sleep_until(at).await;
            match self.take(Instant::now(), 0) {
                Ok(()) => return,
                Err(free) => at = free,
            }
        }
    }

    /// Counts a bulk message sent at `now` if it fits with a slot for each reply waiting.
    fn take_for_bulk(&self, now: Instant) -> Result<(), Instant> {
        let waiting = self.replies_waiting.load(Ordering::SeqCst);
        // A reply waiting takes the next free slot: look again just after it has.
        self.take(now, waiting).map_err(|free| free.max(now + Duration::from_millis(2)))
    }

    /// Telegram answered 429: nothing more goes out for `wait`.
    pub fn throttled(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut paused = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        *paused = Some(paused.map_or(until, |t| t.max(until)));
    }

    fn paused_until(&self) -> Option<Instant> {
        *self.paused_until.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a message sent at `now` if it fits with `reserved` slots kept free; otherwise says when the
    /// oldest message leaves the window.
    fn take(&self, now: Instant, reserved: usize) -> Result<(), Instant> {
        let mut sent = self.sent.lock().unwrap_or_else(|p| p.into_inner());
        while sent.front().is_some_and(|t| now.saturating_duration_since(*t) >= SECOND) {
            sent.pop_front();
        }
        if sent.len() + reserved < self.own_limit {
            sent.push_back(now);
            return Ok(());
        }
        Err(sent.front().map_or(now, |oldest| *oldest + SECOND))
    }
}

/// One reply waiting for a slot, for as long as this lives.
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn start(count: &'a AtomicUsize) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Self(count)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

#[derive(Debug)]
pub struct Limiter {
    interval: Duration,
    next_slot: Instant,
    /// Time lost waiting for the window (replies took the slots), made up by sending at twice the pace,
    /// within the window, until it is paid back; at most a second's worth is owed.
    owed: Duration,
    last_per_chat: HashMap<TelegramId, Instant>,
}

impl Limiter {
    pub fn new(rate_per_second: u32) -> Self {
        let now = Instant::now();
        Self {
            interval: Duration::from_secs(1) / rate_per_second.max(1),
            next_slot: now,
            owed: Duration::ZERO,
            last_per_chat: HashMap::new(),
        }
    }

    /// Waits until a bulk message to `chat` may go out, within its pace and within the `window` shared with
    /// the replies, and books that moment.
    pub async fn acquire(&mut self, chat: TelegramId, window: &SendWindow) {
        let chat_free = self.last_per_chat.get(&chat).map_or(Instant::now(), |t| *t + PER_CHAT);
        let due = self.next_slot.max(chat_free).max(Instant::now());
        let mut at = due;
        let mut paused = false;
        loop {
            if let Some(until) = window.paused_until().filter(|until| *until > at) {
                at = until;
                paused = true;
            }
            tokio::time::sleep_until(at).await;
            match window.take_for_bulk(Instant::now()) {
                Ok(()) => break,
                Err(free) => at = free,
            }
        }
        let at = Instant::now();
        // Time lost to a full window is owed (a 429's pause is not: Telegram asked for it).
        if !paused {
            self.owed = (self.owed + (at - due)).min(SECOND);
        }
        let catch_up = (self.interval / 2).min(self.owed);
        self.owed -= catch_up;
        self.next_slot = at + self.interval - catch_up;
        self.last_per_chat.insert(chat, at);
        if self.last_per_chat.len() > 10_000 {
            // Entries older than a second no longer limit anything.
            let cutoff = Instant::now() - PER_CHAT;
            self.last_per_chat.retain(|_, t| *t > cutoff);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fills the window with replies sent now.
    async fn fill(window: &SendWindow) {
        for _ in 0..TELEGRAM_PER_SECOND - 1 {
            window.reply().await;
        }
    }

    #[tokio::test(start_paused = true)]
    async fn spaces_messages_evenly_and_one_a_second_per_chat() {
        let mut limiter = Limiter::new(25);
        let start = Instant::now();
        let window = SendWindow::default();
        for chat in 0..25 {
            limiter.acquire(chat, &window).await;
        }
        // 25 messages at 25/s: the last goes out 24 intervals after the first.
        assert_eq!(Instant::now() - start, Duration::from_millis(40) * 24);
        limiter.acquire(0, &window).await;
        assert!(Instant::now() - start >= Duration::from_secs(1), "chat 0 waits a second after its first message");
    }

    #[tokio::test(start_paused = true)]
    async fn replies_and_bulk_together_stay_within_telegrams_limit() {
        let window = SendWindow::default();
        let mut limiter = Limiter::new(30);
        let start = Instant::now();
        let bulk = async {
            let mut times = Vec::new();
            for chat in 0..60 {
                limiter.acquire(chat, &window).await;
                times.push(Instant::now());
            }
            times
        };
        let replies = async {
            let mut times = Vec::new();
            for _ in 0..20 {
                window.reply().await;
                times.push(Instant::now());
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            times
        };
        let (bulk, replies) = tokio::join!(bulk, replies);
        // Bulk alone at 30 a second would be done within 2 s; with 10 replies a second it made room.
        assert!(bulk.last().is_some_and(|t| *t - start > Duration::from_secs(2)));
        let mut all = [bulk, replies].concat();
        all.sort();
        for (i, t) in all.iter().enumerate() {
            let in_window = all[..=i].iter().filter(|s| *t - **s < SECOND).count();
            assert!(in_window < TELEGRAM_PER_SECOND, "{in_window} messages in the second before {i}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn bulk_makes_up_the_time_replies_took_within_the_window() {
        let window = SendWindow::default();
        let mut limiter = Limiter::new(10);
        let start = Instant::now();
        fill(&window).await;
        let mut sent = Vec::new();
        for chat in 0..20 {
            limiter.acquire(chat, &window).await;
            sent.push(Instant::now());
        }
        // The first waits a second for the replies to leave the window; at an even 10 a second the rest would
        // take 1.9 s more, but the lost second is made up at twice the pace.
        assert_eq!(sent[0] - start, SECOND);
        assert_eq!(sent[19] - sent[0], Duration::from_millis(950));
    }

    #[tokio::test(start_paused = true)]
    async fn waiting_replies_go_before_waiting_bulk() {
        let window = SendWindow::default();
        let mut limiter = Limiter::new(30);
        let bulk = async {
            for chat in 0..120 {
                limiter.acquire(chat, &window).await;
            }
        };
        // Five people are answered at once while bulk keeps the window full.
        let replies = futures::future::join_all((0..5).map(|_| async {
            tokio::time::sleep(Duration::from_millis(2_010)).await;
            let asked = Instant::now();
            window.reply().await;
            Instant::now() - asked
        }));
        let ((), waited) = tokio::join!(bulk, replies);
        // They take the next five slots that free (one every 1/29 s), before any bulk message.
        let longest = waited.into_iter().max().unwrap_or_default();
        assert!(longest <= SECOND * 5 / 29 + Duration::from_millis(5), "a reply waited {longest:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn an_abandoned_reply_stops_holding_a_slot() {
        let window = SendWindow::default();
        fill(&window).await;
        let abandoned = tokio::time::timeout(Duration::from_millis(10), window.reply()).await;
        assert!(abandoned.is_err(), "the window was full");
        assert_eq!(window.replies_waiting.load(Ordering::SeqCst), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_reply_waits_for_a_free_slot_instead_of_being_refused() {
        let window = SendWindow::default();
        let start = Instant::now();
        fill(&window).await;
        assert_eq!(Instant::now(), start, "29 go out at once");
        window.reply().await;
        assert_eq!(Instant::now() - start, SECOND, "the 30th waits for the first to leave the window");
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_stops_bulk_and_replies_for_as_long_as_telegram_asks() {
        let mut limiter = Limiter::new(25);
        let window = SendWindow::default();
        limiter.acquire(1, &window).await;
        window.throttled(Duration::from_secs(2));
        let start = Instant::now();
        limiter.acquire(2, &window).await;
        assert!(Instant::now() - start >= Duration::from_secs(2));
        window.throttled(Duration::from_secs(1));
        let start = Instant::now();
        window.reply().await;
        assert!(Instant::now() - start >= Duration::from_secs(1));
    }
}
