//! The commands: each one's first step, and the few answered at once (help, /whoami, /mute, /cancel).

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{Command, Draft, Effect, Form, Msg, Phase, Query};
use crate::domain::{Reach, reach};

impl Turn<'_> {
    pub(super) fn cancel(&mut self, phase: &Phase) {
        let key = if phase.is_busy() { m::CANCELLED } else { m::NOTHING_TO_CANCEL };
        self.say(Msg::new(key));
        self.idle();
    }

    pub(super) fn command(&mut self, command: Command) {
        match command {
            Command::Start(Some(payload)) => self.start_with_code(&payload),
            Command::Start(None) => match self.participant() {
                Some(p) if self.is_waiting_for_guardian() => self.still_waiting(p.profile.name.clone()),
                Some(p) => {
                    let name = p.profile.name.clone();
                    self.say(Msg::new(m::WELCOME_BACK).text("name", name));
                }
                None => self.pick_language(Some(Form::register(Draft::default(), None))),
            },
            Command::Help => self.help(),
            Command::WhoAmI => self.say(Msg::new(m::WHOAMI).text("id", self.ctx.user.to_string())),
            Command::Language => self.pick_language(None),
            Command::Profile => match self.participant().cloned() {
                Some(p) => self.show_profile(&p.profile),
                None => self.say(Msg::new(m::NOT_REGISTERED)),
            },
            Command::MyData => match self.participant() {
                Some(_) => self.out.query = Some(Query::MyActivity),
                None => self.say(Msg::new(m::MYDATA_NONE)),
            },
            Command::Delete => self.ask_delete(),
            Command::Cancel => self.cancel(&Phase::Idle),
            Command::Sessions => self.sessions(),
            Command::Mute => self.set_muted(true),
            Command::Unmute => self.set_muted(false),
            Command::NewSession => self.new_session(),
            Command::Broadcast => self.broadcast(),
            Command::Broadcasts => {
                if reach(self.ctx.grants) == Reach::None {
                    return self.say(Msg::new(m::NOT_ALLOWED));
                }
                self.out.query = Some(Query::MyBroadcasts);
            }
            Command::Grant => self.grant(),
            Command::Feedback => self.feedback(),
            Command::Results => self.results(),
            Command::CheckIn => self.checkin_codes(),
            Command::Stats => self.stats(),
            Command::Recommend => self.recommend(),
            Command::Recommendations => self.browse(),
            Command::Moderate => self.moderate(),
            Command::Summary => self.summary(),
            Command::Export => self.export(),
            Command::Guardians => self.paper_forms(),
            Command::People => self.people(),
            Command::Upcoming => self.upcoming(),
            Command::Poster => self.poster(),
            Command::Erase => self.erase(),
            Command::Translate(argument) => self.translate(argument),
            Command::Report(language) => self.summit_report(language),
        }
    }

    /// The commands this person may use: a participant's, plus facilitators' and organisers' if they are.
    pub(super) fn help(&mut self) {
        self.say(Msg::new(m::HELP));
        if self.may_schedule() {
            self.say(Msg::new(m::HELP_FACILITATOR));
        }
        if self.ctx.grants.iter().any(|g| g.role == crate::domain::Role::Organiser) {
            self.say(Msg::new(m::HELP_ORGANISER));
        }
    }

    fn set_muted(&mut self, muted: bool) {
        if self.participant().is_none() {
            return self.say(Msg::new(m::NOT_REGISTERED));
        }
        self.out.effects.push(Effect::SetMuted(muted));
        self.say(Msg::new(if muted { m::MUTED } else { m::UNMUTED }));
    }
}
