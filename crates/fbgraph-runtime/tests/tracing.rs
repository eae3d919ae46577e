//! What the client records with `tracing`: enough to follow each call, never a credential.
//!
//! This is its own test binary (not a module of `tests/it`): it installs a global subscriber,
//! and `tracing` caches per call site whether anyone listens, a cache that tests running in
//! parallel threads without a subscriber can leave stale. Alone in its process, the capture is
//! complete.

// The endpoints and mock helpers of the main test binary; not all of them are used here.
#[allow(dead_code)]
#[path = "it/mock.rs"]
mod mock;

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use fbgraph_mock::{Fault, MockConfig};
use fbgraph_runtime::appsecret_proof;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

use mock::{Conversations, Mock, PAGE, SendMessage};

const TOKEN: &str = "EAAB-distinctive-TRACING-token-7f3a9c";
const SECRET: &str = "distinctive-app-secret-51d2";

/// Everything the subscriber writes, in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        let bytes = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn spans_name_method_path_status_and_attempt_but_never_a_secret() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let mock = Mock::with_config(MockConfig {
        access_token: TOKEN.to_owned(),
        app_secret: Some(SECRET.to_owned()),
        ..MockConfig::default()
    })
    .await;
    mock.server
        .seed_conversations(8)
        .expect("the embedded specs hold conversations");
    let client = mock.client();
    let psid = mock.customer();

    // Success, failure, a retried call, next pages and a batch.
    client
        .send(SendMessage::text(&psid, "hello"))
        .await
        .expect("sent");
    client
        .send(SendMessage::text("404404404", "nobody"))
        .await
        .expect_err("no such user");
    mock.server.faults().fail_next(1, Fault::Transient);
    client
        .send(Conversations::new(PAGE))
        .await
        .expect("retried");
    let mut items = client.paginate(Conversations::new(PAGE).limit(4));
    let mut count = 0;
    while items.try_next().await.expect("an item").is_some() {
        count += 1;
    }
    assert_eq!(count, 10);
    let mut batch = fbgraph_runtime::Batch::new();
    batch.add(Conversations::new(PAGE)).expect("added");
    client.send_batch(batch).await.expect("the batch");

    let text = captured.text();
    let proof = appsecret_proof(TOKEN, SECRET);
    for line in text.lines() {
        assert!(!line.contains(TOKEN), "the token: {line}");
        assert!(!line.contains(SECRET), "the secret: {line}");
        assert!(!line.contains(&proof), "the proof: {line}");
        assert!(!line.contains("appsecret_proof"), "a query: {line}");
        assert!(!line.contains("after="), "a query: {line}");
        // (hyper's own events have `?` in their text, so look for query parameters instead.)
        for query in ["conversations?", "messages?", "/v19.0/?", "limit=4"] {
            assert!(!line.contains(query), "a query: {line}");
        }
    }
    let has = |parts: &[&str]| {
        text.lines()
            .any(|line| parts.iter().all(|part| line.contains(part)))
    };
    assert!(
        has(&[
            "graph.request",
            "POST",
            "/v19.0/1000000000000001/messages",
            "status=200",
            "attempt=1"
        ]),
        "{text}"
    );
    assert!(has(&["graph.request", "status=400", "code=100"]), "{text}");
    assert!(
        has(&["retrying Graph request", "delay_ms=", "attempt=1"]),
        "{text}"
    );
    assert!(
        has(&["graph.request", "GET", "attempt=2", "status=200"]),
        "{text}"
    );
    // One span per call, closed once: the retried read and three pages.
    let reads = text
        .lines()
        .filter(|l| l.contains(" close ") && l.contains("/v19.0/1000000000000001/conversations"))
        .count();
    assert_eq!(reads, 4, "{text}");
    assert!(
        has(&["graph.request", "POST", "\"/v19.0/\"", "status=200"]),
        "{text}"
    );
}
