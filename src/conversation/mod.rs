//! The dialogue engine: pure functions from (conversation state, input) to (new state, replies, effects).
//! It never sees a Telegram type or a database: transports turn updates into [`Input`]s and render
//! [`Reply`]s; the [`crate::service`] applies [`Effect`]s and answers [`Query`]s.

mod command;
pub mod dialogues;
mod engine;
pub mod flow;
pub mod messages;
pub mod render;
mod reply;
mod state;

pub use command::{Command, parse_command};
pub use dialogues::Dialogues;
pub use engine::{CHECKIN_PREFIX, Context, Engine, INVITE_PREFIX, Outcome, report_args, session_args};
pub use reply::{Action, ActionButton, Arg, Choice, Effect, Label, Msg, Query, Reply};
pub use state::{
    BroadcastDraft, BroadcastStep, Conversation, Draft, Form, FormMode, GrantStep, Optional, Phase, PromptId,
    SessionDraft, SessionStep,
};

use chrono::{DateTime, Utc};

use crate::domain::{BroadcastCounts, CohortCode, RoleGrant, Rsvp, SessionView};

/// What a person did, independent of the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Command(Command),
    /// A `/word` the bot does not know.
    UnknownCommand(String),
    Text(String),
    /// A button press: the prompt it belonged to and the option's value.
    Choice {
        prompt: PromptId,
        value: String,
    },
    /// A sticker, photo, voice message or anything else that is not text.
    NonText,
    /// The answer to [`Query::Cohort`], fed back by the service within the same turn.
    CohortLookup {
        code: CohortCode,
        name: Option<String>,
    },
    /// A press on an RSVP button (of a reminder or of /sessions).
    Rsvp {
        session: i64,
        answer: Rsvp,
    },
    /// The answer to [`Query::Upcoming`].
    Upcoming(Vec<SessionView>),
    /// The answer to [`Query::RsvpSession`].
    RsvpTarget {
        answer: Rsvp,
        session: Option<SessionView>,
    },
    /// The answer to [`Query::CheckIn`].
    CheckInTarget(Option<SessionView>),
    /// The answer to [`Query::ReachableSessions`]: id and label.
    ReachableSessions(Vec<(i64, String)>),
    /// The answer to [`Query::CountAudience`].
    AudienceCount(u64),
    /// The answer to [`Query::Invite`]: the grant, its expiry, and whether it was used.
    InviteFound {
        token: String,
        invite: Option<(RoleGrant, DateTime<Utc>, bool)>,
    },
    /// The answer to [`Query::MyBroadcasts`]: id, creation time, progress.
    BroadcastProgress(Vec<(i64, DateTime<Utc>, BroadcastCounts)>),
}

impl Input {
    /// Inputs that answer a query of the engine rather than come from a person.
    pub fn is_lookup_answer(&self) -> bool {
        matches!(
            self,
            Input::CohortLookup { .. }
                | Input::Upcoming(_)
                | Input::RsvpTarget { .. }
                | Input::CheckInTarget(_)
                | Input::ReachableSessions(_)
                | Input::AudienceCount(_)
                | Input::InviteFound { .. }
                | Input::BroadcastProgress(_)
        )
    }
}
