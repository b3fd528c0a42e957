//! Broadcast benchmark: the real `serve` binary (release build) against the in-process fake Bot API server on
//! 127.0.0.1, which enforces Telegram's 30 messages a second. A broadcast to N participants (default 10,000)
//! goes out at BROADCAST_RATE=25 while other people register through the same bot, one dialogue step every
//! half second; their round-trip latency is measured, and so is the bot process's peak memory.
//!
//! Run: `cargo bench --bench broadcast` (options: `-- --participants N`). 10,000 take about 7 minutes.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use active_citizens_bot::domain::{Audience, CohortCode, Country, Reach, Role};
use active_citizens_bot::storage::{self, broadcasts, participants, roles};

fn main() {
    let count = support::fixtures::arg("--participants", 10_000) as i64;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async move {
        let fake = support::FakeTelegram::start().await;
        fake.enforce_rate(30);
        let test = support::test_core().await;
        let pool = test.core.pool().clone();
        let _cohort = CohortCode::parse("TIRANA-2026").expect("valid");
        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        for id in 0..count {
            let profile = support::fixtures::profile(1_000_000 + id, "TIRANA-2026", "en", Country::Albania);
            participants::save(&mut tx, &profile, support::test_now()).await.expect("saved");
        }
        tx.commit().await.expect("committed");
        roles::grant(&pool, 4242, Role::Organiser, None, "bench", support::test_now()).await.expect("granted");

        let started = Instant::now();
        let mut child = support::serve_command(&fake, test.dir.path())
            .env("BROADCAST_RATE", "25")
            .spawn()
            .expect("serve starts");
        let pid = child.id().expect("a pid");
        fake.wait_for_call("SetMyCommands", |_| true).await;
        let startup = started.elapsed();

        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        let (broadcast, recipients) =
            broadcasts::create(&mut tx, 4242, &Audience::Everyone, &Reach::Everything, "Bench announcement", support::test_now())
                .await
                .expect("queued");
        tx.commit().await.expect("committed");
        let sending = Instant::now();

        // Other people register meanwhile, one step every half second.
        let mut latencies = Vec::new();
        let mut user = 1;
        'outer: loop {
            let mut last: Option<support::Sent> = None;
            for (action, is_button) in support::fixtures::REGISTRATION {
                let progress = broadcasts::progress(&pool, broadcast).await.expect("progress");
                if progress.waiting == 0 && progress.recipients > 0 {
                    break 'outer;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
                let at = Instant::now();
                match (&last, is_button) {
                    (Some(message), true) => fake.press(user, message, action),
                    _ => fake.send_text(user, action),
                }
                last = Some(fake.next_message(user).await);
                latencies.push(at.elapsed());
            }
            user += 1;
        }
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
        let rate = (times.len() as f64 - 1.0) / span;
        latencies.sort();
        let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;

        println!("broadcast: {recipients} recipients, BROADCAST_RATE=25, fake server limit 30/s, serve as a child process");
        println!("  start-up to first call   {:.0} ms", startup.as_secs_f64() * 1e3);
        println!("  delivered                {} in {:.1} s", times.len(), sent_in.as_secs_f64());
        println!("  achieved rate            {rate:.2} msg/s ({:.1}% of 25)", rate / 25.0 * 100.0);
        println!("  busiest second (all)     {} messages", fake.max_per_second());
        println!("  429 answers              {}", fake.refused_429());
        println!("  dialogue steps meanwhile {} (p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms)", latencies.len(), pct(0.5), pct(0.99), pct(1.0));
        if let Some(rss) = rss {
            println!("  serve peak RSS           {rss:.1} MiB");
        }
        println!("  exit on SIGTERM          {exit}");
    });
}
