//! A server that answers to hurt: endless or oversized bodies, trickles, and echoes of the
//! client's secrets in every place an answer has room for text. Nothing it does may hold the
//! client without bound, or put a secret in an error's `Display`, `Debug` or `source()`.

use std::time::Duration;

use fbgraph_runtime::{Client, DecodeErrorKind, Endpoint, Error, Method, RetryPolicy, UntypedCode};
use serde::Serialize;

use crate::client::{
    Conversations, PROOF, SECRET, TOKEN, assert_no_secrets, client_for, send_message,
};
use crate::server::{Canned, Server};

/// Everything an error shows: `Display`, `Debug` (plain and pretty) and its `source()` chain.
fn everything_shown<C: fbgraph_runtime::ErrorCode>(error: &Error<C>) -> String {
    let mut shown = format!("{error} {error:?} {error:#?}");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        shown.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    shown
}

/// The token with every character a JSON `\u` escape.
fn json_escaped(secret: &str) -> String {
    secret.bytes().map(|b| format!("\\u{b:04x}")).collect()
}

async fn within<T>(what: &str, future: impl std::future::Future<Output = T>) -> T {
    // Only a bound against hanging forever; no timing is judged.
    tokio::time::timeout(Duration::from_secs(120), future)
        .await
        .unwrap_or_else(|_| panic!("{what}: no result within 120 s"))
}

#[tokio::test]
async fn an_endless_body_is_refused_at_the_default_limit() {
    let server = Server::start(vec![Canned::Endless]).await;
    let client = client_for(&server);
    assert_eq!(client.max_response_size(), 64 * 1024 * 1024);
    let error = within(
        "an endless body",
        client
            .with_retry_policy(RetryPolicy::default())
            .send(Conversations::new("1")),
    )
    .await
    .expect_err("an endless body");
    let Error::TooLarge {
        method,
        limit,
        declared,
        attempts,
        ..
    } = &error
    else {
        panic!("expected TooLarge, got {error:?}")
    };
    assert_eq!(*method, Method::Get);
    assert_eq!(*limit, 64 * 1024 * 1024);
    assert_eq!(*declared, None);
    assert_eq!(*attempts, 1, "a too-large answer is not asked for again");
    assert_eq!(server.requests().len(), 1);
    assert!(!error.is_ambiguous(), "a GET changes nothing");
    assert!(error.to_string().contains("67108864 bytes"), "{error}");
}

#[tokio::test]
async fn a_declared_length_over_the_limit_is_refused_without_reading_it() {
    let server = Server::start(vec![Canned::Declares(10 * 1024 * 1024)]).await;
    let error = within(
        "a declared 10 MiB body",
        client_for(&server)
            .with_max_response_size(1024 * 1024)
            .send(send_message()),
    )
    .await
    .expect_err("larger than the limit");
    let Error::TooLarge {
        method,
        status,
        limit,
        declared,
        ..
    } = &error
    else {
        panic!("expected TooLarge, got {error:?}")
    };
    assert_eq!((*method, *status), (Method::Post, 200));
    assert_eq!(*limit, 1024 * 1024);
    assert_eq!(*declared, Some(10 * 1024 * 1024));
    assert!(
        error.is_ambiguous(),
        "the POST was answered: it may have been acted on"
    );
    let shown = error.to_string();
    assert!(shown.contains("1048576 bytes"), "{shown}");
    assert!(shown.contains("Graph may have acted on it"), "{shown}");
}

