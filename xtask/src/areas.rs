//! `cargo xtask areas`: what the area rule (`spec/areas.json`) makes of each version.

use std::fmt::Write as _;
use std::process::ExitCode;

use fbgraph_spec::areas::ItemKind;

pub const USAGE: &str =
    "  areas [<version>…]     each area's nodes, calls, objects and enums by the rule in
                         spec/areas.json (every version when none is named), the shared nodes,
                         and whether the module graph has a cycle (exit 1 if it has)
";

pub fn run(root: &std::path::Path, args: &[&str]) -> Result<ExitCode, String> {
    let rule = xtask::area_rule(root)?;
    let versions: Vec<String> = if args.is_empty() {
        xtask::spec_versions(root)?
    } else {
        args.iter().map(|v| (*v).to_owned()).collect()
    };
    let mut failed = false;
    for version in versions {
        let spec = xtask::load(root, &version)?;
        let p = spec.partition(&rule);
        let mut out = format!(
            "## {version}\n\n| area | nodes | calls | objects | enums | needs |\n| --- | ---: | ---: | ---: | ---: | --- |\n"
        );
        let deps = p.dependencies();
        for (i, area) in p.areas.iter().enumerate() {
            let count = |kind| p.items_of(area).filter(|it| it.kind == kind).count();
            let needs: Vec<&str> = deps[&i].iter().map(|&j| p.areas[j].as_str()).collect();
            let _ = writeln!(
                out,
                "| {area} | {} | {} | {} | {} | {} |",
                count(ItemKind::Node),
                count(ItemKind::Call),
                count(ItemKind::Object),
                count(ItemKind::Enum),
                needs.join(", ")
            );
        }
        let shared: Vec<String> = p
            .items_of(fbgraph_spec::areas::SHARED)
            .filter(|it| it.kind == ItemKind::Node)
            .map(|it| it.name.clone())
            .collect();
        let _ = writeln!(out, "\nshared nodes: {}", shared.join(", "));
        match p.cycle() {
            Some(cycle) => {
                failed = true;
                let _ = writeln!(out, "\nCYCLE: {}", cycle.join(" -> "));
            }
            None => {
                let _ = writeln!(out, "\nthe module graph has no cycle");
            }
        }
        println!("{out}");
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
