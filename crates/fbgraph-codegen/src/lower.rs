//! Lowering: the spec into what the emitter reads, before any token is written.
//!
//! [`lower`] walks the spec once and decides everything the emitter would otherwise find out
//! while writing tokens: every type string is parsed once and every named type resolved
//! (through an index, not a scan), the items of each module are listed in the order they are
//! emitted, and every rule the generator depends on is checked: no field named like the
//! generated `unknown_fields`, at most one `one_of` group, a `fields`
//! enum for what a GET returns, every error code in the catalogue, enum values that make
//! distinct variants; the webhook section's types too. Each problem is collected with the
//! item it belongs to, so one run reports them all. The emitter then turns an [`Ir`] into
//! tokens and decides nothing.
//!
//! Names come from the spec crate's one rule ([`fbgraph_spec::names`]).

use std::collections::{BTreeSet, HashMap};

use fbgraph_spec::names;
use fbgraph_spec::{
    Call, ChangeKind, Enum, ErrorCode, EventKind, Field, LoadedFile, Method, Named, Object,
    ObjectKind, OneOf, Rule, Scalar, Spec, Type, Variant, Webhooks,
};
use fbgraph_spec::{ItemKind, Partition};

use crate::CodegenError;

/// The name every output struct keeps unknown fields under.
pub(crate) const UNKNOWN_FIELDS: &str = "unknown_fields";

/// A spec, lowered: its modules with their items, and the indexes the emitter resolves names
/// through.
pub(crate) struct Ir<'s> {
    pub(crate) spec: &'s Spec,
    pub(crate) modules: Vec<IrModule<'s>>,
    /// The types that get a `…Field` enum ([`Spec::selectable_types`]), named with their
    /// module (`message::Message`).
    pub(crate) selectable: BTreeSet<String>,
    /// Every type, by its name with its module (`message::Message`), with that module and
    /// what it is.
    types: HashMap<String, (&'s str, Named<'s>)>,
}

impl<'s> Ir<'s> {
    /// What a type name refers to, and the module that defines it.
    pub(crate) fn lookup(&self, name: &str) -> Option<(&'s str, Named<'s>)> {
        self.types.get(name).copied()
    }
}

/// One spec file's module and its items, in emission order.
pub(crate) struct IrModule<'s> {
    pub(crate) file: &'s LoadedFile,
    pub(crate) items: Vec<Item<'s>>,
}

/// A field or parameter with its type parsed.
pub(crate) struct IrField<'s> {
    pub(crate) field: &'s Field,
    pub(crate) ty: Type,
}

/// A parameter list (a call's, or an input object's): its fields and its one `one_of` group.
pub(crate) struct IrParams<'s> {
    /// The call or object the parameters belong to.
    pub(crate) owner: &'s str,
    pub(crate) fields: Vec<IrField<'s>>,
    pub(crate) one_of: Option<&'s OneOf>,
    /// The call's rules between parameters (none for an object).
    pub(crate) rules: &'s [Rule],
}

