//! Batch requests: `POST /v19.0/` with `batch=[…]`, each operation through the usual
//! pipeline.

use std::time::Duration;

use fbgraph_mock::{Fault, MockConfig};
use serde_json::{Value, json};

use crate::{Mock, enc};

/// A form-encoded Send API body, as a batch operation carries it.
fn send_form(psid: &str, text: &str) -> String {
    format!(
        "recipient={}&messaging_type=RESPONSE&message={}",
        enc(&json!({"id": psid}).to_string()),
        enc(&json!({"text": text}).to_string())
    )
}

fn send_op(psid: &str, text: &str) -> Value {
    json!({"method": "POST", "relative_url": "me/messages", "body": send_form(psid, text)})
}

/// The inner answers of a batch answer, with their bodies parsed.
fn inner(answer: &crate::Answer) -> Vec<Option<(u16, Value)>> {
    answer
        .ok()
        .as_array()
        .expect("an array")
        .iter()
        .map(|item| {
            if item.is_null() {
                return None;
            }
            let code = item["code"].as_u64().expect("a code") as u16;
            let body = item["body"].as_str().expect("the body as text");
            Some((code, serde_json::from_str(body).expect("JSON in the body")))
        })
        .collect()
}

#[tokio::test]
async fn fifty_mixed_calls_answer_in_order_with_one_failure() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let operations: Vec<Value> = (0..50)
        .map(|i| match i {
            17 => send_op("404404404", "nobody"),
            i if i % 5 == 0 => json!({"method": "GET", "relative_url": format!("me/conversations?limit={}", i / 5 + 1)}),
            i => send_op(&psid, &format!("batch {i}")),
        })
        .collect();
    let answer = mock.batch(Value::Array(operations)).await;
    assert_eq!(answer.version.as_deref(), Some("v19.0"));
    let items = answer.ok().as_array().unwrap().clone();
    assert_eq!(items.len(), 50);
    let results = inner(&answer);
    let mut sent = Vec::new();
    for (i, result) in results.iter().enumerate() {
        let (code, body) = result.as_ref().expect("no null");
        match i {
            17 => {
                assert_eq!(*code, 400);
                let error = &body["error"];
                assert_eq!(error["code"], 100);
                assert_eq!(error["error_subcode"], 2018001);
                assert_eq!(error["type"], "OAuthException");
                assert!(error["fbtrace_id"].is_string());
            }
            i if i % 5 == 0 => {
                assert_eq!(*code, 200);
                let data = body["data"].as_array().expect("a page");
                assert_eq!(data.len(), (i / 5 + 1).min(2), "{body}");
            }
            _ => {
                assert_eq!(*code, 200, "{body}");
                assert_eq!(body["recipient_id"], json!(psid));
                sent.push(body["message_id"].as_str().unwrap().to_owned());
            }
        }
        let headers = items[i]["headers"].as_array().expect("headers");
        assert!(headers.contains(
            &json!({"name": "Content-Type", "value": "application/json; charset=UTF-8"})
        ));
    }
    assert_eq!(
        results.iter().flatten().filter(|(c, _)| *c == 200).count(),
        49
    );
    assert_eq!(sent.len(), 39);

    // Performed in order: the conversation lists them newest first.
    let texts = mock.texts(&psid).await;
    let expected: Vec<String> = (0..50)
        .rev()
        .filter(|i| *i != 17 && i % 5 != 0)
        .map(|i| format!("batch {i}"))
        .collect();
    assert_eq!(texts[..39], expected[..]);

    // The log: the batch, then each operation with its path and status.
    let log = mock.server.requests();
    let batch_at = log
        .iter()
        .position(|r| r.method == "POST" && r.path == "/v19.0/")
        .expect("the batch is logged");
    let operations = &log[batch_at + 1..batch_at + 51];
    assert_eq!(log[batch_at].status, 200);
    for (i, record) in operations.iter().enumerate() {
        let expected = match i {
            17 => ("POST", "/v19.0/me/messages", 400),
            i if i % 5 == 0 => ("GET", "/v19.0/me/conversations", 200),
            _ => ("POST", "/v19.0/me/messages", 200),
        };
        assert_eq!(
            (record.method.as_str(), record.path.as_str(), record.status),
            expected
        );
    }
}

