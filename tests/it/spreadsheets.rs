//! Exports and imports as organisers' spreadsheet programs write and read them: Excel's semicolon CSV in the
//! region's settings, byte-order marks, typed cells and typed JSON.

use crate::support::cli::{Cli, stderr, stdout};

/// Excel in Albanian, Serbian or Macedonian settings saves "CSV" with semicolons, a byte-order mark and CRLF.
#[test]
fn a_semicolon_csv_as_excel_saves_it_is_imported_and_the_separator_said() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "SK-1", "--name", "Скопје"]).status.success());
    let file = cli.path("sesii.csv");
    let excel = "\u{feff}cohort;title;starts;timezone;duration;location;module;survey\r\n\
                 SK-1;Идентитет и култура;2030-03-05 18:00;Europe/Skopje;2h;Младински центар, сала 2;;\r\n\
                 SK-1;Dialogu;2030-03-12 18:00;;90m;;Moduli 2;wellbeing\r\n";
    std::fs::write(&file, excel).unwrap();
    let imported = cli.run(&["sessions", "import", file.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(stdout(&imported).contains("Imported 2 sessions from"), "{}", stdout(&imported));
    assert!(stdout(&imported).contains("(fields separated by semicolons)"), "{}", stdout(&imported));
    let listed = stdout(&cli.run(&["sessions", "list"]));
    assert!(listed.contains("Идентитет и култура  @ Младински центар, сала 2"), "{listed}");
    assert!(listed.contains("Dialogu"), "{listed}");
    let audit = stdout(&cli.run(&["audit"]));
    assert!(audit.contains("sessions_imported") && audit.contains("2 session(s) from"), "{audit}");
}

/// A separator given on the command line wins, and a wrong one is named with the fix.
#[test]
fn a_wrong_separator_is_refused_with_the_fix_and_a_bad_one_is_refused_by_the_parser() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "One"]).status.success());
    let file = cli.path("s.csv");
    std::fs::write(&file, "cohort;title;starts\nC1;Kick-off;2030-03-05 18:00\n").unwrap();
    let refused = cli.run(&["sessions", "import", file.to_str().unwrap(), "--delimiter", ","]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("try --delimiter ';'"), "{}", stderr(&refused));
    assert!(stdout(&cli.run(&["sessions", "list"])).contains("No sessions."));

    let bad = cli.run(&["sessions", "import", file.to_str().unwrap(), "--delimiter", "|"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("the separator is ',' or ';'"), "{}", stderr(&bad));

    let given = cli.run(&["sessions", "import", file.to_str().unwrap(), "--delimiter", ";"]);
    assert!(given.status.success(), "{}", stderr(&given));
}

#[test]
fn the_import_help_names_every_column_and_the_separators() {
    let help = stdout(&Cli::new().run(&["sessions", "import", "--help"]));
    for column in ["cohort", "title", "starts", "timezone", "duration", "location", "module", "survey", "semicolons"] {
        assert!(help.contains(column), "{column}: {help}");
    }
}

/// A participant from a town written "1e3": the spreadsheet keeps it text, the times are date cells in UTC, JSON
/// has numbers as numbers and keys in column order, and the format follows the file's name.
#[test]
fn exports_open_in_spreadsheets_as_typed_and_text_stays_text() {
    use calamine::{Data as X, Reader};
    let cli = Cli::new();
    let registered = cli.simulate("55", &[], "/start\n1\n1\nАна Јовановска\n2000\n1\n6\n1e3\n1\n1\n");
    assert!(registered.contains("Thank you, Ана Јовановска"), "{registered}");

    let xlsx = cli.path("people.xlsx");
    let written = cli.run(&["export", "participants", "--out", xlsx.to_str().unwrap()]);
    assert!(written.status.success(), "the format follows the name: {}", stderr(&written));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).expect("an XLSX file");
    let range = book.worksheet_range("Sheet1").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(ToString::to_string).collect();
    let row = range.rows().nth(1).unwrap();
    let cell =
        |name: &str| row[header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}: {header:?}"))].clone();
    assert_eq!(cell("telegram_id"), X::Float(55.0));
    assert_eq!(cell("birth_year"), X::Float(2000.0));
    assert_eq!(cell("municipality"), X::String("1e3".into()));
    assert!(matches!(cell("consent_at (UTC)"), X::DateTime(_)), "{:?}", cell("consent_at (UTC)"));
    assert_eq!(cell("organisation"), X::Empty);

    let csv = cli.run(&["export", "participants"]).stdout;
    assert!(csv.starts_with("\u{feff}".as_bytes()), "a byte-order mark, for Excel");
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().expect("one participant").unwrap();
    let field = |name: &str| row.get(header.iter().position(|h| h == name).unwrap()).unwrap().to_owned();
    assert_eq!(field("name"), "Ана Јовановска", "Cyrillic read back as written");
    assert_eq!(field("municipality"), "'1e3", "a spreadsheet would make it 1000");

    let json = cli.path("people.json");
    assert!(cli.run(&["export", "participants", "--out", json.to_str().unwrap()]).status.success());
    let text = std::fs::read_to_string(&json).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON, by the file's name");
    assert_eq!(value[0]["telegram_id"], 55);
    assert_eq!(value[0]["birth_year"], 2000);
    assert_eq!(value[0]["municipality"], "1e3");
    assert_eq!(value[0]["organisation"], serde_json::Value::Null);
    let keys: Vec<usize> = ["telegram_id", "name", "birth_year", "consent_at", "updated_at"]
        .iter()
        .map(|k| text.find(&format!("\"{k}\"")).unwrap())
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys in column order: {text}");
}
