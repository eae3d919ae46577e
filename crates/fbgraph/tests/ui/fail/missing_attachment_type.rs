use fbgraph::v19_0::Attachment;

fn main() {
    let _ = Attachment::new().payload(serde_json::json!({"url": "https://example.com/a.png"}));
}
