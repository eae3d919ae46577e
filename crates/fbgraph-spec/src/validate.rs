//! The checks a spec must pass beyond its JSON shape. Every problem is collected.

use std::collections::{HashMap, HashSet};

use crate::diag::Diagnostic;
use crate::model::{Field, Method, Named, Object, ObjectKind, OneOf, Rule, Spec, Webhooks};
use crate::names;
use crate::position::Positions;
use crate::types::{Scalar, Type};

/// A JSON path kept two ways: as a pointer to find its line:col, and as readable text
/// in which array elements are named by their `name` (`calls.SendMessage.params.recipient`).
#[derive(Clone, Default)]
struct JPath {
    pointer: String,
    display: String,
}

impl JPath {
    fn key(&self, key: &str) -> JPath {
        JPath {
            pointer: format!("{}/{key}", self.pointer),
            display: if self.display.is_empty() {
                key.to_owned()
            } else {
                format!("{}.{key}", self.display)
            },
        }
    }

    fn index(&self, index: usize, name: &str) -> JPath {
        JPath {
            pointer: format!("{}/{index}", self.pointer),
            display: format!("{}.{name}", self.display),
        }
    }
}

struct Checker<'a> {
    spec: &'a Spec,
    file: &'a str,
    /// The file's module: bare type names are resolved from it.
    module: &'a str,
    positions: Option<&'a Positions>,
    out: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    /// What a type name written in this file refers to ([`Spec::resolve`]).
    fn resolve(&self, name: &str) -> Option<(&'a str, Named<'a>)> {
        self.spec.resolve(self.module, name)
    }

    /// Why `name` does not resolve: unknown, or defined by several other files.
    fn unresolved(&self, name: &str) -> String {
        let (_, bare) = Type::split_name(name);
        let defining = self.spec.modules_defining(bare);
        if name.contains("::") || defining.len() < 2 {
            format!("unknown type `{name}`: no node, object or enum has that name")
        } else {
            format!(
                "`{name}` is defined in several files ({}): write it with its module, such as `{}::{name}`",
                defining.join(", "),
                defining[0]
            )
        }
    }

    fn report(&mut self, at: &JPath, message: impl Into<String>) {
        let pos = self.positions.and_then(|p| p.find(&at.pointer));
        self.out.push(Diagnostic {
            file: self.file.to_owned(),
            path: at.display.clone(),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            message: message.into(),
        });
    }
}

