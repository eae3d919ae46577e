//! Receives Meta's webhook notifications.
//!
//! The core needs no web framework: a [`Receiver`] answers the verification handshake
//! (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`), checks
//! `X-Hub-Signature-256` over the raw body, and decodes the body into a [`Notification`],
//! normally the type generated from the spec (`fbgraph::v26_0::webhooks::Notification`).
//! The `axum` feature adds `axum::route`, a route doing all of it that answers
//! Meta at once and hands each event to an async handler.
//!
//! It is not a client: answering a message goes through `fbgraph`'s client.
//!
//! ```
//! use fbgraph_webhook::{Notification, Receiver, SignatureHeaders};
//!
//! let receiver = Receiver::new("app-secret", "verify-token")?;
//!
//! // GET: Meta verifies the callback URL.
//! let query = "hub.mode=subscribe&hub.verify_token=verify-token&hub.challenge=1158201444";
//! assert_eq!(receiver.verify_handshake(query)?, "1158201444");
//!
//! // POST: the signature over the raw body, then the typed body.
//! let body = br#"{"object":"page","entry":[{"id":"1","time":1,"messaging":[{"sender":{"id":"2"},"recipient":{"id":"1"},"timestamp":1,"message":{"mid":"m","text":"hi"}}]}]}"#;
//! let signature = b"sha256=ce7e90c6f53e3403a052f7fc70fe5ba9489e71ec3fc5f3cea83859267b21ed92";
//! let notification: serde_json::Value = receiver.receive(SignatureHeaders::sha256(signature), body)?;
//! let events = notification.into_events();
//! assert_eq!(events[0].object.as_deref(), Some("page"));
//! assert_eq!(events[0].value["message"]["text"], "hi");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Secrets stay inside: the [`Receiver`] keeps the app secret only as a keyed HMAC state and the
//! verify token only as a digest, its `Debug` shows neither, and no error carries them.

mod decode;
mod handshake;
mod receiver;
mod signature;

#[cfg(feature = "axum")]
pub mod axum;

pub use decode::{DecodeError, ReceiveError};
pub use handshake::{HandshakeError, HandshakeParam};
pub use receiver::{ConfigError, Receiver};
pub use signature::{
    LEGACY_SIGNATURE_HEADER, MalformedSignature, SIGNATURE_HEADER, SignatureError,
    SignatureHeaders, sign,
};

/// A decoded webhook body: Meta's envelope (`{"object", "entry": [...]}`) holding one or more
/// events, batched by entry.
///
/// The code generator implements it for each Graph version's envelope type; a receiver is
/// generic over it. [`serde_json::Value`] implements it too, for untyped use.
pub trait Notification: serde::de::DeserializeOwned + Send + 'static {
    /// One event of the envelope (a message, a postback, a read, ...).
    type Event: Send + 'static;

    /// The events of every entry, in the order the body holds them.
    fn into_events(self) -> Vec<Self::Event>;
}

/// Which part of its entry a [`RawEvent`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RawList {
    /// An item of the entry's `messaging` list.
    Messaging,
    /// An item of the entry's `standby` list (a conversation another app owns).
    Standby,
    /// An item of the entry's `changes` list (`{"field", "value"}`).
    Changes,
    /// The entry's keys besides `id`, `time` and those lists, as one JSON object; or, for an
    /// entry (or body) that is not a JSON object of the documented shape, all of it.
    Other,
}

/// One event of an untyped notification (`serde_json::Value`): the item as it came, with
/// what its envelope and entry say about it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RawEvent {
    /// The envelope's `object` (`page`, `instagram`, …), if it is a string.
    pub object: Option<String>,
    /// The entry's `id`, if it is a string (Meta gives ids as text).
    pub entry_id: Option<String>,
    /// The entry's `time`, if it is an integer.
    pub entry_time: Option<i64>,
    /// Which list of the entry the item came in.
    pub list: RawList,
    /// The item, as it came.
    pub value: serde_json::Value,
}

/// The raw JSON envelope. Its events are, entry by entry, the items of the entry's
/// `messaging` list, then of `standby`, then of `changes`, then (if the entry holds other
/// keys) one [`RawList::Other`] event with them; the same events, in the same order, as the
/// generated envelopes give. Nothing is dropped: an entry that is not an object, or a body
/// that is not an envelope, becomes one `Other` event holding it whole.
impl Notification for serde_json::Value {
    type Event = RawEvent;

    fn into_events(self) -> Vec<RawEvent> {
        use serde_json::Value;
        let other = |object: Option<String>, value: Value| RawEvent {
            object,
            entry_id: None,
            entry_time: None,
            list: RawList::Other,
            value,
        };
        let mut root = match self {
            Value::Object(root) => root,
            Value::Null => return Vec::new(),
            body => return vec![other(None, body)],
        };
        let object = match root.get("object") {
            Some(Value::String(object)) => Some(object.clone()),
            _ => None,
        };
        let entries = match root.remove("entry") {
            Some(Value::Array(entries)) => entries,
            Some(entry) => {
                root.insert("entry".to_owned(), entry);
                return vec![other(object, Value::Object(root))];
            }
            None => return Vec::new(),
        };
        let mut events = Vec::new();
        for entry in entries {
            let Value::Object(mut entry) = entry else {
                events.push(other(object.clone(), entry));
                continue;
            };
            // `id` and `time` of the documented shape (or null) are carried by every event; of
            // another shape they stay with the other keys, as in the generated envelopes.
            let entry_id = match entry.get("id") {
                Some(Value::String(id)) => Some(id.clone()),
                _ => None,
            };
            let entry_time = entry.get("time").and_then(Value::as_i64);
            if entry_id.is_some() || entry.get("id").is_some_and(Value::is_null) {
                entry.remove("id");
            }
            if entry_time.is_some() || entry.get("time").is_some_and(Value::is_null) {
                entry.remove("time");
            }
            for (key, list) in [
                ("messaging", RawList::Messaging),
                ("standby", RawList::Standby),
                ("changes", RawList::Changes),
            ] {
                match entry.remove(key) {
                    Some(Value::Array(items)) => {
                        events.extend(items.into_iter().map(|value| RawEvent {
                            object: object.clone(),
                            entry_id: entry_id.clone(),
                            entry_time,
                            list,
                            value,
                        }));
                    }
                    Some(value) => {
                        entry.insert(key.to_owned(), value);
                    }
                    None => {}
                }
            }
            if !entry.is_empty() {
                events.push(RawEvent {
                    object: object.clone(),
                    entry_id,
                    entry_time,
                    list: RawList::Other,
                    value: Value::Object(entry),
                });
            }
        }
        events
    }
}
