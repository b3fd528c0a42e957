//! Load harness (issue #7). Side by side, each in its own process so that peak memory is its own:
//! 1. a bare teloxide echo bot (every text sent back) — the framework's ceiling on this machine;
//! 2. with `--shaped`, also a teloxide bot that makes the real bot's Bot API calls for each turn (a press is
//!    answered, its question closed by an edit and the next one sent with buttons) with no storage and no
//!    engine — the framework's ceiling for this product's calls, which shows what our own code costs;
//! 3. the real bot — the release `serve` binary on a fresh SQLite file — with N simulated people, each
//!    completing the journey of [`JOURNEY`]: registration, `/recommend`, the feedback survey of yesterday's
//!    session, and `/mydata`.
//!
//! Each bot runs as its own process (so that its peak memory is its own) against a new fake Telegram Bot API
//! server on 127.0.0.1 in this harness, where the simulated people live too. Closed loop: each
//! person answers only after the bot's reply, as people do; the echo bot gets the same number of people and
//! turns. Then open loop: people arrive at a fixed pace so that the turns offered are half the closed-loop
//! maximum whatever the bot's answers take, for the latency figure.
//!
//! Run: `cargo bench --bench load`. Options after `--`: `--users N` (default 1000); `--rounds N` (default 3),
//! closed-loop rounds of the bots, whose ratios' median is reported; `--shaped` adds the shaped bot to each
//! round; `--only-bot` runs the real bot's closed loop alone (for profiling, e.g. under `perf record -a -g`);
//! `--open-bot R` runs the real bot's open loop alone at R turns a second offered (for the latency tail).
//! It reports turns per second, the ratio to the echo baseline, round-trip latency (update handed out → first
//! reply to that chat) p50/p99/max, and each phase's peak RSS and CPU time per turn (the bot's, and this
//! harness's), and how large the real bot's write-ahead log grew. Figures are in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use active_citizens_bot::domain::{CohortCode, NewSession, Span, checkin_code};
use active_citizens_bot::scheduling;
use active_citizens_bot::storage::cohorts::{self, Cohort};
use active_citizens_bot::storage::{self, participants};
use active_citizens_bot::telegram::CALLS_IN_FLIGHT;
use support::{FakeTelegram, Sent};
use teloxide::prelude::*;
use tokio::sync::Semaphore;

/// One thing a person does, and how many messages the bot answers it with.
#[derive(Clone, Copy)]
enum Step {
    Say(&'static str),
    /// Press the button with this label on the last message received.
    Press(&'static str),
    /// Press the first button on the last message received.
    PressFirst,
}

const JOURNEY: [(Step, usize); 23] = [
    // Registration (the cohort code typed at its step).
    (Step::Say("/start"), 1),
    (Step::Press("English"), 1),
    (Step::Press("I agree"), 1),
    (Step::Say("Ana Hoxha"), 1),
    (Step::Say("2000"), 1),
    (Step::Press("Female"), 1),
    (Step::Press("Serbia"), 1),
    (Step::Say("Novi Sad"), 1),
    (Step::Press("Skip"), 1),
    (Step::Say("TIRANA-2026"), 1),
    // A recommendation for the Summit: the text is shown back, then the preview.
    (Step::Say("/recommend"), 1),
    (Step::Press("Employment"), 1),
    (Step::Press("Regional"), 1),
    (Step::Say("Every municipality should fund one youth-led social action project a year."), 2),
    (Step::Press("Send it"), 1),
    // Feedback on yesterday's session.
    (Step::Say("/feedback"), 1),
    (Step::PressFirst, 1),
    (Step::Press("5"), 1),
    (Step::Press("4"), 1),
    (Step::Say("Planning our social action together"), 1),
    (Step::Say("More time for the community visits"), 1),
    (Step::Press("Yes"), 1),
    (Step::Say("/mydata"), 1),
];

/// What one run measured.
struct Measured {
    turns: usize,
    seconds: f64,
    p50: f64,
    p99: f64,
    max: f64,
    /// The bot process's peak resident memory (VmHWM).
    rss: f64,
    /// CPU time used during the run by the bot process, and by this harness (the fake server and the people).
    bot_cpu: f64,
    harness_cpu: f64,
    /// The real bot's write-ahead log at its largest, in MiB: SQLite writes the log again from its start without
    /// making the file smaller, so the file's size at the end of the run is its peak.
    wal: Option<f64>,
}

impl Measured {
    fn rate(&self) -> f64 {
        self.turns as f64 / self.seconds
    }
}

/// The framework's ceiling: a dispatcher that sends every text back. Runs in its own process (this harness
/// started with `--echo-bot URL`) until killed.
fn echo_bot(api: &str) {
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        if let Some(text) = msg.text() {
            bot.send_message(msg.chat.id, text).await?;
        }
        respond(())
    });
    run_framework_bot(api, handler);
}

