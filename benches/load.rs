//! Load harness: first a bare teloxide echo bot, then the real bot (dispatcher, engine, SQLite), each against its
//! own in-process fake Telegram Bot API server on 127.0.0.1, driven by the same number of simulated people who
//! answer only after the bot's reply (closed loop, as people do): ten turns each, echoed texts for the
//! baseline, a registration for the real bot.
//!
//! Run: `cargo bench --bench load` (options: `-- --users N`, default 500).
//! It reports turns per second (and the real bot's ratio to the echo baseline), round-trip latency (update
//! handed to the fake server → the reply to that chat) and peak RSS. Figures are in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::{FakeTelegram, Sent};
use teloxide::prelude::*;

/// The framework's ceiling: a dispatcher that sends every text back.
async fn spawn_echo_bot() -> FakeTelegram {
    let fake = FakeTelegram::start().await;
    let bot = Bot::new(support::fake_api::TOKEN).set_api_url(fake.url());
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        if let Some(text) = msg.text() {
            bot.send_message(msg.chat.id, text).await?;
        }
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    tokio::spawn(async move { dispatcher.dispatch().await });
    fake
}

/// Ten echoed texts, each after the previous reply; returns the latency of each.
async fn echo_user(fake: FakeTelegram, user: i64) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(10);
    for turn in 0..10 {
        let started = Instant::now();
        fake.send_text(user, &format!("hello {turn}"));
        fake.next_message(user).await;
        latencies.push(started.elapsed());
    }
    latencies
}

/// Runs every user to the end; returns turns per second and the sorted latencies.
async fn drive<F>(users: usize, user: impl Fn(i64) -> F) -> (f64, Vec<Duration>)
where
    F: std::future::Future<Output = Vec<Duration>> + Send + 'static,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..users as i64).map(|i| tokio::spawn(user(10_000 + i))).collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a user finished"));
    }
    let rate = latencies.len() as f64 / started.elapsed().as_secs_f64();
    latencies.sort();
    (rate, latencies)
}

fn report(name: &str, rate: f64, latencies: &[Duration]) {
    println!("{name}: {} turns, closed loop", latencies.len());
    println!("  turns/s        {rate:>10.0}");
    println!("  latency p50    {:>10.2} ms", percentile(latencies, 0.50).as_secs_f64() * 1e3);
    println!("  latency p99    {:>10.2} ms", percentile(latencies, 0.99).as_secs_f64() * 1e3);
    println!("  latency max    {:>10.2} ms", latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3);
}

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
        let echo = spawn_echo_bot().await;
        let (echo_rate, echo_latencies) = drive(users, |user| echo_user(echo.clone(), user)).await;
        report(&format!("echo baseline, {users} people"), echo_rate, &echo_latencies);
        let echo_rss = support::fixtures::peak_rss_mib("self");

        let bot = support::spawn_bot().await;
        let (rate, latencies) = drive(users, |user| participant(bot.fake.clone(), user)).await;
        report(&format!("registration, {users} people"), rate, &latencies);
        println!("  ratio to echo  {:>10.2}", rate / echo_rate);
        if let (Some(before), Some(after)) = (echo_rss, support::fixtures::peak_rss_mib("self")) {
            println!("  peak RSS       {before:.1} MiB after the echo run, {after:.1} MiB after both (one process)");
        }
        let registered = active_citizens_bot::storage::participants::count(bot.core.pool()).await.expect("a count");
        assert_eq!(registered, users as i64, "every participant is stored");
    });
}
