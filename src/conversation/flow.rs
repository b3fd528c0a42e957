//! The registration flow as read from `dialogues/registration.toml`: which fields are asked, in which order,
//! with which prompts, options and bounds.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::domain::{BirthYear, Country, Gender};

/// What a registration step fills in. The bot knows how to check and store each one; the data file decides
/// the order, the wording and the bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Consent,
    Name,
    BirthYear,
    Gender,
    Country,
    GuardianConsent,
    Municipality,
    Organisation,
    Cohort,
}

pub const CONSENT_VALUES: [&str; 2] = ["agree", "decline"];
pub const GUARDIAN_VALUES: [&str; 2] = ["yes", "no"];

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Consent,
        Field::Name,
        Field::BirthYear,
        Field::Gender,
        Field::Country,
        Field::GuardianConsent,
        Field::Municipality,
        Field::Organisation,
        Field::Cohort,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Consent => "consent",
            Field::Name => "name",
            Field::BirthYear => "birth_year",
            Field::Gender => "gender",
            Field::Country => "country",
            Field::GuardianConsent => "guardian_consent",
            Field::Municipality => "municipality",
            Field::Organisation => "organisation",
            Field::Cohort => "cohort",
        }
    }

    /// Optional fields may be left out of the flow and may have a skip button.
    pub fn is_optional(self) -> bool {
        matches!(self, Field::Gender | Field::Organisation | Field::Cohort)
    }

    pub fn is_free_text(self) -> bool {
        matches!(self, Field::Name | Field::Municipality | Field::Organisation)
    }

    /// The option values a choice field understands; `None` for fields answered in text.
    pub fn allowed_values(self) -> Option<Vec<&'static str>> {
        match self {
            Field::Consent => Some(CONSENT_VALUES.to_vec()),
            Field::GuardianConsent => Some(GUARDIAN_VALUES.to_vec()),
            Field::Gender => Some(Gender::ALL.iter().map(|g| g.code()).collect()),
            Field::Country => Some(Country::ALL.iter().map(|c| c.code()).collect()),
            _ => None,
        }
    }

    /// Yes/no questions must offer both answers.
    pub fn needs_every_value(self) -> bool {
        matches!(self, Field::Consent | Field::GuardianConsent)
    }

    /// Fields a participant can change from /profile (consent is given, or withdrawn with /delete).
    pub fn is_editable(self) -> bool {
        !matches!(self, Field::Consent | Field::GuardianConsent)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Field {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Field::ALL.iter().copied().find(|f| f.as_str() == s).ok_or_else(|| {
            let known: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
            format!("unknown field '{s}' (expected one of {})", known.join(", "))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceDef {
    pub value: String,
    /// Message key of the button label.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    Choice(Vec<ChoiceDef>),
    Text { min: usize, max: usize },
    BirthYear,
    CohortCode,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub field: Field,
    /// Message key of the question.
    pub prompt: String,
    pub kind: StepKind,
    /// Message key of the skip button, for optional fields.
    pub skip: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ages {
    pub min: u8,
    pub max: u8,
    pub digital_consent: u8,
    pub by_country: HashMap<Country, u8>,
}

impl Ages {
    /// The age of digital consent in a country: younger participants need a guardian's agreement.
    pub fn digital_consent_in(&self, country: Country) -> u8 {
        self.by_country.get(&country).copied().unwrap_or(self.digital_consent)
    }

    pub fn needs_guardian(&self, born: BirthYear, country: Country, current_year: i32) -> bool {
        born.may_be_under(self.digital_consent_in(country), current_year)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationFlow {
    pub privacy_version: String,
    pub ages: Ages,
    pub steps: Vec<Step>,
}

impl RegistrationFlow {
    pub fn step(&self, field: Field) -> Option<&Step> {
        self.steps.iter().find(|s| s.field == field)
    }
}
