//! Feedback surveys through the real dispatcher, the delivery worker and the fake Bot API server: invitations
//! after the session (checked-in first, then those coming, then the cohort; quiet hours wait), every question
//! type in two languages, skipping, a too-long answer, a forged rating, one response per person, an anonymous
//! survey that stores no participant id and whose results wait for 5 responses, results and exports checked
//! against the answers given, a facilitator's sessions found among many others', and an export whose data cannot
//! be read.

use chrono::{DateTime, Duration, Utc};

use crate::support::fixtures::{new_session, session_button};
use crate::support::{TestBot, press, say, spawn_bot, test_now};
use active_citizens_bot::clock::Clock;
use active_citizens_bot::domain::{CohortCode, Country, NewSession, Role, Session};
use active_citizens_bot::storage;
use active_citizens_bot::storage::cohorts::{self, Cohort};
use active_citizens_bot::storage::{roles, sessions};

/// A two-hour session of TIRANA-2026 starting at `starts_at`, using `survey` (the default when `None`).
async fn session(bot: &TestBot, starts_at: DateTime<Utc>, survey: Option<&str>) -> Session {
    session_of(bot, "TIRANA-2026", starts_at, survey).await
}

async fn session_of(bot: &TestBot, cohort: &str, starts_at: DateTime<Utc>, survey: Option<&str>) -> Session {
    let new = NewSession {
        cohort: CohortCode::parse(cohort).unwrap(),
        location: Some("Youth Centre".into()),
        ..new_session("Intercultural dialogue", starts_at, 120)
    };
    let created = bot.create_session(&new).await;
    if let Some(survey) = survey {
        sqlx::query("UPDATE sessions SET survey_id = ? WHERE id = ?")
            .bind(survey)
            .bind(created.id)
            .execute(bot.core.pool())
            .await
            .unwrap();
    }
    created
}

async fn check_in(bot: &TestBot, session: &Session, user: i64) {
    let mut conn = bot.core.pool().acquire().await.unwrap();
    sessions::check_in(&mut conn, session.id, user, session.starts_at).await.unwrap();
}

/// Stores `user`'s answers to the session's survey as its last step does (anonymous for "wellbeing").
async fn respond(bot: &TestBot, user: i64, session: &Session, survey: &str, answers: &[(&str, &str)]) {
    let response =
        storage::surveys::Response { session: session.id, survey, version: 1, anonymous: survey == "wellbeing" };
    let answers: Vec<(String, String)> = answers.iter().map(|(q, v)| ((*q).to_owned(), (*v).to_owned())).collect();
    let mut tx = storage::begin_write(bot.core.pool()).await.unwrap();
    assert!(storage::surveys::submit(&mut tx, user, &response, &answers, bot.clock.now()).await.unwrap());
    tx.commit().await.unwrap();
}

async fn count(bot: &TestBot, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(bot.core.pool()).await.unwrap()
}

