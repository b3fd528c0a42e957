//! Loads `dialogues/` (languages, the registration flow, translations) and validates it as a whole: every field
//! known, every step reachable and in a sensible order, every message key translated. Each problem is reported
//! with its file and line; `check-dialogues` prints them all.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::flow::{Ages, ChoiceDef, Field, RegistrationFlow, Step, StepKind};
use super::messages;
use super::surveys::{self, Survey};
use super::themes::{self, Theme};
use crate::domain::Country;
use crate::i18n::{I18n, Language};
use crate::source::{DialogueFiles, FileError, FileErrors};

/// The language whose translation is the reference and the per-message fallback.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Everything read from `dialogues/`.
#[derive(Debug)]
pub struct Dialogues {
    pub languages: Vec<Language>,
    pub registration: RegistrationFlow,
    pub surveys: Vec<Survey>,
    pub themes: Vec<Theme>,
    pub i18n: I18n,
}

impl Dialogues {
    /// The dialogues in `dir` (what DIALOGUES_DIR names).
    pub fn load(dir: &Path) -> Result<Self, FileErrors> {
        Self::from_files(&DialogueFiles::read(dir)?)
    }

    /// The dialogues built into the bot.
    pub fn built_in() -> Result<Self, FileErrors> {
        Self::from_files(&DialogueFiles::built_in())
    }

    /// DIALOGUES_DIR's dialogues when it is set, else the built-in ones.
    pub fn configured(dir: Option<&Path>) -> Result<Self, FileErrors> {
        Self::from_files(&DialogueFiles::configured(dir)?)
    }

    /// Reads and checks a whole set, collecting every problem: the bot's own messages are checked even when
    /// another file is broken (another locale too, whose problems are then its own), so one run reports all.
    pub fn from_files(files: &DialogueFiles) -> Result<Self, FileErrors> {
        let mut errors = Vec::new();
        let mut key_uses = Vec::new();
        let languages = keep(&mut errors, load_languages(files));
        let registration = keep(&mut errors, load_registration(files)).map(|(flow, uses)| {
            key_uses.extend(uses);
            flow
        });
        let surveys = keep(&mut errors, surveys::load_all(files)).map(|found| {
            let mut list = Vec::new();
            for surveys::LoadedSurvey { survey, path, keys } in found {
                key_uses.extend(keys.into_iter().map(|k| KeyUse { key: k.key, file: path.clone(), line: k.line }));
                list.push(survey);
            }
            list
        });
        let themes = keep(&mut errors, load_themes(files)).map(|(themes, uses)| {
            key_uses.extend(uses);
            themes
        });
        let i18n = languages.as_deref().map(|langs| {
            let (i18n, problems) = I18n::load(files, langs, FALLBACK_LANGUAGE);
            errors.extend(problems);
            i18n
        });
        if let (Some(languages), Some(i18n)) = (&languages, &i18n) {
            check_translations(files, languages, i18n, &key_uses, &mut errors);
        }
        match (languages, registration, surveys, themes, i18n) {
            (Some(languages), Some(registration), Some(surveys), Some(themes), Some(i18n)) if errors.is_empty() => {
                Ok(Self { languages, registration, surveys, themes, i18n })
            }
            _ => Err(FileErrors(errors)),
        }
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }
}

/// A message key used by a data file, and where.
struct KeyUse {
    key: String,
    file: PathBuf,
    line: usize,
}

/// What loaded, its problems added to the others.
fn keep<T>(errors: &mut Vec<FileError>, result: Result<T, Vec<FileError>>) -> Option<T> {
    result.map_err(|e| errors.extend(e)).ok()
}

