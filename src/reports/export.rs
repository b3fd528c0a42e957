//! Data exports for organisers: CSV with a header row, JSON, or a spreadsheet; from the command line or in a
//! chat (`/export`).

use std::io::Write;

use serde::Serialize;
use sqlx::SqlitePool;

use crate::conversation::surveys::Survey;
use crate::domain::{ExportKind, Participant};
use crate::i18n::I18n;
use crate::storage::sessions::RsvpRecord;
use crate::storage::{self, StorageError};

/// The rows of one export, as read from the database.
#[derive(Debug)]
pub enum Data {
    Participants(Vec<Participant>),
    Rsvps(Vec<RsvpRecord>),
    /// An export whose columns are data: feedback (a column per question) and recommendations.
    Table(Table),
}

impl Data {
    /// Reads the rows of `kind`. Feedback has a column per question of `surveys`, headed by its English text.
    pub async fn read(
        pool: &SqlitePool,
        kind: ExportKind,
        i18n: &I18n,
        surveys: &[Survey],
    ) -> Result<Self, StorageError> {
        Ok(match kind {
            ExportKind::Participants => Data::Participants(storage::participants::all(pool).await?),
            ExportKind::Rsvps => Data::Rsvps(storage::sessions::rsvp_records(pool).await?),
            ExportKind::Feedback => {
                Data::Table(feedback_table(i18n, surveys, &storage::surveys::all_responses(pool).await?))
            }
            ExportKind::Recommendations => {
                Data::Table(super::summary::recommendations_table(&storage::recommendations::all_rows(pool).await?))
            }
        })
    }

    /// How many rows (the header aside).
    pub fn len(&self) -> usize {
        match self {
            Data::Participants(rows) => rows.len(),
            Data::Rsvps(rows) => rows.len(),
            Data::Table(table) => table.rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn write(&self, format: Format, out: impl Write) -> Result<(), ExportError> {
        match self {
            Data::Participants(rows) => participants(rows, format, out),
            Data::Rsvps(rows) => rsvps(rows, format, out),
            Data::Table(t) => table(t, format, out),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot write the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

impl ExportError {
    /// The reader of the output went away (`export … | head`): they have what they wanted, nothing failed.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            ExportError::Io(e) => Some(e.kind()),
            ExportError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
            ExportError::Json(e) => e.io_error_kind(),
            ExportError::Xlsx(_) => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
}

/// One participant as exported: codes rather than translated labels, times in RFC 3339 UTC.
#[derive(Debug, Serialize)]
struct ParticipantRow<'a> {
    telegram_id: i64,
    name: &'a str,
    language: &'a str,
    country: &'static str,
    cohort: Option<&'a str>,
    status: &'static str,
    birth_year: u16,
    gender: &'static str,
    municipality: &'a str,
    organisation: Option<&'a str>,
    consent_at: String,
    privacy_version: &'a str,
    guardian_consent_at: Option<String>,
    registered_at: String,
    updated_at: String,
}

impl<'a> From<&'a Participant> for ParticipantRow<'a> {
    fn from(p: &'a Participant) -> Self {
        let profile = &p.profile;
        Self {
            telegram_id: profile.telegram_id,
            name: &profile.name,
            language: &profile.language,
            country: profile.country.code(),
            cohort: profile.cohort.as_ref().map(|c| c.as_str()),
            status: p.status.code(),
            birth_year: profile.birth_year.year(),
            gender: profile.gender.code(),
            municipality: &profile.municipality,
            organisation: profile.organisation.as_deref(),
            consent_at: timestamp(profile.consent_at),
            privacy_version: &profile.privacy_version,
            guardian_consent_at: profile.guardian_consent_at.map(timestamp),
            registered_at: timestamp(p.registered_at),
            updated_at: timestamp(p.updated_at),
        }
    }
}

pub fn participants(participants: &[Participant], format: Format, out: impl Write) -> Result<(), ExportError> {
    write_rows(participants.iter().map(ParticipantRow::from), &PARTICIPANT_COLUMNS, format, out)
}

const PARTICIPANT_COLUMNS: [&str; 15] = [
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
    "registered_at",
    "updated_at",
];

/// One participant's answer and attendance for one session.
#[derive(Debug, Serialize)]
struct RsvpRow<'a> {
    telegram_id: i64,
    session: i64,
    session_title: &'a str,
    cohort: &'a str,
    starts_at: String,
    rsvp: &'a str,
    checked_in: bool,
    answered_at: Option<String>,
    checked_in_at: Option<String>,
}

pub fn rsvps(records: &[RsvpRecord], format: Format, out: impl Write) -> Result<(), ExportError> {
    let rows = records.iter().map(|r| RsvpRow {
        telegram_id: r.telegram_id,
        session: r.session_id,
        session_title: &r.session_title,
        cohort: &r.cohort_code,
        starts_at: timestamp(r.starts_at),
        rsvp: r.answer.as_deref().unwrap_or(""),
        checked_in: r.checked_in_at.is_some(),
        answered_at: r.answered_at.map(timestamp),
        checked_in_at: r.checked_in_at.map(timestamp),
    });
    write_rows(rows, &RSVP_COLUMNS, format, out)
}

const RSVP_COLUMNS: [&str; 9] = [
    "telegram_id",
    "session",
    "session_title",
    "cohort",
    "starts_at",
    "rsvp",
    "checked_in",
    "answered_at",
    "checked_in_at",
];

/// CSV with a header row even when empty, a JSON array, or a spreadsheet.
fn write_rows<T: Serialize>(
    rows: impl Iterator<Item = T>,
    columns: &[&str],
    format: Format,
    mut out: impl Write,
) -> Result<(), ExportError> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &rows.collect::<Vec<_>>())?;
        out.write_all(b"\n")?;
        return Ok(());
    }
    // CSV and spreadsheets through JSON values, so that both write every cell the one way `table` does.
    let values: Vec<serde_json::Value> = rows.map(serde_json::to_value).collect::<Result<_, _>>()?;
    let header: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
    let cells = values.iter().map(|v| columns.iter().map(|c| cell_text(&v[*c])).collect()).collect();
    table(&Table { header, rows: cells }, format, out)
}

