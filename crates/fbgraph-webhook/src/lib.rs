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
//! assert_eq!(events[0]["message"]["text"], "hi");
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

/// The raw JSON envelope. Its events are the items of every entry's `messaging` array, then
/// of its `standby` array (a secondary receiver's), entry by entry; anything else (a `changes`
/// array, a body that is not an envelope) yields no events.
impl Notification for serde_json::Value {
    type Event = serde_json::Value;

    fn into_events(self) -> Vec<serde_json::Value> {
        use serde_json::Value;
        let Value::Object(mut root) = self else {
            return Vec::new();
        };
        let Some(Value::Array(entries)) = root.remove("entry") else {
            return Vec::new();
        };
        let mut events = Vec::new();
        for entry in entries {
            let Value::Object(mut entry) = entry else {
                continue;
            };
            for key in ["messaging", "standby"] {
                if let Some(Value::Array(list)) = entry.remove(key) {
                    events.extend(list);
                }
            }
        }
        events
    }
}
