//! Reading a request's parameters: the query string and a JSON, form-encoded or multipart
//! body, merged into one JSON object, as Graph sees them.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde_json::{Map, Value};

use crate::error::GraphError;

/// The largest body the server reads.
pub(crate) const BODY_LIMIT: usize = 8 * 1024 * 1024;
/// The deepest JSON nesting accepted in a body or a JSON-valued parameter.
pub(crate) const MAX_DEPTH: usize = 64;
/// The most `[…]` levels in a form key (`message[quick_replies][0][title]`).
const MAX_KEY_DEPTH: usize = 16;

/// A file part of a multipart body.
#[derive(Debug, Clone)]
pub(crate) struct Upload {
    /// The part's field name (`filedata`).
    pub field: String,
    /// The file name the client gave.
    pub file_name: Option<String>,
    /// The part's content type.
    pub content_type: Option<String>,
    /// The size in bytes.
    pub size: usize,
}

/// Everything a request says, apart from its method and path.
#[derive(Debug, Default)]
pub(crate) struct Params {
    /// Query and body parameters, merged (the body wins).
    pub raw: Map<String, Value>,
    /// The query string's pairs, decoded, in order (to build `next` links).
    pub query: Vec<(String, String)>,
    /// Files of a multipart body.
    pub uploads: Vec<Upload>,
    /// The `Authorization: Bearer …` token.
    pub bearer: Option<String>,
}

/// Why a body was not taken.
#[derive(Debug)]
pub(crate) enum BodyError {
    /// It could not be received: too large, or it did not arrive in time.
    Unreceived(GraphError),
    /// It arrived but does not parse as JSON, a form or multipart.
    Unparsable(GraphError),
}

/// Reads what the request line and headers say: the query and the bearer token. The body
/// is read afterwards with [`read_body`], once the credentials in the head are judged.
pub(crate) fn read_head(parts: &Parts) -> Result<Params, GraphError> {
    let mut params = Params {
        bearer: bearer(&parts.headers),
        ..Params::default()
    };
    if let Some(query) = parts.uri.query() {
        params.query = parse_urlencoded(query.as_bytes())
            .map_err(|e| GraphError::param(format!("The query string is invalid: {e}")))?;
        let pairs = params.query.iter();
        insert_pairs(
            &mut params.raw,
            pairs.map(|(k, v)| (k.clone(), Value::String(v.clone()))),
        );
    }
    Ok(params)
}

/// Receives the body within `timeout` and merges its parameters into `params` (the body
/// wins over the query).
pub(crate) async fn read_body(
    params: &mut Params,
    parts: Parts,
    body: Body,
    timeout: Duration,
) -> Result<(), BodyError> {
    let bytes = match tokio::time::timeout(timeout, axum::body::to_bytes(body, BODY_LIMIT)).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => {
            let mut error = GraphError::param(format!(
                "The request body is larger than {BODY_LIMIT} bytes, or could not be read"
            ));
            error.status = StatusCode::PAYLOAD_TOO_LARGE;
            return Err(BodyError::Unreceived(error));
        }
        Err(_) => {
            let mut error = GraphError::param(format!(
                "The request body did not arrive within {} ms",
                timeout.as_millis()
            ));
            error.status = StatusCode::REQUEST_TIMEOUT;
            return Err(BodyError::Unreceived(error));
        }
    };
    let body_params = parse_body(parts, bytes)
        .await
        .map_err(BodyError::Unparsable)?;
    params.uploads = body_params.1;
    for (key, value) in body_params.0 {
        params.raw.insert(key, value);
    }
    Ok(())
}

/// The parameters and files of a received body, by its content type.
async fn parse_body(
    parts: Parts,
    bytes: Bytes,
) -> Result<(Map<String, Value>, Vec<Upload>), GraphError> {
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut body_params = Map::new();
    let mut uploads = Vec::new();
    if content_type.starts_with("multipart/form-data") {
        let request = Request::from_parts(parts, Body::from(bytes));
        read_multipart(request, &mut body_params, &mut uploads).await?;
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        // No body.
    } else if content_type.contains("json")
        || (!content_type.contains("x-www-form-urlencoded")
            && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'))
    {
        body_params = read_json(&bytes)?;
    } else {
        let pairs = parse_urlencoded(&bytes)
            .map_err(|e| GraphError::param(format!("The request body is invalid: {e}")))?;
        insert_pairs(
            &mut body_params,
            pairs.into_iter().map(|(k, v)| (k, Value::String(v))),
        );
    }
    Ok((body_params, uploads))
}

fn bearer(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("oauth"))
        .then(|| token.to_owned())
        .filter(|t| !t.is_empty())
}

