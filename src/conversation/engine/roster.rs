//! `/people`: a cohort's roster for its facilitators (organisers: any cohort) — who is registered, who waits for
//! a guardian, how often each came and answered — a page at a time, its attendance sheet as documents, and
//! marking someone present by hand when their phone could not scan the code. `/poster`: a cohort's printable
//! poster with its registration link.

use super::{MAX_COHORT_BUTTONS, Turn};
use crate::conversation::messages as m;
use crate::conversation::{Attachment, Choice, CohortTask, Effect, Label, Msg, Phase, PromptId, Query, Reply};
use crate::domain::{CohortCode, ROSTER_PAGE, Reach, Roster, RosterEntry, SessionLabel, TelegramId, reach};

/// The roster's buttons.
const PREVIOUS: &str = "previous";
const NEXT: &str = "next";
const EXPORT: &str = "export";
const MARK: &str = "mark";

/// People offered as buttons at once to be marked present; more are a cohort larger than any in the programme.
const MAX_PEOPLE_BUTTONS: usize = 60;

impl Turn<'_> {
    pub(super) fn people(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::ReachedCohorts(CohortTask::Roster));
    }

    pub(super) fn poster(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::ReachedCohorts(CohortTask::Poster));
    }

    /// The cohorts the person reaches, for `task`: the only one at once, several as buttons.
    pub(super) fn reached_cohorts(&mut self, task: CohortTask, mut cohorts: Vec<CohortCode>) {
        match cohorts.as_slice() {
            [] => self.say(Msg::new(m::ROSTER_NONE)),
            [only] => self.cohort_task(task, only.clone()),
            _ => {
                cohorts.truncate(MAX_COHORT_BUTTONS);
                let prompt = self.new_prompt();
                let choices =
                    cohorts.iter().map(|c| Choice { value: c.to_string(), label: Label::Literal(c.to_string()) });
                let msg = Msg::new(m::ROSTER_PICK_COHORT);
                self.out.replies.push(Reply::Ask { msg, prompt, choices: choices.collect() });
                self.conv.phase = Phase::PickingCohort { prompt, task, cohorts };
            }
        }
    }

    pub(super) fn cohort_choice(&mut self, prompt: PromptId, task: CohortTask, cohorts: Vec<CohortCode>, value: &str) {
        let Some(cohort) = cohorts.iter().find(|c| c.as_str() == value).cloned() else {
            self.conv.phase = Phase::PickingCohort { prompt, task, cohorts };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        // The roles are read afresh for every input: one revoked since the list was shown stops here.
        if !reach(self.ctx.grants).includes(&cohort) {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.cohort_task(task, cohort);
    }

    fn cohort_task(&mut self, task: CohortTask, cohort: CohortCode) {
        match task {
            CohortTask::Roster => self.out.query = Some(Query::Roster { cohort, page: 0 }),
            CohortTask::Poster => {
                let link = self.deep_link(cohort.as_str());
                self.say(Msg::new(m::POSTER_SENT).text("cohort", cohort.to_string()).text("link", link.clone()));
                self.out.replies.push(Reply::Attach(Attachment::CohortPoster { cohort, link }));
            }
        }
    }

    /// A page of the roster, with buttons to the pages beside it, the attendance sheet and marking present.
    pub(super) fn show_roster(&mut self, roster: Option<Roster>) {
        let Some(roster) = roster else { return self.say(Msg::new(m::NOT_ALLOWED)) };
        let pages = (roster.registered + ROSTER_PAGE - 1) / ROSTER_PAGE;
        let first = roster.page * ROSTER_PAGE;
        let lines = roster.people.iter().zip(1..).map(|(p, n)| roster_line(first + n, p, roster.sessions)).collect();
        let msg = Msg::new(m::ROSTER)
            .text("cohort", roster.cohort.to_string())
            .number("registered", roster.registered)
            .number("pending", roster.pending)
            .number("sessions", roster.sessions)
            .number("page", roster.page + 1)
            .number("pages", pages.max(1))
            .list("lines", lines);
        let prompt = self.new_prompt();
        let button = |value: &str, key: &str| Choice { value: value.into(), label: Label::key(key) };
        let mut choices = Vec::new();
        if roster.page > 0 {
            choices.push(button(PREVIOUS, m::BTN_ROSTER_PREVIOUS));
        }
        if roster.more {
            choices.push(button(NEXT, m::BTN_ROSTER_NEXT));
        }
        choices.extend([button(EXPORT, m::BTN_ROSTER_EXPORT), button(MARK, m::BTN_ROSTER_MARK)]);
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
        self.conv.phase = Phase::Roster { prompt, cohort: roster.cohort, page: roster.page };
    }

    pub(super) fn roster_choice(&mut self, prompt: PromptId, cohort: CohortCode, page: i64, value: &str) {
        self.idle();
        match value {
            PREVIOUS => self.out.query = Some(Query::Roster { cohort, page: page - 1 }),
            NEXT => self.out.query = Some(Query::Roster { cohort, page: page + 1 }),
            EXPORT => {
                self.say(Msg::new(m::ROSTER_EXPORT_SENT).text("cohort", cohort.to_string()));
                self.out.replies.push(Reply::Attach(Attachment::Roster { cohort: cohort.clone() }));
                self.out.effects.push(Effect::RosterExported { cohort });
            }
            MARK => self.out.query = Some(Query::MarkableSessions(cohort)),
            _ => {
                self.conv.phase = Phase::Roster { prompt, cohort, page };
                self.notice(m::STALE_BUTTON);
            }
        }
    }

    pub(super) fn pick_mark_session(&mut self, cohort: &CohortCode, sessions: Vec<SessionLabel>) {
        if sessions.is_empty() {
            return self.say(Msg::new(m::MARK_NO_SESSIONS).text("cohort", cohort.to_string()));
        }
        let prompt = self.new_prompt();
        let choices = sessions.iter().map(|s| Choice { value: s.id.to_string(), label: Label::session(s) }).collect();
        self.out.replies.push(Reply::Ask { msg: Msg::new(m::MARK_PICK_SESSION), prompt, choices });
        self.conv.phase = Phase::PickingMarkSession { prompt, sessions };
    }

    pub(super) fn mark_session_choice(&mut self, prompt: PromptId, sessions: Vec<SessionLabel>, value: &str) {
        let Some(session) = sessions.iter().find(|s| s.id.to_string() == value).map(|s| s.id) else {
            self.conv.phase = Phase::PickingMarkSession { prompt, sessions };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        self.out.query = Some(Query::Absent(session));
    }

    pub(super) fn pick_absent(&mut self, session: Option<SessionLabel>, mut people: Vec<(TelegramId, String)>) {
        let Some(session) = session else { return self.say(Msg::new(m::SESSION_GONE)) };
        if people.is_empty() {
            return self.say(Msg::new(m::MARK_EVERYONE_PRESENT).text("title", session.title));
        }
        let total = people.len();
        people.truncate(MAX_PEOPLE_BUTTONS);
        let prompt = self.new_prompt();
        let choices =
            people.iter().map(|(id, name)| Choice { value: id.to_string(), label: Label::Literal(name.clone()) });
        let msg = Msg::new(m::MARK_PICK_PERSON)
            .text("title", session.title.clone())
            .when("when", session.starts)
            .number("count", super::count(total));
        self.out.replies.push(Reply::Ask { msg, prompt, choices: choices.collect() });
        self.conv.phase = Phase::PickingAbsent { prompt, session, people };
    }

    pub(super) fn absent_choice(
        &mut self,
        prompt: PromptId,
        session: SessionLabel,
        people: Vec<(TelegramId, String)>,
        value: &str,
    ) {
        let Some((person, name)) = people.iter().find(|(id, _)| id.to_string() == value).cloned() else {
            self.conv.phase = Phase::PickingAbsent { prompt, session, people };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        self.out.effects.push(Effect::MarkPresent { session: session.id, person });
        self.say(Msg::new(m::MARK_DONE).text("name", name).text("title", session.title).when("when", session.starts));
    }
}

/// One person of the roster: number, name, how often they came and answered, and their status if not active.
fn roster_line(n: i64, person: &RosterEntry, sessions: i64) -> Msg {
    Msg::new(m::ROSTER_LINE)
        .number("n", n)
        .text("name", person.name.clone())
        .number("attended", person.attended)
        .number("sessions", sessions)
        .number("answered", person.answered)
        .text("status", person.status.code())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Input};
    use crate::domain::{LocalTime, ParticipantStatus, Role, RoleGrant};

    fn tirana() -> CohortCode {
        CohortCode::parse("TIRANA-1").expect("valid")
    }

    fn roster(page: i64, more: bool) -> Roster {
        let entry = RosterEntry {
            id: 7,
            name: "Ana".into(),
            status: ParticipantStatus::PendingGuardian,
            attended: 1,
            answered: 0,
        };
        Roster { cohort: tirana(), registered: 21, pending: 1, sessions: 2, page, more, people: vec![entry] }
    }

    fn values(outcome: &crate::conversation::Outcome) -> Vec<String> {
        match outcome.replies.as_slice() {
            [Reply::Ask { choices, .. }] => choices.iter().map(|c| c.value.clone()).collect(),
            other => panic!("a question: {other:?}"),
        }
    }

    #[test]
    fn people_is_for_those_who_reach_a_cohort_and_goes_straight_to_a_single_one() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let refused = turn(&engine, &mut conv, &[], Input::Command(Command::People));
        assert_eq!(refused.replies, [Reply::Say(Msg::new(m::NOT_ALLOWED))]);
        let facilitator = [RoleGrant { role: Role::Facilitator, cohort: Some(tirana()) }];
        let asked = turn(&engine, &mut conv, &facilitator, Input::Command(Command::People));
        assert_eq!(asked.query, Some(Query::ReachedCohorts(CohortTask::Roster)));
        let roster = |cohorts| Input::ReachedCohorts { task: CohortTask::Roster, cohorts };
        let one = turn(&engine, &mut conv, &facilitator, roster(vec![tirana()]));
        assert_eq!(one.query, Some(Query::Roster { cohort: tirana(), page: 0 }));
        let none = turn(&engine, &mut conv, &facilitator, roster(Vec::new()));
        assert_eq!(none.replies, [Reply::Say(Msg::new(m::ROSTER_NONE))]);
        let out_of_reach = turn(&engine, &mut conv, &facilitator, Input::Roster(None));
        assert_eq!(out_of_reach.replies, [Reply::Say(Msg::new(m::NOT_ALLOWED))]);

        // A poster picked from the list after the role on that cohort was revoked is refused.
        let skopje = CohortCode::parse("SKOPJE-1").expect("valid");
        let posters = Input::ReachedCohorts { task: CohortTask::Poster, cohorts: vec![tirana(), skopje.clone()] };
        turn(&engine, &mut conv, &ORGANISER, posters);
        let Phase::PickingCohort { prompt, .. } = conv.phase.clone() else { panic!("picking: {:?}", conv.phase) };
        let now_only_skopje = [RoleGrant { role: Role::Facilitator, cohort: Some(skopje) }];
        let late = turn(&engine, &mut conv, &now_only_skopje, Input::Choice { prompt, value: "TIRANA-1".into() });
        assert_eq!(late.replies, [Reply::Say(Msg::new(m::NOT_ALLOWED))]);
    }

    #[test]
    fn the_roster_pages_export_and_mark_by_its_buttons_only() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let first = turn(&engine, &mut conv, &ORGANISER, Input::Roster(Some(roster(0, true))));
        assert_eq!(values(&first), [NEXT, EXPORT, MARK]);
        let second = turn(&engine, &mut conv, &ORGANISER, Input::Roster(Some(roster(1, false))));
        assert_eq!(values(&second), [PREVIOUS, EXPORT, MARK]);
        let Phase::Roster { prompt, .. } = conv.phase.clone() else { panic!("on the roster: {:?}", conv.phase) };
        let forged = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "delete".into() });
        assert_eq!(forged.replies, [Reply::Notice(Msg::new(m::STALE_BUTTON))]);
        let back = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: PREVIOUS.into() });
        assert_eq!(back.query, Some(Query::Roster { cohort: tirana(), page: 0 }));

        turn(&engine, &mut conv, &ORGANISER, Input::Roster(Some(roster(0, true))));
        let Phase::Roster { prompt, .. } = conv.phase.clone() else { panic!("on the roster") };
        let export = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: EXPORT.into() });
        assert_eq!(export.effects, [Effect::RosterExported { cohort: tirana() }]);
        assert!(export.replies.contains(&Reply::Attach(Attachment::Roster { cohort: tirana() })));
        assert_eq!(conv.phase, Phase::Idle);
    }

    #[test]
    fn marking_present_names_only_someone_offered() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let at = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let session =
            SessionLabel { id: 4, starts: LocalTime::new(at, chrono_tz::Europe::Belgrade), title: "Dialogue".into() };
        let nobody =
            turn(&engine, &mut conv, &ORGANISER, Input::MarkableSessions { cohort: tirana(), sessions: Vec::new() });
        assert!(matches!(nobody.replies.as_slice(), [Reply::Say(msg)] if msg.key == m::MARK_NO_SESSIONS));
        let pick = Input::MarkableSessions { cohort: tirana(), sessions: vec![session.clone()] };
        assert_eq!(values(&turn(&engine, &mut conv, &ORGANISER, pick)), ["4"]);
        let Phase::PickingMarkSession { prompt, .. } = conv.phase.clone() else { panic!("picking") };
        let chosen = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "4".into() });
        assert_eq!(chosen.query, Some(Query::Absent(4)));

        let all_there =
            turn(&engine, &mut conv, &ORGANISER, Input::Absent { session: Some(session.clone()), people: Vec::new() });
        assert!(matches!(all_there.replies.as_slice(), [Reply::Say(msg)] if msg.key == m::MARK_EVERYONE_PRESENT));
        let people = vec![(7, "Ana".to_owned()), (8, "Besa".to_owned())];
        turn(&engine, &mut conv, &ORGANISER, Input::Absent { session: Some(session), people });
        let Phase::PickingAbsent { prompt, .. } = conv.phase.clone() else { panic!("picking someone") };
        let forged = turn(&engine, &mut conv.clone(), &ORGANISER, Input::Choice { prompt, value: "9".into() });
        assert_eq!((forged.effects.len(), forged.replies), (0, vec![Reply::Notice(Msg::new(m::STALE_BUTTON))]));
        let marked = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "8".into() });
        assert_eq!(marked.effects, [Effect::MarkPresent { session: 4, person: 8 }]);
    }
}