#[tokio::test]
async fn a_body_within_the_limit_is_read_whole() {
    let body = format!(r#"{{"data":[{{"id":"{}"}}]}}"#, "x".repeat(4000));
    let server = Server::start(vec![Canned::json(200, &body)]).await;
    let page = client_for(&server)
        .with_max_response_size(body.len() as u64)
        .send(Conversations::new("1"))
        .await
        .expect("exactly at the limit");
    assert_eq!(page.data.len(), 1);
}

#[tokio::test]
async fn a_trickling_answer_ends_at_the_timeout() {
    assert_eq!(
        Client::new(TOKEN).expect("a valid token").timeout(),
        Duration::from_secs(60),
        "every client has a timeout unless told otherwise"
    );
    let server = Server::start(vec![Canned::Trickle, Canned::Trickle]).await;
    let client = client_for(&server).with_timeout(Duration::from_millis(300));
    let error = within("a trickling GET", client.send(Conversations::new("1")))
        .await
        .expect_err("the body never finishes in time");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    let error = within("a trickling POST", client.send(send_message()))
        .await
        .expect_err("the body never finishes in time");
    assert!(error.is_ambiguous(), "{error:?}");
}

#[tokio::test]
async fn a_decode_error_never_quotes_a_secret_the_server_echoed() {
    // Where a list is expected, the server puts the token, the proof or the secret, plain,
    // JSON-escaped or in another case: serde_json's message quotes the value it got.
    let escaped = json_escaped(TOKEN);
    let bodies = [
        format!(r#"{{"data":"{TOKEN}"}}"#),
        format!(r#"{{"data":"{escaped}"}}"#),
        format!(r#"{{"data":"{PROOF}"}}"#),
        format!(r#"{{"data":"{}"}}"#, PROOF.to_uppercase()),
        format!(r#"{{"data":[{{"id":{{"{TOKEN}":1}}}}]}}"#),
        format!(r#"{{"data":[{{"id":"{SECRET}", "id":"{TOKEN}"}}]}}"#),
    ];
    let replies = bodies.iter().map(|b| Canned::json(200, b)).collect();
    let server = Server::start(replies).await;
    let client = client_for(&server).with_app_secret(SECRET);
    for body in &bodies {
        let error = client
            .send(Conversations::new("1"))
            .await
            .expect_err("not a list of threads");
        let Error::Decode {
            source, body: kept, ..
        } = &error
        else {
            panic!("expected a decode error for {body}, got {error:?}")
        };
        assert_eq!(source.kind(), DecodeErrorKind::Data, "{body}");
        assert!(source.line() >= 1, "{source:?}");
        let shown = everything_shown(&error);
        assert_no_secrets(&shown);
        assert!(
            !shown
                .to_ascii_lowercase()
                .contains(&PROOF.to_ascii_lowercase()),
            "{shown}"
        );
        assert!(
            !shown.contains(&escaped),
            "the escaped token survived: {shown}"
        );
        assert!(kept.contains("<redacted>"), "{kept}");
    }
}

#[tokio::test]
async fn every_string_of_an_error_envelope_is_scrubbed() {
    let body = format!(
        r#"{{"error":{{"message":"bad {TOKEN}","type":"{TOKEN}","code":190,
            "error_user_title":"{PROOF}","error_user_msg":"{}","fbtrace_id":"{TOKEN}"}}}}"#,
        json_escaped(TOKEN)
    );
    let server = Server::start(vec![Canned::json(400, &body)]).await;
    let error = client_for(&server)
        .with_app_secret(SECRET)
        .send(Conversations::new("1"))
        .await
        .expect_err("an envelope");
    let graph = error.graph().expect("a Graph error");
    assert_eq!(graph.code, 190);
    assert_eq!(graph.kind.as_deref(), Some("<redacted>"));
    assert_eq!(graph.fbtrace_id.as_deref(), Some("<redacted>"));
    assert_eq!(graph.error_user_title.as_deref(), Some("<redacted>"));
    assert_eq!(graph.error_user_msg.as_deref(), Some("<redacted>"));
    assert_eq!(graph.message, "bad <redacted>");
    assert_no_secrets(&everything_shown(&error));
}

#[tokio::test]
async fn usage_headers_that_echo_secrets_are_scrubbed() {
    let server = Server::start(vec![Canned::WithHeaders {
        status: 400,
        headers: vec![
            (
                "X-Business-Use-Case-Usage",
                format!(r#"{{"{TOKEN}":[{{"type":"{PROOF}","call_count":100}}]}}"#),
            ),
            ("facebook-api-version", TOKEN.to_owned()),
        ],
        body: r#"{"error":{"message":"Too many calls","code":80006}}"#.to_owned(),
    }])
    .await;
    let error = client_for(&server)
        .with_app_secret(SECRET)
        .send(Conversations::new("1"))
        .await
        .expect_err("throttled");
    let usage = error.usage().expect("usage headers");
    assert_eq!(usage.business[0].business_id, "<redacted>");
    assert_eq!(usage.business[0].kind.as_deref(), Some("<redacted>"));
    assert_eq!(usage.business[0].call_count, Some(100));
    assert_eq!(usage.api_version.as_deref(), Some("<redacted>"));
    assert_no_secrets(&everything_shown(&error));
}

#[tokio::test]
async fn huge_texts_from_the_server_are_capped() {
    let huge = "m".repeat(8 * 1024 * 1024);
    let body = format!(
        r#"{{"error":{{"message":"{huge}","type":"{huge}","code":1,"error_user_msg":"{huge}","fbtrace_id":"{huge}"}}}}"#
    );
    let decode = format!(r#"{{"data":"{huge}"}}"#);
    let server = Server::start(vec![Canned::json(400, &body), Canned::json(200, &decode)]).await;
    let client = client_for(&server);
    for what in ["an envelope", "a decode error"] {
        let error = client.send(Conversations::new("1")).await.expect_err(what);
        let shown = everything_shown(&error);
        // Each of the error's texts is at most 4 KiB, and each is shown three times here.
        assert!(
            shown.len() < 100 * 1024,
            "{what}: {} bytes shown",
            shown.len()
        );
    }
}

#[tokio::test]
async fn a_regain_time_beyond_any_bound_fails_at_once() {
    let throttled = |minutes: &str| Canned::WithHeaders {
        status: 400,
        headers: vec![(
            "X-Business-Use-Case-Usage",
            format!(
                r#"{{"1":[{{"type":"messenger","call_count":100,"estimated_time_to_regain_access":{minutes}}}]}}"#
            ),
        )],
        body: r#"{"error":{"message":"Too many calls","code":80006}}"#.to_owned(),
    };
    // Beyond u32 minutes, beyond u64 seconds, and a numeric string far beyond either.
    for minutes in ["99999999999", "1e300", "\"5e20\""] {
        let server = Server::start(vec![throttled(minutes), throttled(minutes)]).await;
        let client = client_for(&server).with_retry_policy(
            RetryPolicy::default()
                .max_attempts(3)
                .max_wait(Duration::from_secs(60)),
        );
        let error = within("a throttled call", client.send(Conversations::new("1")))
            .await
            .expect_err("throttled");
        assert!(error.is_throttling(), "{error:?}");
        assert_eq!(server.requests().len(), 1, "{minutes}: sent again");
        let regain = error.usage().and_then(|u| u.regain_access_in());
        assert!(
            regain.is_some_and(|r| r > Duration::from_secs(60)),
            "{regain:?}"
        );
    }
}

/// A hand-written endpoint that tries to send credentials of its own.
#[derive(Serialize)]
struct SmuggledToken {
    access_token: &'static str,
}

impl Endpoint for SmuggledToken {
    type Response = serde_json::Value;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Post;
    const NAME: &'static str = "SmuggledToken";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        "/me/messages".to_owned()
    }
}

#[derive(Serialize)]
struct SmuggledProof {
    appsecret_proof: &'static str,
    // A nested `access_token` is an ordinary value, not the credential.
    nested: serde_json::Value,
}

impl Endpoint for SmuggledProof {
    type Response = serde_json::Value;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "SmuggledProof";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        "/me".to_owned()
    }
}

#[derive(Serialize)]
struct NestedOnly {
    nested: serde_json::Value,
}

impl Endpoint for NestedOnly {
    type Response = serde_json::Value;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Post;
    const NAME: &'static str = "NestedOnly";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        "/me/messages".to_owned()
    }
}

#[tokio::test]
async fn parameters_named_like_credentials_are_refused_before_sending() {
    let server = Server::start(vec![Canned::json(200, r#"{"ok":true}"#)]).await;
    let client = client_for(&server);
    let error = client
        .send(SmuggledToken {
            access_token: "other",
        })
        .await
        .expect_err("a token parameter");
    assert!(
        matches!(&error, Error::Request(m) if m.contains("`access_token`")),
        "{error:?}"
    );
    let error = client
        .send(SmuggledProof {
            appsecret_proof: "p",
            nested: serde_json::json!({"access_token": "x"}),
        })
        .await
        .expect_err("a proof parameter");
    assert!(
        matches!(&error, Error::Request(m) if m.contains("`appsecret_proof`")),
        "{error:?}"
    );
    assert!(server.requests().is_empty(), "nothing was sent");

    // The same names nested inside a parameter are ordinary values.
    client
        .send(NestedOnly {
            nested: serde_json::json!({"access_token": "x", "appsecret_proof": "y"}),
        })
        .await
        .expect("nested names are not credentials");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn next_links_that_echo_secrets_are_refused_without_showing_them() {
    let next = format!("http://{}.example/v19.0/1/x", TOKEN.to_lowercase());
    let page: fbgraph_runtime::Paged<serde_json::Value> =
        serde_json::from_value(serde_json::json!({"data": [], "paging": {"next": next}}))
            .expect("a page");
    let client = Client::new(TOKEN)
        .expect("a valid token")
        .with_base_url("http://127.0.0.1:9")
        .expect("valid");
    let error = client.next_page(&page).await.expect_err("another host");
    assert!(matches!(&error, Error::Request(_)), "{error:?}");
    let shown = everything_shown(&error);
    assert!(
        !shown.to_lowercase().contains(&TOKEN.to_lowercase()),
        "{shown}"
    );
}
