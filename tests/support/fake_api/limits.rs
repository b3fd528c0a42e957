//! What Telegram refuses, and how it says so: the fake Bot API is as strict as the real one, so that no test
//! passes only because the fake is kinder.

use axum::Json;
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::Shared;

/// Telegram's limits on what it accepts (Bot API: sendMessage, sendPhoto, InlineKeyboardButton).
pub const TEXT_LIMIT: usize = 4096;
pub const CAPTION_LIMIT: usize = 1024;
pub const CALLBACK_DATA_LIMIT: usize = 64;

/// Answers 400 with Telegram's description, and records it, if the call broke a limit.
pub(super) fn bad_request(shared: &Shared, method: &str, broken: Option<&str>) -> Option<(StatusCode, Json<Value>)> {
    let description = format!("Bad Request: {}", broken?);
    shared.lock().bad_requests.push((method.to_owned(), description.clone()));
    Some((StatusCode::BAD_REQUEST, Json(json!({ "ok": false, "error_code": 400, "description": description }))))
}

/// The length of a text as Telegram counts it: UTF-16 code units (no parse mode, so no entities to strip).
fn telegram_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// What Telegram would refuse in a JSON call, in its own words.
pub(super) fn limit_broken(method: &str, body: &Value) -> Option<&'static str> {
    if matches!(method, "SendMessage" | "EditMessageText") {
        let text = body["text"].as_str().unwrap_or_default();
        if text.trim().is_empty() {
            return Some("message text is empty");
        }
        if telegram_len(text) > TEXT_LIMIT {
            return Some("message is too long");
        }
    }
    if method == "AnswerCallbackQuery" && body["text"].as_str().is_some_and(|t| telegram_len(t) > 200) {
        return Some("MESSAGE_TOO_LONG");
    }
    let buttons = body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten();
    let buttons = buttons.flat_map(|row| row.as_array().into_iter().flatten());
    for button in buttons {
        let data = button["callback_data"].as_str().unwrap_or_default();
        if data.is_empty() || data.len() > CALLBACK_DATA_LIMIT {
            return Some("BUTTON_DATA_INVALID");
        }
        if button["text"].as_str().unwrap_or_default().trim().is_empty() {
            return Some("text buttons are unallowed in the inline keyboard");
        }
    }
    None
}

pub(super) fn limit_broken_by_caption(caption: &str) -> Option<&'static str> {
    (telegram_len(caption) > CAPTION_LIMIT).then_some("message caption is too long")
}
