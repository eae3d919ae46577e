// One program using two Graph versions side by side: each is its own module, one client
// sends both (the version is part of each request type).
use fbgraph::{v19_0, v26_0, Client, Endpoint};

async fn migrate(client: &Client, psid: &str) {
    // The old module, as code written for v19.0 keeps working.
    let _ = client
        .send(v19_0::SendMessage::message("me", v19_0::Recipient::id(psid), v19_0::OutgoingMessage::text("old")))
        .await;
    // The new module, with what v26.0 added.
    let _ = client
        .send(
            v26_0::SendMessage::message("me", v26_0::Recipient::id(psid), v26_0::OutgoingMessage::text("new"))
                .messaging_type(v26_0::MessagingType::Utility)
                .reply_to(v26_0::ReplyTo::new("m_1")),
        )
        .await;
}

fn main() {
    assert_eq!(<v19_0::Conversations as Endpoint>::VERSION, "v19.0");
    assert_eq!(<v26_0::Conversations as Endpoint>::VERSION, "v26.0");
    let _ = v26_0::Conversations::new("me").updated_after_ms(1_700_000_000_000);
    let client = Client::new("token").expect("a valid token");
    let _ = migrate(&client, "1");
}
