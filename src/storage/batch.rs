//! The statements every turn makes, made once for all the turns that make them at the same moment.
//!
//! Each turn reads its conversation state, reads the person with their roles, and writes the state back. Made
//! one by one, each is a round trip to the thread of an sqlx connection: a hand-off there and back, with a
//! thread woken each way. Under load, hundreds of turns wait on those hand-offs at once, and the switching costs
//! more than the statements (BENCHMARKS.md, the fifth round). A [`Batcher`] takes every request of its kind
//! that is waiting, up to [`MOST`], and answers all of them with one statement: one round trip for many turns.
//! A turn on its own is a batch of one, and waits for nothing but its statement.
//!
//! Nothing is kept between batches: every read goes to the database, so a change made by the command line
//! while the bot runs is seen by the next turn, as before.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt as _;
use futures::future::BoxFuture;
use sqlx::SqliteConnection;
use tokio::sync::{mpsc, oneshot};

use super::StorageError;
use super::lane::{Connections, LaneConnection, Side};

/// The most requests one statement answers: a batch is a statement of up to this many rows or keys, and a write
/// batch's statement text depends on its size, so this also bounds the statements prepared for it.
pub const MOST: usize = 32;

/// How long one batch's statement may take: far more than any does (at most SQLite's 5 s busy timeout, waiting
/// for another process's write), and far less than never.
pub const BATCH_LIMIT: Duration = Duration::from_secs(30);

/// One answer for each request of a batch, in the batch's order; or the batch's statement failed as a whole.
pub type Answers<V> = Result<Vec<Result<V, StorageError>>, StorageError>;

/// Runs one batch's statement on a connection: `keys` in, one answer for each key out, in their order.
pub type Run<K, V> = for<'c> fn(&'c mut SqliteConnection, &'c [K]) -> BoxFuture<'c, Answers<V>>;

type Request<K, V> = (K, oneshot::Sender<Result<V, StorageError>>);

/// A task that answers requests of one kind in batches, on a connection of the lane.
pub struct Batcher<K, V> {
    requests: mpsc::UnboundedSender<Request<K, V>>,
}

impl<K, V> Batcher<K, V>
where
    K: Send + Sync + 'static,
    V: Send + 'static,
{
    /// Starts the task (on the current tokio runtime); it ends when the batcher is dropped.
    pub fn spawn(connections: Arc<Connections>, side: Side, run: Run<K, V>) -> Self {
        let (requests, queue) = mpsc::unbounded_channel();
        tokio::spawn(serve(queue, connections, side, run));
        Self { requests }
    }

    /// The answer to `key`, made in the next batch.
    pub async fn call(&self, key: K) -> Result<V, StorageError> {
        let (reply, answer) = oneshot::channel();
        self.requests.send((key, reply)).map_err(|_| StorageError::Stopped)?;
        answer.await.map_err(|_| StorageError::Stopped)?
    }
}

async fn serve<K, V>(
    mut queue: mpsc::UnboundedReceiver<Request<K, V>>,
    connections: Arc<Connections>,
    side: Side,
    run: Run<K, V>,
) {
    let mut batch = Vec::with_capacity(MOST);
    while queue.recv_many(&mut batch, MOST).await > 0 {
        let conn = connections.get(side).await;
        // A request whose turn gave up while it waited, in the queue or for the connection, is not made: nobody
        // would see its answer, and a write would land after its turn had failed and the person had been told so.
        let (keys, replies): (Vec<K>, Vec<_>) = batch.drain(..).filter(|(_, reply)| !reply.is_closed()).unzip();
        if keys.is_empty() {
            continue;
        }
        let answers = answer(&connections, conn, side, run, &keys).await;
        // A turn cancelled during the statement drops its answer here.
        for (reply, answer) in replies.into_iter().zip(answers) {
            let _ = reply.send(answer);
        }
    }
}

