//! Per-chat conversation state, as JSON in the `conversations` table, and the teloxide dialogue [`Storage`]
//! over the application's database.
//!
//! A state that no longer reads (written by an incompatible version) comes back as [`Conversation::lost`]:
//! the engine tells the person and starts afresh, instead of teloxide dropping the update.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use sqlx::{Executor, Sqlite, SqliteConnection};
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::batch::{self, Answers};
use super::{Lane, StorageError};
use crate::conversation::Conversation;

/// The state of a chat, read on its own, outside the turns' batches (as a tool or a test reads it).
pub async fn load<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    chat_id: i64,
) -> Result<Option<Conversation>, StorageError> {
    let state: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE chat_id = ?")
        .bind(chat_id)
        .fetch_optional(db)
        .await?;
    Ok(state.map(|json| parse(chat_id, &json)))
}

/// The state of a chat, read in one statement with the other turns' waiting (see [`super::batch`]).
pub async fn load_batched(lane: &Lane, chat_id: i64) -> Result<Option<Conversation>, StorageError> {
    Ok(lane.states.call(chat_id).await?.map(|json| parse(chat_id, &json)))
}

fn parse(chat_id: i64, json: &str) -> Conversation {
    serde_json::from_str(json).unwrap_or_else(|e| {
        tracing::warn!(chat_id, error = %e, "stored conversation state does not read; starting afresh");
        Conversation::lost()
    })
}

/// The stored states of `chats`, in their order, as JSON: the states' batch (parsed by the turns that asked).
pub(super) fn load_batch<'c>(
    conn: &'c mut SqliteConnection,
    chats: &'c [i64],
) -> BoxFuture<'c, Answers<Option<String>>> {
    Box::pin(async move {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT chat_id, state FROM conversations WHERE chat_id IN (SELECT value FROM json_each(?))",
        )
        .bind(batch::json_keys(chats))
        .fetch_all(conn)
        .await?;
        let found: HashMap<i64, Result<Option<String>, String>> =
            rows.into_iter().map(|(chat, state)| (chat, Ok(Some(state)))).collect();
        Ok(batch::by_key(chats, &found, || None))
    })
}

/// A chat's state to be written, serialised by the turn that writes it.
#[derive(Debug)]
pub(super) struct Save {
    chat_id: i64,
    json: String,
    at: DateTime<Utc>,
}

impl Save {
    pub(super) fn new(chat_id: i64, state: &Conversation, at: DateTime<Utc>) -> Result<Self, StorageError> {
        let json = serde_json::to_string(state).map_err(|e| StorageError::Corrupt(e.to_string()))?;
        Ok(Self { chat_id, json, at })
    }
}

/// Writes the state of a chat, in one statement with the other turns' states waiting (see [`super::batch`]).
pub async fn save_batched(
    lane: &Lane,
    chat_id: i64,
    state: &Conversation,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    lane.saves.call(Save::new(chat_id, state, now)?).await
}

/// Writes the states of a batch in one statement (a chat written twice keeps the later state).
pub(super) fn save_batch<'c>(conn: &'c mut SqliteConnection, saves: &'c [Save]) -> BoxFuture<'c, Answers<()>> {
    Box::pin(async move {
        write(conn, saves).await?;
        Ok(saves.iter().map(|_| Ok(())).collect())
    })
}

/// Writes one chat's state on `conn` (inside the turn's transaction, when it has effects).
pub async fn save(
    conn: &mut SqliteConnection,
    chat_id: i64,
    state: &Conversation,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    write(conn, &[Save::new(chat_id, state, now)?]).await
}

/// One `INSERT … VALUES (?, ?, ?), (?, ?, ?), … ON CONFLICT DO UPDATE` for `saves`, 1 to [`batch::MOST`] of them.
async fn write(conn: &mut SqliteConnection, saves: &[Save]) -> Result<(), StorageError> {
    // The statement for each number of rows, made once.
    static STATEMENTS: LazyLock<Vec<String>> = LazyLock::new(|| {
        (1..=batch::MOST)
            .map(|rows| {
                let values = vec!["(?, ?, ?)"; rows].join(", ");
                format!(
                    "INSERT INTO conversations (chat_id, state, updated_at) VALUES {values} ON CONFLICT (chat_id) \
                     DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"
                )
            })
            .collect()
    });
    let Some(statement) = saves.len().checked_sub(1).and_then(|i| STATEMENTS.get(i)) else {
        return Err(StorageError::Corrupt(format!("{} states to write at once", saves.len())));
    };
    let mut query = sqlx::query(sqlx::AssertSqlSafe(statement.as_str()));
    for save in saves {
        query = query.bind(save.chat_id).bind(save.json.as_str()).bind(save.at);
    }
    query.execute(conn).await?;
    Ok(())
}

/// Removes the state; removing a state that is not there is not an error.
pub async fn remove(conn: &mut SqliteConnection, chat_id: i64) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM conversations WHERE chat_id = ?").bind(chat_id).execute(conn).await?;
    Ok(())
}

/// teloxide's dialogue storage on our table, through the connections of the [`Lane`].
#[derive(Debug, Clone)]
pub struct ConversationStore {
    lane: Arc<Lane>,
}

impl ConversationStore {
    pub fn new(lane: Arc<Lane>) -> Arc<Self> {
        Arc::new(Self { lane })
    }
}

impl Storage<Conversation> for ConversationStore {
    type Error = StorageError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { remove(&mut *self.lane.writer().await?, chat_id.0).await })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: Conversation,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { save_batched(&self.lane, chat_id.0, &dialogue, Utc::now()).await })
    }

    fn get_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<Option<Conversation>, Self::Error>> {
        Box::pin(async move { load_batched(&self.lane, chat_id.0).await })
    }
}
