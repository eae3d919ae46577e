//! The webhook section → the envelope, its entries, the flattened event and the kind enum.
//!
//! The objects and enums of the section's file are emitted like any other output types; this
//! module adds what the protocol fixes around them:
//!
//! - `Notification`: `{"object", "entry": [...]}`, implementing
//!   `fbgraph_runtime::webhook::Notification`;
//! - `NotificationEntry`: `{"id", "time", "messaging": [...], "standby": [...]}`, which stamps
//!   its id, time and channel on each of its events once decoded;
//! - `MessagingEvent`: the spec's event fields, the entry's id and time, the channel, and
//!   `kind`: one `MessagingEventKind` variant per spec kind, or `Unknown { key, value }`;
//! - `EventChannel`: `Messaging` or `Standby`.
//!
//! All of them decode in one pass through `fbgraph_runtime::de::Fields`, keeping unknown
//! fields, so an unknown key or kind is kept and never an error. A known kind's value is read
//! as a `serde_json::Value` first and then decoded as the kind's type; a value without that
//! shape is kept as `Unknown { key, value }`, so one odd event never fails its batch. The
//! same goes for the event's common fields (the spec's `event_fields`: `sender`, `recipient`,
//! `timestamp`, …) and the entry's `id` and `time`: a value without the field's documented
//! shape is kept in `unknown_fields` under its key and the field stays `None` (for a key given
//! twice, the last value counts, as in a `serde_json::Value`). Only a broken envelope (not
//! JSON, `entry`, `messaging` or `standby` not an array, an event not an object) is an error.

use fbgraph_spec::{Type, Webhooks};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::CodegenError;
use crate::emit::{Cx, doc_attrs, fail_at, field_doc, with_note};
use crate::names::field_ident;

type Result<T> = std::result::Result<T, CodegenError>;

/// The rule for a common field (and an entry's `id` and `time`), in its docs.
const MISSHAPEN: &str = "A value without this shape (another type, say) is kept in `unknown_fields` under its key, and this is `None`: it never fails the notification.";

