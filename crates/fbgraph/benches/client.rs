//! The generated client against a hand-written reqwest + serde client, in the same run, on
//! the same mock over loopback: N sends and N conversation pages at concurrency 1 and 32,
//! and decoding a 100-thread page. `cargo bench -p fbgraph --bench client`; the figures and
//! what they mean are in BENCHMARKS.md.
//!
//! Sends are sender actions (`typing_on`): the full Send API path (validation, auth,
//! encoding, decoding) without growing the mock's state, so that the order in which the
//! benchmarks run cannot bias them.

use std::sync::{Arc, LazyLock};

use fbgraph::Paged;
use fbgraph::v26_0::{Conversations, Recipient, SendMessage, SenderAction, UnifiedThread};
use fbgraph_mock::{MockConfig, MockServer};

#[path = "support/hand.rs"]
mod hand;
use hand::{Hand, HandPage, HandThread};

/// Requests per sample.
const N: usize = 256;

struct Fixture {
    /// One thread, the benchmark's own, runs the clients and the mock: no thread wake-ups in
    /// the measurement, so that samples are steady enough to compare within a few percent.
    /// At concurrency 32 the requests still interleave on it.
    rt: tokio::runtime::Runtime,
    _mock: MockServer,
    client: fbgraph::Client,
    hand: Arc<Hand>,
    psid: String,
    /// A page of 100 conversations with most of their fields, as Graph's JSON.
    page_json: Vec<u8>,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let mock = rt
        .block_on(MockServer::start(MockConfig::default()))
        .expect("the mock starts");
    mock.seed_conversations(150)
        .expect("the embedded specs hold conversations");
    let token = mock.config().access_token.clone();
    let base = mock.base_url();
    let client = fbgraph::Client::new(&token)
        .expect("a valid token")
        .with_base_url(&base)
        .expect("base URL");
    let hand = Arc::new(Hand {
        // reqwest has no crypto provider of its own here; the builder carries fbgraph's.
        http: fbgraph::Client::http_client_builder()
            .expect("a builder")
            .build()
            .expect("a client"),
        base,
        token,
    });
    let psid = mock.config().customers[0].psid.clone();
    let page_json = rt
        .block_on(hand.get_raw(
            "me/conversations",
            &[
                ("limit", "100"),
                ("fields", "id,updated_time,snippet,message_count,unread_count,link,can_reply,is_subscribed,is_owner,scoped_thread_key,folder,participants,senders"),
            ],
        ))
        .expect("a page of conversations");
    Fixture {
        rt,
        _mock: mock,
        client,
        hand,
        psid,
        page_json,
    }
});

/// Runs `N` calls of `call` split over `concurrency` tasks.
fn run<F, Fut>(concurrency: usize, call: F)
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    FIXTURE.rt.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..concurrency {
            let call = call.clone();
            tasks.spawn(async move {
                for _ in 0..N / concurrency {
                    call().await;
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("a task finished");
        }
    });
}

#[divan::bench(args = [1, 32], sample_count = 60)]
fn send_generated(bencher: divan::Bencher, concurrency: usize) {
    let f = &*FIXTURE;
    bencher.bench(|| {
        let (client, psid) = (f.client.clone(), f.psid.clone());
        run(concurrency, move || {
            let (client, psid) = (client.clone(), psid.clone());
            async move {
                let sent = client
                    .send(SendMessage::sender_action(
                        "me",
                        Recipient::id(psid),
                        SenderAction::TypingOn,
                    ))
                    .await
                    .expect("sent");
                divan::black_box(sent);
            }
        });
    });
}

#[divan::bench(args = [1, 32], sample_count = 60)]
fn send_handwritten(bencher: divan::Bencher, concurrency: usize) {
    let f = &*FIXTURE;
    bencher.bench(|| {
        let (hand, psid) = (f.hand.clone(), f.psid.clone());
        run(concurrency, move || {
            let (hand, psid) = (hand.clone(), psid.clone());
            async move {
                let sent = hand.typing_on(&psid).await.expect("sent");
                divan::black_box(sent);
            }
        });
    });
}

#[divan::bench(args = [1, 32], sample_count = 60)]
fn page_generated(bencher: divan::Bencher, concurrency: usize) {
    let f = &*FIXTURE;
    bencher.bench(|| {
        let client = f.client.clone();
        run(concurrency, move || {
            let client = client.clone();
            async move {
                let page = client
                    .send(Conversations::new("me").limit(25))
                    .await
                    .expect("a page");
                divan::black_box(page);
            }
        });
    });
}

#[divan::bench(args = [1, 32], sample_count = 60)]
fn page_handwritten(bencher: divan::Bencher, concurrency: usize) {
    let f = &*FIXTURE;
    bencher.bench(|| {
        let hand = f.hand.clone();
        run(concurrency, move || {
            let hand = hand.clone();
            async move {
                let page = hand.conversations().await.expect("a page");
                divan::black_box(page);
            }
        });
    });
}

#[divan::bench(sample_count = 200)]
fn decode_100_threads_generated(bencher: divan::Bencher) {
    let json = &FIXTURE.page_json;
    bencher.bench(|| {
        let page: Paged<UnifiedThread> =
            serde_json::from_slice(divan::black_box(json)).expect("decodes");
        assert_eq!(page.data.len(), 100);
        page
    });
}

#[divan::bench(sample_count = 200)]
fn decode_100_threads_handwritten(bencher: divan::Bencher) {
    let json = &FIXTURE.page_json;
    bencher.bench(|| {
        let page: HandPage<HandThread> =
            serde_json::from_slice(divan::black_box(json)).expect("decodes");
        assert_eq!(page.data.len(), 100);
        page
    });
}

fn main() {
    divan::main();
}
