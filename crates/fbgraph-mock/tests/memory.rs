//! What the store counts ([`MockServer::store_bytes`], which `max_store_bytes` bounds) is
//! what a stored item really takes on the heap, within a known factor: so the limit bounds
//! the mock's memory, not only a figure.
//!
//! Its own test binary (not a module of `tests/it`), because it installs a counting
//! `#[global_allocator]`, which applies to a whole binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use fbgraph_mock::{MockConfig, MockServer, seeds};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

fn signed(size: usize) -> isize {
    isize::try_from(size).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded to `System` unchanged; only a counter is updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on as is.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(signed(layout.size()), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(signed(layout.size()), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(signed(layout.size()), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE.fetch_add(signed(new_size) - signed(layout.size()), Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many times what the store counts a stored item may take on the heap: a JSON value
/// in memory (maps, strings with spare capacity, the id index) costs more than its text.
const FACTOR: isize = 6;
const ITEMS: usize = 1_000;

// One thread: the mock's work happens while the client waits, never while counting.
#[tokio::test(flavor = "current_thread")]
async fn the_store_counts_what_its_items_take_on_the_heap() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("the mock starts");
    let http = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("a client");
    let token = server.config().access_token.clone();
    let post = |path: String, body: String| {
        let request = http
            .post(format!(
                "{}/v26.0{path}?access_token={token}",
                server.base_url()
            ))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        async move {
            let answer = request.send().await.expect("an answer");
            assert_eq!(answer.status(), 200);
            answer.bytes().await.expect("a body");
        }
    };
    let account = seeds::AD_ACCOUNT_ID;
    let write = |i: usize| {
        let (path, body) = if i.is_multiple_of(2) {
            (
                "/me/feed".to_owned(),
                format!("message=post+number+{i}+{}", "x".repeat(200)),
            )
        } else {
            (
                format!("/{account}/campaigns"),
                format!(
                    "name=campaign+{i}&objective=OUTCOME_TRAFFIC&status=PAUSED&special_ad_categories=%5B%5D"
                ),
            )
        };
        post(path, body)
    };
    // Warm up: connections, buffers, the request log's first growth.
    for i in 0..100 {
        write(i).await;
    }
    let (counted_before, _) = server.store_bytes();
    let heap_before = LIVE.load(Ordering::Relaxed);
    for i in 0..ITEMS {
        write(i).await;
    }
    let counted = signed(server.store_bytes().0 - counted_before);
    let heap = LIVE.load(Ordering::Relaxed) - heap_before;
    // The request log keeps one small record per request (method, path, status).
    let log = signed(ITEMS * 96);
    println!(
        "{ITEMS} items: the store counts {counted} bytes ({} per item); the heap grew by {heap} ({} per item)",
        counted / signed(ITEMS),
        heap / signed(ITEMS)
    );
    assert!(counted > 0);
    assert!(
        heap - log <= FACTOR * counted,
        "the heap grew by {heap} bytes for {counted} counted"
    );
}
