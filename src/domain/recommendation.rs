//! Youth recommendations as the conversation sees them.

use super::LocalTime;

/// Recommendations are between these lengths, in characters.
pub const RECOMMENDATION_CHARS: (usize, usize) = (20, 1000);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRecommendation {
    pub id: i64,
    pub theme: String,
    pub level: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovedRecommendation {
    pub id: i64,
    pub level: String,
    pub text: String,
    /// The language it was written in (unknown for some sent before it was recorded).
    pub language: Option<String>,
    /// Its translations: language and text.
    pub translations: Vec<(String, String)>,
    pub endorsements: i64,
    /// Written by the person browsing.
    pub own: bool,
    /// Already endorsed by the person browsing.
    pub endorsed: bool,
}

/// What an endorsement press needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndorseTarget {
    pub approved: bool,
    pub own: bool,
    pub already: bool,
}

/// What /mydata shows beyond the profile: everything else stored about the person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Activity {
    /// Session title, local start, answer (`coming`, `not_coming` or none), checked in.
    pub rsvps: Vec<(String, LocalTime, Option<String>, bool)>,
    /// Theme id, status, text.
    pub recommendations: Vec<(String, String, String)>,
    pub endorsements: i64,
    /// Survey responses stored with the person (anonymous ones are not linked to anyone).
    pub survey_responses: i64,
}

/// An approved recommendation to translate into a language: its text as written, and the translation so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToTranslate {
    pub id: i64,
    pub theme: String,
    pub text: String,
    pub language: Option<String>,
    pub existing: Option<String>,
}
