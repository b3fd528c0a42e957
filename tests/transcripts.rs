//! Transcript tests: conversations written as the simulator shows them (`you> ` lines are what the person
//! types, the rest is what the bot answers), replayed through the same engine, service and storage.
//!
//! After an intended change of wording, regenerate and review the diff:
//! `UPDATE_TRANSCRIPTS=1 cargo test --test transcripts`.

mod support;

use std::path::Path;

use active_citizens_bot::simulate::{self, Simulator};

const USER: i64 = 1;

async fn check(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts").join(name);
    let written = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let comments: String = written.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    let expected = &written[comments.len()..];
    let inputs: String = expected.lines().filter_map(|l| l.strip_prefix("you> ")).map(|l| format!("{l}\n")).collect();

    let test = support::test_core().await;
    let mut output = Vec::new();
    let sim = Simulator::new(test.core.clone(), USER);
    simulate::run(sim, inputs.as_bytes(), &mut output, true).await.expect("the transcript runs");
    let actual = String::from_utf8(output).expect("UTF-8 output");

    if std::env::var_os("UPDATE_TRANSCRIPTS").is_some() {
        std::fs::write(&path, format!("{comments}{actual}")).expect("the transcript is written");
        return;
    }
    if actual != expected {
        let line = actual.lines().zip(expected.lines()).position(|(a, e)| a != e).unwrap_or(0);
        panic!(
            "{name} differs from line {} of the conversation:\n  expected: {:?}\n  actual:   {:?}\n\
             (after an intended change: UPDATE_TRANSCRIPTS=1 cargo test --test transcripts, then review the diff)",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
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
async fn profile_language_and_deletion_in_english() {
    check("profile_and_delete_en.txt").await;
}
