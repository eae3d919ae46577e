//! Counts of a snapshot, as the shared README gives them for v25.0.

use std::collections::BTreeSet;
use std::fmt;

use crate::diagnostics::{DiagnosticKind, Severity};
use crate::model::{Method, Snapshot, Target};

/// What a snapshot holds, counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Nodes (files `specs/<Node>.json`).
    pub nodes: usize,
    /// Calls (`apis` entries).
    pub calls: usize,
    /// GET calls.
    pub get: usize,
    /// POST calls.
    pub post: usize,
    /// DELETE calls.
    pub delete: usize,
    /// PUT and HEAD calls.
    pub other_methods: usize,
    /// Calls on the node itself (`#get`, `#update`, `#delete`).
    pub node_calls: usize,
    /// Calls on an edge.
    pub edge_calls: usize,
    /// GET edges: paged lists.
    pub paged: usize,
    /// Params.
    pub params: usize,
    /// Required params.
    pub required: usize,
    /// Optional params.
    pub optional: usize,
    /// Upload params (`file`, or `is_file_param`).
    pub file_params: usize,
    /// Node fields.
    pub fields: usize,
    /// Enums.
    pub enums: usize,
    /// Enum values.
    pub enum_values: usize,
    /// Places (field types, param types, returns) that reference an undefined name.
    pub unresolved_refs: usize,
    /// Distinct undefined names.
    pub unresolved_names: usize,
    /// Enum name collisions (each a set of enums sharing a Rust name in a scope).
    pub enum_collisions: usize,
    /// `SDKCodegen.json` overrides applied.
    pub overrides_applied: usize,
    /// Of those, the ones that changed the model (the rest restate what `specs/` has).
    pub overrides_changed: usize,
    /// Diagnostics of severity error.
    pub errors: usize,
    /// Diagnostics of severity warning.
    pub warnings: usize,
}

impl Snapshot {
    /// Counts what the snapshot holds.
    pub fn stats(&self) -> Stats {
        let mut s = Stats {
            nodes: self.nodes.len(),
            enums: self.enums.len(),
            enum_values: self.enums.iter().map(|e| e.values.len()).sum(),
            overrides_applied: self.overrides.len(),
            overrides_changed: self.overrides.iter().filter(|o| o.changed()).count(),
            ..Stats::default()
        };
        for node in self.nodes.values() {
            s.fields += node.fields.len();
            for a in &node.apis {
                s.calls += 1;
                match a.method {
                    Method::Get => s.get += 1,
                    Method::Post => s.post += 1,
                    Method::Delete => s.delete += 1,
                    Method::Put | Method::Head => s.other_methods += 1,
                }
                match a.target {
                    Target::Edge(_) => s.edge_calls += 1,
                    Target::Node | Target::Root(_) => s.node_calls += 1,
                }
                s.paged += usize::from(a.paged());
                s.params += a.params.len();
                s.required += a.params.iter().filter(|p| p.required).count();
                s.file_params += a.params.iter().filter(|p| p.is_file).count();
            }
        }
        s.optional = s.params - s.required;
        let mut names = BTreeSet::new();
        for d in &self.diagnostics {
            match d.severity() {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
            match &d.kind {
                DiagnosticKind::Unresolved { name } => {
                    s.unresolved_refs += 1;
                    names.insert(name.as_str());
                }
                DiagnosticKind::EnumNameCollision { .. } => s.enum_collisions += 1,
                _ => {}
            }
        }
        s.unresolved_names = names.len();
        s
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self;
        writeln!(f, "nodes              {}", s.nodes)?;
        writeln!(
            f,
            "calls              {} (GET {}, POST {}, DELETE {}; on the node {}, on edges {}, paged {})",
            s.calls, s.get, s.post, s.delete, s.node_calls, s.edge_calls, s.paged
        )?;
        writeln!(
            f,
            "params             {} (required {}, optional {}, uploads {})",
            s.params, s.required, s.optional, s.file_params
        )?;
        writeln!(f, "fields             {}", s.fields)?;
        writeln!(
            f,
            "enums              {} ({} values)",
            s.enums, s.enum_values
        )?;
        writeln!(
            f,
            "unresolved         {} references to {} names",
            s.unresolved_refs, s.unresolved_names
        )?;
        writeln!(f, "enum collisions    {}", s.enum_collisions)?;
        writeln!(
            f,
            "overrides applied  {} ({} change the model, the rest restate it)",
            s.overrides_applied, s.overrides_changed
        )?;
        write!(
            f,
            "diagnostics        {} errors, {} warnings",
            s.errors, s.warnings
        )
    }
}
