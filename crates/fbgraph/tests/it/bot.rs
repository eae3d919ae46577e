//! Both halves of a bot over loopback: the sandbox (the mock playing a customer) delivers
//! signed webhooks to a bot served with `fbgraph::webhook::axum::route`, whose handler gets
//! typed events and replies through the generated client; the replies are read back through
//! the Graph API.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use fbgraph::Client;
use fbgraph::v26_0::webhooks::{MessagingEvent, MessagingEventKind, Notification, WebhookEvent};
use fbgraph::v26_0::{
    Conversations, MessageField, OutgoingMessage, Recipient, SendMessage, UnifiedThreadField,
};
use fbgraph::webhook::Receiver;
use fbgraph_mock::{
    AttemptOutcome, Customer, MockConfig, MockServer, RetryPolicy, SandboxError, WebhookConfig,
};
use tokio::sync::mpsc;

const SECRET: &str = "bot-test-app-secret";
const TOKEN: &str = "bot-test-verify-token";
const PSID: &str = "24000000000000077";
const PATIENCE: Duration = Duration::from_secs(10);

struct Bot {
    sandbox: MockServer,
    client: Client,
    url: String,
    /// Every event the handler received, in order.
    events: mpsc::UnboundedReceiver<MessagingEvent>,
}

/// The sandbox, and a bot whose handler answers every non-echo text with `Re: <text>`.
/// `bot_secret` is the app secret the bot checks signatures with; `fail_first` POSTs are
/// answered 500 before the route sees them (a bot that is briefly down).
async fn bot(bot_secret: &str, fail_first: usize) -> Bot {
    let sandbox = MockServer::start(MockConfig {
        app_secret: Some(SECRET.into()),
        customers: vec![Customer {
            psid: PSID.into(),
            name: "Grace Customer".into(),
        }],
        ..MockConfig::default()
    })
    .await
    .expect("the sandbox starts");
    let client = Client::new(sandbox.config().access_token.clone())
        .expect("a valid token")
        .with_app_secret(SECRET)
        .with_base_url(&sandbox.base_url())
        .expect("the sandbox's URL");
    let (tx, events) = mpsc::unbounded_channel();
    let replier = client.clone();
    let route = fbgraph::webhook::axum::route::<Notification, _, _>(
        Receiver::new(bot_secret, TOKEN).expect("a receiver"),
        move |event: WebhookEvent| {
            let (client, tx) = (replier.clone(), tx.clone());
            async move {
                let event = event
                    .into_messaging()
                    .expect("the sandbox sends Messenger events");
                if let MessagingEventKind::Message(message) = &event.kind
                    && message.is_echo != Some(true)
                    && let (Some(text), Some(psid)) = (
                        message.text.clone(),
                        event.sender.as_ref().and_then(|s| s.id.clone()),
                    )
                {
                    let reply = OutgoingMessage::text(format!("Re: {text}"));
                    client
                        .send(SendMessage::message("me", Recipient::id(psid), reply))
                        .await
                        .expect("the reply is sent");
                }
                let _ = tx.send(event);
            }
        },
    );
    let failures = Arc::new(AtomicUsize::new(fail_first));
    let down = middleware::from_fn(move |request: Request, next: Next| {
        let failures = Arc::clone(&failures);
        async move {
            let post = request.method() == axum::http::Method::POST;
            if post
                && failures
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok()
            {
                return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
            let response: Response = next.run(request).await;
            response
        }
    });
    let app = axum::Router::new().route("/webhook", route).layer(down);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/webhook", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    Bot {
        sandbox,
        client,
        url,
        events,
    }
}

impl Bot {
    async fn subscribe(&self, echoes: bool) {
        self.sandbox
            .subscribe_webhook(
                WebhookConfig::new(&self.url, TOKEN)
                    .with_echoes(echoes)
                    .with_retry(RetryPolicy::new(3, Duration::from_millis(20))),
            )
            .await
            .expect("the bot answers the handshake");
    }

    async fn next_event(&mut self) -> MessagingEvent {
        tokio::time::timeout(PATIENCE, self.events.recv())
            .await
            .expect("the handler gets an event in time")
            .expect("the bot is alive")
    }

    /// The texts of the conversation with the customer, oldest first, with who wrote them.
    async fn transcript(&self) -> Vec<(String, String)> {
        let threads = self
            .client
            .send(Conversations::new("me").user_id(PSID).fields([
                UnifiedThreadField::messages([MessageField::Message, MessageField::From]).limit(50),
            ]))
            .await
            .expect("the conversation is listed");
        let mut lines: Vec<(String, String)> = threads
            .data
            .iter()
            .flat_map(|t| t.messages.iter().flat_map(|m| &m.data))
            .map(|m| {
                let from = m
                    .from
                    .as_ref()
                    .and_then(|f| f.id.clone())
                    .unwrap_or_default();
                (from, m.message.clone().unwrap_or_default())
            })
            .collect();
        lines.reverse();
        lines
    }
}

