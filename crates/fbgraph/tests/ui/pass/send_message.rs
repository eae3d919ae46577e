// The Send API as a user writes it: a text, quick replies, media, templates with buttons, a
// tagged message, a sender action.
use fbgraph::v19_0::{
    Attachment, Button, ButtonTemplate, GenericElement, GenericTemplate, MediaPayload, MessageTag,
    MessagingType, OutgoingMessage, PostbackButton, QuickReply, Recipient, SendMessage,
    SendMessageErrorCode, SendMessageResponse, SenderAction, Template, TextQuickReply, UrlButton,
};
use fbgraph::{Client, Error};

async fn notify(client: &Client, psid: &str) -> Result<SendMessageResponse, Error<SendMessageErrorCode>> {
    client
        .send(
            // The tag sets `messaging_type: MESSAGE_TAG` itself.
            SendMessage::message("me", Recipient::id(psid), OutgoingMessage::text("Your order shipped"))
                .tag(MessageTag::PostPurchaseUpdate),
        )
        .await
}

fn main() {
    let _quick = SendMessage::message(
        "1000000000000001",
        Recipient::id("24000000000000001"),
        OutgoingMessage::text("Pick a colour").quick_replies([
            QuickReply::Text(TextQuickReply::new("Red", "RED").image_url("https://example.com/red.png")),
            QuickReply::UserEmail,
        ]),
    );
    let _image = SendMessage::message(
        "me",
        Recipient::phone_number("+15550100"),
        OutgoingMessage::attachment(Attachment::Image(
            MediaPayload::new().url("https://example.com/a.png").is_reusable(true),
        )),
    );
    let _carousel = SendMessage::message(
        "me",
        Recipient::id("1"),
        OutgoingMessage::attachment(Attachment::Template(Template::Generic(GenericTemplate::new([
            GenericElement::new("Hat").subtitle("For everyone").buttons([
                Button::WebUrl(UrlButton::new("https://example.com/hat", "View")),
                Button::Postback(PostbackButton::new("Buy", "BUY_HAT")),
            ]),
        ])))),
    )
    .messaging_type(MessagingType::Response);
    let _buttons = OutgoingMessage::attachment(Attachment::Template(Template::Button(
        ButtonTemplate::new("What next?", [Button::AccountUnlink]),
    )));
    let _typing = SendMessage::sender_action("me", Recipient::id("1"), SenderAction::TypingOn);
    let client = Client::new("token").expect("a valid token");
    let _future = notify(&client, "1");
}
