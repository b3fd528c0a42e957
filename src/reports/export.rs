//! Data exports for organisers, from the command line or in a chat (`/export`), and the attendance sheet of
//! `/people`: each kind read into a
//! [`Table`] of typed cells, written as CSV, JSON or a spreadsheet (see [`super::table`]).

use sqlx::SqlitePool;

use super::table::{Cell, Table};
use crate::conversation::surveys::{QuestionKind, Survey};
use crate::domain::{Activity, ExportKind, Participant, RosterEntry, Session};
use crate::i18n::I18n;
use crate::storage::sessions::RsvpRecord;
use crate::storage::surveys::StoredResponse;
use crate::storage::{self, StorageError};

pub use super::table::{ExportError, Format, timestamp};

/// Reads the rows of `kind`. Feedback has a column per question of `surveys`, headed by its English text.
pub async fn read(pool: &SqlitePool, kind: ExportKind, i18n: &I18n, surveys: &[Survey]) -> Result<Table, StorageError> {
    Ok(match kind {
        ExportKind::Participants => participants_table(&storage::participants::all(pool).await?),
        ExportKind::Rsvps => rsvps_table(&storage::sessions::rsvp_records(pool).await?),
        ExportKind::Feedback => feedback_table(i18n, surveys, &storage::surveys::all_responses(pool).await?),
        ExportKind::Recommendations => {
            super::summary::recommendations_table(&storage::recommendations::all_rows(pool).await?)
        }
    })
}

/// Participants with codes rather than translated labels.
pub fn participants_table(participants: &[Participant]) -> Table {
    let mut table = Table::new(&[
        "telegram_id",
        "name",
        "language",
        "country",
        "cohort",
        "status",
        "birth_year",
        "gender",
        "municipality",
        "organisation",
        "consent_at",
        "privacy_version",
        "guardian_consent_at",
        "guardian_method",
        "guardian_telegram_id",
        "guardian_confirmed_by",
        "registered_at",
        "updated_at",
    ]);
    table.rows = participants.iter().map(participant_row).collect();
    table
}

fn participant_row(p: &Participant) -> Vec<Cell> {
    let profile = &p.profile;
    let guardian = profile.guardian.as_ref();
    vec![
        Cell::Int(profile.telegram_id),
        Cell::text(&profile.name),
        Cell::text(&profile.language),
        Cell::text(profile.country.code()),
        Cell::maybe(profile.cohort.as_ref().map(|c| c.as_str())),
        Cell::text(p.status.code()),
        Cell::Int(i64::from(profile.birth_year.year())),
        Cell::text(profile.gender.code()),
        Cell::text(&profile.municipality),
        Cell::maybe(profile.organisation.as_deref()),
        Cell::Time(profile.consent_at),
        Cell::text(&profile.privacy_version),
        Cell::maybe_time(guardian.map(|g| g.at)),
        Cell::maybe(guardian.map(|g| g.method.code())),
        guardian.and_then(|g| g.guardian).map_or(Cell::Empty, Cell::Int),
        guardian.and_then(|g| g.confirmed_by).map_or(Cell::Empty, Cell::Int),
        Cell::Time(p.registered_at),
        Cell::Time(p.updated_at),
    ]
}

/// Everything stored about one participant, for them to keep: the profile as the participants export has it
/// (the same fields), then their sessions, recommendations, endorsements and survey responses.
pub fn my_data(participant: &Participant, activity: &Activity) -> serde_json::Value {
    let table = participants_table(std::slice::from_ref(participant));
    let mut document = serde_json::Map::new();
    for (name, cell) in table.header.iter().zip(&table.rows[0]) {
        document.insert(name.clone(), serde_json::to_value(cell).unwrap_or_default());
    }
    document.insert("muted".into(), participant.muted.into());
    let sessions = activity.rsvps.iter().map(|(title, starts, answer, checked_in)| {
        serde_json::json!({ "title": title, "starts": starts.at, "rsvp": answer, "checked_in": checked_in })
    });
    document.insert("sessions".into(), sessions.collect());
    let recommendations = activity
        .recommendations
        .iter()
        .map(|(theme, status, text)| serde_json::json!({ "theme": theme, "status": status, "text": text }));
    document.insert("recommendations".into(), recommendations.collect());
    document.insert("endorsements".into(), activity.endorsements.into());
    document.insert("survey_responses_with_your_id".into(), activity.survey_responses.into());
    serde_json::Value::Object(document)
}

