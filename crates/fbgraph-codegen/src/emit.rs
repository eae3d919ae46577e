//! Spec → tokens.

use fbgraph_spec::names;
use fbgraph_spec::{
    Call, Enum, ErrorClass, ErrorCode, Field, Method, Named, Object, Scalar, Spec, Type,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::lower::{Ir, IrField, IrModule, IrParams, Item, UNKNOWN_FIELDS, lower};
use crate::names::{field_ident, pascal, placeholder_ident, type_ident, version_module_name};
use crate::{CodegenError, CodegenErrors, Generated, Module};

type Result<T> = std::result::Result<T, CodegenError>;

fn fail<T>(item: impl Into<String>, message: impl Into<String>) -> Result<T> {
    Err(CodegenError {
        item: item.into(),
        message: message.into(),
    })
}

pub(crate) fn fail_at<T>(item: impl Into<String>, message: impl Into<String>) -> Result<T> {
    fail(item, message)
}

pub(crate) fn generate(spec: &Spec) -> std::result::Result<Generated, CodegenErrors> {
    let ir = lower(spec).map_err(CodegenErrors)?;
    let cx = Cx { ir: &ir, spec };
    let mut modules = Vec::new();
    let mut errors = Vec::new();
    for module in &ir.modules {
        let tokens = cx.module(module, &mut errors);
        modules.push(Module {
            name: module.file.module.clone(),
            tokens,
        });
    }
    if !errors.is_empty() {
        return Err(CodegenErrors(errors));
    }
    let version = &spec.version;
    let reexports = modules.iter().map(|m| {
        let name = format_ident!("{}", m.name);
        quote! { pub use self::#name::*; }
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

/// The emitter: turns a lowered spec into tokens, deciding nothing the lowering did not.
pub(crate) struct Cx<'a> {
    ir: &'a Ir<'a>,
    pub(crate) spec: &'a Spec,
}

impl<'a> Cx<'a> {
    /// What a type name refers to, and the module that defines it.
    pub(crate) fn lookup(&self, name: &str) -> Option<(&'a str, Named<'a>)> {
        self.ir.lookup(name)
    }

    /// The module of one spec file. An item that cannot be emitted adds its error to
    /// `errors` and is left out, so that the rest is still checked.
    fn module(&self, module: &IrModule<'_>, errors: &mut Vec<CodegenError>) -> TokenStream {
        let file = module.file;
        let here = file.module.as_str();
        let content = &file.content;
        let module_doc = match (&content.node, content.errors.is_empty()) {
            (Some(node), _) => format!("The `{}` node: {}", node.name, node.doc),
            (None, _) if content.webhooks.is_some() => "Webhook notifications: the body Meta POSTs to an app, decoded into typed events. Decode a body into [`Notification`] with `serde_json`, then take its events with `into_events` (the `fbgraph_runtime::webhook::Notification` trait) and match each event's `kind`.".to_owned(),
            (None, false) => "The error-code catalogue: every code the reference pages list, with its documented description, and Graph's general transient and throttling codes, each with its class.".to_owned(),
            (None, true) => format!("Items of `{}`.", file.name),
        };
        let module_doc = inner_doc(&module_doc);
        let mut items = Vec::new();
        for item in &module.items {
            let tokens = match item {
                Item::Output { name, doc, fields } => self.output_struct(here, name, doc, fields),
                Item::FieldEnum { name, fields } => self.field_enum(here, name, fields),
                Item::Input {
                    object,
                    doc,
                    params,
                } => self.input_struct(here, object, doc, params),
                Item::Call {
                    call,
                    returns,
                    params,
                    codes,
                } => self.call(here, call, returns, params, codes),
                Item::Enum { e, variants } => Ok(enum_tokens(e, variants)),
                Item::Catalogue(entries) => Ok(self.catalogue(entries)),
                Item::Webhooks(webhooks) => self.webhooks(here, webhooks),
            };
            match tokens {
                Ok(tokens) => items.push(tokens),
                Err(error) => errors.push(error),
            }
        }
        quote! { #module_doc #(#items)* }
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
            Type::Named(name) => match self.lookup(name) {
                Some((module, _)) => {
                    let ident = type_ident(name);
                    if module == here {
                        quote! { #ident }
                    } else {
                        let module = format_ident!("{}", module);
                        quote! { super::#module::#ident }
                    }
                }
                None => return fail(item, format!("unknown type `{name}`")),
            },
        })
    }

    /// A response shape: every field optional (Graph omits fields without data), unknown
    /// fields kept. Deserialized in one pass through `fbgraph_runtime::de::Fields` (serde's
    /// `flatten` would buffer every struct first).
    pub(crate) fn output_struct(
        &self,
        here: &str,
        name: &str,
        doc_text: &str,
        fields: &[IrField<'_>],
    ) -> Result<TokenStream> {
        let ident = type_ident(name);
        let doc = doc_attrs(doc_text);
        let mut members = Vec::new();
        let mut arms = Vec::new();
        for IrField { field: f, ty } in fields {
            let item = format!("{name}.{}", f.name);
            let ty = self.rust_type(here, ty, &item)?;
            let fident = field_ident(&f.name);
            let fdoc = doc_attrs(&field_doc(f));
            let wire = &f.name;
            members.push(quote! {
                #fdoc
                #[serde(skip_serializing_if = "Option::is_none")]
                pub #fident: Option<#ty>,
            });
            arms.push(quote! { #wire => self.#fident = map.next_value()?, });
        }
        let unknown = field_ident(UNKNOWN_FIELDS);
        Ok(quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, Default, ::fbgraph_runtime::__private::serde::Serialize)]
            #[serde(crate = "::fbgraph_runtime::__private::serde")]
            #[non_exhaustive]
            pub struct #ident {
                #(#members)*
                /// Fields Graph returned that this version's spec does not list, kept as they came.
                #[serde(flatten)]
                pub #unknown: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            }

            impl ::fbgraph_runtime::de::Fields for #ident {
                const NAME: &'static str = #name;

                fn field<'de, A: ::fbgraph_runtime::__private::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        #(#arms)*
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn unknown_fields(&mut self) -> &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value> {
                    &mut self.#unknown
                }
            }

            impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    ::fbgraph_runtime::de::deserialize_fields(deserializer)
                }
            }
        })
    }

    /// The path of a type's `…Field` enum, seen from module `here`.
    fn field_enum_path(&self, here: &str, name: &str) -> Option<TokenStream> {
        if !self.ir.selectable.contains(name) {
            return None;
        }
        let (module, _) = self.lookup(name)?;
        let ident = format_ident!("{}", names::field_enum_name(name));
        Some(if module == here {
            quote! { #ident }
        } else {
            let m = format_ident!("{}", module);
            quote! { super::#m::#ident }
        })
    }

    /// The `…Field` enum used to choose fields of a node or output object, with a
    /// constructor per field whose type has fields of its own, for a nested selection.
    fn field_enum(&self, here: &str, name: &str, fields: &[IrField<'_>]) -> Result<TokenStream> {
        let ident = format_ident!("{}", names::field_enum_name(name));
        let doc = doc_attrs(&format!(
            "A field of [`{name}`], for the `fields` parameter. Plain values select a field; \
             the lowercase constructors select a field with its own fields (`messages{{message,from}}`)."
        ));
        let variants: Vec<_> = fields
            .iter()
            .map(|f| format_ident!("{}", pascal(&f.field.name)))
            .collect();
        let docs = fields
            .iter()
            .map(|f| doc_attrs(&format!("`{}`: {}", f.field.name, f.field.doc)));
        let wires: Vec<&str> = fields.iter().map(|f| f.field.name.as_str()).collect();
        let mut nested = Vec::new();
        for (IrField { field: f, ty }, variant) in fields.iter().zip(&variants) {
            let Some(inner) = ty.named() else { continue };
            let Some(inner_enum) = self.field_enum_path(here, inner) else {
                continue;
            };
            let method = field_ident(&f.name);
            let doc = doc_attrs(&format!(
                "`{}` with a selection of its fields, such as `{}{{…}}`; add `.limit(n)` for a list.",
                f.name, f.name
            ));
            nested.push(quote! {
                #doc
                pub fn #method(fields: impl IntoIterator<Item = impl Into<::fbgraph_runtime::Select<#inner_enum>>>) -> ::fbgraph_runtime::Select<Self> {
                    ::fbgraph_runtime::Select::nested(Self::#variant, fields)
                }
            });
        }
        Ok(quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #[non_exhaustive]
            pub enum #ident {
                #(#docs #variants,)*
            }

            impl #ident {
                /// Every field, in the spec's order.
                pub const ALL: &'static [Self] = &[#(Self::#variants),*];

                /// The field's name on the wire.
                pub fn as_str(self) -> &'static str {
                    match self {
                        #(Self::#variants => #wires,)*
                    }
                }

                #(#nested)*
            }

            impl ::fbgraph_runtime::FieldName for #ident {
                fn name(self) -> &'static str {
                    self.as_str()
                }
            }

            impl AsRef<str> for #ident {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }

            impl ::std::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        })
    }

    /// A parameter object: required fields are constructor arguments, a `one_of` group gives
    /// one constructor per alternative, the rest are setters.
    fn input_struct(
        &self,
        here: &str,
        object: &Object,
        doc_text: &str,
        params: &IrParams<'_>,
    ) -> Result<TokenStream> {
        let ident = type_ident(&object.name);
        let doc = doc_attrs(doc_text);
        let params = self.params(here, params)?;
        let members = params.members();
        let ctors = params.constructors(&[], &[], quote! {});
        let setters = params.setters();
        // With nothing required, `new()` takes no argument and is the default.
        let default = params
            .params
            .iter()
            .all(|p| p.role == Role::Optional)
            .then(|| {
                quote! {
                    impl Default for #ident {
                        fn default() -> Self {
                            Self::new()
                        }
                    }
                }
            });
        Ok(quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, ::fbgraph_runtime::__private::serde::Serialize)]
            #[serde(crate = "::fbgraph_runtime::__private::serde")]
            pub struct #ident {
                #(#members)*
            }

            impl #ident {
                #(#ctors)*
                #(#setters)*
            }

            #default
        })
    }

    fn params<'f>(&self, here: &str, lowered: &'f IrParams<'f>) -> Result<Params<'f>> {
        let owner = lowered.owner;
        let group: Vec<&str> = lowered
            .one_of
            .map(|g| g.fields.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut out = Vec::new();
        for IrField { field: f, ty } in &lowered.fields {
            let item = format!("{owner}.{}", f.name);
            let tokens = self.rust_type(here, ty, &item)?;
            let role = if f.required {
                Role::Required
            } else if group.contains(&f.name.as_str()) {
                Role::Alternative
            } else {
                Role::Optional
            };
            let elem = match ty {
                Type::List(inner) => Some(self.rust_type(here, inner, &item)?),
                _ => None,
            };
            // Enums, objects, numbers and bools are taken as themselves: `impl Into<i64>`
            // would make a bare literal an `i32`, and too large a timestamp not compile.
            let concrete = |t: &Type| {
                matches!(
                    t,
                    Type::Named(_) | Type::Scalar(Scalar::Integer | Scalar::Float | Scalar::Bool)
                )
            };
            let named = match ty {
                Type::List(inner) => concrete(inner),
                other => concrete(other),
            };
            out.push(Param {
                field: f,
                tokens,
                elem,
                named,
                role,
            });
        }
        Ok(Params {
            owner: owner.to_owned(),
            params: out,
            one_of_note: lowered.one_of.and_then(|g| g.note.clone()),
            extra_members: Vec::new(),
            extra_names: Vec::new(),
            extra_setters: Vec::new(),
        })
    }

    fn call(
        &self,
        here: &str,
        call: &Call,
        returns: &Type,
        params: &IrParams<'_>,
        codes: &[&ErrorCode],
    ) -> Result<TokenStream> {
        let ident = type_ident(&call.name);
        let response = self.rust_type(here, returns, &call.name)?;
        let mut params = self.params(here, params)?;

        // What Graph gives every GET: `fields` on what it returns, and cursors on lists.
        if call.method == Method::Get {
            if let Some(name) = returns.named() {
                let Some(field_ty) = self.field_enum_path(here, name) else {
                    return fail(&call.name, format!("`{name}` has no fields to select"));
                };
                params.extra_members.push(quote! {
                    #[serde(serialize_with = "::fbgraph_runtime::comma_joined", skip_serializing_if = "Option::is_none")]
                    fields: Option<Vec<::fbgraph_runtime::Select<#field_ty>>>,
                });
                params.extra_names.push(format_ident!("fields"));
                let setter_doc = doc_attrs(&format!(
                    "The fields to return; without it Graph returns the default fields of {}. \
                     Mix plain fields and nested selections with `.into()`: \
                     `[Field::Id.into(), Field::messages([…]).limit(5)]`.",
                    self.doc_link(here, name)
                ));
                params.extra_setters.push(quote! {
                    #setter_doc
                    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<::fbgraph_runtime::Select<#field_ty>>>) -> Self {
                        self.fields = Some(fields.into_iter().map(Into::into).collect());
                        self
                    }
                });
            }
            if matches!(returns, Type::Paged(_)) {
                params.extra_members.push(quote! {
                    #[serde(skip_serializing_if = "Option::is_none")]
                    limit: Option<u32>,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    after: Option<String>,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    before: Option<String>,
                });
                params
                    .extra_names
                    .extend(["limit", "after", "before"].map(|n| format_ident!("{}", n)));
                params.extra_setters.push(quote! {
                    /// The most items a page holds; Graph may return fewer.
                    pub fn limit(mut self, limit: u32) -> Self {
                        self.limit = Some(limit);
                        self
                    }

                    /// Start after this cursor (`paging.cursors.after` of the previous page).
                    pub fn after(mut self, cursor: impl Into<String>) -> Self {
                        self.after = Some(cursor.into());
                        self
                    }

                    /// End before this cursor (`paging.cursors.before` of the next page).
                    pub fn before(mut self, cursor: impl Into<String>) -> Self {
                        self.before = Some(cursor.into());
                        self
                    }
                });
            }
        }

        // Path placeholders come first among the constructor's arguments.
        let placeholders: Vec<&str> = call
            .path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let ids: Vec<_> = placeholders.iter().map(|p| placeholder_ident(p)).collect();
        let id_members = ids.iter().map(|id| quote! { #[serde(skip)] #id: String, });
        let path_format = call
            .path
            .split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let path_args = ids
            .iter()
            .map(|id| quote! { ::fbgraph_runtime::encode_path_segment(&self.#id) });
        let id_args: Vec<TokenStream> = ids
            .iter()
            .map(|id| quote! { #id: impl Into<String> })
            .collect();
        let id_inits = ids
            .iter()
            .map(|id| quote! { #id: #id.into(), })
            .collect::<Vec<_>>();
        let ctor_prefix_init = quote! { #(#id_inits)* };

        let members = params.members();
        let id_docs: Vec<String> = placeholders
            .iter()
            .map(|p| format!("- `{}`: the `{{{p}}}` of the path.", p.replace('-', "_")))
            .collect();
        let ctors = params.constructors(&id_args, &id_docs, ctor_prefix_init);
        let setters = params.setters();
        let method_str = call.method.as_str();
        let method = match call.method {
            Method::Get => quote! { ::fbgraph_runtime::Method::Get },
            Method::Post => quote! { ::fbgraph_runtime::Method::Post },
            Method::Delete => quote! { ::fbgraph_runtime::Method::Delete },
        };
        let name = &call.name;
        let code_ident = format_ident!("{}", names::error_code_enum_name(&call.name));
        let mut doc_text = with_note(&call.doc, call.note.as_deref());
        doc_text.push_str(&format!(
            "\n\n`{method_str} /{}{}`",
            self.spec.version, call.path
        ));
        if let Some(reference) = &call.reference {
            doc_text.push_str(&format!(" — reference page `{reference}`"));
        }
        doc_text.push_str(&format!(
            ". Answers {}; errors carry a [`{}`].",
            self.returns_doc(here, returns),
            code_ident
        ));
        let doc = doc_attrs(&doc_text);
        let codes = call_error_codes(call, &code_ident, codes);
        Ok(quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, ::fbgraph_runtime::__private::serde::Serialize)]
            #[serde(crate = "::fbgraph_runtime::__private::serde")]
            #[must_use = "a request does nothing until it is sent with a Client"]
            pub struct #ident {
                #(#id_members)*
                #(#members)*
            }

            impl #ident {
                #(#ctors)*
                #(#setters)*
            }

            impl ::fbgraph_runtime::Endpoint for #ident {
                type Response = #response;
                type ErrorCode = #code_ident;
                const METHOD: ::fbgraph_runtime::Method = #method;
                const NAME: &'static str = #name;
                const VERSION: &'static str = super::VERSION;

                fn path(&self) -> String {
                    format!(#path_format, #(#path_args),*)
                }
            }

            #codes
        })
    }

    /// An intra-doc link to a named type, seen from module `here`.
    fn doc_link(&self, here: &str, name: &str) -> String {
        match self.lookup(name) {
            Some((module, _)) if module != here => format!("[`{name}`](super::{module}::{name})"),
            _ => format!("[`{name}`]"),
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

    /// The whole catalogue as `GraphErrorCode`, with each code's class.
    fn catalogue(&self, entries: &[&ErrorCode]) -> TokenStream {
        let variants = entries.iter().map(|e| format_ident!("{}", e.name));
        let classes = entries.iter().map(|e| {
            let c = format_ident!("{}", class_name(e.class));
            quote! { ErrorClass::#c }
        });
        let catalogue = format_ident!("{}", names::CATALOGUE_ENUM);
        let codes = code_enum(
            &catalogue,
            "Every error code of the catalogue, whichever call it came from.",
            "A code the catalogue does not list.",
            entries,
        );
        quote! {
            /// What kind of failure an error code is.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum ErrorClass {
                /// Something went wrong on Graph's side; retrying may help.
                Transient,
                /// A rate limit was hit; retrying after a wait helps.
                Throttling,
                /// The access token or the request's signature is wrong.
                Auth,
                /// The app or token lacks a permission.
                Permission,
                /// The request itself is wrong, or cannot be done now.
                Request,
            }

            #codes

            impl #catalogue {
                /// What kind of failure the code is, when the catalogue lists it.
                pub fn class(&self) -> Option<ErrorClass> {
                    match self {
                        #(Self::#variants => Some(#classes),)*
                        Self::Other(_) => None,
                    }
                }
            }
        }
    }
}

/// The error codes a call documents, as an enum.
fn call_error_codes(
    call: &Call,
    ident: &proc_macro2::Ident,
    entries: &[&ErrorCode],
) -> TokenStream {
    let mut doc = format!(
        "The error codes the reference page lists for [`{}`], with their documented meaning.",
        call.name
    );
    if entries.is_empty() {
        doc.push_str("\n\nThe page lists none, so every code is `Other`.");
    }
    code_enum(
        ident,
        &doc,
        "A code the reference page does not list for this call.",
        entries,
    )
}

/// An enum of error codes with an `Other(i64)` catch-all, and its `ErrorCode` impl.
fn code_enum(
    ident: &proc_macro2::Ident,
    doc: &str,
    other_doc: &str,
    entries: &[&fbgraph_spec::ErrorCode],
) -> TokenStream {
    let doc = doc_attrs(doc);
    let other_doc = doc_attrs(other_doc);
    let variants: Vec<_> = entries
        .iter()
        .map(|e| format_ident!("{}", e.name))
        .collect();
    let docs = entries
        .iter()
        .map(|e| doc_attrs(&format!("`{}`: {}", e.code, e.description)));
    let codes: Vec<_> = entries
        .iter()
        .map(|e| proc_macro2::Literal::i64_unsuffixed(e.code))
        .collect();
    let descriptions = entries.iter().map(|e| e.description.as_str());
    // With no listed codes a `match` would have one arm; clippy prefers plain code.
    let (from_code, code, description) = if entries.is_empty() {
        (
            quote! { Self::Other(code) },
            quote! { let Self::Other(code) = self; *code },
            quote! { None },
        )
    } else {
        (
            quote! {
                match code {
                    #(#codes => Self::#variants,)*
                    other => Self::Other(other),
                }
            },
            quote! {
                match self {
                    #(Self::#variants => #codes,)*
                    Self::Other(code) => *code,
                }
            },
            quote! {
                match self {
                    #(Self::#variants => Some(#descriptions),)*
                    Self::Other(_) => None,
                }
            },
        )
    };
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #ident {
            #(#docs #variants,)*
            #other_doc
            Other(i64),
        }

        impl ::fbgraph_runtime::ErrorCode for #ident {
            fn from_code(code: i64) -> Self {
                #from_code
            }

            fn code(&self) -> i64 {
                #code
            }

            fn description(&self) -> Option<&'static str> {
                #description
            }
        }
    }
}

fn class_name(class: ErrorClass) -> &'static str {
    match class {
        ErrorClass::Transient => "Transient",
        ErrorClass::Throttling => "Throttling",
        ErrorClass::Auth => "Auth",
        ErrorClass::Permission => "Permission",
        ErrorClass::Request => "Request",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Required,
    Alternative,
    Optional,
}

struct Param<'f> {
    field: &'f Field,
    /// The field's Rust type.
    tokens: TokenStream,
    /// For `list<T>`, the Rust type of `T`: setters take any iterator of it.
    elem: Option<TokenStream>,
    /// Whether the value (or list element) is taken as its own type rather than `impl Into`:
    /// enums, objects, numbers and bools.
    named: bool,
    role: Role,
}

