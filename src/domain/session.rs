//! Training sessions: when and where a cohort meets, and the rules of reminders, RSVPs and check-in.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{CohortCode, Span};

/// The feedback survey of sessions that name none (`dialogues/surveys/<id>.toml`).
pub const DEFAULT_SURVEY: &str = "session-feedback";

/// Check-in opens this long before the start and stays open until the end.
pub const CHECKIN_OPENS_BEFORE: Span = Span::from_const_minutes(30);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    pub cohort: CohortCode,
    pub title: String,
    pub module: Option<String>,
    pub starts_at: DateTime<Utc>,
    /// The zone the start was entered in, and in which it is shown by default.
    pub timezone: Tz,
    pub duration: Span,
    pub location: Option<String>,
    /// The code of the check-in deep link (`start=checkin-<code>`).
    pub checkin_code: String,
    pub cancelled: bool,
}

/// A session before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub cohort: CohortCode,
    pub title: String,
    pub module: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub timezone: Tz,
    pub duration: Span,
    pub location: Option<String>,
    /// See [`checkin_code`].
    pub checkin_code: String,
    /// The feedback survey; `None` for the default one.
    pub survey: Option<String>,
}

/// A check-in code from 60 random bits: 12 characters of an unambiguous base 32, unguessable from outside
/// the venue.
pub fn checkin_code(random: u64) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..12).map(|i| ALPHABET[((random >> (i * 5)) & 31) as usize] as char).collect()
}

/// A session as one participant sees it: with their RSVP and check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionView {
    pub session: Session,
    pub rsvp: Option<Rsvp>,
    pub checked_in: bool,
}

/// Where a check-in attempt stands against the session's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckInWindow {
    TooEarly,
    Open,
    Over,
}

impl Session {
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.duration.after(self.starts_at)
    }

    pub fn has_started(&self, now: DateTime<Utc>) -> bool {
        now >= self.starts_at
    }

    pub fn checkin_window(&self, now: DateTime<Utc>) -> CheckInWindow {
        if now < CHECKIN_OPENS_BEFORE.before(self.starts_at) {
            CheckInWindow::TooEarly
        } else if now > self.ends_at() {
            CheckInWindow::Over
        } else {
            CheckInWindow::Open
        }
    }

    /// The start as shown to people: local time in `zone`, e.g. `2026-12-05 18:00`.
    pub fn local_start(&self, zone: Tz) -> String {
        self.starts_at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string()
    }

    /// The start in the session's own zone, to be shown in each reader's language.
    pub fn start(&self) -> LocalTime {
        LocalTime { at: self.starts_at, zone: self.timezone }
    }

    /// The session as a button offers it.
    pub fn to_label(&self) -> SessionLabel {
        SessionLabel { id: self.id, starts: self.start(), title: self.title.clone() }
    }
}

/// A moment and the zone it is shown in; `i18n::dates` writes it in each reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalTime {
    pub at: DateTime<Utc>,
    pub zone: Tz,
}

impl LocalTime {
    pub fn new(at: DateTime<Utc>, zone: Tz) -> Self {
        Self { at, zone }
    }

    /// Whether its wall-clock time happens twice in its zone (the autumn hour the clocks go back), so that
    /// only the offset tells which one is meant.
    pub fn is_ambiguous(&self) -> bool {
        let wall = self.at.with_timezone(&self.zone).naive_local();
        matches!(self.zone.from_local_datetime(&wall), LocalResult::Ambiguous(..))
    }
}

/// A session as a button offers it: its start and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLabel {
    pub id: i64,
    pub starts: LocalTime,
    pub title: String,
}

