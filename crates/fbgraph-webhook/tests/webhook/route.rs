//! The axum route over loopback: a real server on 127.0.0.1:0 and a real client.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use fbgraph_webhook::{Notification, Receiver};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio::time::timeout;

use crate::{SECRET, TOKEN, encode, page, receiver, sign};

/// Long enough for anything that does happen; only a broken route waits this long.
const PATIENCE: Duration = Duration::from_secs(10);

/// The test's notification type: the text of every message, entry by entry.
#[derive(serde::Deserialize)]
struct Texts {
    entry: Vec<Entry>,
}

#[derive(serde::Deserialize)]
struct Entry {
    #[serde(default)]
    messaging: Vec<Messaging>,
}

#[derive(serde::Deserialize)]
struct Messaging {
    message: Message,
}

#[derive(serde::Deserialize)]
struct Message {
    text: String,
}

impl Notification for Texts {
    type Event = String;
    fn into_events(self) -> Vec<String> {
        self.entry
            .into_iter()
            .flat_map(|entry| entry.messaging)
            .map(|messaging| messaging.message.text)
            .collect()
    }
}

async fn serve<H, Fut>(receiver: Receiver, handler: H) -> SocketAddr
where
    H: Fn(String) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let app = axum::Router::new().route(
        "/webhook",
        fbgraph_webhook::axum::route::<Texts, _, _>(receiver, handler),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    addr
}

/// A server whose handler sends each event's text to the returned channel.
async fn serve_to_channel(receiver: Receiver) -> (SocketAddr, mpsc::UnboundedReceiver<String>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let addr = serve(receiver, move |text| {
        let tx = tx.clone();
        async move {
            let _ = tx.send(text);
        }
    })
    .await;
    (addr, rx)
}

async fn next(rx: &mut mpsc::UnboundedReceiver<String>) -> String {
    timeout(PATIENCE, rx.recv())
        .await
        .expect("the handler is called in time")
        .expect("the handler is alive")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(PATIENCE)
        .build()
        .expect("client")
}

async fn get(addr: SocketAddr, query: &str) -> (u16, String, String) {
    let response = client()
        .get(format!("http://{addr}/webhook?{query}"))
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, content_type, response.text().await.expect("a body"))
}

