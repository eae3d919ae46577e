//! `cargo xtask build-timing`: how long a new crate that depends on `fbgraph` takes to build
//! from nothing. A scripted timing, not a test: it prints figures and asserts nothing.
//!
//! It writes a minimal consumer (a binary that builds a [`Client`] and a request and calls
//! `send` on it, so that the client's generic path is compiled in the consumer as in a real
//! program) under the system's temporary directory (`fbgraph-build-timing/`), outside the
//! workspace so that none of its cargo configuration applies, with the workspace's `Cargo.lock` so that the
//! versions are the ones CI tests, and builds it with `cargo build --timings` into an empty
//! target directory, offline (the registry's sources must be there: `cargo fetch` in the
//! workspace first). It prints the wall time, cargo's own total, and the slowest units, read
//! from the `UNIT_DATA` table of cargo's timing report.
//!
//! [`Client`]: https://docs.rs/fbgraph

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

pub const USAGE: &str =
    "  build-timing [--features F,…] [--no-default-features] [--release] [--top N]
                         build a minimal crate that depends on fbgraph, cold (empty target
                         dir, offline), and print the wall time and the N (5) slowest units
";

struct Options {
    features: Vec<String>,
    default_features: bool,
    release: bool,
    top: usize,
}

fn parse(args: &[&str]) -> Result<Options, String> {
    let mut options = Options {
        features: Vec::new(),
        default_features: true,
        release: false,
        top: 5,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--features" => {
                let list = args.next().ok_or("--features needs a list")?;
                options.features.extend(
                    list.split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(str::to_owned),
                );
            }
            "--no-default-features" => options.default_features = false,
            "--release" => options.release = true,
            "--top" => {
                let n = args.next().ok_or("--top needs a number")?;
                options.top = n.parse().map_err(|_| format!("--top {n}: not a number"))?;
            }
            other => return Err(format!("build-timing: unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(options)
}

/// One unit of cargo's timing report.
struct Unit {
    name: String,
    version: String,
    target: String,
    duration: f64,
}

pub fn run(root: &Path, args: &[&str]) -> Result<ExitCode, String> {
    let options = parse(args)?;
    // Outside the workspace, so that no `.cargo/config.toml` of it applies.
    let dir = std::env::temp_dir().join("fbgraph-build-timing");
    let krate = dir.join("consumer");
    let target = dir.join("target");
    std::fs::create_dir_all(krate.join("src")).map_err(|e| format!("{}: {e}", krate.display()))?;
    write(&krate.join("Cargo.toml"), &manifest(root, &options))?;
    write(&krate.join("src").join("main.rs"), &main_rs(&options))?;
    let lock = std::fs::read(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    std::fs::write(krate.join("Cargo.lock"), lock).map_err(|e| format!("Cargo.lock: {e}"))?;
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    }

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(&cargo);
    command
        .current_dir(&krate)
        .args(["build", "--timings", "--offline", "--quiet"])
        .env("CARGO_TARGET_DIR", &target)
        // The consumer builds as a user's crate would: none of the workspace's settings, no
        // compiler cache (a wrapper such as sccache would make it warm).
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_BUILD_RUSTC_WRAPPER")
        .env_remove("CARGO_INCREMENTAL")
        .stdin(Stdio::null());
    if options.release {
        command.arg("--release");
    }
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    let wall = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("the consumer's build failed ({status})"));
    }

    let report = target.join("cargo-timings").join("cargo-timing.html");
    let html =
        std::fs::read_to_string(&report).map_err(|e| format!("{}: {e}", report.display()))?;
    let mut units = units(&html)?;
    units.sort_by(|a, b| b.duration.total_cmp(&a.duration));
    let jobs = std::thread::available_parallelism().map_or(1, usize::from);

    let mut out = String::new();
    let _ = writeln!(
        out,
        "consumer of fbgraph ({}), {} profile, {jobs} cores: cold build {wall:.1} s wall, {} units",
        describe(&options),
        if options.release { "release" } else { "dev" },
        units.len()
    );
    let _ = writeln!(out, "slowest units:");
    for unit in units.iter().take(options.top) {
        let _ = writeln!(
            out,
            "  {:>6.1} s  {} v{}{}",
            unit.duration, unit.name, unit.version, unit.target
        );
    }
    let _ = writeln!(out, "cargo's report: {}", report.display());
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn describe(options: &Options) -> String {
    let mut parts = Vec::new();
    if options.default_features {
        parts.push("default features".to_owned());
    } else {
        parts.push("no default features".to_owned());
    }
    if !options.features.is_empty() {
        parts.push(format!("+ {}", options.features.join(",")));
    }
    parts.join(" ")
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn manifest(root: &Path, options: &Options) -> String {
    let features = options
        .features
        .iter()
        .map(|f| format!("{f:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let path = root.join("crates").join("fbgraph");
    format!(
        "# Written by `cargo xtask build-timing`.\n\
         [package]\nname = \"fbgraph-consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nfbgraph = {{ path = {path:?}, default-features = {}, features = [{features}] }}\n\n\
         # Not part of the fbgraph workspace.\n[workspace]\n",
        options.default_features,
        path = path.display().to_string(),
    )
}

/// The consumer: with the newest version's Messenger area (on by default), a request is built and
/// `send` instantiated, as in a real program; without it, only the client.
fn main_rs(options: &Options) -> String {
    let has = |name: &str| options.features.iter().any(|f| f == name);
    let newest = options.default_features || (has("v26_0") && has("messenger"));
    let mut text = String::from("// Written by `cargo xtask build-timing`.\n");
    if newest {
        text.push_str(
            "use fbgraph::v26_0::{OutgoingMessage, Recipient, SendMessage};\n\n\
             #[allow(dead_code)]\n\
             async fn send(client: &fbgraph::Client) -> bool {\n    \
             let request = SendMessage::message(\"me\", Recipient::id(\"1\"), OutgoingMessage::text(\"hi\"));\n    \
             client.send(request).await.is_ok()\n}\n\n",
        );
    }
    text.push_str(
        "fn main() {\n    let client = fbgraph::Client::new(\"token\").expect(\"a valid token\");\n    \
         println!(\"{}\", client.base_url());\n}\n",
    );
    text
}

/// The units of cargo's HTML timing report: its `const UNIT_DATA = [...];` JSON table.
fn units(html: &str) -> Result<Vec<Unit>, String> {
    let start = html
        .find("const UNIT_DATA = ")
        .ok_or("cargo's timing report has no UNIT_DATA table")?
        + "const UNIT_DATA = ".len();
    let rest = &html[start..];
    let end = rest.find("];").ok_or("UNIT_DATA does not end")? + 1;
    let table: Vec<serde_json::Value> = serde_json::from_str(&rest[..end])
        .map_err(|e| format!("UNIT_DATA is not the JSON this script reads: {e}"))?;
    table
        .iter()
        .map(|unit| {
            let text = |key: &str| unit.get(key).and_then(|v| v.as_str()).unwrap_or_default();
            Ok(Unit {
                name: text("name").to_owned(),
                version: text("version").to_owned(),
                target: text("target").to_owned(),
                duration: unit
                    .get("duration")
                    .and_then(serde_json::Value::as_f64)
                    .ok_or("a unit of UNIT_DATA has no duration")?,
            })
        })
        .collect()
}
