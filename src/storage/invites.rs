//! One-time invitations to a role or to translate, opened through `start=invite-<token>`.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{CohortCode, Invitation, Role, RoleGrant, TelegramId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub token: String,
    pub invitation: Invitation,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
}

pub async fn create(
    conn: &mut SqliteConnection,
    token: &str,
    invitation: &Invitation,
    created_by: TelegramId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let (role, cohort, language) = match invitation {
        Invitation::Role(grant) => (grant.role.as_str(), grant.cohort.as_ref().map(CohortCode::as_str), None),
        Invitation::Translator { language } => (TRANSLATOR, None, Some(language.as_str())),
    };
    sqlx::query(
        "INSERT INTO invites (token, role, cohort_code, language, created_by, created_at, expires_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(token)
    .bind(role)
    .bind(cohort)
    .bind(language)
    .bind(created_by)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The `role` stored for a translator's invitation.
const TRANSLATOR: &str = "translator";

#[derive(sqlx::FromRow)]
struct Row {
    role: String,
    cohort_code: Option<String>,
    language: Option<String>,
    expires_at: DateTime<Utc>,
    used_by: Option<i64>,
}

pub async fn find(pool: &SqlitePool, token: &str) -> Result<Option<Invite>, StorageError> {
    let row: Option<Row> =
        sqlx::query_as("SELECT role, cohort_code, language, expires_at, used_by FROM invites WHERE token = ?")
            .bind(token)
            .fetch_optional(pool)
            .await?;
    let Some(Row { role, cohort_code: cohort, language, expires_at, used_by }) = row else { return Ok(None) };
    let invitation = match (role.as_str(), language) {
        (TRANSLATOR, Some(language)) => Invitation::Translator { language },
        _ => {
            let role: Role = role.parse().map_err(StorageError::Corrupt)?;
            let cohort =
                cohort.map(|c| CohortCode::parse(&c)).transpose().map_err(|e| StorageError::Corrupt(e.to_string()))?;
            Invitation::Role(RoleGrant { role, cohort })
        }
    };
    Ok(Some(Invite { token: token.to_owned(), invitation, expires_at, used: used_by.is_some() }))
}

/// What opening an invitation came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeemed {
    Done,
    /// Someone used it first.
    Used,
    Expired,
    /// Unknown, or its maker is no longer an organiser (only organisers give roles).
    Withdrawn,
}

/// Marks the invitation used by `user`, if it is unused, unexpired, and its maker is an organiser now.
pub async fn redeem(
    conn: &mut SqliteConnection,
    token: &str,
    user: TelegramId,
    now: DateTime<Utc>,
) -> Result<Redeemed, StorageError> {
    let found: Option<(Option<i64>, DateTime<Utc>, bool)> = sqlx::query_as(
        "SELECT used_by, expires_at, EXISTS (SELECT 1 FROM roles r WHERE r.telegram_id = invites.created_by \
                                             AND r.role = 'organiser') \
         FROM invites WHERE token = ?",
    )
    .bind(token)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((used_by, expires_at, maker_may_grant)) = found else { return Ok(Redeemed::Withdrawn) };
    if used_by.is_some() {
        return Ok(Redeemed::Used);
    }
    if expires_at <= now {
        return Ok(Redeemed::Expired);
    }
    if !maker_may_grant {
        return Ok(Redeemed::Withdrawn);
    }
    sqlx::query("UPDATE invites SET used_by = ?, used_at = ? WHERE token = ? AND used_by IS NULL")
        .bind(user)
        .bind(now)
        .bind(token)
        .execute(conn)
        .await?;
    Ok(Redeemed::Done)
}

/// Withdraws the unused invitations `maker` made, if they are no longer an organiser (on a revocation).
pub async fn withdraw_if_not_organiser(conn: &mut SqliteConnection, maker: TelegramId) -> Result<u64, StorageError> {
    let done = sqlx::query(
        "DELETE FROM invites WHERE created_by = ? AND used_by IS NULL \
         AND NOT EXISTS (SELECT 1 FROM roles WHERE telegram_id = ? AND role = 'organiser')",
    )
    .bind(maker)
    .bind(maker)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Migration 19 makes the table again (to let translators be invited): an invitation made before it is
    /// found and used after it as it was.
    #[tokio::test]
    async fn an_invitation_made_before_translators_could_be_invited_still_works() {
        let dir = tempfile::tempdir().expect("a directory");
        let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let earlier = dir.path().join("earlier");
        std::fs::create_dir(&earlier).expect("made");
        for entry in std::fs::read_dir(&migrations).expect("the migrations") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            if name.as_str() < "20261208000019" {
                std::fs::copy(&path, earlier.join(name)).expect("copied");
            }
        }
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("bot.db").display());
        let pool = SqlitePool::connect(&url).await.expect("opened");
        sqlx::migrate::Migrator::new(earlier.as_path()).await.expect("read").run(&pool).await.expect("migrated");
        let now = Utc::now();
        sqlx::query(
            "INSERT INTO invites (token, role, cohort_code, created_by, created_at, expires_at) \
             VALUES ('old', 'organiser', NULL, 7, ?, ?)",
        )
        .bind(now)
        .bind(now + chrono::Duration::days(7))
        .execute(&pool)
        .await
        .expect("an invitation of before");
        sqlx::migrate!("./migrations").run(&pool).await.expect("migrated to now");

        let found = find(&pool, "old").await.expect("read").expect("still there");
        assert_eq!(found.invitation, Invitation::Role(RoleGrant { role: Role::Organiser, cohort: None }));
        let translator = Invitation::Translator { language: "sq".into() };
        let mut conn = pool.acquire().await.expect("a connection");
        create(&mut conn, "new", &translator, 7, now, now + chrono::Duration::days(7)).await.expect("stored");
        assert_eq!(find(&pool, "new").await.expect("read").map(|i| i.invitation), Some(translator));
    }
}
