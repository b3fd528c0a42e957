//! Session use cases: create, import, edit and cancel. Each writes the session and the messages it implies
//! (notices to those coming; reminders are re-planned) in one transaction.

use std::path::Path;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::SqlitePool;

use crate::domain::{
    CohortCode, MAX_SESSION, NewSession, Session, Span, bounded_text, checkin_code, parse_local_start,
};
use crate::storage::outbox::{self, Payload};
use crate::storage::sessions::{self, SessionChanges};
use crate::storage::{self, StorageError, cohorts};

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
    match cohorts::name_of(pool, &cohort).await {
        Ok(Some(_)) => {}
        Ok(None) => return Err((InputField::Cohort, format!("no cohort has the code {cohort}"))),
        Err(e) => return Err((InputField::Cohort, e.to_string())),
    }
    let title = bounded_text(&input.title, TITLE_CHARS.0, TITLE_CHARS.1)
        .map_err(|e| (InputField::Title, format!("the title is {e}")))?;
    let timezone = match input.timezone.as_deref().map(str::trim).filter(|z| !z.is_empty()) {
        Some(zone) => zone.parse::<Tz>().map_err(|_| {
            (InputField::Timezone, format!("'{zone}' is not an IANA time zone such as Europe/Belgrade"))
        })?,
        None => default_zone,
    };
    let starts_at = parse_local_start(&input.starts, timezone).map_err(|e| (InputField::Starts, e.to_string()))?;
    let duration = match input.duration.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => Span::parse_at_most(d, MAX_SESSION).map_err(|e| (InputField::Duration, e.to_string()))?,
        None => DEFAULT_DURATION,
    };
    if duration.as_secs() == 0 {
        return Err((InputField::Duration, "a session lasts longer than 0m".to_owned()));
    }
    let location = optional_text(input.location.as_deref(), PLACE_CHARS, InputField::Location)?;
    let module = optional_text(input.module.as_deref(), TITLE_CHARS, InputField::Module)?;
    let survey = match input.survey.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) if surveys.iter().any(|s| s == id) => Some(id.to_owned()),
        Some(id) => {
            let known = surveys.join(", ");
            return Err((InputField::Survey, format!("no survey has the id '{id}' (dialogues/surveys has {known})")));
        }
        None => None,
    };
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

fn optional_text(
    raw: Option<&str>,
    (min, max): (usize, usize),
    field: InputField,
) -> Result<Option<String>, (InputField, String)> {
    match raw.map(str::trim).filter(|t| !t.is_empty()) {
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

pub async fn create(pool: &SqlitePool, new: &NewSession, now: DateTime<Utc>) -> Result<Session, ScheduleError> {
    let mut tx = storage::begin_write(pool).await?;
    let session = sessions::insert(&mut tx, new, now).await?;
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

/// Imports sessions from a CSV file with a header row (`cohort,title,starts` and optionally `timezone`,
/// `duration`, `location`, `module`, `survey`): every row, or none when any row is wrong. A file of more than
/// `max_rows` rows is refused before anything is checked in depth.
pub async fn import(
    pool: &SqlitePool,
    path: &Path,
    default_zone: Tz,
    surveys: &[String],
    max_rows: usize,
    now: DateTime<Utc>,
) -> Result<Result<Vec<Session>, Vec<ImportProblem>>, ScheduleError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(|e| ScheduleError::Invalid(format!("cannot read {}: {e}", path.display())))?;
    let mut problems = Vec::new();
    let mut valid = Vec::new();
    for (index, record) in reader.deserialize::<CsvRow>().enumerate() {
        if index >= max_rows {
            let why = format!("{} has more than {max_rows} rows: split it, or raise --max-rows", path.display());
            return Err(ScheduleError::Invalid(why));
        }
        let line = index + 2;
        let row = match record {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(line, |p| usize::try_from(p.line()).unwrap_or(line));
                problems.push(ImportProblem { line, column: "-", message: csv_problem(&e) });
                continue;
            }
        };
        let input = SessionInput {
            cohort: row.cohort,
            title: row.title,
            starts: row.starts,
            timezone: row.timezone,
            duration: row.duration,
            location: row.location,
            module: row.module,
            survey: row.survey,
        };
        match validate(pool, &input, default_zone, surveys).await {
            Ok(new) => valid.push(new),
            Err((field, message)) => problems.push(ImportProblem { line, column: field.name(), message }),
        }
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let mut tx = storage::begin_write(pool).await?;
    let mut created = Vec::with_capacity(valid.len());
    for new in &valid {
        created.push(sessions::insert(&mut tx, new, now).await?);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(Ok(created))
}

fn csv_problem(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
        _ => error.to_string(),
    }
}

/// Changes a session. Its pending reminders are dropped and re-planned for the new time; those coming are told
/// of a new time or place.
pub async fn edit(
    pool: &SqlitePool,
    id: i64,
    changes: &SessionChanges,
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
        for chat in sessions::coming(&mut tx, id).await? {
            outbox::enqueue(&mut tx, chat, &Payload::SessionChanged { session: id }, now, now).await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(after)
}

/// Cancels a session: no more reminders, and those coming are told.
pub async fn cancel(pool: &SqlitePool, id: i64, now: DateTime<Utc>) -> Result<Session, ScheduleError> {
    let mut tx = storage::begin_write(pool).await?;
    let session = sessions::find(&mut *tx, id).await?.ok_or(ScheduleError::NoSuchSession(id))?;
    if session.cancelled {
        return Err(ScheduleError::Invalid(format!("session {id} is already cancelled")));
    }
    sessions::cancel(&mut tx, id, now).await?;
    outbox::drop_pending(&mut tx, id, Payload::Reminder { session: id }.kind()).await?;
    if !session.has_started(now) {
        for chat in sessions::coming(&mut tx, id).await? {
            outbox::enqueue(&mut tx, chat, &Payload::SessionCancelled { session: id }, now, now).await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(Session { cancelled: true, ..session })
}
