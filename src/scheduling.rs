//! Session use cases: create, import, edit and cancel. Each writes the session and the messages it implies
//! (notices to the cohort; reminders are re-planned) in one transaction.

use std::path::Path;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::SqlitePool;

use crate::domain::{
    CohortCode, MAX_SESSION, NewSession, Session, Span, bounded_text, checkin_code, parse_local_start,
};
use crate::storage::outbox::{self, Payload};
use crate::storage::sessions::{self, SessionChanges};
use crate::storage::{self, StorageError, audit, cohorts};

pub const DEFAULT_DURATION: Span = Span::from_const_minutes(120);
const TITLE_CHARS: (usize, usize) = (2, 120);
const PLACE_CHARS: (usize, usize) = (2, 200);

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("{0}")]
    Invalid(String),
    #[error("no session has the id {0}")]
    NoSuchSession(i64),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// A session as typed by a person (CLI, CSV row, Telegram), before validation.
#[derive(Debug, Clone, Default)]
pub struct SessionInput {
    pub cohort: String,
    pub title: String,
    pub starts: String,
    pub timezone: Option<String>,
    pub duration: Option<String>,
    pub location: Option<String>,
    pub module: Option<String>,
    /// A survey id from dialogues/surveys; the default survey when empty.
    pub survey: Option<String>,
}

/// Which input field a problem is about, for line-and-column reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputField {
    Cohort,
    Title,
    Starts,
    Timezone,
    Duration,
    Location,
    Module,
    Survey,
}

impl InputField {
    pub fn name(self) -> &'static str {
        match self {
            InputField::Cohort => "cohort",
            InputField::Title => "title",
            InputField::Starts => "starts",
            InputField::Timezone => "timezone",
            InputField::Duration => "duration",
            InputField::Location => "location",
            InputField::Module => "module",
            InputField::Survey => "survey",
        }
    }
}

/// Checks a typed session; the cohort's existence is checked against the database.
pub async fn validate(
    pool: &SqlitePool,
    input: &SessionInput,
    default_zone: Tz,
    surveys: &[String],
) -> Result<NewSession, (InputField, String)> {
    let cohort = CohortCode::parse(&input.cohort).map_err(|e| (InputField::Cohort, e.to_string()))?;
    match cohorts::is_archived(pool, &cohort).await {
        Ok(Some(false)) => {}
        Ok(Some(true)) => {
            return Err((InputField::Cohort, format!("cohort {cohort} is archived (its programme is over)")));
        }
        Ok(None) => return Err((InputField::Cohort, format!("no cohort has the code {cohort}"))),
        Err(e) => return Err((InputField::Cohort, e.to_string())),
    }
    let title = bounded_text(&input.title, TITLE_CHARS.0, TITLE_CHARS.1)
        .map_err(|e| (InputField::Title, format!("the title is {e}")))?;
    let timezone = zone_of(input.timezone.as_deref(), default_zone)?;
    let starts_at = parse_local_start(&input.starts, timezone).map_err(|e| (InputField::Starts, e.to_string()))?;
    let duration = duration_of(input.duration.as_deref())?;
    let location = optional_text(input.location.as_deref(), PLACE_CHARS, InputField::Location)?;
    let module = optional_text(input.module.as_deref(), TITLE_CHARS, InputField::Module)?;
    let survey = survey_of(input.survey.as_deref(), surveys)?;
    Ok(NewSession {
        cohort,
        title,
        module,
        starts_at,
        timezone,
        duration,
        location,
        checkin_code: checkin_code(random()),
        survey,
    })
}

/// A field left empty is not given.
fn given(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|t| !t.is_empty())
}

fn zone_of(raw: Option<&str>, default_zone: Tz) -> Result<Tz, (InputField, String)> {
    let Some(zone) = given(raw) else { return Ok(default_zone) };
    zone.parse::<Tz>()
        .map_err(|_| (InputField::Timezone, format!("'{zone}' is not an IANA time zone such as Europe/Belgrade")))
}

fn duration_of(raw: Option<&str>) -> Result<Span, (InputField, String)> {
    let Some(text) = given(raw) else { return Ok(DEFAULT_DURATION) };
    let duration = Span::parse_at_most(text, MAX_SESSION).map_err(|e| (InputField::Duration, e.to_string()))?;
    if duration.as_secs() == 0 {
        return Err((InputField::Duration, "a session lasts longer than 0m".to_owned()));
    }
    Ok(duration)
}

