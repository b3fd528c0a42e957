//! Transcript tests: conversations written as the simulator shows them (`you> ` lines are what the person
//! types, the rest is what the bot answers), replayed through the same engine, service and storage.
//!
//! A transcript starts on a fresh database with the cohort TIRANA-2026; some tests first put in place what
//! the conversation needs (a participant, sessions, a published recommendation).
//!
//! After an intended change of wording, regenerate and review the diff:
//! `UPDATE_TRANSCRIPTS=1 cargo test --test it transcripts::`.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};

use crate::support::{TestCore, test_now};
use active_citizens_bot::domain::{CohortCode, Country, NewSession, Role, Session, Span, checkin_code};
use active_citizens_bot::scheduling;
use active_citizens_bot::simulate::{self, Simulator};
use active_citizens_bot::storage::{self, participants, recommendations, roles, sessions};

const USER: i64 = 1;

async fn check(name: &str) {
    check_on(name, &crate::support::test_core().await).await;
}

/// Replays the transcript `name` on `test`'s core, as [`USER`].
async fn check_on(name: &str, test: &TestCore) {
    replay(name, Simulator::new(test.core.clone(), USER)).await;
}

/// Replays the transcript `name` through `sim`.
async fn replay(name: &str, sim: Simulator) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts").join(name);
    let written = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let comments: String = written.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    let expected = &written[comments.len()..];
    let inputs: String = expected.lines().filter_map(|l| l.strip_prefix("you> ")).map(|l| format!("{l}\n")).collect();

    let mut output = Vec::new();
    simulate::run(sim, inputs.as_bytes(), &mut output, true).await.expect("the transcript runs");
    let actual = without_secrets(&String::from_utf8(output).expect("UTF-8 output"));

    if std::env::var_os("UPDATE_TRANSCRIPTS").is_some() {
        std::fs::write(&path, format!("{comments}{actual}")).expect("the transcript is written");
        return;
    }
    if actual != expected {
        let line = actual.lines().zip(expected.lines()).position(|(a, e)| a != e).unwrap_or(0);
        panic!(
            "{name} differs from line {} of the conversation:\n  expected: {:?}\n  actual:   {:?}\n\
             (after an intended change: UPDATE_TRANSCRIPTS=1 cargo test --test it transcripts::, then review the diff)",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

/// The conversation with each one-time link's secret (128 fresh random bits) written as `<token>`.
fn without_secrets(text: &str) -> String {
    const LINK: &str = "start=guardian-";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(LINK) {
        let (before, after) = rest.split_at(at + LINK.len());
        out.push_str(before);
        out.push_str("<token>");
        rest = after.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn registration_in_english() {
    check("registration_en.txt").await;
}

#[tokio::test]
async fn registration_in_albanian() {
    check("registration_sq.txt").await;
}

#[tokio::test]
async fn registration_with_a_guardian_in_croatian() {
    check("registration_hr.txt").await;
}

#[tokio::test]
async fn registration_and_a_recommendation_in_serbian_cyrillic() {
    check("recommendation_sr-Cyrl.txt").await;
}

#[tokio::test]
async fn registration_and_a_profile_edit_in_bosnian() {
    check("profile_bs.txt").await;
}

#[tokio::test]
async fn registration_a_cancel_and_deletion_in_montenegrin() {
    check("delete_cnr.txt").await;
}

#[tokio::test]
async fn profile_language_and_deletion_in_english() {
    check("profile_and_delete_en.txt").await;
}

#[tokio::test]
async fn sessions_check_in_and_two_surveys_in_serbian() {
    let test = crate::support::test_core().await;
    enrol(&test, USER, "sr-Latn").await;
    // Starts in 20 minutes: its check-in is open. The code is fixed, so that the transcript can type it.
    let today = session(&test, "Interkulturalni dijalog", test_now() + Duration::minutes(20), None, VENUE).await;
    assert_eq!(today.checkin_code, "jjjjjjjjjjjj", "the check-in code the transcript types");
    let past = session(&test, "Identitet i kultura", test_now() - Duration::days(2), None, scheduling::random()).await;
    let yesterday = test_now() - Duration::days(1);
    let wellbeing = session(&test, "Lokalne zajednice", yesterday, Some("wellbeing"), scheduling::random()).await;
    let mut conn = test.core.pool().acquire().await.expect("a connection");
    for attended in [&past, &wellbeing] {
        sessions::check_in(&mut conn, attended.id, USER, attended.starts_at).await.expect("checked in");
    }
    drop(conn);
    check_on("sessions_and_feedback_sr-Latn.txt", &test).await;
}

#[tokio::test]
async fn registration_by_link_and_a_recommendation_in_macedonian() {
    let test = crate::support::test_core().await;
    // Another participant's recommendation, already published, for /recommendations to show and endorse.
    enrol(&test, 2, "mk").await;
    let mut conn = test.core.pool().acquire().await.expect("a connection");
    let text = "Општините да отворат младински совети со вистински буџет и глас во одлуките.";
    let id = recommendations::insert(&mut conn, 2, "participation", "local", text, test_now()).await.expect("added");
    recommendations::moderate(&mut conn, id, true, 99, test_now()).await.expect("approved");
    drop(conn);
    check_on("recommendation_mk.txt", &test).await;
}

#[tokio::test]
async fn what_the_delivery_worker_sends_shows_in_the_terminal_of_its_recipient() {
    let test = crate::support::test_core().await;
    let other = 2;
    enrol(&test, USER, "en").await;
    enrol(&test, other, "en").await;
    let cohort = CohortCode::parse("TIRANA-2026").expect("valid");
    roles::grant(test.core.pool(), USER, Role::Facilitator, Some(&cohort), "test", test_now()).await.expect("granted");
    // In three hours: the 24-hour reminder is late, and goes out at once.
    session(&test, "Planning social action", test_now() + Duration::hours(3), None, scheduling::random()).await;
    let played = |id| Simulator::new(test.core.clone(), id).with_delivery(crate::support::worker_options());

    // The facilitator gets the reminder on arrival, answers it, and announces something to their cohort.
    replay("delivery_en.txt", played(USER)).await;
    let waiting: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM outbox WHERE chat_id = ? AND status = 'pending' ORDER BY id")
            .bind(other)
            .fetch_all(test.core.pool())
            .await
            .expect("read");
    assert_eq!(waiting, ["reminder", "broadcast"], "the other participant's messages wait for them");
    // The other participant, played next, finds both; then the facilitator finds the delivery report.
    replay("delivery_other_en.txt", played(other)).await;
    replay("delivery_report_en.txt", played(USER)).await;
}

#[tokio::test]
async fn a_translator_translates_recommendations_into_english() {
    let test = crate::support::test_core().await;
    enrol(&test, 2, "sr-Cyrl").await;
    let mut conn = test.core.pool().acquire().await.expect("a connection");
    let texts = [
        ("employment", "Желимо више плаћених пракси у општинама за младе без искуства."),
        (
            "education-skills",
            "Мање бубања, више праксе: свака школа један пројекат по полугодишту са локалном организацијом.",
        ),
    ];
    for (theme, text) in texts {
        let id = recommendations::insert(&mut conn, 2, theme, "local", text, test_now()).await.expect("added");
        recommendations::moderate(&mut conn, id, true, 99, test_now()).await.expect("approved");
    }
    storage::translators::grant(&mut conn, USER, "en", "test", test_now()).await.expect("granted");
    drop(conn);
    check_on("translation_en.txt", &test).await;
}

#[tokio::test]
async fn a_facilitator_sees_what_is_coming_and_marks_someone_present_in_albanian() {
    let test = crate::support::test_core().await;
    for (id, language) in [(USER, "sq"), (2, "sq"), (3, "en")] {
        enrol(&test, id, language).await;
    }
    let cohort = CohortCode::parse("TIRANA-2026").ok();
    roles::grant(test.core.pool(), USER, Role::Facilitator, cohort.as_ref(), "test", test_now())
        .await
        .expect("granted");
    let yesterday = session(&test, "Dialogu ndërkulturor", test_now() - Duration::days(1), None, 7).await;
    session(&test, "Planifikimi i veprimit", test_now() + Duration::days(2), None, 8).await;
    let mut conn = test.core.pool().acquire().await.expect("a connection");
    sessions::check_in(&mut conn, yesterday.id, 3, yesterday.starts_at).await.expect("checked in");
    drop(conn);
    check_on("facilitator_sq.txt", &test).await;
}

/// Registers `id` in TIRANA-2026, speaking `language`.
async fn enrol(test: &TestCore, id: i64, language: &str) {
    let profile = crate::support::fixtures::profile(id, "TIRANA-2026", language, Country::Serbia);
    let mut conn = test.core.pool().acquire().await.expect("a connection");
    participants::save(&mut conn, &profile, None, test_now()).await.expect("the participant is saved");
}

/// The random bits of the check-in code `jjjjjjjjjjjj`.
const VENUE: u64 = 0x04a5_294a_5294_a529;

/// A two-hour session of TIRANA-2026 at the youth centre, using `survey` (the default when `None`), with the
/// check-in code made of `code`.
async fn session(test: &TestCore, title: &str, starts_at: DateTime<Utc>, survey: Option<&str>, code: u64) -> Session {
    let new = NewSession {
        cohort: CohortCode::parse("TIRANA-2026").expect("valid"),
        title: title.into(),
        module: None,
        starts_at,
        timezone: chrono_tz::Europe::Belgrade,
        duration: Span::from_minutes(120),
        location: Some("Omladinski centar".into()),
        checkin_code: checkin_code(code),
        survey: survey.map(str::to_owned),
    };
    scheduling::create(test.core.pool(), &new, "test", test_now()).await.expect("the session is created")
}
