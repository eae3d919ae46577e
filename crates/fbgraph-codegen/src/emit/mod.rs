//! The emitter: a lowered spec ([`crate::lower::Ir`]) into tokens, one concern per module.
//!
//! - this module: the version's modules and their items, Rust types of spec types, links;
//! - [`structs`]: response shapes, their `…Field` enums, parameter objects;
//! - [`call`]: request types, their constructors, setters and `Endpoint` impls;
//! - [`errors`]: the error-code catalogue and each call's codes;
//! - [`enums`]: enums of wire values;
//! - [`docs`]: doc comments.

mod call;
mod docs;
mod enums;
mod errors;
mod structs;

use docs::{a, inner_doc, one_line};
pub(crate) use docs::{doc_attrs, field_doc, with_note};
use enums::enum_tokens;
use errors::call_error_codes;

use fbgraph_spec::names;
use fbgraph_spec::{
    Call, Enum, ErrorClass, ErrorCode, Field, Method, Named, Object, Scalar, Spec, Type,
};
use fbgraph_spec::{ItemKind, ItemRef, Partition};
use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote};

use crate::lower::{Ir, IrField, IrModule, IrParams, Item, UNKNOWN_FIELDS, lower};
use crate::names::{
    edge_module, field_ident, pascal, placeholder_ident, type_ident, version_module_name,
};
use crate::{CodegenError, CodegenErrors, Generated, Module, Part};

type Result<T> = std::result::Result<T, CodegenError>;

/// The module of the node markers (`ids::Page`, the `N` of `Id<N>`).
pub(crate) const IDS: &str = "ids";

