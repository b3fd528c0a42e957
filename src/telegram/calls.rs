//! How the bot's Bot API calls meet a flaky Telegram: every call has a time limit, so a hung one frees its slot,
//! and every failure is read as "not delivered" (safe to send again), "maybe delivered" (send again at most
//! once, so that a message arrives at most twice) or final.

use std::future::IntoFuture;
use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// How long a message call may take. Telegram answers in well under a second; teloxide itself waits 10 s
/// before reading a 5xx answer, so the limit is above that, for a server error to be read as one (not
/// delivered, tried again freely) rather than as a lost answer (maybe delivered, tried again once).
pub const CALL_LIMIT: Duration = Duration::from_secs(12);
/// How long a file upload may take (an XLSX or a chart over a slow uplink).
pub const FILE_CALL_LIMIT: Duration = Duration::from_secs(60);

/// Why a call failed, as far as whether the person got the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Too many requests: nothing may be sent for this long. Not delivered.
    RetryAfter(Duration),
    /// Not delivered, worth another try: a server error, a connection never made.
    Transient(String),
    /// Maybe delivered: no answer in time, a connection lost mid-answer, an answer that does not read.
    Unknown(String),
    /// The person blocked the bot, closed their account, or the chat is gone.
    Blocked,
    /// Refused for good (a 4xx such as "message is too long"): sending it again changes nothing.
    Refused(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::RetryAfter(wait) => write!(f, "too many requests: retry after {wait:?}"),
            Failure::Transient(why) => write!(f, "not delivered: {why}"),
            Failure::Unknown(why) => write!(f, "maybe delivered: {why}"),
            Failure::Blocked => f.write_str("the person blocked the bot"),
            Failure::Refused(why) => write!(f, "refused: {why}"),
        }
    }
}

/// Runs a call within `limit`; a call past it counts as maybe delivered.
pub async fn within<T>(limit: Duration, call: impl IntoFuture<Output = Result<T, RequestError>>) -> Result<T, Failure> {
    match tokio::time::timeout(limit, call.into_future()).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(classify(&e)),
        Err(_) => Err(Failure::Unknown(format!("no answer within {limit:?}"))),
    }
}

/// Telegram's answers in its own format are final, except server errors (whose descriptions, unlike every 4xx,
/// do not start with the client error's name); failures of the connection depend on how far it got.
pub fn classify(e: &RequestError) -> Failure {
    match e {
        RequestError::RetryAfter(wait) => Failure::RetryAfter(wait.duration()),
        RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound) => {
            Failure::Blocked
        }
        RequestError::Api(ApiError::Unknown(description)) if is_server_error(description) => {
            Failure::Transient(description.clone())
        }
        RequestError::Api(api) => Failure::Refused(api.to_string()),
        RequestError::Network(e) if e.is_connect() => Failure::Transient(e.to_string()),
        RequestError::Network(e) => Failure::Unknown(e.to_string()),
        RequestError::Io(e) => Failure::Unknown(e.to_string()),
        RequestError::InvalidJson { source, raw } => {
            // Never the answer's body: for a sent message it holds the person's text.
            Failure::Unknown(format!("an answer that is not valid JSON ({source}; {} bytes, not shown)", raw.len()))
        }
        other => Failure::Refused(other.to_string()),
    }
}

/// Telegram's client errors are described "Bad Request: …", "Forbidden: …", "Unauthorized", "Not Found",
/// "Conflict: …"; anything else in an error answer is the server's trouble.
fn is_server_error(description: &str) -> bool {
    const CLIENT_ERRORS: [&str; 5] = ["Bad Request", "Forbidden", "Unauthorized", "Not Found", "Conflict"];
    !CLIENT_ERRORS.iter().any(|prefix| description.starts_with(prefix))
}

/// Waits before the next try of a reply, as [`ReplyRetry::after`] decides.
#[derive(Debug)]
pub struct ReplyRetry {
    deadline: tokio::time::Instant,
    backoff: Duration,
    maybe_sent: bool,
}

/// How long a reply keeps trying through a bad minute before it is given up (and logged).
pub const REPLY_PATIENCE: Duration = Duration::from_secs(60);

impl ReplyRetry {
    pub fn new() -> Self {
        Self {
            deadline: tokio::time::Instant::now() + REPLY_PATIENCE,
            backoff: Duration::from_secs(1),
            maybe_sent: false,
        }
    }

    /// How long to wait before trying again after `failure`, or `None` to give up: a 429 waits as asked, a
    /// server error backs off (1, 2, 4 … s), a lost answer is tried once more; all within [`REPLY_PATIENCE`].
    pub fn after(&mut self, failure: &Failure) -> Option<Duration> {
        let pause = match failure {
            Failure::RetryAfter(wait) => *wait,
            Failure::Transient(_) => self.back_off(),
            Failure::Unknown(_) if !self.maybe_sent => {
                self.maybe_sent = true;
                self.back_off()
            }
            Failure::Unknown(_) | Failure::Blocked | Failure::Refused(_) => return None,
        };
        (tokio::time::Instant::now() + pause < self.deadline).then_some(pause)
    }

    fn back_off(&mut self) -> Duration {
        let pause = self.backoff;
        self.backoff = (self.backoff * 2).min(Duration::from_secs(16));
        pause
    }
}

impl Default for ReplyRetry {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_are_told_from_client_errors() {
        assert!(is_server_error("Bad Gateway"));
        assert!(is_server_error("Internal Server Error: restart"));
        assert!(!is_server_error("Bad Request: message is too long"));
        assert!(!is_server_error("Forbidden: bot was kicked"));
    }

    #[tokio::test(start_paused = true)]
    async fn a_reply_waits_out_a_bad_minute_and_is_resent_at_most_once_when_maybe_delivered() {
        let mut retry = ReplyRetry::new();
        assert_eq!(retry.after(&Failure::RetryAfter(Duration::from_secs(5))), Some(Duration::from_secs(5)));
        assert_eq!(retry.after(&Failure::Transient("Bad Gateway".into())), Some(Duration::from_secs(1)));
        assert_eq!(retry.after(&Failure::Transient("Bad Gateway".into())), Some(Duration::from_secs(2)));
        assert_eq!(retry.after(&Failure::Unknown("timeout".into())), Some(Duration::from_secs(4)));
        assert_eq!(retry.after(&Failure::Unknown("timeout".into())), None, "twice maybe delivered: no third copy");
        assert_eq!(ReplyRetry::new().after(&Failure::Refused("Bad Request".into())), None);
        let mut retry = ReplyRetry::new();
        assert_eq!(retry.after(&Failure::RetryAfter(Duration::from_secs(61))), None, "past the patience");
    }
}
