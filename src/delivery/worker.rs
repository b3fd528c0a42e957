//! The delivery worker: plans reminders, takes due outbox rows, and sends them through the limiter, evenly
//! spaced at `BROADCAST_RATE`, several chats at once: a window of sends in flight sized so that the rate holds
//! at the 95th-percentile round trip the worker has seen ([`window`], at most [`MAX_IN_FLIGHT`]), never two to
//! one chat. Each row's outcome is recorded when its answer arrives, so a crash can repeat only the messages in
//! flight (Telegram has no idempotency key: that is the most "never sent twice" can mean across a kill -9), and
//! a message whose answer was lost is sent once more at most: a message arrives at most twice. A 429 stops all
//! sending for its `retry_after` and puts the row back; a 403 marks the participant blocked; a refusal (400) is
//! final; server errors are retried with a growing delay.

use std::collections::{HashSet, VecDeque};
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::{Mutex, watch};
use tokio::time::Instant;

use super::notices::{Prepared, prepare};
use super::{Deps, Limiter, SendError, Sender, reminders};
use crate::config::Settings;
use crate::domain::{QuietHours, Span, TelegramId};
use crate::storage::outbox::{self, OutboxRow, Outcome, Recipients};
use crate::storage::{StorageError, broadcasts, participants, surveys};

/// Rows taken from the outbox at a time, at least: about 8 seconds' worth at 25 a second. Faster rates take 8
/// seconds' worth, so that waiting for a batch's last answers stays a small part of each round.
const BATCH: i64 = 200;
/// Failed sends are tried this many times in all.
const MAX_ATTEMPTS: i64 = 5;
/// Bulk sends in flight at most at Telegram's free rates (up to 30 a second): what a crash may repeat. 32 holds
/// 25 a second up to a 1.2 s round trip, far beyond Telegram's usual 100-300 ms, and keeps what a crash may
/// repeat small. Paid broadcasts, up to 1,000 a second, may have more in flight: see [`window`].
pub const MAX_IN_FLIGHT: usize = 32;
/// The round trip a paid broadcast's window is allowed to cover at its rate: Telegram's slow end.
const PAID_COVER: Duration = Duration::from_millis(300);
/// The round trip assumed until the worker has measured some: Telegram's slow end.
pub const ASSUMED_ROUND_TRIP: Duration = Duration::from_millis(300);
/// Round trips remembered for the 95th percentile.
const ROUND_TRIPS_KEPT: usize = 100;

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    pub reminder_offsets: Vec<Span>,
    pub survey_delay: Span,
    pub quiet_hours: QuietHours,
    pub rate_per_second: u32,
    /// Bulk messages go as paid broadcasts (PAID_BROADCAST).
    pub paid_broadcast: bool,
    /// How often to look for due work when idle.
    pub poll: Duration,
}

impl From<&Settings> for WorkerOptions {
    /// As configured, looking for due work every second.
    fn from(s: &Settings) -> Self {
        Self {
            reminder_offsets: s.reminder_offsets.clone(),
            survey_delay: s.survey_delay,
            quiet_hours: s.quiet_hours,
            rate_per_second: s.broadcast_rate,
            paid_broadcast: s.paid_broadcast,
            poll: Duration::from_secs(1),
        }
    }
}

pub struct Worker<S: Sender> {
    deps: Deps,
    sender: S,
    limiter: Mutex<Limiter>,
    options: WorkerOptions,
    recipients: Recipients,
    /// The last sends' round trips, newest last.
    round_trips: std::sync::Mutex<VecDeque<Duration>>,
}

impl<S: Sender> Worker<S> {
    /// A worker. Rows a crash left `sending` go back to pending at its first tick (only the one that was in
    /// flight may then be sent twice).
    pub fn new(deps: Deps, sender: S, options: WorkerOptions) -> Self {
        let limiter = Mutex::new(Limiter::new(options.rate_per_second));
        Self { deps, sender, limiter, options, recipients: Recipients::Everyone, round_trips: Default::default() }
    }

    /// The same worker sending only `chat`'s messages (and recovering only theirs): the others' wait for a
    /// worker of their own. Reminders and invitations are still planned for everyone.
    pub fn only_to(self, chat: TelegramId) -> Self {
        Self { recipients: Recipients::Only(chat), ..self }
    }

