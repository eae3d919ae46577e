//! Expands fbgraph bindings inline from a spec directory, with the same code generator as
//! `cargo xtask codegen`.
//!
//! Use it when you keep your own spec (a newer Graph version, more nodes) and want the typed
//! bindings without checking generated code in. It is not needed to use the shipped
//! bindings: depend on `fbgraph` for those. The expanded code depends on `fbgraph-runtime`,
//! so add it to your dependencies too.
//!
//! ```
//! mod graph {
//!     // The path is relative to your crate's Cargo.toml. Name the calls and the nodes you
//!     // use: spec/ holds the whole API, and only those (with what they refer to) expand.
//!     fbgraph_macros::graph_api!(
//!         "../../spec/v19.0",
//!         calls = [Conversations],
//!         nodes = [UnifiedThread],
//!     );
//! }
//! use fbgraph_runtime::Endpoint;
//!
//! let request = graph::page::Conversations::new("me").platform(graph::Platform::Messenger);
//! assert_eq!(request.path(), "/me/conversations");
//! assert_eq!(graph::VERSION, "v19.0");
//! ```
//!
//! Without `calls` and `nodes`, the whole directory expands. With `area = name` instead, one
//! area of the rule `areas.json` beside the version's directory (`spec/areas.json`: `messenger`,
//! `pages`, `ads`, …, and `common`, what several use), for a module `<version>::<area>` beside
//! `<version>::common`: this is how the `fbgraph` crate expands the areas it does not check in,
//! each under its cargo feature. The spec's files (and the rule) are tracked, so an edit
//! re-expands the macro. A bad spec, or a call, node or area it does not have, is a compile
//! error listing every problem found, with file and line:col, and the nearest names.

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;

/// `"path", calls = [A, B], nodes = [C]` or `"path", area = name`.
struct Input {
    path: syn::LitStr,
    calls: Option<Vec<String>>,
    nodes: Option<Vec<String>>,
    area: Option<syn::Ident>,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: syn::LitStr = input.parse()?;
        let mut out = Input {
            path,
            calls: None,
            nodes: None,
            area: None,
        };
        while input.peek(syn::Token![,]) {
            input.parse::<syn::Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            input.parse::<syn::Token![=]>()?;
            if key == "area" && out.area.is_none() {
                out.area = Some(input.parse()?);
                continue;
            }
            let content;
            syn::bracketed!(content in input);
            let names: Punctuated<syn::Ident, syn::Token![,]> =
                content.parse_terminated(syn::Ident::parse, syn::Token![,])?;
            let names = Some(names.iter().map(ToString::to_string).collect());
            match key.to_string().as_str() {
                "calls" if out.calls.is_none() => out.calls = names,
                "nodes" if out.nodes.is_none() => out.nodes = names,
                _ => {
                    return Err(syn::Error::new(
                        key.span(),
                        "expected `calls = [...]`, `nodes = [...]` or `area = name`, each at most once",
                    ));
                }
            }
        }
        Ok(out)
    }
}

/// Expands the bindings of the spec directory at this path (relative to `CARGO_MANIFEST_DIR`):
/// `VERSION`, one module per spec file, and a re-export of every item. With
/// `calls = [...]` and `nodes = [...]`, only those calls, those nodes with their fields, and
/// what they refer to (`fbgraph_spec::Spec::subset`). With `area = name`, the items of one area
/// (`fbgraph_codegen::generate_area`).
#[proc_macro]
pub fn graph_api(input: TokenStream) -> TokenStream {
    let input = match syn::parse::<Input>(input) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error().into(),
    };
    if let Some(area) = &input.area {
        if input.calls.is_some() || input.nodes.is_some() {
            return syn::Error::new(
                area.span(),
                "`area` expands a whole area: name no calls or nodes with it",
            )
            .to_compile_error()
            .into();
        }
        return match expand_area(&input.path.value(), &area.to_string()) {
            Ok(tokens) => tokens.into(),
            Err(message) => syn::Error::new(area.span(), message)
                .to_compile_error()
                .into(),
        };
    }
    let selection = (input.calls.is_some() || input.nodes.is_some()).then(|| {
        (
            input.calls.clone().unwrap_or_default(),
            input.nodes.clone().unwrap_or_default(),
        )
    });
    match expand(&input.path.value(), selection) {
        Ok(tokens) => tokens.into(),
        Err(message) => syn::Error::new(input.path.span(), message)
            .to_compile_error()
            .into(),
    }
}