/// The framework's ceiling for this product's calls (`--shaped-bot URL`): a text is answered with one message
/// with two buttons, as a question; a press with the real bot's three calls, made together as it makes them —
/// the press answered, the question closed by an edit that shows the choice and drops the buttons, the next
/// question sent — at most [`CALLS_IN_FLIGHT`] at once, as the real bot makes them. No storage, no engine.
fn shaped_bot(api: &str) {
    use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
    static SLOTS: Semaphore = Semaphore::const_new(CALLS_IN_FLIGHT);
    async fn limited<T>(call: impl std::future::IntoFuture<Output = T>) -> T {
        let _slot = SLOTS.acquire().await;
        call.await
    }
    async fn question(bot: &Bot, chat: ChatId, text: String) -> ResponseResult<Message> {
        let buttons = ["Yes", "No"].map(|label| InlineKeyboardButton::callback(label, label.to_lowercase()));
        limited(bot.send_message(chat, text).reply_markup(InlineKeyboardMarkup::new([buttons]))).await
    }
    let texts = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        if let Some(text) = msg.text() {
            question(&bot, msg.chat.id, text.to_owned()).await?;
        }
        respond(())
    });
    let presses = Update::filter_callback_query().endpoint(|bot: Bot, q: CallbackQuery| async move {
        let (Some(message), Some(data)) = (q.regular_message(), q.data.as_deref()) else { return respond(()) };
        let closed = format!("{}\n\n→ {data}", message.text().unwrap_or_default());
        let (answered, edited, sent) = tokio::join!(
            limited(bot.answer_callback_query(q.id.clone())),
            limited(bot.edit_message_text(message.chat.id, message.id, closed)),
            question(&bot, message.chat.id, format!("After {data}")),
        );
        answered?;
        edited?;
        sent?;
        respond(())
    });
    run_framework_bot(api, dptree::entry().branch(texts).branch(presses));
}

fn run_framework_bot(api: &str, handler: teloxide::dispatching::UpdateHandler<teloxide::RequestError>) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let url = url::Url::parse(api).expect("the fake server's URL");
        let bot = Bot::new(support::fake_api::TOKEN).set_api_url(url);
        Dispatcher::builder(bot, handler).build().dispatch().await;
    });
}

/// As many echoed texts as the journey has turns, each after the previous reply.
async fn echo_user(fake: FakeTelegram, user: i64) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(JOURNEY.len());
    for turn in 0..JOURNEY.len() {
        let started = Instant::now();
        fake.send_text(user, &format!("hello {turn}"));
        fake.next_message(user).await;
        latencies.push(started.elapsed());
    }
    latencies
}

/// The journey's turns through the shaped bot: each text as the journey says it, each press on the first button
/// of the last question; the latency of each turn.
async fn shaped_user(fake: FakeTelegram, user: i64) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(JOURNEY.len());
    let mut last: Option<Sent> = None;
    for (step, _) in JOURNEY {
        let started = Instant::now();
        let step = if matches!(step, Step::Say(_)) { step } else { Step::PressFirst };
        take(&fake, user, step, last.as_ref());
        last = Some(fake.next_message(user).await);
        latencies.push(started.elapsed());
    }
    latencies
}