struct Params<'f> {
    owner: String,
    params: Vec<Param<'f>>,
    /// Why exactly one of the alternatives is sent (the spec's `one_of` note).
    one_of_note: Option<String>,
    /// Members Graph gives every call of a kind (`fields`, `limit`, …), all optional.
    extra_members: Vec<TokenStream>,
    /// Their names, set to `None` by the constructors.
    extra_names: Vec<proc_macro2::Ident>,
    extra_setters: Vec<TokenStream>,
}

impl Params<'_> {
    fn members(&self) -> Vec<TokenStream> {
        let mut out: Vec<TokenStream> = self
            .params
            .iter()
            .map(|p| {
                let ident = field_ident(&p.field.name);
                let ty = &p.tokens;
                if p.role == Role::Required {
                    quote! { #ident: #ty, }
                } else {
                    quote! {
                        #[serde(skip_serializing_if = "Option::is_none")]
                        #ident: Option<#ty>,
                    }
                }
            })
            .collect();
        out.extend(self.extra_members.iter().cloned());
        out
    }

    /// The argument a value of this parameter is given as, and how it becomes the field's type.
    ///
    /// Strings take `impl Into<…>` (`&str` or `String`, `u64` for a `NumericString`); enums,
    /// objects, numbers and bools take the type itself, so that a wrong one is "expected
    /// `MessagingType`, found `NotificationType`" rather than a missing `From` impl.
    fn argument(p: &Param) -> (TokenStream, TokenStream) {
        let ident = field_ident(&p.field.name);
        match (&p.elem, p.named) {
            (Some(elem), false) => (
                quote! { #ident: impl IntoIterator<Item = impl Into<#elem>> },
                quote! { #ident.into_iter().map(Into::into).collect() },
            ),
            (Some(elem), true) => (
                quote! { #ident: impl IntoIterator<Item = #elem> },
                quote! { #ident.into_iter().collect() },
            ),
            (None, false) => {
                let ty = &p.tokens;
                (quote! { #ident: impl Into<#ty> }, quote! { #ident.into() })
            }
            (None, true) => {
                let ty = &p.tokens;
                (quote! { #ident: #ty }, quote! { #ident })
            }
        }
    }

    /// The constructors; `prefix_*` are the path placeholders, which come first, with their docs.
    fn constructors(
        &self,
        prefix_args: &[TokenStream],
        prefix_docs: &[String],
        prefix_init: TokenStream,
    ) -> Vec<TokenStream> {
        let required: Vec<&Param> = self
            .params
            .iter()
            .filter(|p| p.role == Role::Required)
            .collect();
        let alternatives: Vec<&Param> = self
            .params
            .iter()
            .filter(|p| p.role == Role::Alternative)
            .collect();
        let mut args: Vec<TokenStream> = prefix_args.to_vec();
        let mut inits = vec![prefix_init];
        for p in &required {
            let (arg, conv) = Self::argument(p);
            let ident = field_ident(&p.field.name);
            args.push(arg);
            if p.named && p.elem.is_none() {
                inits.push(quote! { #ident, });
            } else {
                inits.push(quote! { #ident: #conv, });
            }
        }
        let extra_inits = self.extra_members_init();
        let build = |name: proc_macro2::Ident, chosen: Option<&Param>, doc_text: String| {
            let mut args = args.clone();
            let mut inits = inits.clone();
            for p in self.params.iter().filter(|p| p.role != Role::Required) {
                let ident = field_ident(&p.field.name);
                match chosen {
                    Some(c) if c.field.name == p.field.name => {
                        let (arg, conv) = Self::argument(p);
                        args.push(arg);
                        inits.push(quote! { #ident: Some(#conv), });
                    }
                    _ => inits.push(quote! { #ident: None, }),
                }
            }
            let doc = doc_attrs(&doc_text);
            quote! {
                #doc
                pub fn #name(#(#args),*) -> Self {
                    Self {
                        #(#inits)*
                        #extra_inits
                    }
                }
            }
        };
        // Each argument is listed with its doc from the spec.
        let arguments = |chosen: Option<&Param>| {
            let mut lines: Vec<String> = prefix_docs.to_vec();
            for p in required.iter().copied().chain(chosen) {
                let text = one_line(&field_doc(p.field));
                lines.push(format!("- `{}`: {text}", p.field.name));
            }
            lines.join("\n")
        };
        if alternatives.is_empty() {
            let text = if required.is_empty() && prefix_docs.is_empty() {
                format!(
                    "Creates {}; set what you need with the setters.",
                    a(&self.owner)
                )
            } else {
                format!(
                    "Creates {} with what it requires:\n\n{}",
                    a(&self.owner),
                    arguments(None)
                )
            };
            vec![build(format_ident!("new"), None, text)]
        } else {
            let names: Vec<String> = alternatives
                .iter()
                .map(|p| format!("`{}`", p.field.name))
                .collect();
            alternatives
                .iter()
                .map(|p| {
                    let mut text = format!(
                        "Creates {} with `{}`:\n\n{}\n\nExactly one of {} is sent, so each has its own constructor.",
                        a(&self.owner),
                        p.field.name,
                        arguments(Some(p)),
                        names.join(", ")
                    );
                    if let Some(note) = &self.one_of_note {
                        text.push(' ');
                        text.push_str(note);
                    }
                    build(field_ident(&p.field.name), Some(p), text)
                })
                .collect()
        }
    }

    fn extra_members_init(&self) -> TokenStream {
        let names = &self.extra_names;
        quote! { #(#names: None,)* }
    }

    fn setters(&self) -> Vec<TokenStream> {
        let mut out: Vec<TokenStream> = self
            .params
            .iter()
            .filter(|p| p.role == Role::Optional)
            .map(|p| {
                let ident = field_ident(&p.field.name);
                let (arg, conv) = Self::argument(p);
                let doc = doc_attrs(&field_doc(p.field));
                quote! {
                    #doc
                    pub fn #ident(mut self, #arg) -> Self {
                        self.#ident = Some(#conv);
                        self
                    }
                }
            })
            .collect();
        out.extend(self.extra_setters.iter().cloned());
        out
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
        Scalar::Float => quote! { f64 },
        Scalar::Bool => quote! { bool },
        Scalar::DateTime => quote! { ::fbgraph_runtime::DateTime },
        Scalar::Json => quote! { ::fbgraph_runtime::__private::serde_json::Value },
    }
}

/// An enum of wire values with an `Unknown(String)` fallback, (de)serialized as its value.
fn enum_tokens(e: &Enum, variants: &[String]) -> TokenStream {
    let ident = type_ident(&e.name);
    let doc = doc_attrs(&with_note(&e.doc, e.note.as_deref()));
    let variants: Vec<_> = variants.iter().map(|v| format_ident!("{}", v)).collect();
    let docs = e
        .values
        .iter()
        .map(|v| doc_attrs(&format!("`{}`: {}", v.value, v.doc)));
    let wires: Vec<&str> = e.values.iter().map(|v| v.value.as_str()).collect();
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #ident {
            #(#docs #variants,)*
            /// A value this version's spec does not list, kept as Graph sent it.
            Unknown(String),
        }

        impl #ident {
            /// Every value the spec lists, in its order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    Self::Unknown(value) => value,
                }
            }

            /// The variant for a wire value: exact, then ignoring case, else `Unknown`.
            pub fn from_wire(value: &str) -> Self {
                match value {
                    #(#wires => Self::#variants,)*
                    other => Self::ALL
                        .iter()
                        .find(|v| v.as_str().eq_ignore_ascii_case(other))
                        .cloned()
                        .unwrap_or_else(|| Self::Unknown(other.to_owned())),
                }
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;

            /// Never fails: a value the spec does not list becomes `Unknown`.
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(value))
            }
        }

        impl ::fbgraph_runtime::__private::serde::Serialize for #ident {
            fn serialize<S: ::fbgraph_runtime::__private::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::fbgraph_runtime::__private::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from_wire(&value))
            }
        }
    }
}

/// "a `Recipient`", "an `Attachment`".
fn a(name: &str) -> String {
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("{article} `{name}`")
}

/// Paragraphs joined into one line, each ending as a sentence.
fn one_line(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            let p = p.trim();
            if p.ends_with(['.', '!', '?']) {
                p.to_owned()
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn with_note(doc: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{doc}\n\nNote: {note}"),
        None => doc.to_owned(),
    }
}

pub(crate) fn field_doc(f: &Field) -> String {
    let mut text = with_note(&f.doc, f.note.as_deref());
    let mut facts = Vec::new();
    if f.required {
        facts.push("Required.".to_owned());
    }
    if let Some(default) = &f.default {
        let shown = default
            .as_str()
            .map_or_else(|| default.to_string(), str::to_owned);
        facts.push(format!("Defaults to `{shown}`."));
    }
    if f.supports_emoji {
        facts.push("Supports emoji.".to_owned());
    }
    if f.default_field {
        facts.push("Returned by default.".to_owned());
    }
    if !facts.is_empty() {
        text.push_str("\n\n");
        text.push_str(&facts.join(" "));
    }
    text
}

/// Outer doc attributes, one per line; bare URLs become autolinks so rustdoc accepts them.
pub(crate) fn doc_attrs(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #(#[doc = #lines])* }
}

/// Inner doc attributes, for the top of a module.
fn inner_doc(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #(#![doc = #lines])* }
}

fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = autolink(line);
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

fn autolink(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                let end = word.trim_end_matches(['.', ',', ')', ';']);
                format!("<{end}>{}", &word[end.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
