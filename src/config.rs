//! Typed settings from the environment (and a `.env` file, read by `main`). An invalid value stops the start
//! with a message naming the variable and what is expected.

use std::fmt;
use std::path::PathBuf;

use chrono_tz::Tz;
use url::Url;

use crate::domain::{MAX_OFFSET, QuietHours, Span};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://active-citizens.db";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// The bot token; never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub token: Option<Token>,
    pub api_url: Option<Url>,
    pub database_url: String,
    /// DIALOGUES_DIR: dialogues that replace the ones built into the bot.
    pub dialogues_dir: Option<PathBuf>,
    pub admin_ids: Vec<i64>,
    pub default_language: String,
    pub timezone: Tz,
    /// RUST_LOG, when set.
    pub log_filter: Option<String>,
    pub log_format: LogFormat,
    /// The bot's @username for deep links printed by the CLI; `serve` also records it in the database.
    pub bot_username: Option<String>,
    /// How long before a session its reminders go out, largest first.
    pub reminder_offsets: Vec<Span>,
    /// Bulk messages per second, all chats together.
    pub broadcast_rate: u32,
    /// Bulk messages sent as paid broadcasts (`allow_paid_broadcast`): up to 1,000 a second, at 0.1 Star for each
    /// message beyond the free 30 a second.
    pub paid_broadcast: bool,
    /// How long after a session ends its survey invitations go out.
    pub survey_delay: Span,
    /// Local hours (in `timezone`) in which survey invitations wait.
    pub quiet_hours: QuietHours,
    /// Recommendations a participant may submit in 24 hours.
    pub recommendations_per_day: i64,
    /// Messages a second Telegram accepts from the bot, all chats together, replies and bulk.
    pub send_limit: usize,
    /// HTTP_ADDR: where `/healthz` and `/metrics` are served, if anywhere.
    pub http_addr: Option<std::net::SocketAddr>,
    /// BACKUP_DIR (with BACKUP_EVERY and BACKUP_KEEP): scheduled backups while `serve` runs, if set.
    pub backups: Option<crate::backups::BackupOptions>,
    /// PRIVACY_CONTROLLER and PRIVACY_CONTACT: who is responsible for the data and how to reach them, named by
    /// the privacy notice; `serve` needs both.
    pub privacy_controller: Option<String>,
    pub privacy_contact: Option<String>,
    /// RETENTION, in days: a participant inactive this long is erased.
    pub retention_days: u32,
}

impl Settings {
    /// The privacy notice as configured, with a clearly marked placeholder for what is not (see `serve`).
    pub fn privacy_notice(&self) -> crate::domain::PrivacyNotice {
        let placeholder = crate::domain::PrivacyNotice::default();
        crate::domain::PrivacyNotice {
            controller: self.privacy_controller.clone().unwrap_or(placeholder.controller),
            contact: self.privacy_contact.clone().unwrap_or(placeholder.contact),
            retention_days: self.retention_days,
        }
    }
}

