//! Feedback surveys as data: `dialogues/surveys/*.toml`, read and validated like the registration flow.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::source::{FileError, line_of};

/// The survey sessions get when they name none.
pub const DEFAULT_SURVEY: &str = "session-feedback";

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
    Text { min: usize, max: usize },
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

/// Reads every `*.toml` in `dir` (sorted by name). Problems carry file and line.
pub fn load_all(dir: &Path) -> Result<Vec<(Survey, std::path::PathBuf, Vec<SurveyKey>)>, Vec<FileError>> {
    let entries = std::fs::read_dir(dir).map_err(|e| vec![FileError::whole(dir, format!("cannot read: {e}"))])?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut surveys = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for path in paths {
        match load_one(&path) {
            Ok((survey, keys)) => {
                if !ids.insert(survey.id.clone()) {
                    errors.push(FileError::whole(&path, format!("survey id '{}' is used twice", survey.id)));
                }
                surveys.push((survey, path, keys));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !surveys.iter().any(|(s, _, _)| s.id == DEFAULT_SURVEY) && errors.is_empty() {
        errors.push(FileError::whole(dir, format!("the default survey '{DEFAULT_SURVEY}' is missing")));
    }
    if errors.is_empty() { Ok(surveys) } else { Err(errors) }
}

fn load_one(path: &Path) -> Result<(Survey, Vec<SurveyKey>), Vec<FileError>> {
    let source = std::fs::read_to_string(path).map_err(|e| vec![FileError::whole(path, format!("cannot read: {e}"))])?;
    let file: SurveyFile = toml::from_str(&source).map_err(|e| {
        vec![match e.span() {
            Some(span) => FileError::at(path, &source, span.start, e.message().to_owned()),
            None => FileError::whole(path, e.message().to_owned()),
        }]
    })?;
    let mut errors = Vec::new();
    let mut keys = Vec::new();
    let mut key = |k: &Spanned<String>| {
        keys.push(SurveyKey { key: k.get_ref().clone(), line: line_of(&source, k.span().start) });
        k.get_ref().clone()
    };
    let title = key(&file.title);
    if !valid_id(file.id.get_ref()) {
        errors.push(FileError::at(path, &source, file.id.span().start, "a survey id has letters, digits and '-'"));
    }
    let mut questions: Vec<Question> = Vec::new();
    for q in file.question {
        let at = q.span().start;
        let q = q.into_inner();
        let id = q.id.get_ref().clone();
        if !valid_id(&id) || questions.iter().any(|x| x.id == id) {
            errors.push(FileError::at(path, &source, q.id.span().start, format!("question id '{id}' is not unique or has other than letters, digits and '-'")));
        }
        let text = key(&q.text);
        let options: Vec<SurveyOption> = q
            .options
            .iter()
            .map(|o| SurveyOption { value: o.value.get_ref().clone(), label: key(&o.label) })
            .collect();
        let bad_options = options.iter().any(|o| !valid_id(&o.value) || options.iter().filter(|x| x.value == o.value).count() > 1);
        let kind = match q.kind.get_ref().as_str() {
            "rating" | "yes_no" if !options.is_empty() => Err(format!("a {} question takes no options", q.kind.get_ref())),
            "rating" => Ok(QuestionKind::Rating),
            "yes_no" => Ok(QuestionKind::YesNo),
            "single" | "multiple" if options.len() < 2 => Err("a choice question needs at least two options".to_owned()),
            "single" | "multiple" if bad_options => Err("option values must be unique, letters, digits and '-'".to_owned()),
            "single" => Ok(QuestionKind::Single(options)),
            "multiple" => Ok(QuestionKind::Multiple(options)),
            "text" => match (q.min_chars, q.max_chars) {
                (Some(min), Some(max)) if min >= 1 && min <= max && max <= 4000 => Ok(QuestionKind::Text { min, max }),
                _ => Err("a text question needs 1 <= min_chars <= max_chars <= 4000".to_owned()),
            },
            other => Err(format!("unknown question type '{other}' (expected rating, single, multiple, yes_no, text)")),
        };
        let text_only_bounds = !matches!(q.kind.get_ref().as_str(), "text") && (q.min_chars.is_some() || q.max_chars.is_some());
        if text_only_bounds {
            errors.push(FileError::at(path, &source, at, "min_chars/max_chars apply to text questions only"));
        }
        match kind {
            Ok(kind) => questions.push(Question { id, text, kind, skippable: q.skippable }),
            Err(message) => errors.push(FileError::at(path, &source, q.kind.span().start, format!("question '{id}': {message}"))),
        }
    }
    if questions.is_empty() && errors.is_empty() {
        errors.push(FileError::whole(path, "a survey needs at least one question"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let survey = Survey { id: file.id.into_inner(), version: file.version, title, anonymous: file.anonymous, questions };
    Ok((survey, keys))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
