//! The command line's words: commands, their arguments and their help (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::{ExportKind, TelegramId};

#[derive(Debug, Parser)]
#[command(
    name = "active-citizens-bot",
    version,
    about = "Telegram bot for the Active Citizens programme in the Western Balkans",
    long_about = "Telegram bot for the Active Citizens programme in the Western Balkans: registers participants, \
        sends session reminders, collects feedback surveys and gathers youth recommendations for the Summit.\n\n\
        Settings come from the environment or a .env file: TELOXIDE_TOKEN, TELOXIDE_API_URL, DATABASE_URL \
        (default sqlite://active-citizens.db), DIALOGUES_DIR (default: the dialogues built into the bot), ADMIN_IDS, DEFAULT_LANGUAGE \
        (default en), TIMEZONE (default Europe/Belgrade), REMINDER_OFFSETS (default 24h,1h), SURVEY_DELAY \
        (default 30m), BROADCAST_RATE (default 25), SEND_LIMIT (default 30), QUIET_HOURS (default 22:00-08:00), \
        RECOMMENDATIONS_PER_DAY (default 3), BOT_USERNAME, RUST_LOG, LOG_FORMAT. See README.md."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot on Telegram with long polling (the default). Needs TELOXIDE_TOKEN.
    Serve,
    /// Chat with the bot in this terminal: no Telegram, no token. Numbers pick buttons. Reminders, invitations
    /// and announcements for the user played arrive here; other people's wait until they are played. With
    /// ADMIN_IDS holding the user played, that user is an organiser, as with `serve`.
    Simulate {
        /// The Telegram user id to play.
        #[arg(long, default_value_t = 1)]
        user: TelegramId,
    },
    /// Validate the dialogues and report every problem as file:line: DIR, else DIALOGUES_DIR, else the set built
    /// into the bot.
    CheckDialogues {
        /// A dialogues directory to check (e.g. one written by `dialogues export`).
        dir: Option<PathBuf>,
    },
    /// The dialogues built into the bot: write them out to edit them, then point DIALOGUES_DIR at the copy.
    Dialogues {
        #[command(subcommand)]
        command: DialoguesCommand,
    },
    /// Manage cohorts.
    Cohorts {
        #[command(subcommand)]
        command: CohortsCommand,
    },
    /// Manage sessions: add, list, import from CSV, edit, cancel.
    Sessions {
        #[command(subcommand)]
        command: SessionsCommand,
    },
    /// Participants' data, on their request.
    Participants {
        #[command(subcommand)]
        command: ParticipantsCommand,
    },
    /// Manage roles.
    Roles {
        #[command(subcommand)]
        command: RolesCommand,
    },
    /// The youth recommendations summary (approved ones; cells of fewer than 5 people show as <5, and by
    /// country, age and gender such values count together as "others").
    Summary {
        #[arg(long, value_enum, default_value_t = SummaryFormat::Md)]
        format: SummaryFormat,
        /// Also draw the chart of recommendations per theme as a PNG.
        #[arg(long, value_name = "FILE.png")]
        chart: Option<PathBuf>,
    },
    /// The report for the Western Balkans Summit, as an editable Word document: how the recommendations were
    /// gathered, then each theme's approved ones, most endorsed first, in English beside the original (those
    /// without English are left out: /translate), and the chart.
    Report {
        #[arg(long, value_enum, default_value_t = ReportFormat::Docx)]
        format: ReportFormat,
        /// The language of its headings, notes and chart (a code of the language picker, e.g. en, sq, mk).
        #[arg(long, default_value = "en")]
        language: String,
        /// The file to write (.docx).
        #[arg(long, value_name = "FILE.docx")]
        out: PathBuf,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write a consistent copy of the database to FILE, even while `serve` runs. To restore it, stop the bot and
    /// put the copy in the database's place, with the old file's -wal and -shm moved away too (README.md).
    Backup {
        /// A new file for the copy: a backup never overwrites one.
        file: PathBuf,
    },
    /// What the bot is about to send, in time order: the reminders and survey invitations it will plan, by the
    /// rules `serve` runs with (REMINDER_OFFSETS, SURVEY_DELAY, QUIET_HOURS), and the messages already waiting
    /// (announcements, session changes); when, in TIMEZONE, and to how many people as the cohorts stand now.
    Schedule {
        /// How many days ahead to look, from 1 to 90.
        #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u16).range(1..=90))]
        days: u16,
    },
    /// Show the audit log: grants and revocations, broadcasts, sessions, exports and erasures, newest first.
    Audit {
        /// How many entries to show, the newest first.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Export data as CSV (for Excel: a header row, a UTF-8 byte-order mark, and text a spreadsheet would run as
    /// a formula or turn into a number starts with an apostrophe), JSON (numbers, booleans, RFC 3339 times, null
    /// for empty, keys in column order) or XLSX (date, number and boolean cells, times in UTC), to standard
    /// output or a file.
    Export {
        /// What to export.
        what: ExportWhat,
        /// The format; by default the one --out's name ends with (.csv, .json, .xlsx), else CSV.
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// CSV without the UTF-8 byte-order mark that Excel needs to read Cyrillic and Albanian letters
        /// (for tools that dislike it).
        #[arg(long)]
        no_bom: bool,
        /// Write here instead of standard output (never over the database or the files beside it).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// What `sessions edit` changes; what is not given stays.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(long)]
    pub title: Option<String>,
    /// New start, "YYYY-MM-DD HH:MM" in --tz (or the session's zone).
    #[arg(long)]
    pub starts: Option<String>,
    #[arg(long)]
    pub tz: Option<String>,
    #[arg(long)]
    pub duration: Option<String>,
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long)]
    pub module: Option<String>,
}

