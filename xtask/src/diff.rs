//! `cargo xtask diff vA vB`: what changed between two spec versions, and whether each change
//! breaks a Rust user of the generated crate.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fbgraph_spec::{Call, Enum, Field, Named, Object, ObjectKind, Spec};
use serde::Serialize;

/// What kind of change; the JSON report spells these in snake_case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    CallAdded,
    CallRemoved,
    CallChanged,
    TypeAdded,
    TypeRemoved,
    TypeChanged,
    ParamAdded,
    ParamRemoved,
    FieldAdded,
    FieldRemoved,
    RequiredChanged,
    TypeOfChanged,
    DefaultChanged,
    OneOfChanged,
    EnumValueAdded,
    EnumValueRemoved,
    ErrorCodeAdded,
    ErrorCodeRemoved,
    ReturnsChanged,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: Kind,
    /// What changed, as a path: `SendMessage.params.reply_to`, `MessagingType.UTILITY`.
    pub item: String,
    /// In words, with the old and new values where there are some.
    pub detail: String,
    /// Whether code written against the older module may stop compiling.
    pub breaking: bool,
}

/// The changes from one version to another.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub from: String,
    pub to: String,
    pub breaking: usize,
    pub changes: Vec<Change>,
}

struct Diff {
    out: Vec<Change>,
}

impl Diff {
    fn push(
        &mut self,
        kind: Kind,
        item: impl Into<String>,
        detail: impl Into<String>,
        breaking: bool,
    ) {
        self.out.push(Change {
            kind,
            item: item.into(),
            detail: detail.into(),
            breaking,
        });
    }
}

