//! Test support: a fake Telegram Bot API server on 127.0.0.1 and a helper that runs the real dispatcher
//! against it with a fresh SQLite database.
#![allow(dead_code, unused_imports)] // Each test crate uses its own part of this module.

pub mod cli;
pub mod fake_api;
pub mod fixtures;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use teloxide::Bot;

use active_citizens_bot::clock::ManualClock;
use active_citizens_bot::delivery::{Worker, WorkerOptions};
use active_citizens_bot::domain::CohortCode;
use active_citizens_bot::domain::Span;
use active_citizens_bot::service::{Core, CoreOptions};
use active_citizens_bot::storage::cohorts::{self, Cohort};
use active_citizens_bot::telegram::CALLS_IN_FLIGHT;

pub use fake_api::{FakeTelegram, Sent};

/// Sends a text as `user` and returns the bot's next message to them.
pub async fn say(fake: &FakeTelegram, user: i64, text: &str) -> Sent {
    fake.send_text(user, text);
    fake.next_message(user).await
}

/// Presses the button labelled `label` on `message` as `user`, and returns the bot's next message to them.
pub async fn press(fake: &FakeTelegram, user: i64, message: &Sent, label: &str) -> Sent {
    fake.press(user, message, label);
    fake.next_message(user).await
}

/// The moment every test starts at: a fixed "now" keeps ages and transcripts stable.
pub fn test_now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).single().expect("a valid date")
}

pub fn dialogues_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dialogues")
}

pub fn core_options(dir: &std::path::Path) -> CoreOptions {
    CoreOptions {
        dialogues_dir: None,
        privacy: active_citizens_bot::domain::PrivacyNotice {
            controller: "Active Citizens Western Balkans".into(),
            contact: "privacy@example.org".into(),
            retention_days: 730,
        },
        database_url: format!("sqlite://{}", dir.join("bot.db").display()),
        default_language: "en".into(),
        timezone: chrono_tz::Europe::Belgrade,
        recommendations_per_day: 2,
        send_limit: active_citizens_bot::delivery::limiter::TELEGRAM_PER_SECOND,
        bot_username: None,
        delivery_rules: (&worker_options()).into(),
    }
}

/// A core on a fresh database file in its own temporary directory, with one cohort, TIRANA-2026.
pub struct TestCore {
    pub core: Arc<Core>,
    pub clock: Arc<ManualClock>,
    pub dir: tempfile::TempDir,
}

pub async fn test_core() -> TestCore {
    test_core_with(|_| {}).await
}

/// [`test_core`] with some of its options changed.
pub async fn test_core_with(adjust: impl FnOnce(&mut CoreOptions)) -> TestCore {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let clock = Arc::new(ManualClock::new(test_now()));
    let mut options = core_options(dir.path());
    adjust(&mut options);
    let core = Core::start(options, clock.clone()).await.expect("the core starts");
    let cohort =
        Cohort { code: CohortCode::parse("TIRANA-2026").expect("valid"), name: "Tirana 2026".into(), country: None };
    cohorts::add(core.pool(), &cohort, test_now()).await.expect("the cohort is added");
    TestCore { core: Arc::new(core), clock, dir }
}

/// The real dispatcher polling the fake server, and a delivery worker sending through it: driven by the test
/// with [`TestBot::deliver`], or running on its own after [`TestBot::run_worker`].
pub struct TestBot {
    pub fake: FakeTelegram,
    pub core: Arc<Core>,
    pub clock: Arc<ManualClock>,
    dir: tempfile::TempDir,
    worker: Option<Arc<Worker<Bot>>>,
    background: Option<(tokio::sync::watch::Sender<bool>, tokio::task::JoinHandle<()>)>,
    shutdown: teloxide::dispatching::ShutdownToken,
    dispatcher: tokio::task::JoinHandle<()>,
    /// The handlers' Bot API calls in flight at once, at most.
    in_flight: usize,
    _strict: Strict,
}

/// Reminders at 24 h and 1 h, 25 messages a second, and a quick look for due work.
pub fn worker_options() -> WorkerOptions {
    WorkerOptions {
        reminder_offsets: vec![Span::from_minutes(24 * 60), Span::from_minutes(60)],
        survey_delay: Span::from_minutes(30),
        quiet_hours: active_citizens_bot::domain::QuietHours::parse("22:00-08:00", chrono_tz::Europe::Belgrade)
            .expect("valid quiet hours"),
        rate_per_second: 25,
        paid_broadcast: false,
        poll: std::time::Duration::from_millis(20),
    }
}

/// The `serve` binary, configured to talk to `fake` and to keep its database in `dir`, with nothing inherited
/// from the environment; callers add variables and spawn it.
pub fn serve_command(fake: &FakeTelegram, dir: &std::path::Path) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"));
    command
        .arg("serve")
        // From a directory without dialogues/ or anything else of the repository's: the binary carries its own.
        .current_dir(dir)
        .env_clear()
        .env("TELOXIDE_TOKEN", fake_api::TOKEN)
        .env("PRIVACY_CONTROLLER", "Active Citizens Western Balkans")
        .env("PRIVACY_CONTACT", "privacy@example.org")
        .env("TELOXIDE_API_URL", fake.url().as_str())
        .env("DATABASE_URL", format!("sqlite://{}", dir.join("bot.db").display()))
        .env("RUST_LOG", "warn")
        .kill_on_drop(true);
    command
}

