//! How long the generator takes: loading and checking a spec, then lowering and emitting it,
//! for today's newest spec (`spec/v26.0`) and the grammar fixture
//! (`crates/fbgraph/tests/fixtures/grammar-spec/v99.0`).
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

/// Reading every file of the spec, parsing it and checking it (`Spec::load_dir`).
#[divan::bench(args = SPECS)]
fn load_and_check(bencher: divan::Bencher, spec: &str) {
    let dir = dir(spec);
    bencher.bench(|| fbgraph_spec::Spec::load_dir(&dir).expect("the spec loads"));
}

/// Lowering and emitting the tokens of a loaded spec (`fbgraph_codegen::generate`).
#[divan::bench(args = SPECS)]
fn generate(bencher: divan::Bencher, spec: &str) {
    let spec = fbgraph_spec::Spec::load_dir(&dir(spec)).expect("the spec loads");
    bencher.bench(|| fbgraph_codegen::generate(&spec).expect("generates"));
}