impl Cx<'_> {
    /// Everything the webhook section adds to its module; see the module docs for the shape.
    pub(crate) fn webhooks(&self, here: &str, webhooks: &Webhooks) -> Result<TokenStream> {
        let object_ty = self.parsed(here, &webhooks.object.0, "webhooks.object")?;
        let envelope_doc = doc_attrs(&with_note(&webhooks.doc, webhooks.note.as_deref()));

        // The event's own fields, from the spec.
        let mut members = Vec::new();
        let mut field_arms = Vec::new();
        let mut wires = Vec::new();
        for f in &webhooks.event_fields {
            let ty = self.parsed(here, &f.ty.0, &format!("webhooks.event_fields.{}", f.name))?;
            let ident = field_ident(&f.name);
            let doc = doc_attrs(&format!("{}\n\n{MISSHAPEN}", field_doc(f)));
            let wire = &f.name;
            members.push(quote! { #doc pub #ident: Option<#ty>, });
            // Read as a `Value` first, so that a value of another shape is kept with the
            // unknown fields instead of failing the whole notification.
            field_arms.push(quote! {
                #wire => decode_or_keep(&mut self.#ident, #wire, map.next_value()?, &mut self.unknown_fields),
            });
            wires.push(wire);
        }

        // The same rule for the entry's `id` and `time`, as a doc line after an empty one.
        let misshapen_line = format!(" {MISSHAPEN}");

        // One variant per kind.
        let mut variants = Vec::new();
        let mut kind_arms = Vec::new();
        let mut key_arms = Vec::new();
        for kind in &webhooks.kinds {
            let item = format!("webhooks.kinds.{}", kind.key);
            let ty = match (&kind.ty, &kind.map_of) {
                (Some(ty), None) => self.parsed(here, &ty.0, &item)?,
                (None, Some(values)) => {
                    let values = self.parsed(here, &values.0, &item)?;
                    quote! { ::std::collections::BTreeMap<String, #values> }
                }
                _ => return fail_at(item, "a kind has either `type` or `map_of`"),
            };
            let variant = format_ident!("{}", kind.variant_name());
            let key = &kind.key;
            let doc = doc_attrs(&format!(
                "`{key}` (subscription `{}`): {}\n\nNote: {}",
                kind.subscription, kind.doc, kind.note
            ));
            variants.push(quote! { #doc #variant(#ty), });
            // Read as a `Value` first, so that a value without the kind's shape is kept under
            // its key (as `Unknown`) instead of failing the whole notification.
            kind_arms.push(quote! {
                #key => {
                    let raw: ::fbgraph_runtime::__private::serde_json::Value = map.next_value()?;
                    self.kind = match <#ty as ::fbgraph_runtime::__private::serde::Deserialize>::deserialize(&raw) {
                        Ok(value) => MessagingEventKind::#variant(value),
                        Err(_) => MessagingEventKind::Unknown { key: #key.to_owned(), value: raw },
                    };
                }
            });
            key_arms.push(quote! { Self::#variant(_) => #key, });
        }

        Ok(quote! {
            #envelope_doc
            #[derive(Debug, Clone, PartialEq, Default)]
            #[non_exhaustive]
            pub struct Notification {
                /// Which product the events are for (`page`, `instagram`).
                pub object: Option<#object_ty>,
                /// The entries, each with its events, in the order Meta sent them.
                pub entry: Vec<NotificationEntry>,
                /// Fields this version's spec does not list, kept as they came.
                pub unknown_fields: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            }

            impl ::fbgraph_runtime::de::Fields for Notification {
                const NAME: &'static str = "Notification";

                fn field<'de, A: ::fbgraph_runtime::__private::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        "object" => self.object = map.next_value()?,
                        "entry" => self.entry = map.next_value()?,
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn unknown_fields(&mut self) -> &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value> {
                    &mut self.unknown_fields
                }
            }

            impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for Notification {
                fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    ::fbgraph_runtime::de::deserialize_fields(deserializer)
                }
            }

            impl ::fbgraph_runtime::webhook::Notification for Notification {
                type Event = MessagingEvent;

                /// Every entry's events in body order: an entry's `messaging` events, then its
                /// `standby` ones.
                fn into_events(self) -> Vec<MessagingEvent> {
                    self.entry
                        .into_iter()
                        .flat_map(|entry| entry.messaging.into_iter().chain(entry.standby))
                        .collect()
                }
            }

            /// One entry of a [`Notification`]: the events of one Page (or Instagram account)
            /// at one moment. Each of its events carries the entry's `id`, `time` and channel.
            #[derive(Debug, Clone, PartialEq, Default)]
            #[non_exhaustive]
            pub struct NotificationEntry {
                /// The Page's (or Instagram account's) ID.
                ///
                #[doc = #misshapen_line]
                pub id: Option<String>,
                /// When Meta sent the entry, in Unix milliseconds.
                ///
                #[doc = #misshapen_line]
                pub time: Option<i64>,
                /// Events of conversations your app owns.
                pub messaging: Vec<MessagingEvent>,
                /// Events of conversations another app owns (handover protocol), which your app
                /// only watches.
                pub standby: Vec<MessagingEvent>,
                /// Fields this version's spec does not list, and `id` or `time` when its value
                /// does not have the documented shape, kept as they came.
                pub unknown_fields: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            }

            impl ::fbgraph_runtime::de::Fields for NotificationEntry {
                const NAME: &'static str = "NotificationEntry";

                fn field<'de, A: ::fbgraph_runtime::__private::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        "id" => decode_or_keep(&mut self.id, "id", map.next_value()?, &mut self.unknown_fields),
                        "time" => decode_or_keep(&mut self.time, "time", map.next_value()?, &mut self.unknown_fields),
                        "messaging" => self.messaging = map.next_value()?,
                        "standby" => self.standby = map.next_value()?,
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn unknown_fields(&mut self) -> &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value> {
                    &mut self.unknown_fields
                }
            }

            impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for NotificationEntry {
                fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let mut entry: Self = ::fbgraph_runtime::de::deserialize_fields(deserializer)?;
                    let id = entry.id.clone().unwrap_or_default();
                    for (events, channel) in [(&mut entry.messaging, EventChannel::Messaging), (&mut entry.standby, EventChannel::Standby)] {
                        for event in events.iter_mut() {
                            event.entry_id.clone_from(&id);
                            event.entry_time = entry.time;
                            event.channel = channel;
                        }
                    }
                    Ok(entry)
                }
            }

            /// Which list of its entry an event came in.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub enum EventChannel {
                /// `messaging`: your app owns the conversation and may answer.
                #[default]
                Messaging,
                /// `standby`: another app owns the conversation (handover protocol); your app
                /// only watches it.
                Standby,
            }

            /// One event of a [`Notification`], with what its entry says about it.
            #[derive(Debug, Clone, PartialEq, Default)]
            #[non_exhaustive]
            pub struct MessagingEvent {
                /// The `id` of the entry the event came in: the Page (or Instagram account).
                pub entry_id: String,
                /// The `time` of the entry the event came in, in Unix milliseconds.
                pub entry_time: Option<i64>,
                /// Whether the event came under `messaging` or `standby`.
                pub channel: EventChannel,
                #(#members)*
                /// What happened.
                pub kind: MessagingEventKind,
                /// Fields this version's spec does not list, and common fields whose value does
                /// not have the documented shape (the typed field is then `None`), kept as they
                /// came. Never the kind's key.
                pub unknown_fields: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            }

            impl ::fbgraph_runtime::de::Fields for MessagingEvent {
                const NAME: &'static str = "MessagingEvent";

                fn field<'de, A: ::fbgraph_runtime::__private::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        #(#field_arms)*
                        // The kind is set (an `Unknown` with a key included: a known kind
                        // whose value did not decode): a second kind key is kept with the
                        // unknown fields.
                        _ if !matches!(&self.kind, MessagingEventKind::Unknown { key, .. } if key.is_empty()) => return Ok(false),
                        #(#kind_arms)*
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn unknown_fields(&mut self) -> &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value> {
                    &mut self.unknown_fields
                }
            }

            impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for MessagingEvent {
                fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let mut event: Self = ::fbgraph_runtime::de::deserialize_fields(deserializer)?;
                    // No kind key at all (the kind is still the empty `Unknown`): the first
                    // unknown key (in key order) is the kind, never a common field kept for
                    // its shape.
                    let common: &[&str] = &[#(#wires),*];
                    if let MessagingEventKind::Unknown { key, value } = &mut event.kind
                        && key.is_empty()
                        && let Some(first) = event.unknown_fields.keys().find(|k| !common.contains(&k.as_str())).cloned()
                        && let Some(raw) = event.unknown_fields.remove(&first)
                    {
                        *key = first;
                        *value = raw;
                    }
                    Ok(event)
                }
            }

            /// What a [`MessagingEvent`] is: one variant per kind the spec lists, named by the key
            /// its value comes under.
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum MessagingEventKind {
                #(#variants)*
                /// A kind this version's spec does not list, or a kind it lists whose value does
                /// not have the documented shape (a field of another type, `null`, …), kept as
                /// it came: its key and value. Such a value is never an error, so the rest of
                /// the batch still decodes. The key is empty (and the value null) for an event
                /// with no key besides the common fields.
                Unknown {
                    /// The key the value came under.
                    key: String,
                    /// The value, as it came.
                    value: ::fbgraph_runtime::__private::serde_json::Value,
                },
            }

            impl MessagingEventKind {
                /// The key the event's value came under (`message`, `read`, …).
                pub fn key(&self) -> &str {
                    match self {
                        #(#key_arms)*
                        Self::Unknown { key, .. } => key,
                    }
                }
            }

            impl Default for MessagingEventKind {
                fn default() -> Self {
                    Self::Unknown { key: String::new(), value: ::fbgraph_runtime::__private::serde_json::Value::Null }
                }
            }

            /// Decodes a field's value, read as JSON first, into `slot`; a value without the
            /// field's shape leaves `slot` `None` and is kept in `unknown_fields` under `key`.
            /// The last value of a key given twice counts.
            fn decode_or_keep<T: ::fbgraph_runtime::__private::serde::de::DeserializeOwned>(
                slot: &mut Option<T>,
                key: &str,
                raw: ::fbgraph_runtime::__private::serde_json::Value,
                unknown_fields: &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            ) {
                match <Option<T> as ::fbgraph_runtime::__private::serde::Deserialize>::deserialize(&raw) {
                    Ok(value) => {
                        *slot = value;
                        unknown_fields.remove(key);
                    }
                    Err(_) => {
                        *slot = None;
                        unknown_fields.insert(key.to_owned(), raw);
                    }
                }
            }
        })
    }

    /// The Rust type of a type expression of the webhook section.
    fn parsed(&self, here: &str, expr: &str, item: &str) -> Result<TokenStream> {
        let ty = match Type::parse(expr) {
            Ok(ty) => ty,
            Err(e) => return fail_at(item, e.to_string()),
        };
        self.rust_type(here, &ty, item)
    }
}

#[cfg(test)]
mod tests {
    fn spec() -> fbgraph_spec::Spec {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/v26.0");
        fbgraph_spec::Spec::load_dir(&dir).expect("the v26.0 spec loads")
    }

    #[test]
    fn a_kind_without_a_value_type_is_refused_not_panicked_on() {
        // A spec changed in code skips the validator, which would refuse it too.
        let mut spec = spec();
        let webhooks = spec
            .files
            .iter_mut()
            .find_map(|f| f.content.webhooks.as_mut())
            .expect("the spec has webhooks");
        webhooks.kinds[0].ty = None;
        let error = crate::generate(&spec).expect_err("no type");
        assert_eq!(error.item, "webhooks.kinds.message");
    }

    #[test]
    fn one_variant_per_kind_and_no_field_enums_for_events() {
        let generated = crate::generate(&spec()).expect("generates");
        let module = generated
            .modules
            .iter()
            .find(|m| m.name == "webhooks")
            .expect("a webhooks module");
        let text = module.tokens.to_string();
        for variant in [
            "Message (ReceivedMessage)",
            "AppRoles (:: std :: collections :: BTreeMap < String , Vec < AppRole > >)",
        ] {
            assert!(text.contains(variant), "missing {variant}");
        }
        assert!(
            !text.contains("PostbackField"),
            "webhook objects are never selected with `fields`"
        );
    }
}
