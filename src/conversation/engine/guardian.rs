//! Guardian confirmation. Someone younger than the age of digital consent in their country is registered as
//! pending, and given a one-time link (`start=guardian-<token>`) to forward to their parent or guardian, who
//! agrees or declines from their own Telegram account. For guardians without Telegram, a facilitator of the
//! cohort confirms that they hold the signed paper form (/guardians). The young person's own account cannot
//! confirm; the service checks that again when the answer is applied.

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{Choice, Effect, Label, Msg, Phase, PromptId, Query, Reply};
use crate::domain::{GUARDIAN_WAIT_DAYS, GuardianRequest, ParticipantStatus, Reach, TelegramId, invite_token, reach};

/// Guardian links: `start=guardian-<token>`.
pub const GUARDIAN_PREFIX: &str = "guardian-";
const AGREE: &str = "agree";
const DECLINE: &str = "decline";
const PAPER_YES: &str = "yes";
/// At most this many people waiting are offered as buttons, longest waiting first.
const MAX_WAITING_BUTTONS: usize = 20;

impl Turn<'_> {
    /// A new link for the guardian (its token is stored with the profile, or by [`Effect::RenewGuardianLink`]).
    pub(super) fn guardian_link(&self) -> (String, Msg) {
        let token = invite_token(self.ctx.secret);
        let link = self.deep_link(&format!("{GUARDIAN_PREFIX}{token}"));
        (token, Msg::new(m::GUARDIAN_LINK).text("link", link).number("days", GUARDIAN_WAIT_DAYS))
    }

    /// `/start` from someone still waiting: a new link, as the first may be lost (the old one stops working).
    pub(super) fn still_waiting(&mut self, name: String) {
        let (token, link) = self.guardian_link();
        self.out.effects.push(Effect::RenewGuardianLink { token });
        self.say(Msg::new(m::GUARDIAN_STILL_WAITING).text("name", name));
        self.say(link);
    }

    pub(super) fn is_waiting_for_guardian(&self) -> bool {
        self.participant().is_some_and(|p| p.status == ParticipantStatus::PendingGuardian)
    }

    /// Someone opened a guardian link; `request` is who it is about, if it is still valid.
    pub(super) fn guardian_request_found(&mut self, token: String, request: Option<GuardianRequest>) {
        let Some(request) = request else {
            return self.say(Msg::new(m::GUARDIAN_LINK_UNKNOWN));
        };
        if request.child == self.ctx.user {
            return self.say(Msg::new(m::GUARDIAN_OWN_ACCOUNT));
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::AnsweringAsGuardian { prompt, token };
        let msg = self
            .notice_args(Msg::new(m::GUARDIAN_REQUEST))
            .text("name", request.name)
            .number("birth_year", request.birth_year);
        let choices = vec![
            Choice { value: AGREE.into(), label: Label::key(m::BTN_AGREE) },
            Choice { value: DECLINE.into(), label: Label::key(m::BTN_DECLINE) },
        ];
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
    }

    pub(super) fn guardian_answer(&mut self, prompt: PromptId, token: String, value: &str) {
        let agree = match value {
            AGREE => true,
            DECLINE => false,
            _ => {
                self.conv.phase = Phase::AnsweringAsGuardian { prompt, token };
                return self.notice(m::STALE_BUTTON);
            }
        };
        self.out.effects.push(Effect::GuardianAnswer { token, agree });
        self.say(Msg::new(if agree { m::GUARDIAN_AGREED } else { m::GUARDIAN_DECLINED }));
        self.idle();
    }

    /// `/guardians`: facilitators and organisers see who waits in the cohorts they reach.
    pub(super) fn paper_forms(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::WaitingForGuardian);
    }

    pub(super) fn pick_paper_form(&mut self, mut waiting: Vec<(TelegramId, String, String)>) {
        if waiting.is_empty() {
            return self.say(Msg::new(m::PAPER_NONE));
        }
        let total = waiting.len();
        waiting.truncate(MAX_WAITING_BUTTONS);
        let prompt = self.new_prompt();
        let choices = waiting
            .iter()
            .map(|(id, name, about)| Choice {
                value: id.to_string(),
                label: Label::Literal(format!("{name} · {about}")),
            })
            .collect();
        let msg =
            Msg::new(m::PAPER_PICK).number("count", super::count(total)).number("shown", super::count(waiting.len()));
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
        self.conv.phase = Phase::PickingPaperForm { prompt, waiting };
    }

    pub(super) fn paper_form_picked(
        &mut self,
        prompt: PromptId,
        waiting: Vec<(TelegramId, String, String)>,
        value: &str,
    ) {
        let Some((child, name, _)) = waiting.iter().find(|(id, _, _)| id.to_string() == value).cloned() else {
            self.conv.phase = Phase::PickingPaperForm { prompt, waiting };
            return self.notice(m::STALE_BUTTON);
        };
        let prompt = self.new_prompt();
        let msg = Msg::new(m::PAPER_CONFIRM).text("name", name.clone());
        let choices = vec![
            Choice { value: PAPER_YES.into(), label: Label::key(m::BTN_PAPER_YES) },
            Choice { value: "no".into(), label: Label::key(m::BTN_PAPER_NO) },
        ];
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
        self.conv.phase = Phase::ConfirmingPaperForm { prompt, child, name };
    }

    pub(super) fn paper_form_confirmed(&mut self, child: TelegramId, name: String, value: &str) {
        if value == PAPER_YES {
            self.out.effects.push(Effect::ConfirmPaperForm { child });
            self.say(Msg::new(m::PAPER_CONFIRMED).text("name", name));
        } else {
            self.say(Msg::new(m::PAPER_NOT_CONFIRMED));
        }
        self.idle();
    }
}
