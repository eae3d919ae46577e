//! The webhook section → the envelope, its entries, the flattened event and the kind enum.
//!
//! The objects and enums of the section's file are emitted like any other output types; this
//! module adds what the protocol fixes around them:
//!
//! - `Notification`: `{"object", "entry": [...]}`, implementing
//!   `fbgraph_runtime::webhook::Notification` with `WebhookEvent` as its event; once decoded
//!   it stamps its `object` on every event and types each change's value by (object, field);
//! - `NotificationEntry`: `{"id", "time", "messaging": [...], "standby": [...],
//!   "changes": [...]}`, which stamps its id, time and channel on each of its events once
//!   decoded, and keeps any other key in `unknown_fields`;
//! - `WebhookEvent`: `Messaging(MessagingEvent)`, `Change(ChangeEvent)` or
//!   `Other(OtherEntry)` (an entry's keys besides its lists), so that nothing an entry holds
//!   is dropped;
//! - `MessagingEvent`: the spec's event fields, the object, the entry's id and time, the
//!   channel, and `kind`: one `MessagingEventKind` variant per spec kind, or
//!   `Unknown { key, value }`;
//! - `ChangeEvent`: the object, the entry's id and time, the `field` and its `value`: one
//!   `ChangeValue` variant per spec change, or `Unknown(value)`;
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

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::CodegenError;
use crate::emit::{Cx, doc_attrs, field_doc, with_note};
use crate::lower::{IrField, IrWebhooks, KindValue};
use crate::names::field_ident;

type Result<T> = std::result::Result<T, CodegenError>;

/// The rule for a common field (and an entry's `id` and `time`), in its docs.
const MISSHAPEN: &str = "A value without this shape (another type, say) is kept in `unknown_fields` under its key, and this is `None`: it never fails the notification.";

