//! A version's module re-exports every module's items with a glob (`pub use self::page::*`):
//! two modules with an item of the same name would make that name ambiguous at the root, and
//! a user's `v26_0::Platform` would stop compiling. This holds that no two modules of a
//! checked-in version share a public item name.

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
        for file in std::fs::read_dir(&dir).expect("a version's modules") {
            let path = file.expect("a module").path();
            let module = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            if module == "mod" {
                continue;
            }
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
