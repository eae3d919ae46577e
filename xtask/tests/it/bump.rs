//! `cargo xtask bump`, run in a temporary copy of the parts of the repository it touches.

use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from)
        .expect("read dir")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

/// A scratch copy of spec/, vendor/, crates/fbgraph/{Cargo.toml,src} and README.md.
fn scratch_repo(name: &str) -> PathBuf {
    let root = xtask::root();
    let dir = std::env::temp_dir().join(format!("fbgraph-xtask-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root.join("spec"), &dir.join("spec"));
    copy_dir(&root.join("vendor"), &dir.join("vendor"));
    copy_dir(
        &root.join("crates/fbgraph/src"),
        &dir.join("crates/fbgraph/src"),
    );
    std::fs::copy(
        root.join("crates/fbgraph/Cargo.toml"),
        dir.join("crates/fbgraph/Cargo.toml"),
    )
    .expect("copy");
    std::fs::copy(root.join("README.md"), dir.join("README.md")).expect("copy");
    dir
}

#[test]
fn bump_adds_the_version_as_the_new_default_and_keeps_the_old_one() {
    let dir = scratch_repo("bump");
    let newest = xtask::generated_versions(&dir)
        .expect("spec/generate.json")
        .pop()
        .map(|(v, _)| v)
        .expect("a version");
    let (major, _) = xtask::version_key(&newest).expect("a version");
    let next = format!("v{}.0", major + 1);
    let module = next.replace('.', "_");

    // Without a vendored snapshot there is nothing to import.
    let err = xtask::bump(&dir, &newest, &next).expect_err("nothing vendored");
    assert!(err.contains("no snapshot"), "{err}");
    // Meta's next snapshot: here v25.0's, declaring the next version.
    let snapshot = dir.join("vendor/meta-api-specs").join(&next);
    copy_dir(&dir.join("vendor/meta-api-specs/v25.0"), &snapshot);
    std::fs::write(snapshot.join("specs/version.txt"), &next).expect("version.txt");

    // v25.0's Page lacks what the overlays say of later versions: the bump names it and
    // writes nothing of the new version.
    let err = xtask::bump(&dir, &newest, &next).expect_err("the overlays do not apply");
    assert!(
        err.contains("overlays/page.json") && err.contains("`updated_after_ms`"),
        "{err}"
    );
    assert!(!dir.join("spec").join(&next).exists());
    // Meta's v27.0 has them, as v26.0 does.
    let page_path = snapshot.join("specs/Page.json");
    let mut page: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&page_path).expect("Page.json"))
            .expect("JSON");
    let conversations = page["apis"]
        .as_array_mut()
        .expect("apis")
        .iter_mut()
        .find(|a| a["method"] == "GET" && a["endpoint"] == "conversations")
        .expect("GET conversations");
    for name in ["updated_after_ms", "updated_before_ms"] {
        conversations["params"]
            .as_array_mut()
            .expect("params")
            .push(serde_json::json!({"name": name, "required": false, "type": "unsigned int"}));
    }
    std::fs::write(&page_path, page.to_string()).expect("Page.json");

    let written = xtask::bump(&dir, &newest, &next).unwrap_or_else(|e| panic!("{e}"));
    for path in [
        format!("spec/{next}/page.json"),
        format!("spec/{next}/IMPORT.md"),
        format!("spec/CHANGES-{newest}-{next}.md"),
        "spec/generate.json".to_owned(),
    ] {
        assert!(
            written.contains(&PathBuf::from(&path)),
            "{path}: {written:?}"
        );
    }
    assert!(
        written.contains(&PathBuf::from(format!(
            "crates/fbgraph/src/{module}/messenger/page/mod.rs"
        ))),
        "{written:?}"
    );

    let generated =
        std::fs::read_to_string(dir.join(format!("crates/fbgraph/src/{module}/mod.rs")))
            .expect("module");
    assert!(generated.contains(&format!("pub const VERSION: &str = \"{next}\";")));
    let lib = std::fs::read_to_string(dir.join("crates/fbgraph/src/lib.rs")).expect("lib.rs");
    for m in [newest.replace('.', "_"), module.clone()] {
        assert!(
            lib.contains(&format!(
                "#[cfg(feature = \"{m}\")]\n#[rustfmt::skip]\npub mod {m};"
            )),
            "{lib}"
        );
    }
    let manifest =
        std::fs::read_to_string(dir.join("crates/fbgraph/Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains(&format!(
            "default = [\"rustls\", \"{module}\", \"messenger\"]"
        )),
        "{manifest}"
    );
    assert!(
        manifest.contains(&format!("{module} = []"))
            && manifest.contains(&format!("{} = []", newest.replace('.', "_")))
    );
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("README");
    assert!(
        readme.contains(&format!(
            "- Graph {next}: module `fbgraph::{module}`, cargo feature `{module}`, on by default"
        )),
        "{readme}"
    );

    // The copy is consistent afterwards: imported, generated, and its report current.
    assert_eq!(
        xtask::codegen(&dir, true).expect("check"),
        Vec::<PathBuf>::new()
    );
    assert_eq!(
        xtask::imported::import(&dir, true).expect("check"),
        Vec::<PathBuf>::new()
    );
    let report = std::fs::read_to_string(dir.join(format!("spec/CHANGES-{newest}-{next}.md")))
        .expect("the report");
    assert!(report.contains(&format!("{newest} → {next}")), "{report}");

    // A second bump to the same version is refused, and nothing is overwritten.
    let again = xtask::bump(&dir, &newest, &next).expect_err("exists already");
    assert!(again.contains("exists already"), "{again}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bump_refuses_what_is_not_a_version() {
    let dir = scratch_repo("bad");
    let err = xtask::bump(&dir, "v19.0", "latest").expect_err("not a version");
    assert!(err.contains("not a Graph version"), "{err}");
    let err = xtask::bump(&dir, "v1.0", "v2.0").expect_err("no such source");
    assert!(err.contains("does not exist"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
