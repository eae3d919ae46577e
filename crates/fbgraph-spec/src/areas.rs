//! Areas: which part of the Graph API (Messenger, Pages, Ads, …) each node, call, object and
//! enum of a version belongs to, by a checked-in rule (`spec/areas.json`).
//!
//! The rule names each area's root nodes (and, for calls the roots alone do not place, the
//! calls). Every other item is placed by what reaches it:
//!
//! - a node is in the area whose roots reach it (through node fields, objects and the nodes
//!   calls answer) without passing another area's root; reached by several areas, it is in the
//!   shared module ([`SHARED`], named `common`); reached by none, in the rule's last area;
//! - a call is in the area the rule names for it; else, when it answers a node of an area other
//!   than its own node's, in that area (`GET /{page-id}/ads` is an Ads call); else in its node's;
//! - an object or enum is in the one area whose items use it, or shared when several do;
//! - the error catalogue and the webhook section are shared.
//!
//! A reference from one area to a node of another is a reference by id (its home is elsewhere),
//! so the areas depend on the shared module and nothing else: [`Partition::dependencies`] says
//! which areas an area needs, and a test holds that the graph has no cycle.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::Deserialize;

use crate::{Spec, Type, TypeExpr};

/// The name of the module that holds what several areas use.
pub const SHARED: &str = "common";

/// The checked-in rule (`spec/areas.json`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaRule {
    /// Why the rule is as it is.
    #[serde(default)]
    pub note: String,
    /// The areas in their fixed order: a node two areas' patterns match is the first's root.
    /// The last area also holds what no area reaches.
    pub areas: Vec<Area>,
}

/// One area of the rule.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// The area's name, a Rust module and cargo feature name (`messenger`).
    pub name: String,
    /// What the area is, for its module's documentation.
    pub doc: String,
    /// Root nodes: names, or patterns with one `*` (`IG*`).
    #[serde(default)]
    pub roots: Vec<String>,
    /// Calls placed here whatever they answer: names or patterns with one `*`.
    #[serde(default)]
    pub calls: Vec<String>,
}

/// A rule that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AreaRuleError {
    /// The file is not the rule's JSON.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// What serde said, with line and column.
        message: String,
    },
    /// The file could not be read.
    #[error("{path}: {message}")]
    Read {
        /// The file.
        path: String,
        /// The I/O error.
        message: String,
    },
    /// The rule itself is wrong (no areas, a name twice, a bad name or pattern).
    #[error("{0}")]
    Invalid(String),
}

impl AreaRule {
    /// Reads and checks the rule.
    pub fn from_json(path: &str, text: &str) -> Result<AreaRule, AreaRuleError> {
        let rule: AreaRule = serde_json::from_str(text).map_err(|e| AreaRuleError::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        rule.check()?;
        Ok(rule)
    }

    /// Reads and checks the rule file.
    pub fn load(path: &std::path::Path) -> Result<AreaRule, AreaRuleError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| AreaRuleError::Read {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        AreaRule::from_json(&shown, &text)
    }

    fn check(&self) -> Result<(), AreaRuleError> {
        if self.areas.is_empty() {
            return Err(AreaRuleError::Invalid("the rule names no area".into()));
        }
        let mut seen = BTreeSet::new();
        for area in &self.areas {
            let name = &area.name;
            let ok = !name.is_empty()
                && name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !ok || name == SHARED {
                return Err(AreaRuleError::Invalid(format!(
                    "area `{name}`: an area's name is a lowercase Rust identifier other than `{SHARED}`"
                )));
            }
            if !seen.insert(name.as_str()) {
                return Err(AreaRuleError::Invalid(format!(
                    "area `{name}` is named twice"
                )));
            }
            for pattern in area.roots.iter().chain(&area.calls) {
                if pattern.is_empty() || pattern.matches('*').count() > 1 {
                    return Err(AreaRuleError::Invalid(format!(
                        "area `{name}`: pattern `{pattern}` must be a name or have one `*`"
                    )));
                }
            }
        }
        Ok(())
    }

    /// The index of the area whose root patterns match node `name` first.
    fn root_area(&self, name: &str) -> Option<usize> {
        self.areas
            .iter()
            .position(|a| a.roots.iter().any(|p| matches(p, name)))
    }

    /// The index of the area whose call patterns match call `name` first.
    fn call_area(&self, name: &str) -> Option<usize> {
        self.areas
            .iter()
            .position(|a| a.calls.iter().any(|p| matches(p, name)))
    }

    /// Every pattern of the rule with the area it is in, for checking that each matches.
    pub fn patterns(&self) -> impl Iterator<Item = (&str, PatternKind, &str)> {
        self.areas.iter().flat_map(|a| {
            let roots = a
                .roots
                .iter()
                .map(move |p| (a.name.as_str(), PatternKind::Root, p.as_str()));
            let calls = a
                .calls
                .iter()
                .map(move |p| (a.name.as_str(), PatternKind::Call, p.as_str()));
            roots.chain(calls)
        })
    }
}

/// What a pattern of the rule matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternKind {
    /// Node names.
    Root,
    /// Call names.
    Call,
}

