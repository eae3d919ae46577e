//! The app secret and the verify token never show in Debug, Display or errors.

use fbgraph_webhook::{Receiver, SignatureHeaders};

use crate::{SECRET, TOKEN, encode, page, receiver, sign};

fn assert_secret_free(text: &str) {
    assert!(!text.contains(SECRET), "app secret in {text:?}");
    assert!(!text.contains(TOKEN), "verify token in {text:?}");
    assert!(
        !text.contains(&encode(TOKEN)),
        "encoded verify token in {text:?}"
    );
}

#[test]
fn the_receivers_debug_redacts_both_secrets() {
    let receiver = receiver().with_body_limit(4096).with_max_in_flight(8);
    let debug = format!("{receiver:?} {receiver:#?}");
    assert_secret_free(&debug);
    assert!(debug.contains("<redacted>"), "{debug}");
    assert!(debug.contains("4096"), "{debug}");
    assert_eq!(receiver.max_in_flight(), 8);
}

#[test]
fn no_refusal_carries_a_secret() {
    let receiver = receiver().with_body_limit(1024);
    let body = page(&[&["hi"]]);
    let good = sign(SECRET, &body);
    // A signature made with the verify token as key, and headers quoting the secrets.
    let by_token = sign(TOKEN, &body);
    let quoting_secret = format!("sha256={SECRET}");
    let mut errors: Vec<Box<dyn std::error::Error>> = Vec::new();
    for header in [by_token.as_str(), &quoting_secret, &good[..20]] {
        let result = receiver
            .receive::<serde_json::Value>(SignatureHeaders::sha256(header.as_bytes()), &body);
        errors.push(Box::new(result.expect_err("refused")));
    }
    let large = vec![b' '; 2048];
    errors.push(Box::new(
        receiver
            .verify_signature(SignatureHeaders::sha256(good.as_bytes()), &large)
            .expect_err("too large"),
    ));
    let undecodable = br#"{"entry": "not a list"}"#;
    let signed = sign(SECRET, undecodable);
    errors.push(Box::new(
        receiver
            .receive::<NeedsList>(SignatureHeaders::sha256(signed.as_bytes()), undecodable)
            .err()
            .expect("undecodable"),
    ));
    for query in [
        format!(
            "hub.mode=subscribe&hub.verify_token={}x&hub.challenge=1",
            encode(TOKEN)
        ),
        format!(
            "hub.mode=unsubscribe&hub.verify_token={}&hub.challenge=1",
            encode(TOKEN)
        ),
        format!("hub.mode=subscribe&hub.verify_token={}", encode(TOKEN)),
    ] {
        errors.push(Box::new(
            receiver.verify_handshake(&query).expect_err("refused"),
        ));
    }
    errors.push(Box::new(
        Receiver::new("", TOKEN).expect_err("empty secret"),
    ));
    errors.push(Box::new(
        Receiver::new(SECRET, "").expect_err("empty token"),
    ));
    for error in &errors {
        assert_secret_free(&format!("{error} {error:?}"));
    }
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct NeedsList {
    entry: Vec<u8>,
}

impl fbgraph_webhook::Notification for NeedsList {
    type Event = u8;
    fn into_events(self) -> Vec<u8> {
        self.entry
    }
}