impl Settings {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `get`, so tests need not touch the process environment. Empty values count as
    /// unset.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let var = |name: &str| get(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let paid_broadcast = var("PAID_BROADCAST").map_or(Ok(false), parse_flag)?;
        let broadcast_rate = var("BROADCAST_RATE").map_or(Ok(25), |raw| parse_rate(raw, paid_broadcast))?;
        // Paid broadcasts lift Telegram's limit for the bot's messages to 1,000 a second.
        let default_limit =
            if paid_broadcast { PAID_PER_SECOND } else { crate::delivery::limiter::TELEGRAM_PER_SECOND };
        Ok(Self {
            token: var("TELOXIDE_TOKEN").map(parse_token).transpose()?,
            api_url: var("TELOXIDE_API_URL").map(parse_api_url).transpose()?,
            database_url: var("DATABASE_URL")
                .map_or_else(|| Ok(DEFAULT_DATABASE_URL.to_owned()), parse_database_url)?,
            dialogues_dir: var("DIALOGUES_DIR").map(PathBuf::from),
            admin_ids: var("ADMIN_IDS").map(parse_admin_ids).transpose()?.unwrap_or_default(),
            default_language: var("DEFAULT_LANGUAGE").unwrap_or_else(|| "en".to_owned()),
            timezone: var("TIMEZONE").map_or(Ok(chrono_tz::Europe::Belgrade), parse_timezone)?,
            log_filter: var("RUST_LOG"),
            log_format: var("LOG_FORMAT").map_or(Ok(LogFormat::Pretty), parse_log_format)?,
            bot_username: var("BOT_USERNAME").map(parse_username).transpose()?,
            reminder_offsets: var("REMINDER_OFFSETS").map_or_else(|| Ok(default_offsets()), parse_offsets)?,
            broadcast_rate,
            paid_broadcast,
            survey_delay: var("SURVEY_DELAY").map_or(Ok(Span::from_minutes(30)), |raw| {
                Span::parse_at_most(&raw, MAX_OFFSET)
                    .map_err(|e| invalid("SURVEY_DELAY", format!("{e}; 0m is allowed")))
            })?,
            send_limit: var("SEND_LIMIT").map_or(Ok(default_limit), |raw| {
                raw.parse::<usize>()
                    .ok()
                    .filter(|n| (2..=100_000).contains(n))
                    .ok_or_else(|| invalid("SEND_LIMIT", format!("'{raw}': expected messages per second, 2 to 100000")))
            })?,
            recommendations_per_day: var("RECOMMENDATIONS_PER_DAY").map_or(
                Ok(crate::service::DEFAULT_RECOMMENDATIONS_PER_DAY),
                |raw| {
                    raw.parse::<i64>().ok().filter(|n| (1..=100).contains(n)).ok_or_else(|| {
                        invalid("RECOMMENDATIONS_PER_DAY", format!("'{raw}': expected a number from 1 to 100"))
                    })
                },
            )?,
            http_addr: var("HTTP_ADDR").map(parse_http_addr).transpose()?,
            privacy_controller: var("PRIVACY_CONTROLLER").map(parse_controller).transpose()?,
            privacy_contact: var("PRIVACY_CONTACT").map(parse_contact).transpose()?,
            retention_days: var("RETENTION").map_or(Ok(crate::domain::DEFAULT_RETENTION_DAYS), parse_retention)?,
            backups: var("BACKUP_DIR")
                .map(|dir| parse_backups(dir, var("BACKUP_EVERY"), var("BACKUP_KEEP")))
                .transpose()?,
            quiet_hours: {
                let zone = var("TIMEZONE").map_or(Ok(chrono_tz::Europe::Belgrade), parse_timezone)?;
                let raw = var("QUIET_HOURS").unwrap_or_else(|| "22:00-08:00".to_owned());
                QuietHours::parse(&raw, zone).map_err(|e| invalid("QUIET_HOURS", e.to_string()))?
            },
        })
    }
}

fn invalid(variable: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError { variable, problem: problem.into() }
}

fn parse_controller(raw: String) -> Result<String, ConfigError> {
    crate::domain::bounded_text(&raw, 2, 200)
        .map_err(|e| invalid("PRIVACY_CONTROLLER", format!("the organisation responsible for the data: {e}")))
}

/// An e-mail address, a phone number or a web address: how a participant or their parent reaches the controller.
fn parse_contact(raw: String) -> Result<String, ConfigError> {
    let phone = raw.chars().filter(char::is_ascii_digit).count() >= 6
        && raw.chars().all(|c| c.is_ascii_digit() || " +-()/".contains(c));
    let email = raw.split_once('@').is_some_and(|(who, host)| !who.is_empty() && host.contains('.'));
    let web = raw.starts_with("https://") || raw.starts_with("http://");
    if (phone || email || web) && !raw.chars().any(char::is_control) && raw.len() <= 200 {
        Ok(raw)
    } else {
        Err(invalid("PRIVACY_CONTACT", format!("'{raw}': expected an e-mail address, a phone number or a web address")))
    }
}

