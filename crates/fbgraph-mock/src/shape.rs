//! Stored shapes checked against the spec: what the store keeps under a type has only keys
//! the spec gives that type, at any depth, so that a read can never return a field Graph
//! does not have.

use std::sync::Arc;

use fbgraph_spec::{Named, Type};
use serde_json::Value;

use crate::app::Version;

/// The deepest a stored shape is checked (Graph's own nesting is far shallower).
const MAX_DEPTH: usize = 32;

/// A key the spec does not give a stored shape's type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {reason}")]
pub struct ShapeError {
    /// Where, as `Type.field[0].field`.
    pub at: String,
    /// What is wrong there.
    pub reason: String,
}

/// The served versions, to check what the store keeps against: each type against the
/// newest version that defines it.
#[derive(Clone)]
pub(crate) struct Shapes {
    /// Oldest first.
    versions: Vec<Arc<Version>>,
}

/// A value checked against its spec type: the only form in which the store takes a
/// message, a conversation or a webhook event, so that a key the spec lacks cannot be
/// written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shaped(Value);

impl Shaped {
    /// The checked value.
    pub fn value(&self) -> &Value {
        &self.0
    }

    /// The checked value, to store.
    pub fn into_value(self) -> Value {
        self.0
    }
}

impl std::fmt::Debug for Shapes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.versions.iter().map(|v| v.name()))
            .finish()
    }
}

impl Shapes {
    pub fn new(versions: &[Arc<Version>]) -> Shapes {
        Shapes {
            versions: versions.to_vec(),
        }
    }

    /// The newest version defining `ty` (a bare or qualified name), and its qualified name.
    fn newest(&self, ty: &str) -> Result<(&Version, String), ShapeError> {
        self.versions
            .iter()
            .rev()
            .find_map(|v| {
                let (module, _) = v.spec().lookup(ty)?;
                Some((&**v, format!("{module}::{}", bare(ty))))
            })
            .ok_or_else(|| ShapeError {
                at: ty.to_owned(),
                reason: "no served version has this type, so the mock cannot keep one".into(),
            })
    }

    /// `value` as a `ty`, checked.
    pub fn shaped(&self, ty: &str, value: Value) -> Result<Shaped, ShapeError> {
        let (version, qualified) = self.newest(ty)?;
        check(version, &qualified, &value)?;
        Ok(Shaped(value))
    }

    /// Whether the newest version defining `ty` gives it a field `key`: for what only
    /// some versions have (a conversation's `is_owner`).
    pub fn has_field(&self, ty: &str, key: &str) -> bool {
        self.fields(ty, &[key]).is_ok()
    }

    /// Whether each of `keys` is a field of `ty`: for changes made in place to something
    /// stored (a conversation's `message_count`), whose new values are the store's own.
    pub fn fields(&self, ty: &str, keys: &[&str]) -> Result<(), ShapeError> {
        let (version, qualified) = self.newest(ty)?;
        let fields = version.spec().fields_of(&qualified).unwrap_or(&[]);
        match keys.iter().find(|k| !fields.iter().any(|f| f.name == **k)) {
            Some(key) => Err(ShapeError {
                at: bare(ty).to_owned(),
                reason: format!("`{key}` is not a field of {}", bare(ty)),
            }),
            None => Ok(()),
        }
    }

    /// A messaging webhook event, checked against the newest webhooks section: the fields
    /// every event has (`sender`, `recipient`, `timestamp`) and exactly one kind's key
    /// (`message`, `read`, …) with its value checked against the kind's type.
    pub fn event(&self, value: Value) -> Result<Shaped, ShapeError> {
        let fail = |reason: String| ShapeError {
            at: "event".into(),
            reason,
        };
        let (version, section) = self
            .versions
            .iter()
            .rev()
            .find_map(|v| Some((&**v, v.spec().webhooks()?.1)))
            .ok_or_else(|| fail("no served version has a webhooks section".into()))?;
        let map = value
            .as_object()
            .ok_or_else(|| fail("not an object".into()))?;
        let mut kinds = 0;
        for (key, inner) in map {
            let ty = if let Some(field) = section.event_fields.iter().find(|f| &f.name == key) {
                field.ty.parse().ok()
            } else if let Some(kind) = section.kinds.iter().find(|k| &k.key == key) {
                kinds += 1;
                kind.ty.as_ref().and_then(|t| t.parse().ok())
            } else {
                return Err(fail(format!(
                    "`{key}` is neither a field every event has nor a kind of event"
                )));
            };
            if let Some(ty) = ty {
                let mut at = format!("event.{key}");
                Checker { version }.typed(&ty, inner, &mut at, 1)?;
            }
        }
        if kinds != 1 {
            return Err(fail(format!("{kinds} kinds of event in one event, not 1")));
        }
        Ok(Shaped(value))
    }
}

/// Checks `value` as a stored `ty` (qualified, `message::Message`, or a bare name the
/// version defines once): every key of every object in it is a field of its type (or, for a
/// node, an edge a generic `GET /{id}/<edge>` lists), and an object stands where the spec
/// has an object. Scalars are not checked: they are the store's own, or checked params.
pub(crate) fn check(version: &Version, ty: &str, value: &Value) -> Result<(), ShapeError> {
    let spec = version.spec();
    if spec.lookup(ty).is_none() {
        return Err(ShapeError {
            at: ty.to_owned(),
            reason: "no such type in the spec".into(),
        });
    }
    let mut at = bare(ty).to_owned();
    Checker { version }.named(ty, value, &mut at, 0)
}

/// `message::Message` → `Message`.
fn bare(qualified: &str) -> &str {
    qualified.rsplit("::").next().unwrap_or(qualified)
}

struct Checker<'v> {
    version: &'v Version,
}

