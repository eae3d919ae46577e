//! Limits on what a request may cost the server: parameter counts and sizes, heads that do
//! not parse or never arrive, bodies declared too large. Every refusal is Graph's JSON
//! envelope, and the server keeps serving.

use std::time::Duration;

use fbgraph_mock::MockConfig;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::{Mock, enc};

/// A response read off the wire.
#[derive(Debug)]
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The Graph error of the answer: asserts JSON, the envelope's shape; `(code, message)`.
    fn graph_error(&self) -> (i64, String) {
        let content_type = self.header("content-type").unwrap_or_default();
        assert!(
            content_type.starts_with("application/json"),
            "{} {content_type:?}",
            self.status
        );
        let body: Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)));
        let error = &body["error"];
        assert_eq!(error["type"], "OAuthException", "{body}");
        assert!(error["fbtrace_id"].as_str().is_some_and(|t| !t.is_empty()));
        let code = error["code"].as_i64().expect("a code");
        (
            code,
            error["message"].as_str().expect("a message").to_owned(),
        )
    }
}

/// Splits what the server sent into responses (each with a `Content-Length`).
fn responses(mut bytes: &[u8]) -> Vec<Raw> {
    let mut out = Vec::new();
    while let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
        let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("a status line: {status_line:?}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
            .collect();
        let length: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let rest = &bytes[end + 4..];
        let body = rest[..length.min(rest.len())].to_vec();
        bytes = &rest[length.min(rest.len())..];
        out.push(Raw {
            status,
            headers,
            body,
        });
    }
    out
}

/// Writes `request` (while reading), then reads until the server closes the connection,
/// at most 5 s; returns the responses.
async fn exchange(mock: &Mock, request: Vec<u8>) -> Vec<Raw> {
    let stream = TcpStream::connect(mock.server.addr()).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    let writer = tokio::spawn(async move {
        // The server may refuse before the end: a failed write is fine.
        let _ = write.write_all(&request).await;
        write
    });
    let mut received = Vec::new();
    let outcome = tokio::time::timeout(Duration::from_secs(5), read.read_to_end(&mut received))
        .await
        .unwrap_or_else(|_| {
            panic!(
                "the server closes the connection within 5 s; got {:?}",
                String::from_utf8_lossy(&received)
            )
        });
    let _ = writer.await;
    if let Err(e) = outcome {
        panic!(
            "the connection was reset ({e}) after {:?}",
            String::from_utf8_lossy(&received)
        );
    }
    responses(&received)
}

fn get_head(mock: &Mock, target: &str) -> String {
    format!(
        "GET /v19.0{target}{}access_token={} HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        if target.contains('?') { '&' } else { '?' },
        enc(mock.token())
    )
}

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

// Item 8: a head that does not arrive in time closes the connection.

#[tokio::test]
async fn trickled_heads_are_closed_after_the_header_timeout() {
    assert_eq!(
        MockConfig::default().header_timeout,
        Duration::from_secs(10)
    );
    let mock = Mock::with(MockConfig {
        header_timeout: Duration::from_millis(200),
        ..MockConfig::default()
    })
    .await;
    let head = get_head(&mock, "/me/conversations");
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let addr = mock.server.addr();
        let head = head.clone();
        tasks.push(tokio::spawn(async move {
            let mut stream = TcpStream::connect(addr).await.unwrap();
            stream.write_all(head.as_bytes()).await.unwrap();
            let mut buf = [0u8; 256];
            // One header byte every 50 ms, never the end of the head.
            loop {
                tokio::select! {
                    read = stream.read(&mut buf) => {
                        // Closed (EOF or reset), without an answer.
                        if let Ok(n) = read {
                            assert_eq!(n, 0, "{:?}", String::from_utf8_lossy(&buf[..n]));
                        }
                        return;
                    }
                    () = tokio::time::sleep(Duration::from_millis(50)) => {
                        if stream.write_all(b"x").await.is_err() {
                            return;
                        }
                    }
                }
            }
        }));
    }
    for task in tasks {
        tokio::time::timeout(Duration::from_secs(5), task)
            .await
            .expect("the server closed the connection within 5 s")
            .expect("the client task ends");
    }
    // A head that arrives in time is answered, and the server keeps serving.
    mock.get("/me/conversations?limit=1").await.ok();
}

// Item 9: what hyper would refuse with an empty body gets Graph's envelope.

