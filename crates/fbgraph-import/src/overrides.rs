//! `SDKCodegen.json`: the SDK generator's overrides, applied to the model.
//!
//! `spec_overriding` maps a node to JSONPath selectors, each with properties to set:
//!
//! | selector | properties the import applies | kept as an SDK flag |
//! | --- | --- | --- |
//! | `$` | | `exclude_creation_endpoint` |
//! | `$.fields[?(@.name=='f')]` | `type`, `not_visible` | `keyvalue`, `context`, … |
//! | `$.apis[?(@.method=='POST' && @.endpoint=='e')]` | `return` | `allow_file_upload`, `preferred_creation_endpoint`, … |
//! | `$.apis[?(…)].params[?(@.name=='p')]` (or `['params']`) | `type`, `is_file_param` | |
//!
//! `enum_overriding` replaces an enum's values. `flags` and `read_endpoints` are kept as given.
//! Each application is recorded as an [`AppliedOverride`]; a selector that matches nothing is
//! reported, not applied.

use std::path::PathBuf;

use serde_json::Value;

use crate::diagnostics::DiagnosticKind;
use crate::model::{Api, Snapshot, Target};
use crate::read::{Names, Sink};

/// A parsed `spec_overriding` selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// `$`: the node itself.
    Node,
    /// `$.fields[?(@.name=='…')]`
    Field(String),
    /// `$.apis[?(@.k=='v' && …)]`: the conditions, `k` one of `method`, `endpoint`, `name`.
    Api(Vec<(String, String)>),
    /// `$.apis[?(…)].params[?(@.name=='…')]`
    Param(Vec<(String, String)>, String),
}

/// Why a selector does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SelectorError(String);

impl Selector {
    /// Parses one of the JSONPath forms `SDKCodegen.json` uses.
    pub fn parse(s: &str) -> Result<Selector, SelectorError> {
        let mut rest = s
            .trim()
            .strip_prefix('$')
            .ok_or_else(|| SelectorError("does not start with `$`".to_owned()))?;
        let mut segments = Vec::new();
        while !rest.is_empty() {
            let (key, after) = if let Some(r) = rest.strip_prefix('.') {
                let end = r.find('[').unwrap_or(r.len());
                (&r[..end], &r[end..])
            } else if let Some(r) = rest.strip_prefix("['") {
                let end = r
                    .find("']")
                    .ok_or_else(|| SelectorError("unclosed `['`".to_owned()))?;
                (&r[..end], &r[end + 2..])
            } else {
                return Err(SelectorError(format!("unexpected `{rest}`")));
            };
            let filter = after
                .strip_prefix("[?(")
                .ok_or_else(|| SelectorError(format!("`{key}` without a filter")))?;
            let end = filter
                .find(")]")
                .ok_or_else(|| SelectorError("unclosed filter".to_owned()))?;
            let mut conds = Vec::new();
            for cond in filter[..end].split("&&") {
                let (k, v) = cond
                    .trim()
                    .strip_prefix("@.")
                    .and_then(|c| c.split_once("=="))
                    .ok_or_else(|| SelectorError(format!("condition `{cond}`")))?;
                let v = v.trim();
                let v = v
                    .strip_prefix('\'')
                    .and_then(|v| v.strip_suffix('\''))
                    .or_else(|| v.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
                    .ok_or_else(|| SelectorError(format!("unquoted value in `{cond}`")))?;
                conds.push((k.trim().to_owned(), v.to_owned()));
            }
            segments.push((key.to_owned(), conds));
            rest = &filter[end + 2..];
        }
        let name_of = |conds: &[(String, String)]| match conds {
            [(k, v)] if k == "name" => Ok(v.clone()),
            _ => Err(SelectorError(
                "expected one `@.name==` condition".to_owned(),
            )),
        };
        match segments.as_slice() {
            [] => Ok(Selector::Node),
            [(k, c)] if k == "fields" => Ok(Selector::Field(name_of(c)?)),
            [(k, c)] if k == "apis" => Ok(Selector::Api(c.clone())),
            [(k, c), (p, pc)] if k == "apis" && p == "params" => {
                Ok(Selector::Param(c.clone(), name_of(pc)?))
            }
            _ => Err(SelectorError("not a node, field, api or param".to_owned())),
        }
    }
}

fn api_matches(api: &Api, conds: &[(String, String)]) -> bool {
    conds.iter().all(|(k, v)| match k.as_str() {
        "method" => api.method.as_str() == v,
        "endpoint" => match &api.target {
            Target::Edge(e) => e == v,
            Target::Node | Target::Root(_) => v.is_empty(),
        },
        "name" => api.sdk_name.as_deref() == Some(v.as_str()),
        _ => false,
    })
}

/// What an override changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An api's return type.
    Return {
        /// Before.
        from: String,
        /// After.
        to: String,
    },
    /// A field's or param's type.
    Type {
        /// Before.
        from: String,
        /// After.
        to: String,
    },
    /// A param became an upload.
    FileParam,
    /// A field is hidden from the SDKs.
    NotVisible,
    /// An enum's values were replaced.
    EnumValues {
        /// Before.
        from: Vec<String>,
        /// After.
        to: Vec<String>,
    },
    /// An SDK switch kept on the node, field or api as given.
    Flag(Value),
}

