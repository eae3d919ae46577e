//! Reading a snapshot directory into a [`Snapshot`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::model::{Api, Enum, Field, Method, Node, Param, Snapshot, Target};
use crate::naming::{self, EnumScheme};
use crate::overrides;
use crate::types::{RefKind, Type};

/// Why a directory cannot be read as a snapshot at all. Anything less is a [`Diagnostic`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// `<dir>/specs/` is missing or unreadable.
    #[error(
        "{dir}: not a snapshot of Meta's spec (no readable specs/, or apiconfig.py and adobjects/): {reason}"
    )]
    NotASnapshot {
        /// The directory given.
        dir: PathBuf,
        /// The I/O error.
        reason: String,
    },
}

/// Collects diagnostics for one file.
pub(crate) struct Sink<'a> {
    pub(crate) file: PathBuf,
    pub(crate) out: &'a mut Vec<Diagnostic>,
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, path: impl Into<String>, kind: DiagnosticKind) {
        self.out.push(Diagnostic {
            file: self.file.clone(),
            path: path.into(),
            kind,
        });
    }

    fn shape(&mut self, path: &str, expected: &str) {
        self.push(
            path,
            DiagnosticKind::Shape {
                expected: expected.to_owned(),
            },
        );
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let o = v.as_object();
        if o.is_none() {
            self.shape(path, "an object");
        }
        o
    }

    fn array<'v>(&mut self, o: &'v Map<String, Value>, key: &str, path: &str) -> &'v [Value] {
        match o.get(key) {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(_) => {
                self.shape(&format!("{path}.{key}"), "an array");
                &[]
            }
        }
    }

    fn string<'v>(&mut self, o: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v str> {
        match o.get(key) {
            Some(Value::String(s)) => Some(s),
            Some(_) => {
                self.shape(&format!("{path}.{key}"), "a string");
                None
            }
            None => {
                self.shape(path, &format!("key \"{key}\""));
                None
            }
        }
    }

    fn known_keys(&mut self, o: &Map<String, Value>, known: &[&str], path: &str) {
        for k in o.keys().filter(|k| !known.contains(&k.as_str())) {
            self.push(path, DiagnosticKind::UnknownKey { key: k.clone() });
        }
    }
}

/// The names a snapshot defines, for resolving types.
pub(crate) struct Names {
    pub(crate) nodes: BTreeSet<String>,
    pub(crate) enums: BTreeSet<String>,
}

impl Names {
    pub(crate) fn kind(&self, name: &str) -> Option<RefKind> {
        if self.nodes.contains(name) {
            Some(RefKind::Node)
        } else if self.enums.contains(name) {
            Some(RefKind::Enum)
        } else {
            None
        }
    }

    /// Parses `text`; a malformed type is reported and becomes `Unresolved(text)`.
    pub(crate) fn parse(&self, text: &str, sink: &mut Sink<'_>, path: &str) -> Type {
        Type::parse(text, &|n: &str| self.kind(n)).unwrap_or_else(|e| {
            sink.push(path, DiagnosticKind::Type(e));
            Type::Unresolved(text.to_owned())
        })
    }
}

fn read_json(dir: &Path, rel: &Path, out: &mut Vec<Diagnostic>) -> Option<Value> {
    let mut sink = Sink {
        file: rel.to_owned(),
        out,
    };
    let text = match std::fs::read_to_string(dir.join(rel)) {
        Ok(t) => t,
        Err(e) => {
            sink.push("$", DiagnosticKind::Io(e.to_string()));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            sink.push("$", DiagnosticKind::Json(e.to_string()));
            None
        }
    }
}