#[tokio::test]
async fn a_customer_writes_the_bot_gets_a_typed_event_and_its_reply_is_in_the_conversation() {
    let mut bot = bot(SECRET, 0).await;
    bot.subscribe(false).await;
    let delivered = bot
        .sandbox
        .customer(PSID)
        .send_text("Is the shop open today?")
        .await
        .expect("delivered");

    let event = bot.next_event().await;
    let MessagingEventKind::Message(message) = &event.kind else {
        panic!("a message event, got {:?}", event.kind);
    };
    assert_eq!(message.text.as_deref(), Some("Is the shop open today?"));
    assert_eq!(message.mid, delivered.mid);
    assert_eq!(
        event.sender.as_ref().and_then(|s| s.id.as_deref()),
        Some(PSID)
    );
    let page_id = bot.sandbox.config().page_id.clone();
    assert_eq!(
        event.recipient.as_ref().and_then(|r| r.id.as_deref()),
        Some(page_id.as_str())
    );
    assert_eq!(event.entry_id, page_id);

    let transcript = bot.transcript().await;
    let tail: Vec<_> = transcript.iter().rev().take(2).rev().cloned().collect();
    assert_eq!(
        tail,
        [
            (PSID.to_owned(), "Is the shop open today?".to_owned()),
            (page_id, "Re: Is the shop open today?".to_owned()),
        ],
        "the customer's message, then the bot's reply: {transcript:?}"
    );
}

#[tokio::test]
async fn a_bot_that_answers_500_gets_the_delivery_retried_and_handles_the_event_once() {
    let mut bot = bot(SECRET, 1).await;
    bot.subscribe(false).await;
    let delivered = bot
        .sandbox
        .customer(PSID)
        .send_text("Hello?")
        .await
        .expect("delivered on the second attempt");
    assert_eq!(delivered.attempts, 2);
    let attempts: Vec<(u32, AttemptOutcome)> = bot
        .sandbox
        .deliveries()
        .into_iter()
        .map(|d| (d.attempt, d.outcome))
        .collect();
    assert_eq!(
        attempts,
        [
            (1, AttemptOutcome::Status(500)),
            (2, AttemptOutcome::Status(200))
        ]
    );
    let event = bot.next_event().await;
    assert!(matches!(event.kind, MessagingEventKind::Message(_)));
    // The failed attempt never reached the handler: one event, one reply.
    let replies = bot
        .transcript()
        .await
        .into_iter()
        .filter(|(_, text)| text == "Re: Hello?")
        .count();
    assert_eq!(replies, 1);
    assert!(bot.events.try_recv().is_err(), "no second event");
}

#[tokio::test]
async fn a_bot_with_another_app_secret_refuses_every_delivery_and_the_customer_is_told() {
    let mut bot = bot("not-the-app-secret", 0).await;
    bot.subscribe(false).await;
    let refused = bot
        .sandbox
        .customer(PSID)
        .send_text("Anyone there?")
        .await
        .expect_err("the bot refuses the signature");
    assert!(
        matches!(&refused, SandboxError::Undelivered { attempts: 3, .. }),
        "{refused:?}"
    );
    assert!(
        bot.sandbox
            .deliveries()
            .iter()
            .all(|d| d.outcome == AttemptOutcome::Status(403)),
        "{:?}",
        bot.sandbox.deliveries()
    );
    assert!(bot.events.try_recv().is_err(), "the handler never ran");
}

#[tokio::test]
async fn with_echoes_the_bot_sees_its_own_reply_as_an_echo_and_does_not_answer_it() {
    let mut bot = bot(SECRET, 0).await;
    bot.subscribe(true).await;
    bot.sandbox
        .customer(PSID)
        .send_text("Ping")
        .await
        .expect("delivered");
    // The customer's message and the echo of the reply; the echo's handler may finish first.
    let (a, b) = (bot.next_event().await, bot.next_event().await);
    let is_echo = |e: &MessagingEvent| matches!(&e.kind, MessagingEventKind::Message(m) if m.is_echo == Some(true));
    let (first, echo) = if is_echo(&a) { (b, a) } else { (a, b) };
    assert!(!is_echo(&first), "{first:?}");
    let MessagingEventKind::Message(message) = &echo.kind else {
        panic!("an echo, got {:?}", echo.kind);
    };
    assert_eq!(message.is_echo, Some(true));
    assert_eq!(message.text.as_deref(), Some("Re: Ping"));
    let page_id = bot.sandbox.config().page_id.clone();
    assert_eq!(
        echo.sender.as_ref().and_then(|s| s.id.as_deref()),
        Some(page_id.as_str())
    );
    let replies = bot
        .transcript()
        .await
        .into_iter()
        .filter(|(_, text)| text.starts_with("Re: "))
        .count();
    assert_eq!(replies, 1, "the echo is not answered");
}