/// One override applied to one target.
#[derive(Debug, Clone, PartialEq)]
pub struct AppliedOverride {
    /// The node (or, for `enum_overriding`, the enum) it is keyed by.
    pub node: String,
    /// The selector as written (`$.apis[?(@.method=='POST' && @.endpoint=='insights')]`).
    pub selector: String,
    /// The property (`return`).
    pub key: String,
    /// What it hit, readably (`POST /{node-id}/insights`, `field payment_account_id`).
    pub target: String,
    /// What changed.
    pub change: Change,
}

impl AppliedOverride {
    /// Whether it changed the model: `false` for a `return` or `type` the spec already had
    /// (most of v25.0's `return` fixes are already in `specs/`).
    pub fn changed(&self) -> bool {
        match &self.change {
            Change::Return { from, to } | Change::Type { from, to } => from != to,
            Change::EnumValues { from, to } => from != to,
            Change::FileParam | Change::NotVisible | Change::Flag(_) => true,
        }
    }
}

pub(crate) fn apply(snapshot: &mut Snapshot, v: &Value, names: &Names) {
    let mut diagnostics = std::mem::take(&mut snapshot.diagnostics);
    let mut sink = Sink {
        file: PathBuf::from("SDKCodegen.json"),
        out: &mut diagnostics,
    };
    let Some(root) = v.as_object() else {
        sink.push(
            "$",
            DiagnosticKind::Shape {
                expected: "an object".to_owned(),
            },
        );
        snapshot.diagnostics = diagnostics;
        return;
    };
    for (node_name, selectors) in root
        .get("spec_overriding")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (selector, props) in selectors.as_object().into_iter().flatten() {
            let path = format!("$.spec_overriding.{node_name}[{selector:?}]");
            let sel = match Selector::parse(selector) {
                Ok(s) => s,
                Err(e) => {
                    let kind = DiagnosticKind::OverrideSelector {
                        selector: selector.clone(),
                        reason: e.0,
                    };
                    sink.push(path, kind);
                    continue;
                }
            };
            let Some(props) = props.as_object() else {
                let kind = DiagnosticKind::Shape {
                    expected: "an object of properties".to_owned(),
                };
                sink.push(path, kind);
                continue;
            };
            let node = snapshot.nodes.get_mut(node_name);
            let applied = node.map_or(0, |node| {
                let mut n = 0;
                for (key, value) in props {
                    let mut record = |target: String, change: Change| {
                        n += 1;
                        snapshot.overrides.push(AppliedOverride {
                            node: node_name.clone(),
                            selector: selector.clone(),
                            key: key.clone(),
                            target,
                            change,
                        });
                    };
                    apply_one(node, &sel, key, value, names, &mut sink, &path, &mut record);
                }
                n
            });
            if applied == 0 {
                let kind = DiagnosticKind::OverrideUnmatched {
                    node: node_name.clone(),
                    selector: selector.clone(),
                };
                sink.push(path, kind);
            }
        }
    }
    for (enum_name, o) in root
        .get("enum_overriding")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let path = format!("$.enum_overriding.{enum_name}.values");
        let values: Option<Vec<String>> = o.get("values").and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        });
        let Some(values) = values else {
            let kind = DiagnosticKind::Shape {
                expected: "an array of strings".to_owned(),
            };
            sink.push(path, kind);
            continue;
        };
        match snapshot
            .enums
            .iter_mut()
            .find(|e| &e.meta_name == enum_name)
        {
            Some(e) => {
                let from = std::mem::replace(&mut e.values, values.clone());
                snapshot.overrides.push(AppliedOverride {
                    node: enum_name.clone(),
                    selector: "$.values".to_owned(),
                    key: "values".to_owned(),
                    target: format!("enum {enum_name}"),
                    change: Change::EnumValues { from, to: values },
                });
            }
            None => {
                let kind = DiagnosticKind::OverrideUnmatched {
                    node: enum_name.clone(),
                    selector: "enum_overriding".to_owned(),
                };
                sink.push(path, kind);
            }
        }
    }
    if let Some(flags) = root.get("flags").and_then(Value::as_object) {
        for (node, list) in flags {
            let list = list.as_array().into_iter().flatten();
            let list = list.filter_map(Value::as_str).map(str::to_owned).collect();
            snapshot.sdk_flags.insert(node.clone(), list);
        }
    }
    if let Some(r) = root.get("read_endpoints").and_then(Value::as_object) {
        for (node, edge) in r {
            if let Some(edge) = edge.as_str() {
                snapshot
                    .read_endpoints
                    .insert(node.clone(), edge.to_owned());
            }
        }
    }
    snapshot.diagnostics = diagnostics;
}

