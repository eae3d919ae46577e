//! `cargo xtask area-timing`: each area of a version — its nodes and calls, the lines of Rust
//! it generates, and how long `cargo check -p fbgraph` takes with only that area's feature on
//! (and with all areas). A scripted timing, not a test: it prints a Markdown table.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use fbgraph_spec::areas::{ItemKind, SHARED};

pub const USAGE: &str = "  area-timing [<version>] [--no-check]
                         each area of <version> (the newest by default): nodes, calls,
                         generated lines, and the wall time of `cargo check -p fbgraph` with
                         only that area (after `cargo clean -p fbgraph`), then all areas
";

pub fn run(root: &Path, args: &[&str]) -> Result<ExitCode, String> {
    let check = !args.contains(&"--no-check");
    let version = match args.iter().find(|a| !a.starts_with("--")) {
        Some(v) => (*v).to_owned(),
        None => xtask::spec_versions(root)?
            .pop()
            .ok_or("spec/ has no version")?,
    };
    let module = fbgraph_codegen::version_module_name(&version);
    let rule = xtask::area_rule(root)?;
    let spec = xtask::load(root, &version)?;
    let partition = spec.partition(&rule);
    let mut out = format!(
        "| area ({version}) | nodes | calls | generated lines | `cargo check -p fbgraph` |\n| --- | ---: | ---: | ---: | ---: |\n"
    );
    // Builds what every row needs first (the dependencies without the default TLS feature,
    // and the proc macro), so that no row pays for it.
    if check {
        let last = rule.areas.last().map_or("", |a| a.name.as_str());
        check_time(root, &format!("{module},{last}"))?;
    }
    let mut total_lines = 0;
    for area in partition.areas.iter() {
        let count = |kind| partition.items_of(area).filter(|i| i.kind == kind).count();
        let lines: usize = xtask::area_files(&rule, &spec, &partition, area)?
            .iter()
            .map(|(_, text)| text.lines().count())
            .sum();
        total_lines += lines;
        let features = if area == SHARED {
            module.clone()
        } else {
            format!("{module},{area}")
        };
        let time = if check {
            format!("{:.1} s", check_time(root, &features)?)
        } else {
            "–".to_owned()
        };
        let _ = writeln!(
            out,
            "| {area} | {} | {} | {lines} | {time} |",
            count(ItemKind::Node),
            count(ItemKind::Call),
        );
        eprint!(".");
    }
    let all = if check {
        format!("{:.1} s", check_time(root, &format!("{module},all-areas"))?)
    } else {
        "–".to_owned()
    };
    let _ = writeln!(
        out,
        "| all areas | {} | {} | {total_lines} | {all} |",
        spec.nodes().count(),
        spec.calls().count()
    );
    eprintln!();
    println!("{out}");
    println!(
        "(`{module}` alone is `common`; each area's row is `cargo clean -p fbgraph && cargo check -p fbgraph --no-default-features --features {module},<area>`, dependencies built.)"
    );
    Ok(ExitCode::SUCCESS)
}

/// `cargo clean -p fbgraph`, then the wall time of `cargo check -p fbgraph` with `features`.
fn check_time(root: &Path, features: &str) -> Result<f64, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let run = |args: &[&str]| -> Result<(), String> {
        let status = Command::new(&cargo)
            .args(args)
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("cargo: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`cargo {}` failed", args.join(" ")))
        }
    };
    run(&["clean", "-q", "-p", "fbgraph"])?;
    let start = Instant::now();
    run(&[
        "check",
        "-q",
        "-p",
        "fbgraph",
        "--no-default-features",
        "--features",
        features,
    ])?;
    Ok(start.elapsed().as_secs_f64())
}
