//! Turning an outbox row into the message its recipient should see now, or deciding to skip it.

use super::Deps;
use crate::conversation::render::{OutMessage, render};
use crate::conversation::{Action, ActionButton, Label, Msg, Reply, messages as m};
use crate::conversation::{report_args, session_args};
use crate::domain::{Participant, ParticipantStatus, Rsvp, TelegramId};
use crate::storage::outbox::{ErasedBecause, OutboxRow, Payload};
use crate::storage::{StorageError, broadcasts, conversations, participants, recommendations, sessions};

pub enum Prepared {
    Send(OutMessage),
    /// Not sent on purpose, with the reason recorded on the row.
    Skip(&'static str),
}

pub async fn prepare(deps: &Deps, row: &OutboxRow) -> Result<Prepared, StorageError> {
    if let Payload::Erased { language, because } = &row.payload {
        let key = match because {
            ErasedBecause::GuardianDeclined => m::ERASED_GUARDIAN_DECLINED,
            ErasedBecause::GuardianNeverConfirmed => m::ERASED_GUARDIAN_NEVER_CONFIRMED,
        };
        let msg = Msg::new(key).number("days", crate::domain::GUARDIAN_WAIT_DAYS);
        return Ok(one(render(&deps.i18n, language, &[Reply::Say(msg)])));
    }
    let participant = participants::find(deps.pool(), row.chat_id).await?;
    if let Payload::BroadcastReport { broadcast } = row.payload {
        return broadcast_report(deps, row.chat_id, participant.as_ref(), broadcast).await;
    }
    let Some(participant) = participant else {
        return Ok(Prepared::Skip("not registered"));
    };
    match participant.status {
        ParticipantStatus::Active => {}
        ParticipantStatus::Blocked => return Ok(Prepared::Skip("blocked the bot")),
        ParticipantStatus::PendingGuardian => return Ok(Prepared::Skip("waiting for a guardian's agreement")),
    }
    if row.payload == Payload::GuardianConfirmed {
        let msg = Msg::new(m::GUARDIAN_CONFIRMED_NOTICE).text("name", participant.profile.name.clone());
        return Ok(one(render(&deps.i18n, &participant.profile.language, &[Reply::Say(msg)])));
    }
    if let Payload::Broadcast { broadcast } = row.payload {
        if participant.muted {
            return Ok(Prepared::Skip("muted"));
        }
        // In the reader's language if the author added a version in it, else as written.
        return Ok(match broadcasts::text_for(deps.pool(), broadcast, &participant.profile.language).await? {
            // Sent as written, without a parse mode: nothing in it is markup.
            Some(text) => Prepared::Send(OutMessage { text, buttons: Vec::new() }),
            None => Prepared::Skip("broadcast gone"),
        });
    }
    if let Payload::RecommendationModerated { recommendation, approved } = row.payload {
        return moderated(deps, &participant, recommendation, approved).await;
    }
    let Some(session_id) = row.payload.session() else { return Ok(Prepared::Skip("nothing to send")) };
    let Some(session) = sessions::find(deps.pool(), session_id).await? else {
        return Ok(Prepared::Skip("session gone"));
    };
    match session_notice(&row.payload, &session, participant.muted, deps.now()) {
        Ok(reply) => Ok(one(render(&deps.i18n, &participant.profile.language, &[reply]))),
        Err(skip) => Ok(Prepared::Skip(skip)),
    }
}

/// How far a broadcast has gone, for its author.
async fn broadcast_report(
    deps: &Deps,
    chat: TelegramId,
    participant: Option<&Participant>,
    broadcast: i64,
) -> Result<Prepared, StorageError> {
    // The author may be staff without a participant profile: their conversation knows their language.
    let lang = match participant {
        Some(p) => deps.languages.decide(None, Some(&p.profile.language), None),
        None => {
            let chosen = conversations::load(deps.db.read(), chat).await?.and_then(|c| c.lang);
            deps.languages.decide(chosen.as_deref(), None, None)
        }
    };
    let counts = broadcasts::progress(deps.pool(), broadcast).await?;
    let msg = report_args(Msg::new(m::BC_REPORT), &counts).number("id", broadcast);
    Ok(one(render(&deps.i18n, &lang, &[Reply::Say(msg)])))
}

/// A recommendation's author told it was approved or not, naming its theme.
async fn moderated(
    deps: &Deps,
    participant: &Participant,
    recommendation: i64,
    approved: bool,
) -> Result<Prepared, StorageError> {
    let Some(theme) = recommendations::theme_of(deps.pool(), recommendation).await? else {
        return Ok(Prepared::Skip("recommendation gone"));
    };
    let label = deps.themes.iter().find(|t| t.id == theme).map_or(m::VALUE_UNKNOWN.to_owned(), |t| t.label.clone());
    let key = if approved { m::REC_APPROVED_NOTICE } else { m::REC_REJECTED_NOTICE };
    let msg = Msg::new(key).message("theme", label);
    Ok(one(render(&deps.i18n, &participant.profile.language, &[Reply::Say(msg)])))
}

/// What a session's notice says now, or why it is no longer sent.
fn session_notice(
    payload: &Payload,
    session: &crate::domain::Session,
    muted: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Reply, &'static str> {
    Ok(match payload {
        Payload::Reminder { .. } => {
            if muted {
                return Err("muted");
            }
            if session.cancelled || session.has_started(now) {
                return Err("session started or cancelled");
            }
            Reply::Show { msgs: vec![session_args(Msg::new(m::REMINDER), session)], buttons: rsvp_buttons(session.id) }
        }
        // Changes reach muted people too: a cancellation or a new time is not an announcement.
        Payload::SessionChanged { .. } => Reply::Say(session_args(Msg::new(m::SESSION_CHANGED), session)),
        Payload::SessionCancelled { .. } => Reply::Say(session_args(Msg::new(m::SESSION_CANCELLED), session)),
        Payload::SurveyInvite { .. } => {
            if muted || session.cancelled {
                return Err("muted or cancelled");
            }
            let button = ActionButton {
                label: Label::key(m::BTN_START_SURVEY),
                action: Action::StartSurvey { session: session.id },
            };
            Reply::Show { msgs: vec![session_args(Msg::new(m::SURVEY_INVITE), session)], buttons: vec![button] }
        }
        Payload::Broadcast { .. }
        | Payload::BroadcastReport { .. }
        | Payload::RecommendationModerated { .. }
        | Payload::GuardianConfirmed
        | Payload::Erased { .. } => return Err("nothing to send"),
    })
}

fn one(rendered: crate::conversation::render::Rendered) -> Prepared {
    rendered.messages.into_iter().next().map_or(Prepared::Skip("nothing to send"), Prepared::Send)
}

/// "Coming" and "Can't come", for a reminder.
fn rsvp_buttons(session: i64) -> Vec<ActionButton> {
    [(m::BTN_COMING, Rsvp::Coming), (m::BTN_NOT_COMING, Rsvp::NotComing)]
        .into_iter()
        .map(|(key, answer)| ActionButton { label: Label::key(key), action: Action::Rsvp { session, answer } })
        .collect()
}
