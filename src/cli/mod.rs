//! The command line: each command's work, on the library's services (the binary only parses and wires).

mod admin;
mod args;
mod reports;
mod schedule;

pub use args::{Cli, Command};

use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, bail};

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::conversation::Dialogues;
use crate::delivery::WorkerOptions;
use crate::domain::{Role, TelegramId};
use crate::service::{Core, CoreOptions};
use crate::source::DialogueFiles;
use crate::storage::{self, audit, facts, roles};
use crate::{simulate, telegram};

use admin::{
    add_cohort, archive_cohort, backup, cohort_poster, erase_participant, grant_role, list_cohorts, list_roles,
    no_language, rename_cohort, revoke_role, show_audit, translator,
};
use args::{CohortsCommand, DialoguesCommand, GrantedRole, ParticipantsCommand, RolesCommand};
use reports::{check_export_target, export, export_format, summary, summit_report};
use schedule::sessions_command;

/// Runs one command to its end.
pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(settings).await,
        Command::Simulate { user } => simulate(settings, user).await,
        Command::CheckDialogues { dir } => check_dialogues(dir.as_deref().or(settings.dialogues_dir.as_deref())),
        Command::Dialogues { command: DialoguesCommand::Export { dir } } => export_dialogues(&dir),
        Command::Cohorts { command: CohortsCommand::Add { code, name, country, qr } } => {
            add_cohort(&settings, &code, &name, country.as_deref(), qr.as_deref()).await
        }
        Command::Cohorts { command: CohortsCommand::List } => list_cohorts(&settings).await,
        Command::Cohorts { command: CohortsCommand::Rename { code, name } } => {
            rename_cohort(&settings, &code, &name).await
        }
        Command::Cohorts { command: CohortsCommand::Archive { code } } => archive_cohort(&settings, &code).await,
        Command::Cohorts { command: CohortsCommand::Qr { code, out, force } } => {
            cohort_poster(&settings, &code, &out, force).await
        }
        Command::Roles {
            command: RolesCommand::Grant { telegram_id, role: GrantedRole::Translator, cohort, language },
        } => translator(&settings, telegram_id, cohort.as_deref(), language.as_deref(), true).await,
        Command::Roles {
            command: RolesCommand::Revoke { telegram_id, role: GrantedRole::Translator, cohort, language },
        } => translator(&settings, telegram_id, cohort.as_deref(), language.as_deref(), false).await,
        Command::Roles { command: RolesCommand::Grant { telegram_id, role, cohort, language } } => {
            no_language(language.as_deref())?;
            grant_role(&settings, telegram_id, role, cohort.as_deref()).await
        }
        Command::Roles { command: RolesCommand::Revoke { telegram_id, role, cohort, language } } => {
            no_language(language.as_deref())?;
            revoke_role(&settings, telegram_id, role, cohort.as_deref()).await
        }
        Command::Roles { command: RolesCommand::List } => list_roles(&settings).await,
        Command::Participants { command: ParticipantsCommand::Erase { telegram_id, reason } } => {
            erase_participant(&settings, telegram_id, &reason).await
        }
        Command::Sessions { command } => sessions_command(&settings, command).await,
        Command::Audit { limit } => show_audit(&settings, limit).await,
        Command::Schedule { days } => schedule::show_schedule(&settings, days).await,
        Command::Backup { file } => backup(&settings, &file).await,
        Command::Summary { format, chart } => summary(&settings, format, chart.as_deref()).await,
        Command::Report { format: _, language, out, force } => summit_report(&settings, &language, &out, force).await,
        Command::Export { what, format, no_bom, out, force } => {
            let format = export_format(format, out.as_deref(), no_bom);
            if let Some(out) = &out {
                check_export_target(&settings, out, format, force)?;
            }
            export(&settings, what, format, out.as_deref()).await
        }
    }
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// The time by the clock the commands run on.
pub(super) fn now() -> chrono::DateTime<chrono::Utc> {
    SystemClock.now()
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
    let missing: Vec<&str> =
        [("PRIVACY_CONTROLLER", &settings.privacy_controller), ("PRIVACY_CONTACT", &settings.privacy_contact)]
            .into_iter()
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| name)
            .collect();
    if !missing.is_empty() {
        bail!(
            "{} not set.\n\
             The privacy notice every participant agrees to names who is responsible for their data and how to reach \
             them (GDPR Art. 13): set PRIVACY_CONTROLLER to the organisation (e.g. \"Active Citizens Western \
             Balkans\") and PRIVACY_CONTACT to an e-mail address, a phone number or a web address, in .env or the \
             service's environment file. (simulate shows a placeholder instead.)",
            missing.join(" and ")
        );
    }
    on_core(&settings, async |core| {
        grant_admins(&core, &settings.admin_ids).await?;
        let mut bot = teloxide::Bot::new(token.expose());
        if let Some(url) = settings.api_url.clone() {
            bot = bot.set_api_url(url);
        }
        let options = telegram::ServeOptions {
            delivery: WorkerOptions::from(&settings),
            database: storage::FileGuard::of(&settings.database_url),
            http: settings.http_addr,
            backups: settings.backups.clone(),
            retention_days: settings.retention_days,
        };
        telegram::serve(bot, core, options).await.map_err(|e| match e {
            telegram::ServeError::Telegram(_) => {
                anyhow::Error::new(e).context("the bot stopped (check TELOXIDE_TOKEN and TELOXIDE_API_URL)")
            }
            other => other.into(),
        })
    })
    .await
}