/// A loaded spec directory with its area partition, kept for the compiler's session: each
/// area of a version is one invocation, and the spec is read once.
type Loaded = std::sync::Arc<(
    fbgraph_spec::Spec,
    fbgraph_spec::Partition,
    Vec<std::path::PathBuf>,
)>;

fn load_partitioned(dir: &std::path::Path) -> Result<Loaded, String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<std::path::PathBuf, Loaded>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(dir).cloned()) {
        return Ok(hit);
    }
    let spec =
        fbgraph_spec::Spec::load_dir(dir).map_err(|d| format!("spec `{}`: {d}", dir.display()))?;
    let rule_path = dir.parent().map(|p| p.join("areas.json")).ok_or_else(|| {
        format!(
            "spec `{}` has no parent directory for areas.json",
            dir.display()
        )
    })?;
    let rule = fbgraph_spec::AreaRule::load(&rule_path).map_err(|e| e.to_string())?;
    let partition = spec.partition(&rule);
    let mut tracked: Vec<std::path::PathBuf> =
        spec.files.iter().map(|f| dir.join(&f.name)).collect();
    tracked.push(rule_path);
    let loaded: Loaded = std::sync::Arc::new((spec, partition, tracked));
    if let Ok(mut c) = cache.lock() {
        c.insert(dir.to_path_buf(), loaded.clone());
    }
    Ok(loaded)
}

/// One area of the spec directory at `relative` (the areas rule is `areas.json` beside it).
fn expand_area(relative: &str, area: &str) -> Result<proc_macro2::TokenStream, String> {
    let dir = spec_dir(relative)?;
    let loaded = load_partitioned(&dir)?;
    let (spec, partition, files) = &*loaded;
    if !partition.areas.iter().any(|a| a == area) {
        let nearest = fbgraph_spec::nearest(area, partition.areas.iter().map(String::as_str));
        return Err(format!(
            "spec `{}` has no area `{area}`{nearest}; the areas are {}",
            dir.display(),
            partition.areas.join(", ")
        ));
    }
    let tracked = tracked(files.iter().cloned());
    let generated = fbgraph_codegen::generate_area(spec, partition, area)
        .map_err(|e| format!("spec `{}`: {e}", dir.display()))?;
    let code = generated.inline();
    Ok(quote! {
        #tracked
        #code
    })
}

/// The spec directory at `relative` to the crate being compiled.
fn spec_dir(relative: &str) -> Result<std::path::PathBuf, String> {
    let base = std::env::var("CARGO_MANIFEST_DIR").map_err(|_| {
        "CARGO_MANIFEST_DIR is not set; graph_api! must be expanded by cargo".to_owned()
    })?;
    Ok(std::path::Path::new(&base).join(relative))
}

