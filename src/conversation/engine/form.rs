//! Registration and profile edits: the steps of `dialogues/registration.toml` asked one by one, skipped where
//! they do not apply, checked as they are answered, and the profile they make; and the profile card's menu.

use super::{SKIP, Turn, count, profile_args, text_problem};
use crate::conversation::flow::{Field, Step, StepKind};
use crate::conversation::messages as m;
use crate::conversation::{
    Action, ActionButton, Choice, Draft, Effect, Form, FormMode, Label, Msg, Optional, Phase, PromptId, Query, Reply,
};
use crate::domain::{BirthYear, BirthYearError, CohortCode, Profile, bounded_text};

/// The value of the profile menu's "done" button: no field value starts with `~`.
const DONE: &str = "~done";

impl Turn<'_> {
    /// Asks the first question not yet answered, or finishes.
    pub(super) fn next_step(&mut self, form: Form) {
        let flow = &self.engine.flow;
        let due = flow.steps.iter().find(|s| !form.draft.is_answered(s.field) && self.applies(s.field, &form.draft));
        let Some(field) = due.map(|s| s.field) else {
            self.finish(form);
            return;
        };
        if field == Field::Cohort
            && let Some(code) = &form.unknown_link_code
        {
            self.say(Msg::new(m::REG_COHORT_LINK_UNKNOWN).text("code", code.clone()));
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Filling { prompt, asking: field, form };
        self.ask_current();
    }

    fn applies(&self, field: Field, draft: &Draft) -> bool {
        match (field, draft.birth_year, draft.country) {
            (Field::GuardianConsent, Some(born), Some(country)) => {
                self.engine.flow.ages.needs_guardian(born, country, self.ctx.current_year)
            }
            (Field::GuardianConsent, _, _) => false,
            _ => true,
        }
    }

    pub(super) fn step_choice(&mut self, prompt: PromptId, field: Field, mut form: Form, value: &str) {
        let Some(step) = self.engine.flow.step(field) else {
            return self.flow_changed();
        };
        let offered = match &step.kind {
            StepKind::Choice(options) => options.iter().any(|o| o.value == value),
            _ => false,
        };
        if value == SKIP && step.skip.is_some() {
            skip(&mut form.draft, field);
            return self.next_step(form);
        }
        if !offered {
            self.conv.phase = Phase::Filling { prompt, asking: field, form };
            return self.notice(m::STALE_BUTTON);
        }
        let draft = &mut form.draft;
        match field {
            Field::Consent if value == "agree" => draft.consent_at = Some(self.ctx.now),
            Field::Consent => return self.end_form(&form, m::REG_DECLINED),
            Field::GuardianConsent if value == "yes" => draft.guardian_asked = true,
            Field::GuardianConsent => return self.end_form(&form, m::REG_GUARDIAN_NEEDED),
            Field::Gender => draft.gender = value.parse().ok(),
            Field::Country => draft.country = value.parse().ok(),
            _ => {}
        }
        self.next_step(form);
    }

    pub(super) fn step_text(&mut self, prompt: PromptId, field: Field, mut form: Form, text: &str) {
        let Some(step) = self.engine.flow.step(field).cloned() else {
            return self.flow_changed();
        };
        let phase_again = |form| Phase::Filling { prompt, asking: field, form };
        let problem = match step.kind {
            StepKind::Choice(_) => Some(Msg::new(m::USE_BUTTONS)),
            StepKind::Text { min, max } => match bounded_text(text, min, max) {
                Ok(value) => {
                    set_text(&mut form.draft, field, value);
                    None
                }
                Err(e) => Some(text_problem(e)),
            },
            StepKind::BirthYear => {
                let ages = &self.engine.flow.ages;
                match BirthYear::parse(text, self.ctx.current_year, ages.min, ages.max) {
                    Ok(year) => {
                        form.draft.birth_year = Some(year);
                        None
                    }
                    Err(BirthYearError::NotAYear) => Some(Msg::new(m::INVALID_BIRTH_YEAR_FORMAT)),
                    Err(BirthYearError::OutOfRange { min, max }) => {
                        Some(Msg::new(m::INVALID_BIRTH_YEAR_RANGE).number("min", min).number("max", max))
                    }
                }
            }
            StepKind::CohortCode => match CohortCode::parse(text) {
                Ok(code) => {
                    self.conv.phase = phase_again(form);
                    self.out.query = Some(Query::Cohort(code));
                    return;
                }
                Err(_) => Some(Msg::new(m::INVALID_COHORT_FORMAT)),
            },
        };
        match problem {
            Some(msg) => {
                self.say(msg);
                self.reask(phase_again(form));
            }
            None => self.next_step(form),
        }
    }

    /// Leaves a form without saving: the person declined consent, or will not ask their guardian now. A
    /// registration ends with a "Start again" button that keeps the cohort already chosen (from the /start link,
    /// as the cohort is asked last), so nobody has to find the link again.
    fn end_form(&mut self, form: &Form, register_message: &str) {
        match form.mode {
            FormMode::Register => {
                let cohort = form.draft.cohort.clone().and_then(Optional::into_option);
                let again = ActionButton {
                    label: Label::Msg(Msg::new(m::BTN_START_AGAIN)),
                    action: Action::StartAgain { cohort },
                };
                self.out.replies.push(Reply::Show { msgs: vec![Msg::new(register_message)], buttons: vec![again] });
            }
            FormMode::Edit => self.say(Msg::new(m::PROFILE_NOT_SAVED)),
        }
        self.idle();
    }

    fn finish(&mut self, form: Form) {
        let Some(profile) = self.profile_from(&form) else {
            // Only reachable if the flow file lost a required step since the form began.
            return self.flow_changed();
        };
        // Younger than the age of consent, without an agreement confirmed yet: pending until a guardian confirms.
        let waiting = profile.guardian.is_none() && self.applies(Field::GuardianConsent, &form.draft);
        let (guardian_link, link_msg) = match waiting.then(|| self.guardian_link()) {
            Some((token, msg)) => (Some(token), Some(msg)),
            None => (None, None),
        };
        self.out.effects.push(Effect::SaveProfile { profile: Box::new(profile.clone()), guardian_link });
        let done = match (form.mode, waiting) {
            (FormMode::Register, false) => m::REG_DONE,
            (FormMode::Register, true) => m::REG_PENDING,
            (FormMode::Edit, _) => m::PROFILE_SAVED,
        };
        self.say(Msg::new(done).text("name", profile.name.clone()));
        if let Some(msg) = link_msg {
            self.say(msg);
        }
        match form.mode {
            FormMode::Register => self.idle(),
            FormMode::Edit => self.show_profile(&profile),
        }
    }

    fn profile_from(&self, form: &Form) -> Option<Profile> {
        let d = &form.draft;
        let existing = self.participant().map(|p| &p.profile);
        let privacy_version = match (form.mode, existing) {
            (FormMode::Edit, Some(p)) => p.privacy_version.clone(),
            _ => self.engine.flow.privacy_version.clone(),
        };
        let language = self.conv.lang.clone().or_else(|| existing.map(|p| p.language.clone()))?;
        Some(Profile {
            telegram_id: self.ctx.user,
            language,
            name: d.name.clone()?,
            birth_year: d.birth_year?,
            gender: d.gender.unwrap_or(crate::domain::Gender::Undisclosed),
            country: d.country?,
            municipality: d.municipality.clone()?,
            organisation: d.organisation.clone().and_then(Optional::into_option),
            cohort: d.cohort.clone().and_then(Optional::into_option),
            consent_at: d.consent_at?,
            privacy_version,
            guardian: d.guardian,
        })
    }

    pub(super) fn show_profile(&mut self, profile: &Profile) {
        let prompt = self.new_prompt();
        self.conv.phase = Phase::ProfileMenu { prompt };
        let mut choices: Vec<Choice> = self
            .engine
            .flow
            .steps
            .iter()
            .filter(|s| s.field.is_editable())
            .map(|s| Choice { value: s.field.as_str().into(), label: Label::key(m::edit_button(s.field)) })
            .collect();
        choices.push(Choice { value: DONE.into(), label: Label::key("btn-edit-done") });
        let msg = profile_args(Msg::new(m::PROFILE_CARD), profile);
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
    }

    pub(super) fn profile_menu_choice(&mut self, prompt: PromptId, value: &str) {
        if value == DONE {
            return self.idle();
        }
        let field = value.parse::<Field>().ok().filter(|f| f.is_editable() && self.engine.flow.step(*f).is_some());
        let (Some(field), Some(participant)) = (field, self.participant()) else {
            self.conv.phase = Phase::ProfileMenu { prompt };
            return self.notice(m::STALE_BUTTON);
        };
        let mut draft = Draft::from(&participant.profile);
        draft.clear(field);
        self.next_step(Form { mode: FormMode::Edit, draft, unknown_link_code: None });
    }

    /// What the privacy notice names: its version, the controller, how to reach them, how long data is kept.
    pub(super) fn notice_args(&self, msg: Msg) -> Msg {
        let privacy = &self.engine.privacy;
        msg.text("version", self.engine.flow.privacy_version.clone())
            .text("controller", privacy.controller.clone())
            .text("contact", privacy.contact.clone())
            .number("retention_days", privacy.retention_days)
    }

    pub(super) fn step_question(&self, step: &Step, draft: &Draft, prompt: PromptId) -> Reply {
        let ages = &self.engine.flow.ages;
        let consent_age = draft.country.map_or(ages.digital_consent, |c| ages.digital_consent_in(c));
        let mut msg = self
            .notice_args(Msg::new(step.prompt.clone()))
            .number("min_age", ages.min)
            .number("max_age", ages.max)
            .number("consent_age", consent_age);
        if let StepKind::Text { min, max } = step.kind {
            msg = msg.number("min", count(min)).number("max", count(max));
        }
        let mut choices: Vec<Choice> = match &step.kind {
            StepKind::Choice(options) => {
                options.iter().map(|o| Choice { value: o.value.clone(), label: Label::key(o.label.clone()) }).collect()
            }
            _ => Vec::new(),
        };
        if let Some(skip_label) = &step.skip {
            choices.push(Choice { value: SKIP.into(), label: Label::key(skip_label.clone()) });
        }
        Reply::Ask { msg, prompt, choices }
    }
}

