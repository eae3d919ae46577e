// An id read from an answer goes to the calls on its node; stored text still does, and an id
// the spec types loosely is retyped where it happens.
use fbgraph::v26_0::{ids, DeletePersona, GetPersona, GetUserProfile, Persona};
use fbgraph::Id;

fn main() {
    let persona = Persona::default();
    if let Some(id) = &persona.id {
        let _ = GetPersona::new(id);
        let _ = DeletePersona::new(id.clone());
        let _: &str = id.as_str();
    }
    let stored: Id<ids::Persona> = Id::new("1234");
    let _ = GetPersona::new(&stored);
    let _ = GetPersona::new("1234");
    let psid: Id<ids::User> = Id::new("24000000000000001");
    let _ = GetUserProfile::new(psid.cast::<ids::UserProfile>());
}
