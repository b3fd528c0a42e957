//! What the bot is about to send, as `schedule` and `/upcoming` show it (worked out by `delivery::forecast`).

use chrono::{DateTime, Utc};

use super::{CohortCode, SessionLabel};

/// Something to be sent to `recipients` people at `at` (as soon as the worker gets to it, if `at` is past).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub at: DateTime<Utc>,
    pub what: Sending,
    pub recipients: i64,
}

/// What is to be sent: a message about a session of a cohort, or an announcement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sending {
    Session { kind: AboutSession, session: SessionLabel, cohort: CohortCode },
    Announcement { id: i64 },
}

/// The messages about a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutSession {
    Reminder,
    SurveyInvitation,
    /// A session's change or cancellation, already waiting.
    Notice,
}
