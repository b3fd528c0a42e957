//! The fake server's answers: each Bot API call carried out as Telegram would, with the faults a test asked for.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Json, Response};
use serde_json::{Value, json};

use super::*;

pub(super) async fn handle(State(shared): State<Arc<Shared>>, Path(path): Path<String>, body: Bytes) -> Response {
    let method = path.rsplit('/').next().unwrap_or_default().to_owned();
    let _counted = (method != "GetUpdates").then(|| InFlight::new(&shared));
    let chat = (method == "SendMessage")
        .then(|| serde_json::from_slice::<Value>(&body).ok().and_then(|b| b["chat_id"].as_i64()))
        .flatten();
    let _chat = chat.map(|chat| ChatInFlight::new(&shared, chat));
    let fault = {
        let mut inner = shared.lock();
        if method == "GetUpdates" && inner.first_poll.is_none() {
            inner.first_poll = Some(tokio::time::Instant::now());
        }
        let now = tokio::time::Instant::now();
        inner.fault_periods.retain(|(_, _, until)| *until > now);
        let in_period = inner.fault_periods.iter().find(|(m, _, _)| *m == method).map(|(_, fault, _)| *fault);
        let next = inner.faults.iter().position(|(m, _)| *m == method).map(|i| inner.faults.remove(i).1);
        next.or(in_period)
    };
    let latency = if method == "SendMessage" { shared.lock().send_latency } else { Duration::ZERO };
    match fault {
        Some(Fault::Reset) => {
            // Headers go out, then the body fails: hyper drops the connection mid-answer.
            let broken = futures_util::stream::once(async {
                Err::<Bytes, _>(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection reset"))
            });
            return (StatusCode::OK, axum::body::Body::from_stream(broken)).into_response();
        }
        Some(Fault::ServerError) => {
            let body = json!({ "ok": false, "error_code": 502, "description": "Bad Gateway" });
            return (StatusCode::BAD_GATEWAY, Json(body)).into_response();
        }
        Some(Fault::TooMany(seconds)) => {
            shared.lock().first_too_many.get_or_insert_with(tokio::time::Instant::now);
            let body = json!({
                "ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {seconds}"),
                "parameters": { "retry_after": seconds }
            });
            return (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
        }
        Some(Fault::Hang) => {
            tokio::time::sleep(Duration::from_secs(60)).await;
            return (StatusCode::GATEWAY_TIMEOUT, "").into_response();
        }
        Some(Fault::Malformed) => return (StatusCode::OK, "{\"ok\": tru").into_response(),
        Some(Fault::CutShort) => {
            let (status, Json(answer)) = carry_out(&shared, method, body).await;
            // The closing braces are lost: everything before them, texts included, arrives.
            let mut text = answer.to_string();
            text.truncate(text.trim_end_matches('}').len());
            return (status, text).into_response();
        }
        Some(Fault::StrangeResult) => {
            let _ = carry_out(&shared, method, body).await;
            let strange = json!({ "ok": true, "result": { "message_id": "not a number", "new_field": [1, 2] } });
            return (StatusCode::OK, Json(strange)).into_response();
        }
        Some(Fault::Slow(delay)) => {
            let answer = carry_out(&shared, method, body).await;
            tokio::time::sleep(delay).await;
            return answer.into_response();
        }
        None => {}
    }
    let answer = carry_out(&shared, method, body).await;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    answer.into_response()
}

/// Does what Telegram would do for the call, and answers as it would.
async fn carry_out(shared: &Shared, method: String, body: Bytes) -> (StatusCode, Json<Value>) {
    if method == "SendPhoto" || method == "SendDocument" {
        let caption = part(&body, "caption").map(|(_, v)| String::from_utf8_lossy(v).into_owned()).unwrap_or_default();
        if let Some(refused) = bad_request(shared, &method, limit_broken_by_caption(&caption)) {
            return refused;
        }
        return (StatusCode::OK, ok(file_sent(shared, &method, &body)));
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if let Some(refused) = bad_request(shared, &method, limit_broken(&method, &body)) {
        return refused;
    }
    match method.as_str() {
        "GetUpdates" => return (StatusCode::OK, get_updates(shared, &body).await),
        "GetMe" => {
            return (
                StatusCode::OK,
                ok(json!({
                    "id": BOT_ID, "is_bot": true, "first_name": "Active Citizens", "username": BOT_USERNAME,
                    "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
                    "has_main_web_app": false
                })),
            );
        }
        "GetWebhookInfo" => {
            return (
                StatusCode::OK,
                ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })),
            );
        }
        "SendMessage" => {
            if let Some(refused) = refusal(shared, chat_of(&body).unwrap_or_default()) {
                return refused;
            }
        }
        _ => {}
    }
    let result = match method.as_str() {
        "SendMessage" => {
            let sent = Sent {
                message_id: shared.next_message_id.fetch_add(1, Ordering::SeqCst),
                chat_id: chat_of(&body).unwrap_or_default(),
                text: body["text"].as_str().unwrap_or_default().to_owned(),
                reply_markup: body.get("reply_markup").cloned(),
                file: None,
            };
            let reply = message_json(&sent);
            shared.lock().deliver(sent);
            reply
        }
        "EditMessageText" => {
            let id = body["message_id"].as_i64().unwrap_or_default();
            let mut inner = shared.lock();
            match inner.messages.get_mut(&id) {
                Some(message) => {
                    message.text = body["text"].as_str().unwrap_or_default().to_owned();
                    message.reply_markup = body.get("reply_markup").cloned();
                    message_json(message)
                }
                None => json!(true),
            }
        }
        _ => json!(true),
    };
    shared.lock().calls.push(Call { method, body, at: tokio::time::Instant::now() });
    shared.new_call.notify_waiters();
    (StatusCode::OK, ok(result))
}

