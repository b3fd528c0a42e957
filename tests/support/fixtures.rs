//! Builders and small helpers shared by tests and benchmarks.

use active_citizens_bot::clock::Clock;
use active_citizens_bot::domain::{
    BirthYear, CohortCode, Country, Gender, NewSession, Profile, Role, Session, Span, checkin_code,
};
use active_citizens_bot::storage::{self, participants, roles};
use chrono::{DateTime, Utc};

use super::{TestBot, test_now};

/// A cohort code written in a test.
pub fn cohort(code: &str) -> CohortCode {
    CohortCode::parse(code).expect("a valid cohort code")
}

/// Setting up a test's programme directly (each step is tested through the dialogue elsewhere).
impl TestBot {
    /// A registered participant of `cohort`, speaking `language`.
    pub async fn enrol(&self, id: i64, cohort: &str, language: &str, country: Country) {
        let profile = profile(id, cohort, language, country);
        let mut conn = self.core.pool().acquire().await.expect("a connection");
        participants::save(&mut conn, &profile, None, test_now()).await.expect("saved");
    }

    pub async fn grant(&self, user: i64, role: Role, cohort_code: Option<&str>) {
        let code = cohort_code.map(cohort);
        roles::grant(self.core.pool(), user, role, code.as_ref(), "test", test_now()).await.expect("granted");
    }

    pub async fn add_cohort(&self, code: &str) {
        let c = storage::cohorts::Cohort { code: cohort(code), name: code.into(), country: None };
        storage::cohorts::add(self.core.pool(), &c, test_now()).await.expect("added");
    }

    /// A session of TIRANA-2026 in Belgrade's time, of `minutes`, at no set place, with the default survey.
    pub async fn session(&self, title: &str, starts_at: DateTime<Utc>, minutes: u64) -> Session {
        self.create_session(&new_session(title, starts_at, minutes)).await
    }

    /// `new` created as a facilitator would (its reminders planned), at the test clock's time.
    pub async fn create_session(&self, new: &NewSession) -> Session {
        active_citizens_bot::scheduling::create(self.core.pool(), new, "test", self.clock.now()).await.expect("created")
    }

    /// The bot's database file.
    pub fn database_file(&self) -> std::path::PathBuf {
        self.dir.path().join("bot.db")
    }

    /// The clock set to `moment` (usually later than now).
    pub fn advance_to(&self, moment: DateTime<Utc>) {
        let now = self.clock.now();
        self.clock.advance(moment - now);
    }
}

/// A registered participant's profile (registration itself is tested through the dialogue).
pub fn profile(id: i64, cohort: &str, language: &str, country: Country) -> Profile {
    Profile {
        telegram_id: id,
        language: language.into(),
        name: format!("Participant {id}"),
        birth_year: BirthYear::from_stored(2000),
        gender: Gender::Undisclosed,
        country,
        municipality: "Tiranë".into(),
        organisation: None,
        cohort: CohortCode::parse(cohort).ok(),
        consent_at: test_now(),
        privacy_version: "2026-11".into(),
        guardian: None,
    }
}

/// One registration in English, step by step: what the participant does, and whether it is a button label.
pub const REGISTRATION: [(&str, bool); 10] = [
    ("/start", false),
    ("English", true),
    ("I agree", true),
    ("Ana Hoxha", false),
    ("2000", false),
    ("Female", true),
    ("Serbia", true),
    ("Novi Sad", false),
    ("Skip", true),
    ("I don't have a code", true),
];

/// A benchmark option `--name N` from the command line.
pub fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    let Some(i) = args.iter().position(|a| a == name) else {
        return default;
    };
    match args.get(i + 1).map(|v| v.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("error: {name} takes a whole number, e.g. {name} {default}");
            std::process::exit(2)
        }
    }
}

/// Peak resident memory of a process (`self` or a pid), from /proc.
pub fn peak_rss_mib(process: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    let kib: f64 = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// CPU time a process (`self` or a pid) has used so far, user and system together, in seconds: fields 14 and
/// 15 of /proc/PID/stat, counted in the kernel's USER_HZ ticks (100 a second on Linux).
pub fn cpu_seconds(process: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{process}/stat")).ok()?;
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |n: usize| fields.get(n - 3).and_then(|f| f.parse::<f64>().ok());
    Some((ticks(14)? + ticks(15)?) / 100.0)
}

/// What is logged on this thread while the guard lives, through the bot's own filter at its default level
/// (`info`). A `#[tokio::test]` runs on one thread, and so does every task of the bot it starts.
pub fn capture_logs() -> (tracing::subscriber::DefaultGuard, Logs) {
    capture_logs_at("info")
}

/// [`capture_logs`] with `RUST_LOG` set to `spec`.
pub fn capture_logs_at(spec: &str) -> (tracing::subscriber::DefaultGuard, Logs) {
    let logs = Logs::default();
    let writer = logs.clone();
    let filter = active_citizens_bot::telemetry::env_filter(spec).expect("a valid log filter");
    let subscriber =
        tracing_subscriber::fmt().with_env_filter(filter).with_ansi(false).with_writer(move || writer.clone()).finish();
    (tracing::subscriber::set_default(subscriber), logs)
}

/// Log lines captured by [`capture_logs`].
#[derive(Clone, Default)]
pub struct Logs(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Logs {
    pub fn text(&self) -> String {
        let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut bytes) = self.0.lock() {
            bytes.extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A session of TIRANA-2026 in Belgrade's time, of `minutes`, with no module, place or survey of its own and a
/// random check-in code; a test changes what it needs with `NewSession { location: …, ..new_session(…) }`.
pub fn new_session(title: &str, starts_at: DateTime<Utc>, minutes: u64) -> NewSession {
    NewSession {
        cohort: cohort("TIRANA-2026"),
        title: title.into(),
        module: None,
        starts_at,
        timezone: chrono_tz::Europe::Belgrade,
        duration: Span::from_minutes(minutes),
        location: None,
        checkin_code: checkin_code(active_citizens_bot::scheduling::random()),
        survey: None,
    }
}

/// A session's button as an English reader sees it ("Tuesday 8 December, 18:00 · Identity").
pub fn session_button(session: &active_citizens_bot::domain::Session) -> String {
    use active_citizens_bot::i18n::dates::{Style, format};
    format!("{} · {}", format("en", &session.start(), Style::Event), session.title)
}
