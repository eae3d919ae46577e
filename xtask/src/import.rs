//! `cargo xtask import`: write `spec/<version>/` from Meta's spec in `vendor/`;
//! `import --check`: fail when spec/ differs from what the import would write;
//! `import meta <source-dir> [--stats]`: read a snapshot and report on it.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use fbgraph_import::Severity;

pub const USAGE: &str =
    "  import                 write spec/<version>/ for every imported version (v22.0–v25.0) from
                         vendor/meta-api-specs/<version>/: the spec files and IMPORT.md (counts
                         of Meta's spec and of spec/, and every decision the lowering made)
  import --check         write nothing; exit 1 and list what differs if spec/ is not what the
                         import writes
  import --version V --out DIR
                         write the import of any vendored version (v19.0, v22.0–v26.0) to DIR,
                         for reading; v26.0 comes from vendor/facebook-business-26.0.3
  import meta <dir> [--stats]
                         read a snapshot of Meta's api_specs (e.g. vendor/meta-api-specs/v25.0)
                         or of the Python SDK (vendor/facebook-business-26.0.3/facebook_business):
                         print its counts (nodes, calls, params, fields, enums, overrides
                         applied) and every diagnostic (file, JSON path); --stats prints only the
                         counts and a summary of the diagnostics by kind. Exit 1 on errors
";

pub fn run(root: &Path, args: &[&str]) -> Result<ExitCode, String> {
    match args {
        [] => return write(root, false),
        ["--check"] => return write(root, true),
        ["--version", version, "--out", out] | ["--out", out, "--version", version] => {
            let imported = xtask::imported::import_version(root, version)?;
            let out = Path::new(out);
            std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
            for (name, text) in &imported.sources {
                std::fs::write(out.join(name), text).map_err(|e| format!("{name}: {e}"))?;
            }
            std::fs::write(out.join("IMPORT.md"), xtask::imported::report(&imported))
                .map_err(|e| format!("IMPORT.md: {e}"))?;
            println!(
                "wrote {} files to {}",
                imported.sources.len() + 1,
                out.display()
            );
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let (dir, stats_only) = match args {
        ["meta", dir] => (*dir, false),
        ["meta", dir, "--stats"] | ["meta", "--stats", dir] => (*dir, true),
        _ => return Err(format!("usage:\n{USAGE}")),
    };
    let dir = Path::new(dir);
    let dir = if dir.is_absolute() || dir.exists() {
        dir.to_owned()
    } else {
        root.join(dir)
    };
    let started = Instant::now();
    let snapshot = xtask::imported::read_snapshot(&dir)?;
    let elapsed = started.elapsed();
    let stats = snapshot.stats();
    if stats_only {
        let mut by_kind = std::collections::BTreeMap::<String, usize>::new();
        for d in &snapshot.diagnostics {
            let kind = format!("{:?}", d.kind);
            let kind = kind.split([' ', '(', '{']).next().unwrap_or("").to_owned();
            *by_kind.entry(kind).or_default() += 1;
        }
        println!("{} ({})", snapshot.version, dir.display());
        println!("{stats}");
        for (kind, n) in by_kind {
            println!("  {kind:<18} {n}");
        }
    } else {
        for d in &snapshot.diagnostics {
            println!("{d}");
        }
        for o in &snapshot.overrides {
            println!(
                "override: {}: {} {}: {:?}",
                o.node, o.target, o.key, o.change
            );
        }
        println!("{} ({})", snapshot.version, dir.display());
        println!("{stats}");
    }
    println!("read in {:.0} ms", elapsed.as_secs_f64() * 1000.0);
    let errors = snapshot
        .diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error);
    Ok(if errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn write(root: &Path, check: bool) -> Result<ExitCode, String> {
    let started = Instant::now();
    let changed = xtask::imported::import(root, check)?;
    let elapsed = started.elapsed();
    if check {
        if changed.is_empty() {
            println!(
                "spec/ is what the import writes ({:.1} s)",
                elapsed.as_secs_f64()
            );
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("spec/ differs from what `cargo xtask import` writes. Differing files:");
        for path in changed.iter().take(50) {
            eprintln!("  {}", path.display());
        }
        if changed.len() > 50 {
            eprintln!("  … and {} more", changed.len() - 50);
        }
        return Ok(ExitCode::FAILURE);
    }
    for path in &changed {
        println!("wrote {}", path.display());
    }
    println!(
        "{} files changed; imported in {:.1} s",
        changed.len(),
        elapsed.as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
