//! Reads the `adobjects/*.py` of Meta's Python SDK (`facebook-business` on PyPI) into a
//! [`Snapshot`], without running them: the files are generated from the same spec as
//! `api_specs`, in a rigid layout, so a line reader takes what the import needs.
//!
//! ```text
//! class Page(                                  a node: bases name AbstractObject (a shape)
//!     AbstractCrudObject,                      or AbstractCrudObject (a node with an id)
//! ):
//!     class Field(AbstractObject.Field):       its fields, `attr = 'wire name'`
//!         about = 'about'
//!     class MessagingType:                     an enum, `attr = 'value'`
//!         message_tag = 'MESSAGE_TAG'
//!     def get_conversations(self, …):          a call: param_types, enums (param type →
//!         param_types = {                      `Class.Enum`), and FacebookRequest's method,
//!             'platform': 'platform_enum',     endpoint, target_class and api_type
//!         }
//!         enums = {
//!             'platform_enum': UnifiedThread.Platform.__dict__.values(),
//!         }
//!         request = FacebookRequest(node_id=self['id'], method='GET', endpoint='/conversations',
//!             target_class=UnifiedThread, api_type='EDGE', …)
//!     _field_types = {                         the fields' types; an enum field names its
//!         'about': 'string',                   class's enum (`'status': 'Status'`)
//!     }
//! ```
//!
//! The package has no `required`: every param reads as optional and not known
//! ([`Param::required_known`]); [`Snapshot::carry_required`] takes it from the version before.
//! Enums are named `Class.Enum` (Meta's own enum names are not in the package). Problems are
//! diagnostics, never panics; a file that is not the layout above is skipped and reported.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::model::{Api, Enum, Field, Method, Node, Param, Snapshot, Target};
use crate::naming::{EnumName, EnumScheme, EnumScope};
use crate::read::ReadError;
use crate::types::{RefKind, Type};

/// A class as the file gives it, before names are resolved.
#[derive(Debug, Default)]
struct RawClass {
    name: String,
    file: String,
    fields: Vec<String>,
    field_types: Vec<(String, String)>,
    enums: Vec<(String, Vec<String>)>,
    calls: Vec<RawCall>,
}

#[derive(Debug, Default)]
struct RawCall {
    def: String,
    params: Vec<(String, String)>,
    /// Param type name (`platform_enum`) → `Class.Enum`.
    enums: Vec<(String, String)>,
    /// Param type name → values, for an enum the call lists itself (`'x_enum': ['a', …]`).
    inline_enums: Vec<(String, Vec<String>)>,
    method: Option<String>,
    endpoint: Option<String>,
    target_class: Option<String>,
    api_type: Option<String>,
}

/// The text of a Python string literal at the start of `s` (`'a\'b'` → `a'b`), and the rest.
fn string_literal(s: &str) -> Option<(String, &str)> {
    let quote = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let mut out = String::new();
    let mut chars = s[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            c if c == quote => return Some((out, &s[1 + i + 1..])),
            c => out.push(c),
        }
    }
    None
}

/// `name = 'value'` → (name, value).
fn assignment(line: &str) -> Option<(&str, String)> {
    let (name, rest) = line.trim().split_once(" = ")?;
    let (value, rest) = string_literal(rest.trim())?;
    rest.trim().is_empty().then_some((name, value))
}