impl Cx<'_> {
    /// Everything the webhook section adds to its module; see the module docs for the shape.
    pub(crate) fn webhooks(&self, here: &str, lowered: &IrWebhooks<'_>) -> Result<TokenStream> {
        let webhooks = lowered.webhooks;
        let object_ty = self.rust_type(here, &lowered.object, "webhooks.object")?;
        let envelope_doc = doc_attrs(&with_note(&webhooks.doc, webhooks.note.as_deref()));

        // The event's own fields, from the spec.
        let mut members = Vec::new();
        let mut field_arms = Vec::new();
        let mut wires = Vec::new();
        for IrField { field: f, ty } in &lowered.event_fields {
            let ty = self.rust_type(here, ty, &format!("webhooks.event_fields.{}", f.name))?;
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
        for (kind, value) in &lowered.kinds {
            let item = format!("webhooks.kinds.{}", kind.key);
            let ty = match value {
                KindValue::Value(ty) => self.rust_type(here, ty, &item)?,
                KindValue::MapOf(values) => {
                    let values = self.rust_type(here, values, &item)?;
                    quote! { ::std::collections::BTreeMap<String, #values> }
                }
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

        // One variant per described change, decoded by (object, field).
        let mut change_variants = Vec::new();
        let mut change_arms = Vec::new();
        for (change, ty) in &lowered.changes {
            let item = format!("webhooks.changes.{}.{}", change.object, change.field);
            let ty = self.rust_type(here, ty, &item)?;
            let variant = format_ident!("{}", change.variant_name());
            let (object, field) = (&change.object, &change.field);
            let doc = doc_attrs(&format!(
                "`{object}` `{field}`: {}\n\nNote: {}",
                change.doc, change.note
            ));
            change_variants.push(quote! { #doc #variant(#ty), });
            change_arms.push(quote! {
                (Some(#object), #field) => match <#ty as ::fbgraph_runtime::__private::serde::Deserialize>::deserialize(&raw) {
                    Ok(value) => Self::#variant(value),
                    Err(_) => Self::Unknown(raw),
                },
            });
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
                    let mut notification: Self = ::fbgraph_runtime::de::deserialize_fields(deserializer)?;
                    // Every event says which object it is for, and a change's value is typed
                    // by (object, field) now that the object is known.
                    let object = notification.object.clone();
                    let wire = object.as_ref().map(|o| o.as_str().to_owned());
                    for entry in &mut notification.entry {
                        for event in entry.messaging.iter_mut().chain(entry.standby.iter_mut()) {
                            event.object.clone_from(&object);
                        }
                        for change in &mut entry.changes {
                            change.object.clone_from(&object);
                            if let ChangeValue::Unknown(raw) = ::std::mem::take(&mut change.value) {
                                change.value = ChangeValue::decode(wire.as_deref(), &change.field, raw);
                            }
                        }
                    }
                    Ok(notification)
                }
            }

            impl ::fbgraph_runtime::webhook::Notification for Notification {
                type Event = WebhookEvent;

                /// Every entry's events in body order, entry by entry: its `messaging` events,
                /// its `standby` ones, its `changes`, then, if it holds any other key, one
                /// `Other` event with them. Nothing the entries hold is left out.
                fn into_events(self) -> Vec<WebhookEvent> {
                    let object = self.object;
                    let mut events = Vec::new();
                    for entry in self.entry {
                        events.extend(entry.messaging.into_iter().chain(entry.standby).map(WebhookEvent::Messaging));
                        events.extend(entry.changes.into_iter().map(WebhookEvent::Change));
                        if !entry.unknown_fields.is_empty() {
                            events.push(WebhookEvent::Other(OtherEntry {
                                object: object.clone(),
                                entry_id: entry.id.unwrap_or_default(),
                                entry_time: entry.time,
                                fields: entry.unknown_fields,
                            }));
                        }
                    }
                    events
                }
            }

            /// One event of a [`Notification`], whichever list of its entry it came in.
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            #[allow(clippy::large_enum_variant, reason = "an event is handled once and moved rarely; boxing would only cost users a deref in every pattern")]
            pub enum WebhookEvent {
                /// An event of a conversation: under `messaging` (your app owns it) or
                /// `standby` (another app does).
                Messaging(MessagingEvent),
                /// A change of a field the app subscribed to (a Page's `feed`, an Instagram
                /// account's `comments`, …), under `changes`.
                Change(ChangeEvent),
                /// What an entry holds besides its `id`, `time` and lists: a subscription of
                /// another shape, kept as it came.
                Other(OtherEntry),
            }

            impl WebhookEvent {
                /// The messaging event, if it is one.
                pub fn as_messaging(&self) -> Option<&MessagingEvent> {
                    match self {
                        Self::Messaging(event) => Some(event),
                        _ => None,
                    }
                }

                /// The messaging event, if it is one.
                pub fn into_messaging(self) -> Option<MessagingEvent> {
                    match self {
                        Self::Messaging(event) => Some(event),
                        _ => None,
                    }
                }

                /// The change, if it is one.
                pub fn as_change(&self) -> Option<&ChangeEvent> {
                    match self {
                        Self::Change(change) => Some(change),
                        _ => None,
                    }
                }

                /// Which product the event is for (the envelope's `object`).
                pub fn object(&self) -> Option<&#object_ty> {
                    match self {
                        Self::Messaging(event) => event.object.as_ref(),
                        Self::Change(change) => change.object.as_ref(),
                        Self::Other(other) => other.object.as_ref(),
                    }
                }

                /// The `id` of the entry the event came in: the Page, Instagram account, …
                pub fn entry_id(&self) -> &str {
                    match self {
                        Self::Messaging(event) => &event.entry_id,
                        Self::Change(change) => &change.entry_id,
                        Self::Other(other) => &other.entry_id,
                    }
                }
            }

            /// A change of a subscribed field: one item of an entry's `changes`.
            #[derive(Debug, Clone, PartialEq, Default)]
            #[non_exhaustive]
            pub struct ChangeEvent {
                /// Which product the change is for (the envelope's `object`).
                pub object: Option<#object_ty>,
                /// The `id` of the entry the change came in: the Page, Instagram account, …
                pub entry_id: String,
                /// The `time` of the entry the change came in.
                pub entry_time: Option<i64>,
                /// The field that changed (`feed`, `comments`, …); empty if the change had none.
                pub field: String,
                /// The new value: typed where the spec describes (object, field), else as JSON.
                /// (Typed once the whole [`Notification`] is decoded, which knows the object; a
                /// change decoded alone keeps its value as JSON.)
                pub value: ChangeValue,
                /// Keys of the change besides `field` and `value` (and a `field` that is not a
                /// string), kept as they came.
                pub unknown_fields: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
            }

            impl ::fbgraph_runtime::de::Fields for ChangeEvent {
                const NAME: &'static str = "ChangeEvent";

                fn field<'de, A: ::fbgraph_runtime::__private::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                    match key {
                        "field" => match map.next_value()? {
                            ::fbgraph_runtime::__private::serde_json::Value::String(field) => self.field = field,
                            other => {
                                self.unknown_fields.insert("field".to_owned(), other);
                            }
                        },
                        "value" => self.value = ChangeValue::Unknown(map.next_value()?),
                        _ => return Ok(false),
                    }
                    Ok(true)
                }

                fn unknown_fields(&mut self) -> &mut ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value> {
                    &mut self.unknown_fields
                }
            }

            impl<'de> ::fbgraph_runtime::__private::serde::Deserialize<'de> for ChangeEvent {
                fn deserialize<D: ::fbgraph_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    ::fbgraph_runtime::de::deserialize_fields(deserializer)
                }
            }

            /// The value of a [`ChangeEvent`]: one variant per (object, field) the spec
            /// describes, named by both.
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            #[allow(clippy::large_enum_variant, reason = "a value is handled once and moved rarely; boxing would only cost users a deref in every pattern")]
            pub enum ChangeValue {
                #(#change_variants)*
                /// A field this version's spec does not describe, or a value without the
                /// documented shape, kept as it came. Never an error.
                Unknown(::fbgraph_runtime::__private::serde_json::Value),
            }

            impl Default for ChangeValue {
                fn default() -> Self {
                    Self::Unknown(::fbgraph_runtime::__private::serde_json::Value::Null)
                }
            }

            impl ChangeValue {
                /// The typed value of a change of `field` for `object` (the envelope's
                /// `object`, on the wire): the spec's type for that pair if `raw` has its
                /// shape, else `Unknown(raw)`.
                pub fn decode(object: Option<&str>, field: &str, raw: ::fbgraph_runtime::__private::serde_json::Value) -> Self {
                    match (object, field) {
                        #(#change_arms)*
                        _ => Self::Unknown(raw),
                    }
                }
            }

            /// The keys of an entry besides `id`, `time`, `messaging`, `standby` and `changes`
            /// (and an `id` or `time` of another shape): a subscription of another shape,
            /// kept as it came.
            #[derive(Debug, Clone, PartialEq, Default)]
            #[non_exhaustive]
            pub struct OtherEntry {
                /// Which product the entry is for (the envelope's `object`).
                pub object: Option<#object_ty>,
                /// The entry's `id`, if it had one of the documented shape.
                pub entry_id: String,
                /// The entry's `time`, if it had one of the documented shape.
                pub entry_time: Option<i64>,
                /// The other keys, as they came.
                pub fields: ::fbgraph_runtime::__private::serde_json::Map<String, ::fbgraph_runtime::__private::serde_json::Value>,
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
                /// Changes of fields the app subscribed to (a Page's `feed`, an Instagram
                /// account's `comments`, …).
                pub changes: Vec<ChangeEvent>,
                /// Keys besides `id`, `time`, `messaging`, `standby` and `changes`, and `id` or
                /// `time` when its value does not have the documented shape, kept as they came.
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
                        "changes" => self.changes = map.next_value()?,
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
                    for change in &mut entry.changes {
                        change.entry_id.clone_from(&id);
                        change.entry_time = entry.time;
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
                /// Which product the event is for (the envelope's `object`): set when the
                /// event is decoded as part of a [`Notification`].
                pub object: Option<#object_ty>,
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
}

#[cfg(test)]
mod tests {
    fn spec() -> fbgraph_spec::Spec {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../xtask/tests/fixtures/hand-written/v26.0");
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
        let errors = crate::generate(&spec).expect_err("no type");
        let items: Vec<&str> = errors.iter().map(|e| e.item.as_str()).collect();
        assert_eq!(items, ["webhooks.kinds.message"]);
    }

    #[test]
    fn fields_named_after_unraw_keywords_do_not_make_the_generator_panic() {
        // A spec changed in code skips the validator, which refuses these names.
        let mut spec = spec();
        let webhooks = spec
            .files
            .iter_mut()
            .find_map(|f| f.content.webhooks.as_mut())
            .expect("the spec has webhooks");
        for (field, name) in webhooks
            .event_fields
            .iter_mut()
            .zip(["self", "super", "crate"])
        {
            field.name = name.to_owned();
        }
        let generated = crate::generate(&spec).expect("generates");
        let module = generated
            .modules
            .iter()
            .find(|m| m.name == "webhooks")
            .expect("a webhooks module");
        assert!(module.tokens.to_string().contains("pub self_ :"));
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
