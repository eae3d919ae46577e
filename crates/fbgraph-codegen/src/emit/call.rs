//! Calls: the request type with its constructors and setters, its `Endpoint` impl, and the
//! parameter lists of calls and parameter objects.

use super::*;

impl Cx<'_> {
    pub(super) fn params<'f>(&self, here: &str, lowered: &'f IrParams<'f>) -> Result<Params<'f>> {
        let owner = lowered.owner;
        let group: Vec<&str> = lowered
            .one_of
            .map(|g| g.fields.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut out = Vec::new();
        for IrField { field: f, ty } in &lowered.fields {
            let item = format!("{owner}.{}", f.name);
            let node_id = self.node_id(f, ty);
            let tokens = match &node_id {
                Some((tokens, _)) => tokens.clone(),
                None => self.rust_type(here, ty, &item)?,
            };
            let role = if f.required {
                Role::Required
            } else if group.contains(&f.name.as_str()) {
                Role::Alternative
            } else {
                Role::Optional
            };
            let elem = match (ty, &node_id) {
                (_, Some((_, elem))) => elem.clone(),
                (Type::List(inner), None) => Some(self.rust_type(here, inner, &item)?),
                _ => None,
            };
            // Enums, objects, numbers and bools are taken as themselves: `impl Into<i64>`
            // would make a bare literal an `i32`, and too large a timestamp not compile.
            let concrete = |t: &Type| {
                matches!(
                    t,
                    Type::Named(_)
                        | Type::Scalar(
                            Scalar::Integer
                                | Scalar::UnsignedInteger
                                | Scalar::Float
                                | Scalar::Bool
                                | Scalar::File
                        )
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
                file: *ty == Type::Scalar(Scalar::File),
                rules: Vec::new(),
                implies: Vec::new(),
            });
        }
        // The rules between parameters: each is said in the docs of the parameters it names,
        // and "given `a`, `b` must have value V" is also done by `a`'s setter, which sets `b`
        // (`tag(…)` sets `messaging_type` to `MESSAGE_TAG`).
        for rule in lowered.rules {
            let (when, then) = (
                fbgraph_spec::Rule::condition(&rule.when),
                fbgraph_spec::Rule::condition(&rule.then),
            );
            let show = |c: &fbgraph_spec::Condition| match c.value {
                Some(v) => format!("`{}` is `{v}`", c.param),
                None => format!("`{}` is given", c.param),
            };
            let mut text = format!("When {}, {} too.", show(&when), show(&then))
                .replace(" is given too.", " must be given too.");
            if let Some(note) = &rule.note {
                text.push(' ');
                text.push_str(note);
            }
            let implied = match (when.value, then.value) {
                (None, Some(value)) => {
                    let target = lowered.fields.iter().zip(out.iter()).find(|(f, p)| {
                        f.field.name == then.param && p.role == Role::Optional && p.elem.is_none()
                    });
                    match target.map(|(f, p)| (&f.ty, p)) {
                        Some((Type::Named(name), p)) => match self.lookup(name) {
                            Some((_, Named::Enum(e))) => e
                                .values
                                .iter()
                                .find(|v| v.value.eq_ignore_ascii_case(value))
                                .map(|v| {
                                    let ident = field_ident(then.param);
                                    let ty = &p.tokens;
                                    let variant =
                                        format_ident!("{}", names::variant_name(&v.value));
                                    quote! { self.#ident = Some(#ty::#variant); }
                                }),
                            _ => None,
                        },
                        _ => None,
                    }
                }
                _ => None,
            };
            for p in out.iter_mut() {
                if p.field.name == when.param || p.field.name == then.param {
                    p.rules.push(text.clone());
                }
                if p.field.name == when.param
                    && let Some(implied) = &implied
                {
                    p.implies.push(implied.clone());
                    p.rules.push(format!(
                        "This setter sets `{}` to `{}` as well.",
                        then.param,
                        then.value.unwrap_or_default()
                    ));
                }
            }
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

    /// A call of module `here`, whose file holds `node` (if any): the node its path id names.
    pub(super) fn call(
        &self,
        here: &str,
        node: Option<&str>,
        call: &Call,
        returns: &Type,
        params: &IrParams<'_>,
        codes: &[&ErrorCode],
    ) -> Result<TokenStream> {
        let ident = type_ident(&call.name);
        // A HEAD answer has no body, whatever the spec says it returns.
        let response = if call.method == Method::Head {
            quote! { () }
        } else {
            self.rust_type(here, returns, &call.name)?
        };
        let mut params = self.params(here, params)?;

        // What Graph gives every GET: `fields` on what it returns, and cursors on lists.
        if call.method == Method::Get {
            if let Some(name) = returns.named()
                && !self.is_node_elsewhere(name)
            {
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
        // A parameter may have the placeholder's name (`GET /{user-id}/conversations` takes a
        // `user_id`): the path's id is then `path_user_id`.
        let ids: Vec<_> = placeholders
            .iter()
            .map(|p| {
                let id = placeholder_ident(p);
                if call.params.iter().any(|q| field_ident(&q.name) == id) {
                    format_ident!("path_{}", id)
                } else {
                    id
                }
            })
            .collect();
        // The first placeholder is the id of the node whose file holds the call (every path
        // of Meta's spec starts there): typed with that node. Any other is text.
        let id_types: Vec<TokenStream> = (0..ids.len())
            .map(|i| match node {
                Some(node) if i == 0 => self.id_type(node),
                _ => quote! { String },
            })
            .collect();
        let id_members = ids
            .iter()
            .zip(&id_types)
            .map(|(id, ty)| quote! { #[serde(skip)] #id: #ty, });
        let path_format = call
            .path
            .split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let path_args = ids
            .iter()
            .map(|id| quote! { ::fbgraph_runtime::encode_path_segment(self.#id.as_ref()) });
        let id_args: Vec<TokenStream> = ids
            .iter()
            .zip(&id_types)
            .map(|(id, ty)| quote! { #id: impl Into<#ty> })
            .collect();
        let id_inits = ids
            .iter()
            .map(|id| quote! { #id: #id.into(), })
            .collect::<Vec<_>>();
        let ctor_prefix_init = quote! { #(#id_inits)* };

        let members = params.members();
        let id_docs: Vec<String> = placeholders
            .iter()
            .zip(&ids)
            .enumerate()
            .map(|(i, (p, id))| match node {
                Some(node) if i == 0 => {
                    format!("- `{id}`: the `{{{p}}}` of the path, a `{node}`'s id (or its text).")
                }
                _ => format!("- `{id}`: the `{{{p}}}` of the path."),
            })
            .collect();
        let ctors = params.constructors(&id_args, &id_docs, ctor_prefix_init);
        let setters = params.setters();
        let uploads = params.uploads();
        let method_str = call.method.as_str();
        let method = match call.method {
            Method::Get => quote! { ::fbgraph_runtime::Method::Get },
            Method::Post => quote! { ::fbgraph_runtime::Method::Post },
            Method::Delete => quote! { ::fbgraph_runtime::Method::Delete },
            Method::Put => quote! { ::fbgraph_runtime::Method::Put },
            Method::Head => quote! { ::fbgraph_runtime::Method::Head },
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
        let answers = if call.method == Method::Head {
            "nothing (a HEAD answer has no body)".to_owned()
        } else {
            self.returns_doc(here, returns)
        };
        doc_text.push_str(&format!(
            ". Answers {answers}; errors carry a [`{code_ident}`]."
        ));
        let doc = doc_attrs(&doc_text);
        let catalogue = self.catalogue_path(here);
        let codes = call_error_codes(call, &code_ident, codes, catalogue.as_ref());
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

                #uploads
            }

            #codes
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Role {
    Required,
    Alternative,
    Optional,
}

pub(super) struct Param<'f> {
    field: &'f Field,
    /// The field's Rust type.
    tokens: TokenStream,
    /// For `list<T>`, the Rust type of `T`: setters take any iterator of it.
    elem: Option<TokenStream>,
    /// Whether the value (or list element) is taken as its own type rather than `impl Into`:
    /// enums, objects, numbers and bools.
    named: bool,
    role: Role,
    /// A `file`: sent as a multipart part (`Endpoint::uploads`), not serialized.
    file: bool,
    /// The spec's rules that name this parameter, as doc sentences.
    rules: Vec<String>,
    /// What its setter sets besides it, by a rule.
    implies: Vec<TokenStream>,
}

pub(super) struct Params<'f> {
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
    /// The `Endpoint::uploads` of a request with `file` parameters, listing each that is set;
    /// nothing for one without.
    pub(super) fn uploads(&self) -> TokenStream {
        let files: Vec<&Param> = self.params.iter().filter(|p| p.file).collect();
        if files.is_empty() {
            return TokenStream::new();
        }
        let pushes = files.iter().map(|p| {
            let ident = field_ident(&p.field.name);
            let wire = &p.field.name;
            if p.role == Role::Required {
                quote! { files.push((#wire, &self.#ident)); }
            } else {
                quote! {
                    if let Some(file) = &self.#ident {
                        files.push((#wire, file));
                    }
                }
            }
        });
        quote! {
            fn uploads(&self) -> Vec<(&'static str, &::fbgraph_runtime::Upload)> {
                let mut files = Vec::new();
                #(#pushes)*
                files
            }
        }
    }

    /// Whether nothing is required: `new()` then takes no argument.
    pub(super) fn all_optional(&self) -> bool {
        self.params.iter().all(|p| p.role == Role::Optional)
    }

    pub(super) fn members(&self) -> Vec<TokenStream> {
        let mut out: Vec<TokenStream> = self
            .params
            .iter()
            .map(|p| {
                let ident = field_ident(&p.field.name);
                let ty = &p.tokens;
                let rename = if p.file {
                    quote! { #[serde(skip)] }
                } else {
                    rename(&p.field.name)
                };
                if p.role == Role::Required {
                    quote! { #rename #ident: #ty, }
                } else if p.file {
                    quote! { #rename #ident: Option<#ty>, }
                } else {
                    quote! {
                        #rename
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
    pub(super) fn argument(p: &Param) -> (TokenStream, TokenStream) {
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
    pub(super) fn constructors(
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

    pub(super) fn extra_members_init(&self) -> TokenStream {
        let names = &self.extra_names;
        quote! { #(#names: None,)* }
    }

    pub(super) fn setters(&self) -> Vec<TokenStream> {
        let mut out: Vec<TokenStream> = self
            .params
            .iter()
            .filter(|p| p.role == Role::Optional)
            .map(|p| {
                let ident = field_ident(&p.field.name);
                let (arg, conv) = Self::argument(p);
                let mut text = field_doc(p.field);
                if !p.rules.is_empty() {
                    text.push_str("\n\n");
                    text.push_str(&p.rules.join(" "));
                }
                let doc = doc_attrs(&text);
                let implies = &p.implies;
                quote! {
                    #doc
                    pub fn #ident(mut self, #arg) -> Self {
                        self.#ident = Some(#conv);
                        #(#implies)*
                        self
                    }
                }
            })
            .collect();
        out.extend(self.extra_setters.iter().cloned());
        out
    }
}
