//! The sandbox: the mock plays the customers and delivers signed webhooks to a bot, over
//! loopback. The bot here checks the handshake and every signature itself.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use fbgraph_mock::{
    AttachmentKind, AttemptOutcome, DEFAULT_WEBHOOK_SECRET, MockConfig, MockError, MockServer,
    RetryPolicy, SandboxError, WebhookConfig, WebhookError,
};
use hmac::{KeyInit, Mac};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::Mock;

pub(crate) const TOKEN: &str = "S3CRET-VERIFY";
const WAIT: Duration = Duration::from_secs(20);

/// How the bot answers the verification request.
#[derive(Clone)]
pub(crate) enum Challenge {
    /// As a bot should: the challenge when the token matches, else 403.
    Echo,
    /// 200 with this body, whatever was asked.
    Answer(String),
}

/// An event the bot received.
#[derive(Debug)]
struct Received {
    body: Value,
    signed: bool,
    content_type: String,
}

struct BotState {
    verify_token: String,
    secret: String,
    challenge: Challenge,
    /// Statuses to answer the next POSTs with (then 200).
    answers: Mutex<VecDeque<u16>>,
    events: mpsc::Sender<Received>,
}

/// A bot on 127.0.0.1:0 that verifies signatures and records what it gets.
pub(crate) struct Bot {
    pub(crate) url: String,
    state: Arc<BotState>,
    events: mpsc::Receiver<Received>,
}

