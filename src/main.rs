//! The `active-citizens-bot` command: wiring from the command line to the library, nothing more.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};

use active_citizens_bot::clock::{Clock, SystemClock};
use active_citizens_bot::config::Settings;
use active_citizens_bot::conversation::Dialogues;
use active_citizens_bot::delivery::WorkerOptions;
use active_citizens_bot::domain::{CohortCode, Country, ExportKind, Role, Span, TelegramId};
use active_citizens_bot::reports::{export, qr, summary as summary_report};
use active_citizens_bot::scheduling::{self, SessionInput};
use active_citizens_bot::service::{Core, CoreOptions};
use active_citizens_bot::storage::sessions::{self, SessionChanges};
use active_citizens_bot::storage::{self, audit, cohorts, facts, recommendations, roles};
use active_citizens_bot::{simulate, telegram, telemetry};

#[derive(Debug, Parser)]
#[command(
    name = "active-citizens-bot",
    version,
    about = "Telegram bot for the Active Citizens programme in the Western Balkans",
    long_about = "Telegram bot for the Active Citizens programme in the Western Balkans: registers participants, \
        sends session reminders, collects feedback surveys and gathers youth recommendations for the Summit.\n\n\
        Settings come from the environment or a .env file: TELOXIDE_TOKEN, TELOXIDE_API_URL, DATABASE_URL \
        (default sqlite://active-citizens.db), DIALOGUES_DIR (default dialogues), ADMIN_IDS, DEFAULT_LANGUAGE \
        (default en), TIMEZONE (default Europe/Belgrade), REMINDER_OFFSETS (default 24h,1h), SURVEY_DELAY \
        (default 30m), BROADCAST_RATE (default 25), SEND_LIMIT (default 30), QUIET_HOURS (default 22:00-08:00), \
        RECOMMENDATIONS_PER_DAY (default 3), BOT_USERNAME, RUST_LOG, LOG_FORMAT. See README.md."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
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
    /// Validate dialogues/ and report every problem as file:line.
    CheckDialogues,
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
    /// Write a consistent copy of the database to FILE, even while `serve` runs. To restore it, stop the bot and
    /// put the copy in the database's place, with the old file's -wal and -shm moved away too (README.md).
    Backup {
        /// A new file for the copy: a backup never overwrites one.
        file: PathBuf,
    },
    /// Show the audit log: grants and revocations, broadcasts, sessions, exports and erasures, newest first.
    Audit {
        /// How many entries to show, the newest first.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Export data as CSV (a header row; text a spreadsheet would run as a formula starts with an apostrophe),
    /// JSON or XLSX, to standard output or a file.
    Export {
        /// What to export.
        what: ExportWhat,
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// Write here instead of standard output (never over the database or the files beside it).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
enum CohortsCommand {
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
}

#[derive(Debug, Subcommand)]
enum SessionsCommand {
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
    /// Import sessions from a CSV file with a header row: cohort,title,starts and optionally timezone, duration,
    /// location, module, survey. Every row is imported, or none if any row is wrong.
    Import {
        file: PathBuf,
        /// Refuse a file with more rows than this (a file that big is more likely a mistake than a plan).
        #[arg(long, default_value_t = 10_000)]
        max_rows: usize,
    },
    /// Change a session. Pending reminders follow a new time; those coming are told.
    Edit {
        id: i64,
        #[arg(long)]
        title: Option<String>,
        /// New start, "YYYY-MM-DD HH:MM" in --tz (or the session's zone).
        #[arg(long)]
        starts: Option<String>,
        #[arg(long)]
        tz: Option<String>,
        #[arg(long)]
        duration: Option<String>,
        #[arg(long)]
        location: Option<String>,
        #[arg(long)]
        module: Option<String>,
    },
    /// Cancel a session: no more reminders, and those coming are told.
    Cancel { id: i64 },
}

#[derive(Debug, clap::Args)]
struct SessionArgs {
    /// The cohort's code.
    #[arg(long)]
    cohort: String,
    #[arg(long)]
    title: String,
    /// Local start, "YYYY-MM-DD HH:MM" (a start in the past records a session that happened; no reminders).
    #[arg(long)]
    starts: String,
    /// IANA time zone of --starts (default: TIMEZONE).
    #[arg(long)]
    tz: Option<String>,
    /// Like 90m, 2h or 1h30m (default 2h).
    #[arg(long)]
    duration: Option<String>,
    #[arg(long)]
    location: Option<String>,
    /// The training module, e.g. "Intercultural dialogue".
    #[arg(long)]
    module: Option<String>,
    /// The feedback survey (an id from dialogues/surveys; default: session-feedback).
    #[arg(long)]
    survey: Option<String>,
}

#[derive(Debug, Subcommand)]
enum RolesCommand {
    /// Grant a role to a Telegram user.
    Grant {
        telegram_id: TelegramId,
        role: GrantedRole,
        /// For facilitators: the cohort they facilitate (all cohorts if left out).
        #[arg(long)]
        cohort: Option<String>,
    },
    /// Revoke a role, as it was granted (with the same --cohort, or none). It stops working at once, even in a
    /// dialogue already started; the person's command menu is reset at their next /start or /help.
    Revoke {
        telegram_id: TelegramId,
        role: GrantedRole,
        /// For facilitators: the cohort of the grant to revoke (the grant for all cohorts if left out).
        #[arg(long)]
        cohort: Option<String>,
    },
    /// List every role granted: to whom, for which cohort, when and by whom.
    List,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum GrantedRole {
    Facilitator,
    Organiser,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportWhat {
    Participants,
    Rsvps,
    /// One row per survey response, with the questions' (English) texts as headers.
    Feedback,
    Recommendations,
}

impl ExportWhat {
    fn kind(self) -> ExportKind {
        match self {
            ExportWhat::Participants => ExportKind::Participants,
            ExportWhat::Rsvps => ExportKind::Rsvps,
            ExportWhat::Feedback => ExportKind::Feedback,
            ExportWhat::Recommendations => ExportKind::Recommendations,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SummaryFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
    /// A spreadsheet (needs --out).
    Xlsx,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = dotenvy::dotenv()
        && !e.not_found()
    {
        eprintln!("error: .env: {e}");
        return ExitCode::from(2);
    }
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = telemetry::init(&settings.log_filter, settings.log_format) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(run(cli.command.unwrap_or(Command::Serve), settings));
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

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(settings).await,
        Command::Simulate { user } => simulate(settings, user).await,
        Command::CheckDialogues => check_dialogues(&settings.dialogues_dir),
        Command::Cohorts { command: CohortsCommand::Add { code, name, country, qr } } => {
            add_cohort(&settings, &code, &name, country.as_deref(), qr.as_deref()).await
        }
        Command::Cohorts { command: CohortsCommand::List } => list_cohorts(&settings).await,
        Command::Roles { command: RolesCommand::Grant { telegram_id, role, cohort } } => {
            grant_role(&settings, telegram_id, role, cohort.as_deref()).await
        }
        Command::Roles { command: RolesCommand::Revoke { telegram_id, role, cohort } } => {
            revoke_role(&settings, telegram_id, role, cohort.as_deref()).await
        }
        Command::Roles { command: RolesCommand::List } => list_roles(&settings).await,
        Command::Sessions { command } => sessions_command(&settings, command).await,
        Command::Audit { limit } => show_audit(&settings, limit).await,
        Command::Backup { file } => backup(&settings, &file).await,
        Command::Summary { format, chart } => summary(&settings, format, chart.as_deref()).await,
        Command::Export { what, format, out, force } => {
            if let Some(out) = &out {
                check_export_target(&settings, out, force)?;
            }
            export(&settings, what, format, out.as_deref()).await
        }
    }
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// Starts the bot's core on DATABASE_URL and the dialogues, runs `work` with it, then closes its database,
/// whatever `work` returned (see [`on_database`]).
async fn on_core<T>(settings: &Settings, work: impl AsyncFnOnce(Arc<Core>) -> anyhow::Result<T>) -> anyhow::Result<T> {
    let core = Arc::new(Core::start(CoreOptions::from(settings), clock()).await?);
    let result = work(core.clone()).await;
    core.close().await;
    result
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let Some(token) = settings.token.clone() else {
        bail!(
            "TELOXIDE_TOKEN is not set.\n\
             To run on Telegram, create a bot: open @BotFather in Telegram, send /newbot, and put the token it gives \
             you in .env as TELOXIDE_TOKEN=...\n\
             To try the bot without Telegram: cargo run -- simulate"
        );
    };
    on_core(&settings, async |core| {
        grant_admins(&core, &settings.admin_ids).await?;
        let mut bot = teloxide::Bot::new(token.expose());
        if let Some(url) = settings.api_url.clone() {
            bot = bot.set_api_url(url);
        }
        let delivery = WorkerOptions::from(&settings);
        telegram::serve(bot, core, delivery, storage::FileGuard::of(&settings.database_url)).await.map_err(
            |e| match e {
                telegram::ServeError::Telegram(_) => {
                    anyhow::Error::new(e).context("the bot stopped (check TELOXIDE_TOKEN and TELOXIDE_API_URL)")
                }
                other => other.into(),
            },
        )
    })
    .await
}

/// Makes organisers of the people in ADMIN_IDS who are not yet, with an audit entry for each.
async fn grant_admins(core: &Core, admins: &[TelegramId]) -> anyhow::Result<()> {
    for &admin in admins {
        if roles::grant(core.pool(), admin, Role::Organiser, None, "ADMIN_IDS", chrono::Utc::now()).await? {
            let what = format!("organiser to {admin}");
            audit::record(core.pool(), "ADMIN_IDS", "role_granted", &what, chrono::Utc::now()).await?;
        }
    }
    Ok(())
}

async fn simulate(settings: Settings, user: TelegramId) -> anyhow::Result<()> {
    on_core(&settings, async |core| {
        // As `serve` does, so that the organisers' and facilitators' commands can be tried here too.
        grant_admins(&core, &settings.admin_ids).await?;
        let interactive = std::io::stdin().is_terminal();
        if interactive {
            eprintln!("{}", simulate::HELP);
        }
        let stdin = tokio::io::BufReader::new(tokio::io::stdin());
        let sim = simulate::Simulator::new(core, user).with_delivery(WorkerOptions::from(&settings));
        Ok(simulate::run(sim, stdin, tokio::io::stdout(), !interactive).await?)
    })
    .await
}

fn check_dialogues(dir: &Path) -> anyhow::Result<()> {
    match Dialogues::load(dir) {
        Ok(d) => {
            let complete = d.languages.iter().filter(|l| l.complete).count();
            println!(
                "{} is valid: {} languages ({} complete), {} registration steps, {} surveys",
                dir.display(),
                d.languages.len(),
                complete,
                d.registration.steps.len(),
                d.surveys.len()
            );
            Ok(())
        }
        Err(errors) => {
            eprintln!("{errors}");
            bail!("{} problem(s) in {}", errors.0.len(), dir.display())
        }
    }
}

async fn add_cohort(
    settings: &Settings,
    code: &str,
    name: &str,
    country: Option<&str>,
    qr_file: Option<&Path>,
) -> anyhow::Result<()> {
    let code = CohortCode::parse(code).with_context(|| format!("cohort code '{code}'"))?;
    let name = active_citizens_bot::domain::bounded_text(name, 2, 100).context("--name")?;
    let country = country
        .map(|c| c.to_ascii_uppercase().parse::<Country>())
        .transpose()
        .map_err(anyhow::Error::msg)
        .context("--country")?;
    on_database(settings, async |pool| {
        let username = link_username(settings, pool, qr_file).await?;
        let cohort = cohorts::Cohort { code: code.clone(), name, country };
        cohorts::add(pool, &cohort, chrono::Utc::now()).await?;
        println!("Added cohort {code} ({}).", cohort.name);
        print_link("Deep link", username.as_deref(), code.as_str(), qr_file)
    })
    .await
}

async fn list_cohorts(settings: &Settings) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let empty = "No cohorts. Add one with: active-citizens-bot cohorts add CODE --name NAME";
        print_lines(cohorts::list(pool).await?, empty, |(cohort, participants)| {
            let country = cohort.country.map_or("-", Country::code);
            let people = counted(participants, "participant", "participants");
            format!("{:<16} {:<5} {:>16}  {}", cohort.code.as_str(), country, people, cohort.name)
        });
        Ok(())
    })
    .await
}

/// The bot's username for the deep link a command prints (see [`bot_username`]); with `--qr`, which needs the
/// whole link, refused before anything is changed if it is not known.
async fn link_username(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    qr_file: Option<&Path>,
) -> anyhow::Result<Option<String>> {
    let username = bot_username(settings, pool).await?;
    if qr_file.is_some() && username.is_none() {
        bail!(
            "--qr needs the bot's username for the link: set BOT_USERNAME, or run `serve` once so the bot records it"
        );
    }
    Ok(username)
}

/// Prints the deep link that opens the bot with `/start <payload>` (with `<bot>` for an unknown username), and
/// writes it as a QR code to `qr_file`.
fn print_link(what: &str, username: Option<&str>, payload: &str, qr_file: Option<&Path>) -> anyhow::Result<()> {
    let link = active_citizens_bot::domain::deep_link(username, payload);
    if username.is_none() {
        println!("{what}: {link} (set BOT_USERNAME to print it in full)");
        return Ok(());
    }
    println!("{what}: {link}");
    if let Some(file) = qr_file {
        qr::write_png(&link, file)?;
        println!("QR code written to {}", file.display());
    }
    Ok(())
}

/// The role and cohort of `roles grant` or `roles revoke`, checked before the database is opened.
fn role_args(user: TelegramId, role: GrantedRole, cohort: Option<&str>) -> anyhow::Result<(Role, Option<CohortCode>)> {
    let role = match role {
        GrantedRole::Facilitator => Role::Facilitator,
        GrantedRole::Organiser => Role::Organiser,
    };
    if user <= 0 {
        bail!("TELEGRAM_ID must be a positive number (the user's numeric Telegram id)");
    }
    if role == Role::Organiser && cohort.is_some() {
        bail!("--cohort applies to facilitators only: organisers work across every cohort");
    }
    let cohort = cohort.map(CohortCode::parse).transpose().context("--cohort")?;
    Ok((role, cohort))
}

fn scope_name(cohort: Option<&CohortCode>) -> String {
    cohort.map_or_else(|| "all cohorts".to_owned(), |c| format!("cohort {c}"))
}

async fn grant_role(
    settings: &Settings,
    user: TelegramId,
    role: GrantedRole,
    cohort: Option<&str>,
) -> anyhow::Result<()> {
    let (role, cohort) = role_args(user, role, cohort)?;
    on_database(settings, async |pool| {
        if let Some(code) = &cohort
            && cohorts::name_of(pool, code).await?.is_none()
        {
            bail!("--cohort: no cohort has the code {code} (add it with `cohorts add`)");
        }
        let granted = roles::grant(pool, user, role, cohort.as_ref(), "cli", chrono::Utc::now()).await?;
        let scope = scope_name(cohort.as_ref());
        if granted {
            audit::record(pool, "cli", "role_granted", &format!("{role} ({scope}) to {user}"), chrono::Utc::now())
                .await?;
            println!("Granted {role} ({scope}) to {user}.");
        } else {
            println!("{user} already is {role} ({scope}); nothing changed.");
        }
        Ok(())
    })
    .await
}

async fn revoke_role(
    settings: &Settings,
    user: TelegramId,
    role: GrantedRole,
    cohort: Option<&str>,
) -> anyhow::Result<()> {
    let (role, cohort) = role_args(user, role, cohort)?;
    on_database(settings, async |pool| {
        let scope = scope_name(cohort.as_ref());
        if !roles::revoke(pool, user, role, cohort.as_ref()).await? {
            let held: Vec<String> = roles::grants_of(pool, user)
                .await?
                .iter()
                .map(|g| format!("{} ({})", g.role, scope_name(g.cohort.as_ref())))
                .collect();
            let held = if held.is_empty() { "no role".to_owned() } else { held.join(", ") };
            bail!("{user} is not {role} ({scope}), so nothing was revoked; they hold {held}");
        }
        audit::record(pool, "cli", "role_revoked", &format!("{role} ({scope}) from {user}"), chrono::Utc::now())
            .await?;
        println!("Revoked {role} ({scope}) from {user}.");
        Ok(())
    })
    .await
}

async fn list_roles(settings: &Settings) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let empty = "No roles granted. Grant one with: active-citizens-bot roles grant TELEGRAM_ID organiser";
        print_lines(roles::all(pool).await?, empty, |r| {
            let when = r.granted_at.format("%Y-%m-%d %H:%M UTC");
            let scope = scope_name(r.grant.cohort.as_ref());
            format!("{:>12}  {:<12} {:<24} {when}  by {}", r.user, r.grant.role.as_str(), scope, r.granted_by)
        });
        Ok(())
    })
    .await
}

