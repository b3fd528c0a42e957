//! Feedback benchmark: 20,000 responses to the default survey (100,000 answers) for one session, then the
//! work behind /results (read and add up), and `export feedback` as CSV and XLSX. Reports time and peak memory.
//!
//! Run: `cargo bench --bench feedback` (options: `-- --responses N`). Figures are in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use chrono::Duration;

use active_citizens_bot::clock::Clock;
use active_citizens_bot::conversation::Dialogues;
use active_citizens_bot::conversation::surveys::summarize;
use active_citizens_bot::domain::{CohortCode, Country, NewSession, Span, checkin_code};
use active_citizens_bot::reports::export::{self, Format};
use active_citizens_bot::storage::{self, participants, surveys};

fn main() {
    let responses = support::fixtures::arg("--responses", 20_000) as i64;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async move {
        let test = support::test_core().await;
        let pool = test.core.pool().clone();
        let now = test.clock.now();
        let cohort = CohortCode::parse("TIRANA-2026").expect("valid");
        let new = NewSession {
            cohort: cohort.clone(),
            title: "Intercultural dialogue".into(),
            module: None,
            starts_at: now - Duration::hours(3),
            timezone: chrono_tz::Europe::Belgrade,
            duration: Span::from_minutes(120),
            location: None,
            checkin_code: checkin_code(1),
            survey: None,
        };
        let session = active_citizens_bot::scheduling::create(&pool, &new, "test", now).await.expect("a session");
        let seeding = Instant::now();
        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        for id in 0..responses {
            let profile = support::fixtures::profile(1_000_000 + id, "TIRANA-2026", "en", Country::Serbia);
            participants::save(&mut tx, &profile, None, now).await.expect("saved");
            let answers = [
                ("overall", ((id % 5) + 1).to_string()),
                ("confidence", ((id % 3) + 3).to_string()),
                ("most-useful", format!("The exercise number {} about our municipality", id % 97)),
                ("improve", "More time for group work, please".to_owned()),
                ("recommend", ["yes", "maybe", "no"][(id % 3) as usize].to_owned()),
            ]
            .map(|(q, v)| (q.to_owned(), v));
            let response =
                surveys::Response { session: session.id, survey: "session-feedback", version: 1, anonymous: false };
            surveys::submit(&mut tx, 1_000_000 + id, &response, &answers, now).await.expect("submitted");
        }
        tx.commit().await.expect("committed");
        let seeded_in = seeding.elapsed();

        let dialogues = Dialogues::load(&support::dialogues_dir()).expect("dialogues");
        let survey = dialogues.surveys.iter().find(|s| s.id == "session-feedback").expect("the default survey").clone();

        let results = Instant::now();
        let per_survey = surveys::answers_by_survey(&pool, Some(session.id)).await.expect("answers");
        let answers = per_survey.iter().map(|a| a.answers.len()).sum::<usize>();
        let summary = summarize(&survey, per_survey[0].answers.iter().map(|(q, v)| (q.as_str(), v.as_str())));
        let results_in = results.elapsed();
        let rss_after_results = support::fixtures::peak_rss_mib("self");

        let exporting = Instant::now();
        let stored = surveys::all_responses(&pool).await.expect("responses");
        let table = export::feedback_table(&dialogues.i18n, &dialogues.surveys, &stored);
        let mut csv = Vec::new();
        table.write(Format::CSV, &mut csv).expect("csv");
        let csv_in = exporting.elapsed();
        let xlsx_start = Instant::now();
        let mut xlsx = Vec::new();
        table.write(Format::Xlsx, &mut xlsx).expect("xlsx");
        let xlsx_in = xlsx_start.elapsed();

        println!(
            "feedback: {responses} responses, {answers} answers, one session (seeded in {:.1} s)",
            seeded_in.as_secs_f64()
        );
        println!(
            "  /results (read + add up)   {:.0} ms ({} questions summarised)",
            results_in.as_secs_f64() * 1e3,
            summary.len()
        );
        if let Some(rss) = rss_after_results {
            println!("  peak RSS after results     {rss:.1} MiB (whole process, seeding included)");
        }
        println!(
            "  export feedback CSV        {:.0} ms ({:.1} MiB)",
            csv_in.as_secs_f64() * 1e3,
            csv.len() as f64 / 1048576.0
        );
        println!(
            "  export feedback XLSX       {:.0} ms ({:.1} MiB)",
            xlsx_in.as_secs_f64() * 1e3,
            xlsx.len() as f64 / 1048576.0
        );
        if let Some(rss) = support::fixtures::peak_rss_mib("self") {
            println!("  peak RSS                   {rss:.1} MiB (whole process)");
        }
    });
}
