use fbgraph_webhook::{
    MalformedSignature, Notification, ReceiveError, SignatureError, SignatureHeaders,
};

use crate::{SECRET, page, receiver, sign};

fn check(header: &str, body: &[u8]) -> Result<(), SignatureError> {
    receiver().verify_signature(SignatureHeaders::sha256(header.as_bytes()), body)
}

#[test]
fn a_signature_by_the_app_secret_is_accepted_in_either_case() {
    let body = page(&[&["hi"]]);
    let signature = sign(SECRET, &body);
    assert_eq!(check(&signature, &body), Ok(()));
    let upper = format!("sha256={}", signature["sha256=".len()..].to_uppercase());
    assert_eq!(check(&upper, &body), Ok(()));
}

#[test]
fn a_known_signature_is_accepted() {
    // python3 -c 'import hmac,hashlib; print(hmac.new(b"app-secret", b"{}", hashlib.sha256).hexdigest())'
    let receiver = fbgraph_webhook::Receiver::new("app-secret", "t").expect("valid");
    let header = b"sha256=bd9549eb87a414d3df28b5a60ea86d4a11e2f1c6258edbd18f56d3c23c0f908d";
    assert_eq!(
        receiver.verify_signature(SignatureHeaders::sha256(header), b"{}"),
        Ok(())
    );
}

#[test]
fn a_tampered_body_is_refused() {
    let body = page(&[&["hi"]]);
    let signature = sign(SECRET, &body);
    let tampered = page(&[&["ho"]]);
    assert_eq!(check(&signature, &tampered), Err(SignatureError::Mismatch));
    assert_eq!(
        check(&signature, &body[..body.len() - 1]),
        Err(SignatureError::Mismatch)
    );
}

#[test]
fn a_signature_by_another_secret_is_refused() {
    let body = page(&[&["hi"]]);
    assert_eq!(
        check(&sign("another-app", &body), &body),
        Err(SignatureError::Mismatch)
    );
}

#[test]
fn a_missing_header_is_refused_and_sha1_alone_is_named() {
    let body = page(&[&["hi"]]);
    let receiver = receiver();
    assert_eq!(
        receiver.verify_signature(SignatureHeaders::default(), &body),
        Err(SignatureError::Missing)
    );
    let sha1_only = SignatureHeaders {
        sha256: None,
        sha1: Some(b"sha1=0123456789abcdef0123456789abcdef01234567"),
    };
    assert_eq!(
        receiver.verify_signature(sha1_only, &body),
        Err(SignatureError::Sha1Only)
    );
    let signature = sign(SECRET, &body);
    let both = SignatureHeaders {
        sha256: Some(signature.as_bytes()),
        ..sha1_only
    };
    assert_eq!(receiver.verify_signature(both, &body), Ok(()));
}

#[test]
fn a_malformed_header_says_how() {
    let body = page(&[&["hi"]]);
    let hex = sign(SECRET, &body)["sha256=".len()..].to_owned();
    let malformed = |how| Err(SignatureError::Malformed(how));
    let cases = [
        (hex.clone(), malformed(MalformedSignature::Prefix)),
        (format!("sha1={hex}"), malformed(MalformedSignature::Prefix)),
        (
            format!("SHA256={hex}"),
            malformed(MalformedSignature::Prefix),
        ),
        (
            format!("sha256={}", &hex[..63]),
            malformed(MalformedSignature::Length { found: 63 }),
        ),
        (
            format!("sha256={hex}0"),
            malformed(MalformedSignature::Length { found: 65 }),
        ),
        (
            "sha256=".to_owned(),
            malformed(MalformedSignature::Length { found: 0 }),
        ),
        (
            format!("sha256={}g", &hex[..63]),
            malformed(MalformedSignature::NotHex),
        ),
        (
            format!("sha256= {}", &hex[1..]),
            malformed(MalformedSignature::NotHex),
        ),
    ];
    for (header, expected) in cases {
        assert_eq!(check(&header, &body), expected, "{header}");
    }
}

#[test]
fn a_body_over_the_limit_is_refused_before_its_signature_is_read() {
    let body = page(&[&["hi"]]);
    let signature = sign(SECRET, &body);
    let at_limit = receiver().with_body_limit(body.len());
    assert_eq!(
        at_limit.verify_signature(SignatureHeaders::sha256(signature.as_bytes()), &body),
        Ok(())
    );
    let under = receiver().with_body_limit(body.len() - 1);
    let refused = Err(SignatureError::BodyTooLarge {
        len: body.len(),
        limit: body.len() - 1,
    });
    assert_eq!(
        under.verify_signature(SignatureHeaders::sha256(signature.as_bytes()), &body),
        refused
    );
    // Even without any header: the size comes first.
    assert_eq!(
        under.verify_signature(SignatureHeaders::default(), &body),
        refused
    );
    assert_eq!(
        fbgraph_webhook::Receiver::new("a", "b").map(|r| r.body_limit()),
        Ok(1024 * 1024)
    );
}

