//! Feedback surveys: /feedback lists the surveys one can still answer; an invitation's button or the list
//! starts one; questions come one at a time (ratings, choices, toggles, yes/no, text), any skippable question
//! can be skipped, and the answers are stored once, at the end. /results and /stats show what was answered,
//! an anonymous survey's only once enough people have answered that no answer points to one of them.

use super::{Turn, count, text_problem};
use crate::conversation::messages as m;
use crate::conversation::surveys::{MULTIPLE_SEPARATOR, QuestionKind, RATINGS, Summary, Survey, YES_NO, summarize};
use crate::conversation::{
    Action, ActionButton, Choice, Effect, Label, Msg, Phase, PromptId, Query, Reply, SurveyProgress, SurveyTarget,
};
use crate::domain::summary::SMALL_CELL;
use crate::domain::{Reach, SessionLabel, SurveyAnswers, multiline_text, reach};

const SKIP: &str = "~skip";
const DONE: &str = "~done";
/// Surveys can be answered this long after the session ended.
pub const ANSWERABLE_DAYS: i64 = 14;

impl Turn<'_> {
    fn survey(&self, id: &str) -> Option<&Survey> {
        self.engine.surveys.iter().find(|s| s.id == id)
    }

    pub(super) fn feedback(&mut self) {
        if self.participant().is_none() {
            return self.say(Msg::new(m::NOT_REGISTERED));
        }
        self.out.query = Some(Query::OpenSurveys);
    }

    pub(super) fn show_open_surveys(&mut self, open: Vec<SessionLabel>) {
        if open.is_empty() {
            return self.say(Msg::new(m::FEEDBACK_NONE));
        }
        let buttons = open
            .into_iter()
            .map(|session| ActionButton {
                label: Label::session(&session),
                action: Action::StartSurvey { session: session.id },
            })
            .collect();
        self.out.replies.push(Reply::Show { msgs: vec![Msg::new(m::FEEDBACK_LIST)], buttons });
    }

    /// A survey button was pressed: check it may be answered now, then ask the first question.
    pub(super) fn survey_target(&mut self, target: Option<SurveyTarget>) {
        let Some(participant) = self.participant() else { return self.say(Msg::new(m::NOT_REGISTERED)) };
        let Some(target) = target.filter(|t| !t.view.session.cancelled) else {
            return self.say(Msg::new(m::SESSION_GONE));
        };
        let session = &target.view.session;
        let key = if participant.profile.cohort.as_ref() != Some(&session.cohort) {
            Some(m::RSVP_NOT_MEMBER)
        } else if target.answered {
            Some(m::SURVEY_ALREADY)
        } else if self.ctx.now < session.ends_at() {
            Some(m::SURVEY_NOT_YET)
        } else if self.ctx.now > session.ends_at() + chrono::Duration::days(ANSWERABLE_DAYS) {
            Some(m::SURVEY_CLOSED)
        } else {
            None
        };
        if let Some(key) = key {
            return self.say(super::session_args(Msg::new(key), session));
        }
        let Some(survey) = self.survey(&target.survey).cloned() else { return self.say(Msg::new(m::SESSION_GONE)) };
        let intro = super::session_args(Msg::new(m::SURVEY_INTRO), session).message("survey", survey.title.clone());
        let intro = if survey.anonymous {
            intro.message("anonymity", m::SURVEY_ANONYMOUS)
        } else {
            intro.text("anonymity", "")
        };
        self.say(intro);
        let progress = SurveyProgress {
            session: session.id,
            survey: survey.id.clone(),
            index: 0,
            answers: Vec::new(),
            selected: Vec::new(),
        };
        self.survey_step(progress);
    }

    fn survey_step(&mut self, progress: SurveyProgress) {
        let Some(survey) = self.survey(&progress.survey).cloned() else { return self.flow_changed() };
        if progress.index >= survey.questions.len() {
            return self.submit_survey(&survey, progress);
        }
        let prompt = self.new_prompt();
        self.conv.phase = Phase::Surveying { prompt, progress };
        self.ask_current();
    }

    pub(super) fn survey_question(&self, prompt: PromptId, progress: &SurveyProgress) -> Option<Reply> {
        let survey = self.survey(&progress.survey)?;
        let question = survey.questions.get(progress.index)?;
        let msg = Msg::new(m::SURVEY_QUESTION)
            .number("n", count(progress.index + 1))
            .number("total", count(survey.questions.len()))
            .message("question", question.text.clone());
        let literal = |v: &str| Choice { value: v.to_owned(), label: Label::Literal(v.to_owned()) };
        let keyed = |v: &str, key: &str| Choice { value: v.to_owned(), label: Label::key(key) };
        let mut choices: Vec<Choice> = match &question.kind {
            QuestionKind::Rating => RATINGS.iter().map(|r| literal(r)).collect(),
            QuestionKind::Single(options) => options.iter().map(|o| keyed(&o.value, &o.label)).collect(),
            QuestionKind::YesNo => vec![keyed(YES_NO[0], m::OPT_YES), keyed(YES_NO[1], m::OPT_NO)],
            QuestionKind::Multiple(options) => {
                let mut toggles: Vec<Choice> = options
                    .iter()
                    .map(|o| {
                        let on = progress.selected.contains(&o.value);
                        let label = Msg::new(if on { m::OPT_ON } else { m::OPT_OFF }).message("label", o.label.clone());
                        Choice { value: o.value.clone(), label: Label::Msg(label) }
                    })
                    .collect();
                toggles.push(keyed(DONE, m::BTN_DONE));
                toggles
            }
            QuestionKind::Text { .. } => Vec::new(),
        };
        if question.skippable {
            choices.push(keyed(SKIP, m::BTN_SKIP_QUESTION));
        }
        let msg = match &question.kind {
            QuestionKind::Text { min, max } => msg.number("min", count(*min)).number("max", count(*max)),
            _ => msg,
        };
        Some(Reply::Ask { msg, prompt, choices })
    }

    pub(super) fn survey_choice(&mut self, prompt: PromptId, mut progress: SurveyProgress, value: &str) {
        let Some(question) = self.survey(&progress.survey).and_then(|s| s.questions.get(progress.index)).cloned()
        else {
            return self.flow_changed();
        };
        let offered = match &question.kind {
            QuestionKind::Rating => RATINGS.contains(&value),
            QuestionKind::Single(options) => options.iter().any(|o| o.value == value),
            QuestionKind::YesNo => YES_NO.contains(&value),
            QuestionKind::Multiple(options) => value == DONE || options.iter().any(|o| o.value == value),
            QuestionKind::Text { .. } => false,
        };
        if value == SKIP && question.skippable {
            progress.answers.push((question.id.clone(), None));
            progress.index += 1;
            progress.selected.clear();
            return self.survey_step(progress);
        }
        if !offered {
            self.conv.phase = Phase::Surveying { prompt, progress };
            return self.notice(m::STALE_BUTTON);
        }
        if let QuestionKind::Multiple(_) = question.kind {
            if value != DONE {
                // Toggle, and show the question again with the new marks (the old buttons become stale).
                match progress.selected.iter().position(|v| v == value) {
                    Some(i) => {
                        progress.selected.remove(i);
                    }
                    None => progress.selected.push(value.to_owned()),
                }
                return self.survey_step(progress);
            }
            if progress.selected.is_empty() && !question.skippable {
                self.say(Msg::new(m::SURVEY_PICK_ONE));
                return self.reask(Phase::Surveying { prompt, progress });
            }
            let joined = progress.selected.join(&MULTIPLE_SEPARATOR.to_string());
            progress.answers.push((question.id.clone(), (!joined.is_empty()).then_some(joined)));
        } else {
            progress.answers.push((question.id.clone(), Some(value.to_owned())));
        }
        progress.index += 1;
        progress.selected.clear();
        self.survey_step(progress);
    }

    pub(super) fn survey_text(&mut self, prompt: PromptId, mut progress: SurveyProgress, text: &str) {
        let Some(question) = self.survey(&progress.survey).and_then(|s| s.questions.get(progress.index)).cloned()
        else {
            return self.flow_changed();
        };
        let QuestionKind::Text { min, max } = question.kind else {
            self.say(Msg::new(m::USE_BUTTONS));
            return self.reask(Phase::Surveying { prompt, progress });
        };
        // Feedback keeps its line breaks.
        match multiline_text(text, min, max) {
            Ok(answer) => {
                progress.answers.push((question.id.clone(), Some(answer)));
                progress.index += 1;
                self.survey_step(progress);
            }
            Err(e) => {
                self.say(text_problem(e));
                self.reask(Phase::Surveying { prompt, progress });
            }
        }
    }

    fn submit_survey(&mut self, survey: &Survey, progress: SurveyProgress) {
        let answers = progress.answers.into_iter().filter_map(|(q, v)| v.map(|v| (q, v))).collect();
        self.out.effects.push(Effect::SubmitSurvey {
            session: progress.session,
            survey: survey.id.clone(),
            version: survey.version,
            anonymous: survey.anonymous,
            answers,
        });
        self.say(Msg::new(m::SURVEY_THANKS));
        self.idle();
    }

    // ----- results ---------------------------------------------------------------------------------------

    pub(super) fn results(&mut self) {
        if reach(self.ctx.grants) == Reach::None {
            return self.say(Msg::new(m::NOT_ALLOWED));
        }
        self.out.query = Some(Query::ResultSessions);
    }

    pub(super) fn pick_results(&mut self, sessions: Vec<SessionLabel>) {
        if sessions.is_empty() {
            return self.say(Msg::new(m::RESULTS_NONE));
        }
        let prompt = self.new_prompt();
        let choices = sessions.iter().map(|s| Choice { value: s.id.to_string(), label: Label::session(s) }).collect();
        self.conv.phase = Phase::PickingResults { prompt, sessions };
        self.out.replies.push(Reply::Ask { msg: Msg::new(m::RESULTS_PICK), prompt, choices });
    }

    pub(super) fn results_choice(&mut self, prompt: PromptId, sessions: Vec<SessionLabel>, value: &str) {
        let chosen = value.parse::<i64>().ok().filter(|id| sessions.iter().any(|s| s.id == *id));
        let (Some(session), true) = (chosen, reach(self.ctx.grants) != Reach::None) else {
            self.conv.phase = Phase::PickingResults { prompt, sessions };
            return self.notice(m::STALE_BUTTON);
        };
        self.idle();
        self.out.query = Some(Query::Results(session));
    }

    /// Results of one session, or (no title) of the whole programme for /stats.
    pub(super) fn show_results(&mut self, header: Msg, per_survey: Vec<SurveyAnswers>) {
        let mut msgs = vec![header];
        for SurveyAnswers { survey: survey_id, responses, answers } in per_survey {
            let Some(survey) = self.survey(&survey_id).cloned() else { continue };
            msgs.push(Msg::new(m::RESULTS_SURVEY).message("survey", survey.title.clone()).number("n", responses));
            // A facilitator knows who was in the room: with a handful of answers, "No: 1" names someone.
            if survey.anonymous && responses < SMALL_CELL as i64 {
                msgs.push(Msg::new(m::RESULTS_ANONYMOUS_WITHHELD).number("min", SMALL_CELL as i64));
                continue;
            }
            let summaries = summarize(&survey, answers.iter().map(|(q, v)| (q.as_str(), v.as_str())));
            for (question_id, summary) in summaries {
                let Some(question) = survey.question(&question_id) else { continue };
                // A question and its figures or answers in one paragraph, the questions apart.
                let mut lines = vec![
                    Msg::new(m::RESULTS_QUESTION)
                        .message("question", question.text.clone())
                        .number("n", summary.answered()),
                ];
                lines.extend(summary_lines(&question.kind, &summary));
                msgs.push(Msg::new(m::RESULTS_BLOCK).list("lines", lines));
            }
        }
        self.out.replies.push(Reply::Show { msgs, buttons: Vec::new() });
    }

    pub(super) fn stats(&mut self) {
        if !self.is_organiser() {
            return self.say(Msg::new(m::ORGANISERS_ONLY));
        }
        self.out.query = Some(Query::ProgrammeStats);
    }
}

fn summary_lines(kind: &QuestionKind, summary: &Summary) -> Vec<Msg> {
    match summary {
        Summary::Rating { counts, average } => {
            let mut msg = Msg::new(m::RESULTS_RATING)
                .text("average", average.map_or_else(|| "-".to_owned(), |a| format!("{a:.1}")));
            for (i, name) in ["r1", "r2", "r3", "r4", "r5"].into_iter().enumerate() {
                msg = msg.number(name, counts[i]);
            }
            vec![msg]
        }
        Summary::Choices(counts) => counts
            .iter()
            .map(|(value, n)| {
                let label = match kind {
                    QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
                        options.iter().find(|o| &o.value == value).map_or_else(|| value.clone(), |o| o.label.clone())
                    }
                    _ if value == "yes" => m::OPT_YES.to_owned(),
                    _ => m::OPT_NO.to_owned(),
                };
                Msg::new(m::RESULTS_CHOICE).message("label", label).number("n", *n)
            })
            .collect(),
        Summary::Texts(texts) => texts.iter().map(|t| Msg::new(m::RESULTS_TEXT).text("text", t.clone())).collect(),
    }
}
