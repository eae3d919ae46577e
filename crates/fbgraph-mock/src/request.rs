//! Reading a request's parameters: the query string and a JSON, form-encoded or multipart
//! body, merged into one JSON object, as Graph sees them.
//!
//! What a request may cost is bounded, whatever its size in bytes: a form key such as
//! `message[quick_replies][7][title]` makes several nested values from a few bytes, and a
//! JSON body `[0,0,…]` makes a 32-byte value from every 2 bytes. So the query, a form body
//! and a multipart body each hold at most [`MAX_KEYS`] parameters (10,000), a bracket
//! index is at most [`MAX_INDEX`] (1,000), and form keys build at most [`MAX_NODES`]
//! values (100,000); JSON text (a body, or a parameter's value) holding more than
//! [`MAX_NODES`] values is refused before it is parsed. Graph's own limits are far below:
//! a message has at most 13 quick replies and 10 template elements of 3 buttons each (a
//! few hundred keys as a form), and a batch at most 50 calls (about 10,000 values at the
//! most detailed); so the bounds never refuse a real call, and a refused request has cost
//! a few megabytes at most. Each refusal is a `(#100)` error naming the bound.

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
/// The most parameters in a query string, a form body or a multipart body.
pub(crate) const MAX_KEYS: usize = 10_000;
/// The highest index of a form key (`message[quick_replies][1000][title]`).
pub(crate) const MAX_INDEX: usize = 1_000;
/// The most values the form keys of a query or body build, and the most values a JSON text
/// may hold.
pub(crate) const MAX_NODES: usize = 100_000;

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
        )?;
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
        )?;
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

/// Parses JSON text, refusing what is nested deeper than [`MAX_DEPTH`] or holds more than
/// [`MAX_NODES`] values (judged before parsing, so that it costs nothing).
pub(crate) fn parse_json(bytes: &[u8]) -> Result<Value, GraphError> {
    if json_values_bound(bytes) > MAX_NODES {
        return Err(GraphError::param(format!(
            "The request body has more than {MAX_NODES} values"
        )));
    }
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| GraphError::param(format!("The request body is not valid JSON: {e}")))?;
    if too_deep(&value, MAX_DEPTH) {
        return Err(GraphError::param(format!(
            "JSON is nested deeper than {MAX_DEPTH} levels"
        )));
    }
    Ok(value)
}

/// At least the number of values (objects, arrays, strings, numbers, …) JSON text holds,
/// counted without parsing: every value but the first follows a `[`, a `,` or a `:`
/// outside strings, so their count (plus one) bounds it, within twice the real count.
pub(crate) fn json_values_bound(text: &[u8]) -> usize {
    let mut count = 1usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in text {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b',' | b':' => count = count.saturating_add(1),
                _ => {}
            }
        }
    }
    count
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
    let mut parts = 0usize;
    while let Some(field) = multipart.next_field().await.map_err(|e| invalid(&e))? {
        parts += 1;
        if parts > MAX_KEYS {
            return Err(GraphError::param(format!(
                "The multipart body has more than {MAX_KEYS} parameters"
            )));
        }
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
    insert_pairs(into, texts)
}

/// Decodes `a=1&b=%7B%7D`: `+` is a space; the text must be UTF-8 once decoded. At most
/// [`MAX_KEYS`] pairs, counted before anything is decoded.
pub(crate) fn parse_urlencoded(input: &[u8]) -> Result<Vec<(String, String)>, String> {
    let count = input
        .split(|b| *b == b'&')
        .filter(|piece| !piece.is_empty())
        .count();
    if count > MAX_KEYS {
        return Err(format!("it has more than {MAX_KEYS} parameters"));
    }
    let mut pairs = Vec::with_capacity(count);
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

/// What the pairs of one query or body have built so far, to bound it.
#[derive(Default)]
struct Budget {
    /// Values created, [`MAX_NODES`] at most.
    nodes: usize,
}

impl Budget {
    fn spend(&mut self) -> Result<(), GraphError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(GraphError::param(format!(
                "The parameters' keys make more than {MAX_NODES} values"
            )));
        }
        Ok(())
    }
}

/// Inserts a form pair, understanding PHP's bracket keys as nested values
/// (`recipient[id]=1`, `message[quick_replies][0][title]=Yes`, `tags[]=a`), as Graph does.
fn insert_pair(
    map: &mut Map<String, Value>,
    key: &str,
    value: Value,
    budget: &mut Budget,
) -> Result<(), GraphError> {
    let Some((root, path)) = split_key(key) else {
        if map.insert(key.to_owned(), value).is_none() {
            budget.spend()?;
        }
        return Ok(());
    };
    if !map.contains_key(root) {
        budget.spend()?;
    }
    let slot = map
        .entry(root.to_owned())
        .or_insert_with(|| Value::Object(Map::new()));
    insert_at(slot, &path, value, key, budget)
}