/// One item of a module, in the order the module holds them.
pub(crate) enum Item<'s> {
    /// A response shape: a node with fields, or an output object.
    Output {
        name: &'s str,
        doc: String,
        fields: Vec<IrField<'s>>,
    },
    /// The `…Field` enum of the output struct before it.
    FieldEnum {
        name: &'s str,
        fields: Vec<IrField<'s>>,
    },
    /// A parameter object.
    Input {
        object: &'s Object,
        doc: String,
        params: IrParams<'s>,
    },
    /// A call: its request type, `Endpoint` impl and error-code enum.
    Call {
        call: &'s Call,
        returns: Type,
        params: IrParams<'s>,
        /// The catalogue entries of the codes the call documents, in its order.
        codes: Vec<&'s ErrorCode>,
    },
    /// A tagged union: an enum whose variants are told apart by the tag's value.
    Union {
        object: &'s Object,
        doc: String,
        /// Each variant with its Rust name and its type, if it carries one.
        variants: Vec<(&'s Variant, String, Option<Type>)>,
    },
    /// An enum of values.
    Enum {
        e: &'s Enum,
        /// The Rust variant of each value, in order.
        variants: Vec<String>,
    },
    /// An enum with the same values as an earlier one of its file: one type, under both
    /// names (`pub type Audience = Visibility;`).
    EnumAlias { e: &'s Enum, of: &'s str },
    /// The error-code catalogue.
    Catalogue(Vec<&'s ErrorCode>),
    /// The webhook section.
    Webhooks(IrWebhooks<'s>),
}

/// The webhook section with every type parsed.
pub(crate) struct IrWebhooks<'s> {
    pub(crate) webhooks: &'s Webhooks,
    /// The type of the envelope's `object`.
    pub(crate) object: Type,
    pub(crate) event_fields: Vec<IrField<'s>>,
    /// Each kind, with its value's type: `type`, or `map_of`'s values in a map by id.
    pub(crate) kinds: Vec<(&'s EventKind, KindValue)>,
    /// Each change, with its value's type.
    pub(crate) changes: Vec<(&'s ChangeKind, Type)>,
}

/// What a kind's value is.
pub(crate) enum KindValue {
    /// A value of this type.
    Value(Type),
    /// A JSON object keyed by ids, each value of this type.
    MapOf(Type),
}

/// Lowers `spec`, or says every reason it cannot be generated. `spec` is
/// [`qualified`](Spec::qualified): every type reference names its module.
pub(crate) fn lower<'s>(
    spec: &'s Spec,
    partition: Option<&Partition>,
) -> Result<Ir<'s>, Vec<CodegenError>> {
    let mut cx = Lowering {
        ir: Ir {
            spec,
            modules: Vec::new(),
            selectable: spec.selectable_types(),
            types: index_types(spec),
        },
        errors: Vec::new(),
        enum_homes: partition.map(|p| {
            p.homes
                .iter()
                .filter(|(k, _)| k.kind == ItemKind::Enum)
                .map(|(k, &v)| ((k.module.clone(), k.name.clone()), v))
                .collect()
        }),
    };
    for file in &spec.files {
        let before = cx.errors.len();
        let items = cx.module(file);
        for error in &mut cx.errors[before..] {
            error.file.clone_from(&file.name);
        }
        cx.ir.modules.push(IrModule { file, items });
    }
    if cx.errors.is_empty() {
        Ok(cx.ir)
    } else {
        Err(cx.errors)
    }
}

/// Every named type of `spec`, by its qualified name, with its module; the first of a name in
/// a module wins (the validator refuses a second).
fn index_types(spec: &Spec) -> HashMap<String, (&str, Named<'_>)> {
    let mut types = HashMap::new();
    for file in &spec.files {
        let module = file.module.as_str();
        let content = &file.content;
        let named = content
            .node
            .iter()
            .map(|n| (n.name.as_str(), Named::Node(n)))
            .chain(
                content
                    .objects
                    .iter()
                    .map(|o| (o.name.as_str(), Named::Object(o))),
            )
            .chain(
                content
                    .enums
                    .iter()
                    .map(|e| (e.name.as_str(), Named::Enum(e))),
            );
        for (name, named) in named {
            types
                .entry(format!("{module}::{name}"))
                .or_insert((module, named));
        }
    }
    types
}

struct Lowering<'s> {
    ir: Ir<'s>,
    errors: Vec<CodegenError>,
    /// When an area is generated, each enum's area: enums of one value set are one type only
    /// within an area, so that no area names a type another compiles.
    enum_homes: Option<HashMap<(String, String), usize>>,
}

/// A problem with `item`.
fn problem(item: impl Into<String>, message: impl Into<String>) -> CodegenError {
    CodegenError {
        // Set by `lower` for the file being lowered.
        file: String::new(),
        item: item.into(),
        message: message.into(),
    }
}

