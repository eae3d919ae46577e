//! Failures on demand: the rate limit, queued faults, usage headers and the request log.

use std::time::Duration;

use fbgraph_mock::{Fault, RequestRecord};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::{Mock, enc};

fn send_body(psid: &str, text: &str) -> Value {
    json!({
        "recipient": {"id": psid},
        "messaging_type": "RESPONSE",
        "message": {"text": text},
    })
}

/// The usage headers' call counts: `(X-App-Usage, X-Business-Use-Case-Usage)`.
fn call_counts(mock: &Mock, answer: &crate::Answer) -> (Value, Value) {
    let app = answer.json_header("x-app-usage");
    let business = answer.json_header("x-business-use-case-usage");
    let page = &business[&mock.server.config().page_id][0];
    assert_eq!(page["type"], "messenger", "{business}");
    for key in ["total_cputime", "total_time"] {
        assert!(app[key].is_u64(), "{app}");
        assert!(page[key].is_u64(), "{business}");
    }
    (app["call_count"].clone(), page.clone())
}

#[tokio::test]
async fn every_answer_carries_version_and_usage_headers() {
    let mock = Mock::start().await;
    let ok = mock.get("/me/conversations").await;
    let error = mock.get("/me/nothing_here").await;
    let unversioned = mock
        .send(mock.http.get(format!("{}/me", mock.server.base_url())))
        .await;
    for answer in [&ok, &error, &unversioned] {
        assert_eq!(answer.version.as_deref(), Some("v19.0"));
        let (app, page) = call_counts(&mock, answer);
        assert!(app.as_u64().is_some_and(|n| n < 10), "{app}");
        assert_eq!(page["estimated_time_to_regain_access"], 0);
        assert!(
            answer.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
        );
    }
    assert_eq!(ok.status, 200);
    assert_eq!(error.status, 400);
    assert_eq!(unversioned.error().0, 2500);
}

#[tokio::test]
async fn throttling_613_shows_the_overage_then_recovers() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let before = mock.message_count(&psid).await;
    mock.server
        .faults()
        .throttle(2, Duration::from_millis(300), 613, 5);

    let first = mock.get("/me/conversations").await;
    first.ok();
    assert_eq!(call_counts(&mock, &first).0, 50);
    let second = mock.get("/me/conversations?limit=1").await;
    second.ok();
    assert_eq!(call_counts(&mock, &second).0, 100);

    let refused = mock
        .post_json("/me/messages", send_body(&psid, "while throttled"))
        .await;
    assert_eq!(refused.status, 400);
    let (code, subcode, kind, message) = refused.error();
    assert_eq!(
        (code, subcode, kind, message),
        (
            613,
            None,
            "OAuthException",
            "(#613) Calls to this api have exceeded the rate limit."
        )
    );
    let (app, page) = call_counts(&mock, &refused);
    assert_eq!(app, 100);
    assert_eq!(page["call_count"], 100);
    assert_eq!(page["estimated_time_to_regain_access"], 5);
    assert_eq!(mock.get("/me/conversations?limit=1").await.error().0, 613);

    // Once the window has passed, calls succeed again; the refused send was not performed.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let recovered = mock.get("/me/conversations").await;
    recovered.ok();
    assert_eq!(
        call_counts(&mock, &recovered).1["estimated_time_to_regain_access"],
        0
    );

    mock.server.faults().clear();
    assert_eq!(mock.message_count(&psid).await, before);
    assert!(
        !mock
            .texts(&psid)
            .await
            .contains(&"while throttled".to_owned())
    );
}