/// Compares two specs.
pub fn diff(a: &Spec, b: &Spec) -> Report {
    let mut d = Diff { out: Vec::new() };
    let calls = |s: &Spec| {
        s.calls()
            .map(|(_, c)| (c.name.clone(), c.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let (ca, cb) = (calls(a), calls(b));
    for (name, call) in &ca {
        match cb.get(name) {
            None => d.push(
                Kind::CallRemoved,
                name,
                format!("`{} {}` is gone", call.method.as_str(), call.path),
                true,
            ),
            Some(new) => diff_call(&mut d, call, new),
        }
    }
    for (name, call) in &cb {
        if !ca.contains_key(name) {
            d.push(
                Kind::CallAdded,
                name,
                format!("new call `{} {}`", call.method.as_str(), call.path),
                false,
            );
        }
    }

    // Types are scoped by file: each is keyed by its module (`page::MessagingType`), and
    // shown by its bare name where that names one type in both versions.
    let types = |s: &Spec| {
        let mut names: Vec<String> = s
            .nodes()
            .map(|(f, n)| format!("{}::{}", f.module, n.name))
            .collect();
        names.extend(
            s.objects()
                .map(|(f, o)| format!("{}::{}", f.module, o.name)),
        );
        names.extend(s.enums().map(|(f, e)| format!("{}::{}", f.module, e.name)));
        names.sort();
        names
    };
    let shown = |qualified: &str| -> String {
        let (_, bare) = fbgraph_spec::Type::split_name(qualified);
        let unique = a.modules_defining(bare).len() <= 1 && b.modules_defining(bare).len() <= 1;
        if unique {
            bare.to_owned()
        } else {
            qualified.to_owned()
        }
    };
    let (ta, tb) = (types(a), types(b));
    for q in &ta {
        let (Some((_, old)), new) = (a.lookup(q), b.lookup(q)) else {
            continue;
        };
        let name = shown(q);
        match new {
            None => d.push(
                Kind::TypeRemoved,
                &name,
                format!("{} `{name}` is gone", describe(old)),
                true,
            ),
            Some((_, new)) => diff_type(&mut d, &name, old, new),
        }
    }
    for q in &tb {
        if let (None, Some((_, new))) = (a.lookup(q), b.lookup(q)) {
            let name = shown(q);
            d.push(
                Kind::TypeAdded,
                &name,
                format!("new {} `{name}`", describe(new)),
                false,
            );
        }
    }
    let breaking = d.out.iter().filter(|c| c.breaking).count();
    Report {
        from: a.version.clone(),
        to: b.version.clone(),
        breaking,
        changes: d.out,
    }
}

fn describe(named: Named<'_>) -> &'static str {
    match named {
        Named::Node(_) => "node",
        Named::Object(o) if o.kind == ObjectKind::Input => "parameter object",
        Named::Object(_) => "response object",
        Named::Enum(_) => "enum",
    }
}

fn placeholders(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| s.starts_with('{')).collect()
}

fn diff_call(d: &mut Diff, old: &Call, new: &Call) {
    let name = &old.name;
    if old.method != new.method || old.path != new.path {
        // The constructor's leading arguments are the path's placeholders.
        let breaking = placeholders(&old.path) != placeholders(&new.path);
        d.push(
            Kind::CallChanged,
            name,
            format!(
                "`{} {}` → `{} {}`",
                old.method.as_str(),
                old.path,
                new.method.as_str(),
                new.path
            ),
            breaking,
        );
    }
    if old.returns != new.returns {
        d.push(
            Kind::ReturnsChanged,
            format!("{name}.returns"),
            format!("`{}` → `{}`", old.returns.0, new.returns.0),
            true,
        );
    }
    diff_fields(
        d,
        &format!("{name}.params"),
        &old.params,
        &new.params,
        Role::Input,
        Kind::ParamAdded,
        Kind::ParamRemoved,
    );
    diff_one_of(d, name, &old.one_of, &new.one_of);
    for code in &old.errors {
        if !new.errors.contains(code) {
            d.push(Kind::ErrorCodeRemoved, format!("{name}.errors.{code}"), format!("error code {code} is no longer documented (its `{name}ErrorCode` variant is gone)"), true);
        }
    }
    for code in &new.errors {
        if !old.errors.contains(code) {
            d.push(
                Kind::ErrorCodeAdded,
                format!("{name}.errors.{code}"),
                format!("error code {code} is now documented"),
                false,
            );
        }
    }
}

fn diff_one_of(
    d: &mut Diff,
    owner: &str,
    old: &[fbgraph_spec::OneOf],
    new: &[fbgraph_spec::OneOf],
) {
    let names = |g: &[fbgraph_spec::OneOf]| g.iter().map(|g| g.fields.clone()).collect::<Vec<_>>();
    if names(old) != names(new) {
        d.push(
            Kind::OneOfChanged,
            format!("{owner}.one_of"),
            format!(
                "exactly-one-of groups {:?} → {:?} (the constructors change)",
                names(old),
                names(new)
            ),
            true,
        );
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Parameters and input-object fields: required ones are constructor arguments.
    Input,
    /// Response fields: all optional.
    Output,
}

fn diff_fields(
    d: &mut Diff,
    owner: &str,
    old: &[Field],
    new: &[Field],
    role: Role,
    added: Kind,
    removed: Kind,
) {
    for f in old {
        let item = format!("{owner}.{}", f.name);
        let Some(n) = new.iter().find(|n| n.name == f.name) else {
            let what = if role == Role::Input {
                "parameter"
            } else {
                "field"
            };
            d.push(
                removed,
                item,
                format!("{what} `{}: {}` is gone", f.name, f.ty.0),
                true,
            );
            continue;
        };
        if f.required != n.required {
            let how = if n.required {
                "optional → required"
            } else {
                "required → optional"
            };
            d.push(
                Kind::RequiredChanged,
                &item,
                format!("{how} (the constructor's arguments change)"),
                true,
            );
        }
        if f.ty != n.ty {
            d.push(
                Kind::TypeOfChanged,
                &item,
                format!("type `{}` → `{}`", f.ty.0, n.ty.0),
                true,
            );
        }
        if f.default != n.default {
            let show = |v: &Option<serde_json::Value>| {
                v.as_ref()
                    .map_or_else(|| "none".to_owned(), ToString::to_string)
            };
            d.push(
                Kind::DefaultChanged,
                &item,
                format!(
                    "default {} → {} (Graph's behaviour when the value is left out)",
                    show(&f.default),
                    show(&n.default)
                ),
                false,
            );
        }
    }
    for n in new {
        if old.iter().any(|f| f.name == n.name) {
            continue;
        }
        let item = format!("{owner}.{}", n.name);
        match role {
            Role::Input if n.required => d.push(
                added,
                item,
                format!(
                    "new required parameter `{}: {}` (a new constructor argument)",
                    n.name, n.ty.0
                ),
                true,
            ),
            Role::Input => d.push(
                added,
                item,
                format!(
                    "new optional parameter `{}: {}` (a new setter)",
                    n.name, n.ty.0
                ),
                false,
            ),
            Role::Output => d.push(
                added,
                item,
                format!("new field `{}: {}`", n.name, n.ty.0),
                false,
            ),
        }
    }
}

fn diff_type(d: &mut Diff, name: &str, old: Named<'_>, new: Named<'_>) {
    match (old, new) {
        (Named::Node(o), Named::Node(n)) => {
            diff_fields(
                d,
                name,
                &o.fields,
                &n.fields,
                Role::Output,
                Kind::FieldAdded,
                Kind::FieldRemoved,
            );
        }
        (Named::Object(o), Named::Object(n)) if o.kind == n.kind => diff_object(d, name, o, n),
        (Named::Enum(o), Named::Enum(n)) => diff_enum(d, name, o, n),
        (o, n) => d.push(
            Kind::TypeChanged,
            name,
            format!("{} → {}", describe(o), describe(n)),
            true,
        ),
    }
}

fn diff_object(d: &mut Diff, name: &str, o: &Object, n: &Object) {
    let role = if o.kind == ObjectKind::Input {
        Role::Input
    } else {
        Role::Output
    };
    let (added, removed) = match role {
        Role::Input => (Kind::ParamAdded, Kind::ParamRemoved),
        Role::Output => (Kind::FieldAdded, Kind::FieldRemoved),
    };
    diff_fields(d, name, &o.fields, &n.fields, role, added, removed);
    diff_one_of(d, name, &o.one_of, &n.one_of);
    // A tagged union's variants are its enum's: one gone breaks code that names it.
    for v in &o.variants {
        if !n.variants.iter().any(|w| w.value == v.value) {
            d.push(
                Kind::EnumValueRemoved,
                format!("{name}.{}", v.value),
                format!("variant `{}` is gone", v.value),
                true,
            );
        }
    }
    for v in &n.variants {
        if !o.variants.iter().any(|w| w.value == v.value) {
            d.push(
                Kind::EnumValueAdded,
                format!("{name}.{}", v.value),
                format!("new variant `{}`", v.value),
                false,
            );
        }
    }
}

fn diff_enum(d: &mut Diff, name: &str, o: &Enum, n: &Enum) {
    for v in &o.values {
        if !n.values.iter().any(|w| w.value == v.value) {
            d.push(
                Kind::EnumValueRemoved,
                format!("{name}.{}", v.value),
                format!("value `{}` is gone (its variant too)", v.value),
                true,
            );
        }
    }
    for v in &n.values {
        if !o.values.iter().any(|w| w.value == v.value) {
            d.push(
                Kind::EnumValueAdded,
                format!("{name}.{}", v.value),
                format!(
                    "new value `{}` (older bindings decode it as `Unknown(\"{}\")`)",
                    v.value, v.value
                ),
                false,
            );
        }
    }
}

impl Report {
    /// The report as Markdown: breaking changes first.
    pub fn markdown(&self) -> String {
        let mut out = format!("# Graph API changes: {} → {}\n\n", self.from, self.to);
        let total = self.changes.len();
        if total == 0 {
            out.push_str("No changes.\n");
            return out;
        }
        let _ = writeln!(
            out,
            "{total} change{}, {} of them breaking for Rust code written against the `{}` module.\n",
            if total == 1 { "" } else { "s" },
            self.breaking,
            self.from.replace('.', "_"),
        );
        out.push_str("Breaking means code that compiled against the older module may not compile against the newer one: a type, variant, setter or field that is gone or changed, or a constructor whose arguments changed. Additions are not breaking: the generated enums and response structs are `#[non_exhaustive]`.\n");
        for (title, breaking) in [("Breaking", true), ("Not breaking", false)] {
            let rows: Vec<&Change> = self
                .changes
                .iter()
                .filter(|c| c.breaking == breaking)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let _ = write!(
                out,
                "\n## {title}\n\n| item | change | detail |\n| --- | --- | --- |\n"
            );
            for c in rows {
                let kind = serde_json::to_value(c.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} |",
                    c.item,
                    kind.replace('_', " "),
                    c.detail.replace('|', "\\|")
                );
            }
        }
        out
    }
}
