//! `cargo xtask fuzz`: builds the `fbgraph-fuzz` driver and runs it.
//!
//! The driver is its own binary (crates/fbgraph-fuzz) rather than part of the xtask, so that
//! `cargo xtask codegen` never compiles the mock server and the generated bindings.
//!
//! Two builds: the release build (the default, for long runs), and with `--dev` the binary
//! that `cargo test --workspace` builds anyway (cargo builds a package's binaries for its
//! integration tests). `--dev` asks cargo for that build with `cargo test --workspace
//! --no-run`, which after the tests is up to date: CI pays nothing to build the fuzzer. A
//! plain `cargo run -p fbgraph-fuzz` would not do: with only one package selected, its
//! dependencies get other features than in the workspace's build, and are built again.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

pub const USAGE: &str =
    "  fuzz <target>|all|list [--iterations N] [--seconds S] [--seed X] [--reproduce FILE]
                         fuzz the spec loader (spec), response decoding (decode), the mock's
                         request parsing (mock), its connection layer over loopback (head) or
                         the webhook receiver and its route (webhook); crashing inputs go to
                         target/fuzz-crashes/.
                         Release build, or with --dev the one `cargo test --workspace` makes
                         (what CI runs); `fuzz help` lists every option";

/// Runs the driver with `args`, less the xtask's own `--dev`.
pub fn run(root: &Path, args: &[&str]) -> Result<ExitCode, String> {
    let dev = args.contains(&"--dev");
    let mut forwarded: Vec<&str> = args.iter().copied().filter(|a| *a != "--dev").collect();
    if forwarded.is_empty() {
        forwarded.push("help");
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = if dev {
        Command::new(test_build_binary(root, &cargo)?)
    } else {
        let mut command = Command::new(&cargo);
        command.args(["run", "--quiet", "--release"]);
        command.args(["--package", "fbgraph-fuzz", "--bin", "fbgraph-fuzz", "--"]);
        command
    };
    command.current_dir(root).args(&forwarded);
    if !forwarded.contains(&"--crash-dir") {
        command
            .arg("--crash-dir")
            .arg(root.join("target").join("fuzz-crashes"));
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run the fuzzer: {e}"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}

/// The `fbgraph-fuzz` binary of the workspace's test build, built if it is not up to date.
fn test_build_binary(root: &Path, cargo: &std::ffi::OsStr) -> Result<PathBuf, String> {
    let output = Command::new(cargo)
        .current_dir(root)
        .args([
            "test",
            "--workspace",
            "--no-run",
            "--message-format=json-render-diagnostics",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err("the workspace's test build failed".into());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "fbgraph-fuzz")
        // The binary itself, not its unit-test harness (also of kind `bin`, built too).
        .filter(|m| m["profile"]["test"] == false)
        .filter(|m| {
            m["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "bin"))
        })
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "`cargo test --workspace --no-run` built no fbgraph-fuzz binary".into())
}
