//! A rate limiter for bulk sending: at most `rate` messages a second overall, evenly spaced, at most one a
//! second per chat, room left for the bot's replies to people (Telegram counts them against the same limit),
//! and a full stop for everyone after a 429 until its `retry_after` has passed.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::domain::TelegramId;

const PER_CHAT: Duration = Duration::from_secs(1);
/// Messages Telegram accepts from one bot in any second, all chats together.
pub const TELEGRAM_PER_SECOND: usize = 30;
const SECOND: Duration = Duration::from_secs(1);

/// The bot's replies to people, as bulk sending must see them: when they went out over the last second, and
/// whether Telegram refused one with a 429. Replies are never held back; bulk messages keep one slot free for
/// them below [`TELEGRAM_PER_SECOND`], and stop while Telegram asks a reply to wait.
#[derive(Debug, Default)]
pub struct Replies {
    sent: Mutex<VecDeque<Instant>>,
    paused_until: Mutex<Option<Instant>>,
}

impl Replies {
    /// Telegram refused a reply with 429: bulk messages wait as long as it asked.
    pub fn throttled(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut paused = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        *paused = Some(paused.map_or(until, |t| t.max(until)));
    }

    fn paused_until(&self) -> Option<Instant> {
        *self.paused_until.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A reply is going out now.
    pub fn note(&self) {
        let now = Instant::now();
        let mut sent = self.sent.lock().unwrap_or_else(|p| p.into_inner());
        forget_before(&mut sent, now);
        sent.push_back(now);
    }

    fn in_last_second(&self, now: Instant) -> usize {
        let mut sent = self.sent.lock().unwrap_or_else(|p| p.into_inner());
        forget_before(&mut sent, now);
        sent.len()
    }
}

/// Drops the moments more than a second before `now`.
fn forget_before(times: &mut VecDeque<Instant>, now: Instant) {
    while times.front().is_some_and(|t| now.saturating_duration_since(*t) >= SECOND) {
        times.pop_front();
    }
}

#[derive(Debug)]
pub struct Limiter {
    interval: Duration,
    next_slot: Instant,
    paused_until: Instant,
    last_per_chat: HashMap<TelegramId, Instant>,
    /// When bulk messages went out, over the last second.
    recent: VecDeque<Instant>,
}

impl Limiter {
    pub fn new(rate_per_second: u32) -> Self {
        let now = Instant::now();
        Self {
            interval: Duration::from_secs(1) / rate_per_second.max(1),
            next_slot: now,
            paused_until: now,
            last_per_chat: HashMap::new(),
            recent: VecDeque::new(),
        }
    }

    /// Waits until a message to `chat` may go out, with room beside the `replies` of the last second, and
    /// books that moment.
    pub async fn acquire(&mut self, chat: TelegramId, replies: &Replies) {
        let chat_free = self.last_per_chat.get(&chat).map_or(Instant::now(), |t| *t + PER_CHAT);
        let mut at = self.next_slot.max(self.paused_until).max(chat_free).max(Instant::now());
        loop {
            if let Some(paused) = replies.paused_until() {
                at = at.max(paused);
            }
            tokio::time::sleep_until(at).await;
            let now = Instant::now();
            forget_before(&mut self.recent, now);
            // One slot stays free for a reply that comes at the same moment.
            if self.recent.len() + replies.in_last_second(now) < TELEGRAM_PER_SECOND - 1 {
                at = now;
                break;
            }
            // Full: look again when the oldest bulk message leaves the window (or soon, if replies fill it).
            at = self.recent.front().map_or(now + Duration::from_millis(10), |t| *t + SECOND).min(now + SECOND);
        }
        self.recent.push_back(at);
        self.next_slot = at + self.interval;
        self.last_per_chat.insert(chat, at);
        if self.last_per_chat.len() > 10_000 {
            // Entries older than a second no longer limit anything.
            let cutoff = Instant::now() - PER_CHAT;
            self.last_per_chat.retain(|_, t| *t > cutoff);
        }
    }

    /// Stops everything for `wait` (Telegram answered 429).
    pub fn pause(&mut self, wait: Duration) {
        self.paused_until = self.paused_until.max(Instant::now() + wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn spaces_messages_evenly_and_one_a_second_per_chat() {
        let mut limiter = Limiter::new(25);
        let start = Instant::now();
        let replies = Replies::default();
        for chat in 0..25 {
            limiter.acquire(chat, &replies).await;
        }
        // 25 messages at 25/s: the last goes out 24 intervals after the first.
        assert_eq!(Instant::now() - start, Duration::from_millis(40) * 24);
        limiter.acquire(0, &replies).await;
        assert!(Instant::now() - start >= Duration::from_secs(1), "chat 0 waits a second after its first message");
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_stops_everyone() {
        let mut limiter = Limiter::new(25);
        let replies = Replies::default();
        limiter.acquire(1, &replies).await;
        limiter.pause(Duration::from_secs(3));
        let start = Instant::now();
        limiter.acquire(2, &replies).await;
        assert!(Instant::now() - start >= Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn bulk_makes_room_for_replies_within_telegrams_limit() {
        let mut limiter = Limiter::new(30);
        let replies = Replies::default();
        let start = Instant::now();
        let (mut sent, mut replied) = (Vec::new(), Vec::new());
        for chat in 0..60 {
            if chat % 3 == 0 {
                replies.note();
                replied.push((chat, Instant::now()));
            }
            limiter.acquire(chat, &replies).await;
            sent.push(Instant::now());
        }
        // With a reply for every three bulk messages, bulk alone at 30/s would break the limit.
        assert!(Instant::now() - start > Duration::from_secs(2), "bulk slowed down for the replies");
        // When each bulk message went out, the second before it (itself and the replies noted before it
        // included) left a slot free.
        for (i, t) in sent.iter().enumerate() {
            let bulk = sent[..=i].iter().filter(|s| *t - **s < SECOND).count();
            let replies = replied.iter().filter(|(j, r)| *j <= i as TelegramId && *t - *r < SECOND).count();
            assert!(bulk + replies < TELEGRAM_PER_SECOND, "{} before message {i}", bulk + replies);
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_on_a_reply_stops_bulk_for_as_long_as_telegram_asks() {
        let mut limiter = Limiter::new(25);
        let replies = Replies::default();
        limiter.acquire(1, &replies).await;
        replies.throttled(Duration::from_secs(2));
        let start = Instant::now();
        limiter.acquire(2, &replies).await;
        assert!(Instant::now() - start >= Duration::from_secs(2));
    }
}