async fn export(settings: &Settings, what: ExportWhat, format: ExportFormat, out: Option<&Path>) -> anyhow::Result<()> {
    let format = match format {
        ExportFormat::Csv => export::Format::Csv,
        ExportFormat::Json => export::Format::Json,
        ExportFormat::Xlsx => export::Format::Xlsx,
    };
    if format == export::Format::Xlsx && out.is_none() {
        bail!("--format xlsx writes a file: give it with --out FILE.xlsx");
    }
    // For every kind, as in a chat: the feedback export's columns are the surveys' questions.
    let dialogues = Dialogues::load(&settings.dialogues_dir)?;
    on_database(settings, async |pool| {
        let kind = what.kind();
        let data = export::Data::read(pool, kind, &dialogues.i18n, &dialogues.surveys).await?;
        match out {
            Some(path) => {
                let file = std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
                let mut writer = std::io::BufWriter::new(file);
                data.write(format, &mut writer)?;
                writer.flush().with_context(|| format!("cannot write {}", path.display()))?;
                eprintln!("Exported {} to {}", rows(data.len()), path.display());
            }
            None => data.write(format, &mut std::io::stdout().lock())?,
        }
        // Audited once written: a failed export gave nobody the data.
        audit::record(pool, "cli", "export", &format!("{} of {kind}", rows(data.len())), chrono::Utc::now()).await?;
        Ok(())
    })
    .await
}

