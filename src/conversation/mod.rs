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
pub use engine::{Context, Engine, Outcome};
pub use reply::{Arg, Choice, Effect, Label, Msg, Query, Reply};
pub use state::{Conversation, Draft, Form, FormMode, Optional, Phase, PromptId};

use crate::domain::CohortCode;

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
}
