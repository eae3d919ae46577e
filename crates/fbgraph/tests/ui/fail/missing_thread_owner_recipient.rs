use fbgraph::v19_0::ThreadOwner;

fn main() {
    let _ = ThreadOwner::new("me");
}