fn read_json(bytes: &Bytes) -> Result<Map<String, Value>, GraphError> {
    match parse_json(bytes)? {
        Value::Object(map) => Ok(map),
        _ => Err(GraphError::param("The request body must be a JSON object")),
    }
}

/// Parses JSON text, refusing what is nested deeper than [`MAX_DEPTH`].
pub(crate) fn parse_json(bytes: &[u8]) -> Result<Value, GraphError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| GraphError::param(format!("The request body is not valid JSON: {e}")))?;
    if too_deep(&value, MAX_DEPTH) {
        return Err(GraphError::param(format!(
            "JSON is nested deeper than {MAX_DEPTH} levels"
        )));
    }
    Ok(value)
}

/// Whether arrays and objects nest deeper than `max` levels; without recursion.
pub(crate) fn too_deep(value: &Value, max: usize) -> bool {
    let mut stack = vec![(value, 1usize)];
    while let Some((v, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(items) => Box::new(items.iter()),
            Value::Object(map) => Box::new(map.values()),
            _ => continue,
        };
        if depth > max {
            return true;
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    false
}

async fn read_multipart(
    request: Request,
    into: &mut Map<String, Value>,
    uploads: &mut Vec<Upload>,
) -> Result<(), GraphError> {
    let invalid = |e: &dyn std::fmt::Display| {
        GraphError::param(format!("The multipart body is invalid: {e}"))
    };
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| invalid(&e))?;
    let mut texts = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| invalid(&e))? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        let is_text = file_name.is_none()
            && content_type
                .as_deref()
                .is_none_or(|t| t.starts_with("text/") || t.contains("json"));
        let data = field.bytes().await.map_err(|e| invalid(&e))?;
        if is_text {
            let text = String::from_utf8(data.to_vec()).map_err(|_| {
                GraphError::param(format!("The multipart field {name} is not valid UTF-8"))
            })?;
            texts.push((name, Value::String(text)));
        } else {
            uploads.push(Upload {
                field: name,
                file_name,
                content_type,
                size: data.len(),
            });
        }
    }
    insert_pairs(into, texts);
    Ok(())
}

/// Decodes `a=1&b=%7B%7D`: `+` is a space; the text must be UTF-8 once decoded.
pub(crate) fn parse_urlencoded(input: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for piece in input.split(|b| *b == b'&') {
        if piece.is_empty() {
            continue;
        }
        let (key, value) = match piece.iter().position(|b| *b == b'=') {
            Some(i) => (&piece[..i], &piece[i + 1..]),
            None => (piece, &[][..]),
        };
        let key = String::from_utf8(percent_decode(key, true))
            .map_err(|_| "a parameter name is not valid UTF-8".to_owned())?;
        let value = String::from_utf8(percent_decode(value, true))
            .map_err(|_| format!("the value of {key} is not valid UTF-8"))?;
        pairs.push((key, value));
    }
    Ok(pairs)
}

/// Decodes a path segment (`%2F` and the like; `+` stays a plus).
pub(crate) fn decode_segment(segment: &str) -> Option<String> {
    String::from_utf8(percent_decode(segment.as_bytes(), false)).ok()
}

fn percent_decode(input: &[u8], plus_is_space: bool) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' => match (
                input.get(i + 1).copied().and_then(hex),
                input.get(i + 2).copied().and_then(hex),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// Percent-encodes a query component: everything but `A-Z a-z 0-9 - _ . ~`.
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Inserts a form pair, understanding PHP's bracket keys as nested values
/// (`recipient[id]=1`, `message[quick_replies][0][title]=Yes`, `tags[]=a`), as Graph does.
fn insert_pair(map: &mut Map<String, Value>, key: &str, value: Value) {
    let Some((root, path)) = split_key(key) else {
        map.insert(key.to_owned(), value);
        return;
    };
    let slot = map
        .entry(root.to_owned())
        .or_insert_with(|| Value::Object(Map::new()));
    insert_at(slot, &path, value);
}

