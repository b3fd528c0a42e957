//! Logging set-up, once: to standard error (standard output is for command output), pretty or JSON.
//! Message texts are logged only at debug level, and the token never.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::{ConfigError, LogFormat};

pub fn init(filter: &str, format: LogFormat) -> Result<(), ConfigError> {
    let filter = EnvFilter::try_new(filter).map_err(|e| ConfigError {
        variable: "RUST_LOG",
        problem: format!("not a log filter ({e}): expected e.g. info or active_citizens_bot=debug"),
    })?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second initialisation (tests) is harmless: the first subscriber stays.
    let _ = match format {
        LogFormat::Pretty => builder.finish().try_init(),
        LogFormat::Json => builder.json().finish().try_init(),
    };
    Ok(())
}
