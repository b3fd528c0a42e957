//! The dialogue files ([`DialogueFiles`]: built in, or a directory) and errors that point into them: file, line and
//! what is wrong, as editors and CI expect.

mod files;

pub use files::DialogueFiles;

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub file: PathBuf,
    /// 1-based; `None` when the problem is the file as a whole (missing, or lacking a message).
    pub line: Option<usize>,
    pub message: String,
}

impl FileError {
    pub fn whole(file: &Path, message: impl Into<String>) -> Self {
        Self { file: file.to_path_buf(), line: None, message: message.into() }
    }

    pub fn at(file: &Path, source: &str, offset: usize, message: impl Into<String>) -> Self {
        Self { file: file.to_path_buf(), line: Some(line_of(source, offset)), message: message.into() }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every problem found in `dialogues/`, so that one run of `check-dialogues` reports them all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FileErrors(pub Vec<FileError>);

impl fmt::Display for FileErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

/// The 1-based line on which byte `offset` of `source` stands.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        let text = "a\nbc\n\nd";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 2), 2);
        assert_eq!(line_of(text, 6), 4);
        assert_eq!(line_of(text, 999), 4);
    }
}
