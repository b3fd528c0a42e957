//! `serve` as a process: it talks to the Bot API at TELOXIDE_API_URL (the fake server here), and stops cleanly
//! on SIGTERM, finishing what it has in hand, with exit status 0.

use std::process::Stdio;

use crate::support::FakeTelegram;

#[tokio::test]
async fn serve_answers_through_the_configured_api_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = crate::support::serve_command(&fake, dir.path())
        .env("ADMIN_IDS", "4242000")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");

    fake.send_text(31, "/start");
    let picker = fake.next_message(31).await;
    assert!(picker.text.starts_with("Welcome to Active Citizens!"));
    fake.wait_for_call("SetMyCommands", |b| b["language_code"] == "sq").await;

    let pid = child.id().expect("a pid").to_string();
    let killed = tokio::process::Command::new("kill").args(["-TERM", &pid]).status().await.expect("kill runs");
    assert!(killed.success());
    let status = tokio::time::timeout(std::time::Duration::from_secs(30), child.wait())
        .await
        .expect("serve stops within 30 s")
        .expect("an exit status");
    assert!(status.success(), "exit status {status:?}");
    // Stopped cleanly, the bot leaves everything it wrote in the database file itself.
    assert!(dir.path().join("bot.db").exists());
    assert!(!dir.path().join("bot.db-wal").exists(), "the write-ahead log is left beside the database");
}

/// A start that fails after the database is open (here, making the people of ADMIN_IDS organisers) still closes
/// it: the file holds everything, with no write-ahead log beside it.
#[tokio::test]
async fn serve_that_fails_to_start_closes_its_database() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let pool = active_citizens_bot::storage::connect(&url).await.expect("the database opens");
    sqlx::query("CREATE TRIGGER no_roles BEFORE INSERT ON roles BEGIN SELECT RAISE(ABORT, 'no roles today'); END")
        .execute(&pool)
        .await
        .expect("the trigger is made");
    pool.close().await;

    let output =
        crate::support::serve_command(&fake, dir.path()).env("ADMIN_IDS", "4242000").output().await.expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no roles today"), "{stderr}");
    assert!(!dir.path().join("bot.db-wal").exists(), "the write-ahead log is left beside the database");
}

#[tokio::test]
async fn serve_without_a_bot_api_says_why_once_and_fails() {
    // A port nobody listens on: taken and let go again.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"))
        .arg("serve")
        .env_clear()
        .env("TELOXIDE_TOKEN", crate::support::fake_api::TOKEN)
        .env("PRIVACY_CONTROLLER", "Active Citizens")
        .env("PRIVACY_CONTACT", "privacy@example.org")
        .env("TELOXIDE_API_URL", format!("http://127.0.0.1:{port}/"))
        .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("bot.db").display()))
        .output()
        .await
        .expect("serve runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let said = stderr.lines().find(|l| l.starts_with("error:")).unwrap_or_else(|| panic!("no error line: {stderr}"));
    assert!(said.contains("check TELOXIDE_TOKEN and TELOXIDE_API_URL"), "{said}");
    assert!(said.contains("Connection refused"), "{said}");
    // Each cause once, though several errors in the chain repeat their cause's text.
    assert_eq!(said.matches("error sending request").count(), 1, "{said}");
}

/// `serve` will not ask anyone to agree to a privacy notice that does not say who is responsible for their data.
#[tokio::test]
async fn serve_refuses_to_start_without_the_privacy_controller_and_contact() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let output =
        crate::support::serve_command(&fake, dir.path()).env_remove("PRIVACY_CONTACT").output().await.expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("PRIVACY_CONTACT not set") && stderr.contains("GDPR Art. 13"), "{stderr}");
    assert!(!dir.path().join("bot.db").exists(), "refused before anything was opened");
    let mut bad = crate::support::serve_command(&fake, dir.path());
    let output = bad.env("PRIVACY_CONTACT", "ask at the desk").output().await.expect("runs");
    assert!(String::from_utf8_lossy(&output.stderr).contains("PRIVACY_CONTACT: 'ask at the desk'"));
}
