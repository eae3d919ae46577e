//! `cargo xtask …`: see the library's documentation.

use std::process::ExitCode;

mod area_timing;
mod areas;
mod fuzz;
mod import;
mod timing;

const USAGE: &str = "usage: cargo xtask <command>

  codegen                regenerate crates/fbgraph/src/<version>/, the version lists and
                         spec/spec.schema.json from spec/
  codegen --check        write nothing; exit 1 and list the stale files if anything is out of date
  codegen --out <dir> --area <area> --version <version>
                         write one area of one version (spec/areas.json; `common` is the
                         shared module) into <dir>, for reading: mod.rs and a file per module
  bump <from> <to>       once Meta's snapshot of <to> is in vendor/meta-api-specs/<to>/: import
                         every version (with spec/overlays/), generate <to> from what <from> is
                         generated from (its module and cargo feature; the newest is the
                         default), and write spec/CHANGES-<from>-<to>.md
  diff <a> <b> [--json]  what changed from spec/<a> to spec/<b>, as Markdown (or JSON); exit 1 if
                         anything breaks code written against <a>'s module, 0 if not
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = xtask::root();
    let result = match args.as_slice() {
        ["codegen"] => codegen(&root, false),
        ["codegen", "--check"] => codegen(&root, true),
        ["codegen", rest @ ..] => codegen_area(&root, rest),
        ["bump", from, to] => xtask::bump(&root, from, to).map(|written| {
            for path in written {
                println!("wrote {}", path.display());
            }
            println!("review spec/CHANGES-{from}-{to}.md; where an overlay no longer applies to {to}, give it a version range");
            ExitCode::SUCCESS
        }),
        ["diff", a, b] => diff(&root, a, b, false),
        ["diff", a, b, "--json"] | ["diff", "--json", a, b] => diff(&root, a, b, true),
        ["areas", rest @ ..] => areas::run(&root, rest),
        ["area-timing", rest @ ..] => area_timing::run(&root, rest),
        ["import", rest @ ..] => import::run(&root, rest),
        ["fuzz", rest @ ..] => fuzz::run(&root, rest),
        ["build-timing", rest @ ..] => timing::run(&root, rest),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}{}{}{}{}{}", areas::USAGE, area_timing::USAGE, import::USAGE, fuzz::USAGE, timing::USAGE);
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}{}{}{}{}{}", areas::USAGE, area_timing::USAGE, import::USAGE, fuzz::USAGE, timing::USAGE);
            return ExitCode::from(2);
        }
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

fn codegen(root: &std::path::Path, check: bool) -> Result<ExitCode, String> {
    let changed = xtask::codegen(root, check)?;
    if check {
        if changed.is_empty() {
            println!("generated code is up to date");
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("generated code is stale; run `cargo xtask codegen`. Stale files:");
        for path in changed {
            eprintln!("  {}", path.display());
        }
        return Ok(ExitCode::FAILURE);
    }
    if changed.is_empty() {
        println!("generated code is up to date; nothing written");
    }
    for path in changed {
        println!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn codegen_area(root: &std::path::Path, args: &[&str]) -> Result<ExitCode, String> {
    let (mut out, mut area, mut version) = (None, None, None);
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let slot = match *flag {
            "--out" => &mut out,
            "--area" => &mut area,
            "--version" => &mut version,
            other => return Err(format!("unknown option `{other}`\n{USAGE}")),
        };
        *slot = Some(
            *args
                .next()
                .ok_or_else(|| format!("`{flag}` needs a value"))?,
        );
    }
    let (Some(out), Some(area), Some(version)) = (out, area, version) else {
        return Err(format!(
            "codegen needs --out, --area and --version\n{USAGE}"
        ));
    };
    let out = std::path::Path::new(out);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut lines = 0;
    let rule = xtask::area_rule(root)?;
    let spec = xtask::load(root, version)?;
    let partition = spec.partition(&rule);
    for (name, content) in xtask::area_files(&rule, &spec, &partition, area)? {
        lines += content.lines().count();
        let path = out.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "wrote {lines} lines of {version} area `{area}` into {}",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn diff(root: &std::path::Path, a: &str, b: &str, json: bool) -> Result<ExitCode, String> {
    let report = xtask::diff::diff(&xtask::load(root, a)?, &xtask::load(root, b)?);
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        print!("{}", report.markdown());
    }
    Ok(if report.breaking > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
