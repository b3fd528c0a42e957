//! The files of a dialogue set: the set built into the binary (the repository's `dialogues/`, embedded by
//! `build.rs`), or a directory that replaces it (DIALOGUES_DIR). Loading reads from here, so both are checked
//! alike, and problems name the file as the person editing it knows it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{FileError, FileErrors};

/// The dialogue files the binary carries: (path under `dialogues/`, text).
const BUILT_IN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/dialogues.rs"));

#[derive(Debug, Clone)]
pub struct DialogueFiles {
    /// What paths in messages start with: the directory read, or `dialogues` for the built-in set.
    root: PathBuf,
    /// Text by path under the root, '/'-separated.
    files: BTreeMap<String, String>,
}

impl DialogueFiles {
    /// The set built into the binary.
    pub fn built_in() -> Self {
        let files = BUILT_IN.iter().map(|(path, text)| ((*path).to_owned(), (*text).to_owned())).collect();
        Self { root: PathBuf::from("dialogues"), files }
    }

    /// Every `.toml` and `.ftl` file under `dir` (one level of folders: `locales/`, `surveys/`).
    pub fn read(dir: &Path) -> Result<Self, FileErrors> {
        if !dir.is_dir() {
            // One line instead of one per missing file.
            let message = "no such directory (DIALOGUES_DIR; unset it to use the dialogues built into the bot)";
            return Err(FileErrors(vec![FileError::whole(dir, message)]));
        }
        let mut files = BTreeMap::new();
        let mut errors = Vec::new();
        for folder in ["", "locales", "surveys"] {
            let Ok(entries) = std::fs::read_dir(dir.join(folder)) else { continue };
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if !path.extension().is_some_and(|x| x == "toml" || x == "ftl") || !path.is_file() {
                    continue;
                }
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let key = if folder.is_empty() { name } else { format!("{folder}/{name}") };
                match std::fs::read_to_string(&path) {
                    Ok(text) => drop(files.insert(key, text)),
                    Err(e) => errors.push(FileError::whole(&path, format!("cannot read: {e}"))),
                }
            }
        }
        if errors.is_empty() { Ok(Self { root: dir.to_path_buf(), files }) } else { Err(FileErrors(errors)) }
    }

    /// DIALOGUES_DIR's files when it is set, else the built-in set.
    pub fn configured(dir: Option<&Path>) -> Result<Self, FileErrors> {
        dir.map_or_else(|| Ok(Self::built_in()), Self::read)
    }

    /// How a file is named in messages.
    pub fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// The root, as messages name it.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// One file's path and text; a missing file is a problem with its name.
    pub fn get(&self, name: &str) -> Result<(PathBuf, &str), Vec<FileError>> {
        let path = self.path(name);
        match self.files.get(name) {
            Some(text) => Ok((path, text)),
            None => Err(vec![FileError::whole(&path, "missing")]),
        }
    }

    /// The files in `folder` whose names end with `.extension`, sorted by name.
    pub fn in_folder<'a>(&'a self, folder: &'a str, extension: &'a str) -> impl Iterator<Item = (PathBuf, &'a str)> {
        self.files.iter().filter_map(move |(name, text)| {
            let rest = name.strip_prefix(folder)?.strip_prefix('/')?;
            (!rest.contains('/') && rest.ends_with(&format!(".{extension}"))).then(|| (self.path(name), text.as_str()))
        })
    }

    /// Writes every file under `dir`, creating it and its folders; refuses to write over an existing file.
    /// Returns how many files were written.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<usize> {
        for (name, text) in &self.files {
            let path = dir.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            std::io::Write::write_all(&mut file, text.as_bytes())?;
        }
        Ok(self.files.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_set_is_the_repositorys_dialogues_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues");
        let read = DialogueFiles::read(&dir).expect("readable");
        assert_eq!(DialogueFiles::built_in().files, read.files);
        assert!(read.files.contains_key("locales/sq.ftl") && read.files.contains_key("surveys/wellbeing.toml"));
    }

    #[test]
    fn a_folder_lists_only_its_own_files_of_the_extension() {
        let files = DialogueFiles::built_in();
        let surveys: Vec<PathBuf> = files.in_folder("surveys", "toml").map(|(p, _)| p).collect();
        assert!(surveys.contains(&PathBuf::from("dialogues/surveys/wellbeing.toml")), "{surveys:?}");
        assert!(surveys.iter().all(|p| p.starts_with("dialogues/surveys")));
        assert!(files.get("nothing.toml").is_err());
    }
}