#[tokio::test]
async fn a_full_survey_from_the_invitation_with_skipping_a_long_answer_and_a_forged_rating() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    let s = session(&bot, test_now() + Duration::hours(1), None).await;
    bot.deliver().await; // the 1 h reminder
    bot.fake.next_message(1).await;
    bot.fake.next_message(2).await;
    check_in(&bot, &s, 1).await;

    bot.advance_to(s.ends_at() + Duration::minutes(29));
    bot.deliver().await;
    assert_eq!(bot.fake.sent_to(1).len(), 1, "not before SURVEY_DELAY");
    bot.advance_to(s.ends_at() + Duration::minutes(30));
    bot.deliver().await;
    let invite = bot.fake.next_message(1).await;
    assert_eq!(
        invite.text,
        "How was Intercultural dialogue (Friday 27 November, 12:00)?\nPlease tell us in a two-minute survey."
    );
    assert_eq!(invite.buttons(), ["Start the survey"]);
    assert_eq!(bot.fake.sent_to(2).len(), 1, "only those who checked in are invited when someone did");

    let q1 = press(&bot.fake, 1, &invite, "Start the survey").await;
    assert!(
        q1.text.starts_with(
            "Session feedback: Intercultural dialogue (Friday 27 November, 12:00). A few short questions."
        ),
        "{}",
        q1.text
    );
    assert!(q1.text.ends_with("(1/5) Overall, how was the session? (1 = poor, 5 = excellent)"), "{}", q1.text);
    assert_eq!(q1.buttons(), ["1", "2", "3", "4", "5"]);
    let forged = q1.data_of("5").replace(":5", ":6");
    bot.fake.press_data(1, &q1, &forged);
    bot.fake.wait_for_call("AnswerCallbackQuery", |b| b["text"] == "This button is no longer active.").await;
    let q2 = press(&bot.fake, 1, &q1, "5").await;
    assert!(q2.text.starts_with("(2/5) How confident"), "{}", q2.text);
    // A digit typed at a rating answers it as its button would.
    let q3 = say(&bot.fake, 1, "4").await;
    assert!(q3.text.starts_with("(3/5) What was the most useful thing"), "{}", q3.text);
    let too_long = say(&bot.fake, 1, &"a".repeat(1001)).await;
    assert!(too_long.text.starts_with("That is too long: please keep it to 1000 characters."), "{}", too_long.text);
    let q4 = say(&bot.fake, 1, "The role play about\nour town").await;
    assert!(q4.text.starts_with("(4/5) What should we improve?"));
    assert_eq!(q4.buttons(), ["Skip"]);
    let q5 = press(&bot.fake, 1, &q4, "Skip").await;
    assert_eq!(q5.buttons(), ["Yes", "Maybe", "No"]);
    let thanks = say(&bot.fake, 1, "maybe").await;
    assert!(thanks.text.starts_with("Thank you for your feedback!"), "typed, as its label: {}", thanks.text);

    let answers: Vec<(String, String)> =
        sqlx::query_as("SELECT question_id, value FROM survey_answers ORDER BY question_id")
            .fetch_all(bot.core.pool())
            .await
            .unwrap();
    let expected = [
        ("confidence", "4"),
        ("most-useful", "The role play about\nour town"),
        ("overall", "5"),
        ("recommend", "maybe"),
    ];
    assert_eq!(answers, expected.map(|(q, v)| (q.to_owned(), v.to_owned())));
    assert_eq!(
        count(&bot, "SELECT COUNT(*) FROM survey_responses WHERE telegram_id = 1 AND survey_version = 1").await,
        1
    );

    // One response per person and session.
    let again = press(&bot.fake, 1, &invite, "Start the survey").await;
    assert_eq!(again.text, "You have already answered the survey for Intercultural dialogue. Thank you!");
    assert_eq!(say(&bot.fake, 1, "/feedback").await.text, "There is no survey waiting for you. Thank you!");
    // Participant 2 was not invited but may still answer from /feedback.
    let open = say(&bot.fake, 2, "/feedback").await;
    assert_eq!(open.buttons(), ["Friday 27 November, 12:00 · Intercultural dialogue"]);

    // Erasing their data leaves the answers, with nothing left to tie them to the person.
    let confirm = say(&bot.fake, 1, "/delete").await;
    press(&bot.fake, 1, &confirm, "Yes, erase my data").await;
    assert_eq!(count(&bot, "SELECT COUNT(*) FROM survey_responses WHERE telegram_id IS NOT NULL").await, 0);
    assert_eq!(count(&bot, "SELECT COUNT(*) FROM survey_answers").await, answers.len() as i64);
}

