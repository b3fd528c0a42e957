//! Youth recommendations for the Summit: /recommend (theme, level, text, preview with submit / edit / cancel,
//! within a daily limit), /moderate for organisers (one at a time, approve or reject; the author is told),
//! /recommendations to browse approved ones by theme, page by page, and endorse others', and /summary.

use super::{Turn, count, text_problem};
use crate::conversation::messages as m;
use crate::conversation::themes::LEVELS;
use crate::conversation::{
    Action, ActionButton, Choice, Effect, Label, Msg, Phase, PromptId, Query, RecommendDraft, RecommendStep, Reply,
};
use crate::domain::script::{Script, transliterate};
use crate::domain::summary::{Dimension, OTHERS, Summary, UNKNOWN};
use crate::domain::{
    ApprovedRecommendation, EndorseTarget, PendingRecommendation, RECOMMENDATION_CHARS, multiline_text,
};

const SUBMIT: &str = "submit";
const EDIT: &str = "edit";
const CANCEL: &str = "cancel";
const APPROVE: &str = "approve";
const REJECT: &str = "reject";
/// Approved recommendations shown per page.
pub const PAGE_SIZE: i64 = 5;

/// A page of a theme's recommendations: which, and whether as written rather than in the reader's script.
#[derive(Debug, Clone, Copy)]
pub(super) struct Page {
    pub number: i64,
    pub original: bool,
}