/// An export never writes over the database (that would destroy it) and replaces a file only when asked to.
fn check_export_target(settings: &Settings, out: &Path, force: bool) -> anyhow::Result<()> {
    if storage::is_database_file(&settings.database_url, out) {
        bail!("--out {}: that is the bot's database (or a file beside it); choose another file", out.display());
    }
    if out.exists() && !force {
        bail!("--out {}: the file exists already; choose a new name, or give --force to replace it", out.display());
    }
    Ok(())
}

async fn summary(settings: &Settings, format: SummaryFormat, chart: Option<&Path>) -> anyhow::Result<()> {
    let dialogues = Dialogues::load(&settings.dialogues_dir)?;
    on_database(settings, async |pool| {
        let rows = recommendations::all_rows(pool).await?;
        let themes: Vec<String> = dialogues.themes.iter().map(|t| t.id.clone()).collect();
        let year = summary_report::current_year(chrono::Utc::now(), settings.timezone);
        let summary = summary_report::summarize(rows, &themes, year);
        let names = summary_report::Names::of(&dialogues);
        match format {
            SummaryFormat::Md => print!("{}", summary_report::markdown(&summary, &names)),
            SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(&summary)?),
        }
        if let Some(path) = chart {
            std::fs::write(path, summary_report::chart_png(&summary, &names.themes())?)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("Chart written to {}", path.display());
        }
        audit::record(
            pool,
            "cli",
            "summary",
            &counted(summary.approved, "approved recommendation", "approved recommendations"),
            chrono::Utc::now(),
        )
        .await?;
        Ok(())
    })
    .await
}

