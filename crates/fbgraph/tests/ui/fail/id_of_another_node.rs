// A call on a Persona takes a Persona's id: a customer's id, read from an answer, does not
// compile in its place.
use fbgraph::v26_0::{GetPersona, UserProfile};

fn main() {
    let customer = UserProfile::default();
    if let Some(id) = customer.id {
        let _ = GetPersona::new(id);
    }
}
