//! What an operator runs and watches: `/healthz` and `/metrics` on HTTP_ADDR, and scheduled backups.

use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use active_citizens_bot::backups::{self, BackupOptions};
use active_citizens_bot::clock::Clock;
use active_citizens_bot::delivery::Worker;
use active_citizens_bot::monitor::http;

use crate::support::{FakeTelegram, spawn_bot};

/// A GET over plain HTTP/1.0: the status and the body.
async fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("the HTTP server answers");
    stream.write_all(format!("GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").as_bytes()).await.expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("an answer");
    let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default();
    (status, body)
}

/// A free port on 127.0.0.1, for a process that binds it itself.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// `serve` with HTTP_ADDR and BACKUP_DIR: healthy once polling, a backup written at start, and what it handles
/// counted in the metrics.
#[tokio::test]
async fn serve_reports_health_and_metrics_and_backs_up_at_start() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let _child = crate::support::serve_command(&fake, dir.path())
        .env("HTTP_ADDR", addr.to_string())
        .env("BACKUP_DIR", dir.path().join("backups"))
        .stdout(Stdio::null())
        .spawn()
        .expect("serve starts");
    fake.send_text(31, "/start");
    fake.next_message(31).await;

    let mut health = (0, String::new());
    for _ in 0..100 {
        health = match tokio::net::TcpStream::connect(addr).await {
            Ok(_) => get(addr, "/healthz").await,
            Err(_) => health,
        };
        if health.0 == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(health, (200, "ok\n".to_owned()));
    // The backup at start runs beside the bot: wait for it to be reported.
    let backup_at = |metrics: &str| {
        let line = metrics.lines().find_map(|l| l.strip_prefix("active_citizens_last_backup_timestamp_seconds "));
        line.and_then(|t| t.parse::<i64>().ok()).unwrap_or(0)
    };
    let mut metrics = String::new();
    for _ in 0..100 {
        let (status, text) = get(addr, "/metrics").await;
        assert_eq!(status, 200);
        metrics = text;
        if backup_at(&metrics) > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(metrics.lines().any(|l| l == "active_citizens_updates_total 1"), "{metrics}");
    assert!(metrics.contains("active_citizens_turn_seconds_count 1"), "{metrics}");
    assert!(backup_at(&metrics) > 1_700_000_000, "{metrics}");
    let written: Vec<_> = std::fs::read_dir(dir.path().join("backups")).unwrap().collect();
    assert_eq!(written.len(), 1, "one backup at start");
    assert_eq!(get(addr, "/nothing").await.0, 404);
}

/// `/healthz` says when the delivery worker has stopped, and when the update loop is not running.
#[tokio::test]
async fn health_says_when_the_worker_stops() {
    let bot = spawn_bot().await;
    let monitor = bot.core.monitor().clone();
    let (_server_stop, server_stopped) = tokio::sync::watch::channel(false);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let addr = http::serve("127.0.0.1:0".parse().unwrap(), monitor.clone(), bot.core.db().clone(), server_stopped)
        .await
        .expect("bound");
    let worker = Worker::new(bot.core.delivery(), bot.fake.bot(), crate::support::worker_options());
    let running = tokio::spawn(worker.run(stopped));
    for _ in 0..100 {
        if get(addr, "/healthz").await.0 == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(get(addr, "/healthz").await, (200, "ok\n".to_owned()), "polling and the worker running");
    stop.send(true).unwrap();
    running.await.unwrap();
    monitor.polling(false);
    let (status, body) = get(addr, "/healthz").await;
    assert_eq!(status, 503);
    assert!(body.contains("the delivery worker is not running"), "{body}");
    assert!(body.contains("the update loop is not running"), "{body}");
}

/// Backups named by the (moved) clock, each checked, the oldest beyond BACKUP_KEEP removed; a failure shows.
#[tokio::test]
async fn backups_rotate_with_the_clock_and_a_failure_shows_in_health() {
    let bot = spawn_bot().await;
    bot.enrol(1, "TIRANA-2026", "en", active_citizens_bot::domain::Country::Albania).await;
    let dir = tempfile::tempdir().unwrap();
    let options = BackupOptions { dir: dir.path().join("b"), every: Duration::from_secs(86_400), keep: 2 };
    let db = bot.core.db().clone();
    for day in 0..3 {
        let now = bot.clock.now();
        assert_eq!(backups::due_in(&options, now).unwrap(), Duration::ZERO, "day {day}: due");
        backups::back_up(&db, &options, now).await.expect("written");
        assert_eq!(backups::due_in(&options, now).unwrap(), options.every, "not due again the same moment");
        bot.advance_to(now + chrono::Duration::days(1));
    }
    let mut names: Vec<String> =
        std::fs::read_dir(&options.dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["active-citizens-20261128-100000.db", "active-citizens-20261129-100000.db"], "the newest two");
    let copy = format!("sqlite://{}", options.dir.join(&names[1]).display());
    let pool = active_citizens_bot::storage::connect(&copy).await.expect("a backup opens");
    let people: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM participants").fetch_one(&pool).await.unwrap();
    assert_eq!(people, 1, "the backup holds the data");

    std::fs::write(dir.path().join("a-file"), "").unwrap();
    let broken = BackupOptions { dir: dir.path().join("a-file"), ..options };
    let monitor = Arc::new(active_citizens_bot::monitor::Monitor::new());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(backups::run(db, broken, bot.core.clock(), monitor.clone(), stopped));
    for _ in 0..100 {
        if monitor.problems().iter().any(|p| p.starts_with("the last backup failed: BACKUP_DIR")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        monitor.problems().iter().any(|p| p.starts_with("the last backup failed: BACKUP_DIR")),
        "{:?}",
        monitor.problems()
    );
    stop.send(true).unwrap();
    running.await.unwrap();
}
