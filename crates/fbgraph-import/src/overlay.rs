//! Overlays: the depth no Meta source has (docs, nested objects, one_of rules, per-call error
//! codes, defaults, webhooks, the mock's behaviours), applied on an import.
//!
//! An overlay file (`spec/overlays/page.json`) has the layout of the spec file it applies to
//! (`page.json` of every version) and says only what it adds or corrects. Its items are found
//! in the import by key: calls by `method` and `path`; params, fields, objects and enums by
//! `name`; enum values by `value`; error codes by `code`. Three keys are the overlay's own:
//!
//! - `versions`: on the file or any item, the versions it applies to: `>=v23.0`, `<v23.0`,
//!   `v25.0`, or several of these joined by `,` (all must hold). Outside them the item is not
//!   applied.
//! - `source`: where an item that the import lacks comes from (a reference page, a changelog).
//!   An item, or a whole file, that the import lacks and that names no source (on itself or on
//!   what holds it) is a diagnostic: it is most likely a typo or a fact Meta removed.
//! - `corrects`: `{key: the import's value}` for each value the overlay replaces (a call's
//!   `name`, a param's `type`, `required`, a call's `returns`). A value that differs from the
//!   import's without it is a diagnostic, and so is a `corrects` that no longer matches what
//!   the import says (Meta changed it: look again). Where Meta's versions name it differently
//!   (it renames enums), the value is a list of those names. Refinements need no mark: a
//!   `string` typed as an `id` or `url`, or `json` typed as anything; and values the import
//!   has none of (docs, notes, defaults, error codes) are additions; a note is added to the
//!   import's.
//!
//! Merged lists hold the overlay's items first, in its order, then the import's others in
//! theirs, so that a hand-written order (and the code generated from it) is kept. Every
//! problem is a [`Diagnostic`] with the overlay's file, JSON path and line:col.

use std::collections::HashMap;
use std::path::Path;

use fbgraph_spec::{Diagnostic, Diagnostics, Positions, SpecFile, Type};
use serde_json::{Map, Value};

/// The keys of an overlay item that are the overlay's own, not the spec's.
const META_KEYS: [&str; 3] = ["versions", "source", "corrects"];

/// One overlay file.
#[derive(Debug)]
pub struct Overlay {
    /// Its name, which is the name of the spec file it applies to (`page.json`).
    pub name: String,
    value: Value,
    positions: Positions,
}

impl Overlay {
    /// Parses an overlay file's text.
    pub fn parse(name: &str, text: &str) -> Result<Overlay, Diagnostic> {
        let value: Value = serde_json::from_str(text).map_err(|e| Diagnostic {
            file: format!("overlays/{name}"),
            path: String::new(),
            line: Some(e.line()),
            column: Some(e.column()),
            message: format!("not JSON: {e}"),
        })?;
        if !value.is_object() {
            return Err(Diagnostic {
                file: format!("overlays/{name}"),
                path: String::new(),
                line: Some(1),
                column: Some(1),
                message: "an overlay is a JSON object, laid out as the spec file it applies to"
                    .to_owned(),
            });
        }
        Ok(Overlay {
            name: name.to_owned(),
            value,
            positions: Positions::of(text),
        })
    }

    /// Every `*.json` file of `dir`, sorted by name.
    pub fn load_dir(dir: &Path) -> Result<Vec<Overlay>, Diagnostics> {
        let fail = |message: String| {
            Diagnostics(vec![Diagnostic {
                file: dir.display().to_string(),
                path: String::new(),
                line: None,
                column: None,
                message,
            }])
        };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| fail(format!("cannot read the overlays: {e}")))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("json"))
            .collect();
        paths.sort();
        let mut out = Vec::new();
        let mut problems = Vec::new();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match std::fs::read_to_string(&path) {
                Ok(text) => match Overlay::parse(&name, &text) {
                    Ok(o) => out.push(o),
                    Err(d) => problems.push(d),
                },
                Err(e) => problems.push(Diagnostic {
                    file: format!("overlays/{name}"),
                    path: String::new(),
                    line: None,
                    column: None,
                    message: format!("cannot read: {e}"),
                }),
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(Diagnostics(problems))
        }
    }
}