impl Snapshot {
    /// Reads the snapshot in `dir` (holding `specs/` and, optionally, `SDKCodegen.json`).
    ///
    /// Only a missing `specs/` directory is an error; every other problem is collected in
    /// [`Snapshot::diagnostics`] and the rest is read.
    pub fn read(dir: &Path) -> Result<Snapshot, ReadError> {
        let not = |e: std::io::Error| ReadError::NotASnapshot {
            dir: dir.to_owned(),
            reason: e.to_string(),
        };
        let mut files: Vec<String> = std::fs::read_dir(dir.join("specs"))
            .map_err(not)?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json") && n != "enum_types.json")
            .collect();
        files.sort();
        let mut diagnostics = Vec::new();

        let dir_name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let version = match std::fs::read_to_string(dir.join("specs/version.txt")) {
            Ok(v) => v.trim().to_owned(),
            Err(_) => String::new(),
        };
        if version != dir_name {
            diagnostics.push(Diagnostic {
                file: PathBuf::from("specs/version.txt"),
                path: "$".to_owned(),
                kind: DiagnosticKind::VersionMismatch {
                    found: version.clone(),
                    dir: dir_name.clone(),
                },
            });
        }
        let version = if version.is_empty() {
            dir_name
        } else {
            version
        };

        let raw_nodes: Vec<(String, PathBuf, Option<Value>)> = files
            .iter()
            .map(|f| {
                let rel = PathBuf::from("specs").join(f);
                let v = read_json(dir, &rel, &mut diagnostics);
                (f.trim_end_matches(".json").to_owned(), rel, v)
            })
            .collect();
        let enum_rel = PathBuf::from("specs/enum_types.json");
        let raw_enums = read_json(dir, &enum_rel, &mut diagnostics);

        let names = Names {
            nodes: raw_nodes.iter().map(|(n, _, _)| n.clone()).collect(),
            enums: enum_names(raw_enums.as_ref()),
        };

        let mut nodes = BTreeMap::new();
        for (name, rel, v) in &raw_nodes {
            let mut sink = Sink {
                file: rel.clone(),
                out: &mut diagnostics,
            };
            if let Some(v) = v
                && let Some(node) = read_node(name, v, &names, &mut sink)
            {
                nodes.insert(name.clone(), node);
            }
        }
        let mut enums = Vec::new();
        if let Some(v) = &raw_enums {
            let mut sink = Sink {
                file: enum_rel,
                out: &mut diagnostics,
            };
            enums = read_enums(v, &mut sink);
        }

        let mut snapshot = Snapshot {
            source: format!("Meta's api_specs {version}"),
            version,
            nodes,
            enums,
            overrides: Vec::new(),
            sdk_flags: BTreeMap::new(),
            read_endpoints: BTreeMap::new(),
            diagnostics,
        };
        let codegen = Path::new("SDKCodegen.json");
        if dir.join(codegen).exists()
            && let Some(v) = read_json(dir, codegen, &mut snapshot.diagnostics)
        {
            overrides::apply(&mut snapshot, &v, &names);
        }
        snapshot.report_unresolved();
        snapshot.report_collisions();
        Ok(snapshot)
    }

    pub(crate) fn report_unresolved(&mut self) {
        let mut found = Vec::new();
        for node in self.nodes.values() {
            let file = PathBuf::from(&node.file);
            for f in &node.fields {
                for u in f.ty.unresolved() {
                    found.push((file.clone(), format!("{}.type", f.source), u.to_owned()));
                }
            }
            for a in &node.apis {
                for u in a.returns.unresolved() {
                    found.push((file.clone(), format!("{}.return", a.source), u.to_owned()));
                }
                for p in &a.params {
                    for u in p.ty.unresolved() {
                        let path = format!("{}.type", p.source);
                        found.push((file.clone(), path, u.to_owned()));
                    }
                }
            }
        }
        // A malformed type is already reported as such; it is not also an unresolved name.
        let malformed: BTreeSet<(PathBuf, String)> = self
            .diagnostics
            .iter()
            .filter(|d| matches!(d.kind, DiagnosticKind::Type(_)))
            .map(|d| (d.file.clone(), d.path.clone()))
            .collect();
        found.retain(|(file, path, _)| !malformed.contains(&(file.clone(), path.clone())));
        self.diagnostics
            .extend(found.into_iter().map(|(file, path, name)| Diagnostic {
                file,
                path,
                kind: DiagnosticKind::Unresolved { name },
            }));
    }

    fn report_collisions(&mut self) {
        let by_name: BTreeMap<&str, &Enum> = self
            .enums
            .iter()
            .map(|e| (e.meta_name.as_str(), e))
            .collect();
        let found = naming::collisions(self.enums.iter().map(|e| (e.meta_name.as_str(), &e.name)));
        for c in found {
            let first = by_name.get(c.meta_names[0].as_str()).map(|e| &e.values);
            let same_values = c
                .meta_names
                .iter()
                .all(|n| by_name.get(n.as_str()).map(|e| &e.values) == first);
            self.diagnostics.push(Diagnostic {
                file: PathBuf::from("specs/enum_types.json"),
                path: format!(
                    "$[?({})]",
                    c.meta_names
                        .iter()
                        .map(|n| format!("@.name=='{n}'"))
                        .collect::<Vec<_>>()
                        .join(" || ")
                ),
                kind: DiagnosticKind::EnumNameCollision {
                    scope: c.scope,
                    rust_name: c.rust_name,
                    meta_names: c.meta_names,
                    same_values,
                },
            });
        }
    }
}

fn enum_names(v: Option<&Value>) -> BTreeSet<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| e.get("name").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

fn read_node(name: &str, v: &Value, names: &Names, sink: &mut Sink<'_>) -> Option<Node> {
    let o = sink.object(v, "$")?;
    sink.known_keys(o, &["fields", "apis"], "$");
    let mut fields = Vec::new();
    for (i, f) in sink.array(o, "fields", "$").iter().enumerate() {
        let path = format!("$.fields[{i}]");
        let Some(f) = sink.object(f, &path) else {
            continue;
        };
        sink.known_keys(f, &["name", "type"], &path);
        let (Some(fname), Some(text)) =
            (sink.string(f, "name", &path), sink.string(f, "type", &path))
        else {
            continue;
        };
        fields.push(Field {
            name: fname.to_owned(),
            type_text: text.to_owned(),
            ty: names.parse(text, sink, &format!("{path}.type")),
            visible: true,
            sdk_flags: BTreeMap::new(),
            source: path.clone(),
        });
    }
    let mut apis = Vec::new();
    for (i, a) in sink.array(o, "apis", "$").iter().enumerate() {
        if let Some(api) = read_api(a, &format!("$.apis[{i}]"), names, sink) {
            apis.push(api);
        }
    }
    Some(Node {
        name: name.to_owned(),
        file: format!("specs/{name}.json"),
        fields,
        apis,
        sdk_flags: BTreeMap::new(),
    })
}

