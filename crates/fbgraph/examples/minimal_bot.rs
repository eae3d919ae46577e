//! The README's bot: answers every text a customer sends. Needs `PAGE_TOKEN`, `APP_SECRET`
//! and `VERIFY_TOKEN`, and a public URL for Meta to reach port 8080 (`cargo run --example
//! echo_bot` shows the same against the embedded sandbox instead).
// BEGIN readme
use fbgraph::v26_0::webhooks::{MessagingEventKind, Notification, WebhookEvent};
use fbgraph::v26_0::{OutgoingMessage, Recipient, SendMessage};
use fbgraph::webhook::{Receiver, axum::route, axum::serve};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (token, secret) = (std::env::var("PAGE_TOKEN")?, std::env::var("APP_SECRET")?);
    let receiver = Receiver::new(&secret, std::env::var("VERIFY_TOKEN")?)?;
    let client = fbgraph::Client::new(token)?.with_app_secret(secret);

    // Called once per event, after the signature was checked and Meta got its 200.
    let handler = move |event: WebhookEvent| {
        let client = client.clone();
        async move {
            // A customer's text (a Page's feed changes and the like are `Change`s).
            if let WebhookEvent::Messaging(event) = event
                && let MessagingEventKind::Message(message) = event.kind
                && let (Some(text), Some(psid), None) = (
                    message.text,
                    event.sender.and_then(|s| s.id),
                    message.is_echo,
                )
            {
                let reply = OutgoingMessage::text(format!("You said: {text}"));
                let send = SendMessage::message("me", Recipient::id(psid), reply);
                if let Err(error) = client.send(send).await {
                    eprintln!("could not reply: {error}");
                }
            }
        }
    };

    let app = axum::Router::new().route("/webhook", route::<Notification, _, _>(receiver, handler));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    serve(listener, app).await; // axum::serve with a deadline for request heads
    Ok(())
}
// END readme
