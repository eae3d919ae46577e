//! Turns an fbgraph spec into Rust tokens: a request type per call, response structs, enums
//! with an `Unknown(String)` fallback, and per-call error-code enums.
//!
//! This crate does no I/O and formats nothing: `cargo xtask codegen` formats the tokens with
//! prettyplease and writes `crates/fbgraph/src/<version>/`, and `fbgraph-macros` expands the
//! very same tokens inline. The generated code depends on `fbgraph-runtime` only.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/v19.0");
//! // The whole Graph API of v19.0; generate the Send API and what it refers to.
//! let spec = fbgraph_spec::Spec::load_dir(&dir)?.subset(&["SendMessage"], &[])?;
//! let generated = fbgraph_codegen::generate(&spec)?;
//! assert_eq!(generated.module_name, "v19_0");
//! assert!(generated.modules.iter().any(|m| m.name == "page"));
//! # Ok(())
//! # }
//! ```

mod emit;
mod lower;
mod names;
mod webhooks;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub use names::version_module_name;

/// One reason a spec cannot be turned into code (beyond what the spec validator catches:
/// a spec built or changed in code never meets it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {item}: {message}")]
pub struct CodegenError {
    /// The spec file the item is in (`page.json`).
    pub file: String,
    /// The spec item (`SendMessage.params.recipient`).
    pub item: String,
    /// What is wrong.
    pub message: String,
}

/// Every reason a spec cannot be turned into code, in spec order; never empty. The generator
/// goes on past a bad item, so one run reports them all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CodegenErrors(pub Vec<CodegenError>);

impl std::fmt::Display for CodegenErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "{n} problem{} generating code:",
            if n == 1 { "" } else { "s" }
        )?;
        for error in &self.0 {
            write!(f, "\n  {error}")?;
        }
        Ok(())
    }
}

impl CodegenErrors {
    /// The problems, in spec order.
    pub fn iter(&self) -> impl Iterator<Item = &CodegenError> {
        self.0.iter()
    }
}

/// One generated module: the items of one spec file.
#[derive(Debug, Clone)]
pub struct Module {
    /// The module's name, the spec file's stem (`page`).
    pub name: String,
    /// The module's content, starting with its inner doc attribute.
    pub tokens: TokenStream,
    /// The cargo features any of which compiles the module (`None`: always compiled): the
    /// areas that need a module of the shared module, when it is generated with gates
    /// ([`generate_area_gated`]).
    pub features: Option<Vec<String>>,
    /// A large node's module is split per edge: each part a submodule (`page::messenger_profile`)
    /// with the calls of one edge, written to its own file (`page/messenger_profile.rs`) and
    /// re-exported by the module, so public paths do not change. Empty for other modules.
    pub parts: Vec<Part>,
}

/// One part of a split module: the calls of one edge of a large node.
#[derive(Debug, Clone)]
pub struct Part {
    /// The submodule's name, the edge (`messenger_profile`).
    pub name: String,
    /// Its content, starting with its inner doc attribute.
    pub tokens: TokenStream,
}