fn load_themes(files: &DialogueFiles) -> Result<(Vec<Theme>, Vec<KeyUse>), Vec<FileError>> {
    let (path, source) = files.get("themes.toml")?;
    let (themes, keys) = themes::load(&path, source)?;
    Ok((themes, keys.into_iter().map(|(key, line)| KeyUse { key, file: path.clone(), line }).collect()))
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, source: &str) -> Result<T, Vec<FileError>> {
    toml::from_str(source).map_err(|e| {
        let message = e.message().to_owned();
        vec![match e.span() {
            Some(span) => FileError::at(path, source, span.start, message),
            None => FileError::whole(path, message),
        }]
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Spanned<LanguageEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageEntry {
    code: String,
    name: String,
    #[serde(default)]
    complete: bool,
}

fn load_languages(files: &DialogueFiles) -> Result<Vec<Language>, Vec<FileError>> {
    let (path, source) = files.get("languages.toml")?;
    let path = path.as_path();
    let file: LanguagesFile = parse_toml(path, source)?;
    let mut languages: Vec<Language> = Vec::new();
    let mut errors = Vec::new();
    for entry in file.language {
        let span = entry.span();
        let entry = entry.into_inner();
        if languages.iter().any(|l| l.code == entry.code) {
            errors.push(FileError::at(path, source, span.start, format!("language '{}' is listed twice", entry.code)));
        }
        languages.push(Language { code: entry.code, name: entry.name, complete: entry.complete });
    }
    match languages.iter().find(|l| l.code == FALLBACK_LANGUAGE) {
        Some(l) if l.complete => {}
        _ => errors.push(FileError::whole(path, format!("'{FALLBACK_LANGUAGE}' must be listed, with complete = true"))),
    }
    if errors.is_empty() { Ok(languages) } else { Err(errors) }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistrationFile {
    privacy_notice_version: String,
    ages: Spanned<AgesFile>,
    step: Vec<Spanned<StepFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgesFile {
    min: u8,
    max: u8,
    digital_consent: u8,
    #[serde(default)]
    digital_consent_by_country: BTreeMap<String, u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    field: Spanned<String>,
    prompt: Spanned<String>,
    #[serde(default)]
    options: Vec<OptionFile>,
    min_chars: Option<usize>,
    max_chars: Option<usize>,
    skip: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    value: Spanned<String>,
    label: Spanned<String>,
}

/// Turns the parsed file into a flow, collecting every problem rather than stopping at the first.
struct RegistrationReader<'a> {
    path: &'a Path,
    source: &'a str,
    errors: Vec<FileError>,
    keys: Vec<KeyUse>,
}

impl RegistrationReader<'_> {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.errors.push(FileError::at(self.path, self.source, offset, message));
    }

    fn key(&mut self, key: &Spanned<String>) -> String {
        let line = crate::source::line_of(self.source, key.span().start);
        self.keys.push(KeyUse { key: key.get_ref().clone(), file: self.path.to_path_buf(), line });
        key.get_ref().clone()
    }

    fn ages(&mut self, ages: Spanned<AgesFile>) -> Ages {
        let at = ages.span().start;
        let ages = ages.into_inner();
        if ages.min > ages.max {
            self.error(at, format!("ages: min ({}) is above max ({})", ages.min, ages.max));
        }
        let mut by_country = HashMap::new();
        for (code, age) in ages.digital_consent_by_country {
            match code.parse::<Country>() {
                Ok(country) => {
                    by_country.insert(country, age);
                }
                Err(e) => self.error(at, format!("ages.digital_consent_by_country: {e}")),
            }
        }
        Ages { min: ages.min, max: ages.max, digital_consent: ages.digital_consent, by_country }
    }

    fn step(&mut self, step: Spanned<StepFile>) -> Option<Step> {
        let at = step.span().start;
        let step = step.into_inner();
        let field = match step.field.get_ref().parse::<Field>() {
            Ok(field) => field,
            Err(e) => {
                self.error(step.field.span().start, e);
                return None;
            }
        };
        let prompt = self.key(&step.prompt);
        let skip = step.skip.as_ref().map(|k| self.key(k));
        if skip.is_some() && !field.is_optional() {
            self.error(at, format!("{field}: this field is required, so it cannot have a skip button"));
        }
        let kind = self.kind(field, &step, at)?;
        Some(Step { field, prompt, kind, skip })
    }

    fn kind(&mut self, field: Field, step: &StepFile, at: usize) -> Option<StepKind> {
        let wants_options = field.allowed_values().is_some();
        let wants_bounds = field.is_free_text();
        if !wants_options && !step.options.is_empty() {
            self.error(at, format!("{field}: this field takes no options"));
        }
        if !wants_bounds && (step.min_chars.is_some() || step.max_chars.is_some()) {
            self.error(at, format!("{field}: min_chars/max_chars apply only to free-text fields"));
        }
        if wants_options {
            return self.choices(field, &step.options, at).map(StepKind::Choice);
        }
        if wants_bounds {
            let (Some(min), Some(max)) = (step.min_chars, step.max_chars) else {
                self.error(at, format!("{field}: a free-text field needs min_chars and max_chars"));
                return None;
            };
            if min == 0 || min > max || max > 4000 {
                self.error(at, format!("{field}: need 1 <= min_chars <= max_chars <= 4000"));
                return None;
            }
            return Some(StepKind::Text { min, max });
        }
        Some(match field {
            Field::BirthYear => StepKind::BirthYear,
            _ => StepKind::CohortCode,
        })
    }

    fn choices(&mut self, field: Field, options: &[OptionFile], at: usize) -> Option<Vec<ChoiceDef>> {
        let allowed = field.allowed_values().unwrap_or_default();
        let mut choices: Vec<ChoiceDef> = Vec::new();
        for option in options {
            let value = option.value.get_ref();
            if !allowed.contains(&value.as_str()) {
                let message = format!("{field}: unknown option '{value}' (expected one of {})", allowed.join(", "));
                self.error(option.value.span().start, message);
            } else if choices.iter().any(|c| &c.value == value) {
                self.error(option.value.span().start, format!("{field}: option '{value}' is listed twice"));
            }
            let label = self.key(&option.label);
            choices.push(ChoiceDef { value: value.clone(), label });
        }
        if choices.is_empty() {
            self.error(at, format!("{field}: needs options (among {})", allowed.join(", ")));
            return None;
        }
        if field.needs_every_value() && choices.len() != allowed.len() {
            self.error(at, format!("{field}: needs exactly the options {}", allowed.join(", ")));
        }
        Some(choices)
    }
}

fn load_registration(files: &DialogueFiles) -> Result<(RegistrationFlow, Vec<KeyUse>), Vec<FileError>> {
    let (path, source) = files.get("registration.toml")?;
    let path = path.as_path();
    let file: RegistrationFile = parse_toml(path, source)?;
    let mut reader = RegistrationReader { path, source, errors: Vec::new(), keys: Vec::new() };
    let ages = reader.ages(file.ages);
    let mut steps: Vec<(usize, Step)> = Vec::new();
    for step in file.step {
        let at = step.span().start;
        if let Some(step) = reader.step(step) {
            if steps.iter().any(|(_, s)| s.field == step.field) {
                reader.error(at, format!("{}: asked twice", step.field));
            }
            steps.push((at, step));
        }
    }
    check_order(&mut reader, &steps);
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let flow = RegistrationFlow {
        privacy_version: file.privacy_notice_version,
        ages,
        steps: steps.into_iter().map(|(_, s)| s).collect(),
    };
    Ok((flow, reader.keys))
}

/// Consent comes before any personal data; the guardian step needs the age and the country; required fields
/// must all be asked.
fn check_order(reader: &mut RegistrationReader<'_>, steps: &[(usize, Step)]) {
    let position = |field: Field| steps.iter().position(|(_, s)| s.field == field);
    if let Some((at, first)) = steps.first()
        && first.field != Field::Consent
    {
        reader.error(*at, "consent must be the first step: nothing personal is asked before it");
    }
    for field in Field::ALL.iter().copied().filter(|f| !f.is_optional()) {
        if position(field).is_none() {
            reader.errors.push(FileError::whole(reader.path, format!("the required field '{field}' is never asked")));
        }
    }
    if let Some(guardian) = position(Field::GuardianConsent) {
        let before = |f| position(f).is_some_and(|p| p < guardian);
        if !before(Field::BirthYear) || !before(Field::Country) {
            let at = steps[guardian].0;
            reader.error(at, "guardian_consent must come after birth_year and country (it depends on both)");
        }
    }
}

/// Every key a data file uses exists in English and in every complete language; every key the bot itself
/// uses exists in English and in every complete language; no language defines a key English does not know.
fn check_translations(
    files: &DialogueFiles,
    languages: &[Language],
    i18n: &I18n,
    uses: &[KeyUse],
    errors: &mut Vec<FileError>,
) {
    let ftl = |code: &str| files.path(&format!("locales/{code}.ftl"));
    for language in languages.iter().filter(|l| i18n.is_loaded(&l.code)) {
        if language.complete {
            for use_ in uses.iter().filter(|u| !i18n.has(&language.code, &u.key)) {
                errors.push(FileError {
                    file: use_.file.clone(),
                    line: Some(use_.line),
                    message: format!("message '{}' is missing from {}", use_.key, ftl(&language.code).display()),
                });
            }
            for key in messages::all().iter().filter(|k| !i18n.has(&language.code, k)) {
                let message = format!("message '{key}' (used by the bot) is missing");
                errors.push(FileError::whole(&ftl(&language.code), message));
            }
        }
        // Without the reference translation, every message would look like a stray.
        if !i18n.is_loaded(FALLBACK_LANGUAGE) {
            continue;
        }
        let strays: Vec<String> =
            i18n.message_ids(&language.code).filter(|id| !i18n.has(FALLBACK_LANGUAGE, id)).map(str::to_owned).collect();
        for id in strays {
            let message =
                format!("message '{id}' is not in {FALLBACK_LANGUAGE}.ftl (a typo, or a message to add there)");
            errors.push(FileError::whole(&ftl(&language.code), message));
        }
    }
}