/// The longest RETENTION: ten years.
const LONGEST_RETENTION: Span = Span::from_const_minutes(3650 * 24 * 60);

fn parse_retention(raw: String) -> Result<u32, ConfigError> {
    Span::parse_at_most(&raw, LONGEST_RETENTION)
        .ok()
        .and_then(|span| u32::try_from(span.as_secs() / 86_400).ok())
        .filter(|days| *days >= 30)
        .ok_or_else(|| invalid("RETENTION", format!("'{raw}': expected a duration in days, 30d to 3650d, e.g. 730d")))
}

fn parse_http_addr(raw: String) -> Result<std::net::SocketAddr, ConfigError> {
    raw.parse().map_err(|_| {
        invalid(
            "HTTP_ADDR",
            format!("'{raw}': expected an address and port, e.g. 127.0.0.1:9090 (0.0.0.0:9090 for all)"),
        )
    })
}

/// The longest BACKUP_EVERY: a week.
const BACKUPS_AT_LEAST_EVERY: Span = Span::from_const_minutes(7 * 24 * 60);

fn parse_backups(
    dir: String,
    every: Option<String>,
    keep: Option<String>,
) -> Result<crate::backups::BackupOptions, ConfigError> {
    let every = every.map_or(Ok(Span::from_minutes(24 * 60)), |raw| {
        Span::parse_at_most(&raw, BACKUPS_AT_LEAST_EVERY).ok().filter(|span| span.as_secs() >= 60).ok_or_else(|| {
            invalid("BACKUP_EVERY", format!("'{raw}': expected a duration from 1m to 7d, e.g. 24h or 6h"))
        })
    })?;
    let keep = keep.map_or(Ok(7), |raw| {
        raw.parse::<usize>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| invalid("BACKUP_KEEP", format!("'{raw}': expected how many backups to keep, 1 to 1000")))
    })?;
    let every = std::time::Duration::from_secs(every.as_secs());
    Ok(crate::backups::BackupOptions { dir: PathBuf::from(dir), every, keep })
}

fn parse_token(raw: String) -> Result<Token, ConfigError> {
    let valid = raw
        .split_once(':')
        .is_some_and(|(id, secret)| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && secret.len() >= 20);
    if !valid {
        return Err(invalid("TELOXIDE_TOKEN", "expected a token from @BotFather, like 123456789:AAH…"));
    }
    Ok(Token(raw))
}

fn parse_api_url(raw: String) -> Result<Url, ConfigError> {
    let url = Url::parse(&raw)
        .map_err(|e| invalid("TELOXIDE_API_URL", format!("not a URL ({e}): expected e.g. http://127.0.0.1:8081")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("TELOXIDE_API_URL", "expected an http:// or https:// URL"));
    }
    Ok(url)
}

/// An SQLite URL naming a file: an empty one would open a temporary database and one in memory loses
/// everything when the bot stops, so neither is accepted from the environment.
fn parse_database_url(raw: String) -> Result<String, ConfigError> {
    if !raw.starts_with("sqlite:") {
        return Err(invalid("DATABASE_URL", "expected an SQLite URL such as sqlite://active-citizens.db"));
    }
    if crate::storage::database_file(&raw).is_none() {
        return Err(invalid(
            "DATABASE_URL",
            "names no database file (an empty or in-memory database loses everything when the bot stops): \
             give one such as sqlite://active-citizens.db",
        ));
    }
    Ok(raw)
}

fn parse_admin_ids(raw: String) -> Result<Vec<i64>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
                invalid("ADMIN_IDS", format!("'{s}' is not a Telegram user id: expected numbers separated by commas"))
            })
        })
        .collect()
}

fn parse_timezone(raw: String) -> Result<Tz, ConfigError> {
    raw.parse::<Tz>()
        .map_err(|_| invalid("TIMEZONE", format!("'{raw}' is not an IANA time zone such as Europe/Belgrade")))
}