pub async fn spawn_bot() -> TestBot {
    let fake = FakeTelegram::start().await;
    let TestCore { core, clock, dir } = test_core().await;
    let bot = fake.bot();
    start_bot(bot, fake, core, clock, dir, CALLS_IN_FLIGHT).await
}

/// A bot sending as fast as the fake server answers (no limit of 30 a second), its handlers making at most
/// `in_flight` Bot API calls at once.
pub async fn spawn_bot_in_flight(in_flight: usize) -> TestBot {
    let fake = FakeTelegram::start().await;
    let TestCore { core, clock, dir } = test_core_with(|o| o.send_limit = 100_000).await;
    let bot = fake.bot();
    start_bot(bot, fake, core, clock, dir, in_flight).await
}

/// A bot whose HTTP client gives up on a call after `timeout` (teloxide's default is 17 s), for tests of
/// slow answers.
pub async fn spawn_bot_with_timeout(timeout: std::time::Duration) -> TestBot {
    let fake = FakeTelegram::start().await;
    let TestCore { core, clock, dir } = test_core().await;
    let client = teloxide::net::default_reqwest_settings().timeout(timeout).build().expect("an HTTP client");
    let bot = Bot::with_client(fake_api::TOKEN, client).set_api_url(fake.url());
    start_bot(bot, fake, core, clock, dir, CALLS_IN_FLIGHT).await
}

async fn start_bot(
    bot: Bot,
    fake: FakeTelegram,
    core: Arc<Core>,
    clock: Arc<ManualClock>,
    dir: tempfile::TempDir,
    in_flight: usize,
) -> TestBot {
    let worker = Worker::new(core.delivery(), bot.clone(), worker_options());
    let mut dispatcher = active_citizens_bot::telegram::dispatcher_with(bot.clone(), core.clone(), in_flight);
    let shutdown = dispatcher.shutdown_token();
    let monitor = core.monitor().clone();
    let dispatcher =
        tokio::spawn(async move { active_citizens_bot::telegram::poll(&mut dispatcher, bot, &monitor).await });
    TestBot {
        _strict: Strict(fake.clone()),
        fake,
        core,
        clock,
        dir,
        worker: Some(Arc::new(worker)),
        background: None,
        shutdown,
        dispatcher,
        in_flight,
    }
}

impl TestBot {
    /// Runs the delivery worker until nothing is due: plans reminders for the clock's "now" and sends them.
    /// Returns how many outbox rows were handled.
    pub async fn deliver(&self) -> usize {
        let worker = self.worker.as_ref().expect("the worker runs in the background");
        let mut handled = 0;
        loop {
            let n = worker.tick().await.expect("a delivery tick");
            if n == 0 {
                return handled;
            }
            handled += n;
        }
    }

    /// Lets the worker run on its own, as `serve` does.
    pub fn run_worker(&mut self) {
        let worker = self.worker.take().and_then(Arc::into_inner).expect("one worker");
        let (stop, stopped) = tokio::sync::watch::channel(false);
        self.background = Some((stop, tokio::spawn(worker.run(stopped))));
    }

    /// Stops the bot as a restart would (finishing what is in hand), and starts it again on the same
    /// database, fake server and clock.
    pub async fn restart(self) -> TestBot {
        self.stop_and_start(false).await
    }

    /// Kills the delivery worker where it stands (messages in flight, rows claimed but not sent), as `kill -9`
    /// would, and starts the bot again.
    pub async fn crash_and_restart(self) -> TestBot {
        self.stop_and_start(true).await
    }

    async fn stop_and_start(self, crash: bool) -> TestBot {
        let TestBot { fake, core, clock, dir, background, shutdown, dispatcher, in_flight, .. } = self;
        if let Some((stop, task)) = background {
            if crash {
                task.abort();
                let _ = task.await;
            } else {
                let _ = stop.send(true);
                task.await.expect("the worker stops");
            }
        }
        // The dispatcher may still be starting up; keep asking until it takes the request.
        loop {
            match shutdown.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(10)).await,
            }
        }
        dispatcher.await.expect("the dispatcher stops");
        core.pool().close().await;
        let core = Arc::new(Core::start(core_options(dir.path()), clock.clone()).await.expect("the core restarts"));
        let bot = fake.bot();
        start_bot(bot, fake, core, clock, dir, in_flight).await
    }
}

/// Every test through the fake server fails if the bot made a call that Telegram would refuse for breaking one
/// of its limits (a text too long, bad callback data): the fake is as strict as Telegram, and says so.
struct Strict(FakeTelegram);

impl Drop for Strict {
    fn drop(&mut self) {
        let refused = self.0.bad_requests();
        if !refused.is_empty() && !std::thread::panicking() {
            panic!("the bot made calls Telegram refuses: {refused:?}");
        }
    }
}

/// The text of the QR code in a greyscale PNG.
pub fn scan_qr(png_bytes: &[u8]) -> String {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes)).read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("an image");
    // Codes alone are grey; posters, with their text, RGB (one channel is enough: they are black on white).
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::Rgb => 3,
        other => panic!("a grey or RGB PNG, not {other:?}"),
    };
    let (width, height) = (info.width as usize, info.height as usize);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[(y * width + x) * channels]);
    let grids = image.detect_grids();
    let [grid] = grids.as_slice() else { panic!("one QR code, not {}", grids.len()) };
    grid.decode().expect("a readable QR code").1
}
