use fbgraph::v19_0::{OutgoingMessage, SendMessage};

fn main() {
    let _ = SendMessage::message("me", OutgoingMessage::text("hi"));
}
