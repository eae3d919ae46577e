//! Error codes: the catalogue (`GraphErrorCode`, `ErrorClass`) and each call's documented
//! codes.

use super::*;

impl Cx<'_> {
    /// The path of the catalogue enum (`GraphErrorCode`), seen from module `here`; `None` when
    /// the spec has no catalogue (a call then documents no code).
    pub(super) fn catalogue_path(&self, here: &str) -> Option<TokenStream> {
        let module = self
            .spec
            .files
            .iter()
            .find(|f| !f.content.errors.is_empty())?
            .module
            .as_str();
        let ident = format_ident!("{}", names::CATALOGUE_ENUM);
        Some(self.item_path(here, module, &ident, &Where::Common))
    }

    /// The whole catalogue as `GraphErrorCode`, with each code's class.
    pub(super) fn catalogue(&self, entries: &[&ErrorCode]) -> TokenStream {
        // A subcode is of its code's class.
        let class_arms = entries.iter().flat_map(|e| {
            let c = format_ident!("{}", class_name(e.class));
            std::iter::once(format_ident!("{}", e.name))
                .chain(e.subcodes.iter().map(|s| format_ident!("{}", s.name)))
                .map(move |v| quote! { Self::#v => Some(ErrorClass::#c), })
        });
        let catalogue = format_ident!("{}", names::CATALOGUE_ENUM);
        let with_subcodes: Vec<(&ErrorCode, Vec<usize>)> = entries
            .iter()
            .map(|e| (*e, (0..e.subcodes.len()).collect()))
            .collect();
        let codes = code_enum(
            &catalogue,
            "Every error code of the catalogue, and every documented subcode, whichever call it came from.",
            "A code the catalogue does not list.",
            &with_subcodes,
            None,
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
                        #(#class_arms)*
                        Self::Other(_) => None,
                    }
                }
            }
        }
    }
}

/// The error codes a call documents, as an enum: each code, and each subcode the pages
/// document for it (on this call, or on every call that lists the code).
pub(super) fn call_error_codes(
    call: &Call,
    ident: &proc_macro2::Ident,
    entries: &[&ErrorCode],
    catalogue: Option<&TokenStream>,
) -> TokenStream {
    // A call whose page lists no code has nothing to type: its codes are the runtime's
    // `UntypedCode`, under the call's name (a line where an enum and its impls were 24; most
    // calls of Meta's machine spec document none).
    if entries.is_empty() {
        let doc = doc_attrs(&format!(
            "The error codes of [`{}`]: its reference page lists none, so a code is an \
             [`UntypedCode`](::fbgraph_runtime::UntypedCode).",
            call.name
        ));
        return quote! { #doc pub type #ident = ::fbgraph_runtime::UntypedCode; };
    }
    let doc = format!(
        "The error codes the reference page lists for [`{}`], with their documented meaning \
         and the documented subcodes of each.",
        call.name
    );
    let subcodes = |e: &ErrorCode| -> Vec<usize> {
        e.subcodes
            .iter()
            .enumerate()
            .filter(|(_, s)| s.calls.is_empty() || s.calls.iter().any(|c| c == &call.name))
            .map(|(i, _)| i)
            .collect()
    };
    let entries: Vec<(&ErrorCode, Vec<usize>)> =
        entries.iter().map(|e| (*e, subcodes(e))).collect();
    let tokens = code_enum(
        ident,
        &doc,
        "A code the reference page does not list for this call.",
        &entries,
        catalogue,
    );
    quote! {
        #tokens
        impl ::fbgraph_runtime::CallErrorCode for #ident {}
    }
}

/// One variant of a code enum: a code, or a subcode of one.
struct CodeVariant<'a> {
    ident: proc_macro2::Ident,
    code: i64,
    subcode: Option<i64>,
    description: &'a str,
    advice: Option<&'a str>,
}

