// A postback button has no URL: the fields of one button type are not another's.
use fbgraph::v19_0::{Button, PostbackButton};

fn main() {
    let _ = Button::Postback(PostbackButton::new("Buy", "BUY").url("https://example.com"));
}
