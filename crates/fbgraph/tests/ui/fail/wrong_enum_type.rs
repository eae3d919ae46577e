use fbgraph::v19_0::{NotificationType, OutgoingMessage, Recipient, SendMessage};

fn main() {
    let _ = SendMessage::message("me", Recipient::id("1"), OutgoingMessage::text("hi"))
        .messaging_type(NotificationType::Regular);
}
