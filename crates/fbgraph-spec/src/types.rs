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
}

impl Scalar {
    /// Every scalar, with its spelling in spec files.
    pub const ALL: [(&'static str, Scalar); 12] = [
        ("string", Scalar::String),
        ("utf8_string", Scalar::Utf8String),
        ("numeric_string", Scalar::NumericString),
        ("numeric_string_or_integer", Scalar::NumericStringOrInteger),
        ("integer", Scalar::Integer),
        ("float", Scalar::Float),
        ("bool", Scalar::Bool),
        ("datetime", Scalar::DateTime),
        ("url", Scalar::Url),
        ("currency_code", Scalar::CurrencyCode),
        ("id", Scalar::Id),
        ("json", Scalar::Json),
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
    /// Parses `string`, `list<T>`, `paged<T>` or a PascalCase type name.
    pub fn parse(expr: &str) -> Result<Type, TypeError> {
        let fail = |reason: &str| TypeError {
            expr: expr.to_owned(),
            reason: reason.to_owned(),
        };
        let s = expr.trim();
        if s != expr || s.is_empty() {
            return Err(fail("expected a type without surrounding spaces"));
        }
        for (wrapper, make) in [("list<", Type::List as fn(_) -> _), ("paged<", Type::Paged)] {
            if let Some(inner) = s.strip_prefix(wrapper) {
                let inner = inner
                    .strip_suffix('>')
                    .ok_or_else(|| fail("a `<` without its closing `>`"))?;
                let inner = Type::parse(inner).map_err(|e| fail(&e.reason))?;
                if matches!(inner, Type::Paged(_)) {
                    return Err(fail("`paged<…>` cannot be nested in another list"));
                }
                return Ok(make(Box::new(inner)));
            }
        }
        if let Some((_, scalar)) = Scalar::ALL.iter().find(|(name, _)| *name == s) {
            return Ok(Type::Scalar(*scalar));
        }
        let mut chars = s.chars();
        let pascal = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_alphanumeric());
        if pascal {
            Ok(Type::Named(s.to_owned()))
        } else {
            let scalars: Vec<&str> = Scalar::ALL.iter().map(|(n, _)| *n).collect();
            Err(fail(&format!(
                "expected one of {}, list<T>, paged<T>, or a PascalCase type name",
                scalars.join(", ")
            )))
        }
    }

    /// The named type this expression refers to, under any `list<…>` or `paged<…>`.
    pub fn named(&self) -> Option<&str> {
        match self {
            Type::Scalar(_) => None,
            Type::List(t) | Type::Paged(t) => t.named(),
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
