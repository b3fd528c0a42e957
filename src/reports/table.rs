//! A table of typed cells with a header row, written as organisers' tools read it: CSV for Excel (a UTF-8
//! byte-order mark, and cells a spreadsheet would not keep as text marked as text), JSON with each value of its
//! type and keys in column order, and XLSX with date, number and boolean cells, a frozen header and fitted
//! column widths.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

/// What Excel needs to read a CSV file as UTF-8 rather than in the local code page.
const BOM: &[u8] = "\u{feff}".as_bytes();
/// The widest a fitted XLSX column gets, in pixels (rust_xlsxwriter's advice): long texts wrap to it.
const MAX_COLUMN_PIXELS: u32 = 300;

/// One cell, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Bool(bool),
    /// A moment, in UTC: RFC 3339 in CSV and JSON, a date cell in a spreadsheet.
    Time(DateTime<Utc>),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    /// Text, or empty when there is none.
    pub fn maybe(text: Option<&str>) -> Self {
        text.map_or(Cell::Empty, Cell::text)
    }

    /// A moment, or empty when there is none.
    pub fn maybe_time(at: Option<DateTime<Utc>>) -> Self {
        at.map_or(Cell::Empty, Cell::Time)
    }

    /// The cell as CSV writes it (before the spreadsheet rule of [`csv_text`]).
    fn plain(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Time(at) => timestamp(*at),
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Empty => serializer.serialize_none(),
            Cell::Text(text) => serializer.serialize_str(text),
            Cell::Int(n) => serializer.serialize_i64(*n),
            Cell::Bool(b) => serializer.serialize_bool(*b),
            Cell::Time(at) => serializer.serialize_str(&timestamp(*at)),
        }
    }
}

/// A moment as exports write it: RFC 3339 in UTC, to the second (`2026-12-02T15:55:07Z`), which scripts and
/// spreadsheets read; the database keeps the fractions of a second.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV; `bom`: begin with a UTF-8 byte-order mark, without which Excel reads the file in the local code page.
    Csv {
        bom: bool,
    },
    Json,
    Xlsx,
}

impl Format {
    /// CSV as Excel opens it.
    pub const CSV: Format = Format::Csv { bom: true };
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot write the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

impl ExportError {
    /// The reader of the output went away (`export … | head`): they have what they wanted, nothing failed.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            ExportError::Io(e) => Some(e.kind()),
            ExportError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
            ExportError::Json(e) => e.io_error_kind(),
            ExportError::Xlsx(_) => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
}

/// Rows of typed cells under a header row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Self { header: header.iter().map(|h| (*h).to_owned()).collect(), rows: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn write(&self, format: Format, mut out: impl Write) -> Result<(), ExportError> {
        match format {
            Format::Csv { bom } => self.write_csv(bom, out),
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &JsonRows(self))?;
                out.write_all(b"\n")?;
                Ok(())
            }
            Format::Xlsx => Ok(out.write_all(&self.xlsx()?)?),
        }
    }

    fn write_csv(&self, bom: bool, mut out: impl Write) -> Result<(), ExportError> {
        if bom {
            out.write_all(BOM)?;
        }
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(&self.header)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(csv_text))?;
        }
        writer.flush()?;
        Ok(())
    }

    /// Whether column `col` holds moments (its header then says they are in UTC).
    fn is_time_column(&self, col: usize) -> bool {
        self.rows.iter().any(|row| matches!(row.get(col), Some(Cell::Time(_))))
    }

    fn xlsx(&self) -> Result<Vec<u8>, ExportError> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let moment = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
        for (col, name) in self.header.iter().enumerate() {
            let name = if self.is_time_column(col) { format!("{name} (UTC)") } else { name.clone() };
            sheet.write_string_with_format(0, col_index(col), name, &bold)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (col, cell) in row.iter().enumerate() {
                let col = col_index(col);
                match cell {
                    Cell::Empty => continue,
                    Cell::Text(text) => sheet.write_string(r, col, text)?,
                    // Telegram ids have at most 52 significant bits: exact as a spreadsheet's double.
                    Cell::Int(n) => sheet.write_number(r, col, *n as f64)?,
                    Cell::Bool(b) => sheet.write_boolean(r, col, *b)?,
                    Cell::Time(at) => {
                        let serial = rust_xlsxwriter::ExcelDateTime::from_timestamp(at.timestamp())?;
                        sheet.write_datetime_with_format(r, col, &serial, &moment)?
                    }
                };
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.set_autofit_max_width(MAX_COLUMN_PIXELS).autofit();
        Ok(workbook.save_to_buffer()?)
    }
}

fn col_index(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

/// The rows as a JSON array of objects whose keys are in column order.
struct JsonRows<'a>(&'a Table);

struct JsonRow<'a>(&'a [String], &'a [Cell]);

impl Serialize for JsonRows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            seq.serialize_element(&JsonRow(&self.0.header, row))?;
        }
        seq.end()
    }
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, cell) in self.0.iter().zip(self.1) {
            map.serialize_entry(name, cell)?;
        }
        map.end()
    }
}

