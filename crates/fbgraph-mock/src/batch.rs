//! Batch requests, `POST /{version}/` with `batch=[…]`: reading the operations, the inner
//! requests they stand for, and `{result=NAME:$.path}` references to earlier answers. The
//! inner requests themselves go through the same pipeline as any other (see `app.rs`).

use serde_json::{Map, Value};

use crate::error::GraphError;
use crate::request::{self, percent_encode};

/// The most operations a batch may hold.
pub(crate) const MAX_BATCH: usize = 50;

/// One operation of a batch.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Op {
    /// The HTTP method, upper case.
    pub method: String,
    /// The path and query, relative to the version (`me/conversations?limit=5`).
    pub relative_url: String,
    /// A form-encoded body.
    pub body: String,
    /// The name later operations refer to it by.
    pub name: Option<String>,
    /// The operation that must have succeeded for this one to run.
    pub depends_on: Option<String>,
}

/// The operations of the `batch` parameter: a JSON array, or JSON text holding one (as a
/// form field sends it); between 1 and [`MAX_BATCH`] of them.
pub(crate) fn operations(raw: &Map<String, Value>) -> Result<Vec<Value>, GraphError> {
    let parsed;
    let list = match raw.get("batch") {
        None | Some(Value::Null) => {
            return Err(GraphError::param("The parameter batch is required"));
        }
        Some(Value::String(text)) if text.trim().is_empty() => {
            return Err(GraphError::param("The parameter batch is required"));
        }
        Some(Value::String(text)) => {
            parsed = request::parse_json(text.as_bytes())
                .map_err(|_| GraphError::param("param batch must be a JSON array"))?;
            &parsed
        }
        Some(value) => value,
    };
    let Value::Array(list) = list else {
        return Err(GraphError::param("param batch must be a JSON array"));
    };
    if list.is_empty() {
        return Err(GraphError::param(
            "param batch must be a non-empty JSON array",
        ));
    }
    if list.len() > MAX_BATCH {
        return Err(GraphError::param(format!(
            "Too many requests in batch message. Maximum batch size is {MAX_BATCH}"
        )));
    }
    Ok(list.clone())
}

/// `include_headers`: whether inner answers list their headers (the default).
pub(crate) fn include_headers(raw: &Map<String, Value>) -> Result<bool, GraphError> {
    match raw.get("include_headers") {
        None | Some(Value::Null) => Ok(true),
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::String(s)) if s.is_empty() || s.eq_ignore_ascii_case("true") || s == "1" => {
            Ok(true)
        }
        Some(Value::String(s)) if s.eq_ignore_ascii_case("false") || s == "0" => Ok(false),
        Some(_) => Err(GraphError::param("param include_headers must be a boolean")),
    }
}

/// Text of an optional string member; `Err` if it is there but not text.
fn text_member(op: &Map<String, Value>, key: &str) -> Result<Option<String>, GraphError> {
    match op.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(GraphError::param(format!(
            "param batch[{key}] must be a string"
        ))),
    }
}

impl Op {
    /// Reads one element of the batch.
    pub fn parse(value: &Value) -> Result<Op, GraphError> {
        let Value::Object(op) = value else {
            return Err(GraphError::param(
                "Each request in a batch must be a JSON object",
            ));
        };
        let method = text_member(op, "method")?
            .filter(|m| !m.trim().is_empty())
            .ok_or_else(|| GraphError::param("The parameter method is required"))?
            .trim()
            .to_ascii_uppercase();
        let relative_url = text_member(op, "relative_url")?
            .ok_or_else(|| GraphError::param("The parameter relative_url is required"))?;
        let body = match op.get("body") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            // Leniently, an object as a form: object and list values as JSON text.
            Some(Value::Object(fields)) => fields
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    format!("{}={}", percent_encode(k), percent_encode(&v))
                })
                .collect::<Vec<_>>()
                .join("&"),
            Some(_) => {
                return Err(GraphError::param(
                    "param batch[body] must be a form-encoded string",
                ));
            }
        };
        Ok(Op {
            method,
            relative_url,
            body,
            name: text_member(op, "name")?,
            depends_on: text_member(op, "depends_on")?,
        })
    }
}

