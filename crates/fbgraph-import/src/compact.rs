//! The spec's file layout: JSON that puts a value on one line when it fits in [`WIDTH`]
//! columns, and one member per line when it does not. Imported files hold thousands of short
//! fields and values; one per line keeps them readable and their diffs small, without the
//! four lines per field that pretty-printing gives.

use std::fmt;
use std::fmt::Write as _;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// The widest a line may be before a value is broken into one member per line.
pub const WIDTH: usize = 100;

/// `value` serialised in the spec's layout, ending in a newline; members stay in the order
/// serde writes them (a struct's field order).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let text = serde_json::to_string(value)?;
    let tree: Value = serde_json::from_str(&text)?;
    let mut out = String::new();
    write_value(&mut out, &tree, 0, 0);
    out.push('\n');
    Ok(out)
}

/// JSON with object members in the order written (serde_json's own map sorts them).
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Scalar(serde_json::Value),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Scalar(v.into()))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Scalar(serde_json::Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            members.push((k, v));
        }
        Ok(Value::Object(members))
    }
}

/// One line's worth: the value without line breaks (`{"a": 1, "b": [2, 3]}`).
fn one_line(value: &Value) -> String {
    match value {
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(one_line).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", key(k), one_line(v)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
        Value::Scalar(s) => s.to_string(),
    }
}

fn key(k: &str) -> String {
    serde_json::Value::String(k.to_owned()).to_string()
}

/// Writes `value` at `indent`, where the line already holds `used` columns before it.
fn write_value(out: &mut String, value: &Value, indent: usize, used: usize) {
    let flat = one_line(value);
    let empty = matches!(value, Value::Array(a) if a.is_empty())
        || matches!(value, Value::Object(o) if o.is_empty());
    if empty || used + flat.chars().count() <= WIDTH || matches!(value, Value::Scalar(_)) {
        out.push_str(&flat);
        return;
    }
    let pad = " ".repeat(indent + 2);
    match value {
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad);
                write_value(out, item, indent + 2, indent + 2);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
        }
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                let key = key(k);
                let _ = write!(out, "{pad}{key}: ");
                write_value(out, v, indent + 2, indent + 2 + key.chars().count() + 2);
                if i + 1 < map.len() {
                    out.push(',');
                }
                out.push('\n');
            }
        }
        Value::Scalar(_) => {}
    }
    out.push_str(&" ".repeat(indent));
    out.push(if value.is_array() { ']' } else { '}' });
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn short_values_stay_on_one_line_and_long_ones_break_per_member() {
        let v = json!({"name": "Page", "fields": [
            {"name": "id", "type": "id"},
            {"name": "a_rather_long_field_name_that_is_long", "type": "list<some_module::SomeEnumType>"},
            {"name": "about", "type": "string"}
        ]});
        let text = super::to_string(&v).expect("serialises");
        assert_eq!(
            text,
            "{\n  \"fields\": [\n    {\"name\": \"id\", \"type\": \"id\"},\n    \
             {\"name\": \"a_rather_long_field_name_that_is_long\", \"type\": \"list<some_module::SomeEnumType>\"},\n    \
             {\"name\": \"about\", \"type\": \"string\"}\n  ],\n  \"name\": \"Page\"\n}\n"
        );
        let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, v);
    }

    #[test]
    fn members_keep_the_order_serde_writes() {
        #[derive(serde::Serialize)]
        struct S {
            zebra: u8,
            apple: u8,
        }
        let text = super::to_string(&S { zebra: 1, apple: 2 }).expect("serialises");
        assert_eq!(text, "{\"zebra\": 1, \"apple\": 2}\n");
    }

    #[test]
    fn strings_are_escaped_as_json() {
        let v = json!(["a \"quoted\" value\n", "é"]);
        let back: serde_json::Value =
            serde_json::from_str(&super::to_string(&v).expect("serialises")).expect("valid JSON");
        assert_eq!(back, v);
    }
}
