//! How long the generator takes: loading and checking a spec (the whole of `spec/v26.0`, and
//! the grammar fixture `crates/fbgraph/tests/fixtures/grammar-spec/v99.0`), then lowering and
//! emitting what is generated of it (the Messenger calls `spec/generate.json` names for
//! v26.0, and the whole fixture).
//!
//! `cargo bench -p fbgraph-codegen --bench codegen`

use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

fn dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

const SPECS: [&str; 2] = [
    "../../spec/v26.0",
    "../fbgraph/tests/fixtures/grammar-spec/v99.0",
];

/// What `spec/generate.json` generates of v26.0.
const CALLS: [&str; 6] = [
    "Conversations",
    "SendMessage",
    "ThreadOwner",
    "GetMessage",
    "MessageAttachments",
    "MessageShares",
];
const NODES: [&str; 3] = ["Message", "PageThreadOwner", "UnifiedThread"];

/// Reading every file of the spec, parsing it and checking it (`Spec::load_dir`).
#[divan::bench(args = SPECS, sample_count = 10)]
fn load_and_check(bencher: divan::Bencher, spec: &str) {
    let dir = dir(spec);
    bencher.bench(|| fbgraph_spec::Spec::load_dir(&dir).expect("the spec loads"));
}

/// Lowering and emitting the tokens of a loaded spec (`fbgraph_codegen::generate`).
#[divan::bench(args = SPECS)]
fn generate(bencher: divan::Bencher, spec: &str) {
    let mut loaded = fbgraph_spec::Spec::load_dir(&dir(spec)).expect("the spec loads");
    if spec.ends_with("v26.0") {
        loaded = loaded.subset(&CALLS, &NODES).expect("the generated part");
    }
    bencher.bench(|| fbgraph_codegen::generate(&loaded).expect("generates"));
}
