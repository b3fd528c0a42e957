//! Broadcast audiences: who an announcement goes to.

use serde::{Deserialize, Serialize};

use super::{CohortCode, Country};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Audience {
    /// Everyone the author may reach: every participant for organisers, their cohorts' for facilitators.
    Everyone,
    Cohort {
        code: CohortCode,
    },
    Country {
        code: Country,
    },
    Language {
        code: String,
    },
    /// Those who checked in at a session, or said they were coming.
    Session {
        id: i64,
    },
}

/// Telegram's limit on a message's text.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// How far a broadcast's delivery is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BroadcastCounts {
    pub recipients: i64,
    pub delivered: i64,
    pub blocked: i64,
    pub skipped: i64,
    pub failed: i64,
    pub waiting: i64,
}

/// The answers given to one survey (of one session, or of all): how many responses, and every
/// (question id, stored value) pair.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SurveyAnswers {
    pub survey: String,
    pub responses: i64,
    pub answers: Vec<(String, String)>,
}