async fn backup(settings: &Settings, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!("{} exists already: choose a new file name (a backup never overwrites)", file.display());
    }
    on_database(settings, async |pool| {
        storage::backup(pool, file).await.with_context(|| format!("cannot write the backup to {}", file.display()))?;
        audit::record(pool, "cli", "backup", &file.display().to_string(), chrono::Utc::now()).await?;
        println!("Backup written to {}", file.display());
        Ok(())
    })
    .await
}

async fn show_audit(settings: &Settings, limit: i64) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        print_lines(audit::latest(pool, limit.max(1)).await?, "The audit log is empty.", |e| {
            format!("{}  {:<18} {:<18} {}", e.at.format("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.detail)
        });
        Ok(())
    })
    .await
}

/// Runs `work` on the database at DATABASE_URL, then closes it, whatever `work` returned. The last connection to
/// close copies SQLite's write-ahead log into the database file and removes it: after a command, the file alone
/// holds what the command wrote (unless `serve` has the database open; the log is then the bot's to copy).
async fn on_database<T>(
    settings: &Settings,
    work: impl AsyncFnOnce(&sqlx::SqlitePool) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let pool = storage::connect(&settings.database_url).await?;
    let result = work(&pool).await;
    pool.close().await;
    result
}

/// One line for each item of a list the command line prints, or `empty` when there is none.
fn print_lines<T>(items: Vec<T>, empty: &str, line: impl Fn(T) -> String) {
    if items.is_empty() {
        println!("{empty}");
    }
    for item in items {
        println!("{}", line(item));
    }
}

