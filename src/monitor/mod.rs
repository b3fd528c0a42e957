//! What an operator watches: the bot's metrics in the Prometheus text format, and its health — the database
//! answers, the update loop polls Telegram, the delivery worker moves, the last backup worked. Served on
//! HTTP_ADDR by [`http`]; recorded by the parts that know (the handlers, the worker, the backups).

pub mod http;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Polls that fail in a row before the update loop counts as down (teloxide waits 1, 2, 4… s between them).
const FAILED_POLLS: u32 = 3;
/// How long the delivery worker may go without a sign of life: longer than any round (a round's sends are
/// each given up after 12 s, and a 429 pauses sending for its retry_after, usually under a minute).
const WORKER_SILENCE: Duration = Duration::from_secs(300);

type Labels = Vec<(String, String)>;

/// The metrics, and the state `/healthz` reads. One per running bot, shared.
#[derive(Debug)]
pub struct Monitor {
    registry: Registry,
    updates: Counter,
    turn_seconds: Histogram,
    sends: Family<Labels, Counter>,
    too_many_requests: Counter,
    outbox_depth: Family<Labels, Gauge>,
    last_update: Gauge,
    poll_errors: Counter,
    last_backup: Gauge,
    backup_failures: Counter,
    state: Mutex<State>,
}

/// What health is judged on.
#[derive(Debug, Default)]
struct State {
    /// Whether the update loop runs (set by `serve`).
    polling: bool,
    /// Polls failed in a row, when the last one failed, and why.
    failed_polls: u32,
    last_poll_failed: Option<Instant>,
    last_poll_error: String,
    /// Whether the delivery worker runs, and its last sign of life.
    worker: Option<Instant>,
    /// What went wrong with the last backup, if it did.
    backup_problem: Option<String>,
}

impl Default for Monitor {
    fn default() -> Self {
        Self::new()
    }
}

impl Monitor {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("active_citizens");
        let monitor = Self {
            updates: Counter::default(),
            turn_seconds: Histogram::new(exponential_buckets(0.001, 2.0, 14)),
            sends: Family::default(),
            too_many_requests: Counter::default(),
            outbox_depth: Family::default(),
            last_update: Gauge::default(),
            poll_errors: Counter::default(),
            last_backup: Gauge::default(),
            backup_failures: Counter::default(),
            state: Mutex::default(),
            registry: Registry::default(),
        };
        let m = &monitor;
        registry.register("updates", "Telegram updates handled", m.updates.clone());
        registry.register("turn_seconds", "Time to handle a person's message or press", m.turn_seconds.clone());
        registry.register("sends", "Bulk messages (reminders, announcements…) by outcome", m.sends.clone());
        registry.register("too_many_requests", "429 answers from Telegram", m.too_many_requests.clone());
        registry.register("outbox_depth", "Messages waiting to be sent, by kind", m.outbox_depth.clone());
        registry.register("last_update_timestamp_seconds", "When the last update arrived", m.last_update.clone());
        registry.register("poll_errors", "Polls for updates that failed", m.poll_errors.clone());
        registry.register("last_backup_timestamp_seconds", "When the last backup was written", m.last_backup.clone());
        registry.register("backup_failures", "Backups that failed", m.backup_failures.clone());
        Self { registry, ..monitor }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// An update was handled, taking `took`.
    pub fn turn(&self, took: Duration, at: chrono::DateTime<chrono::Utc>) {
        self.updates.inc();
        self.turn_seconds.observe(took.as_secs_f64());
        self.last_update.set(at.timestamp());
    }

    /// A bulk send ended so (`sent`, `failed`, `blocked`, `skipped`, `retry`…).
    pub fn sent(&self, outcome: &str) {
        self.sends.get_or_create(&vec![("outcome".to_owned(), outcome.to_owned())]).inc();
    }

    pub fn too_many_requests(&self) {
        self.too_many_requests.inc();
    }

    pub fn polling(&self, running: bool) {
        self.state().polling = running;
    }

    /// A poll failed, after `before` failed ones in a row (teloxide counts from 0 after a success).
    pub fn poll_failed(&self, before: u32) {
        self.poll_errors.inc();
        let mut state = self.state();
        state.failed_polls = before.saturating_add(1);
        state.last_poll_failed = Some(Instant::now());
    }

