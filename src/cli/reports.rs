//! Exports and the recommendations summary from the command line.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::config::Settings;
use crate::conversation::Dialogues;
use crate::reports::export::{self, Format};
use crate::reports::summary as summary_report;
use crate::storage::{self, audit, recommendations};

use super::args::{ExportFormat, ExportWhat, SummaryFormat};
use super::{counted, now, on_database, rows};

/// The format asked for; else the one `out`'s name ends with; else CSV.
pub(super) fn export_format(asked: Option<ExportFormat>, out: Option<&Path>, no_bom: bool) -> Format {
    let named = out.and_then(|o| o.extension()).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let format = asked.or(match named.as_deref() {
        Some("json") => Some(ExportFormat::Json),
        Some("xlsx") => Some(ExportFormat::Xlsx),
        _ => None,
    });
    match format {
        None | Some(ExportFormat::Csv) => Format::Csv { bom: !no_bom },
        Some(ExportFormat::Json) => Format::Json,
        Some(ExportFormat::Xlsx) => Format::Xlsx,
    }
}

pub(super) async fn export(
    settings: &Settings,
    what: ExportWhat,
    format: Format,
    out: Option<&Path>,
) -> anyhow::Result<()> {
    if format == Format::Xlsx && out.is_none() {
        bail!("--format xlsx writes a file: give it with --out FILE.xlsx");
    }
    // For every kind, as in a chat: the feedback export's columns are the surveys' questions.
    let dialogues = Dialogues::configured(settings.dialogues_dir.as_deref())?;
    on_database(settings, async |pool| {
        let kind = what.kind();
        let data = export::read(pool, kind, &dialogues.i18n, &dialogues.surveys).await?;
        match out {
            Some(path) => {
                let file = std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
                let mut writer = std::io::BufWriter::new(file);
                data.write(format, &mut writer)?;
                writer.flush().with_context(|| format!("cannot write {}", path.display()))?;
                eprintln!("Exported {} to {}", rows(data.len()), path.display());
            }
            None => match data.write(format, &mut std::io::stdout().lock()) {
                Err(e) if !e.is_broken_pipe() => return Err(e.into()),
                _ => {}
            },
        }
        // Audited once written: a failed export gave nobody the data.
        audit::record(pool, "cli", "export", &format!("{} of {kind}", rows(data.len())), now()).await?;
        Ok(())
    })
    .await
}

/// An export never writes over the database (that would destroy it), replaces a file only when asked to, and
/// goes into a file named for its format (a spreadsheet in `recs.csv` opens as garbage).
pub(super) fn check_export_target(settings: &Settings, out: &Path, format: Format, force: bool) -> anyhow::Result<()> {
    if storage::is_database_file(&settings.database_url, out) {
        bail!("--out {}: that is the bot's database (or a file beside it); choose another file", out.display());
    }
    let wanted = match format {
        Format::Csv { .. } => "csv",
        Format::Json => "json",
        Format::Xlsx => "xlsx",
    };
    let given = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if let Some(given) = given.filter(|g| ["csv", "json", "xlsx"].contains(&g.as_str()) && g != wanted) {
        bail!(
            "--out {}: a .{given} name for --format {wanted}; name it .{wanted}, or give --format {given}",
            out.display()
        );
    }
    if out.exists() && !force {
        bail!("--out {}: the file exists already; choose a new name, or give --force to replace it", out.display());
    }
    Ok(())
}

pub(super) async fn summary(settings: &Settings, format: SummaryFormat, chart: Option<&Path>) -> anyhow::Result<()> {
    let dialogues = Dialogues::configured(settings.dialogues_dir.as_deref())?;
    on_database(settings, async |pool| {
        let rows = recommendations::all_rows(pool).await?;
        let themes: Vec<String> = dialogues.themes.iter().map(|t| t.id.clone()).collect();
        let year = summary_report::current_year(now(), settings.timezone);
        let summary = summary_report::summarize(rows, &themes, year);
        let names = summary_report::Names::of(&dialogues);
        match format {
            SummaryFormat::Md => print!("{}", summary_report::markdown(&summary, &names)),
            SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(&summary)?),
        }
        if let Some(path) = chart {
            std::fs::write(path, summary_report::chart_png(&summary, &names)?)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("Chart written to {}", path.display());
        }
        audit::record(
            pool,
            "cli",
            "summary",
            &counted(summary.approved, "approved recommendation", "approved recommendations"),
            now(),
        )
        .await?;
        Ok(())
    })
    .await
}

/// `report`: the Summit report in `language`, written to `out` (a .docx name; an existing file only with --force).
pub(super) async fn summit_report(settings: &Settings, language: &str, out: &Path, force: bool) -> anyhow::Result<()> {
    let dialogues = Dialogues::configured(settings.dialogues_dir.as_deref())?;
    if !dialogues.languages.iter().any(|l| l.code == language) {
        let known: Vec<&str> = dialogues.languages.iter().map(|l| l.code.as_str()).collect();
        bail!("--language {language}: not a language of the bot; use one of {}", known.join(", "));
    }
    if out.extension().and_then(|e| e.to_str()).is_none_or(|e| !e.eq_ignore_ascii_case("docx")) {
        bail!("--out {}: the report is a Word document; name it .docx", out.display());
    }
    if storage::is_database_file(&settings.database_url, out) {
        bail!("--out {}: that is the bot's database (or a file beside it); choose another file", out.display());
    }
    if out.exists() && !force {
        bail!("--out {}: the file exists already; choose a new name, or give --force to replace it", out.display());
    }
    on_database(settings, async |pool| {
        let data = crate::reports::summit::ReportData::read(pool).await?;
        let names = summary_report::Names::of(&dialogues).in_language(language);
        let year = summary_report::current_year(now(), settings.timezone);
        let report = crate::reports::summit::build(&data, &names, year)?;
        std::fs::write(out, &report.docx).with_context(|| format!("cannot write {}", out.display()))?;
        eprintln!("The Summit report ({language}) is in {}: {} recommendations.", out.display(), report.listed);
        if report.missing > 0 {
            eprintln!(
                "{} left out: approved, with no English yet (organisers add it with /translate).",
                counted(report.missing, "recommendation", "recommendations")
            );
        }
        let detail = format!("Summit report ({language}), {}", rows(report.listed));
        audit::record(pool, "cli", "report", &detail, now()).await?;
        Ok(())
    })
    .await
}
