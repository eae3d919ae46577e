//! Every vendored snapshot, read whole: counts, calls, overrides, diagnostics.

use std::path::PathBuf;
use std::sync::OnceLock;

use fbgraph_import::{Change, DiagnosticKind, Method, Severity, Snapshot, Stats, Target, Type};

fn vendor(version: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../vendor/meta-api-specs")
        .join(version)
}

fn v25() -> &'static Snapshot {
    static S: OnceLock<Snapshot> = OnceLock::new();
    S.get_or_init(|| Snapshot::read(&vendor("v25.0")).expect("v25.0 is vendored"))
}

/// (nodes, calls, GET, POST, DELETE, params, required, fields, enums, values,
///  unresolved references, unresolved names, collisions, overrides applied)
type Counts = [usize; 14];

fn counts(s: &Stats) -> Counts {
    [
        s.nodes,
        s.calls,
        s.get,
        s.post,
        s.delete,
        s.params,
        s.required,
        s.fields,
        s.enums,
        s.enum_values,
        s.unresolved_refs,
        s.unresolved_names,
        s.enum_collisions,
        s.overrides_applied,
    ]
}

#[test]
fn every_vendored_snapshot_has_its_counts() {
    let expected: [(&str, Counts); 5] = [
        (
            "v19.0",
            [
                505, 1194, 741, 350, 103, 4318, 475, 5016, 728, 10533, 114, 90, 15, 34,
            ],
        ),
        (
            "v22.0",
            [
                926, 1427, 945, 376, 106, 4530, 512, 8109, 825, 13442, 106, 87, 15, 33,
            ],
        ),
        (
            "v23.0",
            [
                946, 1465, 971, 385, 109, 4718, 535, 8423, 864, 14477, 111, 91, 16, 33,
            ],
        ),
        (
            "v24.0",
            [
                948, 1466, 972, 384, 110, 4726, 537, 8450, 869, 14524, 111, 91, 16, 33,
            ],
        ),
        (
            "v25.0",
            [
                993, 1469, 972, 383, 114, 4816, 535, 8593, 893, 15244, 111, 90, 16, 33,
            ],
        ),
    ];
    for (version, want) in expected {
        let s = Snapshot::read(&vendor(version)).expect("vendored");
        assert_eq!(s.version, version);
        let stats = s.stats();
        assert_eq!(counts(&stats), want, "{version}:\n{stats}");
        assert_eq!(stats.params, stats.required + stats.optional);
        assert_eq!(stats.errors, 0, "{version}: {:#?}", s.diagnostics);
    }
}

#[test]
fn v25_matches_the_shared_readme() {
    let s = v25().stats();
    // ../shared/meta-api-specs/README.md, "What is in a folder (measured on v25.0)"
    assert_eq!(
        (
            s.nodes, s.calls, s.get, s.post, s.delete, s.params, s.fields
        ),
        (993, 1469, 972, 383, 114, 4816, 8593)
    );
    assert_eq!((s.enums, s.enum_values), (893, 15244));
    // "About 90 referenced type names have no file (`UnifiedMessage`, for one)."
    assert_eq!(s.unresolved_names, 90);
    assert!(v25().diagnostics.iter().any(|d| matches!(
        &d.kind,
        DiagnosticKind::Unresolved { name } if name == "UnifiedMessage"
    )));
}

#[test]
fn calls_are_derived_with_paths_and_paging() {
    let page = &v25().nodes["Page"];
    let get = page
        .apis
        .iter()
        .find(|a| a.sdk_name.as_deref() == Some("#get"))
        .expect("Page #get");
    assert_eq!(
        (get.method, get.target.clone()),
        (Method::Get, Target::Node)
    );
    assert_eq!(get.path(), "/{node-id}");
    assert!(!get.paged());
    assert_eq!(get.returns, Type::Node("Page".into()));

    let send = page
        .apis
        .iter()
        .find(|a| a.method == Method::Post && a.target == Target::Edge("messages".into()))
        .expect("POST /{page-id}/messages");
    assert_eq!(send.path(), "/{node-id}/messages");
    assert!(!send.paged());
    let messaging_type = send
        .params
        .iter()
        .find(|p| p.name == "messaging_type")
        .expect("messaging_type");
    assert_eq!(
        messaging_type.ty,
        Type::Enum("pagemessages_messaging_type_enum_param".into())
    );
    let e = v25()
        .enums
        .iter()
        .find(|e| e.meta_name == "pagemessages_messaging_type_enum_param")
        .expect("enum");
    assert_eq!(e.name.rust_name, "MessagingType");
    assert!(e.values.iter().any(|v| v == "UTILITY"), "{:?}", e.values);

    let conversations = page
        .apis
        .iter()
        .find(|a| a.method == Method::Get && a.target == Target::Edge("conversations".into()))
        .expect("GET /{page-id}/conversations");
    assert!(conversations.paged());
    assert_eq!(conversations.returns, Type::Node("UnifiedThread".into()));

    let delete = page.apis.iter().filter(|a| a.method == Method::Delete);
    assert!(delete.clone().count() > 0);
    assert!(delete.clone().all(|a| !a.paged()));
    let root = &v25().nodes["AdCampaignPlacement"].apis[0];
    assert_eq!(root.path(), "/ad_campaign_placement");
}

