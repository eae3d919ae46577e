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
            if word.starts_with("https://") || word.starts_with("http://") {
                let end = word.trim_end_matches(['.', ',', ')', ';']);
                format!("<{end}>{}", &word[end.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn brackets_outside_code_are_text() {
        assert_eq!(
            super::escape_brackets("specs/Page.json apis[28], `list[0]` [x]"),
            "specs/Page.json apis\\[28\\], `list[0]` \\[x\\]"
        );
    }
}
