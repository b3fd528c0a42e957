//! Cohorts: a printable poster of a cohort's link (a QR code at least 1,000 pixels wide, with the cohort's name
//! and the link under it), and archiving a cohort whose programme is over.

use active_citizens_bot::domain::{Audience, Country, NewSession, Reach};
use active_citizens_bot::storage::{broadcasts, cohorts, sessions};

use crate::support::cli::{Cli, stderr, stdout};
use crate::support::fixtures::{cohort, new_session};
use crate::support::{spawn_bot, test_now};

#[test]
fn a_cohort_poster_is_a_large_scannable_code_with_its_name_and_link() {
    let cli = Cli::new();
    let env = [("BOT_USERNAME", "ActiveCitizensBot")];
    assert!(cli.run_with(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana 2026"], &env).status.success());
    let out = cli.path("tirana.png");
    let made = cli.run_with(&["cohorts", "qr", "TIRANA-2026", "--out", out.to_str().unwrap()], &env);
    assert!(made.status.success(), "{}", stderr(&made));
    let bytes = std::fs::read(&out).expect("the poster");
    let info = png::Decoder::new(std::io::Cursor::new(&bytes)).read_info().expect("a PNG").info().clone();
    assert!(info.width >= 1000 && info.height > info.width, "{}×{}: text under the code", info.width, info.height);
    assert_eq!(crate::support::scan_qr(&bytes), "https://t.me/ActiveCitizensBot?start=TIRANA-2026");

    let again = cli.run_with(&["cohorts", "qr", "TIRANA-2026", "--out", out.to_str().unwrap()], &env);
    assert!(stderr(&again).contains("the file exists already"), "{}", stderr(&again));
    let unknown = cli.run_with(&["cohorts", "qr", "SKOPJE-2026", "--out", cli.path("s.png").to_str().unwrap()], &env);
    assert!(stderr(&unknown).contains("no cohort has the code SKOPJE-2026"), "{}", stderr(&unknown));
    let no_name = cli.run(&["cohorts", "qr", "TIRANA-2026", "--out", cli.path("n.png").to_str().unwrap()]);
    assert!(stderr(&no_name).contains("needs the bot's username"), "{}", stderr(&no_name));
}

/// An archived cohort gets no reminders or announcements and is not offered among the cohorts; its members and
/// sessions stay.
#[tokio::test]
async fn an_archived_cohort_gets_nothing_and_is_not_offered() {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "SKOPJE-2026", "mk", Country::NorthMacedonia).await;
    let mut conn = bot.core.pool().acquire().await.unwrap();
    for code in ["TIRANA-2026", "SKOPJE-2026"] {
        let starts = test_now() + chrono::Duration::hours(3);
        let new = NewSession { cohort: cohort(code), ..new_session(&format!("Workshop in {code}"), starts, 90) };
        sessions::insert(&mut conn, &new, test_now()).await.unwrap();
    }
    drop(conn);
    assert!(cohorts::archive(bot.core.pool(), &cohort("SKOPJE-2026"), "test", test_now()).await.unwrap());
    assert!(!cohorts::archive(bot.core.pool(), &cohort("SKOPJE-2026"), "test", test_now()).await.unwrap());

    let mut conn = bot.core.pool().acquire().await.unwrap();
    let reached = broadcasts::recipients(&mut conn, &Audience::Everyone, &Reach::Everything).await.unwrap();
    assert_eq!(reached, [1], "announcements skip the archived cohort");
    let to_skopje = Audience::Cohort { code: cohort("SKOPJE-2026") };
    assert!(broadcasts::recipients(&mut conn, &to_skopje, &Reach::Everything).await.unwrap().is_empty());
    drop(conn);
    let horizon = active_citizens_bot::domain::Span::from_minutes(48 * 60);
    let reminded = sessions::needing_reminders(bot.core.pool(), test_now(), horizon).await.unwrap();
    let titles: Vec<&str> = reminded.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Workshop in TIRANA-2026"]);
    let offered = cohorts::codes(bot.core.pool()).await.unwrap();
    assert!(!offered.contains(&cohort("SKOPJE-2026")), "{offered:?}");
    assert!(active_citizens_bot::storage::participants::find(bot.core.pool(), 2).await.unwrap().is_some());
}

#[test]
fn cohorts_archive_from_the_command_line() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "SKOPJE-2026", "--name", "Skopje"]).status.success());
    let archived = cli.run(&["cohorts", "archive", "SKOPJE-2026"]);
    assert!(stdout(&archived).starts_with("Archived SKOPJE-2026"), "{}", stderr(&archived));
    assert!(stdout(&cli.run(&["cohorts", "list"])).contains("Skopje  (archived)"));
    let again = cli.run(&["cohorts", "archive", "SKOPJE-2026"]);
    assert!(stdout(&again).contains("archived already"), "{}", stdout(&again));
    let unknown = cli.run(&["cohorts", "archive", "NOPE-1"]);
    assert!(stderr(&unknown).contains("no cohort has the code NOPE-1"), "{}", stderr(&unknown));
    let session = ["sessions", "add", "--cohort", "SKOPJE-2026", "--title", "Late", "--starts", "2030-01-15 18:00"];
    let refused = cli.run(&session);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("cohort SKOPJE-2026 is archived"), "{}", stderr(&refused));
}

