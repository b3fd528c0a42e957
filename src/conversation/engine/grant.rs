//! /grant: an organiser makes a one-time invitation link that grants a role (facilitator of a cohort or of
//! all, organiser, or translator into a language) to whoever opens it first, within a week. Opening it:
//! `start=invite-<token>`.

use chrono::{DateTime, Duration, Utc};

use super::Turn;
use crate::conversation::messages as m;
use crate::conversation::{Choice, Effect, GrantStep, Label, Msg, Phase, PromptId, Query, Reply};
use crate::domain::{CohortCode, Invitation, Role, RoleGrant, invite_token};

/// How long an invitation stays valid.
pub const INVITE_VALID_DAYS: i64 = 7;
pub const INVITE_PREFIX: &str = "invite-";
const ALL_COHORTS: &str = "~all";
const TRANSLATOR: &str = "translator";

impl Turn<'_> {
    pub(super) fn is_organiser(&self) -> bool {
        self.ctx.grants.iter().any(|g| g.role == Role::Organiser)
    }

    pub(super) fn grant(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Granting { prompt, asking: GrantStep::Role, cohorts: Vec::new() };
        self.ask_current();
    }

    pub(super) fn grant_question(&self, prompt: PromptId, asking: GrantStep, cohorts: &[CohortCode]) -> Reply {
        let choice = |value: &str, key: &str| Choice { value: value.to_owned(), label: Label::key(key) };
        match asking {
            GrantStep::Role => Reply::Ask {
                msg: Msg::new(m::GR_ROLE),
                prompt,
                choices: vec![
                    choice(Role::Facilitator.as_str(), m::BTN_ROLE_FACILITATOR),
                    choice(Role::Organiser.as_str(), m::BTN_ROLE_ORGANISER),
                    choice(TRANSLATOR, m::BTN_ROLE_TRANSLATOR),
                ],
            },
            GrantStep::Language => {
                Reply::Ask { msg: Msg::new(m::GR_LANGUAGE), prompt, choices: self.language_choices() }
            }
            GrantStep::Cohort => {
                let mut choices = vec![choice(ALL_COHORTS, m::BTN_ALL_COHORTS)];
                choices.extend(
                    cohorts.iter().map(|c| Choice { value: c.to_string(), label: Label::Literal(c.to_string()) }),
                );
                let key = if cohorts.is_empty() { m::GR_COHORT } else { m::GR_COHORT_PICK };
                Reply::Ask { msg: Msg::new(key), prompt, choices }
            }
        }
    }

    pub(super) fn grant_choice(&mut self, prompt: PromptId, asking: GrantStep, cohorts: Vec<CohortCode>, value: &str) {
        if !self.is_organiser() {
            self.say(Msg::new(m::ORGANISERS_ONLY));
            return self.idle();
        }
        let offered = cohorts.iter().find(|c| c.as_str() == value).cloned();
        let role = |role, cohort| Invitation::Role(RoleGrant { role, cohort });
        match (asking, value.parse::<Role>()) {
            (GrantStep::Role, Ok(Role::Organiser)) => self.make_invite(role(Role::Organiser, None)),
            (GrantStep::Role, _) if value == TRANSLATOR => {
                self.conv.phase = Phase::Granting { prompt: self.new_prompt(), asking: GrantStep::Language, cohorts };
                self.ask_current();
            }
            (GrantStep::Language, _) if self.engine.languages.iter().any(|l| l.code == value) => {
                self.make_invite(Invitation::Translator { language: value.to_owned() })
            }
            (GrantStep::Role, Ok(Role::Facilitator)) => {
                // The cohorts are looked up first, to be offered as buttons.
                let prompt = self.new_prompt();
                self.conv.phase = Phase::Granting { prompt, asking: GrantStep::Cohort, cohorts: Vec::new() };
                self.out.query = Some(Query::AllCohorts);
            }
            (GrantStep::Cohort, _) if value == ALL_COHORTS => self.make_invite(role(Role::Facilitator, None)),
            (GrantStep::Cohort, _) if offered.is_some() => self.make_invite(role(Role::Facilitator, offered)),
            _ => {
                self.conv.phase = Phase::Granting { prompt, asking, cohorts };
                self.notice(m::STALE_BUTTON);
            }
        }
    }

    pub(super) fn grant_text(&mut self, prompt: PromptId, asking: GrantStep, cohorts: Vec<CohortCode>, text: &str) {
        let again = Phase::Granting { prompt, asking, cohorts };
        if !self.is_organiser() {
            self.say(Msg::new(m::ORGANISERS_ONLY));
            return self.idle();
        }
        match (asking, CohortCode::parse(text)) {
            (GrantStep::Cohort, Ok(code)) => {
                self.conv.phase = again;
                self.out.query = Some(Query::Cohort(code));
            }
            (GrantStep::Cohort, Err(_)) => {
                self.say(Msg::new(m::INVALID_COHORT_FORMAT));
                self.reask(again);
            }
            (GrantStep::Role | GrantStep::Language, _) => {
                self.say(Msg::new(m::USE_BUTTONS));
                self.reask(again);
            }
        }
    }

    pub(super) fn grant_cohort_found(
        &mut self,
        prompt: PromptId,
        cohorts: Vec<CohortCode>,
        code: CohortCode,
        found: bool,
    ) {
        if found {
            return self.make_invite(Invitation::Role(RoleGrant { role: Role::Facilitator, cohort: Some(code) }));
        }
        self.say(Msg::new(m::COHORT_NOT_FOUND).text("code", code.to_string()));
        self.reask(Phase::Granting { prompt, asking: GrantStep::Cohort, cohorts });
    }

    fn make_invite(&mut self, invitation: Invitation) {
        let token = invite_token(self.ctx.secret);
        let expires_at = self.ctx.now + Duration::days(INVITE_VALID_DAYS);
        let link = self.deep_link(&format!("{INVITE_PREFIX}{token}"));
        let msg = self.invitation_args(Msg::new(format!("gr-invite-{}", role_kind(&invitation))), &invitation);
        self.say(msg.text("link", link).number("days", INVITE_VALID_DAYS));
        self.out.effects.push(Effect::CreateInvite { token, invitation, expires_at });
        self.idle();
    }

    /// Someone opened an invitation link; `invite` is what the token names, if anything.
    pub(super) fn invite_opened(&mut self, token: String, invite: Option<(Invitation, DateTime<Utc>, bool)>) {
        let key = match invite {
            None => m::INVITE_UNKNOWN,
            Some((_, _, true)) => m::INVITE_USED,
            Some((_, expires_at, false)) if expires_at <= self.ctx.now => m::INVITE_EXPIRED,
            Some((invitation, _, false)) => {
                let msg = Msg::new(format!("invite-accepted-{}", role_kind(&invitation)));
                self.say(self.invitation_args(msg, &invitation));
                return self.out.effects.push(Effect::AcceptInvite { token, invitation });
            }
        };
        self.say(Msg::new(key));
    }

    /// The cohort and the language (named in itself) that the messages about an invitation may mention.
    fn invitation_args(&self, msg: Msg, invitation: &Invitation) -> Msg {
        match invitation {
            Invitation::Role(grant) => {
                msg.text("cohort", grant.cohort.as_ref().map(ToString::to_string).unwrap_or_default())
            }
            Invitation::Translator { language } => msg.text("language", self.language_name(language)),
        }
    }
}

