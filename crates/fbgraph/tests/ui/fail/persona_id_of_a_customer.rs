// `persona_id` is a Persona's id (the spec says so): a customer's id does not compile there.
use fbgraph::v26_0::{ids, OutgoingMessage, Recipient, SendMessage};
use fbgraph::Id;

fn main() {
    let customer: Id<ids::UserProfile> = Id::new("24000000000000001");
    let _ = SendMessage::message("me", Recipient::id("1"), OutgoingMessage::text("hi"))
        .persona_id(customer);
}
