//! `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed by the app secret>`.

use crate::handshake::hex_value;

/// The header Meta signs every notification with: `sha256=` and 64 hex digits.
pub const SIGNATURE_HEADER: &str = "x-hub-signature-256";

/// The legacy SHA-1 header Meta sends beside [`SIGNATURE_HEADER`]; never accepted alone.
pub const LEGACY_SIGNATURE_HEADER: &str = "x-hub-signature";

/// The `X-Hub-Signature-256` value Meta would send with `body` for the app whose secret is
/// `app_secret`: `sha256=` and the lowercase hex HMAC-SHA256 of the body. For tests that post
/// notifications to their own receiver (the mock's sandbox signs with it too).
///
/// ```
/// let body = br#"{"object":"page","entry":[]}"#;
/// let signature = fbgraph_webhook::sign("app-secret", body);
/// let receiver = fbgraph_webhook::Receiver::new("app-secret", "verify-token")?;
/// let headers = fbgraph_webhook::SignatureHeaders::sha256(signature.as_bytes());
/// assert!(receiver.verify_signature(headers, body).is_ok());
/// # Ok::<(), fbgraph_webhook::ConfigError>(())
/// ```
pub fn sign(app_secret: impl AsRef<[u8]>, body: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, app_secret.as_ref());
    let tag = ring::hmac::sign(&key, body);
    let mut out = String::with_capacity(7 + 2 * tag.as_ref().len());
    out.push_str("sha256=");
    for &byte in tag.as_ref() {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    out
}

/// The signature headers of a notification, as received.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SignatureHeaders<'a> {
    /// The value of `X-Hub-Signature-256`, if present.
    pub sha256: Option<&'a [u8]>,
    /// The value of `X-Hub-Signature` (SHA-1), if present. Only used to say why a request
    /// without `X-Hub-Signature-256` is refused.
    pub sha1: Option<&'a [u8]>,
}

impl<'a> SignatureHeaders<'a> {
    /// The value of `X-Hub-Signature-256`, the only header checked.
    pub fn sha256(value: &'a [u8]) -> Self {
        Self {
            sha256: Some(value),
            sha1: None,
        }
    }
}

/// Why a notification's signature was refused. None carries the app secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// The body is larger than the receiver's limit; it was not hashed.
    #[error("the body is {len} bytes, over the limit of {limit}")]
    BodyTooLarge {
        /// The body's length in bytes.
        len: usize,
        /// The receiver's [`body_limit`](crate::Receiver::body_limit).
        limit: usize,
    },
    /// Neither signature header is present.
    #[error("no X-Hub-Signature-256 header")]
    Missing,
    /// Only the legacy SHA-1 `X-Hub-Signature` is present.
    #[error("only the legacy X-Hub-Signature (SHA-1) header; X-Hub-Signature-256 is required")]
    Sha1Only,
    /// `X-Hub-Signature-256` is not `sha256=` and 64 hex digits.
    #[error("malformed X-Hub-Signature-256: {0}")]
    Malformed(MalformedSignature),
    /// The signature is not the body's HMAC under the app secret: tampered with, or signed
    /// with another app's secret.
    #[error("X-Hub-Signature-256 does not match the body")]
    Mismatch,
}

/// How an `X-Hub-Signature-256` value is malformed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MalformedSignature {
    /// It does not start with `sha256=`.
    #[error("it does not start with `sha256=`")]
    Prefix,
    /// It has another number of characters than 64 after `sha256=`.
    #[error("{found} characters after `sha256=` where 64 hex digits are expected")]
    Length {
        /// The number of bytes after `sha256=`.
        found: usize,
    },
    /// A character after `sha256=` is not a hex digit.
    #[error("a character after `sha256=` is not a hex digit")]
    NotHex,
}

/// The 32 bytes the header claims, hex in either case.
pub(crate) fn parse(headers: SignatureHeaders<'_>) -> Result<[u8; 32], SignatureError> {
    let value = match headers {
        SignatureHeaders {
            sha256: Some(value),
            ..
        } => value,
        SignatureHeaders {
            sha256: None,
            sha1: Some(_),
        } => return Err(SignatureError::Sha1Only),
        SignatureHeaders {
            sha256: None,
            sha1: None,
        } => return Err(SignatureError::Missing),
    };
    let malformed = SignatureError::Malformed;
    let hex = value
        .strip_prefix(b"sha256=")
        .ok_or(malformed(MalformedSignature::Prefix))?;
    if hex.len() != 64 {
        return Err(malformed(MalformedSignature::Length { found: hex.len() }));
    }
    let mut out = [0; 32];
    for (byte, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
        let (Some(high), Some(low)) = (hex_value(pair[0]), hex_value(pair[1])) else {
            return Err(malformed(MalformedSignature::NotHex));
        };
        *byte = high << 4 | low;
    }
    Ok(out)
}