/// Whether `version` (`v23.0`) is in `range` (`>=v23.0`, `<v23.0`, `v25.0`, joined by `,`).
pub fn in_range(range: &str, version: &str) -> Result<bool, String> {
    let key = |v: &str| -> Option<(u32, u32)> {
        let (a, b) = v.trim().strip_prefix('v')?.split_once('.')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    };
    let bad = || format!("`{range}` is not a version range like `>=v23.0`, `<v23.0` or `v25.0`");
    let have = key(version).ok_or_else(bad)?;
    let mut all = true;
    for part in range.split(',') {
        let part = part.trim();
        let (op, v) = [">=", "<=", ">", "<", "="]
            .iter()
            .find_map(|op| part.strip_prefix(op).map(|v| (*op, v)))
            .unwrap_or(("=", part));
        let want = key(v).ok_or_else(bad)?;
        all &= match op {
            ">=" => have >= want,
            "<=" => have <= want,
            ">" => have > want,
            "<" => have < want,
            _ => have == want,
        };
    }
    Ok(all)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Root,
    Node,
    Call,
    Object,
    Enum,
    Leaf,
}

#[derive(Clone, Copy)]
enum Key {
    Name,
    MethodPath,
    Value,
    Code,
    /// A rule, by both its sides.
    Rule,
}

impl Kind {
    /// The keyed lists of this kind of item: (key, how its items are identified, their kind).
    fn lists(self) -> &'static [(&'static str, Key, Kind)] {
        match self {
            Kind::Root => &[
                ("calls", Key::MethodPath, Kind::Call),
                ("objects", Key::Name, Kind::Object),
                ("enums", Key::Name, Kind::Enum),
                ("errors", Key::Code, Kind::Leaf),
            ],
            Kind::Node => &[("fields", Key::Name, Kind::Leaf)],
            Kind::Object => &[
                ("fields", Key::Name, Kind::Leaf),
                ("variants", Key::Value, Kind::Leaf),
            ],
            Kind::Call => &[
                ("params", Key::Name, Kind::Leaf),
                ("rules", Key::Rule, Kind::Leaf),
            ],
            Kind::Enum => &[("values", Key::Value, Kind::Leaf)],
            Kind::Leaf => &[],
        }
    }
}

fn identity(item: &Value, key: Key) -> Option<String> {
    let s = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_owned);
    match key {
        Key::Name => s("name"),
        Key::Value => s("value"),
        Key::MethodPath => Some(format!("{} {}", s("method")?, s("path")?)),
        Key::Rule => Some(format!("{} => {}", s("when")?, s("then")?)),
        Key::Code => item
            .get("code")
            .and_then(Value::as_i64)
            .map(|c| c.to_string()),
    }
}

