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
    pub guardian_consent_at: Option<DateTime<Utc>>,
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
    /// Whether messages can reach the participant.
    ParticipantStatus {
        Active => "active",
        Blocked => "blocked",
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
}

/// Free text a person typed about themselves (a name, a town): trimmed, runs of white space made one space,
/// between `min` and `max` characters, with at least one letter.
pub fn bounded_text(raw: &str, min: usize, max: usize) -> Result<String, TextError> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = text.chars().count();
    if chars == 0 {
        return Err(TextError::Empty);
    }
    if chars < min {
        return Err(TextError::TooShort { min });
    }
    if chars > max {
        return Err(TextError::TooLong { max });
    }
    if !text.chars().any(char::is_alphabetic) {
        return Err(TextError::NoLetters);
    }
    Ok(text)
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
