//! Decoding a signed body into a [`Notification`](crate::Notification).

use crate::signature::SignatureError;

/// The most of serde's message and path a [`DecodeError`] keeps, in bytes: a message may quote
/// a value of the body, and a body is up to a megabyte.
const KEPT: usize = 256;

/// Why [`Receiver::receive`](crate::Receiver::receive) refused a notification.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReceiveError {
    /// The signature is refused; the body was not decoded.
    #[error("webhook signature refused: {0}")]
    Signature(#[from] SignatureError),
    /// The body is signed but does not decode as the notification type.
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// A signed body that does not decode as the notification type: where and why, in serde's
/// words, without the body (a quoted value is cut at 256 bytes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("undecodable webhook notification at `{path}` (line {line}, column {column}): {message}")]
pub struct DecodeError {
    path: String,
    message: String,
    line: usize,
    column: usize,
}

impl DecodeError {
    /// Where in the body decoding stopped, e.g. `entry[0].messaging[0].timestamp`
    /// (`.` for the top level).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Serde's message, e.g. ``invalid type: string "x", expected u64``.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The line of the body where decoding stopped, from 1 (0 if unknown).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column of that line, from 1 (0 if unknown).
    pub fn column(&self) -> usize {
        self.column
    }
}

pub(crate) fn decode<N: serde::de::DeserializeOwned>(body: &[u8]) -> Result<N, DecodeError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = match error.path().to_string() {
            // A key that is the empty string renders as nothing: say so, rather than leave the
            // path blank (or claim the top level).
            shown if shown.is_empty() && error.path().iter().next().is_some() => "\"\"".to_owned(),
            shown if shown.is_empty() => ".".to_owned(),
            shown => shown,
        };
        DecodeError::new(&path, error.inner())
    })?;
    deserializer
        .end()
        .map_err(|error| DecodeError::new(".", &error))?;
    Ok(value)
}

impl DecodeError {
    fn new(path: &str, error: &serde_json::Error) -> Self {
        // serde_json's Display appends " at line L column C"; keep the bare message.
        let message = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        Self {
            path: cut(path),
            message: cut(message),
            line: error.line(),
            column: error.column(),
        }
    }
}

/// `text` cut at [`KEPT`] bytes, on a character boundary, with `…` when cut.
fn cut(text: &str) -> String {
    if text.len() <= KEPT {
        return text.to_owned();
    }
    let mut end = KEPT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}
