//! Storage that every conversation turn goes through, with no network: the person with their roles, conversation
//! states, the readers and the one writer, and the outbox's claims.

use std::time::Duration;

use crate::support::test_now;
use active_citizens_bot::conversation::Conversation;
use active_citizens_bot::domain::{CohortCode, Country, Role, RoleGrant};
use active_citizens_bot::storage::{self, Db, cohorts, conversations, participants, roles};
use sqlx::SqlitePool;

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
async fn a_turn_reads_the_person_and_their_roles() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    let (registered, organiser_only, both, nobody) = (1, 2, 3, 4);
    for id in [registered, both] {
        let profile = crate::support::fixtures::profile(id, "TIRANA-2026", "sq", Country::Albania);
        participants::save(&mut pool.acquire().await.expect("a connection"), &profile, None, test_now())
            .await
            .expect("saved");
    }
    let cohort = CohortCode::parse("TIRANA-2026").expect("valid");
    roles::grant(&pool, organiser_only, Role::Organiser, None, "test", test_now()).await.expect("granted");
    roles::grant(&pool, both, Role::Facilitator, Some(&cohort), "test", test_now()).await.expect("granted");
    roles::grant(&pool, both, Role::Organiser, None, "test", test_now()).await.expect("granted");
    pool.close().await;

    let db = Db::open(&url).await.expect("the database opens");
    let found = |id| participants::find_with_roles(db.read(), id);
    assert_eq!(found(registered).await.expect("read").0.map(|p| p.profile.telegram_id), Some(registered));
    assert_eq!(
        found(organiser_only).await.expect("read"),
        (None, vec![RoleGrant { role: Role::Organiser, cohort: None }])
    );
    let (_, grants) = found(both).await.expect("read");
    assert_eq!(grants.len(), 2, "a facilitator of a cohort who is also an organiser");
    assert!(grants.iter().any(|g| g.role == Role::Facilitator && g.cohort.as_ref() == Some(&cohort)));
    assert_eq!(found(nobody).await.expect("read"), (None, Vec::new()));
}

#[tokio::test]
async fn a_person_whose_row_does_not_read_fails_their_own_turn_only() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    for id in [1, 2] {
        let profile = crate::support::fixtures::profile(id, "TIRANA-2026", "sq", Country::Albania);
        participants::save(&mut pool.acquire().await.expect("a connection"), &profile, None, test_now())
            .await
            .expect("saved");
    }
    sqlx::query("UPDATE participants SET gender = 'unknown to this version' WHERE telegram_id = 2")
        .execute(&pool)
        .await
        .expect("spoilt");
    pool.close().await;
    let db = Db::open(&url).await.expect("the database opens");
    let one = participants::find_with_roles(db.read(), 1).await;
    assert_eq!(one.expect("person 1 reads").0.map(|p| p.profile.telegram_id), Some(1));
    let failure = participants::find_with_roles(db.read(), 2).await.expect_err("person 2 does not read").to_string();
    assert!(failure.contains("gender"), "says what does not read: {failure}");
}

#[tokio::test]
async fn a_state_is_stored_and_a_chat_written_twice_keeps_the_later() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    pool.close().await;
    let db = Db::open(&url).await.expect("the database opens");
    let state = |lang: &str| Conversation { lang: Some(lang.to_owned()), ..Conversation::default() };
    for (chat, conv) in [(1, state("sq")), (2, state("sr")), (1, state("mk")), (3, state("en"))] {
        conversations::save(db.write(), chat, &conv, test_now()).await.expect("written");
    }
    let mut langs = Vec::new();
    for chat in [1, 2, 3, 4] {
        langs.push(conversations::load(db.read(), chat).await.expect("read").and_then(|conv| conv.lang));
    }
    assert_eq!(langs, [Some("mk".into()), Some("sr".into()), Some("en".into()), None]);
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM conversations").fetch_one(db.read()).await.expect("read");
    assert_eq!(stored, 3, "one row a chat");
}

#[tokio::test]
async fn writes_queue_for_the_one_writer_while_reads_go_on() {
    let dir = tempfile::tempdir().expect("a directory");
    let (url, pool) = database(&dir).await;
    pool.close().await;
    let db = Db::open(&url).await.expect("the database opens");
    let mut tx = storage::begin_write(db.write()).await.expect("a write transaction");
    sqlx::query("UPDATE cohorts SET name = 'Tiranë'").execute(&mut *tx).await.expect("written");

    let queued = tokio::time::timeout(Duration::from_millis(100), db.write().acquire()).await;
    assert!(queued.is_err(), "a second write waits for the writer instead of meeting SQLite's lock");
    let name: String = sqlx::query_scalar("SELECT name FROM cohorts").fetch_one(db.read()).await.expect("read");
    assert_eq!(name, "Tirana", "a read during the write sees the last committed state");
    let refused = sqlx::query("UPDATE cohorts SET name = 'elsewhere'").execute(db.read()).await;
    assert!(refused.is_err(), "a reader refuses writes: they belong to the writer");

    tx.commit().await.expect("committed");
    let next = tokio::time::timeout(Duration::from_secs(5), db.write().acquire()).await;
    let mut next = next.expect("the writer once the write is done").expect("opens");
    sqlx::query("UPDATE cohorts SET name = 'Tirana 2026'").execute(&mut *next).await.expect("the next write");
    drop(next);
    let name: String = sqlx::query_scalar("SELECT name FROM cohorts").fetch_one(db.read()).await.expect("read");
    assert_eq!(name, "Tirana 2026");
}

#[tokio::test]
async fn a_database_in_memory_is_one_for_reads_and_writes() {
    let db = Db::open("sqlite::memory:").await.expect("the database opens");
    let code = CohortCode::parse("TIRANA-2026").expect("valid");
    cohorts::add(db.write(), &cohorts::Cohort { code, name: "Tirana".into(), country: None }, test_now())
        .await
        .expect("a cohort");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cohorts").fetch_one(db.read()).await.expect("read");
    assert_eq!(count, 1, "another connection would have opened another, empty database");
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

#[tokio::test]
async fn every_foreign_key_is_the_first_column_of_an_index() {
    let db = Db::open("sqlite::memory:").await.expect("the database opens");
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'")
            .fetch_all(db.read())
            .await
            .expect("tables");
    let mut unindexed = Vec::new();
    for table in tables {
        let keys: Vec<(String,)> = sqlx::query_as("SELECT \"from\" FROM pragma_foreign_key_list(?)")
            .bind(&table)
            .fetch_all(db.read())
            .await
            .expect("foreign keys");
        let leading: Vec<(String,)> = sqlx::query_as(
            "SELECT (SELECT name FROM pragma_index_info(il.name) WHERE seqno = 0) FROM pragma_index_list(?) il",
        )
        .bind(&table)
        .fetch_all(db.read())
        .await
        .expect("indexes");
        // A column that is the table's INTEGER PRIMARY KEY is the rowid: indexed by nature.
        let rowid: Option<String> = sqlx::query_scalar(
            "SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND type = 'INTEGER' \
             AND (SELECT COUNT(*) FROM pragma_table_info(?) WHERE pk > 0) = 1",
        )
        .bind(&table)
        .bind(&table)
        .fetch_optional(db.read())
        .await
        .expect("the key");
        for (column,) in keys {
            if rowid.as_deref() != Some(column.as_str()) && !leading.iter().any(|(first,)| *first == column) {
                unindexed.push(format!("{table}.{column}"));
            }
        }
    }
    assert!(unindexed.is_empty(), "foreign keys without an index: {unindexed:?}");
}
