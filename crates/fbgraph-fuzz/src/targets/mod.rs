//! The fuzz targets, and the list the driver offers.

pub mod decode;
pub mod head;
pub mod mock;
pub mod registry;
pub mod spec;
pub mod webhook;

use std::path::PathBuf;

use crate::driver::Target;

/// Every file of a seed corpus directory, sorted so that runs are reproducible; a missing
/// or unreadable directory or file gives no seeds from it.
pub fn read_corpus(dir: &std::path::Path) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    seeds.sort();
    seeds
}

/// Whether a target can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It runs.
    Ready,
    /// Not yet: the text says why and what it will cover.
    Planned(&'static str),
}

/// A target the driver knows.
#[derive(Debug, Clone, Copy)]
pub struct TargetInfo {
    /// The name on the command line.
    pub name: &'static str,
    /// What it fuzzes.
    pub about: &'static str,
    /// Whether it runs.
    pub status: Status,
}

/// Every target, in the order `all` runs them.
pub const TARGETS: &[TargetInfo] = &[
    TargetInfo {
        name: "spec",
        about: "the spec loader: spec files and version directories (names and bytes)",
        status: Status::Ready,
    },
    TargetInfo {
        name: "decode",
        about: "response bodies into every response type of every shipped version",
        status: Status::Ready,
    },
    TargetInfo {
        name: "mock",
        about: "the mock's request pipeline: queries, forms, multipart, JSON, fields, batch",
        status: Status::Ready,
    },
    TargetInfo {
        name: "head",
        about: "the mock's connection layer over TCP: pipelined heads, framing, limits, timeouts",
        status: Status::Ready,
    },
    TargetInfo {
        name: "webhook",
        about: "the webhook receiver and its axum route: handshakes, signatures, typed event bodies",
        status: Status::Ready,
    },
];

/// The workspace root (this crate lives in `crates/fbgraph-fuzz`).
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .unwrap_or(manifest)
}

/// The seed corpus of a target: `crates/fbgraph-fuzz/corpus/<target>/`.
pub fn corpus_dir(target: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target)
}

/// Builds a target by name.
pub fn make(name: &str) -> Result<Box<dyn Target>, String> {
    match name {
        "spec" => Ok(Box::new(spec::SpecTarget::new(
            &workspace_root().join("xtask/tests/fixtures/hand-written"),
        ))),
        "decode" => {
            let specs = fbgraph_mock::MockServer::embedded_specs().map_err(|e| e.to_string())?;
            Ok(Box::new(decode::DecodeTarget::new(
                specs,
                &corpus_dir("decode"),
            )))
        }
        "mock" => Ok(Box::new(mock::MockTarget::new(&corpus_dir("mock"))?)),
        "head" => Ok(Box::new(head::HeadTarget::new(&corpus_dir("head"))?)),
        "webhook" => {
            let specs = fbgraph_mock::MockServer::embedded_specs().map_err(|e| e.to_string())?;
            let root = workspace_root();
            Ok(Box::new(webhook::WebhookTarget::new(
                &root.join("crates/fbgraph/tests/fixtures/webhooks"),
                &corpus_dir("webhook"),
                &specs,
                &root.join("crates/fbgraph/src"),
            )?))
        }
        other => match TARGETS.iter().find(|t| t.name == other) {
            Some(TargetInfo {
                status: Status::Planned(why),
                ..
            }) => Err(format!("`{other}` is not available: {why}")),
            _ => Err(format!(
                "no target `{other}`; targets: {}",
                TARGETS
                    .iter()
                    .map(|t| t.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        },
    }
}