pub(crate) fn validate(spec: &Spec, positions: &[Positions]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !is_version(&spec.version) {
        out.push(Diagnostic {
            // The version is the directory's name; an empty one still needs a name to show.
            file: if spec.version.is_empty() {
                "(the version directory, named \"\")".to_owned()
            } else {
                spec.version.clone()
            },
            path: String::new(),
            line: None,
            column: None,
            message: format!(
                "`{}` is not a Graph version: expected a directory named like `v19.0`",
                spec.version
            ),
        });
    }

    // Names that must be unique across the whole spec: calls (request types are named by
    // their node and path, so a second is a mistake), error codes. Type names are scoped by
    // file: two files may each define a `Status` (each is generated into its own module, and
    // a reference from elsewhere names the module, `ad::Status`).
    let mut call_names: HashMap<&str, &str> = HashMap::new();
    let mut error_codes: HashMap<i64, &str> = HashMap::new();
    let mut error_names: HashMap<&str, &str> = HashMap::new();
    let mut webhooks_in: Option<&str> = None;

    for (i, file) in spec.files.iter().enumerate() {
        let mut type_names: HashMap<&str, &str> = HashMap::new();
        let mut c = Checker {
            spec,
            file: &file.name,
            module: &file.module,
            positions: positions.get(i),
            out: Vec::new(),
        };
        let root = JPath::default();
        if !is_snake(&file.module) {
            c.report(
                &root,
                format!(
                    "the file name `{}` must be snake_case, because it names a Rust module",
                    file.name
                ),
            );
        } else if names::is_keyword(&file.module) {
            c.report(
                &root,
                format!(
                    "the file name `{}` names the module `{}`, a Rust keyword: rename the file",
                    file.name, file.module
                ),
            );
        }
        let content = &file.content;

        if let Some(node) = &content.node {
            let at = root.key("node");
            declare(&mut c, &at.key("name"), &node.name, &type_names);
            type_names.entry(&node.name).or_insert(&file.name);
            check_fields(&mut c, &at.key("fields"), &node.fields, FieldRole::Output);
        }
        for (j, object) in content.objects.iter().enumerate() {
            let at = root.key("objects").index(j, &object.name);
            declare(&mut c, &at.key("name"), &object.name, &type_names);
            type_names.entry(&object.name).or_insert(&file.name);
            let role = match object.kind {
                ObjectKind::Input => FieldRole::Input,
                ObjectKind::Output => FieldRole::Output,
            };
            check_fields(&mut c, &at.key("fields"), &object.fields, role);
            if object.kind == ObjectKind::Output && !object.one_of.is_empty() {
                c.report(
                    &at.key("one_of"),
                    "only input objects can have one_of groups",
                );
            }
            check_one_of(&mut c, &at.key("one_of"), &object.one_of, &object.fields);
            check_union(&mut c, &at, object);
        }
        for (j, e) in content.enums.iter().enumerate() {
            let at = root.key("enums").index(j, &e.name);
            declare(&mut c, &at.key("name"), &e.name, &type_names);
            type_names.entry(&e.name).or_insert(&file.name);
            if e.values.is_empty() {
                c.report(&at.key("values"), "an enum needs at least one value");
            }
            let mut seen: HashMap<String, &str> = HashMap::new();
            let mut variants: HashMap<String, &str> = HashMap::new();
            for (k, v) in e.values.iter().enumerate() {
                let vat = at.key("values").index(k, &v.value);
                // Meta's values are free text (`in stock`, `American (New)`, `''`); only what
                // cannot be written in a request is refused.
                if v.value.chars().any(char::is_control) {
                    c.report(
                        &vat.key("value"),
                        format!("enum value {:?} holds a control character", v.value),
                    );
                    continue;
                }
                // Graph and the mock accept enum values in either case, so values must
                // differ by more than case; they also name Rust variants.
                if let Some(other) = seen.insert(v.value.to_ascii_lowercase(), &v.value) {
                    c.report(
                        &vat.key("value"),
                        format!(
                            "enum value `{}` repeats `{other}` (values are compared ignoring case)",
                            v.value
                        ),
                    );
                } else if let Some(other) = variants.insert(names::variant_name(&v.value), &v.value)
                {
                    c.report(
                        &vat.key("value"),
                        format!(
                            "enum value `{}` and `{other}` would name the same Rust variant `{}`",
                            v.value,
                            names::variant_name(&v.value)
                        ),
                    );
                }
            }
        }
        for (j, call) in content.calls.iter().enumerate() {
            let at = root.key("calls").index(j, &call.name);
            declare(&mut c, &at.key("name"), &call.name, &call_names);
            call_names.entry(&call.name).or_insert(&file.name);
            if content.node.is_none() {
                c.report(&at, "calls belong to a node: this file has no `node`");
            }
            check_path(&mut c, &at.key("path"), &call.path);
            check_fields(&mut c, &at.key("params"), &call.params, FieldRole::Param);
            for (k, p) in call.params.iter().enumerate() {
                if call.path.contains(&format!("{{{}}}", p.name)) {
                    c.report(
                        &at.key("params").index(k, &p.name).key("name"),
                        format!("`{}` is already a path placeholder", p.name),
                    );
                }
            }
            check_one_of(&mut c, &at.key("one_of"), &call.one_of, &call.params);
            check_rules(&mut c, &at.key("rules"), &call.rules, &call.params);
            match call.returns.parse() {
                Err(e) => c.report(&at.key("returns"), e.to_string()),
                Ok(ty) => {
                    let inner = match &ty {
                        Type::Paged(inner) => inner.as_ref(),
                        other => other,
                    };
                    let ok = match inner {
                        Type::Named(n) => match c.resolve(n) {
                            Some((_, Named::Node(_))) => true,
                            Some((_, Named::Object(o))) => o.kind == ObjectKind::Output,
                            Some((_, Named::Enum(_))) => false,
                            None => {
                                let message = c.unresolved(n);
                                c.report(&at.key("returns"), message);
                                true
                            }
                        },
                        _ => false,
                    };
                    if !ok {
                        c.report(&at.key("returns"), format!("a call returns a node, an output object, or paged<…> of one; `{ty}` is neither"));
                    }
                    if call.method != Method::Get && matches!(ty, Type::Paged(_)) {
                        c.report(&at.key("returns"), "only GET calls return paged lists");
                    }
                }
            }
            let mut seen = HashSet::new();
            for (k, code) in call.errors.iter().enumerate() {
                let eat = at.key("errors").index(k, &code.to_string());
                if !seen.insert(code) {
                    c.report(&eat, format!("error code {code} is listed twice"));
                }
                if spec.error(*code).is_none() {
                    c.report(
                        &eat,
                        format!("error code {code} is not in the error-code catalogue"),
                    );
                }
            }
            if let Some(mock) = call.mock.as_deref().filter(|m| !is_snake(m)) {
                c.report(
                    &at.key("mock"),
                    format!("mock behaviour `{mock}` must be snake_case"),
                );
            }
        }
        for (j, e) in content.errors.iter().enumerate() {
            let at = root.key("errors").index(j, &e.code.to_string());
            if let Some(other) = error_codes.insert(e.code, &file.name) {
                c.report(
                    &at.key("code"),
                    format!(
                        "error code {} is already in the catalogue ({other})",
                        e.code
                    ),
                );
            }
            if let Some(other) = error_names.insert(&e.name, &file.name) {
                c.report(
                    &at.key("name"),
                    format!("duplicate error name `{}`: already used in {other}", e.name),
                );
            }
            if !names::is_type_name(&e.name) || e.name == "Other" {
                c.report(
                    &at.key("name"),
                    format!(
                        "`{}` must be PascalCase and not `Other`, because it names a Rust variant",
                        e.name
                    ),
                );
            }
            if e.description.trim().is_empty() {
                c.report(
                    &at.key("description"),
                    "an error code needs its description",
                );
            }
            let mut subcodes = HashSet::new();
            for (k, sub) in e.subcodes.iter().enumerate() {
                let sat = at.key("subcodes").index(k, &sub.subcode.to_string());
                if !subcodes.insert(sub.subcode) {
                    c.report(
                        &sat.key("subcode"),
                        format!("subcode {} is listed twice", sub.subcode),
                    );
                }
                if let Some(other) = error_names.insert(&sub.name, &file.name) {
                    c.report(
                        &sat.key("name"),
                        format!(
                            "duplicate error name `{}`: already used in {other}",
                            sub.name
                        ),
                    );
                }
                if !names::is_type_name(&sub.name) || sub.name == "Other" {
                    c.report(
                        &sat.key("name"),
                        format!(
                            "`{}` must be PascalCase and not `Other`, because it names a Rust variant",
                            sub.name
                        ),
                    );
                }
                if sub.description.trim().is_empty() {
                    c.report(&sat.key("description"), "a subcode needs its description");
                }
            }
        }
        if let Some(webhooks) = &content.webhooks {
            let at = root.key("webhooks");
            match webhooks_in {
                Some(other) => c.report(
                    &at,
                    format!("a spec has one webhooks section: it is already in {other}"),
                ),
                None => webhooks_in = Some(&file.name),
            }
            check_webhooks(&mut c, &at, webhooks);
        }
        out.extend(c.out);
    }
    check_rust_names(spec, positions, &mut out);
    out
}

