//! The area rule (`spec/areas.json`) over every version in spec/: every item has exactly one
//! home, the module graph has no cycle, and every pattern of the rule is used.

use fbgraph_spec::areas::{self, ItemKind, ItemRef, PatternKind};

fn versions() -> Vec<(String, fbgraph_spec::Spec)> {
    let root = xtask::root();
    let versions = xtask::spec_versions(&root).unwrap_or_else(|e| panic!("{e}"));
    assert!(versions.len() >= 2, "{versions:?}");
    versions
        .into_iter()
        .map(|v| {
            let spec = xtask::load(&root, &v).unwrap_or_else(|e| panic!("{e}"));
            (v, spec)
        })
        .collect()
}

/// Every node, call, object and enum of a version, as the partition names them.
fn items(spec: &fbgraph_spec::Spec) -> Vec<ItemRef> {
    let item = ItemRef::new;
    let mut out = Vec::new();
    for f in &spec.files {
        let m = f.module.as_str();
        let c = &f.content;
        out.extend(c.node.iter().map(|n| item(ItemKind::Node, m, &n.name)));
        out.extend(c.calls.iter().map(|x| item(ItemKind::Call, m, &x.name)));
        out.extend(c.objects.iter().map(|x| item(ItemKind::Object, m, &x.name)));
        out.extend(c.enums.iter().map(|x| item(ItemKind::Enum, m, &x.name)));
        if !c.errors.is_empty() {
            out.push(item(ItemKind::Section, m, "errors"));
        }
        if c.webhooks.is_some() {
            out.push(item(ItemKind::Section, m, "webhooks"));
        }
    }
    out
}

#[test]
fn every_item_of_every_version_has_exactly_one_home_and_the_areas_have_no_cycle() {
    let rule = xtask::area_rule(&xtask::root()).unwrap_or_else(|e| panic!("{e}"));
    for (version, spec) in versions() {
        let p = spec.partition(&rule);
        let all = items(&spec);
        // Exactly one home: the partition is a map, so each item it places has one; it must
        // place every item, and nothing the spec lacks.
        let missing: Vec<String> = all
            .iter()
            .filter(|i| !p.homes.contains_key(i))
            .map(ToString::to_string)
            .collect();
        assert!(missing.is_empty(), "{version}: no home for {missing:?}");
        assert_eq!(
            p.homes.len(),
            all.len(),
            "{version}: items placed twice or invented"
        );
        assert_eq!(p.cycle(), None, "{version}: the module graph has a cycle");
        // Areas need the shared module at most: a reference into another area is by id.
        for (area, needs) in p.dependencies() {
            let others: Vec<&str> = needs
                .iter()
                .filter(|&&n| n != p.shared())
                .map(|&n| p.areas[n].as_str())
                .collect();
            assert!(
                others.is_empty(),
                "{version}: area {} needs {others:?} by type",
                p.areas[area]
            );
            assert!(!needs.contains(&area));
        }
        assert!(
            p.dependencies()[&p.shared()].is_empty(),
            "{version}: the shared module needs an area"
        );
    }
}

#[test]
fn the_messenger_area_holds_what_a_bot_uses_and_references_across_areas_are_by_id() {
    let rule = xtask::area_rule(&xtask::root()).unwrap_or_else(|e| panic!("{e}"));
    let (_, newest) = versions().pop().unwrap_or_else(|| panic!("no version"));
    let p = newest.partition(&rule);
    let call = |module: &str, name: &str| {
        p.home(&ItemRef::new(ItemKind::Call, module, name))
            .map(str::to_owned)
    };
    // Page edges a bot uses are Messenger's, though Page is the pages area's root.
    for name in [
        "SendMessage",
        "Conversations",
        "CreatePagePassThreadControl",
        "CreatePageMessengerProfile",
        "GetPagePersonas",
        "GetPageCustomLabels",
    ] {
        assert_eq!(call("page", name).as_deref(), Some("messenger"), "{name}");
    }
    assert_eq!(p.node_home("page", "Page"), Some("pages"));
    assert_eq!(
        p.node_home("unified_thread", "UnifiedThread"),
        Some("messenger")
    );
    assert_eq!(p.node_home("ad_account", "AdAccount"), Some("ads"));
    assert_eq!(p.node_home("ig_user", "IGUser"), Some("instagram"));
    assert_eq!(
        p.node_home("whats_app_business_account", "WhatsAppBusinessAccount"),
        Some("whatsapp")
    );
    assert_eq!(p.node_home("business", "Business"), Some("business"));
    assert_eq!(
        p.node_home("product_catalog", "ProductCatalog"),
        Some("commerce")
    );
    assert_eq!(
        p.node_home("application", "Application"),
        Some("apps_users")
    );
    // An edge that answers another area's node lives with that node: a Page's lead forms are Ads'.
    assert_eq!(call("page", "GetPageLeadgenForms").as_deref(), Some("ads"));
    // Meta names a Page's video `AdVideo`; the rule keeps it with Pages.
    assert_eq!(p.node_home("ad_video", "AdVideo"), Some("pages"));
    assert_eq!(call("page", "GetPageVideos").as_deref(), Some("pages"));
    // Page → IGUser (instagram_business_account) crosses areas, so it is by id.
    let by_id = p
        .references
        .iter()
        .any(|(from, to, by_id)| from.name == "Page" && to.name == "IGUser" && *by_id);
    assert!(by_id, "Page's Instagram account is referenced by id");
}

#[test]
fn every_pattern_of_the_rule_matches_something_in_some_version() {
    let rule = xtask::area_rule(&xtask::root()).unwrap_or_else(|e| panic!("{e}"));
    let specs = versions();
    let unused: Vec<String> = rule
        .patterns()
        .filter(|(_, kind, pattern)| {
            !specs.iter().any(|(_, spec)| match kind {
                PatternKind::Root => spec.nodes().any(|(_, n)| areas::matches(pattern, &n.name)),
                PatternKind::Call => spec.calls().any(|(_, c)| areas::matches(pattern, &c.name)),
            })
        })
        .map(|(area, kind, pattern)| format!("{area}: {kind:?} `{pattern}`"))
        .collect();
    assert!(unused.is_empty(), "patterns matching nothing: {unused:?}");
}
