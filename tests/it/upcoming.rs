//! `/upcoming` through the real dispatcher and the fake Bot API, and `schedule` from the command line: what the
//! bot is about to send, when, and to how many.

use active_citizens_bot::domain::{Audience, CohortCode, Country, Reach, Role};
use active_citizens_bot::storage;
use chrono::{Duration, Utc};

use crate::support::cli::{Cli, stderr, stdout};
use crate::support::{say, spawn_bot, test_now};

const FACILITATOR: i64 = 50;

#[tokio::test]
async fn upcoming_lists_reminders_invitations_and_waiting_announcements_in_time_order() {
    let bot = spawn_bot().await;
    bot.add_cohort("SKOPJE-2026").await;
    for id in 1..=3 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
    }
    storage::participants::set_muted(&mut bot.core.pool().acquire().await.unwrap(), 3, true, test_now()).await.unwrap();
    bot.grant(FACILITATOR, Role::Facilitator, Some("TIRANA-2026")).await;
    bot.grant(51, Role::Facilitator, Some("SKOPJE-2026")).await;
    // Ended 20 minutes ago: invited 30 minutes after its end. Starts in two days: reminded 24 h and 1 h before.
    bot.session("Dialogue", test_now() - Duration::minutes(80), 60).await;
    bot.session("Planning", test_now() + Duration::days(2), 60).await;
    let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
    let cohort = Audience::Cohort { code: CohortCode::parse("TIRANA-2026").unwrap() };
    let reach = Reach::Everything;
    storage::broadcasts::create(&mut tx, FACILITATOR, &cohort, &reach, "Bring a friend!", test_now()).await.unwrap();
    tx.commit().await.unwrap();

    let upcoming = say(&bot.fake, FACILITATOR, "/upcoming").await;
    assert_eq!(
        upcoming.text,
        "Planned for the next 7 days (👥 recipients as the cohorts stand now):\n\
         now · announcement #1 · 👥 2\n\
         Friday 27 November, 11:10 · survey invitation: Dialogue (TIRANA-2026) · 👥 2\n\
         Saturday 28 November, 11:00 · reminder: Planning (TIRANA-2026) · 👥 2\n\
         Sunday 29 November, 10:00 · reminder: Planning (TIRANA-2026) · 👥 2\n\
         Sunday 29 November, 12:30 · survey invitation: Planning (TIRANA-2026) · 👥 2"
    );
    let theirs = say(&bot.fake, 51, "/upcoming").await;
    assert_eq!(theirs.text, "Nothing is planned for your cohorts in the next 7 days.");
    assert_eq!(say(&bot.fake, 1, "/upcoming").await.text, "Sorry, that command is for facilitators and organisers.");

    // Once the worker has sent what was due, only the reminders to come are left.
    bot.advance_to(test_now() + Duration::minutes(15));
    bot.deliver().await;
    let report = bot.fake.next_message(FACILITATOR).await;
    assert!(report.text.starts_with("Announcement #1 is done"), "{}", report.text);
    let later = say(&bot.fake, FACILITATOR, "/upcoming").await;
    assert_eq!(later.text.lines().count(), 4, "{}", later.text);
    assert!(later.text.lines().skip(1).all(|l| l.contains(": Planning (")), "{}", later.text);
}

#[test]
fn schedule_prints_what_is_planned_from_the_command_line() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    assert_eq!(stdout(&cli.run(&["schedule"])).trim(), "Nothing is planned for the next 7 days.");
    let starts = (Utc::now() + Duration::days(2)).with_timezone(&chrono_tz::Europe::Belgrade);
    let starts = starts.format("%Y-%m-%d %H:%M").to_string();
    let added = cli.run(&["sessions", "add", "--cohort", "TIRANA-2026", "--title", "Kick-off", "--starts", &starts]);
    assert!(added.status.success(), "{}", stderr(&added));

    let out = cli.run(&["schedule", "--days", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    let kinds: Vec<&str> = lines.iter().map(|l| l[28..46].trim_end()).collect();
    assert_eq!(kinds, ["reminder", "reminder", "survey invitation"], "24 h and 1 h before, then after: {lines:?}");
    for line in &lines {
        assert!(line.contains(" 0 people  Kick-off (session 1, TIRANA-2026, starts "), "{line}");
        assert!(line.ends_with(&format!("starts {starts})")), "{line}");
    }
    let soon = cli.run(&["schedule", "--days", "1"]);
    assert_eq!(stdout(&soon).lines().count(), 1, "the 24 h reminder only: {}", stdout(&soon));
    let refused = cli.run(&["schedule", "--days", "0"]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("--days"), "{}", stderr(&refused));
}