fn parse_log_format(raw: String) -> Result<LogFormat, ConfigError> {
    match raw.to_ascii_lowercase().as_str() {
        "pretty" => Ok(LogFormat::Pretty),
        "json" => Ok(LogFormat::Json),
        _ => Err(invalid("LOG_FORMAT", format!("'{raw}': expected json or pretty"))),
    }
}

fn default_offsets() -> Vec<Span> {
    vec![Span::from_minutes(24 * 60), Span::from_minutes(60)]
}

fn parse_offsets(raw: String) -> Result<Vec<Span>, ConfigError> {
    let mut offsets = Vec::new();
    for part in raw.split(',').map(str::trim) {
        let span = Span::parse_at_most(part, MAX_OFFSET)
            .map_err(|e: crate::domain::SpanError| invalid("REMINDER_OFFSETS", format!("{e}; expected e.g. 24h,1h")))?;
        if span.as_secs() == 0 || offsets.contains(&span) {
            return Err(invalid(
                "REMINDER_OFFSETS",
                format!("'{part}': each offset must be above zero and given once"),
            ));
        }
        offsets.push(span);
    }
    offsets.sort_by(|a, b| b.cmp(a));
    Ok(offsets)
}

/// Messages a second Telegram accepts from a bot whose bulk messages are paid broadcasts.
const PAID_PER_SECOND: usize = 1_000;

fn parse_rate(raw: String, paid: bool) -> Result<u32, ConfigError> {
    let Some(rate) = raw.parse::<u32>().ok().filter(|r| *r >= 1) else {
        return Err(invalid("BROADCAST_RATE", format!("'{raw}': expected messages per second, 1 to 30")));
    };
    match rate {
        1..=30 => Ok(rate),
        31..=1_000 if paid => Ok(rate),
        31..=1_000 => Err(invalid(
            "BROADCAST_RATE",
            format!(
                "'{raw}': Telegram takes more than 30 messages a second only as paid broadcasts; set \
                 PAID_BROADCAST=true (each message beyond 30 a second costs 0.1 Star), or use 1 to 30"
            ),
        )),
        _ => Err(invalid(
            "BROADCAST_RATE",
            format!("'{raw}': at most 1000 a second, Telegram's limit for paid broadcasts"),
        )),
    }
}

fn parse_flag(raw: String) -> Result<bool, ConfigError> {
    match raw.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(invalid("PAID_BROADCAST", format!("'{raw}': expected true or false"))),
    }
}

