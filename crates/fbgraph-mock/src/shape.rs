//! Stored shapes checked against the spec: what the store keeps under a type has only keys
//! the spec gives that type, at any depth, so that a read can never return a field Graph
//! does not have.

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