#[tokio::test]
async fn throttling_80006_is_the_messenger_limit() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server
        .faults()
        .throttle(1, Duration::from_millis(300), 80006, 2);
    mock.post_json("/me/messages", send_body(&psid, "first"))
        .await
        .ok();
    let refused = mock
        .post_json("/me/messages", send_body(&psid, "second"))
        .await;
    assert_eq!(refused.status, 400);
    let (code, _, kind, message) = refused.error();
    assert_eq!((code, kind), (80006, "OAuthException"));
    assert!(
        message.contains(
            "There have been too many messenger api calls to this Page account. Wait a bit and try again."
        ),
        "{message}"
    );
    assert_eq!(
        call_counts(&mock, &refused).1["estimated_time_to_regain_access"],
        2
    );
    // A batch arriving when the window is full is refused whole.
    let batch = mock
        .batch(json!([{"method": "GET", "relative_url": "me/conversations"}]))
        .await;
    assert_eq!(batch.error().0, 80006);

    tokio::time::sleep(Duration::from_millis(400)).await;
    mock.post_json("/me/messages", send_body(&psid, "third"))
        .await
        .ok();
    mock.server.faults().clear();
    let texts = mock.texts(&psid).await;
    assert_eq!(texts[..2], ["third".to_owned(), "first".to_owned()]);
}

#[tokio::test]
async fn other_throttling_codes_use_the_catalogue() {
    let mock = Mock::start().await;
    for (code, message) in [
        (4, "(#4) Application request limit reached"),
        (17, "(#17) User request limit reached"),
        (32, "(#32) Page request limit reached"),
        (
            80001,
            "(#80001) Calls to this api have exceeded the rate limit.",
        ),
    ] {
        mock.server
            .faults()
            .throttle(0, Duration::from_secs(60), code, 1);
        let answer = mock.get("/me/conversations?limit=1").await;
        assert_eq!(answer.status, 400);
        let error = answer.error();
        assert_eq!((error.0, error.3), (code, message));
    }
    mock.server.faults().clear();
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn transient_faults_are_500s_and_not_performed() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let before = mock.message_count(&psid).await;
    mock.server.faults().fail_next(2, Fault::Transient);
    for _ in 0..2 {
        let answer = mock
            .post_json("/me/messages", send_body(&psid, "transient"))
            .await;
        assert_eq!(answer.status, 500);
        let error = &answer.body["error"];
        assert_eq!(error["code"], 2);
        assert_eq!(error["type"], "OAuthException");
        assert_eq!(error["is_transient"], true);
        assert_eq!(
            error["message"],
            "An unexpected error has occurred. Please retry your request later."
        );
        assert!(error["fbtrace_id"].as_str().is_some_and(|t| !t.is_empty()));
        assert_eq!(answer.version.as_deref(), Some("v19.0"));
    }
    assert_eq!(mock.message_count(&psid).await, before);
    mock.post_json("/me/messages", send_body(&psid, "fine"))
        .await
        .ok();
    assert_eq!(mock.message_count(&psid).await, before + 1);
}

