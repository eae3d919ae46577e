//! The one rule that turns spec names into Rust names, shared by the validator (which refuses
//! two spec names that would become one Rust name), the generator (which emits them) and the
//! importer (which names Meta's enums by it).
//!
//! | spec name | Rust name | rule |
//! | --- | --- | --- |
//! | an enum value, a field in a `…Field` enum | `TYPING_ON` → `TypingOn`, `in stock` → `InStock` | [`variant_name`] |
//! | a snake_case name that names a type | `messaging_type` → `MessagingType` | [`type_name`] |
//! | a node or output object selectable with `fields` | `Message` → `MessageField` | [`field_enum_name`] |
//! | a call's documented error codes | `SendMessage` → `SendMessageErrorCode` | [`error_code_enum_name`] |
//! | a field or parameter | `inclusionOperator` → `inclusion_operator`, `1d_click` → `_1d_click` | [`field_name`] |
//! | a field or parameter that is a keyword | `type` → `r#type` (a raw identifier) | [`is_keyword`], [`is_unraw_keyword`] |

/// What separates the words of a name (`in_stock`, `photo-album`, `timeline cover`, `v1.0`).
pub const WORD_SEPARATORS: [char; 4] = ['_', '-', ' ', '.'];

/// The Rust variant of an enum value (or of a field, in a `…Field` enum): its words (runs of
/// letters and digits) capitalised, the rest of each word lowercased, joined; a `V` before a
/// leading digit; `Empty` for a value with no letter or digit (Meta's `''`). A value that
/// would be `Unknown` (Meta's `UNKNOWN`, a real value of many enums) is `UnknownValue`, since
/// `Unknown(String)` holds the values a spec does not list; one that would be the keyword
/// `Self` is `SelfValue`.
///
/// ```
/// use fbgraph_spec::names::variant_name;
/// assert_eq!(variant_name("TYPING_ON"), "TypingOn");
/// assert_eq!(variant_name("page_done"), "PageDone");
/// assert_eq!(variant_name("P2P_PAYMENT"), "P2pPayment");
/// assert_eq!(variant_name("timeline cover"), "TimelineCover");
/// assert_eq!(variant_name("American (New)"), "AmericanNew");
/// assert_eq!(variant_name("1d_click"), "V1dClick");
/// assert_eq!(variant_name(""), "Empty");
/// assert_eq!(variant_name("UNKNOWN"), "UnknownValue");
/// assert_eq!(variant_name("self"), "SelfValue");
/// ```
pub fn variant_name(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.is_empty() {
        return "Empty".to_owned();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if out == UNKNOWN_VARIANT || out == "Self" {
        out.push_str("Value");
    }
    out
}

/// The Rust type named by a snake_case spec name: its words capitalised and joined, the rest
/// of each word kept as it is (so `ad_account_IDs` keeps its `IDs`); a `V` before a leading
/// digit.
///
/// ```
/// use fbgraph_spec::names::type_name;
/// assert_eq!(type_name("messaging_type"), "MessagingType");
/// assert_eq!(type_name("supported-platforms"), "SupportedPlatforms");
/// assert_eq!(type_name("360_view"), "V360View");
/// ```
pub fn type_name(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    for word in snake.split(WORD_SEPARATORS) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// The Rust field (and setter) name of a wire name: snake_case (`inclusionOperator` →
/// `inclusion_operator`), any other character a `_`, and a `_` before a leading digit
/// (`1d_click` → `_1d_click`). A snake_case name is its own Rust name. The wire name stays as
/// it is on the wire; the generator renames where the two differ.
///
/// ```
/// use fbgraph_spec::names::field_name;
/// assert_eq!(field_name("messaging_type"), "messaging_type");
/// assert_eq!(field_name("inclusionOperator"), "inclusion_operator");
/// assert_eq!(field_name("1d_click"), "_1d_click");
/// assert_eq!(field_name("adsetIDs"), "adset_ids");
/// assert_eq!(field_name("a__b"), "a__b");
/// ```
pub fn field_name(wire: &str) -> String {
    let mut out = String::with_capacity(wire.len() + 2);
    let mut prev_lower = false;
    for c in wire.chars() {
        if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        } else {
            if !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// Whether `name` can be a field's or parameter's name on the wire: letters, digits, `_`, and
/// `.` between words (Meta's conversion specs have keys like `action.type`).
///
/// ```
/// use fbgraph_spec::names::is_wire_name;
/// assert!(is_wire_name("messaging_type") && is_wire_name("1d_click") && is_wire_name("action.type"));
/// assert!(!is_wire_name("") && !is_wire_name("a b") && !is_wire_name(".a") && !is_wire_name("a..b"));
/// ```
pub fn is_wire_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// Whether `name` can name a Rust type as the spec writes types: PascalCase, letters and
/// digits.
///
/// ```
/// use fbgraph_spec::names::is_type_name;
/// assert!(is_type_name("AdsetsStatus") && !is_type_name("adset") && !is_type_name("Ad_Set"));
/// ```
pub fn is_type_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Whether `segment` can be a segment of a call's path: letters, digits, `_` and `-`, or a
/// placeholder of those in braces (`{page-id}`, Meta's `{Dynamic}`).
///
/// ```
/// use fbgraph_spec::names::is_path_segment;
/// assert!(is_path_segment("test-users") && is_path_segment("{page-id}"));
/// assert!(!is_path_segment("") && !is_path_segment("{}") && !is_path_segment("a b"));
/// ```
pub fn is_path_segment(segment: &str) -> bool {
    let word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    match segment.strip_prefix('{') {
        Some(inner) => inner.strip_suffix('}').is_some_and(word),
        None => word(segment),
    }
}

/// The request type of a call, derived from its node, method and path, for calls a spec does
/// not name itself (an imported one): a verb (`Get`, `Create`/`Update`, `Delete`, `Put`,
/// `Head`), the node, then the path's literal segments. A `POST` on the node itself updates
/// it; on an edge it creates something there.
///
/// ```
/// use fbgraph_spec::{Method, names::call_name};
/// assert_eq!(call_name("Page", Method::Get, "/{page-id}/conversations"), "GetPageConversations");
/// assert_eq!(call_name("Page", Method::Post, "/{page-id}/messages"), "CreatePageMessages");
/// assert_eq!(call_name("Page", Method::Post, "/{page-id}"), "UpdatePage");
/// assert_eq!(call_name("Application", Method::Delete, "/{app-id}/test-users"), "DeleteApplicationTestUsers");
/// assert_eq!(call_name("AdAccount", Method::Get, "/{ad-account-id}/insights/{Dynamic}/x"), "GetAdAccountInsightsX");
/// ```
pub fn call_name(node: &str, method: crate::Method, path: &str) -> String {
    use crate::Method;
    let edges: String = path
        .split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .map(type_name)
        .collect();
    let verb = match method {
        Method::Get => "Get",
        Method::Post if edges.is_empty() => "Update",
        Method::Post => "Create",
        Method::Delete => "Delete",
        Method::Put => "Put",
        Method::Head => "Head",
    };
    format!("{verb}{node}{edges}")
}

/// The `fields` enum of a node or output object (`Message` → `MessageField`).
pub fn field_enum_name(type_name: &str) -> String {
    format!("{type_name}Field")
}

/// The enum of a call's documented error codes (`SendMessage` → `SendMessageErrorCode`).
pub fn error_code_enum_name(call_name: &str) -> String {
    format!("{call_name}ErrorCode")
}

/// The enum of the whole error-code catalogue, generated with the file that holds it.
pub const CATALOGUE_ENUM: &str = "GraphErrorCode";

/// The enum of error classes, generated with the catalogue.
pub const ERROR_CLASS_ENUM: &str = "ErrorClass";

/// The catch-all variant of every generated enum of values (`Unknown(String)`), which no value
/// may take.
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// Rust's keywords (strict, reserved, and 2024's `gen`).
pub const RUST_KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Whether `name` is a Rust keyword: as a field it becomes a raw identifier (`r#type`), and it
/// can name no module.
pub fn is_keyword(name: &str) -> bool {
    RUST_KEYWORDS.contains(&name)
}

/// Whether `name` is a keyword that cannot even be a raw identifier (`self`, `super`,
/// `crate`, `Self`).
pub fn is_unraw_keyword(name: &str) -> bool {
    matches!(name, "self" | "super" | "crate" | "Self")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_and_types_differ_only_in_the_case_inside_words() {
        assert_eq!(variant_name("TYPINGON"), "Typingon");
        assert_eq!(type_name("TYPINGON"), "TYPINGON");
        assert_eq!(
            variant_name("source:chat".replace(':', "_").as_str()),
            "SourceChat"
        );
        assert_eq!(variant_name("a__b"), "AB");
        assert_eq!(field_enum_name("Page"), "PageField");
        assert_eq!(error_code_enum_name("SendMessage"), "SendMessageErrorCode");
        assert!(is_keyword("type") && !is_unraw_keyword("type"));
        assert!(is_unraw_keyword("self") && is_keyword("self"));
    }
}
