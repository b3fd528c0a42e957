//! The report for the Western Balkans Summit: an editable Word document (organisers edit it before sending it
//! on) saying how the recommendations were gathered, then each theme's approved recommendations, most endorsed
//! first, each in English beside its original, with its level; and the chart. Its headings and notes are in the
//! report's language. A recommendation without English is left out until someone translates it (/translate).

use std::collections::BTreeMap;
use std::io::Cursor;

use chrono::{DateTime, Utc};
use docx_rs::{Docx, Paragraph, Pic, Run, Style, StyleType};
use fluent_bundle::FluentValue;

use super::summary::{Names, chart_png};
use crate::conversation::messages as m;
use crate::domain::summary::{SMALL_CELL, Summary};
use crate::storage::recommendations::RecommendationRow;

/// The chart's width on the page: 16 cm, in EMU (English Metric Units, 360,000 to the centimetre).
const CHART_WIDTH_EMU: u32 = 16 * 360_000;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("cannot write the report: {0}")]
    Docx(String),
}

/// What the report is made of, read from the database.
pub struct ReportData {
    /// Every recommendation with its translations (only approved ones are reported).
    pub rows: Vec<RecommendationRow>,
    pub participants: i64,
    pub cohorts: i64,
    /// Participants per country code.
    pub countries: Vec<(String, i64)>,
}

impl ReportData {
    pub async fn read(pool: &sqlx::SqlitePool) -> Result<Self, crate::storage::StorageError> {
        let rows = crate::storage::recommendations::all_rows(pool).await?;
        let (participants, cohorts, countries) = crate::storage::participants::programme_counts(pool).await?;
        Ok(Self { rows, participants, cohorts, countries })
    }
}

/// A report made: the document, how many recommendations it lists, and how many it leaves out for want of
/// English.
pub struct Report {
    pub docx: Vec<u8>,
    pub listed: usize,
    pub missing: usize,
}

/// The report of `data` in `names`' language, with the summary's chart.
pub fn build(data: &ReportData, names: &Names<'_>, current_year: i32) -> Result<Report, ReportError> {
    let themes: Vec<String> = names.themes.iter().map(|t| t.id.clone()).collect();
    let summary = super::summary::summarize(data.rows.clone(), &themes, current_year);
    let (docx, missing) = docx(data, &summary, names)?;
    let listed = summary.approved.try_into().unwrap_or(0usize).saturating_sub(missing);
    Ok(Report { docx, listed, missing })
}

/// The report as DOCX bytes, in `names`' language; and how many approved recommendations it leaves out for want
/// of English.
pub fn docx(data: &ReportData, summary: &Summary, names: &Names<'_>) -> Result<(Vec<u8>, usize), ReportError> {
    let approved: Vec<&RecommendationRow> = data.rows.iter().filter(|r| r.status == "approved").collect();
    let (with_english, without): (Vec<&RecommendationRow>, Vec<&RecommendationRow>) =
        approved.iter().partition(|r| english(r).is_some());
    let mut doc = styled(Docx::new());
    doc = doc.add_paragraph(styled_text("Title", &names.say(m::REPORT_TITLE, &[])));
    doc = doc.add_paragraph(styled_text("Heading1", &names.say(m::REPORT_GATHERED_HEADING, &[])));
    for text in gathered(data, &approved, with_english.len(), names) {
        doc = doc.add_paragraph(plain(&text));
    }
    for (theme, _) in names.themes() {
        let mut items: Vec<&RecommendationRow> = with_english.iter().copied().filter(|r| r.theme == theme).collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by_key(|r| (std::cmp::Reverse(r.endorsements), r.id));
        doc =
            doc.add_paragraph(styled_text("Heading1", &names.value(crate::domain::summary::Dimension::Theme, &theme)));
        for (n, row) in items.into_iter().enumerate() {
            doc = recommendation(doc, n + 1, row, names);
        }
    }
    if let Ok(png) = chart_png(summary, names) {
        let (w, h) = super::summary::CHART_SIZE;
        let height = u32::try_from(u64::from(CHART_WIDTH_EMU) * u64::from(h) / u64::from(w)).unwrap_or(u32::MAX);
        let pic = Pic::new_with_dimensions(png, w, h).size(CHART_WIDTH_EMU, height);
        doc = doc.add_paragraph(styled_text("Heading1", &names.say(m::REPORT_CHART_HEADING, &[])));
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)));
    }
    let mut out = Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| ReportError::Docx(e.to_string()))?;
    Ok((out.into_inner(), without.len()))
}