#[tokio::test]
async fn the_survey_speaks_albanian_and_a_cohort_without_check_ins_is_invited_by_rsvp_then_whole() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "sq", Country::Albania).await;
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    let s = session(&bot, test_now() - Duration::hours(3), None).await;
    bot.advance_to(s.ends_at() + Duration::minutes(31));
    bot.deliver().await;
    let invite = bot.fake.next_message(1).await;
    assert!(invite.text.starts_with("Si ishte Intercultural dialogue"), "{}", invite.text);
    assert_eq!(bot.fake.sent_to(2).len(), 1, "nobody checked in or said coming: the whole cohort");
    let q1 = press(&bot.fake, 1, &invite, "Fillo pyetësorin").await;
    assert!(q1.text.contains("(1/5) Në përgjithësi, si ishte seanca?"), "{}", q1.text);
    let q2 = press(&bot.fake, 1, &q1, "3").await;
    let q3 = press(&bot.fake, 1, &q2, "3").await;
    let q4 = say(&bot.fake, 1, "Diskutimi").await;
    let q5 = say(&bot.fake, 1, "Më shumë kohë").await;
    assert_eq!(q5.buttons(), ["Po", "Ndoshta", "Jo"]);
    let thanks = press(&bot.fake, 1, &q5, "Po").await;
    assert!(thanks.text.starts_with("Faleminderit për vlerësimin!"));
    let _ = (q3, q4);
}

#[tokio::test]
async fn an_anonymous_survey_stores_no_participant_id_anywhere_it_could_be_joined() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    let s = session(&bot, test_now() - Duration::hours(3), Some("wellbeing")).await;
    bot.advance_to(s.ends_at() + Duration::hours(1));
    bot.deliver().await;
    let invite = bot.fake.next_message(1).await;
    let q1 = press(&bot.fake, 1, &invite, "Start the survey").await;
    assert!(q1.text.contains("Your answers are anonymous"), "{}", q1.text);
    assert_eq!(q1.buttons(), ["Yes", "No"]);
    let q2 = press(&bot.fake, 1, &q1, "Yes").await;
    assert_eq!(q2.buttons(), ["▫️ Games", "▫️ Discussion", "▫️ Role play", "▫️ Group work", "Done"]);
    let toggled = press(&bot.fake, 1, &q2, "▫️ Games").await;
    assert_eq!(toggled.buttons()[0], "✅ Games");
    let toggled = press(&bot.fake, 1, &toggled, "▫️ Group work").await;
    let toggled = press(&bot.fake, 1, &toggled, "✅ Games").await;
    assert_eq!(toggled.buttons()[0], "▫️ Games", "a second press takes the mark away");
    let toggled = press(&bot.fake, 1, &toggled, "▫️ Discussion").await;
    let q3 = press(&bot.fake, 1, &toggled, "Done").await;
    assert!(q3.text.starts_with("(3/3) Anything else"), "{}", q3.text);
    press(&bot.fake, 1, &q3, "Skip").await;

    assert_eq!(count(&bot, "SELECT COUNT(*) FROM survey_responses WHERE telegram_id IS NULL").await, 1);
    assert_eq!(count(&bot, "SELECT COUNT(*) FROM survey_responses WHERE telegram_id IS NOT NULL").await, 0);
    let submitted: String =
        sqlx::query_scalar("SELECT submitted_at FROM survey_responses").fetch_one(bot.core.pool()).await.unwrap();
    assert!(submitted.contains("00:00:00"), "only the day is kept: {submitted}");
    let answers: Vec<(String, String)> =
        sqlx::query_as("SELECT question_id, value FROM survey_answers ORDER BY question_id")
            .fetch_all(bot.core.pool())
            .await
            .unwrap();
    assert_eq!(answers, [("enjoyed".into(), "group-work;discussion".into()), ("safe".into(), "yes".into())]);
    // The "answered" mark exists (so nobody is asked twice) but shares nothing with the response.
    assert_eq!(count(&bot, "SELECT COUNT(*) FROM survey_done WHERE telegram_id = 1").await, 1);
    let again = press(&bot.fake, 1, &invite, "Start the survey").await;
    assert!(again.text.starts_with("You have already answered"));
}

