//! What a mock's start costs: parsing and checking every embedded spec version (the whole
//! Graph API of each imported one), then compiling them into routes. A process pays both once
//! (`MockServer::start` shares the compiled versions); `MockServer::start_on` with specs of
//! its own pays the compiling each time.
//!
//! `cargo bench -p fbgraph-mock --bench start`

use std::net::SocketAddr;

use fbgraph_mock::{MockConfig, MockServer};

fn main() {
    divan::main();
}

/// Parsing and checking every embedded version (`MockServer::embedded_specs`).
#[divan::bench(sample_count = 10)]
fn load_embedded_specs() -> usize {
    MockServer::embedded_specs()
        .expect("the embedded specs load")
        .len()
}

/// Compiling the loaded versions into a served router (`fuzzing::router`: what a start
/// builds, without binding a port).
#[divan::bench(sample_count = 10)]
fn compile_embedded_specs(bencher: divan::Bencher) {
    let specs = MockServer::embedded_specs().expect("the embedded specs load");
    let link = SocketAddr::from(([127, 0, 0, 1], 9));
    bencher.with_inputs(|| specs.clone()).bench_values(|specs| {
        fbgraph_mock::fuzzing::router(MockConfig::default(), specs, link).expect("compiles")
    });
}
