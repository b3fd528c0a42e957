//! A cohort's roster as facilitators see it (/people): who is registered, who came, who answered.

use super::{CohortCode, ParticipantStatus, TelegramId};

/// People shown on one page of a roster.
pub const ROSTER_PAGE: i64 = 20;

/// One page of a cohort's roster, with the cohort's totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub cohort: CohortCode,
    /// Everyone registered in the cohort, of whom `pending` wait for a guardian.
    pub registered: i64,
    pub pending: i64,
    /// The cohort's sessions that have begun, not cancelled: what attendance is counted against.
    pub sessions: i64,
    /// The page shown (from 0) and whether another follows.
    pub page: i64,
    pub more: bool,
    pub people: Vec<RosterEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterEntry {
    pub id: TelegramId,
    pub name: String,
    pub status: ParticipantStatus,
    /// Sessions of the cohort they were checked in at, and whose survey they answered.
    pub attended: i64,
    pub answered: i64,
}
