//! The `fields` parameter: parsing `id,messages.limit(5){message,from}`, checking it against
//! the spec, and shaping stored data into what Graph answers.

use std::collections::HashMap;

use fbgraph_spec::{Field, Spec, Type};
use serde_json::{Map, Value, json};

use crate::error::GraphError;
use crate::paging;

/// How deep `{…}` sub-selections may nest.
const MAX_DEPTH: usize = 16;
/// How many items a nested list shows without a `.limit(n)`.
const NESTED_LIMIT: usize = 25;

/// One selected field, with its modifiers and sub-selection.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldSel {
    pub name: String,
    pub limit: Option<usize>,
    pub sub: Option<Vec<FieldSel>>,
}

impl std::fmt::Display for FieldSel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)?;
        if let Some(limit) = self.limit {
            write!(f, ".limit({limit})")?;
        }
        if let Some(sub) = &self.sub {
            write!(f, "{{{}}}", to_param(sub))?;
        }
        Ok(())
    }
}

/// A selection list written back as a `fields` value.
pub(crate) fn to_param(list: &[FieldSel]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Parses a `fields` value. Modifiers other than `limit` are accepted and ignored.
pub(crate) fn parse(input: &str) -> Result<Vec<FieldSel>, GraphError> {
    let mut parser = Parser {
        text: input,
        pos: 0,
    };
    let list = parser.list(0)?;
    parser.skip_spaces();
    if parser.pos < input.len() {
        return Err(parser.error("end of string"));
    }
    Ok(list)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_spaces();
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn error(&self, expected: &str) -> GraphError {
        let found = self
            .peek()
            .map_or_else(|| "end of string".to_owned(), |c| format!("\"{c}\""));
        GraphError::syntax(format!(
            "\"Expected {expected} instead of {found}.\" at character {}: {}",
            self.pos, self.text
        ))
    }

    fn ident(&mut self) -> &str {
        self.skip_spaces();
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
        {
            self.bump();
        }
        &self.text[start..self.pos]
    }

    fn list(&mut self, depth: usize) -> Result<Vec<FieldSel>, GraphError> {
        if depth > MAX_DEPTH {
            return Err(self.error(&format!("at most {MAX_DEPTH} levels of {{…}}")));
        }
        let mut list: Vec<FieldSel> = Vec::new();
        loop {
            self.skip_spaces();
            if matches!(self.peek(), None | Some('}')) {
                return Ok(list);
            }
            if self.eat(',') {
                continue;
            }
            let item = self.item(depth)?;
            // A field named twice is answered once; the first spelling wins.
            if !list.iter().any(|s| s.name == item.name) {
                list.push(item);
            }
            self.skip_spaces();
            match self.peek() {
                None | Some('}') => return Ok(list),
                Some(',') => self.bump(),
                Some(_) => return Err(self.error("\",\"")),
            }
        }
    }

    fn item(&mut self, depth: usize) -> Result<FieldSel, GraphError> {
        let name = self.ident().to_owned();
        if name.is_empty() {
            return Err(self.error("a field name"));
        }
        let mut sel = FieldSel {
            name,
            limit: None,
            sub: None,
        };
        while self.eat('.') {
            let modifier = self.ident().to_owned();
            if modifier.is_empty() {
                return Err(self.error("a modifier name"));
            }
            if !self.eat('(') {
                return Err(self.error("\"(\""));
            }
            let start = self.pos;
            while self.peek().is_some_and(|c| c != ')') {
                self.bump();
            }
            let argument = self.text[start..self.pos].trim().to_owned();
            if !self.eat(')') {
                return Err(self.error("\")\""));
            }
            if modifier == "limit" {
                sel.limit = Some(argument.parse::<usize>().map_err(|_| {
                    GraphError::param(format!("The limit of {} must be an integer", sel.name))
                })?);
            }
        }
        if self.eat('{') {
            sel.sub = Some(self.list(depth + 1)?);
            if !self.eat('}') {
                return Err(self.error("\"}\""));
            }
        }
        Ok(sel)
    }
}

/// Checks that every selected field exists on the type (and sub-selections on theirs).
pub(crate) fn check(spec: &Spec, type_name: &str, list: &[FieldSel]) -> Result<(), GraphError> {
    let Some(fields) = spec.fields_of(type_name) else {
        return Ok(());
    };
    for sel in list {
        let Some(field) = fields.iter().find(|f| f.name == sel.name) else {
            return Err(GraphError::param(format!(
                "Tried accessing nonexisting field ({}) on node type ({})",
                sel.name,
                fbgraph_spec::Type::split_name(type_name).1
            )));
        };
        if let (Some(sub), Ok(ty)) = (&sel.sub, field.ty.parse())
            && let Some(inner) = ty.named()
        {
            check(spec, inner, sub)?;
        }
    }
    Ok(())
}

/// The object a nested list belongs to: its type, its stored data, and the list's field.
#[derive(Clone, Copy)]
struct Parent<'a> {
    type_name: &'a str,
    stored: &'a Map<String, Value>,
    field: &'a str,
}