/// `'key': 'value',` → (key, value); `'key': Class.Enum.__dict__.values(),` → (key, Class.Enum).
fn dict_entry(line: &str) -> Option<(String, String)> {
    let (key, rest) = string_literal(line.trim())?;
    let rest = rest.trim_start().strip_prefix(':')?.trim();
    let rest = rest.strip_suffix(',').unwrap_or(rest).trim();
    if let Some((value, tail)) = string_literal(rest) {
        return tail.trim().is_empty().then_some((key, value));
    }
    let class_enum = rest.strip_suffix(".__dict__.values()")?;
    Some((key, class_enum.to_owned()))
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The value of `key='…'` or `key=Name` on a line of FacebookRequest's arguments.
fn argument(line: &str, key: &str) -> Option<String> {
    let rest = line.trim().strip_prefix(key)?.strip_prefix('=')?;
    if let Some((value, _)) = string_literal(rest) {
        return Some(value);
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_owned())
}

/// What every generated adobject says of itself (the SDK's hand-written base classes do not).
const GENERATED: &str = "This class is auto-generated.";

/// Reads the class of one file; `None` if it holds no generated node class.
fn read_file(file: &str, text: &str) -> Option<RawClass> {
    if !text.contains(GENERATED) {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let mut class: Option<RawClass> = None;
    while i < lines.len() {
        let line = lines[i];
        if class.is_none() {
            if let Some(rest) = line.strip_prefix("class ") {
                let name = rest
                    .split(['(', ':'])
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_owned();
                // The bases, up to `):`.
                let mut bases = String::from(rest);
                while !bases.contains("):") && i + 1 < lines.len() {
                    i += 1;
                    bases.push_str(lines[i]);
                }
                let generated =
                    bases.contains("AbstractObject") || bases.contains("AbstractCrudObject");
                if generated && !name.is_empty() {
                    class = Some(RawClass {
                        name,
                        file: file.to_owned(),
                        ..RawClass::default()
                    });
                }
            }
            i += 1;
            continue;
        }
        let c = class.as_mut()?;
        if indent(line) == 0 && !line.trim().is_empty() {
            break;
        }
        let trimmed = line.trim();
        if indent(line) == 4 && trimmed.starts_with("class ") {
            let header = &trimmed["class ".len()..];
            let name = header
                .split(['(', ':'])
                .next()
                .unwrap_or("")
                .trim()
                .to_owned();
            let is_field = header.starts_with("Field(");
            let mut values = Vec::new();
            i += 1;
            while i < lines.len() && (lines[i].trim().is_empty() || indent(lines[i]) > 4) {
                if let Some((_, v)) = assignment(lines[i]) {
                    values.push(v);
                }
                i += 1;
            }
            if is_field {
                c.fields = values;
            } else {
                c.enums.push((name, values));
            }
            continue;
        }
        if indent(line) == 4 && trimmed.starts_with("_field_types = {") {
            i += 1;
            while i < lines.len() && lines[i].trim() != "}" {
                if let Some(entry) = dict_entry(lines[i]) {
                    c.field_types.push(entry);
                }
                i += 1;
            }
            continue;
        }
        if indent(line) == 4 && trimmed.starts_with("def ") {
            let def = trimmed["def ".len()..]
                .split('(')
                .next()
                .unwrap_or("")
                .to_owned();
            let mut call = RawCall {
                def,
                ..RawCall::default()
            };
            let mut requests = false;
            i += 1;
            while i < lines.len() && (lines[i].trim().is_empty() || indent(lines[i]) > 4) {
                let t = lines[i].trim();
                if t == "param_types = {" || t == "enums = {" {
                    let params = t.starts_with("param_types");
                    i += 1;
                    while i < lines.len() && lines[i].trim() != "}" {
                        // An enum listed inline: `'x_enum': [`, its values, `],`.
                        if !params
                            && let Some((key, rest)) = string_literal(lines[i].trim())
                            && rest.trim() == ": ["
                        {
                            let mut values = Vec::new();
                            i += 1;
                            while i < lines.len() && !lines[i].trim().starts_with(']') {
                                if let Some((v, _)) = string_literal(lines[i].trim()) {
                                    values.push(v);
                                }
                                i += 1;
                            }
                            call.inline_enums.push((key, values));
                            i += 1;
                            continue;
                        }
                        if let Some(entry) = dict_entry(lines[i]) {
                            if params {
                                call.params.push(entry);
                            } else {
                                call.enums.push(entry);
                            }
                        }
                        i += 1;
                    }
                } else if t.starts_with("request = FacebookRequest(") {
                    requests = true;
                } else if requests {
                    for (key, slot) in [
                        ("method", &mut call.method),
                        ("endpoint", &mut call.endpoint),
                        ("target_class", &mut call.target_class),
                        ("api_type", &mut call.api_type),
                    ] {
                        if slot.is_none()
                            && let Some(v) = argument(t, key)
                        {
                            *slot = Some(v);
                        }
                    }
                }
                i += 1;
            }
            if requests {
                c.calls.push(call);
            }
            continue;
        }
        i += 1;
    }
    class
}

impl Snapshot {
    /// Reads `dir` (a copy of `facebook_business/`: `apiconfig.py` and `adobjects/*.py`).
    /// `source` is how notes cite it (`facebook-business 26.0.3`).
    pub fn read_python(dir: &Path, source: &str) -> Result<Snapshot, ReadError> {
        let not = |e: std::io::Error| ReadError::NotASnapshot {
            dir: dir.to_owned(),
            reason: e.to_string(),
        };
        let config = std::fs::read_to_string(dir.join("apiconfig.py")).map_err(not)?;
        let version = config
            .lines()
            .find_map(|l| {
                let (k, rest) = string_literal(l.trim())?;
                let rest = rest.trim_start().strip_prefix(':')?.trim();
                (k == "API_VERSION").then(|| string_literal(rest).map(|(v, _)| v))?
            })
            .ok_or_else(|| ReadError::NotASnapshot {
                dir: dir.to_owned(),
                reason: "apiconfig.py names no API_VERSION".to_owned(),
            })?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("adobjects"))
            .map_err(not)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("py"))
            .collect();
        files.sort();
        let mut diagnostics = Vec::new();
        let mut classes = Vec::new();
        for path in files {
            let rel = format!(
                "adobjects/{}",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            );
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    diagnostics.push(Diagnostic {
                        file: PathBuf::from(&rel),
                        path: String::new(),
                        kind: DiagnosticKind::Io(e.to_string()),
                    });
                    continue;
                }
            };
            if let Some(class) = read_file(&rel, &text) {
                classes.push(class);
            }
        }
        Ok(build(version, source, classes, diagnostics))
    }

    /// Takes `required` from `earlier` (the version before, which has it) for every param of
    /// a call on the same node, method and path where the param has the same name and type
    /// there (types compared by shape: an enum is an enum, whatever each source names it);
    /// the rest stay unknown. Returns how many params got it.
    pub fn carry_required(&mut self, earlier: &Snapshot) -> usize {
        let mut known: HashMap<(String, Method, String, String), (String, bool)> = HashMap::new();
        for (name, node) in &earlier.nodes {
            for api in &node.apis {
                for p in &api.params {
                    known.insert(
                        (name.clone(), api.method, api.path(), p.name.clone()),
                        (shape(&p.ty), p.required),
                    );
                }
            }
        }
        let mut carried = 0;
        for (name, node) in &mut self.nodes {
            for api in &mut node.apis {
                let path = api.path();
                for p in &mut api.params {
                    let key = (name.clone(), api.method, path.clone(), p.name.clone());
                    if let Some((ty, required)) = known.get(&key)
                        && *ty == shape(&p.ty)
                    {
                        p.required = *required;
                        p.required_known = true;
                        carried += 1;
                    }
                }
            }
        }
        carried
    }
}