fn parse_delimiter(text: &str) -> Result<char, String> {
    match text {
        "," | ";" => Ok(text.chars().next().unwrap_or(',')),
        "comma" => Ok(','),
        "semicolon" => Ok(';'),
        _ => Err("the separator is ',' or ';' (comma or semicolon)".to_owned()),
    }
}

#[derive(Debug, Subcommand)]
pub enum ParticipantsCommand {
    /// Erase everything stored about a participant who asked for it (by e-mail, at a workshop), as their own
    /// /delete does: profile, answers to sessions, endorsements, conversation, messages sent or waiting. Their
    /// recommendations and survey answers stay without their id. Audited with the reason, not the id.
    Erase {
        /// Their numeric Telegram id (they can learn it with /whoami).
        telegram_id: TelegramId,
        /// Why, for the audit log (e.g. "e-mail of 2026-12-07").
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DialoguesCommand {
    /// Write the built-in dialogues (languages, registration, surveys, themes, translations) into DIR, which
    /// must not hold them already.
    Export {
        /// The directory to write; created if missing.
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum CohortsCommand {
    /// Add a cohort and print its deep link (https://t.me/<bot>?start=<CODE>).
    Add {
        /// The cohort code: 2-32 letters, digits, '-' or '_' (stored in upper case).
        code: String,
        /// The cohort's name, shown to participants.
        #[arg(long)]
        name: String,
        /// The cohort's country: AL, BA, XK, ME, MK, RS or OTHER.
        #[arg(long)]
        country: Option<String>,
        /// Also write the deep link as a QR code PNG to print.
        #[arg(long, value_name = "FILE.png")]
        qr: Option<PathBuf>,
    },
    /// List the cohorts, with their country, number of participants and name.
    List,
    /// Rename a cohort (the name participants see; the code, and so its links, stay).
    Rename {
        code: String,
        /// The new name.
        #[arg(long)]
        name: String,
    },
    /// Archive a cohort whose programme is over: no more reminders or announcements to it, and it is not
    /// offered where cohorts are picked; its participants and data stay.
    Archive { code: String },
    /// A printable poster of the cohort's link: its QR code (at least 1,000 pixels wide) with the cohort's name
    /// and the link written under it.
    Qr {
        code: String,
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// Add a session and print its check-in link (https://t.me/<bot>?start=checkin-<code>).
    Add {
        #[command(flatten)]
        session: SessionArgs,
        /// Also write the check-in link as a QR code PNG, to show at the venue.
        #[arg(long, value_name = "FILE.png")]
        qr: Option<PathBuf>,
    },
    /// List sessions, in start order.
    List {
        #[arg(long)]
        cohort: Option<String>,
    },
    /// Import sessions from a CSV file with a header row: cohort, title, starts ("YYYY-MM-DD HH:MM", local
    /// time) and optionally timezone (IANA, e.g. Europe/Skopje), duration (e.g. 2h, 90m), location, module,
    /// survey (a survey id from the dialogues). Fields are separated by commas or, as Excel saves CSV in
    /// Albanian, Serbian or Macedonian settings, semicolons: taken from the header unless --delimiter says.
    /// Every row is imported, or none if any row is wrong.
    Import {
        file: PathBuf,
        /// Refuse a file with more rows than this (a file that big is more likely a mistake than a plan).
        #[arg(long, default_value_t = 10_000)]
        max_rows: usize,
        /// The field separator, ',' or ';' (default: the one the header uses).
        #[arg(long, value_parser = parse_delimiter)]
        delimiter: Option<char>,
    },
    /// Change a session. Pending reminders follow a new time; a new time, place or title is announced to the
    /// cohort (all but those who said they cannot come).
    Edit {
        id: i64,
        #[command(flatten)]
        changes: EditArgs,
    },
    /// Cancel a session: no more reminders, and the cohort is told (all but those who said they cannot come).
    Cancel { id: i64 },
}

#[derive(Debug, clap::Args)]
pub struct SessionArgs {
    /// The cohort's code.
    #[arg(long)]
    pub cohort: String,
    #[arg(long)]
    pub title: String,
    /// Local start, "YYYY-MM-DD HH:MM" (a start in the past records a session that happened; no reminders).
    #[arg(long)]
    pub starts: String,
    /// IANA time zone of --starts (default: TIMEZONE).
    #[arg(long)]
    pub tz: Option<String>,
    /// Like 90m, 2h or 1h30m (default 2h).
    #[arg(long)]
    pub duration: Option<String>,
    #[arg(long)]
    pub location: Option<String>,
    /// The training module, e.g. "Intercultural dialogue".
    #[arg(long)]
    pub module: Option<String>,
    /// The feedback survey (an id from dialogues/surveys; default: session-feedback).
    #[arg(long)]
    pub survey: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// Grant a role to a Telegram user.
    Grant {
        telegram_id: TelegramId,
        role: GrantedRole,
        /// For facilitators: the cohort they facilitate (all cohorts if left out).
        #[arg(long)]
        cohort: Option<String>,
        /// For translators: the language they translate published recommendations into (a code of the
        /// language picker, e.g. en); grant once per language.
        #[arg(long)]
        language: Option<String>,
    },
    /// Revoke a role, as it was granted (with the same --cohort, or none). It stops working at once, even in a
    /// dialogue already started; the person's command menu is reset at their next /start or /help.
    Revoke {
        telegram_id: TelegramId,
        role: GrantedRole,
        /// For facilitators: the cohort of the grant to revoke (the grant for all cohorts if left out).
        #[arg(long)]
        cohort: Option<String>,
        /// For translators: the language of the grant to revoke.
        #[arg(long)]
        language: Option<String>,
    },
    /// List every role granted: to whom, for which cohort, when and by whom.
    List,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GrantedRole {
    Facilitator,
    Organiser,
    /// Translates published recommendations into a language (/translate).
    Translator,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportWhat {
    Participants,
    Rsvps,
    /// One row per survey response, with the questions' (English) texts as headers.
    Feedback,
    Recommendations,
}

impl ExportWhat {
    pub fn kind(self) -> ExportKind {
        match self {
            ExportWhat::Participants => ExportKind::Participants,
            ExportWhat::Rsvps => ExportKind::Rsvps,
            ExportWhat::Feedback => ExportKind::Feedback,
            ExportWhat::Recommendations => ExportKind::Recommendations,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    /// A Word document.
    Docx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SummaryFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    /// A spreadsheet (needs --out).
    Xlsx,
}
