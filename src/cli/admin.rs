//! Cohorts, roles, the audit log and backups from the command line.

use std::path::Path;

use anyhow::{Context as _, bail};

use chrono::{DateTime, Utc};

use crate::config::Settings;
use crate::conversation::Dialogues;
use crate::domain::{CohortCode, Country, Role, TelegramId};
use crate::reports::qr;
use crate::storage::{self, audit, cohorts, roles, translators};

use super::args::GrantedRole;
use super::{bot_username, counted, now, on_database, print_lines};

pub(super) async fn add_cohort(
    settings: &Settings,
    code: &str,
    name: &str,
    country: Option<&str>,
    qr_file: Option<&Path>,
) -> anyhow::Result<()> {
    let code = CohortCode::parse(code).with_context(|| format!("cohort code '{code}'"))?;
    let name = crate::domain::bounded_text(name, 2, 100).context("--name")?;
    let country = country
        .map(|c| c.to_ascii_uppercase().parse::<Country>())
        .transpose()
        .map_err(anyhow::Error::msg)
        .context("--country")?;
    on_database(settings, async |pool| {
        let username = link_username(settings, pool, qr_file).await?;
        // The image first: a path that cannot be written stores nothing, so a retry makes no second cohort.
        let qr = write_qr(username.as_deref(), code.as_str(), qr_file)?;
        let cohort = cohorts::Cohort { code: code.clone(), name, country };
        settle_qr(qr, cohorts::add(pool, &cohort, now()).await)?;
        println!("Added cohort {code} ({}).", cohort.name);
        print_link("Deep link", username.as_deref(), code.as_str(), qr_file);
        Ok(())
    })
    .await
}

pub(super) async fn rename_cohort(settings: &Settings, code: &str, name: &str) -> anyhow::Result<()> {
    let code = CohortCode::parse(code).with_context(|| format!("cohort code '{code}'"))?;
    let name = crate::domain::bounded_text(name, 2, 100).context("--name")?;
    on_database(settings, async |pool| {
        if !cohorts::rename(pool, &code, &name, "cli", now()).await? {
            bail!("no cohort has the code {code}");
        }
        println!("Cohort {code} is now called {name}.");
        Ok(())
    })
    .await
}

pub(super) async fn list_cohorts(settings: &Settings) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let empty = "No cohorts. Add one with: active-citizens-bot cohorts add CODE --name NAME";
        print_lines(cohorts::list(pool).await?, empty, |(cohort, participants, archived)| {
            let country = cohort.country.map_or("-", Country::code);
            let people = counted(participants, "participant", "participants");
            let archived = if archived { "  (archived)" } else { "" };
            format!("{:<16} {:<5} {:>16}  {}{archived}", cohort.code.as_str(), country, people, cohort.name)
        });
        Ok(())
    })
    .await
}

/// The bot's username for the deep link a command prints (see [`bot_username`]); with `--qr`, which needs the
/// whole link, refused before anything is changed if it is not known.
pub(super) async fn link_username(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    qr_file: Option<&Path>,
) -> anyhow::Result<Option<String>> {
    let username = bot_username(settings, pool).await?;
    if qr_file.is_some() && username.is_none() {
        bail!(
            "a QR code needs the bot's username for the link: set BOT_USERNAME, or run `serve` once so the bot records it"
        );
    }
    Ok(username)
}

/// `cohorts archive CODE`: no more reminders or announcements to it, not offered where cohorts are picked.
pub(super) async fn archive_cohort(settings: &Settings, code: &str) -> anyhow::Result<()> {
    let code = CohortCode::parse(code).with_context(|| format!("cohort code '{code}'"))?;
    on_database(settings, async |pool| {
        if cohorts::name_of(pool, &code).await?.is_none() {
            bail!("no cohort has the code {code} (`cohorts list` shows them)");
        }
        if cohorts::archive(pool, &code, "cli", now()).await? {
            println!("Archived {code}: no more reminders or announcements to it; its data stays.");
        } else {
            println!("{code} is archived already; nothing changed.");
        }
        Ok(())
    })
    .await
}

/// `cohorts qr CODE --out FILE.png`: the cohort's printable poster (its name and link under the code).
pub(super) async fn cohort_poster(settings: &Settings, code: &str, out: &Path, force: bool) -> anyhow::Result<()> {
    let code = CohortCode::parse(code).with_context(|| format!("cohort code '{code}'"))?;
    if out.extension().and_then(|e| e.to_str()).is_none_or(|e| !e.eq_ignore_ascii_case("png")) {
        bail!("--out {}: the poster is a PNG image; name it .png", out.display());
    }
    if out.exists() && !force {
        bail!("--out {}: the file exists already; choose a new name, or give --force to replace it", out.display());
    }
    on_database(settings, async |pool| {
        let Some(name) = cohorts::name_of(pool, &code).await? else {
            bail!("no cohort has the code {code} (`cohorts list` shows them)");
        };
        let username = link_username(settings, pool, Some(out)).await?;
        let link = crate::domain::deep_link(username.as_deref(), code.as_str());
        let png = qr::poster_png(&link, &name)?;
        std::fs::write(out, png).with_context(|| format!("cannot write {}", out.display()))?;
        println!("The poster of {code} ({name}) is in {}: {link}", out.display());
        Ok(())
    })
    .await
}

