//! Cursor paging: `limit`, `after`, `before`, and the `paging` object with its links.

use std::borrow::Borrow;

use serde_json::{Map, Value, json};

use crate::error::GraphError;
use crate::request::percent_encode;

/// Items per page when no `limit` is given.
pub(crate) const DEFAULT_LIMIT: usize = 25;
/// The most items a page holds; larger limits are lowered to it, as Graph does.
pub(crate) const MAX_LIMIT: usize = 100;

/// The paging parameters of a request.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageRequest {
    pub limit: usize,
    pub after: Option<Key>,
    pub before: Option<Key>,
}

/// What a cursor points at: an item by id, or by position for items without one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    Id(String),
    Index(usize),
}

impl PageRequest {
    /// Reads `limit`, `after` and `before` from the request's parameters.
    pub fn from_params(raw: &Map<String, Value>) -> Result<PageRequest, GraphError> {
        let limit = match raw.get("limit") {
            None | Some(Value::Null) => DEFAULT_LIMIT,
            Some(Value::String(s)) if s.is_empty() => DEFAULT_LIMIT,
            Some(v) => {
                let n = match v {
                    Value::String(s) => s.trim().parse::<usize>().ok(),
                    Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
                    _ => None,
                };
                match n {
                    Some(n) if n > 0 => n.min(MAX_LIMIT),
                    _ => {
                        return Err(GraphError::param("param limit must be a positive integer"));
                    }
                }
            }
        };
        let cursor = |name: &str| -> Result<Option<Key>, GraphError> {
            match raw.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if s.is_empty() => Ok(None),
                Some(Value::String(s)) => decode(s)
                    .map(Some)
                    .ok_or_else(|| GraphError::param(format!("The {name} cursor is invalid"))),
                Some(_) => Err(GraphError::param(format!("The {name} cursor is invalid"))),
            }
        };
        Ok(PageRequest {
            limit,
            after: cursor("after")?,
            before: cursor("before")?,
        })
    }
}

/// The items of a stored list: `{"data": […]}` or a bare array.
pub(crate) fn items_of(value: &Value) -> &[Value] {
    match value {
        Value::Array(items) => items,
        Value::Object(map) => match map.get("data") {
            Some(Value::Array(items)) => items,
            _ => &[],
        },
        _ => &[],
    }
}

/// The cursor of an item: the hex of `id:<id>`, or of `ix:<index>` for items without an id.
pub(crate) fn cursor(item: &Value, index: usize) -> String {
    let key = match item.get("id").and_then(Value::as_str) {
        Some(id) => format!("id:{id}"),
        None => format!("ix:{index}"),
    };
    key.bytes().map(|b| format!("{b:02x}")).collect()
}

fn decode(cursor: &str) -> Option<Key> {
    if !cursor.len().is_multiple_of(2) || cursor.len() > 1024 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..cursor.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
        .collect();
    let text = String::from_utf8(bytes?).ok()?;
    if let Some(id) = text.strip_prefix("id:") {
        return Some(Key::Id(id.to_owned()));
    }
    text.strip_prefix("ix:")?.parse().ok().map(Key::Index)
}

/// Where a cursor's item is in the list.
fn position<V: Borrow<Value>>(items: &[V], key: &Key, name: &str) -> Result<usize, GraphError> {
    match key {
        Key::Index(i) => Ok((*i).min(items.len())),
        Key::Id(id) => items
            .iter()
            .position(|item| item.borrow().get("id").and_then(Value::as_str) == Some(id))
            .ok_or_else(|| GraphError::param(format!("The {name} cursor is invalid"))),
    }
}

/// A page of a list: the range of items it holds.
pub(crate) fn window<V: Borrow<Value>>(
    items: &[V],
    request: &PageRequest,
) -> Result<std::ops::Range<usize>, GraphError> {
    if let Some(after) = &request.after {
        let start = match after {
            Key::Index(i) => i.saturating_add(1).min(items.len()),
            Key::Id(_) => position(items, after, "after")? + 1,
        };
        return Ok(start..items.len().min(start + request.limit));
    }
    if let Some(before) = &request.before {
        let end = position(items, before, "before")?;
        return Ok(end.saturating_sub(request.limit)..end);
    }
    Ok(0..items.len().min(request.limit))
}

/// The `paging` object of a page; `None` for an empty page. `link` builds a link from the
/// cursor parameter and its value.
pub(crate) fn paging_object<V: Borrow<Value>>(
    items: &[V],
    range: std::ops::Range<usize>,
    link: impl Fn(&str, &str) -> String,
) -> Option<Value> {
    let first = items
        .get(range.start)
        .filter(|_| !range.is_empty())?
        .borrow();
    let last = items.get(range.end.checked_sub(1)?)?.borrow();
    let before = cursor(first, range.start);
    let after = cursor(last, range.end - 1);
    let mut paging = Map::new();
    if range.start > 0 {
        paging.insert("previous".into(), Value::String(link("before", &before)));
    }
    if range.end < items.len() {
        paging.insert("next".into(), Value::String(link("after", &after)));
    }
    paging.insert("cursors".into(), json!({"before": before, "after": after}));
    Some(Value::Object(paging))
}

/// `base/seg/seg?k=v&…`, every piece percent-encoded.
pub(crate) fn url(base: &str, segments: &[String], query: &[(String, String)]) -> String {
    let mut out = base.to_owned();
    for segment in segments {
        out.push('/');
        out.push_str(&percent_encode(segment));
    }
    for (i, (key, value)) in query.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(&percent_encode(key));
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize) -> Vec<Value> {
        (0..n).map(|i| json!({"id": format!("t_{i}")})).collect()
    }

    fn req(pairs: Value) -> Result<PageRequest, GraphError> {
        PageRequest::from_params(pairs.as_object().unwrap())
    }

    #[test]
    fn cursors_round_trip() {
        let item = json!({"id": "t_1"});
        assert_eq!(decode(&cursor(&item, 3)), Some(Key::Id("t_1".into())));
        assert_eq!(decode(&cursor(&json!({}), 3)), Some(Key::Index(3)));
        for bad in ["", "zz", "abc", "6964", "é1"] {
            assert_eq!(decode(bad).filter(|_| !bad.is_empty()), None, "{bad}");
        }
    }

    #[test]
    fn windows_follow_cursors() {
        let list = items(10);
        let r = req(json!({"limit": "4"})).unwrap();
        assert_eq!(window(&list, &r).unwrap(), 0..4);
        let after = cursor(&list[3], 3);
        let r = req(json!({"limit": 4, "after": after})).unwrap();
        assert_eq!(window(&list, &r).unwrap(), 4..8);
        let before = cursor(&list[4], 4);
        let r = req(json!({"limit": "3", "before": before})).unwrap();
        assert_eq!(window(&list, &r).unwrap(), 1..4);
        let r = req(json!({"after": cursor(&json!({"id": "gone"}), 0)})).unwrap();
        assert!(window(&list, &r).is_err());
    }

    #[test]
    fn limits_are_checked() {
        assert_eq!(req(json!({})).unwrap().limit, DEFAULT_LIMIT);
        assert_eq!(req(json!({"limit": "500"})).unwrap().limit, MAX_LIMIT);
        for bad in [
            json!("0"),
            json!("-1"),
            json!("ten"),
            json!(1.5),
            json!([1]),
        ] {
            assert!(req(json!({ "limit": bad })).is_err());
        }
        assert!(req(json!({"after": "not-hex"})).is_err());
    }
}
