//! Fixtures: an older and a newer spec differing in every way the report knows.

use fbgraph_spec::Spec;
use xtask::diff::{Kind, diff};

const ERRORS: &str = r#"{"errors": [
  {"code": 100, "name": "InvalidParameter", "description": "Invalid parameter", "class": "request"},
  {"code": 190, "name": "InvalidAccessToken", "description": "Invalid OAuth 2.0 Access Token", "class": "auth"},
  {"code": 551, "name": "PersonUnavailable", "description": "This person isn't available right now.", "class": "request"}
]}"#;

const OLD: &str = r#"{
  "node": {"name": "Page", "doc": "d", "fields": [
    {"name": "name", "type": "string", "doc": "d"},
    {"name": "fan_count", "type": "integer", "doc": "d"}
  ]},
  "calls": [
    {"name": "Send", "method": "POST", "path": "/{page-id}/messages", "doc": "d",
     "params": [
       {"name": "recipient", "type": "string", "required": true, "doc": "d"},
       {"name": "tag", "type": "Tag", "doc": "d"},
       {"name": "persona_id", "type": "string", "doc": "d"},
       {"name": "notification_type", "type": "Notify", "default": "REGULAR", "doc": "d"},
       {"name": "text", "type": "string", "doc": "d"},
       {"name": "action", "type": "string", "doc": "d"},
       {"name": "metadata", "type": "string", "doc": "d"}
     ],
     "one_of": [{"fields": ["text", "action"]}],
     "returns": "Sent", "errors": [100, 551]},
    {"name": "Owner", "method": "GET", "path": "/{page-id}/thread_owner", "doc": "d", "params": [], "returns": "Sent", "errors": []},
    {"name": "Old", "method": "GET", "path": "/{page-id}/old", "doc": "d", "params": [], "returns": "Sent", "errors": []},
    {"name": "Moved", "method": "GET", "path": "/{page-id}/moved", "doc": "d", "params": [], "returns": "Sent", "errors": []}
  ],
  "objects": [
    {"name": "Sent", "kind": "output", "doc": "d", "fields": [{"name": "message_id", "type": "string", "doc": "d"}]},
    {"name": "Gone", "kind": "output", "doc": "d", "fields": []},
    {"name": "Shape", "kind": "output", "doc": "d", "fields": []}
  ],
  "enums": [
    {"name": "Tag", "doc": "d", "values": [{"value": "HUMAN_AGENT", "doc": "d"}, {"value": "ACCOUNT_UPDATE", "doc": "d"}]},
    {"name": "Notify", "doc": "d", "values": [{"value": "REGULAR", "doc": "d"}, {"value": "NO_PUSH", "doc": "d"}]}
  ]
}"#;

const NEW: &str = r#"{
  "node": {"name": "Page", "doc": "d", "fields": [
    {"name": "name", "type": "string", "doc": "d"},
    {"name": "followers_count", "type": "integer", "doc": "d"}
  ]},
  "calls": [
    {"name": "Send", "method": "POST", "path": "/{page-id}/messages", "doc": "d",
     "params": [
       {"name": "recipient", "type": "string", "required": true, "doc": "d"},
       {"name": "tag", "type": "Tag", "doc": "d"},
       {"name": "persona_id", "type": "integer", "doc": "d"},
       {"name": "notification_type", "type": "Notify", "default": "NO_PUSH", "doc": "d"},
       {"name": "text", "type": "string", "doc": "d"},
       {"name": "action", "type": "string", "doc": "d"},
       {"name": "reply_to", "type": "string", "doc": "d"},
       {"name": "platform", "type": "string", "required": true, "doc": "d"}
     ],
     "one_of": [{"fields": ["text", "action", "reply_to"]}],
     "returns": "Sent", "errors": [100, 190]},
    {"name": "Owner", "method": "GET", "path": "/{page-id}/thread_owner", "doc": "d",
     "params": [{"name": "recipient", "type": "string", "required": true, "doc": "d"}], "returns": "Owners", "errors": []},
    {"name": "New", "method": "GET", "path": "/{page-id}/new", "doc": "d", "params": [], "returns": "Sent", "errors": []},
    {"name": "Moved", "method": "GET", "path": "/{page-id}/moved/{thread-id}", "doc": "d", "params": [], "returns": "Sent", "errors": []}
  ],
  "objects": [
    {"name": "Sent", "kind": "output", "doc": "d", "fields": [{"name": "message_id", "type": "string", "doc": "d"}]},
    {"name": "Owners", "kind": "output", "doc": "d", "fields": []}
  ],
  "enums": [
    {"name": "Tag", "doc": "d", "values": [{"value": "HUMAN_AGENT", "doc": "d"}, {"value": "UTILITY", "doc": "d"}]},
    {"name": "Notify", "doc": "d", "values": [{"value": "REGULAR", "doc": "d"}, {"value": "NO_PUSH", "doc": "d"}]},
    {"name": "Shape", "doc": "d", "values": [{"value": "ROUND", "doc": "d"}]}
  ]
}"#;

