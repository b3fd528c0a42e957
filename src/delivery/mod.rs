//! Everything sent without a person asking: session reminders and session notices (later broadcasts and survey
//! invitations). Decisions to send are rows in the outbox ([`crate::storage::outbox`]), written in the same
//! transaction as the decision; the [`Worker`] plans reminders, renders due rows in each recipient's language
//! and sends them within Telegram's limits through a [`Sender`].

pub mod forecast;
pub mod limiter;
mod notices;
pub mod reminders;
mod worker;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use sqlx::SqlitePool;

use crate::clock::Clock;
use crate::conversation::render::OutMessage;
use crate::conversation::themes::Theme;
use crate::domain::TelegramId;
use crate::i18n::{I18n, LanguageChoice};
use crate::monitor::Monitor;
use crate::storage::Db;

pub use limiter::{Limiter, SendWindow};
pub use worker::{ASSUMED_ROUND_TRIP, MAX_IN_FLIGHT, Worker, WorkerOptions, most_in_flight, window};

/// What delivery works with, handed over by whoever starts it (`Core::delivery`): the database, the clock, the
/// words and themes notices are written with, how a recipient's language is decided, and the send window that
/// replies to people share with bulk messages.
#[derive(Clone)]
pub struct Deps {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub languages: Arc<LanguageChoice>,
    pub themes: Arc<[Theme]>,
    pub window: Arc<SendWindow>,
    pub monitor: Arc<Monitor>,
}

impl Deps {
    /// The writer: every write, and the reads that must see the worker's own writes.
    fn pool(&self) -> &SqlitePool {
        self.db.write()
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

/// Why a message could not be sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Too many requests: nothing may be sent for this long.
    #[error("rate limited for {0:?}")]
    RetryAfter(Duration),
    /// The person blocked the bot or closed their account.
    #[error("the recipient blocked the bot")]
    Blocked,
    /// Not delivered (a server error, no connection): worth another try later.
    #[error("{0}")]
    Other(String),
    /// The answer was lost: the message may have arrived, so it is sent again at most once.
    #[error("maybe delivered: {0}")]
    MaybeSent(String),
    /// Refused for good (e.g. too long): sending it again would change nothing.
    #[error("refused: {0}")]
    Refused(String),
}

/// Sends one rendered message to a private chat. Telegram implements it; tests may too.
pub trait Sender: Send + Sync + 'static {
    fn send(&self, chat: TelegramId, message: &OutMessage) -> impl Future<Output = Result<(), SendError>> + Send;
}
