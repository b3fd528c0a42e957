//! Plain types and rules of the programme: participants, cohorts, roles and the validated values they are made of.
//! Nothing here knows about Telegram or SQL.

mod broadcast;
mod cohort;
mod duration;
mod export;
mod participant;
mod planned;
mod quiet;
mod recommendation;
mod role;
mod roster;
pub mod script;
mod session;
pub mod summary;

pub use broadcast::{Audience, BroadcastCounts, MAX_MESSAGE_CHARS, SurveyAnswers};
pub use cohort::{CohortCode, CohortCodeError};
pub use duration::{MAX_OFFSET, MAX_SESSION, Span, SpanError};
pub use export::ExportKind;
pub use participant::{
    BirthYear, BirthYearError, Country, DEFAULT_RETENTION_DAYS, GUARDIAN_WAIT_DAYS, Gender, GuardianConsent,
    GuardianMethod, GuardianRequest, Participant, ParticipantStatus, PrivacyNotice, Profile, TextError, bounded_text,
    multiline_text,
};
pub use planned::{AboutSession, Planned, Sending};
pub use quiet::{QuietHours, QuietHoursError};
pub use recommendation::{
    Activity, ApprovedRecommendation, EndorseTarget, PendingRecommendation, RECOMMENDATION_CHARS, ToTranslate,
};
pub use role::{Invitation, Reach, Role, RoleGrant, invite_token, reach};
pub use roster::{ROSTER_PAGE, Roster, RosterEntry};
pub use session::{
    CHECKIN_OPENS_BEFORE, CheckInWindow, DEFAULT_SURVEY, Due, LocalTime, LocalTimeError, NewSession, Rsvp, Session,
    SessionLabel, SessionView, checkin_code, parse_local_start, reminder_due, zone_label,
};

/// A Telegram user id: who a participant is, taken from the sender of an update, never from message text.
pub type TelegramId = i64;

/// The deep link that opens the bot `username` with `/start <payload>` (a cohort's code, a check-in, an
/// invitation); with the username unknown, `<bot>` stands in for it.
pub fn deep_link(username: Option<&str>, payload: &str) -> String {
    format!("https://t.me/{}?start={payload}", username.unwrap_or("<bot>"))
}