fn build(
    version: String,
    source: &str,
    classes: Vec<RawClass>,
    mut diagnostics: Vec<Diagnostic>,
) -> Snapshot {
    let node_names: std::collections::HashSet<String> =
        classes.iter().map(|c| c.name.clone()).collect();
    let mut enum_names: std::collections::HashSet<String> = classes
        .iter()
        .flat_map(|c| c.enums.iter().map(move |(e, _)| format!("{}.{e}", c.name)))
        .collect();
    for c in &classes {
        for call in &c.calls {
            for (key, _) in &call.inline_enums {
                enum_names.insert(inline_enum_name(&c.name, &call.def, key));
            }
        }
    }
    let mut enums = Vec::new();
    let mut nodes = BTreeMap::new();
    for class in &classes {
        for (e, values) in &class.enums {
            enums.push(Enum {
                meta_name: format!("{}.{e}", class.name),
                file: class.file.clone(),
                node: Some(class.name.clone()),
                field_or_param: crate::lower::module_name(e),
                values: values.clone(),
                name: EnumName {
                    scheme: EnumScheme::NodeField,
                    scope: EnumScope::Node(class.name.clone()),
                    rust_name: e.clone(),
                },
            });
        }
        for call in &class.calls {
            for (key, values) in &call.inline_enums {
                let param = key.strip_suffix("_enum").unwrap_or(key);
                enums.push(Enum {
                    meta_name: inline_enum_name(&class.name, &call.def, key),
                    file: class.file.clone(),
                    node: Some(class.name.clone()),
                    field_or_param: param.to_owned(),
                    values: values.clone(),
                    name: EnumName {
                        scheme: EnumScheme::Param,
                        scope: EnumScope::Call {
                            node: Some(class.name.clone()),
                            prefix: call.def.clone(),
                        },
                        rust_name: crate::naming::pascal_case(param),
                    },
                });
            }
        }
        let mut sink_path = |path: String, kind: DiagnosticKind| {
            diagnostics.push(Diagnostic {
                file: PathBuf::from(&class.file),
                path,
                kind,
            })
        };
        // A field's type: its class's own enum, else a node, else unresolved.
        let own_enums: std::collections::HashSet<&str> =
            class.enums.iter().map(|(e, _)| e.as_str()).collect();
        let field_resolve = |n: &str| {
            if own_enums.contains(n) {
                Some(RefKind::Enum)
            } else if node_names.contains(n) {
                Some(RefKind::Node)
            } else if enum_names.contains(n) {
                Some(RefKind::Enum)
            } else {
                None
            }
        };
        let types: HashMap<&str, &str> = class
            .field_types
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let mut fields = Vec::new();
        for name in &class.fields {
            let text = types.get(name.as_str()).copied().unwrap_or("Object");
            let path = format!("_field_types['{name}']");
            let ty = match Type::parse(text, &field_resolve) {
                Ok(ty) => qualify_enums(ty, &class.name, &own_enums),
                Err(e) => {
                    sink_path(path.clone(), DiagnosticKind::Type(e));
                    Type::Object
                }
            };
            fields.push(Field {
                name: name.clone(),
                type_text: text.to_owned(),
                ty,
                visible: true,
                sdk_flags: BTreeMap::new(),
                source: path,
            });
        }
        let mut apis = Vec::new();
        for call in &class.calls {
            let (Some(method), Some(endpoint)) = (&call.method, &call.endpoint) else {
                sink_path(
                    call.def.clone(),
                    DiagnosticKind::Shape {
                        expected: "a FacebookRequest with method and endpoint".to_owned(),
                    },
                );
                continue;
            };
            let method = match method.as_str() {
                "GET" => Method::Get,
                "POST" => Method::Post,
                "DELETE" => Method::Delete,
                "PUT" => Method::Put,
                "HEAD" => Method::Head,
                other => {
                    sink_path(
                        call.def.clone(),
                        DiagnosticKind::Shape {
                            expected: format!("an HTTP method, not `{other}`"),
                        },
                    );
                    continue;
                }
            };
            let edge = endpoint.trim_matches('/');
            let target = if edge.is_empty() {
                Target::Node
            } else {
                Target::Edge(edge.to_owned())
            };
            let inline: Vec<(String, String)> = call
                .inline_enums
                .iter()
                .map(|(k, _)| (k.clone(), inline_enum_name(&class.name, &call.def, k)))
                .collect();
            let enum_of: HashMap<&str, &str> = call
                .enums
                .iter()
                .chain(inline.iter())
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let param_resolve = |n: &str| {
                if let Some(e) = enum_of.get(n) {
                    enum_names.contains(*e).then_some(RefKind::Enum)
                } else if node_names.contains(n) {
                    Some(RefKind::Node)
                } else {
                    None
                }
            };
            let mut params = Vec::new();
            for (name, text) in &call.params {
                let path = format!("{}.param_types['{name}']", call.def);
                let ty = match Type::parse(text, &param_resolve) {
                    Ok(ty) => rename_enums(ty, &enum_of),
                    Err(e) => {
                        sink_path(path.clone(), DiagnosticKind::Type(e));
                        Type::Object
                    }
                };
                params.push(Param {
                    name: name.clone(),
                    required: false,
                    required_known: false,
                    type_text: text.clone(),
                    is_file: ty.has_file(),
                    ty,
                    source: path,
                });
            }
            let return_text = match call.target_class.as_deref() {
                Some(t) if node_names.contains(t) => t.to_owned(),
                Some(other) => other.to_owned(),
                None => "Object".to_owned(),
            };
            let returns = if node_names.contains(&return_text) {
                Type::Node(return_text.clone())
            } else {
                Type::Object
            };
            apis.push(Api {
                method,
                target,
                sdk_name: Some(call.def.clone()),
                return_text,
                returns,
                params,
                sdk_flags: BTreeMap::new(),
                source: call.def.clone(),
            });
        }
        nodes.insert(
            class.name.clone(),
            Node {
                name: class.name.clone(),
                file: class.file.clone(),
                fields,
                apis,
                sdk_flags: BTreeMap::new(),
            },
        );
    }
    let mut snapshot = Snapshot {
        source: source.to_owned(),
        version,
        nodes,
        enums,
        overrides: Vec::new(),
        sdk_flags: BTreeMap::new(),
        read_endpoints: BTreeMap::new(),
        diagnostics,
    };
    snapshot.report_unresolved();
    snapshot
}

