//! Participants and the validated values a registration is made of.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CohortCode, TelegramId};

/// Everything a participant told us, plus their consent record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub telegram_id: TelegramId,
    pub language: String,
    pub name: String,
    pub birth_year: BirthYear,
    pub gender: Gender,
    pub country: Country,
    pub municipality: String,
    pub organisation: Option<String>,
    pub cohort: Option<CohortCode>,
    pub consent_at: DateTime<Utc>,
    pub privacy_version: String,
    /// A parent's or guardian's confirmed agreement, for someone younger than the age of digital consent.
    pub guardian: Option<GuardianConsent>,
}

/// A young person waiting for their guardian, as their guardian's link shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianRequest {
    pub child: TelegramId,
    pub name: String,
    pub birth_year: u16,
}

/// How and when a parent's or guardian's agreement was confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianConsent {
    pub at: DateTime<Utc>,
    pub method: GuardianMethod,
    /// The guardian's own Telegram account, when they agreed from it.
    pub guardian: Option<TelegramId>,
    /// The facilitator who holds the signed paper form.
    pub confirmed_by: Option<TelegramId>,
}

/// A registered participant as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub profile: Profile,
    pub status: ParticipantStatus,
    /// Announcements and reminders off.
    pub muted: bool,
    pub registered_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A birth year (never a full date of birth: we keep no more than we need).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BirthYear(u16);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BirthYearError {
    #[error("not a year")]
    NotAYear,
    #[error("age outside {min}–{max}")]
    OutOfRange { min: u8, max: u8 },
}

impl BirthYear {
    /// Reads a year written as four digits and checks that someone born then can be `min..=max` years old in
    /// `current_year` (with only the year known, a person is one of two ages; either will do).
    pub fn parse(raw: &str, current_year: i32, min: u8, max: u8) -> Result<Self, BirthYearError> {
        let raw = raw.trim();
        if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BirthYearError::NotAYear);
        }
        let year: u16 = raw.parse().map_err(|_| BirthYearError::NotAYear)?;
        let born = Self(year);
        let (youngest, oldest) = born.possible_ages(current_year);
        if oldest < i32::from(min) || youngest > i32::from(max) {
            return Err(BirthYearError::OutOfRange { min, max });
        }
        Ok(born)
    }

    /// For values read back from storage, which were validated when written.
    pub fn from_stored(year: u16) -> Self {
        Self(year)
    }

    pub fn year(self) -> u16 {
        self.0
    }

    /// The two ages a person born this year can have during `current_year`: before and after their birthday.
    pub fn possible_ages(self, current_year: i32) -> (i32, i32) {
        let reached = current_year - i32::from(self.0);
        (reached - 1, reached)
    }

    /// True when the person may still be younger than `age`: consent rules must then assume they are.
    pub fn may_be_under(self, age: u8, current_year: i32) -> bool {
        self.possible_ages(current_year).0 < i32::from(age)
    }
}

impl fmt::Display for BirthYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Generates a small enum with a stable storage code per variant.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    other => Err(format!(
                        "unknown {} '{}': expected one of {}",
                        stringify!($name).to_lowercase(),
                        other,
                        [$($code),+].join(", ")
                    )),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

coded_enum!(
    /// Gender is optional: "prefer not to say" is a full answer.
    Gender {
        Female => "female",
        Male => "male",
        Other => "other",
        Undisclosed => "undisclosed",
    }
);

coded_enum!(
    /// The programme's countries, by ISO 3166 code (XK for Kosovo, as commonly used).
    Country {
        Albania => "AL",
        BosniaAndHerzegovina => "BA",
        Kosovo => "XK",
        Montenegro => "ME",
        NorthMacedonia => "MK",
        Serbia => "RS",
        Other => "OTHER",
    }
);

coded_enum!(
    /// Whether messages can reach the participant. `PendingGuardian`: registered, waiting for a parent's or
    /// guardian's confirmation, and sent nothing unasked meanwhile.
    ParticipantStatus {
        Active => "active",
        Blocked => "blocked",
        PendingGuardian => "pending_guardian",
    }
);

