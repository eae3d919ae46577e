//! A paging stream holds one page at a time: over 10,000 items, live heap memory stays flat.
//!
//! This is its own test binary (not a module of `tests/it`) because it installs a counting
//! `#[global_allocator]`, which applies to a whole binary: other tests running in parallel
//! would disturb its counts, and it would slow them down.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::sync::atomic::{AtomicIsize, Ordering};

// The endpoints of the main test binary: `Conversations` answers a `Paged<Value>` of whole
// JSON objects (a few hundred bytes each), so holding on to the items of past pages would show
// well above the slack. Not all of the module is used here.
#[allow(dead_code)]
#[path = "it/mock.rs"]
mod mock;

use fbgraph_mock::{MockConfig, MockServer};
use fbgraph_runtime::Client;
use mock::Conversations;

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

fn live_bytes() -> isize {
    LIVE.load(Ordering::Relaxed)
}

const ITEMS: usize = 10_000;
const SLACK: isize = 512 * 1024;

// One thread: the mock's work happens while the stream waits, never while counting.
#[tokio::test(flavor = "current_thread")]
async fn streaming_ten_thousand_items_keeps_memory_flat() {
    let config = MockConfig {
        customers: Vec::new(),
        ..MockConfig::default()
    };
    let server = MockServer::start(config).await.expect("the mock starts");
    server
        .seed_conversations(ITEMS)
        .expect("the embedded specs hold conversations");
    let client = Client::new(server.config().access_token.clone())
        .expect("a valid token")
        .with_base_url(&server.base_url())
        .expect("the mock's URL");

    let mut items = client.paginate(Conversations::new(&server.config().page_id).limit(100));
    // The ids are remembered as hashes, so that the check itself takes no growing memory
    // beyond a fixed-capacity set.
    let mut seen: HashSet<u64> = HashSet::with_capacity(ITEMS * 2);
    let (mut at_1000, mut at_9000) = (0, 0);
    let mut count = 0;
    while let Some(thread) = items.try_next().await.expect("an item") {
        count += 1;
        seen.insert(hash(thread["id"].as_str().expect("an id")));
        drop(thread);
        if count == 1_000 {
            at_1000 = live_bytes();
        }
        if count == 9_000 {
            at_9000 = live_bytes();
        }
    }
    assert_eq!(count, ITEMS);
    assert_eq!(seen.len(), ITEMS, "every id once");
    let growth = at_9000 - at_1000;
    assert!(
        growth <= SLACK,
        "live heap grew by {growth} bytes between item 1,000 and item 9,000"
    );
    // 100 full pages (perhaps one empty one after): `limit` is the page size. The mock logs a
    // small record per request, far below the slack.
    let pages = server.requests().len();
    assert!(
        (ITEMS / 100..=ITEMS / 100 + 1).contains(&pages),
        "{pages} requests"
    );
}

fn hash(id: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(id)
}