/// `include_bytes!` of each file, which makes cargo rebuild the crate when one changes.
fn tracked(files: impl Iterator<Item = std::path::PathBuf>) -> proc_macro2::TokenStream {
    let consts = files.map(|path| {
        let path = path.display().to_string();
        quote! { const _: &[u8] = include_bytes!(#path); }
    });
    quote! { #(#consts)* }
}

fn expand(
    relative: &str,
    selection: Option<(Vec<String>, Vec<String>)>,
) -> Result<proc_macro2::TokenStream, String> {
    let dir = spec_dir(relative)?;
    let spec =
        fbgraph_spec::Spec::load_dir(&dir).map_err(|d| format!("spec `{}`: {d}", dir.display()))?;
    let tracked = tracked(spec.files.iter().map(|f| dir.join(&f.name)));
    let spec = match &selection {
        Some((calls, nodes)) => {
            let calls: Vec<&str> = calls.iter().map(String::as_str).collect();
            let nodes: Vec<&str> = nodes.iter().map(String::as_str).collect();
            spec.subset(&calls, &nodes)
                .map_err(|e| format!("spec `{}`: {e}", dir.display()))?
        }
        None => spec,
    };
    let generated =
        fbgraph_codegen::generate(&spec).map_err(|e| format!("spec `{}`: {e}", dir.display()))?;
    let code = generated.inline();
    Ok(quote! {
        #tracked
        #code
    })
}

#[cfg(test)]
mod tests {
    use super::{expand, expand_area};

    #[test]
    fn an_area_expands_alone_and_tracks_the_rule_too() {
        let tokens = expand_area("../../spec/v26.0", "whatsapp").unwrap_or_else(|e| panic!("{e}"));
        let text = tokens.to_string();
        assert!(text.contains("areas.json"), "the rule is tracked");
        assert!(text.contains("whats_app_business_account.json"));
        assert!(text.contains("pub struct GetWhatsAppBusinessAccountPhoneNumbers"));
        // Another area's items are not expanded here; the shared module is reached by path.
        assert!(!text.contains("pub struct SendMessage"));
        assert!(text.contains("super :: super :: common ::"));
    }

    #[test]
    fn an_area_the_rule_lacks_is_an_error_naming_the_nearest() {
        let message = expand_area("../../spec/v26.0", "adz").expect_err("no such area");
        assert!(
            message.contains("no area `adz` (nearest: `ads`"),
            "{message}"
        );
        assert!(message.contains("messenger, pages"), "{message}");
    }

    #[test]
    fn the_shipped_spec_expands_and_tracks_its_files() {
        let selection = (vec!["SendMessage".to_owned()], Vec::new());
        let tokens = expand("../../spec/v19.0", Some(selection)).unwrap_or_else(|e| panic!("{e}"));
        let text = tokens.to_string();
        assert!(text.contains("include_bytes !"), "spec files are tracked");
        assert!(text.contains("page.json"));
        assert!(text.contains("pub struct SendMessage"));
    }

    #[test]
    fn a_bad_spec_is_an_error_listing_every_problem_with_its_position() {
        let message = expand("tests/bad-spec/v19.0", None).expect_err("the spec is broken");
        for want in [
            "page.json:10:40: calls.SendMessage.params.recipient.type: unknown type `Recipent`",
            "page.json:12:18: calls.SendMessage.returns: unknown type `SendMessageResponse`",
            "page.json:13:18: calls.SendMessage.errors.551: error code 551 is not in the error-code catalogue",
        ] {
            assert!(message.contains(want), "missing {want:?} in:\n{message}");
        }
    }

    /// Names that are no Rust names, and a type nested past the parser's bound, are every one
    /// a diagnostic with its position, so the macro is a `compile_error!`, never a panic.
    #[test]
    fn a_hostile_spec_is_an_error_listing_every_problem_not_a_panic() {
        let message = expand("tests/hostile-spec/v19.0", None).expect_err("the spec is hostile");
        for want in [
            "type.json:1:1: the file name `type.json` names the module `type`, a Rust keyword",
            "type.json:3:15: node.fields.self.name: `self` is a Rust keyword that cannot be a field's name",
            "type.json:5:31: node.fields.deep.type: ",
            "nested more than 32 levels deep",
            "type.json:8:15: objects.Self.name: `Self` is a Rust keyword",
            "type.json:14:18: enums.Odd.values.SELF_VALUE.value: enum value `SELF_VALUE` and `self` would name the same Rust variant `SelfValue`",
            "type.json:15:18: enums.Odd.values.in_stock.value: enum value `in_stock` and `in stock` would name the same Rust variant `InStock`",
        ] {
            assert!(message.contains(want), "missing {want:?} in:\n{message}");
        }
        assert!(
            !message.contains("fields.type"),
            "a raw keyword is fine:\n{message}"
        );
    }

    #[test]
    fn a_call_or_node_the_spec_lacks_is_an_error_naming_the_nearest() {
        let selection = (vec!["SendMesage".to_owned()], vec!["Pgae".to_owned()]);
        let message = expand("../../spec/v19.0", Some(selection)).expect_err("no such names");
        assert!(
            message.contains("no call `SendMesage` (nearest: `SendMessage`"),
            "{message}"
        );
        assert!(
            message.contains("no node `Pgae` (nearest: `Page`"),
            "{message}"
        );
    }

    #[test]
    fn a_missing_directory_is_an_error_not_a_panic() {
        let message = expand("no/such/spec/v1.0", None).expect_err("nothing there");
        assert!(
            message.contains("cannot read the spec directory"),
            "{message}"
        );
    }
}
