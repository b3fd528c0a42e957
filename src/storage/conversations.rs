//! Per-chat conversation state, as JSON in the `conversations` table, and the teloxide dialogue [`Storage`]
//! over the application's database.
//!
//! A state that no longer reads (written by an incompatible version) comes back as [`Conversation::lost`]:
//! the engine tells the person and starts afresh, instead of teloxide dropping the update.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use sqlx::{Executor, Sqlite};
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::{Db, StorageError};
use crate::conversation::Conversation;

/// The state of a chat, if one is stored.
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

fn parse(chat_id: i64, json: &str) -> Conversation {
    serde_json::from_str(json).unwrap_or_else(|e| {
        tracing::warn!(chat_id, error = %e, "stored conversation state does not read; starting afresh");
        Conversation::lost()
    })
}

/// Writes one chat's state (inside the turn's transaction, when it has effects).
pub async fn save<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    chat_id: i64,
    state: &Conversation,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let json = serde_json::to_string(state).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO conversations (chat_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (chat_id) \
         DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(chat_id)
    .bind(json)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Removes the state; removing a state that is not there is not an error.
pub async fn remove<'e>(db: impl Executor<'e, Database = Sqlite>, chat_id: i64) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM conversations WHERE chat_id = ?").bind(chat_id).execute(db).await?;
    Ok(())
}

/// teloxide's dialogue storage on our table: read on the readers, written by the writer.
#[derive(Debug, Clone)]
pub struct ConversationStore {
    db: Db,
}

impl ConversationStore {
    pub fn new(db: Db) -> Arc<Self> {
        Arc::new(Self { db })
    }
}

impl Storage<Conversation> for ConversationStore {
    type Error = StorageError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { remove(self.db.write(), chat_id.0).await })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: Conversation,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { save(self.db.write(), chat_id.0, &dialogue, Utc::now()).await })
    }

    fn get_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<Option<Conversation>, Self::Error>> {
        Box::pin(async move { load(self.db.read(), chat_id.0).await })
    }
}