/// Where a Rust item of a version's module comes from.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// A node, object or enum of the spec.
    Type,
    /// A call of the spec (its request type).
    Call,
    /// A type the generator adds for the webhook section.
    Webhook,
    /// A type the generator derives from another (`…Field`, `…ErrorCode`, the catalogue's).
    Derived,
}

/// Every Rust type of each generated module (the file's types and calls, and what the
/// generator derives from them) checked together, so that two that would be one Rust item are
/// a diagnostic at the later one, not two items for rustc to refuse. Clashes the other checks
/// already report (two types, two calls, a type named like a webhook type) are left to them.
fn check_rust_names(spec: &Spec, positions: &[Positions], out: &mut Vec<Diagnostic>) {
    let selectable = spec.selectable_types();
    // (Rust name, file, where, what it is, origin), in file order.
    let mut items: Vec<(String, usize, JPath, String, Origin)> = Vec::new();
    for (i, file) in spec.files.iter().enumerate() {
        let root = JPath::default();
        let content = &file.content;
        let typed = |name: &str, at: JPath, what: &str, items: &mut Vec<_>| {
            items.push((
                name.to_owned(),
                i,
                at.clone(),
                format!("{what} `{name}`"),
                Origin::Type,
            ));
            if selectable.contains(&format!("{}::{name}", file.module)) {
                let derived = names::field_enum_name(name);
                items.push((
                    derived,
                    i,
                    at,
                    format!("the `fields` enum of `{name}`"),
                    Origin::Derived,
                ));
            }
        };
        if let Some(node) = &content.node {
            typed(
                &node.name,
                root.key("node").key("name"),
                "the node",
                &mut items,
            );
        }
        for (j, o) in content.objects.iter().enumerate() {
            typed(
                &o.name,
                root.key("objects").index(j, &o.name).key("name"),
                "the object",
                &mut items,
            );
        }
        for (j, e) in content.enums.iter().enumerate() {
            let at = root.key("enums").index(j, &e.name).key("name");
            items.push((
                e.name.clone(),
                i,
                at,
                format!("the enum `{}`", e.name),
                Origin::Type,
            ));
        }
        for (j, call) in content.calls.iter().enumerate() {
            let at = root.key("calls").index(j, &call.name).key("name");
            items.push((
                call.name.clone(),
                i,
                at.clone(),
                format!("the call `{}`", call.name),
                Origin::Call,
            ));
            let derived = names::error_code_enum_name(&call.name);
            let what = format!("the error-code enum of the call `{}`", call.name);
            items.push((derived, i, at, what, Origin::Derived));
        }
        if !content.errors.is_empty() {
            for name in [names::CATALOGUE_ENUM, names::ERROR_CLASS_ENUM] {
                let what = format!("`{name}`, generated for the error catalogue");
                items.push((
                    name.to_owned(),
                    i,
                    root.key("errors"),
                    what,
                    Origin::Derived,
                ));
            }
        }
        if content.webhooks.is_some() {
            for name in WEBHOOK_TYPES {
                let what = format!("`{name}`, generated for the webhooks section");
                items.push((
                    name.to_owned(),
                    i,
                    root.key("webhooks"),
                    what,
                    Origin::Webhook,
                ));
            }
        }
    }
    // In the order they stand in the spec, so that a clash is reported at the later one.
    items.sort_by_key(|(_, file, at, _, _)| {
        let pos = positions.get(*file).and_then(|p| p.find(&at.pointer));
        (*file, pos.unwrap_or((usize::MAX, usize::MAX)))
    });
    // One namespace per module; calls are unique across the spec already.
    let mut seen: HashMap<(&str, &str), (&str, Origin, usize)> = HashMap::new();
    for (name, file, at, what, origin) in &items {
        let module = spec.files[*file].module.as_str();
        let Some(&(first, first_origin, first_file)) = seen.get(&(module, name.as_str())) else {
            seen.insert((module, name), (what, *origin, *file));
            continue;
        };
        let reported_elsewhere = first_origin == *origin && *origin != Origin::Derived
            || matches!(
                (first_origin, *origin),
                (Origin::Type, Origin::Webhook) | (Origin::Webhook, Origin::Type)
            );
        if reported_elsewhere {
            continue;
        }
        let mut c = Checker {
            spec,
            file: &spec.files[*file].name,
            module: &spec.files[*file].module,
            positions: positions.get(*file),
            out: Vec::new(),
        };
        c.report(
            at,
            format!(
                "{what} would be the Rust type `{name}`, which is already {first} (in {}): rename one",
                spec.files[first_file].name
            ),
        );
        out.extend(c.out);
    }
}