fn survey_of(raw: Option<&str>, surveys: &[String]) -> Result<Option<String>, (InputField, String)> {
    match given(raw) {
        Some(id) if surveys.iter().any(|s| s == id) => Ok(Some(id.to_owned())),
        Some(id) => {
            let known = surveys.join(", ");
            Err((InputField::Survey, format!("no survey has the id '{id}' (dialogues/surveys has {known})")))
        }
        None => Ok(None),
    }
}

fn optional_text(
    raw: Option<&str>,
    (min, max): (usize, usize),
    field: InputField,
) -> Result<Option<String>, (InputField, String)> {
    match given(raw) {
        Some(text) => {
            bounded_text(text, min, max).map(Some).map_err(|e| (field, format!("the {} is {e}", field.name())))
        }
        None => Ok(None),
    }
}

/// 64 bits from the operating system's random source (the clock's nanoseconds if there is none, which on the
/// systems we run on does not happen).
pub fn random() -> u64 {
    getrandom::u64().unwrap_or_else(|e| {
        tracing::error!(error = %e, "no random source; check-in codes fall back to the clock");
        u64::from(Utc::now().timestamp_subsec_nanos()) ^ Utc::now().timestamp().unsigned_abs().rotate_left(32)
    })
}

/// 128 bits from the operating system's random source, for secrets (invitation tokens).
pub fn secret() -> u128 {
    (u128::from(random()) << 64) | u128::from(random())
}

/// Creates a session, audited as done by `actor`, in one transaction.
pub async fn create(
    pool: &SqlitePool,
    new: &NewSession,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Session, ScheduleError> {
    let mut tx = storage::begin_write(pool).await?;
    let session = sessions::insert(&mut tx, new, now).await?;
    let detail = format!("session {} for cohort {}", session.id, session.cohort);
    audit::record(&mut *tx, actor, "session_created", &detail, now).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(session)
}

/// A problem in an imported file: line (1-based, counting the header) and column name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: usize,
    pub column: &'static str,
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CsvRow {
    cohort: String,
    title: String,
    starts: String,
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    duration: Option<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    module: Option<String>,
    #[serde(default)]
    survey: Option<String>,
}

/// How `sessions import` reads its file.
#[derive(Debug, Clone)]
pub struct ImportOptions<'a> {
    /// The zone of rows without a `timezone`.
    pub default_zone: Tz,
    /// The surveys a row may name.
    pub surveys: &'a [String],
    /// A file of more rows is refused before anything is checked in depth.
    pub max_rows: usize,
    /// The field separator; `None` to take it from the header (`;` where the header has more `;` than `,`,
    /// as Excel saves CSV in Albanian, Serbian, Macedonian and other settings with a decimal comma).
    pub delimiter: Option<u8>,
}

/// What an import stored, and how it read the file.
#[derive(Debug)]
pub struct Imported {
    pub sessions: Vec<Session>,
    pub delimiter: u8,
}

/// Imports sessions from a CSV file with a header row (`cohort,title,starts` and optionally `timezone`,
/// `duration`, `location`, `module`, `survey`): every row, or none when any row is wrong; audited as done by
/// `actor` in the transaction that stores them.
pub async fn import(
    pool: &SqlitePool,
    path: &Path,
    options: &ImportOptions<'_>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Result<Imported, Vec<ImportProblem>>, ScheduleError> {
    let delimiter = match options.delimiter {
        Some(d) => d,
        None => header_delimiter(path)?,
    };
    let valid = match read_rows(pool, path, delimiter, options).await? {
        Ok(valid) => valid,
        Err(problems) => return Ok(Err(problems)),
    };
    let mut tx = storage::begin_write(pool).await?;
    let mut sessions = Vec::with_capacity(valid.len());
    for new in &valid {
        sessions.push(sessions::insert(&mut tx, new, now).await?);
    }
    let detail = format!("{} session(s) from {}", sessions.len(), path.display());
    audit::record(&mut *tx, actor, "sessions_imported", &detail, now).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(Ok(Imported { sessions, delimiter }))
}

/// `;` when the file's first line has more of them than commas, else `,`.
fn header_delimiter(path: &Path) -> Result<u8, ScheduleError> {
    let cannot_read = |e: std::io::Error| ScheduleError::Invalid(format!("cannot read {}: {e}", path.display()));
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let mut header = String::new();
    // The header is short: a first line of more than 4 KiB is no header, and reads as one anyway.
    std::io::BufRead::read_line(&mut std::io::BufReader::new(std::io::Read::take(file, 4096)), &mut header)
        .map_err(cannot_read)?;
    let count = |c: char| header.chars().filter(|x| *x == c).count();
    Ok(if count(';') > count(',') { b';' } else { b',' })
}

