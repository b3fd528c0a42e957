//! Translations: one Fluent bundle per language, read from `dialogues/locales/<code>.ftl`, with a per-message
//! fallback to the fallback language (English) for languages that are not complete.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::source::{DialogueFiles, FileError};

pub mod dates;

type Bundle = FluentBundle<FluentResource>;

/// A language offered in the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    /// The language's name in itself ("Shqip"), shown on its button.
    pub name: String,
    /// Complete languages must translate every message; others fall back per message.
    pub complete: bool,
}

impl Language {
    /// The language a Telegram client's `language_code` ("sr", "hr", "pt-br") asks for: the same code, else
    /// the first listed one of the same language ("sr" is Serbian in the script listed first).
    pub fn for_client<'a>(languages: &'a [Language], client: &str) -> Option<&'a Language> {
        let primary = primary_subtag(client);
        languages
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(client))
            .or_else(|| languages.iter().find(|l| l.primary_subtag().eq_ignore_ascii_case(primary)))
    }

    /// The language without its script or region: "sr" of "sr-Latn".
    pub fn primary_subtag(&self) -> &str {
        primary_subtag(&self.code)
    }
}

/// How the language a person is answered in is decided, for every transport and every message: the one chosen
/// in this chat, else the one their profile stores, else their Telegram app's (`language_code`) if the bot
/// speaks it (see [`Language::for_client`]), else DEFAULT_LANGUAGE.
#[derive(Debug, Clone)]
pub struct LanguageChoice {
    languages: Vec<Language>,
    default: String,
}

impl LanguageChoice {
    pub fn new(languages: Vec<Language>, default: String) -> Self {
        Self { languages, default }
    }

    pub fn decide(&self, chosen: Option<&str>, stored: Option<&str>, client: Option<&str>) -> String {
        let of_client = || client.and_then(|c| Language::for_client(&self.languages, c)).map(|l| l.code.as_str());
        chosen.or(stored).or_else(of_client).unwrap_or(&self.default).to_owned()
    }

    /// DEFAULT_LANGUAGE.
    pub fn default_language(&self) -> &str {
        &self.default
    }
}

fn primary_subtag(tag: &str) -> &str {
    tag.split('-').next().unwrap_or_default()
}

pub struct I18n {
    fallback: String,
    bundles: HashMap<String, Bundle>,
    /// Message ids per language, kept for validation and tests.
    ids: HashMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("fallback", &self.fallback).field("languages", &self.ids.keys()).finish()
    }
}

impl I18n {
    /// Loads `locales/<code>.ftl` for every language. Every problem is reported, with file and line. The
    /// languages that loaded are kept even then, so that one broken file does not hide what the others lack.
    pub fn load(files: &DialogueFiles, languages: &[Language], fallback: &str) -> (Self, Vec<FileError>) {
        let mut errors = Vec::new();
        let mut i18n = Self { fallback: fallback.to_owned(), bundles: HashMap::new(), ids: HashMap::new() };
        for language in languages {
            let loaded = files.get(&format!("locales/{}.ftl", language.code));
            match loaded.and_then(|(path, source)| load_bundle(&path, source, &language.code)) {
                Ok((bundle, ids)) => {
                    i18n.bundles.insert(language.code.clone(), bundle);
                    i18n.ids.insert(language.code.clone(), ids);
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !i18n.bundles.contains_key(fallback) && errors.is_empty() {
            errors
                .push(FileError::whole(files.root(), format!("the fallback language '{fallback}' is not configured")));
        }
        (i18n, errors)
    }

    /// Whether the translations of `lang` loaded.
    pub fn is_loaded(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.ids.get(lang).is_some_and(|ids| ids.contains(key))
    }

    /// The ids of every message of a language (empty for an unknown language).
    pub fn message_ids(&self, lang: &str) -> impl Iterator<Item = &str> {
        self.ids.get(lang).into_iter().flatten().map(String::as_str)
    }

    /// Formats `key` in `lang`, else in the fallback language. A key missing everywhere (which validation at
    /// start rules out) comes back as the key itself, so that a reply is never lost.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        [lang, self.fallback.as_str()].into_iter().find_map(|l| self.format_in(l, key, args)).unwrap_or_else(|| {
            tracing::error!(key, lang, "message missing in every language");
            key.to_owned()
        })
    }

    fn format_in(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, lang, ?errors, "message formatted with errors");
        }
        // An argument left empty at the end (an optional sentence, say) would leave the space before it.
        let mut text = text.into_owned();
        text.truncate(text.trim_end().len());
        Some(text)
    }
}

fn load_bundle(path: &Path, source: &str, code: &str) -> Result<(Bundle, BTreeSet<String>), Vec<FileError>> {
    let langid: LanguageIdentifier =
        code.parse().map_err(|_| vec![FileError::whole(path, format!("'{code}' is not a language tag (BCP 47)"))])?;
    let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errs)| {
        errs.into_iter()
            .map(|e| FileError::at(path, source, e.pos.start, format!("Fluent syntax: {}", e.kind)))
            .collect::<Vec<_>>()
    })?;
    let ids = message_ids(path, source, &resource)?;
    let mixed = mixed_script_words(path, source);
    if !mixed.is_empty() {
        return Err(mixed);
    }
    let mut bundle = FluentBundle::new_concurrent(vec![plural_rules_of(langid)]);
    // Isolation marks around arguments show up as stray characters in Telegram clients and terminals.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errs| errs.into_iter().map(|e| FileError::whole(path, e.to_string())).collect::<Vec<_>>())?;
    Ok((bundle, ids))
}

