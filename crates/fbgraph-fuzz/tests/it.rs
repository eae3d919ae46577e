//! What a user of the fuzzer relies on: every response type is fuzzed, crashes are caught
//! and saved so they can be replayed, the same seed gives the same inputs, and the targets
//! run clean on the code as it is.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use fbgraph_fuzz::driver::{self, Options, Target, Verdict};
use fbgraph_fuzz::rng::Rng;
use fbgraph_fuzz::targets::{self, Status, TARGETS, decode, registry::REGISTRY, webhook};
use fbgraph_spec::Spec;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fbgraph-fuzz-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The shipped versions: what `spec/generate.json` lists (the crate's version modules), each
/// the part of its spec that is checked in: its areas and `common` (spec/areas.json).
fn shipped() -> Vec<Spec> {
    let root = targets::workspace_root().join("spec");
    let list: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("generate.json")).expect("spec/generate.json"),
    )
    .expect("spec/generate.json is JSON");
    let rule =
        fbgraph_spec::AreaRule::load(&root.join("areas.json")).unwrap_or_else(|e| panic!("{e}"));
    let versions = list["versions"].as_object().expect("a `versions` object");
    let mut specs: Vec<Spec> = versions
        .iter()
        .map(|(version, what)| {
            let dir = root.join(version);
            let spec = Spec::load_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let mut areas: Vec<&str> = what["areas"]
                .as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            areas.push(fbgraph_spec::areas::SHARED);
            spec.partition(&rule).restrict(&spec, &areas)
        })
        .collect();
    specs.sort_by(|a, b| a.version.cmp(&b.version));
    specs
}