coded_enum!(
    /// How a guardian's agreement was confirmed: from the guardian's own Telegram account through the one-time
    /// link; by a facilitator of the cohort who holds the form the guardian signed; or on the young person's
    /// word, as registration took it before guardians confirmed.
    GuardianMethod {
        Telegram => "telegram",
        Paper => "paper",
        Declared => "declared",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("empty")]
    Empty,
    #[error("shorter than {min} characters")]
    TooShort { min: usize },
    #[error("longer than {max} characters")]
    TooLong { max: usize },
    #[error("contains no letters")]
    NoLetters,
    #[error("contains control or direction-changing characters")]
    Unprintable,
}

/// Free text a person typed about themselves (a name, a town): trimmed, runs of white space made one space,
/// between `min` and `max` characters, with at least one visible letter and nothing that could rewrite a
/// terminal or a spreadsheet line (control characters, bidi overrides).
pub fn bounded_text(raw: &str, min: usize, max: usize) -> Result<String, TextError> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    checked(text, min, max)
}

/// Free text kept as written (a recommendation, a feedback answer): line breaks stay, but ends are trimmed,
/// spaces before a line break dropped and more than one blank line made one, so the bound holds on what is
/// stored, not on what was typed.
pub fn multiline_text(raw: &str, min: usize, max: usize) -> Result<String, TextError> {
    let mut text = String::with_capacity(raw.len());
    let mut breaks = 0;
    for line in raw.replace("\r\n", "\n").replace('\t', " ").split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            breaks += 1;
            continue;
        }
        if !text.is_empty() {
            text.push_str(if breaks > 1 { "\n\n" } else { "\n" });
        }
        text.push_str(line);
        breaks = 1;
    }
    checked(text.trim().to_owned(), min, max)
}

fn checked(text: String, min: usize, max: usize) -> Result<String, TextError> {
    let chars = text.chars().count();
    if chars == 0 {
        return Err(TextError::Empty);
    }
    if text.chars().any(|c| (c.is_control() && c != '\n') || is_direction_override(c)) {
        return Err(TextError::Unprintable);
    }
    if chars < min {
        return Err(TextError::TooShort { min });
    }
    if chars > max {
        return Err(TextError::TooLong { max });
    }
    if !text.chars().any(|c| c.is_alphabetic() && !is_invisible(c)) {
        return Err(TextError::NoLetters);
    }
    Ok(text)
}

