//! Recommendation themes as data: `dialogues/themes.toml`.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::source::{FileError, line_of};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    /// Message key of its name.
    pub label: String,
}

/// The levels a recommendation is aimed at (labels are `level-<id>`).
pub const LEVELS: [&str; 4] = ["local", "national", "regional", "eu"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    theme: Vec<ThemeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeEntry {
    id: Spanned<String>,
    label: Spanned<String>,
}

/// A message key a data file uses, and its line.
pub type KeyLine = (String, usize);

/// The themes and the message keys they use (with their lines).
pub fn load(path: &Path, source: &str) -> Result<(Vec<Theme>, Vec<KeyLine>), Vec<FileError>> {
    let file: ThemesFile = toml::from_str(source).map_err(|e| {
        vec![match e.span() {
            Some(span) => FileError::at(path, source, span.start, e.message().to_owned()),
            None => FileError::whole(path, e.message().to_owned()),
        }]
    })?;
    let mut themes: Vec<Theme> = Vec::new();
    let mut keys = Vec::new();
    let mut errors = Vec::new();
    for entry in file.theme {
        let id = entry.id.get_ref().clone();
        let valid = !id.is_empty()
            && id.len() <= 40
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid || themes.iter().any(|t| t.id == id) {
            let message = format!("theme id '{id}' must be unique, lower-case letters, digits and '-'");
            errors.push(FileError::at(path, source, entry.id.span().start, message));
        }
        keys.push((entry.label.get_ref().clone(), line_of(source, entry.label.span().start)));
        themes.push(Theme { id, label: entry.label.into_inner() });
    }
    if themes.is_empty() {
        errors.push(FileError::whole(path, "at least one theme is needed"));
    }
    if errors.is_empty() { Ok((themes, keys)) } else { Err(errors) }
}
