//! Turning an outbox row into the message its recipient should see now, or deciding to skip it.

use crate::conversation::render::{OutMessage, render};
use crate::conversation::session_args;
use crate::conversation::{Action, ActionButton, Label, Msg, Reply, messages as m};
use crate::domain::{ParticipantStatus, Rsvp};
use crate::service::Core;
use crate::storage::outbox::{OutboxRow, Payload};
use crate::storage::{StorageError, participants, sessions};

pub enum Prepared {
    Send(OutMessage),
    /// Not sent on purpose, with the reason recorded on the row.
    Skip(&'static str),
}

pub async fn prepare(core: &Core, row: &OutboxRow) -> Result<Prepared, StorageError> {
    let Some(participant) = participants::find(core.pool(), row.chat_id).await? else {
        return Ok(Prepared::Skip("not registered"));
    };
    if participant.status == ParticipantStatus::Blocked {
        return Ok(Prepared::Skip("blocked the bot"));
    }
    let Some(session_id) = row.payload.session() else { return Ok(Prepared::Skip("nothing to send")) };
    let Some(session) = sessions::find(core.pool(), session_id).await? else {
        return Ok(Prepared::Skip("session gone"));
    };
    let now = core.now();
    let reply = match row.payload {
        Payload::Reminder { .. } => {
            if participant.muted {
                return Ok(Prepared::Skip("muted"));
            }
            if session.cancelled || session.has_started(now) {
                return Ok(Prepared::Skip("session started or cancelled"));
            }
            let buttons = [(m::BTN_COMING, Rsvp::Coming), (m::BTN_NOT_COMING, Rsvp::NotComing)]
                .into_iter()
                .map(|(key, answer)| ActionButton {
                    label: Label::key(key),
                    action: Action::Rsvp { session: session.id, answer },
                })
                .collect();
            Reply::Show { msgs: vec![session_args(Msg::new(m::REMINDER), &session)], buttons }
        }
        // Those who said they are coming hear of changes even when muted: they asked to come.
        Payload::SessionChanged { .. } => Reply::Say(session_args(Msg::new(m::SESSION_CHANGED), &session)),
        Payload::SessionCancelled { .. } => Reply::Say(session_args(Msg::new(m::SESSION_CANCELLED), &session)),
    };
    let rendered = render(core.i18n(), &participant.profile.language, &[reply]);
    Ok(rendered.messages.into_iter().next().map_or(Prepared::Skip("nothing to send"), Prepared::Send))
}
