//! The type grammar of spec files.

use std::fmt;

/// A scalar type of the Graph reference pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scalar {
    /// `string`
    String,
    /// `utf8_string`: "UTF-8 string"
    Utf8String,
    /// `numeric_string`: digits only, as a string
    NumericString,
    /// `numeric_string_or_integer`: digits as a string, or an integer
    NumericStringOrInteger,
    /// `integer`
    Integer,
    /// `unsigned_integer`: an integer of at least 0 (Meta's `unsigned int`)
    UnsignedInteger,
    /// `float`
    Float,
    /// `bool`
    Bool,
    /// `datetime`: `2024-03-01T12:00:00+0000`
    DateTime,
    /// `url`
    Url,
    /// `currency_code`: ISO 4217
    CurrencyCode,
    /// `id`: a Graph object ID (page ID, PSID, persona ID, …)
    Id,
    /// `json`: any JSON value
    Json,
    /// `file`: a file sent with the call, as a multipart part (parameters only)
    File,
}

impl Scalar {
    /// Every scalar, with its spelling in spec files.
    pub const ALL: [(&'static str, Scalar); 14] = [
        ("string", Scalar::String),
        ("utf8_string", Scalar::Utf8String),
        ("numeric_string", Scalar::NumericString),
        ("numeric_string_or_integer", Scalar::NumericStringOrInteger),
        ("integer", Scalar::Integer),
        ("unsigned_integer", Scalar::UnsignedInteger),
        ("float", Scalar::Float),
        ("bool", Scalar::Bool),
        ("datetime", Scalar::DateTime),
        ("url", Scalar::Url),
        ("currency_code", Scalar::CurrencyCode),
        ("id", Scalar::Id),
        ("json", Scalar::Json),
        ("file", Scalar::File),
    ];

    /// The spelling in spec files.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("json", |(name, _)| name)
    }
}

/// A parsed type expression.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// A scalar.
    Scalar(Scalar),
    /// `list<T>`: a JSON array.
    List(Box<Type>),
    /// `paged<T>`: Graph's `{"data": […], "paging": {…}}` wrapper.
    Paged(Box<Type>),
    /// `map<K, V>`: a JSON object whose keys are `K` (`string`, `id`, `integer`,
    /// `unsigned_integer` or `datetime`, written as text on the wire) and whose values are `V`.
    Map(Box<Type>, Box<Type>),
    /// The name of an enum, object or node.
    Named(String),
}

/// Why a type expression does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{expr}` is not a type: {reason}")]
pub struct TypeError {
    /// The expression.
    pub expr: String,
    /// What is wrong with it.
    pub reason: String,
}

impl Type {
    /// Parses `string`, `list<T>`, `paged<T>` or a PascalCase type name. The error quotes
    /// the expression, cut at [`QUOTED`](Self::QUOTED) characters.
    pub fn parse(expr: &str) -> Result<Type, TypeError> {
        Self::parse_at(expr, 0).map_err(|reason| {
            let mut quoted: String = expr.chars().take(Self::QUOTED).collect();
            if quoted.len() < expr.len() {
                quoted.push('…');
            }
            TypeError {
                expr: quoted,
                reason,
            }
        })
    }

    /// The most characters of an expression a [`TypeError`] quotes.
    pub const QUOTED: usize = 120;

    /// The most `list<…>`/`paged<…>` wrappers one type may have: far beyond any real type,
    /// and a bound on the parser's recursion, so that a hostile spec is an error, not a stack
    /// overflow. (The importer's parser has the same bound.)
    pub const MAX_NESTING: usize = 32;