/// One row per participant and session they answered or attended.
pub fn rsvps_table(records: &[RsvpRecord]) -> Table {
    let mut table = Table::new(&[
        "telegram_id",
        "session",
        "session_title",
        "cohort",
        "starts_at",
        "rsvp",
        "checked_in",
        "answered_at",
        "checked_in_at",
    ]);
    table.rows = records
        .iter()
        .map(|r| {
            vec![
                Cell::Int(r.telegram_id),
                Cell::Int(r.session_id),
                Cell::text(&r.session_title),
                Cell::text(&r.cohort_code),
                Cell::Time(r.starts_at),
                Cell::maybe(r.answer.as_deref()),
                Cell::Bool(r.checked_in_at.is_some()),
                Cell::maybe_time(r.answered_at),
                Cell::maybe_time(r.checked_in_at),
            ]
        })
        .collect();
    table
}

/// Feedback as a table: one row per response (an anonymous survey's without an id, with its day only, in an
/// order that says nothing of when it came); after the response's own columns, one column per question of
/// each survey (its English text as the header); ratings as numbers, choices as their English labels, free text
/// verbatim.
pub fn feedback_table(i18n: &I18n, surveys: &[Survey], responses: &[StoredResponse]) -> Table {
    let en = crate::conversation::dialogues::FALLBACK_LANGUAGE;
    let text = |key: &str| i18n.format(en, key, None);
    let mut table =
        Table::new(&["response", "session", "session_title", "cohort", "survey", "survey_version", "submitted_at"]);
    let mut columns: Vec<(&Survey, &str)> = Vec::new();
    for survey in surveys {
        for q in &survey.questions {
            columns.push((survey, q.id.as_str()));
            table.header.push(text(&q.text));
        }
    }
    for r in responses {
        // An anonymous response has no id and only its day here, as stored.
        let anonymous = surveys.iter().any(|s| s.id == r.survey && s.anonymous);
        let mut row = vec![
            if anonymous { Cell::Empty } else { Cell::Int(r.id) },
            Cell::Int(r.session_id),
            Cell::text(&r.session_title),
            Cell::text(&r.cohort),
            Cell::text(&r.survey),
            Cell::Int(r.version),
            if anonymous {
                Cell::text(r.submitted_at.format("%Y-%m-%d").to_string())
            } else {
                Cell::Time(r.submitted_at)
            },
        ];
        for (survey, question) in &columns {
            let answer = r.answers.iter().find(|(q, _)| q == question).map(|(_, v)| v.as_str());
            let kind = survey.question(question).map(|q| &q.kind);
            row.push(match answer {
                Some(value) if survey.id == r.survey => answer_cell(value, kind, &text),
                _ => Cell::Empty,
            });
        }
        table.rows.push(row);
    }
    table
}

/// An answer as its question's kind reads: a rating as a number, choices by their labels.
fn answer_cell(value: &str, kind: Option<&QuestionKind>, text: &impl Fn(&str) -> String) -> Cell {
    match kind {
        Some(QuestionKind::Single(options) | QuestionKind::Multiple(options)) => Cell::Text(
            value
                .split(crate::conversation::surveys::MULTIPLE_SEPARATOR)
                .map(|v| options.iter().find(|o| o.value == v).map_or_else(|| v.to_owned(), |o| text(&o.label)))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Some(QuestionKind::YesNo) => Cell::Text(text(if value == "yes" { "opt-yes" } else { "opt-no" })),
        Some(QuestionKind::Rating) => value.parse().map_or_else(|_| Cell::text(value), Cell::Int),
        _ => Cell::text(value),
    }
}

/// One row per person: name, status, sessions attended and surveys answered, then per session (headed by its
/// local start and title) `present`, `answered` (the survey, without having been checked in) or both.
pub fn attendance_table(held: &[Session], people: &[(RosterEntry, Vec<(bool, bool)>)]) -> Table {
    let columns: Vec<String> = held
        .iter()
        .map(|s| format!("{} {}", s.starts_at.with_timezone(&s.timezone).format("%Y-%m-%d %H:%M"), s.title))
        .collect();
    let mut header = vec!["name", "status", "attended", "surveys_answered"];
    header.extend(columns.iter().map(String::as_str));
    let mut table = Table::new(&header);
    for (person, marks) in people {
        let mut row = vec![
            Cell::text(&person.name),
            Cell::text(person.status.code()),
            Cell::Int(person.attended),
            Cell::Int(person.answered),
        ];
        row.extend(marks.iter().map(|mark| match mark {
            (true, true) => Cell::text("present, answered"),
            (true, false) => Cell::text("present"),
            (false, true) => Cell::text("answered"),
            (false, false) => Cell::Empty,
        }));
        table.rows.push(row);
    }
    table
}
