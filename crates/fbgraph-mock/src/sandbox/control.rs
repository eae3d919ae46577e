//! The control API: `/_sandbox/…` on the mock's own base URL, for loopback clients only,
//! without a token.
//!
//! | request | body | does |
//! | --- | --- | --- |
//! | `POST /_sandbox/customers/{psid}/messages` | `{"text"}`, `{"text","quick_reply":{"payload"}}` or `{"attachments":[{"type":"image"\|"video"\|"audio"\|"file","payload":{"url"}}]}` | the customer writes |
//! | `POST /_sandbox/customers/{psid}/postbacks` | `{"title","payload"}` | the customer taps a postback button |
//! | `POST /_sandbox/customers/{psid}/reads` | `{}` or `{"watermark": ms}` | the customer reads the page's messages |
//! | `POST /_sandbox/customers/{psid}/reactions` | `{"mid","emoji"?,"reaction"?,"action"?:"react"\|"unreact"}` | the customer reacts to one of the page's messages |
//! | `POST /_sandbox/page_inbox/{psid}/pass` | `{"metadata"?}` | the Page Inbox hands the conversation back to the page's app (a `pass_thread_control` event) |
//! | `POST /_sandbox/page_inbox/{psid}/request` | `{"metadata"?}` | the Page Inbox asks for the conversation (a `request_thread_control` event) |
//! | `GET /_sandbox/deliveries` | | the delivery log |
//! | `POST /_sandbox/calls/{call}/error` | `{"code", "subcode"?, "message"?, "times"?}` | Graph answers requests to the call (`SendMessage`, …) with this error ([`crate::Faults::answer_call`]) |
//! | `DELETE /_sandbox/calls/{call}/error` | | the call is performed again |
//! | `POST /_sandbox/nodes` | `{"type", "fields"?, "on"?: {"id", "edge"}}` | the mock holds a node of a spec type (`AdAccount`), or an item of a node's edge list (a `Recommendation` on `me`'s `ratings`), checked against the spec ([`crate::MockServer::add`]); answers `{"id"}` |
//!
//! An action answers 200 once it happened: `{"mid"?, "delivered": true, "attempts",
//! "status"}` when the bot took the event, `{"mid"?, "delivered": false, "error"}` when it
//! did not (no webhook, or every attempt failed). A malformed request answers 400, a
//! queue without room 503, and a client that is not on loopback 403, each as
//! `{"error":{"message","type":"SandboxError"}}`.

use std::net::SocketAddr;

use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::{Action, AttachmentKind, SandboxError, act};
use crate::app::App;
use crate::error::json_response;

/// The path prefix of the control API.
pub(crate) const PREFIX: &str = "/_sandbox";
/// The largest control request body.
const BODY_LIMIT: usize = 64 * 1024;

/// Whether a request is for the control API.
pub(crate) fn is_control(path: &str) -> bool {
    path == PREFIX || path.starts_with("/_sandbox/")
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    json_response(
        status,
        &json!({"error": {"message": message.into(), "type": "SandboxError"}}),
        None,
    )
}