/// What rendering needs besides the data: the spec, and how to write `next` links.
pub(crate) struct Render<'a> {
    pub spec: &'a Spec,
    /// `(node type, edge)` pairs that a generic `GET /{id}/<edge>` call lists.
    pub edges: &'a HashMap<(String, String), fbgraph_spec::Type>,
    /// `http://host:port/v19.0`
    pub versioned_base: &'a str,
    /// The token to put in `next` links.
    pub token: &'a str,
}

impl Render<'_> {
    /// Shapes a stored object of a type: the selected fields, or the type's default fields
    /// (all of them for a type without default fields). Fields without data are left out.
    pub fn object(&self, value: &Value, type_name: &str, sel: Option<&[FieldSel]>) -> Value {
        let (Some(stored), Some(fields)) = (value.as_object(), self.spec.fields_of(type_name))
        else {
            return value.clone();
        };
        let chosen: Vec<(&Field, Option<&FieldSel>)> = match sel {
            Some(list) => list
                .iter()
                .filter_map(|s| {
                    fields
                        .iter()
                        .find(|f| f.name == s.name)
                        .map(|f| (f, Some(s)))
                })
                .collect(),
            None => {
                let defaults: Vec<&Field> = fields.iter().filter(|f| f.default_field).collect();
                let chosen = if defaults.is_empty() {
                    fields.iter().collect()
                } else {
                    defaults
                };
                chosen.into_iter().map(|f| (f, None)).collect()
            }
        };
        let mut out = Map::new();
        for (field, sel) in chosen {
            let Some(v) = stored.get(&field.name).filter(|v| !v.is_null()) else {
                continue;
            };
            let parent = Parent {
                type_name,
                stored,
                field: &field.name,
            };
            let rendered = match field.ty.parse() {
                Ok(ty) => self.typed(v, &ty, sel, Some(parent)),
                Err(_) => v.clone(),
            };
            out.insert(field.name.clone(), rendered);
        }
        // Graph answers an object's id whatever the selection; after the selected fields.
        if !out.contains_key("id")
            && fields.iter().any(|f| f.name == "id")
            && let Some(id) = stored.get("id").filter(|v| !v.is_null())
        {
            out.insert("id".into(), id.clone());
        }
        Value::Object(out)
    }

    fn typed(
        &self,
        value: &Value,
        ty: &Type,
        sel: Option<&FieldSel>,
        parent: Option<Parent<'_>>,
    ) -> Value {
        match ty {
            Type::Scalar(_) => value.clone(),
            Type::Named(name) => self.object(value, name, sel.and_then(|s| s.sub.as_deref())),
            Type::List(inner) => match value {
                Value::Array(items) => Value::Array(
                    items
                        .iter()
                        .map(|i| self.typed(i, inner, sel, None))
                        .collect(),
                ),
                other => other.clone(),
            },
            Type::Paged(inner) => self.nested_list(value, inner, sel, parent),
            Type::Map(_, inner) => match value {
                Value::Object(entries) => Value::Object(
                    entries
                        .iter()
                        .map(|(k, v)| (k.clone(), self.typed(v, inner, sel, None)))
                        .collect(),
                ),
                other => other.clone(),
            },
        }
    }

    /// A `paged<…>` field inside an answer: `{"data": […]}`, cut to the field's `.limit(n)`
    /// (25 without one); `paging` with cursors when limited or cut, and `next` when cut and
    /// a call lists the rest.
    fn nested_list(
        &self,
        value: &Value,
        inner: &Type,
        sel: Option<&FieldSel>,
        parent: Option<Parent<'_>>,
    ) -> Value {
        let items = paging::items_of(value);
        let limit = sel.and_then(|s| s.limit);
        let shown = &items[..items.len().min(limit.unwrap_or(NESTED_LIMIT))];
        let data: Vec<Value> = shown
            .iter()
            .map(|i| self.typed(i, inner, sel, None))
            .collect();
        let truncated = shown.len() < items.len();
        let mut out = Map::new();
        out.insert("data".into(), Value::Array(data));
        let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
            return Value::Object(out);
        };
        if !truncated && limit.is_none() {
            return Value::Object(out);
        }
        let last_index = shown.len() - 1;
        let mut paging = Map::new();
        paging.insert(
            "cursors".into(),
            json!({
                "before": paging::cursor(first, 0),
                "after": paging::cursor(last, last_index),
            }),
        );
        if truncated && let Some(next) = self.nested_next(parent, sel, last, last_index) {
            paging.insert("next".into(), Value::String(next));
        }
        out.insert("paging".into(), Value::Object(paging));
        Value::Object(out)
    }

    /// The link to the rest of a nested list, when a call lists that edge.
    fn nested_next(
        &self,
        parent: Option<Parent<'_>>,
        sel: Option<&FieldSel>,
        last: &Value,
        index: usize,
    ) -> Option<String> {
        let parent = parent?;
        let edge = (parent.type_name.to_owned(), parent.field.to_owned());
        if !self.edges.contains_key(&edge) {
            return None;
        }
        let id = parent.stored.get("id")?.as_str()?;
        let mut query = vec![("access_token".to_owned(), self.token.to_owned())];
        if let Some(sub) = sel.and_then(|s| s.sub.as_deref()) {
            query.push(("fields".into(), to_param(sub)));
        }
        let limit = sel.and_then(|s| s.limit).unwrap_or(NESTED_LIMIT);
        query.push(("limit".into(), limit.to_string()));
        query.push(("after".into(), paging::cursor(last, index)));
        Some(paging::url(
            self.versioned_base,
            &[id.to_owned(), parent.field.to_owned()],
            &query,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[FieldSel]) -> Vec<&str> {
        list.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn parses_nested_expansion() {
        let list = parse(" id , messages.limit(5){message,from{id}},participants ").unwrap();
        assert_eq!(names(&list), ["id", "messages", "participants"]);
        assert_eq!(list[1].limit, Some(5));
        let sub = list[1].sub.as_deref().unwrap();
        assert_eq!(names(sub), ["message", "from"]);
        assert_eq!(names(sub[1].sub.as_deref().unwrap()), ["id"]);
        assert_eq!(
            to_param(&list),
            "id,messages.limit(5){message,from{id}},participants"
        );
    }

    #[test]
    fn tolerates_what_graph_tolerates() {
        assert_eq!(names(&parse("id,,message,").unwrap()), ["id", "message"]);
        assert_eq!(names(&parse("id,id").unwrap()), ["id"]);
        assert!(parse("").unwrap().is_empty());
        assert_eq!(names(&parse("to.as(x)").unwrap()), ["to"]);
    }

    #[test]
    fn rejects_bad_syntax_without_panicking() {
        for bad in [
            "id{",
            "id}",
            "a b",
            "{x}",
            "a.limit(",
            "a.(1)",
            "a.limit(x)",
            "é",
            "a{b{",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "a{".repeat(1000) + &"}".repeat(1000);
        assert!(parse(&deep).is_err());
    }
}