/// One answer for each of `keys`, made on `conn` if it could be had. If the batch's statement fails, each key
/// is tried on its own, so that each request gets its own answer and one that cannot be answered fails no other.
async fn answer<K, V>(
    connections: &Connections,
    conn: Result<LaneConnection<'_>, StorageError>,
    side: Side,
    run: Run<K, V>,
    keys: &[K],
) -> Vec<Result<V, StorageError>> {
    let failure = match attempt(connections, conn, side, run, keys).await {
        Ok(answers) if answers.len() == keys.len() => return answers,
        Ok(answers) => StorageError::Corrupt(format!("{} answers to a batch of {}", answers.len(), keys.len())),
        Err(e) => e,
    };
    if keys.len() == 1 {
        return vec![Err(failure)];
    }
    tracing::warn!(error = %failure, size = keys.len(), "a batch of statements failed; trying each on its own");
    let mut each = Vec::with_capacity(keys.len());
    for key in keys.chunks(1) {
        let conn = connections.get(side).await;
        let first = attempt(connections, conn, side, run, key).await.and_then(|answers| {
            answers.into_iter().next().ok_or_else(|| StorageError::Corrupt("a statement gave no answer".into()))
        });
        each.push(first.and_then(|answer| answer));
    }
    each
}

/// Runs one batch on `conn`, a connection of `side` (or the error of getting one). A panic in it (a bug) fails
/// this batch's requests, instead of ending the task and failing every turn after it. On a connection whose
/// thread has stopped, it opens the connection again and makes the batch there.
async fn attempt<K, V>(
    connections: &Connections,
    conn: Result<LaneConnection<'_>, StorageError>,
    side: Side,
    run: Run<K, V>,
    keys: &[K],
) -> Answers<V> {
    let mut conn = conn?;
    let answers = run_once(&mut conn, run, keys).await;
    match &answers {
        // A batch's statement can be made again: each is a read, or states written back whole.
        Err(e) if connections.mend(&mut conn, side, e).await => run_once(&mut conn, run, keys).await,
        _ => answers,
    }
}

/// One batch's statement, given up after [`BATCH_LIMIT`]. Nothing ever answers a statement sent to a connection
/// while its thread is stopping (sqlx keeps it queued for a thread that is gone): without a limit it would hold
/// the connection, and this batcher, for good. Given up, it frees both, and the next statement on the connection
/// meets the stopped thread and opens the connection again.
async fn run_once<K, V>(conn: &mut SqliteConnection, run: Run<K, V>, keys: &[K]) -> Answers<V> {
    let made = AssertUnwindSafe(run(conn, keys)).catch_unwind();
    match tokio::time::timeout(BATCH_LIMIT, made).await {
        Ok(answers) => answers.unwrap_or(Err(StorageError::Panicked)),
        Err(_) => {
            tracing::error!(limit = ?BATCH_LIMIT, size = keys.len(), "a batch of statements was given up");
            Err(StorageError::TimedOut(BATCH_LIMIT))
        }
    }
}

/// `keys` as a JSON array, for `json_each(?)`: a statement that takes any number of keys in one parameter, so
/// that it is prepared once.
pub fn json_keys(keys: &[i64]) -> String {
    use std::fmt::Write as _;
    let mut json = String::with_capacity(keys.len() * 12 + 2);
    json.push('[');
    for (i, key) in keys.iter().enumerate() {
        let comma = if i > 0 { "," } else { "" };
        // Writing to a String cannot fail.
        let _ = write!(json, "{comma}{key}");
    }
    json.push(']');
    json
}