impl Checker<'_> {
    fn named(
        &self,
        name: &str,
        value: &Value,
        at: &mut String,
        depth: usize,
    ) -> Result<(), ShapeError> {
        let spec = self.version.spec();
        let fail = |at: &str, reason: String| {
            Err(ShapeError {
                at: at.to_owned(),
                reason,
            })
        };
        if depth > MAX_DEPTH {
            return fail(at, format!("nested deeper than {MAX_DEPTH} levels"));
        }
        let Some((module, named)) = spec.lookup(name) else {
            return fail(at, format!("`{name}` is not a type of the spec"));
        };
        let qualified = &format!("{module}::{}", bare(name));
        let fields = match named {
            Named::Enum(_) => return Ok(()),
            Named::Node(node) => &node.fields,
            Named::Object(object) => &object.fields,
        };
        // Objects without fields (`json`-like) and union tags take any keys.
        let Some(map) = value.as_object() else {
            return match value {
                Value::Null | Value::String(_) | Value::Number(_) | Value::Bool(_) => Ok(()),
                _ => fail(
                    at,
                    format!("an array where the spec has one {}", bare(qualified)),
                ),
            };
        };
        if fields.is_empty() {
            return Ok(());
        }
        for (key, inner) in map {
            let len = at.len();
            at.push('.');
            at.push_str(key);
            match fields.iter().find(|f| &f.name == key) {
                Some(field) => {
                    if let Ok(ty) = field.ty.parse() {
                        self.typed(&ty, inner, at, depth + 1)?;
                    }
                }
                None if self.version.lists_edge(qualified, key) => {
                    if let Some(item) = self.version.edge_item(qualified, key) {
                        self.typed(&Type::Paged(Box::new(item)), inner, at, depth + 1)?;
                    }
                }
                None => {
                    return fail(
                        &at[..len],
                        format!("`{key}` is not a field of {}", bare(qualified)),
                    );
                }
            }
            at.truncate(len);
        }
        Ok(())
    }

    fn typed(
        &self,
        ty: &Type,
        value: &Value,
        at: &mut String,
        depth: usize,
    ) -> Result<(), ShapeError> {
        match (ty, value) {
            (Type::Scalar(_), _) | (_, Value::Null) => Ok(()),
            (Type::Named(name), _) => self.named(name, value, at, depth),
            (Type::List(inner), Value::Array(items)) => self.items(inner, items, at, depth),
            (Type::Paged(inner), Value::Object(map)) => {
                for key in map.keys() {
                    if !matches!(key.as_str(), "data" | "paging" | "summary") {
                        return Err(ShapeError {
                            at: at.clone(),
                            reason: format!("`{key}` is not a key of a list (data, paging)"),
                        });
                    }
                }
                match map.get("data") {
                    Some(Value::Array(items)) => self.items(inner, items, at, depth),
                    _ => Ok(()),
                }
            }
            (Type::Map(_, inner), Value::Object(map)) => {
                for (key, v) in map {
                    let len = at.len();
                    at.push('.');
                    at.push_str(key);
                    self.typed(inner, v, at, depth + 1)?;
                    at.truncate(len);
                }
                Ok(())
            }
            (Type::List(_) | Type::Paged(_) | Type::Map(..), _) => Err(ShapeError {
                at: at.clone(),
                reason: "not the list or map the spec has".into(),
            }),
        }
    }

    fn items(
        &self,
        inner: &Type,
        items: &[Value],
        at: &mut String,
        depth: usize,
    ) -> Result<(), ShapeError> {
        for (i, item) in items.iter().enumerate() {
            let len = at.len();
            at.push_str(&format!("[{i}]"));
            self.typed(inner, item, at, depth + 1)?;
            at.truncate(len);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::Shapes;

    fn shapes() -> Shapes {
        Shapes::new(&crate::embedded_versions().expect("the embedded specs compile"))
    }

    #[test]
    fn a_message_holds_only_what_the_spec_gives_a_message() {
        let shapes = shapes();
        let message = json!({
            "id": "m_1",
            "message": "hi",
            "from": {"id": "1", "name": "Ada", "email": "1@facebook.com"},
            "to": {"data": [{"id": "2"}]},
            "attachments": {"data": [{"id": "3", "mime_type": "image/png",
                "image_data": {"url": "https://x.invalid/a.png", "width": 1, "height": 1}}]},
            "reactions": {"data": [{"reaction": "\u{2764}", "users": [{"id": "1"}]}]},
        });
        assert!(shapes.shaped("Message", message.clone()).is_ok());
        for (pointer, at) in [
            ("", "Message"),
            ("/from", "Message.from"),
            (
                "/attachments/data/0/image_data",
                "Message.attachments[0].image_data",
            ),
            ("/reactions/data/0", "Message.reactions[0]"),
        ] {
            let mut bad = message.clone();
            bad.pointer_mut(pointer)
                .and_then(|v| v.as_object_mut())
                .expect("an object there")
                .insert("colour".into(), json!("red"));
            let refused = shapes
                .shaped("Message", bad)
                .expect_err("a key the spec lacks");
            assert_eq!(refused.at, at, "{refused}");
            assert!(
                refused.reason.contains("`colour` is not a field of"),
                "{refused}"
            );
        }
        let refused = shapes
            .shaped("Message", json!({"to": [{"id": "2"}]}))
            .expect_err("a list where the spec has a paged list");
        assert_eq!(refused.at, "Message.to");
        assert!(
            shapes
                .fields("UnifiedThread", &["message_count", "snippet"])
                .is_ok()
        );
        assert!(shapes.fields("UnifiedThread", &["colour"]).is_err());
        assert!(shapes.shaped("NoSuchType", json!({})).is_err());
    }
}