fn read_api(v: &Value, path: &str, names: &Names, sink: &mut Sink<'_>) -> Option<Api> {
    let o = sink.object(v, path)?;
    sink.known_keys(
        o,
        &["method", "endpoint", "name", "return", "params", "basePath"],
        path,
    );
    let method = match sink.string(o, "method", path)? {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "DELETE" => Method::Delete,
        "PUT" => Method::Put,
        "HEAD" => Method::Head,
        other => {
            let reason = format!("unknown method `{other}`");
            sink.push(format!("{path}.method"), DiagnosticKind::Target { reason });
            return None;
        }
    };
    let sdk_name = match o.get("name") {
        None => None,
        Some(_) => Some(sink.string(o, "name", path)?.to_owned()),
    };
    let endpoint = match o.get("endpoint") {
        None => None,
        Some(_) => Some(sink.string(o, "endpoint", path)?),
    };
    let base_path = match o.get("basePath") {
        None => None,
        Some(_) => Some(sink.string(o, "basePath", path)?),
    };
    let target = match (endpoint.filter(|e| !e.is_empty()), base_path) {
        (Some(e), _) => Target::Edge(e.to_owned()),
        (None, Some(b)) => Target::Root(b.trim_matches('/').to_owned()),
        (None, None) => {
            let fits = match sdk_name.as_deref() {
                Some("#get") => method == Method::Get,
                Some("#update") => method == Method::Post,
                Some("#delete") => method == Method::Delete,
                // `genGet`-style SDK names with an empty endpoint address the node itself.
                Some(_) => endpoint.is_some(),
                None => false,
            };
            if !fits {
                let reason = format!(
                    "name {:?} with method {} and no endpoint",
                    sdk_name,
                    method.as_str()
                );
                sink.push(path, DiagnosticKind::Target { reason });
                return None;
            }
            Target::Node
        }
    };
    let return_text = sink.string(o, "return", path)?.to_owned();
    let returns = names.parse(&return_text, sink, &format!("{path}.return"));
    let mut params = Vec::new();
    for (j, p) in sink.array(o, "params", path).iter().enumerate() {
        let ppath = format!("{path}.params[{j}]");
        let Some(p) = sink.object(p, &ppath) else {
            continue;
        };
        sink.known_keys(p, &["name", "required", "type"], &ppath);
        let (Some(pname), Some(text)) = (
            sink.string(p, "name", &ppath),
            sink.string(p, "type", &ppath),
        ) else {
            continue;
        };
        let required = match p.get("required") {
            Some(Value::Bool(b)) => *b,
            None => false,
            Some(_) => {
                sink.shape(&format!("{ppath}.required"), "a bool");
                false
            }
        };
        let ty = names.parse(text, sink, &format!("{ppath}.type"));
        params.push(Param {
            name: pname.to_owned(),
            required,
            required_known: true,
            type_text: text.to_owned(),
            is_file: ty.has_file(),
            ty,
            source: ppath.clone(),
        });
    }
    Some(Api {
        method,
        target,
        sdk_name,
        return_text,
        returns,
        params,
        sdk_flags: BTreeMap::new(),
        source: path.to_owned(),
    })
}

fn read_enums(v: &Value, sink: &mut Sink<'_>) -> Vec<Enum> {
    let Some(list) = v.as_array() else {
        sink.shape("$", "an array");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let path = format!("$[{i}]");
        let Some(o) = sink.object(e, &path) else {
            continue;
        };
        sink.known_keys(o, &["name", "node", "field_or_param", "values"], &path);
        let (Some(name), Some(field)) = (
            sink.string(o, "name", &path),
            sink.string(o, "field_or_param", &path),
        ) else {
            continue;
        };
        let node = match o.get("node") {
            None | Some(Value::Null) => None,
            Some(_) => sink.string(o, "node", &path),
        };
        let mut values = Vec::new();
        for (j, v) in sink.array(o, "values", &path).iter().enumerate() {
            match v.as_str() {
                Some(s) => values.push(s.to_owned()),
                None => sink.shape(&format!("{path}.values[{j}]"), "a string"),
            }
        }
        let derived = naming::enum_name(name, node, field);
        if derived.scheme == EnumScheme::Other {
            sink.push(
                path.clone(),
                DiagnosticKind::EnumName {
                    name: name.to_owned(),
                    field_or_param: field.to_owned(),
                    rust_name: derived.rust_name.clone(),
                },
            );
        }
        out.push(Enum {
            meta_name: name.to_owned(),
            file: "specs/enum_types.json".to_owned(),
            node: node.map(str::to_owned),
            field_or_param: field.to_owned(),
            values,
            name: derived,
        });
    }
    out
}
