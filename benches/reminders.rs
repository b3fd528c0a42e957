//! Reminder benchmark: one cohort of N participants (default 10,000), one session whose reminder is due now.
//! Measures the time to plan (enqueue) the reminders, then sends them through the real worker and Bot client
//! to the fake Bot API server on 127.0.0.1, which enforces Telegram's 30 messages a second (429 beyond).
//!
//! Run: `cargo bench --bench reminders` (options: `-- --participants N --rate R`). At the default rate of 25
//! a second, 10,000 reminders take about 7 minutes. Figures are in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use chrono::Duration;

use active_citizens_bot::clock::Clock;
use active_citizens_bot::delivery::{Worker, WorkerOptions, reminders};
use active_citizens_bot::domain::{CohortCode, Country, NewSession, Span, checkin_code};
use active_citizens_bot::storage::{self, outbox, participants};

fn main() {
    let participants_count = support::fixtures::arg("--participants", 10_000);
    let rate = u32::try_from(support::fixtures::arg("--rate", 25)).unwrap_or(25);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async move {
        let fake = support::FakeTelegram::start().await;
        fake.enforce_rate(30);
        let test = support::test_core().await;
        let (core, clock) = (test.core.clone(), test.clock.clone());
        let cohort = CohortCode::parse("TIRANA-2026").expect("valid");

        let mut tx = storage::begin_write(core.pool()).await.expect("a transaction");
        for id in 0..participants_count as i64 {
            let profile = support::fixtures::profile(
                1_000_000 + id,
                "TIRANA-2026",
                ["en", "sq", "sr-Latn", "mk"][(id % 4) as usize],
                Country::Albania,
            );
            participants::save(&mut tx, &profile, None, clock.now()).await.expect("saved");
        }
        tx.commit().await.expect("committed");

        let session = NewSession {
            cohort,
            title: "Intercultural dialogue".into(),
            module: None,
            starts_at: clock.now() + Duration::hours(2),
            timezone: chrono_tz::Europe::Tirane,
            duration: Span::from_minutes(120),
            location: Some("Youth Centre".into()),
            checkin_code: checkin_code(7),
            survey: None,
        };
        active_citizens_bot::scheduling::create(core.pool(), &session, "test", clock.now()).await.expect("created");

        let offsets = [Span::from_minutes(24 * 60), Span::from_minutes(60)];
        let planning = Instant::now();
        let queued = reminders::plan(core.pool(), &offsets, clock.now()).await.expect("planned");
        let planned_in = planning.elapsed();

        let bot = fake.bot();
        let options = WorkerOptions {
            reminder_offsets: offsets.to_vec(),
            survey_delay: Span::from_minutes(30),
            quiet_hours: active_citizens_bot::domain::QuietHours::parse("22:00-08:00", chrono_tz::Europe::Belgrade)
                .expect("valid quiet hours"),
            rate_per_second: rate,
            paid_broadcast: false,
            poll: std::time::Duration::from_millis(20),
        };
        let worker = Worker::new(core.delivery(), bot, options);
        let sending = Instant::now();
        while worker.tick().await.expect("a tick") > 0 {}
        let sent_in = sending.elapsed();
        let (accepted, span) = fake.accepted();
        let achieved = if span.as_secs_f64() > 0.0 { (accepted as f64 - 1.0) / span.as_secs_f64() } else { 0.0 };
        let counts = outbox::counts(core.pool()).await.expect("counts");

        println!(
            "reminders: {participants_count} participants in one cohort, BROADCAST_RATE={rate}, fake server limit 30/s"
        );
        println!("  planned (enqueued)   {queued} rows in {:.3} s", planned_in.as_secs_f64());
        println!("  sent                 {accepted} messages in {:.1} s", sent_in.as_secs_f64());
        println!("  achieved rate        {achieved:.2} msg/s ({:.1}% of {rate})", achieved / f64::from(rate) * 100.0);
        println!("  busiest second       {} messages", fake.max_per_second());
        println!("  429 answers          {}", fake.refused_429());
        println!("  outbox               {counts:?}");
        if let Some(rss) = support::fixtures::peak_rss_mib("self") {
            println!("  peak RSS             {rss:.1} MiB (bot, fake server and harness together)");
        }
    });
}