/// Embeddings, overrides and isolates: they reorder what follows them on screen (a name that reads backwards,
/// a file name that hides its extension).
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that count as letters or format marks but show nothing: a value made only of them looks empty.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{2800}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_year_must_be_four_digits() {
        for bad in ["", "abc", "05", "20055", "2o05", "-2005", "2005.0"] {
            assert_eq!(BirthYear::parse(bad, 2026, 14, 35), Err(BirthYearError::NotAYear), "{bad:?}");
        }
        assert_eq!(BirthYear::parse(" 2005 ", 2026, 14, 35).map(BirthYear::year), Ok(2005));
    }

    #[test]
    fn birth_year_must_fit_the_programme_ages() {
        let out = Err(BirthYearError::OutOfRange { min: 14, max: 35 });
        assert_eq!(BirthYear::parse("2013", 2026, 14, 35), out); // 12 or 13
        assert!(BirthYear::parse("2012", 2026, 14, 35).is_ok()); // 13 or 14
        assert!(BirthYear::parse("1990", 2026, 14, 35).is_ok()); // 35 or 36
        assert_eq!(BirthYear::parse("1989", 2026, 14, 35), out); // 36 or 37
    }

    #[test]
    fn consent_assumes_the_younger_age() {
        let born = BirthYear::from_stored(2010);
        assert!(born.may_be_under(16, 2026)); // 15 until the birthday
        assert!(!born.may_be_under(15, 2026));
    }

    #[test]
    fn bounded_text_normalises_and_checks() {
        assert_eq!(bounded_text("  Ana   Marija ", 2, 64), Ok("Ana Marija".into()));
        assert_eq!(bounded_text("   ", 2, 64), Err(TextError::Empty));
        assert_eq!(bounded_text("A", 2, 64), Err(TextError::TooShort { min: 2 }));
        assert_eq!(bounded_text(&"a".repeat(65), 2, 64), Err(TextError::TooLong { max: 64 }));
        assert_eq!(bounded_text("12345", 2, 64), Err(TextError::NoLetters));
        // Characters, not bytes: Cyrillic names are not penalised.
        assert_eq!(bounded_text(&"ж".repeat(64), 2, 64).map(|s| s.chars().count()), Ok(64));
    }

    #[test]
    fn text_refuses_what_would_rewrite_a_screen_or_show_nothing() {
        for bad in ["Ana\0Marija", "Ana\u{1b}[2J", "Ana \u{202E}gpj.exe", "Ana\u{2066}x", "\u{7f}Ana"] {
            assert_eq!(bounded_text(bad, 2, 64), Err(TextError::Unprintable), "{bad:?}");
        }
        assert_eq!(bounded_text("\u{3164}\u{3164}\u{3164}", 2, 64), Err(TextError::NoLetters));
        assert_eq!(bounded_text("\u{200B}\u{200B}ab", 2, 64).map(|s| s.chars().count()), Ok(4));
        // Letters of every script in the programme still pass.
        for good in ["Ана-Марија", "Zoë Đurić", "Arbëresh", "Јован Јовановић"] {
            assert_eq!(bounded_text(good, 2, 64).as_deref(), Ok(good));
        }
    }

    #[test]
    fn multiline_text_is_bounded_as_stored() {
        let padded = format!("Youth councils{}in every town", "\n".repeat(3_500));
        assert_eq!(multiline_text(&padded, 10, 1_000).as_deref(), Ok("Youth councils\n\nin every town"));
        assert_eq!(multiline_text("one\r\ntwo  \n\tthree\n", 2, 100).as_deref(), Ok("one\ntwo\n three"));
        assert_eq!(multiline_text("\u{3164}\n\u{3164}", 1, 100), Err(TextError::NoLetters));
        assert_eq!(multiline_text("a\u{0}b", 1, 100), Err(TextError::Unprintable));
        assert_eq!(multiline_text(&"a".repeat(1_001), 1, 1_000), Err(TextError::TooLong { max: 1_000 }));
    }

    #[test]
    fn codes_round_trip() {
        for c in Country::ALL {
            assert_eq!(c.code().parse::<Country>(), Ok(*c));
        }
        for g in Gender::ALL {
            assert_eq!(g.code().parse::<Gender>(), Ok(*g));
        }
        assert!("YU".parse::<Country>().is_err());
    }
}

/// What the privacy notice says of who is responsible and how long data is kept (PRIVACY_CONTROLLER,
/// PRIVACY_CONTACT, RETENTION). The default is a clearly marked placeholder, for `simulate` and tests: `serve`
/// refuses to start without the first two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivacyNotice {
    /// The organisation responsible for the data (GDPR's "controller").
    pub controller: String,
    /// How to reach it: an e-mail address, a phone number or a web address.
    pub contact: String,
    /// Days without activity after which a participant's data is erased.
    pub retention_days: u32,
}

/// RETENTION's default: two years.
pub const DEFAULT_RETENTION_DAYS: u32 = 730;

/// How long a registration waits for a guardian's agreement before it is erased.
pub const GUARDIAN_WAIT_DAYS: u32 = 14;

impl Default for PrivacyNotice {
    fn default() -> Self {
        Self {
            controller: "[PRIVACY_CONTROLLER is not set]".into(),
            contact: "[PRIVACY_CONTACT is not set]".into(),
            retention_days: DEFAULT_RETENTION_DAYS,
        }
    }
}