/// The Rust items generated for the webhook section, whose names no spec type may take.
pub(crate) const WEBHOOK_TYPES: [&str; 9] = [
    "Notification",
    "NotificationEntry",
    "WebhookEvent",
    "MessagingEvent",
    "MessagingEventKind",
    "EventChannel",
    "ChangeEvent",
    "ChangeValue",
    "OtherEntry",
];

/// The members of the generated event struct besides the event fields.
const EVENT_MEMBERS: [&str; 6] = [
    "object",
    "entry_id",
    "entry_time",
    "channel",
    "kind",
    "unknown_fields",
];

fn check_webhooks(c: &mut Checker, at: &JPath, webhooks: &Webhooks) {
    for name in WEBHOOK_TYPES {
        if !c.spec.modules_defining(name).is_empty() {
            c.report(
                at,
                format!(
                    "`{name}` is generated for the webhooks section, so no type may take that name"
                ),
            );
        }
    }
    let oat = at.key("object");
    match webhooks.object.parse() {
        Err(e) => c.report(&oat, e.to_string()),
        Ok(Type::Scalar(Scalar::String)) => {}
        Ok(Type::Named(name)) => match c.resolve(&name) {
            Some((_, Named::Enum(_))) => {}
            None => {
                let message = c.unresolved(&name);
                c.report(&oat, message);
            }
            Some(_) => c.report(
                &oat,
                format!("`{name}` is not an enum; `object` is an enum or a string"),
            ),
        },
        Ok(other) => c.report(
            &oat,
            format!("`object` is an enum or a string, not `{other}`"),
        ),
    }
    let fat = at.key("event_fields");
    check_fields(c, &fat, &webhooks.event_fields, FieldRole::Output);
    for (k, f) in webhooks.event_fields.iter().enumerate() {
        if EVENT_MEMBERS.contains(&f.name.as_str()) {
            c.report(
                &fat.index(k, &f.name).key("name"),
                format!(
                    "`{}` is a member every generated event has; an event field cannot take it",
                    f.name
                ),
            );
        }
    }
    let kat = at.key("kinds");
    if webhooks.kinds.is_empty() {
        c.report(&kat, "the webhooks section needs at least one kind");
    }
    let mut keys: HashMap<&str, usize> = HashMap::new();
    let mut variants: HashMap<String, &str> = HashMap::new();
    for (k, kind) in webhooks.kinds.iter().enumerate() {
        let kat = kat.index(k, &kind.key);
        if !is_snake(&kind.key) {
            c.report(
                &kat.key("key"),
                format!("`{}` must be snake_case (letters, digits, `_`)", kind.key),
            );
        }
        if let Some(first) = keys.insert(&kind.key, k) {
            c.report(
                &kat.key("key"),
                format!(
                    "duplicate kind key `{}`: kind {first} has it already",
                    kind.key
                ),
            );
            // Its variant repeats too; one diagnostic says so.
            continue;
        }
        if webhooks.event_fields.iter().any(|f| f.name == kind.key) {
            c.report(
                &kat.key("key"),
                format!(
                    "`{}` is an event field, so it cannot also name a kind",
                    kind.key
                ),
            );
        }
        let variant = kind.variant_name();
        let vat = if kind.variant.is_some() {
            kat.key("variant")
        } else {
            kat.key("key")
        };
        if !names::is_type_name(&variant) || variant == "Unknown" || variant == "Self" {
            c.report(
                &vat,
                format!("the variant `{variant}` must be PascalCase and not `Unknown` or `Self`, because it names a Rust variant"),
            );
        } else if let Some(other) = variants.insert(variant.clone(), &kind.key) {
            c.report(
                &vat,
                format!("the variant `{variant}` is already the variant of kind `{other}`"),
            );
        }
        if !is_snake(&kind.subscription) {
            c.report(
                &kat.key("subscription"),
                format!("subscription `{}` must be snake_case", kind.subscription),
            );
        }
        if kind.note.trim().is_empty() {
            c.report(
                &kat.key("note"),
                "a kind's note names the reference page it comes from",
            );
        }
        match (&kind.ty, &kind.map_of) {
            (Some(ty), None) => {
                check_event_value(
                    c,
                    &kat.key("type"),
                    &ty.0,
                    "a kind's",
                    "; use `map_of` for an object keyed by ids",
                );
            }
            (None, Some(ty)) => {
                let tat = kat.key("map_of");
                match ty.parse() {
                    Err(e) => c.report(&tat, e.to_string()),
                    Ok(ty) => check_type_ref(c, &tat, &ty, FieldRole::Output),
                }
            }
            _ => c.report(&kat, "a kind has either `type` or `map_of`"),
        }
    }
    check_changes(c, &at.key("changes"), webhooks);
}