#[tokio::test]
async fn faults_queue_in_order_and_server_errors_are_html() {
    let mock = Mock::start().await;
    mock.server.faults().fail_next(1, Fault::Transient);
    mock.server.faults().fail_next(1, Fault::ServerError);
    mock.server.faults().fail_next(1, Fault::Transient);

    assert_eq!(mock.get("/me/conversations?limit=1").await.status, 500);
    let response = mock
        .http
        .get(mock.signed("/me/conversations"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 502);
    let headers = response.headers().clone();
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(headers.contains_key("x-app-usage"));
    assert!(headers.contains_key("facebook-api-version"));
    let body = response.text().await.expect("a body");
    assert!(serde_json::from_str::<Value>(&body).is_err(), "{body}");
    assert!(body.contains("502"), "{body}");
    assert_eq!(mock.get("/me/conversations?limit=1").await.status, 500);
    mock.get("/me/conversations?limit=1").await.ok();

    // `clear` forgets what is queued.
    mock.server.faults().fail_next(3, Fault::ServerError);
    mock.server.faults().clear();
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn drop_after_body_performs_the_call_and_answers_nothing() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::DropAfterBody);

    let body = send_body(&psid, "dropped but sent").to_string();
    let request = format!(
        "POST /v19.0/me/messages?access_token={} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        enc(mock.token()),
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(mock.server.addr())
        .await
        .expect("a connection");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("the request is sent");
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut received))
        .await
        .expect("the server closes the connection");
    // Closed (EOF) or reset: either way, without a byte of answer.
    if read.is_ok() {
        assert!(
            received.is_empty(),
            "{}",
            String::from_utf8_lossy(&received)
        );
    }
    assert!(!String::from_utf8_lossy(&received).contains("HTTP/"));

    let texts = mock.texts(&psid).await;
    let sent = texts.iter().filter(|t| *t == "dropped but sent").count();
    assert_eq!(sent, 1, "{texts:?}");
    let log = mock.server.requests();
    let posts: Vec<&RequestRecord> = log.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(posts.len(), 1);
    assert_eq!(
        (posts[0].path.as_str(), posts[0].status),
        ("/v19.0/me/messages", 0)
    );

    // The next request is answered as usual, and over reqwest a drop is an error.
    mock.get("/me/conversations?limit=1").await.ok();
    mock.server.faults().fail_next(1, Fault::DropAfterBody);
    let dropped = mock.http.get(mock.signed("/me/conversations")).send().await;
    assert!(dropped.is_err(), "{dropped:?}");
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn delay_answers_late_but_normally() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server
        .faults()
        .fail_next(1, Fault::Delay(Duration::from_millis(400)));
    let impatient = crate::http_builder()
        .timeout(Duration::from_millis(50))
        .build()
        .expect("a client");
    let timed_out = impatient
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "slow"))
        .send()
        .await;
    assert!(timed_out.is_err_and(|e| e.is_timeout()));

    mock.server
        .faults()
        .fail_next(1, Fault::Delay(Duration::from_millis(100)));
    let started = std::time::Instant::now();
    let answer = mock.get("/me/conversations?fields=participants").await;
    assert!(started.elapsed() >= Duration::from_millis(100));
    assert!(answer.ok()["data"][0]["participants"].is_object());
    // The delayed send was performed, once.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let texts = mock.texts(&psid).await;
    assert_eq!(texts.iter().filter(|t| *t == "slow").count(), 1);
}

#[tokio::test]
async fn requests_are_logged_in_order() {
    let mock = Mock::start().await;
    mock.get("/me/conversations?limit=1").await.ok();
    mock.send_text(&mock.customer(), "logged").await;
    mock.send(
        mock.http
            .get(mock.url("/me/conversations?access_token=wrong")),
    )
    .await
    .error();
    mock.server.faults().fail_next(1, Fault::Transient);
    mock.send(mock.http.delete(mock.signed("/me"))).await;
    let log = mock.server.requests();
    let seen: Vec<(&str, &str, u16)> = log
        .iter()
        .map(|r| (r.method.as_str(), r.path.as_str(), r.status))
        .collect();
    assert_eq!(
        seen,
        [
            ("GET", "/v19.0/me/conversations", 200),
            ("POST", "/v19.0/me/messages", 200),
            ("GET", "/v19.0/me/conversations", 400),
            ("DELETE", "/v19.0/me", 500),
        ]
    );
}

/// The POSTs of the request log, as `(path, status)`.
fn posts(mock: &Mock) -> Vec<(String, u16)> {
    mock.server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .map(|r| (r.path.clone(), r.status))
        .collect()
}

fn count(texts: &[String], text: &str) -> usize {
    texts.iter().filter(|t| *t == text).count()
}

#[tokio::test]
async fn close_before_read_answers_nothing_and_performs_nothing() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::CloseBeforeRead);
    let body = send_body(&psid, "never read").to_string();
    let head = format!(
        "POST /v19.0/me/messages?access_token={} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        enc(mock.token()),
        body.len() + 100
    );
    let mut stream = tokio::net::TcpStream::connect(mock.server.addr())
        .await
        .expect("a connection");
    stream
        .write_all(head.as_bytes())
        .await
        .expect("the head is sent");
    // The body (and more than declared) never matters: the server does not wait for it.
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut received))
        .await
        .expect("the server closes the connection within 5 s");
    if read.is_ok() {
        assert!(
            received.is_empty(),
            "{}",
            String::from_utf8_lossy(&received)
        );
    }
    assert_eq!(count(&mock.texts(&psid).await, "never read"), 0);
    assert_eq!(posts(&mock), [("/v19.0/me/messages".to_owned(), 0)]);

    // Over reqwest, an error; the next request is served.
    mock.server.faults().fail_next(1, Fault::CloseBeforeRead);
    let closed = mock
        .http
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "never read"))
        .send()
        .await;
    assert!(closed.is_err(), "{closed:?}");
    mock.get("/me/conversations?limit=1").await.ok();
    assert_eq!(count(&mock.texts(&psid).await, "never read"), 0);
}

