//! Load harness: the real bot (dispatcher, engine, SQLite) against the in-process fake Telegram Bot API
//! server on 127.0.0.1, driven by simulated participants who each complete a registration, answering only
//! after the bot's reply (closed loop, as people do).
//!
//! Run: `cargo bench --bench load` (options: `-- --users N`, default 500).
//! It reports dialogue turns per second, round-trip latency (update handed to the fake server → the bot's
//! reply to that chat) and peak RSS. Figures and the machine they came from are in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::{FakeTelegram, Sent};

/// Registers one participant and returns the latency of each turn.
async fn participant(fake: FakeTelegram, user: i64) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(support::fixtures::REGISTRATION.len());
    let mut last: Option<Sent> = None;
    for (action, is_button) in support::fixtures::REGISTRATION {
        let started = Instant::now();
        match (&last, is_button) {
            (Some(message), true) => fake.press(user, message, action),
            _ => fake.send_text(user, action),
        }
        let reply = fake.next_message(user).await;
        latencies.push(started.elapsed());
        last = Some(reply);
    }
    let done = last.map(|m| m.text).unwrap_or_default();
    assert!(done.starts_with("Thank you, Ana Hoxha!"), "user {user} did not finish: {done}");
    latencies
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() {
    let users = support::fixtures::arg("--users", 500) as usize;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let bot = support::spawn_bot().await;
        let started = Instant::now();
        let tasks: Vec<_> =
            (0..users as i64).map(|i| tokio::spawn(participant(bot.fake.clone(), 10_000 + i))).collect();
        let mut latencies = Vec::new();
        for task in tasks {
            latencies.extend(task.await.expect("a participant finished"));
        }
        let elapsed = started.elapsed();
        latencies.sort();
        let turns = latencies.len();
        println!("registration load: {users} participants, {turns} dialogue turns, closed loop");
        println!("  elapsed        {:>10.2} s", elapsed.as_secs_f64());
        println!("  turns/s        {:>10.0}", turns as f64 / elapsed.as_secs_f64());
        println!("  latency p50    {:>10.2} ms", percentile(&latencies, 0.50).as_secs_f64() * 1e3);
        println!("  latency p99    {:>10.2} ms", percentile(&latencies, 0.99).as_secs_f64() * 1e3);
        println!("  latency max    {:>10.2} ms", latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3);
        if let Some(rss) = support::fixtures::peak_rss_mib("self") {
            println!("  peak RSS       {rss:>10.1} MiB (bot + fake server + simulated users)");
        }
        let registered = active_citizens_bot::storage::participants::count(bot.core.pool()).await.expect("a count");
        assert_eq!(registered, users as i64, "every participant is stored");
    });
}
