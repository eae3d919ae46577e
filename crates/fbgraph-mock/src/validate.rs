//! Checking a call's parameters against the spec, recursively, the way Graph answers:
//! every problem named by its bracket path (`message[quick_replies][0][content_type]`).
//! What passes comes out normalised: enum values in their documented case, numbers
//! where the spec says integer, JSON text parsed, and defaults filled in.

use fbgraph_spec::{Field, Named, Object, OneOf, Rule, Scalar, Spec, Type};
use serde_json::{Map, Number, Value};

use crate::request::{MAX_DEPTH, MAX_NODES, Upload, json_values_bound, too_deep};

/// Checks and normalises the parameters of a call. `uploads` are the files of a multipart
/// body: a `file` parameter is given only as one. `Err` holds every problem found.
pub(crate) fn params(
    spec: &Spec,
    fields: &[Field],
    one_of: &[OneOf],
    rules: &[Rule],
    raw: &Map<String, Value>,
    uploads: &[Upload],
) -> Result<Map<String, Value>, Vec<String>> {
    let mut checker = Checker {
        spec,
        problems: Vec::new(),
        untold: 0,
        values_left: MAX_NODES,
        uploads,
    };
    let out = checker.object(fields, one_of, raw, "", 0);
    if checker.problems.is_empty() {
        checker.rules(rules, &out);
    }
    if checker.problems.is_empty() {
        return Ok(out);
    }
    if checker.untold > 0 {
        checker
            .problems
            .push(format!("and {} more problems", checker.untold));
    }
    Err(checker.problems)
}

/// The most problems one answer lists; a hostile list could otherwise make it huge.
const MAX_PROBLEMS: usize = 20;

struct Checker<'a> {
    spec: &'a Spec,
    problems: Vec<String>,
    /// Problems found beyond [`MAX_PROBLEMS`].
    untold: usize,
    /// How many more values the JSON texts of the parameters may hold, together: at most
    /// [`MAX_NODES`] in all.
    values_left: usize,
    /// The files of a multipart body.
    uploads: &'a [Upload],
}

/// `recipient` + `id` → `recipient[id]`; the top level has no prefix.
fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}[{key}]")
    }
}

/// A value that counts as given: not null, not an empty string.
fn given(value: Option<&Value>) -> Option<&Value> {
    value.filter(|v| !v.is_null() && v.as_str() != Some(""))
}