/// "1 row", "2 rows": a count for the command line's messages, which are in English.
fn counted(n: impl std::fmt::Display, one: &str, many: &str) -> String {
    let n = n.to_string();
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

fn rows(n: usize) -> String {
    counted(n, "row", "rows")
}

/// The bot's username for deep links: BOT_USERNAME, else what `serve` recorded.
async fn bot_username(settings: &Settings, pool: &sqlx::SqlitePool) -> anyhow::Result<Option<String>> {
    Ok(match &settings.bot_username {
        Some(name) => Some(name.clone()),
        None => facts::get(pool, facts::BOT_USERNAME).await?,
    })
}

async fn sessions_command(settings: &Settings, command: SessionsCommand) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let now = chrono::Utc::now();
        match command {
            SessionsCommand::Add { session, qr } => add_session(settings, pool, session, qr.as_deref(), now).await,
            SessionsCommand::List { cohort } => list_sessions(pool, cohort.as_deref(), now).await,
            SessionsCommand::Import { file, max_rows } => import_sessions(settings, pool, &file, max_rows, now).await,
            SessionsCommand::Edit { id, title, starts, tz, duration, location, module } => {
                let current =
                    sessions::find(pool, id).await?.ok_or_else(|| anyhow::anyhow!("no session has the id {id}"))?;
                let zone = match tz.as_deref() {
                    Some(z) => z
                        .parse::<chrono_tz::Tz>()
                        .map_err(|_| anyhow::anyhow!("--tz: '{z}' is not an IANA time zone"))?,
                    None => current.timezone,
                };
                let starts_at = starts
                    .as_deref()
                    .map(|text| active_citizens_bot::domain::parse_local_start(text, zone))
                    .transpose()
                    .context("--starts")?;
                let duration = duration
                    .as_deref()
                    .map(|d| Span::parse_at_most(d, active_citizens_bot::domain::MAX_SESSION))
                    .transpose()
                    .context("--duration")?;
                let changes = SessionChanges {
                    title,
                    module,
                    starts_at,
                    timezone: tz.is_some().then_some(zone),
                    duration,
                    location,
                };
                let edited = scheduling::edit(pool, id, &changes, now).await?;
                audit::record(pool, "cli", "session_edited", &format!("session {id}"), now).await?;
                println!("Session {id} now: {} ({}).", edited.title, edited.local_start(edited.timezone));
                Ok(())
            }
            SessionsCommand::Cancel { id } => {
                let cancelled = scheduling::cancel(pool, id, now).await?;
                audit::record(pool, "cli", "session_cancelled", &format!("session {id}"), now).await?;
                let told =
                    if cancelled.has_started(now) { "" } else { " Those who said they are coming will be told." };
                println!("Cancelled session {id}: {}.{told}", cancelled.title);
                Ok(())
            }
        }
    })
    .await
}

