//! Meta's type grammar, parsed once into a [`Type`] tree.
//!
//! ```text
//! type   := prim | "list" | "list" "<" type ">" | "map" | "map" "<" type "," type ">" | name
//! prim   := "int" | "unsigned int" | "float" | "datetime" | "bool" | "string"
//!         | "Object" | "object" | "file"
//! ```
//!
//! Whitespace around tokens is ignored. A `name` is a node or an enum of the same snapshot;
//! one with no definition becomes [`Type::Unresolved`] (it degrades to JSON later, and the
//! import reports it).

use std::fmt;

/// A parsed Graph type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// `int`
    Int,
    /// `unsigned int`
    UnsignedInt,
    /// `float`
    Float,
    /// `datetime`
    Datetime,
    /// `bool`
    Bool,
    /// `string`
    String,
    /// `Object` or `object`: a JSON object of unknown shape.
    Object,
    /// `file`: an upload (multipart).
    File,
    /// `map` without type arguments.
    Map,
    /// `map<K, V>`
    MapOf(Box<Type>, Box<Type>),
    /// `list` without a type argument.
    List,
    /// `list<T>`
    ListOf(Box<Type>),
    /// A node of the snapshot (`Page`).
    Node(String),
    /// An enum of the snapshot, by Meta's name (`pagemessages_messaging_type_enum_param`).
    Enum(String),
    /// A name with no definition in the snapshot.
    Unresolved(String),
}

/// What a name refers to, as a [`Resolve`] implementation says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A node (a file `specs/<Name>.json`).
    Node,
    /// An enum of `enum_types.json`.
    Enum,
}

/// Looks names up while a type is parsed.
pub trait Resolve {
    /// What `name` refers to, or `None` if nothing defines it.
    fn resolve(&self, name: &str) -> Option<RefKind>;
}

impl<F: Fn(&str) -> Option<RefKind>> Resolve for F {
    fn resolve(&self, name: &str) -> Option<RefKind> {
        self(name)
    }
}

/// Why a type string does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypeError {
    /// The string is empty or only whitespace.
    #[error("empty type")]
    Empty,
    /// The input ended where a type or a `>` was expected.
    #[error("unexpected end of type `{text}`")]
    UnexpectedEnd {
        /// The whole type string.
        text: String,
    },
    /// A character that the grammar does not allow at this position.
    #[error("unexpected `{found}` at byte {at} of type `{text}`")]
    Unexpected {
        /// The whole type string.
        text: String,
        /// The byte offset of `found`.
        at: usize,
        /// What was found.
        found: String,
    },
    /// `map<…>` with other than two type arguments, or `list<…>` with other than one.
    #[error("`{constructor}` takes {expected} type argument(s), found {found}, in `{text}`")]
    Arity {
        /// The whole type string.
        text: String,
        /// `list` or `map`.
        constructor: &'static str,
        /// How many it takes.
        expected: usize,
        /// How many were given.
        found: usize,
    },
    /// `list<…>` and `map<…>` nested deeper than [`MAX_DEPTH`]: no real type is, and parsing
    /// (and later walking) such a tree would recurse without bound.
    #[error("type nested deeper than {MAX_DEPTH} levels, in `{text}`")]
    TooDeep {
        /// The whole type string, cut to its first 200 characters.
        text: String,
    },
}

/// How deep `list<…>` and `map<…>` may nest (Meta's deepest is 3).
pub const MAX_DEPTH: usize = 32;

impl Type {
    /// Parses `text`, resolving names through `names`.
    pub fn parse(text: &str, names: &dyn Resolve) -> Result<Type, TypeError> {
        if text.trim().is_empty() {
            return Err(TypeError::Empty);
        }
        let mut p = Parser {
            text,
            pos: 0,
            depth: 0,
            names,
        };
        let ty = p.ty()?;
        p.skip_ws();
        if p.pos < text.len() {
            return Err(p.unexpected());
        }
        Ok(ty)
    }

    /// Every name this type references that has no definition.
    pub fn unresolved(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.walk(&mut |t| {
            if let Type::Unresolved(n) = t {
                out.push(n.as_str());
            }
        });
        out
    }

