// An id read from an answer goes to the calls on its node and to the parameters the spec says
// are that node's (`persona_id`); stored text still does, and an id the spec types loosely is
// retyped where it happens.
use fbgraph::v26_0::{
    ids, DeletePersona, GetPersona, GetUserProfile, MessagingType, OutgoingMessage, Persona,
    Recipient, SendMessage, ThreadOwner,
};
use fbgraph::Id;

fn main() {
    let persona = Persona::default();
    if let Some(id) = &persona.id {
        let _ = GetPersona::new(id);
        let _ = DeletePersona::new(id.clone());
        let _: &str = id.as_str();
        let _ = SendMessage::message("me", Recipient::id("1"), OutgoingMessage::text("hi"))
            .messaging_type(MessagingType::Response)
            .persona_id(id);
    }
    let stored: Id<ids::Persona> = Id::new("1234");
    let _ = GetPersona::new(&stored);
    let _ = GetPersona::new("1234");
    let psid: Id<ids::User> = Id::new("24000000000000001");
    let customer: Id<ids::UserProfile> = psid.cast();
    let _ = GetUserProfile::new(&customer);
    let _ = ThreadOwner::new("me", &customer);
}
