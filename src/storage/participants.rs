//! Participants: registration, profile edits, language, cohort membership and erasure.

use chrono::{DateTime, Utc};
use sqlx::{Executor, Sqlite, SqliteConnection, SqlitePool};

use super::StorageError;
use crate::domain::{
    BirthYear, CohortCode, GuardianConsent, Participant, ParticipantStatus, Profile, RoleGrant, TelegramId,
};

#[derive(sqlx::FromRow)]
struct Row {
    telegram_id: i64,
    language: String,
    name: String,
    birth_year: i64,
    gender: String,
    country: String,
    municipality: String,
    organisation: Option<String>,
    cohort_code: Option<String>,
    consent_at: DateTime<Utc>,
    privacy_version: String,
    guardian_consent_at: Option<DateTime<Utc>>,
    guardian_method: Option<String>,
    guardian_telegram_id: Option<i64>,
    guardian_confirmed_by: Option<i64>,
    status: String,
    muted: bool,
    registered_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl TryFrom<Row> for Participant {
    type Error = StorageError;

    fn try_from(r: Row) -> Result<Self, Self::Error> {
        let corrupt =
            |what: &str, e: String| StorageError::Corrupt(format!("participant {}: {what}: {e}", r.telegram_id));
        let birth_year = u16::try_from(r.birth_year).map_err(|e| corrupt("birth_year", e.to_string()))?;
        let cohort = r
            .cohort_code
            .as_deref()
            .map(CohortCode::parse)
            .transpose()
            .map_err(|e| corrupt("cohort", e.to_string()))?;
        let guardian = match (r.guardian_consent_at, r.guardian_method.as_deref()) {
            (Some(at), Some(method)) => Some(GuardianConsent {
                at,
                method: method.parse().map_err(|e| corrupt("guardian_method", e))?,
                guardian: r.guardian_telegram_id,
                confirmed_by: r.guardian_confirmed_by,
            }),
            _ => None,
        };
        Ok(Participant {
            profile: Profile {
                telegram_id: r.telegram_id,
                language: r.language.clone(),
                name: r.name.clone(),
                birth_year: BirthYear::from_stored(birth_year),
                gender: r.gender.parse().map_err(|e| corrupt("gender", e))?,
                country: r.country.parse().map_err(|e| corrupt("country", e))?,
                municipality: r.municipality.clone(),
                organisation: r.organisation.clone(),
                cohort,
                consent_at: r.consent_at,
                privacy_version: r.privacy_version.clone(),
                guardian,
            },
            status: r.status.parse().map_err(|e| corrupt("status", e))?,
            muted: r.muted,
            registered_at: r.registered_at,
            updated_at: r.updated_at,
        })
    }
}

const COLUMNS: &str = "telegram_id, language, name, birth_year, gender, country, municipality, organisation, \
     cohort_code, consent_at, privacy_version, guardian_consent_at, guardian_method, guardian_telegram_id, \
     guardian_confirmed_by, status, muted, registered_at, updated_at";

pub async fn find<'e>(
    db: impl Executor<'e, Database = Sqlite>,
    id: TelegramId,
) -> Result<Option<Participant>, StorageError> {
    let row: Option<Row> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM participants WHERE telegram_id = ?")))
            .bind(id)
            .fetch_optional(db)
            .await?;
    row.map(Participant::try_from).transpose()
}

/// The participant `id` (if registered) and every role they hold: what each turn of a conversation reads about
/// the person.
pub async fn find_with_roles(
    db: &SqlitePool,
    id: TelegramId,
) -> Result<(Option<Participant>, Vec<RoleGrant>), StorageError> {
    // On one connection: each connection given back to the pool costs a round trip to its thread (a ping).
    let mut conn = db.acquire().await?;
    Ok((find(&mut *conn, id).await?, super::roles::grants_of(&mut *conn, id).await?))
}

/// Every participant, oldest registration first (for exports).
pub async fn all(pool: &SqlitePool) -> Result<Vec<Participant>, StorageError> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM participants ORDER BY registered_at, telegram_id"
    )))
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Participant::try_from).collect()
}

