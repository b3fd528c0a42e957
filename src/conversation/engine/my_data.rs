//! What is stored about a person (/mydata) and erasing it (/delete).

use super::{DELETE_NO, DELETE_YES, Turn};
use crate::conversation::messages as m;
use crate::conversation::{Arg, Attachment, Effect, Msg, Phase, PromptId, Reply};
use crate::domain::{Activity, GuardianMethod, LocalTime, Participant, ParticipantStatus, Profile};

impl Turn<'_> {
    /// Everything stored about the person: the profile and consent, then sessions, recommendations,
    /// endorsements and survey responses.
    pub(super) fn my_data(&mut self, activity: &Activity) {
        let Some(p) = self.participant().cloned() else {
            self.say(Msg::new(m::MYDATA_NONE));
            return;
        };
        let msg = self.profile_msg(&p);
        let none = || vec![Msg::new(m::VALUE_NONE)];
        let rsvps: Vec<Msg> = activity
            .rsvps
            .iter()
            .map(|(title, when, answer, checked)| rsvp_msg(title, *when, answer.as_deref(), *checked))
            .collect();
        let recommendations: Vec<Msg> = activity
            .recommendations
            .iter()
            .map(|(theme, status, text)| {
                Msg::new(m::MYDATA_RECOMMENDATION)
                    .message("theme", self.theme_label_of(theme))
                    .message("status", format!("rec-status-{status}"))
                    .text("text", text.clone())
            })
            .collect();
        let activity_msg = Msg::new(m::MYDATA_ACTIVITY)
            .message("muted", if p.muted { m::MUTED_YES } else { m::MUTED_NO })
            .list("rsvps", if rsvps.is_empty() { none() } else { rsvps })
            .list("recommendations", if recommendations.is_empty() { none() } else { recommendations })
            .number("endorsements", activity.endorsements)
            .number("surveys", activity.survey_responses);
        self.out.replies.push(Reply::Show { msgs: vec![msg, activity_msg], buttons: Vec::new() });
        self.out.replies.push(Reply::Attach(Attachment::MyData));
    }

    /// The profile, consent and status.
    fn profile_msg(&self, p: &Participant) -> Msg {
        let guardian = match (&p.profile.guardian, p.status) {
            (Some(g), _) => Msg::new(match g.method {
                GuardianMethod::Telegram => m::GUARDIAN_BY_TELEGRAM,
                GuardianMethod::Paper => m::GUARDIAN_BY_PAPER,
                GuardianMethod::Declared => m::GUARDIAN_DECLARED,
            })
            .recorded("at", self.local(g.at)),
            (None, ParticipantStatus::PendingGuardian) => Msg::new(m::GUARDIAN_WAITING),
            (None, _) => Msg::new(m::GUARDIAN_NOT_NEEDED),
        };
        let status = match p.status {
            ParticipantStatus::Active => m::STATUS_ACTIVE,
            ParticipantStatus::Blocked => m::STATUS_BLOCKED,
            ParticipantStatus::PendingGuardian => m::STATUS_PENDING_GUARDIAN,
        };
        profile_args(Msg::new(m::MYDATA), &p.profile)
            .text("telegram_id", p.profile.telegram_id.to_string())
            .text("language", self.language_name(&p.profile.language))
            .recorded("consent_at", self.local(p.profile.consent_at))
            .text("privacy_version", p.profile.privacy_version.clone())
            .list("guardian", vec![guardian])
            .message("status", status)
            .recorded("registered_at", self.local(p.registered_at))
            .recorded("updated_at", self.local(p.updated_at))
    }

    pub(super) fn theme_label_of(&self, id: &str) -> String {
        self.engine.themes.iter().find(|t| t.id == id).map_or_else(|| m::VALUE_UNKNOWN.to_owned(), |t| t.label.clone())
    }

    pub(super) fn ask_delete(&mut self) {
        if self.participant().is_none() {
            self.say(Msg::new(m::NOTHING_STORED));
            return;
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::ConfirmingDelete { prompt };
        self.ask_current();
    }

    pub(super) fn delete_choice(&mut self, prompt: PromptId, value: &str) {
        match value {
            DELETE_YES if self.participant().is_some() => {
                self.out.effects.push(Effect::Erase);
                self.say(Msg::new(m::DELETED));
                self.idle();
            }
            DELETE_YES => {
                self.say(Msg::new(m::NOTHING_STORED));
                self.idle();
            }
            DELETE_NO => {
                self.say(Msg::new(m::DELETE_KEPT));
                self.idle();
            }
            _ => {
                self.conv.phase = Phase::ConfirmingDelete { prompt };
                self.notice(m::STALE_BUTTON);
            }
        }
    }
}

/// The arguments the profile card and /mydata share.
pub(super) fn profile_args(msg: Msg, p: &Profile) -> Msg {
    let none = || Arg::Message(m::VALUE_NONE.into());
    msg.text("name", p.name.clone())
        .number("birth_year", p.birth_year.year())
        .message("gender", m::gender(p.gender))
        .message("country", m::country(p.country))
        .text("municipality", p.municipality.clone())
        .arg("organisation", p.organisation.clone().map_or_else(none, Arg::Text))
        .arg("cohort", p.cohort.as_ref().map_or_else(none, |c| Arg::Text(c.to_string())))
}

/// One session of the person's: their answer and whether they were checked in.
fn rsvp_msg(title: &str, when: LocalTime, answer: Option<&str>, checked: bool) -> Msg {
    let answer = match answer {
        Some("coming") => m::RSVP_COMING,
        Some("not_coming") => m::RSVP_NOT_COMING,
        _ => m::RSVP_NONE,
    };
    let checked = if checked { m::MYDATA_CHECKED } else { m::MYDATA_NOT_CHECKED };
    Msg::new(m::MYDATA_RSVP)
        .text("title", title)
        .when("when", when)
        .message("answer", answer)
        .message("checked", checked)
}