/// A type with its enums' names left out (`list<enum>`), to compare types of two sources that
/// name enums differently.
fn shape(ty: &Type) -> String {
    match ty {
        Type::Enum(_) => "enum".to_owned(),
        Type::ListOf(inner) => format!("list<{}>", shape(inner)),
        Type::MapOf(k, v) => format!("map<{}, {}>", shape(k), shape(v)),
        Type::Unresolved(_) => "Object".to_owned(),
        other => other.to_string(),
    }
}

/// The name of an enum a call lists inline: `Ad.api_get.date_preset_enum`.
fn inline_enum_name(class: &str, def: &str, key: &str) -> String {
    format!("{class}.{def}.{key}")
}

/// A field type's enum names, written as the class's own (`Status` → `AdSet.Status`).
fn qualify_enums(ty: Type, class: &str, own: &std::collections::HashSet<&str>) -> Type {
    match ty {
        Type::Enum(e) if own.contains(e.as_str()) => Type::Enum(format!("{class}.{e}")),
        Type::ListOf(inner) => Type::ListOf(Box::new(qualify_enums(*inner, class, own))),
        Type::MapOf(k, v) => Type::MapOf(
            Box::new(qualify_enums(*k, class, own)),
            Box::new(qualify_enums(*v, class, own)),
        ),
        other => other,
    }
}

