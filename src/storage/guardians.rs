//! Guardian confirmation: someone younger than the age of digital consent is registered as pending, with one
//! open request (a one-time link's token, and since when they wait), until their parent or guardian agrees from
//! their own Telegram account or a facilitator of their cohort confirms the signed paper form. Unconfirmed after
//! [`GUARDIAN_WAIT_DAYS`], they are erased and told.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::StorageError;
use super::outbox::{self, ErasedBecause, Payload};
use crate::domain::{CohortCode, GUARDIAN_WAIT_DAYS, GuardianConsent, GuardianRequest, TelegramId};

/// Opens (or renews) the request of a pending person: a new token replaces the old one, and the time they have
/// waited since the first request stays.
pub async fn request(
    conn: &mut SqliteConnection,
    child: TelegramId,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO guardian_requests (telegram_id, token, requested_at) VALUES (?, ?, ?) \
         ON CONFLICT (telegram_id) DO UPDATE SET token = excluded.token",
    )
    .bind(child)
    .bind(token)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives a waiting person's request a new token (the old link stops working); nothing for anyone not waiting.
pub async fn renew(conn: &mut SqliteConnection, child: TelegramId, token: &str) -> Result<(), StorageError> {
    sqlx::query("UPDATE guardian_requests SET token = ? WHERE telegram_id = ?")
        .bind(token)
        .bind(child)
        .execute(conn)
        .await?;
    Ok(())
}

/// Closes the request of someone who no longer waits.
pub async fn withdraw(conn: &mut SqliteConnection, child: TelegramId) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM guardian_requests WHERE telegram_id = ?").bind(child).execute(conn).await?;
    Ok(())
}

/// Who a guardian's link is about, while they still wait; and their language.
pub async fn find(conn: &mut SqliteConnection, token: &str) -> Result<Option<(GuardianRequest, String)>, StorageError> {
    let row: Option<(TelegramId, String, i64, String)> = sqlx::query_as(
        "SELECT p.telegram_id, p.name, p.birth_year, p.language FROM guardian_requests g \
         JOIN participants p ON p.telegram_id = g.telegram_id AND p.status = 'pending_guardian' WHERE g.token = ?",
    )
    .bind(token)
    .fetch_optional(conn)
    .await?;
    row.map(|(child, name, year, language)| {
        let birth_year = u16::try_from(year).map_err(|e| StorageError::Corrupt(format!("participant {child}: {e}")))?;
        Ok((GuardianRequest { child, name, birth_year }, language))
    })
    .transpose()
}

/// Records the agreement and makes the person active, if they still wait; `false` if not.
pub async fn confirm(
    conn: &mut SqliteConnection,
    child: TelegramId,
    consent: &GuardianConsent,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let done = sqlx::query(
        "UPDATE participants SET status = 'active', guardian_consent_at = ?, guardian_method = ?, \
             guardian_telegram_id = ?, guardian_confirmed_by = ?, updated_at = ? \
         WHERE telegram_id = ? AND status = 'pending_guardian'",
    )
    .bind(consent.at)
    .bind(consent.method.code())
    .bind(consent.guardian)
    .bind(consent.confirmed_by)
    .bind(now)
    .bind(child)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if done {
        withdraw(&mut *conn, child).await?;
        outbox::enqueue(conn, child, &Payload::GuardianConfirmed, now, now).await?;
    }
    Ok(done)
}

/// Someone waiting, as a facilitator sees them: id, name, cohort, and since when.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Waiting {
    pub telegram_id: TelegramId,
    pub name: String,
    pub cohort_code: Option<String>,
    pub requested_at: DateTime<Utc>,
}

/// Everyone waiting for a guardian, longest first.
pub async fn waiting(conn: &mut SqliteConnection) -> Result<Vec<Waiting>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT p.telegram_id, p.name, p.cohort_code, g.requested_at FROM participants p \
         JOIN guardian_requests g ON g.telegram_id = p.telegram_id \
         WHERE p.status = 'pending_guardian' ORDER BY g.requested_at, p.telegram_id",
    )
    .fetch_all(conn)
    .await?)
}

/// The cohort of a person waiting for a guardian (outer `None`: not waiting).
pub async fn cohort_of_waiting(
    conn: &mut SqliteConnection,
    child: TelegramId,
) -> Result<Option<Option<CohortCode>>, StorageError> {
    let row: Option<Option<String>> = sqlx::query_scalar(
        "SELECT cohort_code FROM participants WHERE telegram_id = ? AND status = 'pending_guardian'",
    )
    .bind(child)
    .fetch_optional(conn)
    .await?;
    row.map(|code| code.map(|c| CohortCode::parse(&c)).transpose())
        .transpose()
        .map_err(|e| StorageError::Corrupt(format!("participant {child}: cohort: {e}")))
}

/// Erases a pending person through the path of every erasure and tells them why (their language is kept on the
/// notice, as nothing else about them remains; the notice is deleted once sent).
pub async fn erase_and_tell(
    conn: &mut SqliteConnection,
    child: TelegramId,
    language: String,
    because: ErasedBecause,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    super::participants::erase(&mut *conn, child).await?;
    outbox::enqueue(conn, child, &Payload::Erased { language, because }, now, now).await
}

/// Erases everyone whose guardian has not confirmed within [`GUARDIAN_WAIT_DAYS`] of the first request, each in its own
/// transaction with its audit entry (without the id); returns how many.
pub async fn erase_unconfirmed(writer: &SqlitePool, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let before = now - chrono::Duration::days(i64::from(GUARDIAN_WAIT_DAYS));
    let expired: Vec<(TelegramId, String)> = sqlx::query_as(
        "SELECT p.telegram_id, p.language FROM participants p JOIN guardian_requests g USING (telegram_id) \
         WHERE p.status = 'pending_guardian' AND g.requested_at < ? ORDER BY g.requested_at",
    )
    .bind(before)
    .fetch_all(writer)
    .await?;
    let mut erased = 0;
    for (child, language) in expired {
        let mut tx = super::begin_write(writer).await?;
        // Confirmed in the meantime: kept.
        if cohort_of_waiting(&mut tx, child).await?.is_none() {
            continue;
        }
        erase_and_tell(&mut tx, child, language, ErasedBecause::GuardianNeverConfirmed, now).await?;
        let detail = format!("no guardian's agreement within {GUARDIAN_WAIT_DAYS} days");
        super::audit::record(&mut *tx, "retention", "participant_erased", &detail, now).await?;
        tx.commit().await?;
        erased += 1;
    }
    Ok(erased)
}
