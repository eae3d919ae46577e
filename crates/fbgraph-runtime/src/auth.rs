//! Request signing.

use ring::hmac;

/// Computes Graph's `appsecret_proof` for an access token: the lowercase hex HMAC-SHA256 of
/// `access_token`, keyed with `app_secret`.
///
/// [`Client::with_app_secret`](crate::Client::with_app_secret) adds it to every request; call
/// this directly only when building requests by other means.
pub fn appsecret_proof(access_token: &str, app_secret: &str) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, app_secret.as_bytes());
    to_hex(hmac::sign(&key, access_token.as_bytes()).as_ref())
}

fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{appsecret_proof, to_hex};

    #[test]
    fn proof_matches_an_independent_hmac_sha256() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"secret", b"token", hashlib.sha256).hexdigest())'
        assert_eq!(
            appsecret_proof("token", "secret"),
            "e941110e3d2bfe82621f0e3e1434730d7305d106c5f68c87165d0b27a4611a4a"
        );
    }

    #[test]
    fn proof_handles_keys_longer_than_a_block() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"k"*100, b"EAAB-token", hashlib.sha256).hexdigest())'
        let secret = "k".repeat(100);
        assert_eq!(
            appsecret_proof("EAAB-token", &secret),
            "a3de5038806bcdf54ed539639d8b98b1f9cffb57c03652697aa3c9eeeaa84ca1"
        );
    }

    #[test]
    fn hex_is_lowercase_and_zero_padded() {
        assert_eq!(to_hex(&[0x00, 0x0f, 0xab, 0xff]), "000fabff");
    }
}
