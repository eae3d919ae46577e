//! The crate's one integration-test binary.

mod handshake;
mod route;
mod secrets;
mod signature;

use hmac::{KeyInit, Mac};

pub const SECRET: &str = "s3cr3t-app-secret-4f9a";
pub const TOKEN: &str = "verify/token&with=odd chars";

pub fn receiver() -> fbgraph_webhook::Receiver {
    fbgraph_webhook::Receiver::new(SECRET, TOKEN).expect("a valid configuration")
}

/// `X-Hub-Signature-256` for `body` under `secret`, computed apart from the crate.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("sha256={hex}")
}

/// A page notification: one entry per slice, one text message per string.
pub fn page(entries: &[&[&str]]) -> Vec<u8> {
    let entries: Vec<_> = entries
        .iter()
        .enumerate()
        .map(|(i, texts)| {
            let messaging: Vec<_> = texts
                .iter()
                .map(|text| {
                    serde_json::json!({
                        "sender": {"id": "2"}, "recipient": {"id": "1"}, "timestamp": 1,
                        "message": {"mid": "m", "text": text},
                    })
                })
                .collect();
            serde_json::json!({"id": "1", "time": i, "messaging": messaging})
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"object": "page", "entry": entries})).expect("JSON")
}

/// Percent-encodes every byte but unreserved ones, as a query value.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