#[tokio::test]
async fn graph_error_faults_answer_graphs_envelope_and_perform_nothing() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::graph_error(190));
    mock.server.faults().fail_next(
        1,
        Fault::GraphError {
            status: 401,
            code: 190,
            subcode: Some(463),
            message: "Error validating access token: Session has expired.".into(),
        },
    );
    mock.server
        .faults()
        .fail_next(1, Fault::graph_error(10).with_subcode(2018065));

    let first = mock
        .post_json("/me/messages", send_body(&psid, "refused"))
        .await;
    assert_eq!(first.status, 400);
    assert_eq!(
        first.error(),
        (190, None, "OAuthException", "Invalid OAuth access token.")
    );
    assert!(first.headers.contains_key("www-authenticate"));
    assert_eq!(first.version.as_deref(), Some("v19.0"));

    let second = mock
        .post_json("/me/messages", send_body(&psid, "refused"))
        .await;
    assert_eq!(second.status, 401);
    let (code, subcode, _, message) = second.error();
    assert_eq!((code, subcode), (190, Some(463)));
    assert!(message.contains("Session has expired"), "{message}");

    let third = mock.get("/me/conversations").await;
    assert_eq!(third.status, 403);
    assert_eq!(third.error().0, 10);
    assert_eq!(third.error().1, Some(2018065));

    assert_eq!(count(&mock.texts(&psid).await, "refused"), 0);
    let statuses: Vec<u16> = posts(&mock).iter().map(|p| p.1).collect();
    assert_eq!(statuses, [400, 401]);
}

#[tokio::test]
async fn server_error_envelope_is_a_500_that_does_not_say_retry() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server
        .faults()
        .fail_next(1, Fault::ServerErrorEnvelope);
    let answer = mock
        .post_json("/me/messages", send_body(&psid, "unknown"))
        .await;
    assert_eq!(answer.status, 500);
    let error = &answer.body["error"];
    assert_eq!(error["code"], 1);
    assert_eq!(error["type"], "OAuthException");
    assert_eq!(error["message"], "An unknown error occurred");
    assert!(error["fbtrace_id"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(error.get("is_transient").is_none(), "{error}");
    assert_eq!(count(&mock.texts(&psid).await, "unknown"), 0);
    assert_eq!(posts(&mock), [("/v19.0/me/messages".to_owned(), 500)]);
}

#[tokio::test]
async fn truncated_and_invalid_json_are_performed() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::TruncatedJson);
    let response = mock
        .http
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "truncated"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 200);
    let length = response.content_length().expect("a Content-Length");
    let bytes = response.bytes().await.expect("the whole body");
    assert_eq!(bytes.len() as u64, length);
    assert!(bytes.starts_with(b"{\"message_id\":"), "{bytes:?}");
    assert!(serde_json::from_slice::<Value>(&bytes).is_err());
    // Half of the real answer: the whole one is about twice as long.
    let whole = mock
        .post_json("/me/messages", send_body(&psid, "truncated"))
        .await;
    let whole_len = whole.body.to_string().len();
    assert_eq!(bytes.len(), whole_len / 2);

    mock.server.faults().fail_next(1, Fault::InvalidJson);
    let response = mock
        .http
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "invalid"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(response.text().await.unwrap(), "not json");

    let texts = mock.texts(&psid).await;
    assert_eq!(count(&texts, "truncated"), 2);
    assert_eq!(count(&texts, "invalid"), 1);
    let statuses: Vec<u16> = posts(&mock).iter().map(|p| p.1).collect();
    assert_eq!(statuses, [200, 200, 200]);
}

