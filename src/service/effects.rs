//! The effects of a turn, applied in its transaction: each privileged one checks the actor's right on the
//! object acted on, there and then.

use crate::conversation::{Effect, Msg};
use crate::domain::{Audience, GuardianConsent, GuardianMethod, Invitation, Reach, TelegramId, reach};
use crate::storage::outbox::{ErasedBecause, Payload};
use crate::storage::{
    StorageError, audit, broadcasts, cohorts, guardians, invites, outbox, participants, recommendations, roles, roster,
    sessions, surveys, translators,
};

/// How an audience is named in the audit log (no personal data).
fn audience_name(audience: &Audience) -> String {
    match audience {
        Audience::Everyone => "everyone reachable".to_owned(),
        Audience::Cohort { code } => format!("cohort {code}"),
        Audience::Country { code } => format!("country {code}"),
        Audience::Language { code } => format!("language {code}"),
        Audience::Session { id } => format!("attendees of session {id}"),
    }
}

/// What applying an effect came to.
pub(super) enum Applied {
    Done,
    /// Not applied, for this reason (said to the person): a right lost since the dialogue began, or someone
    /// else was first.
    Refused(Msg),
}

impl From<()> for Applied {
    fn from((): ()) -> Self {
        Applied::Done
    }
}

/// Applies one effect of `user`'s turn inside the turn's transaction. Privileged effects check the actor's
/// right on the object acted on here, in that transaction, not as it was when the dialogue began.
pub(super) async fn apply(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    effect: &Effect,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    let actor = audit::telegram(user);
    let done = match effect {
        Effect::SaveProfile { profile, guardian_link } => {
            participants::save(tx, profile, guardian_link.as_deref(), now).await
        }
        Effect::RenewGuardianLink { token } => guardians::renew(tx, user, token).await,
        Effect::GuardianAnswer { token, agree } => return guardian_answer(tx, user, token, *agree, now).await,
        Effect::SetLanguage(lang) => participants::set_language(tx, user, lang, now).await,
        Effect::JoinCohort(code) => participants::join_cohort(tx, user, code, now).await,
        Effect::Erase => {
            participants::erase(tx, user).await?;
            // Who erased is not kept: the point of erasing is that nothing points back to them.
            audit::record(&mut *tx, "participant", "participant_erased", "a participant erased their data", now).await
        }
        Effect::SetRsvp { session, answer } => sessions::set_rsvp(tx, *session, user, *answer, now).await,
        Effect::CheckIn { session } => sessions::check_in(tx, *session, user, now).await,
        Effect::SetMuted(muted) => participants::set_muted(tx, user, *muted, now).await,
        Effect::SubmitRecommendation { theme, level, text } => {
            recommendations::insert(tx, user, theme, level, text, now).await.map(|_| ())
        }
        Effect::Endorse { recommendation } => recommendations::endorse(tx, *recommendation, user, now).await,
        Effect::SubmitSurvey { session, survey, version, anonymous, answers } => {
            let response = surveys::Response { session: *session, survey, version: *version, anonymous: *anonymous };
            // A second submission (two devices, a double press) finds the session answered and stores nothing.
            surveys::submit(tx, user, &response, answers, now).await.map(|_| ())
        }
        Effect::AcceptInvite { token, invitation } => return accept_invite(tx, user, token, invitation, now).await,
        Effect::Translate { recommendation, language, text } => {
            return translate(tx, user, (*recommendation, language), text, now).await;
        }
        privileged => return apply_privileged(tx, user, &actor, privileged, now).await,
    };
    done.map(Applied::from)
}

/// Whether the roles held now allow `effect`: a session in a cohort they reach, a broadcast to anyone they reach,
/// the rest for organisers.
fn allowed(effect: &Effect, grants: &[crate::domain::RoleGrant], reach: &crate::domain::Reach) -> bool {
    match effect {
        Effect::CreateSession(session) => reach.includes(&session.cohort),
        Effect::RosterExported { cohort } => reach.includes(cohort),
        Effect::Broadcast { .. } | Effect::ConfirmPaperForm { .. } | Effect::MarkPresent { .. } => {
            *reach != crate::domain::Reach::None
        }
        _ => grants.iter().any(|g| g.role == crate::domain::Role::Organiser),
    }
}