#[test]
fn the_decode_registry_has_every_response_type_of_every_shipped_version() {
    let specs = shipped();
    assert!(specs.len() >= 2, "v19.0 and v26.0 at least");
    let mut problems = Vec::new();
    for spec in &specs {
        let wanted = decode::response_types(spec);
        let have: BTreeSet<String> = REGISTRY
            .iter()
            .filter(|e| e.version == spec.version)
            .map(|e| e.ty.to_owned())
            .collect();
        for missing in wanted.difference(&have) {
            problems.push(format!(
                "{} {missing}: missing from the registry",
                spec.version
            ));
        }
        for stale in have.difference(&wanted) {
            problems.push(format!(
                "{} {stale}: in the registry, but no response holds it",
                spec.version
            ));
        }
    }
    for entry in REGISTRY.iter() {
        if !specs.iter().any(|s| s.version == entry.version) {
            problems.push(format!(
                "{}: a registry version that is not shipped",
                entry.version
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "add these to crates/fbgraph-fuzz/src/targets/registry.rs (or drop them):\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn response_types_follow_nested_objects_and_pages() {
    let spec = shipped()
        .into_iter()
        .find(|s| s.version == "v19.0")
        .expect("v19.0 is shipped");
    let types = decode::response_types(&spec);
    // Conversations answers paged<UnifiedThread>, whose messages are paged<Message>, whose
    // attachments hold ImageData; the thread's folder is an enum.
    for ty in [
        "call:Conversations",
        "paged<UnifiedThread>",
        "paged<Message>",
        "ImageData",
        "ConversationFolder",
    ] {
        assert!(types.contains(ty), "{ty} in {types:?}");
    }
    // Input objects are sent, never decoded.
    assert!(!types.contains("OutgoingMessage"));
}

/// Panics on inputs containing `BOOM`; about one input in eight does.
struct Planted;

impl Target for Planted {
    fn name(&self) -> &'static str {
        "planted"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        let mut input = rng.next_u64().to_string().into_bytes();
        if rng.chance(1, 8) {
            input.extend_from_slice(b"BOOM");
        }
        input
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        if input.windows(4).any(|w| w == b"BOOM") {
            panic!("planted panic on {} bytes", input.len());
        }
        if input.first() == Some(&b'1') {
            Verdict::Accepted
        } else {
            Verdict::Rejected
        }
    }
}

#[test]
fn a_panic_is_caught_counted_and_saved_for_replay() {
    let dir = scratch("planted");
    let options = Options {
        iterations: Some(400),
        seed: 11,
        ..Options::new(&dir)
    };
    let report = driver::run(&mut Planted, &options);
    assert_eq!(report.executions, 400, "the run goes on after a crash");
    assert!(!report.is_clean());
    let crash = &report.crashes[0];
    assert_eq!(crash.kind, "panic");
    assert!(crash.message.contains("planted panic"), "{}", crash.message);
    assert!(
        crash.message.contains("tests/it.rs"),
        "the location: {}",
        crash.message
    );
    let path = crash.path.as_ref().expect("the input is written");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(name.starts_with("planted-"), "{name}");
    let saved = std::fs::read(path).expect("readable");
    assert!(saved.windows(4).any(|w| w == b"BOOM"));
    // The saved input reproduces the panic.
    let again = driver::run_one(&mut Planted, &saved);
    assert!(again.is_err_and(|m| m.contains("planted panic")));
    // The same seed finds the same crashes.
    let twice = driver::run(&mut Planted, &options);
    let iterations = |r: &driver::Report| r.crashes.iter().map(|c| c.iteration).collect::<Vec<_>>();
    assert_eq!(iterations(&report), iterations(&twice));
    assert_eq!(
        report.accepted + report.rejected + report.crashes.len() as u64,
        400
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_input_slower_than_the_limit_is_a_finding() {
    struct Slow;
    impl Target for Slow {
        fn name(&self) -> &'static str {
            "slow"
        }
        fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
            vec![rng.below(4) as u8]
        }
        fn execute(&mut self, input: &[u8]) -> Verdict {
            if input == [0] {
                std::thread::sleep(Duration::from_millis(60));
            }
            Verdict::Accepted
        }
    }
    let dir = scratch("slow");
    let report = driver::run(
        &mut Slow,
        &Options {
            iterations: Some(20),
            slow: Duration::from_millis(30),
            ..Options::new(&dir)
        },
    );
    assert!(report.crashes.iter().all(|c| c.kind == "slow"));
    assert!(!report.crashes.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_same_seed_gives_the_same_inputs_in_every_target() {
    for info in TARGETS.iter().filter(|t| t.status == Status::Ready) {
        let mut a = targets::make(info.name).expect("the target builds");
        let mut b = targets::make(info.name).expect("the target builds");
        let (mut ra, mut rb) = (Rng::new(99), Rng::new(99));
        for i in 0..200 {
            assert_eq!(
                a.generate(&mut ra),
                b.generate(&mut rb),
                "{} input {i}",
                info.name
            );
        }
    }
}

#[test]
fn every_target_is_ready() {
    for info in TARGETS {
        assert_eq!(info.status, Status::Ready, "{}", info.name);
        assert!(targets::make(info.name).is_ok(), "{}", info.name);
    }
    assert!(TARGETS.iter().any(|t| t.name == "webhook"));
}

/// Runs `name` briefly and checks nothing broke; returns the report.
fn short_run(name: &str, iterations: u64) -> driver::Report {
    let dir = scratch(name);
    let mut target = targets::make(name).expect("the target builds");
    let report = driver::run(
        target.as_mut(),
        &Options {
            iterations: Some(iterations),
            seed: 3,
            ..Options::new(&dir)
        },
    );
    assert!(report.is_clean(), "{report}");
    let _ = std::fs::remove_dir_all(&dir);
    report
}

#[test]
fn decode_runs_clean_and_most_structured_bodies_decode() {
    let report = short_run("decode", 5000);
    assert!(report.accepted_fraction() > 0.55, "{report}");
    assert!(
        report.rejected > 500,
        "mutations reach the error paths: {report}"
    );
}

#[test]
fn mock_runs_clean_and_answers_successes_and_errors() {
    let report = short_run("mock", 1500);
    assert!(report.accepted_fraction() > 0.08, "{report}");
    assert!(report.rejected > 300, "{report}");
}

#[test]
fn head_runs_clean_over_tcp_and_answers_successes_and_refusals() {
    let report = short_run("head", 600);
    assert!(report.accepted_fraction() > 0.25, "{report}");
    assert!(report.rejected > 100, "{report}");
}

#[test]
fn head_seed_inputs_replay_over_tcp() {
    let mut head =
        targets::head::HeadTarget::new(&targets::corpus_dir("head")).expect("the mock starts");
    assert!(head.seed_count() >= 3);
    for entry in std::fs::read_dir(targets::corpus_dir("head")).expect("corpus") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        let verdict = driver::run_one(&mut head, &bytes);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // Each holds a request answered 2xx, but for the body declared over 8 MiB (413).
        let expected = if name.starts_with("declared") {
            Verdict::Rejected
        } else {
            Verdict::Accepted
        };
        assert_eq!(verdict, Ok(expected), "{name}");
    }
}

#[test]
fn webhook_runs_clean_and_reaches_decoding_refusals_and_handshakes() {
    let report = short_run("webhook", 600);
    assert!(report.accepted_fraction() > 0.25, "{report}");
    assert!(report.rejected > 150, "{report}");
    let summary = report.extra.join("\n");
    assert!(summary.contains("versions compared: true"), "{summary}");
}

fn webhook_target() -> webhook::WebhookTarget {
    let root = targets::workspace_root();
    webhook::WebhookTarget::new(
        &root.join("crates/fbgraph/tests/fixtures/webhooks"),
        &targets::corpus_dir("webhook"),
        &shipped(),
        &root.join("crates/fbgraph/src"),
    )
    .expect("the target builds")
}

#[test]
fn webhook_fixtures_decode_signed_and_are_refused_unsigned() {
    let mut target = webhook_target();
    let (fixtures, seeds) = target.seed_count();
    assert!(
        fixtures >= 10,
        "the fixtures of crates/fbgraph/tests/fixtures/webhooks"
    );
    assert!(seeds >= 5);
    let dir = targets::workspace_root().join("crates/fbgraph/tests/fixtures/webhooks");
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let fixture: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("readable")).expect("JSON");
        let body = fixture["body"].to_string();
        let signed = format!(
            "POST route\nx-hub-signature-256: {}\n\n{body}",
            target.sign(body.as_bytes())
        );
        let verdict = driver::run_one(&mut target, signed.as_bytes());
        assert_eq!(verdict, Ok(Verdict::Accepted), "{}", path.display());
        let tampered = signed.replacen("\"id\"", "\"Id\"", 1);
        let verdict = driver::run_one(&mut target, tampered.as_bytes());
        assert_eq!(verdict, Ok(Verdict::Rejected), "{}", path.display());
        let unsigned = format!("POST route\n\n{body}");
        let verdict = driver::run_one(&mut target, unsigned.as_bytes());
        assert_eq!(verdict, Ok(Verdict::Rejected), "{}", path.display());
    }
}

#[test]
fn webhook_seed_inputs_replay() {
    let mut target = webhook_target();
    for entry in std::fs::read_dir(targets::corpus_dir("webhook")).expect("corpus") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let accepted = (name.starts_with("signed-") && !name.contains("undecodable"))
            || name.starts_with("handshake-ok");
        let expected = if accepted {
            Verdict::Accepted
        } else {
            Verdict::Rejected
        };
        assert_eq!(driver::run_one(&mut target, &bytes), Ok(expected), "{name}");
    }
}

#[test]
fn spec_runs_clean_and_some_specs_load() {
    let report = short_run("spec", 150);
    assert!(report.accepted > 5, "{report}");
}

#[test]
fn seed_inputs_are_read_and_name_real_targets() {
    let spec = targets::spec::SpecTarget::new(
        &targets::workspace_root().join("xtask/tests/fixtures/hand-written"),
    );
    assert!(spec.seed_files() >= 10, "the checked-in spec files");
    let decode = decode::DecodeTarget::new(shipped(), &targets::corpus_dir("decode"));
    assert!(decode.seed_count() >= 5);
    for entry in std::fs::read_dir(targets::corpus_dir("decode")).expect("corpus") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let head = String::from_utf8_lossy(bytes.split(|&b| b == b'\n').next().unwrap_or_default())
            .into_owned();
        assert!(
            REGISTRY
                .iter()
                .any(|e| format!("{} {}", e.version, e.ty) == head),
            "{head} names no registry entry"
        );
    }
    let mut mock = targets::mock::MockTarget::new(&targets::corpus_dir("mock")).expect("builds");
    assert!(mock.seed_count() >= 5);
    for entry in std::fs::read_dir(targets::corpus_dir("mock")).expect("corpus") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        let verdict = mock.execute(&bytes);
        assert!(
            matches!(verdict, Verdict::Accepted | Verdict::Rejected),
            "{}: {verdict:?}",
            path.display()
        );
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.contains("wrong") && !name.contains("deep") {
            assert_eq!(verdict, Verdict::Accepted, "{name}");
        }
    }
}
