//! The quickstart: the generated client talking to a Graph API.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! By default it starts the embedded mock Graph server on 127.0.0.1 and talks to it. To talk
//! to Meta instead, set `FBGRAPH_ACCESS_TOKEN` (a Page access token) and
//! `FBGRAPH_RECIPIENT_PSID` (someone who messaged the Page in the last 24 hours), and
//! optionally `FBGRAPH_APP_SECRET`, `FBGRAPH_PAGE_ID` (default `me`) and `FBGRAPH_BASE_URL`.

use std::error::Error as StdError;

use fbgraph::v26_0::{
    Conversations, GetMessage, MessageField, MessagingType, OutgoingMessage, Platform, QuickReply,
    Recipient, SendMessage, SendMessageErrorCode, TextQuickReply, ThreadOwner, UnifiedThreadField,
};
use fbgraph::{Client, Error, ErrorCode};
use fbgraph_mock::{MockConfig, MockServer};

struct Target {
    client: Client,
    page_id: String,
    psid: String,
    /// Kept alive for as long as the client talks to it.
    _mock: Option<MockServer>,
}

async fn target() -> Result<Target, Box<dyn StdError>> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let Some(token) = var("FBGRAPH_ACCESS_TOKEN") {
        let psid = var("FBGRAPH_RECIPIENT_PSID")
            .ok_or("set FBGRAPH_RECIPIENT_PSID to someone who messaged the Page")?;
        let mut client = Client::new(token)?;
        if let Some(base) = var("FBGRAPH_BASE_URL") {
            client = client.with_base_url(&base)?;
        }
        if let Some(secret) = var("FBGRAPH_APP_SECRET") {
            client = client.with_app_secret(secret);
        }
        println!(
            "Talking to {} (FBGRAPH_ACCESS_TOKEN is set).",
            client.base_url()
        );
        let page_id = var("FBGRAPH_PAGE_ID").unwrap_or_else(|| "me".into());
        return Ok(Target {
            client,
            page_id,
            psid,
            _mock: None,
        });
    }
    let config = MockConfig {
        app_secret: Some("quickstart-app-secret".into()),
        ..MockConfig::default()
    };
    let mock = MockServer::start(config).await?;
    let config = mock.config();
    println!(
        "Started the embedded mock Graph server at {}.",
        mock.base_url()
    );
    println!("(Set FBGRAPH_ACCESS_TOKEN and FBGRAPH_RECIPIENT_PSID to talk to Meta instead.)");
    let client = Client::new(config.access_token.clone())?
        .with_app_secret("quickstart-app-secret")
        .with_base_url(&mock.base_url())?;
    Ok(Target {
        client,
        page_id: config.page_id.clone(),
        psid: config.customers[0].psid.clone(),
        _mock: Some(mock),
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn StdError>> {
    // `_mock` is bound rather than ignored with `..`: dropping it would stop the server.
    let Target {
        client,
        page_id,
        psid,
        _mock,
    } = target().await?;
    println!(
        "Page {page_id}, customer {psid}, Graph {}.\n",
        fbgraph::v26_0::VERSION
    );

    println!("1. Send a text message");
    let text = SendMessage::message(
        &page_id,
        Recipient::id(&psid),
        OutgoingMessage::text("Your order has shipped 📦"),
    )
    .messaging_type(MessagingType::Response);
    let sent = client.send(text).await?;
    let message_id = sent
        .message_id
        .clone()
        .ok_or("Graph returned no message_id")?;
    println!(
        "   sent message {message_id} to {}",
        sent.recipient_id.as_deref().unwrap_or("?")
    );

    println!("2. Send a message with quick replies");
    let question = OutgoingMessage::text("Was the delivery on time?").quick_replies([
        QuickReply::Text(TextQuickReply::new("Yes", "DELIVERY_ON_TIME")),
        QuickReply::Text(TextQuickReply::new("No", "DELIVERY_LATE")),
        QuickReply::UserEmail,
    ]);
    let sent = client
        .send(
            SendMessage::message(&page_id, Recipient::id(&psid), question)
                .messaging_type(MessagingType::Response),
        )
        .await?;
    println!(
        "   sent message {}",
        sent.message_id.as_deref().unwrap_or("?")
    );

    println!("3. List the Page's Messenger conversations");
    let threads = client
        .send(
            Conversations::new(&page_id)
                .platform(Platform::Messenger)
                .fields([
                    UnifiedThreadField::Id,
                    UnifiedThreadField::Snippet,
                    UnifiedThreadField::MessageCount,
                    UnifiedThreadField::UpdatedTime,
                    UnifiedThreadField::Participants,
                ])
                .limit(5),
        )
        .await?;
    for thread in &threads.data {
        let people: Vec<&str> = thread
            .participants
            .iter()
            .flat_map(|p| &p.data)
            .filter_map(|p| p.name.as_deref().or(p.id.as_deref()))
            .collect();
        println!(
            "   {} with {} — {} message(s), updated {}, last: {:?}",
            thread.id.as_deref().unwrap_or("?"),
            people.join(" & "),
            thread.message_count.unwrap_or_default(),
            thread
                .updated_time
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            thread.snippet.as_deref().unwrap_or(""),
        );
    }
    if threads.next_url().is_some() {
        println!("   (more conversations on the next page)");
    }

    println!("4. Read the first message back, with chosen fields");
    let message = client
        .send(GetMessage::new(&message_id).fields([
            MessageField::Message,
            MessageField::From,
            MessageField::CreatedTime,
        ]))
        .await?;
    println!(
        "   {:?} from {} at {}",
        message.message.as_deref().unwrap_or(""),
        message
            .from
            .as_ref()
            .and_then(|f| f.name.as_deref().or(f.id.as_deref()))
            .unwrap_or("?"),
        message
            .created_time
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
    );

    println!("5. Ask who owns the thread (Handover Protocol)");
    let owners = client.send(ThreadOwner::new(&page_id, &psid)).await?;
    for owner in owners.data {
        println!(
            "   app {}",
            owner
                .thread_owner
                .and_then(|o| o.app_id)
                .map(String::from)
                .unwrap_or_default()
        );
    }

    println!("6. Handle a Graph error: message someone who never wrote to the Page");
    match client
        .send(SendMessage::message(
            &page_id,
            Recipient::id("1"),
            OutgoingMessage::text("Hello?"),
        ))
        .await
    {
        Ok(sent) => println!("   unexpectedly sent {:?}", sent.message_id),
        Err(Error::Graph(e)) => {
            println!("   Graph said: {}", e.message);
            println!(
                "   code {} (subcode {}), fbtrace_id {}",
                e.code,
                e.error_subcode
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "none".into()),
                e.fbtrace_id.as_deref().unwrap_or("none"),
            );
            match e.endpoint_code {
                SendMessageErrorCode::InvalidParameter => {
                    println!(
                        "   -> a typed SendMessageErrorCode::InvalidParameter: {:?}",
                        e.endpoint_code.description().unwrap_or("")
                    )
                }
                SendMessageErrorCode::PersonUnavailable => {
                    println!("   -> this person isn't available right now")
                }
                other => println!("   -> another documented or undocumented code: {other:?}"),
            }
        }
        Err(other) => return Err(other.into()),
    }
    println!("\nDone.");
    Ok(())
}