/// Inserts decoded pairs into a map, then turns index-keyed objects into arrays. Refuses
/// more than [`MAX_KEYS`] pairs, an index over [`MAX_INDEX`] and more than [`MAX_NODES`]
/// values built.
fn insert_pairs(
    map: &mut Map<String, Value>,
    pairs: impl IntoIterator<Item = (String, Value)>,
) -> Result<(), GraphError> {
    let mut nested = false;
    let mut budget = Budget::default();
    for (count, (key, value)) in pairs.into_iter().enumerate() {
        if count >= MAX_KEYS {
            return Err(GraphError::param(format!(
                "The request has more than {MAX_KEYS} parameters"
            )));
        }
        nested |= key.contains('[');
        insert_pair(map, &key, value, &mut budget)?;
    }
    if nested {
        for value in map.values_mut() {
            arrays_from_indices(value);
        }
    }
    Ok(())
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

fn insert_at(
    slot: &mut Value,
    path: &[&str],
    value: Value,
    key: &str,
    budget: &mut Budget,
) -> Result<(), GraphError> {
    let Some((first, rest)) = path.split_first() else {
        *slot = value;
        return Ok(());
    };
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    let Value::Object(map) = slot else {
        return Ok(());
    };
    // `[]` appends: number the new entry after those already there.
    let index = if first.is_empty() {
        Some(map.len())
    } else if first.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a usize is over the limit too.
        Some(first.parse::<usize>().unwrap_or(usize::MAX))
    } else {
        None
    };
    if let Some(index) = index
        && index > MAX_INDEX
    {
        let shown = if first.is_empty() {
            index.to_string()
        } else {
            (*first).to_owned()
        };
        return Err(GraphError::param(format!(
            "Param {key} has the index {shown}; the highest index a parameter may have is \
             {MAX_INDEX}"
        )));
    }
    let entry = if first.is_empty() {
        map.len().to_string()
    } else {
        (*first).to_owned()
    };
    if !map.contains_key(&entry) {
        budget.spend()?;
    }
    let child = map
        .entry(entry)
        .or_insert_with(|| Value::Object(Map::new()));
    insert_at(child, rest, value, key, budget)
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
        insert_pairs(&mut map, pairs.map(|(k, v)| (k.to_owned(), json!(v)))).unwrap();
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
    fn form_keys_are_bounded() {
        let mut map = Map::new();
        let at_limit = [
            ("a[1000][b]".to_owned(), json!("x")),
            ("a[1][b]".to_owned(), json!("y")),
        ];
        insert_pairs(&mut map, at_limit).unwrap();
        assert_eq!(map["a"], json!([{"b": "y"}, {"b": "x"}]));
        for key in ["a[1001]", "a[99999999999999999999999]", "a[0][b][2000]"] {
            let error = insert_pairs(&mut Map::new(), [(key.to_owned(), json!("x"))]).unwrap_err();
            assert!(
                error.message.contains("highest index"),
                "{key}: {}",
                error.message
            );
        }
        let appended = (0..1002).map(|_| ("tags[]".to_owned(), json!("t")));
        assert!(insert_pairs(&mut Map::new(), appended).is_err());
        let many = (0..=MAX_KEYS).map(|i| (format!("k{i}"), json!("v")));
        let error = insert_pairs(&mut Map::new(), many).unwrap_err();
        assert!(
            error.message.contains("10000 parameters"),
            "{}",
            error.message
        );
        // 16 levels of distinct keys: 6,000 keys make 102,000 values.
        let deep = (0..6_000).map(|i| (format!("r{i}{}", "[k]".repeat(16)), json!("v")));
        let error = insert_pairs(&mut Map::new(), deep).unwrap_err();
        assert!(error.message.contains("100000 values"), "{}", error.message);
        let text = "a=1&".repeat(MAX_KEYS + 1);
        assert!(parse_urlencoded(text.as_bytes()).is_err());
        assert!(parse_urlencoded("a=1&".repeat(MAX_KEYS).as_bytes()).is_ok());
    }

    #[test]
    fn json_values_are_bounded_before_parsing() {
        assert_eq!(json_values_bound(br#"{"a":[1,2],"b":"[,:\"]"}"#), 6);
        let zeros = format!("[{}0]", "0,".repeat(MAX_NODES));
        assert!(parse_json(zeros.as_bytes()).is_err());
        let fine = format!("[{}0]", "0,".repeat(MAX_NODES - 10));
        assert!(parse_json(fine.as_bytes()).is_ok());
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
