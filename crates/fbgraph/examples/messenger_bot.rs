//! A Messenger bot as a business runs one: it sets up the Page's Messenger profile (Get
//! Started, a greeting, a persistent menu, ice breakers), subscribes to the Page's webhooks,
//! greets with a carousel, hands a customer who asks for a person to the Page Inbox and takes
//! them back, then answers as a persona. The embedded sandbox plays Graph, the customer and
//! the Page Inbox's human agent.
//!
//! ```text
//! cargo run --example messenger_bot
//! ```

use std::error::Error as StdError;
use std::time::Duration;

use fbgraph::v26_0::webhooks::{
    EventChannel, MessagingEvent, MessagingEventKind, Notification, WebhookEvent,
};
use fbgraph::v26_0::{
    Attachment, Button, CreatePageMessengerProfile, CreatePagePassThreadControl,
    CreatePagePersonas, CreatePageSubscribedApps, GenericElement, GenericTemplate,
    GetPageMessengerProfile, GetStarted, Greeting, IceBreaker, IceBreakers, MenuItem,
    MessagingType, OutgoingMessage, PersistentMenu, PostbackButton, PostbackMenuItem, Recipient,
    SendMessage, SubscribedFields, Template, ThreadRecipient, UrlButton, UrlMenuItem, ids,
};
use fbgraph::webhook::Receiver;
use fbgraph::{Client, Id, webhook};
use fbgraph_mock::{Customer, MockConfig, MockServer, PAGE_INBOX_APP_ID, WebhookConfig};
use tokio::sync::mpsc;

const APP_SECRET: &str = "messenger-bot-app-secret";
const VERIFY_TOKEN: &str = "messenger-bot-verify-token";
const PSID: &str = "24000000000000043";

/// Sends `message` to the customer as a reply, as `persona` when one is given.
async fn reply(
    client: &Client,
    psid: &str,
    message: OutgoingMessage,
    persona: Option<&Id<ids::Persona>>,
) -> Result<String, fbgraph::Error<fbgraph::v26_0::SendMessageErrorCode>> {
    let mut send = SendMessage::message("me", Recipient::id(psid), message)
        .messaging_type(MessagingType::Response);
    if let Some(persona) = persona {
        send = send.persona_id(persona);
    }
    let sent = client.send(send).await?;
    Ok(sent.message_id.unwrap_or_default())
}

/// The catalogue carousel a customer gets on Get Started.
fn carousel() -> OutgoingMessage {
    let hat = |name: &str, price: &str| {
        GenericElement::new(name)
            .subtitle(price)
            .image_url(format!(
                "https://shop.example.com/{}.png",
                name.to_lowercase()
            ))
            .buttons([
                Button::WebUrl(UrlButton::new(
                    format!("https://shop.example.com/{}", name.to_lowercase()),
                    "View",
                )),
                Button::Postback(PostbackButton::new("Talk to a person", "HUMAN")),
            ])
    };
    OutgoingMessage::attachment(Attachment::Template(Template::Generic(
        GenericTemplate::new([
            hat("Beanie", "€19"),
            hat("Fedora", "€49"),
            hat("Panama", "€79"),
        ]),
    )))
}

