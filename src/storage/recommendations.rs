//! Youth recommendations: submission, moderation, endorsements, browsing, and the rows behind summaries and
//! exports.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{ApprovedRecommendation, EndorseTarget, PendingRecommendation, TelegramId, ToTranslate};

pub async fn submitted_since<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    author: TelegramId,
    since: DateTime<Utc>,
) -> Result<i64, StorageError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM recommendations WHERE author = ? AND created_at >= ?")
        .bind(author)
        .bind(since)
        .fetch_one(db)
        .await?)
}

pub async fn insert(
    conn: &mut SqliteConnection,
    author: TelegramId,
    theme: &str,
    level: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    // Written in the author's language of the moment.
    Ok(sqlx::query_scalar(
        "INSERT INTO recommendations (author, theme, level, text, created_at, language) \
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT language FROM participants WHERE telegram_id = ?1)) RETURNING id",
    )
    .bind(author)
    .bind(theme)
    .bind(level)
    .bind(text)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    id: i64,
    theme: String,
    level: String,
    text: String,
}

/// The oldest pending recommendation, and how many are pending.
pub async fn next_pending(pool: &SqlitePool) -> Result<(Option<PendingRecommendation>, i64), StorageError> {
    let next: Option<PendingRow> = sqlx::query_as(
        "SELECT id, theme, level, text FROM recommendations WHERE status = 'pending' ORDER BY id LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    let count =
        sqlx::query_scalar("SELECT COUNT(*) FROM recommendations WHERE status = 'pending'").fetch_one(pool).await?;
    let next = next.map(|r| PendingRecommendation { id: r.id, theme: r.theme, level: r.level, text: r.text });
    Ok((next, count))
}

/// Approves or rejects a pending recommendation; returns its author if it was pending (and still has one).
pub async fn moderate(
    conn: &mut SqliteConnection,
    id: i64,
    approve: bool,
    by: TelegramId,
    now: DateTime<Utc>,
) -> Result<Option<Option<TelegramId>>, StorageError> {
    let status = if approve { "approved" } else { "rejected" };
    Ok(sqlx::query_scalar(
        "UPDATE recommendations SET status = ?, moderated_by = ?, moderated_at = ? WHERE id = ? AND status = 'pending' \
         RETURNING author",
    )
    .bind(status)
    .bind(by)
    .bind(now)
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

#[derive(sqlx::FromRow)]
struct ApprovedRow {
    id: i64,
    level: String,
    text: String,
    language: Option<String>,
    endorsements: i64,
    own: bool,
    endorsed: bool,
}

/// Per theme with any, how many recommendations are approved.
pub async fn approved_per_theme(pool: &SqlitePool) -> Result<Vec<(String, i64)>, StorageError> {
    Ok(sqlx::query_as("SELECT theme, COUNT(*) FROM recommendations WHERE status = 'approved' GROUP BY theme")
        .fetch_all(pool)
        .await?)
}

/// One page of a theme's approved recommendations, most endorsed first; and whether more follow.
pub async fn approved_page(
    pool: &SqlitePool,
    theme: &str,
    page: i64,
    per_page: i64,
    viewer: TelegramId,
) -> Result<(Vec<ApprovedRecommendation>, bool), StorageError> {
    let mut rows: Vec<ApprovedRow> = sqlx::query_as(
        "SELECT r.id, r.level, r.text, r.language, \
             (SELECT COUNT(*) FROM endorsements e WHERE e.recommendation_id = r.id) AS endorsements, \
             COALESCE(r.author = ?1, 0) AS own, \
             EXISTS (SELECT 1 FROM endorsements e WHERE e.recommendation_id = r.id AND e.telegram_id = ?1) AS endorsed \
         FROM recommendations r WHERE r.status = 'approved' AND r.theme = ?2 \
         ORDER BY endorsements DESC, r.id LIMIT ?3 OFFSET ?4",
    )
    .bind(viewer)
    .bind(theme)
    .bind(per_page + 1)
    .bind(page * per_page)
    .fetch_all(pool)
    .await?;
    let more = rows.len() as i64 > per_page;
    rows.truncate(usize::try_from(per_page).unwrap_or(0));
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut translations = translations_of(pool, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| ApprovedRecommendation {
            id: r.id,
            level: r.level,
            text: r.text,
            language: r.language,
            translations: translations.remove(&r.id).unwrap_or_default(),
            endorsements: r.endorsements,
            own: r.own,
            endorsed: r.endorsed,
        })
        .collect();
    Ok((items, more))
}

/// What an endorsement press needs to know: approved, written by the presser, already endorsed by them.
pub async fn endorse_target(
    pool: &SqlitePool,
    id: i64,
    user: TelegramId,
) -> Result<Option<EndorseTarget>, StorageError> {
    let row: Option<(bool, bool, bool)> = sqlx::query_as(
        "SELECT status = 'approved', COALESCE(author = ?2, 0), \
             EXISTS (SELECT 1 FROM endorsements WHERE recommendation_id = ?1 AND telegram_id = ?2) \
         FROM recommendations WHERE id = ?1",
    )
    .bind(id)
    .bind(user)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(approved, own, already)| EndorseTarget { approved, own, already }))
}

/// The theme of a recommendation (for the author's notice).
pub async fn theme_of(pool: &SqlitePool, id: i64) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar("SELECT theme FROM recommendations WHERE id = ?").bind(id).fetch_optional(pool).await?)
}

