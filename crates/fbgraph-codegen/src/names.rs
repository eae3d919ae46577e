//! Rust names for spec names.

use fbgraph_spec::names;
use proc_macro2::{Ident, Span};

/// `v19.0` → `v19_0`.
pub fn version_module_name(version: &str) -> String {
    version.replace(['.', '-'], "_")
}

/// The identifier of a field or parameter, from its wire name by the spec crate's rule
/// ([`fbgraph_spec::names::field_name`]: `inclusionOperator` → `inclusion_operator`), raw
/// where it is a keyword (`type` → `r#type`). The keywords that cannot be raw (`self`,
/// `super`, `crate`, `Self`) get a trailing `_` instead: the spec's validator refuses them as
/// names, so this only keeps a spec built in code from making the generator panic
/// (proc-macro2 panics on `r#self`).
pub(crate) fn field_ident(wire: &str) -> Ident {
    let rust = names::field_name(wire);
    let name = rust.as_str();
    if names::is_unraw_keyword(name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if names::is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// An identifier for a PascalCase spec name.
pub(crate) fn type_ident(name: &str) -> Ident {
    // A type named like one of the prelude's would shadow it in its module, where the
    // generated code writes `Option<…>`, `Vec<…>` and `String` (Meta's spec has an enum
    // `Option`): such a type is `OptionType`.
    if PRELUDE_TYPES.contains(&name) {
        return Ident::new(&format!("{name}Type"), Span::call_site());
    }
    Ident::new(name, Span::call_site())
}

/// The prelude's type and trait names the generated code uses unqualified.
const PRELUDE_TYPES: &[&str] = &[
    "Option", "Result", "Vec", "String", "Box", "Some", "None", "Ok", "Err", "Default", "Self",
];

/// The Rust variant of an enum value or field: the spec crate's one rule
/// ([`fbgraph_spec::names::variant_name`]).
pub(crate) fn pascal(value: &str) -> String {
    names::variant_name(value)
}

/// `{page-id}` → `page_id`.
/// The module of the edge a call's path names below its node (`/{page-id}/messenger_profile`
/// → `messenger_profile`), for a large node's module split per edge; `None` for a call on the
/// node itself (`/{page-id}`). Never a keyword, the generated imports (`rt`, `ids`) or the
/// node's own module name.
pub(crate) fn edge_module(path: &str, node_module: &str) -> Option<String> {
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .skip(1)
        .filter(|s| !s.starts_with('{'))
        .map(|s| {
            s.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect()
        })
        .collect();
    let name = segments.join("_");
    let name = name.trim_matches('_');
    if name.is_empty() {
        return None;
    }
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("edge_{name}")
    } else {
        name.to_owned()
    };
    Some(
        if names::is_keyword(&name)
            || names::is_unraw_keyword(&name)
            || ["rt", "ids", node_module].contains(&name.as_str())
        {
            format!("{name}_edge")
        } else {
            name
        },
    )
}

pub(crate) fn placeholder_ident(placeholder: &str) -> Ident {
    field_ident(&placeholder.replace('-', "_"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_modules() {
        let edge = |path| edge_module(path, "page");
        assert_eq!(
            edge("/{page-id}/messenger_profile").as_deref(),
            Some("messenger_profile")
        );
        assert_eq!(edge("/{page-id}").as_deref(), None);
        assert_eq!(
            edge("/{x-id}/subscriptions/{Dynamic}").as_deref(),
            Some("subscriptions")
        );
        assert_eq!(edge("/{x-id}/a/b-c").as_deref(), Some("a_b_c"));
        assert_eq!(edge("/{x-id}/type").as_deref(), Some("type_edge"));
        assert_eq!(edge("/{x-id}/ids").as_deref(), Some("ids_edge"));
        assert_eq!(edge("/{x-id}/page").as_deref(), Some("page_edge"));
        assert_eq!(edge("/{x-id}/3d").as_deref(), Some("edge_3d"));
    }

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
        for name in ["self", "super", "crate"] {
            assert_eq!(field_ident(name).to_string(), format!("{name}_"));
        }
        // A wire name is made a Rust name first: `Self` is `self`, so `self_`.
        assert_eq!(field_ident("Self").to_string(), "self_");
        assert_eq!(
            field_ident("inclusionOperator").to_string(),
            "inclusion_operator"
        );
        assert_eq!(field_ident("1d_click").to_string(), "_1d_click");
        assert_eq!(placeholder_ident("page-id").to_string(), "page_id");
        assert_eq!(type_ident("Option").to_string(), "OptionType");
        assert_eq!(type_ident("Options").to_string(), "Options");
        assert_eq!(version_module_name("v19.0"), "v19_0");
    }
}