/// Says or presses what `step` asks, on the last message received.
fn take(fake: &FakeTelegram, user: i64, step: Step, last: Option<&Sent>) {
    match (step, last) {
        (Step::Say(text), _) => fake.send_text(user, text),
        (Step::Press(label), Some(message)) => fake.press(user, message, label),
        (Step::PressFirst, Some(message)) => {
            let (_, data) = message.keyboard().into_iter().next().expect("a button to press");
            fake.press_data(user, message, &data);
        }
        (_, None) => panic!("a press before any message"),
    }
}

/// One person's journey through the real bot; the latency of each turn.
async fn participant(fake: FakeTelegram, user: i64) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(JOURNEY.len());
    let mut last: Option<Sent> = None;
    for (step, replies) in JOURNEY {
        let started = Instant::now();
        take(&fake, user, step, last.as_ref());
        let mut reply = fake.next_message(user).await;
        latencies.push(started.elapsed());
        for _ in 1..replies {
            reply = fake.next_message(user).await;
        }
        last = Some(reply);
    }
    let done = last.map(|m| m.text).unwrap_or_default();
    assert!(done.contains("Ana Hoxha"), "user {user} did not finish the journey: {done}");
    latencies
}

/// Closed loop: everyone starts at once. Open loop (`pace` set): person i starts at i × pace.
async fn drive<F>(users: usize, pace: Option<Duration>, user: impl Fn(i64) -> F) -> (f64, Vec<Duration>)
where
    F: std::future::Future<Output = Vec<Duration>> + Send + 'static,
{
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(users);
    for i in 0..users {
        if let Some(pace) = pace {
            tokio::time::sleep_until((started + pace * i as u32).into()).await;
        }
        tasks.push(tokio::spawn(user(10_000 + i as i64)));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a user finished"));
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort();
    (seconds, latencies)
}

/// A fresh database with the cohort and a session that ended yesterday (by the real clock: `serve` uses it).
async fn prepare_database(dir: &std::path::Path) {
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    let pool = storage::connect(&url).await.expect("the database opens");
    let cohort =
        Cohort { code: CohortCode::parse("TIRANA-2026").expect("valid"), name: "Tirana 2026".into(), country: None };
    let now = chrono::Utc::now();
    cohorts::add(&pool, &cohort, now).await.expect("the cohort is added");
    let new = NewSession {
        cohort: cohort.code,
        title: "Planning social action".into(),
        module: None,
        starts_at: now - chrono::Duration::hours(22),
        timezone: chrono_tz::Europe::Belgrade,
        duration: Span::from_minutes(120),
        location: None,
        checkin_code: checkin_code(scheduling::random()),
        survey: None,
    };
    scheduling::create(&pool, &new, "test", now).await.expect("a session");
    pool.close().await;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Echo,
    Shaped,
    RealBot,
}

/// Starts the bot of `kind` as its own process against a new fake server, drives `users` people through it
/// and measures; then stops the process.
async fn run(kind: Kind, users: usize, pace: Option<Duration>) -> Measured {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut child = match kind {
        Kind::Echo | Kind::Shaped => {
            let exe = std::env::current_exe().expect("the harness's own path");
            let flag = if kind == Kind::Echo { "--echo-bot" } else { "--shaped-bot" };
            tokio::process::Command::new(exe).args([flag, fake.url().as_str()]).kill_on_drop(true).spawn()
        }
        Kind::RealBot => {
            prepare_database(dir.path()).await;
            // The fake server has no rate limit: measure the bot's own capacity, far above Telegram's 30 a
            // second (which the bot otherwise keeps to, replies included).
            support::serve_command(&fake, dir.path()).env("SEND_LIMIT", "100000").spawn()
        }
    }
    .expect("the bot starts");
    let pid = child.id().expect("a pid").to_string();
    // Ready once it answers someone (who is not one of the people measured).
    fake.send_text(1, "/start");
    fake.next_message(1).await;

    let cpu_before = (cpu(&pid), cpu("self"));
    let (seconds, latencies) = match kind {
        Kind::Echo => drive(users, pace, |user| echo_user(fake.clone(), user)).await,
        Kind::Shaped => drive(users, pace, |user| shaped_user(fake.clone(), user)).await,
        Kind::RealBot => drive(users, pace, |user| participant(fake.clone(), user)).await,
    };
    let rss = support::fixtures::peak_rss_mib(&pid).unwrap_or(f64::NAN);
    let wal = std::fs::metadata(dir.path().join("bot.db-wal")).ok().map(|file| file.len() as f64 / 1048576.0);
    let (bot_cpu, harness_cpu) = (cpu(&pid) - cpu_before.0, cpu("self") - cpu_before.1);
    let _ = tokio::process::Command::new("kill").args(["-TERM", &pid]).status().await;
    let _ = child.wait().await;
    if kind == Kind::RealBot {
        let pool = storage::connect(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.expect("opens");
        let stored = participants::count(&pool).await.expect("a count");
        assert_eq!(stored, users as i64, "every participant is stored");
    }
    Measured {
        turns: latencies.len(),
        seconds,
        p50: ms(percentile(&latencies, 0.50)),
        p99: ms(percentile(&latencies, 0.99)),
        max: ms(latencies.last().copied().unwrap_or_default()),
        rss,
        bot_cpu,
        harness_cpu,
        wal,
    }
}

fn cpu(process: &str) -> f64 {
    support::fixtures::cpu_seconds(process).unwrap_or(f64::NAN)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

/// The median of some figures (the upper one of an even count), and all of them in order, for the report.
fn median(mut values: Vec<f64>) -> (f64, String) {
    values.sort_by(f64::total_cmp);
    let each: Vec<String> = values.iter().map(|v| format!("{v:.2}")).collect();
    (values[values.len() / 2], each.join(", "))
}

fn row(name: &str, m: &Measured) {
    let per_turn = |seconds: f64| seconds * 1e6 / m.turns as f64;
    println!(
        "| {name} | {} | {:.0} | {:.2} | {:.2} | {:.1} | {:.1} MiB | {:.0} µs | {:.0} µs |",
        m.turns,
        m.rate(),
        m.p50,
        m.p99,
        m.max,
        m.rss,
        per_turn(m.bot_cpu),
        per_turn(m.harness_cpu),
    );
}

/// The largest the real bot's write-ahead log grew in `runs`.
fn wal(runs: &[&Measured]) {
    if let Some(largest) = runs.iter().filter_map(|m| m.wal).reduce(f64::max) {
        println!("real bot's write-ahead log at its largest: {largest:.1} MiB");
    }
}

fn header() {
    println!("| run | turns | turns/s | p50 ms | p99 ms | max ms | bot's peak RSS | bot CPU/turn | harness CPU/turn |");
    println!("|---|---|---|---|---|---|---|---|---|");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bot_url =
        |flag: &str| args.iter().position(|a| a == flag).map(|i| args.get(i + 1).cloned().unwrap_or_default());
    if let Some(url) = bot_url("--echo-bot") {
        return echo_bot(&url);
    }
    if let Some(url) = bot_url("--shaped-bot") {
        return shaped_bot(&url);
    }
    let shaped = args.iter().any(|a| a == "--shaped");
    let users = support::fixtures::arg("--users", 1000) as usize;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        println!("{users} people, {} turns each (registration, /recommend, survey, /mydata)", JOURNEY.len());
        if args.iter().any(|a| a == "--only-bot") {
            // For profiling: the real bot's closed-loop run alone.
            let bot = run(Kind::RealBot, users, None).await;
            header();
            row("real bot, closed loop", &bot);
            wal(&[&bot]);
            return;
        }
        let open = support::fixtures::arg("--open-bot", 0);
        if open > 0 {
            // For the latency tail: the real bot's open loop alone, at `open` turns a second offered.
            let bot =
                run(Kind::RealBot, users, Some(Duration::from_secs_f64(JOURNEY.len() as f64 / open as f64))).await;
            header();
            row(&format!("real bot, open loop ({open}/s offered)"), &bot);
            wal(&[&bot]);
            return;
        }
        // Closed loop, the two bots one after the other, `rounds` times: turns per second spread by up to 20 %
        // from run to run on a shared machine, so each ratio is taken within a round and the median reported.
        let mut rounds = Vec::new();
        let mut shaped_rounds = Vec::new();
        for _ in 0..support::fixtures::arg("--rounds", 3).max(1) {
            let echo = run(Kind::Echo, users, None).await;
            if shaped {
                shaped_rounds.push(run(Kind::Shaped, users, None).await);
            }
            rounds.push((echo, run(Kind::RealBot, users, None).await));
        }
        let ratios = |of: fn(&Measured, &Measured) -> f64| rounds.iter().map(|(echo, bot)| of(echo, bot)).collect();
        let (turns, turns_each) = median(ratios(|echo, bot| bot.rate() / echo.rate()));
        let (rss, rss_each) = median(ratios(|echo, bot| bot.rss / echo.rss));
        // Open loop at half the median maximum: people arrive evenly, each bringing JOURNEY.len() turns.
        let half = |rates: Vec<f64>| Duration::from_secs_f64(JOURNEY.len() as f64 / (median(rates).0 / 2.0));
        let echo_open = run(Kind::Echo, users, Some(half(rounds.iter().map(|r| r.0.rate()).collect()))).await;
        let bot_open = run(Kind::RealBot, users, Some(half(rounds.iter().map(|r| r.1.rate()).collect()))).await;

        header();
        for (i, (echo, bot)) in rounds.iter().enumerate() {
            row(&format!("echo, closed loop (round {})", i + 1), echo);
            if let Some(shaped) = shaped_rounds.get(i) {
                row(&format!("shaped, closed loop (round {})", i + 1), shaped);
            }
            row(&format!("real bot, closed loop (round {})", i + 1), bot);
        }
        row("echo, open loop at half its median maximum", &echo_open);
        row("real bot, open loop at half its median maximum", &bot_open);
        wal(&rounds.iter().map(|(_, bot)| bot).chain([&bot_open]).collect::<Vec<_>>());
        println!("ratio of turns/s (real bot / echo, closed loop): median {turns:.2} of {turns_each}");
        println!("ratio of peak RSS (real bot / echo, closed loop): median {rss:.2} of {rss_each}");
        if !shaped_rounds.is_empty() {
            let shaped_echo =
                median(rounds.iter().zip(&shaped_rounds).map(|((e, _), s)| s.rate() / e.rate()).collect());
            let bot_shaped = median(rounds.iter().zip(&shaped_rounds).map(|((_, b), s)| b.rate() / s.rate()).collect());
            println!("ratio of turns/s (shaped / echo): median {:.2} of {}", shaped_echo.0, shaped_echo.1);
            println!("ratio of turns/s (real bot / shaped): median {:.2} of {}", bot_shaped.0, bot_shaped.1);
            // The bot's own figure: what this product's work costs above the framework making the same calls,
            // leaving out what the harness costs the turns per second (BENCHMARKS.md, "Why 0.8 is out of reach
            // on this machine").
            let cpu = |m: &Measured| m.bot_cpu / m.turns as f64;
            let cpu_shaped = median(rounds.iter().zip(&shaped_rounds).map(|((_, b), s)| cpu(b) / cpu(s)).collect());
            println!("ratio of bot CPU per turn (real bot / shaped): median {:.2} of {}", cpu_shaped.0, cpu_shaped.1);
        }
    });
}