impl<'s> Lowering<'s> {
    /// The items of one file; a bad item is left out and its problems recorded.
    fn module(&mut self, file: &'s LoadedFile) -> Vec<Item<'s>> {
        let content = &file.content;
        let mut items = Vec::new();
        // A node without fields (the Page, here only the owner of calls) has no response shape.
        if let Some(node) = content.node.as_ref().filter(|n| !n.fields.is_empty()) {
            let doc = crate::emit::with_note(&node.doc, node.note.as_deref());
            self.output(&mut items, &file.module, &node.name, doc, &node.fields);
        }
        for call in &content.calls {
            if let Some(item) = self.call(call) {
                items.push(item);
            }
        }
        for object in &content.objects {
            let doc = crate::emit::with_note(&object.doc, object.note.as_deref());
            match object.kind {
                ObjectKind::Input if object.tag.is_some() => {
                    if let Some(item) = self.union(object, doc) {
                        items.push(item);
                    }
                }
                ObjectKind::Input => {
                    if let Some(params) = self.params(&object.name, &object.fields, &object.one_of)
                    {
                        items.push(Item::Input {
                            object,
                            doc,
                            params,
                        });
                    }
                }
                ObjectKind::Output => {
                    self.output(&mut items, &file.module, &object.name, doc, &object.fields)
                }
            }
        }
        // Enums of identical value sets within a file are one type (Meta's spec repeats a
        // value set under many names: 893 enums are 417 sets in v25.0).
        let mut sets: Vec<(Option<usize>, BTreeSet<&str>, &'s str)> = Vec::new();
        for e in &content.enums {
            let set: BTreeSet<&str> = e.values.iter().map(|v| v.value.as_str()).collect();
            let home = self
                .enum_homes
                .as_ref()
                .and_then(|h| h.get(&(file.module.clone(), e.name.clone())).copied());
            if let Some((_, _, of)) = sets.iter().find(|(h, s, _)| *h == home && *s == set) {
                items.push(Item::EnumAlias { e, of });
                continue;
            }
            if let Some(item) = self.enumeration(e) {
                sets.push((home, set, &e.name));
                items.push(item);
            }
        }
        if !content.errors.is_empty() {
            items.push(Item::Catalogue(self.ir.spec.errors().collect()));
        }
        if let Some(webhooks) = &content.webhooks
            && let Some(webhooks) = self.webhooks(webhooks)
        {
            items.push(Item::Webhooks(webhooks));
        }
        items
    }

    fn webhooks(&mut self, webhooks: &'s Webhooks) -> Option<IrWebhooks<'s>> {
        let object = self.ty(&webhooks.object.0, "webhooks.object");
        let mut ok = object.is_some();
        let mut event_fields = Vec::new();
        for f in &webhooks.event_fields {
            match self.field(f, &format!("webhooks.event_fields.{}", f.name)) {
                Some(field) => event_fields.push(field),
                None => ok = false,
            }
        }
        let mut kinds = Vec::new();
        for kind in &webhooks.kinds {
            let item = format!("webhooks.kinds.{}", kind.key);
            let value = match (&kind.ty, &kind.map_of) {
                (Some(ty), None) => self.ty(&ty.0, &item).map(KindValue::Value),
                (None, Some(values)) => self.ty(&values.0, &item).map(KindValue::MapOf),
                _ => {
                    self.errors
                        .push(problem(item, "a kind has either `type` or `map_of`"));
                    None
                }
            };
            match value {
                Some(value) => kinds.push((kind, value)),
                None => ok = false,
            }
        }
        let mut changes = Vec::new();
        for change in &webhooks.changes {
            let item = format!("webhooks.changes.{}.{}", change.object, change.field);
            match self.ty(&change.ty.0, &item) {
                Some(ty) => changes.push((change, ty)),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        Some(IrWebhooks {
            webhooks,
            object: object?,
            event_fields,
            kinds,
            changes,
        })
    }

    /// A response shape and, if it is selectable, its `…Field` enum.
    fn output(
        &mut self,
        items: &mut Vec<Item<'s>>,
        module: &str,
        name: &'s str,
        doc: String,
        fields: &'s [Field],
    ) {
        let mut ok = true;
        let mut lowered = Vec::new();
        for f in fields {
            let item = format!("{name}.{}", f.name);
            if f.name == UNKNOWN_FIELDS {
                self.errors.push(problem(
                    item,
                    format!(
                        "`{UNKNOWN_FIELDS}` is the name generated structs keep unknown fields under"
                    ),
                ));
                ok = false;
                continue;
            }
            match self.field(f, &item) {
                Some(field) => lowered.push(field),
                None => ok = false,
            }
        }
        if !ok {
            return;
        }
        let selectable = self.ir.selectable.contains(&format!("{module}::{name}"));
        if selectable {
            let fields = lowered
                .iter()
                .map(|f| IrField {
                    field: f.field,
                    ty: f.ty.clone(),
                })
                .collect();
            items.push(Item::Output {
                name,
                doc,
                fields: lowered,
            });
            items.push(Item::FieldEnum { name, fields });
        } else {
            items.push(Item::Output {
                name,
                doc,
                fields: lowered,
            });
        }
    }

    /// A field with its type parsed and every name in it resolved.
    fn field(&mut self, field: &'s Field, item: &str) -> Option<IrField<'s>> {
        let mut ty = self.ty(&field.ty.0, item)?;
        if self.is_area() {
            ty = self.fieldless_as_json(ty);
        }
        Some(IrField { field, ty })
    }

    /// A type expression, parsed, with every name in it resolved.
    fn ty(&mut self, expr: &str, item: &str) -> Option<Type> {
        let ty = match Type::parse(expr) {
            Ok(ty) => ty,
            Err(e) => {
                self.errors.push(problem(item, e.to_string()));
                return None;
            }
        };
        if let Some(name) = ty.named()
            && self.ir.lookup(name).is_none()
        {
            self.errors
                .push(problem(item, format!("unknown type `{name}`")));
            return None;
        }
        Some(ty)
    }

    fn params(
        &mut self,
        owner: &'s str,
        fields: &'s [Field],
        one_of: &'s [OneOf],
    ) -> Option<IrParams<'s>> {
        let mut ok = true;
        if one_of.len() > 1 {
            self.errors.push(problem(
                owner,
                "the generator supports one one_of group per call or object",
            ));
            ok = false;
        }
        let mut lowered = Vec::new();
        for f in fields {
            match self.field(f, &format!("{owner}.{}", f.name)) {
                Some(mut field) => {
                    field.ty = self.node_ids(field.ty);
                    lowered.push(field);
                }
                None => ok = false,
            }
        }
        ok.then(|| IrParams {
            owner,
            fields: lowered,
            one_of: one_of.first(),
            rules: &[],
        })
    }

    fn union(&mut self, object: &'s Object, doc: String) -> Option<Item<'s>> {
        let mut ok = true;
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        for v in &object.variants {
            let item = format!("{}.{}", object.name, v.value);
            let name = names::variant_name(&v.value);
            if !seen.insert(name.clone()) {
                self.errors.push(problem(
                    &item,
                    format!("the variant would be the Rust variant `{name}`, which is taken"),
                ));
                ok = false;
            }
            let ty = match &v.ty {
                Some(t) => match self.ty(&t.0, &item) {
                    Some(ty) => Some(self.node_ids(ty)),
                    None => {
                        ok = false;
                        None
                    }
                },
                None => None,
            };
            variants.push((v, name, ty));
        }
        ok.then_some(Item::Union {
            object,
            doc,
            variants,
        })
    }

    /// A parameter's type with every node in it replaced by `id`: a node as a parameter is
    /// the id of one (Meta's spec names the node a parameter refers to).
    fn node_ids(&self, ty: Type) -> Type {
        match ty {
            Type::Named(name) if matches!(self.ir.lookup(&name), Some((_, Named::Node(_)))) => {
                Type::Scalar(Scalar::Id)
            }
            Type::List(inner) => Type::List(Box::new(self.node_ids(*inner))),
            Type::Map(key, value) => Type::Map(key, Box::new(self.node_ids(*value))),
            other => other,
        }
    }

    /// Whether an area is being generated: from the whole spec, where a node without fields
    /// has none to give (a subset leaves a node's fields out unless it is named).
    fn is_area(&self) -> bool {
        self.enum_homes.is_some()
    }

    /// `ty` with a node that has no fields (Meta's `NullNode`, a node its spec lists no field
    /// of) replaced by `json`: there is no shape to decode into, so what Graph sends is kept
    /// whole.
    fn fieldless_as_json(&self, ty: Type) -> Type {
        match ty {
            Type::Named(name) if matches!(self.ir.lookup(&name), Some((_, Named::Node(n))) if n.fields.is_empty()) => {
                Type::Scalar(Scalar::Json)
            }
            Type::List(inner) => Type::List(Box::new(self.fieldless_as_json(*inner))),
            Type::Paged(inner) => Type::Paged(Box::new(self.fieldless_as_json(*inner))),
            Type::Map(key, value) => Type::Map(key, Box::new(self.fieldless_as_json(*value))),
            other => other,
        }
    }

    fn call(&mut self, call: &'s Call) -> Option<Item<'s>> {
        let mut ok = true;
        let mut returns = self.ty(&call.returns.0, &format!("{}.returns", call.name));
        // In an area a node without fields answers `json`; in a subset it is a node left out,
        // which the checks below refuse.
        if self.is_area() {
            returns = returns.map(|t| self.fieldless_as_json(t));
        }
        // What Graph gives every GET: `fields` on what it returns.
        if let Some(returns) = &returns
            && call.method == Method::Get
            && let Some(name) = returns.named()
            && !self.ir.selectable.contains(name)
        {
            self.errors.push(problem(
                &call.name,
                format!("`{name}` has no fields to select"),
            ));
            ok = false;
        }
        // A write that answers a node this generation leaves out would name a type that is
        // not there: say so here, not as a compile error in the generated code.
        if let Some(returns) = &returns
            && call.method != Method::Get
            && let Some(name) = returns.named()
            && matches!(self.ir.lookup(name), Some((_, Named::Node(n))) if n.fields.is_empty())
        {
            self.errors.push(problem(
                &call.name,
                format!(
                    "answers `{name}`, a node this generation leaves out: name it in the nodes \
                     generated, or correct the call's `returns` in an overlay"
                ),
            ));
            ok = false;
        }
        // Parameters the request type has already (the credentials, `fields` on a GET, the
        // cursors of a paged GET): Meta's spec lists them on some calls; they are the same
        // parameters, so the spec's are left out, not doubled.
        let params = self
            .params(&call.name, &call.params, &call.one_of)
            .map(|mut p| {
                p.fields.retain(|f| !call.sends_itself(&f.field.name));
                p.rules = &call.rules;
                p
            });
        let mut codes = Vec::new();
        for code in &call.errors {
            match self.ir.spec.error(*code) {
                Some(entry) => codes.push(entry),
                None => {
                    self.errors.push(problem(
                        format!("{}.errors", call.name),
                        format!("error code {code} is not in the catalogue"),
                    ));
                    ok = false;
                }
            }
        }
        let (returns, params) = (returns?, params?);
        ok.then_some(Item::Call {
            call,
            returns,
            params,
            codes,
        })
    }

    fn enumeration(&mut self, e: &'s Enum) -> Option<Item<'s>> {
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        let mut ok = true;
        for v in &e.values {
            let name = names::variant_name(&v.value);
            if name == names::UNKNOWN_VARIANT || !seen.insert(name.clone()) {
                self.errors.push(problem(
                    format!("{}.{}", e.name, v.value),
                    format!("the value would be the Rust variant `{name}`, which is taken"),
                ));
                ok = false;
            }
            variants.push(name);
        }
        ok.then_some(Item::Enum { e, variants })
    }
}
