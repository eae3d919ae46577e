//! `GET /{page-id}/conversations`, end to end.

use std::collections::HashSet;

use fbgraph::v19_0::{
    ConversationFolder, Conversations, OutgoingMessage, Platform, Recipient, SendMessage,
    UnifiedThreadField,
};

use crate::support::Env;

#[tokio::test]
async fn a_sent_message_appears_in_the_recipients_conversation() {
    let env = Env::start().await;
    let psid = env.customer();
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::id(&psid),
            OutgoingMessage::text("Shipped!"),
        ))
        .await
        .expect("sent");
    let page = env
        .client
        .send(
            Conversations::new("me")
                .user_id(&psid)
                .platform(Platform::Messenger)
                .fields([
                    UnifiedThreadField::Participants,
                    UnifiedThreadField::Messages,
                    UnifiedThreadField::Snippet,
                ]),
        )
        .await
        .expect("listed");
    assert_eq!(page.data.len(), 1, "{page:?}");
    let thread = &page.data[0];
    let participants = thread.participants.as_ref().expect("participants");
    assert!(
        participants
            .data
            .iter()
            .any(|p| p.id.as_deref() == Some(psid.as_str()))
    );
    assert!(
        participants
            .data
            .iter()
            .any(|p| p.id == Some(env.page_id()))
    );
    let messages = thread.messages.as_ref().expect("messages");
    assert!(
        messages
            .data
            .iter()
            .any(|m| m.id.as_deref() == sent.message_id.as_deref()),
        "{messages:?}"
    );
    assert_eq!(thread.snippet.as_deref(), Some("Shipped!"));
}

#[tokio::test]
async fn without_fields_graph_answers_the_default_fields() {
    let env = Env::start().await;
    let page = env
        .client
        .send(Conversations::new(env.page_id()))
        .await
        .expect("listed");
    assert!(!page.data.is_empty());
    for thread in &page.data {
        assert!(
            thread.id.is_some() && thread.updated_time.is_some(),
            "{thread:?}"
        );
        assert!(
            thread.participants.is_none() && thread.messages.is_none(),
            "{thread:?}"
        );
    }
}

#[tokio::test]
async fn filters_that_match_nothing_answer_an_empty_page() {
    let env = Env::start().await;
    let instagram = env
        .client
        .send(Conversations::new("me").platform(Platform::Instagram))
        .await
        .expect("listed");
    assert!(instagram.data.is_empty());
    assert!(instagram.next_url().is_none());
    let spam = env
        .client
        .send(Conversations::new("me").folder(ConversationFolder::Spam))
        .await
        .expect("listed");
    assert!(spam.data.is_empty());
}

#[tokio::test]
async fn every_conversation_is_reached_by_following_next_and_cursors_go_both_ways() {
    let env = Env::start().await;
    for i in 0..28 {
        let recipient = Recipient::phone_number(format!("+1555010{i:04}"));
        env.client
            .send(SendMessage::message(
                "me",
                recipient,
                OutgoingMessage::text(format!("hello {i}")),
            ))
            .await
            .expect("sent");
    }
    let total = 28 + env.server.config().customers.len();

    let mut seen = HashSet::new();
    let mut pages = 0;
    let mut page = Some(
        env.client
            .send(Conversations::new("me").limit(10))
            .await
            .expect("first page"),
    );
    while let Some(current) = page {
        pages += 1;
        assert!(current.data.len() <= 10);
        for thread in &current.data {
            assert!(
                seen.insert(thread.id.clone().expect("id")),
                "a thread came twice"
            );
        }
        page = env.client.next_page(&current).await.expect("next page");
    }
    assert_eq!(seen.len(), total);
    assert_eq!(pages, total.div_ceil(10));

    // `after` the first page's cursor is the second page; `before` its cursor is the first.
    let first = env
        .client
        .send(Conversations::new("me").limit(5))
        .await
        .expect("page 1");
    let after = first
        .paging
        .as_ref()
        .and_then(|p| p.cursors.as_ref())
        .and_then(|c| c.after.clone())
        .expect("cursor");
    let second = env
        .client
        .send(Conversations::new("me").limit(5).after(after))
        .await
        .expect("page 2");
    assert!(second.data.iter().all(|t| !first.data.contains(t)));
    let before = second
        .paging
        .as_ref()
        .and_then(|p| p.cursors.as_ref())
        .and_then(|c| c.before.clone())
        .expect("cursor");
    let back = env
        .client
        .send(Conversations::new("me").limit(5).before(before))
        .await
        .expect("page 1 again");
    assert_eq!(
        back.data.iter().map(|t| &t.id).collect::<Vec<_>>(),
        first.data.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn nested_fields_with_modifiers_select_typed_sub_fields() {
    use fbgraph::v26_0::{self as graph, MessageField, ParticipantField};

    let env = Env::start().await;
    env.send_text("first").await;
    env.send_text("second").await;
    let request = graph::Conversations::new("me")
        .user_id(env.customer())
        .fields([
            graph::UnifiedThreadField::Id.into(),
            graph::UnifiedThreadField::messages([MessageField::Message, MessageField::From])
                .limit(1),
            graph::UnifiedThreadField::participants([ParticipantField::Name]),
        ]);
    let sent = serde_json::to_value(&request).expect("serializes");
    assert_eq!(
        sent["fields"],
        "id,messages.limit(1){message,from},participants{name}"
    );

    let page = env.client.send(request).await.expect("listed");
    let thread = &page.data[0];
    let messages = thread.messages.as_ref().expect("messages");
    assert_eq!(
        messages.data.len(),
        1,
        "limit(1) applies to the nested list"
    );
    let newest = &messages.data[0];
    assert_eq!(newest.message.as_deref(), Some("second"));
    assert!(newest.from.as_ref().is_some_and(|f| f.id.is_some()));
    assert_eq!(newest.created_time, None, "not selected");
    let participants = thread.participants.as_ref().expect("participants");
    assert!(
        participants
            .data
            .iter()
            .all(|p| p.name.is_some() && p.email.is_none()),
        "{participants:?}"
    );
}
