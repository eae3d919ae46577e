//! Enums of wire values, with an `Unknown(String)` fallback.

use super::*;

/// An enum of wire values with an `Unknown(String)` fallback, (de)serialized as its value.
pub(super) fn enum_tokens(e: &Enum, variants: &[String]) -> TokenStream {
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
