//! Data exports for organisers: CSV with a header row, or JSON.

use std::io::Write;

use serde::Serialize;

use crate::domain::Participant;
use crate::storage::sessions::RsvpRecord;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
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
            consent_at: profile.consent_at.to_rfc3339(),
            privacy_version: &profile.privacy_version,
            guardian_consent_at: profile.guardian_consent_at.map(|t| t.to_rfc3339()),
            registered_at: p.registered_at.to_rfc3339(),
            updated_at: p.updated_at.to_rfc3339(),
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
        starts_at: r.starts_at.to_rfc3339(),
        rsvp: r.answer.as_deref().unwrap_or(""),
        checked_in: r.checked_in_at.is_some(),
        answered_at: r.answered_at.map(|t| t.to_rfc3339()),
        checked_in_at: r.checked_in_at.map(|t| t.to_rfc3339()),
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

/// CSV with a header row even when empty, or a JSON array.
fn write_rows<T: Serialize>(
    rows: impl Iterator<Item = T>,
    columns: &[&str],
    format: Format,
    out: impl Write,
) -> Result<(), ExportError> {
    match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            let mut wrote_any = false;
            for row in rows {
                writer.serialize(row)?;
                wrote_any = true;
            }
            if !wrote_any {
                writer.write_record(columns)?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let mut out = out;
            serde_json::to_writer_pretty(&mut out, &rows.collect::<Vec<_>>())?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
