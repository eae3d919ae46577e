//! Lowers a [`Snapshot`] into the files of `spec/<version>/`: the breadth of the spec.
//!
//! One file per node (`ad_account.json` for `AdAccount`) holds the node, its fields, its calls
//! and the enums placed with it; `shared.json` holds what no node owns. Every rule is here,
//! once:
//!
//! | Meta's spec | spec/ |
//! | --- | --- |
//! | node `AdAccount` | file `ad_account.json`, node `AdAccount`; its calls address `{ad-account-id}` |
//! | `#get` / `#update` / `#delete` | GET / POST / DELETE `/{ad-account-id}`, named by [`names::call_name`] (`GetAdAccount`, `UpdateAdAccount`, `DeleteAdAccount`) |
//! | an edge `insights` | `/{ad-account-id}/insights` (`GetAdAccountInsights`, `CreateAdAccountInsights`, …); a GET of an edge returns `paged<…>` |
//! | a `basePath` call | its path from the root, in the file of the node that lists it |
//! | `int`, `unsigned int`, `float`, `bool`, `string`, `datetime`, `file` | `integer`, `unsigned_integer`, `float`, `bool`, `string`, `datetime`, `file` |
//! | `Object`, `object`, `map`, bare `list` | `json`, `json`, `json`, `list<json>` |
//! | `map<K, V>`, `list<T>` | `map<K, V>`, `list<T>` |
//! | a node or an enum | its name, written `module::Name` where a bare name would not find it |
//! | a name with no definition | `json`, with a note |
//! | a call answering what is not a node | `shared::WriteResult` (a write: `{"id"}` or `{"success"}`) or `shared::Untyped` (a read); Meta's return types are defaults an overlay may correct |
//!
//! Enums go in the file of Meta's `node` for them; when that is not a node, in the file of the
//! first node (by name) that uses them; else in `shared.json`. Their name is the PascalCase of
//! the field or param they type ([`crate::naming`]); where it is taken in that file, a node
//! field's enum keeps it and a param's is prefixed with its call's edge, then its whole
//! prefix, then numbered. Every such choice, and everything that could not be carried over as
//! Meta gives it, is a [`Decision`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fbgraph_spec as spec;
use fbgraph_spec::names;
use spec::{Method, TypeExpr};

use crate::model::{Api, Snapshot, Target};
use crate::naming::{EnumScheme, EnumScope, pascal_case};
use crate::types::Type;

/// The module of what no node owns.
pub const SHARED: &str = "shared";

/// What lowering decided by rule, or could not carry over exactly as Meta's spec gives it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Decision {
    /// Where in Meta's spec (`specs/Page.json apis[3] params[2] \`fields\``).
    pub source: String,
    /// What became of it.
    pub what: String,
}

/// The spec files of a snapshot, and what lowering decided.
#[derive(Debug, Clone)]
pub struct Lowered {
    /// The version (`v25.0`).
    pub version: String,
    /// `(file name, content)`, sorted by file name.
    pub files: Vec<(String, spec::SpecFile)>,
    /// What lowering decided, sorted.
    pub decisions: Vec<Decision>,
}

/// The module (file stem) of a node: `AdAccount` → `ad_account`, `IGUser` → `ig_user`.
pub fn module_name(node: &str) -> String {
    let chars: Vec<char> = node.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1);
            let boundary = match prev {
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_owned();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("n{out}");
    }
    out
}

/// The path placeholder of a node: `AdAccount` → `ad-account-id`.
pub fn placeholder(node: &str) -> String {
    format!("{}-id", module_name(node).replace('_', "-"))
}

impl Snapshot {
    /// Lowers the snapshot into spec files ([`crate::lower`]).
    pub fn lower(&self) -> Lowered {
        lower(self)
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Param,
    Output,
}

struct Cx<'a> {
    snapshot: &'a Snapshot,
    /// Node → module.
    modules: HashMap<&'a str, String>,
    /// Meta's enum name → (module, name).
    enums: HashMap<&'a str, (String, String)>,
    /// Module → the type names it defines.
    defines: HashMap<String, BTreeSet<String>>,
    /// Type name → how many modules define it.
    defined_in: HashMap<String, usize>,
    decisions: Vec<Decision>,
    shared_used: BTreeSet<&'static str>,
}

