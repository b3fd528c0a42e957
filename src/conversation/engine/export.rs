//! /export: an organiser picks the data to export and gets it as documents (CSV and XLSX), as from the command
//! line. The role is checked again on the press.

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{Attachment, Choice, Effect, Label, Msg, Phase, PromptId, Reply};
use crate::domain::ExportKind;

impl Turn<'_> {
    pub(super) fn export(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::PickingExport { prompt };
        self.ask_current();
    }

    pub(super) fn export_question(&self, prompt: PromptId) -> Reply {
        let choices = ExportKind::ALL
            .iter()
            .map(|kind| Choice { value: kind.name().into(), label: Label::key(m::export(*kind)) })
            .collect();
        Reply::Ask { msg: Msg::new(m::EXPORT_PICK), prompt, choices }
    }

    pub(super) fn export_choice(&mut self, prompt: PromptId, value: &str) {
        if !self.is_organiser() {
            self.idle();
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        let Ok(kind) = value.parse::<ExportKind>() else {
            self.conv.phase = Phase::PickingExport { prompt };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        self.say(Msg::new(m::EXPORT_SENT).message("what", m::export(kind)));
        if kind.is_personal() {
            self.say(Msg::new(m::EXPORT_PERSONAL));
        }
        self.out.replies.push(Reply::Attach(Attachment::Export(kind)));
        self.out.effects.push(Effect::Exported(kind));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Effect, Engine, Input};
    use crate::domain::ExportKind;

    /// /export as an organiser: the question's prompt and the values of its buttons.
    fn ask(engine: &Engine, conv: &mut Conversation) -> (PromptId, Vec<String>) {
        let out = turn(engine, conv, &ORGANISER, Input::Command(Command::Export));
        match out.replies.as_slice() {
            [Reply::Ask { prompt, choices, .. }] => (*prompt, choices.iter().map(|c| c.value.clone()).collect()),
            other => panic!("a question with buttons, not {other:?}"),
        }
    }

    #[test]
    fn an_organiser_picks_an_export_and_gets_its_documents_with_an_audit_entry() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let (prompt, values) = ask(&engine, &mut conv);
        assert_eq!(values, ["participants", "rsvps", "feedback", "recommendations"]);

        let pressed = Input::Choice { prompt, value: "rsvps".into() };
        let out = turn(&engine, &mut conv, &ORGANISER, pressed);
        assert_eq!(out.replies.last(), Some(&Reply::Attach(Attachment::Export(ExportKind::Rsvps))));
        assert!(out.replies.contains(&Reply::Say(Msg::new(m::EXPORT_PERSONAL))), "RSVPs name people");
        assert_eq!(out.effects, [Effect::Exported(ExportKind::Rsvps)]);
        assert_eq!(conv.phase, Phase::Idle);
    }

    #[test]
    fn a_press_after_the_role_was_revoked_exports_nothing() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let (prompt, _) = ask(&engine, &mut conv);
        let out = turn(&engine, &mut conv, &[], Input::Choice { prompt, value: "participants".into() });
        assert_eq!(out.replies, [Reply::Say(Msg::new(m::ORGANISERS_ONLY))]);
        assert!(out.effects.is_empty());
        assert_eq!(conv.phase, Phase::Idle);
    }

    #[test]
    fn a_forged_value_is_a_stale_button_and_the_question_stays() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let (prompt, _) = ask(&engine, &mut conv);
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "passwords".into() });
        assert_eq!(out.replies, [Reply::Notice(Msg::new(m::STALE_BUTTON))]);
        assert!(out.effects.is_empty());
        assert_eq!(conv.phase, Phase::PickingExport { prompt });
    }
}
