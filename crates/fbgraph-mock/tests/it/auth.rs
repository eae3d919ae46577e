//! Tokens, app secret proofs and version prefixes.

use fbgraph_mock::MockConfig;
use hmac::{KeyInit, Mac};
use serde_json::json;

use crate::{Mock, enc};

pub fn proof(secret: &str, token: &str) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(token.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test]
async fn token_in_query_body_or_bearer_header_is_accepted() {
    let mock = Mock::start().await;
    let query = mock.get("/me/conversations").await;
    assert_eq!(query.ok()["data"].as_array().map(Vec::len), Some(2));
    assert_eq!(query.version.as_deref(), Some("v19.0"));

    let bearer = mock
        .send(
            mock.http
                .get(mock.url("/me/conversations"))
                .header("Authorization", format!("bEaReR {}", mock.token())),
        )
        .await;
    assert_eq!(bearer.ok(), query.ok());

    let body = json!({
        "access_token": mock.token(),
        "recipient": {"id": mock.customer()},
        "sender_action": "mark_seen",
    });
    let answer = mock
        .send(mock.http.post(mock.url("/me/messages")).json(&body))
        .await;
    assert_eq!(answer.ok(), &json!({"recipient_id": mock.customer()}));

    let form = format!(
        "access_token={}&recipient={}&sender_action=typing_off",
        enc(mock.token()),
        enc(&json!({"id": mock.customer()}).to_string())
    );
    let answer = mock
        .send(
            mock.http
                .post(mock.url("/me/messages"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form),
        )
        .await;
    assert_eq!(answer.ok()["recipient_id"], json!(mock.customer()));
}

#[tokio::test]
async fn missing_or_wrong_token_is_an_oauth_error() {
    let mock = Mock::start().await;
    let missing = mock
        .send(mock.http.get(mock.url("/me/conversations")))
        .await;
    assert_eq!(missing.status, 400);
    let (code, subcode, kind, message) = missing.error();
    assert_eq!((code, subcode, kind), (2500, None, "OAuthException"));
    assert_eq!(
        message,
        "An active access token must be used to query information about the current user."
    );

    let wrong = mock
        .send(
            mock.http
                .get(mock.url("/me/conversations?access_token=not-the-token")),
        )
        .await;
    let (code, _, kind, message) = wrong.error();
    assert_eq!((code, kind), (190, "OAuthException"));
    assert!(
        message.starts_with("Invalid OAuth access token"),
        "{message}"
    );

    let wrong_bearer = mock
        .send(
            mock.http
                .get(mock.url("/me/conversations"))
                .bearer_auth("nope"),
        )
        .await;
    assert_eq!(wrong_bearer.error().0, 190);
}

#[tokio::test]
async fn app_secret_requires_a_correct_proof() {
    let config = MockConfig {
        app_secret: Some("s3cret".into()),
        ..MockConfig::default()
    };
    let mock = Mock::with(config).await;

    let missing = mock.get("/me/conversations").await;
    let (code, _, kind, message) = missing.error();
    assert_eq!((code, kind), (100, "GraphMethodException"));
    assert_eq!(
        message,
        "API calls from the server require an appsecret_proof argument"
    );

    let wrong = mock
        .get(&format!(
            "/me/conversations?appsecret_proof={}",
            proof("other", mock.token())
        ))
        .await;
    let (code, _, kind, message) = wrong.error();
    assert_eq!((code, kind), (100, "GraphMethodException"));
    assert_eq!(
        message,
        "Invalid appsecret_proof provided in the API argument"
    );
    let garbage = mock.get("/me/conversations?appsecret_proof=zz").await;
    assert_eq!(garbage.error().0, 100);

    let right = proof("s3cret", mock.token());
    let signed = mock
        .get(&format!("/me/conversations?appsecret_proof={right}"))
        .await;
    assert_eq!(signed.ok()["data"].as_array().map(Vec::len), Some(2));

    // In the body too.
    let body = json!({
        "appsecret_proof": right,
        "recipient": {"id": mock.customer()},
        "sender_action": "typing_on",
    });
    assert_eq!(mock.post_json("/me/messages", body).await.status, 200);
}

#[tokio::test]
async fn unknown_version_or_path_is_rejected() {
    let mock = Mock::start().await;
    let path = format!(
        "{}/v1.0/me/conversations?access_token={}",
        mock.server.base_url(),
        mock.token()
    );
    let answer = mock.get_url(&path).await;
    let (code, _, kind, message) = answer.error();
    assert_eq!((code, kind), (2500, "OAuthException"));
    assert!(message.starts_with("Unknown path components"), "{message}");

    let no_version = format!(
        "{}/me?access_token={}",
        mock.server.base_url(),
        mock.token()
    );
    assert_eq!(mock.get_url(&no_version).await.error().0, 2500);

    let unknown_object = mock.get("/999/conversations").await;
    let (code, subcode, kind, message) = unknown_object.error();
    assert_eq!(
        (code, subcode, kind),
        (100, Some(33), "GraphMethodException")
    );
    assert!(
        message.starts_with("Unsupported get request. Object with ID '999' does not exist"),
        "{message}"
    );

    // Another page's id is not this page.
    let other_page = mock
        .post_json(
            "/1234567890/messages",
            json!({"recipient": {"id": mock.customer()}, "sender_action": "mark_seen"}),
        )
        .await;
    assert_eq!(other_page.error().1, Some(33));

    let edge = mock.get("/me/nonexistent_edge").await;
    assert_eq!(
        edge.error().3,
        "(#100) Tried accessing nonexisting field (nonexistent_edge) on node type (Page)"
    );

    let method = mock.send(mock.http.put(mock.signed("/me/messages"))).await;
    assert!(method.error().3.starts_with("Unsupported put request"));
}

#[tokio::test]
async fn credentials_are_judged_before_the_body() {
    let config = MockConfig {
        app_secret: Some("s3cret".into()),
        ..MockConfig::default()
    };
    let mock = Mock::with(config).await;
    let right = proof("s3cret", mock.token());
    let bad_json = |url: String| {
        mock.http
            .post(url)
            .header("content-type", "application/json")
            .body("{bad json")
    };

    let wrong = mock
        .send(bad_json(mock.url(&format!(
            "/me/messages?access_token=wrong&appsecret_proof={right}"
        ))))
        .await;
    let (code, _, kind, _) = wrong.error();
    assert_eq!((code, kind), (190, "OAuthException"));

    let wrong_bearer = mock
        .send(bad_json(mock.url("/me/messages")).bearer_auth("wrong"))
        .await;
    assert_eq!(wrong_bearer.error().0, 190);

    let wrong_proof = mock
        .send(bad_json(mock.signed(&format!(
            "/me/messages?appsecret_proof={}",
            proof("other", mock.token())
        ))))
        .await;
    assert_eq!(
        wrong_proof.error().3,
        "Invalid appsecret_proof provided in the API argument"
    );

    let unknown_version = mock
        .send(bad_json(format!(
            "{}/v1.0/me/messages?access_token=wrong",
            mock.server.base_url()
        )))
        .await;
    assert!(
        unknown_version
            .error()
            .3
            .starts_with("Unknown path components")
    );

    // No token in the query or a header, and a body that cannot hold one.
    let nothing = mock.send(bad_json(mock.url("/me/messages"))).await;
    let (code, _, _, message) = nothing.error();
    assert_eq!(code, 2500);
    assert!(message.starts_with("An active access token"), "{message}");

    // With good credentials, the body's own problem is answered.
    let good = mock
        .send(bad_json(
            mock.signed(&format!("/me/messages?appsecret_proof={right}")),
        ))
        .await;
    let (code, _, _, message) = good.error();
    assert_eq!(code, 100);
    assert!(message.contains("not valid JSON"), "{message}");

    // A token and proof in the body still count.
    let body = json!({
        "access_token": mock.token(),
        "appsecret_proof": right,
        "recipient": {"id": mock.customer()},
        "sender_action": "mark_seen",
    });
    let answer = mock
        .send(mock.http.post(mock.url("/me/messages")).json(&body))
        .await;
    assert_eq!(answer.ok()["recipient_id"], json!(mock.customer()));
    let wrong_in_body = json!({
        "access_token": "wrong",
        "recipient": {"id": mock.customer()},
        "sender_action": "mark_seen",
    });
    let answer = mock
        .send(
            mock.http
                .post(mock.url("/me/messages"))
                .json(&wrong_in_body),
        )
        .await;
    assert_eq!(answer.error().0, 190);
}
