//! Summary benchmark: 10,000 participants and 100,000 recommendations (mostly approved, with endorsements),
//! then what /summary does (read every row, add up, suppress small cells, draw the chart, make the CSV) and
//! `export recommendations`. Reports time and peak memory; the target is under 1 s and under 100 MiB.
//!
//! Run: `cargo bench --bench summary` (options: `-- --participants N --recommendations M`).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use active_citizens_bot::clock::Clock;
use active_citizens_bot::domain::Country;
use active_citizens_bot::reports::export::Format;
use active_citizens_bot::reports::summary as report;
use active_citizens_bot::storage::{self, participants, recommendations};

fn main() {
    let people = support::fixtures::arg("--participants", 10_000) as i64;
    let count = support::fixtures::arg("--recommendations", 100_000) as i64;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async move {
        let test = support::test_core().await;
        let pool = test.core.pool().clone();
        let now = test.clock.now();
        let themes: Vec<String> = test.core.engine().themes().iter().map(|t| t.id.clone()).collect();
        let countries = [
            Country::Albania,
            Country::BosniaAndHerzegovina,
            Country::Kosovo,
            Country::Montenegro,
            Country::NorthMacedonia,
            Country::Serbia,
        ];
        let seeding = Instant::now();
        let mut tx = storage::begin_write(&pool).await.expect("a transaction");
        for id in 0..people {
            let profile = support::fixtures::profile(1_000_000 + id, "TIRANA-2026", "en", countries[(id % 6) as usize]);
            participants::save(&mut tx, &profile, None, now).await.expect("saved");
        }
        for i in 0..count {
            let author = 1_000_000 + i % people;
            let theme = &themes[(i % themes.len() as i64) as usize];
            let level = ["local", "national", "regional", "eu"][(i % 4) as usize];
            let text = format!("Recommendation {i}: open youth councils and publish municipal budgets in every town");
            let id = recommendations::insert(&mut tx, author, theme, level, &text, now).await.expect("inserted");
            if i % 10 == 0 {
                recommendations::endorse(&mut tx, id, 1_000_000 + (i + 1) % people, now).await.expect("endorsed");
            }
        }
        sqlx::query("UPDATE recommendations SET status = CASE WHEN id % 20 = 0 THEN 'pending' ELSE 'approved' END")
            .execute(&mut *tx)
            .await
            .expect("moderated");
        tx.commit().await.expect("committed");
        let seeded_in = seeding.elapsed();

        let started = Instant::now();
        let rows = recommendations::all_rows(&pool).await.expect("rows");
        let read_in = started.elapsed();
        let year = report::current_year(now, chrono_tz::Europe::Belgrade);
        let summary = report::summarize(rows, &themes, year);
        let dialogues =
            active_citizens_bot::conversation::Dialogues::load(&support::dialogues_dir()).expect("dialogues");
        let names = report::Names::of(&dialogues);
        let markdown = report::markdown(&summary, &names);
        let chart = report::chart_png(&summary, &names).expect("a chart");
        let mut csv = Vec::new();
        report::figures_table(&summary, &names).write(Format::CSV, &mut csv).expect("csv");
        let summary_in = started.elapsed();
        let rss_summary = support::fixtures::peak_rss_mib("self");

        // `export recommendations` is its own command, which reads the rows for itself.
        let rows = recommendations::all_rows(&pool).await.expect("rows");
        let exporting = Instant::now();
        let mut export_csv = Vec::new();
        report::recommendations_table(&rows).write(Format::CSV, &mut export_csv).expect("export");
        let export_in = exporting.elapsed();

        println!(
            "summary: {people} participants, {count} recommendations ({} approved), seeded in {:.1} s",
            summary.approved,
            seeded_in.as_secs_f64()
        );
        println!("  read all rows              {:.0} ms", read_in.as_secs_f64() * 1e3);
        println!(
            "  /summary in all            {:.0} ms (text {} B, chart {} KiB, CSV {} B)",
            summary_in.as_secs_f64() * 1e3,
            markdown.len(),
            chart.len() / 1024,
            csv.len()
        );
        if let Some(rss) = rss_summary {
            println!("  peak RSS after the summary {rss:.1} MiB (whole process, seeding included)");
        }
        println!(
            "  export recommendations CSV {:.0} ms ({:.1} MiB)",
            export_in.as_secs_f64() * 1e3,
            export_csv.len() as f64 / 1048576.0
        );
        if let Some(rss) = support::fixtures::peak_rss_mib("self") {
            println!("  peak RSS                   {rss:.1} MiB");
        }
    });
}
