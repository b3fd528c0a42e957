//! `check-dialogues` and start-up validation: broken dialogue files are refused with file, line and reason.

use std::path::{Path, PathBuf};
use std::process::Command;

use active_citizens_bot::conversation::Dialogues;

/// A copy of `dialogues/` to break.
fn copy_dialogues() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    copy_dir(&crate::support::dialogues_dir(), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) -> PathBuf {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

/// The line on which `needle` first stands in the file.
fn line_of(path: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {}", path.display())) + 1
}

fn errors(dir: &Path) -> Vec<String> {
    match Dialogues::load(dir) {
        Ok(_) => panic!("broken dialogues were accepted"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

fn assert_reported(dir: &Path, expected: &str) {
    let errors = errors(dir);
    assert!(errors.iter().any(|e| e.contains(expected)), "{expected:?} not in {errors:#?}");
}

#[test]
fn the_shipped_dialogues_are_valid() {
    let dialogues = Dialogues::load(&crate::support::dialogues_dir()).expect("valid");
    assert_eq!(dialogues.registration.steps.len(), 9);
}

/// Serbian Latin into Cyrillic, letter for letter; anything else (Cyrillic, placeables, punctuation) as it is.
fn cyrillic(text: &str) -> String {
    const DIGRAPHS: [(&str, &str); 9] = [
        ("DŽ", "Џ"),
        ("Dž", "Џ"),
        ("dž", "џ"),
        ("LJ", "Љ"),
        ("Lj", "Љ"),
        ("lj", "љ"),
        ("NJ", "Њ"),
        ("Nj", "Њ"),
        ("nj", "њ"),
    ];
    const LATIN: &str = "abcčćdđefghijklmnoprsštuvzž";
    const CYRILLIC: &str = "абцчћдђефгхијклмнопрсштувзж";
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((latin, cyr)) = DIGRAPHS.iter().find(|(latin, _)| rest.starts_with(latin)) {
            out.push_str(cyr);
            rest = &rest[latin.len()..];
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        match LATIN.chars().position(|l| l == lower).and_then(|i| CYRILLIC.chars().nth(i)) {
            Some(cyr) if c.is_uppercase() => out.extend(cyr.to_uppercase()),
            Some(cyr) => out.push(cyr),
            None => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Lines of a translation file after its opening comment, with their line numbers.
fn body(file: &str) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(crate::support::dialogues_dir().join("locales").join(file)).expect("readable");
    text.lines().enumerate().skip_while(|(_, l)| l.starts_with('#')).map(|(i, l)| (i + 1, l.to_owned())).collect()
}

#[test]
fn serbian_cyrillic_is_the_latin_text_letter_for_letter() {
    // Both sides go through the same letters-to-Cyrillic, so words kept in Latin on the Cyrillic side (commands,
    // "Active Citizens", QR, CSV, durations like 90m) compare equal, and a message changed in one file only does not.
    let (latin, cyr) = (body("sr-Latn.ftl"), body("sr-Cyrl.ftl"));
    assert_eq!(latin.len(), cyr.len(), "sr-Latn.ftl and sr-Cyrl.ftl have as many lines");
    for ((_, l), (n, c)) in latin.iter().zip(&cyr) {
        assert_eq!(cyrillic(l), cyrillic(c), "sr-Cyrl.ftl:{n} differs from its line in sr-Latn.ftl");
    }
    assert!(cyr.iter().any(|(_, l)| l == "btn-agree = Слажем се"), "the Cyrillic file is in Cyrillic");
}

#[test]
fn an_unknown_field_is_reported_at_its_line() {
    let dir = copy_dialogues();
    let path = edit(dir.path(), "registration.toml", r#"field = "municipality""#, r#"field = "nickname""#);
    let line = line_of(&path, r#"field = "nickname""#);
    assert_reported(dir.path(), &format!("registration.toml:{line}: unknown field 'nickname'"));
}

#[test]
fn an_unknown_key_is_refused() {
    let dir = copy_dialogues();
    let path = edit(
        dir.path(),
        "registration.toml",
        "min_chars = 2\nmax_chars = 64",
        "min_chars = 2\nmax_chars = 64\ncolour = \"red\"",
    );
    let line = line_of(&path, "colour");
    assert_reported(dir.path(), &format!("registration.toml:{line}: unknown field `colour`"));
}

#[test]
fn broken_toml_is_reported_at_its_line() {
    let dir = copy_dialogues();
    let path = edit(dir.path(), "languages.toml", r#"name = "Shqip""#, r#"name = "Shqip"#);
    let line = line_of(&path, r#"name = "Shqip"#);
    let errors = errors(dir.path());
    assert!(errors.iter().any(|e| e.contains(&format!("languages.toml:{line}:"))), "{errors:#?}");
}

#[test]
fn an_unknown_option_value_is_reported() {
    let dir = copy_dialogues();
    let path = edit(
        dir.path(),
        "registration.toml",
        r#"{ value = "RS", label = "country-RS" }"#,
        r#"{ value = "YU", label = "country-RS" }"#,
    );
    let line = line_of(&path, r#"value = "YU""#);
    assert_reported(dir.path(), &format!("registration.toml:{line}: country: unknown option 'YU'"));
}

#[test]
fn the_guardian_step_must_follow_age_and_country() {
    let dir = copy_dialogues();
    let path = dir.path().join("registration.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let guardian = "[[step]]\nfield = \"guardian_consent\"";
    let start = text.find(guardian).unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 2;
    let block = text[start..end].to_owned();
    let moved = text.replacen(&block, "", 1).replacen(
        "[[step]]\nfield = \"name\"",
        &format!("{block}[[step]]\nfield = \"name\""),
        1,
    );
    std::fs::write(&path, moved).unwrap();
    let line = line_of(&path, "field = \"guardian_consent\"") - 1;
    assert_reported(
        dir.path(),
        &format!("registration.toml:{line}: guardian_consent must come after birth_year and country"),
    );
}

#[test]
fn a_missing_translation_in_a_complete_language_is_reported() {
    let dir = copy_dialogues();
    edit(dir.path(), "locales/sq.ftl", "reg-municipality = ", "reg-municipalit = ");
    let registration = dir.path().join("registration.toml");
    let line = line_of(&registration, r#"prompt = "reg-municipality""#);
    let errors = errors(dir.path());
    let expected = format!("registration.toml:{line}: message 'reg-municipality' is missing from");
    assert!(errors.iter().any(|e| e.contains(&expected) && e.contains("sq.ftl")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("sq.ftl: message 'reg-municipalit' is not in en.ftl")), "{errors:#?}");
}

#[test]
fn a_missing_message_the_bot_needs_is_reported() {
    let dir = copy_dialogues();
    edit(dir.path(), "locales/mk.ftl", "stale-button = ", "# stale-button = ");
    assert_reported(dir.path(), "mk.ftl: message 'stale-button' (used by the bot) is missing");
}

#[test]
fn fluent_syntax_errors_and_duplicates_are_reported_at_their_line() {
    let dir = copy_dialogues();
    let path = edit(dir.path(), "locales/sr-Latn.ftl", "btn-skip = Preskoči", "btn-skip = Preskoči { $");
    let line = line_of(&path, "btn-skip = Preskoči { $");
    assert_reported(dir.path(), &format!("sr-Latn.ftl:{line}: Fluent syntax"));

    let dir = copy_dialogues();
    let path = edit(dir.path(), "locales/hr.ftl", "btn-skip = Preskoči\n", "btn-skip = Preskoči\nbtn-skip = Dalje\n");
    let line = line_of(&path, "btn-skip = Dalje");
    assert_reported(dir.path(), &format!("hr.ftl:{line}: message 'btn-skip' is defined twice"));
}

#[test]
fn a_broken_locale_does_not_hide_what_the_others_lack() {
    let dir = copy_dialogues();
    let path = edit(dir.path(), "locales/sr-Latn.ftl", "btn-skip = Preskoči", "btn-skip = Preskoči { $");
    edit(dir.path(), "locales/mk.ftl", "stale-button = ", "# stale-button = ");
    let errors = errors(dir.path());
    let line = line_of(&path, "btn-skip = Preskoči { $");
    assert!(errors.iter().any(|e| e.contains(&format!("sr-Latn.ftl:{line}: Fluent syntax"))), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("mk.ftl: message 'stale-button' (used by the bot) is missing")));
    // The broken file's messages are not also listed as missing, one by one.
    assert!(!errors.iter().any(|e| e.contains("sr-Latn.ftl") && e.contains("missing")), "{errors:#?}");
}

#[test]
fn the_command_reports_every_problem_and_fails() {
    let dir = copy_dialogues();
    edit(dir.path(), "registration.toml", r#"field = "municipality""#, r#"field = "nickname""#);
    edit(dir.path(), "locales/mk.ftl", "stale-button = ", "# stale-button = ");
    let output = Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"))
        .arg("check-dialogues")
        .env("DIALOGUES_DIR", dir.path())
        .env_remove("TELOXIDE_TOKEN")
        .output()
        .expect("the binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown field 'nickname'"), "{stderr}");
    assert!(stderr.contains("'stale-button' (used by the bot) is missing"), "{stderr}");
    assert!(stderr.contains("3 problem(s)"), "{stderr}");

    let ok = Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"))
        .arg("check-dialogues")
        .env("DIALOGUES_DIR", crate::support::dialogues_dir())
        .output()
        .expect("the binary runs");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("are valid: 8 languages (8 complete), 9 registration steps"));
}

#[test]
fn broken_survey_files_are_reported_at_their_line() {
    let dir = copy_dialogues();
    let path = edit(dir.path(), "surveys/wellbeing.toml", r#"type = "yes_no""#, r#"type = "slider""#);
    let line = line_of(&path, r#"type = "slider""#);
    assert_reported(dir.path(), &format!("wellbeing.toml:{line}: question 'safe': unknown question type 'slider'"));

    let dir = copy_dialogues();
    let path =
        edit(dir.path(), "surveys/session-feedback.toml", "max_chars = 1000\nskippable", "max_chars = 0\nskippable");
    let line = line_of(&path, r#"id = "improve""#) + 1;
    let errors = errors(dir.path());
    assert!(
        errors.iter().any(|e| e.contains(&format!("session-feedback.toml:{line}: question 'improve'"))),
        "{errors:#?}"
    );

    let dir = copy_dialogues();
    edit(dir.path(), "locales/mk.ftl", "sq-enjoyed = ", "# sq-enjoyed = ");
    let survey = dir.path().join("surveys/wellbeing.toml");
    let line = line_of(&survey, r#"text = "sq-enjoyed""#);
    assert_reported(dir.path(), &format!("wellbeing.toml:{line}: message 'sq-enjoyed' is missing from"));

    let dir = copy_dialogues();
    std::fs::remove_file(dir.path().join("surveys/session-feedback.toml")).unwrap();
    assert_reported(dir.path(), "the default survey 'session-feedback' is missing");
}

#[test]
fn a_missing_dialogues_directory_is_one_clear_line_for_every_command() {
    let dir = tempfile::tempdir().expect("a directory");
    let missing = dir.path().join("dialogues");
    for command in ["check-dialogues", "simulate"] {
        let output = Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"))
            .arg(command)
            .env("DIALOGUES_DIR", &missing)
            .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("bot.db").display()))
            .env_remove("TELOXIDE_TOKEN")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the binary runs");
        assert!(!output.status.success(), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let said: Vec<&str> = stderr.lines().filter(|l| l.contains("no such directory")).collect();
        assert_eq!(said.len(), 1, "{command}: {stderr}");
        assert!(said[0].contains(&missing.display().to_string()), "{command}: {stderr}");
        assert!(said[0].contains("DIALOGUES_DIR"), "{command}: {stderr}");
    }
}

/// The binary carries its dialogues: from a directory without `dialogues/`, `dialogues export` writes them out,
/// `check-dialogues DIR` checks the copy, and DIALOGUES_DIR makes the bot speak the edited copy.
#[test]
fn the_built_in_dialogues_are_written_out_checked_and_replaced_by_an_edited_copy() {
    use std::io::Write;
    let cli = crate::support::cli::Cli::new();
    let copy = cli.path("my-dialogues");
    let exported = cli.run(&["dialogues", "export", copy.to_str().unwrap()]);
    assert!(exported.status.success(), "{}", crate::support::cli::stderr(&exported));
    assert!(crate::support::cli::stdout(&exported).contains("13 files written"), "{exported:?}");
    for (name, text) in [("locales/sq.ftl", "sq.ftl"), ("surveys/wellbeing.toml", "wellbeing.toml")] {
        let original = std::fs::read_to_string(crate::support::dialogues_dir().join(name)).unwrap();
        assert_eq!(std::fs::read_to_string(copy.join(name)).unwrap(), original, "{text} written as built in");
    }
    let again = cli.run(&["dialogues", "export", copy.to_str().unwrap()]);
    assert!(!again.status.success(), "an existing copy is not written over");
    assert!(crate::support::cli::stderr(&again).contains("exists"), "{}", crate::support::cli::stderr(&again));

    edit(&copy, "locales/en.ftl", "Active Citizens bot: commands", "Our programme's bot: commands");
    let checked = cli.run(&["check-dialogues", copy.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", crate::support::cli::stderr(&checked));
    let built_in = cli.run(&["check-dialogues"]);
    assert!(crate::support::cli::stdout(&built_in).starts_with("the built-in dialogues are valid"), "{built_in:?}");

    let mut sim = cli
        .command(&["simulate"])
        .env("DIALOGUES_DIR", &copy)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    sim.stdin.take().unwrap().write_all(b"/help\n").unwrap();
    let said = crate::support::cli::stdout(&sim.wait_with_output().unwrap());
    assert!(said.contains("Our programme's bot: commands"), "{said}");
}

#[test]
fn a_latin_letter_inside_a_cyrillic_word_is_reported_at_its_line() {
    let dir = copy_dialogues();
    // "сè" with a Latin è (U+00E8) looks like the Macedonian "сѐ" (U+0450) and is not.
    let path = edit(dir.path(), "locales/mk.ftl", "видете сѐ што", "видете с\u{e8} што");
    let line = line_of(&path, "видете с\u{e8} што");
    assert_reported(dir.path(), &format!("mk.ftl:{line}: 'с\u{e8}' mixes Latin and Cyrillic letters"));
}