struct Cx<'a> {
    version: &'a str,
    overlay: &'a Overlay,
    out: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn report(&mut self, pointer: &str, message: impl Into<String>) {
        let pos = self.overlay.positions.find(pointer);
        self.out.push(Diagnostic {
            file: format!("overlays/{}", self.overlay.name),
            path: pointer.trim_start_matches('/').replace('/', "."),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            message: message.into(),
        });
    }

    /// Whether an item applies to this version (a bad range is reported, and applies).
    fn applies(&mut self, item: &Value, pointer: &str) -> bool {
        match item.get("versions") {
            None => true,
            Some(Value::String(range)) => match in_range(range, self.version) {
                Ok(yes) => yes,
                Err(e) => {
                    self.report(&format!("{pointer}/versions"), e);
                    true
                }
            },
            Some(_) => {
                self.report(&format!("{pointer}/versions"), "`versions` is a string");
                true
            }
        }
    }

    /// `item` without the overlay's own keys, and without the list items of other versions.
    fn strip(&mut self, item: &Value, pointer: &str) -> Value {
        match item {
            Value::Object(map) => {
                if let Some(s) = map.get("source")
                    && s.as_str().is_none_or(|s| s.trim().is_empty())
                {
                    self.report(
                        &format!("{pointer}/source"),
                        "`source` names where the item comes from: a non-empty string",
                    );
                }
                let mut out = Map::new();
                for (k, v) in map {
                    if META_KEYS.contains(&k.as_str()) {
                        continue;
                    }
                    out.insert(k.clone(), self.strip(v, &format!("{pointer}/{k}")));
                }
                Value::Object(out)
            }
            Value::Array(items) => {
                let mut out = Vec::new();
                for (i, v) in items.iter().enumerate() {
                    let at = format!("{pointer}/{i}");
                    if !v.is_object() || self.applies(v, &at) {
                        out.push(self.strip(v, &at));
                    }
                }
                Value::Array(out)
            }
            other => other.clone(),
        }
    }

    fn merge_item(
        &mut self,
        base: &mut Map<String, Value>,
        ov: &Map<String, Value>,
        pointer: &str,
        kind: Kind,
        covered: bool,
    ) {
        let covered = covered || ov.contains_key("source");
        let corrects = match ov.get("corrects") {
            None => Map::new(),
            Some(Value::Object(c)) => c.clone(),
            Some(_) => {
                self.report(
                    &format!("{pointer}/corrects"),
                    "`corrects` is an object: {key: the import's value}",
                );
                Map::new()
            }
        };
        for (k, expected) in &corrects {
            let now = base.get(k).cloned().unwrap_or_else(|| absent(k));
            if !corrected(expected, &now) {
                self.report(
                    &format!("{pointer}/corrects/{k}"),
                    format!(
                        "the import says {now} here, not {expected}: Meta's spec changed; check the correction and update `corrects`"
                    ),
                );
            }
        }
        for (k, v) in ov {
            if META_KEYS.contains(&k.as_str()) {
                continue;
            }
            let at = format!("{pointer}/{k}");
            if let Some(&(_, key, item_kind)) = kind.lists().iter().find(|(l, _, _)| l == k) {
                let Some(items) = v.as_array() else {
                    self.report(&at, format!("`{k}` is a list"));
                    continue;
                };
                let base_items = match base.remove(k) {
                    Some(Value::Array(a)) => a,
                    _ => Vec::new(),
                };
                let merged = self.merge_list(base_items, items, &at, key, item_kind, covered);
                base.insert(k.clone(), Value::Array(merged));
                continue;
            }
            if kind == Kind::Root && k == "node" {
                match (base.get_mut("node"), v) {
                    (Some(Value::Object(b)), Value::Object(o)) => {
                        if b.get("name") != o.get("name") {
                            self.report(
                                &format!("{at}/name"),
                                format!(
                                    "the import's node here is {}",
                                    b.get("name").cloned().unwrap_or(Value::Null)
                                ),
                            );
                        }
                        self.merge_item(b, o, &at, Kind::Node, covered);
                    }
                    _ if covered || v.get("source").is_some() => {
                        let stripped = self.strip(v, &at);
                        base.insert(k.clone(), stripped);
                    }
                    _ => self.report(
                        &at,
                        "the import has no node here: mark the node with `source`",
                    ),
                }
                continue;
            }
            let now = base.get(k).cloned();
            let now_or_absent = now.clone().unwrap_or_else(|| absent(k));
            if &now_or_absent == v {
                continue;
            }
            // Notes say where facts come from: the import's and the overlay's both hold.
            if k == "note"
                && let (Some(Value::String(b)), Value::String(o)) = (&now, v)
                && !b.is_empty()
            {
                base.insert(k.clone(), Value::String(format!("{b} {o}")));
                continue;
            }
            let addition = match &now {
                None => k != "required",
                Some(n) => is_empty(n),
            };
            let refinement = matches!(k.as_str(), "type" | "returns")
                && now
                    .as_ref()
                    .and_then(Value::as_str)
                    .zip(v.as_str())
                    .is_some_and(|(b, o)| refines(b, o));
            if addition
                || refinement
                || corrects
                    .get(k)
                    .is_some_and(|c| corrected(c, &now_or_absent))
            {
                let stripped = self.strip(v, &at);
                base.insert(k.clone(), stripped);
            } else {
                self.report(
                    &at,
                    format!(
                        "the import says {now_or_absent} here: an overlay that replaces it says so, with `\"corrects\": {{\"{k}\": {now_or_absent}}}`"
                    ),
                );
            }
        }
    }

    fn merge_list(
        &mut self,
        base: Vec<Value>,
        ov: &[Value],
        pointer: &str,
        key: Key,
        kind: Kind,
        covered: bool,
    ) -> Vec<Value> {
        let mut base: Vec<(Option<String>, Option<Value>)> = base
            .into_iter()
            .map(|b| (identity(&b, key), Some(b)))
            .collect();
        let mut out = Vec::new();
        for (i, item) in ov.iter().enumerate() {
            let at = format!("{pointer}/{i}");
            let Some(map) = item.as_object() else {
                self.report(&at, "an item is an object");
                continue;
            };
            if !self.applies(item, &at) {
                continue;
            }
            let Some(id) = identity(item, key) else {
                let what = match key {
                    Key::Name => "`name`",
                    Key::Value => "`value`",
                    Key::MethodPath => "`method` and `path`",
                    Key::Rule => "`when` and `then`",
                    Key::Code => "`code`",
                };
                self.report(
                    &at,
                    format!("an item names its {what}, by which the import's is found"),
                );
                continue;
            };
            let found = base
                .iter_mut()
                .find(|(bid, b)| b.is_some() && bid.as_deref() == Some(id.as_str()))
                .and_then(|(_, b)| b.take());
            match found {
                Some(Value::Object(mut b)) => {
                    self.merge_item(&mut b, map, &at, kind, covered);
                    out.push(Value::Object(b));
                }
                _ if covered || map.contains_key("source") => out.push(self.strip(item, &at)),
                _ => self.report(
                    &at,
                    format!(
                        "the import has no `{id}` here (for {}): mark an addition with `source`, or check the name",
                        self.version
                    ),
                ),
            }
        }
        out.extend(base.into_iter().filter_map(|(_, b)| b));
        out
    }
}