/// The `changes` of the webhook section: each (object, field) once, an object the `object`
/// type allows, an output object as the value, a variant that is a Rust name and unique.
fn check_changes(c: &mut Checker, at: &JPath, webhooks: &Webhooks) {
    // The objects the `object` enum lists, if it is one (a string allows any).
    let objects: Option<Vec<String>> = match webhooks.object.parse() {
        Ok(Type::Named(name)) => match c.resolve(&name) {
            Some((_, Named::Enum(e))) => Some(e.values.iter().map(|v| v.value.clone()).collect()),
            _ => None,
        },
        _ => None,
    };
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    let mut variants: HashMap<String, usize> = HashMap::new();
    for (k, change) in webhooks.changes.iter().enumerate() {
        let cat = at.index(k, &format!("{}.{}", change.object, change.field));
        if let Some(objects) = &objects
            && !objects.iter().any(|o| o == &change.object)
        {
            c.report(
                &cat.key("object"),
                format!(
                    "`{}` is not a value of the `object` enum ({})",
                    change.object,
                    objects.join(", ")
                ),
            );
        }
        for (key, value) in [("object", &change.object), ("field", &change.field)] {
            if !is_snake(value) {
                c.report(
                    &cat.key(key),
                    format!("`{value}` must be snake_case (letters, digits, `_`)"),
                );
            }
        }
        if let Some(first) = seen.insert((&change.object, &change.field), k) {
            c.report(
                &cat,
                format!(
                    "duplicate change `{}` `{}`: change {first} has it already",
                    change.object, change.field
                ),
            );
            continue;
        }
        let variant = change.variant_name();
        let vat = if change.variant.is_some() {
            cat.key("variant")
        } else {
            cat.key("field")
        };
        if !names::is_type_name(&variant) || variant == "Unknown" || variant == "Self" {
            c.report(
                &vat,
                format!("the variant `{variant}` must be PascalCase and not `Unknown` or `Self`, because it names a Rust variant"),
            );
        } else if let Some(other) = variants.insert(variant.clone(), k) {
            c.report(
                &vat,
                format!("the variant `{variant}` is already the variant of change {other}"),
            );
        }
        if change.note.trim().is_empty() {
            c.report(
                &cat.key("note"),
                "a change's note names the reference page it comes from",
            );
        }
        check_event_value(c, &cat.key("type"), &change.ty.0, "a change's", "");
    }
}

/// A webhook kind's or change's value type (`whose`): an output object. `hint` follows the
/// message for another type.
fn check_event_value(c: &mut Checker, at: &JPath, expr: &str, whose: &str, hint: &str) {
    match Type::parse(expr) {
        Err(e) => c.report(at, e.to_string()),
        Ok(Type::Named(name)) => match c.resolve(&name) {
            Some((_, Named::Object(o))) if o.kind == ObjectKind::Output => {}
            None => {
                let message = c.unresolved(&name);
                c.report(at, message);
            }
            Some(_) => c.report(
                at,
                format!("`{name}` is not an output object; {whose} value is one"),
            ),
        },
        Ok(other) => c.report(
            at,
            format!("{whose} value is an output object, not `{other}`{hint}"),
        ),
    }
}