async fn add_session(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    session: SessionArgs,
    qr_file: Option<&Path>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let username = link_username(settings, pool, qr_file).await?;
    let input = SessionInput {
        cohort: session.cohort,
        title: session.title,
        starts: session.starts,
        timezone: session.tz,
        duration: session.duration,
        location: session.location,
        module: session.module,
        survey: session.survey,
    };
    let new = scheduling::validate(pool, &input, settings.timezone, &survey_ids(settings)?)
        .await
        .map_err(|(field, message)| anyhow::anyhow!("--{}: {message}", cli_flag(field)))?;
    let created = scheduling::create(pool, &new, now).await?;
    let detail = format!("session {} for cohort {}", created.id, created.cohort);
    audit::record(pool, "cli", "session_created", &detail, now).await?;
    println!("Added session {}: {} ({}).", created.id, created.title, created.local_start(created.timezone));
    if created.has_started(now) {
        println!("It starts in the past: recorded, and no reminders will be sent.");
    }
    let payload = format!("{}{}", active_citizens_bot::conversation::CHECKIN_PREFIX, created.checkin_code);
    print_link("Check-in link", username.as_deref(), &payload, qr_file)
}

async fn list_sessions(
    pool: &sqlx::SqlitePool,
    cohort: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let cohort = cohort.map(CohortCode::parse).transpose().context("--cohort")?;
    print_lines(sessions::list(pool, cohort.as_ref()).await?, "No sessions.", |s| {
        let status = if s.cancelled {
            "cancelled"
        } else if s.has_started(now) {
            "past"
        } else {
            "upcoming"
        };
        let place = s.location.as_deref().unwrap_or("-");
        let local = s.local_start(s.timezone);
        format!("{:>5}  {:<16} {} {:<16} {:<9} {}  @ {}", s.id, s.cohort, local, s.timezone, status, s.title, place)
    });
    Ok(())
}