fn spec(version: &str, page: &str) -> Spec {
    let sources = vec![
        ("errors.json".into(), ERRORS.into()),
        ("page.json".into(), page.into()),
    ];
    Spec::from_sources(version, sources).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn every_kind_of_change_is_found_and_classified() {
    let report = diff(&spec("v1.0", OLD), &spec("v2.0", NEW));
    let found: Vec<(Kind, &str, bool)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.item.as_str(), c.breaking))
        .collect();
    let expected = [
        (Kind::CallRemoved, "Old", true),
        (Kind::CallAdded, "New", false),
        (Kind::CallChanged, "Moved", true),
        (Kind::ReturnsChanged, "Owner.returns", true),
        (Kind::ParamAdded, "Owner.params.recipient", true),
        (Kind::TypeOfChanged, "Send.params.persona_id", true),
        (Kind::DefaultChanged, "Send.params.notification_type", false),
        (Kind::ParamRemoved, "Send.params.metadata", true),
        (Kind::ParamAdded, "Send.params.reply_to", false),
        (Kind::ParamAdded, "Send.params.platform", true),
        (Kind::OneOfChanged, "Send.one_of", true),
        (Kind::ErrorCodeRemoved, "Send.errors.551", true),
        (Kind::ErrorCodeAdded, "Send.errors.190", false),
        (Kind::FieldRemoved, "Page.fan_count", true),
        (Kind::FieldAdded, "Page.followers_count", false),
        (Kind::TypeRemoved, "Gone", true),
        (Kind::TypeChanged, "Shape", true),
        (Kind::TypeAdded, "Owners", false),
        (Kind::EnumValueRemoved, "Tag.ACCOUNT_UPDATE", true),
        (Kind::EnumValueAdded, "Tag.UTILITY", false),
    ];
    for want in expected {
        assert!(found.contains(&want), "missing {want:?} in {found:#?}");
    }
    assert_eq!(
        found.len(),
        expected.len(),
        "unexpected extra changes: {found:#?}"
    );
    assert_eq!(report.breaking, expected.iter().filter(|e| e.2).count());
}

#[test]
fn required_ness_changes_both_ways_are_breaking() {
    let new = OLD
        .replace(
            r#"{"name": "persona_id", "type": "string", "doc": "d"}"#,
            r#"{"name": "persona_id", "type": "string", "required": true, "doc": "d"}"#,
        )
        .replace(
            r#"{"name": "recipient", "type": "string", "required": true, "doc": "d"}"#,
            r#"{"name": "recipient", "type": "string", "doc": "d"}"#,
        );
    let report = diff(&spec("v1.0", OLD), &spec("v2.0", &new));
    let changes: Vec<_> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.item.as_str(), c.breaking, c.detail.as_str()))
        .collect();
    assert!(
        changes.contains(&(
            Kind::RequiredChanged,
            "Send.params.recipient",
            true,
            "required → optional (the constructor's arguments change)"
        )),
        "{changes:#?}"
    );
    assert!(
        changes.contains(&(
            Kind::RequiredChanged,
            "Send.params.persona_id",
            true,
            "optional → required (the constructor's arguments change)"
        )),
        "{changes:#?}"
    );
}

#[test]
fn identical_specs_have_no_changes() {
    let report = diff(&spec("v1.0", OLD), &spec("v1.1", OLD));
    assert!(report.changes.is_empty());
    assert!(report.markdown().contains("No changes."));
}

#[test]
fn the_report_renders_as_markdown_and_json() {
    let report = diff(&spec("v1.0", OLD), &spec("v2.0", NEW));
    let md = report.markdown();
    assert!(md.starts_with("# Graph API changes: v1.0 → v2.0\n"));
    let breaking = md.find("## Breaking").expect("a breaking section");
    let additive = md.find("## Not breaking").expect("a non-breaking section");
    assert!(breaking < additive);
    assert!(md.contains("| `Tag.UTILITY` | enum value added | new value `UTILITY` (older bindings decode it as `Unknown(\"UTILITY\")`) |"), "{md}");
    let json = serde_json::to_value(&report).expect("serializes");
    assert_eq!(json["from"], "v1.0");
    assert_eq!(json["breaking"], report.breaking);
    assert!(json["changes"].as_array().is_some_and(|c| {
        c.iter()
            .any(|c| c["kind"] == "enum_value_added" && c["item"] == "Tag.UTILITY")
    }));
}