/// A planned call: its node, Meta's entry, its path and its name.
struct Planned<'a> {
    node: &'a str,
    api: &'a Api,
    path: String,
    name: String,
}

/// Lowers a snapshot into spec files.
pub fn lower(snapshot: &Snapshot) -> Lowered {
    let mut cx = Cx {
        snapshot,
        modules: HashMap::new(),
        enums: HashMap::new(),
        defines: HashMap::new(),
        defined_in: HashMap::new(),
        decisions: Vec::new(),
        shared_used: BTreeSet::new(),
    };
    cx.place_nodes();
    let calls = cx.plan_calls();
    // What each module defines before its enums: its node, the node's `…Field` enum, its calls
    // and their error-code enums; `shared` its two answer shapes.
    let mut taken: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (node, module) in &cx.modules {
        let t = taken.entry(module.clone()).or_default();
        t.insert((*node).to_owned());
        t.insert(names::field_enum_name(node));
    }
    for c in &calls {
        let t = taken.entry(cx.modules[c.node].clone()).or_default();
        t.insert(c.name.clone());
        t.insert(names::error_code_enum_name(&c.name));
    }
    let shared = taken.entry(SHARED.to_owned()).or_default();
    for o in ["WriteResult", "Untyped"] {
        shared.insert(o.to_owned());
        shared.insert(names::field_enum_name(o));
    }
    let mut placed = cx.place_enums(&mut taken);
    // Type names each module defines, for deciding when a reference needs its module.
    let node_modules: Vec<(&str, String)> =
        cx.modules.iter().map(|(n, m)| (*n, m.clone())).collect();
    for (node, module) in node_modules {
        cx.define(&module, node);
    }
    for (module, enums) in &placed {
        for e in enums {
            cx.define(module, &e.name);
        }
    }
    cx.define(SHARED, "WriteResult");
    cx.define(SHARED, "Untyped");

    let mut by_node: BTreeMap<&str, Vec<&Planned>> = BTreeMap::new();
    for c in &calls {
        by_node.entry(c.node).or_default().push(c);
    }
    let mut files: BTreeMap<String, spec::SpecFile> = BTreeMap::new();
    for (name, node) in &snapshot.nodes {
        let module = cx.modules[name.as_str()].clone();
        let file = node.file.clone();
        let mut fields = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, f) in node.fields.iter().enumerate() {
            let source = format!("{file} fields[{i}] `{}`", f.name);
            if !cx.usable_name(&f.name, &mut seen, &source) {
                continue;
            }
            let (ty, mut notes) = cx.lower_type(&module, &f.ty, Role::Output);
            if !f.visible {
                notes.push("SDKCodegen.json marks it `not_visible`.".to_owned());
            }
            fields.push(cx.field(&f.name, ty, false, notes, &source));
        }
        let mut lowered_calls = Vec::new();
        for c in by_node.get(name.as_str()).into_iter().flatten() {
            lowered_calls.push(cx.call(&module, c));
        }
        let content = spec::SpecFile {
            schema: Some("../spec.schema.json".to_owned()),
            node: Some(spec::Node {
                name: name.clone(),
                doc: String::new(),
                note: Some(format!(
                    "{}, {file}: the node, its fields and its calls.",
                    snapshot.source
                )),
                fields,
            }),
            calls: lowered_calls,
            enums: placed.remove(&module).unwrap_or_default(),
            ..Default::default()
        };
        files.insert(format!("{module}.json"), content);
    }
    let mut shared = spec::SpecFile {
        schema: Some("../spec.schema.json".to_owned()),
        enums: placed.remove(SHARED).unwrap_or_default(),
        ..Default::default()
    };
    for object in &cx.shared_used {
        shared.objects.push(shared_object(object));
    }
    if !shared.enums.is_empty() || !shared.objects.is_empty() {
        files.insert(format!("{SHARED}.json"), shared);
    }
    let mut decisions = cx.decisions;
    decisions.sort();
    Lowered {
        version: snapshot.version.clone(),
        files: files.into_iter().collect(),
        decisions,
    }
}

/// Where a call stands in its source: `specs/Page.json apis[3]`, `adobjects/page.py get_feed`.
pub fn api_source(node: &crate::model::Node, api: &Api) -> String {
    format!("{} {}", node.file, api.source.trim_start_matches("$."))
}

