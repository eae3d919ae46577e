//! The README's code that is not a doctest stays the code that compiles.

/// The lines of `text` strictly between the line containing `begin` and the next line
/// containing `end`.
fn between<'a>(text: &'a str, begin: &str, end: &str) -> Vec<&'a str> {
    let mut lines = text.lines().skip_while(|l| !l.contains(begin));
    assert!(lines.next().is_some(), "no {begin:?} marker");
    let inner: Vec<&str> = lines.take_while(|l| !l.contains(end)).collect();
    assert!(!inner.is_empty(), "nothing between {begin:?} and {end:?}");
    inner
}

#[test]
fn the_readme_bot_is_the_minimal_bot_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let example = std::fs::read_to_string(format!(
        "{}/examples/minimal_bot.rs",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the example");
    let shown = between(&readme, "<!-- BEGIN bot", "<!-- END bot");
    let code = between(&example, "// BEGIN readme", "// END readme");
    // The README wraps the code in a ```rust fence.
    assert_eq!(shown.first(), Some(&"```rust"), "{shown:?}");
    assert_eq!(shown.last(), Some(&"```"), "{shown:?}");
    assert_eq!(
        &shown[1..shown.len() - 1],
        &code[..],
        "README.md's bot differs from crates/fbgraph/examples/minimal_bot.rs: copy it over"
    );
    assert!(
        code.len() < 40,
        "the README promises a bot in under 40 lines"
    );
}
