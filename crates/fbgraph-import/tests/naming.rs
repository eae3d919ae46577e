//! The enum naming rule on Meta's real names.

use fbgraph_import::naming::{collisions, enum_name, pascal_case};
use fbgraph_import::{EnumScheme, EnumScope};

#[test]
fn param_enums_are_named_by_their_param_within_the_call() {
    let n = enum_name(
        "pagemessages_messaging_type_enum_param",
        Some("Page"),
        "messaging_type",
    );
    assert_eq!(n.scheme, EnumScheme::Param);
    assert_eq!(n.rust_name, "MessagingType");
    assert_eq!(
        n.scope,
        EnumScope::Call {
            node: Some("Page".into()),
            prefix: "pagemessages".into()
        }
    );
    let n = enum_name(
        "adgroupinsights_date_preset_enum_param",
        Some("Ad"),
        "date_preset",
    );
    assert_eq!(n.rust_name, "DatePreset");
}

#[test]
fn field_enums_are_named_by_their_field_within_the_node() {
    let n = enum_name(
        "Application_supported_platforms",
        Some("Application"),
        "supported_platforms",
    );
    assert_eq!(n.scheme, EnumScheme::NodeField);
    assert_eq!(n.rust_name, "SupportedPlatforms");
    assert_eq!(n.scope, EnumScope::Node("Application".into()));

    // lowercase scheme, Meta's internal node name: the scope is the node enum_types.json gives
    let n = enum_name("leadgendata_status", Some("LeadgenForm"), "status");
    assert_eq!(n.scheme, EnumScheme::LowerNodeField);
    assert_eq!(n.scope, EnumScope::Node("LeadgenForm".into()));
    assert_eq!(n.rust_name, "Status");

    // no node given: the prefix is the scope
    let n = enum_name("adgroup_date_preset", None, "date_preset");
    assert_eq!(n.scope, EnumScope::Node("adgroup".into()));
    assert_eq!(n.rust_name, "DatePreset");
}

#[test]
fn names_outside_the_schemes_use_the_whole_name() {
    let n = enum_name("weird", Some("Page"), "status");
    assert_eq!(n.scheme, EnumScheme::Other);
    assert_eq!(n.rust_name, "Weird");
    assert_eq!(pascal_case("360_view"), "V360View");
    assert_eq!(pascal_case("a__b-c.d"), "ABCD");
}

#[test]
fn collisions_within_a_scope_are_found_not_renamed() {
    // Both are real v25.0 names: `AdCreative_status` and `adcreative_status` (node AdCreative).
    let upper = enum_name("AdCreative_status", Some("AdCreative"), "status");
    let lower = enum_name("adcreative_status", Some("AdCreative"), "status");
    // Same Rust name in another node, or in a call: no collision.
    let other = enum_name("AdSet_status", Some("AdSet"), "status");
    let call = enum_name(
        "adcreativepreviews_status_enum_param",
        Some("AdCreative"),
        "status",
    );
    let found = collisions([
        ("AdCreative_status", &upper),
        ("adcreative_status", &lower),
        ("AdSet_status", &other),
        ("adcreativepreviews_status_enum_param", &call),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rust_name, "Status");
    assert_eq!(found[0].scope, EnumScope::Node("AdCreative".into()));
    assert_eq!(
        found[0].meta_names,
        ["AdCreative_status", "adcreative_status"]
    );
    assert_eq!(upper.rust_name, "Status");
    assert_eq!(lower.rust_name, "Status");
}
