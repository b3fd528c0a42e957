//! /translate: organisers (into any language) and translators (into theirs) translate approved recommendations into a language of the picker, one after another
//! (the next lacking that language, oldest first; "Skip" leaves one for later), or `/translate ID` one chosen
//! recommendation, to write or correct its translation. The Summit report takes those with English.

use super::{Turn, text_problem};
use crate::conversation::messages as m;
use crate::conversation::{Choice, Effect, Label, Msg, Phase, PromptId, Query, Reply, TranslateStep};
use crate::domain::{RECOMMENDATION_CHARS, ToTranslate, multiline_text};

const SKIP: &str = "~skip";
/// A translation may run longer than its original (English is shorter, Albanian longer).
const TRANSLATION_CHARS: (usize, usize) = (RECOMMENDATION_CHARS.0, RECOMMENDATION_CHARS.1 * 2);

impl Turn<'_> {
    pub(super) fn translate(&mut self, argument: Option<String>) {
        let target = match argument.as_deref().map(|a| a.trim().trim_start_matches('#').parse::<i64>()) {
            None => None,
            Some(Ok(id)) => Some(id),
            Some(Err(_)) => return self.say(Msg::new(m::TRANSLATE_USAGE)),
        };
        if self.is_organiser() {
            return self.translate_into(target, Vec::new());
        }
        // Translators are not among the roles every turn reads: their languages are looked up now.
        self.out.query = Some(Query::TranslatorLanguages { target });
    }

    /// The answer to [`Query::TranslatorLanguages`] for someone who is not an organiser.
    pub(super) fn translator_languages(&mut self, languages: Vec<String>, target: Option<i64>) {
        if languages.is_empty() {
            return self.say(Msg::new(m::TRANSLATORS_ONLY));
        }
        self.translate_into(target, languages);
    }

    /// Asks the language, among `languages` (all if empty).
    fn translate_into(&mut self, target: Option<i64>, languages: Vec<String>) {
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Translating { prompt, asking: TranslateStep::Language { target, languages } };
        self.ask_current();
    }

    pub(super) fn translate_question(&self, prompt: PromptId, asking: &TranslateStep) -> Option<Reply> {
        match asking {
            TranslateStep::Language { languages, .. } => {
                let mut choices = self.language_choices();
                choices.retain(|c| languages.is_empty() || languages.contains(&c.value));
                Some(Reply::Ask { msg: Msg::new(m::TRANSLATE_PICK_LANGUAGE), prompt, choices })
            }
            // Asked with the recommendation it is about (see `translate_next`).
            TranslateStep::Text { .. } => None,
        }
    }

    pub(super) fn translate_choice(&mut self, prompt: PromptId, asking: TranslateStep, value: &str) {
        match asking {
            TranslateStep::Language { target, languages }
                if self.engine.languages.iter().any(|l| l.code == value)
                    && (languages.is_empty() || languages.iter().any(|l| l == value)) =>
            {
                self.conv.phase = Phase::Translating { prompt, asking: TranslateStep::Language { target, languages } };
                let language = value.to_owned();
                self.out.query = Some(Query::ToTranslate { language, target, skipped: Vec::new() });
            }
            TranslateStep::Text { language, recommendation, mut skipped } if value == SKIP => {
                skipped.push(recommendation);
                let asking =
                    TranslateStep::Text { language: language.clone(), recommendation, skipped: skipped.clone() };
                self.conv.phase = Phase::Translating { prompt, asking };
                self.out.query = Some(Query::ToTranslate { language, target: None, skipped });
            }
            asking => {
                self.conv.phase = Phase::Translating { prompt, asking };
                self.notice(m::STALE_BUTTON);
            }
        }
    }

    /// The answer to [`Query::ToTranslate`]: the recommendation to translate now, if any is left.
    pub(super) fn translate_next(&mut self, language: String, item: Option<ToTranslate>, waiting: i64) {
        let skipped = match std::mem::take(&mut self.conv.phase) {
            Phase::Translating { asking: TranslateStep::Text { skipped, .. }, .. } => skipped,
            Phase::Translating { asking: TranslateStep::Language { .. }, .. } => Vec::new(),
            other => {
                self.conv.phase = other;
                return;
            }
        };
        let name = self.language_name(&language);
        let Some(item) = item else {
            self.say(Msg::new(m::TRANSLATE_NONE).text("language", name));
            return self.idle();
        };
        let prompt = self.new_prompt();
        let written = item.language.as_deref().map_or_else(|| m::VALUE_UNKNOWN.to_owned(), |l| self.language_name(l));
        self.say(
            Msg::new(m::TRANSLATE_CARD)
                .number("id", item.id)
                .message("theme", self.theme_label_of(&item.theme))
                .text("written", written)
                .text("language", name.clone())
                .number("waiting", waiting)
                .text("text", item.text),
        );
        if let Some(existing) = item.existing {
            self.say(Msg::new(m::TRANSLATE_EXISTING).text("language", name.clone()).text("text", existing));
        }
        let choices = vec![Choice { value: SKIP.into(), label: Label::key(m::BTN_TRANSLATE_SKIP) }];
        let msg = Msg::new(m::TRANSLATE_ASK).text("language", name);
        self.out.replies.push(Reply::Ask { msg, prompt, choices });
        let asking = TranslateStep::Text { language, recommendation: item.id, skipped };
        self.conv.phase = Phase::Translating { prompt, asking };
    }

    /// A translation typed. Who may store it (an organiser, or a translator into its language) is checked when
    /// it is stored.
    pub(super) fn translate_text(&mut self, prompt: PromptId, asking: TranslateStep, text: &str) {
        let TranslateStep::Text { language, recommendation, skipped } = asking else {
            self.say(Msg::new(m::USE_BUTTONS));
            return self.reask(Phase::Translating { prompt, asking });
        };
        match multiline_text(text, TRANSLATION_CHARS.0, TRANSLATION_CHARS.1) {
            Ok(text) => {
                let effect = Effect::Translate { recommendation, language: language.clone(), text };
                self.out.effects.push(effect);
                self.say(Msg::new(m::TRANSLATE_SAVED).number("id", recommendation));
                // The next is looked up before this turn is stored: this one still lacks its translation there.
                let mut skipped = skipped;
                skipped.push(recommendation);
                let asking =
                    TranslateStep::Text { language: language.clone(), recommendation, skipped: skipped.clone() };
                self.conv.phase = Phase::Translating { prompt, asking };
                self.out.query = Some(Query::ToTranslate { language, target: None, skipped });
            }
            Err(e) => {
                self.say(text_problem(e));
                let asking = TranslateStep::Text { language, recommendation, skipped };
                self.conv.phase = Phase::Translating { prompt, asking };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Command, Conversation, Input};

    fn item(id: i64) -> ToTranslate {
        ToTranslate {
            id,
            theme: "employment".into(),
            text: "Текст".into(),
            language: Some("sr-Cyrl".into()),
            existing: None,
        }
    }

    #[test]
    fn an_organiser_translates_one_after_another_and_skipped_ones_are_left_out() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Command(Command::Translate(None)));
        let [Reply::Ask { prompt, choices, .. }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(choices.len(), engine.languages().len(), "every language for an organiser");
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt: *prompt, value: "en".into() });
        assert_eq!(out.query, Some(Query::ToTranslate { language: "en".into(), target: None, skipped: vec![] }));
        let card = Input::ToTranslate { language: "en".into(), item: Some(item(4)), waiting: 2 };
        turn(&engine, &mut conv, &ORGANISER, card);
        let Some(prompt) = conv.phase.prompt() else { panic!("the translation is asked") };
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Choice { prompt, value: SKIP.into() });
        assert_eq!(out.query, Some(Query::ToTranslate { language: "en".into(), target: None, skipped: vec![4] }));
        turn(
            &engine,
            &mut conv,
            &ORGANISER,
            Input::ToTranslate { language: "en".into(), item: Some(item(5)), waiting: 2 },
        );
        let out = turn(&engine, &mut conv, &ORGANISER, Input::Text("Less cramming, more practice.".into()));
        let text = "Less cramming, more practice.".to_owned();
        assert_eq!(out.effects, [Effect::Translate { recommendation: 5, language: "en".into(), text }]);
        // The next is looked up before this one is stored: both it and the skipped one are left out.
        assert_eq!(out.query, Some(Query::ToTranslate { language: "en".into(), target: None, skipped: vec![4, 5] }));
    }

    #[test]
    fn a_translator_is_offered_their_languages_and_a_bad_number_is_explained() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let out = turn(&engine, &mut conv, &[], Input::Command(Command::Translate(Some("12".into()))));
        assert_eq!(out.query, Some(Query::TranslatorLanguages { target: Some(12) }));
        let none = turn(&engine, &mut conv, &[], Input::TranslatorLanguages { languages: vec![], target: Some(12) });
        assert_eq!(none.replies, [Reply::Say(Msg::new(m::TRANSLATORS_ONLY))]);
        let languages = Input::TranslatorLanguages { languages: vec!["sq".into()], target: Some(12) };
        let out = turn(&engine, &mut conv, &[], languages);
        let [Reply::Ask { prompt, choices, .. }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(), ["sq"]);
        let forged = turn(&engine, &mut conv, &[], Input::Choice { prompt: *prompt, value: "en".into() });
        assert_eq!(forged.query, None, "a language not granted is not taken");
        let usage = turn(
            &engine,
            &mut Conversation::default(),
            &ORGANISER,
            Input::Command(Command::Translate(Some("x".into()))),
        );
        assert_eq!(usage.replies, [Reply::Say(Msg::new(m::TRANSLATE_USAGE))]);
    }
}