/// A QR code written beside its file, put in its place once what it points to is stored.
pub(super) struct PendingQr {
    written: std::path::PathBuf,
    file: std::path::PathBuf,
}

impl PendingQr {
    /// The code in its place (replacing a file of that name).
    pub(super) fn keep(self) -> anyhow::Result<()> {
        std::fs::rename(&self.written, &self.file).with_context(|| format!("--qr {}", self.file.display()))
    }

    /// Nothing was stored: the code goes, and a file of that name is left as it was.
    pub(super) fn discard(self) {
        let _ = std::fs::remove_file(&self.written);
    }
}

/// Writes the deep link that opens the bot with `/start <payload>` as a QR code beside `qr_file`, if one is asked
/// for ([`link_username`] has made sure the username is known then): a path that cannot be written fails
/// before anything is stored.
pub(super) fn write_qr(
    username: Option<&str>,
    payload: &str,
    qr_file: Option<&Path>,
) -> anyhow::Result<Option<PendingQr>> {
    let (Some(file), Some(_)) = (qr_file, username) else { return Ok(None) };
    let mut written = file.as_os_str().to_owned();
    written.push(".partial");
    let written = std::path::PathBuf::from(written);
    qr::write_png(&crate::domain::deep_link(username, payload), &written)
        .with_context(|| format!("--qr {}: nothing was stored", file.display()))?;
    Ok(Some(PendingQr { written, file: file.to_path_buf() }))
}

/// Keeps the code once its cohort or session is stored, or discards it if that failed.
pub(super) fn settle_qr<T, E: Into<anyhow::Error>>(
    pending: Option<PendingQr>,
    stored: Result<T, E>,
) -> anyhow::Result<T> {
    match (stored, pending) {
        (Ok(value), Some(qr)) => qr.keep().map(|()| value),
        (Ok(value), None) => Ok(value),
        (Err(e), pending) => {
            if let Some(qr) = pending {
                qr.discard();
            }
            Err(e.into())
        }
    }
}

/// Prints the deep link (with `<bot>` for an unknown username), and where its QR code was written.
pub(super) fn print_link(what: &str, username: Option<&str>, payload: &str, qr_file: Option<&Path>) {
    let link = crate::domain::deep_link(username, payload);
    if username.is_none() {
        println!("{what}: {link} (set BOT_USERNAME to print it in full)");
        return;
    }
    println!("{what}: {link}");
    if let Some(file) = qr_file {
        println!("QR code written to {}", file.display());
    }
}

/// The role and cohort of `roles grant` or `roles revoke`, checked before the database is opened.
pub(super) fn role_args(
    user: TelegramId,
    role: GrantedRole,
    cohort: Option<&str>,
) -> anyhow::Result<(Role, Option<CohortCode>)> {
    let role = match role {
        GrantedRole::Facilitator => Role::Facilitator,
        GrantedRole::Organiser => Role::Organiser,
        GrantedRole::Translator => bail!("translators are granted per language: give --language"),
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

pub(super) fn scope_name(cohort: Option<&CohortCode>) -> String {
    cohort.map_or_else(|| "all cohorts".to_owned(), |c| format!("cohort {c}"))
}

pub(super) async fn grant_role(
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
        let now = now();
        let scope = scope_name(cohort.as_ref());
        let mut tx = storage::begin_write(pool).await?;
        let granted = roles::grant(&mut *tx, user, role, cohort.as_ref(), "cli", now).await?;
        if granted {
            audit::record(&mut *tx, "cli", "role_granted", &format!("{role} ({scope}) to {user}"), now).await?;
        }
        tx.commit().await?;
        if granted {
            println!("Granted {role} ({scope}) to {user}.");
        } else {
            println!("{user} already is {role} ({scope}); nothing changed.");
        }
        Ok(())
    })
    .await
}

pub(super) async fn revoke_role(
    settings: &Settings,
    user: TelegramId,
    role: GrantedRole,
    cohort: Option<&str>,
) -> anyhow::Result<()> {
    let (role, cohort) = role_args(user, role, cohort)?;
    on_database(settings, async |pool| {
        let scope = scope_name(cohort.as_ref());
        let mut tx = storage::begin_write(pool).await?;
        if !roles::revoke_in(&mut tx, user, role, cohort.as_ref()).await? {
            let held: Vec<String> = roles::grants_of(&mut *tx, user)
                .await?
                .iter()
                .map(|g| format!("{} ({})", g.role, scope_name(g.cohort.as_ref())))
                .collect();
            let held = if held.is_empty() { "no role".to_owned() } else { held.join(", ") };
            bail!("{user} is not {role} ({scope}), so nothing was revoked; they hold {held}");
        }
        audit::record(&mut *tx, "cli", "role_revoked", &format!("{role} ({scope}) from {user}"), now()).await?;
        tx.commit().await?;
        println!("Revoked {role} ({scope}) from {user}.");
        Ok(())
    })
    .await
}