impl Checker<'_> {
    fn problem(&mut self, text: String) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(text);
        } else {
            self.untold += 1;
        }
    }

    fn object(
        &mut self,
        fields: &[Field],
        one_of: &[OneOf],
        raw: &Map<String, Value>,
        path: &str,
        depth: usize,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        for field in fields {
            let at = child(path, &field.name);
            // A file comes as a part of a multipart body, never as text.
            if field.ty.0 == "file" {
                if given(raw.get(&field.name)).is_some() {
                    self.problem(format!(
                        "param {at} must be a file, sent as a part of a multipart/form-data body"
                    ));
                } else if let Some(upload) = self.uploads.iter().find(|u| u.field == field.name) {
                    let mut about = Map::new();
                    about.insert("size".into(), Value::from(upload.size));
                    if let Some(name) = &upload.file_name {
                        about.insert("file_name".into(), Value::String(name.clone()));
                    }
                    out.insert(field.name.clone(), Value::Object(about));
                } else if field.required {
                    self.problem(format!("The parameter {at} is required"));
                }
                continue;
            }
            let value = given(raw.get(&field.name)).or(field.default.as_ref());
            let Some(value) = value else {
                if field.required {
                    self.problem(format!("The parameter {at} is required"));
                }
                continue;
            };
            let ty = match field.ty.parse() {
                Ok(ty) => ty,
                Err(_) => Type::Scalar(Scalar::Json),
            };
            if let Some(v) = self.value(value, &ty, &at, depth + 1) {
                self.limits(field, &v, &at);
                out.insert(field.name.clone(), v);
            }
        }
        for group in one_of {
            let present: Vec<String> = group
                .fields
                .iter()
                .filter(|name| given(raw.get(name.as_str())).is_some())
                .map(|name| child(path, name))
                .collect();
            if present.len() != 1 {
                let all: Vec<String> = group.fields.iter().map(|n| child(path, n)).collect();
                let got = if present.is_empty() {
                    "none was".to_owned()
                } else {
                    format!("{} were", present.join(" and "))
                };
                self.problem(format!(
                    "Exactly one of the parameters {{{}}} must be given, but {got}",
                    all.join(", ")
                ));
            }
        }
        out
    }

    fn value(&mut self, value: &Value, ty: &Type, path: &str, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            self.problem(format!("param {path} is nested too deeply"));
            return None;
        }
        match ty {
            Type::Scalar(scalar) => self.scalar(value, *scalar, path),
            Type::List(inner) | Type::Paged(inner) => {
                // A query or form value that is not JSON text (a list or an object) is a
                // comma-separated list, as Graph takes `metric=page_fans,page_views`.
                let commas = match value {
                    Value::String(text) if !text.trim_start().starts_with(['[', '{']) => Some(
                        text.split(',')
                            .map(|item| Value::String(item.trim().to_owned()))
                            .collect::<Vec<_>>(),
                    ),
                    _ => None,
                };
                let parsed = match commas {
                    Some(items) => {
                        // Each item is a value; bounded as JSON text would be.
                        if items.len() > self.values_left {
                            self.values_left = 0;
                            self.problem(format!(
                                "param {path} has more than {MAX_NODES} values (with the other JSON parameters)"
                            ));
                            return None;
                        }
                        self.values_left -= items.len();
                        Value::Array(items)
                    }
                    None => self.json_text(value, path, "a list")?,
                };
                let Value::Array(items) = parsed else {
                    self.problem(format!("param {path} must be a list"));
                    return None;
                };
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let at = format!("{path}[{i}]");
                    if given(Some(item)).is_none() {
                        self.problem(format!("param {at} must not be empty"));
                        continue;
                    }
                    if let Some(v) = self.value(item, inner, &at, depth + 1) {
                        out.push(v);
                    }
                }
                Some(Value::Array(out))
            }
            Type::Map(key, inner) => {
                let parsed = self.json_text(value, path, "a map")?;
                let Value::Object(entries) = parsed else {
                    self.problem(format!("param {path} must be a map (a JSON object)"));
                    return None;
                };
                let mut out = serde_json::Map::new();
                for (k, item) in &entries {
                    let at = format!("{path}[{k}]");
                    let key_ok = match key.as_ref() {
                        Type::Scalar(Scalar::Integer) => k.parse::<i64>().is_ok(),
                        Type::Scalar(Scalar::UnsignedInteger) => k.parse::<u64>().is_ok(),
                        _ => !k.is_empty(),
                    };
                    if !key_ok {
                        self.problem(format!(
                            "param {path} has the key {k:?}, which is not a {key}"
                        ));
                        continue;
                    }
                    if let Some(v) = self.value(item, inner, &at, depth + 1) {
                        out.insert(k.clone(), v);
                    }
                }
                Some(Value::Object(out))
            }
            Type::Named(name) => match self.spec.lookup(name).map(|(_, named)| named) {
                Some(Named::Enum(e)) => {
                    let text = match value {
                        Value::String(s) => Some(s.trim()),
                        _ => None,
                    };
                    let found = text
                        .and_then(|t| e.values.iter().find(|v| v.value.eq_ignore_ascii_case(t)));
                    match found {
                        Some(v) => Some(Value::String(v.value.clone())),
                        None => {
                            let values: Vec<&str> =
                                e.values.iter().map(|v| v.value.as_str()).collect();
                            self.problem(format!(
                                "param {path} must be one of {{{}}}",
                                values.join(", ")
                            ));
                            None
                        }
                    }
                }
                Some(Named::Object(o)) if o.tag.is_some() => self.union(value, o, path, depth),
                Some(Named::Object(o)) => self.nested(value, &o.fields, &o.one_of, path, depth),
                // A node as a parameter is the id of one.
                Some(Named::Node(_)) => self.scalar(value, Scalar::Id, path),
                None => Some(value.clone()),
            },
        }
    }

    /// Graph's limits on a checked value: characters of a string, items of a list, in
    /// Graph's words (`Length of param message[text] must be less than or equal to 2000`).
    fn limits(&mut self, field: &Field, value: &Value, path: &str) {
        if let (Some(max), Value::String(text)) = (field.max_length, value)
            && text.chars().count() > max as usize
        {
            self.problem(format!(
                "Length of param {path} must be less than or equal to {max}"
            ));
        }
        if let Value::Array(items) = value {
            let n = items.len();
            if let Some(max) = field.max_items
                && n > max as usize
            {
                self.problem(format!(
                    "param {path} must have at most {max} element{}, but has {n}",
                    if max == 1 { "" } else { "s" }
                ));
            }
            if let Some(min) = field.min_items
                && n < min as usize
            {
                self.problem(format!(
                    "param {path} must have at least {min} element{}, but has {n}",
                    if min == 1 { "" } else { "s" }
                ));
            }
        }
    }

    /// The call's rules between parameters, on the checked values.
    fn rules(&mut self, rules: &[Rule], out: &Map<String, Value>) {
        let holds = |c: &fbgraph_spec::Condition| match (out.get(c.param), c.value) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(Value::String(v)), Some(want)) => v.eq_ignore_ascii_case(want),
            (Some(_), Some(_)) => false,
        };
        for rule in rules {
            let (when, then) = (Rule::condition(&rule.when), Rule::condition(&rule.then));
            if holds(&when) && !holds(&then) {
                let cause = match when.value {
                    Some(v) => format!("{} is {v}", when.param),
                    None => format!("{} is given", when.param),
                };
                self.problem(match then.value {
                    Some(v) => format!("param {} must be {v} when {cause}", then.param),
                    None => format!("The parameter {} is required when {cause}", then.param),
                });
            }
        }
    }

    /// A tagged union: the tag picks the variant, whose fields are checked beside the tag or
    /// in the `content` field.
    fn union(&mut self, value: &Value, o: &Object, path: &str, depth: usize) -> Option<Value> {
        let parsed = self.json_text(value, path, "an object")?;
        let Value::Object(map) = parsed else {
            self.problem(format!("param {path} must be an object"));
            return None;
        };
        let tag = o.tag.as_deref().unwrap_or("type");
        let at = child(path, tag);
        let Some(given_tag) = given(map.get(tag)) else {
            self.problem(format!("The parameter {at} is required"));
            return None;
        };
        let text = given_tag.as_str().map(str::trim);
        let Some(variant) =
            text.and_then(|t| o.variants.iter().find(|v| v.value.eq_ignore_ascii_case(t)))
        else {
            let values: Vec<&str> = o.variants.iter().map(|v| v.value.as_str()).collect();
            self.problem(format!(
                "param {at} must be one of {{{}}}",
                values.join(", ")
            ));
            return None;
        };
        let mut out = Map::new();
        out.insert(tag.to_owned(), Value::String(variant.value.clone()));
        let ty = variant
            .ty
            .as_ref()
            .map(|t| t.parse().unwrap_or(Type::Scalar(Scalar::Json)));
        match (&o.content, ty) {
            (Some(content), Some(ty)) => {
                let cat = child(path, content);
                match given(map.get(content)) {
                    Some(inner) => {
                        if let Some(v) = self.value(inner, &ty, &cat, depth + 1) {
                            out.insert(content.clone(), v);
                        }
                    }
                    None => self.problem(format!("The parameter {cat} is required")),
                }
            }
            (None, Some(Type::Named(name))) => {
                if let Some((_, Named::Object(inner))) = self.spec.lookup(&name) {
                    let fields = self.object(&inner.fields, &inner.one_of, &map, path, depth);
                    out.extend(fields);
                }
            }
            _ => {}
        }
        Some(Value::Object(out))
    }

    fn nested(
        &mut self,
        value: &Value,
        fields: &[Field],
        one_of: &[OneOf],
        path: &str,
        depth: usize,
    ) -> Option<Value> {
        let parsed = self.json_text(value, path, "an object")?;
        let Value::Object(map) = parsed else {
            self.problem(format!("param {path} must be an object"));
            return None;
        };
        Some(Value::Object(
            self.object(fields, one_of, &map, path, depth),
        ))
    }

    /// A string where JSON is expected is JSON text (form bodies and queries send objects
    /// and lists that way); anything else is taken as it is. Text that does not parse is
    /// named by what was expected (`an object`), as Graph does, not by the parser's words.
    fn json_text(&mut self, value: &Value, path: &str, expected: &str) -> Option<Value> {
        let Value::String(text) = value else {
            return Some(value.clone());
        };
        // Judged before parsing: a few bytes of JSON text make a value each.
        let bound = json_values_bound(text.as_bytes());
        if bound > self.values_left {
            self.values_left = 0;
            self.problem(format!(
                "param {path} has more than {MAX_NODES} values (with the other JSON parameters)"
            ));
            return None;
        }
        self.values_left -= bound;
        match serde_json::from_str::<Value>(text) {
            Ok(parsed) if !too_deep(&parsed, MAX_DEPTH) => Some(parsed),
            Ok(_) => {
                self.problem(format!("param {path} is nested too deeply"));
                None
            }
            Err(_) => {
                self.problem(format!("param {path} must be {expected}"));
                None
            }
        }
    }

    fn scalar(&mut self, value: &Value, scalar: Scalar, path: &str) -> Option<Value> {
        let text = match value {
            Value::String(s) => Some(s.as_str()),
            _ => None,
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let result = match scalar {
            // Any JSON value: text that parses is that value, other text is a string (a list
            // item `page_fans`).
            Scalar::Json => {
                return match value {
                    Value::String(text) if serde_json::from_str::<Value>(text).is_err() => {
                        Some(value.clone())
                    }
                    _ => self.json_text(value, path, "valid JSON"),
                };
            }
            // Files are taken from the multipart parts in `object`; one nested in a value is
            // not a part.
            Scalar::File => Err("a file, sent as a part of a multipart/form-data body"),
            Scalar::String | Scalar::Utf8String => match value {
                Value::String(_) => Ok(value.clone()),
                Value::Number(n) => Ok(Value::String(n.to_string())),
                Value::Bool(b) => Ok(Value::String(b.to_string())),
                _ => Err("a string"),
            },
            // Graph takes an id or a numeric string as a JSON integer too; it goes on as
            // the digits.
            Scalar::Id => match value {
                Value::String(_) => Ok(value.clone()),
                Value::Number(n) if n.is_u64() => Ok(Value::String(n.to_string())),
                _ => Err("a string"),
            },
            Scalar::NumericString => match value {
                Value::String(s) if digits(s) => Ok(value.clone()),
                Value::Number(n) if n.is_u64() => Ok(Value::String(n.to_string())),
                _ => Err("a numeric string"),
            },
            Scalar::NumericStringOrInteger => match value {
                Value::String(s) if digits(s) => Ok(value.clone()),
                Value::Number(n) if n.is_i64() || n.is_u64() => Ok(value.clone()),
                _ => Err("a numeric string or an integer"),
            },
            Scalar::Integer => match value {
                Value::Number(n) if n.is_i64() || n.is_u64() => Ok(value.clone()),
                Value::String(s) => s
                    .trim()
                    .parse::<i64>()
                    .map(|n| Value::Number(n.into()))
                    .map_err(|_| "an integer"),
                _ => Err("an integer"),
            },
            Scalar::UnsignedInteger => match value {
                Value::Number(n) if n.is_u64() => Ok(value.clone()),
                Value::String(s) => s
                    .trim()
                    .parse::<u64>()
                    .map(|n| Value::Number(n.into()))
                    .map_err(|_| "an unsigned integer (0 or more)"),
                _ => Err("an unsigned integer (0 or more)"),
            },
            Scalar::Float => match value {
                Value::Number(_) => Ok(value.clone()),
                Value::String(s) => s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(Number::from_f64)
                    .map(Value::Number)
                    .ok_or("a number"),
                _ => Err("a number"),
            },
            Scalar::Bool => match value {
                Value::Bool(_) => Ok(value.clone()),
                Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
                Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
                _ => Err("a boolean (true or false)"),
            },
            Scalar::DateTime => match value {
                Value::String(s) if crate::time::is_datetime(s) => Ok(value.clone()),
                Value::Number(n) if n.is_i64() || n.is_u64() => Ok(value.clone()),
                _ => Err("a datetime such as 2024-03-01T12:00:00+0000"),
            },
            Scalar::Url => match text {
                Some(s) if is_http_url(s) => Ok(value.clone()),
                _ => Err("a valid http or https URL"),
            },
            Scalar::CurrencyCode => match text {
                Some(s) if s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    Ok(Value::String(s.to_ascii_uppercase()))
                }
                _ => Err("a three-letter ISO 4217 currency code"),
            },
        };
        match result {
            Ok(v) => Some(v),
            Err(what) => {
                self.problem(format!("param {path} must be {what}"));
                None
            }
        }
    }
}

/// `http://host…` or `https://host…`, with a host.
pub(crate) fn is_http_url(text: &str) -> bool {
    let lower = text
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &text[8..]
    } else if lower.starts_with("http://") {
        &text[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !text.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in ["https://example.com/a.png", "HTTP://x", "http://h:80?q"] {
            assert!(is_http_url(ok), "{ok}");
        }
        for bad in [
            "ftp://x",
            "https://",
            "https:///p",
            "example.com",
            "http://a b",
            "é",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }
}