impl Turn<'_> {
    fn theme_label(&self, id: &str) -> String {
        self.engine.themes.iter().find(|t| t.id == id).map_or_else(|| m::VALUE_UNKNOWN.to_owned(), |t| t.label.clone())
    }

    pub(super) fn recommend(&mut self) {
        if self.participant().is_none() {
            return self.say(Msg::new(m::NOT_REGISTERED));
        }
        self.out.query = Some(Query::RecommendQuota);
    }

    pub(super) fn quota_known(&mut self, used: i64, limit: i64) {
        if used >= limit {
            return self.say(Msg::new(m::REC_LIMIT).number("limit", limit));
        }
        self.recommend_step(RecommendStep::Theme, RecommendDraft::default());
    }

    fn recommend_step(&mut self, asking: RecommendStep, draft: RecommendDraft) {
        let prompt = self.new_prompt();
        if asking == RecommendStep::Preview {
            let text = Msg::new(m::VERBATIM).text("text", draft.text.clone().unwrap_or_default());
            self.out.replies.push(Reply::Show { msgs: vec![text], buttons: Vec::<ActionButton>::new() });
        }
        self.conv.phase = Phase::Recommending { prompt, asking, draft };
        self.ask_current();
    }

    pub(super) fn recommend_question(&self, prompt: PromptId, asking: RecommendStep, draft: &RecommendDraft) -> Reply {
        let keyed = |v: &str, key: String| Choice { value: v.to_owned(), label: Label::key(key) };
        let (msg, choices) = match asking {
            RecommendStep::Theme => {
                (Msg::new(m::REC_THEME), self.engine.themes.iter().map(|t| keyed(&t.id, t.label.clone())).collect())
            }
            RecommendStep::Level => {
                (Msg::new(m::REC_LEVEL), LEVELS.iter().map(|l| keyed(l, format!("level-{l}"))).collect())
            }
            RecommendStep::Text => (
                Msg::new(m::REC_TEXT)
                    .number("min", count(RECOMMENDATION_CHARS.0))
                    .number("max", count(RECOMMENDATION_CHARS.1)),
                Vec::new(),
            ),
            RecommendStep::Preview => (
                Msg::new(m::REC_PREVIEW)
                    .message("theme", self.theme_label(draft.theme.as_deref().unwrap_or_default()))
                    .message("level", format!("level-{}", draft.level.as_deref().unwrap_or_default())),
                vec![
                    keyed(SUBMIT, m::BTN_SUBMIT.into()),
                    keyed(EDIT, m::BTN_EDIT.into()),
                    keyed(CANCEL, m::BTN_CANCEL_SEND.into()),
                ],
            ),
        };
        Reply::Ask { msg, prompt, choices }
    }

    pub(super) fn recommend_choice(
        &mut self,
        prompt: PromptId,
        asking: RecommendStep,
        mut draft: RecommendDraft,
        value: &str,
    ) {
        match asking {
            RecommendStep::Theme if self.engine.themes.iter().any(|t| t.id == value) => {
                draft.theme = Some(value.to_owned());
                self.recommend_step(RecommendStep::Level, draft);
            }
            RecommendStep::Level if LEVELS.contains(&value) => {
                draft.level = Some(value.to_owned());
                self.recommend_step(RecommendStep::Text, draft);
            }
            RecommendStep::Preview if value == EDIT => self.recommend_step(RecommendStep::Text, draft),
            RecommendStep::Preview if value == CANCEL => {
                self.say(Msg::new(m::REC_CANCELLED));
                self.idle();
            }
            RecommendStep::Preview if value == SUBMIT => {
                let (Some(theme), Some(level), Some(text)) = (draft.theme, draft.level, draft.text) else {
                    return self.recommend_step(RecommendStep::Theme, RecommendDraft::default());
                };
                self.out.effects.push(Effect::SubmitRecommendation { theme, level, text });
                self.say(Msg::new(m::REC_SUBMITTED));
                self.idle();
            }
            _ => {
                self.conv.phase = Phase::Recommending { prompt, asking, draft };
                self.notice(m::STALE_BUTTON);
            }
        }
    }

    pub(super) fn recommend_text(
        &mut self,
        prompt: PromptId,
        asking: RecommendStep,
        mut draft: RecommendDraft,
        text: &str,
    ) {
        if asking != RecommendStep::Text {
            self.say(Msg::new(m::USE_BUTTONS));
            return self.reask(Phase::Recommending { prompt, asking, draft });
        }
        match multiline_text(text, RECOMMENDATION_CHARS.0, RECOMMENDATION_CHARS.1) {
            Ok(stored) => {
                // Kept as written (line breaks too): it goes to the Summit.
                draft.text = Some(stored);
                self.recommend_step(RecommendStep::Preview, draft);
            }
            Err(e) => {
                self.say(text_problem(e));
                self.reask(Phase::Recommending { prompt, asking, draft });
            }
        }
    }

    // ----- moderation ------------------------------------------------------------------------------------

    pub(super) fn moderate(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        self.out.query = Some(Query::NextPending);
    }

    pub(super) fn show_pending(&mut self, next: Option<PendingRecommendation>, waiting: i64) {
        let Some(rec) = next else { return self.say(Msg::new(m::MOD_NONE)) };
        let prompt = self.new_prompt();
        let text = Msg::new(m::VERBATIM).text("text", rec.text.clone());
        let card = Msg::new(m::MOD_CARD)
            .number("id", rec.id)
            .message("theme", self.theme_label(&rec.theme))
            .message("level", format!("level-{}", rec.level))
            .number("waiting", waiting);
        let choices = vec![
            Choice { value: APPROVE.into(), label: Label::key(m::BTN_APPROVE) },
            Choice { value: REJECT.into(), label: Label::key(m::BTN_REJECT) },
        ];
        self.out.replies.push(Reply::Show { msgs: vec![text], buttons: Vec::new() });
        self.out.replies.push(Reply::Ask { msg: card, prompt, choices });
        self.conv.phase = Phase::Moderating { prompt, recommendation: rec.id };
    }

    pub(super) fn moderation_choice(&mut self, prompt: PromptId, recommendation: i64, value: &str) {
        if !self.is_organiser() {
            self.say(Msg::new(m::ORGANISERS_ONLY));
            return self.idle();
        }
        let approve = match value {
            APPROVE => true,
            REJECT => false,
            _ => {
                self.conv.phase = Phase::Moderating { prompt, recommendation };
                return self.notice(m::STALE_BUTTON);
            }
        };
        self.out.effects.push(Effect::Moderate { recommendation, approve });
        self.say(Msg::new(if approve { m::MOD_APPROVED } else { m::MOD_REJECTED }));
        self.idle();
    }

    // ----- browsing and endorsing ------------------------------------------------------------------------

    pub(super) fn browse(&mut self) {
        if self.participant().is_none() {
            return self.say(Msg::new(m::NOT_REGISTERED));
        }
        self.out.query = Some(Query::PublishedThemes);
    }

    /// The themes that have published recommendations, in the themes' order, each with how many.
    pub(super) fn pick_theme(&mut self, counts: &[(String, i64)]) {
        let buttons: Vec<ActionButton> = self
            .engine
            .themes
            .iter()
            .filter_map(|t| {
                let (_, n) = counts.iter().find(|(id, n)| *id == t.id && *n > 0)?;
                Some(ActionButton {
                    label: Label::Msg(Msg::new(m::BROWSE_THEME).message("theme", t.label.clone()).number("count", *n)),
                    action: Action::Browse { theme: t.id.clone(), page: 0, original: false },
                })
            })
            .collect();
        if buttons.is_empty() {
            return self.say(Msg::new(m::BROWSE_NONE));
        }
        self.out.replies.push(Reply::Show { msgs: vec![Msg::new(m::BROWSE_PICK)], buttons });
    }

    pub(super) fn show_page(&mut self, theme: &str, page: Page, items: &[ApprovedRecommendation], more: bool) {
        let label = self.theme_label(theme);
        if items.is_empty() {
            return self.say(Msg::new(m::BROWSE_EMPTY).message("theme", label));
        }
        let mut msgs = vec![Msg::new(m::BROWSE_HEADER).message("theme", label).number("page", page.number + 1)];
        let mut buttons = Vec::new();
        let mut transliterated = false;
        for (i, item) in items.iter().enumerate() {
            let n = count(i + 1);
            let mark = if item.own {
                m::BROWSE_OWN
            } else if item.endorsed {
                m::BROWSE_ENDORSED
            } else {
                m::BROWSE_OTHER
            };
            let text = match (page.original, self.in_readers_script(item)) {
                (false, Some(text)) => {
                    transliterated = true;
                    text
                }
                _ => item.text.clone(),
            };
            msgs.push(
                Msg::new(m::BROWSE_ITEM)
                    .number("n", n)
                    .text("text", text)
                    .message("level", format!("level-{}", item.level))
                    .number("endorsements", item.endorsements)
                    .message("mark", mark),
            );
            if !item.own && !item.endorsed {
                let label = Label::Msg(Msg::new(m::BTN_ENDORSE_N).number("n", n));
                buttons.push(ActionButton { label, action: Action::Endorse { recommendation: item.id } });
            }
        }
        let browse = |number, original| Action::Browse { theme: theme.to_owned(), page: number, original };
        if transliterated {
            let label = Label::key(m::BTN_SHOW_ORIGINAL);
            buttons.push(ActionButton { label, action: browse(page.number, true) });
        }
        if more {
            let label = Label::key(m::BTN_NEXT_PAGE);
            buttons.push(ActionButton { label, action: browse(page.number + 1, page.original) });
        }
        self.out.replies.push(Reply::Show { msgs, buttons });
    }

    /// A recommendation written in another language than the reader's, in theirs: its translation into it,
    /// else, between Serbian and Montenegrin in the other script, the text in the reader's script.
    fn in_readers_script(&self, item: &ApprovedRecommendation) -> Option<String> {
        let reader = self.conv.lang.as_deref().or_else(|| self.participant().map(|p| p.profile.language.as_str()))?;
        if item.language.as_deref() == Some(reader) {
            return None;
        }
        if let Some((_, text)) = item.translations.iter().find(|(language, _)| language == reader) {
            return Some(text.clone());
        }
        let wanted = Script::of_language(reader)?;
        let written = Script::of_language(item.language.as_deref()?)?;
        (wanted != written).then(|| transliterate(&item.text, wanted))
    }

    /// An endorsement press, checked now: approved, not one's own, not endorsed before.
    pub(super) fn endorse(&mut self, recommendation: i64, target: Option<EndorseTarget>) {
        if self.participant().is_none() {
            return self.notice(m::NOT_REGISTERED);
        }
        let key = match target {
            Some(EndorseTarget { approved: true, own: false, already: false }) => {
                self.out.effects.push(Effect::Endorse { recommendation });
                m::ENDORSE_DONE
            }
            Some(EndorseTarget { own: true, .. }) => m::ENDORSE_OWN,
            Some(EndorseTarget { already: true, .. }) => m::ENDORSE_TWICE,
            _ => m::ENDORSE_GONE,
        };
        self.notice(key);
    }

    // ----- the summary -----------------------------------------------------------------------------------

    /// `/report [language]`: the Summit report, in English unless a language of the picker is named.
    pub(super) fn summit_report(&mut self, language: Option<String>) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        let language = match language.as_deref().map(str::trim) {
            None | Some("") => "en".to_owned(),
            Some(named) => match self.engine.languages.iter().find(|l| l.code.eq_ignore_ascii_case(named)) {
                Some(known) => known.code.clone(),
                None => {
                    let known: Vec<&str> = self.engine.languages.iter().map(|l| l.code.as_str()).collect();
                    let msg =
                        Msg::new(m::REPORT_UNKNOWN_LANGUAGE).text("language", named).text("known", known.join(", "));
                    return self.say(msg);
                }
            },
        };
        self.out.effects.push(Effect::ReportSent { language: language.clone() });
        self.out.replies.push(Reply::Attach(crate::conversation::Attachment::SummitReport { language }));
    }

    pub(super) fn summary(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        self.out.query = Some(Query::Summary);
    }

    pub(super) fn show_summary(&mut self, summary: &Summary) {
        let header = Msg::new(m::SUM_HEADER)
            .number("approved", summary.approved)
            .number("pending", summary.pending)
            .number("rejected", summary.rejected);
        if summary.approved == 0 {
            // Empty headings, a chart of nothing and files of zeros would say less than one sentence.
            let msgs = vec![header, Msg::new(m::SUM_NONE_APPROVED)];
            return self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
        }
        let mut msgs = vec![header];
        for (dimension, cells) in &summary.sections {
            let lines = cells
                .iter()
                .map(|(value, cell)| {
                    Msg::new(m::SUM_LINE)
                        .message("label", self.value_key(*dimension, value))
                        .text("value", cell.to_string())
                })
                .collect();
            msgs.push(Msg::new(m::SUM_SECTION).message("dimension", dimension_key(*dimension)).list("lines", lines));
        }
        msgs.push(Msg::new(m::SUM_TOP));
        for (theme, items) in &summary.top {
            for (_, text, endorsements) in items {
                msgs.push(
                    Msg::new(m::SUM_TOP_ITEM)
                        .message("theme", self.theme_label(theme))
                        .text("text", text.clone())
                        .number("endorsements", *endorsements),
                );
            }
        }
        self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
        self.out.replies.push(Reply::Attach(crate::conversation::Attachment::Summary));
        self.out.effects.push(Effect::SummarySent { approved: summary.approved });
    }

    fn value_key(&self, dimension: Dimension, value: &str) -> String {
        if value == UNKNOWN {
            return m::VALUE_UNKNOWN.to_owned();
        }
        if value == OTHERS {
            return m::SUM_OTHERS.to_owned();
        }
        match dimension {
            Dimension::Theme => self.theme_label(value),
            Dimension::Level => format!("level-{value}"),
            Dimension::Country => format!("country-{value}"),
            Dimension::Gender => format!("gender-{value}"),
            Dimension::AgeBand => age_key(value),
        }
    }
}