/// A moment as exports write it: RFC 3339 in UTC, to the second (`2026-12-02T15:55:07Z`), which scripts and
/// spreadsheets read; the database keeps the fractions of a second.
pub fn timestamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn cell_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A table of text cells with a header row: the common shape of exports whose columns are data (feedback).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn table(table: &Table, format: Format, mut out: impl Write) -> Result<(), ExportError> {
    match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(&table.header)?;
            for row in &table.rows {
                writer.write_record(row.iter().map(|cell| csv_cell(cell).into_owned()))?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = table
                .rows
                .iter()
                .map(|row| {
                    table.header.iter().cloned().zip(row.iter().map(|c| serde_json::Value::String(c.clone()))).collect()
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &objects)?;
            out.write_all(b"\n")?;
        }
        Format::Xlsx => {
            let mut workbook = rust_xlsxwriter::Workbook::new();
            let sheet = workbook.add_worksheet();
            let bold = rust_xlsxwriter::Format::new().set_bold();
            for (col, name) in table.header.iter().enumerate() {
                sheet.write_string_with_format(0, col_index(col), name, &bold)?;
            }
            for (r, row) in table.rows.iter().enumerate() {
                let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
                for (col, cell) in row.iter().enumerate() {
                    match plain_number(cell) {
                        Some(n) => sheet.write_number(r, col_index(col), n)?,
                        None => sheet.write_string(r, col_index(col), cell)?,
                    };
                }
            }
            out.write_all(&workbook.save_to_buffer()?)?;
        }
    }
    Ok(())
}

