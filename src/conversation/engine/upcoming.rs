//! `/upcoming`: what the bot is about to send to the cohorts a facilitator reaches, when, and to how many.

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{Arg, Msg, Query, Reply};
use crate::domain::{AboutSession, Planned, Reach, Sending, reach};

/// How far ahead `/upcoming` looks.
pub const UPCOMING_DAYS: i64 = 7;
/// Lines shown at most; the command line's `schedule` lists them all.
const UPCOMING_SHOWN: usize = 30;

impl Turn<'_> {
    pub(super) fn upcoming(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::Planned);
    }

    pub(super) fn show_planned(&mut self, planned: &[Planned]) {
        if planned.is_empty() {
            return self.say(Msg::new(m::UPCOMING_NONE).number("days", UPCOMING_DAYS));
        }
        let mut lines: Vec<Msg> = planned.iter().take(UPCOMING_SHOWN).map(|p| self.planned_line(p)).collect();
        if planned.len() > UPCOMING_SHOWN {
            lines.push(Msg::new(m::UPCOMING_MORE).number("more", super::count(planned.len() - UPCOMING_SHOWN)));
        }
        let header = Msg::new(m::UPCOMING_HEADER).number("days", UPCOMING_DAYS).list("lines", lines);
        self.out.replies.push(Reply::Say(header));
    }

    fn planned_line(&self, p: &Planned) -> Msg {
        let when = if p.at <= self.ctx.now {
            Arg::Message(m::UPCOMING_NOW.into())
        } else {
            Arg::Time(self.local(p.at), crate::i18n::dates::Style::Event)
        };
        let msg = match &p.what {
            Sending::Session { kind, session, cohort } => {
                let key = match kind {
                    AboutSession::Reminder => m::UPCOMING_REMINDER,
                    AboutSession::SurveyInvitation => m::UPCOMING_SURVEY,
                    AboutSession::Notice => m::UPCOMING_NOTICE,
                };
                Msg::new(key).text("title", session.title.clone()).text("cohort", cohort.to_string())
            }
            Sending::Announcement { id } => Msg::new(m::UPCOMING_ANNOUNCEMENT).number("id", *id),
        };
        msg.arg("when", when).number("count", p.recipients)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Input};
    use crate::domain::{CohortCode, LocalTime, SessionLabel};

    fn reminder(at: chrono::DateTime<chrono::Utc>) -> Planned {
        let session =
            SessionLabel { id: 1, starts: LocalTime::new(at, chrono_tz::Europe::Belgrade), title: "T".into() };
        let cohort = CohortCode::parse("TIRANA-1").expect("valid");
        Planned { at, what: Sending::Session { kind: AboutSession::Reminder, session, cohort }, recipients: 12 }
    }

    #[test]
    fn upcoming_shows_thirty_lines_then_how_many_more_and_what_is_due_as_now() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let refused = turn(&engine, &mut conv, &[], Input::Command(Command::Upcoming));
        assert_eq!(refused.replies, [Reply::Say(Msg::new(m::NOT_ALLOWED))]);
        assert_eq!(turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::Upcoming)).query, Some(Query::Planned));
        let none = turn(&engine, &mut conv, &ORGANISER, Input::Planned(Vec::new()));
        assert_eq!(none.replies, [Reply::Say(Msg::new(m::UPCOMING_NONE).number("days", UPCOMING_DAYS))]);

        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let many: Vec<Planned> = (0..32).map(|h| reminder(now + chrono::Duration::hours(h))).collect();
        let shown = turn(&engine, &mut conv, &ORGANISER, Input::Planned(many));
        let [Reply::Say(msg)] = shown.replies.as_slice() else { panic!("one message: {:?}", shown.replies) };
        let Some((_, Arg::List(lines))) = msg.args.iter().find(|(name, _)| *name == "lines") else { panic!("lines") };
        assert_eq!(lines.len(), 31, "thirty, then the line saying how many more");
        assert_eq!(lines[30], Msg::new(m::UPCOMING_MORE).number("more", 2));
        assert!(lines[0].args.contains(&("when", Arg::Message(m::UPCOMING_NOW.into()))), "due now: {:?}", lines[0]);
        assert!(matches!(lines[1].args.iter().find(|(n, _)| *n == "when"), Some((_, Arg::Time(..)))));
    }
}