    /// The type of `expr`, found `depth` wrappers deep; the error is the reason alone.
    fn parse_at(expr: &str, depth: usize) -> Result<Type, String> {
        let fail = |reason: &str| reason.to_owned();
        if depth > Self::MAX_NESTING {
            return Err(fail(&format!(
                "nested more than {} levels deep",
                Self::MAX_NESTING
            )));
        }
        let s = expr.trim();
        if s != expr || s.is_empty() {
            return Err(fail("expected a type without surrounding spaces"));
        }
        for (wrapper, make) in [("list<", Type::List as fn(_) -> _), ("paged<", Type::Paged)] {
            if let Some(inner) = s.strip_prefix(wrapper) {
                let inner = inner
                    .strip_suffix('>')
                    .ok_or_else(|| fail("a `<` without its closing `>`"))?;
                let inner = Type::parse_at(inner, depth + 1)?;
                if matches!(inner, Type::Paged(_)) {
                    return Err(fail("`paged<…>` cannot be nested in another list"));
                }
                return Ok(make(Box::new(inner)));
            }
        }
        if let Some(inner) = s.strip_prefix("map<") {
            let inner = inner
                .strip_suffix('>')
                .ok_or_else(|| fail("a `<` without its closing `>`"))?;
            let (key, value) = inner.split_once(", ").ok_or_else(|| {
                fail("`map<K, V>` takes a key type and a value type, separated by `, `")
            })?;
            let key = Type::parse_at(key, depth + 1)?;
            if !matches!(
                key,
                Type::Scalar(
                    Scalar::String
                        | Scalar::Id
                        | Scalar::Integer
                        | Scalar::UnsignedInteger
                        | Scalar::DateTime
                )
            ) {
                return Err(fail(&format!(
                    "a map's key is `string`, `id`, `integer`, `unsigned_integer` or `datetime`, not `{key}`"
                )));
            }
            let value = Type::parse_at(value, depth + 1)?;
            if matches!(value, Type::Paged(_)) {
                return Err(fail("`paged<…>` cannot be nested in a map"));
            }
            return Ok(Type::Map(Box::new(key), Box::new(value)));
        }
        if let Some((_, scalar)) = Scalar::ALL.iter().find(|(name, _)| *name == s) {
            return Ok(Type::Scalar(*scalar));
        }
        // A name, bare (`Status`: the file's own, else the only one of that name) or
        // qualified with the module that defines it (`ad::Status`).
        let (module, name) = match s.split_once("::") {
            Some((module, name)) => (Some(module), name),
            None => (None, s),
        };
        let mut chars = name.chars();
        let pascal = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_alphanumeric());
        let module_ok = module.is_none_or(|m| {
            m.starts_with(|c: char| c.is_ascii_lowercase())
                && m.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        });
        if pascal && module_ok {
            Ok(Type::Named(s.to_owned()))
        } else {
            let scalars: Vec<&str> = Scalar::ALL.iter().map(|(n, _)| *n).collect();
            Err(fail(&format!(
                "expected one of {}, list<T>, paged<T>, or a PascalCase type name",
                scalars.join(", ")
            )))
        }
    }

    /// A type name split into its module, if qualified, and the name: `ad::Status` →
    /// `(Some("ad"), "Status")`.
    pub fn split_name(name: &str) -> (Option<&str>, &str) {
        match name.split_once("::") {
            Some((module, name)) => (Some(module), name),
            None => (None, name),
        }
    }

    /// This type with its named type (if any) replaced by `f` of its name, everything around
    /// it kept: how a reference is rewritten (qualified with its module) without touching the
    /// text by hand.
    pub fn map_named(self, f: &mut impl FnMut(String) -> String) -> Type {
        match self {
            Type::Named(name) => Type::Named(f(name)),
            Type::List(inner) => Type::List(Box::new(inner.map_named(f))),
            Type::Paged(inner) => Type::Paged(Box::new(inner.map_named(f))),
            Type::Map(key, value) => Type::Map(key, Box::new(value.map_named(f))),
            scalar => scalar,
        }
    }

    /// The named type this expression refers to, under any `list<…>` or `paged<…>`, or as a
    /// map's values.
    pub fn named(&self) -> Option<&str> {
        match self {
            Type::Scalar(_) => None,
            Type::List(t) | Type::Paged(t) | Type::Map(_, t) => t.named(),
            Type::Named(n) => Some(n),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Scalar(s) => f.write_str(s.as_str()),
            Type::List(t) => write!(f, "list<{t}>"),
            Type::Paged(t) => write!(f, "paged<{t}>"),
            Type::Map(k, v) => write!(f, "map<{k}, {v}>"),
            Type::Named(n) => f.write_str(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_grammar() {
        assert_eq!(
            Type::parse("utf8_string"),
            Ok(Type::Scalar(Scalar::Utf8String))
        );
        assert_eq!(
            Type::parse("list<QuickReply>"),
            Ok(Type::List(Box::new(Type::Named("QuickReply".into()))))
        );
        assert_eq!(
            Type::parse("paged<list<string>>"),
            Ok(Type::Paged(Box::new(Type::List(Box::new(Type::Scalar(
                Scalar::String
            ))))))
        );
        assert_eq!(
            Type::parse("list<paged<Message>>").map_err(|e| e.reason.contains("nested")),
            Err(true)
        );
    }

    #[test]
    fn parses_maps_and_unsigned_integers() {
        assert_eq!(
            Type::parse("unsigned_integer"),
            Ok(Type::Scalar(Scalar::UnsignedInteger))
        );
        let map = Type::parse("map<unsigned_integer, list<Message>>").expect("a map");
        assert_eq!(
            map,
            Type::Map(
                Box::new(Type::Scalar(Scalar::UnsignedInteger)),
                Box::new(Type::List(Box::new(Type::Named("Message".into()))))
            )
        );
        assert_eq!(map.named(), Some("Message"));
        assert_eq!(map.to_string(), "map<unsigned_integer, list<Message>>");
        for bad in [
            "map<string>",
            "map<Message, string>",
            "map<float, string>",
            "map<bool, string>",
            "map<string, paged<Message>>",
            "map<string, string",
        ] {
            assert!(Type::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = |n: usize| format!("{}string{}", "list<".repeat(n), ">".repeat(n));
        assert!(Type::parse(&deep(Type::MAX_NESTING)).is_ok());
        let error = Type::parse(&deep(Type::MAX_NESTING + 1)).expect_err("too deep");
        assert!(error.reason.contains("nested more than 32"), "{error}");
        // Far deeper than any stack would take unbounded.
        let error = Type::parse(&deep(1_000_000)).expect_err("too deep");
        assert!(error.reason.contains("nested"), "{}", error.reason);
    }

    #[test]
    fn rejects_what_is_not_a_type() {
        for bad in [
            "",
            " string",
            "list<string",
            "Object{}",
            "numeric string",
            "str",
        ] {
            assert!(Type::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn display_round_trips() {
        for s in [
            "paged<Message>",
            "list<list<integer>>",
            "datetime",
            "Recipient",
        ] {
            assert_eq!(Type::parse(s).map(|t| t.to_string()).as_deref(), Ok(s));
        }
    }
}
