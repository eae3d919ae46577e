// A text quick reply needs a title and a payload: both are constructor arguments.
use fbgraph::v19_0::{QuickReply, TextQuickReply};

fn main() {
    let _ = QuickReply::Text(TextQuickReply::new("Red"));
}