#[tokio::test]
async fn more_than_fifty_calls_or_no_calls_are_refused() {
    let mock = Mock::start().await;
    let op = json!({"method": "GET", "relative_url": "me/conversations"});
    let answer = mock.batch(Value::Array(vec![op.clone(); 51])).await;
    assert_eq!(answer.status, 400);
    let (code, _, _, message) = answer.error();
    assert_eq!(
        (code, message),
        (
            100,
            "(#100) Too many requests in batch message. Maximum batch size is 50"
        )
    );
    for bad in [json!([]), json!("not json"), json!({"a": 1}), json!(7)] {
        let answer = mock.batch(bad.clone()).await;
        assert_eq!(answer.error().0, 100, "{bad}");
    }
    let answer = mock.post_json("/", json!({})).await;
    assert_eq!(answer.error().0, 100);
    // Only the outer requests are logged: nothing ran.
    assert!(mock.server.requests().iter().all(|r| r.path == "/v19.0/"));
    // A batch is a POST; GET on the version is an unknown path.
    assert_eq!(mock.get("/").await.error().0, 2500);
}

#[tokio::test]
async fn batch_null_answers_null_and_skips_the_call() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::BatchNull(1));
    // A request that is not a batch leaves the fault for the next batch.
    mock.get("/me/conversations?limit=1").await.ok();
    let answer = mock
        .batch(json!([
            send_op(&psid, "null A"),
            send_op(&psid, "null B"),
            send_op(&psid, "null C"),
        ]))
        .await;
    let results = inner(&answer);
    assert!(results[0].as_ref().is_some_and(|(c, _)| *c == 200));
    assert!(results[1].is_none());
    assert!(results[2].as_ref().is_some_and(|(c, _)| *c == 200));
    let texts = mock.texts(&psid).await;
    assert_eq!(texts[..2], ["null C".to_owned(), "null A".to_owned()]);
    assert!(!texts.contains(&"null B".to_owned()));

    let log = mock.server.requests();
    let statuses: Vec<(&str, u16)> = log[1..5]
        .iter()
        .map(|r| (r.path.as_str(), r.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("/v19.0/", 200),
            ("/v19.0/me/messages", 200),
            ("/v19.0/me/messages", 0),
            ("/v19.0/me/messages", 200),
        ]
    );
}

#[tokio::test]
async fn depends_on_and_result_references() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let answer = mock
        .batch(json!([
            {"method": "POST", "relative_url": "me/messages", "name": "send",
             "body": send_form(&psid, "read me back")},
            {"method": "GET", "relative_url": "{result=send:$.message_id}?fields=message,from",
             "depends_on": "send"},
            {"method": "GET", "relative_url": "me/conversations?limit=2&fields=messages{message}", "name": "list"},
            {"method": "GET", "relative_url": "{result=list:$.data.0.messages.data.0.id}?fields=id,message"},
            {"method": "GET", "relative_url": "me/conversations?fields=id", "name": "unused"},
        ]))
        .await;
    let results = inner(&answer);
    let sent = results[0].as_ref().unwrap();
    assert_eq!(sent.0, 200);
    let read = results[1].as_ref().unwrap();
    assert_eq!(read.0, 200, "{}", read.1);
    assert_eq!(read.1["message"], "read me back");
    assert_eq!(read.1["id"], sent.1["message_id"]);
    let list = &results[2].as_ref().unwrap().1;
    let newest = &results[3].as_ref().unwrap().1;
    assert_eq!(newest["id"], list["data"][0]["messages"]["data"][0]["id"]);
    assert_eq!(newest["message"], "read me back");
    let unused = results[4].as_ref().unwrap();
    assert_eq!(unused.0, 200);
    assert!(unused.1["data"][0]["id"].is_string(), "{}", unused.1);

    // A failed dependency: the dependants answer an error and are not performed.
    let answer = mock
        .batch(json!([
            {"method": "POST", "relative_url": "me/messages", "name": "bad",
             "body": send_form("404404404", "nobody")},
            {"method": "POST", "relative_url": "me/messages", "depends_on": "bad",
             "body": send_form(&psid, "must not be sent")},
            {"method": "GET", "relative_url": "{result=bad:$.message_id}"},
            {"method": "GET", "relative_url": "me/conversations", "depends_on": "nobody-by-that-name"},
            {"method": "GET", "relative_url": "{result=send:$.nothing}"},
            {"method": "GET", "relative_url": "me/conversations?fields=id"},
        ]))
        .await;
    let results = inner(&answer);
    assert_eq!(results[0].as_ref().unwrap().0, 400);
    for result in &results[1..5] {
        let (code, body) = result.as_ref().unwrap();
        assert_eq!(*code, 400, "{body}");
        assert_eq!(body["error"]["code"], 100, "{body}");
    }
    let message = results[1].as_ref().unwrap().1["error"]["message"].clone();
    assert!(
        message.as_str().unwrap().contains("depends on"),
        "{message}"
    );
    assert_eq!(results[5].as_ref().unwrap().0, 200);
    assert!(
        !mock
            .texts(&psid)
            .await
            .contains(&"must not be sent".to_owned())
    );
}