/// Whether `name` matches a pattern: the name itself, or with one `*` standing for any text.
pub fn matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            name.len() >= head.len() + tail.len() && name.starts_with(head) && name.ends_with(tail)
        }
    }
}

/// The kind of an item of a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    /// A node (one per file at most).
    Node,
    /// A call.
    Call,
    /// An object.
    Object,
    /// An enum.
    Enum,
    /// The error catalogue or the webhook section of a file.
    Section,
}

/// One item of a spec: its kind, its module (the file stem) and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemRef {
    /// What it is.
    pub kind: ItemKind,
    /// The module (file stem) that defines it.
    pub module: String,
    /// Its name (`errors` or `webhooks` for a section).
    pub name: String,
}

impl ItemRef {
    /// The item `name` of kind `kind` in `module`.
    pub fn new(kind: ItemKind, module: &str, name: &str) -> ItemRef {
        ItemRef {
            kind,
            module: module.to_owned(),
            name: name.to_owned(),
        }
    }
}

impl std::fmt::Display for ItemRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {}::{}", self.kind, self.module, self.name)
    }
}

/// Where every item of one version lives.
#[derive(Debug, Clone)]
pub struct Partition {
    /// The rule's areas in order, then [`SHARED`].
    pub areas: Vec<String>,
    /// Each item's home, an index into `areas`.
    pub homes: BTreeMap<ItemRef, usize>,
    /// Direct references between items: (from, to, by id). A reference is by id when it is a
    /// call's parameter naming a node (the parameter takes its id), or a node's or object's
    /// field naming a node whose home is another area (not shared).
    pub references: Vec<(ItemRef, ItemRef, bool)>,
    /// For each item of the shared module but the sections, the areas that need it (their
    /// items name it by type, directly or through other shared items): it is compiled when
    /// one of them is. A shared item no area needs is not listed; sections always are needed.
    pub needed_by: BTreeMap<ItemRef, BTreeSet<usize>>,
}

impl Partition {
    /// The index of the shared module in `areas`.
    pub fn shared(&self) -> usize {
        self.areas.len() - 1
    }

    /// The home of an item, if the spec has it.
    pub fn home(&self, item: &ItemRef) -> Option<&str> {
        self.homes.get(item).map(|&i| self.areas[i].as_str())
    }

    /// The area a node (by module) lives in.
    pub fn node_home(&self, module: &str, name: &str) -> Option<&str> {
        self.home(&ItemRef::new(ItemKind::Node, module, name))
    }

    /// The areas whose features compile a module of the shared module: `None` when it is
    /// always compiled (it holds the error catalogue or the webhook section, or an item that
    /// every area needs), else the areas any of whose items needs one of its items.
    pub fn module_gate(&self, module: &str) -> Option<BTreeSet<usize>> {
        let shared = self.shared();
        let mut gate = BTreeSet::new();
        for (item, _) in self
            .homes
            .iter()
            .filter(|(i, h)| **h == shared && i.module == module)
        {
            if item.kind == ItemKind::Section {
                return None;
            }
            gate.extend(self.needed_by.get(item).into_iter().flatten().copied());
        }
        if gate.len() >= shared {
            return None;
        }
        // Needed by no area's item (only reached through edges no area's call answers with):
        // compiled with the last area, as what no area reaches.
        if gate.is_empty() {
            gate.insert(shared - 1);
        }
        Some(gate)
    }