/// A facilitator whose grant still names an archived cohort is told so at /newsession; one archived while they
/// schedule gets nothing created.
#[tokio::test]
async fn no_session_is_created_in_an_archived_cohort_from_the_chat() {
    use crate::support::{press, say};
    use active_citizens_bot::domain::Role;
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    bot.grant(50, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.grant(51, Role::Facilitator, Some("SKOPJE-2026")).await;
    assert!(cohorts::archive(bot.core.pool(), &cohort("SKOPJE-2026"), "test", test_now()).await.unwrap());
    let nothing = say(&bot.fake, 51, "/newsession").await;
    assert_eq!(nothing.text, "Your roles name no cohort that is still running.");

    let title = say(&bot.fake, 50, "/newsession").await;
    assert_eq!(title.text, "What is the session's title?", "their one running cohort, not asked");
    assert!(cohorts::archive(bot.core.pool(), &cohort("TIRANA-2026"), "test", test_now()).await.unwrap());
    let module = say(&bot.fake, 50, "Reunion").await;
    press(&bot.fake, 50, &module, "Planning social action").await;
    say(&bot.fake, 50, "05.12.2026 18:00").await;
    say(&bot.fake, 50, "2h").await;
    let confirm = say(&bot.fake, 50, "Youth Centre").await;
    let refused = press(&bot.fake, 50, &confirm, "Create the session").await;
    assert_eq!(refused.text, "That cohort is archived (its programme is over), so no session was created.");
    assert!(sessions::list(bot.core.pool(), None).await.unwrap().is_empty());
}

/// `/poster`: a facilitator gets their cohort's poster as a document (a photo would be recompressed); someone
/// reaching several cohorts picks one, archived ones not offered.
#[tokio::test]
async fn a_facilitator_gets_their_cohorts_poster_in_the_chat() {
    use active_citizens_bot::domain::Role;
    let bot = spawn_bot().await;
    bot.core.set_bot_username(crate::support::fake_api::BOT_USERNAME);
    bot.add_cohort("SKOPJE-2026").await;
    bot.add_cohort("PODGORICA-2025").await;
    assert!(cohorts::archive(bot.core.pool(), &cohort("PODGORICA-2025"), "test", test_now()).await.unwrap());
    bot.grant(50, Role::Facilitator, Some("TIRANA-2026")).await;
    let sent = crate::support::say(&bot.fake, 50, "/poster").await;
    let link = "https://t.me/ActiveCitizensTestBot?start=TIRANA-2026";
    assert!(sent.text.starts_with("The poster of TIRANA-2026") && sent.text.ends_with(link), "{}", sent.text);
    let (name, bytes) = bot.fake.next_message(50).await.file.expect("the poster");
    assert_eq!(name, "poster-TIRANA-2026.png");
    assert_eq!(crate::support::scan_qr(&bytes), link);

    bot.grant(60, Role::Organiser, None).await;
    let pick = crate::support::say(&bot.fake, 60, "/poster").await;
    assert_eq!(pick.buttons(), ["SKOPJE-2026", "TIRANA-2026"], "not the archived cohort");
    let sent = crate::support::press(&bot.fake, 60, &pick, "SKOPJE-2026").await;
    assert!(sent.text.ends_with("?start=SKOPJE-2026"), "{}", sent.text);
    assert_eq!(bot.fake.next_message(60).await.file.expect("the poster").0, "poster-SKOPJE-2026.png");
    let refused = crate::support::say(&bot.fake, 1, "/poster").await;
    assert_eq!(refused.text, "Sorry, that command is for facilitators and organisers.");
}
