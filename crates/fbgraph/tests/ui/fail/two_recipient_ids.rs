use fbgraph::v19_0::Recipient;

fn main() {
    // A recipient is identified by exactly one of its ids.
    let _ = Recipient::id("1").phone_number("+15550100");
}
