//! Sessions from the command line: add, list, import, edit, cancel; and `schedule`, what will be sent about them.

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::config::Settings;
use crate::conversation::Dialogues;
use crate::domain::{CohortCode, Span};
use crate::scheduling::{self, ImportOptions, SessionInput};
use crate::storage::sessions::{self, SessionChanges};

use super::admin::{link_username, print_link, settle_qr, write_qr};
use super::args::{EditArgs, SessionArgs, SessionsCommand};
use super::{counted, now, on_database, print_lines};

pub(super) async fn sessions_command(settings: &Settings, command: SessionsCommand) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let now = now();
        match command {
            SessionsCommand::Add { session, qr } => add_session(settings, pool, session, qr.as_deref(), now).await,
            SessionsCommand::List { cohort } => list_sessions(pool, cohort.as_deref(), now).await,
            SessionsCommand::Import { file, max_rows, delimiter } => {
                let surveys = survey_ids(settings)?;
                let options = ImportOptions {
                    default_zone: settings.timezone,
                    surveys: &surveys,
                    max_rows,
                    delimiter: delimiter.map(|d| d as u8),
                };
                import_sessions(pool, &file, &options, now).await
            }
            SessionsCommand::Edit { id, changes } => edit_session(pool, id, changes, now).await,
            SessionsCommand::Cancel { id } => {
                let cancelled = scheduling::cancel(pool, id, "cli", now).await?;
                let told = if cancelled.has_started(now) {
                    ""
                } else {
                    " Its cohort will be told, but for those who said they cannot come."
                };
                println!("Cancelled session {id}: {}.{told}", cancelled.title);
                Ok(())
            }
        }
    })
    .await
}

async fn edit_session(
    pool: &sqlx::SqlitePool,
    id: i64,
    edit: EditArgs,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let current = sessions::find(pool, id).await?.ok_or_else(|| anyhow::anyhow!("no session has the id {id}"))?;
    let zone = match edit.tz.as_deref() {
        Some(z) => z.parse::<chrono_tz::Tz>().map_err(|_| anyhow::anyhow!("--tz: '{z}' is not an IANA time zone"))?,
        None => current.timezone,
    };
    let starts_at = edit
        .starts
        .as_deref()
        .map(|text| crate::domain::parse_local_start(text, zone))
        .transpose()
        .context("--starts")?;
    let duration = edit
        .duration
        .as_deref()
        .map(|d| Span::parse_at_most(d, crate::domain::MAX_SESSION))
        .transpose()
        .context("--duration")?;
    let changes = SessionChanges {
        title: edit.title,
        module: edit.module,
        starts_at,
        timezone: edit.tz.is_some().then_some(zone),
        duration,
        location: edit.location,
    };
    let edited = scheduling::edit(pool, id, &changes, "cli", now).await?;
    println!("Session {id} now: {} ({}).", edited.title, edited.local_start(edited.timezone));
    Ok(())
}

pub(super) async fn add_session(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    session: SessionArgs,
    qr_file: Option<&Path>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let username = link_username(settings, pool, qr_file).await?;
    let input = SessionInput {
        cohort: session.cohort,
        title: session.title,
        starts: session.starts,
        timezone: session.tz,
        duration: session.duration,
        location: session.location,
        module: session.module,
        survey: session.survey,
    };
    let new = scheduling::validate(pool, &input, settings.timezone, &survey_ids(settings)?)
        .await
        .map_err(|(field, message)| anyhow::anyhow!("--{}: {message}", cli_flag(field)))?;
    let payload = format!("{}{}", crate::conversation::CHECKIN_PREFIX, new.checkin_code);
    // The image first: a path that cannot be written stores nothing, so a retry makes no second session.
    let qr = write_qr(username.as_deref(), &payload, qr_file)?;
    let created = settle_qr(qr, scheduling::create(pool, &new, "cli", now).await)?;
    println!("Added session {}: {} ({}).", created.id, created.title, created.local_start(created.timezone));
    if created.has_started(now) {
        println!("It starts in the past: recorded, and no reminders will be sent.");
    }
    print_link("Check-in link", username.as_deref(), &payload, qr_file);
    Ok(())
}