pub(super) async fn list_roles(settings: &Settings) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        let empty = "No roles granted. Grant one with: active-citizens-bot roles grant TELEGRAM_ID organiser";
        let zone = settings.timezone;
        let line = |user: TelegramId, role: &str, scope: &str, when: DateTime<Utc>, by: &str| {
            format!("{user:>12}  {role:<12} {scope:<24} {}  by {by}", programme_time(when, zone))
        };
        let mut lines: Vec<String> = roles::all(pool)
            .await?
            .iter()
            .map(|r| {
                line(r.user, r.grant.role.as_str(), &scope_name(r.grant.cohort.as_ref()), r.granted_at, &r.granted_by)
            })
            .collect();
        for (user, language, when, by) in translators::all(pool).await? {
            lines.push(line(user, "translator", &format!("into {language}"), when, &by));
        }
        print_lines(lines, empty, |l| l);
        Ok(())
    })
    .await
}

/// `roles grant|revoke TELEGRAM_ID translator --language L`: who may translate published recommendations into a
/// language of the bot (/translate), audited like the other roles.
pub(super) async fn translator(
    settings: &Settings,
    user: TelegramId,
    cohort: Option<&str>,
    language: Option<&str>,
    grant: bool,
) -> anyhow::Result<()> {
    if user <= 0 {
        bail!("TELEGRAM_ID must be a positive number (the user's numeric Telegram id)");
    }
    if cohort.is_some() {
        bail!("--cohort applies to facilitators only: translators translate for every cohort");
    }
    let Some(language) = language else {
        bail!("--language: name the language they translate into (e.g. --language en)")
    };
    let dialogues = Dialogues::configured(settings.dialogues_dir.as_deref())?;
    if !dialogues.languages.iter().any(|l| l.code == language) {
        let known: Vec<&str> = dialogues.languages.iter().map(|l| l.code.as_str()).collect();
        bail!("--language {language}: not a language of the bot; use one of {}", known.join(", "));
    }
    on_database(settings, async |pool| {
        let now = now();
        let mut tx = storage::begin_write(pool).await?;
        let changed = if grant {
            translators::grant(&mut tx, user, language, "cli", now).await?
        } else {
            translators::revoke(&mut tx, user, language).await?
        };
        let (action, detail) = if grant {
            ("role_granted", format!("translator (into {language}) to {user}"))
        } else {
            ("role_revoked", format!("translator (into {language}) from {user}"))
        };
        if changed {
            audit::record(&mut *tx, "cli", action, &detail, now).await?;
        }
        tx.commit().await?;
        match (grant, changed) {
            (true, true) => println!("Granted translator (into {language}) to {user}."),
            (true, false) => println!("{user} already translates into {language}; nothing changed."),
            (false, true) => println!("Revoked translator (into {language}) from {user}."),
            (false, false) => bail!("{user} does not translate into {language}, so nothing was revoked"),
        }
        Ok(())
    })
    .await
}

/// `--language` belongs to translators' grants.
pub(super) fn no_language(language: Option<&str>) -> anyhow::Result<()> {
    if language.is_some() {
        bail!("--language applies to translators only (roles grant TELEGRAM_ID translator --language en)");
    }
    Ok(())
}

pub(super) async fn backup(settings: &Settings, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!("{} exists already: choose a new file name (a backup never overwrites)", file.display());
    }
    on_database(settings, async |pool| {
        storage::backup(pool, file).await.with_context(|| format!("cannot write the backup to {}", file.display()))?;
        audit::record(pool, "cli", "backup", &file.display().to_string(), now()).await?;
        println!("Backup written to {}", file.display());
        Ok(())
    })
    .await
}

pub(super) async fn erase_participant(settings: &Settings, id: TelegramId, reason: &str) -> anyhow::Result<()> {
    let reason = reason.trim();
    if reason.is_empty() {
        bail!("--reason: say why, for the audit log (e.g. \"e-mail of 2026-12-07\")");
    }
    on_database(settings, async |pool| {
        if !storage::participants::erase_on_request(pool, id, "cli", reason, now()).await? {
            bail!("no participant has the id {id}: nothing to erase");
        }
        println!("Erased everything stored about participant {id}.");
        Ok(())
    })
    .await
}

pub(super) async fn show_audit(settings: &Settings, limit: i64) -> anyhow::Result<()> {
    on_database(settings, async |pool| {
        print_lines(audit::latest(pool, limit.max(1)).await?, "The audit log is empty.", |e| {
            format!("{}  {:<18} {:<18} {}", programme_time(e.at, settings.timezone), e.actor, e.action, e.detail)
        });
        Ok(())
    })
    .await
}

/// A recorded time in the programme's zone (TIMEZONE), with its offset: the operator reads the same clock as
/// the sessions' times, and the offset keeps the autumn hour that happens twice apart.
fn programme_time(at: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    at.with_timezone(&zone).format("%Y-%m-%d %H:%M:%S %:z").to_string()
}
