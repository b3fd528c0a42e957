//! Plain types and rules of the programme: participants, cohorts, roles and the validated values they are made of.
//! Nothing here knows about Telegram or SQL.

mod cohort;
mod participant;
mod role;

pub use cohort::{CohortCode, CohortCodeError};
pub use participant::{
    BirthYear, BirthYearError, Country, Gender, Participant, ParticipantStatus, Profile, TextError,
    bounded_text,
};
pub use role::Role;

/// A Telegram user id: who a participant is, taken from the sender of an update, never from message text.
pub type TelegramId = i64;
