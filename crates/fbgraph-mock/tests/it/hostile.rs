//! Bodies meant to break the server get a 100 error, and the server keeps serving.

use serde_json::json;

use crate::Mock;

async fn post_raw(mock: &Mock, content_type: &str, body: Vec<u8>) -> crate::Answer {
    mock.send(
        mock.http
            .post(mock.signed("/me/messages"))
            .header("content-type", content_type)
            .body(body),
    )
    .await
}

#[tokio::test]
async fn hostile_bodies_are_invalid_parameters() {
    let mock = Mock::start().await;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("application/json", b"{\"recipient\": ".to_vec()),
        ("application/json", b"[1, 2, 3]".to_vec()),
        ("application/json", "[".repeat(200_000).into_bytes()),
        (
            "application/json",
            format!("{{\"recipient\": {}1{}}}", "[".repeat(100), "]".repeat(100)).into_bytes(),
        ),
        (
            "application/json",
            b"{\"recipient\": \"\xff\xfe\"}".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            b"recipient=%FF%FE&message=\xff".to_vec(),
        ),
        (
            "multipart/form-data; boundary=x",
            b"--x\r\ngarbage".to_vec(),
        ),
        ("multipart/form-data", b"no boundary at all".to_vec()),
    ];
    for (content_type, body) in cases {
        let answer = post_raw(&mock, content_type, body).await;
        assert_eq!(answer.status, 400);
        assert_eq!(answer.error().0, 100, "{content_type}: {}", answer.body);
    }

    // JSON text nested deeply inside a form value.
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let answer = mock
        .post_form(
            "/me/messages",
            &[("recipient", &deep), ("sender_action", "typing_on")],
        )
        .await;
    assert_eq!(answer.error().0, 100);

    let deep_fields = format!("/me/conversations?fields={}", "messages{".repeat(2000));
    assert_eq!(mock.get(&deep_fields).await.error().0, 2500);

    let wrong_types = mock
        .post_json(
            "/me/messages",
            json!({"recipient": [1], "message": 7, "notification_type": {"a": 1}}),
        )
        .await;
    let message = wrong_types.error().3.to_owned();
    assert!(
        message.contains("param recipient must be an object"),
        "{message}"
    );
    assert!(
        message.contains("param message must be an object"),
        "{message}"
    );

    // Ten thousand wrong quick replies: the answer names some, not all.
    let replies = vec![json!({"content_type": "NOPE"}); 10_000];
    let many = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": mock.customer()}, "message": {"text": "x", "quick_replies": replies}}),
        )
        .await;
    let message = many.error().3.to_owned();
    assert!(message.contains("message[quick_replies][0][content_type]"));
    assert!(
        message.ends_with("and 9980 more problems"),
        "{}",
        &message[message.len() - 80..]
    );
    assert!(message.len() < 20_000, "{} bytes", message.len());

    // Still serving.
    assert_eq!(mock.get("/me/conversations").await.status, 200);
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let mock = Mock::start().await;
    let body = vec![b'a'; 9 * 1024 * 1024];
    let answer = post_raw(&mock, "application/x-www-form-urlencoded", body).await;
    assert!(answer.status >= 400);
    assert_eq!(answer.error().0, 100);
    assert_eq!(mock.get("/me/conversations").await.status, 200);
}

#[tokio::test]
async fn a_body_that_never_arrives_times_out() {
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    assert_eq!(
        fbgraph_mock::MockConfig::default().body_timeout,
        Duration::from_secs(10)
    );
    let config = fbgraph_mock::MockConfig {
        body_timeout: Duration::from_millis(300),
        ..fbgraph_mock::MockConfig::default()
    };
    let mock = Mock::with(config).await;
    let mut stream = tokio::net::TcpStream::connect(mock.server.addr())
        .await
        .unwrap();
    let head = format!(
        "POST /v19.0/me/messages?access_token={} HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"recipient\":",
        mock.token()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // The rest never comes; the server answers and closes the connection.
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut response))
        .await
        .expect("the server answers and closes within the timeout")
        .unwrap();
    let text = String::from_utf8_lossy(&response);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    let body = &text[text.find("\r\n\r\n").unwrap() + 4..];
    let body: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(body["error"]["code"], json!(100));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did not arrive"),
        "{body}"
    );

    assert_eq!(mock.get("/me/conversations").await.status, 200);
}
