//! The recommendations summary for organisers and the Summit: figures (see [`crate::domain::summary`]), a bar
//! chart of approved recommendations per theme (PNG, drawn with plotters and the DejaVu Sans font shipped in
//! `assets/fonts`, so it looks the same everywhere), and the data as a table for CSV and XLSX.

use chrono::Datelike;
use plotters::prelude::*;

use super::table::{Cell, Table};
use super::text::{Anchor, Label};
use crate::conversation::Dialogues;
use crate::conversation::dialogues::FALLBACK_LANGUAGE;
use crate::conversation::themes::Theme;
use crate::domain::summary::{self, Counted, Summary, age_band};
use crate::i18n::{I18n, Language};
use crate::storage::recommendations::RecommendationRow;

/// The most-endorsed recommendations listed per theme.
pub const TOP_PER_THEME: usize = 3;
use super::text::FONT;
pub const CHART_SIZE: (u32, u32) = (1000, 600);
/// The most a hidden count (fewer than 5 people) can be: how far its pale bar reaches.
const HIDDEN_UP_TO: i64 = summary::SMALL_CELL as i64 - 1;

#[derive(Debug, thiserror::Error)]
#[error("cannot draw the chart: {0}")]
pub struct ChartError(String);

/// Adds up the rows (approved recommendations only) in the theme order of `dialogues/themes.toml`.
/// The rows are taken, not copied: with every text of the programme among them, a copy would double the
/// memory the summary needs.
pub fn summarize(rows: Vec<RecommendationRow>, themes: &[String], current_year: i32) -> Summary {
    let statuses = ["approved", "pending", "rejected"].map(|s| rows.iter().filter(|r| r.status == s).count() as i64);
    let counted: Vec<Counted> = rows
        .into_iter()
        .filter(|r| r.status == "approved")
        .map(|r| Counted {
            id: r.id,
            author: r.author,
            theme: r.theme,
            level: r.level,
            text: r.text,
            country: r.country,
            age_band: r.birth_year.map(|y| age_band(y, current_year)),
            gender: r.gender,
            endorsements: r.endorsements,
        })
        .collect();
    summary::summarize(&counted, themes, (statuses[0], statuses[1], statuses[2]), TOP_PER_THEME)
}

pub fn current_year(now: chrono::DateTime<chrono::Utc>, zone: chrono_tz::Tz) -> i32 {
    now.with_timezone(&zone).year()
}

/// A bar chart of approved recommendations per theme, in `names`' language. A hidden count ("<5": between 1 and
/// 4) is a pale bar up to 4 marked "<5", so that it never reads as 0.
pub fn chart_png(summary: &Summary, names: &Names<'_>) -> Result<Vec<u8>, ChartError> {
    let values = bars(summary, &names.themes());
    let caption = names.i18n.format(names.language, crate::conversation::messages::CHART_CAPTION, None);
    let mut pixels = vec![0u8; (CHART_SIZE.0 * CHART_SIZE.1 * 3) as usize];
    plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).map_err(|_| ChartError("font".into()))?;
    let mut labels = draw(&values, &mut pixels).map_err(|e| ChartError(e.to_string()))?;
    let caption_at = (i32::try_from(CHART_SIZE.0 / 2).unwrap_or(0), 30);
    labels.push(Label { text: caption, at: caption_at, size: 28.0, anchor: Anchor::Centre });
    let font = ab_glyph::FontRef::try_from_slice(FONT).map_err(|e| ChartError(e.to_string()))?;
    for label in &labels {
        super::text::draw(&mut pixels, CHART_SIZE.0, &font, label);
    }
    encode_png(&pixels)
}

/// Every theme's name and count (`None` where fewer than 5 are hidden), first at the top: the axis counts from
/// the bottom. A theme without any shows 0.
fn bars(summary: &Summary, theme_names: &[(String, String)]) -> Vec<(String, Option<i64>)> {
    let cells = &summary.sections[0].1;
    theme_names
        .iter()
        .rev()
        .map(|(id, name)| {
            let count = match cells.iter().find(|(t, _)| t == id).map(|(_, c)| *c) {
                Some(summary::Cell::Count(n)) => Some(n),
                Some(summary::Cell::Suppressed) => None,
                None => Some(0),
            };
            (name.clone(), count)
        })
        .collect()
}

type DrawError = DrawingAreaErrorKind<<BitMapBackend<'static> as DrawingBackend>::ErrorType>;

