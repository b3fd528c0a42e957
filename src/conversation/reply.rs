//! What the engine answers: replies as data (message keys and arguments), effects to apply, queries to answer.

use crate::domain::{CohortCode, Profile};

use super::PromptId;

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a name a person typed).
    Text(String),
    Number(i64),
    /// Another message, translated into the same language first (a country name).
    Message(String),
}

/// A translatable message: a key in `dialogues/locales/*.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: impl Into<i64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    pub fn message(mut self, name: &'static str, key: impl Into<String>) -> Self {
        self.args.push((name, Arg::Message(key.into())));
        self
    }
}

/// A button label: translated, or a fixed text (a language's own name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Key(String),
    Literal(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: Label,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A message.
    Say(Msg),
    /// A question with buttons; a press answers with `prompt` and the choice's value.
    Ask {
        msg: Msg,
        prompt: PromptId,
        choices: Vec<Choice>,
    },
    /// A short notice on a button press (a toast in Telegram).
    Notice(Msg),
}

/// A change to stored data, applied by the service in the same transaction as the new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Insert or update the participant (registration finished, or a profile edit).
    SaveProfile(Box<Profile>),
    SetLanguage(String),
    JoinCohort(CohortCode),
    /// Erase everything stored about the participant.
    Erase,
}

/// Something the engine needs to know from storage; the answer comes back as an [`super::Input`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Cohort(CohortCode),
}