/// Whether `path` (a call's path) is one the spec grammar can write.
fn path_ok(path: &str) -> bool {
    path.strip_prefix('/')
        .is_some_and(|rest| rest.split('/').all(names::is_path_segment))
}

fn shared_object(name: &str) -> spec::Object {
    let field = |name: &str, ty: &str, doc: &str| spec::Field {
        name: name.to_owned(),
        ty: TypeExpr(ty.to_owned()),
        documented_type: None,
        required: false,
        default: None,
        doc: doc.to_owned(),
        note: None,
        supports_emoji: false,
        default_field: false,
        max_length: None,
        min_items: None,
        max_items: None,
        node: None,
    };
    let (doc, fields) = match name {
        "WriteResult" => (
            "What a write answers where Meta's spec says only `Object`: the id of what it created, or `success`; other fields are kept as they come.",
            vec![
                field("id", "id", "The id of what the call created."),
                field("success", "bool", "Whether the write succeeded."),
            ],
        ),
        _ => (
            "An answer Meta's spec does not type (it names no node): its `id`, and every other field kept as it came.",
            vec![field("id", "id", "The object's id.")],
        ),
    };
    spec::Object {
        name: name.to_owned(),
        kind: spec::ObjectKind::Output,
        doc: doc.to_owned(),
        note: Some(
            "Added by the import (crates/fbgraph-import/src/lower.rs): Meta's spec types this answer only as `Object`."
                .to_owned(),
        ),
        fields,
        one_of: Vec::new(),
        tag: None,
        content: None,
        variants: Vec::new(),
    }
}

impl<'a> Cx<'a> {
    fn decide(&mut self, source: impl Into<String>, what: impl Into<String>) {
        self.decisions.push(Decision {
            source: source.into(),
            what: what.into(),
        });
    }

    fn define(&mut self, module: &str, name: &str) {
        if self
            .defines
            .entry(module.to_owned())
            .or_default()
            .insert(name.to_owned())
        {
            *self.defined_in.entry(name.to_owned()).or_default() += 1;
        }
    }

    /// How a type defined in `module` as `name` is written from `from`: bare where the spec's
    /// rule ([`spec::Spec::resolve`]) finds it so, else `module::name`.
    fn reference(&self, from: &str, module: &str, name: &str) -> String {
        let own = self.defines.get(from).is_some_and(|d| d.contains(name));
        let bare_ok = if from == module {
            true
        } else {
            !own && self.defined_in.get(name).copied().unwrap_or(0) == 1
        };
        if bare_ok {
            name.to_owned()
        } else {
            format!("{module}::{name}")
        }
    }

    fn place_nodes(&mut self) {
        let mut taken: HashMap<String, &str> = HashMap::new();
        taken.insert(SHARED.to_owned(), "the shared file");
        for name in self.snapshot.nodes.keys() {
            let base = module_name(name);
            let mut module = base.clone();
            if names::is_keyword(&module) {
                module = format!("{base}_node");
            }
            let mut n = 2;
            while taken.contains_key(&module) {
                module = format!("{base}_{n}");
                n += 1;
            }
            if module != base {
                let why = match taken.get(&base) {
                    Some(other) => format!("`{base}` is {other}'s"),
                    None => format!("`{base}` is a Rust keyword"),
                };
                self.decide(
                    self.snapshot.nodes[name].file.clone(),
                    format!("its file is `{module}.json`: {why}"),
                );
            }
            taken.insert(module.clone(), name);
            self.modules.insert(name.as_str(), module);
        }
    }

