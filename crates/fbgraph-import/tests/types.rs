//! The type grammar: every form Meta writes, nested, with whitespace, and malformed input.

use fbgraph_import::{RefKind, Type, TypeError};

fn names(name: &str) -> Option<RefKind> {
    match name {
        "Page" | "AdAccount" => Some(RefKind::Node),
        "pagemessages_messaging_type_enum_param" | "Application_supported_platforms" => {
            Some(RefKind::Enum)
        }
        _ => None,
    }
}

fn parse(s: &str) -> Result<Type, TypeError> {
    Type::parse(s, &names)
}

fn b(t: Type) -> Box<Type> {
    Box::new(t)
}

#[test]
fn primitives() {
    for (text, ty) in [
        ("int", Type::Int),
        ("unsigned int", Type::UnsignedInt),
        ("float", Type::Float),
        ("datetime", Type::Datetime),
        ("bool", Type::Bool),
        ("string", Type::String),
        ("Object", Type::Object),
        ("object", Type::Object),
        ("file", Type::File),
        ("map", Type::Map),
        ("list", Type::List),
    ] {
        assert_eq!(parse(text), Ok(ty), "{text}");
    }
}

#[test]
fn references_resolve_to_nodes_enums_or_unresolved() {
    assert_eq!(parse("Page"), Ok(Type::Node("Page".into())));
    assert_eq!(
        parse("pagemessages_messaging_type_enum_param"),
        Ok(Type::Enum("pagemessages_messaging_type_enum_param".into()))
    );
    let t = parse("list<UnifiedMessage>").unwrap();
    assert_eq!(
        t,
        Type::ListOf(b(Type::Unresolved("UnifiedMessage".into())))
    );
    assert_eq!(t.unresolved(), ["UnifiedMessage"]);
}

#[test]
fn nested_lists_and_maps() {
    assert_eq!(
        parse("list<map<string, unsigned int>>"),
        Ok(Type::ListOf(b(Type::MapOf(
            b(Type::String),
            b(Type::UnsignedInt)
        ))))
    );
    assert_eq!(
        parse("list<list<list<Application_supported_platforms>>>"),
        Ok(Type::ListOf(b(Type::ListOf(b(Type::ListOf(b(
            Type::Enum("Application_supported_platforms".into())
        )))))))
    );
    assert_eq!(
        parse("map<string, list<AdAccount>>"),
        Ok(Type::MapOf(
            b(Type::String),
            b(Type::ListOf(b(Type::Node("AdAccount".into()))))
        ))
    );
    assert_eq!(parse("list<map>"), Ok(Type::ListOf(b(Type::Map))));
    assert!(parse("list<file>").unwrap().has_file());
}

#[test]
fn whitespace_is_ignored_and_display_is_canonical() {
    let t = parse("  list < map<string,int> >  ").unwrap();
    assert_eq!(t, parse("list<map<string, int>>").unwrap());
    assert_eq!(t.to_string(), "list<map<string, int>>");
    assert_eq!(parse("unsigned   int"), Ok(Type::UnsignedInt));
    assert_eq!(parse("object").unwrap().to_string(), "Object");
}

#[test]
fn malformed_input_is_a_typed_error() {
    assert_eq!(parse(""), Err(TypeError::Empty));
    assert_eq!(parse("   "), Err(TypeError::Empty));
    assert!(matches!(
        parse("list<string"),
        Err(TypeError::UnexpectedEnd { .. })
    ));
    assert!(matches!(
        parse("list<>"),
        Err(TypeError::Unexpected { at: 5, .. })
    ));
    assert!(matches!(
        parse("map<string>"),
        Err(TypeError::Arity {
            constructor: "map",
            expected: 2,
            found: 1,
            ..
        })
    ));
    assert!(matches!(
        parse("list<int, int>"),
        Err(TypeError::Arity {
            constructor: "list",
            found: 2,
            ..
        })
    ));
    assert!(matches!(
        parse("string>"),
        Err(TypeError::Unexpected { at: 6, .. })
    ));
    assert!(matches!(
        parse("unsigned"),
        Err(TypeError::Unexpected { .. })
    ));
    assert!(matches!(
        parse("int int"),
        Err(TypeError::Unexpected { .. })
    ));
}

#[test]
fn nesting_is_bounded_not_a_stack_overflow() {
    let deep = |n: usize| format!("{}int{}", "list<".repeat(n), ">".repeat(n));
    assert!(parse(&deep(fbgraph_import::MAX_DEPTH)).is_ok());
    assert!(matches!(
        parse(&deep(fbgraph_import::MAX_DEPTH + 1)),
        Err(TypeError::TooDeep { .. })
    ));
    // Far deeper than any stack could take, and unbalanced: a typed error, quickly.
    let hostile = format!("{}int", "map<string, ".repeat(200_000));
    match parse(&hostile) {
        Err(TypeError::TooDeep { text }) => assert!(text.chars().count() <= 200),
        other => panic!("{other:?}"),
    }
}