/// The problems of a refused import listed one by one; the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

/// Imports every row of `file` or none, naming its problems.
async fn import_sessions(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    file: &Path,
    max_rows: usize,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    match scheduling::import(pool, file, settings.timezone, &survey_ids(settings)?, max_rows, now).await? {
        Ok(created) => {
            let sessions = counted(created.len(), "session", "sessions");
            audit::record(pool, "cli", "sessions_imported", &sessions, now).await?;
            println!("Imported {sessions} from {}.", file.display());
            Ok(())
        }
        Err(problems) => {
            for problem in problems.iter().take(SHOWN_PROBLEMS) {
                eprintln!("{}: {problem}", file.display());
            }
            if problems.len() > SHOWN_PROBLEMS {
                eprintln!("{}: … and {} more", file.display(), problems.len() - SHOWN_PROBLEMS);
            }
            bail!("nothing imported: {} problem(s) in {}", problems.len(), file.display());
        }
    }
}

/// The ids of the surveys in dialogues/surveys, which sessions may name.
fn survey_ids(settings: &Settings) -> anyhow::Result<Vec<String>> {
    Ok(Dialogues::load(&settings.dialogues_dir)?.surveys.into_iter().map(|s| s.id).collect())
}

fn cli_flag(field: scheduling::InputField) -> &'static str {
    match field {
        scheduling::InputField::Timezone => "tz",
        other => other.name(),
    }
}