/// An enum of error codes (and, for each, the subcodes at the given indexes) with an
/// `Other(i64)` catch-all, and its `ErrorCode` impl. A known code with a subcode not listed
/// maps to the code's own variant.
///
/// A call's enum (`catalogue` is the path of the catalogue enum) refers to the catalogue
/// instead of copying it: `catalogued()` maps each value to the catalogue's, whose subcode,
/// description and advice it answers with (the catalogue has every variant a call's enum has,
/// under the same name).
fn code_enum(
    ident: &proc_macro2::Ident,
    doc: &str,
    other_doc: &str,
    entries: &[(&fbgraph_spec::ErrorCode, Vec<usize>)],
    catalogue: Option<&TokenStream>,
) -> TokenStream {
    let doc = doc_attrs(doc);
    let other_doc = doc_attrs(other_doc);
    let mut all: Vec<CodeVariant> = Vec::new();
    for (e, subs) in entries {
        all.push(CodeVariant {
            ident: format_ident!("{}", e.name),
            code: e.code,
            subcode: None,
            description: &e.description,
            advice: e.advice.as_deref(),
        });
        for &i in subs {
            let sub = &e.subcodes[i];
            all.push(CodeVariant {
                ident: format_ident!("{}", sub.name),
                code: e.code,
                subcode: Some(sub.subcode),
                description: &sub.description,
                advice: sub.advice.as_deref(),
            });
        }
    }
    let variants: Vec<_> = all.iter().map(|v| v.ident.clone()).collect();
    let docs = all.iter().map(|v| {
        let head = match v.subcode {
            Some(sub) => format!("`{}`, subcode `{sub}`: {}", v.code, v.description),
            None => format!("`{}`: {}", v.code, v.description),
        };
        match v.advice {
            Some(advice) => doc_attrs(&format!("{head}\n\nWhat to do: {advice}")),
            None => doc_attrs(&head),
        }
    });
    let codes: Vec<_> = all
        .iter()
        .map(|v| proc_macro2::Literal::i64_unsuffixed(v.code))
        .collect();
    let descriptions = all.iter().map(|v| v.description);
    // Subcodes first: `(100, Some(2018001))` before `(100, _)`.
    let sub_arms = all.iter().filter_map(|v| {
        let sub = proc_macro2::Literal::i64_unsuffixed(v.subcode?);
        let code = proc_macro2::Literal::i64_unsuffixed(v.code);
        let ident = &v.ident;
        Some(quote! { (#code, Some(#sub)) => Self::#ident, })
    });
    let code_arms = all.iter().filter(|v| v.subcode.is_none()).map(|v| {
        let code = proc_macro2::Literal::i64_unsuffixed(v.code);
        let ident = &v.ident;
        quote! { (#code, _) => Self::#ident, }
    });
    let subcode_arms = all.iter().filter_map(|v| {
        let sub = proc_macro2::Literal::i64_unsuffixed(v.subcode?);
        let ident = &v.ident;
        Some(quote! { Self::#ident => Some(#sub), })
    });
    let advice_arms = all.iter().filter_map(|v| {
        let advice = v.advice?;
        let ident = &v.ident;
        Some(quote! { Self::#ident => Some(#advice), })
    });
    let has_subcodes = all.iter().any(|v| v.subcode.is_some());
    let has_advice = all.iter().any(|v| v.advice.is_some());
    // With no listed codes a `match` would have one arm; clippy prefers plain code.
    let (from_code, code, description) = if all.is_empty() {
        (
            quote! { Self::Other(code) },
            quote! { let Self::Other(code) = self; *code },
            quote! { None },
        )
    } else {
        (
            quote! {
                match (code, subcode) {
                    #(#sub_arms)*
                    #(#code_arms)*
                    (other, _) => Self::Other(other),
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
    let subcode_fn = has_subcodes.then(|| {
        quote! {
            fn subcode(&self) -> Option<i64> {
                match self {
                    #(#subcode_arms)*
                    _ => None,
                }
            }
        }
    });
    let advice_fn = has_advice.then(|| {
        quote! {
            fn advice(&self) -> Option<&'static str> {
                match self {
                    #(#advice_arms)*
                    _ => None,
                }
            }
        }
    });
    // A call's enum: the catalogue answers for subcode, description and advice.
    let (catalogued, description, subcode_fn, advice_fn) = match catalogue {
        Some(catalogue) if !all.is_empty() => {
            let doc = doc_attrs(&format!(
                "This code's entry in the version's error catalogue, which also says its class \
                 (transient, throttling, …); `None` for a code the reference page does not list \
                 for `{}`.",
                ident.to_string().trim_end_matches("ErrorCode")
            ));
            (
                quote! {
                    impl #ident {
                        #doc
                        pub fn catalogued(&self) -> Option<#catalogue> {
                            use #catalogue as C;
                            match self {
                                #(Self::#variants => Some(C::#variants),)*
                                Self::Other(_) => None,
                            }
                        }
                    }
                },
                quote! {
                    self.catalogued().and_then(|c| ::fbgraph_runtime::ErrorCode::description(&c))
                },
                has_subcodes.then(|| {
                    quote! {
                        fn subcode(&self) -> Option<i64> {
                            self.catalogued().and_then(|c| ::fbgraph_runtime::ErrorCode::subcode(&c))
                        }
                    }
                }),
                has_advice.then(|| {
                    quote! {
                        fn advice(&self) -> Option<&'static str> {
                            self.catalogued().and_then(|c| ::fbgraph_runtime::ErrorCode::advice(&c))
                        }
                    }
                }),
            )
        }
        _ => (TokenStream::new(), description, subcode_fn, advice_fn),
    };
    let from_code_param = if all.is_empty() {
        quote! { _subcode }
    } else {
        quote! { subcode }
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
                Self::from_code_and_subcode(code, None)
            }

            fn from_code_and_subcode(code: i64, #from_code_param: Option<i64>) -> Self {
                #from_code
            }

            fn code(&self) -> i64 {
                #code
            }

            #subcode_fn

            fn description(&self) -> Option<&'static str> {
                #description
            }

            #advice_fn
        }

        #catalogued
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