fn dimension_key(d: Dimension) -> &'static str {
    match d {
        Dimension::Theme => "sum-by-theme",
        Dimension::Level => "sum-by-level",
        Dimension::Country => "sum-by-country",
        Dimension::AgeBand => "sum-by-age",
        Dimension::Gender => "sum-by-gender",
    }
}

/// The message key of an age band (`30+` becomes `age-30-plus`: Fluent ids take no `+`).
pub fn age_key(band: &str) -> String {
    format!("age-{}", band.replace('+', "-plus"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ORGANISER, engine, turn};
    use super::*;
    use crate::conversation::{Arg, Conversation, Input};

    #[test]
    fn the_theme_picker_offers_only_themes_with_published_recommendations_with_how_many() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let counts = [("employment", 2), ("no-longer-a-theme", 3), ("participation", 1), ("rule-of-law", 0)];
        let counts: Vec<(String, i64)> = counts.iter().map(|(t, n)| ((*t).to_owned(), *n)).collect();
        let out = turn(&engine, &mut conv, &ORGANISER, Input::PublishedThemes(counts));
        let [Reply::Show { msgs, buttons }] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(msgs[0].key, m::BROWSE_PICK);
        // In the themes' order, not the counts'.
        let shown: Vec<(&Action, Option<&Arg>)> = buttons
            .iter()
            .map(|b| {
                let Label::Msg(label) = &b.label else { panic!("{:?}", b.label) };
                assert_eq!(label.key, m::BROWSE_THEME);
                (&b.action, label.args.iter().find(|(name, _)| *name == "count").map(|(_, n)| n))
            })
            .collect();
        let browse = |theme: &str| Action::Browse { theme: theme.into(), page: 0, original: false };
        assert_eq!(
            shown,
            [(&browse("participation"), Some(&Arg::Number(1))), (&browse("employment"), Some(&Arg::Number(2)))]
        );
    }

    #[test]
    fn with_nothing_published_it_says_so_instead_of_offering_themes() {
        let (engine, mut conv) = (engine(), Conversation::default());
        let out = turn(&engine, &mut conv, &ORGANISER, Input::PublishedThemes(vec![("employment".into(), 0)]));
        assert_eq!(out.replies, [Reply::Say(Msg::new(m::BROWSE_NONE))]);
        // A theme emptied since its button was shown (its author erased, say) answers with a sentence too.
        let emptied = Input::ApprovedPage {
            theme: "employment".into(),
            page: 0,
            original: false,
            items: Vec::new(),
            more: false,
        };
        let out = turn(&engine, &mut conv, &ORGANISER, emptied);
        let [Reply::Say(msg)] = out.replies.as_slice() else { panic!("{:?}", out.replies) };
        assert_eq!(msg.key, m::BROWSE_EMPTY);
    }
}