/// A cell as CSV writes it. Participants write names, towns, recommendations and answers, and organisers open
/// CSV files in spreadsheets, which run a cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return
/// before one) as a formula: such a cell gets a leading apostrophe, which marks it as text (OWASP's advice on
/// CSV injection). Nothing the bot itself writes starts so (no negative numbers); JSON and spreadsheets keep
/// every text exactly, a spreadsheet's strings being text by their type.
fn csv_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// A cell that is a number as the bot writes them (ids, counts, ratings, years, averages): digits, with at most
/// one decimal point between digits, and no leading zero before another digit. Anything else stays text in a
/// spreadsheet: a person called "Nan" or "Inf" (which Rust's float parser reads as NaN and infinity), a town
/// written "1e3", an answer "007" or "+38970123456".
fn plain_number(cell: &str) -> Option<f64> {
    let (whole, fraction) = cell.split_once('.').unwrap_or((cell, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let leading_zero = whole.len() > 1 && whole.starts_with('0');
    if cell.len() >= 16 || !digits(whole) || !digits(fraction) || leading_zero {
        return None;
    }
    cell.parse().ok()
}

fn col_index(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

/// Feedback as a table: one row per response; after the response's own columns, one column per question of
/// each survey (its English text as the header); choices as their English labels; free text verbatim.
pub fn feedback_table(i18n: &I18n, surveys: &[Survey], responses: &[crate::storage::surveys::StoredResponse]) -> Table {
    use crate::conversation::surveys::QuestionKind;
    let en = crate::conversation::dialogues::FALLBACK_LANGUAGE;
    let text = |key: &str| i18n.format(en, key, None);
    let mut header: Vec<String> =
        ["response", "session", "session_title", "cohort", "survey", "survey_version", "submitted_at"]
            .map(String::from)
            .to_vec();
    let mut columns: Vec<(String, String)> = Vec::new();
    for survey in surveys {
        for q in &survey.questions {
            columns.push((survey.id.clone(), q.id.clone()));
            header.push(text(&q.text));
        }
    }
    let rows = responses
        .iter()
        .map(|r| {
            let survey = surveys.iter().find(|s| s.id == r.survey);
            let mut row = vec![
                r.id.to_string(),
                r.session_id.to_string(),
                r.session_title.clone(),
                r.cohort.clone(),
                r.survey.clone(),
                r.version.to_string(),
                timestamp(r.submitted_at),
            ];
            for (survey_id, question_id) in &columns {
                let answer = r.answers.iter().find(|(q, _)| q == question_id).map(|(_, v)| v.as_str());
                let question = survey.filter(|s| &s.id == survey_id).and_then(|s| s.question(question_id));
                let cell = match (answer, question.map(|q| &q.kind)) {
                    (Some(v), Some(QuestionKind::Single(options) | QuestionKind::Multiple(options))) => v
                        .split(crate::conversation::surveys::MULTIPLE_SEPARATOR)
                        .map(|value| {
                            options
                                .iter()
                                .find(|o| o.value == value)
                                .map_or_else(|| value.to_owned(), |o| text(&o.label))
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                    (Some(v), Some(QuestionKind::YesNo)) => text(if v == "yes" { "opt-yes" } else { "opt-no" }),
                    (Some(v), _) if r.survey == *survey_id => v.to_owned(),
                    _ => String::new(),
                };
                row.push(cell);
            }
            row
        })
        .collect();
    Table { header, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_a_spreadsheet_would_run_as_a_formula_is_marked_as_text() {
        for formula in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(csv_cell(formula), format!("'{formula}"), "{formula:?}");
        }
        for text in ["Ana", "2026-12-02T15:55:07Z", "4.5", "", "a=b", "'quoted'", "Шкодер"] {
            assert_eq!(csv_cell(text), text, "{text:?}");
        }
    }

    #[test]
    fn only_plain_numerals_become_spreadsheet_numbers() {
        for (cell, n) in
            [("0", 0.0), ("7", 7.0), ("2000", 2000.0), ("3.7", 3.7), ("0.5", 0.5), ("1234567890", 1234567890.0)]
        {
            assert_eq!(plain_number(cell), Some(n), "{cell:?}");
        }
        for cell in ["", "Nan", "NaN", "inf", "Infinity", "1e3", "007", "+38970", "-1", "1.", ".5", "1.2.3", "1 000"] {
            assert_eq!(plain_number(cell), None, "{cell:?}");
        }
        assert_eq!(plain_number("1234567890123456"), None, "16 digits and more stay text, as phone numbers and ids do");
    }

    #[test]
    fn csv_of_rows_has_its_header_when_empty_and_marks_formulas() {
        #[derive(Serialize)]
        struct Row<'a> {
            id: i64,
            name: &'a str,
            flag: bool,
            note: Option<&'a str>,
        }
        let mut empty = Vec::new();
        write_rows(std::iter::empty::<Row>(), &["id", "name", "flag", "note"], Format::Csv, &mut empty).unwrap();
        assert_eq!(String::from_utf8(empty).unwrap(), "id,name,flag,note\n");
        let rows = [
            Row { id: 1, name: "=1+1", flag: true, note: None },
            Row { id: 2, name: "Ana", flag: false, note: Some("x") },
        ];
        let mut csv = Vec::new();
        write_rows(rows.iter(), &["id", "name", "flag", "note"], Format::Csv, &mut csv).unwrap();
        assert_eq!(String::from_utf8(csv).unwrap(), "id,name,flag,note\n1,'=1+1,true,\n2,Ana,false,x\n");
        let mut json = Vec::new();
        write_rows(rows.iter(), &["id", "name", "flag", "note"], Format::Json, &mut json).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(value[0]["name"], "=1+1", "JSON keeps the text exactly");
    }
}
