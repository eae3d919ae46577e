use fbgraph::v19_0::{Conversations, MessagingType};

fn main() {
    let _ = Conversations::new("me").messaging_type(MessagingType::Response);
}