/// Reports a type or call name that is taken already, or is no Rust type name.
fn declare(c: &mut Checker, at: &JPath, value: &str, seen: &HashMap<&str, &str>) {
    if let Some(other) = seen.get(value) {
        c.report(
            at,
            format!("duplicate name `{value}`: already defined in {other}"),
        );
    }
    if !names::is_type_name(value) {
        c.report(
            at,
            format!("`{value}` must be PascalCase, because it names a Rust type"),
        );
    } else if value == "Self" {
        c.report(at, "`Self` is a Rust keyword, so it cannot name a type");
    }
}

#[derive(Clone, Copy, PartialEq)]
enum FieldRole {
    /// A call's parameter.
    Param,
    /// A field of an input object.
    Input,
    /// A field of a node or output object.
    Output,
}

fn check_fields(c: &mut Checker, at: &JPath, fields: &[Field], role: FieldRole) {
    let mut seen = HashSet::new();
    let mut rust_names: HashMap<String, &str> = HashMap::new();
    for (k, f) in fields.iter().enumerate() {
        let fat = at.index(k, &f.name);
        if !seen.insert(f.name.as_str()) {
            c.report(&fat.key("name"), format!("duplicate name `{}`", f.name));
        }
        // Wire names are Meta's: mostly snake_case, also camelCase (`inclusionOperator`),
        // starting with a digit (`1d_click`) or dotted (`action.type`, a key of Meta's
        // conversion specs); the Rust name comes from names::field_name.
        let rust = names::field_name(&f.name);
        if !names::is_wire_name(&f.name) {
            c.report(
                &fat.key("name"),
                format!("`{}` must be letters, digits, `_` and `.`", f.name),
            );
        } else if let Some(other) = rust_names.insert(rust.clone(), &f.name)
            && other != f.name
        {
            c.report(
                &fat.key("name"),
                format!(
                    "`{}` and `{other}` would both be the Rust name `{rust}`",
                    f.name
                ),
            );
        } else if names::is_unraw_keyword(&rust) {
            c.report(
                &fat.key("name"),
                format!(
                    "`{}` is a Rust keyword that cannot be a field's name, even as `r#{}`",
                    f.name, f.name
                ),
            );
        }
        if role == FieldRole::Output {
            if f.required {
                c.report(
                    &fat.key("required"),
                    "response fields cannot be required: Graph omits fields without data",
                );
            }
            if f.default.is_some() {
                c.report(&fat.key("default"), "response fields have no default");
            }
        } else {
            if f.default_field {
                c.report(
                    &fat.key("default_field"),
                    "default_field is for response fields",
                );
            }
            if f.required && f.default.is_some() {
                c.report(
                    &fat.key("default"),
                    "a required parameter cannot have a default",
                );
            }
        }
        let ty = match f.ty.parse() {
            Ok(ty) => ty,
            Err(e) => {
                c.report(&fat.key("type"), e.to_string());
                continue;
            }
        };
        check_type_ref(c, &fat.key("type"), &ty, role);
        if let Some(default) = &f.default {
            check_default(c, &fat.key("default"), &ty, default);
        }
        check_limits(c, &fat, f, &ty);
    }
}

/// `max_length` on strings only, `min_items`/`max_items` on lists only, each sensible.
fn check_limits(c: &mut Checker, at: &JPath, f: &Field, ty: &Type) {
    let stringy = matches!(
        ty,
        Type::Scalar(Scalar::String | Scalar::Utf8String | Scalar::Url | Scalar::Id)
    );
    if let Some(max) = f.max_length {
        if !stringy {
            c.report(
                &at.key("max_length"),
                format!("max_length is for strings; `{ty}` is not one"),
            );
        } else if max == 0 {
            c.report(
                &at.key("max_length"),
                "max_length 0 would refuse every value",
            );
        }
    }
    let list = matches!(ty, Type::List(_));
    for (key, limit) in [("min_items", f.min_items), ("max_items", f.max_items)] {
        if limit.is_some() && !list {
            c.report(
                &at.key(key),
                format!("{key} is for lists; `{ty}` is not one"),
            );
        }
    }
    if let (Some(min), Some(max)) = (f.min_items, f.max_items)
        && min > max
    {
        c.report(
            &at.key("min_items"),
            format!("min_items {min} is more than max_items {max}"),
        );
    }
    if f.max_items == Some(0) {
        c.report(&at.key("max_items"), "max_items 0 would refuse every list");
    }
    if let Some(node) = &f.node {
        let id = |t: &Type| t == &Type::Scalar(Scalar::Id);
        if !(id(ty) || matches!(ty, Type::List(inner) if id(inner))) {
            c.report(
                &at.key("node"),
                format!("`node` says whose id an `id` is; `{ty}` is not an id"),
            );
        } else if !matches!(c.resolve(node), Some((_, Named::Node(_)))) {
            let message = c.unresolved(node);
            c.report(&at.key("node"), format!("`node` names no node: {message}"));
        }
    }
}