#[test]
fn a_signed_body_decodes_into_events_in_order() {
    let body = page(&[&["one", "two"], &["three"]]);
    let signature = sign(SECRET, &body);
    let notification: serde_json::Value = receiver()
        .receive(SignatureHeaders::sha256(signature.as_bytes()), &body)
        .expect("signed and well-formed");
    let texts: Vec<_> = notification
        .into_events()
        .iter()
        .map(|event| {
            event.value["message"]["text"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(texts, ["one", "two", "three"]);
}

/// Every entry's lists give events, in body order, each with the envelope's object and its
/// entry's id and time; whatever else an entry (or the body) holds is an `Other` event, so
/// nothing a signed body carries is dropped.
#[test]
fn every_entry_of_the_raw_envelope_gives_events_and_nothing_is_dropped() {
    use fbgraph_webhook::RawList::{Changes, Messaging, Other, Standby};

    let notification = serde_json::json!({"object": "instagram", "entry": [
        {"id": "1", "time": 1, "standby": [{"n": 1}, {"n": 2}]},
        {"id": "1", "time": 2, "messaging": [{"n": 3}]},
        {"id": "7", "time": 3, "changes": [{"field": "comments", "value": {"n": 4}}]},
        {"id": "8", "time": 4, "uid": "5", "changed_fields": ["n"]},
        "not an entry",
        {"id": 9, "time": null, "messaging": [{"n": 6}]},
    ]});
    let events = notification.into_events();
    let seen: Vec<_> = events
        .iter()
        .map(|e| (e.list, e.entry_id.as_deref(), e.entry_time))
        .collect();
    assert_eq!(
        seen,
        [
            (Standby, Some("1"), Some(1)),
            (Standby, Some("1"), Some(1)),
            (Messaging, Some("1"), Some(2)),
            (Changes, Some("7"), Some(3)),
            (Other, Some("8"), Some(4)),
            (Other, None, None),
            (Messaging, None, None),
            (Other, None, None),
        ]
    );
    assert!(
        events
            .iter()
            .all(|e| e.object.as_deref() == Some("instagram"))
    );
    assert_eq!(events[3].value["value"]["n"], 4);
    assert_eq!(
        events[4].value,
        serde_json::json!({"uid": "5", "changed_fields": ["n"]})
    );
    assert_eq!(events[5].value, "not an entry");
    // An id of another shape stays with the entry's other keys.
    assert_eq!(events[7].value, serde_json::json!({"id": 9}));

    // A body that is not an envelope is one event, whole.
    let odd = serde_json::json!({"object": "page", "entry": {"id": "1"}});
    let events = odd.clone().into_events();
    assert_eq!(events.len(), 1);
    assert_eq!((events[0].list, &events[0].value), (Other, &odd));
}

#[test]
fn a_tampered_body_is_not_decoded() {
    let signature = sign(SECRET, b"{}");
    let result = receiver()
        .receive::<serde_json::Value>(SignatureHeaders::sha256(signature.as_bytes()), b"not json");
    assert_eq!(
        result.err(),
        Some(ReceiveError::Signature(SignatureError::Mismatch))
    );
}

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Strict {
    entry: Vec<StrictEntry>,
}

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct StrictEntry {
    time: u64,
}

impl Notification for Strict {
    type Event = u64;
    fn into_events(self) -> Vec<u64> {
        self.entry.into_iter().map(|entry| entry.time).collect()
    }
}

fn receive_strict(body: &[u8]) -> Result<Strict, ReceiveError> {
    let signature = sign(SECRET, body);
    receiver().receive(SignatureHeaders::sha256(signature.as_bytes()), body)
}

#[test]
fn an_undecodable_body_says_where_and_why_without_the_body() {
    let long = "x".repeat(10_000);
    let body = format!(r#"{{"entry":[{{"time":1}},{{"time":"{long}"}}]}}"#);
    let Err(ReceiveError::Decode(error)) = receive_strict(body.as_bytes()) else {
        panic!("expected a decode error");
    };
    assert_eq!(error.path(), "entry[1].time");
    assert!(
        error.message().starts_with("invalid type: string \"xxx"),
        "{}",
        error.message()
    );
    assert!(error.message().ends_with('…'));
    assert!(error.to_string().len() < 400, "{error}");
    assert_eq!(error.line(), 1);
    assert!(error.column() > 10_000);
}

/// A failure under a key that is the empty string still names a path (found by the webhook
/// fuzz target: the path was blank).
#[test]
fn a_failure_under_an_empty_key_names_it() {
    let signature = sign(SECRET, br#"{"": [1, "#);
    let Err(ReceiveError::Decode(error)) = receiver().receive::<serde_json::Value>(
        SignatureHeaders::sha256(signature.as_bytes()),
        br#"{"": [1, "#,
    ) else {
        panic!("expected a decode error");
    };
    assert!(!error.path().is_empty(), "{error}");
}

#[test]
fn trailing_bytes_after_the_envelope_are_undecodable() {
    let Err(ReceiveError::Decode(error)) = receive_strict(br#"{"entry":[]} {}"#) else {
        panic!("expected a decode error");
    };
    assert_eq!(error.message(), "trailing characters");
}
