//! Logging set-up, once: to standard error (standard output is for command output), pretty or JSON.
//! Message texts are logged only at debug level, and the token never.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::{LevelFilter, ParseError};
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::{ConfigError, LogFormat};

/// teloxide's dispatcher logs an update it cannot parse (a kind newer than teloxide) at error level, quoting
/// it whole: texts and names. Below debug level, where message texts do not belong, it is left out.
const QUOTES_UPDATES: &str = "teloxide::dispatching::dispatcher";

pub fn init(filter: &str, format: LogFormat) -> Result<(), ConfigError> {
    let filter = env_filter(filter)?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second initialisation (tests) is harmless: the first subscriber stays.
    let _ = match format {
        LogFormat::Pretty => builder.finish().try_init(),
        LogFormat::Json => builder.json().finish().try_init(),
    };
    Ok(())
}

/// `RUST_LOG`'s filter, with teloxide's quoting of unparsable updates left out unless debug logs are asked for.
fn env_filter(spec: &str) -> Result<EnvFilter, ConfigError> {
    let invalid = |e: String| ConfigError {
        variable: "RUST_LOG",
        problem: format!("not a log filter ({e}): expected e.g. info or active_citizens_bot=debug"),
    };
    let filter = EnvFilter::try_new(spec).map_err(|e| invalid(e.to_string()))?;
    if filter.max_level_hint().is_some_and(|level| level >= LevelFilter::DEBUG) {
        return Ok(filter);
    }
    let quiet = format!("{QUOTES_UPDATES}=off").parse().map_err(|e: ParseError| invalid(e.to_string()))?;
    Ok(filter.add_directive(quiet))
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// Whether an error logged by teloxide's dispatcher gets through the filter made of `spec`.
    fn dispatcher_error_shown(spec: &str) -> bool {
        let seen = Arc::new(Mutex::new(Vec::<u8>::new()));
        let sink = seen.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(env_filter(spec).expect("a valid filter"))
            .with_writer(move || Sink(sink.clone()))
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::error!(target: "teloxide::dispatching::dispatcher", "Cannot parse an update: {{\"text\": \"hi\"}}");
            tracing::error!(target: "active_citizens_bot", "our own error");
        });
        let text = String::from_utf8(seen.lock().map(|b| b.clone()).unwrap_or_default()).unwrap_or_default();
        assert!(text.contains("our own error"), "other errors are logged: {text}");
        text.contains("Cannot parse an update")
    }

    struct Sink(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if let Ok(mut bytes) = self.0.lock() {
                bytes.extend_from_slice(buf);
            }
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_unparsable_update_is_not_quoted_in_the_logs_below_debug_level() {
        assert!(!dispatcher_error_shown("info"));
        assert!(!dispatcher_error_shown("warn,active_citizens_bot=info"));
        assert!(dispatcher_error_shown("debug"));
        assert!(dispatcher_error_shown("info,teloxide=debug"));
    }

    #[test]
    fn a_filter_that_does_not_parse_names_rust_log() {
        let error = env_filter("info,=[").expect_err("invalid");
        assert_eq!(error.variable, "RUST_LOG");
    }
}
