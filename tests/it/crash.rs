//! The crash loop of issue #7: `serve` (the real binary) is killed with SIGKILL twenty times at random moments
//! while a broadcast to 2,000 participants goes out, and started again each time on the same database. In the
//! end every recipient has the announcement, and a kill repeats at most the messages in flight: the worker
//! records each outcome when its answer arrives, and keeps at most `MAX_IN_FLIGHT` sends in flight.
//!
//! The moments come from a seed printed at the start; `CRASH_SEED=<n>` replays a run.

use std::process::Stdio;
use std::time::{Duration, Instant};

use active_citizens_bot::domain::{Audience, Country, Reach, Role};
use active_citizens_bot::storage::{self, broadcasts, participants, roles};

const RECIPIENTS: i64 = 2_000;
const KILLS: usize = 20;
const TEXT: &str = "The Summit recommendations are due on Friday.";

/// A small xorshift generator: the test needs reproducible moments, not good randomness.
struct Moments(u64);

impl Moments {
    fn next_millis(&mut self, range: std::ops::Range<u64>) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(range.start + self.0 % (range.end - range.start))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_kills_during_a_broadcast_lose_nothing_and_repeat_at_most_one_message_each() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| getrandom::u64().expect("a random seed") | 1);
    println!("CRASH_SEED={seed}");
    let mut moments = Moments(seed);

    let fake = crate::support::FakeTelegram::start().await;
    // A send stays in flight for 25 ms (of the 33 between sends), so most kills land inside one.
    fake.delay_sends(Duration::from_millis(25));
    let test = crate::support::test_core().await;
    let pool = test.core.pool().clone();
    let mut tx = storage::begin_write(&pool).await.unwrap();
    for id in 0..RECIPIENTS {
        let profile = crate::support::fixtures::profile(1_000_000 + id, "TIRANA-2026", "en", Country::Albania);
        participants::save(&mut tx, &profile, None, crate::support::test_now()).await.unwrap();
    }
    let (broadcast, recipients) =
        broadcasts::create(&mut tx, 4242, &Audience::Everyone, &Reach::Everything, TEXT, crate::support::test_now())
            .await
            .unwrap();
    tx.commit().await.unwrap();
    roles::grant(&pool, 4242, Role::Organiser, None, "test", crate::support::test_now()).await.unwrap();
    assert_eq!(recipients, RECIPIENTS as usize);

    let serve = || {
        crate::support::serve_command(&fake, test.dir.path())
            .env("BROADCAST_RATE", "30")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve starts")
    };
    let started = Instant::now();
    let mut kills = 0;
    while kills < KILLS {
        let mut child = serve();
        tokio::time::sleep(moments.next_millis(150..2_500)).await;
        child.start_kill().expect("SIGKILL is sent");
        child.wait().await.expect("the killed process is reaped");
        kills += 1;
    }
    let killed_at = broadcasts::progress(&pool, broadcast).await.unwrap();
    assert!(killed_at.waiting > 0, "the kills all happened during the broadcast (raise RECIPIENTS otherwise)");

    // The last start runs the broadcast to its end.
    let mut child = serve();
    loop {
        let progress = broadcasts::progress(&pool, broadcast).await.unwrap();
        if progress.waiting == 0 {
            assert_eq!(progress.delivered, RECIPIENTS, "{progress:?}");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(600), "the broadcast did not finish: {progress:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    child.start_kill().expect("stopped");
    child.wait().await.expect("reaped");

    let mut duplicates = 0;
    for id in 0..RECIPIENTS {
        let received = fake.sent_to(1_000_000 + id).iter().filter(|m| m.text.contains(TEXT)).count();
        assert!(received >= 1, "participant {id} never got the announcement (CRASH_SEED={seed})");
        duplicates += received - 1;
    }
    println!(
        "{kills} kills ({} delivered by then), {duplicates} duplicates, {:.0} s in all, {} refused with 429",
        killed_at.delivered,
        started.elapsed().as_secs_f64(),
        fake.refused_429()
    );
    let bound = kills * active_citizens_bot::delivery::MAX_IN_FLIGHT;
    assert!(duplicates <= bound, "{duplicates} duplicates after {kills} kills (CRASH_SEED={seed})");
}
