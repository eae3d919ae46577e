use fbgraph::v19_0::{OutgoingMessage, Recipient, SendMessage};

fn main() {
    // A typo in a string would only fail at Graph; enums are typed.
    let _ = SendMessage::message("me", Recipient::id("1"), OutgoingMessage::text("hi"))
        .messaging_type("RESPONS");
}