/// How many are approved, pending and rejected.
pub async fn status_counts(pool: &SqlitePool) -> Result<(i64, i64, i64), StorageError> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM recommendations GROUP BY status").fetch_all(pool).await?;
    let get = |s: &str| rows.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    Ok((get("approved"), get("pending"), get("rejected")))
}

pub async fn endorse(
    conn: &mut SqliteConnection,
    id: i64,
    user: TelegramId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO endorsements (recommendation_id, telegram_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(user)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A recommendation with what summaries need of its author.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RecommendationRow {
    pub id: i64,
    pub author: Option<i64>,
    pub theme: String,
    pub level: String,
    pub text: String,
    /// The author's language when they sent it; unknown for some sent before it was recorded.
    pub language: Option<String>,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub country: Option<String>,
    pub birth_year: Option<i64>,
    pub gender: Option<String>,
    pub endorsements: i64,
    /// Its translations: language and text, by language.
    #[sqlx(skip)]
    pub translations: Vec<(String, String)>,
}

/// Every recommendation with its author's country, birth year and gender (none once erased), endorsements and
/// translations.
pub async fn all_rows(pool: &SqlitePool) -> Result<Vec<RecommendationRow>, StorageError> {
    let mut rows: Vec<RecommendationRow> = sqlx::query_as(
        "SELECT r.id, r.author, r.theme, r.level, r.text, r.language, r.status, r.created_at, p.country, p.birth_year, p.gender, \
             (SELECT COUNT(*) FROM endorsements e WHERE e.recommendation_id = r.id) AS endorsements \
         FROM recommendations r LEFT JOIN participants p ON p.telegram_id = r.author ORDER BY r.id",
    )
    .fetch_all(pool)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut translations = translations_of(pool, &ids).await?;
    for row in &mut rows {
        row.translations = translations.remove(&row.id).unwrap_or_default();
    }
    Ok(rows)
}

/// The translations of the recommendations `ids`: per id, language and text, by language.
pub async fn translations_of(
    pool: &SqlitePool,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<(String, String)>>, StorageError> {
    let ids = serde_json::to_string(ids).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT recommendation_id, language, text FROM recommendation_translations \
         WHERE recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY recommendation_id, language",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?;
    let mut by_id: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for (id, language, text) in rows {
        by_id.entry(id).or_default().push((language, text));
    }
    Ok(by_id)
}

/// What to translate into `language`: recommendation `target` (to translate or edit), else the oldest approved
/// one written in another language with no translation into it yet, leaving out `skipped`; and how many of
/// those wait.
pub async fn to_translate(
    pool: &SqlitePool,
    language: &str,
    target: Option<i64>,
    skipped: &[i64],
) -> Result<(Option<ToTranslate>, i64), StorageError> {
    let skipped = serde_json::to_string(skipped).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let lacking = "r.status = 'approved' AND COALESCE(r.language, '') <> ?1 AND NOT EXISTS \
         (SELECT 1 FROM recommendation_translations t WHERE t.recommendation_id = r.id AND t.language = ?1)";
    let waiting: i64 =
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM recommendations r WHERE {lacking}")))
            .bind(language)
            .fetch_one(pool)
            .await?;
    let choose = match target {
        Some(_) => "r.status = 'approved' AND r.id = ?2".to_owned(),
        None => format!("{lacking} AND r.id NOT IN (SELECT value FROM json_each(?3))"),
    };
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        theme: String,
        text: String,
        language: Option<String>,
        existing: Option<String>,
    }
    let row: Option<Row> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT r.id, r.theme, r.text, r.language, \
                 (SELECT t.text FROM recommendation_translations t WHERE t.recommendation_id = r.id AND t.language = ?1) \
                 AS existing \
             FROM recommendations r WHERE {choose} ORDER BY r.id LIMIT 1"
        )))
        .bind(language)
        .bind(target)
        .bind(skipped)
        .fetch_optional(pool)
        .await?;
    let item =
        row.map(|r| ToTranslate { id: r.id, theme: r.theme, text: r.text, language: r.language, existing: r.existing });
    Ok((item, waiting))
}

/// Stores (or replaces) the translation of an approved recommendation; `false` if it is not approved (any more).
pub async fn translate(
    conn: &mut SqliteConnection,
    id: i64,
    language: &str,
    text: &str,
    by: TelegramId,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let done = sqlx::query(
        "INSERT INTO recommendation_translations (recommendation_id, language, text, translated_by, translated_at) \
         SELECT id, ?2, ?3, ?4, ?5 FROM recommendations WHERE id = ?1 AND status = 'approved' \
         ON CONFLICT (recommendation_id, language) DO UPDATE SET text = excluded.text, \
             translated_by = excluded.translated_by, translated_at = excluded.translated_at",
    )
    .bind(id)
    .bind(language)
    .bind(text)
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
