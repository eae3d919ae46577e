//! Problems found while reading a snapshot, collected rather than stopped at.

use std::fmt;
use std::path::PathBuf;

use crate::naming::EnumScope;
use crate::types::TypeError;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something of the snapshot was dropped (an unreadable file, a malformed entry).
    Error,
    /// Kept, but degraded or ambiguous (an unresolved reference, a name collision, an
    /// override that matches nothing).
    Warning,
}

/// One problem, with the file (relative to the snapshot directory) and the JSON path in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The file, relative to the snapshot directory (`specs/Page.json`).
    pub file: PathBuf,
    /// The JSON path within the file (`$.apis[3].params[0].type`).
    pub path: String,
    /// What is wrong.
    pub kind: DiagnosticKind,
}

impl Diagnostic {
    /// How bad it is.
    pub fn severity(&self) -> Severity {
        match self.kind {
            DiagnosticKind::Io(_)
            | DiagnosticKind::Json(_)
            | DiagnosticKind::Shape { .. }
            | DiagnosticKind::Type(_)
            | DiagnosticKind::Target { .. } => Severity::Error,
            DiagnosticKind::UnknownKey { .. }
            | DiagnosticKind::Unresolved { .. }
            | DiagnosticKind::EnumNameCollision { .. }
            | DiagnosticKind::EnumName { .. }
            | DiagnosticKind::OverrideUnmatched { .. }
            | DiagnosticKind::OverrideSelector { .. }
            | DiagnosticKind::VersionMismatch { .. } => Severity::Warning,
        }
    }
}

/// What a [`Diagnostic`] is about.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DiagnosticKind {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(String),
    /// The file is not JSON.
    #[error("not JSON: {0}")]
    Json(String),
    /// A value has the wrong JSON type or a required key is missing.
    #[error("expected {expected}")]
    Shape {
        /// What was expected (`a string`, `key \"name\"`).
        expected: String,
    },
    /// A key the import does not know; it is ignored.
    #[error("unknown key `{key}` (ignored)")]
    UnknownKey {
        /// The key.
        key: String,
    },
    /// A type string does not parse.
    #[error("bad type: {0}")]
    Type(TypeError),
    /// An api that is neither `#get`/`#update`/`#delete` nor an edge, or whose method does not
    /// fit its name.
    #[error("bad api: {reason}")]
    Target {
        /// Why.
        reason: String,
    },
    /// A type names something no file defines; it degrades to JSON.
    #[error("`{name}` is neither a node nor an enum of this snapshot; it degrades to JSON")]
    Unresolved {
        /// The name.
        name: String,
    },
    /// Two enums derive the same Rust name in one scope.
    #[error("enums {meta_names:?} all derive `{rust_name}` in {scope}")]
    EnumNameCollision {
        /// The shared scope.
        scope: EnumScope,
        /// The shared Rust name.
        rust_name: String,
        /// Meta's names.
        meta_names: Vec<String>,
        /// Whether they also have the same values (a duplicate rather than a conflict).
        same_values: bool,
    },
    /// An enum name that follows none of Meta's schemes.
    #[error("enum `{name}` does not end with `_{field_or_param}`; named `{rust_name}`")]
    EnumName {
        /// Meta's name.
        name: String,
        /// Its `field_or_param`.
        field_or_param: String,
        /// The name derived from the whole name.
        rust_name: String,
    },
    /// An `SDKCodegen.json` override whose target is not in the snapshot; not applied.
    #[error("override `{selector}` of {node} matches nothing; not applied")]
    OverrideUnmatched {
        /// The node (or enum) it is keyed by.
        node: String,
        /// Its JSONPath selector.
        selector: String,
    },
    /// An `SDKCodegen.json` selector the import cannot read; not applied.
    #[error("override selector `{selector}` not understood: {reason}")]
    OverrideSelector {
        /// The selector.
        selector: String,
        /// Why.
        reason: String,
    },
    /// `specs/version.txt` disagrees with the directory name, or is missing.
    #[error("version.txt says `{found}`, the directory is `{dir}`")]
    VersionMismatch {
        /// What version.txt says (empty if missing).
        found: String,
        /// The directory name.
        dir: String,
    },
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{sev}: {}: {}: {}",
            self.file.display(),
            self.path,
            self.kind
        )
    }
}