/// Draws the axes and bars; returns the labels to write (see [`super::text`]): theme names left of the axis,
/// counts after the bars.
fn draw(values: &[(String, Option<i64>)], pixels: &mut [u8]) -> Result<Vec<Label>, DrawError> {
    let last = i32::try_from(values.len()).unwrap_or(1).max(2) - 1;
    let top = values.iter().filter_map(|(_, v)| *v).max().unwrap_or(0).max(5);
    let root = BitMapBackend::with_buffer(pixels, CHART_SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .margin(20)
        .margin_top(60)
        .x_label_area_size(40)
        .y_label_area_size(360)
        .build_cartesian_2d(0i64..top + 1, (0..last).into_segmented())?;
    // Theme names are written afterwards (see `chart_png`); plotters draws the axes and the count scale.
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(values.len())
        .y_label_formatter(&|_: &SegmentValue<i32>| String::new())
        .label_style(("sans-serif", 18))
        .draw()?;
    chart.draw_series(values.iter().zip(0i32..).map(|((_, v), i)| {
        let (end, colour) = match v {
            Some(n) => (*n, RGBColor(34, 116, 165)),
            None => (HIDDEN_UP_TO, RGBColor(205, 215, 225)),
        };
        let mut bar = Rectangle::new([(0, SegmentValue::Exact(i)), (end, SegmentValue::Exact(i + 1))], colour.filled());
        bar.set_margin(6, 6, 0, 0);
        bar
    }))?;
    let mut labels = Vec::new();
    for ((name, v), i) in values.iter().zip(0i32..) {
        let (axis, middle) = chart.backend_coord(&(0, SegmentValue::CenterOf(i)));
        labels.push(Label { text: name.clone(), at: (axis - 10, middle), size: 18.0, anchor: Anchor::Right });
        let (count, end) = v.map_or_else(|| ("<5".to_owned(), HIDDEN_UP_TO), |n| (n.to_string(), n));
        let (x, _) = chart.backend_coord(&(end, SegmentValue::CenterOf(i)));
        labels.push(Label { text: count, at: (x + 6, middle), size: 18.0, anchor: Anchor::Left });
    }
    root.present()?;
    Ok(labels)
}

fn encode_png(rgb: &[u8]) -> Result<Vec<u8>, ChartError> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, CHART_SIZE.0, CHART_SIZE.1);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| ChartError(e.to_string()))?;
        writer.write_image_data(rgb).map_err(|e| ChartError(e.to_string()))?;
    }
    Ok(out)
}

/// The summary's figures as a table: dimension, value (in English), count (or "<5").
pub fn figures_table(summary: &Summary, names: &Names<'_>) -> Table {
    let mut table = Table::new(&["dimension", "value", "count"]);
    for (status, count) in
        [("approved", summary.approved), ("pending", summary.pending), ("rejected", summary.rejected)]
    {
        table.rows.push(vec![Cell::text("status"), Cell::text(status), Cell::Int(count)]);
    }
    for (dimension, cells) in &summary.sections {
        let name = serde_json::to_value(dimension).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        for (value, cell) in cells {
            let count = match cell {
                summary::Cell::Count(n) => Cell::Int(*n),
                summary::Cell::Suppressed => Cell::text(cell.to_string()),
            };
            table.rows.push(vec![Cell::text(&name), Cell::text(names.value(*dimension, value)), count]);
        }
    }
    table
}

/// Every recommendation, for `export recommendations` and the organisers' documents.
pub fn recommendations_table(rows: &[RecommendationRow]) -> Table {
    // English always (the Summit's language), then a column for each other language something is translated into.
    let mut languages: Vec<&str> = rows.iter().flat_map(|r| r.translations.iter().map(|(l, _)| l.as_str())).collect();
    languages.retain(|l| *l != "en");
    languages.sort_unstable();
    languages.dedup();
    languages.insert(0, "en");
    let mut header = vec!["id".to_owned(), "theme".into(), "level".into(), "language".into(), "text".into()];
    header.extend(languages.iter().map(|l| format!("text_{l}")));
    header.extend(["status".to_owned(), "endorsements".into(), "created_at".into()]);
    let mut table = Table { header, rows: Vec::new() };
    table.rows = rows
        .iter()
        .map(|r| {
            let mut cells = vec![
                Cell::Int(r.id),
                Cell::text(&r.theme),
                Cell::text(&r.level),
                Cell::maybe(r.language.as_deref()),
                Cell::text(&r.text),
            ];
            let translated =
                |language: &str| r.translations.iter().find(|(l, _)| l == language).map(|(_, t)| t.as_str());
            cells.extend(languages.iter().map(|l| Cell::maybe(translated(l))));
            cells.extend([Cell::text(&r.status), Cell::Int(r.endorsements), Cell::Time(r.created_at)]);
            cells
        })
        .collect();
    table
}

/// Names values (theme names, countries...) in a language: English unless [`Names::in_language`].
pub struct Names<'a> {
    pub i18n: &'a I18n,
    pub themes: &'a [Theme],
    pub languages: &'a [Language],
    pub language: &'a str,
}

