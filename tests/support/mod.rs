//! Test support: a fake Telegram Bot API server on 127.0.0.1 and a helper that runs the real dispatcher
//! against it with a fresh SQLite database.
#![allow(dead_code, unused_imports)] // Each test crate uses its own part of this module.

pub mod fake_api;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use teloxide::Bot;

use active_citizens_bot::clock::ManualClock;
use active_citizens_bot::domain::CohortCode;
use active_citizens_bot::service::{Core, CoreOptions};
use active_citizens_bot::storage::cohorts::{self, Cohort};

pub use fake_api::{FakeTelegram, Sent};

/// The moment every test starts at: a fixed "now" keeps ages and transcripts stable.
pub fn test_now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).single().expect("a valid date")
}

pub fn dialogues_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dialogues")
}

/// A core on a fresh database file in its own temporary directory, with one cohort, TIRANA-2026.
pub struct TestCore {
    pub core: Arc<Core>,
    pub clock: Arc<ManualClock>,
    pub dir: tempfile::TempDir,
}

pub async fn test_core() -> TestCore {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database_url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let clock = Arc::new(ManualClock::new(test_now()));
    let options = CoreOptions {
        dialogues_dir: dialogues_dir(),
        database_url,
        default_language: "en".into(),
        timezone: chrono_tz::Europe::Belgrade,
    };
    let core = Core::start(options, clock.clone()).await.expect("the core starts");
    let cohort =
        Cohort { code: CohortCode::parse("TIRANA-2026").expect("valid"), name: "Tirana 2026".into(), country: None };
    cohorts::add(core.pool(), &cohort, test_now()).await.expect("the cohort is added");
    TestCore { core: Arc::new(core), clock, dir }
}

/// The real dispatcher, polling the fake server.
pub struct TestBot {
    pub fake: FakeTelegram,
    pub core: Arc<Core>,
    pub clock: Arc<ManualClock>,
    _dir: tempfile::TempDir,
}

pub async fn spawn_bot() -> TestBot {
    let fake = FakeTelegram::start().await;
    let TestCore { core, clock, dir } = test_core().await;
    let bot = Bot::new(fake_api::TOKEN).set_api_url(fake.url());
    let mut dispatcher = active_citizens_bot::telegram::dispatcher(bot, core.clone());
    tokio::spawn(async move { dispatcher.dispatch().await });
    TestBot { fake, core, clock, _dir: dir }
}
