//! The runtime that executes fbgraph requests against Meta's Graph API.
//!
//! Generated code (the `fbgraph` crate, or the `fbgraph-macros` proc macro) describes each Graph
//! call as a request value implementing [`Endpoint`]; this crate turns such a value into an HTTP
//! request, sends it with the access token and `appsecret_proof`, and turns Graph's answer into
//! either the typed response or a typed [`Error`]. It also holds the small wire types every
//! generated module shares: [`DateTime`] (Graph's `+0000` datetimes), [`NumericString`], and
//! [`Paged`] lists with their [`Paging`] cursors.
//!
//! Around that one path, the client retries what is safe to send again and never a `POST`
//! that may have been delivered ([`RetryPolicy`], [`Error::Ambiguous`]), applies timeouts
//! ([`Client::with_timeout`], [`SendOptions`]), reports Graph's rate-limit headers ([`Usage`]
//! on every [`Response`], and on every error that came with an answer), streams paged lists in constant memory
//! ([`Client::paginate`]) and sends up to 50 calls as one [`Batch`].
//!
//! It is **not** where endpoints are described: no endpoint knowledge lives here. Users normally
//! reach this crate through the re-exports of `fbgraph`, not directly.
//!
//! # Example
//!
//! A hand-written endpoint, the same shape the code generator emits:
//!
//! ```no_run
//! use fbgraph_runtime::{encode_path_segment, Client, Endpoint, Method, Paged, UntypedCode};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize)]
//! struct Conversations {
//!     #[serde(skip)]
//!     page_id: String,
//!     #[serde(skip_serializing_if = "Option::is_none")]
//!     limit: Option<u32>,
//! }
//!
//! #[derive(Deserialize)]
//! struct Thread {
//!     id: String,
//! }
//!
//! impl Endpoint for Conversations {
//!     type Response = Paged<Thread>;
//!     type ErrorCode = UntypedCode;
//!     const METHOD: Method = Method::Get;
//!     const NAME: &'static str = "Conversations";
//!     const VERSION: &'static str = "v19.0";
//!     fn path(&self) -> String {
//!         format!("/{}/conversations", encode_path_segment(&self.page_id))
//!     }
//! }
//!
//! # async fn run() -> Result<(), fbgraph_runtime::Error> {
//! let client = Client::new("page-access-token")?.with_app_secret("app-secret");
//! let mut page = client
//!     .send(Conversations { page_id: "1234".into(), limit: Some(25) })
//!     .await?;
//! loop {
//!     for thread in &page {
//!         println!("{}", thread.id);
//!     }
//!     match client.next_page(&page).await? {
//!         Some(next) => page = next,
//!         None => break,
//!     }
//! }
//! # Ok(())
//! # }
//! ```

mod auth;
mod batch;
mod client;
pub mod de;
mod endpoint;
mod error;
mod id;
mod paginate;
mod retry;
mod select;
pub mod ser;
mod tls;
mod types;
mod upload;

/// Webhook receiving: the handshake, the signature check and the [`webhook::Notification`]
/// trait the generated envelopes implement.
pub use fbgraph_webhook as webhook;
mod usage;

pub use auth::appsecret_proof;
pub use batch::{Batch, BatchHandle, BatchOutcome, BatchResults};
pub use client::{Client, Response, SendOptions};
pub use endpoint::{Endpoint, Method};
pub use error::{
    CallErrorCode, DecodeError, DecodeErrorKind, Error, ErrorCode, GraphError, Interruption,
    TransportError, UntypedCode,
};
pub use id::{AnyNode, Id};
pub use paginate::{Items, Pages};
pub use retry::RetryPolicy;
pub use select::{FieldName, Select, comma_joined};
pub use tls::{install_tls_provider, tls_provider};
pub use types::{Cursors, DateTime, DateTimeError, NodeRef, NumericString, Paged, Paging};
pub use upload::Upload;
pub use usage::{AppUsage, BusinessUsage, Usage};

/// Re-exports for generated code; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;
}

/// Percent-encodes `s` for use as one path segment.
///
/// Every byte except the unreserved characters `A-Z a-z 0-9 - . _ ~` is written as `%XX`, so an
/// id can never add a `/`, `?` or `#` to the request path.
///
/// ```
/// assert_eq!(fbgraph_runtime::encode_path_segment("12/../me?x#y"), "12%2F..%2Fme%3Fx%23y");
/// ```
pub fn encode_path_segment(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &byte in s.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode_path_segment;

    #[test]
    fn path_segments_keep_unreserved_characters() {
        assert_eq!(encode_path_segment("AZaz09-._~"), "AZaz09-._~");
        assert_eq!(encode_path_segment(""), "");
    }

    #[test]
    fn path_segments_cannot_inject_structure() {
        let encoded = encode_path_segment("1/2?access_token=x#frag %");
        assert_eq!(encoded, "1%2F2%3Faccess_token%3Dx%23frag%20%25");
        assert!(!encoded.contains(['/', '?', '#', '=']));
    }

    #[test]
    fn path_segments_encode_utf8_bytes() {
        assert_eq!(encode_path_segment("é"), "%C3%A9");
    }
}
