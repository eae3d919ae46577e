use fbgraph::v19_0::QuickReply;

fn main() {
    let _ = QuickReply::new().title("Red");
}
