// An image attachment's payload is typed: raw JSON is not accepted where a payload belongs.
use fbgraph::v19_0::Attachment;

fn main() {
    let _ = Attachment::Image(serde_json::json!({"url": "https://example.com/a.png"}));
}