/// A multipart part's value: what follows `name="<name>"` (and its headers) up to the next boundary.
fn part<'a>(body: &'a [u8], name: &str) -> Option<(Option<String>, &'a [u8])> {
    let marker = format!("name=\"{name}\"");
    let start = body.windows(marker.len()).position(|w| w == marker.as_bytes())?;
    let headers_end = start + body[start..].windows(4).position(|w| w == b"\r\n\r\n")?;
    let headers = String::from_utf8_lossy(&body[start..headers_end]);
    let filename = headers.split("filename=\"").nth(1).and_then(|f| f.split('"').next()).map(str::to_owned);
    let value_start = headers_end + 4;
    let value_len = body[value_start..].windows(4).position(|w| w == b"\r\n--")?;
    Some((filename, &body[value_start..value_start + value_len]))
}

/// SendPhoto and SendDocument come as multipart forms: record the file as a message to its chat.
fn file_sent(shared: &Shared, method: &str, body: &[u8]) -> Value {
    let chat_id =
        part(body, "chat_id").and_then(|(_, v)| std::str::from_utf8(v).ok()?.trim().parse().ok()).unwrap_or_default();
    let field = if method == "SendPhoto" { "photo" } else { "document" };
    // teloxide names the file part `attach://<id>` and sends the file as the part called `<id>`.
    let named =
        part(body, field).and_then(|(_, v)| std::str::from_utf8(v).ok()?.strip_prefix("attach://").map(str::to_owned));
    let file = named.as_deref().and_then(|id| part(body, id)).or_else(|| part(body, field));
    let (name, bytes) = file.map(|(f, v)| (f.unwrap_or_default(), v.to_vec())).unwrap_or_default();
    let sent = Sent {
        message_id: shared.next_message_id.fetch_add(1, Ordering::SeqCst),
        chat_id,
        text: format!("[{field} {name}]"),
        reply_markup: None,
        file: Some((name, bytes)),
    };
    let reply = message_json(&sent);
    {
        let mut inner = shared.lock();
        inner.deliver(sent);
        inner.calls.push(Call {
            method: method.to_owned(),
            body: json!({ "chat_id": chat_id }),
            at: tokio::time::Instant::now(),
        });
    }
    shared.new_call.notify_waiters();
    reply
}

async fn get_updates(shared: &Shared, body: &Value) -> Json<Value> {
    let offset = body["offset"].as_i64().unwrap_or(0);
    // teloxide names them in its first poll only, as Telegram keeps them until they are named again.
    if let Some(kinds) = body.get("allowed_updates").filter(|kinds| !kinds.is_null()) {
        shared.lock().allowed_updates = Some(kinds.clone());
    }
    let deadline = tokio::time::Instant::now() + LONG_POLL;
    loop {
        let notified = shared.new_update.notified();
        let pending: Vec<Value> = {
            let mut inner = shared.lock();
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            inner.updates.clone()
        };
        if !pending.is_empty() {
            return ok(Value::Array(pending));
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}