/// The path and query an operation's `relative_url` stands for: `/{version}/{relative_url}`,
/// where a leading `/` is dropped and a leading served version (`v19.0/…`) is kept instead
/// of the batch's. Characters a URI may not hold (`{`, `}`, spaces, non-ASCII, …) are
/// percent-encoded; `%` escapes already there are kept.
pub(crate) fn target(relative_url: &str, version: &str, served: &[&str]) -> String {
    let relative = relative_url.trim();
    let relative = relative.strip_prefix('/').unwrap_or(relative);
    let first = relative.split(['/', '?']).next().unwrap_or_default();
    let full = if served.contains(&first) {
        format!("/{relative}")
    } else {
        format!("/{version}/{relative}")
    };
    let mut out = String::with_capacity(full.len());
    for b in full.bytes() {
        if b.is_ascii_graphic() && !b"\"<>\\^`{|}#".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The path of a target, without its query.
pub(crate) fn path_of(target: &str) -> &str {
    target.split('?').next().unwrap_or(target)
}

/// Replaces every `{result=NAME:$.path}` in `text`, written as is or percent-encoded, with
/// the value it points at in the answer of the earlier operation `NAME`, percent-encoded.
/// `answer_of` gives that answer (`Err` when there is none or it failed).
pub(crate) fn substitute(
    text: &str,
    answer_of: &dyn Fn(&str) -> Result<Value, GraphError>,
) -> Result<String, GraphError> {
    const LITERAL: &str = "{result=";
    const ENCODED: &str = "%7bresult%3d";
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    while pos < text.len() {
        let literal = lower[pos..].find(LITERAL).map(|i| (pos + i, false));
        let encoded = lower[pos..].find(ENCODED).map(|i| (pos + i, true));
        let next = match (literal, encoded) {
            (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
            (a, b) => a.or(b),
        };
        let Some((start, is_encoded)) = next else {
            break;
        };
        out.push_str(&text[pos..start]);
        let (open, close) = if is_encoded {
            (ENCODED, "%7d")
        } else {
            (LITERAL, "}")
        };
        let inner_start = start + open.len();
        let Some(inner_len) = lower[inner_start..].find(close) else {
            return Err(GraphError::param(
                "A {result=…} reference in the batch is not closed",
            ));
        };
        let inner = &text[inner_start..inner_start + inner_len];
        let inner = if is_encoded {
            request::decode_segment(inner)
                .ok_or_else(|| GraphError::param("A batch reference is not valid UTF-8"))?
        } else {
            inner.to_owned()
        };
        out.push_str(&percent_encode(&resolve(&inner, answer_of)?));
        pos = inner_start + inner_len + close.len();
    }
    if pos < text.len() {
        out.push_str(&text[pos..]);
    }
    Ok(out)
}

/// The text of `NAME:$.path`.
fn resolve(
    reference: &str,
    answer_of: &dyn Fn(&str) -> Result<Value, GraphError>,
) -> Result<String, GraphError> {
    let unresolved = || GraphError::param(format!("Cannot resolve {{result={reference}}}"));
    let (name, path) = reference.split_once(':').ok_or_else(unresolved)?;
    let answer = answer_of(name.trim())?;
    let path = path.trim();
    let path = path.strip_prefix('$').ok_or_else(unresolved)?;
    // `$.data[0].id` is `$.data.0.id`.
    let path = path.replace('[', ".").replace(']', "");
    let segments: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
    let mut found = Vec::new();
    select(&answer, &segments, &mut found);
    if found.is_empty() {
        return Err(unresolved());
    }
    Ok(found
        .iter()
        .map(|v| text_of(v))
        .collect::<Vec<_>>()
        .join(","))
}

/// The values at a path; `*` takes every item of an array (or value of an object).
fn select<'v>(value: &'v Value, path: &[&str], found: &mut Vec<&'v Value>) {
    let Some((first, rest)) = path.split_first() else {
        found.push(value);
        return;
    };
    match (value, *first) {
        (Value::Array(items), "*") => items.iter().for_each(|v| select(v, rest, found)),
        (Value::Object(map), "*") => map.values().for_each(|v| select(v, rest, found)),
        (Value::Array(items), index) => {
            if let Some(item) = index.parse::<usize>().ok().and_then(|i| items.get(i)) {
                select(item, rest, found);
            }
        }
        (Value::Object(map), key) => {
            if let Some(child) = map.get(key) {
                select(child, rest, found);
            }
        }
        _ => {}
    }
}

/// A value as text: strings as they are, lists of values joined by commas, objects as JSON.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join(","),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answers(name: &str) -> Result<Value, GraphError> {
        match name {
            "send" => Ok(json!({"message_id": "m_a b", "n": 3})),
            "list" => Ok(json!({"data": [{"id": "t_1"}, {"id": "t_2"}]})),
            _ => Err(GraphError::param("failed")),
        }
    }

    #[test]
    fn references_are_substituted_and_encoded() {
        let got = substitute("{result=send:$.message_id}?fields=message", &answers).unwrap();
        assert_eq!(got, "m_a%20b?fields=message");
        let got = substitute("ids={result=list:$.data.*.id}&x=1", &answers).unwrap();
        assert_eq!(got, "ids=t_1%2Ct_2&x=1");
        let got = substitute("id=%7Bresult%3Dlist%3A%24.data.1.id%7D", &answers).unwrap();
        assert_eq!(got, "id=t_2");
        let got = substitute("{result=list:$.data[0].id}/{result=send:$.n}", &answers).unwrap();
        assert_eq!(got, "t_1/3");
        assert_eq!(
            substitute("plain {text}", &answers).unwrap(),
            "plain {text}"
        );
        for bad in [
            "{result=send:$.nothing}",
            "{result=gone:$.id}",
            "{result=send}",
            "{result=send:$.message_id",
            "{result=list:$.data.9.id}",
        ] {
            assert!(substitute(bad, &answers).is_err(), "{bad}");
        }
    }

    #[test]
    fn targets_are_relative_to_the_version() {
        let served = ["v19.0", "v26.0"];
        assert_eq!(
            target("me/conversations?limit=5", "v19.0", &served),
            "/v19.0/me/conversations?limit=5"
        );
        assert_eq!(target("/me", "v19.0", &served), "/v19.0/me");
        assert_eq!(target("v26.0/me?x=1", "v19.0", &served), "/v26.0/me?x=1");
        assert_eq!(
            target("m_1?fields=a{b c}", "v19.0", &served),
            "/v19.0/m_1?fields=a%7Bb%20c%7D"
        );
        assert_eq!(path_of("/v19.0/me?x=1"), "/v19.0/me");
    }

    #[test]
    fn batches_are_bounded() {
        let op = json!({"method": "GET", "relative_url": "me"});
        let raw = |batch: Value| json!({ "batch": batch }).as_object().unwrap().clone();
        assert_eq!(operations(&raw(json!([op.clone()]))).unwrap().len(), 1);
        let text = json!([op.clone(), op.clone()]).to_string();
        assert_eq!(operations(&raw(json!(text))).unwrap().len(), 2);
        let too_many = Value::Array(vec![op.clone(); 51]);
        let error = operations(&raw(too_many)).unwrap_err();
        assert_eq!(
            error.message,
            "(#100) Too many requests in batch message. Maximum batch size is 50"
        );
        for bad in [json!([]), json!({}), json!("nope"), json!(3)] {
            assert_eq!(operations(&raw(bad)).unwrap_err().code, 100);
        }
        assert!(operations(&Map::new()).is_err());
    }

    #[test]
    fn operations_are_read() {
        let op = Op::parse(&json!({
            "method": "post", "relative_url": "me/messages",
            "body": "a=1", "name": "send", "depends_on": "first",
        }))
        .unwrap();
        assert_eq!(op.method, "POST");
        assert_eq!(op.name.as_deref(), Some("send"));
        let op =
            Op::parse(&json!({"method": "POST", "relative_url": "x", "body": {"a": {"b": 1}}}))
                .unwrap();
        assert_eq!(op.body, "a=%7B%22b%22%3A1%7D");
        for bad in [
            json!("GET me"),
            json!({"relative_url": "me"}),
            json!({"method": "GET"}),
            json!({"method": "GET", "relative_url": 3}),
            json!({"method": "GET", "relative_url": "me", "body": 1}),
        ] {
            assert!(Op::parse(&bad).is_err(), "{bad}");
        }
    }
}