/// The effects only facilitators and organisers cause, each allowed by the actor's roles as they are now.
async fn apply_privileged(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    actor: &str,
    effect: &Effect,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    let grants = roles::grants_of(&mut *tx, user).await?;
    let reach = reach(&grants);
    if !allowed(effect, &grants, &reach) {
        tracing::info!(user, "a privileged act was refused: the role it needs is no longer held");
        return Ok(Applied::Refused(Msg::new(crate::conversation::messages::RIGHT_LOST)));
    }
    match effect {
        Effect::CreateSession(session) => {
            // A facilitator's grant may still name a cohort whose programme is over.
            if cohorts::is_archived(&mut *tx, &session.cohort).await? == Some(true) {
                return Ok(Applied::Refused(Msg::new(crate::conversation::messages::COHORT_ARCHIVED)));
            }
            let created = sessions::insert(tx, session, now).await?;
            let detail = format!("session {} for cohort {}", created.id, created.cohort);
            audit::record(&mut *tx, actor, "session_created", &detail, now).await
        }
        Effect::Broadcast { audience, text, versions } => {
            let (id, count) = broadcasts::create(tx, user, audience, &reach, text, now).await?;
            broadcasts::add_versions(tx, id, versions).await?;
            let detail = format!("broadcast {id} to {count} recipients ({})", audience_name(audience));
            audit::record(&mut *tx, actor, "broadcast", &detail, now).await
        }
        Effect::CreateInvite { token, invitation, expires_at } => {
            invites::create(tx, token, invitation, user, now, *expires_at).await?;
            audit::record(&mut *tx, actor, "invite_created", &format!("invitation for {invitation}"), now).await
        }
        Effect::Moderate { recommendation, approve } => {
            return moderate(tx, user, *recommendation, *approve, now).await;
        }
        Effect::ConfirmPaperForm { child } => return paper_form(tx, user, &reach, *child, now).await,
        Effect::MarkPresent { session, person } => {
            return mark_present(tx, user, &reach, (*session, *person), now).await;
        }
        Effect::RosterExported { cohort } => {
            audit::record(&mut *tx, actor, "export", &format!("attendance of cohort {cohort}, sent in a chat"), now)
                .await
        }

        Effect::EraseParticipant { id, reason } => {
            if !participants::erase_requested(tx, *id, actor, reason, now).await? {
                return Ok(Applied::Refused(Msg::new(crate::conversation::messages::ERASE_GONE)));
            }
            Ok(())
        }
        Effect::ReportSent { language } => {
            audit::record(&mut *tx, actor, "report", &format!("Summit report ({language}), sent in a chat"), now).await
        }
        Effect::SummarySent { approved } => {
            let detail = format!("{approved} approved, sent in a chat");
            audit::record(&mut *tx, actor, "summary", &detail, now).await
        }
        Effect::Exported(kind) => {
            audit::record(&mut *tx, actor, "export", &format!("{kind}, sent in a chat"), now).await
        }
        _ => Ok(()),
    }
    .map(Applied::from)
}

async fn moderate(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    recommendation: i64,
    approve: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    let Some(author) = recommendations::moderate(tx, recommendation, approve, user, now).await? else {
        return Ok(Applied::Refused(Msg::new(crate::conversation::messages::MOD_TAKEN)));
    };
    let action = if approve { "recommendation_approved" } else { "recommendation_rejected" };
    audit::record(&mut *tx, &audit::telegram(user), action, &format!("recommendation {recommendation}"), now).await?;
    if let Some(author) = author {
        let payload = Payload::RecommendationModerated { recommendation, approved: approve };
        outbox::enqueue(tx, author, &payload, now, now).await?;
    }
    Ok(Applied::Done)
}

/// A guardian's answer from their own account: agreeing makes the young person active, declining erases them;
/// either way they are told. Refused for the young person's own account and for a link no longer valid.
async fn guardian_answer(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    token: &str,
    agree: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    use crate::conversation::messages as m;
    let Some((request, language)) = guardians::find(tx, token).await? else {
        return Ok(Applied::Refused(Msg::new(m::GUARDIAN_LINK_UNKNOWN)));
    };
    if request.child == user {
        return Ok(Applied::Refused(Msg::new(m::GUARDIAN_OWN_ACCOUNT)));
    }
    if agree {
        let consent =
            GuardianConsent { at: now, method: GuardianMethod::Telegram, guardian: Some(user), confirmed_by: None };
        guardians::confirm(tx, request.child, &consent, now).await?;
        audit::record(&mut *tx, &audit::telegram(user), "guardian_confirmed", "from the guardian's account", now)
            .await?;
    } else {
        guardians::erase_and_tell(tx, request.child, language, ErasedBecause::GuardianDeclined, now).await?;
        // Neither the guardian nor the young person is named: nothing may point back to an erased person.
        audit::record(&mut *tx, "guardian", "participant_erased", "the guardian declined", now).await?;
    }
    Ok(Applied::Done)
}

