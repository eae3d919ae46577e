use fbgraph::v19_0::Conversations;

fn main() {
    let _ = Conversations::new().limit(10);
}
