use fbgraph::v19_0::{OutgoingMessage, Recipient, SendMessage, SenderAction};

fn main() {
    // Graph takes a message or a sender action, never both.
    let _ = SendMessage::message("me", Recipient::id("1"), OutgoingMessage::text("hi"))
        .sender_action(SenderAction::TypingOn);
}
