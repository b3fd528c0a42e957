//! /erase: an organiser erases a participant who asked them to (by e-mail, at a workshop), through the path of
//! the participant's own `/delete`. Asked: whose (a Telegram id, which the person sees with /whoami), why (kept
//! in the audit log with who acted, not whom), then a confirmation naming the person.

use super::{Turn, text_problem};
use crate::conversation::messages as m;
use crate::conversation::{Choice, Effect, EraseStep, Label, Msg, Phase, PromptId, Query, Reply};
use crate::domain::{TelegramId, bounded_text};

const YES: &str = "yes";
const NO: &str = "no";
/// A reason is a short note for the audit log.
const REASON_CHARS: (usize, usize) = (3, 200);

impl Turn<'_> {
    pub(super) fn erase(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::ErasingParticipant { prompt, asking: EraseStep::Id };
        self.ask_current();
    }

    pub(super) fn erase_question(&self, prompt: PromptId, asking: &EraseStep) -> Reply {
        let msg = match asking {
            EraseStep::Id => Msg::new(m::ERASE_ASK_ID),
            EraseStep::Reason { name, .. } => Msg::new(m::ERASE_ASK_REASON).text("name", name.clone()),
            EraseStep::Confirm { id, name, reason } => Msg::new(m::ERASE_CONFIRM)
                .text("name", name.clone())
                .text("id", id.to_string())
                .text("reason", reason.clone()),
        };
        let choices = match asking {
            EraseStep::Confirm { .. } => vec![
                Choice { value: YES.into(), label: Label::key(m::BTN_ERASE_YES) },
                Choice { value: NO.into(), label: Label::key(m::BTN_ERASE_NO) },
            ],
            _ => Vec::new(),
        };
        Reply::Ask { msg, prompt, choices }
    }

    pub(super) fn erase_text(&mut self, prompt: PromptId, asking: EraseStep, text: &str) {
        if !self.is_organiser() {
            self.say(Msg::new(m::ORGANISERS_ONLY));
            return self.idle();
        }
        match asking {
            EraseStep::Id => match text.trim().parse::<TelegramId>() {
                Ok(id) if id == self.ctx.user => {
                    self.say(Msg::new(m::ERASE_YOURSELF));
                    self.reask(Phase::ErasingParticipant { prompt, asking });
                }
                Ok(id) => {
                    self.conv.phase = Phase::ErasingParticipant { prompt, asking };
                    self.out.query = Some(Query::ParticipantName(id));
                }
                Err(_) => {
                    self.say(Msg::new(m::ERASE_NOT_AN_ID));
                    self.reask(Phase::ErasingParticipant { prompt, asking });
                }
            },
            EraseStep::Reason { id, name } => match bounded_text(text, REASON_CHARS.0, REASON_CHARS.1) {
                Ok(reason) => {
                    let prompt = self.new_prompt();
                    self.reask(Phase::ErasingParticipant { prompt, asking: EraseStep::Confirm { id, name, reason } });
                }
                Err(e) => {
                    self.say(text_problem(e));
                    self.reask(Phase::ErasingParticipant { prompt, asking: EraseStep::Reason { id, name } });
                }
            },
            asking @ EraseStep::Confirm { .. } => {
                self.say(Msg::new(m::USE_BUTTONS));
                self.reask(Phase::ErasingParticipant { prompt, asking });
            }
        }
    }

    /// The answer to [`Query::ParticipantName`], while the id is asked.
    pub(super) fn erase_target(&mut self, phase: Phase, id: TelegramId, name: Option<String>) {
        let Phase::ErasingParticipant { prompt, asking: EraseStep::Id } = phase else {
            self.conv.phase = phase;
            return;
        };
        match name {
            Some(name) => self.reask(Phase::ErasingParticipant { prompt, asking: EraseStep::Reason { id, name } }),
            None => {
                self.say(Msg::new(m::ERASE_UNKNOWN).text("id", id.to_string()));
                self.reask(Phase::ErasingParticipant { prompt, asking: EraseStep::Id });
            }
        }
    }

    pub(super) fn erase_choice(&mut self, prompt: PromptId, asking: EraseStep, value: &str) {
        match (asking, value) {
            (EraseStep::Confirm { id, name, reason }, YES) => {
                self.out.effects.push(Effect::EraseParticipant { id, reason });
                self.say(Msg::new(m::ERASE_DONE).text("name", name));
                self.idle();
            }
            (EraseStep::Confirm { .. }, NO) => {
                self.say(Msg::new(m::ERASE_KEPT));
                self.idle();
            }
            (asking, _) => {
                self.conv.phase = Phase::ErasingParticipant { prompt, asking };
                self.notice(m::STALE_BUTTON);
            }
        }
    }
}