/// The suffix of the messages about an invitation: `organiser`, `facilitator-of` (a cohort), `facilitator-all`
/// or `translator`.
pub const ROLE_KINDS: [&str; 4] = ["organiser", "facilitator-of", "facilitator-all", "translator"];

fn role_kind(invitation: &Invitation) -> &'static str {
    match invitation {
        Invitation::Role(RoleGrant { role: Role::Organiser, .. }) => ROLE_KINDS[0],
        Invitation::Role(RoleGrant { cohort: Some(_), .. }) => ROLE_KINDS[1],
        Invitation::Role(RoleGrant { cohort: None, .. }) => ROLE_KINDS[2],
        Invitation::Translator { .. } => ROLE_KINDS[3],
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Input};

    #[test]
    fn an_organiser_invites_a_facilitator_of_a_cohort_chosen_as_a_button() {
        let (engine, mut conv) = (engine(), Conversation::default());
        turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::Grant));
        let Some(prompt) = conv.phase.prompt() else { panic!("the role is asked") };
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "facilitator".into() });
        assert_eq!(out.query, Some(Query::AllCohorts));
        let cohorts: Vec<CohortCode> =
            ["SKOPJE-1", "TIRANA-1"].iter().filter_map(|c| CohortCode::parse(c).ok()).collect();
        let out = turn(&engine, &mut conv, &ORGANISER, Input::AllCohorts(cohorts));
        let [Reply::Ask { prompt, choices, .. }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        let values: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, [ALL_COHORTS, "SKOPJE-1", "TIRANA-1"]);

        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: *prompt, value: "TIRANA-1".into() });
        let [Effect::CreateInvite { invitation, .. }] = out.effects.as_slice() else { panic!("{:?}", out.effects) };
        let tirana = CohortCode::parse("TIRANA-1").ok();
        assert_eq!(invitation, &Invitation::Role(RoleGrant { role: Role::Facilitator, cohort: tirana }));
    }

    #[test]
    fn an_organiser_invites_a_translator_into_a_language_of_the_bot() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::Grant));
        let [Reply::Ask { prompt, choices, .. }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(choices.last().map(|c| c.value.as_str()), Some(TRANSLATOR));
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: *prompt, value: TRANSLATOR.into() });
        let [Reply::Ask { msg, prompt, choices }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(msg.key, m::GR_LANGUAGE);
        assert_eq!(choices.len(), engine.languages().len(), "every language of the bot");
        let asked = *prompt;
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Text("Albanian".into()));
        assert!(matches!(&out.replies[0], Reply::Say(msg) if msg.key == m::USE_BUTTONS), "{:?}", out.replies);
        let unknown = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: asked, value: "xx".into() });
        assert!(unknown.effects.is_empty(), "a language the bot does not have: {:?}", unknown.effects);
        let Some(prompt) = conv.phase.prompt() else { panic!("the language is still asked") };
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: "sq".into() });
        let [Effect::CreateInvite { invitation, .. }] = out.effects.as_slice() else { panic!("{:?}", out.effects) };
        assert_eq!(invitation, &Invitation::Translator { language: "sq".into() });
        assert!(matches!(&out.replies[0], Reply::Say(msg) if msg.key == "gr-invite-translator"), "{:?}", out.replies);
    }
}