async fn verify(State(bot): State<Arc<BotState>>, uri: Uri) -> (StatusCode, String) {
    // The test's tokens need no percent-decoding.
    let query = uri.query().unwrap_or_default();
    let get = |k: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_owned())
    };
    match &bot.challenge {
        Challenge::Answer(body) => (StatusCode::OK, body.clone()),
        Challenge::Echo
            if get("hub.mode").as_deref() == Some("subscribe")
                && get("hub.verify_token").as_deref() == Some(bot.verify_token.as_str()) =>
        {
            (StatusCode::OK, get("hub.challenge").unwrap_or_default())
        }
        Challenge::Echo => (StatusCode::FORBIDDEN, "wrong token".into()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("a key");
    mac.update(body);
    format!("sha256={}", hex(&mac.finalize().into_bytes()))
}

async fn event(State(bot): State<Arc<BotState>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let signed = header("x-hub-signature-256") == sign(&bot.secret, &body);
    let received = Received {
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        signed,
        content_type: header("content-type"),
    };
    let _ = bot.events.send(received).await;
    let status = bot.answers.lock().unwrap().pop_front().unwrap_or(200);
    StatusCode::from_u16(status).unwrap()
}

impl Bot {
    pub(crate) async fn start(secret: &str, challenge: Challenge) -> Bot {
        let (tx, rx) = mpsc::channel(1000);
        let state = Arc::new(BotState {
            verify_token: TOKEN.into(),
            secret: secret.into(),
            challenge,
            answers: Mutex::new(VecDeque::new()),
            events: tx,
        });
        let app = axum::Router::new()
            .route("/webhook", axum::routing::get(verify).post(event))
            .with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Bot {
            url: format!("http://{addr}/webhook"),
            state,
            events: rx,
        }
    }

    pub(crate) fn answer_next(&self, statuses: &[u16]) {
        self.state.answers.lock().unwrap().extend(statuses);
    }

    /// The next event received, signed, as JSON: the one `messaging` item, checked to be
    /// in Meta's envelope.
    pub(crate) async fn next(&mut self) -> Value {
        let received = tokio::time::timeout(WAIT, self.events.recv())
            .await
            .expect("the bot receives an event in time")
            .expect("the bot runs");
        assert!(received.signed, "bad signature on {}", received.body);
        assert_eq!(received.content_type, "application/json");
        let body = received.body;
        assert_eq!(body["object"], "page", "{body}");
        let entry = &body["entry"][0];
        assert_eq!(body["entry"].as_array().map(Vec::len), Some(1), "{body}");
        assert_eq!(entry["id"], "1000000000000001", "{body}");
        assert!(
            entry["time"]
                .as_i64()
                .is_some_and(|t| t > 1_600_000_000_000)
        );
        let event = entry["messaging"][0].clone();
        assert!(
            event["timestamp"]
                .as_i64()
                .is_some_and(|t| t > 1_600_000_000_000)
        );
        event
    }

    /// Whatever the bot has received and not yet read.
    fn pending(&mut self) -> usize {
        let mut n = 0;
        while self.events.try_recv().is_ok() {
            n += 1;
        }
        n
    }

    fn webhook(&self) -> WebhookConfig {
        WebhookConfig::new(self.url.clone(), TOKEN)
    }
}

/// A mock subscribed to `bot`.
async fn subscribed(webhook: WebhookConfig) -> Mock {
    Mock::with(MockConfig {
        webhook: Some(webhook),
        ..MockConfig::default()
    })
    .await
}

/// POSTs to the control API.
async fn control(mock: &Mock, path: &str, body: Value) -> (u16, Value) {
    let response = mock
        .http
        .post(format!("{}/_sandbox{path}", mock.server.base_url()))
        .json(&body)
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

/// Drops `timestamp` and `mid` for comparing events.
fn shape(mut event: Value) -> Value {
    if let Some(e) = event.as_object_mut() {
        e.remove("timestamp");
    }
    for key in ["message", "postback"] {
        if let Some(inner) = event.get_mut(key).and_then(Value::as_object_mut) {
            inner.remove("mid");
        }
    }
    event
}

#[tokio::test]
async fn the_handshake_passes_only_with_the_right_token_and_challenge() {
    let bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let mock = Mock::start().await;
    mock.server
        .subscribe_webhook(bot.webhook())
        .await
        .expect("the bot passes the handshake");

    let wrong = MockServer::start(MockConfig {
        webhook: Some(WebhookConfig::new(bot.url.clone(), "another-token")),
        ..MockConfig::default()
    })
    .await
    .expect_err("a bot that refuses the token fails the start");
    match &wrong {
        MockError::Webhook(WebhookError::Refused { status: 403, url }) => {
            assert_eq!(url, &bot.url)
        }
        other => panic!("{other:?}"),
    }
    assert!(!wrong.to_string().contains("another-token"), "{wrong}");

    // A bot that answers 200 with something else than the challenge — here the token
    // itself, which the error must not repeat.
    let echoing = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Answer(TOKEN.into())).await;
    let error = mock
        .server
        .subscribe_webhook(echoing.webhook())
        .await
        .expect_err("a wrong challenge fails");
    match &error {
        WebhookError::WrongChallenge { expected, got, .. } => {
            assert!(expected.bytes().all(|b| b.is_ascii_digit()), "{expected}");
            assert_eq!(got, "<redacted>");
        }
        other => panic!("{other:?}"),
    }
    assert!(!error.to_string().contains(TOKEN), "{error}");
    assert!(!format!("{error:?}").contains(TOKEN), "{error:?}");

    // A token that the 100-character quote would cut in half, and one echoed percent-encoded
    // (as the handshake's query carries it): neither shows, not even in part.
    let token = "verify me/please&now";
    for answer in [
        format!("{}{token}", "x".repeat(95)),
        "hub.verify_token=verify%20me%2Fplease%26now".to_owned(),
        // Lower-case escapes, a form-encoded space, JSON escapes.
        "hub.verify_token=verify+me%2fplease%26now".to_owned(),
        r#"{"token":"verify me\/please\u0026now"}"#.to_owned(),
        r#"{"token":"\u0076erify me/please&now"}"#.to_owned(),
    ] {
        let echoing = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Answer(answer)).await;
        let error = mock
            .server
            .subscribe_webhook(WebhookConfig::new(echoing.url.clone(), token))
            .await
            .expect_err("a wrong challenge fails");
        let shown = format!("{error} {error:?}");
        assert!(
            matches!(error, WebhookError::WrongChallenge { .. }),
            "{shown}"
        );
        for part in ["xverif", "verify%20me", "verify+me", "erify me", "please"] {
            assert!(!shown.contains(part), "{part} in {shown}");
        }
    }

    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let unreachable = mock
        .server
        .subscribe_webhook(WebhookConfig::new(format!("http://{closed}/"), TOKEN))
        .await;
    assert!(
        matches!(unreachable, Err(WebhookError::Unreachable { .. })),
        "{unreachable:?}"
    );
    let https = mock
        .server
        .subscribe_webhook(WebhookConfig::new("https://bot.example/webhook", TOKEN))
        .await;
    assert!(
        matches!(&https, Err(WebhookError::InvalidUrl { reason, .. }) if reason.contains("http://")),
        "{https:?}"
    );
}