/// A cell as CSV writes it. Participants write names, towns, recommendations and answers, and organisers open
/// CSV files in spreadsheets, which run a cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return
/// before one) as a formula, and turn a text that reads as a number or a date ("1e3", "007", "3/4") into one.
/// Such a text cell gets a leading apostrophe, which marks it as text (OWASP's advice on CSV injection); typed
/// cells (ids, counts, moments) are written as they are. JSON and spreadsheets keep every text exactly, a
/// spreadsheet's strings being text by their type.
fn csv_text(cell: &Cell) -> String {
    let text = cell.plain();
    match cell {
        Cell::Text(t) if runs_as_formula(t) || reads_as_number(t) => format!("'{text}"),
        _ => text,
    }
}

fn runs_as_formula(text: &str) -> bool {
    matches!(text.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// Digits with the signs and separators numbers and dates are written with, and nothing else: what a
/// spreadsheet converts when it opens a CSV file.
fn reads_as_number(text: &str) -> bool {
    let text = text.trim();
    text.bytes().any(|b| b.is_ascii_digit())
        && text.bytes().all(|b| b.is_ascii_digit() || b".,:/- eE%".contains(&b))
        && !text.bytes().all(|b| b == b'e' || b == b'E' || b == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(table: &Table) -> String {
        let mut out = Vec::new();
        table.write(Format::Csv { bom: false }, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_text_a_spreadsheet_would_run_or_convert_is_marked_as_text() {
        for formula in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(csv_text(&Cell::text(formula)), format!("'{formula}"), "{formula:?}");
        }
        for number in ["1e3", "007", "3/4", "12:30", "4,5", "50%", "2026-12-01", "1 000"] {
            assert_eq!(csv_text(&Cell::text(number)), format!("'{number}"), "{number:?}");
        }
        for text in ["Ana", "Tirana 2", "e", "Nan", "a=b", "'quoted'", "Шкодер", ""] {
            assert_eq!(csv_text(&Cell::text(text)), text, "{text:?}");
        }
        assert_eq!(csv_text(&Cell::Int(-1)), "-1", "typed numbers are written as they are");
        assert_eq!(csv_text(&Cell::Int(1000)), "1000");
    }

    #[test]
    fn csv_has_its_header_when_empty_and_a_byte_order_mark_unless_told() {
        let mut table = Table::new(&["id", "name", "flag", "note", "at"]);
        assert_eq!(csv(&table), "id,name,flag,note,at\n");
        let at = DateTime::parse_from_rfc3339("2026-12-02T15:55:07.25Z").unwrap().with_timezone(&Utc);
        table.rows.push(vec![Cell::Int(1), Cell::text("=1+1"), Cell::Bool(true), Cell::Empty, Cell::Time(at)]);
        assert_eq!(csv(&table), "id,name,flag,note,at\n1,'=1+1,true,,2026-12-02T15:55:07Z\n");
        let mut with_bom = Vec::new();
        table.write(Format::CSV, &mut with_bom).unwrap();
        assert!(with_bom.starts_with(BOM) && with_bom[BOM.len()..].starts_with(b"id,name"));
    }

    #[test]
    fn json_keeps_types_and_column_order() {
        let mut table = Table::new(&["zeta", "alpha", "flag", "note", "at"]);
        let at = DateTime::parse_from_rfc3339("2026-12-02T15:55:07Z").unwrap().with_timezone(&Utc);
        table.rows.push(vec![Cell::Int(7), Cell::text("=1+1"), Cell::Bool(false), Cell::Empty, Cell::Time(at)]);
        let mut out = Vec::new();
        table.write(Format::Json, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let zeta = text.find("\"zeta\"").unwrap();
        assert!(zeta < text.find("\"alpha\"").unwrap(), "column order: {text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value[0],
            serde_json::json!({"zeta": 7, "alpha": "=1+1", "flag": false, "note": null, "at": "2026-12-02T15:55:07Z"})
        );
    }

    #[test]
    fn a_spreadsheet_has_typed_cells_times_in_utc_a_frozen_header_and_fitted_columns() {
        use calamine::{Data as X, Reader};
        let mut table = Table::new(&["id", "town", "checked_in", "at", "note"]);
        let at = DateTime::parse_from_rfc3339("2026-12-02T15:55:07Z").unwrap().with_timezone(&Utc);
        table.rows.push(vec![Cell::Int(55), Cell::text("1e3"), Cell::Bool(true), Cell::Time(at), Cell::Empty]);
        let mut bytes = Vec::new();
        table.write(Format::Xlsx, &mut bytes).unwrap();

        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
        let range = book.worksheet_range("Sheet1").unwrap();
        let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(header, ["id", "town", "checked_in", "at (UTC)", "note"]);
        let row = range.rows().nth(1).unwrap();
        assert_eq!(row[0], X::Float(55.0));
        assert_eq!(row[1], X::String("1e3".into()), "text stays text");
        assert_eq!(row[2], X::Bool(true));
        let X::DateTime(moment) = &row[3] else { panic!("a date cell: {:?}", row[3]) };
        // 2026-12-02 15:55:07 as Excel counts: days since 1899-12-30, and the fraction of the day.
        assert!((moment.as_f64() - 46_358.663_275).abs() < 1e-5, "{}", moment.as_f64());
        assert_eq!(row.get(4).cloned().unwrap_or(X::Empty), X::Empty);

        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
        assert!(sheet.contains(r#"ySplit="1""#) && sheet.contains(r#"state="frozen""#), "frozen header: {sheet}");
        assert!(sheet.contains("<cols>"), "fitted widths: {sheet}");
    }
}