/// The English text of a recommendation: its own if written in English, else its English translation.
fn english(row: &RecommendationRow) -> Option<&str> {
    if row.language.as_deref() == Some("en") {
        return Some(&row.text);
    }
    row.translations.iter().find(|(l, _)| l == "en").map(|(_, t)| t.as_str())
}

/// The paragraphs of "How they were gathered": the period, who took part, and from where (countries of fewer
/// than 5 participants counted together, never named).
fn gathered(data: &ReportData, approved: &[&RecommendationRow], listed: usize, names: &Names<'_>) -> Vec<String> {
    let day = |at: Option<DateTime<Utc>>| at.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let first = approved.iter().map(|r| r.created_at).min();
    let last = approved.iter().map(|r| r.created_at).max();
    let count = |n: usize| FluentValue::from(i64::try_from(n).unwrap_or(i64::MAX));
    let summary = names.say(
        m::REPORT_GATHERED,
        &[
            ("from", FluentValue::from(day(first))),
            ("to", FluentValue::from(day(last))),
            ("participants", FluentValue::from(data.participants)),
            ("cohorts", FluentValue::from(data.cohorts)),
            ("approved", count(approved.len())),
            ("listed", count(listed)),
        ],
    );
    let mut named: BTreeMap<String, i64> = BTreeMap::new();
    let mut others = 0;
    for (country, n) in &data.countries {
        if usize::try_from(*n).is_ok_and(|n| n >= SMALL_CELL) {
            named.insert(names.value(crate::domain::summary::Dimension::Country, country), *n);
        } else {
            others += n;
        }
    }
    let mut parts: Vec<String> = named.into_iter().map(|(name, n)| format!("{name}: {n}")).collect();
    if others > 0 {
        let shown =
            if usize::try_from(others).is_ok_and(|n| n >= SMALL_CELL) { others.to_string() } else { "<5".into() };
        parts.push(format!("{}: {shown}", names.say(m::SUM_OTHERS, &[])));
    }
    let countries = names.say(m::REPORT_COUNTRIES, &[("countries", FluentValue::from(parts.join(", ")))]);
    vec![summary, countries]
}

/// One recommendation: its number and English text, its original with the language, its level and support.
fn recommendation(doc: Docx, n: usize, row: &RecommendationRow, names: &Names<'_>) -> Docx {
    let english = english(row).unwrap_or_default();
    let mut doc = doc.add_paragraph(
        Paragraph::new().add_run(Run::new().add_text(format!("{n}. ")).bold()).add_run(Run::new().add_text(english)),
    );
    if row.language.as_deref() != Some("en") {
        let language = row.language.as_deref().map_or_else(|| names.say(m::VALUE_UNKNOWN, &[]), |l| names.language(l));
        let original = names.say(
            m::REPORT_ORIGINAL,
            &[("language", FluentValue::from(language)), ("text", FluentValue::from(row.text.clone()))],
        );
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(original).italic()));
    }
    let meta = names.say(
        m::REPORT_META,
        &[
            ("level", FluentValue::from(names.value(crate::domain::summary::Dimension::Level, &row.level))),
            ("endorsements", FluentValue::from(row.endorsements)),
        ],
    );
    doc.add_paragraph(plain(&meta))
}

/// The styles the report uses, so that Word shows them as its own headings (and a table of contents finds them).
fn styled(doc: Docx) -> Docx {
    doc.add_style(Style::new("Title", StyleType::Paragraph).name("Title").size(44).bold())
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("Heading 1").size(32).bold())
}

fn styled_text(style: &str, text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text)).style(style)
}

fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}