impl<'a> Names<'a> {
    pub fn of(dialogues: &'a Dialogues) -> Self {
        Self {
            i18n: &dialogues.i18n,
            themes: &dialogues.themes,
            languages: &dialogues.languages,
            language: FALLBACK_LANGUAGE,
        }
    }

    pub fn in_language(self, language: &'a str) -> Self {
        Self { language, ..self }
    }

    /// A language of the picker, named in itself ("Српски"); its code if it is not one.
    pub fn language(&self, code: &str) -> String {
        self.languages.iter().find(|l| l.code == code).map_or_else(|| code.to_owned(), |l| l.name.clone())
    }

    pub fn value(&self, dimension: summary::Dimension, value: &str) -> String {
        let key = match dimension {
            _ if value == summary::UNKNOWN => return "unknown".to_owned(),
            _ if value == summary::OTHERS => Some(crate::conversation::messages::SUM_OTHERS.to_owned()),
            summary::Dimension::Theme => self.themes.iter().find(|t| t.id == value).map(|t| t.label.clone()),
            summary::Dimension::Level => Some(format!("level-{value}")),
            summary::Dimension::Country => Some(format!("country-{value}")),
            summary::Dimension::Gender => Some(format!("gender-{value}")),
            summary::Dimension::AgeBand => None,
        };
        key.map_or_else(|| value.to_owned(), |k| self.i18n.format(self.language, &k, None))
    }

    /// Theme id and name, in order.
    pub fn themes(&self) -> Vec<(String, String)> {
        self.themes.iter().map(|t| (t.id.clone(), self.i18n.format(self.language, &t.label, None))).collect()
    }

    /// Message `key` in this language, with `args`.
    pub fn say(&self, key: &str, args: &[(&str, fluent_bundle::FluentValue<'static>)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.i18n.format(self.language, key, Some(&fluent))
    }
}

/// The summary as Markdown, in English, for `summary --format md`.
pub fn markdown(summary: &Summary, names: &Names<'_>) -> String {
    let mut out = format!(
        "# Youth recommendations\n\n{} approved, {} pending, {} rejected. Cells with fewer than {} people show as <5.\n",
        summary.approved,
        summary.pending,
        summary.rejected,
        summary::SMALL_CELL
    );
    for (dimension, cells) in &summary.sections {
        let title =
            serde_json::to_value(dimension).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        out.push_str(&format!("\n## By {}\n\n", title.replace('_', " ")));
        if cells.is_empty() {
            out.push_str("(none approved yet)\n");
            continue;
        }
        out.push_str("| value | approved |\n|---|---|\n");
        for (value, cell) in cells {
            out.push_str(&format!("| {} | {} |\n", names.value(*dimension, value), cell));
        }
    }
    out.push_str("\n## Most endorsed, per theme\n");
    for (theme, items) in &summary.top {
        out.push_str(&format!("\n### {}\n\n", names.value(summary::Dimension::Theme, theme)));
        if items.is_empty() {
            out.push_str("(none approved yet)\n");
        }
        for (id, text, endorsements) in items {
            out.push_str(&format!("- #{id} ({endorsements} endorsements): {}\n", text.replace('\n', " ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::summary::{Cell as Counted, Dimension};

    /// How many pixels of the chart have colour `rgb`.
    fn pixels_of(png: &[u8], rgb: [u8; 3]) -> usize {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut buf).expect("a frame");
        buf[..info.buffer_size()].chunks(3).filter(|p| *p == rgb).count()
    }

    fn summary_with(cell: Option<Counted>) -> Summary {
        let cells = cell.map(|c| vec![("employment".to_owned(), c)]).unwrap_or_default();
        Summary { approved: 3, pending: 0, rejected: 0, sections: vec![(Dimension::Theme, cells)], top: Vec::new() }
    }

    #[test]
    fn a_hidden_count_is_drawn_unlike_zero_and_the_caption_is_in_the_language_asked() {
        let dialogues = Dialogues::load(std::path::Path::new("dialogues")).expect("the dialogues");
        let names = Names::of(&dialogues).in_language("mk");
        let pale = [205, 215, 225];
        let hidden = chart_png(&summary_with(Some(Counted::Suppressed)), &names).expect("a chart");
        let zero = chart_png(&summary_with(None), &names).expect("a chart");
        assert!(pixels_of(&hidden, pale) > 1000, "a pale bar up to 4");
        assert_eq!(pixels_of(&zero, pale), 0, "nothing drawn for 0");
        assert_eq!(
            names.i18n.format("mk", crate::conversation::messages::CHART_CAPTION, None),
            "Одобрени препораки по теми"
        );
    }
}