#[tokio::test]
async fn unparsable_heads_get_graph_errors() {
    let mock = Mock::start().await;

    let long_query = format!("/me/conversations?q={}", "a".repeat(64 * 1024));
    let many_params: String = (0..20_000).map(|i| format!("&p{i}=1")).collect();
    let many_params = format!("/me/conversations?x=1{many_params}");
    let mut many_headers = get_head(&mock, "/me/conversations");
    for i in 0..500 {
        many_headers.push_str(&format!("X-Header-{i}: {i}\r\n"));
    }
    let mut bad_byte = b"GET /v19.0/me\xff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".to_vec();
    let cases: Vec<(u16, Vec<u8>, &str)> = vec![
        (
            414,
            format!("{}\r\n", get_head(&mock, &long_query)).into_bytes(),
            "request target",
        ),
        (
            414,
            format!("{}\r\n", get_head(&mock, &many_params)).into_bytes(),
            "request target",
        ),
        (
            431,
            format!("{many_headers}\r\n").into_bytes(),
            "100 headers",
        ),
        (400, std::mem::take(&mut bad_byte), "request line"),
        (
            400,
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(),
            "request line",
        ),
        (
            400,
            format!(
                "{}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                get_head(&mock, "/me")
            )
            .into_bytes(),
            "Content-Length",
        ),
    ];
    for (status, request, names) in cases {
        let answers = exchange(&mock, request).await;
        assert_eq!(answers.len(), 1, "{answers:?}");
        let answer = &answers[0];
        assert_eq!(answer.status, status, "{answer:?}");
        let (code, message) = answer.graph_error();
        assert_eq!(code, 100, "{message}");
        assert!(message.contains(names), "{names}: {message}");
        assert_eq!(answer.header("connection"), Some("close"));
        assert_eq!(answer.header("facebook-api-version"), Some("v19.0"));
    }
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn every_head_of_a_keep_alive_connection_is_checked() {
    let mock = Mock::start().await;
    let body = json!({"recipient": {"id": mock.customer()}, "messaging_type": "RESPONSE",
                      "message": {"text": "kept alive"}})
    .to_string();
    let post = |extra: &str, body: &str| {
        format!(
            "POST /v19.0/me/messages?access_token={} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
             Content-Type: application/json\r\n{extra}\r\n{body}",
            enc(mock.token())
        )
    };
    // A body framed by Content-Length, one chunked (split oddly, with an extension and a
    // trailer), then a head that does not parse: three answers, in order.
    let (first, second) = body.split_at(10);
    let chunked = format!(
        "{:x};ext=1\r\n{first}\r\n{:X}\r\n{second}\r\n0\r\nX-Trailer: t\r\n\r\n",
        first.len(),
        second.len()
    );
    let mut request = post(&format!("Content-Length: {}\r\n", body.len()), &body);
    request.push_str(&post("Transfer-Encoding: chunked\r\n", &chunked));
    request.push_str("GET /v19.0/me?\u{1} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let answers = exchange(&mock, request.into_bytes()).await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [200, 200, 400], "{answers:?}");
    assert_eq!(answers[2].graph_error().0, 100);
    let texts = mock.texts(&mock.customer()).await;
    assert_eq!(texts.iter().filter(|t| *t == "kept alive").count(), 2);
}

// Item 10: a body declared too large is refused at once.

#[tokio::test]
async fn a_declared_oversized_body_is_refused_without_reading_it() {
    let mock = Mock::start().await;
    let head = format!(
        "POST /v19.0/me/messages?access_token={} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{{\"recipient\":",
        enc(mock.token())
    );
    // The body never comes: the answer cannot be waiting for it (the body timeout is 10 s).
    let answers = exchange(&mock, head.into_bytes()).await;
    assert_eq!(answers.len(), 1, "{answers:?}");
    assert_eq!(answers[0].status, 413);
    let (code, message) = answers[0].graph_error();
    assert_eq!(code, 100);
    assert!(message.contains("8388608 bytes"), "{message}");
    assert_eq!(answers[0].header("connection"), Some("close"));
    let log = mock.server.requests();
    assert_eq!(
        log.last()
            .map(|r| (r.method.as_str(), r.path.as_str(), r.status)),
        Some(("POST", "/v19.0/me/messages", 413))
    );
    mock.get("/me/conversations?limit=1").await.ok();
}

/// What the store holds is bounded: once full, writes are refused with Graph's envelope
/// and reads go on; a delete frees room for the next write.
#[tokio::test]
async fn a_full_store_refuses_writes_until_a_delete_frees_room() {
    let start = Mock::start().await;
    let (initial, _) = start.server.store_bytes();
    let mock = Mock::with(MockConfig {
        max_store_bytes: initial + 4000,
        ..MockConfig::default()
    })
    .await;
    let text = "x".repeat(1000);
    let mut posted = Vec::new();
    let refused = loop {
        assert!(
            posted.len() < 10,
            "never refused: {:?}",
            mock.server.store_bytes()
        );
        let answer = mock.post_form("/me/feed", &[("message", &text)]).await;
        if answer.status != 200 {
            break answer;
        }
        posted.push(answer.ok()["id"].as_str().expect("an id").to_owned());
    };
    assert!(!posted.is_empty(), "the first post fits");
    assert_eq!(refused.status, 500);
    let (code, _, _, message) = refused.error();
    assert_eq!(code, 1);
    assert!(message.contains("store is full"), "{message}");
    let (held, limit) = mock.server.store_bytes();
    assert!(held >= limit && held < limit + 3000, "{held} of {limit}");

    // Reads go on; a customer's message is refused too.
    let feed = mock.get("/me/feed").await;
    assert_eq!(
        feed.ok()["data"].as_array().map(Vec::len),
        Some(posted.len())
    );
    let psid = &mock.server.config().customers[0].psid;
    let customer = mock
        .http
        .post(format!(
            "{}/_sandbox/customers/{psid}/messages",
            mock.server.base_url()
        ))
        .json(&json!({"text": "hi"}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(customer.status(), 503);

    // A delete frees what the post held, and the next write fits.
    let deleted = mock
        .send(mock.http.delete(mock.signed(&format!("/{}", posted[0]))))
        .await;
    assert_eq!(deleted.ok(), &json!({"success": true}));
    assert!(mock.server.store_bytes().0 < limit);
    let again = mock.post_form("/me/feed", &[("message", &text)]).await;
    assert_eq!(again.status, 200, "{}", again.body);
}
