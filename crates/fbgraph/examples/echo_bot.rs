//! A Messenger bot, both halves: an axum server on fbgraph's webhook receiver that answers
//! texts, quick-reply taps and postbacks through the generated client, and the embedded
//! sandbox (the mock Graph server playing a customer) pointed at it.
//!
//! ```text
//! cargo run --example echo_bot
//! ```
//!
//! The sandbox runs Meta's verification handshake against the bot, then a customer writes,
//! taps a quick reply and presses a button; each is a signed webhook POST the bot checks,
//! decodes into typed events and answers with the Send API. At the end the conversation is
//! read back through the Graph API and printed, who said what.

use std::error::Error as StdError;
use std::time::Duration;

use fbgraph::v26_0::webhooks::{MessagingEvent, MessagingEventKind, Notification, WebhookEvent};
use fbgraph::v26_0::{
    Conversations, MessageField, MessagingType, OutgoingMessage, QuickReply, Recipient,
    SendMessage, TextQuickReply, UnifiedThreadField,
};
use fbgraph::webhook::Receiver;
use fbgraph::{Client, webhook};
use fbgraph_mock::{Customer, MockConfig, MockServer, WebhookConfig};
use tokio::sync::mpsc;

const APP_SECRET: &str = "echo-bot-app-secret";
const VERIFY_TOKEN: &str = "echo-bot-verify-token";
const PSID: &str = "24000000000000042";

/// What the bot says back to one event, or `None` to stay silent (echoes, reads, …).
fn answer(event: &MessagingEvent) -> Option<OutgoingMessage> {
    match &event.kind {
        MessagingEventKind::Message(message) if message.is_echo != Some(true) => {
            if let Some(tap) = &message.quick_reply {
                let payload = tap.payload.as_deref().unwrap_or_default();
                return Some(OutgoingMessage::text(format!("You picked {payload}.")));
            }
            let text = message.text.as_deref()?;
            Some(
                OutgoingMessage::text(format!("You said: {text}. Did that help?")).quick_replies([
                    QuickReply::Text(TextQuickReply::new("Yes", "HELPED_YES")),
                    QuickReply::Text(TextQuickReply::new("No", "HELPED_NO")),
                ]),
            )
        }
        MessagingEventKind::Postback(postback) => Some(OutgoingMessage::text(format!(
            "Button {:?} pressed ({}).",
            postback.title.as_deref().unwrap_or_default(),
            postback.payload.as_deref().unwrap_or_default()
        ))),
        _ => None,
    }
}

/// The bot's handler: answer the event through the Send API, then tell `main` it is done.
async fn handle(client: Client, done: mpsc::UnboundedSender<String>, event: MessagingEvent) {
    let Some(reply) = answer(&event) else {
        return;
    };
    let Some(psid) = event.sender.as_ref().and_then(|s| s.id.clone()) else {
        return;
    };
    let send = SendMessage::message("me", Recipient::id(&psid), reply)
        .messaging_type(MessagingType::Response);
    let outcome = match client.send(send).await {
        Ok(sent) => format!("replied ({})", sent.message_id.as_deref().unwrap_or("?")),
        Err(e) => format!("could not reply: {e}"),
    };
    let _ = done.send(outcome);
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn StdError>> {
    // The sandbox: Graph for the bot's client, the customer for its webhook.
    let sandbox = MockServer::start(MockConfig {
        app_secret: Some(APP_SECRET.into()),
        customers: vec![Customer {
            psid: PSID.into(),
            name: "Ada Customer".into(),
        }],
        ..MockConfig::default()
    })
    .await?;
    let client = Client::new(sandbox.config().access_token.clone())?
        .with_app_secret(APP_SECRET)
        .with_base_url(&sandbox.base_url())?;

    // The bot: one route that does the handshake, checks X-Hub-Signature-256, answers 200 at
    // once and hands each typed event to `handle`.
    let (done_tx, mut done) = mpsc::unbounded_channel();
    let bot_client = client.clone();
    let route = webhook::axum::route::<Notification, _, _>(
        Receiver::new(APP_SECRET, VERIFY_TOKEN)?,
        move |event: WebhookEvent| {
            let (client, done) = (bot_client.clone(), done_tx.clone());
            async move {
                if let Some(event) = event.into_messaging() {
                    handle(client, done, event).await;
                }
            }
        },
    );
    let app = axum::Router::new().route("/webhook", route);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bot_url = format!("http://{}/webhook", listener.local_addr()?);
    tokio::spawn(fbgraph::webhook::axum::serve(listener, app));
    println!(
        "Bot listening at {bot_url}; sandbox Graph at {}.",
        sandbox.base_url()
    );

    sandbox
        .subscribe_webhook(WebhookConfig::new(&bot_url, VERIFY_TOKEN))
        .await?;
    println!("The sandbox verified the webhook (hub.challenge answered).\n");

    // The customer's side of the conversation. Each call returns once the bot answered the
    // webhook 200; the bot's reply follows from its handler.
    let customer = sandbox.customer(PSID);
    let wait = |outcome: Option<String>| outcome.ok_or("the bot stopped");
    customer.send_text("Hi, where is my order?").await?;
    println!(
        "webhook: message delivered; bot {}",
        wait(tick(&mut done).await)?
    );
    customer.tap_quick_reply("Yes", "HELPED_YES").await?;
    println!(
        "webhook: quick reply delivered; bot {}",
        wait(tick(&mut done).await)?
    );
    customer.postback("Talk to us", "CONTACT_US").await?;
    println!(
        "webhook: postback delivered; bot {}",
        wait(tick(&mut done).await)?
    );

    // Both halves, read back through the Graph API: the conversation as Graph lists it.
    let threads = client
        .send(Conversations::new("me").user_id(PSID).fields([
            UnifiedThreadField::messages([MessageField::Message, MessageField::From]).limit(20),
        ]))
        .await?;
    println!("\nTranscript:");
    for thread in &threads.data {
        let mut messages: Vec<_> = thread.messages.iter().flat_map(|m| &m.data).collect();
        messages.reverse(); // Graph lists the newest first.
        for message in messages {
            let from = message.from.as_ref();
            let who = from
                .and_then(|f| f.name.as_deref().or(f.id.as_deref()))
                .unwrap_or("?");
            println!("  {who:>14}: {}", message.message.as_deref().unwrap_or(""));
        }
    }
    sandbox.shutdown().await;
    Ok(())
}

/// The bot's next "done" report, if it comes within 10 s.
async fn tick(done: &mut mpsc::UnboundedReceiver<String>) -> Option<String> {
    tokio::time::timeout(Duration::from_secs(10), done.recv())
        .await
        .ok()
        .flatten()
}