/// A control request, answered.
pub(crate) async fn handle(app: &App, request: Request, peer: Option<SocketAddr>) -> Response {
    if !peer.is_some_and(|p| is_loopback(&p)) {
        return error(
            StatusCode::FORBIDDEN,
            "the sandbox control API answers clients on loopback (127.0.0.1, ::1) only",
        );
    }
    let path = request.uri().path().to_owned();
    let segments: Vec<&str> = path
        .trim_start_matches(PREFIX)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let method = request.method().clone();
    match (segments.as_slice(), &method) {
        (["deliveries"], &Method::GET) => deliveries(app),
        (["customers", psid, kind], &Method::POST) => {
            let (psid, kind) = ((*psid).to_owned(), (*kind).to_owned());
            let body = match read_body(app, request).await {
                Ok(body) => body,
                Err(response) => return response,
            };
            let action = match parse_action(&kind, &body) {
                Ok(action) => action,
                Err(message) => return error(StatusCode::BAD_REQUEST, message),
            };
            answer(act(app, &psid, action).await)
        }
        (["page_inbox", psid, kind], &Method::POST) => {
            let (psid, kind) = ((*psid).to_owned(), (*kind).to_owned());
            let body = match read_body(app, request).await {
                Ok(body) => body,
                Err(response) => return response,
            };
            let action = match parse_inbox(&kind, &body) {
                Ok(action) => action,
                Err(message) => return error(StatusCode::BAD_REQUEST, message),
            };
            answer(act(app, &psid, action).await)
        }
        (["calls", call, "error"], &Method::POST) => {
            // Only the calls the server serves: the errors set stay as few as its calls.
            if !app.has_call(call) {
                return error(
                    StatusCode::NOT_FOUND,
                    format!("no served version has a call named `{call}`"),
                );
            }
            let call = (*call).to_owned();
            let body = match read_body(app, request).await {
                Ok(body) => body,
                Err(response) => return response,
            };
            match parse_call_error(&body) {
                Ok(fault) => {
                    app.faults.answer_call(call.clone(), fault);
                    json_response(StatusCode::OK, &json!({"call": call, "set": true}), None)
                }
                Err(message) => error(StatusCode::BAD_REQUEST, message),
            }
        }
        (["calls", call, "error"], &Method::DELETE) => {
            app.faults
                .answer_call(*call, crate::CallError::new(0).times(0));
            json_response(StatusCode::OK, &json!({"call": call, "set": false}), None)
        }
        (["nodes"], &Method::POST) => {
            let body = match read_body(app, request).await {
                Ok(body) => body,
                Err(response) => return response,
            };
            let seed = match parse_seed(body) {
                Ok(seed) => seed,
                Err(message) => return error(StatusCode::BAD_REQUEST, message),
            };
            match app.add(seed) {
                Ok(id) => json_response(StatusCode::OK, &json!({ "id": id }), None),
                Err(e) => error(StatusCode::BAD_REQUEST, e.to_string()),
            }
        }
        (["deliveries"], _)
        | (["customers", _, _], _)
        | (["page_inbox", _, _], _)
        | (["calls", _, "error"], _)
        | (["nodes"], _) => error(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "{method} is not supported here: GET /_sandbox/deliveries, POST /_sandbox/customers/{{psid}}/…"
            ),
        ),
        _ => error(
            StatusCode::NOT_FOUND,
            format!(
                "no sandbox route {path}: POST /_sandbox/customers/{{psid}}/messages, \
                 …/postbacks, …/reads or …/reactions, GET /_sandbox/deliveries"
            ),
        ),
    }
}

/// `{"type", "fields"?, "on"?: {"id", "edge"}}` as a seed.
fn parse_seed(mut body: Map<String, Value>) -> Result<crate::Seed, String> {
    let ty = match body.remove("type") {
        Some(Value::String(ty)) if !ty.is_empty() => ty,
        _ => return Err("`type` (the spec's name of a node or object) is required".into()),
    };
    let fields = match body.remove("fields") {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(fields @ Value::Object(_)) => fields,
        Some(_) => return Err("`fields` must be an object".into()),
    };
    let mut seed = crate::Seed::new(ty, fields);
    match body.remove("on") {
        None | Some(Value::Null) => {}
        Some(Value::Object(on)) => {
            let text = |key: &str| match on.get(key) {
                Some(Value::String(v)) if !v.is_empty() => Ok(v.clone()),
                _ => Err(format!("`on.{key}` (a string) is required")),
            };
            seed = seed.on(text("id")?, text("edge")?);
        }
        Some(_) => return Err("`on` must be an object: {\"id\", \"edge\"}".into()),
    }
    if let Some(key) = body.keys().next() {
        return Err(format!("unknown key `{key}`: type, fields, on"));
    }
    Ok(seed)
}