    /// Runs until `stop` turns true: then takes no more rows, finishes the message in flight and puts the
    /// claimed rows it has not sent back. A round that fails, or panics, is logged and the worker carries on:
    /// one bad row or setting never stops reminders for everyone.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if *stop.borrow() {
                break;
            }
            self.deps.monitor.worker(true);
            let round = std::panic::AssertUnwindSafe(self.tick_until(&stop));
            let worked = match futures::FutureExt::catch_unwind(round).await {
                Ok(Ok(n)) => n,
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "delivery failed; trying again shortly");
                    0
                }
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or(panic.downcast_ref::<String>().cloned());
                    tracing::error!(
                        panic = what.as_deref().unwrap_or("unknown"),
                        "delivery round panicked; carrying on"
                    );
                    0
                }
            };
            if worked == 0 {
                tokio::select! {
                    _ = tokio::time::sleep(self.options.poll) => {}
                    _ = stop.changed() => {}
                }
            }
        }
        self.deps.monitor.worker(false);
        tracing::info!("delivery stopped");
    }

    /// Plans due reminders and sends one batch of due rows. Returns how many rows were handled.
    pub async fn tick(&self) -> Result<usize, StorageError> {
        let (_never, running) = watch::channel(false);
        self.tick_until(&running).await
    }

    /// [`Worker::tick`], stopping between two sends once `stop` turns true.
    async fn tick_until(&self, stop: &watch::Receiver<bool>) -> Result<usize, StorageError> {
        // Nothing is in flight between ticks: a row still `sending` was left by a crash or by a tick that
        // failed half-way.
        let stranded = outbox::recover(self.deps.pool(), self.recipients).await?;
        if stranded > 0 {
            tracing::warn!(stranded, "outbox rows interrupted by a stop or a failure will be sent again");
        }
        let now = self.deps.now();
        reminders::plan(self.deps.pool(), &self.options.reminder_offsets, now).await?;
        let quiet = self.options.quiet_hours;
        let answerable = chrono::Duration::days(crate::conversation::SURVEY_ANSWERABLE_DAYS);
        surveys::plan_invitations(self.deps.pool(), self.options.survey_delay, answerable, now, |t| quiet.release(t))
            .await?;
        surveys::plan_late_invitations(self.deps.pool(), answerable, now, |t| quiet.release(t)).await?;
        let batch = (i64::from(self.options.rate_per_second) * 8).max(BATCH);
        let rows = outbox::claim_due(self.deps.pool(), self.recipients, self.deps.now(), batch).await?;
        let (rows, later) = one_per_chat(rows);
        outbox::release(self.deps.pool(), &later).await?;
        let in_flight = window(self.options.rate_per_second, self.round_trip_p95());
        // The futures made first (none runs until polled), then run at most `in_flight` at once.
        let sends: Vec<_> = rows.iter().map(|row| self.send_row(row, stop)).collect();
        let sent: Vec<Result<bool, StorageError>> =
            futures::stream::iter(sends).buffer_unordered(in_flight).collect().await;
        let unsent = sent.iter().filter(|r| matches!(r, Ok(false))).count();
        if unsent > 0 {
            tracing::info!(unsent, "stopping: claimed messages put back unsent");
        }
        sent.into_iter().collect::<Result<Vec<_>, _>>()?;
        let reports = broadcasts::queue_reports(self.deps.pool(), self.deps.now()).await?;
        Ok(rows.len() - unsent + reports)
    }

    /// The 95th-percentile round trip of the last sends ([`ASSUMED_ROUND_TRIP`] before any).
    fn round_trip_p95(&self) -> Duration {
        let Ok(kept) = self.round_trips.lock() else { return ASSUMED_ROUND_TRIP };
        let mut sorted: Vec<Duration> = kept.iter().copied().collect();
        sorted.sort_unstable();
        sorted.get(sorted.len() * 95 / 100).copied().unwrap_or(ASSUMED_ROUND_TRIP)
    }

    fn measured(&self, round_trip: Duration) {
        if let Ok(mut kept) = self.round_trips.lock() {
            if kept.len() == ROUND_TRIPS_KEPT {
                kept.pop_front();
            }
            kept.push_back(round_trip);
        }
    }

    /// Renders and sends one claimed row within the limits, and records its outcome; `false` when a stop came
    /// first (before the row's turn in the send window), the row then put back unsent.
    async fn send_row(&self, row: &OutboxRow, stop: &watch::Receiver<bool>) -> Result<bool, StorageError> {
        if *stop.borrow() {
            outbox::release(self.deps.pool(), &[row.id]).await?;
            return Ok(false);
        }
        let message = match prepare(&self.deps, row).await {
            Ok(Prepared::Send(message)) => message,
            Ok(Prepared::Skip(reason)) => {
                self.deps.monitor.sent("skipped");
                let now = self.deps.now();
                return outbox::finish(self.deps.pool(), row.id, Outcome::Skipped, Some(reason), now)
                    .await
                    .map(|()| true);
            }
            Err(e) => return self.retry_later(row, &e.to_string()).await.map(|()| true),
        };
        let mut stop = stop.clone();
        let mut limiter = self.limiter.lock().await;
        let stopped = tokio::select! {
            () = limiter.acquire(row.chat_id, &self.deps.window) => false,
            _ = stop.wait_for(|stopping| *stopping) => true,
        };
        drop(limiter);
        if stopped {
            outbox::release(self.deps.pool(), &[row.id]).await?;
            return Ok(false);
        }
        let started = Instant::now();
        let result = self.sender.send(row.chat_id, &message).await;
        self.measured(started.elapsed());
        self.deps.monitor.worker(true);
        record(&self.deps, row, result).await.map(|()| true)
    }

    async fn retry_later(&self, row: &OutboxRow, error: &str) -> Result<(), StorageError> {
        retry_or_fail(&self.deps, row, error).await
    }
}

