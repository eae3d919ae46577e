//! Deserializing generated response structs in one pass, keeping unknown fields.
//!
//! `#[serde(flatten)]` would keep them too, but buffers every struct into an intermediate
//! form first, which costs about as much as the decoding itself. Generated structs instead
//! implement [`Fields`]: one `match` on the key; this module's driver does the rest.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

/// A response struct whose fields are set one key at a time; generated code implements it.
pub trait Fields: Default {
    /// The type's name, for error messages.
    const NAME: &'static str;

    /// Reads the value of `key` into its field, or returns `Ok(false)` for a key the type
    /// does not know.
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;

    /// Where unknown fields are kept.
    fn unknown_fields(&mut self) -> &mut Map<String, Value>;
}

/// Deserializes a [`Fields`] type from a JSON object.
pub fn deserialize_fields<'de, D: Deserializer<'de>, T: Fields>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(FieldsVisitor(PhantomData))
}

struct FieldsVisitor<T>(PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for FieldsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if !out.field(key.as_str(), &mut map)? {
                let value: Value = map.next_value()?;
                out.unknown_fields().insert(key.into_owned(), value);
            }
        }
        Ok(out)
    }
}

/// An object key, borrowed from the input when it can be.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }

    fn into_owned(self) -> String {
        match self {
            Key::Borrowed(s) => s.to_owned(),
            Key::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct Thread {
        id: Option<String>,
        count: Option<i64>,
        unknown_fields: Map<String, Value>,
    }

    impl Fields for Thread {
        const NAME: &'static str = "Thread";

        fn field<'de, A: MapAccess<'de>>(
            &mut self,
            key: &str,
            map: &mut A,
        ) -> Result<bool, A::Error> {
            match key {
                "id" => self.id = map.next_value()?,
                "count" => self.count = map.next_value()?,
                _ => return Ok(false),
            }
            Ok(true)
        }

        fn unknown_fields(&mut self) -> &mut Map<String, Value> {
            &mut self.unknown_fields
        }
    }

    impl<'de> Deserialize<'de> for Thread {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_fields(deserializer)
        }
    }

    #[test]
    fn known_fields_are_set_and_unknown_ones_kept() {
        let thread: Thread = serde_json::from_str(
            r#"{"id":"t_1","count":null,"new\u0020key":[1],"later":{"a":true}}"#,
        )
        .expect("decodes");
        assert_eq!(thread.id.as_deref(), Some("t_1"));
        assert_eq!(thread.count, None);
        assert_eq!(
            thread.unknown_fields.get("new key"),
            Some(&serde_json::json!([1]))
        );
        assert_eq!(
            thread.unknown_fields.get("later"),
            Some(&serde_json::json!({"a": true}))
        );
    }

    #[test]
    fn wrong_shapes_are_errors_naming_what_was_expected() {
        let err =
            serde_json::from_str::<Thread>(r#"{"count":"many"}"#).expect_err("count is an integer");
        assert!(err.to_string().contains("invalid type"), "{err}");
        let err = serde_json::from_str::<Thread>("[1]").expect_err("not an object");
        assert!(err.to_string().contains("a Thread object"), "{err}");
        // From an owned value too (keys are not borrowed there).
        let thread: Thread =
            serde_json::from_value(serde_json::json!({"id": "t_2", "x": 1})).expect("decodes");
        assert_eq!(thread.unknown_fields.len(), 1);
    }
}