#[tokio::test]
async fn form_encoded_batches_without_headers() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let operations = json!([
        {"method": "GET", "relative_url": "/me/conversations?fields=participants"},
        {"method": "GET", "relative_url": "v19.0/me/conversations?fields=id"},
        {"method": "post", "relative_url": "me/messages", "body": send_form(&psid, "form batch")},
        {"method": "GET", "relative_url": format!("me/thread_owner?recipient={psid}")},
    ]);
    // The token in the form too, and no trailing slash.
    let form = format!(
        "access_token={}&include_headers=false&batch={}",
        enc(mock.token()),
        enc(&operations.to_string())
    );
    let answer = mock
        .send(
            mock.http
                .post(format!("{}/v19.0", mock.server.base_url()))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form),
        )
        .await;
    let items = answer.ok().as_array().unwrap().clone();
    assert!(
        items.iter().all(|i| i.get("headers").is_none()),
        "{items:?}"
    );
    let results = inner(&answer);
    assert!(
        results.iter().flatten().all(|(code, _)| *code == 200),
        "{results:?}"
    );
    let participants = &results[0].as_ref().unwrap().1["data"][0]["participants"]["data"];
    assert!(
        participants
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Mock Page")
    );
    assert_eq!(
        results[3].as_ref().unwrap().1["data"][0]["thread_owner"]["app_id"],
        json!(mock.server.config().app_id)
    );
    assert!(mock.texts(&psid).await.contains(&"form batch".to_owned()));
}

#[tokio::test]
async fn tokens_and_proofs_in_batches() {
    let secret = "batch-secret";
    let mock = Mock::with(MockConfig {
        app_secret: Some(secret.into()),
        ..MockConfig::default()
    })
    .await;
    let proof = crate::auth::proof(secret, mock.token());
    let operations = json!([
        {"method": "GET", "relative_url": "me/conversations?fields=id"},
        {"method": "GET", "relative_url": "me/conversations?access_token=someone-else"},
        {"method": "GET", "relative_url": format!("me/conversations?access_token={}&appsecret_proof={proof}", enc(mock.token()))},
    ]);
    let url = format!("{}&appsecret_proof={proof}", mock.signed("/"));
    let answer = mock
        .send(mock.http.post(url).json(&json!({ "batch": operations })))
        .await;
    let results = inner(&answer);
    assert_eq!(results[0].as_ref().unwrap().0, 200);
    let (code, body) = results[1].as_ref().unwrap();
    assert_eq!((*code, body["error"]["code"].as_i64()), (400, Some(190)));
    let headers = answer.body[1]["headers"].as_array().unwrap();
    assert!(headers.iter().any(|h| h["name"] == "WWW-Authenticate"));
    assert_eq!(results[2].as_ref().unwrap().0, 200);

    // The outer request is judged as usual.
    let unsigned = mock.batch(operations.clone()).await;
    assert_eq!(unsigned.error().0, 100);
    let wrong = mock
        .send(
            mock.http
                .post(mock.url("/?access_token=wrong"))
                .json(&json!({ "batch": operations })),
        )
        .await;
    assert_eq!(wrong.error().0, 190);
}

#[tokio::test]
async fn batch_calls_count_against_the_rate_limit() {
    let mock = Mock::start().await;
    mock.server
        .faults()
        .throttle(3, Duration::from_secs(60), 613, 1);
    let op = json!({"method": "GET", "relative_url": "me/conversations"});
    let answer = mock.batch(Value::Array(vec![op.clone(); 5])).await;
    let codes: Vec<(u16, Option<i64>)> = inner(&answer)
        .into_iter()
        .flatten()
        .map(|(code, body)| (code, body["error"]["code"].as_i64()))
        .collect();
    assert_eq!(
        codes,
        [
            (200, None),
            (200, None),
            (200, None),
            (400, Some(613)),
            (400, Some(613)),
        ]
    );
    assert_eq!(answer.json_header("x-app-usage")["call_count"], 100);
    assert_eq!(mock.batch(json!([op])).await.error().0, 613);
    assert_eq!(mock.get("/me/conversations?limit=1").await.error().0, 613);
}