/// Makes organisers of the people in ADMIN_IDS who are not yet, with an audit entry for each.
async fn grant_admins(core: &Core, admins: &[TelegramId]) -> anyhow::Result<()> {
    let now = now();
    for &admin in admins {
        let mut tx = storage::begin_write(core.pool()).await?;
        if roles::grant(&mut *tx, admin, Role::Organiser, None, "ADMIN_IDS", now).await? {
            let what = format!("organiser to {admin}");
            audit::record(&mut *tx, "ADMIN_IDS", "role_granted", &what, now).await?;
        }
        tx.commit().await?;
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

fn check_dialogues(dir: Option<&Path>) -> anyhow::Result<()> {
    let files = DialogueFiles::configured(dir).map_err(|errors| anyhow::anyhow!("{errors}"))?;
    let name = match dir {
        Some(dir) => dir.display().to_string(),
        None => "the built-in dialogues".to_owned(),
    };
    match Dialogues::from_files(&files) {
        Ok(d) => {
            let complete = d.languages.iter().filter(|l| l.complete).count();
            println!(
                "{name} are valid: {} languages ({complete} complete), {} registration steps, {} surveys",
                d.languages.len(),
                d.registration.steps.len(),
                d.surveys.len()
            );
            Ok(())
        }
        Err(errors) => {
            eprintln!("{errors}");
            bail!("{} problem(s) in {name}", errors.0.len())
        }
    }
}

fn export_dialogues(dir: &Path) -> anyhow::Result<()> {
    let written = DialogueFiles::built_in()
        .write_to(dir)
        .with_context(|| format!("cannot write the dialogues into {}", dir.display()))?;
    println!("{written} files written to {}; set DIALOGUES_DIR={} to use them", dir.display(), dir.display());
    Ok(())
}

/// Runs `work` on the database at DATABASE_URL, then closes it, whatever `work` returned. The last connection to
/// close copies SQLite's write-ahead log into the database file and removes it: after a command, the file alone
/// holds what the command wrote (unless `serve` has the database open; the log is then the bot's to copy).
pub(super) async fn on_database<T>(
    settings: &Settings,
    work: impl AsyncFnOnce(&sqlx::SqlitePool) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let pool = storage::connect(&settings.database_url).await?;
    let result = work(&pool).await;
    pool.close().await;
    result
}

/// One line for each item of a list the command line prints, or `empty` when there is none.
pub(super) fn print_lines<T>(items: Vec<T>, empty: &str, line: impl Fn(T) -> String) {
    if items.is_empty() {
        println!("{empty}");
    }
    for item in items {
        println!("{}", line(item));
    }
}

/// "1 row", "2 rows": a count for the command line's messages, which are in English.
pub(super) fn counted(n: impl std::fmt::Display, one: &str, many: &str) -> String {
    let n = n.to_string();
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

pub(super) fn rows(n: usize) -> String {
    counted(n, "row", "rows")
}

/// The bot's username for deep links: BOT_USERNAME, else what `serve` recorded.
pub(super) async fn bot_username(settings: &Settings, pool: &sqlx::SqlitePool) -> anyhow::Result<Option<String>> {
    Ok(match &settings.bot_username {
        Some(name) => Some(name.clone()),
        None => facts::get(pool, facts::BOT_USERNAME).await?,
    })
}
