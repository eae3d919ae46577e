//! `cargo xtask fuzz`: builds the `fbgraph-fuzz` driver and runs it.
//!
//! The driver is its own binary (crates/fbgraph-fuzz) rather than part of the xtask, so that
//! `cargo xtask codegen` never compiles the mock server and the generated bindings. Long
//! runs want the release build (the default); `--dev` reuses what `cargo test` built, which
//! is what CI does.

use std::path::Path;
use std::process::{Command, ExitCode};

pub const USAGE: &str =
    "  fuzz <target>|all|list [--iterations N] [--seconds S] [--seed X] [--reproduce FILE]
                         fuzz the spec loader (spec), response decoding (decode) or the mock's
                         request parsing (mock); crashing inputs go to target/fuzz-crashes/.
                         Release build unless --dev; `fuzz help` lists every option";

/// Runs the driver with `args`, less the xtask's own `--dev`.
pub fn run(root: &Path, args: &[&str]) -> Result<ExitCode, String> {
    let dev = args.contains(&"--dev");
    let mut forwarded: Vec<&str> = args.iter().copied().filter(|a| *a != "--dev").collect();
    if forwarded.is_empty() {
        forwarded.push("help");
    }
    let crash_dir = root.join("target").join("fuzz-crashes");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(root).args(["run", "--quiet"]);
    if !dev {
        command.arg("--release");
    }
    command.args(["--package", "fbgraph-fuzz", "--bin", "fbgraph-fuzz", "--"]);
    command.args(&forwarded);
    if !forwarded.contains(&"--crash-dir") {
        command.arg("--crash-dir").arg(&crash_dir);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}
