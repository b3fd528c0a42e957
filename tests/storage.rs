//! Storage that every conversation turn goes through, with no network: the one-statement read of a person and
//! their roles, and the lane of connections the turns share.

mod support;

use std::time::Duration;

use active_citizens_bot::domain::{CohortCode, Country, Role};
use active_citizens_bot::storage::{self, Lane, cohorts, participants, roles};
use sqlx::SqlitePool;
use support::test_now;

async fn database(dir: &tempfile::TempDir) -> (String, SqlitePool) {
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let pool = storage::connect(&url).await.expect("the database opens");
    let code = CohortCode::parse("TIRANA-2026").expect("valid");
    cohorts::add(&pool, &cohorts::Cohort { code, name: "Tirana".into(), country: None }, test_now())
        .await
        .expect("a cohort");
    (url, pool)
}

#[tokio::test]
async fn a_turn_reads_the_person_and_their_roles_as_the_separate_reads_do() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    let (registered, organiser_only, both, nobody) = (1, 2, 3, 4);
    for id in [registered, both] {
        let profile = support::fixtures::profile(id, "TIRANA-2026", "sq", Country::Albania);
        participants::save(&mut pool.acquire().await.expect("a connection"), &profile, test_now())
            .await
            .expect("saved");
    }
    let cohort = CohortCode::parse("TIRANA-2026").expect("valid");
    roles::grant(&pool, organiser_only, Role::Organiser, None, "test", test_now()).await.expect("granted");
    roles::grant(&pool, both, Role::Facilitator, Some(&cohort), "test", test_now()).await.expect("granted");
    roles::grant(&pool, both, Role::Organiser, None, "test", test_now()).await.expect("granted");

    let lane = Lane::open(&url, &pool).await.expect("the lane opens");
    for id in [registered, organiser_only, both, nobody] {
        let (participant, grants) =
            participants::find_with_roles(&mut lane.reader().await.expect("a connection"), id).await.expect("read");
        let alone = participants::find(&pool, id).await.expect("read");
        assert_eq!(participant, alone, "person {id}");
        let mut expected = roles::grants_of(&pool, id).await.expect("read");
        let mut grants = grants;
        expected.sort_by_key(|g| g.role.as_str());
        grants.sort_by_key(|g| g.role.as_str());
        assert_eq!(grants, expected, "person {id}");
    }
    let (_, grants) =
        participants::find_with_roles(&mut lane.reader().await.expect("a connection"), both).await.expect("read");
    assert_eq!(grants.len(), 2, "a facilitator of a cohort who is also an organiser");
    assert!(grants.iter().any(|g| g.role == Role::Facilitator && g.cohort.as_ref() == Some(&cohort)));
}

#[tokio::test]
async fn a_read_that_finds_every_reader_busy_waits_for_one() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    let lane = Lane::open(&url, &pool).await.expect("the lane opens");
    let mut held = Vec::new();
    for _ in 0..storage::LANE_READERS {
        held.push(lane.reader().await.expect("a free connection"));
    }
    let waiting = tokio::time::timeout(Duration::from_millis(100), lane.reader()).await;
    assert!(waiting.is_err(), "no connection is free while all are held");
    drop(held);
    let mut conn = tokio::time::timeout(Duration::from_secs(5), lane.reader())
        .await
        .expect("a connection once they are let go")
        .expect("opens");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cohorts").fetch_one(&mut *conn).await.expect("read");
    assert_eq!(count, 1, "the lane's connections see the pool's database");
}

#[tokio::test]
async fn writes_queue_for_the_one_writer_while_reads_go_on() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    let lane = Lane::open(&url, &pool).await.expect("the lane opens");
    let mut writing = lane.writer().await.expect("the writer");
    let mut tx = storage::begin_write_on(&mut writing).await.expect("a write transaction");
    sqlx::query("UPDATE cohorts SET name = 'Tiranë'").execute(&mut *tx).await.expect("written");

    let queued = tokio::time::timeout(Duration::from_millis(100), lane.writer()).await;
    assert!(queued.is_err(), "a second write waits for the writer instead of meeting SQLite's lock");
    let mut reader = lane.reader().await.expect("a reader");
    let name: String = sqlx::query_scalar("SELECT name FROM cohorts").fetch_one(&mut *reader).await.expect("read");
    assert_eq!(name, "Tirana", "a read during the write sees the last committed state");
    let refused = sqlx::query("UPDATE cohorts SET name = 'elsewhere'").execute(&mut *reader).await;
    assert!(refused.is_err(), "a reader refuses writes: they belong to the writer");
    drop(reader);

    tx.commit().await.expect("committed");
    drop(writing);
    let mut next = tokio::time::timeout(Duration::from_secs(5), lane.writer())
        .await
        .expect("the writer once the write is done")
        .expect("opens");
    sqlx::query("UPDATE cohorts SET name = 'Tirana 2026'").execute(&mut *next).await.expect("the next write");
    drop(next);
    let name: String = sqlx::query_scalar("SELECT name FROM cohorts").fetch_one(&pool).await.expect("read");
    assert_eq!(name, "Tirana 2026");
}

#[tokio::test]
async fn a_database_in_memory_is_shared_by_the_lane_and_the_pool() {
    let url = "sqlite::memory:";
    let pool = storage::connect(url).await.expect("the database opens");
    let code = CohortCode::parse("TIRANA-2026").expect("valid");
    cohorts::add(&pool, &cohorts::Cohort { code, name: "Tirana".into(), country: None }, test_now())
        .await
        .expect("a cohort");
    let lane = Lane::open(url, &pool).await.expect("the lane opens");
    let mut conn = lane.reader().await.expect("a connection");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cohorts").fetch_one(&mut *conn).await.expect("read");
    assert_eq!(count, 1, "another connection would have opened another, empty database");
    drop(conn);
    let mut writer = lane.writer().await.expect("the writer");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cohorts").fetch_one(&mut *writer).await.expect("read");
    assert_eq!(count, 1, "the writer is the pool's one connection too");
}