/// Every row checked: the sessions to create, or every problem found.
async fn read_rows(
    pool: &SqlitePool,
    path: &Path,
    delimiter: u8,
    options: &ImportOptions<'_>,
) -> Result<Result<Vec<NewSession>, Vec<ImportProblem>>, ScheduleError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .delimiter(delimiter)
        .from_path(path)
        .map_err(|e| ScheduleError::Invalid(format!("cannot read {}: {e}", path.display())))?;
    let mut problems = Vec::new();
    let mut valid = Vec::new();
    for (index, record) in reader.deserialize::<CsvRow>().enumerate() {
        if index >= options.max_rows {
            let why =
                format!("{} has more than {} rows: split it, or raise --max-rows", path.display(), options.max_rows);
            return Err(ScheduleError::Invalid(why));
        }
        let line = index + 2;
        let row = match record {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(line, |p| usize::try_from(p.line()).unwrap_or(line));
                problems.push(ImportProblem { line, column: "-", message: csv_problem(&e, delimiter) });
                continue;
            }
        };
        match validate(pool, &row.into(), options.default_zone, options.surveys).await {
            Ok(new) => valid.push(new),
            Err((field, message)) => problems.push(ImportProblem { line, column: field.name(), message }),
        }
    }
    Ok(if problems.is_empty() { Ok(valid) } else { Err(problems) })
}

impl From<CsvRow> for SessionInput {
    fn from(row: CsvRow) -> Self {
        Self {
            cohort: row.cohort,
            title: row.title,
            starts: row.starts,
            timezone: row.timezone,
            duration: row.duration,
            location: row.location,
            module: row.module,
            survey: row.survey,
        }
    }
}

fn csv_problem(error: &csv::Error, delimiter: u8) -> String {
    let problem = match error.kind() {
        csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
        _ => error.to_string(),
    };
    // A header read with the other separator is one unknown field holding every name.
    let other = if delimiter == b',' { ';' } else { ',' };
    if problem.contains("unknown field") && problem.contains(other) {
        let hint = format!(" (the file seems separated by '{other}': try --delimiter '{other}')");
        return problem + &hint;
    }
    problem
}

/// Changes a session. Its pending reminders are dropped and re-planned for the new time; its cohort is told
/// of a new time or place.
pub async fn edit(
    pool: &SqlitePool,
    id: i64,
    changes: &SessionChanges,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Session, ScheduleError> {
    let mut tx = storage::begin_write(pool).await?;
    let before = sessions::find(&mut *tx, id).await?.ok_or(ScheduleError::NoSuchSession(id))?;
    if before.cancelled {
        return Err(ScheduleError::Invalid(format!("session {id} is cancelled")));
    }
    sessions::update(&mut tx, id, changes, now).await?;
    let after = sessions::find(&mut *tx, id).await?.ok_or(ScheduleError::NoSuchSession(id))?;
    if after.starts_at != before.starts_at {
        outbox::drop_pending(&mut tx, id, Payload::Reminder { session: id }.kind()).await?;
        sessions::forget_future_offsets(&mut tx, id, after.starts_at, now).await?;
    }
    let noticeable =
        after.starts_at != before.starts_at || after.location != before.location || after.title != before.title;
    if noticeable && !after.has_started(now) {
        for chat in sessions::to_tell(&mut tx, id).await? {
            outbox::enqueue(&mut tx, chat, &Payload::SessionChanged { session: id }, now, now).await?;
        }
    }
    audit::record(&mut *tx, actor, "session_edited", &format!("session {id}"), now).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(after)
}

/// Cancels a session: no more reminders, and its cohort is told (all but those who said they cannot come).
pub async fn cancel(pool: &SqlitePool, id: i64, actor: &str, now: DateTime<Utc>) -> Result<Session, ScheduleError> {
    let mut tx = storage::begin_write(pool).await?;
    let session = sessions::find(&mut *tx, id).await?.ok_or(ScheduleError::NoSuchSession(id))?;
    if session.cancelled {
        return Err(ScheduleError::Invalid(format!("session {id} is already cancelled")));
    }
    sessions::cancel(&mut tx, id, now).await?;
    outbox::drop_pending(&mut tx, id, Payload::Reminder { session: id }.kind()).await?;
    if !session.has_started(now) {
        for chat in sessions::to_tell(&mut tx, id).await? {
            outbox::enqueue(&mut tx, chat, &Payload::SessionCancelled { session: id }, now, now).await?;
        }
    }
    audit::record(&mut *tx, actor, "session_cancelled", &format!("session {id}"), now).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(Session { cancelled: true, ..session })
}
