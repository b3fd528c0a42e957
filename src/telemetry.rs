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

/// `RUST_LOG`'s filter, with teloxide's quoting of unparsable updates left out unless debug logs are asked for:
/// the filter [`init`] installs.
pub fn env_filter(spec: &str) -> Result<EnvFilter, ConfigError> {
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
