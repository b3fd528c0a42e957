//! Embeds what the binary carries with it:
//! - `migrations/`: `sqlx::migrate!` embeds the folder at compile time, and cargo does not otherwise notice a new
//!   file there (sqlx's documented advice);
//! - `dialogues/`: every `.toml` and `.ftl` file, listed in `$OUT_DIR/dialogues.rs` as (path, text) pairs, so the
//!   binary runs from any directory and a file added there is built in without naming it anywhere.
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=dialogues");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let entries: String =
        files.iter().map(|(relative, absolute)| format!("    ({relative:?}, include_str!({absolute:?})),\n")).collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dialogues.rs");
    std::fs::write(out, format!("&[\n{entries}]\n")).expect("OUT_DIR is writable");
}

/// Every dialogue file under `dir`, with its path relative to `root` ('/'-separated) and its absolute path.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|x| x == "toml" || x == "ftl") {
            let relative = path.strip_prefix(root).expect("under root").components();
            let relative: Vec<String> = relative.map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            files.push((relative.join("/"), path.display().to_string()));
        }
    }
}
