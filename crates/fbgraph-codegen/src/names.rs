//! Rust names for spec names.

use proc_macro2::{Ident, Span};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// `v19.0` → `v19_0`.
pub fn version_module_name(version: &str) -> String {
    version.replace(['.', '-'], "_")
}

/// An identifier for a snake_case spec name, raw where it is a keyword (`type` → `r#type`).
/// The keywords that cannot be raw (`self`, `super`, `crate`, `Self`) get a trailing `_`
/// instead: the spec's validator refuses them as names, so this only keeps a spec built in
/// code from making the generator panic (proc-macro2 panics on `r#self`).
pub(crate) fn field_ident(name: &str) -> Ident {
    if UNRAW.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// Keywords that cannot be raw identifiers.
const UNRAW: [&str; 4] = ["self", "super", "crate", "Self"];

/// An identifier for a PascalCase spec name.
pub(crate) fn type_ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `TYPING_ON` → `TypingOn`, `page_done` → `PageDone`, `P2P_PAYMENT` → `P2pPayment`.
pub(crate) fn pascal(value: &str) -> String {
    let mut out = String::new();
    for word in value.split(['_', '-', ' ', '.']) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// `{page-id}` → `page_id`.
pub(crate) fn placeholder_ident(placeholder: &str) -> Ident {
    field_ident(&placeholder.replace('-', "_"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pascal("TYPING_ON"), "TypingOn");
        assert_eq!(pascal("page_done"), "PageDone");
        assert_eq!(pascal("P2P_PAYMENT"), "P2pPayment");
        assert_eq!(pascal("pay"), "Pay");
        assert_eq!(
            pascal("source:chat".replace(':', "_").as_str()),
            "SourceChat"
        );
        assert_eq!(field_ident("type").to_string(), "r#type");
        for name in ["self", "super", "crate", "Self"] {
            assert_eq!(field_ident(name).to_string(), format!("{name}_"));
        }
        assert_eq!(placeholder_ident("page-id").to_string(), "page_id");
        assert_eq!(version_module_name("v19.0"), "v19_0");
    }
}