    /// Every call's path and name, names unique across the spec.
    fn plan_calls(&mut self) -> Vec<Planned<'a>> {
        let snapshot = self.snapshot;
        let mut out = Vec::new();
        let mut names_taken: HashMap<String, String> = HashMap::new();
        for (node, n) in &snapshot.nodes {
            for api in &n.apis {
                let source = api_source(n, api);
                let path = match &api.target {
                    Target::Node => format!("/{{{}}}", placeholder(node)),
                    Target::Edge(edge) => format!("/{{{}}}/{edge}", placeholder(node)),
                    Target::Root(root) => format!("/{root}"),
                };
                if !path_ok(&path) {
                    self.decide(
                        source,
                        format!("the path `{path}` is not one Graph's URLs can hold; left out"),
                    );
                    continue;
                }
                let base = names::call_name(node, api.method, &path);
                let mut name = base.clone();
                let mut k = 2;
                while names_taken.contains_key(&name) {
                    name = format!("{base}{k}");
                    k += 1;
                }
                if name != base {
                    let first = names_taken[&base].clone();
                    self.decide(
                        source.clone(),
                        format!("named `{name}`: `{base}` is the call of {first}"),
                    );
                }
                names_taken.insert(name.clone(), source);
                out.push(Planned {
                    node,
                    api,
                    path,
                    name,
                });
            }
        }
        out
    }

    /// Places every enum in a module and names it there.
    fn place_enums(
        &mut self,
        taken: &mut HashMap<String, BTreeSet<String>>,
    ) -> BTreeMap<String, Vec<spec::Enum>> {
        let snapshot = self.snapshot;
        let mut first_user: HashMap<&str, &str> = HashMap::new();
        for (name, node) in &snapshot.nodes {
            let types = node.fields.iter().map(|f| &f.ty).chain(
                node.apis
                    .iter()
                    .flat_map(|a| a.params.iter().map(|p| &p.ty)),
            );
            for ty in types {
                ty.walk(&mut |t| {
                    if let Type::Enum(e) = t {
                        first_user.entry(e.as_str()).or_insert(name.as_str());
                    }
                });
            }
        }
        let lower_nodes: Vec<String> = snapshot
            .nodes
            .keys()
            .map(|n| n.to_ascii_lowercase())
            .collect();
        // Field enums first, so that they keep the plain name; then by Meta's name.
        let mut order: Vec<&crate::model::Enum> = snapshot.enums.iter().collect();
        order.sort_by_key(|e| (e.name.scheme != EnumScheme::NodeField, e.meta_name.as_str()));
        let mut placed: BTreeMap<String, Vec<spec::Enum>> = BTreeMap::new();
        for e in order {
            let source = format!("{} `{}`", e.file, e.meta_name);
            let owner = e
                .node
                .as_deref()
                .filter(|n| self.modules.contains_key(n))
                .or_else(|| first_user.get(e.meta_name.as_str()).copied());
            let module = owner.map_or_else(|| SHARED.to_owned(), |n| self.modules[n].clone());
            let base = e.name.rust_name.clone();
            let mut candidates = vec![base.clone()];
            if let EnumScope::Call { prefix, .. } = &e.name.scope {
                let edge = lower_nodes
                    .iter()
                    .filter(|l| prefix.starts_with(l.as_str()) && prefix.len() > l.len())
                    .max_by_key(|l| l.len())
                    .map(|l| &prefix[l.len()..]);
                if let Some(edge) = edge {
                    candidates.push(format!("{}{base}", pascal_case(edge)));
                }
                candidates.push(format!("{}{base}", pascal_case(prefix)));
            }
            let t = taken.entry(module.clone()).or_default();
            let free = |c: &String| !t.contains(c) && names::is_type_name(c);
            let name = match candidates.iter().find(|c| free(c)) {
                Some(c) => c.clone(),
                None => (2..)
                    .map(|n| format!("{base}{n}"))
                    .find(|c| free(c))
                    .unwrap_or_default(),
            };
            t.insert(name.clone());
            if name != base {
                self.decide(
                    source.clone(),
                    format!("named `{module}::{name}`: `{base}` is taken in `{module}.json`"),
                );
            }
            let values = self.enum_values(e, &source);
            if values.is_empty() {
                self.decide(
                    source.clone(),
                    "has no value the spec can hold; references to it are typed `string`",
                );
                continue;
            }
            self.enums
                .insert(e.meta_name.as_str(), (module.clone(), name.clone()));
            let of = match &e.node {
                Some(n) => format!("`{}` of `{n}`", e.field_or_param),
                None => format!("`{}`", e.field_or_param),
            };
            placed.entry(module).or_default().push(spec::Enum {
                name,
                doc: String::new(),
                note: Some(format!(
                    "{}, {} `{}`: the values of {of}.",
                    snapshot.source, e.file, e.meta_name
                )),
                values,
            });
        }
        for enums in placed.values_mut() {
            enums.sort_by(|a, b| a.name.cmp(&b.name));
        }
        placed
    }

    /// An enum's values as the spec holds them: each once (ignoring case, as Graph compares
    /// them), each its own Rust variant.
    fn enum_values(&mut self, e: &crate::model::Enum, source: &str) -> Vec<spec::EnumValue> {
        let mut values = Vec::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut variants: HashMap<String, String> = HashMap::new();
        for v in &e.values {
            if v.chars().any(char::is_control) {
                self.decide(
                    source,
                    format!("the value {v:?} holds a control character; left out"),
                );
                continue;
            }
            if let Some(other) = seen.get(&v.to_ascii_lowercase()) {
                let what = if other == v {
                    format!("the value `{v}` is listed twice; kept once")
                } else {
                    format!("the value `{v}` repeats `{other}` but for case; kept as `{other}`")
                };
                self.decide(source, what);
                continue;
            }
            let variant = names::variant_name(v);
            if let Some(other) = variants.get(&variant) {
                self.decide(
                    source,
                    format!(
                        "the value `{v}` would be the Rust variant `{variant}`, as `{other}` is; left out"
                    ),
                );
                continue;
            }
            seen.insert(v.to_ascii_lowercase(), v.clone());
            variants.insert(variant, v.clone());
            values.push(spec::EnumValue {
                value: v.clone(),
                doc: String::new(),
            });
        }
        values
    }

    /// Whether a field or param name can be carried over: the grammar's characters, once.
    fn usable_name(&mut self, name: &str, seen: &mut BTreeSet<String>, source: &str) -> bool {
        if !names::is_wire_name(name) {
            self.decide(
                source,
                "the name is not letters, digits, `_` and `.`, as Graph's names are; left out",
            );
            return false;
        }
        if !seen.insert(name.to_owned()) {
            self.decide(source, "the name is listed twice; the first is kept");
            return false;
        }
        let rust = names::field_name(name);
        if names::is_unraw_keyword(&rust) {
            self.decide(
                source,
                format!("`{rust}` cannot be a Rust field name, even raw; left out"),
            );
            return false;
        }
        true
    }

    fn field(
        &mut self,
        name: &str,
        ty: String,
        required: bool,
        notes: Vec<String>,
        source: &str,
    ) -> spec::Field {
        let note = (!notes.is_empty()).then(|| notes.join(" "));
        if let Some(note) = &note {
            self.decide(source, note.clone());
        }
        spec::Field {
            name: name.to_owned(),
            ty: TypeExpr(ty),
            documented_type: None,
            required,
            default: None,
            doc: String::new(),
            note,
            supports_emoji: false,
            default_field: false,
            max_length: None,
            min_items: None,
            max_items: None,
            node: None,
        }
    }

    /// A spec type for a Meta type written in `module`, and notes saying what was lost.
    fn lower_type(&mut self, module: &str, ty: &Type, role: Role) -> (String, Vec<String>) {
        let mut notes = Vec::new();
        let text = self.type_text(module, ty, role, &mut notes);
        (text, notes)
    }

    fn type_text(&self, module: &str, ty: &Type, role: Role, notes: &mut Vec<String>) -> String {
        match ty {
            Type::Int => "integer".into(),
            Type::UnsignedInt => "unsigned_integer".into(),
            Type::Float => "float".into(),
            Type::Datetime => "datetime".into(),
            Type::Bool => "bool".into(),
            Type::String => "string".into(),
            Type::Object | Type::Map => "json".into(),
            Type::File if role == Role::Param => "file".into(),
            Type::File => {
                notes.push("Meta's spec says `file` for a response field; typed `json`.".into());
                "json".into()
            }
            Type::List => "list<json>".into(),
            Type::ListOf(inner) if **inner == Type::File => {
                notes.push(
                    "Meta's spec says `list<file>`; a file is one multipart part, so the list is typed `list<json>`."
                        .into(),
                );
                "list<json>".into()
            }
            Type::ListOf(inner) => {
                format!("list<{}>", self.type_text(module, inner, role, notes))
            }
            Type::MapOf(k, v) => {
                let key = match **k {
                    Type::String => "string",
                    Type::Int => "integer",
                    Type::UnsignedInt => "unsigned_integer",
                    Type::Datetime => "datetime",
                    _ => {
                        notes.push(format!(
                            "Meta's map key `{k}` is not text, a number or a time; the map is typed `json`."
                        ));
                        return "json".into();
                    }
                };
                if v.has_file() {
                    notes.push("Meta's spec puts a `file` in a map; typed `json`.".into());
                    return "json".into();
                }
                format!("map<{key}, {}>", self.type_text(module, v, role, notes))
            }
            Type::Node(n) => match self.modules.get(n.as_str()) {
                Some(m) => self.reference(module, m, n),
                None => "json".into(),
            },
            Type::Enum(e) => match self.enums.get(e.as_str()) {
                Some((m, name)) => self.reference(module, m, name),
                None => {
                    notes.push(format!(
                        "the enum `{e}` has no value the spec can hold; typed `string`."
                    ));
                    "string".into()
                }
            },
            Type::Unresolved(name) => {
                notes.push(format!(
                    "Meta's spec names `{name}`, which it does not define; typed `json`."
                ));
                "json".into()
            }
        }
    }

    fn call(&mut self, module: &str, c: &Planned<'_>) -> spec::Call {
        let api = c.api;
        let source = api_source(&self.snapshot.nodes[c.node], api);
        let returns = self.returns(module, api, &source);
        let mut params = Vec::new();
        let mut seen = BTreeSet::new();
        for (k, p) in api.params.iter().enumerate() {
            let psource = format!("{source} params[{k}] `{}`", p.name);
            if !self.usable_name(&p.name, &mut seen, &psource) {
                continue;
            }
            let (mut ty, mut notes) = self.lower_type(module, &p.ty, Role::Param);
            if !p.required_known {
                notes.push(format!(
                    "{} does not say whether it is required, and the version before has no such param on this call; taken as optional.",
                    self.snapshot.source
                ));
            }
            if p.is_file && !p.ty.has_file() {
                notes.push(format!(
                    "SDKCodegen.json marks it a file upload (`is_file_param`); Meta's type `{}` is kept",
                    p.type_text
                ));
            }
            if matches!(p.ty, Type::ListOf(ref inner) if **inner == Type::File) {
                ty = "list<json>".into();
            }
            params.push(self.field(&p.name, ty, p.required, notes, &psource));
        }
        spec::Call {
            name: c.name.clone(),
            method: api.method,
            path: c.path.clone(),
            reference: None,
            doc: String::new(),
            note: Some(format!("{}, {source}.", self.snapshot.source)),
            params,
            one_of: Vec::new(),
            returns: TypeExpr(returns),
            rules: Vec::new(),
            errors: Vec::new(),
            mock: None,
        }
    }

    fn returns(&mut self, module: &str, api: &Api, source: &str) -> String {
        let node = match &api.returns {
            Type::Node(n) => Some(n.as_str()),
            Type::ListOf(inner) => match inner.as_ref() {
                Type::Node(n) if api.paged() => Some(n.as_str()),
                _ => None,
            },
            _ => None,
        };
        let inner = match node.and_then(|n| Some((n, self.modules.get(n)?))) {
            Some((n, m)) => self.reference(module, m, n),
            None => {
                let (object, what) = if api.method == Method::Get {
                    ("Untyped", "a read")
                } else {
                    ("WriteResult", "a write")
                };
                self.shared_used.insert(object);
                if api.return_text != "Object" {
                    self.decide(
                        source,
                        format!(
                            "answers `{}`, not a node; typed `shared::{object}`, as {what} that Meta's spec does not type",
                            api.return_text
                        ),
                    );
                }
                self.reference(module, SHARED, object)
            }
        };
        if api.paged() {
            format!("paged<{inner}>")
        } else {
            inner
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names() {
        assert_eq!(module_name("AdAccount"), "ad_account");
        assert_eq!(module_name("IGUser"), "ig_user");
        assert_eq!(module_name("Page"), "page");
        assert_eq!(
            module_name("WhatsAppBusinessAccount"),
            "whats_app_business_account"
        );
        assert_eq!(module_name("AEMAttribution"), "aem_attribution");
        assert_eq!(module_name("Ad"), "ad");
        assert_eq!(module_name("360Video"), "n360_video");
        assert_eq!(placeholder("AdAccount"), "ad-account-id");
    }

    #[test]
    fn paths_the_grammar_holds() {
        assert!(path_ok("/{page-id}/feed"));
        assert!(path_ok("/{ad-account-id}/insights/{Dynamic}"));
        assert!(!path_ok("/{page-id}/a b"));
        assert!(!path_ok("/{page-id}//x"));
    }
}
