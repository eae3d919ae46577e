//! A version's module re-exports the items of its checked-in areas (`common` and `messenger`,
//! each re-exporting its modules: `pub use self::page::*`): two modules with an item of the
//! same name would make that name ambiguous at the root, and a user's `v26_0::Platform` would
//! stop compiling. This holds that no two modules of a version's checked-in areas share a
//! public item name.

use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn no_two_modules_of_a_version_export_the_same_name() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut clashes = Vec::new();
    let mut versions = 0;
    for entry in std::fs::read_dir(&src).expect("src/") {
        let dir = entry.expect("an entry").path();
        let is_version = dir
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('v') && dir.join("mod.rs").is_file());
        if !is_version {
            continue;
        }
        versions += 1;
        let mut owner: BTreeMap<String, String> = BTreeMap::new();
        let areas: Vec<_> = std::fs::read_dir(&dir)
            .expect("a version's areas")
            .map(|e| e.expect("an area").path())
            .filter(|p| p.is_dir())
            .collect();
        assert!(
            areas.len() >= 2,
            "common and messenger in {}",
            dir.display()
        );
        // Each module's files, with the module they belong to: `page.rs`, or the files of a
        // module split per edge (`page/mod.rs`, `page/messenger_profile.rs`, re-exported by
        // `page`). The node markers (`ids`) are not re-exported: they are reached as `ids::Page`.
        let mut files = Vec::new();
        for area in &areas {
            for entry in std::fs::read_dir(area).expect("an area's modules") {
                let path = entry.expect("a module").path();
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default()
                    .to_owned();
                if stem == "mod" || stem == "ids" {
                    continue;
                }
                if path.is_dir() {
                    for part in std::fs::read_dir(&path).expect("a split module") {
                        files.push((stem.clone(), part.expect("a part").path()));
                    }
                } else {
                    files.push((stem, path));
                }
            }
        }
        for (stem, path) in files {
            let area = path
                .ancestors()
                .find(|p| p.parent() == Some(dir.as_path()))
                .and_then(|p| p.file_name())
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let module = &format!("{area}::{stem}");
            let text = std::fs::read_to_string(&path).expect("readable");
            let parsed = syn::parse_file(&text).expect("parses");
            for item in parsed.items {
                let name = match item {
                    syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => s.ident,
                    syn::Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => e.ident,
                    syn::Item::Type(t) if matches!(t.vis, syn::Visibility::Public(_)) => t.ident,
                    syn::Item::Const(c) if matches!(c.vis, syn::Visibility::Public(_)) => c.ident,
                    _ => continue,
                };
                if let Some(other) = owner.insert(name.to_string(), module.to_owned()) {
                    clashes.push(format!("{}: {name} in {other} and {module}", dir.display()));
                }
            }
        }
    }
    assert!(
        versions >= 6,
        "found {versions} versions under {}",
        src.display()
    );
    assert!(
        clashes.is_empty(),
        "ambiguous at the root:\n{}",
        clashes.join("\n")
    );
}
