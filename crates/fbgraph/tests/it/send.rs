//! The Send API, end to end.

use fbgraph::v19_0::{
    Attachment, CreatePagePersonas, DynamicText, GetMessage, MediaPayload, MessageAttachmentField,
    MessageAttachments, MessageField, MessageTag, MessagingType, NotificationType, OutgoingMessage,
    PaymentType, QuickReply, QuickReplyData, QuickReplyFields, Recipient, RecipientName,
    SendMessage, SendMessageErrorCode, SenderAction, TextQuickReply,
};
use fbgraph::{Error, ErrorCode};

use crate::support::Env;

#[tokio::test]
async fn a_text_message_is_sent_and_can_be_read_back_with_chosen_fields() {
    let env = Env::start().await;
    let psid = env.customer();
    let sent = env
        .client
        .send(
            SendMessage::message(
                "me",
                Recipient::id(&psid),
                OutgoingMessage::text("Your order shipped 📦"),
            )
            .messaging_type(MessagingType::Response),
        )
        .await
        .expect("sent");
    assert_eq!(sent.recipient_id.as_deref(), Some(psid.as_str()));
    let message_id = sent.message_id.expect("a message id");

    let read = env
        .client
        .send(GetMessage::new(&message_id).fields([
            MessageField::Message,
            MessageField::From,
            MessageField::To,
        ]))
        .await
        .expect("read");
    assert_eq!(read.message.as_deref(), Some("Your order shipped 📦"));
    let from = read.from.expect("from");
    assert_eq!(from.id, Some(env.page_id()));
    let to = read.to.expect("to");
    assert_eq!(
        to.data
            .iter()
            .filter_map(|p| p.id.as_deref())
            .collect::<Vec<_>>(),
        [psid.as_str()]
    );
    // Only what was asked for comes back, and the id, which Graph always includes.
    assert_eq!(read.created_time, None);
    assert_eq!(read.id.as_deref(), Some(message_id.as_str()));
}

#[tokio::test]
async fn quick_replies_with_every_field_are_accepted() {
    let env = Env::start().await;
    let message = OutgoingMessage::text("How should we reach you?")
        .quick_reply_type("default")
        .metadata("campaign-7")
        .quick_replies([
            QuickReply::Text(
                TextQuickReply::new("Red", "PICK_RED").image_url("https://example.com/red.png"),
            ),
            QuickReply::UserEmail,
            QuickReply::P2pPayment(
                QuickReplyFields::new().data(
                    QuickReplyData::new()
                        .payment_amount(1200)
                        .payment_currency("EUR")
                        .payment_type(PaymentType::Request)
                        .provider_name("bank")
                        .app("wallet")
                        .dest_address("addr")
                        .native_uri("app://pay")
                        .sticker_id(369239263222822_u64)
                        .poll_options(["yes", "no"]),
                ),
            ),
        ]);
    let persona = env
        .client
        .send(CreatePagePersonas::new(
            "me",
            "Agent",
            "https://example.com/agent.png",
        ))
        .await
        .expect("a persona")
        .id
        .expect("its id");
    let sent = env
        .client
        .send(
            SendMessage::message(env.page_id(), Recipient::id(env.customer()), message)
                .tag(MessageTag::HumanAgent)
                .notification_type(NotificationType::SilentPush)
                .persona_id(persona),
        )
        .await
        .expect("sent");
    assert!(sent.message_id.is_some());
}

#[tokio::test]
async fn an_image_attachment_is_stored_and_listed_on_the_attachments_edge() {
    let env = Env::start().await;
    let image = Attachment::Image(
        MediaPayload::new()
            .url("https://example.com/cat.png")
            .is_reusable(true),
    );
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::id(env.customer()),
            OutgoingMessage::attachment(image),
        ))
        .await
        .expect("sent");
    assert!(
        sent.attachment_id.is_some(),
        "a reusable attachment gets an id: {sent:?}"
    );
    let attachments = env
        .client
        .send(
            MessageAttachments::new(sent.message_id.expect("id"))
                .fields([MessageAttachmentField::ImageData]),
        )
        .await
        .expect("listed");
    assert_eq!(attachments.data.len(), 1);
    // Only what was asked for: `mime_type` is a default field, not chosen here.
    assert_eq!(attachments.data[0].mime_type, None);
    let image = attachments.data[0].image_data.as_ref().expect("image data");
    assert_eq!(image.url.as_deref(), Some("https://example.com/cat.png"));
}

#[tokio::test]
async fn dynamic_text_uses_the_recipients_name() {
    let env = Env::start().await;
    let text = DynamicText::new("Hi {{first_name}}!").fallback_text("Hi there!");
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::id(env.customer()),
            OutgoingMessage::dynamic_text(text),
        ))
        .await
        .expect("sent");
    let read = env
        .client
        .send(GetMessage::new(sent.message_id.expect("id")).fields([MessageField::Message]))
        .await
        .expect("read");
    let text = read.message.expect("text");
    assert!(text.starts_with("Hi ") && !text.contains("{{"), "{text}");
}

#[tokio::test]
async fn a_sender_action_sends_no_message() {
    let env = Env::start().await;
    let sent = env
        .client
        .send(SendMessage::sender_action(
            "me",
            Recipient::id(env.customer()),
            SenderAction::TypingOn,
        ))
        .await
        .expect("sent");
    assert_eq!(sent.recipient_id, Some(env.customer()));
    assert_eq!(sent.message_id, None);
}

#[tokio::test]
async fn a_phone_number_recipient_gets_a_psid() {
    let env = Env::start().await;
    let recipient = Recipient::phone_number("+1 (555) 010-0199")
        .name(RecipientName::new().first_name("Grace").last_name("Hopper"));
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            recipient,
            OutgoingMessage::text("Hello Grace"),
        ))
        .await
        .expect("sent");
    let psid = sent.recipient_id.expect("a PSID");
    assert!(
        !psid.is_empty() && psid.chars().all(|c| c.is_ascii_digit()),
        "{psid}"
    );
}

#[tokio::test]
async fn an_unknown_recipient_is_a_typed_graph_error() {
    let env = Env::start().await;
    let err = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::id("999"),
            OutgoingMessage::text("hello?"),
        ))
        .await
        .expect_err("nobody with that PSID");
    let Error::Graph(graph) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(graph.code, 100);
    assert_eq!(graph.error_subcode, Some(2018001));
    assert_eq!(graph.endpoint_code, SendMessageErrorCode::NoMatchingUser);
    assert_eq!(
        graph.endpoint_code.description(),
        Some("No matching user found")
    );
    assert!(graph.fbtrace_id.is_some());
    assert!(err.to_string().contains("No matching user found"), "{err}");
}

#[tokio::test]
async fn an_enum_value_the_spec_does_not_know_reaches_graph_and_is_rejected_there() {
    let env = Env::start().await;
    let err = env
        .client
        .send(
            SendMessage::message(
                "me",
                Recipient::id(env.customer()),
                OutgoingMessage::text("x"),
            )
            .messaging_type(MessagingType::Unknown("CONFIRMED_EVENT_REMINDER".into())),
        )
        .await
        .expect_err("the mock validates enum values");
    let graph = err.graph().expect("a Graph error");
    assert_eq!(graph.code, 100);
    assert!(
        graph.message.contains("messaging_type") && graph.message.contains("RESPONSE"),
        "{}",
        graph.message
    );
}