    /// The items of one area, in order.
    pub fn items_of(&self, area: &str) -> impl Iterator<Item = &ItemRef> {
        let index = self.areas.iter().position(|a| a == area);
        self.homes
            .iter()
            .filter(move |(_, h)| Some(**h) == index)
            .map(|(i, _)| i)
    }

    /// For each area, the other areas its items need by type (not by id): the module graph.
    pub fn dependencies(&self) -> BTreeMap<usize, BTreeSet<usize>> {
        let mut out: BTreeMap<usize, BTreeSet<usize>> = (0..self.areas.len())
            .map(|i| (i, BTreeSet::new()))
            .collect();
        for (from, to, by_id) in &self.references {
            if *by_id {
                continue;
            }
            let (Some(&a), Some(&b)) = (self.homes.get(from), self.homes.get(to)) else {
                continue;
            };
            if a != b {
                out.entry(a).or_default().insert(b);
            }
        }
        out
    }

    /// A cycle of the module graph, as area names, if it has one.
    pub fn cycle(&self) -> Option<Vec<String>> {
        let deps = self.dependencies();
        // 0 unvisited, 1 on the stack, 2 done.
        let mut state = vec![0u8; self.areas.len()];
        let mut stack: Vec<usize> = Vec::new();
        fn visit(
            n: usize,
            deps: &BTreeMap<usize, BTreeSet<usize>>,
            state: &mut [u8],
            stack: &mut Vec<usize>,
        ) -> Option<Vec<usize>> {
            state[n] = 1;
            stack.push(n);
            for &m in deps.get(&n).into_iter().flatten() {
                if state[m] == 1 {
                    let start = stack.iter().position(|&s| s == m).unwrap_or(0);
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(m);
                    return Some(cycle);
                }
                if state[m] == 0
                    && let Some(c) = visit(m, deps, state, stack)
                {
                    return Some(c);
                }
            }
            stack.pop();
            state[n] = 2;
            None
        }
        for n in 0..self.areas.len() {
            if state[n] == 0
                && let Some(c) = visit(n, &deps, &mut state, &mut stack)
            {
                return Some(c.into_iter().map(|i| self.areas[i].clone()).collect());
            }
        }
        None
    }
}

impl Partition {
    /// The items of `spec` whose home is one of `areas` (of the shared module, those in the
    /// modules the areas' features compile: [`Partition::module_gate`]), each file keeping what
    /// of it lives there (a node keeps all its fields, though a field may name a node left out: in the
    /// generated code that field is a `NodeRef`). What a generated area holds, as a spec.
    pub fn restrict(&self, spec: &Spec, areas: &[&str]) -> Spec {
        let wanted: BTreeSet<usize> = self
            .areas
            .iter()
            .enumerate()
            .filter(|(_, a)| areas.contains(&a.as_str()))
            .map(|(i, _)| i)
            .collect();
        // The shared module's modules compiled with the wanted areas' features.
        let shared = self.shared();
        let compiled = |module: &str| match self.module_gate(module) {
            None => true,
            Some(gate) => gate.iter().any(|a| wanted.contains(a)),
        };
        let here = |kind, module: &str, name: &str| {
            self.homes
                .get(&ItemRef::new(kind, module, name))
                .is_some_and(|h| wanted.contains(h) && (*h != shared || compiled(module)))
        };
        let mut files = Vec::new();
        for file in &spec.files {
            let m = file.module.as_str();
            let c = &file.content;
            let content = crate::SpecFile {
                schema: c.schema.clone(),
                node: c.node.clone().filter(|n| here(ItemKind::Node, m, &n.name)),
                calls: c
                    .calls
                    .iter()
                    .filter(|x| here(ItemKind::Call, m, &x.name))
                    .cloned()
                    .collect(),
                objects: c
                    .objects
                    .iter()
                    .filter(|x| here(ItemKind::Object, m, &x.name))
                    .cloned()
                    .collect(),
                enums: c
                    .enums
                    .iter()
                    .filter(|x| here(ItemKind::Enum, m, &x.name))
                    .cloned()
                    .collect(),
                errors: if here(ItemKind::Section, m, "errors") {
                    c.errors.clone()
                } else {
                    Vec::new()
                },
                webhooks: c
                    .webhooks
                    .clone()
                    .filter(|_| here(ItemKind::Section, m, "webhooks")),
            };
            let empty = content.node.is_none()
                && content.calls.is_empty()
                && content.objects.is_empty()
                && content.enums.is_empty()
                && content.errors.is_empty()
                && content.webhooks.is_none();
            if !empty {
                files.push(crate::LoadedFile {
                    name: file.name.clone(),
                    module: file.module.clone(),
                    content,
                });
            }
        }
        Spec {
            version: spec.version.clone(),
            files,
        }
    }
}

