//! Error codes: the catalogue (`GraphErrorCode`, `ErrorClass`) and each call's documented
//! codes.

use super::*;

impl Cx<'_> {
    /// The whole catalogue as `GraphErrorCode`, with each code's class.
    pub(super) fn catalogue(&self, entries: &[&ErrorCode]) -> TokenStream {
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
pub(super) fn call_error_codes(
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
