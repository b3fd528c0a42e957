//! Storage that every conversation turn goes through, with no network: the batched reads of a person with their
//! roles and of conversation states, the batched writes of states, and the lane of connections the turns share.

mod support;

use std::time::Duration;

use active_citizens_bot::conversation::Conversation;
use active_citizens_bot::domain::{CohortCode, Country, Role};
use active_citizens_bot::storage::{self, Lane, cohorts, conversations, participants, roles};
use futures_util::future::join_all;
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
    // Asked together, the four are read in one batch; each gets their own answer, and one asked twice gets it twice.
    let ids = [registered, organiser_only, both, nobody, registered];
    let answers = join_all(ids.map(|id| participants::find_with_roles(&lane, id))).await;
    for (id, answer) in ids.into_iter().zip(answers) {
        let (participant, mut grants) = answer.expect("read");
        let alone = participants::find(&pool, id).await.expect("read");
        assert_eq!(participant, alone, "person {id}");
        let mut expected = roles::grants_of(&pool, id).await.expect("read");
        expected.sort_by_key(|g| g.role.as_str());
        grants.sort_by_key(|g| g.role.as_str());
        assert_eq!(grants, expected, "person {id}");
    }
    let (_, grants) = participants::find_with_roles(&lane, both).await.expect("read");
    assert_eq!(grants.len(), 2, "a facilitator of a cohort who is also an organiser");
    assert!(grants.iter().any(|g| g.role == Role::Facilitator && g.cohort.as_ref() == Some(&cohort)));
}

#[tokio::test]
async fn a_person_whose_row_does_not_read_fails_their_own_turn_only() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    for id in [1, 2] {
        let profile = support::fixtures::profile(id, "TIRANA-2026", "sq", Country::Albania);
        participants::save(&mut pool.acquire().await.expect("a connection"), &profile, test_now())
            .await
            .expect("saved");
    }
    sqlx::query("UPDATE participants SET gender = 'unknown to this version' WHERE telegram_id = 2")
        .execute(&pool)
        .await
        .expect("spoilt");
    let lane = Lane::open(&url, &pool).await.expect("the lane opens");
    let [one, two] =
        join_all([1, 2].map(|id| participants::find_with_roles(&lane, id))).await.try_into().expect("two answers");
    assert_eq!(one.expect("person 1 reads").0.map(|p| p.profile.telegram_id), Some(1));
    let failure = two.expect_err("person 2 does not read").to_string();
    assert!(failure.contains("person 2") && failure.contains("gender"), "says whose row and what: {failure}");
}

#[tokio::test]
async fn states_written_together_are_each_stored_and_a_chat_written_twice_keeps_the_later() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    let lane = Lane::open(&url, &pool).await.expect("the lane opens");
    let state = |lang: &str| Conversation { lang: Some(lang.to_owned()), ..Conversation::default() };
    let writes = [(1, state("sq")), (2, state("sr")), (1, state("mk")), (3, state("en"))];
    let written =
        join_all(writes.iter().map(|(chat, conv)| conversations::save_batched(&lane, *chat, conv, test_now()))).await;
    assert!(written.iter().all(Result::is_ok), "{written:?}");

    let read = join_all([1, 2, 3, 4].map(|chat| conversations::load_batched(&lane, chat))).await;
    let langs: Vec<Option<String>> = read.into_iter().map(|r| r.expect("read").and_then(|conv| conv.lang)).collect();
    assert_eq!(langs, [Some("mk".into()), Some("sr".into()), Some("en".into()), None]);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM conversations").fetch_one(&pool).await.expect("read");
    assert_eq!(stored, 3, "one row a chat");
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

#[tokio::test]
async fn a_worker_for_one_person_claims_and_recovers_only_their_rows() {
    use active_citizens_bot::storage::outbox::{self, Payload, Recipients};
    let dir = tempfile::tempdir().expect("a directory");
    let (_, pool) = database(&dir).await;
    let (played, other) = (1, 2);
    let mut conn = pool.acquire().await.expect("a connection");
    for (chat, recommendation) in [(other, 1), (played, 2), (other, 3), (played, 4)] {
        let payload = Payload::RecommendationModerated { recommendation, approved: true };
        outbox::enqueue(&mut conn, chat, &payload, test_now(), test_now()).await.expect("queued");
    }
    drop(conn);
    let status = async |chat: i64| -> Vec<String> {
        sqlx::query_scalar("SELECT status FROM outbox WHERE chat_id = ? ORDER BY id")
            .bind(chat)
            .fetch_all(&pool)
            .await
            .expect("read")
    };

    let claimed = outbox::claim_due(&pool, Recipients::Only(played), test_now(), 10).await.expect("claimed");
    assert_eq!(claimed.iter().map(|r| r.chat_id).collect::<Vec<_>>(), [played, played]);
    assert_eq!(status(other).await, ["pending", "pending"], "the other person's rows wait for them");
    // A crash of the other's worker leaves a row of theirs in flight: the played person's recovery leaves it.
    assert_eq!(outbox::claim_due(&pool, Recipients::Only(other), test_now(), 1).await.expect("claimed").len(), 1);
    assert_eq!(outbox::recover(&pool, Recipients::Only(played)).await.expect("recovered"), 2);
    assert_eq!(status(played).await, ["pending", "pending"]);
    assert_eq!(status(other).await, ["sending", "pending"]);
    // Everyone's worker takes everyone's due rows, oldest first.
    assert_eq!(outbox::recover(&pool, Recipients::Everyone).await.expect("recovered"), 1);
    let all = outbox::claim_due(&pool, Recipients::Everyone, test_now(), 10).await.expect("claimed");
    assert_eq!(all.iter().map(|r| r.chat_id).collect::<Vec<_>>(), [other, played, other, played]);
}