/// A param type's enum names (`platform_enum`) as the enum classes they stand for.
fn rename_enums(ty: Type, enum_of: &HashMap<&str, &str>) -> Type {
    match ty {
        Type::Enum(e) => Type::Enum(enum_of.get(e.as_str()).map_or(e, |c| (*c).to_owned())),
        Type::ListOf(inner) => Type::ListOf(Box::new(rename_enums(*inner, enum_of))),
        Type::MapOf(k, v) => Type::MapOf(
            Box::new(rename_enums(*k, enum_of)),
            Box::new(rename_enums(*v, enum_of)),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"
from facebook_business.adobjects.abstractcrudobject import AbstractCrudObject

"""
This class is auto-generated.
"""

class Page(
    AbstractCrudObject,
):

    class Field(AbstractObject.Field):
        about = 'about'
        category = 'category'
        or = 'or'

    class MessagingType:
        message_tag = 'MESSAGE_TAG'
        response = 'RESPONSE'
        odd = 'it\'s'

    def get_conversations(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        param_types = {
            'platform': 'platform_enum',
            'tags': 'list<string>',
            'updated_after_ms': 'unsigned int',
            'order': 'list<order_enum>',
        }
        enums = {
            'platform_enum': Page.MessagingType.__dict__.values(),
            'order_enum': [
                'chronological',
                'reverse_chronological',
            ],
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='GET',
            endpoint='/conversations',
            api=self._api,
            target_class=Page,
            api_type='EDGE',
            response_parser=ObjectParser(target_class=Page, api=self._api),
        )

    _field_types = {
        'about': 'string',
        'category': 'MessagingType',
        'or': 'list<Page>',
    }
"#;

    #[test]
    fn a_generated_class_reads_as_a_node_with_fields_enums_and_calls() {
        let class = read_file("adobjects/page.py", PAGE).expect("a class");
        assert_eq!(class.name, "Page");
        assert_eq!(class.fields, ["about", "category", "or"]);
        assert_eq!(
            class.enums,
            [(
                "MessagingType".to_owned(),
                vec![
                    "MESSAGE_TAG".to_owned(),
                    "RESPONSE".to_owned(),
                    "it's".to_owned()
                ]
            )]
        );
        let snapshot = build(
            "v26.0".into(),
            "facebook-business 26.0.3",
            vec![class],
            Vec::new(),
        );
        assert!(
            snapshot.diagnostics.is_empty(),
            "{:?}",
            snapshot.diagnostics
        );
        let page = &snapshot.nodes["Page"];
        assert_eq!(page.fields[1].ty, Type::Enum("Page.MessagingType".into()));
        assert_eq!(
            page.fields[2].ty,
            Type::ListOf(Box::new(Type::Node("Page".into())))
        );
        let api = &page.apis[0];
        assert_eq!(api.method, Method::Get);
        assert_eq!(api.target, Target::Edge("conversations".into()));
        assert!(api.paged());
        assert_eq!(api.returns, Type::Node("Page".into()));
        assert_eq!(api.params[0].ty, Type::Enum("Page.MessagingType".into()));
        assert_eq!(api.params[2].ty, Type::UnsignedInt);
        assert!(api.params.iter().all(|p| !p.required_known));
        let order = Type::Enum("Page.get_conversations.order_enum".into());
        assert_eq!(api.params[3].ty, Type::ListOf(Box::new(order)));
        let inline = &snapshot.enums[1];
        assert_eq!(inline.values, ["chronological", "reverse_chronological"]);
        assert_eq!(inline.name.rust_name, "Order");
    }

    #[test]
    fn a_file_without_a_generated_class_is_skipped() {
        assert!(read_file("adobjects/x.py", "class Helper(object):\n    pass\n").is_none());
        let base = "class AbstractCrudObject(AbstractObject):\n    pass\n";
        assert!(read_file("adobjects/abstractcrudobject.py", base).is_none());
        assert!(read_file("adobjects/x.py", "").is_none());
    }

    #[test]
    fn string_literals() {
        assert_eq!(
            string_literal("'a\\'b' rest"),
            Some(("a'b".to_owned(), " rest"))
        );
        assert_eq!(string_literal("\"x\""), Some(("x".to_owned(), "")));
        assert_eq!(string_literal("'unterminated"), None);
        assert_eq!(string_literal("none"), None);
    }
}