/// Inserts a new participant or replaces the profile of an existing one (keeping its registration time).
/// `guardian_link`: the person waits for a guardian's agreement, asked through the link with this token; they
/// are pending until then (since their first request: a new link does not restart the 14 days). Without it, a
/// pending person no longer needs the agreement (an edited birth year) and is active.
pub async fn save(
    conn: &mut SqliteConnection,
    profile: &Profile,
    guardian_link: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let status = if guardian_link.is_some() { ParticipantStatus::PendingGuardian } else { ParticipantStatus::Active };
    let guardian = profile.guardian.as_ref();
    sqlx::query(
        "INSERT INTO participants (telegram_id, language, name, birth_year, gender, country, municipality, \
             organisation, cohort_code, consent_at, privacy_version, guardian_consent_at, guardian_method, \
             guardian_telegram_id, guardian_confirmed_by, status, registered_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (telegram_id) DO UPDATE SET language = excluded.language, name = excluded.name, \
             birth_year = excluded.birth_year, gender = excluded.gender, country = excluded.country, \
             municipality = excluded.municipality, organisation = excluded.organisation, \
             cohort_code = excluded.cohort_code, consent_at = excluded.consent_at, \
             privacy_version = excluded.privacy_version, guardian_consent_at = excluded.guardian_consent_at, \
             guardian_method = excluded.guardian_method, guardian_telegram_id = excluded.guardian_telegram_id, \
             guardian_confirmed_by = excluded.guardian_confirmed_by, \
             status = CASE WHEN excluded.status = 'pending_guardian' THEN excluded.status \
                           WHEN status = 'pending_guardian' THEN 'active' ELSE status END, \
             updated_at = excluded.updated_at",
    )
    .bind(profile.telegram_id)
    .bind(&profile.language)
    .bind(&profile.name)
    .bind(i64::from(profile.birth_year.year()))
    .bind(profile.gender.code())
    .bind(profile.country.code())
    .bind(&profile.municipality)
    .bind(&profile.organisation)
    .bind(profile.cohort.as_ref().map(CohortCode::as_str))
    .bind(profile.consent_at)
    .bind(&profile.privacy_version)
    .bind(guardian.map(|g| g.at))
    .bind(guardian.map(|g| g.method.code()))
    .bind(guardian.and_then(|g| g.guardian))
    .bind(guardian.and_then(|g| g.confirmed_by))
    .bind(status.code())
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    match guardian_link {
        Some(token) => super::guardians::request(conn, profile.telegram_id, token, now).await,
        None => super::guardians::withdraw(conn, profile.telegram_id).await,
    }
}

pub async fn set_language(
    conn: &mut SqliteConnection,
    id: TelegramId,
    language: &str,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query("UPDATE participants SET language = ?, updated_at = ? WHERE telegram_id = ?")
        .bind(language)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn join_cohort(
    conn: &mut SqliteConnection,
    id: TelegramId,
    cohort: &CohortCode,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query("UPDATE participants SET cohort_code = ?, updated_at = ? WHERE telegram_id = ?")
        .bind(cohort.as_str())
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Erases everything stored about a participant: their row (RSVPs, check-ins and endorsements go with it),
/// every message to them, their menu mark and their conversation state. The one path of every erasure: their
/// own /delete, an organiser asked to, and the retention.
pub async fn erase(conn: &mut SqliteConnection, id: TelegramId) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM participants WHERE telegram_id = ?").bind(id).execute(&mut *conn).await?;
    // Every message to them, sent ones too: a row kept would keep their id beside what they were sent (a
    // "recommendation moderated" notice names the recommendation, which ties an anonymous text to its author).
    super::outbox::drop_all_for(conn, id).await?;
    sqlx::query("DELETE FROM stale_menus WHERE telegram_id = ?").bind(id).execute(&mut *conn).await?;
    super::conversations::remove(&mut *conn, id).await
}

/// Erases a participant on their request to an organiser (an e-mail, a word at a workshop): the path of their
/// own `/delete`, conversation state included, audited with who acted and why (not whom: the point of erasing is
/// that nothing points back to them), in the caller's transaction. `false`: nobody by that id.
pub async fn erase_requested(
    conn: &mut SqliteConnection,
    id: TelegramId,
    actor: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    if find(&mut *conn, id).await?.is_none() {
        return Ok(false);
    }
    erase(&mut *conn, id).await?;
    super::audit::record(&mut *conn, actor, "participant_erased", &format!("on request: {reason}"), now).await?;
    Ok(true)
}

/// [`erase_requested`] in a transaction of its own, then nothing left to read back in the files.
pub async fn erase_on_request(
    writer: &SqlitePool,
    id: TelegramId,
    actor: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = super::begin_write(writer).await?;
    if !erase_requested(&mut tx, id, actor, reason, now).await? {
        return Ok(false);
    }
    tx.commit().await?;
    super::forget_erased(writer).await?;
    Ok(true)
}

/// Participants with no activity since `before`: neither their profile nor their conversation changed (every
/// message or press they send writes the conversation).
pub async fn inactive_since(pool: &SqlitePool, before: DateTime<Utc>) -> Result<Vec<TelegramId>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT p.telegram_id FROM participants p LEFT JOIN conversations c ON c.chat_id = p.telegram_id \
         WHERE max(p.updated_at, coalesce(c.updated_at, p.updated_at)) < ? ORDER BY p.telegram_id",
    )
    .bind(before)
    .fetch_all(pool)
    .await?)
}

