//! Fuzzing for fbgraph that runs on the stable toolchain: structure-aware targets for the
//! spec loader (`spec`), response decoding into every generated response type (`decode`),
//! the mock server's request parsing (`mock`), the mock's connection layer over a real
//! loopback socket (`head`: pipelined request heads, body framing, limits, timeouts) and the
//! webhook receiver with its axum route (`webhook`: handshakes, signatures, typed event
//! bodies of every shipped version), and a small driver that runs them from a seed, catches panics per input, times inputs and
//! writes every crashing input to `target/fuzz-crashes/<target>-<hash>`.
//!
//! It is not a coverage-guided fuzzer (libFuzzer needs nightly sanitizers); the targets make
//! up for that by generating inputs from the spec, so that most are well-formed enough to
//! reach deep code, and then mutating them. It is not part of any published crate.
//!
//! Run it with the xtask (release build):
//!
//! ```text
//! cargo xtask fuzz decode --seconds 60
//! cargo xtask fuzz webhook --seconds 60
//! cargo xtask fuzz all --iterations 100000 --seed 7
//! cargo xtask fuzz mock --reproduce target/fuzz-crashes/mock-0123456789abcdef
//! cargo xtask fuzz list
//! ```
//!
//! Or as a library, with a target of your own:
//!
//! ```
//! use fbgraph_fuzz::driver::{self, Options, Target, Verdict};
//! use fbgraph_fuzz::rng::Rng;
//!
//! struct Parse;
//! impl Target for Parse {
//!     fn name(&self) -> &'static str { "parse" }
//!     fn generate(&mut self, rng: &mut Rng) -> Vec<u8> { rng.next_u64().to_string().into_bytes() }
//!     fn execute(&mut self, input: &[u8]) -> Verdict {
//!         match std::str::from_utf8(input).ok().and_then(|s| s.parse::<u64>().ok()) {
//!             Some(_) => Verdict::Accepted,
//!             None => Verdict::Rejected,
//!         }
//!     }
//! }
//!
//! let dir = std::env::temp_dir().join("fbgraph-fuzz-doc");
//! let report = driver::run(&mut Parse, &Options { iterations: Some(1000), ..Options::new(dir) });
//! assert!(report.is_clean());
//! assert_eq!(report.accepted, 1000);
//! ```
//!
//! CI runs `cargo xtask fuzz all --dev --seconds 45` after the tests: `--dev` runs the
//! binary `cargo test --workspace` has just built, so the step builds nothing. `--seconds`
//! is split evenly between the targets `all` runs: 9 s each for the five. A run exits
//! non-zero on any crash (a panic, a broken invariant, an input slower than `--slow-ms`).
//! Findings already reported to the owner of the code and not yet fixed are counted apart
//! as *known* (each target names them next to its invariant), so that CI stays meaningful
//! until the fix lands; remove the category with the fix.
//!
//! Each target documents its input format (what a crash file holds) and its invariant:
//! [`targets::spec`], [`targets::decode`], [`targets::mock`], [`targets::head`],
//! [`targets::webhook`].

pub mod driver;
pub mod mutate;
pub mod rng;
pub mod targets;
