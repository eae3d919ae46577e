//! Doc comments: spec text into doc attributes.

use super::*;

/// "a `Recipient`", "an `Attachment`".
pub(super) fn a(name: &str) -> String {
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("{article} `{name}`")
}

/// Paragraphs joined into one line, each ending as a sentence.
pub(super) fn one_line(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            let p = p.trim();
            if p.ends_with(['.', '!', '?']) {
                p.to_owned()
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn with_note(doc: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{doc}\n\nNote: {note}"),
        None => doc.to_owned(),
    }
}

pub(crate) fn field_doc(f: &Field) -> String {
    let mut text = with_note(&f.doc, f.note.as_deref());
    let mut facts = Vec::new();
    if f.required {
        facts.push("Required.".to_owned());
    }
    if let Some(default) = &f.default {
        let shown = default
            .as_str()
            .map_or_else(|| default.to_string(), str::to_owned);
        facts.push(format!("Defaults to `{shown}`."));
    }
    if f.supports_emoji {
        facts.push("Supports emoji.".to_owned());
    }
    if f.default_field {
        facts.push("Returned by default.".to_owned());
    }
    if let Some(max) = f.max_length {
        facts.push(format!("At most {max} characters."));
    }
    match (f.min_items, f.max_items) {
        (Some(1), Some(1)) => facts.push("Exactly 1 item.".to_owned()),
        (Some(min), Some(max)) if min == max => facts.push(format!("Exactly {max} items.")),
        (Some(min), Some(max)) => facts.push(format!("{min} to {max} items.")),
        (Some(1), None) => facts.push("At least 1 item.".to_owned()),
        (Some(min), None) => facts.push(format!("At least {min} items.")),
        (None, Some(max)) => facts.push(format!("At most {max} items.")),
        (None, None) => {}
    }
    if !facts.is_empty() {
        text.push_str("\n\n");
        text.push_str(&facts.join(" "));
    }
    text
}

/// Outer doc attributes, one per line; bare URLs become autolinks so rustdoc accepts them.
pub(crate) fn doc_attrs(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #(#[doc = #lines])* }
}

/// Inner doc attributes, for the top of a module.
pub(super) fn inner_doc(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #(#![doc = #lines])* }
}

fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = autolink(&escape_brackets(line));
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

/// Spec text is data, not Markdown links: `[` and `]` outside code spans are escaped, so that
/// rustdoc reads `apis[28]` as text and not as a link to an item `28`.
fn escape_brackets(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        match c {
            '`' => in_code = !in_code,
            '[' | ']' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

fn autolink(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            // A URL may follow an opening parenthesis or quote: `(https://…):`.
            let start = word.find("https://").or_else(|| word.find("http://"));
            match start {
                Some(i) => {
                    let (before, url) = word.split_at(i);
                    let end = url.trim_end_matches(['.', ',', ')', ';', ':', '"', '\'']);
                    format!("{before}<{end}>{}", &url[end.len()..])
                }
                None => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