/// Erases a participant with no activity for `days` (RETENTION), as their own `/delete` does, audited without
/// the id. `false` if they were active again or gone by the time of acting.
pub async fn erase_inactive(
    writer: &SqlitePool,
    id: TelegramId,
    before: DateTime<Utc>,
    days: u32,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = super::begin_write(writer).await?;
    let still: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM participants p LEFT JOIN conversations c ON c.chat_id = p.telegram_id \
         WHERE p.telegram_id = ? AND max(p.updated_at, coalesce(c.updated_at, p.updated_at)) < ?",
    )
    .bind(id)
    .bind(before)
    .fetch_optional(&mut *tx)
    .await?;
    if still.is_none() {
        return Ok(false);
    }
    erase(&mut tx, id).await?;
    let detail = format!("no activity for {days} days (RETENTION)");
    super::audit::record(&mut *tx, "retention", "participant_erased", &detail, now).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn set_muted(
    conn: &mut SqliteConnection,
    id: TelegramId,
    muted: bool,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query("UPDATE participants SET muted = ?, updated_at = ? WHERE telegram_id = ?")
        .bind(muted)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A participant who writes again after blocking the bot can be reached again.
pub async fn reactivate(conn: &mut SqliteConnection, id: TelegramId, now: DateTime<Utc>) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE participants SET status = 'active', updated_at = ? WHERE telegram_id = ? AND status = 'blocked'",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks a participant who blocked the bot: nothing more is sent to them until they write again.
pub async fn mark_blocked(pool: &SqlitePool, id: TelegramId, now: DateTime<Utc>) -> Result<(), StorageError> {
    // Someone pending stays pending: writing again must not make them active without their guardian.
    sqlx::query(
        "UPDATE participants SET status = 'blocked', updated_at = ? WHERE telegram_id = ? AND status = 'active'",
    )
    .bind(now)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// How many take part, in how many cohorts, and how many per country code (for the Summit report).
pub async fn programme_counts(pool: &SqlitePool) -> Result<(i64, i64, Vec<(String, i64)>), StorageError> {
    let (participants, cohorts): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT cohort_code) FROM participants").fetch_one(pool).await?;
    let countries = sqlx::query_as("SELECT country, COUNT(*) FROM participants GROUP BY country ORDER BY country")
        .fetch_all(pool)
        .await?;
    Ok((participants, cohorts, countries))
}

pub async fn count(pool: &SqlitePool) -> Result<i64, StorageError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM participants").fetch_one(pool).await?)
}

/// Everything stored about a participant besides the profile, for /mydata.
pub async fn activity(conn: &mut SqliteConnection, id: TelegramId) -> Result<crate::domain::Activity, StorageError> {
    #[derive(sqlx::FromRow)]
    struct RsvpRow {
        title: String,
        starts_at: DateTime<Utc>,
        timezone: String,
        answer: Option<String>,
        checked_in_at: Option<DateTime<Utc>>,
    }
    let rsvps: Vec<RsvpRow> = sqlx::query_as(
        "SELECT s.title, s.starts_at, s.timezone, r.answer, r.checked_in_at FROM rsvps r \
         JOIN sessions s ON s.id = r.session_id WHERE r.telegram_id = ? ORDER BY s.starts_at",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let rsvps = rsvps
        .into_iter()
        .map(|r| {
            let zone: chrono_tz::Tz = r.timezone.parse().unwrap_or(chrono_tz::UTC);
            (r.title, crate::domain::LocalTime::new(r.starts_at, zone), r.answer, r.checked_in_at.is_some())
        })
        .collect();
    let recommendations =
        sqlx::query_as("SELECT theme, status, text FROM recommendations WHERE author = ? ORDER BY id")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let endorsements = sqlx::query_scalar("SELECT COUNT(*) FROM endorsements WHERE telegram_id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let survey_responses = sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE telegram_id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(crate::domain::Activity { rsvps, recommendations, endorsements, survey_responses })
}