/// One answer for each of `keys` from what the statement found, found by key: a key asked twice in one batch
/// gets the same answer twice.
pub fn by_key<V: Clone>(
    keys: &[i64],
    found: &std::collections::HashMap<i64, Result<V, String>>,
    missing: impl Fn() -> V,
) -> Vec<Result<V, StorageError>> {
    keys.iter()
        .map(|key| match found.get(key) {
            Some(Ok(value)) => Ok(value.clone()),
            Some(Err(what)) => Err(StorageError::Corrupt(what.clone())),
            None => Ok(missing()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use futures::future::join_all;

    use super::*;

    /// The size of every batch [`double`] and [`refuse_13`] ran, for the test that uses them (one each).
    static DOUBLED: Mutex<Vec<usize>> = Mutex::new(Vec::new());
    static REFUSED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

    /// Each key doubled, by the database, in one statement for the batch.
    fn double<'c>(conn: &'c mut SqliteConnection, keys: &'c [i64]) -> BoxFuture<'c, Answers<i64>> {
        Box::pin(async move {
            DOUBLED.lock().map(|mut sizes| sizes.push(keys.len())).ok();
            let doubled: Vec<i64> = sqlx::query_scalar("SELECT value * 2 FROM json_each(?) ORDER BY key")
                .bind(json_keys(keys))
                .fetch_all(conn)
                .await?;
            Ok(doubled.into_iter().map(Ok).collect())
        })
    }

    /// Fails a whole batch that holds 13 (as a constraint would fail a statement of many rows).
    fn refuse_13<'c>(conn: &'c mut SqliteConnection, keys: &'c [i64]) -> BoxFuture<'c, Answers<i64>> {
        Box::pin(async move {
            REFUSED.lock().map(|mut sizes| sizes.push(keys.len())).ok();
            sqlx::query("SELECT 1").execute(conn).await?;
            if keys.contains(&13) {
                return Err(StorageError::Corrupt("13 refused".into()));
            }
            Ok(keys.iter().map(|k| Ok(k + 1)).collect())
        })
    }

    async fn connections() -> Arc<Connections> {
        let pool = crate::storage::connect("sqlite::memory:").await.expect("the database opens");
        Arc::new(Connections::open("sqlite::memory:", &pool).await.expect("the lane opens"))
    }

    // One task asks for everything before the batcher runs (the test's runtime has one thread), so the
    // requests are all waiting when it takes its first batch.
    #[tokio::test]
    async fn requests_waiting_together_are_answered_by_one_statement_each_with_its_own_answer() {
        let batcher = Batcher::spawn(connections().await, Side::Read, double);
        let keys: Vec<i64> = (0..70).collect();
        let answers = join_all(keys.iter().map(|&k| batcher.call(k))).await;
        for (key, answer) in keys.iter().zip(answers) {
            assert_eq!(answer.expect("answered"), key * 2);
        }
        let sizes = DOUBLED.lock().expect("sizes").clone();
        assert_eq!(sizes, vec![MOST, MOST, 70 - 2 * MOST], "70 requests waiting: batches of at most {MOST}");

        assert_eq!(batcher.call(21).await.expect("answered"), 42, "a request on its own is a batch of one");
        assert_eq!(DOUBLED.lock().expect("sizes").last(), Some(&1));
    }

    #[tokio::test]
    async fn a_request_whose_turn_gave_up_while_it_waited_is_not_made() {
        let batcher = Batcher::spawn(connections().await, Side::Write, record::<0>);
        let mut abandoned = Box::pin(batcher.call(1));
        assert!(futures::poll!(&mut abandoned).is_pending(), "the request is queued and waits");
        drop(abandoned);
        assert_eq!(batcher.call(2).await.expect("answered"), 2);
        assert_eq!(*RECORDED[0].lock().expect("keys"), vec![vec![2]], "only the request still awaited was made");
    }

    #[tokio::test]
    async fn a_request_whose_turn_gave_up_while_its_batch_waited_for_the_connection_is_not_made() {
        // In a file, so that the lane holds its writer: the test takes it, as a long transaction would.
        let db = crate::storage::test_db::Database::new().await;
        let connections = Arc::new(Connections::open(&db.url, &db.pool).await.expect("the lane opens"));
        let batcher = Batcher::spawn(connections.clone(), Side::Write, record::<1>);
        let writer = connections.get(Side::Write).await.expect("the writer");
        let mut abandoned = Box::pin(batcher.call(1));
        assert!(futures::poll!(&mut abandoned).is_pending(), "the request is queued and waits");
        // The batcher takes it into a batch, which waits for the writer (the test's runtime has one thread).
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        drop(abandoned);
        drop(writer);
        assert_eq!(batcher.call(2).await.expect("answered"), 2);
        assert_eq!(*RECORDED[1].lock().expect("keys"), vec![vec![2]], "only the request still awaited was made");
    }

    /// The keys of each batch [`record`] ran, one list for each test that uses it.
    static RECORDED: [Mutex<Vec<Vec<i64>>>; 2] = [const { Mutex::new(Vec::new()) }; 2];

    /// Records each batch's keys in `RECORDED[TEST]`, and answers each key with itself.
    fn record<'c, const TEST: usize>(_: &'c mut SqliteConnection, keys: &'c [i64]) -> BoxFuture<'c, Answers<i64>> {
        Box::pin(async move {
            RECORDED[TEST].lock().map(|mut batches| batches.push(keys.to_vec())).ok();
            Ok(keys.iter().map(|&k| Ok(k)).collect())
        })
    }

    /// Panics on 13, as a bug in a batch's statement would.
    fn panic_on_13<'c>(_: &'c mut SqliteConnection, keys: &'c [i64]) -> BoxFuture<'c, Answers<i64>> {
        Box::pin(async move {
            assert!(!keys.contains(&13), "a bug met 13");
            Ok(keys.iter().map(|&k| Ok(k)).collect())
        })
    }

    #[tokio::test]
    async fn a_batch_that_panics_fails_its_own_requests_and_the_next_batch_is_answered() {
        let batcher = Batcher::spawn(connections().await, Side::Read, panic_on_13);
        let answers = join_all([12, 13].map(|k| batcher.call(k))).await;
        assert_eq!(answers[0].as_ref().ok(), Some(&12), "tried on its own after the batch failed");
        assert!(matches!(answers[1], Err(StorageError::Panicked)), "{:?}", answers[1]);
        assert_eq!(batcher.call(14).await.expect("the task goes on"), 14);
    }

    /// Never answers a batch that holds 13, as a connection whose thread is stopping never answers.
    fn stall_on_13<'c>(_: &'c mut SqliteConnection, keys: &'c [i64]) -> BoxFuture<'c, Answers<i64>> {
        Box::pin(async move {
            if keys.contains(&13) {
                futures::future::pending::<()>().await;
            }
            Ok(keys.iter().map(|&k| Ok(k)).collect())
        })
    }

    #[tokio::test]
    async fn a_batch_never_answered_is_given_up_at_its_limit_and_the_next_is_answered() {
        // In a file, so that the lane holds its connections: taking one from the pool has a timer of its own.
        let db = crate::storage::test_db::Database::new().await;
        let connections = Arc::new(Connections::open(&db.url, &db.pool).await.expect("the lane opens"));
        let batcher = Batcher::spawn(connections, Side::Write, stall_on_13);
        // With the database open, the clock stands still but for the timers: it jumps to the limit once
        // nothing else can run.
        tokio::time::pause();
        let started = tokio::time::Instant::now();
        let answers = join_all([12, 13].map(|k| batcher.call(k))).await;
        assert_eq!(answers[0].as_ref().ok(), Some(&12), "tried on its own after the batch was given up");
        assert!(matches!(answers[1], Err(StorageError::TimedOut(BATCH_LIMIT))), "{:?}", answers[1]);
        // On the test's clock, which moves only to the next timer (tokio rounds each up to the millisecond).
        let waited = started.elapsed();
        assert!(
            waited >= 2 * BATCH_LIMIT && waited < 2 * BATCH_LIMIT + Duration::from_secs(1),
            "the batch, then 13 on its own: {waited:?}"
        );
        assert_eq!(batcher.call(14).await.expect("the task goes on"), 14);
    }

    #[tokio::test]
    async fn a_batch_that_fails_is_tried_request_by_request_and_fails_only_the_one_at_fault() {
        let batcher = Batcher::spawn(connections().await, Side::Write, refuse_13);
        let answers = join_all([10, 13, 20].map(|k| batcher.call(k))).await;
        assert_eq!(answers[0].as_ref().ok(), Some(&11));
        assert!(matches!(&answers[1], Err(StorageError::Corrupt(what)) if what == "13 refused"));
        assert_eq!(answers[2].as_ref().ok(), Some(&21));
        assert_eq!(*REFUSED.lock().expect("sizes"), vec![3, 1, 1, 1], "the batch, then each on its own");
    }

    #[test]
    fn keys_become_a_json_array() {
        assert_eq!(json_keys(&[]), "[]");
        assert_eq!(json_keys(&[7]), "[7]");
        assert_eq!(json_keys(&[1, -2, 9_007_199_254_740_993]), "[1,-2,9007199254740993]");
    }

    #[test]
    fn each_key_gets_its_own_answer_and_a_key_asked_twice_gets_it_twice() {
        let found = std::collections::HashMap::from([(1, Ok("one")), (3, Err("row 3 is broken".to_owned()))]);
        let answers = by_key(&[1, 2, 1, 3], &found, || "nobody");
        assert_eq!(answers[0].as_ref().ok(), Some(&"one"));
        assert_eq!(answers[1].as_ref().ok(), Some(&"nobody"));
        assert_eq!(answers[2].as_ref().ok(), Some(&"one"));
        assert!(matches!(&answers[3], Err(StorageError::Corrupt(what)) if what == "row 3 is broken"));
    }
}
