//! Limits on what a request may cost the server: parameter counts and sizes. Every
//! refusal is Graph's JSON envelope, and the server keeps serving.

use serde_json::json;

use crate::{Mock, enc};

// Item 7: form keys and JSON values are bounded.

#[tokio::test]
async fn two_hundred_thousand_form_keys_are_refused() {
    let mock = Mock::start().await;
    let mut body = format!(
        "recipient={}&messaging_type=RESPONSE&message%5Btext%5D=hi",
        enc(&json!({"id": mock.customer()}).to_string())
    );
    for i in 0..200_000 {
        body.push_str(&format!("&message[quick_replies][{i}][title]=x"));
    }
    assert!(body.len() < 8 * 1024 * 1024);
    let answer = mock
        .send(
            mock.http
                .post(mock.signed("/me/messages"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await;
    assert_eq!(answer.status, 400);
    let (code, _, kind, message) = answer.error();
    assert_eq!((code, kind), (100, "OAuthException"));
    assert!(message.contains("10000 parameters"), "{message}");
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn form_indices_and_values_are_bounded() {
    let mock = Mock::start().await;
    let recipient = json!({"id": mock.customer()}).to_string();
    // An index far beyond any Graph list.
    let answer = mock
        .post_form(
            "/me/messages",
            &[
                ("recipient", &recipient),
                ("messaging_type", "RESPONSE"),
                ("message[text]", "hi"),
                ("message[quick_replies][5000][content_type]", "text"),
                ("message[quick_replies][5000][title]", "x"),
                ("message[quick_replies][5000][payload]", "x"),
            ],
        )
        .await;
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100);
    assert!(
        message.contains("index 5000") && message.contains("1000"),
        "{message}"
    );

    // A JSON body with too many values.
    let zeros = vec![0; 150_000];
    let answer = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": mock.customer()}, "messaging_type": "RESPONSE",
                   "message": {"text": "hi"}, "tags": zeros}),
        )
        .await;
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100);
    assert!(message.contains("100000 values"), "{message}");

    // JSON text in a form value, with too many values.
    let replies = json!({"text": "hi", "quick_replies": vec![json!({}); 150_000]}).to_string();
    let answer = mock
        .post_form(
            "/me/messages",
            &[
                ("recipient", &recipient),
                ("messaging_type", "RESPONSE"),
                ("message", &replies),
            ],
        )
        .await;
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100);
    assert!(message.contains("100000 values"), "{message}");

    // Real-sized forms still pass: 13 quick replies.
    let mut pairs = vec![
        ("recipient".to_owned(), recipient.clone()),
        ("messaging_type".to_owned(), "RESPONSE".to_owned()),
        ("message[text]".to_owned(), "pick".to_owned()),
    ];
    for i in 0..13 {
        for (k, v) in [("content_type", "text"), ("title", "t"), ("payload", "p")] {
            pairs.push((format!("message[quick_replies][{i}][{k}]"), v.to_owned()));
        }
    }
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (&**k, &**v)).collect();
    mock.post_form("/me/messages", &pairs).await.ok();
}