/// A facilitator confirms they hold the guardian's signed paper form: allowed for the young person's cohort (or
/// any, for those who reach every cohort), while the young person still waits.
async fn paper_form(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    reach: &Reach,
    child: TelegramId,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    use crate::conversation::messages as m;
    let Some(cohort) = guardians::cohort_of_waiting(tx, child).await? else {
        return Ok(Applied::Refused(Msg::new(m::PAPER_NOT_WAITING)));
    };
    let allowed = match &cohort {
        Some(code) => reach.includes(code),
        None => *reach == Reach::Everything,
    };
    if !allowed {
        return Ok(Applied::Refused(Msg::new(m::NOT_ALLOWED)));
    }
    let consent = GuardianConsent { at: now, method: GuardianMethod::Paper, guardian: None, confirmed_by: Some(user) };
    guardians::confirm(tx, child, &consent, now).await?;
    audit::record(&mut *tx, &audit::telegram(user), "guardian_confirmed", "signed paper form held", now).await?;
    Ok(Applied::Done)
}

/// Marks `person` present at `session` for a facilitator who reaches the session's cohort now, while someone
/// may still be marked present there; audited (who marked, at which session — not whom).
async fn mark_present(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    reach: &Reach,
    (session, person): (i64, TelegramId),
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    use crate::conversation::messages as m;
    let Some(session) = sessions::find(&mut *tx, session).await?.filter(|s| super::roster::markable(s, now)) else {
        return Ok(Applied::Refused(Msg::new(m::SESSION_GONE)));
    };
    if !reach.includes(&session.cohort) {
        return Ok(Applied::Refused(Msg::new(m::NOT_ALLOWED)));
    }
    match roster::mark_present(tx, &session, person, user, now).await? {
        roster::Marked::NotMember => return Ok(Applied::Refused(Msg::new(m::MARK_NOT_MEMBER))),
        roster::Marked::AlreadyPresent => return Ok(Applied::Refused(Msg::new(m::MARK_ALREADY))),
        roster::Marked::Done => {}
    }
    let detail = format!("a participant marked present at session {}", session.id);
    audit::record(&mut *tx, &audit::telegram(user), "checked_in_by_facilitator", &detail, now).await?;
    Ok(Applied::Done)
}

/// Stores a translation by an organiser, or by a translator into that language (their grants as they are now),
/// of a recommendation still published; audited.
async fn translate(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    (recommendation, language): (i64, &str),
    text: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    use crate::conversation::messages as m;
    let organiser = roles::grants_of(&mut *tx, user).await?.iter().any(|g| g.role == crate::domain::Role::Organiser);
    if !organiser && !translators::languages_of(tx, user).await?.iter().any(|l| l == language) {
        return Ok(Applied::Refused(Msg::new(m::RIGHT_LOST)));
    }
    if !recommendations::translate(tx, recommendation, language, text, user, now).await? {
        return Ok(Applied::Refused(Msg::new(m::TRANSLATE_GONE)));
    }
    let detail = format!("recommendation {recommendation} into {language}");
    audit::record(&mut *tx, &audit::telegram(user), "recommendation_translated", &detail, now).await?;
    Ok(Applied::Done)
}

/// Grants the invitation's role, if the invitation is still unused and its maker may still give that role.
async fn accept_invite(
    tx: &mut sqlx::SqliteConnection,
    user: TelegramId,
    token: &str,
    invitation: &Invitation,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Applied, StorageError> {
    use crate::conversation::messages as m;
    match invites::redeem(tx, token, user, now).await? {
        invites::Redeemed::Done => {}
        invites::Redeemed::Used => return Ok(Applied::Refused(Msg::new(m::INVITE_USED))),
        invites::Redeemed::Expired => return Ok(Applied::Refused(Msg::new(m::INVITE_EXPIRED))),
        invites::Redeemed::Withdrawn => return Ok(Applied::Refused(Msg::new(m::INVITE_WITHDRAWN))),
    }
    let by = format!("invite {token}");
    match invitation {
        Invitation::Role(grant) => roles::grant(&mut *tx, user, grant.role, grant.cohort.as_ref(), &by, now).await?,
        Invitation::Translator { language } => translators::grant(&mut *tx, user, language, &by, now).await?,
    };
    let detail = format!("{invitation} granted by invitation");
    audit::record(&mut *tx, &audit::telegram(user), "role_granted", &detail, now).await?;
    Ok(Applied::Done)
}