pub(super) async fn list_sessions(
    pool: &sqlx::SqlitePool,
    cohort: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let cohort = cohort.map(CohortCode::parse).transpose().context("--cohort")?;
    print_lines(sessions::list(pool, cohort.as_ref()).await?, "No sessions.", |s| {
        let status = if s.cancelled {
            "cancelled"
        } else if s.has_started(now) {
            "past"
        } else {
            "upcoming"
        };
        let place = s.location.as_deref().unwrap_or("-");
        let local = s.local_start(s.timezone);
        format!("{:>5}  {:<16} {} {:<16} {:<9} {}  @ {}", s.id, s.cohort, local, s.timezone, status, s.title, place)
    });
    Ok(())
}

/// The problems of a refused import listed one by one; the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

/// Imports every row of `file` or none, naming its problems.
async fn import_sessions(
    pool: &sqlx::SqlitePool,
    file: &Path,
    options: &ImportOptions<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    match scheduling::import(pool, file, options, "cli", now).await? {
        Ok(imported) => {
            let sessions = counted(imported.sessions.len(), "session", "sessions");
            let separator = if imported.delimiter == b';' { "semicolons" } else { "commas" };
            println!("Imported {sessions} from {} (fields separated by {separator}).", file.display());
            Ok(())
        }
        Err(problems) => {
            for problem in problems.iter().take(SHOWN_PROBLEMS) {
                eprintln!("{}: {problem}", file.display());
            }
            if problems.len() > SHOWN_PROBLEMS {
                eprintln!("{}: … and {} more", file.display(), problems.len() - SHOWN_PROBLEMS);
            }
            bail!("nothing imported: {} problem(s) in {}", problems.len(), file.display());
        }
    }
}

/// The ids of the surveys in dialogues/surveys, which sessions may name.
pub(super) fn survey_ids(settings: &Settings) -> anyhow::Result<Vec<String>> {
    Ok(Dialogues::configured(settings.dialogues_dir.as_deref())?.surveys.into_iter().map(|s| s.id).collect())
}

pub(super) fn cli_flag(field: scheduling::InputField) -> &'static str {
    match field {
        scheduling::InputField::Timezone => "tz",
        other => other.name(),
    }
}

/// `schedule --days N`: one line per thing planned, in time order.
pub(super) async fn show_schedule(settings: &Settings, days: u16) -> anyhow::Result<()> {
    use crate::delivery::forecast::{self, Rules};
    let rules = Rules::from(&crate::delivery::WorkerOptions::from(settings));
    on_database(settings, async |pool| {
        let now = now();
        let until = now + chrono::Duration::days(i64::from(days));
        let planned = forecast::upcoming(pool, &rules, (&crate::domain::Reach::Everything, None), now, until).await?;
        let empty = format!("Nothing is planned for the next {}.", counted(days, "day", "days"));
        print_lines(planned, &empty, |p| planned_line(&p, settings.timezone, now));
        Ok(())
    })
    .await
}

/// "Fri 2026-11-27 12:00 +01:00  reminder            12 people  Dialogue (TIRANA-2026, starts 2026-11-28 11:00)"
fn planned_line(p: &crate::domain::Planned, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) -> String {
    use crate::domain::{AboutSession, Sending};
    let when = if p.at <= now {
        "now".to_owned()
    } else {
        p.at.with_timezone(&zone).format("%a %Y-%m-%d %H:%M %:z").to_string()
    };
    let (kind, about) = match &p.what {
        Sending::Session { kind, session, cohort } => {
            let kind = match kind {
                AboutSession::Reminder => "reminder",
                AboutSession::SurveyInvitation => "survey invitation",
                AboutSession::Notice => "session notice",
            };
            (kind, session_about(session, cohort))
        }
        Sending::Announcement { id } => ("announcement", format!("#{id}")),
    };
    format!("{when:<27} {kind:<18} {:>12}  {about}", counted(p.recipients, "person", "people"))
}

fn session_about(session: &crate::domain::SessionLabel, cohort: &CohortCode) -> String {
    let starts = session.starts.at.with_timezone(&session.starts.zone).format("%Y-%m-%d %H:%M");
    format!("{} (session {}, {cohort}, starts {starts})", session.title, session.id)
}
