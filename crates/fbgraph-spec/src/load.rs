//! Loading a spec directory or a set of sources.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{LoadedFile, Spec, SpecFile};
use crate::position::Positions;

impl Spec {
    /// Loads and validates every `*.json` file of a version directory (`spec/v19.0`).
    pub fn load_dir(dir: &Path) -> Result<Spec, Diagnostics> {
        let dir_name = dir.display().to_string();
        let fail = |message: String| {
            Diagnostics(vec![Diagnostic {
                file: dir_name.clone(),
                path: String::new(),
                line: None,
                column: None,
                message,
            }])
        };
        let version = dir
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| fail("the spec directory's name is not a Graph version".into()))?
            .to_owned();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| fail(format!("cannot read the spec directory: {e}")))?;
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        for entry in entries {
            let path = match entry {
                Ok(entry) => entry.path(),
                Err(e) => return Err(fail(format!("cannot list the spec directory: {e}"))),
            };
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((name, text)),
                Err(e) => problems.push(Diagnostic {
                    file: name,
                    path: String::new(),
                    line: None,
                    column: None,
                    message: format!("cannot read the file: {e}"),
                }),
            }
        }
        match Spec::from_sources(&version, sources) {
            Ok(spec) if problems.is_empty() => Ok(spec),
            Ok(_) => Err(Diagnostics(problems)),
            Err(Diagnostics(more)) => {
                problems.extend(more);
                Err(Diagnostics(problems))
            }
        }
    }

    /// Parses and validates a spec given as `(file name, text)` pairs.
    pub fn from_sources(
        version: &str,
        mut sources: Vec<(String, String)>,
    ) -> Result<Spec, Diagnostics> {
        sources.sort_by(|a, b| a.0.cmp(&b.0));
        let mut problems = Vec::new();
        let mut files = Vec::new();
        let mut positions = Vec::new();
        for (name, text) in &sources {
            let mut de = serde_json::Deserializer::from_str(text);
            let parsed = serde_path_to_error::deserialize::<_, SpecFile>(&mut de)
                .map_err(|e| (e.path().to_string(), e.into_inner()))
                .and_then(|file| de.end().map(|()| file).map_err(|e| (String::new(), e)));
            match parsed {
                Ok(content) => {
                    let module = name.strip_suffix(".json").unwrap_or(name).to_owned();
                    files.push(LoadedFile {
                        name: name.clone(),
                        module,
                        content,
                    });
                    positions.push(Positions::of(text));
                }
                Err((path, inner)) => {
                    let line = inner.line();
                    let column = char_column(text, line, inner.column());
                    problems.push(Diagnostic {
                        file: name.clone(),
                        path: if path == "." { String::new() } else { path },
                        line: (line > 0).then_some(line),
                        column: (line > 0).then_some(column),
                        message: strip_position(&inner.to_string()),
                    });
                }
            }
        }
        let spec = Spec {
            version: version.to_owned(),
            files,
        };
        let mut found = crate::validate::validate(&spec, &positions);
        // Report in document order: by file, then by position.
        found.sort_by_key(|d| (d.file.clone(), d.line, d.column));
        problems.extend(found);
        if problems.is_empty() {
            Ok(spec)
        } else {
            Err(Diagnostics(problems))
        }
    }
}

/// The 1-based column, in characters as every other diagnostic counts it, of serde_json's
/// position: `byte_column` bytes into line `line` (1-based), 0 when the error comes just
/// after a line break.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(content) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column.max(1);
    };
    let mut end = byte_column.min(content.len());
    // A position inside a character counts that character.
    while !content.is_char_boundary(end) {
        end += 1;
    }
    let chars = content[..end].chars().count() + byte_column.saturating_sub(content.len());
    chars.max(1)
}

/// serde_json ends its messages with " at line L column C"; the diagnostic says that itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax_error(text: &str) -> Diagnostic {
        let diagnostics =
            Spec::from_sources("v19.0", vec![("page.json".to_owned(), text.to_owned())])
                .expect_err("not JSON");
        diagnostics.0.into_iter().next().expect("a diagnostic")
    }

    #[test]
    fn syntax_errors_count_columns_in_characters_from_one() {
        // `é` is two bytes: the unexpected `x` is character 26, byte 30.
        let d = syntax_error("{\"node\": {\"name\": \"éééé\" x}}");
        assert!(d.message.contains("expected"), "{d}");
        assert_eq!((d.line, d.column), (Some(1), Some(26)), "{d}");
        // An error right after a line break is in column 1 of the next line, not 0.
        let d = syntax_error("{\n");
        assert_eq!(d.line, Some(2), "{d}");
        assert_eq!(d.column, Some(1), "{d}");
    }

    #[test]
    fn an_empty_version_names_what_is_wrong() {
        let diagnostics = Spec::from_sources("", Vec::new()).expect_err("no version");
        let d = &diagnostics.0[0];
        assert!(!d.file.is_empty(), "{d}");
        assert!(d.message.contains("not a Graph version"), "{d}");
    }
}