/// Words that mix Latin and Cyrillic letters ("сè" typed with a Latin è): they look right and are wrong, break
/// search and sorting, and a screen reader spells them out.
fn mixed_script_words(path: &Path, source: &str) -> Vec<FileError> {
    let is_cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let is_latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
    let mut errors = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if !line.starts_with('#') {
            for (start, word) in words(line) {
                if word.chars().any(is_cyrillic) && word.chars().any(is_latin) {
                    let message = format!("'{word}' mixes Latin and Cyrillic letters");
                    errors.push(FileError::at(path, source, offset + start, message));
                }
            }
        }
        offset += line.len();
    }
    errors
}

/// The runs of letters of `line`, with their byte offsets.
fn words(line: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &line[s..]));
    }
    words
}

/// The language whose plural rules `langid` follows. Fluent picks `[one]`/`[few]`/`[other]` by the CLDR rules
/// of the bundle's locale, and CLDR has none for Montenegrin (`cnr`), which would then always take `*[other]`
/// ("64 znakova"); its rules are those of Serbian as spoken in Montenegro.
fn plural_rules_of(langid: LanguageIdentifier) -> LanguageIdentifier {
    match langid.language.as_str() {
        "cnr" => "sr-ME".parse().unwrap_or(langid),
        _ => langid,
    }
}

/// The messages of a resource, refusing duplicates (the later one would silently win).
fn message_ids(path: &Path, source: &str, resource: &FluentResource) -> Result<BTreeSet<String>, Vec<FileError>> {
    let mut ids = BTreeSet::new();
    let mut errors = Vec::new();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        if message.value.is_none() {
            let offset = offset_of(source, &id, false);
            errors.push(FileError::at(path, source, offset, format!("message '{id}' has no value")));
        }
        if !ids.insert(id.clone()) {
            let offset = offset_of(source, &id, true);
            errors.push(FileError::at(path, source, offset, format!("message '{id}' is defined twice")));
        }
    }
    if errors.is_empty() { Ok(ids) } else { Err(errors) }
}

