//! Turns the engine's replies into the texts and buttons a person sees, in their language. Both transports and
//! the delivery worker use it, so Telegram and the terminal show the same words.

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Action, Arg, Choice, Label, Msg, Reply};
use crate::i18n::I18n;

/// A message to send: text, and buttons if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMessage {
    pub text: String,
    pub buttons: Vec<Button>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

/// Everything one input produces for the person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    pub messages: Vec<OutMessage>,
    /// A short notice for a button press (Telegram shows it as a toast).
    pub notice: Option<String>,
    /// Files to send after the messages, made by the service.
    pub files: Vec<OutFile>,
}

/// A file to send: a photo (shown inline) or a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub photo: bool,
}

/// Renders replies in `lang`. Statements followed by a question go into the question's message, so that a turn
/// usually costs one message (Telegram allows about one per second per chat).
pub fn render(i18n: &I18n, lang: &str, replies: &[Reply]) -> Rendered {
    let mut rendered = Rendered::default();
    let mut pending: Vec<String> = Vec::new();
    let flush = |pending: &mut Vec<String>, buttons: Vec<Button>, rendered: &mut Rendered| {
        let mut parts = split_text(&pending.join("\n\n"), TEXT_LIMIT);
        let last = parts.pop().unwrap_or_default();
        rendered.messages.extend(parts.into_iter().map(|text| OutMessage { text, buttons: Vec::new() }));
        rendered.messages.push(OutMessage { text: last, buttons });
        pending.clear();
    };
    for reply in replies {
        match reply {
            Reply::Say(msg) => pending.push(text(i18n, lang, msg)),
            Reply::Ask { msg, prompt, choices } => {
                pending.push(text(i18n, lang, msg));
                let buttons = choices
                    .iter()
                    .map(|c| Button {
                        label: label(i18n, lang, &c.label),
                        action: Action::Choice { prompt: *prompt, value: c.value.clone() },
                    })
                    .collect();
                flush(&mut pending, buttons, &mut rendered);
            }
            Reply::Show { msgs, buttons } => {
                pending.extend(msgs.iter().map(|m| text(i18n, lang, m)));
                let buttons = buttons
                    .iter()
                    .map(|b| Button { label: label(i18n, lang, &b.label), action: b.action.clone() })
                    .collect();
                flush(&mut pending, buttons, &mut rendered);
            }
            Reply::Notice(msg) => rendered.notice = Some(text(i18n, lang, msg)),
            // Files are made by the service, which has the data; see `Core::handle`.
            Reply::Attach(_) => {}
        }
    }
    if !pending.is_empty() {
        flush(&mut pending, Vec::new(), &mut rendered);
    }
    rendered
}

/// The longest text Telegram accepts in one message, in UTF-16 code units (as Telegram counts; a letter outside
/// the Basic Multilingual Plane, such as an emoji, counts twice).
pub const TEXT_LIMIT: usize = 4096;

/// The length of `text` as Telegram counts it.
pub fn telegram_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Cuts `text` into parts of at most `limit` (as [`telegram_len`] counts), each ending at a paragraph break if
/// one is in reach, else at a line break, else at a space, else between two characters. The breaks at which it
/// is cut are left out; nothing else is. An empty text is one empty part.
pub fn split_text(text: &str, limit: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while telegram_len(rest) > limit {
        let fits = longest_prefix_within(rest, limit.max(1));
        let head = &rest[..fits];
        let (cut, skip) = ["\n\n", "\n", " "]
            .iter()
            .find_map(|sep| head.rfind(sep).filter(|&at| at > 0).map(|at| (at, sep.len())))
            .unwrap_or((fits, 0));
        parts.push(rest[..cut].to_owned());
        rest = &rest[cut + skip..];
    }
    parts.push(rest.to_owned());
    parts
}

/// The byte length of the longest prefix of `text` within `limit` UTF-16 code units (at least one character).
fn longest_prefix_within(text: &str, limit: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        units += c.len_utf16();
        if units > limit {
            return if at == 0 { c.len_utf8() } else { at };
        }
    }
    text.len()
}

pub fn text(i18n: &I18n, lang: &str, msg: &Msg) -> String {
    if msg.args.is_empty() {
        return i18n.format(lang, &msg.key, None);
    }
    let mut args = FluentArgs::new();
    for (name, arg) in &msg.args {
        let value = match arg {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(key) => FluentValue::from(i18n.format(lang, key, None)),
            Arg::List(lines) => {
                FluentValue::from(lines.iter().map(|l| text(i18n, lang, l)).collect::<Vec<_>>().join("\n"))
            }
            Arg::Time(time, style) => FluentValue::from(crate::i18n::dates::format(lang, time, *style)),
        };
        args.set(*name, value);
    }
    i18n.format(lang, &msg.key, Some(&args))
}

fn label(i18n: &I18n, lang: &str, label: &Label) -> String {
    match label {
        Label::Msg(msg) => text(i18n, lang, msg),
        Label::Literal(text) => text.clone(),
    }
}

/// The value of the one button whose label, in `lang`, is what the person typed, ignoring case, diacritics,
/// emoji and punctuation ("female" for "Female", "zensko" for "Žensko", "5" for "5"); `None` if no button or
/// several match.
pub fn typed_choice(i18n: &I18n, lang: &str, choices: &[Choice], typed: &str) -> Option<String> {
    let typed = folded(typed);
    if typed.is_empty() {
        return None;
    }
    let mut matching = choices.iter().filter(|c| folded(&label(i18n, lang, &c.label)) == typed);
    let first = matching.next()?;
    matching.next().is_none().then(|| first.value.clone())
}

/// Lower case, without diacritics (the marks Unicode decomposes letters into), letters and digits only, words
/// separated by one space.
fn folded(text: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let kept: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_folded_to_letters_and_digits_without_case_or_marks() {
        assert_eq!(folded("  Žensko! "), "zensko");
        assert_eq!(folded("👍 Podrži 2"), "podrzi 2");
        assert_eq!(folded("Сѐ ОК"), "се ок", "Cyrillic keeps its letters, drops the grave");
        assert_eq!(folded("Shqipëri"), "shqiperi");
        assert_eq!(folded("🙂"), "");
    }

    #[test]
    fn a_short_text_is_one_part() {
        assert_eq!(split_text("Hello", 10), ["Hello"]);
        assert_eq!(split_text("", 10), [""]);
    }

    #[test]
    fn a_long_text_is_cut_at_paragraphs_then_lines_then_spaces() {
        assert_eq!(split_text("aaaa\n\nbbbb\ncccc", 12), ["aaaa", "bbbb\ncccc"]);
        assert_eq!(split_text("aaaa bbbb\ncccc dddd", 12), ["aaaa bbbb", "cccc dddd"]);
        assert_eq!(split_text("aaaa bbbb cccc", 10), ["aaaa bbbb", "cccc"]);
        assert_eq!(split_text("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn parts_are_counted_as_telegram_counts() {
        // Each emoji is two UTF-16 code units: three fit in 6, and a part never splits one.
        let parts = split_text("😀😀😀😀", 6);
        assert_eq!(parts, ["😀😀😀", "😀"]);
        let long = "Љубав ".repeat(2000);
        let parts = split_text(&long, TEXT_LIMIT);
        assert!(parts.iter().all(|p| telegram_len(p) <= TEXT_LIMIT), "every part fits");
        assert_eq!(parts.concat().replace(' ', ""), long.replace(' ', ""), "nothing but the breaks is lost");
    }
}
