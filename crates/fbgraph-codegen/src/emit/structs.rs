//! Response shapes (`…` structs read through `fbgraph_runtime::de::Fields`), their `…Field`
//! enums for the `fields` parameter, and parameter objects.

use super::*;

impl Cx<'_> {
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
        // A node's own `id` is typed with the node: `Id<ids::Page>`.
        let is_node = matches!(
            self.lookup(&format!("{here}::{name}")),
            Some((_, Named::Node(_)))
        );
        for IrField { field: f, ty } in fields {
            let item = format!("{name}.{}", f.name);
            let boxed = self.is_node_here(ty);
            let ty = if is_node && f.name == "id" && is_id_scalar(ty) {
                self.id_type(name)
            } else if let Some((tokens, _)) = self.node_id(f, ty) {
                tokens
            } else {
                self.rust_type(here, ty, &item)?
            };
            // A node holds other nodes (a Page its `parent_page`, an Album its `cover_photo`,
            // whose `album` is the Album): boxed, so that such cycles have a size.
            let ty = if boxed {
                quote! { Box<#ty> }
            } else {
                ty
            };
            let fident = field_ident(&f.name);
            let fdoc = doc_attrs(&field_doc(f));
            let wire = &f.name;
            let rename = rename(wire);
            members.push(quote! {
                #fdoc
                #rename
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
    pub(super) fn field_enum_path(&self, here: &str, name: &str) -> Option<TokenStream> {
        if !self.ir.selectable.contains(name) {
            return None;
        }
        let (module, named) = self.lookup(name)?;
        let bare = Type::split_name(name).1;
        let ident = format_ident!("{}", names::field_enum_name(bare));
        match self.where_is(module, bare, named) {
            // Another area's node is referred to by id: its fields are chosen in its area.
            Where::Elsewhere(_) => None,
            at => Some(self.item_path(here, module, &ident, &at)),
        }
    }

    /// The `…Field` enum used to choose fields of a node or output object, with a
    /// constructor per field whose type has fields of its own, for a nested selection.
    pub(super) fn field_enum(
        &self,
        here: &str,
        name: &str,
        fields: &[IrField<'_>],
    ) -> Result<TokenStream> {
        let ident = format_ident!("{}", names::field_enum_name(name));
        let doc = doc_attrs(&format!(
            "A field of [`{name}`], for the `fields` parameter. Plain values select a field; \
             the lowercase constructors select a field with its own fields (`messages{{message,from}}`)."
        ));
        let variants: Vec<_> = fields
            .iter()
            .map(|f| format_ident!("{}", pascal(&names::field_name(&f.field.name))))
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
    pub(super) fn input_struct(
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
        let default = params.all_optional().then(|| {
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

    /// A tagged union: an enum of its variants, serialized with the tag beside the variant's
    /// fields (`#[serde(tag)]`) or beside its `content` field (`#[serde(tag, content)]`), so
    /// that a misspelled tag or a field of another variant cannot be written.
    pub(super) fn union(
        &self,
        here: &str,
        object: &Object,
        doc_text: &str,
        variants: &[(&fbgraph_spec::Variant, String, Option<Type>)],
    ) -> Result<TokenStream> {
        let ident = type_ident(&object.name);
        let tag = object.tag.as_deref().unwrap_or("type");
        let tagging = match &object.content {
            Some(content) => quote! { #[serde(tag = #tag, content = #content)] },
            None => quote! { #[serde(tag = #tag)] },
        };
        let mut arms = Vec::new();
        for (v, name, ty) in variants {
            let vident = format_ident!("{}", name);
            let wire = &v.value;
            let mut text = with_note(&v.doc, v.note.as_deref());
            if text.is_empty() {
                text = format!("`{tag}: {wire}`.");
            } else {
                text = format!("`{tag}: {wire}`: {text}");
            }
            let doc = doc_attrs(&text);
            let item = format!("{}.{wire}", object.name);
            arms.push(match ty {
                Some(ty) => {
                    let rust = self.rust_type(here, ty, &item)?;
                    quote! { #doc #[serde(rename = #wire)] #vident(#rust), }
                }
                None => quote! { #doc #[serde(rename = #wire)] #vident, },
            });
        }
        let doc = doc_attrs(&format!(
            "{doc_text}\n\nOne of its variants, told apart on the wire by `{tag}`{}.",
            match &object.content {
                Some(content) => format!(", with the variant's value in `{content}`"),
                None => String::new(),
            }
        ));
        Ok(quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, ::fbgraph_runtime::__private::serde::Serialize)]
            #[serde(crate = "::fbgraph_runtime::__private::serde")]
            #tagging
            // A value built once to be serialized: boxing the large variants would only make
            // it harder to write.
            #[allow(clippy::large_enum_variant)]
            pub enum #ident {
                #(#arms)*
            }
        })
    }
}

/// Whether a node's `id` field of this type is its id: text or a number (Meta's spec types a
/// few as integers).
fn is_id_scalar(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Scalar(
            Scalar::Id
                | Scalar::String
                | Scalar::NumericString
                | Scalar::NumericStringOrInteger
                | Scalar::Integer
                | Scalar::UnsignedInteger
        )
    )
}