#[tokio::test]
async fn each_control_call_delivers_the_event_meta_sends() {
    let mut bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let mock = subscribed(bot.webhook()).await;
    let psid = mock.customer();
    let page = "1000000000000001";

    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/messages"),
        json!({"text": "Where is my order?"}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["delivered"], true, "{answer}");
    assert_eq!(answer["attempts"], 1);
    let mid = answer["mid"].as_str().expect("a mid").to_owned();
    let event = bot.next().await;
    assert_eq!(event["message"]["mid"], json!(mid));
    assert_eq!(
        shape(event),
        json!({"sender": {"id": psid}, "recipient": {"id": page}, "message": {"text": "Where is my order?"}})
    );
    // The message is in the conversation, newest first, and can be read by id.
    assert_eq!(mock.texts(&psid).await[0], "Where is my order?");
    let read = mock.get(&format!("/{mid}?fields=message,from")).await;
    assert_eq!(read.ok()["message"], "Where is my order?");
    assert_eq!(read.ok()["from"]["id"], json!(psid));

    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/messages"),
        json!({"text": "Red", "quick_reply": {"payload": "PICK_RED"}}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        shape(bot.next().await),
        json!({"sender": {"id": psid}, "recipient": {"id": page},
               "message": {"text": "Red", "quick_reply": {"payload": "PICK_RED"}}})
    );

    let url = "https://cdn.example/photos/shoe.png";
    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/messages"),
        json!({"attachments": [{"type": "image", "payload": {"url": url}}]}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let image_mid = answer["mid"].as_str().unwrap().to_owned();
    assert_eq!(
        shape(bot.next().await),
        json!({"sender": {"id": psid}, "recipient": {"id": page},
               "message": {"attachments": [{"type": "image", "payload": {"url": url}}]}})
    );
    let attachments = mock
        .get(&format!("/{image_mid}/attachments?fields=image_data"))
        .await;
    assert_eq!(
        attachments.ok()["data"][0]["image_data"]["url"],
        json!(url),
        "{}",
        attachments.body
    );

    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/postbacks"),
        json!({"title": "Buy", "payload": "BUY_1"}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let event = bot.next().await;
    assert_eq!(event["postback"]["mid"], answer["mid"]);
    assert_eq!(
        shape(event),
        json!({"sender": {"id": psid}, "recipient": {"id": page},
               "postback": {"title": "Buy", "payload": "BUY_1"}})
    );

    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/reads"),
        json!({"watermark": 1_700_000_000_000i64}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        shape(bot.next().await),
        json!({"sender": {"id": psid}, "recipient": {"id": page}, "read": {"watermark": 1_700_000_000_000i64}})
    );
    let (status, _) = control(&mock, &format!("/customers/{psid}/reads"), json!({})).await;
    assert_eq!(status, 200);
    let watermark = bot.next().await["read"]["watermark"]
        .as_i64()
        .expect("a watermark");
    assert!(watermark > 1_700_000_000_000);

    let sent = mock.send_text(&psid, "It ships tomorrow").await;
    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/reactions"),
        json!({"mid": sent, "emoji": "\u{1F44D}"}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        shape(bot.next().await),
        json!({"sender": {"id": psid}, "recipient": {"id": page},
               "reaction": {"mid": sent, "action": "react", "reaction": "like", "emoji": "\u{1F44D}"}})
    );
    let reactions = mock.get(&format!("/{sent}?fields=reactions")).await;
    assert_eq!(
        reactions.ok()["reactions"]["data"][0]["reaction"],
        "\u{1F44D}",
        "{}",
        reactions.body
    );

    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/reactions"),
        json!({"mid": sent, "action": "unreact"}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        shape(bot.next().await)["reaction"],
        json!({"mid": sent, "action": "unreact", "reaction": "like", "emoji": "\u{1F44D}"})
    );
    let reactions = mock.get(&format!("/{sent}?fields=reactions")).await;
    assert!(
        reactions.ok().get("reactions").is_none(),
        "{}",
        reactions.body
    );

    // The delivery log holds each attempt with the body sent.
    let log = mock.server.deliveries();
    assert_eq!(log.len(), 8);
    assert!(
        log.iter()
            .all(|d| d.outcome == AttemptOutcome::Status(200) && d.attempt == 1)
    );
    assert!(log[0].body.contains("Where is my order?"));
    assert_eq!(log[0].url, bot.url);
}

#[tokio::test]
async fn the_library_acts_as_customers_and_new_ones_become_customers() {
    let mut bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let mock = subscribed(bot.webhook()).await;
    let newcomer = "9000000000000009";
    let customer = mock.server.customer(newcomer);

    // Someone who never wrote cannot be reached yet …
    let refused = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": newcomer}, "message": {"text": "hello?"}}),
        )
        .await;
    assert_eq!(refused.error().1, Some(2_018_001));
    // … nor read or react before writing.
    assert!(
        matches!(customer.read().await, Err(SandboxError::Invalid(m)) if m.contains("writing"))
    );

    let delivered = customer.send_text("Hi, I'm new").await.expect("delivered");
    assert_eq!(delivered.attempts, 1);
    assert_eq!(delivered.status, 200);
    let event = bot.next().await;
    assert_eq!(event["sender"]["id"], newcomer);
    assert_eq!(event["message"]["mid"].as_str(), delivered.mid.as_deref());
    assert_eq!(mock.texts(newcomer).await, ["Hi, I'm new"]);
    // Now the page can answer them.
    let sent = mock.send_text(newcomer, "Welcome!").await;

    customer
        .tap_quick_reply("Blue", "PICK_BLUE")
        .await
        .expect("delivered");
    assert_eq!(
        bot.next().await["message"]["quick_reply"]["payload"],
        "PICK_BLUE"
    );
    customer
        .send_attachment(AttachmentKind::Audio, "https://cdn.example/voice.mp3")
        .await
        .expect("delivered");
    assert_eq!(
        bot.next().await["message"]["attachments"],
        json!([{"type": "audio", "payload": {"url": "https://cdn.example/voice.mp3"}}])
    );
    customer
        .postback("Start", "GET_STARTED")
        .await
        .expect("delivered");
    assert_eq!(bot.next().await["postback"]["payload"], "GET_STARTED");
    customer.read().await.expect("delivered");
    assert!(bot.next().await["read"]["watermark"].is_i64());
    let reacted = customer
        .react(&sent, "\u{2764}\u{FE0F}")
        .await
        .expect("delivered");
    assert_eq!(reacted.mid.as_deref(), Some(sent.as_str()));
    assert_eq!(bot.next().await["reaction"]["reaction"], "love");

    // A mid that is not the page's message to this customer is refused, and nothing is sent.
    let own = delivered.mid.clone().unwrap();
    for mid in ["m_nope", own.as_str()] {
        match customer.react(mid, "\u{1F44D}").await {
            Err(SandboxError::Invalid(message)) => assert!(message.contains(mid), "{message}"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(bot.pending(), 0);
}

#[tokio::test]
async fn a_failing_bot_gets_retried_and_every_attempt_is_logged() {
    let mut bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let webhook = bot
        .webhook()
        .with_retry(RetryPolicy::new(4, Duration::from_millis(10)));
    let mock = subscribed(webhook).await;
    let psid = mock.customer();

    bot.answer_next(&[500, 503]);
    let delivered = mock
        .server
        .customer(&psid)
        .send_text("retry me")
        .await
        .expect("delivered on the third attempt");
    assert_eq!(delivered.attempts, 3);
    let bodies: Vec<Value> = [bot.next().await, bot.next().await, bot.next().await].into();
    assert!(
        bodies.iter().all(|b| b == &bodies[0]),
        "the same event each time"
    );
    let log = mock.server.deliveries();
    let attempts: Vec<(u32, AttemptOutcome)> =
        log.iter().map(|d| (d.attempt, d.outcome.clone())).collect();
    assert_eq!(
        attempts,
        [
            (1, AttemptOutcome::Status(500)),
            (2, AttemptOutcome::Status(503)),
            (3, AttemptOutcome::Status(200)),
        ]
    );
    assert!(log.iter().all(|d| d.body == log[0].body && d.psid == psid));

    // A bot that never takes it: every attempt, then the last status.
    bot.answer_next(&[500; 4]);
    match mock.server.customer(&psid).send_text("never").await {
        Err(SandboxError::Undelivered {
            attempts: 4,
            last: AttemptOutcome::Status(500),
            mid: Some(mid),
            ..
        }) => {
            // The message happened anyway.
            let read = mock.get(&format!("/{mid}?fields=message")).await;
            assert_eq!(read.ok()["message"], "never");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(mock.server.deliveries().len(), 7);
    // Over HTTP, the answer says so, and the log is there too.
    bot.answer_next(&[500; 4]);
    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/messages"),
        json!({"text": "again"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(answer["delivered"], false, "{answer}");
    assert_eq!(answer["attempts"], 4);
    assert!(
        answer["error"].as_str().unwrap().contains("HTTP 500"),
        "{answer}"
    );
    let log: Value = mock
        .http
        .get(format!("{}/_sandbox/deliveries", mock.server.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(log["data"].as_array().map(Vec::len), Some(11));
    assert_eq!(log["data"][10]["status"], 500);
    assert_eq!(log["data"][10]["attempt"], 4);
    assert!(!log.to_string().contains(TOKEN));
}

#[tokio::test]
async fn one_customer_s_events_arrive_in_order_even_through_retries() {
    let mut bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let webhook = bot
        .webhook()
        .with_retry(RetryPolicy::new(3, Duration::from_millis(20)));
    let mock = subscribed(webhook).await;
    let customer = mock.server.customer(mock.customer());
    bot.answer_next(&[500]);
    let (a, b, c) = tokio::join!(
        customer.send_text("one"),
        customer.send_text("two"),
        customer.send_text("three")
    );
    assert_eq!(a.expect("one").attempts, 2);
    assert_eq!(b.expect("two").attempts, 1);
    assert_eq!(c.expect("three").attempts, 1);
    let mut texts = Vec::new();
    for _ in 0..4 {
        texts.push(
            bot.next().await["message"]["text"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(texts, ["one", "one", "two", "three"]);
}

#[tokio::test]
async fn sends_through_the_graph_api_are_echoed_when_asked() {
    let secret = "APP-S3CRET";
    let mut bot = Bot::start(secret, Challenge::Echo).await;
    let mock = Mock::with(MockConfig {
        app_secret: Some(secret.into()),
        webhook: Some(bot.webhook().with_echoes(true)),
        ..MockConfig::default()
    })
    .await;
    let psid = mock.customer();
    let proof = sign(secret, mock.token().as_bytes());
    let proof = proof.trim_start_matches("sha256=");
    let answer = mock
        .post_json(
            &format!("/me/messages?appsecret_proof={proof}"),
            json!({"recipient": {"id": psid}, "message": {"text": "Your order shipped", "metadata": "order-42"}}),
        )
        .await;
    let mid = answer.ok()["message_id"].as_str().unwrap().to_owned();
    let echo = bot.next().await;
    assert_eq!(
        shape(echo.clone()),
        json!({"sender": {"id": "1000000000000001"}, "recipient": {"id": psid},
               "message": {"is_echo": true, "app_id": 2_000_000_000_000_002u64,
                           "metadata": "order-42", "text": "Your order shipped"}})
    );
    assert_eq!(echo["message"]["mid"], json!(mid));

    let answer = mock
        .post_json(
            &format!("/me/messages?appsecret_proof={proof}"),
            json!({"recipient": {"id": psid}, "message": {"attachment": {"type": "image", "payload": {"url": "https://cdn.example/a.jpg"}}}}),
        )
        .await;
    answer.ok();
    assert_eq!(
        bot.next().await["message"]["attachments"],
        json!([{"type": "image", "payload": {"url": "https://cdn.example/a.jpg"}}])
    );

    // Without echoes, a send delivers nothing: the customer's next message, on the same
    // ordered lane, is the next thing the bot sees.
    let mut quiet_bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let quiet = subscribed(quiet_bot.webhook()).await;
    let psid = quiet.customer();
    quiet.send_text(&psid, "no echo for this").await;
    quiet
        .server
        .customer(&psid)
        .send_text("hello")
        .await
        .expect("delivered");
    assert_eq!(quiet_bot.next().await["message"]["text"], "hello");
    assert_eq!(quiet_bot.pending(), 0);
}

#[tokio::test]
async fn without_a_webhook_actions_still_happen_and_say_so() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    match mock.server.customer(&psid).send_text("anyone there?").await {
        Err(SandboxError::NoWebhook { mid: Some(_) }) => {}
        other => panic!("{other:?}"),
    }
    let (status, answer) = control(
        &mock,
        &format!("/customers/{psid}/messages"),
        json!({"text": "hello?"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(answer["delivered"], false);
    assert!(
        answer["error"].as_str().unwrap().contains("no webhook"),
        "{answer}"
    );
    assert_eq!(mock.texts(&psid).await[..2], ["hello?", "anyone there?"]);
    assert!(mock.server.deliveries().is_empty());
}

#[tokio::test]
async fn bad_control_requests_say_what_is_wrong() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let base = mock.server.base_url();
    let cases: Vec<(String, Value, &str)> = vec![
        (
            format!("/customers/{psid}/messages"),
            json!({}),
            "text or attachments",
        ),
        (
            format!("/customers/{psid}/messages"),
            json!({"text": 5}),
            "text must be a string",
        ),
        (
            format!("/customers/{psid}/messages"),
            json!({"txt": "hi"}),
            "does not take txt",
        ),
        (
            format!("/customers/{psid}/messages"),
            json!({"quick_reply": {"payload": "P"}}),
            "text too",
        ),
        (
            format!("/customers/{psid}/messages"),
            json!({"attachments": [{"type": "sticker", "payload": {"url": "https://x.example/s"}}]}),
            "sticker",
        ),
        (
            format!("/customers/{psid}/messages"),
            json!({"attachments": [{"type": "image", "payload": {"url": "file:///etc/passwd"}}]}),
            "not an http or https URL",
        ),
        (
            format!("/customers/{psid}/postbacks"),
            json!({"title": "Buy"}),
            "needs payload",
        ),
        (
            format!("/customers/{psid}/reads"),
            json!({"watermark": "soon"}),
            "watermark",
        ),
        (
            format!("/customers/{psid}/reactions"),
            json!({"mid": "m_unknown", "emoji": "x"}),
            "m_unknown",
        ),
        (
            format!("/customers/{psid}/reactions"),
            json!({"mid": "m_x", "action": "love"}),
            "react or unreact",
        ),
        (
            "/customers/12ab/messages".into(),
            json!({"text": "hi"}),
            "not a PSID",
        ),
        (
            "/customers/1000000000000001/messages".into(),
            json!({"text": "hi"}),
            "page",
        ),
        (format!("/customers/{psid}/waves"), json!({}), "waves"),
    ];
    for (path, body, says) in cases {
        let (status, answer) = control(&mock, &path, body.clone()).await;
        assert_eq!(status, 400, "{path} {body}: {answer}");
        let message = answer["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(says), "{path} {body}: {message}");
    }
    let not_json = mock
        .http
        .post(format!("{base}/_sandbox/customers/{psid}/messages"))
        .body("{text")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status().as_u16(), 400);
    let unknown = mock
        .http
        .get(format!("{base}/_sandbox/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);
    let method = mock
        .http
        .get(format!("{base}/_sandbox/customers/{psid}/messages"))
        .send()
        .await
        .unwrap();
    assert_eq!(method.status().as_u16(), 405);
    // Nothing was stored by any of them.
    assert_eq!(mock.message_count(&psid).await, 1);
}

#[tokio::test]
async fn the_control_api_refuses_clients_off_loopback() {
    // A local address that is not loopback, if the machine has one.
    let Some(ip) = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").map(|()| s))
        .and_then(|s| s.local_addr())
        .ok()
        .map(|a| a.ip())
        .filter(|ip| !ip.is_loopback() && !ip.is_unspecified())
    else {
        eprintln!("no non-loopback address to test from; skipped");
        return;
    };
    let server = MockServer::start_on(
        SocketAddr::from(([0, 0, 0, 0], 0)),
        MockConfig::default(),
        MockServer::embedded_specs().unwrap(),
    )
    .await
    .expect("the mock starts on all interfaces");
    let port = server.addr().port();
    let http = crate::http_builder().build().expect("a client");
    let psid = &server.config().customers[0].psid;
    let outside = http
        .post(format!(
            "http://{ip}:{port}/_sandbox/customers/{psid}/messages"
        ))
        .json(&json!({"text": "hi"}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(outside.status().as_u16(), 403);
    let inside = http
        .post(format!(
            "http://127.0.0.1:{port}/_sandbox/customers/{psid}/messages"
        ))
        .json(&json!({"text": "hi"}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(inside.status().as_u16(), 200);
}

/// The spec's webhook shapes (`spec/<version>/webhooks.json`), read as plain JSON: the
/// event fields, the kinds by key, the objects' fields and the enums' values.
struct WebhookShapes {
    event_fields: Vec<(String, String)>,
    kinds: Vec<(String, String)>,
    objects: std::collections::HashMap<String, Vec<(String, String)>>,
    enums: std::collections::HashMap<String, Vec<String>>,
}

impl WebhookShapes {
    /// `None` when the file is absent or not laid out as expected (it is being written).
    fn load(path: &std::path::Path) -> Option<WebhookShapes> {
        let spec: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        let pairs = |list: &Value, key: &str| -> Option<Vec<(String, String)>> {
            list.as_array()?
                .iter()
                .map(|f| {
                    Some((
                        f.get(key)?.as_str()?.to_owned(),
                        f.get("type")
                            .and_then(Value::as_str)
                            .unwrap_or("json")
                            .to_owned(),
                    ))
                })
                .collect()
        };
        let webhooks = spec.get("webhooks")?;
        let mut objects = std::collections::HashMap::new();
        for object in spec.get("objects")?.as_array()? {
            let name = object.get("name")?.as_str()?.to_owned();
            objects.insert(name, pairs(object.get("fields")?, "name")?);
        }
        let mut enums = std::collections::HashMap::new();
        for e in spec.get("enums")?.as_array()? {
            let values = e.get("values")?.as_array()?;
            let values = values
                .iter()
                .map(|v| Some(v.get("value")?.as_str()?.to_owned()))
                .collect::<Option<Vec<_>>>()?;
            enums.insert(e.get("name")?.as_str()?.to_owned(), values);
        }
        Some(WebhookShapes {
            event_fields: pairs(webhooks.get("event_fields")?, "name")?,
            kinds: pairs(webhooks.get("kinds")?, "key")?,
            objects,
            enums,
        })
    }

    /// Every way `value` departs from type `ty`.
    fn check(&self, value: &Value, ty: &str, at: &str, problems: &mut Vec<String>) {
        let mut wrong = |expected: &str| problems.push(format!("{at}: {value} is not {expected}"));
        if let Some(inner) = ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
            match value.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item, inner, &format!("{at}[{i}]"), problems);
                    }
                }
                None => wrong(ty),
            }
            return;
        }
        match ty {
            "id" | "string" | "url" if !value.is_string() => wrong(ty),
            "bool" if !value.is_boolean() => wrong(ty),
            "integer" if !value.is_i64() => wrong(ty),
            "numeric_string_or_integer"
                if !(value.is_string() || value.is_i64() || value.is_u64()) =>
            {
                wrong(ty)
            }
            _ if self.enums.contains_key(ty) => {
                let known = value
                    .as_str()
                    .is_some_and(|v| self.enums[ty].iter().any(|e| e == v));
                if !known {
                    wrong(ty);
                }
            }
            _ if self.objects.contains_key(ty) => match value.as_object() {
                Some(members) => {
                    for (key, member) in members {
                        match self.objects[ty].iter().find(|(name, _)| name == key) {
                            Some((_, field)) => {
                                self.check(member, field, &format!("{at}.{key}"), problems)
                            }
                            None => problems.push(format!("{at}: {ty} has no field {key}")),
                        }
                    }
                }
                None => wrong(ty),
            },
            _ => {}
        }
    }

    /// Every way a notification body departs from the spec.
    fn problems(&self, body: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        self.check(&body["object"], "WebhookObject", "object", &mut problems);
        for (e, entry) in body["entry"].as_array().into_iter().flatten().enumerate() {
            for (i, event) in entry["messaging"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                let at = format!("entry[{e}].messaging[{i}]");
                for (key, member) in event.as_object().into_iter().flatten() {
                    let ty = self
                        .event_fields
                        .iter()
                        .chain(&self.kinds)
                        .find(|(name, _)| name == key)
                        .map(|(_, ty)| ty.as_str());
                    match ty {
                        Some(ty) => self.check(member, ty, &format!("{at}.{key}"), &mut problems),
                        None => problems.push(format!("{at}: no event field or kind {key}")),
                    }
                }
            }
        }
        problems
    }
}

#[tokio::test]
async fn every_body_fits_the_spec_s_webhook_shapes_where_the_spec_has_them() {
    let spec_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec");
    let shapes: Vec<(String, WebhookShapes)> = ["v19.0", "v26.0"]
        .iter()
        .filter_map(|v| {
            Some((
                v.to_string(),
                WebhookShapes::load(&spec_dir.join(v).join("webhooks.json"))?,
            ))
        })
        .collect();
    if shapes.is_empty() {
        eprintln!("no spec/<version>/webhooks.json to check against; skipped");
        return;
    }
    let bot = Bot::start(DEFAULT_WEBHOOK_SECRET, Challenge::Echo).await;
    let mock = subscribed(bot.webhook().with_echoes(true)).await;
    let psid = mock.customer();
    let customer = mock.server.customer(&psid);
    customer.send_text("hi").await.expect("delivered");
    customer
        .tap_quick_reply("Red", "RED")
        .await
        .expect("delivered");
    for kind in [
        AttachmentKind::Image,
        AttachmentKind::Video,
        AttachmentKind::Audio,
        AttachmentKind::File,
    ] {
        customer
            .send_attachment(kind, "https://cdn.example/x")
            .await
            .expect("delivered");
    }
    customer.postback("Buy", "BUY").await.expect("delivered");
    customer.read().await.expect("delivered");
    let sent = mock.send_text(&psid, "thanks").await;
    customer.react(&sent, "\u{1F62E}").await.expect("delivered");
    customer.unreact(&sent).await.expect("delivered");
    // The echo of the send came before the reaction on the same lane.
    let bodies: Vec<Value> = mock
        .server
        .deliveries()
        .iter()
        .map(|d| serde_json::from_str(&d.body).expect("JSON"))
        .collect();
    assert_eq!(bodies.len(), 11);
    assert!(
        bodies
            .iter()
            .any(|b| b["entry"][0]["messaging"][0]["message"]["is_echo"] == true)
    );
    for (version, shapes) in &shapes {
        // The check itself sees a field the spec does not have.
        let bogus =
            json!({"object": "page", "entry": [{"messaging": [{"message": {"bogus": 1}}]}]});
        assert!(!shapes.problems(&bogus).is_empty(), "{version}");
        for body in &bodies {
            let problems = shapes.problems(body);
            assert!(problems.is_empty(), "{version}: {body}: {problems:#?}");
        }
    }
}

#[tokio::test]
async fn a_call_is_told_to_fail_and_to_stop_failing_over_the_control_api() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let send = json!({"recipient": {"id": psid}, "message": {"text": "hi"}});
    let (status, body) = control(
        &mock,
        "/calls/SendMessage/error",
        json!({"code": 551, "times": 2}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    for _ in 0..2 {
        let refused = mock.post_json("/me/messages", send.clone()).await;
        assert_eq!(refused.status, 400, "{}", refused.body);
        assert_eq!(refused.body["error"]["code"], 551);
        assert_eq!(
            refused.body["error"]["message"],
            "(#551) This person isn't available right now."
        );
    }
    assert_eq!(
        mock.post_json("/me/messages", send.clone()).await.status,
        200
    );

    control(&mock, "/calls/SendMessage/error", json!({"code": 2})).await;
    let transient = mock.post_json("/me/messages", send.clone()).await;
    assert_eq!(transient.status, 500);
    assert_eq!(transient.body["error"]["is_transient"], true);
    let cleared = mock
        .http
        .delete(format!(
            "{}/_sandbox/calls/SendMessage/error",
            mock.server.base_url()
        ))
        .send()
        .await
        .expect("an answer");
    assert_eq!(cleared.status().as_u16(), 200);
    assert_eq!(mock.post_json("/me/messages", send).await.status, 200);

    let (status, _) = control(&mock, "/calls/SendMessage/error", json!({"subcode": 1})).await;
    assert_eq!(status, 400);
    // Only the calls the server serves.
    let (status, body) = control(&mock, "/calls/NoSuchCall/error", json!({"code": 10})).await;
    assert_eq!(status, 404, "{body}");
}