/// `{"code", "subcode"?, "message"?, "times"?}` as a call's error.
fn parse_call_error(body: &Map<String, Value>) -> Result<crate::CallError, String> {
    let code = body
        .get("code")
        .and_then(Value::as_i64)
        .ok_or("`code` (an integer) is required")?;
    let mut fault = crate::CallError::new(code);
    match body.get("subcode") {
        None | Some(Value::Null) => {}
        Some(v) => fault = fault.with_subcode(v.as_i64().ok_or("`subcode` must be an integer")?),
    }
    match body.get("message") {
        None | Some(Value::Null) => {}
        Some(v) => fault = fault.with_message(v.as_str().ok_or("`message` must be a string")?),
    }
    match body.get("times") {
        None | Some(Value::Null) => {}
        Some(v) => {
            let n = v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or("`times` must be a count")?;
            fault = fault.times(n);
        }
    }
    Ok(fault)
}

/// Loopback, also as an IPv4-mapped IPv6 address.
fn is_loopback(peer: &SocketAddr) -> bool {
    match peer {
        SocketAddr::V4(v4) => v4.ip().is_loopback(),
        SocketAddr::V6(v6) => {
            v6.ip().is_loopback() || v6.ip().to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// The body as a JSON object (an empty body is `{}`).
async fn read_body(app: &App, request: Request) -> Result<Map<String, Value>, Response> {
    let read = tokio::time::timeout(
        app.config.body_timeout,
        axum::body::to_bytes(request.into_body(), BODY_LIMIT),
    )
    .await;
    let bytes = match read {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => {
            return Err(error(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body is larger than {BODY_LIMIT} bytes, or was cut short"),
            ));
        }
        Err(_) => {
            return Err(error(
                StatusCode::REQUEST_TIMEOUT,
                "the body did not arrive in time",
            ));
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(error(
            StatusCode::BAD_REQUEST,
            "the body must be a JSON object",
        )),
        Err(e) => Err(error(
            StatusCode::BAD_REQUEST,
            format!("the body is not JSON: {e}"),
        )),
    }
}

/// Refuses keys the request does not take.
fn only(body: &Map<String, Value>, allowed: &[&str], what: &str) -> Result<(), String> {
    let unknown: Vec<&str> = body
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{what} does not take {}; it takes {}",
        unknown.join(", "),
        allowed.join(", ")
    ))
}

/// A string member, if present.
fn text(body: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("{key} must be a string, not {other}")),
    }
}

fn required(body: &Map<String, Value>, key: &str, what: &str) -> Result<String, String> {
    text(body, key)?.ok_or_else(|| format!("{what} needs {key}"))
}

fn parse_action(kind: &str, body: &Map<String, Value>) -> Result<Action, String> {
    match kind {
        "messages" => {
            only(body, &["text", "quick_reply", "attachments"], "a message")?;
            let quick_reply = match body.get("quick_reply") {
                None | Some(Value::Null) => None,
                Some(Value::Object(qr)) => {
                    only(qr, &["payload"], "quick_reply")?;
                    Some(required(qr, "payload", "quick_reply")?)
                }
                Some(_) => return Err("quick_reply must be an object: {\"payload\": …}".into()),
            };
            let attachments = match body.get("attachments") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| attachment(i, item))
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err("attachments must be an array".into()),
            };
            Ok(Action::Message {
                text: text(body, "text")?,
                quick_reply,
                attachments,
            })
        }
        "postbacks" => {
            only(body, &["title", "payload"], "a postback")?;
            Ok(Action::Postback {
                title: required(body, "title", "a postback")?,
                payload: required(body, "payload", "a postback")?,
            })
        }
        "reads" => {
            only(body, &["watermark"], "a read")?;
            let watermark = match body.get("watermark") {
                None | Some(Value::Null) => None,
                Some(value) => Some(value.as_i64().ok_or_else(|| {
                    format!("watermark must be milliseconds since 1970 (an integer), not {value}")
                })?),
            };
            Ok(Action::Read { watermark })
        }
        "reactions" => {
            only(body, &["mid", "emoji", "reaction", "action"], "a reaction")?;
            let react = match text(body, "action")?.as_deref() {
                None | Some("react") => true,
                Some("unreact") => false,
                Some(other) => {
                    return Err(format!("action must be react or unreact, not {other:?}"));
                }
            };
            Ok(Action::Reaction {
                mid: required(body, "mid", "a reaction")?,
                react,
                reaction: text(body, "reaction")?,
                emoji: text(body, "emoji")?,
            })
        }
        other => Err(format!(
            "customers do not do {other:?}: messages, postbacks, reads or reactions"
        )),
    }
}