#[allow(clippy::too_many_arguments)]
fn apply_one(
    node: &mut crate::model::Node,
    sel: &Selector,
    key: &str,
    value: &Value,
    names: &Names,
    sink: &mut Sink<'_>,
    path: &str,
    record: &mut dyn FnMut(String, Change),
) {
    let vpath = format!("{path}.{key}");
    let as_type = |sink: &mut Sink<'_>| match value.as_str() {
        Some(t) => Some(t.to_owned()),
        None => {
            let kind = DiagnosticKind::Shape {
                expected: "a type string".to_owned(),
            };
            sink.push(vpath.clone(), kind);
            None
        }
    };
    match sel {
        Selector::Node => {
            node.sdk_flags.insert(key.to_owned(), value.clone());
            record("node".to_owned(), Change::Flag(value.clone()));
        }
        Selector::Field(name) => {
            for f in node.fields.iter_mut().filter(|f| &f.name == name) {
                let target = format!("field {name}");
                match key {
                    "type" => {
                        let Some(to) = as_type(sink) else { return };
                        f.ty = names.parse(&to, sink, &vpath);
                        let from = std::mem::replace(&mut f.type_text, to.clone());
                        record(target, Change::Type { from, to });
                    }
                    "not_visible" if value == &Value::Bool(true) => {
                        f.visible = false;
                        record(target, Change::NotVisible);
                    }
                    _ => {
                        f.sdk_flags.insert(key.to_owned(), value.clone());
                        record(target, Change::Flag(value.clone()));
                    }
                }
            }
        }
        Selector::Api(conds) => {
            for a in node.apis.iter_mut().filter(|a| api_matches(a, conds)) {
                let target = format!("{} {}", a.method.as_str(), a.path());
                if key == "return" {
                    let Some(to) = as_type(sink) else { return };
                    a.returns = names.parse(&to, sink, &vpath);
                    let from = std::mem::replace(&mut a.return_text, to.clone());
                    record(target, Change::Return { from, to });
                } else {
                    a.sdk_flags.insert(key.to_owned(), value.clone());
                    record(target, Change::Flag(value.clone()));
                }
            }
        }
        Selector::Param(conds, name) => {
            for a in node.apis.iter_mut().filter(|a| api_matches(a, conds)) {
                let call = format!("{} {}", a.method.as_str(), a.path());
                for p in a.params.iter_mut().filter(|p| &p.name == name) {
                    let target = format!("param {name} of {call}");
                    match key {
                        "type" => {
                            let Some(to) = as_type(sink) else { return };
                            p.ty = names.parse(&to, sink, &vpath);
                            p.is_file |= p.ty.has_file();
                            let from = std::mem::replace(&mut p.type_text, to.clone());
                            record(target, Change::Type { from, to });
                        }
                        "is_file_param" if value == &Value::Bool(true) => {
                            p.is_file = true;
                            record(target, Change::FileParam);
                        }
                        _ => {
                            let kind = DiagnosticKind::OverrideSelector {
                                selector: path.to_owned(),
                                reason: format!("param property `{key}` not supported"),
                            };
                            sink.push(vpath.clone(), kind);
                        }
                    }
                }
            }
        }
    }
}