#[tokio::test]
async fn invitations_due_in_quiet_hours_wait_until_they_end() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    // Ends 21:45 Belgrade time (20:45 UTC): the invitation would be due at 22:15, in quiet hours.
    let start = test_now().date_naive().and_hms_opt(18, 45, 0).unwrap().and_utc();
    let s = session(&bot, start, None).await;
    bot.advance_to(s.ends_at() + Duration::minutes(30));
    bot.deliver().await;
    assert!(bot.fake.sent_to(1).iter().all(|m| !m.text.starts_with("How was")), "nothing at 22:15");
    bot.advance_to(s.ends_at() + Duration::hours(9));
    bot.deliver().await;
    assert!(bot.fake.sent_to(1).iter().all(|m| !m.text.starts_with("How was")), "nothing at 06:45");
    let morning = (start + Duration::days(1)).date_naive().and_hms_opt(7, 0, 0).unwrap().and_utc();
    bot.advance_to(morning);
    bot.deliver().await;
    assert!(bot.fake.sent_to(1).iter().any(|m| m.text.starts_with("How was")), "at 08:00 local");
}

#[tokio::test]
async fn results_stats_and_exports_match_the_answers_given() {
    let bot = spawn_bot().await;
    let s = session(&bot, test_now() - Duration::hours(3), None).await;
    // One answer reads as a formula to a spreadsheet: verbatim in the chat, marked as text in the CSV document.
    let useful_answers = [(1, "5", "yes", "Games"), (2, "4", "yes", "=1+1 talks"), (3, "2", "no", "Food")];
    for (id, overall, recommend, useful) in useful_answers {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
        let answers = [("overall", overall), ("confidence", "3"), ("most-useful", useful), ("recommend", recommend)];
        respond(&bot, id, &s, "session-feedback", &answers).await;
    }
    assert_eq!(say(&bot.fake, 1, "/results").await.text, "Sorry, that command is for facilitators and organisers.");
    roles::grant(
        bot.core.pool(),
        50,
        Role::Facilitator,
        CohortCode::parse("TIRANA-2026").ok().as_ref(),
        "test",
        test_now(),
    )
    .await
    .unwrap();
    let pick = say(&bot.fake, 50, "/results").await;
    let results = press(&bot.fake, 50, &pick, &pick.buttons()[0]).await;
    for expected in [
        "Feedback on Intercultural dialogue (Friday 27 November, 08:00): 3 answered; 0 checked in.",
        "Session feedback: 3 responses",
        // Each question with its figures or answers in one paragraph, the questions apart.
        "Overall, how was the session? (1 = poor, 5 = excellent) (3 answers)\naverage 3.7 · 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1\n\n",
        "• Games\n",
        "• =1+1 talks\n",
        "• Food",
        "Would you recommend the programme to a friend? (3 answers)\nYes: 2\nMaybe: 0\nNo: 1",
        "\n\nWhat should we improve? (0 answers)\n\n",
    ] {
        assert!(results.text.contains(expected), "{expected:?} missing from {}", results.text);
    }
    assert!(!results.text.contains("Participant 1"), "no names");
    assert_eq!(say(&bot.fake, 50, "/stats").await.text, "Sorry, that command is for organisers.");
    roles::grant(bot.core.pool(), 60, Role::Organiser, None, "test", test_now()).await.unwrap();
    let stats = say(&bot.fake, 60, "/stats").await;
    assert!(
        stats.text.starts_with("The programme so far: 3 participants, 1 session held, 3 survey responses."),
        "{}",
        stats.text
    );

    use active_citizens_bot::reports::table::{Cell, Format};
    let responses = storage::surveys::all_responses(bot.core.pool()).await.unwrap();
    let dialogues = active_citizens_bot::conversation::Dialogues::load(&crate::support::dialogues_dir()).unwrap();
    let table = active_citizens_bot::reports::export::feedback_table(&dialogues.i18n, &dialogues.surveys, &responses);
    assert!(table.header.contains(&"Would you recommend the programme to a friend?".to_owned()), "{:?}", table.header);
    let column = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    let overall = column("Overall, how was the session? (1 = poor, 5 = excellent)");
    let recommend = column("Would you recommend the programme to a friend?");
    let rows: Vec<(Cell, Cell)> = table.rows.iter().map(|r| (r[overall].clone(), r[recommend].clone())).collect();
    let yes = || Cell::text("Yes");
    assert_eq!(
        rows,
        [(Cell::Int(5), yes()), (Cell::Int(4), yes()), (Cell::Int(2), Cell::text("No"))],
        "ratings as numbers"
    );
    let mut csv = Vec::new();
    table.write(Format::CSV, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    assert!(csv.lines().next().unwrap().contains("\"Overall, how was the session? (1 = poor, 5 = excellent)\""));
    assert!(csv.contains(",'=1+1 talks,"), "{csv}");
    let mut xlsx = Vec::new();
    table.write(Format::Xlsx, &mut xlsx).unwrap();
    assert_eq!(&xlsx[..2], b"PK", "an XLSX file is a zip archive");

    // The organiser gets the same export in the chat, as documents, and the audit log says so.
    let menu = bot.core.role_menu(60).await.unwrap().expect("an organiser's menu");
    assert!(menu.contains(&("export", "Export data as documents".to_owned())), "{menu:?}");
    let pick = say(&bot.fake, 60, "/export").await;
    assert_eq!(pick.buttons(), ["Participants", "RSVPs and check-ins", "Feedback", "Recommendations"]);
    let sent = press(&bot.fake, 60, &pick, "Feedback").await;
    assert_eq!(sent.text, "Here is the export: Feedback.", "no personal-data notice: feedback has no names");
    let (name, document) = bot.fake.next_message(60).await.file.expect("a document");
    assert_eq!((name.as_str(), String::from_utf8(document).unwrap()), ("feedback.csv", csv));
    let (name, document) = bot.fake.next_message(60).await.file.expect("a document");
    assert_eq!((name.as_str(), &document[..2]), ("feedback.xlsx", b"PK".as_slice()));

    let pick = say(&bot.fake, 60, "/export").await;
    let sent = press(&bot.fake, 60, &pick, "Participants").await;
    assert!(sent.text.starts_with("Here is the export: Participants.\n\nIt holds personal data:"), "{}", sent.text);
    let (name, document) = bot.fake.next_message(60).await.file.expect("a document");
    let document = String::from_utf8(document).unwrap();
    assert_eq!(name, "participants.csv");
    assert!(document.starts_with("\u{feff}telegram_id,name,language,country,cohort,status,"), "{document}");
    assert_eq!(document.lines().count(), 4, "a header and the three participants: {document}");
    bot.fake.next_message(60).await;
    let audit = storage::audit::latest(bot.core.pool(), 10).await.unwrap();
    let exports: Vec<(&str, &str)> =
        audit.iter().filter(|e| e.action == "export").map(|e| (e.actor.as_str(), e.detail.as_str())).collect();
    assert_eq!(exports, [("telegram:60", "participants, sent in a chat"), ("telegram:60", "feedback, sent in a chat")]);
}

#[tokio::test]
async fn an_export_that_cannot_be_read_gets_an_apology_and_is_still_audited() {
    let bot = spawn_bot().await;
    roles::grant(bot.core.pool(), 60, Role::Organiser, None, "test", test_now()).await.unwrap();
    let pick = say(&bot.fake, 60, "/export").await;
    // The documents are read after the turn is stored; a database that fails then is what this stands for.
    sqlx::query("DROP TABLE survey_answers").execute(bot.core.pool()).await.unwrap();
    let sent = press(&bot.fake, 60, &pick, "Feedback").await;
    assert_eq!(sent.text, "Sorry, something went wrong on our side. Please try again in a minute.");
    assert!(sent.file.is_none());
    // The audit log errs on the side of the organiser having had the data: the entry stays.
    let audit = storage::audit::latest(bot.core.pool(), 10).await.unwrap();
    let exports: Vec<&str> = audit.iter().filter(|e| e.action == "export").map(|e| e.detail.as_str()).collect();
    assert_eq!(exports, ["feedback, sent in a chat"]);
    // The chat is not stuck: the next /export is a fresh start.
    let again = say(&bot.fake, 60, "/export").await;
    assert_eq!(again.buttons(), ["Participants", "RSVPs and check-ins", "Feedback", "Recommendations"]);
}

#[tokio::test]
async fn an_anonymous_surveys_results_wait_for_five_responses_so_that_none_points_to_a_person() {
    let bot = spawn_bot().await;
    let s = session(&bot, test_now() - Duration::hours(3), Some("wellbeing")).await;
    roles::grant(bot.core.pool(), 50, Role::Facilitator, None, "test", test_now()).await.unwrap();
    roles::grant(bot.core.pool(), 60, Role::Organiser, None, "test", test_now()).await.unwrap();
    for id in 1..=4 {
        bot.enrol(id, "TIRANA-2026", "en", Country::Albania).await;
        respond(&bot, id, &s, "wellbeing", &[("safe", if id == 4 { "no" } else { "yes" })]).await;
    }
    let pick = say(&bot.fake, 50, "/results").await;
    let results = press(&bot.fake, 50, &pick, &pick.buttons()[0]).await;
    assert!(results.text.contains("How you felt (anonymous): 4 responses"), "{}", results.text);
    assert!(
        results.text.contains("This survey is anonymous: its answers are shown once 5 people have answered"),
        "{}",
        results.text
    );
    assert!(!results.text.contains("No: 1"), "four people in the room, one of them unsafe: {}", results.text);
    let stats = say(&bot.fake, 60, "/stats").await;
    assert!(!stats.text.contains("No: 1") && stats.text.contains("shown once 5 people"), "{}", stats.text);

    bot.enrol(5, "TIRANA-2026", "en", Country::Albania).await;
    respond(&bot, 5, &s, "wellbeing", &[("safe", "yes")]).await;
    let pick = say(&bot.fake, 50, "/results").await;
    let results = press(&bot.fake, 50, &pick, &pick.buttons()[0]).await;
    assert!(results.text.contains("How you felt (anonymous): 5 responses"), "{}", results.text);
    assert!(results.text.contains("Yes: 4\nNo: 1"), "{}", results.text);
    assert!(!results.text.contains("shown once"), "{}", results.text);
}

#[tokio::test]
async fn results_offer_a_facilitators_sessions_however_many_other_cohorts_have() {
    let bot = spawn_bot().await;
    let other = Cohort { code: CohortCode::parse("SKOPJE-2026").unwrap(), name: "Skopje 2026".into(), country: None };
    cohorts::add(bot.core.pool(), &other, test_now()).await.unwrap();
    let ours = session(&bot, test_now() - Duration::days(90), None).await;
    bot.enrol(1, "TIRANA-2026", "en", Country::Albania).await;
    respond(&bot, 1, &ours, "session-feedback", &[("overall", "4")]).await;
    // Sixty later sessions of another cohort, each with a response: more than the picker lists, all later.
    bot.enrol(2, "TIRANA-2026", "en", Country::Albania).await;
    let mut theirs = Vec::new();
    for day in 0..60 {
        let session = session_of(&bot, "SKOPJE-2026", test_now() - Duration::days(day), None).await;
        respond(&bot, 2, &session, "session-feedback", &[("overall", "5")]).await;
        theirs.push(session_button(&session));
    }
    let tirana = CohortCode::parse("TIRANA-2026").ok();
    roles::grant(bot.core.pool(), 50, Role::Facilitator, tirana.as_ref(), "test", test_now()).await.unwrap();
    let pick = say(&bot.fake, 50, "/results").await;
    assert_eq!(pick.buttons(), [session_button(&ours)], "only their cohort's session, and it is there");
    roles::grant(bot.core.pool(), 60, Role::Organiser, None, "test", test_now()).await.unwrap();
    let pick = say(&bot.fake, 60, "/results").await;
    assert_eq!(pick.buttons(), theirs[..50], "the 50 held last, the latest first, for someone who reaches all");
}