/// Inserts decoded pairs into a map, then turns index-keyed objects into arrays.
fn insert_pairs(map: &mut Map<String, Value>, pairs: impl IntoIterator<Item = (String, Value)>) {
    let mut nested = false;
    for (key, value) in pairs {
        nested |= key.contains('[');
        insert_pair(map, &key, value);
    }
    if nested {
        for value in map.values_mut() {
            arrays_from_indices(value);
        }
    }
}

/// `a[b][0]` → (`a`, [`b`, `0`]); `None` for a key without (well-formed) brackets.
fn split_key(key: &str) -> Option<(&str, Vec<&str>)> {
    let open = key.find('[')?;
    let root = &key[..open];
    if root.is_empty() {
        return None;
    }
    let mut rest = &key[open..];
    let mut path = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let close = inner.find(']')?;
        path.push(&inner[..close]);
        rest = &inner[close + 1..];
        if path.len() > MAX_KEY_DEPTH {
            return None;
        }
    }
    Some((root, path))
}

fn insert_at(slot: &mut Value, path: &[&str], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        *slot = value;
        return;
    };
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    let Value::Object(map) = slot else { return };
    // `[]` appends: number the new entry after those already there.
    let key = if first.is_empty() {
        map.len().to_string()
    } else {
        (*first).to_owned()
    };
    let child = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
    insert_at(child, rest, value);
}

/// Turns objects whose keys are all indices (`{"0": …, "1": …}`) into arrays.
fn arrays_from_indices(value: &mut Value) {
    let Value::Object(map) = value else { return };
    for child in map.values_mut() {
        arrays_from_indices(child);
    }
    if map.is_empty() || !map.keys().all(|k| k.parse::<usize>().is_ok()) {
        return;
    }
    let mut items: Vec<(usize, Value)> = std::mem::take(map)
        .into_iter()
        .filter_map(|(k, v)| k.parse::<usize>().ok().map(|i| (i, v)))
        .collect();
    items.sort_by_key(|(i, _)| *i);
    *value = Value::Array(items.into_iter().map(|(_, v)| v).collect());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_forms() {
        let pairs = parse_urlencoded(b"a=1+2&b=%7B%22id%22%3A%221%22%7D&c&=x&d=%zz").unwrap();
        assert_eq!(
            pairs,
            vec![
                ("a".into(), "1 2".into()),
                ("b".into(), r#"{"id":"1"}"#.into()),
                ("c".into(), String::new()),
                (String::new(), "x".into()),
                ("d".into(), "%zz".into()),
            ]
        );
        assert!(parse_urlencoded(b"a=%ff").is_err());
    }

    #[test]
    fn bracket_keys_nest() {
        let mut map = Map::new();
        let pairs = [
            ("recipient[id]", "1"),
            ("message[quick_replies][0][title]", "Yes"),
            ("message[quick_replies][1][title]", "No"),
            ("tags[]", "a"),
            ("tags[]", "b"),
            ("odd]", "x"),
        ];
        insert_pairs(&mut map, pairs.map(|(k, v)| (k.to_owned(), json!(v))));
        assert_eq!(
            Value::Object(map),
            json!({
                "recipient": {"id": "1"},
                "message": {"quick_replies": [{"title": "Yes"}, {"title": "No"}]},
                "tags": ["a", "b"],
                "odd]": "x",
            })
        );
    }

    #[test]
    fn depth_is_capped_without_recursion() {
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse_json(deep.as_bytes()).is_err());
        assert!(!too_deep(&json!({"a": [1, {"b": 2}]}), 3));
        assert!(too_deep(&json!({"a": [1, {"b": [2]}]}), 3));
    }

    #[test]
    fn encodes_query_components() {
        assert_eq!(percent_encode("a b,c/é~"), "a%20b%2Cc%2F%C3%A9~");
    }
}