/// A tagged union: an input object without fields of its own, whose variants have distinct
/// values and carry input objects (beside the tag, objects without a tag of their own).
fn check_union(c: &mut Checker, at: &JPath, object: &Object) {
    let Some(tag) = &object.tag else {
        if object.content.is_some() || !object.variants.is_empty() {
            c.report(&at.key("tag"), "`content` and `variants` need a `tag`");
        }
        return;
    };
    if object.kind != ObjectKind::Input {
        c.report(&at.key("tag"), "only input objects can be tagged unions");
    }
    if !object.fields.is_empty() || !object.one_of.is_empty() {
        c.report(
            &at.key("fields"),
            "a tagged union has variants, not fields or one_of groups",
        );
    }
    for name in std::iter::once(tag).chain(object.content.iter()) {
        if !names::is_wire_name(name) {
            c.report(
                &at.key("tag"),
                format!("`{name}` must be letters, digits, `_` and `.`"),
            );
        }
    }
    if object.variants.is_empty() {
        c.report(
            &at.key("variants"),
            "a tagged union needs at least one variant",
        );
    }
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut rust: HashMap<String, &str> = HashMap::new();
    for (k, v) in object.variants.iter().enumerate() {
        let vat = at.key("variants").index(k, &v.value);
        if v.value.is_empty() || v.value.chars().any(char::is_control) {
            c.report(
                &vat.key("value"),
                format!("variant value {:?} cannot be sent", v.value),
            );
            continue;
        }
        if let Some(other) = seen.insert(v.value.to_ascii_lowercase(), &v.value) {
            c.report(
                &vat.key("value"),
                format!(
                    "variant `{}` repeats `{other}` (tags are compared ignoring case)",
                    v.value
                ),
            );
        } else if let Some(other) = rust.insert(names::variant_name(&v.value), &v.value) {
            c.report(
                &vat.key("value"),
                format!(
                    "variants `{}` and `{other}` would name the same Rust variant",
                    v.value
                ),
            );
        }
        let Some(ty) = &v.ty else { continue };
        let parsed = match ty.parse() {
            Ok(t) => t,
            Err(e) => {
                c.report(&vat.key("type"), e.to_string());
                continue;
            }
        };
        check_type_ref(c, &vat.key("type"), &parsed, FieldRole::Input);
        if object.content.is_none() {
            // Beside the tag: the variant's own fields, so it must be a plain input object
            // that does not have the tag's name as a field.
            let ok = match parsed.named().map(|n| c.resolve(n)) {
                Some(Some((_, Named::Object(o)))) => {
                    if o.fields.iter().any(|f| &f.name == tag) {
                        c.report(
                            &vat.key("type"),
                            format!("`{}` has a field named like the tag `{tag}`", o.name),
                        );
                    }
                    o.kind == ObjectKind::Input && o.tag.is_none()
                }
                // Unresolved: reported by check_type_ref.
                Some(None) => true,
                _ => false,
            };
            if !ok {
                c.report(
                    &vat.key("type"),
                    "without `content`, a variant's fields sit beside the tag: it must be an input object that is not itself a union",
                );
            }
        }
    }
}

/// Each side of each rule names a parameter of the call, with a value of its enum if it has
/// one.
fn check_rules(c: &mut Checker, at: &JPath, rules: &[Rule], params: &[Field]) {
    for (k, rule) in rules.iter().enumerate() {
        let rat = at.index(k, &rule.when);
        for (key, side) in [("when", &rule.when), ("then", &rule.then)] {
            let cond = Rule::condition(side);
            let Some(param) = params.iter().find(|p| p.name == cond.param) else {
                c.report(
                    &rat.key(key),
                    format!("`{}` is not a parameter here", cond.param),
                );
                continue;
            };
            let Some(value) = cond.value else { continue };
            if let Ok(Type::Named(n)) = param.ty.parse()
                && let Some((_, Named::Enum(e))) = c.resolve(&n)
                && !e.values.iter().any(|v| v.value.eq_ignore_ascii_case(value))
            {
                c.report(
                    &rat.key(key),
                    format!("`{value}` is not a value of `{}`", e.name),
                );
            }
        }
    }
}

