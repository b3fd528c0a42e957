//! The Summit report: from the command line and from the chat, read back with a DOCX reader (its paragraphs,
//! their styles, the chart).

use active_citizens_bot::domain::{Country, Role};
use active_citizens_bot::storage::{self, participants, recommendations};
use docx_rs::DocumentChild;

use crate::support::cli::{Cli, stderr};
use crate::support::{TestBot, say, spawn_bot, test_now};

const CYRILLIC: &str = "Желимо више џепног новца за љетње кампове и њихову опрему.";
const ENGLISH: &str = "We want more pocket money for summer camps and their equipment.";

/// Seven participants (five in Kosovo, two in Montenegro); three approved recommendations: one in Serbian with
/// an English translation and two endorsements, one written in English, one in Albanian without English.
async fn programme(pool: &sqlx::SqlitePool) {
    let mut tx = storage::begin_write(pool).await.unwrap();
    for id in 1..=7 {
        let (country, language) = if id <= 5 { (Country::Kosovo, "sq") } else { (Country::Montenegro, "sr-Cyrl") };
        let profile = crate::support::fixtures::profile(id, "TIRANA-2026", language, country);
        participants::save(&mut tx, &profile, None, test_now()).await.unwrap();
    }
    sqlx::query("UPDATE participants SET language = 'en' WHERE telegram_id = 2").execute(&mut *tx).await.unwrap();
    let now = test_now();
    recommendations::insert(&mut tx, 6, "employment", "regional", CYRILLIC, now).await.unwrap();
    recommendations::insert(&mut tx, 2, "employment", "national", "Paid internships in every ministry.", now)
        .await
        .unwrap();
    recommendations::insert(&mut tx, 1, "participation", "local", "Këshilla rinore në çdo komunë.", now).await.unwrap();
    sqlx::query("UPDATE recommendations SET status = 'approved'").execute(&mut *tx).await.unwrap();
    recommendations::translate(&mut tx, 1, "en", ENGLISH, 900, now).await.unwrap();
    for fan in [3, 4] {
        recommendations::endorse(&mut tx, 1, fan, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// Each paragraph of the document: its style (if any) and its text.
fn paragraphs(docx: &[u8]) -> Vec<(String, String)> {
    let doc = docx_rs::read_docx(docx).expect("a DOCX a reader opens");
    doc.document
        .children
        .iter()
        .filter_map(|child| match child {
            DocumentChild::Paragraph(p) => {
                let style = p.property.style.as_ref().map(|s| s.val.clone()).unwrap_or_default();
                Some((style, p.raw_text()))
            }
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_report_from_the_command_line_lists_english_beside_the_original_by_theme() {
    let cli = Cli::new();
    assert!(cli.run(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana"]).status.success());
    let pool = storage::connect(&format!("sqlite://{}", cli.path("bot.db").display())).await.unwrap();
    programme(&pool).await;
    pool.close().await;

    let out = cli.path("report.docx");
    let made = cli.run(&["report", "--format", "docx", "--language", "en", "--out", out.to_str().unwrap()]);
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(stderr(&made).contains("1 recommendation left out"), "{}", stderr(&made));
    let shown = paragraphs(&std::fs::read(&out).unwrap());
    let texts: Vec<&str> = shown.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(shown[0], ("Title".to_owned(), "Youth recommendations for the Western Balkans Summit".to_owned()));
    assert_eq!(shown[1].1, "How they were gathered");
    assert!(
        texts[2].contains("(7 participants in one cohort)") && texts[2].contains("approved 3; the 2"),
        "{}",
        texts[2]
    );
    // Five in Kosovo are named; the two in Montenegro are not.
    assert_eq!(texts[3], "Participants by country: Kosovo: 5, Others (fewer than 5 people each): <5.");
    let employment = texts.iter().position(|t| *t == "Employment").expect("a heading per theme");
    assert_eq!(shown[employment].0, "Heading1");
    assert_eq!(texts[employment + 1], format!("1. {ENGLISH}"), "the most endorsed first");
    assert_eq!(texts[employment + 2], format!("Original (Српски): {CYRILLIC}"));
    assert_eq!(texts[employment + 3], "Level: Regional · 2 endorsements");
    assert_eq!(texts[employment + 4], "2. Paid internships in every ministry.", "written in English: no original");
    assert!(!texts.iter().any(|t| t.contains("Këshilla")), "no English yet: left out");
    let doc = docx_rs::read_docx(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(doc.images.len(), 1, "the chart");

    // Translators are granted per language, like the other roles, and listed with them.
    let granted = cli.run(&["roles", "grant", "77", "translator", "--language", "sq"]);
    assert!(granted.status.success(), "{}", stderr(&granted));
    let listed = crate::support::cli::stdout(&cli.run(&["roles", "list"]));
    assert!(listed.contains("77  translator   into sq"), "{listed}");
    let no_language = cli.run(&["roles", "grant", "77", "translator"]);
    assert!(stderr(&no_language).contains("--language: name the language"), "{}", stderr(&no_language));
    let unknown = cli.run(&["roles", "grant", "77", "translator", "--language", "xx"]);
    assert!(stderr(&unknown).contains("--language xx: not a language of the bot"), "{}", stderr(&unknown));

    let again = cli.run(&["report", "--out", out.to_str().unwrap()]);
    assert!(stderr(&again).contains("the file exists already"), "{}", stderr(&again));
    let wrong = cli.run(&["report", "--language", "de", "--out", cli.path("r.docx").to_str().unwrap()]);
    assert!(stderr(&wrong).contains("--language de: not a language of the bot"), "{}", stderr(&wrong));
}

#[tokio::test]
async fn organisers_get_the_report_in_the_chat_in_the_language_they_name() {
    let bot: TestBot = spawn_bot().await;
    programme(bot.core.pool()).await;
    bot.grant(900, Role::Organiser, None).await;
    let refused = say(&bot.fake, 1, "/report").await;
    assert_eq!(refused.text, "Na vjen keq, kjo komandë është për organizatorët.");
    let line = say(&bot.fake, 900, "/report mk").await;
    assert!(line.text.starts_with("Еве го извештајот за Самитот (Македонски)"), "{}", line.text);
    let (name, bytes) = bot.fake.next_message(900).await.file.expect("the document");
    assert_eq!(name, "summit-report-mk.docx");
    let shown = paragraphs(&bytes);
    assert_eq!(shown[0].1, "Препораки од младите за Самитот на Западен Балкан");
    assert!(shown.iter().any(|(_, t)| t == &format!("1. {ENGLISH}")), "English beside the original: {shown:?}");
    // A language the bot does not have is named back with those it has, and nothing is made or audited.
    let unknown = say(&bot.fake, 900, "/report de").await;
    assert!(unknown.text.starts_with("The bot has no language \"de\": name one of en, sq, "), "{}", unknown.text);
    assert!(unknown.file.is_none());
    let audited = active_citizens_bot::storage::audit::latest(bot.core.pool(), 10).await.unwrap();
    assert_eq!(audited.iter().filter(|e| e.action == "report").count(), 1, "only the Macedonian report");
}