    /// Whether this type is, or contains, a file upload.
    pub fn has_file(&self) -> bool {
        let mut found = false;
        self.walk(&mut |t| found |= matches!(t, Type::File));
        found
    }

    /// Calls `f` on this type and every type inside it, outside in.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Type)) {
        f(self);
        match self {
            Type::ListOf(t) => t.walk(f),
            Type::MapOf(k, v) => {
                k.walk(f);
                v.walk(f);
            }
            _ => {}
        }
    }
}

impl fmt::Display for Type {
    /// Meta's canonical spelling (`Object` for both spellings of an object).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => f.write_str("int"),
            Type::UnsignedInt => f.write_str("unsigned int"),
            Type::Float => f.write_str("float"),
            Type::Datetime => f.write_str("datetime"),
            Type::Bool => f.write_str("bool"),
            Type::String => f.write_str("string"),
            Type::Object => f.write_str("Object"),
            Type::File => f.write_str("file"),
            Type::Map => f.write_str("map"),
            Type::MapOf(k, v) => write!(f, "map<{k}, {v}>"),
            Type::List => f.write_str("list"),
            Type::ListOf(t) => write!(f, "list<{t}>"),
            Type::Node(n) | Type::Enum(n) | Type::Unresolved(n) => f.write_str(n),
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    /// How many `list<` / `map<` are open.
    depth: usize,
    names: &'a dyn Resolve,
}

impl<'a> Parser<'a> {
    fn skip_ws(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn unexpected(&self) -> TypeError {
        match self.peek() {
            None => TypeError::UnexpectedEnd {
                text: self.text.to_owned(),
            },
            Some(c) => TypeError::Unexpected {
                text: self.text.to_owned(),
                at: self.pos,
                found: c.to_string(),
            },
        }
    }

    fn word(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let start = self.pos;
        let rest = &self.text[start..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(rest.len());
        self.pos += len;
        let text: &'a str = self.text;
        (len > 0).then(|| &text[start..start + len])
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn args(&mut self) -> Result<Vec<Type>, TypeError> {
        let mut args = vec![self.ty()?];
        while self.eat(',') {
            args.push(self.ty()?);
        }
        if !self.eat('>') {
            return Err(self.unexpected());
        }
        Ok(args)
    }

    fn ty(&mut self) -> Result<Type, TypeError> {
        let Some(word) = self.word() else {
            return Err(self.unexpected());
        };
        Ok(match word {
            "int" => Type::Int,
            "float" => Type::Float,
            "datetime" => Type::Datetime,
            "bool" => Type::Bool,
            "string" => Type::String,
            "Object" | "object" => Type::Object,
            "file" => Type::File,
            "unsigned" => match self.word() {
                Some("int") => Type::UnsignedInt,
                _ => {
                    return Err(TypeError::Unexpected {
                        text: self.text.to_owned(),
                        at: self.pos,
                        found: "unsigned without int".to_owned(),
                    });
                }
            },
            "list" | "map" => {
                let constructor = if word == "list" { "list" } else { "map" };
                if !self.eat('<') {
                    return Ok(if constructor == "list" {
                        Type::List
                    } else {
                        Type::Map
                    });
                }
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(TypeError::TooDeep {
                        text: self.text.chars().take(200).collect(),
                    });
                }
                let mut args = self.args()?;
                self.depth -= 1;
                let expected = if constructor == "list" { 1 } else { 2 };
                if args.len() != expected {
                    return Err(TypeError::Arity {
                        text: self.text.to_owned(),
                        constructor,
                        expected,
                        found: args.len(),
                    });
                }
                let last = Box::new(args.pop().unwrap_or(Type::Object));
                match args.pop() {
                    Some(key) => Type::MapOf(Box::new(key), last),
                    None => Type::ListOf(last),
                }
            }
            name => match self.names.resolve(name) {
                Some(RefKind::Node) => Type::Node(name.to_owned()),
                Some(RefKind::Enum) => Type::Enum(name.to_owned()),
                None => Type::Unresolved(name.to_owned()),
            },
        })
    }
}
