//! Sessions from the participant's side: the upcoming list, RSVPs and check-in.

use super::{Turn, checkin_opens, session_args};
use crate::conversation::messages as m;
use crate::conversation::{Action, ActionButton, Effect, Label, Msg, Query, Reply};
use crate::domain::{CheckInWindow, Rsvp, SessionView};

impl Turn<'_> {
    pub(super) fn sessions(&mut self) {
        match self.participant().map(|p| p.profile.cohort.clone()) {
            None => self.say(Msg::new(m::NOT_REGISTERED)),
            Some(None) => self.say(Msg::new(m::SESSIONS_NO_COHORT)),
            Some(Some(cohort)) => self.out.query = Some(Query::Upcoming(cohort)),
        }
    }

    pub(super) fn show_sessions(&mut self, sessions: &[SessionView]) {
        if sessions.is_empty() {
            return self.say(Msg::new(m::SESSIONS_NONE));
        }
        let mut msgs = vec![Msg::new(m::SESSIONS_HEADER)];
        let mut buttons = Vec::new();
        for (i, view) in sessions.iter().enumerate() {
            let n = i64::try_from(i + 1).unwrap_or(i64::MAX);
            let answer = match view.rsvp {
                Some(Rsvp::Coming) => m::RSVP_COMING,
                Some(Rsvp::NotComing) => m::RSVP_NOT_COMING,
                None => m::RSVP_NONE,
            };
            msgs.push(session_args(Msg::new(m::SESSION_LINE).number("n", n), &view.session).message("answer", answer));
            for (key, answer) in [(m::BTN_COMING_N, Rsvp::Coming), (m::BTN_NOT_COMING_N, Rsvp::NotComing)] {
                let label = Label::Msg(Msg::new(key).number("n", n));
                buttons.push(ActionButton { label, action: Action::Rsvp { session: view.session.id, answer } });
            }
        }
        self.out.replies.push(Reply::Show { msgs, buttons });
    }

    /// An RSVP press, re-checked now: the session still exists, has not started, and is the presser's cohort's.
    pub(super) fn rsvp(&mut self, answer: Rsvp, view: Option<SessionView>) {
        let Some(participant) = self.participant() else {
            return self.notice(m::NOT_REGISTERED);
        };
        let Some(session) = view.map(|v| v.session).filter(|s| !s.cancelled) else {
            return self.notice(m::SESSION_GONE);
        };
        if participant.profile.cohort.as_ref() != Some(&session.cohort) {
            return self.notice(m::RSVP_NOT_MEMBER);
        }
        if session.has_started(self.ctx.now) {
            return self.notice(m::RSVP_CLOSED);
        }
        self.out.effects.push(Effect::SetRsvp { session: session.id, answer });
        self.notice(match answer {
            Rsvp::Coming => m::RSVP_SAVED_COMING,
            Rsvp::NotComing => m::RSVP_SAVED_NOT_COMING,
        });
    }

    pub(super) fn check_in(&mut self, view: Option<SessionView>) {
        let Some(view) = view else {
            return self.say(Msg::new(m::CHECKIN_UNKNOWN));
        };
        let Some(participant) = self.participant() else {
            return self.say(Msg::new(m::CHECKIN_REGISTER_FIRST));
        };
        let session = &view.session;
        let msg = if participant.profile.cohort.as_ref() != Some(&session.cohort) {
            Msg::new(m::CHECKIN_NOT_MEMBER)
        } else if session.cancelled {
            Msg::new(m::CHECKIN_CANCELLED)
        } else if view.checked_in {
            Msg::new(m::CHECKIN_ALREADY)
        } else {
            match session.checkin_window(self.ctx.now) {
                CheckInWindow::TooEarly => checkin_opens(Msg::new(m::CHECKIN_TOO_EARLY)),
                CheckInWindow::Over => Msg::new(m::CHECKIN_OVER),
                CheckInWindow::Open => {
                    self.out.effects.push(Effect::CheckIn { session: session.id });
                    Msg::new(m::CHECKIN_DONE)
                }
            }
        };
        self.say(session_args(msg, session));
    }
}
