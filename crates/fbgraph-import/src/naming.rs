//! The enum naming rule: one readable Rust name per Meta enum, within a scope.
//!
//! Meta names enums by three schemes (`enum_types.json` gives, beside each name, the `node` and
//! the `field_or_param` it belongs to):
//!
//! | scheme | example | scope | Rust name |
//! | --- | --- | --- | --- |
//! | [`EnumScheme::Param`] | `pagemessages_messaging_type_enum_param` | the call (`pagemessages`) | `MessagingType` |
//! | [`EnumScheme::NodeField`] | `Application_supported_platforms` | the node (`Application`) | `SupportedPlatforms` |
//! | [`EnumScheme::LowerNodeField`] | `leadgendata_status` | the node (`LeadgenForm`) | `Status` |
//!
//! The Rust name is always the PascalCase of `field_or_param`; the scope is the node for a
//! field enum and the call (Meta's lowercase node-plus-edge prefix) for a param enum. Two enums
//! with the same name in one scope are a collision: [`collisions`] finds them, nothing renames
//! them.

use std::collections::BTreeMap;
use std::fmt;

/// Which of Meta's naming schemes an enum name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnumScheme {
    /// `<node><edge>_<param>_enum_param`: a param of an edge call.
    Param,
    /// `<Node>_<field>`: a field of a node.
    NodeField,
    /// `<node>_<field>`, lowercase (often Meta's internal node name, `adgroup` for `Ad`).
    LowerNodeField,
    /// A name that does not end with `_<field_or_param>`; its Rust name is the PascalCase of
    /// the whole name.
    Other,
}

/// Where an enum's Rust name must be unique.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnumScope {
    /// Within a node (field enums).
    Node(String),
    /// Within a call, named by Meta's prefix (`pagemessages`), with the node when known.
    Call {
        /// The node `enum_types.json` names.
        node: Option<String>,
        /// The prefix of the enum's name before `_<param>_enum_param`.
        prefix: String,
    },
}

impl fmt::Display for EnumScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnumScope::Node(n) => write!(f, "node {n}"),
            EnumScope::Call {
                node: Some(n),
                prefix,
            } => write!(f, "call {prefix} of {n}"),
            EnumScope::Call { node: None, prefix } => write!(f, "call {prefix}"),
        }
    }
}

/// The result of the naming rule for one enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumName {
    /// The scheme Meta's name follows.
    pub scheme: EnumScheme,
    /// Where the name must be unique.
    pub scope: EnumScope,
    /// The Rust type name (`MessagingType`).
    pub rust_name: String,
}

/// Applies the naming rule to Meta's `name`, given the entry's `node` and `field_or_param`.
pub fn enum_name(name: &str, node: Option<&str>, field_or_param: &str) -> EnumName {
    let suffix = format!("_{field_or_param}");
    if let Some(base) = name.strip_suffix("_enum_param") {
        if let Some(prefix) = base.strip_suffix(&suffix) {
            return EnumName {
                scheme: EnumScheme::Param,
                scope: EnumScope::Call {
                    node: node.map(str::to_owned),
                    prefix: prefix.to_owned(),
                },
                rust_name: pascal_case(field_or_param),
            };
        }
    } else if let Some(prefix) = name.strip_suffix(&suffix).filter(|p| !p.is_empty()) {
        let upper = prefix.starts_with(|c: char| c.is_ascii_uppercase());
        return EnumName {
            scheme: if upper {
                EnumScheme::NodeField
            } else {
                EnumScheme::LowerNodeField
            },
            scope: EnumScope::Node(node.unwrap_or(prefix).to_owned()),
            rust_name: pascal_case(field_or_param),
        };
    }
    EnumName {
        scheme: EnumScheme::Other,
        scope: EnumScope::Node(node.unwrap_or("").to_owned()),
        rust_name: pascal_case(name),
    }
}

/// `messaging_type` → `MessagingType`: the spec's one rule for type names
/// ([`fbgraph_spec::names::type_name`]), so that the importer names a type as the generator
/// and the validator do.
pub fn pascal_case(s: &str) -> String {
    fbgraph_spec::names::type_name(s)
}

/// Two or more enums whose Rust names meet in one scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// The scope they share.
    pub scope: EnumScope,
    /// The Rust name they share.
    pub rust_name: String,
    /// Meta's names, in the order given.
    pub meta_names: Vec<String>,
}

/// Finds every collision among `(meta name, derived name)` pairs, ordered by scope and name.
pub fn collisions<'a>(names: impl IntoIterator<Item = (&'a str, &'a EnumName)>) -> Vec<Collision> {
    let mut by: BTreeMap<(&EnumScope, &str), Vec<String>> = BTreeMap::new();
    for (meta, n) in names {
        by.entry((&n.scope, n.rust_name.as_str()))
            .or_default()
            .push(meta.to_owned());
    }
    by.into_iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|((scope, rust_name), meta_names)| Collision {
            scope: scope.clone(),
            rust_name: rust_name.to_owned(),
            meta_names,
        })
        .collect()
}
