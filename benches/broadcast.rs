//! Broadcast benchmark: the real `serve` binary (release build) against the in-process fake Bot API server on
//! 127.0.0.1, which enforces Telegram's 30 messages a second. A broadcast to N participants (default 10,000)
//! goes out at BROADCAST_RATE=25 while 200 other people register through the same bot, each taking 30 to 90 s
//! over every step (about 3 replies a second in all); their round-trip latency is measured, and so is the bot
//! process's peak memory.
//!
//! Run: `cargo bench --bench broadcast` (options: `-- --participants N --dialogues N --latency-ms N --rate N
//! --paid`): `--latency-ms` answers each send that much later, as Telegram does from a real server (100-300 ms);
//! `--rate` sets BROADCAST_RATE (default 25); `--paid` sets PAID_BROADCAST=true and lifts the fake server's limit
//! to 1,000 a second. 10,000 recipients take about 7 minutes at 25 a second.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use active_citizens_bot::domain::{Audience, CohortCode, Country, Reach, Role};
use active_citizens_bot::storage::{self, broadcasts, participants, roles};

/// Pauses between a person's steps: 30 to 90 s, from a small xorshift generator (reproducible runs).
struct Pauses(u64);

impl Pauses {
    fn next(&mut self) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(30_000 + self.0 % 60_000)
    }
}

fn main() {
    let count = support::fixtures::arg("--participants", 10_000) as i64;
    let dialogues = support::fixtures::arg("--dialogues", 200);
    let latency = Duration::from_millis(support::fixtures::arg("--latency-ms", 0));
    let rate = support::fixtures::arg("--rate", 25);
    let paid = std::env::args().any(|a| a == "--paid");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async move {
        let fake = support::FakeTelegram::start().await;
        fake.enforce_rate(if paid { 1_000 } else { 30 });
        fake.delay_sends(latency);
        let test = support::test_core().await;
        let pool = test.core.pool().clone();
        let _cohort = CohortCode::parse("TIRANA-2026").expect("valid");
        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        for id in 0..count {
            let profile = support::fixtures::profile(1_000_000 + id, "TIRANA-2026", "en", Country::Albania);
            participants::save(&mut tx, &profile, None, support::test_now()).await.expect("saved");
        }
        tx.commit().await.expect("committed");
        roles::grant(&pool, 4242, Role::Organiser, None, "bench", support::test_now()).await.expect("granted");

        let started = Instant::now();
        let mut child = support::serve_command(&fake, test.dir.path())
            .env("BROADCAST_RATE", rate.to_string())
            .env("PAID_BROADCAST", paid.to_string())
            .spawn()
            .expect("serve starts");
        let pid = child.id().expect("a pid");
        let startup = loop {
            if let Some(polled) = fake.first_poll() {
                break polled.into_std() - started;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };

        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        let (broadcast, recipients) =
            broadcasts::create(&mut tx, 4242, &Audience::Everyone, &Reach::Everything, "Bench announcement", support::test_now())
                .await
                .expect("queued");
        tx.commit().await.expect("committed");
        let sending = Instant::now();

        // Meanwhile `dialogues` people register, each step after a pause of 30 to 90 s (reading, typing) and
        // starting again under a new id when done, until the broadcast is over.
        let done = Arc::new(AtomicBool::new(false));
        let latencies = Arc::new(Mutex::new(Vec::new()));
        let mut people = Vec::new();
        for person in 0..dialogues {
            let (fake, done, latencies) = (fake.clone(), done.clone(), latencies.clone());
            people.push(tokio::spawn(async move {
                let mut pauses = Pauses(0x9E37_79B9_7F4A_7C15 ^ (person + 1));
                // Arrivals spread over the first 30 s.
                tokio::time::sleep(Duration::from_millis(30_000 * person / dialogues.max(1))).await;
                let mut round = 0;
                while !done.load(Ordering::Relaxed) {
                    let user = 5_000_000 + person as i64 * 1_000 + round;
                    let mut last: Option<support::Sent> = None;
                    for (action, is_button) in support::fixtures::REGISTRATION {
                        if done.load(Ordering::Relaxed) {
                            return;
                        }
                        let at = Instant::now();
                        match (&last, is_button) {
                            (Some(message), true) => fake.press(user, message, action),
                            _ => fake.send_text(user, action),
                        }
                        last = Some(fake.next_message(user).await);
                        latencies.lock().expect("not poisoned").push(at.elapsed());
                        tokio::time::sleep(pauses.next()).await;
                    }
                    round += 1;
                }
            }));
        }
        loop {
            let progress = broadcasts::progress(&pool, broadcast).await.expect("progress");
            if progress.waiting == 0 && progress.recipients > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        done.store(true, Ordering::Relaxed);
        for person in people {
            person.abort();
        }
        let mut latencies = std::mem::take(&mut *latencies.lock().expect("not poisoned"));
        let sent_in = sending.elapsed();
        let rss = support::fixtures::peak_rss_mib(&pid.to_string());
        let _ = tokio::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().await;
        let exit = child.wait().await.expect("serve stops");

        let times: Vec<chrono::DateTime<chrono::Utc>> =
            sqlx::query_scalar("SELECT done_at FROM outbox WHERE broadcast_id = ? AND kind = 'broadcast' AND status = 'sent' ORDER BY done_at")
                .bind(broadcast)
                .fetch_all(&pool)
                .await
                .expect("times");
        let span = (*times.last().expect("sent") - *times.first().expect("sent")).as_seconds_f64();
        let achieved = (times.len() as f64 - 1.0) / span;
        latencies.sort();
        let replies = fake.sent_to_range(5_000_000..6_000_000);
        let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;

        let duplicates: usize =
            (0..count).map(|id| fake.sent_to(1_000_000 + id).len().saturating_sub(1)).sum();
        let limit = if paid { 1_000 } else { 30 };
        println!(
            "broadcast: {recipients} recipients, BROADCAST_RATE={rate}{}, {} ms per send, fake server limit {limit}/s",
            if paid { ", PAID_BROADCAST=true" } else { "" },
            latency.as_millis()
        );
        println!("  people in dialogues      {dialogues} (a step every 30-90 s), {replies} replies sent to them");
        println!("  start-up to getUpdates   {:.0} ms ({count} participants stored)", startup.as_secs_f64() * 1e3);
        println!("  delivered                {} in {:.1} s", times.len(), sent_in.as_secs_f64());
        println!("  achieved rate            {achieved:.2} msg/s ({:.1}% of {rate})", achieved / rate as f64 * 100.0);
        println!("  duplicates               {duplicates}");
        println!("  busiest second (all)     {} messages", fake.max_per_second());
        println!("  429 answers              {}", fake.refused_429());
        println!("  dialogue steps meanwhile {} (p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms)", latencies.len(), pct(0.5), pct(0.99), pct(1.0));
        if let Some(rss) = rss {
            println!("  serve peak RSS           {rss:.1} MiB");
        }
        println!("  exit on SIGTERM          {exit}");
    });
}