/// A time zone as people read it, by its letters and offset at `at` ("CET, UTC+1", "CEST, UTC+2"), or its offset
/// alone where it has no letters ("UTC+4"). Not by its IANA name: a city's name ("Europe/Belgrade" for Kosovo
/// too) is not what a facilitator in Tirana or Prishtina expects to be told their time is.
pub fn zone_label(zone: Tz, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&zone);
    let seconds = local.offset().fix().local_minus_utc();
    let (sign, seconds) = (if seconds < 0 { '-' } else { '+' }, seconds.abs());
    let offset = match (seconds / 3600, seconds % 3600 / 60) {
        (0, 0) => "UTC".to_owned(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    };
    let letters = local.format("%Z").to_string();
    if letters == offset || !letters.chars().all(|c| c.is_ascii_alphabetic()) {
        offset
    } else {
        format!("{letters}, {offset}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error("'{0}' is not a date and time: write it like 2026-12-05 18:00 or 05.12.2026 18:00")]
    Format(String),
    #[error("{0} does not exist in {1} (the clocks skip it)")]
    Skipped(String, Tz),
}

/// Reads `YYYY-MM-DD HH:MM` as a wall-clock time in `zone`. In the autumn hour that happens twice, the
/// first one is meant.
pub fn parse_local_start(text: &str, zone: Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    let text = text.trim();
    // ISO, or day.month.year as people in the region write it (a trailing dot after the year allowed: "5.12.2026.").
    let naive = ["%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y. %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| LocalTimeError::Format(text.to_owned()))?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .ok_or_else(|| LocalTimeError::Skipped(text.to_owned(), zone))
}

/// A participant's answer to "are you coming?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Coming,
    NotComing,
}

impl Rsvp {
    pub fn code(self) -> &'static str {
        match self {
            Rsvp::Coming => "coming",
            Rsvp::NotComing => "not_coming",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "coming" => Some(Rsvp::Coming),
            "not_coming" => Some(Rsvp::NotComing),
            _ => None,
        }
    }
}

/// Of the reminder offsets whose moment has come (`start - offset <= now`) and that were not yet handled,
/// the one to send: the latest (smallest offset). Missed earlier ones are dropped, never sent late.
/// Nothing once the session has started.
pub fn reminder_due(starts_at: DateTime<Utc>, offsets: &[Span], handled: &[Span], now: DateTime<Utc>) -> Due {
    if now >= starts_at {
        return Due { send: None, handled_now: Vec::new() };
    }
    let mut due: Vec<Span> =
        offsets.iter().copied().filter(|o| !handled.contains(o) && o.before(starts_at) <= now).collect();
    due.sort();
    Due { send: due.first().copied(), handled_now: due }
}

/// The outcome of [`reminder_due`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The offset whose reminder goes out now.
    pub send: Option<Span>,
    /// Every offset to record as handled (the one sent and the missed ones before it).
    pub handled_now: Vec<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn at(h: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, 0, 0, 0).single().unwrap() + Duration::hours(h)
    }

    #[test]
    fn a_zone_is_shown_by_its_letters_and_offset_never_by_a_city() {
        let winter = at(12);
        let summer = Utc.with_ymd_and_hms(2027, 7, 1, 12, 0, 0).single().unwrap();
        assert_eq!(zone_label(chrono_tz::Europe::Belgrade, winter), "CET, UTC+1");
        assert_eq!(zone_label(chrono_tz::Europe::Belgrade, summer), "CEST, UTC+2");
        assert_eq!(zone_label(chrono_tz::Europe::Tirane, summer), "CEST, UTC+2");
        assert_eq!(zone_label(chrono_tz::UTC, winter), "UTC");
        assert_eq!(zone_label(chrono_tz::Europe::London, winter), "GMT, UTC");
        assert_eq!(zone_label(chrono_tz::Asia::Dubai, winter), "UTC+4", "a zone without letters");
        assert_eq!(zone_label(chrono_tz::Asia::Kolkata, winter), "IST, UTC+5:30");
        assert_eq!(zone_label(chrono_tz::America::St_Johns, winter), "NST, UTC-3:30");
    }

    const OFFSETS: [Span; 2] = [Span::from_const_minutes(24 * 60), Span::from_const_minutes(60)];

    #[test]
    fn each_offset_is_due_at_its_moment() {
        let start = at(48);
        assert_eq!(reminder_due(start, &OFFSETS, &[], at(23)).send, None);
        assert_eq!(reminder_due(start, &OFFSETS, &[], at(24)).send, Some(OFFSETS[0]));
        assert_eq!(reminder_due(start, &OFFSETS, &[OFFSETS[0]], at(30)).send, None);
        assert_eq!(reminder_due(start, &OFFSETS, &[OFFSETS[0]], at(47)).send, Some(OFFSETS[1]));
    }

    #[test]
    fn only_the_latest_missed_reminder_goes_out_and_never_after_the_start() {
        let start = at(48);
        let due = reminder_due(start, &OFFSETS, &[], at(47) + Duration::minutes(30));
        assert_eq!(due.send, Some(OFFSETS[1]));
        assert_eq!(due.handled_now, vec![OFFSETS[1], OFFSETS[0]]);
        assert_eq!(reminder_due(start, &OFFSETS, &[], at(48)).send, None);
    }

    #[test]
    fn local_times_follow_the_zone_and_its_clock_changes() {
        let zone = chrono_tz::Europe::Belgrade;
        let winter = parse_local_start("2026-12-05 18:00", zone).unwrap();
        assert_eq!(winter, Utc.with_ymd_and_hms(2026, 12, 5, 17, 0, 0).single().unwrap());
        let summer = parse_local_start("2026-07-05 18:00", zone).unwrap();
        assert_eq!(summer, Utc.with_ymd_and_hms(2026, 7, 5, 16, 0, 0).single().unwrap());
        assert!(matches!(parse_local_start("2026-03-29 02:30", zone), Err(LocalTimeError::Skipped(..))));
        assert!(matches!(parse_local_start("5.12.2026 18h", zone), Err(LocalTimeError::Format(_))));
        assert_eq!(parse_local_start("05.12.2026 18:00", zone).unwrap(), winter, "as written in the region");
        assert_eq!(parse_local_start("5.12.2026. 18:00", zone).unwrap(), winter, "with the year's dot");
        assert!(matches!(parse_local_start("12.31.2026 18:00", zone), Err(LocalTimeError::Format(_))), "not m.d.y");
        assert!(matches!(parse_local_start("2026-02-30 18:00", zone), Err(LocalTimeError::Format(_))));
    }

    #[test]
    fn check_in_is_open_from_half_an_hour_before_until_the_end() {
        let session = Session {
            id: 1,
            cohort: CohortCode::parse("C1").unwrap(),
            title: "t".into(),
            module: None,
            starts_at: at(10),
            timezone: chrono_tz::Europe::Belgrade,
            duration: Span::from_minutes(120),
            location: None,
            checkin_code: "x".into(),
            cancelled: false,
        };
        assert_eq!(session.checkin_window(at(10) - Duration::minutes(31)), CheckInWindow::TooEarly);
        assert_eq!(session.checkin_window(at(10) - Duration::minutes(30)), CheckInWindow::Open);
        assert_eq!(session.checkin_window(at(12)), CheckInWindow::Open);
        assert_eq!(session.checkin_window(at(12) + Duration::seconds(1)), CheckInWindow::Over);
    }
}
