// The read calls as a user writes them: conversations, a message, thread owner.
use fbgraph::v19_0::{
    ids, ConversationFolder, Conversations, GetMessage, MessageField, Platform, ThreadOwner,
    UnifiedThread, UnifiedThreadField,
};
use fbgraph::{Client, Error, Id, Paged};

async fn latest(client: &Client) -> Result<Paged<UnifiedThread>, Error<fbgraph::v19_0::ConversationsErrorCode>> {
    client
        .send(
            Conversations::new("me")
                .platform(Platform::Messenger)
                .folder(ConversationFolder::Inbox)
                .fields([UnifiedThreadField::Id, UnifiedThreadField::Snippet])
                .limit(10),
        )
        .await
}

async fn owner(client: &Client, psid: &str) -> Option<Id<ids::Application>> {
    let owners = client.send(ThreadOwner::new("me", psid)).await.ok()?;
    owners.data.into_iter().next()?.thread_owner?.app_id
}

async fn text(client: &Client, id: &str) -> Option<String> {
    let message = client.send(GetMessage::new(id).fields([MessageField::Message, MessageField::From])).await.ok()?;
    message.message
}

fn main() {
    let client = Client::new("token").expect("a valid token");
    let _ = (latest(&client), owner(&client, "1"), text(&client, "m_1"));
}