#[test]
fn sdkcodegen_overrides_are_applied_and_recorded() {
    let s = v25();
    let ad_account = &s.nodes["AdAccount"];
    let insights = ad_account
        .apis
        .iter()
        .find(|a| a.method == Method::Post && a.target == Target::Edge("insights".into()))
        .expect("POST insights");
    assert_eq!(insights.return_text, "AdReportRun");
    assert_eq!(insights.returns, Type::Node("AdReportRun".into()));
    let audiences = ad_account
        .apis
        .iter()
        .find(|a| a.method == Method::Post && a.target == Target::Edge("product_audiences".into()))
        .expect("POST product_audiences");
    // specs/AdAccount.json says AdAccount; SDKCodegen.json fixes it
    assert_eq!(audiences.returns, Type::Node("CustomAudience".into()));
    let fix = s
        .overrides
        .iter()
        .find(|o| o.node == "AdAccount" && o.target == "POST /{node-id}/product_audiences")
        .expect("recorded");
    assert_eq!(
        fix.change,
        Change::Return {
            from: "AdAccount".into(),
            to: "CustomAudience".into()
        }
    );
    assert!(fix.changed());
    // a fix the spec already has is recorded as applied but not as a change
    let restated = s
        .overrides
        .iter()
        .find(|o| o.node == "AdAccount" && o.target == "POST /{node-id}/insights")
        .expect("recorded");
    assert!(!restated.changed());
    let stats = s.stats();
    assert_eq!((stats.overrides_applied, stats.overrides_changed), (33, 23));

    let videos = ad_account
        .apis
        .iter()
        .find(|a| a.method == Method::Post && a.target == Target::Edge("advideos".into()))
        .expect("POST advideos");
    for name in ["source", "video_file_chunk"] {
        let p = videos.params.iter().find(|p| p.name == name).expect(name);
        assert!(p.is_file, "{name} is an upload");
    }
    assert_eq!(
        videos.sdk_flags.get("use_graph_video_endpoint"),
        Some(&serde_json::Value::Bool(true))
    );

    let hidden = s.nodes["Business"]
        .fields
        .iter()
        .find(|f| f.name == "payment_account_id")
        .expect("field");
    assert!(!hidden.visible);

    let image_id = s.nodes["AdImage"]
        .fields
        .iter()
        .find(|f| f.name == "id")
        .expect("AdImage.id");
    assert_eq!(image_id.ty, Type::String);

    let previews = s.nodes["AdCreative"]
        .apis
        .iter()
        .find(|a| a.method == Method::Get && a.target == Target::Edge("previews".into()))
        .expect("GET previews");
    let ids = previews
        .params
        .iter()
        .find(|p| p.name == "product_item_ids")
        .expect("product_item_ids");
    assert_eq!(ids.ty, Type::ListOf(Box::new(Type::String)));

    assert_eq!(
        s.nodes["AdAccount"]
            .sdk_flags
            .get("exclude_creation_endpoint"),
        Some(&serde_json::Value::Bool(true))
    );
    // v25.0's enum_overriding names an enum enum_types.json no longer has: reported.
    assert!(s.diagnostics.iter().any(|d| matches!(
        &d.kind,
        DiagnosticKind::OverrideUnmatched { node, .. }
            if node == "ProductCatalogDiagnosticGroup_affected_channels"
    ) && d.severity() == Severity::Warning));
    assert!(s.sdk_flags["Campaign"].iter().any(|f| f == "archivable"));
    assert_eq!(s.read_endpoints["AdAccount"], "adaccounts");
}

#[test]
fn enum_collisions_are_reported_with_their_scope() {
    let found: Vec<_> = v25()
        .diagnostics
        .iter()
        .filter_map(|d| match &d.kind {
            DiagnosticKind::EnumNameCollision {
                rust_name,
                meta_names,
                ..
            } => Some((rust_name.as_str(), meta_names.clone())),
            _ => None,
        })
        .collect();
    assert!(
        found.contains(&(
            "Status",
            vec![
                "AdCreative_status".to_owned(),
                "adcreative_status".to_owned()
            ]
        )),
        "{found:?}"
    );
}
