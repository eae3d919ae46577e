//! Receives Meta's webhook notifications.
//!
//! The core needs no web framework: it answers the verification handshake, checks
//! `X-Hub-Signature-256` over the raw body, and decodes the body into a [`Notification`],
//! normally the type generated from the spec (`fbgraph::v26_0::webhooks::Notification`).

/// A decoded webhook body: Meta's envelope (`{"object", "entry": [...]}`) holding one or more
/// events, batched by entry.
///
/// The code generator implements it for each Graph version's envelope type; a receiver is
/// generic over it.
pub trait Notification: serde::de::DeserializeOwned + Send + 'static {
    /// One event of the envelope (a message, a postback, a read, ...).
    type Event: Send + 'static;

    /// The events of every entry, in the order the body holds them.
    fn into_events(self) -> Vec<Self::Event>;
}
