//! The `active-citizens-bot` command: parse, settings, logging, runtime, then one call into the library.

use std::process::ExitCode;

use clap::Parser;

use active_citizens_bot::cli::{self, Cli, Command};
use active_citizens_bot::config::Settings;
use active_citizens_bot::telemetry;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve);
    let settings = match configure(&command) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(cli::run(command, settings));
    // Work still running once the command is done (a lingering HTTP or database task) must not keep the
    // process alive after a stop signal.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", describe(&e));
            ExitCode::FAILURE
        }
    }
}

/// The settings from `.env` and the environment, and logging set up as they say.
fn configure(command: &Command) -> Result<Settings, String> {
    if let Err(e) = dotenvy::dotenv()
        && !e.not_found()
    {
        return Err(format!(".env: {e}"));
    }
    let settings = Settings::from_env().map_err(|e| e.to_string())?;
    // `simulate` keeps the terminal for the conversation: warnings and errors only, unless RUST_LOG asks.
    let quiet = if matches!(command, Command::Simulate { .. }) { "warn" } else { "info" };
    telemetry::init(settings.log_filter.as_deref().unwrap_or(quiet), settings.log_format).map_err(|e| e.to_string())?;
    Ok(settings)
}

/// The error and its causes, each said once: many errors already include their cause's text in their own.
fn describe(error: &anyhow::Error) -> String {
    let mut text = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}
