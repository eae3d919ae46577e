// The Send API as a user writes it: a text, quick replies, an attachment, a sender action.
use fbgraph::v19_0::{
    Attachment, AttachmentType, MessageTag, MessagingType, OutgoingMessage, QuickReply,
    QuickReplyContentType, Recipient, SendMessage, SendMessageErrorCode, SendMessageResponse,
    SenderAction,
};
use fbgraph::{Client, Error};

async fn notify(client: &Client, psid: &str) -> Result<SendMessageResponse, Error<SendMessageErrorCode>> {
    client
        .send(
            SendMessage::message("me", Recipient::id(psid), OutgoingMessage::text("Your order shipped"))
                .messaging_type(MessagingType::MessageTag)
                .tag(MessageTag::PostPurchaseUpdate),
        )
        .await
}

fn main() {
    let _quick = SendMessage::message(
        "1000000000000001",
        Recipient::id("24000000000000001"),
        OutgoingMessage::text("Pick a colour").quick_replies([
            QuickReply::new(QuickReplyContentType::Text).title("Red").payload("RED"),
            QuickReply::new(QuickReplyContentType::UserEmail),
        ]),
    );
    let _image = SendMessage::message(
        "me",
        Recipient::phone_number("+15550100"),
        OutgoingMessage::attachment(
            Attachment::new(AttachmentType::Image).payload(serde_json::json!({"url": "https://example.com/a.png"})),
        ),
    );
    let _typing = SendMessage::sender_action("me", Recipient::id("1"), SenderAction::TypingOn);
    let client = Client::new("token").expect("a valid token");
    let _future = notify(&client, "1");
}
