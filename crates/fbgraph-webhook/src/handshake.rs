//! The verification handshake: `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`.

use std::fmt;

/// Why a handshake was refused. None carries the verify token, given or expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HandshakeError {
    /// A parameter is absent (or empty).
    #[error("the handshake lacks `{0}`")]
    Missing(HandshakeParam),
    /// `hub.mode` is not `subscribe`.
    #[error("the handshake's `hub.mode` is not `subscribe`")]
    WrongMode,
    /// `hub.verify_token` is not the verify token.
    #[error("the handshake's `hub.verify_token` does not match")]
    TokenMismatch,
}

/// A parameter of the handshake's query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HandshakeParam {
    /// `hub.mode`
    Mode,
    /// `hub.verify_token`
    VerifyToken,
    /// `hub.challenge`
    Challenge,
}

impl HandshakeParam {
    /// The parameter's name in the query, e.g. `hub.mode`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mode => "hub.mode",
            Self::VerifyToken => "hub.verify_token",
            Self::Challenge => "hub.challenge",
        }
    }
}

impl fmt::Display for HandshakeParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The three handshake parameters of a query, percent-decoded; the first of each counts.
#[derive(Default)]
pub(crate) struct Params {
    pub(crate) mode: Option<Vec<u8>>,
    pub(crate) verify_token: Option<Vec<u8>>,
    pub(crate) challenge: Option<Vec<u8>>,
}

pub(crate) fn parse_query(query: &str) -> Params {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut params = Params::default();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let slot = match percent_decode(key).as_slice() {
            b"hub.mode" => &mut params.mode,
            b"hub.verify_token" => &mut params.verify_token,
            b"hub.challenge" => &mut params.challenge,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(percent_decode(value));
        }
    }
    params
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; a `%` not
/// followed by two hex digits stays as it is.
fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let high = bytes.get(i + 1).and_then(|&b| hex_value(b));
                let low = bytes.get(i + 2).and_then(|&b| hex_value(b));
                if let (Some(high), Some(low)) = (high, low) {
                    out.push(high << 4 | low);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            _ => out.push(byte),
        }
        i += 1;
    }
    out
}

pub(crate) fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// The challenge, if the handshake passes; `token_matches` compares the given token.
pub(crate) fn check<'a>(
    mode: Option<&[u8]>,
    verify_token: Option<&[u8]>,
    challenge: Option<&'a [u8]>,
    token_matches: impl FnOnce(&[u8]) -> bool,
) -> Result<&'a [u8], HandshakeError> {
    let mode = present(mode, HandshakeParam::Mode)?;
    let verify_token = present(verify_token, HandshakeParam::VerifyToken)?;
    let challenge = present(challenge, HandshakeParam::Challenge)?;
    if mode != b"subscribe" {
        return Err(HandshakeError::WrongMode);
    }
    if !token_matches(verify_token) {
        return Err(HandshakeError::TokenMismatch);
    }
    Ok(challenge)
}

fn present(value: Option<&[u8]>, param: HandshakeParam) -> Result<&[u8], HandshakeError> {
    value
        .filter(|value| !value.is_empty())
        .ok_or(HandshakeError::Missing(param))
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn percent_decoding_follows_form_encoding() {
        assert_eq!(percent_decode("a+b%2Fc%3d"), b"a b/c=");
        assert_eq!(percent_decode("100%"), b"100%");
        assert_eq!(percent_decode("%zz%4"), b"%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é".as_bytes());
    }
}