impl Module {
    /// The module's own file (`page.rs`, or `page/mod.rs` when it has parts): its items, then
    /// `mod part; pub use self::part::*;` for each part.
    pub fn file(&self) -> TokenStream {
        let tokens = &self.tokens;
        let names: Vec<_> = self
            .parts
            .iter()
            .map(|p| format_ident!("{}", p.name))
            .collect();
        quote! { #tokens #(mod #names;)* #(pub use self::#names::*;)* }
    }

    /// The module's content with its parts inline: what the proc macro expands.
    pub fn inline(&self) -> TokenStream {
        let tokens = &self.tokens;
        let parts = self.parts.iter().map(|p| {
            let name = format_ident!("{}", p.name);
            let part = &p.tokens;
            quote! { mod #name { #part } pub use self::#name::*; }
        });
        quote! { #tokens #(#parts)* }
    }

    /// `#[cfg(any(feature = "…", …))]` for a gated module, else nothing.
    pub fn cfg(&self) -> TokenStream {
        match &self.features {
            None => TokenStream::new(),
            Some(features) => quote! { #[cfg(any(#(feature = #features),*))] },
        }
    }
}

/// The code generated for one spec version.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The Graph version (`v19.0`).
    pub version: String,
    /// The version's module name (`v19_0`).
    pub module_name: String,
    /// The version module's own items (`VERSION`, re-exports), without the submodules.
    pub root: TokenStream,
    /// The submodules, one per spec file, sorted by name.
    pub modules: Vec<Module>,
}

impl Generated {
    /// The root items followed by `mod name;` declarations: the content of `mod.rs`.
    pub fn root_file(&self) -> TokenStream {
        let root = &self.root;
        let decls = self.modules.iter().map(|m| {
            let name = format_ident!("{}", m.name);
            let cfg = m.cfg();
            quote! { #cfg pub mod #name; }
        });
        quote! { #root #(#decls)* }
    }

    /// Everything in one token stream, the submodules inline: what the proc macro expands to.
    pub fn inline(&self) -> TokenStream {
        let root = &self.root;
        let mods = self.modules.iter().map(|m| {
            let name = format_ident!("{}", m.name);
            let tokens = m.inline();
            let cfg = m.cfg();
            quote! { #cfg pub mod #name { #tokens } }
        });
        quote! { #root #(#mods)* }
    }
}

/// Generates the code of a validated spec.
pub fn generate(spec: &fbgraph_spec::Spec) -> Result<Generated, CodegenErrors> {
    emit::generate(spec, None)
}

/// Generates one area of a validated spec (see [`fbgraph_spec::areas`]): the items whose home
/// is `area`, in modules of the spec's files. The code is meant for a module `<version>::<area>`
/// beside `<version>::common` (the shared module, itself generated as the area `common`):
/// a type of the shared module is named `super::super::common::<module>::<Type>`, and a node of
/// any other area is a [`NodeRef`](https://docs.rs/fbgraph-runtime) by id.
pub fn generate_area(
    spec: &fbgraph_spec::Spec,
    partition: &fbgraph_spec::Partition,
    area: &str,
) -> Result<Generated, CodegenErrors> {
    let index = area_index(partition, area)?;
    emit::generate(
        spec,
        Some(emit::Place {
            partition,
            area: index,
            gated: false,
        }),
    )
}

/// The index of `area` in the partition, or an error listing the areas.
fn area_index(partition: &fbgraph_spec::Partition, area: &str) -> Result<usize, CodegenErrors> {
    partition
        .areas
        .iter()
        .position(|a| a == area)
        .ok_or_else(|| {
            CodegenErrors(vec![CodegenError {
                file: "areas.json".to_owned(),
                item: area.to_owned(),
                message: format!("no such area; the areas are {}", partition.areas.join(", ")),
            }])
        })
}

/// [`generate_area`], with each module of the shared module (`common`) behind the cargo
/// features of the areas that need it ([`fbgraph_spec::Partition::module_gate`]), so that a
/// build with one area compiles only the shared code that area uses. This is what
/// `cargo xtask codegen` checks in: the features are the `fbgraph` crate's. (The proc macro
/// expands `common` whole: in a user's crate those features do not exist.)
pub fn generate_area_gated(
    spec: &fbgraph_spec::Spec,
    partition: &fbgraph_spec::Partition,
    area: &str,
) -> Result<Generated, CodegenErrors> {
    let index = area_index(partition, area)?;
    emit::generate(
        spec,
        Some(emit::Place {
            partition,
            area: index,
            gated: true,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> fbgraph_spec::Spec {
        // The Messenger calls of v19.0 as they were written by hand, before the import.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../xtask/tests/fixtures/hand-written/v19.0");
        fbgraph_spec::Spec::load_dir(&dir).expect("the v19.0 spec loads")
    }

    /// Meta's spec lists `access_token` (and `fields`, `limit`, …) as parameters of some
    /// calls: the request type already sends them (the runtime the credentials, the GET its
    /// typed selection and cursors), so the spec's are left out rather than doubled.
    #[test]
    fn parameters_the_request_has_already_are_not_doubled() {
        let mut spec = spec();
        let call = spec
            .files
            .iter_mut()
            .flat_map(|f| f.content.calls.iter_mut())
            .find(|c| c.name == "Conversations")
            .expect("Conversations is in the spec");
        for name in [
            "access_token",
            "appsecret_proof",
            "fields",
            "limit",
            "after",
        ] {
            let mut param = call.params[0].clone();
            param.name = name.to_owned();
            param.required = true;
            call.params.push(param);
        }
        let generated = generate(&spec).expect("generates");
        let page = generated
            .modules
            .iter()
            .find(|m| m.name == "page")
            .expect("the page module");
        let text = page.tokens.to_string();
        let start = text
            .find("pub struct Conversations")
            .expect("the request type");
        let body = &text[start..start + text[start..].find('}').expect("its end")];
        assert!(!body.contains("access_token"), "{body}");
        assert!(!body.contains("appsecret_proof"), "{body}");
        assert_eq!(body.matches("fields :").count(), 1, "{body}");
        assert_eq!(body.matches("limit :").count(), 1, "{body}");
        assert_eq!(
            generate(&spec).map(|g| g.modules.len()).ok(),
            Some(generated.modules.len())
        );
    }

    /// A wide `one_of` (40 alternatives) is 40 constructors that parse as Rust; two groups on
    /// one object are a diagnostic, not a panic or a guess.
    #[test]
    fn a_wide_one_of_generates_and_two_groups_are_a_diagnostic() {
        let fields: Vec<String> = (0..40)
            .map(|i| format!(r#"{{"name": "alt_{i}", "type": "string", "doc": "One."}}"#))
            .collect();
        let names: Vec<String> = (0..40).map(|i| format!(r#""alt_{i}""#)).collect();
        let file = |groups: &str| {
            format!(
                r#"{{"objects": [{{"name": "Choice", "kind": "input", "doc": "Wide.",
                    "fields": [{}], "one_of": [{groups}]}}]}}"#,
                fields.join(", ")
            )
        };
        let wide = file(&format!(r#"{{"fields": [{}]}}"#, names.join(", ")));
        let spec = fbgraph_spec::Spec::from_sources("v1.0", vec![("choice.json".into(), wide)])
            .unwrap_or_else(|d| panic!("{d}"));
        let generated = generate(&spec).expect("generates");
        let tokens = generated.inline();
        syn::parse2::<syn::File>(tokens.clone()).expect("the code parses");
        // One constructor per alternative, and no setter: exactly one is sent.
        assert_eq!(tokens.to_string().matches("pub fn alt_").count(), 40);

        let two = file(&format!(
            r#"{{"fields": [{}]}}, {{"fields": [{}]}}"#,
            names[..20].join(", "),
            names[20..].join(", ")
        ));
        let spec = fbgraph_spec::Spec::from_sources("v1.0", vec![("choice.json".into(), two)])
            .unwrap_or_else(|d| panic!("{d}"));
        let errors = generate(&spec).expect_err("two groups");
        assert!(errors.to_string().contains("one one_of group"), "{errors}");
    }

    /// The generator goes on past a bad item: every bad call of every file is reported.
    #[test]
    fn every_problem_is_reported_in_one_run() {
        let mut spec = spec();
        let mut broken = 0;
        for call in spec
            .files
            .iter_mut()
            .flat_map(|f| f.content.calls.iter_mut())
        {
            call.errors.push(99_999);
            broken += 1;
        }
        assert!(broken > 1);
        let errors = generate(&spec).expect_err("codes missing from the catalogue");
        assert_eq!(errors.iter().count(), broken, "{errors}");
        assert!(
            errors
                .iter()
                .all(|e| e.file.ends_with(".json") && e.item.ends_with(".errors")),
            "{errors}"
        );
        assert!(
            errors
                .to_string()
                .starts_with(&format!("{broken} problems")),
            "{errors}"
        );
    }
}