async fn post(addr: SocketAddr, signature: Option<&str>, body: Vec<u8>) -> (u16, String) {
    let mut request = client().post(format!("http://{addr}/webhook")).body(body);
    if let Some(signature) = signature {
        request = request.header("x-hub-signature-256", signature);
    }
    let response = request.send().await.expect("an answer");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

async fn post_signed(addr: SocketAddr, body: Vec<u8>) -> u16 {
    let signature = sign(SECRET, &body);
    post(addr, Some(&signature), body).await.0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handshake_answers_the_challenge_as_text_only_to_the_right_token() {
    let (addr, _rx) = serve_to_channel(receiver()).await;
    let token = encode(TOKEN);
    let (status, content_type, body) = get(
        addr,
        &format!("hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1158201444"),
    )
    .await;
    assert_eq!((status, body.as_str()), (200, "1158201444"));
    assert!(content_type.starts_with("text/plain"), "{content_type}");

    let (status, _, body) = get(
        addr,
        "hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444",
    )
    .await;
    assert_eq!(status, 403);
    assert!(!body.contains("1158201444"), "{body}");

    let (status, _, body) = get(
        addr,
        &format!("hub.mode=unsubscribe&hub.verify_token={token}&hub.challenge=1"),
    )
    .await;
    assert_eq!(status, 403, "{body}");

    let (status, _, body) = get(
        addr,
        &format!("hub.mode=subscribe&hub.verify_token={token}"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("hub.challenge"), "{body}");
    assert_eq!(get(addr, "").await.0, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_notification_is_answered_200_and_its_events_reach_the_handler_in_order() {
    let (addr, mut rx) = serve_to_channel(receiver()).await;
    let status = post_signed(addr, page(&[&["one", "two"], &["three"]])).await;
    assert_eq!(status, 200);
    for expected in ["one", "two", "three"] {
        assert_eq!(next(&mut rx).await, expected);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_signatures_get_403_and_never_reach_the_handler() {
    let (addr, mut rx) = serve_to_channel(receiver()).await;
    let body = page(&[&["forged"]]);
    let cases = [
        Some(sign("another-app", &body)),
        Some(sign(SECRET, &page(&[&["something else"]]))),
        Some("sha256=xyz".to_owned()),
        None,
    ];
    for signature in cases {
        let (status, answer) = post(addr, signature.as_deref(), body.clone()).await;
        assert_eq!(status, 403, "{signature:?}");
        assert!(!answer.contains(SECRET), "{answer}");
    }
    // SHA-1 alone is refused too.
    let response = client()
        .post(format!("http://{addr}/webhook"))
        .header(
            "x-hub-signature",
            "sha1=0123456789abcdef0123456789abcdef01234567",
        )
        .body(body.clone())
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 403);
    assert!(response.text().await.expect("a body").contains("SHA-1"));

    // The next event the handler sees is this one: none of the forged ones got through.
    assert_eq!(post_signed(addr, page(&[&["genuine"]])).await, 200);
    assert_eq!(next(&mut rx).await, "genuine");
    assert!(rx.try_recv().is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_over_the_limit_gets_413() {
    let (addr, mut rx) = serve_to_channel(receiver().with_body_limit(512)).await;
    let big = page(&[&[&"x".repeat(600)]]);
    assert_eq!(post_signed(addr, big).await, 413);
    let small = page(&[&["fits"]]);
    assert!(small.len() <= 512);
    assert_eq!(post_signed(addr, small).await, 200);
    assert_eq!(next(&mut rx).await, "fits");
}

/// Without `Content-Length`, the limit holds while reading: the server answers 413 once it has
/// seen more than the limit, though the body has not ended (and never will).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chunked_body_is_refused_once_past_the_limit_without_waiting_for_its_end() {
    let (addr, _rx) = serve_to_channel(receiver().with_body_limit(512)).await;
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let head = format!(
        "POST /webhook HTTP/1.1\r\nhost: {addr}\r\ntransfer-encoding: chunked\r\n\
         x-hub-signature-256: {}\r\n\r\n",
        sign(SECRET, b"")
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    let chunk = format!("100\r\n{}\r\n", "x".repeat(0x100));
    for _ in 0..3 {
        stream.write_all(chunk.as_bytes()).await.expect("write");
    }
    // No final `0\r\n\r\n`: the body is still open.
    let mut answer = vec![0; 64];
    let read = timeout(PATIENCE, stream.read(&mut answer))
        .await
        .expect("an answer before the body ends")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

/// A body that stops arriving is cut off once it falls behind the minimum rate, and its
/// connection does not hold a reading slot for ever: with one slot, a second body waits for
/// the first one to be cut off, then is answered 200.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_stops_arriving_gets_408_and_frees_its_reading_slot() {
    let (addr, mut rx) = serve_to_channel(
        receiver()
            .with_slow_body_cutoff(Duration::from_millis(500), 1024)
            .with_max_reading(1),
    )
    .await;
    let mut stream = slow_body(addr, 100, b"{\"object\"").await;
    // The pause lets the server read the slow request's head and take the only slot.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(post_signed(addr, page(&[&["meanwhile"]])).await, 200);
    assert_eq!(next(&mut rx).await, "meanwhile");
    let mut answer = vec![0; 64];
    let read = timeout(PATIENCE, stream.read(&mut answer))
        .await
        .expect("an answer though the body never completes")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

/// A slot that stays taken longer than the first-byte timeout (a body that keeps up with the
/// rate) turns the next body away with 503, so Meta retries.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_finding_every_read_slot_held_past_the_first_byte_timeout_gets_503() {
    let (addr, _rx) = serve_to_channel(
        receiver()
            .with_slow_body_cutoff(Duration::from_millis(200), 1)
            .with_body_timeout(Duration::from_secs(30))
            .with_max_reading(1),
    )
    .await;
    let stream = slow_body(addr, 100, b"{\"object\"").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(post_signed(addr, page(&[&["refused"]])).await, 503);
    drop(stream);
}

/// 1,100 senders that each sent a head and trickle their bodies a byte at a time, as fast as
/// the minimum rate allows, hold no slot Meta's delivery needs: a signed notification sent
/// meanwhile is answered 200 and handled, and the tricklers are cut off in the end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_delivery_is_answered_while_many_senders_trickle() {
    const TRICKLERS: usize = 1100;
    let (addr, mut rx) = serve_to_channel(receiver()).await;
    let head = slow_head(addr, 100_000);
    let (done_tx, mut done_rx) = mpsc::unbounded_channel();
    for _ in 0..TRICKLERS {
        let head = head.clone();
        let done_tx = done_tx.clone();
        tokio::spawn(async move {
            let mut stream = TcpStream::connect(addr).await.expect("connect");
            stream.write_all(head.as_bytes()).await.expect("head");
            let mut answer = vec![0; 64];
            loop {
                tokio::select! {
                    read = stream.read(&mut answer) => {
                        let read = read.unwrap_or(0);
                        let _ = done_tx.send(String::from_utf8_lossy(&answer[..read]).into_owned());
                        return;
                    }
                    () = tokio::time::sleep(Duration::from_millis(100)) => {
                        if stream.write_all(b" ").await.is_err() {
                            // The server closed the connection: its 408 may have been lost
                            // in the reset, so the closing is the answer.
                            let _ = done_tx.send("closed".to_owned());
                            return;
                        }
                    }
                }
            }
        });
    }
    drop(done_tx);
    // Every trickler has sent its head and holds its connection.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(post_signed(addr, page(&[&["from Meta"]])).await, 200);
    assert_eq!(next(&mut rx).await, "from Meta");
    let mut cut_off = 0;
    while let Some(answer) = timeout(PATIENCE, done_rx.recv())
        .await
        .expect("cut off in time")
    {
        // A 408, or the connection closed (read as nothing, or a failed write): a reset can
        // beat the 408 to the trickler.
        assert!(
            answer.starts_with("HTTP/1.1 408") || answer == "closed" || answer.is_empty(),
            "{answer:?}"
        );
        cut_off += 1;
    }
    assert_eq!(cut_off, TRICKLERS);
}

/// Bodies being read together may buffer no more than the read budget: a body whose bytes
/// do not fit beside another's gets 503 (Meta retries), and fits once the other is done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_being_read_share_a_bounded_budget() {
    let (addr, mut rx) = serve_to_channel(
        receiver()
            .with_body_limit(600)
            .with_read_budget(600)
            .with_slow_body_cutoff(Duration::from_secs(5), 1),
    )
    .await;
    let stream = slow_body(addr, 600, &[b' '; 500]).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let body = page(&[&["does not fit"]]);
    assert!(body.len() > 100 && body.len() <= 600);
    assert_eq!(post_signed(addr, body.clone()).await, 503);
    drop(stream);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(post_signed(addr, body).await, 200);
    assert_eq!(next(&mut rx).await, "does not fit");
}

/// A signed body comes from Meta, which would send the same bytes again: it is answered 200
/// (a 400 makes Meta retry until it disables the subscription), and no event reaches the
/// handler.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_but_undecodable_body_gets_200_and_never_reaches_the_handler() {
    let (addr, mut rx) = serve_to_channel(receiver()).await;
    for body in [
        &br#"{"entry":[{"messaging":[{"message":{}}]}]}"#[..],
        b"{",
        b"",
    ] {
        assert_eq!(post_signed(addr, body.to_vec()).await, 200, "{body:?}");
    }
    assert_eq!(post_signed(addr, page(&[&["after"]])).await, 200);
    assert_eq!(next(&mut rx).await, "after");
    assert!(rx.try_recv().is_err());
}

/// A connection that sent a signed head declaring `length` bytes and then only `first`.
async fn slow_body(addr: SocketAddr, length: usize, first: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(slow_head(addr, length).as_bytes())
        .await
        .expect("the head");
    stream.write_all(first).await.expect("the first bytes");
    stream
}

/// A signed request head declaring a body of `length` bytes.
fn slow_head(addr: SocketAddr, length: usize) -> String {
    format!(
        "POST /webhook HTTP/1.1\r\nhost: {addr}\r\ncontent-length: {length}\r\n\
         x-hub-signature-256: {}\r\n\r\n",
        sign(SECRET, b"")
    )
}

/// A handler that reports each event as it starts, then waits on `gate` for events named
/// "wait", then reports it done.
async fn serve_gated(
    receiver: Receiver,
) -> (SocketAddr, Arc<Semaphore>, mpsc::UnboundedReceiver<String>) {
    let gate = Arc::new(Semaphore::new(0));
    let (tx, rx) = mpsc::unbounded_channel();
    let handler_gate = Arc::clone(&gate);
    let addr = serve(receiver, move |text: String| {
        let (tx, gate) = (tx.clone(), Arc::clone(&handler_gate));
        async move {
            let _ = tx.send(format!("start {text}"));
            if text.starts_with("wait") {
                let _permit = gate.acquire().await.expect("gate open");
            }
            let _ = tx.send(format!("done {text}"));
        }
    })
    .await;
    (addr, gate, rx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_200_does_not_wait_for_the_handler() {
    let (addr, gate, mut rx) = serve_gated(receiver()).await;
    // The handler cannot finish before the gate opens, and the gate opens only after the
    // answer: a route that waited for the handler would never answer.
    let status = timeout(PATIENCE, post_signed(addr, page(&[&["wait", "then"]])))
        .await
        .expect("answered while the handler is blocked");
    assert_eq!(status, 200);
    assert_eq!(next(&mut rx).await, "start wait");
    gate.add_permits(1);
    // The body's second event starts only after the first is done.
    assert_eq!(next(&mut rx).await, "done wait");
    assert_eq!(next(&mut rx).await, "start then");
    assert_eq!(next(&mut rx).await, "done then");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_beyond_max_in_flight_get_503() {
    let (addr, gate, mut rx) = serve_gated(receiver().with_max_in_flight(1)).await;
    assert_eq!(post_signed(addr, page(&[&["wait"]])).await, 200);
    assert_eq!(next(&mut rx).await, "start wait");
    assert_eq!(post_signed(addr, page(&[&["second"]])).await, 503);
    gate.add_permits(1);
    assert_eq!(next(&mut rx).await, "done wait");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_loses_only_its_event() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let addr = serve(receiver(), move |text: String| {
        let tx = tx.clone();
        assert_ne!(text, "panic now", "a handler that panics before its future");
        async move {
            assert_ne!(text, "panic later", "a handler whose future panics");
            let _ = tx.send(text);
        }
    })
    .await;
    let body = page(&[&["panic now", "one"], &["panic later", "two"]]);
    assert_eq!(post_signed(addr, body).await, 200);
    assert_eq!(next(&mut rx).await, "one");
    assert_eq!(next(&mut rx).await, "two");
    // The server still answers.
    assert_eq!(post_signed(addr, page(&[&["three"]])).await, 200);
    assert_eq!(next(&mut rx).await, "three");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_methods_get_405() {
    let (addr, _rx) = serve_to_channel(receiver()).await;
    let response = client()
        .put(format!("http://{addr}/webhook"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 405);
}

/// `serve` answers like `axum::serve`, and closes a connection whose head never completes
/// (`axum::serve` would keep it open for as long as the sender likes).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_closes_a_connection_whose_head_never_completes() {
    let app = axum::Router::new().route(
        "/webhook",
        fbgraph_webhook::axum::route::<Texts, _, _>(receiver(), |_| async {}),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(fbgraph_webhook::axum::serve(listener, app));
    let query = format!(
        "hub.mode=subscribe&hub.verify_token={}&hub.challenge=42",
        encode(TOKEN)
    );
    assert_eq!(get(addr, &query).await.2, "42");

    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"POST /webhook HTTP/1.1\r\nhost: x\r\n")
        .await
        .expect("part of a head");
    let mut answer = vec![0; 64];
    let read = timeout(
        fbgraph_webhook::axum::HEAD_TIMEOUT + PATIENCE,
        stream.read(&mut answer),
    )
    .await
    .expect("closed once the head timeout passed");
    // Closed (0 bytes), possibly after a 408 from hyper, or reset.
    if let Ok(read) = read {
        let answer = String::from_utf8_lossy(&answer[..read]);
        assert!(read == 0 || answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
}
