//! A rate limiter for bulk sending: at most `rate` messages a second overall, evenly spaced, at most one a
//! second per chat, and a full stop for everyone after a 429 until its `retry_after` has passed.

use std::collections::HashMap;
use std::time::Duration;

use tokio::time::Instant;

use crate::domain::TelegramId;

const PER_CHAT: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub struct Limiter {
    interval: Duration,
    next_slot: Instant,
    paused_until: Instant,
    last_per_chat: HashMap<TelegramId, Instant>,
}

impl Limiter {
    pub fn new(rate_per_second: u32) -> Self {
        let now = Instant::now();
        Self {
            interval: Duration::from_secs(1) / rate_per_second.max(1),
            next_slot: now,
            paused_until: now,
            last_per_chat: HashMap::new(),
        }
    }

    /// Waits until a message to `chat` may go out, and books that moment.
    pub async fn acquire(&mut self, chat: TelegramId) {
        let chat_free = self.last_per_chat.get(&chat).map_or(Instant::now(), |t| *t + PER_CHAT);
        let at = self.next_slot.max(self.paused_until).max(chat_free).max(Instant::now());
        tokio::time::sleep_until(at).await;
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
        for chat in 0..25 {
            limiter.acquire(chat).await;
        }
        // 25 messages at 25/s: the last goes out 24 intervals after the first.
        assert_eq!(Instant::now() - start, Duration::from_millis(40) * 24);
        limiter.acquire(0).await;
        assert!(Instant::now() - start >= Duration::from_secs(1), "chat 0 waits a second after its first message");
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_stops_everyone() {
        let mut limiter = Limiter::new(25);
        limiter.acquire(1).await;
        limiter.pause(Duration::from_secs(3));
        let start = Instant::now();
        limiter.acquire(2).await;
        assert!(Instant::now() - start >= Duration::from_secs(3));
    }
}
