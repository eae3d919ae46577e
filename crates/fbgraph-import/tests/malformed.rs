//! A malformed snapshot gives typed diagnostics with file and JSON path, never a panic, and
//! the rest of it is still read.

use std::fs;
use std::path::PathBuf;

use fbgraph_import::{DiagnosticKind, ReadError, Severity, Snapshot, Type, TypeError};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fbgraph-import-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(d.join("v99.0/specs")).expect("temp dir");
    d.join("v99.0")
}

#[test]
fn problems_are_collected_with_file_and_path() {
    let d = dir("collected");
    fs::write(d.join("specs/version.txt"), "v99.0\n").unwrap();
    fs::write(d.join("specs/Broken.json"), "{ not json").unwrap();
    fs::write(
        d.join("specs/Page.json"),
        r##"{"fields": [{"name": "id", "type": "string"}, {"name": "bad", "type": "list<int"},
                       {"name": 7, "type": "string"}],
            "apis": [
              {"method": "GET", "endpoint": "feed", "return": "Post", "params": []},
              {"method": "PATCH", "endpoint": "x", "return": "Page", "params": []},
              {"method": "GET", "name": "#update", "return": "Page", "params": []},
              {"method": "POST", "endpoint": "photos", "return": "Page", "extra": 1,
               "params": [{"name": "source", "required": "yes", "type": "file"}]},
              {"method": "GET", "endpoint": "events", "return": "Event", "params": []}
            ]}"##,
    )
    .unwrap();
    fs::write(
        d.join("specs/enum_types.json"),
        r#"[{"name": "Page_tasks", "node": "Page", "field_or_param": "tasks", "values": ["A", 1]},
            {"name": "page_tasks", "node": "Page", "field_or_param": "tasks", "values": ["B"]}]"#,
    )
    .unwrap();
    fs::write(
        d.join("SDKCodegen.json"),
        r#"{"spec_overriding": {
              "Page": {"$.apis[?(@.method=='GET' && @.endpoint=='nope')]": {"return": "Page"},
                       "$.fields[?(@.name=='id')]": {"not_visible": true},
                       "$.weird": {"x": 1}},
              "Missing": {"$": {"x": true}}}}"#,
    )
    .unwrap();

    let s = Snapshot::read(&d).expect("a snapshot");
    let at = |file: &str, path: &str| {
        s.diagnostics
            .iter()
            .filter(|d| d.file == std::path::Path::new(file) && d.path == path)
            .map(|d| &d.kind)
            .collect::<Vec<_>>()
    };
    assert!(matches!(
        at("specs/Broken.json", "$")[..],
        [DiagnosticKind::Json(_)]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.fields[1].type")[..],
        [DiagnosticKind::Type(TypeError::UnexpectedEnd { .. })]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.fields[2].name")[..],
        [DiagnosticKind::Shape { .. }]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.apis[1].method")[..],
        [DiagnosticKind::Target { .. }]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.apis[2]")[..],
        [DiagnosticKind::Target { .. }]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.apis[3]")[..],
        [DiagnosticKind::UnknownKey { key }] if key == "extra"
    ));
    assert!(matches!(
        at("specs/Page.json", "$.apis[3].params[0].required")[..],
        [DiagnosticKind::Shape { .. }]
    ));
    assert!(matches!(
        at("specs/Page.json", "$.apis[0].return")[..],
        [DiagnosticKind::Unresolved { name }] if name == "Post"
    ));
    // Two malformed calls before it were dropped: the path is still the file's.
    assert!(matches!(
        at("specs/Page.json", "$.apis[4].return")[..],
        [DiagnosticKind::Unresolved { name }] if name == "Event"
    ));
    assert!(matches!(
        at("specs/enum_types.json", "$[0].values[1]")[..],
        [DiagnosticKind::Shape { .. }]
    ));
    let overrides: Vec<_> = s
        .diagnostics
        .iter()
        .filter(|d| d.file == std::path::Path::new("SDKCodegen.json"))
        .map(|d| &d.kind)
        .collect();
    assert_eq!(overrides.len(), 3, "{overrides:#?}");
    assert!(
        overrides
            .iter()
            .any(|k| matches!(k, DiagnosticKind::OverrideSelector { .. }))
    );
    assert_eq!(
        overrides
            .iter()
            .filter(|k| matches!(k, DiagnosticKind::OverrideUnmatched { .. }))
            .count(),
        2
    );
    assert!(s.diagnostics.iter().any(|d| matches!(
        &d.kind,
        DiagnosticKind::EnumNameCollision { rust_name, same_values: false, .. } if rust_name == "Tasks"
    )));

    // what is well-formed is still read
    let page = &s.nodes["Page"];
    assert_eq!(page.fields.len(), 2);
    assert!(!page.fields[0].visible);
    assert_eq!(page.fields[1].ty, Type::Unresolved("list<int".into()));
    assert_eq!(page.apis.len(), 3);
    assert_eq!(page.apis[2].source, "$.apis[4]");
    assert!(page.apis[1].params[0].is_file);
    assert!(!s.nodes.contains_key("Broken"));
    let stats = s.stats();
    assert_eq!(
        (
            stats.nodes,
            stats.calls,
            stats.enums,
            stats.overrides_applied
        ),
        (1, 3, 2, 1)
    );
    assert!(stats.errors >= 6);
    assert!(s.diagnostics.iter().all(|d| !d.to_string().is_empty()));
    assert!(
        s.diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error)
    );
    let _ = fs::remove_dir_all(d.parent().unwrap());
}

#[test]
fn a_directory_without_specs_is_an_error() {
    let d = std::env::temp_dir().join(format!("fbgraph-import-{}-none", std::process::id()));
    let err = Snapshot::read(&d).expect_err("no specs/");
    assert!(matches!(err, ReadError::NotASnapshot { .. }));
}

#[test]
fn a_wrong_version_file_is_reported() {
    let d = dir("version");
    fs::write(d.join("specs/version.txt"), "v98.0").unwrap();
    let s = Snapshot::read(&d).expect("a snapshot");
    assert_eq!(s.version, "v98.0");
    assert!(s.diagnostics.iter().any(|d| matches!(
        &d.kind,
        DiagnosticKind::VersionMismatch { found, dir } if found == "v98.0" && dir == "v99.0"
    )));
    // and enum_types.json missing is an Io error, not a panic
    assert!(
        s.diagnostics
            .iter()
            .any(|d| matches!(d.kind, DiagnosticKind::Io(_)))
    );
    let _ = fs::remove_dir_all(d.parent().unwrap());
}