/// `#[serde(rename = "…")]` for a member whose Rust name is not its wire name
/// (`inclusionOperator`), else nothing.
fn rename(wire: &str) -> TokenStream {
    if names::field_name(wire) == wire {
        TokenStream::new()
    } else {
        quote! { #[serde(rename = #wire)] }
    }
}

fn fail<T>(item: impl Into<String>, message: impl Into<String>) -> Result<T> {
    Err(CodegenError {
        // Set by `Cx::module` for the file being emitted.
        file: String::new(),
        item: item.into(),
        message: message.into(),
    })
}

pub(crate) fn generate(
    spec: &Spec,
    place: Option<Place<'_>>,
) -> std::result::Result<Generated, CodegenErrors> {
    // Every type reference with its module, so that two files may each define a `Status`.
    let qualified = spec.qualified();
    let ir = lower(&qualified, place.as_ref().map(|p| p.partition)).map_err(CodegenErrors)?;
    let cx = Cx {
        ir: &ir,
        spec,
        place,
        nodes: spec
            .files
            .iter()
            .filter_map(|f| f.content.node.as_ref())
            .map(|n| n.name.as_str())
            .collect(),
    };
    let mut modules = Vec::new();
    let mut errors = Vec::new();
    let mut defined: Vec<(String, Vec<String>)> = Vec::new();
    for module in &ir.modules {
        let here = module.file.module.as_str();
        let items: Vec<&Item<'_>> = module
            .items
            .iter()
            .filter(|item| cx.is_here(here, item))
            .collect();
        if items.is_empty() && cx.place.is_some() {
            continue;
        }
        defined.push((
            here.to_owned(),
            items.iter().filter_map(|i| item_name(i)).collect(),
        ));
        let (tokens, parts) = cx.module(module, &items, &mut errors);
        let tokens = runtime_once(tokens, &cx.ids_path());
        let features = cx
            .place
            .as_ref()
            .filter(|p| p.gated && p.area == p.partition.shared())
            .and_then(|p| {
                p.partition
                    .module_gate(here)
                    .map(|gate| gate.iter().map(|&a| p.partition.areas[a].clone()).collect())
            });
        modules.push(Module {
            name: module.file.module.clone(),
            tokens,
            features,
            parts,
        });
    }
    if !errors.is_empty() {
        return Err(CodegenErrors(errors));
    }
    let version = &spec.version;
    // Two files may each define a type of one name: each is reachable through its module,
    // and the version's root re-exports every other name.
    let shared = shared_names(&defined);
    let allow = (!shared.is_empty()).then(|| {
        let doc = format!(
            "Several modules define {}: use them through their module.",
            shared.join(", ")
        );
        quote! { #[doc = #doc] #[allow(ambiguous_glob_reexports, unused_imports)] }
    });
    if cx.holds_ids() {
        // After the re-exports' names: the markers are named like the nodes, and reached
        // through `ids`.
        match cx.ids_module() {
            Ok(ids) => {
                let at = modules.partition_point(|m| m.name.as_str() < IDS);
                modules.insert(at, ids);
            }
            Err(mut error) => {
                error.file = "ids".to_owned();
                return Err(CodegenErrors(vec![error]));
            }
        }
    }
    let reexports = modules.iter().filter(|m| m.name != IDS).map(|m| {
        let name = format_ident!("{}", m.name);
        let cfg = m.cfg();
        quote! { #cfg #allow pub use self::#name::*; }
    });
    let version_doc = doc_attrs("The Graph API version these bindings were generated for.");
    let root = quote! {
        #version_doc
        pub const VERSION: &str = #version;
        #(#reexports)*
    };
    Ok(Generated {
        version: version.clone(),
        module_name: version_module_name(version),
        root,
        modules,
    })
}

/// A module's tokens with the runtime imported once, `use ::fbgraph_runtime as rt;`, and every
/// `::fbgraph_runtime::…` path written `rt::…`: shorter lines, fewer of them once formatted.
fn runtime_once(tokens: TokenStream, ids: &TokenStream) -> TokenStream {
    // The inner attributes (`#![doc = …]`) stay first.
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut split = 0;
    while let (Some(TokenTree::Punct(hash)), Some(TokenTree::Punct(bang))) =
        (tokens.get(split), tokens.get(split + 1))
    {
        if hash.as_char() != '#' || bang.as_char() != '!' {
            break;
        }
        split += 3;
    }
    let split = split.min(tokens.len());
    let head: TokenStream = tokens[..split].iter().cloned().collect();
    let tokens: TokenStream = tokens[split..].iter().cloned().collect();
    let body = shorten(tokens);
    quote! {
        #head
        #[allow(unused_imports)]
        use ::fbgraph_runtime as rt;
        #[allow(unused_imports)]
        use #ids;
        #body
    }
}

/// `::fbgraph_runtime` → `rt`, in every group.
fn shorten(tokens: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let (TokenTree::Punct(a), Some(TokenTree::Punct(b)), Some(TokenTree::Ident(id))) =
            (&tokens[i], tokens.get(i + 1), tokens.get(i + 2))
            && a.as_char() == ':'
            && b.as_char() == ':'
            && *id == "fbgraph_runtime"
            && !matches!(out.last(), Some(TokenTree::Ident(_)))
        {
            out.push(TokenTree::Ident(proc_macro2::Ident::new("rt", id.span())));
            i += 3;
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(g) => {
                let mut group = proc_macro2::Group::new(g.delimiter(), shorten(g.stream()));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// A node module with this many calls or more is split: each edge's calls in a submodule of
/// their own file (`page/messenger_profile.rs`).
pub(crate) const SPLIT_AT: usize = 12;

/// Tokens moved one module down (into a part): every path that starts with `super` gets one
/// more, and so does every intra-doc link written `](super::…)`. Names of the module itself
/// come through the part's `use super::*;`.
fn one_level_deeper(tokens: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(id) if *id == "super" => {
                let starts_path = !matches!(
                    (i.checked_sub(1).and_then(|j| tokens.get(j)), i.checked_sub(2).and_then(|j| tokens.get(j))),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':'
                );
                if starts_path {
                    out.extend(quote! { super:: });
                }
                out.push(token.clone());
            }
            TokenTree::Group(g) => {
                let mut group =
                    proc_macro2::Group::new(g.delimiter(), one_level_deeper(g.stream()));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            TokenTree::Literal(lit) => {
                let text = lit.to_string();
                // `](super::` has nothing a string literal escapes: replaced in the literal's
                // source text as it is in its value.
                if text.starts_with('"') && text.contains("](super::") {
                    match text
                        .replace("](super::", "](super::super::")
                        .parse::<proc_macro2::Literal>()
                    {
                        Ok(deeper) => out.push(TokenTree::Literal(deeper)),
                        Err(_) => out.push(token.clone()),
                    }
                } else {
                    out.push(token.clone());
                }
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

/// The Rust name an item defines at its module's top level, if any (a request type, a struct,
/// an enum, a `…Field` enum); the catalogue and webhook sections define several, all
/// distinct from other modules' by construction.
fn item_name(item: &Item<'_>) -> Option<String> {
    Some(match item {
        Item::Output { name, .. } => (*name).to_owned(),
        Item::FieldEnum { name, .. } => names::field_enum_name(name),
        Item::Input { object, .. } | Item::Union { object, .. } => object.name.clone(),
        Item::Call { call, .. } => call.name.clone(),
        Item::Enum { e, .. } | Item::EnumAlias { e, .. } => e.name.clone(),
        Item::Catalogue(_) | Item::Webhooks(_) => return None,
    })
}

/// The names that more than one module defines, sorted.
fn shared_names(defined: &[(String, Vec<String>)]) -> Vec<String> {
    let mut modules_of: std::collections::BTreeMap<&str, usize> = Default::default();
    for (_, names) in defined {
        let mut names: Vec<&str> = names.iter().map(String::as_str).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            *modules_of.entry(name).or_default() += 1;
        }
    }
    modules_of
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(name, _)| name.to_owned())
        .collect()
}

/// The area being generated, with the partition that says where every item lives.
#[derive(Clone, Copy)]
pub(crate) struct Place<'p> {
    pub(crate) partition: &'p Partition,
    /// The area's index in `partition.areas`.
    pub(crate) area: usize,
    /// Whether the shared module's modules are behind the features of the areas that need
    /// them.
    pub(crate) gated: bool,
}

/// Where a type lives, seen from the area being generated.
enum Where {
    /// In this area (or no area is being generated).
    Here,
    /// In the shared module, `common`.
    Common,
    /// In another area, named.
    Elsewhere(String),
}

/// The emitter: turns a lowered spec into tokens, deciding nothing the lowering did not.
pub(crate) struct Cx<'a> {
    ir: &'a Ir<'a>,
    pub(crate) spec: &'a Spec,
    place: Option<Place<'a>>,
    /// The names of the spec's nodes: the markers `ids` holds.
    nodes: std::collections::HashSet<&'a str>,
}

impl<'a> Cx<'a> {
    /// What a type name refers to, and the module that defines it.
    pub(crate) fn lookup(&self, name: &str) -> Option<(&'a str, Named<'a>)> {
        self.ir.lookup(name)
    }

    /// The home (an index into the partition's areas) of a named type of `module`.
    fn home_of(&self, module: &str, bare: &str, named: Named<'_>) -> Option<usize> {
        let place = self.place.as_ref()?;
        let kind = match named {
            Named::Node(_) => ItemKind::Node,
            Named::Object(_) => ItemKind::Object,
            Named::Enum(_) => ItemKind::Enum,
        };
        place
            .partition
            .homes
            .get(&ItemRef::new(kind, module, bare))
            .copied()
    }

    /// Where a named type of `module` lives, seen from the area being generated.
    fn where_is(&self, module: &str, bare: &str, named: Named<'_>) -> Where {
        let (Some(place), Some(home)) = (self.place.as_ref(), self.home_of(module, bare, named))
        else {
            return Where::Here;
        };
        if home == place.area {
            Where::Here
        } else if home == place.partition.shared() {
            Where::Common
        } else {
            Where::Elsewhere(place.partition.areas[home].clone())
        }
    }

    /// Where the node `name` lives, seen from the area being generated; `None` for a type
    /// that is not a node.
    fn node_where(&self, name: &str) -> Option<Where> {
        match self.lookup(name) {
            Some((module, named @ Named::Node(_))) => {
                Some(self.where_is(module, Type::split_name(name).1, named))
            }
            _ => None,
        }
    }

    /// Whether `name` is a node of another area (a `NodeRef` here, whose fields are chosen in
    /// its own area: a call that answers one takes no `fields`).
    fn is_node_elsewhere(&self, name: &str) -> bool {
        matches!(self.node_where(name), Some(Where::Elsewhere(_)))
    }

    /// Whether `ty` is a node (not a list of them) that this generation types in full.
    fn is_node_here(&self, ty: &Type) -> bool {
        let Type::Named(name) = ty else { return false };
        let has_fields =
            matches!(self.lookup(name), Some((_, Named::Node(n))) if !n.fields.is_empty());
        has_fields && matches!(self.node_where(name), Some(Where::Here | Where::Common))
    }

    /// Whether an item of module `here` is generated: all are, unless an area is being
    /// generated and the item lives elsewhere.
    fn is_here(&self, here: &str, item: &Item<'_>) -> bool {
        let Some(place) = self.place.as_ref() else {
            return true;
        };
        let key = |kind, name: &str| ItemRef::new(kind, here, name);
        let shape = |name: &str| {
            let is_node = self
                .lookup(&format!("{here}::{name}"))
                .is_some_and(|(_, n)| matches!(n, Named::Node(_)));
            key(
                if is_node {
                    ItemKind::Node
                } else {
                    ItemKind::Object
                },
                name,
            )
        };
        let item = match item {
            Item::Output { name, .. } | Item::FieldEnum { name, .. } => shape(name),
            Item::Input { object, .. } | Item::Union { object, .. } => {
                key(ItemKind::Object, &object.name)
            }
            Item::Call { call, .. } => key(ItemKind::Call, &call.name),
            Item::Enum { e, .. } | Item::EnumAlias { e, .. } => key(ItemKind::Enum, &e.name),
            Item::Catalogue(_) => key(ItemKind::Section, "errors"),
            Item::Webhooks(_) => key(ItemKind::Section, "webhooks"),
        };
        place.partition.homes.get(&item) == Some(&place.area)
    }

    /// The path of item `ident` of `module`, seen from module `here`.
    fn item_path(
        &self,
        here: &str,
        module: &str,
        ident: &proc_macro2::Ident,
        at: &Where,
    ) -> TokenStream {
        match at {
            Where::Here if module == here => quote! { #ident },
            Where::Common if self.beside_common() => {
                let m = format_ident!("{}", module);
                quote! { super::super::common::#m::#ident }
            }
            _ => {
                let m = format_ident!("{}", module);
                quote! { super::#m::#ident }
            }
        }
    }

    /// The module of one spec file, and its parts when it is split per edge (a node module
    /// with [`SPLIT_AT`] calls or more). An item that cannot be emitted adds its error to
    /// `errors` and is left out, so that the rest is still checked.
    fn module(
        &self,
        module: &IrModule<'_>,
        items_here: &[&Item<'_>],
        errors: &mut Vec<CodegenError>,
    ) -> (TokenStream, Vec<Part>) {
        let file = module.file;
        let here = file.module.as_str();
        let content = &file.content;
        let module_doc = match (&content.node, content.errors.is_empty()) {
            // Meta's machine spec has no node docs.
            (Some(node), _) if node.doc.is_empty() => format!("The `{}` node.", node.name),
            (Some(node), _) => format!("The `{}` node: {}", node.name, node.doc),
            (None, _) if content.webhooks.is_some() => "Webhook notifications: the body Meta POSTs to an app, decoded into typed events. Decode a body into [`Notification`] with `serde_json`, then take its events with `into_events` (the `fbgraph_runtime::webhook::Notification` trait): each a [`WebhookEvent`], a Messenger event (match its `kind`), a change of a subscribed field (match its `value`), or what else an entry held.".to_owned(),
            (None, false) => "The error-code catalogue: every code the reference pages list, with its documented description, and Graph's general transient and throttling codes, each with its class.".to_owned(),
            (None, true) => format!("Items of `{}`.", file.name),
        };
        let module_doc = inner_doc(&module_doc);
        let calls = items_here
            .iter()
            .filter(|i| matches!(i, Item::Call { .. }))
            .count();
        let split = calls >= SPLIT_AT && content.node.is_some();
        let mut items = Vec::new();
        // The parts by edge, in the order their first call comes.
        let mut parts: Vec<(String, Vec<TokenStream>)> = Vec::new();
        for &item in items_here {
            let edge = match item {
                Item::Call { call, .. } if split => edge_module(&call.path, here),
                _ => None,
            };
            let tokens = match item {
                Item::Output { name, doc, fields } => self.output_struct(here, name, doc, fields),
                Item::FieldEnum { name, fields } => self.field_enum(here, name, fields),
                Item::Input {
                    object,
                    doc,
                    params,
                } => self.input_struct(here, object, doc, params),
                Item::Union {
                    object,
                    doc,
                    variants,
                } => self.union(here, object, doc, variants),
                Item::Call {
                    call,
                    returns,
                    params,
                    codes,
                } => self.call(
                    here,
                    content.node.as_ref().map(|n| n.name.as_str()),
                    call,
                    returns,
                    params,
                    codes,
                ),
                Item::Enum { e, variants } => Ok(enum_tokens(e, variants)),
                Item::EnumAlias { e, of } => {
                    let ident = type_ident(&e.name);
                    let target = type_ident(of);
                    let doc = doc_attrs(&format!(
                        "{}\n\nThe same values as [`{of}`], so the same type.",
                        with_note(&e.doc, e.note.as_deref())
                    ));
                    Ok(quote! { #doc pub type #ident = #target; })
                }
                Item::Catalogue(entries) => Ok(self.catalogue(entries)),
                Item::Webhooks(webhooks) => self.webhooks(here, webhooks),
            };
            match (tokens, edge) {
                (Ok(tokens), None) => items.push(tokens),
                (Ok(tokens), Some(edge)) => match parts.iter_mut().find(|(e, _)| *e == edge) {
                    Some((_, part)) => part.push(tokens),
                    None => parts.push((edge, vec![tokens])),
                },
                (Err(mut error), _) => {
                    error.file.clone_from(&file.name);
                    errors.push(error);
                }
            }
        }
        let node = content.node.as_ref().map_or("", |n| n.name.as_str());
        let parts = parts
            .into_iter()
            .map(|(edge, items)| {
                let doc = inner_doc(&format!(
                    "The calls of the `{edge}` edge of the `{node}` node, re-exported by its module."
                ));
                let body = one_level_deeper(shorten(quote! { #(#items)* }));
                Part {
                    name: edge,
                    tokens: quote! {
                        #doc
                        #[allow(unused_imports)]
                        use super::*;
                        #body
                    },
                }
            })
            .collect();
        (quote! { #module_doc #(#items)* }, parts)
    }

    /// The Rust type of a spec type, seen from `here` (the module being generated).
    pub(crate) fn rust_type(&self, here: &str, ty: &Type, item: &str) -> Result<TokenStream> {
        Ok(match ty {
            Type::Scalar(s) => scalar_type(*s),
            Type::List(inner) => {
                let inner = self.rust_type(here, inner, item)?;
                quote! { Vec<#inner> }
            }
            Type::Paged(inner) => {
                let inner = self.rust_type(here, inner, item)?;
                quote! { ::fbgraph_runtime::Paged<#inner> }
            }
            // JSON object keys are text; serde reads and writes integer keys as their digits.
            Type::Map(key, value) => {
                // Integer keys as numbers; any other key (a datetime too) as its text.
                let key = match key.as_ref() {
                    Type::Scalar(Scalar::Integer | Scalar::UnsignedInteger) => {
                        self.rust_type(here, key, item)?
                    }
                    _ => quote! { String },
                };
                let value = self.rust_type(here, value, item)?;
                quote! { ::std::collections::BTreeMap<#key, #value> }
            }
            Type::Named(name) => match self.lookup(name) {
                Some((module, named)) => {
                    let bare = Type::split_name(name).1;
                    let ident = type_ident(bare);
                    match self.where_is(module, bare, named) {
                        // A node of another area, or one this generation leaves out (a subset
                        // keeps a node it does not name without its fields): by id, with what
                        // Graph sent of it.
                        Where::Elsewhere(_) if matches!(named, Named::Node(_)) => {
                            let marker = self.marker(bare);
                            quote! { ::fbgraph_runtime::NodeRef<#marker> }
                        }
                        _ if matches!(named, Named::Node(n) if n.fields.is_empty()) => {
                            let marker = self.marker(bare);
                            quote! { ::fbgraph_runtime::NodeRef<#marker> }
                        }
                        Where::Elsewhere(area) => {
                            return fail(
                                item,
                                format!(
                                    "`{name}` lives in area `{area}`, which this area does not use"
                                ),
                            );
                        }
                        at => self.item_path(here, module, &ident, &at),
                    }
                }
                None => return fail(item, format!("unknown type `{name}`")),
            },
        })
    }

    /// The marker of node `bare` in the version's `ids` module (which every module imports):
    /// the `N` of its `Id<N>`. The markers live in the shared module (`common::ids`), compiled
    /// whichever areas are on, or beside the modules when no area is generated.
    pub(crate) fn marker(&self, bare: &str) -> TokenStream {
        let ident = type_ident(bare);
        quote! { ids::#ident }
    }

    /// The path of the `ids` module, which every module imports: in the shared module, or
    /// beside the modules when no area is generated.
    fn ids_path(&self) -> TokenStream {
        if self.beside_common() {
            quote! { super::super::common::ids }
        } else {
            quote! { super::ids }
        }
    }

    /// Whether an area other than the shared one is generated: its modules reach the shared
    /// module's as `super::super::common::…`; otherwise they are siblings, `super::…`.
    fn beside_common(&self) -> bool {
        self.place
            .as_ref()
            .is_some_and(|p| p.area != p.partition.shared())
    }

    /// `Id<marker>` of node `bare`.
    pub(crate) fn id_type(&self, bare: &str) -> TokenStream {
        let marker = self.marker(bare);
        quote! { ::fbgraph_runtime::Id<#marker> }
    }

    /// A field or parameter the spec says is a node's id (`node`): its Rust type, `Id<ids::N>`
    /// or `Vec<Id<ids::N>>`, with the element type for a list. `None` when the field names no
    /// node, or a node this generation does not hold (a subset leaves it out): it stays text.
    pub(crate) fn node_id(
        &self,
        f: &Field,
        ty: &Type,
    ) -> Option<(TokenStream, Option<TokenStream>)> {
        let node = f.node.as_deref()?;
        if !self.nodes.contains(node) {
            return None;
        }
        let id = self.id_type(node);
        match ty {
            Type::Scalar(Scalar::Id) => Some((id, None)),
            Type::List(inner) if **inner == Type::Scalar(Scalar::Id) => {
                Some((quote! { Vec<#id> }, Some(id)))
            }
            _ => None,
        }
    }

    /// Whether the `ids` module is generated here: without areas, or in the shared module.
    fn holds_ids(&self) -> bool {
        self.place
            .as_ref()
            .is_none_or(|p| p.area == p.partition.shared())
    }

    /// The `ids` module: one uninhabited marker per node of the spec, the `N` of `Id<N>`.
    fn ids_module(&self) -> std::result::Result<Module, CodegenError> {
        let mut seen = std::collections::BTreeMap::new();
        for file in &self.spec.files {
            if file.module == IDS {
                return fail(
                    &file.name,
                    format!(
                        "a spec file's module may not be named `{IDS}`: the node id markers are"
                    ),
                );
            }
            if let Some(node) = &file.content.node
                && let Some(other) = seen.insert(type_ident(&node.name).to_string(), &file.name)
            {
                return fail(
                    &node.name,
                    format!("two nodes make the same marker in `{IDS}`: this one and {other}'s"),
                );
            }
        }
        let markers = seen.keys().map(|name| {
            let ident = format_ident!("{}", name);
            let doc = doc_attrs(&format!(
                "The `{name}` node, as the type its ids are: `Id<ids::{name}>`."
            ));
            quote! { #doc pub enum #ident {} }
        });
        let doc = inner_doc(
            "Node markers: one uninhabited type per node of this version, the `N` of an `Id<N>` \
             or a `NodeRef<N>` (`fbgraph::Id`, `fbgraph::NodeRef`). Compiled whichever areas \
             are on, so an id can name a node whose area is off.",
        );
        Ok(Module {
            name: IDS.to_owned(),
            tokens: quote! { #doc #(#markers)* },
            features: None,
            parts: Vec::new(),
        })
    }

    /// An intra-doc link to a named type, seen from module `here`.
    fn doc_link(&self, here: &str, name: &str) -> String {
        let bare = Type::split_name(name).1;
        match self.lookup(name) {
            Some((_, Named::Node(n))) if n.fields.is_empty() => {
                format!("`{bare}` (a node this generation leaves out, by id)")
            }
            Some((module, named)) => match self.where_is(module, bare, named) {
                Where::Elsewhere(area) => format!("`{bare}` (a node of the `{area}` area, by id)"),
                Where::Common if self.beside_common() => {
                    format!("[`{bare}`](super::super::common::{module}::{bare})")
                }
                _ if module != here => format!("[`{bare}`](super::{module}::{bare})"),
                _ => format!("[`{bare}`]"),
            },
            None => format!("[`{bare}`]"),
        }
    }

    fn returns_doc(&self, here: &str, ty: &Type) -> String {
        match ty {
            Type::Paged(inner) => match inner.named() {
                Some(name) => format!(
                    "a [`Paged`](::fbgraph_runtime::Paged) list of {}",
                    self.doc_link(here, name)
                ),
                None => format!("`{ty}`"),
            },
            Type::Named(name) => self.doc_link(here, name),
            other => format!("`{other}`"),
        }
    }
}

fn scalar_type(s: Scalar) -> TokenStream {
    match s {
        Scalar::String
        | Scalar::Utf8String
        | Scalar::NumericString
        | Scalar::Url
        | Scalar::CurrencyCode
        | Scalar::Id => quote! { String },
        Scalar::NumericStringOrInteger => quote! { ::fbgraph_runtime::NumericString },
        Scalar::Integer => quote! { i64 },
        Scalar::UnsignedInteger => quote! { u64 },
        Scalar::Float => quote! { f64 },
        Scalar::Bool => quote! { bool },
        Scalar::DateTime => quote! { ::fbgraph_runtime::DateTime },
        Scalar::Json => quote! { ::fbgraph_runtime::__private::serde_json::Value },
        Scalar::File => quote! { ::fbgraph_runtime::Upload },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part sits one module below its node's module: paths out of it and intra-doc links
    /// get one more `super`, and nothing else changes.
    #[test]
    fn a_part_reaches_out_one_level_further() {
        let tokens = quote! {
            #[doc = "Answers [`Persona`](super::persona::Persona), see [`Page`]."]
            pub struct X { a: super::persona::Persona, b: super::super::common::ids::Page, c: rt::Id<ids::Page> }
        };
        let deeper = one_level_deeper(tokens).to_string();
        assert!(
            deeper.contains("(super::super::persona::Persona)"),
            "{deeper}"
        );
        assert!(
            deeper.contains("a : super :: super :: persona :: Persona"),
            "{deeper}"
        );
        assert!(
            deeper.contains("b : super :: super :: super :: common :: ids :: Page"),
            "{deeper}"
        );
        assert!(deeper.contains("c : rt :: Id < ids :: Page >"), "{deeper}");
        assert!(deeper.contains("see [`Page`]"), "{deeper}");
    }
}
