//! Personas, end to end through the typed client: created, listed, read, sent as, deleted;
//! a send as a deleted persona is refused, as Graph refuses it.

use fbgraph::v26_0::{
    CreatePagePersonas, DeletePersona, GetPagePersonas, GetPersona, MessagingType, OutgoingMessage,
    PersonaField, Recipient, SendMessage,
};

use crate::support::Env;

#[tokio::test]
async fn a_persona_is_created_listed_read_sent_as_and_deleted() {
    let env = Env::start().await;
    let client = &env.client;
    let created = client
        .send(CreatePagePersonas::new(
            "me",
            "Adam Z.",
            "https://example.com/adam.jpg",
        ))
        .await
        .expect("created");
    let id = created.id.clone().expect("the new persona's id");

    let listed = client
        .send(GetPagePersonas::new("me"))
        .await
        .expect("listed");
    assert_eq!(listed.data.len(), 1, "{listed:?}");
    assert_eq!(listed.data[0].id.as_deref(), Some(id.as_str()));
    assert_eq!(listed.data[0].name.as_deref(), Some("Adam Z."));

    let read = client
        .send(GetPersona::new(&id).fields([PersonaField::Name, PersonaField::ProfilePictureUrl]))
        .await
        .expect("read");
    assert_eq!(read.name.as_deref(), Some("Adam Z."));
    assert_eq!(
        read.profile_picture_url.as_deref(),
        Some("https://example.com/adam.jpg")
    );

    let send_as = |persona: &str| {
        SendMessage::message(
            "me",
            Recipient::id(env.customer()),
            OutgoingMessage::text("Adam here, how can I help?"),
        )
        .messaging_type(MessagingType::Response)
        .persona_id(persona)
    };
    let sent = client
        .send(send_as(&id))
        .await
        .expect("sent as the persona");
    assert!(sent.message_id.is_some(), "{sent:?}");

    let deleted = client.send(DeletePersona::new(&id)).await.expect("deleted");
    assert_eq!(deleted.success, Some(true));
    let listed = client
        .send(GetPagePersonas::new("me"))
        .await
        .expect("listed");
    assert!(listed.data.is_empty(), "{listed:?}");
    let refused = client
        .send(send_as(&id))
        .await
        .expect_err("a deleted persona");
    let graph = refused.graph().expect("Graph's error");
    assert_eq!(graph.code, 100);
    assert!(graph.message.contains("persona_id"), "{}", graph.message);
    let gone = client.send(GetPersona::new(&id)).await.expect_err("gone");
    assert_eq!(gone.graph().and_then(|g| g.error_subcode), Some(33));
}

#[tokio::test]
async fn a_persona_name_is_at_most_50_characters() {
    let env = Env::start().await;
    let name = |n: usize| "a".repeat(n);
    env.client
        .send(CreatePagePersonas::new(
            "me",
            name(50),
            "https://example.com/a.jpg",
        ))
        .await
        .expect("50 characters");
    let refused = env
        .client
        .send(CreatePagePersonas::new(
            "me",
            name(51),
            "https://example.com/a.jpg",
        ))
        .await
        .expect_err("51 characters");
    let message = refused
        .graph()
        .map(|g| g.message.clone())
        .unwrap_or_default();
    assert!(
        message.contains("Length of param name must be less than or equal to 50"),
        "{message}"
    );
}
