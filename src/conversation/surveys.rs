//! Feedback surveys as data: `dialogues/surveys/*.toml`, read and validated like the registration flow.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::source::{DialogueFiles, FileError, line_of};

pub use crate::domain::DEFAULT_SURVEY;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: String,
    pub version: u32,
    /// Message key of the survey's title.
    pub title: String,
    /// Answers stored without the participant.
    pub anonymous: bool,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    /// Message key of the question.
    pub text: String,
    pub kind: QuestionKind,
    pub skippable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Buttons 1 to 5.
    Rating,
    Single(Vec<SurveyOption>),
    Multiple(Vec<SurveyOption>),
    YesNo,
    Text {
        min: usize,
        max: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyOption {
    pub value: String,
    /// Message key of the label.
    pub label: String,
}

impl Survey {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// The values a rating question accepts.
pub const RATINGS: [&str; 5] = ["1", "2", "3", "4", "5"];
pub const YES_NO: [&str; 2] = ["yes", "no"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SurveyFile {
    id: Spanned<String>,
    version: u32,
    title: Spanned<String>,
    #[serde(default)]
    anonymous: bool,
    question: Vec<Spanned<QuestionFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    skippable: bool,
    #[serde(default)]
    options: Vec<OptionFile>,
    min_chars: Option<usize>,
    max_chars: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    value: Spanned<String>,
    label: Spanned<String>,
}

/// A message key a survey uses, and its line.
pub struct SurveyKey {
    pub key: String,
    pub line: usize,
}

/// A survey as read, with where it came from and the message keys it uses.
pub struct LoadedSurvey {
    pub survey: Survey,
    pub path: std::path::PathBuf,
    pub keys: Vec<SurveyKey>,
}

/// Reads every `surveys/*.toml` (sorted by name). Problems carry file and line.
pub fn load_all(files: &DialogueFiles) -> Result<Vec<LoadedSurvey>, Vec<FileError>> {
    let mut surveys = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (path, source) in files.in_folder("surveys", "toml") {
        match load_one(&path, source) {
            Ok((survey, keys)) => {
                if !ids.insert(survey.id.clone()) {
                    errors.push(FileError::whole(&path, format!("survey id '{}' is used twice", survey.id)));
                }
                surveys.push(LoadedSurvey { survey, path, keys });
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !surveys.iter().any(|l| l.survey.id == DEFAULT_SURVEY) && errors.is_empty() {
        let message = format!("the default survey '{DEFAULT_SURVEY}' is missing");
        errors.push(FileError::whole(&files.path("surveys"), message));
    }
    if errors.is_empty() { Ok(surveys) } else { Err(errors) }
}

fn load_one(path: &Path, source: &str) -> Result<(Survey, Vec<SurveyKey>), Vec<FileError>> {
    let file: SurveyFile = toml::from_str(source).map_err(|e| {
        vec![match e.span() {
            Some(span) => FileError::at(path, source, span.start, e.message().to_owned()),
            None => FileError::whole(path, e.message().to_owned()),
        }]
    })?;
    let mut reader = SurveyReader { path, source, errors: Vec::new(), keys: Vec::new() };
    let title = reader.key(&file.title);
    if !valid_id(file.id.get_ref()) {
        reader.error(file.id.span().start, "a survey id has letters, digits and '-'");
    }
    let mut questions: Vec<Question> = Vec::new();
    for q in file.question {
        if let Some(question) = reader.question(q, &questions) {
            questions.push(question);
        }
    }
    let SurveyReader { errors, keys, .. } = reader;
    if questions.is_empty() && errors.is_empty() {
        return Err(vec![FileError::whole(path, "a survey needs at least one question")]);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let survey =
        Survey { id: file.id.into_inner(), version: file.version, title, anonymous: file.anonymous, questions };
    Ok((survey, keys))
}

/// Turns a parsed survey file into questions, collecting every problem rather than stopping at the first.
struct SurveyReader<'a> {
    path: &'a Path,
    source: &'a str,
    errors: Vec<FileError>,
    keys: Vec<SurveyKey>,
}

impl SurveyReader<'_> {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.errors.push(FileError::at(self.path, self.source, offset, message));
    }

    /// A message key, remembered with its line for the translation check.
    fn key(&mut self, key: &Spanned<String>) -> String {
        self.keys.push(SurveyKey { key: key.get_ref().clone(), line: line_of(self.source, key.span().start) });
        key.get_ref().clone()
    }

    /// One question, unless it is wrong (its problems recorded); `before` are the survey's questions so far.
    fn question(&mut self, q: Spanned<QuestionFile>, before: &[Question]) -> Option<Question> {
        let at = q.span().start;
        let q = q.into_inner();
        let id = q.id.get_ref().clone();
        if !valid_id(&id) || before.iter().any(|x| x.id == id) {
            let message = format!("question id '{id}' is not unique or has other than letters, digits and '-'");
            self.error(q.id.span().start, message);
        }
        let text = self.key(&q.text);
        let options: Vec<SurveyOption> = q
            .options
            .iter()
            .map(|o| SurveyOption { value: o.value.get_ref().clone(), label: self.key(&o.label) })
            .collect();
        if q.kind.get_ref() != "text" && (q.min_chars.is_some() || q.max_chars.is_some()) {
            self.error(at, "min_chars/max_chars apply to text questions only");
        }
        match question_kind(q.kind.get_ref(), options, q.min_chars, q.max_chars) {
            Ok(kind) => Some(Question { id, text, kind, skippable: q.skippable }),
            Err(message) => {
                self.error(q.kind.span().start, format!("question '{id}': {message}"));
                None
            }
        }
    }
}

/// A question's kind from its `type`, options and text bounds, or what is wrong with them.
fn question_kind(
    kind: &str,
    options: Vec<SurveyOption>,
    min_chars: Option<usize>,
    max_chars: Option<usize>,
) -> Result<QuestionKind, String> {
    let bad_options =
        options.iter().any(|o| !valid_id(&o.value) || options.iter().filter(|x| x.value == o.value).count() > 1);
    match kind {
        "rating" | "yes_no" if !options.is_empty() => Err(format!("a {kind} question takes no options")),
        "rating" => Ok(QuestionKind::Rating),
        "yes_no" => Ok(QuestionKind::YesNo),
        "single" | "multiple" if options.len() < 2 => Err("a choice question needs at least two options".to_owned()),
        "single" | "multiple" if bad_options => Err("option values must be unique, letters, digits and '-'".to_owned()),
        "single" => Ok(QuestionKind::Single(options)),
        "multiple" => Ok(QuestionKind::Multiple(options)),
        "text" => match (min_chars, max_chars) {
            (Some(min), Some(max)) if min >= 1 && min <= max && max <= 4000 => Ok(QuestionKind::Text { min, max }),
            _ => Err("a text question needs 1 <= min_chars <= max_chars <= 4000".to_owned()),
        },
        other => Err(format!("unknown question type '{other}' (expected rating, single, multiple, yes_no, text)")),
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// What the answers to one question add up to.
#[derive(Debug, Clone, PartialEq)]
pub enum Summary {
    /// How many gave each rating 1..=5, and the average.
    Rating { counts: [i64; 5], average: Option<f64> },
    /// How many chose each option (for multiple choice, each option chosen counts).
    Choices(Vec<(String, i64)>),
    /// The texts, as written.
    Texts(Vec<String>),
}

impl Summary {
    pub fn answered(&self) -> i64 {
        match self {
            Summary::Rating { counts, .. } => counts.iter().sum(),
            Summary::Choices(counts) => counts.iter().map(|(_, n)| n).sum(),
            Summary::Texts(texts) => i64::try_from(texts.len()).unwrap_or(i64::MAX),
        }
    }
}

/// Adds up answers (question id, stored value) to each question of the survey, in the survey's order.
pub fn summarize<'a>(survey: &Survey, answers: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<(String, Summary)> {
    let mut summaries: Vec<(String, Summary)> = survey
        .questions
        .iter()
        .map(|q| {
            let summary = match &q.kind {
                QuestionKind::Rating => Summary::Rating { counts: [0; 5], average: None },
                QuestionKind::Single(options) | QuestionKind::Multiple(options) => {
                    Summary::Choices(options.iter().map(|o| (o.value.clone(), 0)).collect())
                }
                QuestionKind::YesNo => Summary::Choices(YES_NO.iter().map(|v| ((*v).to_owned(), 0)).collect()),
                QuestionKind::Text { .. } => Summary::Texts(Vec::new()),
            };
            (q.id.clone(), summary)
        })
        .collect();
    for (question, value) in answers {
        let Some((_, summary)) = summaries.iter_mut().find(|(id, _)| id == question) else { continue };
        match summary {
            Summary::Rating { counts, .. } => {
                if let Some(i) = RATINGS.iter().position(|r| *r == value) {
                    counts[i] += 1;
                }
            }
            Summary::Choices(counts) => {
                for chosen in value.split(MULTIPLE_SEPARATOR) {
                    if let Some((_, n)) = counts.iter_mut().find(|(v, _)| v == chosen) {
                        *n += 1;
                    }
                }
            }
            Summary::Texts(texts) => texts.push(value.to_owned()),
        }
    }
    for (_, summary) in &mut summaries {
        if let Summary::Rating { counts, average } = summary {
            let n: i64 = counts.iter().sum();
            let total: i64 = counts.iter().enumerate().map(|(i, c)| (i as i64 + 1) * c).sum();
            *average = (n > 0).then(|| total as f64 / n as f64);
        }
    }
    summaries
}

/// How the options of a multiple-choice answer are stored together.
pub const MULTIPLE_SEPARATOR: char = ';';

#[cfg(test)]
mod tests {
    use super::*;

    fn survey() -> Survey {
        let option = |v: &str| SurveyOption { value: v.into(), label: format!("opt-{v}") };
        let q = |id: &str, kind| Question { id: id.into(), text: id.into(), kind, skippable: true };
        Survey {
            id: "s".into(),
            version: 1,
            title: "t".into(),
            anonymous: false,
            questions: vec![
                q("r", QuestionKind::Rating),
                q("m", QuestionKind::Multiple(vec![option("a"), option("b")])),
                q("t", QuestionKind::Text { min: 1, max: 10 }),
            ],
        }
    }

    #[test]
    fn summaries_count_average_and_keep_texts() {
        let answers =
            [("r", "5"), ("r", "4"), ("r", "4"), ("m", "a;b"), ("m", "b"), ("t", "Great"), ("x", "?"), ("r", "9")];
        let summary = summarize(&survey(), answers);
        assert_eq!(summary[0].1, Summary::Rating { counts: [0, 0, 0, 2, 1], average: Some(13.0 / 3.0) });
        assert_eq!(summary[1].1, Summary::Choices(vec![("a".into(), 1), ("b".into(), 2)]));
        assert_eq!(summary[2].1, Summary::Texts(vec!["Great".into()]));
    }
}
