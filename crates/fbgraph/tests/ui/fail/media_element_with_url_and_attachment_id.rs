// A media template's element has a URL or an attachment id, never both: one constructor each.
use fbgraph::v19_0::{MediaElement, MediaType};

fn main() {
    let _ = MediaElement::url(MediaType::Image, "https://www.facebook.com/photo.php?fbid=1")
        .attachment_id("1");
}