/// Where a message is defined (runtime parsing keeps no positions): its first definition, or its last one
/// (where a duplicate stands).
fn offset_of(source: &str, id: &str, last: bool) -> usize {
    let needle = format!("{id} =");
    let mut starts =
        source.match_indices(&needle).map(|(i, _)| i).filter(|&i| i == 0 || source.as_bytes()[i - 1] == b'\n');
    if last { starts.last() } else { starts.next() }.unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use fluent_bundle::FluentArgs;

    use crate::conversation::Dialogues;

    /// The project's own dialogues and translations.
    fn dialogues() -> Dialogues {
        Dialogues::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues")).expect("valid")
    }

    /// `key` in `lang` with each number of `counts` as `var`, and the rest of `args`.
    fn counted(lang: &str, key: &str, var: &'static str, counts: &[i64], args: &[(&'static str, i64)]) -> Vec<String> {
        let dialogues = dialogues();
        counts
            .iter()
            .map(|&n| {
                let mut all = FluentArgs::new();
                for &(name, value) in args {
                    all.set(name, value);
                }
                all.set(var, n);
                dialogues.i18n.format(lang, key, Some(&all))
            })
            .collect()
    }

    #[test]
    fn a_client_language_picks_the_same_code_else_the_first_of_its_language() {
        let dialogues = dialogues();
        let pick = |client: &str| super::Language::for_client(&dialogues.languages, client).map(|l| l.code.as_str());
        assert_eq!(pick("sq"), Some("sq"));
        assert_eq!(pick("sr"), Some("sr-Latn"));
        assert_eq!(pick("sr-Cyrl"), Some("sr-Cyrl"));
        assert_eq!(pick("HR"), Some("hr"));
        assert_eq!(pick("en-GB"), Some("en"));
        assert_eq!(pick("pt-br"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn an_empty_argument_at_the_end_leaves_no_space_behind() {
        let mut args = FluentArgs::new();
        for (name, value) in
            [("survey", "Feedback"), ("title", "Identity"), ("when", "2026-12-01 10:00"), ("anonymity", "")]
        {
            args.set(name, value);
        }
        assert_eq!(
            dialogues().i18n.format("en", "survey-intro", Some(&args)),
            "Feedback: Identity (2026-12-01 10:00). A few short questions."
        );
    }

    #[test]
    fn people_counts_take_the_plural_form_of_each_language() {
        let people = counted("en", "bc-queued", "count", &[1, 2], &[]);
        assert!(people[0].starts_with("Sending to 1 person, "), "{}", people[0]);
        assert!(people[1].starts_with("Sending to 2 people, "), "{}", people[1]);

        // Serbian has three forms: 1 and 21 (one), 2–4 and 22 (few), 5–20 (other).
        let osobe = counted("sr-Latn", "bc-queued", "count", &[1, 3, 5, 11, 21, 22], &[]);
        let heads: Vec<&str> = osobe.iter().map(|s| s.split(',').next().unwrap_or_default()).collect();
        assert_eq!(
            heads,
            [
                "Šalje se na 1 osobu",
                "Šalje se na 3 osobe",
                "Šalje se na 5 osoba",
                "Šalje se na 11 osoba",
                "Šalje se na 21 osobu",
                "Šalje se na 22 osobe"
            ]
        );
    }

    #[test]
    fn character_counts_take_the_plural_form_of_each_language() {
        // The three forms of Serbian for characters, in every language of the family, partial ones included.
        let znakova = counted("sr-Latn", "invalid-text-too-short", "min", &[1, 2, 5, 21], &[]);
        let tails: Vec<&str> = znakova.iter().map(|s| s.rsplit("najmanje ").next().unwrap_or_default()).collect();
        assert_eq!(tails, ["1 znak.", "2 znaka.", "5 znakova.", "21 znak."]);
        for (lang, name) in [("hr", "64 znaka)"), ("bs", "64 znaka)"), ("cnr", "64 znaka)"), ("sr-Cyrl", "64 знака)")]
        {
            let asked = counted(lang, "reg-name", "max", &[64], &[("min", 2)]);
            assert!(asked[0].ends_with(&format!("2–{name}")), "{lang}: {}", asked[0]);
        }

        // Macedonian character ranges read by their upper end: 2–21 знак, 2–64 знаци.
        for name in ["reg-name", "rec-text"] {
            let asked = counted("mk", name, "max", &[21, 64], &[("min", 2)]);
            assert!(asked[0].contains("2–21 знак)"), "{name}: {}", asked[0]);
            assert!(asked[1].contains("2–64 знаци)"), "{name}: {}", asked[1]);
        }
        let limit = counted("mk", "bc-text-too-long", "max", &[4096], &[]);
        assert_eq!(limit[0], "Предолго е: Telegram дозволува 4096 знаци.");
    }

    #[test]
    fn minutes_take_the_plural_form_of_each_language() {
        // How long before the start check-in opens.
        let minuta = counted("sr-Latn", "checkin-too-early", "minutes", &[1, 2, 5, 21, 30], &[]);
        let spans: Vec<&str> = minuta
            .iter()
            .map(|s| s.split("otvara se ").nth(1).and_then(|t| t.split(" pre").next()).unwrap_or_default())
            .collect();
        assert_eq!(spans, ["1 minut", "2 minuta", "5 minuta", "21 minut", "30 minuta"]);
        let minute = counted("hr", "checkin-too-early", "minutes", &[1, 2, 5, 21], &[]);
        let spans: Vec<&str> = minute
            .iter()
            .map(|s| s.split("otvara se ").nth(1).and_then(|t| t.split(" prije").next()).unwrap_or_default())
            .collect();
        assert_eq!(spans, ["1 minutu", "2 minute", "5 minuta", "21 minutu"]);
        let minutes = counted("en", "checkin-too-early", "minutes", &[1, 30], &[]);
        assert!(minutes[0].contains(" opens 1 minute before "), "{}", minutes[0]);
        assert!(minutes[1].contains(" opens 30 minutes before "), "{}", minutes[1]);
    }

    #[test]
    fn age_ranges_take_the_plural_form_of_their_upper_end() {
        // An age range reads by its upper end: do 21 godine, do 24 godine, do 35 godina; до 21 година, до 35 години.
        let godina = counted("sr-Latn", "invalid-birth-year-range", "max", &[21, 24, 35], &[("min", 14)]);
        let ends: Vec<&str> = godina
            .iter()
            .map(|s| s.split(" do ").nth(1).and_then(|t| t.split('.').next()).unwrap_or_default())
            .collect();
        assert_eq!(ends, ["21 godine", "24 godine", "35 godina"]);
        let mk_years = counted("mk", "invalid-birth-year-range", "max", &[21, 35], &[("min", 14)]);
        let ends: Vec<&str> = mk_years
            .iter()
            .map(|s| s.split(" до ").nth(1).and_then(|t| t.split('.').next()).unwrap_or_default())
            .collect();
        assert_eq!(ends, ["21 година", "35 години"]);

        let stats = counted("mk", "stats-header", "sessions", &[1, 4], &[("participants", 1), ("responses", 7)]);
        assert_eq!(stats[0], "Програмата досега: 1 учесник, 1 одржана сесија, 7 одговори на анкети.");
        assert_eq!(stats[1], "Програмата досега: 1 учесник, 4 одржани сесии, 7 одговори на анкети.");

        let sq = counted("sq", "bc-preview", "count", &[1, 9], &[]);
        assert!(sq[0].contains("Do t'i shkonte 1 personi ("), "{}", sq[0]);
        assert!(sq[1].contains("Do t'u shkonte 9 personave ("), "{}", sq[1]);
    }
}