async fn record(deps: &Deps, row: &OutboxRow, result: Result<(), SendError>) -> Result<(), StorageError> {
    let now = deps.now();
    deps.monitor.sent(outcome_name(&result));
    match result {
        Ok(()) => outbox::finish(deps.pool(), row.id, Outcome::Sent, None, now).await,
        Err(SendError::RetryAfter(wait)) => {
            tracing::warn!(?wait, "Telegram asked to slow down: all sending paused");
            deps.monitor.too_many_requests();
            deps.window.throttled(wait);
            // Due again at once: the send window holds every message back until the pause is over.
            outbox::retry_at(deps.pool(), row.id, now, "429 too many requests").await
        }
        Err(SendError::Blocked) => {
            participants::mark_blocked(deps.pool(), row.chat_id, now).await?;
            outbox::finish(deps.pool(), row.id, Outcome::Blocked, Some("blocked the bot"), now).await
        }
        Err(SendError::Other(error)) => {
            tracing::warn!(row = row.id, %error, "send failed");
            retry_or_fail(deps, row, &error).await
        }
        // Sent again at most once: a second lost answer counts as delivered, so a message arrives at most twice.
        Err(SendError::MaybeSent(error)) if row.maybe_sent => {
            tracing::warn!(row = row.id, %error, "an answer was lost twice; counted as sent");
            outbox::finish(deps.pool(), row.id, Outcome::Sent, Some("maybe delivered twice"), now).await
        }
        Err(SendError::MaybeSent(error)) => {
            tracing::warn!(row = row.id, %error, "an answer was lost; the message will be sent once more");
            outbox::maybe_sent(deps.pool(), row.id, now + chrono::Duration::seconds(2), &error).await
        }
        Err(SendError::Refused(error)) => {
            tracing::error!(row = row.id, %error, "Telegram refused a message");
            outbox::finish(deps.pool(), row.id, Outcome::Failed, Some(&error), now).await
        }
    }
}

/// How a send ended, as the metrics count it.
fn outcome_name(result: &Result<(), SendError>) -> &'static str {
    match result {
        Ok(()) => "sent",
        Err(SendError::RetryAfter(_)) => "too_many_requests",
        Err(SendError::Blocked) => "blocked",
        Err(SendError::Other(_)) => "failed_attempt",
        Err(SendError::MaybeSent(_)) => "maybe_sent",
        Err(SendError::Refused(_)) => "refused",
    }
}

/// Sends in flight for `rate` a second at a `round_trip`: enough that the rate holds while each waits for its
/// answer, one spare, at most [`most_in_flight`].
pub fn window(rate: u32, round_trip: Duration) -> usize {
    let cap = most_in_flight(rate);
    let needed = (f64::from(rate) * round_trip.as_secs_f64()).ceil();
    // Bounded above by the cap (at most 301) before the conversion, so the cast cannot truncate.
    (needed.min(cap as f64) as usize + 1).clamp(1, cap)
}

/// The most sends in flight at `rate` a second, and so the most a crash may repeat: [`MAX_IN_FLIGHT`], or for a
/// paid broadcast's rate what holds it at a 300 ms round trip (150 at 500 a second, 300 at 1,000).
pub fn most_in_flight(rate: u32) -> usize {
    let cover = (f64::from(rate) * PAID_COVER.as_secs_f64()).ceil() as usize;
    MAX_IN_FLIGHT.max(cover)
}

/// The first row of each chat, in order, and the ids of the others (put back for a later round): never two
/// messages in flight to one chat, whose order then stays the outbox's.
fn one_per_chat(rows: Vec<OutboxRow>) -> (Vec<OutboxRow>, Vec<i64>) {
    let mut seen = HashSet::new();
    let (now, later): (Vec<OutboxRow>, Vec<OutboxRow>) = rows.into_iter().partition(|row| seen.insert(row.chat_id));
    (now, later.into_iter().map(|row| row.id).collect())
}

/// Tries again after 2, 4, 8… seconds, until the attempts run out.
async fn retry_or_fail(deps: &Deps, row: &OutboxRow, error: &str) -> Result<(), StorageError> {
    let now = deps.now();
    let failures = row.attempts + 1;
    if failures >= MAX_ATTEMPTS {
        return outbox::finish(deps.pool(), row.id, Outcome::Failed, Some(error), now).await;
    }
    let backoff = chrono::Duration::seconds(2_i64.pow(u32::try_from(failures).unwrap_or(1)));
    outbox::failed_attempt(deps.pool(), row.id, now + backoff, error).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_holds_the_rate_at_the_round_trip_within_its_cap() {
        assert_eq!(window(25, Duration::from_millis(1)), 2, "loopback: one in flight and one spare");
        assert_eq!(window(25, Duration::from_millis(200)), 6);
        assert_eq!(window(25, Duration::from_millis(300)), 9);
        assert_eq!(window(1, Duration::from_secs(60)), MAX_IN_FLIGHT, "a hung minute does not open the window wide");
        assert_eq!(window(1_000, Duration::from_millis(300)), 300, "a paid broadcast's rate at Telegram's slow end");
        assert_eq!(window(500, Duration::from_millis(200)), 101);
        assert_eq!(most_in_flight(30), MAX_IN_FLIGHT);
    }
}