#[tokio::test]
async fn oversized_answers_declare_and_send_every_byte() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let size = 3 * 1024 * 1024 + 7;
    mock.server.faults().fail_next(1, Fault::Oversized(size));
    let response = mock
        .http
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "oversized"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.content_length(), Some(size));
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let bytes = response.bytes().await.expect("the whole body");
    assert_eq!(bytes.len() as u64, size);
    let value: Value = serde_json::from_slice(&bytes).expect("JSON once complete");
    assert!(value["padding"].is_string());
    assert_eq!(count(&mock.texts(&psid).await, "oversized"), 1);

    // A client that stops reading early is no trouble.
    mock.server.faults().fail_next(1, Fault::Oversized(1 << 40));
    let mut response = mock
        .http
        .get(mock.signed("/me/conversations"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.content_length(), Some(1 << 40));
    let first = response.chunk().await.expect("a chunk").expect("data");
    assert!(first.starts_with(b"{\"padding\":\""));
    drop(response);
    mock.get("/me/conversations?limit=1").await.ok();
}

#[tokio::test]
async fn endless_answers_stop_when_the_client_leaves() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::Endless);
    let mut response = mock
        .http
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "endless"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.content_length(), None);
    assert_eq!(
        response
            .headers()
            .get("transfer-encoding")
            .map(|v| v.to_str().unwrap()),
        Some("chunked")
    );
    let mut received = 0usize;
    let mut start = Vec::new();
    while received < 20 * 1024 * 1024 {
        let chunk = response
            .chunk()
            .await
            .expect("more")
            .expect("never the end");
        if start.len() < 16 {
            start.extend_from_slice(&chunk);
        }
        received += chunk.len();
    }
    assert!(start.starts_with(b"{\"data\":[0,0,"), "{start:?}");
    drop(response);
    assert_eq!(count(&mock.texts(&psid).await, "endless"), 1);
    assert_eq!(posts(&mock), [("/v19.0/me/messages".to_owned(), 200)]);
    // The answer stopped with the client: a graceful shutdown has nothing left to wait for.
    tokio::time::timeout(Duration::from_secs(5), mock.server.shutdown())
        .await
        .expect("the server shuts down within 5 s");
}

#[tokio::test]
async fn trickled_answers_outlast_a_total_timeout() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server
        .faults()
        .fail_next(1, Fault::Trickle(Duration::from_millis(200)));
    let impatient = crate::http_builder()
        .timeout(Duration::from_millis(300))
        .build()
        .expect("a client");
    let result = impatient
        .post(mock.signed("/me/messages"))
        .json(&send_body(&psid, "trickled"))
        .send()
        .await;
    let outcome = match result {
        Ok(response) => response.bytes().await.map(|_| ()),
        Err(e) => Err(e),
    };
    assert!(outcome.is_err_and(|e| e.is_timeout()));
    assert_eq!(count(&mock.texts(&psid).await, "trickled"), 1);

    // Patience gets the whole answer, as it would have been.
    mock.server
        .faults()
        .fail_next(1, Fault::Trickle(Duration::from_millis(1)));
    let answer = mock.get("/me/conversations?limit=1&fields=id").await;
    assert!(answer.ok()["data"][0]["id"].is_string());
}

#[tokio::test]
async fn a_batch_takes_a_fault_as_a_whole() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let operations = |text: &str| {
        json!([{
            "method": "POST",
            "relative_url": "me/messages",
            "body": format!(
                "recipient={}&messaging_type=RESPONSE&message={}",
                enc(&json!({"id": psid}).to_string()),
                enc(&json!({"text": text}).to_string())
            ),
        }])
    };
    mock.server.faults().fail_next(1, Fault::graph_error(190));
    assert_eq!(
        mock.batch(operations("in a refused batch")).await.error().0,
        190
    );
    mock.server.faults().fail_next(1, Fault::InvalidJson);
    let response = mock
        .http
        .post(mock.signed("/"))
        .json(&json!({"batch": operations("in a spoiled batch")}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.text().await.unwrap(), "not json");
    let texts = mock.texts(&psid).await;
    assert_eq!(count(&texts, "in a refused batch"), 0);
    assert_eq!(count(&texts, "in a spoiled batch"), 1);
}