fn check_type_ref(c: &mut Checker, at: &JPath, ty: &Type, role: FieldRole) {
    if role != FieldRole::Output && matches!(ty, Type::Paged(_)) {
        c.report(at, "paged<…> is a response shape; parameters use list<…>");
    }
    let nested_file = match ty {
        Type::List(inner) | Type::Paged(inner) | Type::Map(_, inner) => has_file(inner),
        _ => false,
    };
    if nested_file {
        c.report(
            at,
            "a `file` is one multipart part: it cannot be in a list or map",
        );
    }
    if ty == &Type::Scalar(Scalar::File) && role != FieldRole::Param {
        c.report(
            at,
            "a `file` is sent with a call: only a call's own parameters can be one",
        );
    }
    let Some(name) = ty.named() else { return };
    match c.resolve(name) {
        None => {
            let message = c.unresolved(name);
            c.report(at, message);
        }
        Some((_, Named::Enum(_))) => {}
        // A node as a parameter is its id (Meta's spec names the node a parameter refers to).
        Some((_, Named::Node(_))) => {}
        Some((_, Named::Object(o))) => {
            let want = if role == FieldRole::Output {
                ObjectKind::Output
            } else {
                ObjectKind::Input
            };
            if o.kind != want {
                let (is, needs) = match want {
                    ObjectKind::Input => ("output", "an input object"),
                    ObjectKind::Output => ("input", "an output object or node"),
                };
                c.report(
                    at,
                    format!(
                        "`{}` is an {is} object, but this place needs {needs}",
                        o.name
                    ),
                );
            }
        }
    }
}

/// Whether `ty` is or holds a `file`.
fn has_file(ty: &Type) -> bool {
    match ty {
        Type::Scalar(s) => *s == Scalar::File,
        Type::List(inner) | Type::Paged(inner) | Type::Map(_, inner) => has_file(inner),
        Type::Named(_) => false,
    }
}

fn check_default(c: &mut Checker, at: &JPath, ty: &Type, default: &serde_json::Value) {
    use serde_json::Value;
    match ty {
        Type::Named(name) => {
            if let Some((_, Named::Enum(e))) = c.resolve(name) {
                let is_value = default
                    .as_str()
                    .is_some_and(|d| e.values.iter().any(|v| v.value == d));
                if !is_value {
                    let values: Vec<&str> = e.values.iter().map(|v| v.value.as_str()).collect();
                    c.report(
                        at,
                        format!(
                            "default {default} is not a value of `{}`: expected one of {}",
                            e.name,
                            values.join(", ")
                        ),
                    );
                }
            } else {
                c.report(
                    at,
                    format!("`{name}` is an object; objects have no default"),
                );
            }
        }
        Type::Scalar(s) => {
            let ok = match s {
                Scalar::Integer => default.is_i64(),
                Scalar::UnsignedInteger => default.is_u64(),
                Scalar::Float => default.is_number(),
                Scalar::Bool => default.is_boolean(),
                Scalar::Json => true,
                Scalar::NumericStringOrInteger => {
                    default.is_i64() || default.as_str().is_some_and(is_digits)
                }
                Scalar::NumericString => default.as_str().is_some_and(is_digits),
                _ => matches!(default, Value::String(_)),
            };
            if !ok {
                c.report(at, format!("default {default} is not a {}", s.as_str()));
            }
        }
        Type::List(_) | Type::Paged(_) => {
            if !default.is_array() {
                c.report(at, format!("default {default} is not a list"));
            }
        }
        Type::Map(..) => {
            if !default.is_object() {
                c.report(at, format!("default {default} is not a map"));
            }
        }
    }
}

fn check_one_of(c: &mut Checker, at: &JPath, groups: &[OneOf], fields: &[Field]) {
    let mut used = HashSet::new();
    for (k, g) in groups.iter().enumerate() {
        let gat = at.index(k, &k.to_string()).key("fields");
        if g.fields.len() < 2 {
            c.report(&gat, "a one_of group needs at least two alternatives");
        }
        for (m, name) in g.fields.iter().enumerate() {
            let nat = gat.index(m, name);
            match fields.iter().find(|f| &f.name == name) {
                None => c.report(&nat, format!("`{name}` is not a parameter or field here")),
                Some(f) if f.required => c.report(
                    &nat,
                    format!("`{name}` is required, so it cannot be one of several alternatives"),
                ),
                Some(_) => {}
            }
            if !used.insert(name.as_str()) {
                c.report(&nat, format!("`{name}` is in more than one one_of group"));
            }
        }
    }
}

fn check_path(c: &mut Checker, at: &JPath, path: &str) {
    let Some(rest) = path.strip_prefix('/') else {
        c.report(at, format!("path `{path}` must start with `/`"));
        return;
    };
    for seg in rest.split('/') {
        if names::is_path_segment(seg) {
            continue;
        }
        if seg.starts_with('{') {
            c.report(
                at,
                format!("path segment `{seg}` must be a placeholder like `{{page-id}}`"),
            );
        } else {
            c.report(
                at,
                format!(
                    "path segment `{seg}` must be letters, digits, `_` and `-`, or a placeholder"
                ),
            );
        }
    }
}

fn is_version(s: &str) -> bool {
    s.strip_prefix('v')
        .and_then(|v| v.split_once('.'))
        .is_some_and(|(a, b)| is_digits(a) && is_digits(b))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

fn is_snake(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