fn parse_username(raw: String) -> Result<String, ConfigError> {
    let name = raw.trim_start_matches('@').to_owned();
    let valid = (5..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !valid {
        return Err(invalid("BOT_USERNAME", "expected the bot's @username (5-32 letters, digits or _)"));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        Settings::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_nothing() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(s.default_language, "en");
        assert_eq!(s.timezone, chrono_tz::Europe::Belgrade);
        assert!(s.token.is_none());
        assert_eq!(s.reminder_offsets, vec![Span::from_minutes(1440), Span::from_minutes(60)]);
        assert_eq!(s.broadcast_rate, 25);
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        let cases = [
            ("TELOXIDE_TOKEN", "not-a-token"),
            ("TELOXIDE_API_URL", "ftp://example"),
            ("DATABASE_URL", "postgres://x"),
            ("DATABASE_URL", "sqlite://"),
            ("DATABASE_URL", "sqlite::memory:"),
            ("DATABASE_URL", "sqlite://bot.db?mode=memory"),
            ("ADMIN_IDS", "12,abc"),
            ("TIMEZONE", "Europe/Atlantis"),
            ("LOG_FORMAT", "xml"),
            ("BOT_USERNAME", "a b"),
            ("REMINDER_OFFSETS", "24h,soon"),
            ("REMINDER_OFFSETS", "1h,1h"),
            ("BROADCAST_RATE", "100"),
            ("BROADCAST_RATE", "0"),
            ("PAID_BROADCAST", "maybe"),
            ("SEND_LIMIT", "1"),
            ("SEND_LIMIT", "thirty"),
            ("SURVEY_DELAY", "half an hour"),
            ("QUIET_HOURS", "22-8"),
            ("HTTP_ADDR", "localhost"),
            ("PRIVACY_CONTROLLER", "x"),
            ("PRIVACY_CONTACT", "ask anyone"),
            ("RETENTION", "7d"),
            ("RETENTION", "forever"),
            ("HTTP_ADDR", "127.0.0.1:99999"),
        ];
        for (variable, value) in cases {
            let error = settings(&[(variable, value)]).unwrap_err();
            assert_eq!(error.variable, variable);
        }
    }

    /// Every setting `.env.example` shows, given or commented out, reads as it stands, and each one is a
    /// setting the bot knows: a copy of the example is a working `.env`.
    #[test]
    fn the_example_env_file_holds_working_values_of_known_settings() {
        let example = include_str!("../.env.example");
        let vars: Vec<(&str, &str)> = example
            .lines()
            .map(|line| line.trim_start_matches("# "))
            .filter_map(|line| line.split_once('='))
            .filter(|(key, _)| !key.is_empty() && key.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
            .collect();
        assert!(vars.len() >= 15, "{vars:?}");
        let known: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        let asked = std::cell::RefCell::new(Vec::new());
        let s = Settings::from_lookup(|k| {
            asked.borrow_mut().push(k.to_owned());
            known.get(k).cloned()
        });
        assert!(s.is_ok(), "{:?}", s.err());
        for (key, _) in &vars {
            assert!(asked.borrow().iter().any(|a| a == key), "{key} is in .env.example but the bot never reads it");
        }
    }

    #[test]
    fn backups_are_scheduled_only_in_a_backup_dir_at_sensible_periods() {
        assert_eq!(settings(&[("BACKUP_EVERY", "6h")]).unwrap().backups, None, "no BACKUP_DIR, no backups");
        let b = settings(&[("BACKUP_DIR", "/var/backups/bot")]).unwrap().backups.expect("backups");
        assert_eq!((b.every.as_secs(), b.keep), (86_400, 7), "daily, a week of them");
        let b = settings(&[("BACKUP_DIR", "b"), ("BACKUP_EVERY", "6h"), ("BACKUP_KEEP", "28")]).unwrap().backups;
        assert_eq!(b.map(|b| (b.every.as_secs(), b.keep)), Some((21_600, 28)));
        for (variable, value) in [("BACKUP_EVERY", "30s"), ("BACKUP_EVERY", "8d"), ("BACKUP_KEEP", "0")] {
            let error = settings(&[("BACKUP_DIR", "b"), (variable, value)]).unwrap_err();
            assert_eq!(error.variable, variable, "{value}");
        }
    }

    #[test]
    fn admin_ids_and_token_parse() {
        let s = settings(&[("ADMIN_IDS", "1, 22,333"), ("TELOXIDE_TOKEN", "123:AAAAAAAAAAAAAAAAAAAAAAAA")]).unwrap();
        assert_eq!(s.admin_ids, vec![1, 22, 333]);
        assert_eq!(format!("{:?}", s.token), "Some(Token(***))");
    }

    #[test]
    fn more_than_thirty_a_second_needs_paid_broadcasts() {
        let refused = settings(&[("BROADCAST_RATE", "100")]).unwrap_err();
        assert!(refused.to_string().contains("PAID_BROADCAST=true"), "{refused}");
        let paid = settings(&[("BROADCAST_RATE", "100"), ("PAID_BROADCAST", "true")]).unwrap();
        assert_eq!((paid.broadcast_rate, paid.paid_broadcast, paid.send_limit), (100, true, 1_000));
        assert!(settings(&[("BROADCAST_RATE", "1001"), ("PAID_BROADCAST", "true")]).is_err());
        assert!(!settings(&[]).unwrap().paid_broadcast);
    }
}
