//! `serve` as a process: it talks to the Bot API at TELOXIDE_API_URL (the fake server here), and stops cleanly
//! on SIGTERM, finishing what it has in hand, with exit status 0.

mod support;

use std::process::Stdio;

use support::FakeTelegram;

#[tokio::test]
async fn serve_answers_through_the_configured_api_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = support::serve_command(&fake, dir.path())
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
}
