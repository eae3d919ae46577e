//! What finding a request's call costs at the whole API's breadth: every call of every
//! embedded version is routed through one trie per version, so a request costs its path's
//! depth and a few hash lookups, whatever the number of calls (some 1,500 per version). Each
//! bench sends one request through the served router in process (`fuzzing::embedded_router`,
//! `tower`'s `oneshot`), so it measures the whole pipeline a request takes, routing included.
//!
//! `cargo bench -p fbgraph-mock --bench route`

use std::net::SocketAddr;

use axum::body::Body;
use axum::http::Request;
use fbgraph_mock::MockConfig;
use tower::ServiceExt;

fn main() {
    divan::main();
}

const TOKEN: &str = "access_token=mock-page-access-token";

/// Sends `GET path` through one router (built once), request after request.
fn bench(bencher: divan::Bencher, path: &str) {
    let link = SocketAddr::from(([127, 0, 0, 1], 9));
    let router =
        fbgraph_mock::fuzzing::embedded_router(MockConfig::default(), link).expect("compiles");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let uri = format!("{path}?{TOKEN}");
    bencher
        .with_inputs(|| {
            let request = Request::get(uri.as_str())
                .body(Body::empty())
                .expect("a request");
            (router.clone(), request)
        })
        .bench_values(|(router, request)| {
            runtime
                .block_on(router.oneshot(request))
                .expect("answered")
                .status()
                .as_u16()
        });
}

/// A Messenger call with a behaviour of its own: the page's conversations.
#[divan::bench(sample_count = 50)]
fn conversations(bencher: divan::Bencher) {
    bench(bencher, "/v26.0/me/conversations");
}

/// A generic edge of the whole API: the page's feed (answered with an empty list).
#[divan::bench(sample_count = 50)]
fn page_feed(bencher: divan::Bencher) {
    bench(bencher, "/v26.0/me/feed");
}

/// An edge no node has: Graph's refusal, code 100.
#[divan::bench(sample_count = 50)]
fn unknown_edge(bencher: divan::Bencher) {
    bench(bencher, "/v26.0/me/no_such_edge");
}

/// The same in the oldest version, which has fewer calls: the cost does not follow the count.
#[divan::bench(sample_count = 50)]
fn unknown_edge_v19(bencher: divan::Bencher) {
    bench(bencher, "/v19.0/me/no_such_edge");
}

/// A write of the whole API: creating a campaign on the default ad account (validated from
/// the spec, stored, listed first on the account's `campaigns`). The store grows by one
/// campaign per request, so later samples list behind more; the cost stays that of the write.
#[divan::bench(sample_count = 50)]
fn create_campaign(bencher: divan::Bencher) {
    let link = SocketAddr::from(([127, 0, 0, 1], 9));
    let router =
        fbgraph_mock::fuzzing::embedded_router(MockConfig::default(), link).expect("compiles");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let uri = format!(
        "/v26.0/{}/campaigns?{TOKEN}",
        fbgraph_mock::seeds::AD_ACCOUNT_ID
    );
    let body = "name=Spring&objective=OUTCOME_TRAFFIC&status=PAUSED&special_ad_categories=%5B%5D";
    bencher
        .with_inputs(|| {
            let request = Request::post(uri.as_str())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("a request");
            (router.clone(), request)
        })
        .bench_values(|(router, request)| {
            runtime
                .block_on(router.oneshot(request))
                .expect("answered")
                .status()
                .as_u16()
        });
}
