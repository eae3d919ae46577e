//! The proc macro and the checked-in code are the same code.

use std::path::Path;

use fbgraph::{Endpoint, ErrorCode};

/// The bindings of v19.0 expanded inline by the proc macro, area by area, from the same spec
/// and rule as `cargo xtask codegen` checks in (a test below holds that the areas agree).
mod inline {
    pub mod common {
        fbgraph_macros::graph_api!("../../spec/v19.0", area = common);
    }
    pub mod messenger {
        fbgraph_macros::graph_api!("../../spec/v19.0", area = messenger);
    }
    pub use self::common::VERSION;
    #[allow(ambiguous_glob_reexports, unused_imports)]
    pub use self::common::*;
    #[allow(ambiguous_glob_reexports, unused_imports)]
    pub use self::messenger::*;
}

/// The areas checked in for v19.0, `common` first.
const AREAS: [&str; 2] = ["common", "messenger"];

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn the_inline_areas_are_the_checked_in_areas() {
    let path = root().join("spec/generate.json");
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("spec/generate.json"))
            .expect("JSON");
    let areas: Vec<&str> = list["versions"]["v19.0"]["areas"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(areas, AREAS[1..]);
}

/// The file as prettyplease prints it, so that layout, comments and how a doc string is
/// quoted do not count, but every item, attribute and token does.
fn normalized(mut file: syn::File, strip_inner_attrs: bool) -> String {
    if strip_inner_attrs {
        file.attrs.clear();
    }
    prettyplease::unparse(&file)
}

#[test]
fn the_macro_expands_exactly_the_checked_in_tokens() {
    let spec =
        fbgraph_spec::Spec::load_dir(&root().join("spec/v19.0")).unwrap_or_else(|d| panic!("{d}"));
    let rule = fbgraph_spec::AreaRule::load(&root().join("spec/areas.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let partition = spec.partition(&rule);
    for area in AREAS {
        let generated =
            fbgraph_codegen::generate_area_gated(&spec, &partition, area).expect("generates");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(&generated.module_name)
            .join(area);
        let read = |name: &str| {
            let text = std::fs::read_to_string(dir.join(name)).expect("checked-in file");
            syn::parse_file(&text).expect("parses")
        };
        let mut compared = 0;
        for module in &generated.modules {
            let expanded: syn::File = syn::parse2(module.file()).expect("parses");
            let own = if module.parts.is_empty() {
                format!("{}.rs", module.name)
            } else {
                format!("{}/mod.rs", module.name)
            };
            assert_eq!(
                normalized(expanded, false),
                normalized(read(&own), false),
                "{area}: module {} differs from its checked-in file",
                module.name
            );
            for part in &module.parts {
                let expanded: syn::File = syn::parse2(part.tokens.clone()).expect("parses");
                assert_eq!(
                    normalized(expanded, false),
                    normalized(read(&format!("{}/{}.rs", module.name, part.name)), false),
                    "{area}: part {}::{} differs from its checked-in file",
                    module.name,
                    part.name
                );
            }
            if !module.parts.is_empty() {
                let files = std::fs::read_dir(dir.join(&module.name))
                    .expect("the split module's directory")
                    .count();
                assert_eq!(files, module.parts.len() + 1, "{area}: {}", module.name);
            }
            compared += 1;
        }
        // mod.rs carries a hand-free doc header as `//!` text; its items must match too.
        let root: syn::File = syn::parse2(generated.root_file()).expect("parses");
        assert_eq!(normalized(root, true), normalized(read("mod.rs"), true));
        // Every checked-in module is one the macro expands: none is stale.
        let checked_in = std::fs::read_dir(&dir)
            .expect("the area's directory")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name() != "mod.rs")
            .count();
        assert_eq!(compared, checked_in, "{area}");
        assert!(compared > 0, "{area}");
    }
}

#[test]
fn the_inline_and_checked_in_bindings_send_the_same_requests() {
    use fbgraph::v19_0 as shipped;

    assert_eq!(inline::VERSION, shipped::VERSION);
    let a = inline::SendMessage::message(
        "me",
        inline::Recipient::id("1").name(inline::RecipientName::new().first_name("A")),
        inline::OutgoingMessage::text("hi").quick_replies([inline::QuickReply::Text(
            inline::TextQuickReply::new("t", "T"),
        )]),
    )
    .messaging_type(inline::MessagingType::Update);
    let b = shipped::SendMessage::message(
        "me",
        shipped::Recipient::id("1").name(shipped::RecipientName::new().first_name("A")),
        shipped::OutgoingMessage::text("hi").quick_replies([shipped::QuickReply::Text(
            shipped::TextQuickReply::new("t", "T"),
        )]),
    )
    .messaging_type(shipped::MessagingType::Update);
    assert_eq!(serde_json::to_value(&a).ok(), serde_json::to_value(&b).ok());
    assert_eq!(a.path(), b.path());
    assert_eq!(
        inline::MessageField::ALL
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>(),
        shipped::MessageField::ALL
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
    );
    for code in [551, 100, 194, 12345] {
        assert_eq!(
            inline::SendMessageErrorCode::from_code(code).description(),
            shipped::SendMessageErrorCode::from_code(code).description()
        );
    }
}