/// What the bot does with one event; returns a line for the log, or `None` for silence.
async fn handle(
    client: &Client,
    persona: &Id<ids::Persona>,
    event: MessagingEvent,
) -> Option<String> {
    let psid = event.sender.as_ref().and_then(|s| s.id.clone())?;
    if event.channel == EventChannel::Standby {
        // Another app (the Page Inbox) has the conversation: watch, do not answer.
        let what = match &event.kind {
            MessagingEventKind::Message(m) => m.text.clone().unwrap_or_default(),
            _ => "an event".into(),
        };
        return Some(format!("hears {what:?} on standby (the agent answers)"));
    }
    let outcome = match &event.kind {
        MessagingEventKind::Postback(p) if p.payload.as_deref() == Some("GET_STARTED") => {
            reply(client, &psid, carousel(), None)
                .await
                .map(|_| "sent the carousel".into())
                .map_err(fbgraph::Error::untyped)
        }
        MessagingEventKind::Postback(p) if p.payload.as_deref() == Some("HUMAN") => {
            let told = OutgoingMessage::text("Passing you to a person, one moment.");
            match reply(client, &psid, told, None).await {
                Ok(_) => client
                    .send(
                        CreatePagePassThreadControl::new("me", ThreadRecipient::new(&psid))
                            .target_app_id(PAGE_INBOX_APP_ID)
                            .metadata("asked for a person"),
                    )
                    .await
                    .map(|_| "passed the conversation to the Page Inbox".into())
                    .map_err(fbgraph::Error::untyped),
                Err(e) => Err(e.untyped()),
            }
        }
        MessagingEventKind::PassThreadControl(pass) => {
            let back = OutgoingMessage::text("Ada here again. Anything else I can do?");
            reply(client, &psid, back, Some(persona))
                .await
                .map(|_| {
                    format!(
                        "gets the conversation back ({:?}), answers as the persona",
                        pass.metadata.as_deref().unwrap_or("no note")
                    )
                })
                .map_err(fbgraph::Error::untyped)
        }
        _ => return None,
    };
    Some(outcome.unwrap_or_else(|e| format!("failed: {e}")))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn StdError>> {
    let sandbox = MockServer::start(MockConfig {
        app_secret: Some(APP_SECRET.into()),
        customers: vec![Customer {
            psid: PSID.into(),
            name: "Grace Customer".into(),
        }],
        ..MockConfig::default()
    })
    .await?;
    let client = Client::new(sandbox.config().access_token.clone())?
        .with_app_secret(APP_SECRET)
        .with_base_url(&sandbox.base_url())?;

    // 1. The Page's Messenger profile and webhook subscription: once, at deploy time.
    client
        .send(
            CreatePageMessengerProfile::new("me")
                .get_started(GetStarted::new("GET_STARTED"))
                .greeting([Greeting::new(
                    "default",
                    "Hi {{user_first_name}}! Hats for every head.",
                )])
                .persistent_menu([PersistentMenu::new("default").call_to_actions([
                    MenuItem::Postback(PostbackMenuItem::new("Talk to a person", "HUMAN")),
                    MenuItem::WebUrl(UrlMenuItem::new("Shop", "https://shop.example.com")),
                ])])
                .ice_breakers([IceBreakers::new(
                    "default",
                    [IceBreaker::new("Where is my order?", "ORDER")],
                )]),
        )
        .await?;
    client
        .send(CreatePageSubscribedApps::new(
            "me",
            [
                SubscribedFields::Messages,
                SubscribedFields::MessagingPostbacks,
                SubscribedFields::MessagingHandovers,
                SubscribedFields::Standby,
            ],
        ))
        .await?;
    let persona = client
        .send(CreatePagePersonas::new(
            "me",
            "Ada (support)",
            "https://shop.example.com/ada.png",
        ))
        .await?
        .id
        .ok_or("Graph answered no persona id")?;
    let profile = client.send(GetPageMessengerProfile::new("me")).await?;
    let menu = profile.data.first().and_then(|p| p.persistent_menu.clone());
    println!(
        "Profile set: Get Started, greeting, {} menu item(s), ice breakers; persona {persona}.",
        menu.iter()
            .flatten()
            .map(|m| m.call_to_actions.as_ref().map_or(0, Vec::len))
            .sum::<usize>()
    );

    // 2. The bot: a webhook route whose handler reports what it did.
    let (log_tx, mut log) = mpsc::unbounded_channel();
    let (bot_client, bot_persona) = (client.clone(), persona.clone());
    let route = webhook::axum::route::<Notification, _, _>(
        Receiver::new(APP_SECRET, VERIFY_TOKEN)?,
        move |event: WebhookEvent| {
            let (client, persona, log) = (bot_client.clone(), bot_persona.clone(), log_tx.clone());
            async move {
                if let Some(event) = event.into_messaging()
                    && let Some(line) = handle(&client, &persona, event).await
                {
                    let _ = log.send(line);
                }
            }
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bot_url = format!("http://{}/webhook", listener.local_addr()?);
    tokio::spawn(webhook::axum::serve(
        listener,
        axum::Router::new().route("/webhook", route),
    ));
    sandbox
        .subscribe_webhook(WebhookConfig::new(&bot_url, VERIFY_TOKEN))
        .await?;

    // 3. The customer, and the human agent in the Page Inbox.
    let customer = sandbox.customer(PSID);
    let mut next = async || {
        tokio::time::timeout(Duration::from_secs(10), log.recv())
            .await
            .ok()
            .flatten()
            .ok_or("the bot did not answer in time")
    };
    customer.postback("Get Started", "GET_STARTED").await?;
    println!("customer taps Get Started      -> bot {}", next().await?);
    customer.postback("Talk to a person", "HUMAN").await?;
    println!("customer asks for a person     -> bot {}", next().await?);
    customer.send_text("Is the Fedora waterproof?").await?;
    println!("customer writes to the agent   -> bot {}", next().await?);
    sandbox
        .page_inbox()
        .pass_back(PSID, Some("answered: yes, it is"))
        .await?;
    println!("the agent marks it done        -> bot {}", next().await?);
    sandbox.shutdown().await;
    Ok(())
}