/// What a type expression names, resolved: (kind, module, name).
fn resolve(spec: &Spec, expr: &TypeExpr) -> Option<ItemRef> {
    let ty = expr.parse().ok()?;
    let name = ty.named()?;
    let (Some(module), bare) = Type::split_name(name) else {
        return None;
    };
    let file = spec.files.iter().find(|f| f.module == module)?;
    let (_, named) = file.defines(bare)?;
    let kind = match named {
        crate::Named::Node(_) => ItemKind::Node,
        crate::Named::Object(_) => ItemKind::Object,
        crate::Named::Enum(_) => ItemKind::Enum,
    };
    Some(ItemRef::new(kind, module, bare))
}

impl Spec {
    /// Places every item of this version by `rule` (see [the module](crate::areas)).
    pub fn partition(&self, rule: &AreaRule) -> Partition {
        let spec = self.qualified();
        let n_areas = rule.areas.len();
        let shared = n_areas;
        let last = n_areas - 1;
        let mut areas: Vec<String> = rule.areas.iter().map(|a| a.name.clone()).collect();
        areas.push(SHARED.to_owned());

        let item = ItemRef::new;
        // The direct references of each item, and of each object.
        let mut references: Vec<(ItemRef, ItemRef, bool)> = Vec::new();
        let mut direct: BTreeMap<ItemRef, Vec<ItemRef>> = BTreeMap::new();
        let mut by_id_params: BTreeSet<(ItemRef, ItemRef)> = BTreeSet::new();
        for file in &spec.files {
            let m = file.module.as_str();
            let c = &file.content;
            if let Some(node) = &c.node {
                let refs = node.fields.iter().filter_map(|f| resolve(&spec, &f.ty));
                direct.insert(item(ItemKind::Node, m, &node.name), refs.collect());
            }
            for call in &c.calls {
                let key = item(ItemKind::Call, m, &call.name);
                let params: Vec<ItemRef> = call
                    .params
                    .iter()
                    .filter_map(|p| resolve(&spec, &p.ty))
                    .collect();
                // A node as a parameter is the id of one.
                for node in params.iter().filter(|r| r.kind == ItemKind::Node) {
                    by_id_params.insert((key.clone(), node.clone()));
                }
                let refs = params.into_iter().chain(resolve(&spec, &call.returns));
                direct.insert(key, refs.collect());
            }
            for o in &c.objects {
                let refs = o
                    .fields
                    .iter()
                    .map(|f| &f.ty)
                    .chain(o.variants.iter().filter_map(|v| v.ty.as_ref()))
                    .filter_map(|t| resolve(&spec, t));
                direct.insert(item(ItemKind::Object, m, &o.name), refs.collect());
            }
            for e in &c.enums {
                direct.insert(item(ItemKind::Enum, m, &e.name), Vec::new());
            }
            let section = |name: &str| item(ItemKind::Section, m, name);
            if !c.errors.is_empty() {
                direct.insert(section("errors"), Vec::new());
            }
            if let Some(w) = &c.webhooks {
                let mut exprs: Vec<&TypeExpr> = vec![&w.object];
                exprs.extend(w.event_fields.iter().map(|f| &f.ty));
                for kind in &w.kinds {
                    exprs.extend(kind.ty.iter().chain(&kind.map_of));
                }
                exprs.extend(w.changes.iter().map(|c| &c.ty));
                let refs = exprs.into_iter().filter_map(|t| resolve(&spec, t));
                direct.insert(section("webhooks"), refs.collect());
            }
        }

        // The nodes a node leads to: through its fields and its calls' answers, across
        // objects (not through other nodes).
        let node_module: BTreeMap<&str, &str> = spec
            .nodes()
            .map(|(f, n)| (f.module.as_str(), n.name.as_str()))
            .collect();
        let leads_to = |start: &ItemRef| -> BTreeSet<ItemRef> {
            let mut out = BTreeSet::new();
            let mut seen = BTreeSet::new();
            let mut todo: Vec<ItemRef> = direct.get(start).cloned().unwrap_or_default();
            if start.kind == ItemKind::Node {
                for call in spec
                    .files
                    .iter()
                    .filter(|f| f.module == start.module)
                    .flat_map(|f| &f.content.calls)
                {
                    todo.extend(resolve(&spec, &call.returns));
                }
            }
            while let Some(r) = todo.pop() {
                if !seen.insert(r.clone()) {
                    continue;
                }
                match r.kind {
                    ItemKind::Node => {
                        out.insert(r);
                    }
                    ItemKind::Object => todo.extend(direct.get(&r).cloned().unwrap_or_default()),
                    _ => {}
                }
            }
            out
        };
        let nodes: Vec<ItemRef> = node_module
            .iter()
            .map(|(m, n)| item(ItemKind::Node, m, n))
            .collect();
        let graph: BTreeMap<ItemRef, BTreeSet<ItemRef>> =
            nodes.iter().map(|n| (n.clone(), leads_to(n))).collect();

        let root_of: BTreeMap<&ItemRef, usize> = nodes
            .iter()
            .filter_map(|n| rule.root_area(&n.name).map(|a| (n, a)))
            .collect();
        let mut reached: BTreeMap<ItemRef, Vec<(usize, usize)>> = BTreeMap::new();
        for area in 0..n_areas {
            let mut depth: BTreeMap<&ItemRef, usize> = BTreeMap::new();
            let mut queue: VecDeque<&ItemRef> = VecDeque::new();
            for (n, _) in root_of.iter().filter(|(_, a)| **a == area) {
                depth.insert(n, 0);
                queue.push_back(n);
            }
            while let Some(n) = queue.pop_front() {
                let d = depth[n];
                for m in graph.get(n).into_iter().flatten() {
                    if root_of.contains_key(m) || depth.contains_key(m) {
                        continue;
                    }
                    depth.insert(m, d + 1);
                    queue.push_back(m);
                }
            }
            for (n, d) in depth {
                if d > 0 {
                    reached.entry(n.clone()).or_default().push((area, d));
                }
            }
        }
        let mut homes: BTreeMap<ItemRef, usize> = BTreeMap::new();
        for n in &nodes {
            let home = match (root_of.get(n), reached.get(n).map(Vec::as_slice)) {
                (Some(&a), _) => a,
                (None, Some([(a, _)])) => *a,
                (None, Some([_, _, ..])) => shared,
                _ => last,
            };
            homes.insert(n.clone(), home);
        }

        // Calls: named by the rule, else where the node they answer lives when that is
        // another area, else with their node.
        for file in &spec.files {
            let own = file
                .content
                .node
                .as_ref()
                .and_then(|n| homes.get(&item(ItemKind::Node, &file.module, &n.name)))
                .copied()
                .unwrap_or(shared);
            for call in &file.content.calls {
                let answers = resolve(&spec, &call.returns)
                    .filter(|r| r.kind == ItemKind::Node)
                    .and_then(|r| homes.get(&r).copied());
                let home = match (rule.call_area(&call.name), answers) {
                    (Some(a), _) => a,
                    (None, Some(b)) if b != own && b != shared => b,
                    _ => own,
                };
                homes.insert(item(ItemKind::Call, &file.module, &call.name), home);
            }
        }
        // Sections are shared.
        for key in direct.keys().filter(|k| k.kind == ItemKind::Section) {
            homes.insert(key.clone(), shared);
        }

        // Objects and enums: with the one area that uses them, else shared.
        let mut users: BTreeMap<ItemRef, BTreeSet<usize>> = BTreeMap::new();
        let placed: Vec<(ItemRef, usize)> = homes.iter().map(|(k, v)| (k.clone(), *v)).collect();
        for (start, area) in placed {
            let mut todo: Vec<ItemRef> = direct.get(&start).cloned().unwrap_or_default();
            let mut seen = BTreeSet::new();
            while let Some(r) = todo.pop() {
                if !matches!(r.kind, ItemKind::Object | ItemKind::Enum) || !seen.insert(r.clone()) {
                    continue;
                }
                users.entry(r.clone()).or_default().insert(area);
                todo.extend(direct.get(&r).cloned().unwrap_or_default());
            }
        }
        for key in direct
            .keys()
            .filter(|k| matches!(k.kind, ItemKind::Object | ItemKind::Enum))
        {
            let home = match users
                .get(key)
                .map(|u| u.iter().copied().collect::<Vec<_>>())
            {
                Some(u) if u.len() == 1 => u[0],
                Some(u) if u.len() > 1 => shared,
                // Used by nothing: with the node of its file, else in the last area.
                _ => node_module
                    .get(key.module.as_str())
                    .and_then(|n| homes.get(&item(ItemKind::Node, &key.module, n)))
                    .copied()
                    .unwrap_or(last),
            };
            homes.insert(key.clone(), home);
        }

        // References, and which are by id.
        for (from, tos) in &direct {
            for to in tos {
                let (Some(&a), Some(&b)) = (homes.get(from), homes.get(to)) else {
                    continue;
                };
                let across = to.kind == ItemKind::Node
                    && matches!(from.kind, ItemKind::Node | ItemKind::Object)
                    && a != b
                    && b != shared;
                let by_id = across || by_id_params.contains(&(from.clone(), to.clone()));
                references.push((from.clone(), to.clone(), by_id));
            }
        }
        // Which areas need each item of the shared module: those whose items reach it by type,
        // directly or through other shared items (never through a reference by id).
        let mut needed_by: BTreeMap<ItemRef, BTreeSet<usize>> = BTreeMap::new();
        let by_type: BTreeMap<&ItemRef, Vec<&ItemRef>> = {
            let mut m: BTreeMap<&ItemRef, Vec<&ItemRef>> = BTreeMap::new();
            for (from, to, by_id) in &references {
                if !by_id {
                    m.entry(from).or_default().push(to);
                }
            }
            m
        };
        for (start, &area) in homes.iter().filter(|(_, h)| **h != shared) {
            let mut todo: Vec<&ItemRef> = by_type.get(start).cloned().unwrap_or_default();
            let mut seen: BTreeSet<&ItemRef> = BTreeSet::new();
            while let Some(r) = todo.pop() {
                if homes.get(r) != Some(&shared) || !seen.insert(r) {
                    continue;
                }
                needed_by.entry(r.clone()).or_default().insert(area);
                todo.extend(by_type.get(r).into_iter().flatten().copied());
            }
        }
        // A shared call goes with its node.
        for (item, &home) in &homes {
            if item.kind != ItemKind::Call || home != shared {
                continue;
            }
            let areas = node_module
                .get(item.module.as_str())
                .and_then(|n| needed_by.get(&ItemRef::new(ItemKind::Node, &item.module, n)))
                .cloned()
                .unwrap_or_default();
            needed_by.insert(item.clone(), areas);
        }
        Partition {
            areas,
            homes,
            references,
            needed_by,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_names_and_one_star() {
        assert!(matches("Page", "Page"));
        assert!(!matches("Page", "PagePost"));
        assert!(matches("IG*", "IGUser"));
        assert!(matches("*Thread", "UnifiedThread"));
        assert!(matches(
            "Create*ThreadControl",
            "CreatePagePassThreadControl"
        ));
        assert!(!matches("IG*User", "IGUs"));
    }

    #[test]
    fn a_bad_rule_is_refused_with_what_is_wrong() {
        let bad = |json: &str| {
            AreaRule::from_json("areas.json", json)
                .expect_err(json)
                .to_string()
        };
        assert!(bad(r#"{"areas": []}"#).contains("no area"));
        assert!(bad(r#"{"areas": [{"name": "common", "doc": ""}]}"#).contains("`common`"));
        assert!(
            bad(r#"{"areas": [{"name": "a", "doc": ""}, {"name": "a", "doc": ""}]}"#)
                .contains("twice")
        );
        assert!(
            bad(r#"{"areas": [{"name": "a", "doc": "", "roots": ["*A*"]}]}"#).contains("one `*`")
        );
        assert!(bad(r#"{"areas": [{"name": "a", "doc": "", "colour": 1}]}"#).contains("colour"));
    }

    fn spec() -> Spec {
        let file = |node: &str, fields: &str, calls: &str| {
            format!(r#"{{"node": {{"name": "{node}", "fields": [{fields}]}}, "calls": [{calls}]}}"#)
        };
        let field = |name: &str, ty: &str| format!(r#"{{"name": "{name}", "type": "{ty}"}}"#);
        let get = |name: &str, path: &str, ty: &str| {
            format!(r#"{{"name": "{name}", "method": "GET", "path": "{path}", "returns": "{ty}"}}"#)
        };
        Spec::from_sources(
            "v1.0",
            vec![
                (
                    "page.json".into(),
                    file(
                        "Page",
                        &field("ad_account", "AdAccount"),
                        &[
                            get("GetPageVideos", "/{page-id}/videos", "paged<Video>"),
                            get("GetPageAds", "/{page-id}/ads", "paged<Ad>"),
                            get("Conversations", "/{page-id}/conversations", "paged<Thread>"),
                        ]
                        .join(", "),
                    ),
                ),
                (
                    "ad_account.json".into(),
                    file(
                        "AdAccount",
                        &field("page", "Page"),
                        &get("GetAdAccountAds", "/{id}/ads", "paged<Ad>"),
                    ),
                ),
                ("ad.json".into(), file("Ad", &field("video", "Video"), "")),
                (
                    "video.json".into(),
                    file("Video", &field("from", "Page"), ""),
                ),
                (
                    "thread.json".into(),
                    file("Thread", &field("message", "Message"), ""),
                ),
                (
                    "message.json".into(),
                    file("Message", &field("id", "id"), ""),
                ),
                ("lonely.json".into(), file("Lonely", &field("id", "id"), "")),
            ],
        )
        .unwrap_or_else(|d| panic!("{d}"))
    }

    #[test]
    fn nodes_calls_and_references_are_placed_by_reach() {
        let rule = AreaRule::from_json(
            "areas.json",
            r#"{"areas": [
                {"name": "messenger", "doc": "", "roots": ["Thread"]},
                {"name": "pages", "doc": "", "roots": ["Page"]},
                {"name": "ads", "doc": "", "roots": ["Ad*"]},
                {"name": "other", "doc": ""}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let p = spec().partition(&rule);
        let node = |m: &str, n: &str| p.node_home(m, n).map(str::to_owned);
        let call = |m: &str, n: &str| {
            p.home(&ItemRef::new(ItemKind::Call, m, n))
                .map(str::to_owned)
        };
        assert_eq!(node("thread", "Thread").as_deref(), Some("messenger"));
        assert_eq!(node("message", "Message").as_deref(), Some("messenger"));
        assert_eq!(node("ad", "Ad").as_deref(), Some("ads"));
        // Reached from pages (an edge) and from ads (a field): shared.
        assert_eq!(node("video", "Video").as_deref(), Some("common"));
        assert_eq!(node("lonely", "Lonely").as_deref(), Some("other"));
        // An edge to another area's node is that area's call; an edge to shared is its node's.
        assert_eq!(call("page", "GetPageAds").as_deref(), Some("ads"));
        assert_eq!(call("page", "Conversations").as_deref(), Some("messenger"));
        assert_eq!(call("page", "GetPageVideos").as_deref(), Some("pages"));
        // Page → AdAccount and AdAccount → Page are by id: no cycle.
        assert_eq!(p.cycle(), None);
        let deps = p.dependencies();
        let ads = p
            .areas
            .iter()
            .position(|a| a == "ads")
            .unwrap_or(usize::MAX);
        let pages = p
            .areas
            .iter()
            .position(|a| a == "pages")
            .unwrap_or(usize::MAX);
        assert!(!deps[&pages].contains(&ads), "{deps:?}");
        assert!(deps[&pages].contains(&p.shared()), "{deps:?}");
    }
}