impl Form {
    pub(super) fn register(draft: Draft, unknown_link_code: Option<String>) -> Self {
        Self { mode: FormMode::Register, draft, unknown_link_code }
    }
}

impl From<&Profile> for Draft {
    fn from(p: &Profile) -> Self {
        Self {
            consent_at: Some(p.consent_at),
            name: Some(p.name.clone()),
            birth_year: Some(p.birth_year),
            gender: Some(p.gender),
            country: Some(p.country),
            guardian: p.guardian,
            guardian_asked: false,
            municipality: Some(p.municipality.clone()),
            organisation: Some(Optional::from_option(p.organisation.clone())),
            cohort: Some(Optional::from_option(p.cohort.clone())),
        }
    }
}

fn skip(draft: &mut Draft, field: Field) {
    match field {
        Field::Gender => draft.gender = Some(crate::domain::Gender::Undisclosed),
        Field::Organisation => draft.organisation = Some(Optional::Skipped),
        Field::Cohort => draft.cohort = Some(Optional::Skipped),
        // Only optional fields have skip buttons (checked when dialogues/ is loaded).
        _ => {}
    }
}

fn set_text(draft: &mut Draft, field: Field, value: String) {
    match field {
        Field::Name => draft.name = Some(value),
        Field::Municipality => draft.municipality = Some(value),
        Field::Organisation => draft.organisation = Some(Optional::Given(value)),
        _ => {}
    }
}