    /// Why the last poll failed.
    pub fn poll_error(&self, why: String) {
        self.state().last_poll_error = why;
    }

    /// The worker is alive (`true`) or has stopped (`false`).
    pub fn worker(&self, alive: bool) {
        self.state().worker = alive.then(Instant::now);
    }

    pub fn backup_written(&self, at: chrono::DateTime<chrono::Utc>) {
        self.last_backup.set(at.timestamp());
        self.state().backup_problem = None;
    }

    pub fn backup_failed(&self, why: String) {
        self.backup_failures.inc();
        self.state().backup_problem = Some(why);
    }

    /// The metrics in the OpenMetrics text format, with the outbox's depth as just counted.
    pub fn metrics(&self, outbox: &[(String, i64)]) -> String {
        self.outbox_depth.clear();
        for (kind, waiting) in outbox {
            self.outbox_depth.get_or_create(&vec![("kind".to_owned(), kind.clone())]).set(*waiting);
        }
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }

    /// What is wrong now, besides the database (which [`http`] asks itself); empty when all is well.
    pub fn problems(&self) -> Vec<String> {
        let state = self.state();
        let mut problems = Vec::new();
        if !state.polling {
            problems.push("the update loop is not running".to_owned());
        }
        if let Some(at) = state.last_poll_failed
            && state.failed_polls >= FAILED_POLLS
            && at.elapsed() < recovery_window(state.failed_polls)
        {
            let why = &state.last_poll_error;
            problems.push(format!("the last {} polls for updates failed: {why}", state.failed_polls));
        }
        match state.worker {
            None => problems.push("the delivery worker is not running".to_owned()),
            Some(seen) if seen.elapsed() > WORKER_SILENCE => problems
                .push(format!("the delivery worker has shown no sign of life for {} s", seen.elapsed().as_secs())),
            Some(_) => {}
        }
        if let Some(why) = &state.backup_problem {
            problems.push(format!("the last backup failed: {why}"));
        }
        problems
    }
}

/// How long after the last failed poll the loop still counts as failing: teloxide's wait before the next try
/// (2^n s, at most 64 s), that poll's own 10 s, and a margin. A poll that succeeds reports nothing, so a loop
/// that recovered is known by its silence.
fn recovery_window(failed_polls: u32) -> Duration {
    Duration::from_secs((1_u64 << failed_polls.min(6)) + 10 + 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_names_each_problem() {
        let monitor = Monitor::new();
        assert_eq!(monitor.problems(), ["the update loop is not running", "the delivery worker is not running"]);
        monitor.polling(true);
        monitor.worker(true);
        assert!(monitor.problems().is_empty());
        monitor.poll_failed(0);
        monitor.poll_failed(1);
        monitor.poll_error("network down".into());
        assert!(monitor.problems().is_empty(), "two failed polls are a bad minute, not an outage");
        monitor.poll_failed(2);
        assert_eq!(monitor.problems(), ["the last 3 polls for updates failed: network down"]);
        monitor.backup_failed("disk full".into());
        assert_eq!(monitor.problems().len(), 2);
        monitor.backup_written(chrono::Utc::now());
        monitor.worker(false);
        assert_eq!(monitor.problems()[1], "the delivery worker is not running");
    }

    #[test]
    fn metrics_are_in_the_prometheus_text_format() {
        let monitor = Monitor::new();
        monitor.turn(Duration::from_millis(3), chrono::Utc::now());
        monitor.sent("sent");
        monitor.sent("sent");
        monitor.too_many_requests();
        let text = monitor.metrics(&[("reminder".into(), 4)]);
        for line in [
            "active_citizens_updates_total 1",
            "active_citizens_sends_total{outcome=\"sent\"} 2",
            "active_citizens_too_many_requests_total 1",
            "active_citizens_outbox_depth{kind=\"reminder\"} 4",
            "active_citizens_turn_seconds_bucket{le=\"0.004\"} 1",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} in:\n{text}");
        }
        assert!(text.ends_with("# EOF\n"), "{text}");
    }
}