/// The value a spec key has when a file leaves it out.
fn absent(key: &str) -> Value {
    match key {
        "required" | "supports_emoji" | "default_field" => Value::Bool(false),
        _ => Value::Null,
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Whether the overlay's type `o` only narrows the import's `b`: `json` to anything, `string`
/// to a kind of string, inside the same `list<…>`, `paged<…>` or map. Both are read with the
/// spec's type grammar; text that does not parse narrows nothing.
/// Whether `corrects` names the import's value `now`: that value, or a list of the values
/// Meta's versions have had (it renames a type between versions: `["MessengerProfilePlatform",
/// "Platform"]`).
fn corrected(expected: &Value, now: &Value) -> bool {
    match expected {
        Value::Array(names) => names.contains(now),
        one => one == now,
    }
}

fn refines(b: &str, o: &str) -> bool {
    match (Type::parse(b), Type::parse(o)) {
        (Ok(b), Ok(o)) => narrows(&b, &o),
        _ => b == o,
    }
}

fn narrows(b: &Type, o: &Type) -> bool {
    use fbgraph_spec::Scalar;
    match (b, o) {
        _ if b == o => true,
        (Type::Scalar(Scalar::Json), _) => true,
        (Type::Scalar(Scalar::String), Type::Scalar(s)) => matches!(
            s,
            Scalar::Id
                | Scalar::Url
                | Scalar::Utf8String
                | Scalar::NumericString
                | Scalar::CurrencyCode
                | Scalar::NumericStringOrInteger
        ),
        (Type::List(b), Type::List(o)) | (Type::Paged(b), Type::Paged(o)) => narrows(b, o),
        (Type::Map(bk, bv), Type::Map(ok, ov)) => bk == ok && narrows(bv, ov),
        _ => false,
    }
}

/// Applies `overlays` to the files of an import of `version`; returns the merged files,
/// sorted by name, or every problem found.
pub fn apply(
    version: &str,
    base: Vec<(String, SpecFile)>,
    overlays: &[Overlay],
) -> Result<Vec<(String, SpecFile)>, Diagnostics> {
    // Which module defines each name in the import, to keep its bare references pointing
    // there when an overlay defines the same name elsewhere.
    let mut import_definers: HashMap<String, Vec<String>> = HashMap::new();
    for (name, content) in &base {
        let module = name.trim_end_matches(".json").to_owned();
        for n in content.defined_names() {
            import_definers
                .entry(n.to_owned())
                .or_default()
                .push(module.clone());
        }
    }
    let mut files: std::collections::BTreeMap<String, Value> = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    for (name, content) in base {
        match serde_json::to_value(&content) {
            Ok(v) => {
                files.insert(name, v);
            }
            Err(e) => problems.push(Diagnostic {
                file: name,
                path: String::new(),
                line: None,
                column: None,
                message: format!("cannot serialise the import: {e}"),
            }),
        }
    }
    for overlay in overlays {
        let mut cx = Cx {
            version,
            overlay,
            out: Vec::new(),
        };
        if !cx.applies(&overlay.value, "") {
            continue;
        }
        let Some(ov) = overlay.value.as_object() else {
            continue;
        };
        match files.get_mut(&overlay.name) {
            Some(Value::Object(base)) => cx.merge_item(base, ov, "", Kind::Root, false),
            _ if ov.contains_key("source") => {
                let mut stripped = cx.strip(&overlay.value, "");
                if let Value::Object(m) = &mut stripped {
                    m.insert(
                        "$schema".to_owned(),
                        Value::String("../spec.schema.json".to_owned()),
                    );
                }
                files.insert(overlay.name.clone(), stripped);
            }
            _ => cx.report(
                "",
                format!(
                    "the import of {version} has no `{}`: mark a file that adds to it with `source`",
                    overlay.name
                ),
            ),
        }
        problems.extend(cx.out);
    }
    let mut out = Vec::new();
    for (name, value) in files {
        match serde_json::from_value::<SpecFile>(value) {
            Ok(file) => out.push((name, file)),
            Err(e) => problems.push(Diagnostic {
                file: format!("overlays/{name}"),
                path: String::new(),
                line: None,
                column: None,
                message: format!("merged with the import of {version}, it is not a spec file: {e}"),
            }),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    requalify(&mut out, &import_definers);
    Ok(out)
}

/// Writes with its module each bare reference that the import wrote (it named the one
/// module defining it) and that the overlays made ambiguous by defining the name too.
fn requalify(files: &mut [(String, SpecFile)], import_definers: &HashMap<String, Vec<String>>) {
    let mut definers: HashMap<String, usize> = HashMap::new();
    for (_, content) in files.iter() {
        for n in content.defined_names() {
            *definers.entry(n.to_owned()).or_default() += 1;
        }
    }
    for (_, content) in files.iter_mut() {
        let own: std::collections::HashSet<String> = content
            .defined_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        for expr in content.type_exprs_mut() {
            let Ok(ty) = expr.parse() else { continue };
            let Some(name) = ty.named().map(str::to_owned) else {
                continue;
            };
            if name.contains("::") || own.contains(&name) || definers.get(&name).copied() <= Some(1)
            {
                continue;
            }
            if let Some([module]) = import_definers.get(&name).map(Vec::as_slice) {
                expr.0 = ty.map_named(&mut |n| format!("{module}::{n}")).to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Vec<(String, SpecFile)> {
        let page: SpecFile = serde_json::from_value(serde_json::json!({
            "node": {"name": "Page", "fields": [{"name": "about", "type": "string"}]},
            "calls": [{
                "name": "CreatePageMessages", "method": "POST", "path": "/{page-id}/messages",
                "params": [
                    {"name": "recipient", "type": "json", "required": true},
                    {"name": "tag", "type": "string"},
                    {"name": "thread_control", "type": "json"}
                ],
                "returns": "Page"
            }]
        }))
        .expect("a spec file");
        vec![("page.json".to_owned(), page)]
    }

    fn merged(overlay: &str, version: &str) -> Result<SpecFile, Diagnostics> {
        let o = Overlay::parse("page.json", overlay).expect("parses");
        apply(version, base(), &[o]).map(|mut files| files.remove(0).1)
    }

    #[test]
    fn an_overlay_deepens_what_the_import_has_and_keeps_the_rest() {
        let file = merged(
            r#"{
  "calls": [{
    "method": "POST", "path": "/{page-id}/messages", "name": "SendMessage",
    "corrects": {"name": "CreatePageMessages", "returns": "Page"},
    "doc": "Sends a message.", "returns": "SendResult",
    "params": [
      {"name": "recipient", "type": "Recipient", "doc": "Who."},
      {"name": "reply_to", "type": "json", "versions": ">=v23.0", "source": "graph-docs page-messages"}
    ]
  }],
  "objects": [{"name": "SendResult", "kind": "output", "source": "graph-docs page-messages",
               "fields": [{"name": "message_id", "type": "id"}]}]
}"#,
            "v26.0",
        )
        .unwrap_or_else(|d| panic!("{d}"));
        let call = &file.calls[0];
        assert_eq!(call.name, "SendMessage");
        assert_eq!(call.returns.0, "SendResult");
        let names: Vec<&str> = call.params.iter().map(|p| p.name.as_str()).collect();
        // The overlay's first, in its order; the import's others after.
        assert_eq!(names, ["recipient", "reply_to", "tag", "thread_control"]);
        assert_eq!(call.params[0].ty.0, "Recipient");
        assert!(call.params[0].required, "the import's `required` is kept");
        assert_eq!(file.objects[0].name, "SendResult");
        assert_eq!(file.node.as_ref().map(|n| n.fields.len()), Some(1));

        // Out of its range, an item is not applied.
        let old = merged(
            r#"{"calls": [{"method": "POST", "path": "/{page-id}/messages",
                "params": [{"name": "reply_to", "type": "json", "versions": ">=v23.0"}]}]}"#,
            "v19.0",
        )
        .unwrap_or_else(|d| panic!("{d}"));
        assert!(old.calls[0].params.iter().all(|p| p.name != "reply_to"));
    }

    #[test]
    fn what_the_import_lacks_or_contradicts_is_a_diagnostic_with_its_position() {
        let d = merged(
            r#"{
  "calls": [{
    "method": "POST", "path": "/{page-id}/messages", "returns": "SendResult",
    "params": [
      {"name": "recipent", "type": "id"},
      {"name": "tag", "type": "MessageTag"},
      {"name": "thread_control", "type": "json", "corrects": {"type": "string"}}
    ]
  }]
}"#,
            "v26.0",
        )
        .expect_err("problems");
        let text = d.to_string();
        assert!(
            text.contains("overlays/page.json:3:65: calls.0.returns: the import says \"Page\""),
            "{text}"
        );
        assert!(
            text.contains("overlays/page.json:5:7: calls.0.params.0: the import has no `recipent`"),
            "{text}"
        );
        assert!(
            text.contains("calls.0.params.1.type: the import says \"string\""),
            "{text}"
        );
        assert!(
            text.contains(
                "calls.0.params.2.corrects.type: the import says \"json\" here, not \"string\""
            ),
            "{text}"
        );
    }

    #[test]
    fn a_file_the_import_lacks_needs_a_source() {
        let o = Overlay::parse(
            "message.json",
            r#"{"node": {"name": "Message", "fields": []}}"#,
        )
        .expect("parses");
        let d = apply("v26.0", base(), &[o]).expect_err("no source");
        assert!(d.to_string().contains("has no `message.json`"), "{d}");
        let o = Overlay::parse(
            "message.json",
            r#"{"source": "graph-docs message", "node": {"name": "Message", "fields": []}}"#,
        )
        .expect("parses");
        let files = apply("v26.0", base(), &[o]).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(files.len(), 2);
    }

    #[test]
    fn version_ranges() {
        assert_eq!(in_range(">=v23.0", "v26.0"), Ok(true));
        assert_eq!(in_range(">=v23.0", "v22.0"), Ok(false));
        assert_eq!(in_range("<v23.0", "v19.0"), Ok(true));
        assert_eq!(in_range("v25.0", "v25.0"), Ok(true));
        assert_eq!(in_range(">=v20.0,<v25.0", "v25.0"), Ok(false));
        assert!(in_range("soon", "v25.0").is_err());
    }
}
