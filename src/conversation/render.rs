//! Turns the engine's replies into the texts and buttons a person sees, in their language. Both transports and
//! the delivery worker use it, so Telegram and the terminal show the same words.

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Action, Arg, Label, Msg, Reply};
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
        rendered.messages.push(OutMessage { text: pending.join("\n\n"), buttons });
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