/// `pass` or `request`, with `{"metadata"?}`, as the Page Inbox's action.
fn parse_inbox(kind: &str, body: &Map<String, Value>) -> Result<Action, String> {
    let request = match kind {
        "pass" => false,
        "request" => true,
        other => {
            return Err(format!(
                "the Page Inbox does not do {other:?}: pass (hand the conversation back) or \
                 request (ask for it)"
            ));
        }
    };
    only(body, &["metadata"], "a Page Inbox action")?;
    Ok(Action::Inbox {
        request,
        metadata: text(body, "metadata")?,
    })
}

fn attachment(index: usize, item: &Value) -> Result<(AttachmentKind, String), String> {
    let at = format!("attachments[{index}]");
    let Value::Object(item) = item else {
        return Err(format!(
            "{at} must be an object: {{\"type\", \"payload\": {{\"url\"}}}}"
        ));
    };
    only(item, &["type", "payload"], &at)?;
    let kind = required(item, "type", &at)?;
    let kind = AttachmentKind::named(&kind)
        .ok_or_else(|| format!("{at}.type {kind:?} is not image, video, audio or file"))?;
    let Some(Value::Object(payload)) = item.get("payload") else {
        return Err(format!("{at} needs payload: {{\"url\": …}}"));
    };
    only(payload, &["url"], &format!("{at}.payload"))?;
    Ok((kind, required(payload, "url", &format!("{at}.payload"))?))
}

fn answer(outcome: Result<super::Delivered, SandboxError>) -> Response {
    let mut body = Map::new();
    let mid = match &outcome {
        Ok(delivered) => delivered.mid.clone(),
        Err(e) => e.mid().map(str::to_owned),
    };
    if let Some(mid) = mid {
        body.insert("mid".into(), Value::String(mid));
    }
    match outcome {
        Ok(delivered) => {
            body.insert("delivered".into(), Value::Bool(true));
            body.insert("attempts".into(), json!(delivered.attempts));
            body.insert("status".into(), json!(delivered.status));
        }
        Err(SandboxError::Invalid(message)) => return error(StatusCode::BAD_REQUEST, message),
        Err(e @ SandboxError::Spec(_)) => {
            return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
        }
        Err(
            e @ (SandboxError::Busy { .. }
            | SandboxError::ShuttingDown
            | SandboxError::StoreFull { .. }),
        ) => {
            return error(StatusCode::SERVICE_UNAVAILABLE, e.to_string());
        }
        Err(e) => {
            body.insert("delivered".into(), Value::Bool(false));
            if let SandboxError::Undelivered { attempts, .. } = &e {
                body.insert("attempts".into(), json!(attempts));
            }
            body.insert("error".into(), Value::String(e.to_string()));
        }
    }
    json_response(StatusCode::OK, &Value::Object(body), None)
}

/// `{"data":[{url, psid, attempt, status | error, body}]}`, oldest first.
fn deliveries(app: &App) -> Response {
    let data: Vec<Value> = app
        .webhooks
        .deliveries()
        .into_iter()
        .map(|d| {
            let mut entry = Map::new();
            entry.insert("url".into(), Value::String(d.url));
            entry.insert("psid".into(), Value::String(d.psid));
            entry.insert("attempt".into(), json!(d.attempt));
            match d.outcome {
                super::AttemptOutcome::Status(status) => {
                    entry.insert("status".into(), json!(status))
                }
                super::AttemptOutcome::Failed(error) => {
                    entry.insert("error".into(), Value::String(error))
                }
            };
            entry.insert("body".into(), Value::String(d.body));
            Value::Object(entry)
        })
        .collect();
    json_response(StatusCode::OK, &json!({ "data": data }), None)
}
