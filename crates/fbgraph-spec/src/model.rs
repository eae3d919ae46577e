//! The serde model of one spec file, and of a loaded spec directory.

use serde::{Deserialize, Serialize};

/// One file of a spec directory: a node with its calls, the objects and enums they use, or
/// the error-code catalogue.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// The JSON Schema this file follows, for editors; ignored by the loader.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The Graph node this file describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<Node>,
    /// The calls made on this node (`GET /{page-id}/conversations`, …).
    #[serde(default)]
    pub calls: Vec<Call>,
    /// Named object types: parameter objects (`input`) and response shapes (`output`).
    #[serde(default)]
    pub objects: Vec<Object>,
    /// Named enums.
    #[serde(default)]
    pub enums: Vec<Enum>,
    /// The error-code catalogue: each code once, with the description the reference pages give.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorCode>,
    /// The webhook notifications Meta POSTs to an app: the envelope, the messaging event and
    /// its kinds. At most one file of a spec has it; its objects and enums are the events'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Webhooks>,
}

/// The webhook section: what a notification body holds.
///
/// The envelope's shape is fixed by Meta's protocol, so only its parts that vary are here:
/// a body is `{"object", "entry": [{"id", "time", "messaging": [event, …]}]}`, with `standby`
/// in place of `messaging` for an app that does not own the conversation. Each event has the
/// `event_fields` and one key naming its kind (`message`, `postback`, …). An entry of any
/// other subscription (a Page's feed, an Instagram account's comments) holds
/// `"changes": [{"field", "value"}, …]` instead: `changes` says which value type each
/// (object, field) has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Webhooks {
    /// What a notification is.
    pub doc: String,
    /// The page the envelope's shape comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The type of the envelope's `object` field (which product the events are for): an enum.
    pub object: TypeExpr,
    /// The fields every messaging event has besides its kind (`sender`, `recipient`,
    /// `timestamp`), as output fields.
    pub event_fields: Vec<Field>,
    /// The kinds of event, each named by the key it comes under, in the reference's order.
    pub kinds: Vec<EventKind>,
    /// The fields whose `changes` values the spec describes, by object and field; any other
    /// change is still delivered, with its value as JSON.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<ChangeKind>,
}

/// The value type of the `changes` of one subscribed field of one object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangeKind {
    /// The envelope's `object` the field belongs to (`page`, `instagram`): one of the values
    /// of the webhooks section's `object` enum.
    pub object: String,
    /// The field an app subscribes to, as a change's `field` names it (`feed`, `comments`).
    pub field: String,
    /// The Rust variant, PascalCase; defaults to object and field in PascalCase
    /// (`instagram`, `comments` → `InstagramComments`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The type of a change's `value`: an output object.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// What a change of this field means.
    pub doc: String,
    /// The reference page this field is transcribed from (its URL and title).
    pub note: String,
}

impl ChangeKind {
    /// The Rust variant's name.
    pub fn variant_name(&self) -> String {
        self.variant
            .clone()
            .unwrap_or_else(|| format!("{}{}", pascal(&self.object), pascal(&self.field)))
    }
}

/// `snake_case` → `SnakeCase`.
fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// One kind of messaging event: the key it comes under and the type of its value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventKind {
    /// The key of the event object that holds this kind's value (`message`, `read`).
    pub key: String,
    /// The Rust variant, PascalCase; defaults to the key in PascalCase (`read` → `Read`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The value's type: an output object. Give either `type` or `map_of`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeExpr>,
    /// For a value that is a JSON object keyed by ids: the type of each value
    /// (`list<AppRole>`), which becomes a map from id to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_of: Option<TypeExpr>,
    /// The webhook field an app subscribes to for this kind (`message_reads`).
    pub subscription: String,
    /// What the event means.
    pub doc: String,
    /// The reference page this kind is transcribed from (its URL and title).
    pub note: String,
}

impl EventKind {
    /// The Rust variant's name.
    pub fn variant_name(&self) -> String {
        self.variant.clone().unwrap_or_else(|| pascal(&self.key))
    }
}

/// A Graph node: a thing with an id whose fields can be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// The node's type name, PascalCase (`Message`).
    pub name: String,
    /// What the node is. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where and why the spec departs from, or adds to, the reference page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The node's fields, in the reference page's order.
    pub fields: Vec<Field>,
}

/// An HTTP method Graph uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// Read.
    Get,
    /// Create, or act.
    Post,
    /// Delete.
    Delete,
    /// Replace (Meta's spec has a few).
    Put,
    /// Read the head only: no body comes back.
    Head,
}

impl Method {
    /// The method as HTTP spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Put => "PUT",
            Method::Head => "HEAD",
        }
    }
}

/// One call: a method on a path, its parameters, what it returns and the errors it documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// The request type's name, PascalCase (`SendMessage`).
    pub name: String,
    /// The HTTP method.
    pub method: Method,
    /// The path below the version, with `{…-id}` placeholders (`/{page-id}/messages`).
    pub path: String,
    /// The reference page this call is transcribed from (a file stem in `graph-docs/<version>/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// What the call does. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where and why the spec departs from the reference page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The parameters, in the reference page's order.
    #[serde(default)]
    pub params: Vec<Field>,
    /// Groups of parameters of which exactly one must be given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<OneOf>,
    /// What the call returns: a node, an output object, or `paged<…>` of one.
    pub returns: TypeExpr,
    /// Rules between the parameters that types alone do not say (`MESSAGE_TAG` needs a
    /// `tag`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// The error codes the reference page lists for this call (codes of the catalogue).
    #[serde(default)]
    pub errors: Vec<i64>,
    /// The mock server's behaviour for this call, where it keeps state; calls without one
    /// get the generic behaviour (read a node by id, list an edge).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mock: Option<String>,
}

/// ` (nearest: `A`, `B`)`: the names closest to `wanted` by edit distance, ignoring case, at
/// most three, or nothing when none is close.
pub fn nearest<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> String {
    let wanted_lower = wanted.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .map(|n| (edit_distance(&wanted_lower, &n.to_ascii_lowercase()), n))
        .filter(|(d, _)| *d <= wanted.len().max(3) / 3 + 1)
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    if scored.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = scored
        .iter()
        .take(3)
        .map(|(_, n)| format!("`{n}`"))
        .collect();
    format!(" (nearest: {})", shown.join(", "))
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = here;
        }
    }
    row[b.len()]
}

/// `ty` with every name that resolves from `module` written with its module.
fn qualify_type(spec: &Spec, module: &str, ty: crate::Type) -> crate::Type {
    ty.map_named(&mut |name| match spec.resolve(module, &name) {
        Some((defined_in, _)) => {
            let (_, bare) = crate::Type::split_name(&name);
            format!("{defined_in}::{bare}")
        }
        None => name,
    })
}

impl Call {
    /// Whether a parameter of this name is one the request sends already, so that a spec
    /// listing it (Meta's does, on some calls) adds nothing: the credentials
    /// (`access_token`, `appsecret_proof`, sent by the runtime on every call), `fields` on a
    /// GET (the typed selection), and `limit`, `after`, `before` on a GET that returns a
    /// paged list (its cursors). The generator leaves such parameters out and the mock
    /// handles them as it does on every call.
    pub fn sends_itself(&self, name: &str) -> bool {
        let get = self.method == Method::Get;
        let paged = matches!(self.returns.parse(), Ok(crate::Type::Paged(_)));
        matches!(name, "access_token" | "appsecret_proof")
            || (get && name == "fields")
            || (get && paged && matches!(name, "limit" | "after" | "before"))
    }
}

/// A parameter of a call, a field of an object, or a field of a node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The name on the wire (`messaging_type`).
    pub name: String,
    /// The type: a scalar (`string`, `utf8_string`, `numeric_string`,
    /// `numeric_string_or_integer`, `integer`, `float`, `bool`, `datetime`, `url`,
    /// `currency_code`, `id`, `json`), `list<T>`, `paged<T>`, or the name of an enum,
    /// object or node.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// The type as the reference page writes it, so that the transcription can be checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documented_type: Option<String>,
    /// Whether the parameter must be given. Fields of output objects and nodes are never
    /// required: Graph omits fields without data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// The value Graph assumes when the parameter is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    /// The description. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where and why the spec departs from the reference page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The page marks this parameter "Supports Emoji".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supports_emoji: bool,
    /// Node and output fields only: Graph returns this field when no `fields` are asked for.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub default_field: bool,
    /// Strings only: the most characters Graph accepts (Unicode scalar values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Lists only: the fewest items Graph accepts when the list is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u32>,
    /// Lists only: the most items Graph accepts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
    /// `id` (or `list<id>`) only: the node whose id this is (`Persona` for `persona_id`),
    /// where a reference page says so; the generated code types it `Id<ids::Persona>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<String>,
}

/// Whether an object is sent (a parameter's value) or received (part of a response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ObjectKind {
    /// The value of a parameter; sent by the client.
    Input,
    /// Part of a response; received by the client.
    Output,
}

/// A named object type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Object {
    /// The type name, PascalCase.
    pub name: String,
    /// Sent or received.
    pub kind: ObjectKind,
    /// What it is. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where and why the spec departs from the reference page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Its fields, in the reference page's order.
    pub fields: Vec<Field>,
    /// Input objects only: groups of fields of which exactly one must be given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<OneOf>,
    /// Input objects only: makes the object a tagged union, one of [`Object::variants`],
    /// told apart by this field's value (`type`, `template_type`, `content_type`). The
    /// object then has no `fields` of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// With `tag`: the field that holds the variant's value beside the tag (`payload` in
    /// `{"type": "image", "payload": {…}}`). Without it, the variant's fields sit beside the
    /// tag (`{"template_type": "generic", "elements": […]}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// With `tag`: the variants, by the tag's value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// One variant of a tagged union ([`Object::tag`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// The tag's value on the wire (`generic`, `web_url`).
    pub value: String,
    /// What the variant carries: an input object (its fields beside the tag, or the
    /// `content` field's value), or nothing.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeExpr>,
    /// What it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where the fact comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A rule between parameters of a call that types alone do not say: when `when` holds,
/// `then` must hold. Each side is `name` (the parameter is given) or `name=VALUE` (it is
/// given with that value, compared as Graph compares enum values, ignoring case).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The condition (`messaging_type=MESSAGE_TAG`).
    pub when: String,
    /// What it requires (`tag`).
    pub then: String,
    /// Where the rule comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One side of a [`Rule`], parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition<'a> {
    /// The parameter.
    pub param: &'a str,
    /// The value it must have, if any.
    pub value: Option<&'a str>,
}

impl Rule {
    /// Parses one side of a rule: `name` or `name=VALUE`.
    pub fn condition(text: &str) -> Condition<'_> {
        match text.split_once('=') {
            Some((param, value)) => Condition {
                param: param.trim(),
                value: Some(value.trim()),
            },
            None => Condition {
                param: text.trim(),
                value: None,
            },
        }
    }
}

/// A group of parameters or fields of which exactly one must be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OneOf {
    /// The names of the alternatives.
    pub fields: Vec<String>,
    /// Where the rule comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A named enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Enum {
    /// The type name, PascalCase.
    pub name: String,
    /// What it is. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Where the values come from, when the file's other notes do not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The values, as sent on the wire, in the reference page's order.
    pub values: Vec<EnumValue>,
}

/// One value of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The value on the wire, exactly as documented (`TYPING_ON`, `pay`).
    pub value: String,
    /// What it means. Optional: Meta's machine spec has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
}

/// What kind of failure an error code is; the runtime decides retries from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ErrorClass {
    /// Something went wrong on Graph's side; retrying may help.
    Transient,
    /// A rate limit was hit; retrying after a wait helps.
    Throttling,
    /// The access token or the request's signature is wrong.
    Auth,
    /// The app or token lacks a permission.
    Permission,
    /// The request itself is wrong, or cannot be done now.
    Request,
}

/// An error code of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// Graph's numeric `code`.
    pub code: i64,
    /// The Rust variant name, PascalCase (`RateLimitExceeded`).
    pub name: String,
    /// The description, exactly as the reference pages list it.
    pub description: String,
    /// What kind of failure it is.
    pub class: ErrorClass,
    /// What to do about it, where the page says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    /// The `error_subcode`s the pages document for this code, each a case of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subcodes: Vec<ErrorSubcode>,
}

/// An `error_subcode` of a catalogue code: a named case of it (100/2018001, no matching
/// user).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorSubcode {
    /// Graph's numeric `error_subcode`.
    pub subcode: i64,
    /// The Rust variant name, PascalCase (`NoMatchingUser`); distinct from every code's and
    /// subcode's name.
    pub name: String,
    /// The message, as the page gives it.
    pub description: String,
    /// What to do about it, where the page says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    /// The calls whose pages document it; empty for every call that lists the code.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<String>,
    /// Where the fact comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl SpecFile {
    /// The type names this file defines: its node's, objects' and enums'.
    pub fn defined_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        out.extend(self.node.iter().map(|n| n.name.as_str()));
        out.extend(self.objects.iter().map(|o| o.name.as_str()));
        out.extend(self.enums.iter().map(|e| e.name.as_str()));
        out
    }

    /// Every type expression of the file, to rewrite.
    pub fn type_exprs_mut(&mut self) -> Vec<&mut TypeExpr> {
        let mut out: Vec<&mut TypeExpr> = Vec::new();
        if let Some(node) = &mut self.node {
            out.extend(node.fields.iter_mut().map(|f| &mut f.ty));
        }
        for call in &mut self.calls {
            out.extend(call.params.iter_mut().map(|f| &mut f.ty));
            out.push(&mut call.returns);
        }
        for object in &mut self.objects {
            out.extend(object.fields.iter_mut().map(|f| &mut f.ty));
            out.extend(object.variants.iter_mut().filter_map(|v| v.ty.as_mut()));
        }
        if let Some(webhooks) = &mut self.webhooks {
            out.push(&mut webhooks.object);
            out.extend(webhooks.event_fields.iter_mut().map(|f| &mut f.ty));
            for kind in &mut webhooks.kinds {
                out.extend(kind.ty.iter_mut());
                out.extend(kind.map_of.iter_mut());
            }
            out.extend(webhooks.changes.iter_mut().map(|c| &mut c.ty));
        }
        out
    }

    /// Every type expression of the file: node and object fields, call parameters and
    /// returns, and the webhook section's types.
    pub fn type_exprs(&self) -> Vec<&TypeExpr> {
        let mut out: Vec<&TypeExpr> = Vec::new();
        if let Some(node) = &self.node {
            out.extend(node.fields.iter().map(|f| &f.ty));
        }
        for call in &self.calls {
            out.extend(call.params.iter().map(|f| &f.ty));
            out.push(&call.returns);
        }
        for object in &self.objects {
            out.extend(object.fields.iter().map(|f| &f.ty));
            out.extend(object.variants.iter().filter_map(|v| v.ty.as_ref()));
        }
        if let Some(webhooks) = &self.webhooks {
            out.push(&webhooks.object);
            out.extend(webhooks.event_fields.iter().map(|f| &f.ty));
            for kind in &webhooks.kinds {
                out.extend(kind.ty.iter());
                out.extend(kind.map_of.iter());
            }
            out.extend(webhooks.changes.iter().map(|c| &c.ty));
        }
        out
    }
}

/// A type expression as written in a spec file (`list<QuickReply>`); see [`TypeExpr::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct TypeExpr(pub String);

impl TypeExpr {
    /// Parses the expression.
    pub fn parse(&self) -> Result<crate::Type, crate::TypeError> {
        crate::Type::parse(&self.0)
    }
}

/// A loaded and validated spec directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The Graph version, the directory's name (`v19.0`).
    pub version: String,
    /// The files, sorted by name.
    pub files: Vec<LoadedFile>,
}

/// One file of a loaded spec.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    /// The file's name (`page.json`).
    pub name: String,
    /// The module its items are generated into: the file stem (`page`).
    pub module: String,
    /// The file's content.
    pub content: SpecFile,
}

impl LoadedFile {
    /// The node, object or enum of this file named `name`, with the file's module.
    pub fn defines(&self, name: &str) -> Option<(&str, Named<'_>)> {
        let module = self.module.as_str();
        if let Some(n) = self.content.node.as_ref().filter(|n| n.name == name) {
            return Some((module, Named::Node(n)));
        }
        if let Some(o) = self.content.objects.iter().find(|o| o.name == name) {
            return Some((module, Named::Object(o)));
        }
        self.content
            .enums
            .iter()
            .find(|e| e.name == name)
            .map(|e| (module, Named::Enum(e)))
    }
}

/// What a type name refers to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Named<'a> {
    /// A node.
    Node(&'a Node),
    /// An object.
    Object(&'a Object),
    /// An enum.
    Enum(&'a Enum),
}

impl Spec {
    /// Every call, with the module it belongs to.
    pub fn calls(&self) -> impl Iterator<Item = (&LoadedFile, &Call)> {
        self.files
            .iter()
            .flat_map(|f| f.content.calls.iter().map(move |c| (f, c)))
    }

    /// Every node, with the module it belongs to.
    pub fn nodes(&self) -> impl Iterator<Item = (&LoadedFile, &Node)> {
        self.files
            .iter()
            .filter_map(|f| f.content.node.as_ref().map(|n| (f, n)))
    }

    /// Every object, with the module it belongs to.
    pub fn objects(&self) -> impl Iterator<Item = (&LoadedFile, &Object)> {
        self.files
            .iter()
            .flat_map(|f| f.content.objects.iter().map(move |o| (f, o)))
    }

    /// Every enum, with the module it belongs to.
    pub fn enums(&self) -> impl Iterator<Item = (&LoadedFile, &Enum)> {
        self.files
            .iter()
            .flat_map(|f| f.content.enums.iter().map(move |e| (f, e)))
    }

    /// The nodes and output objects that get a `…Field` enum for the `fields` parameter, each
    /// named with its module (`message::Message`)
    /// ([`names::field_enum_name`](crate::names::field_enum_name)): every one with fields that
    /// a GET answers or that one of those holds, at any depth (a nested selection,
    /// `messages{from{name}}`), except the webhook section's objects (events are pushed, never
    /// selected). What only a write answers (`SendMessageResponse`) has none.
    pub fn selectable_types(&self) -> std::collections::BTreeSet<String> {
        let webhook_module = self.webhooks().map(|(f, _)| f.module.as_str());
        // What a GET answers, and every node and output object inside that (a nested
        // selection, `messages{from{name}}`): a type only a write answers is never selected.
        let mut todo: Vec<(&str, String)> = self
            .calls_with_module()
            .filter(|(_, c)| c.method == Method::Get)
            .filter_map(|(m, c)| c.returns.parse().ok().map(|t| (m, t)))
            .filter_map(|(m, t)| t.named().map(|n| (m, n.to_owned())))
            .collect();
        let mut out = std::collections::BTreeSet::new();
        while let Some((from, name)) = todo.pop() {
            let Some((module, named)) = self.resolve(from, &name) else {
                continue;
            };
            let fields = match named {
                Named::Node(n) => &n.fields,
                Named::Object(o)
                    if o.kind == ObjectKind::Output && Some(module) != webhook_module =>
                {
                    &o.fields
                }
                _ => continue,
            };
            if fields.is_empty() {
                continue;
            }
            let bare = crate::Type::split_name(&name).1;
            if !out.insert(format!("{module}::{bare}")) {
                continue;
            }
            for field in fields {
                if let Ok(ty) = field.ty.parse()
                    && let Some(inner) = ty.named()
                {
                    todo.push((module, inner.to_owned()));
                }
            }
        }
        out
    }

    /// Every call with the module it belongs to.
    fn calls_with_module(&self) -> impl Iterator<Item = (&str, &Call)> {
        self.files
            .iter()
            .flat_map(|f| f.content.calls.iter().map(move |c| (f.module.as_str(), c)))
    }

    /// The webhook section, with the module it belongs to, if the spec has one.
    pub fn webhooks(&self) -> Option<(&LoadedFile, &Webhooks)> {
        self.files
            .iter()
            .find_map(|f| f.content.webhooks.as_ref().map(|w| (f, w)))
    }

    /// The error-code catalogue.
    pub fn errors(&self) -> impl Iterator<Item = &ErrorCode> {
        self.files.iter().flat_map(|f| f.content.errors.iter())
    }

    /// The catalogue entry of a code.
    pub fn error(&self, code: i64) -> Option<&ErrorCode> {
        self.errors().find(|e| e.code == code)
    }

    /// The call of that name.
    pub fn call(&self, name: &str) -> Option<&Call> {
        self.calls().map(|(_, c)| c).find(|c| c.name == name)
    }

    /// What a type name refers to, and the module that defines it: a qualified name
    /// (`ad::Status`) in its module, a bare one only if a single file defines it (see
    /// [`resolve`](Self::resolve) for names seen from a file).
    pub fn lookup(&self, name: &str) -> Option<(&str, Named<'_>)> {
        self.resolve("", name)
    }

    /// What a type name written in module `from` refers to: a qualified name (`ad::Status`)
    /// in its module; a bare name in `from` itself first, else in the one file that defines
    /// it. `None` if nothing, or several other files, define it (then it must be qualified).
    pub fn resolve(&self, from: &str, name: &str) -> Option<(&str, Named<'_>)> {
        match crate::Type::split_name(name) {
            (Some(module), name) => self
                .files
                .iter()
                .filter(|f| f.module == module)
                .find_map(|f| f.defines(name)),
            (None, name) => {
                if let Some(own) = self
                    .files
                    .iter()
                    .filter(|f| f.module == from)
                    .find_map(|f| f.defines(name))
                {
                    return Some(own);
                }
                let mut found = self.files.iter().filter_map(|f| f.defines(name));
                let first = found.next()?;
                found.next().is_none().then_some(first)
            }
        }
    }

    /// The modules that define a type of this bare name, in file order.
    pub fn modules_defining(&self, name: &str) -> Vec<&str> {
        self.files
            .iter()
            .filter_map(|f| f.defines(name).map(|(m, _)| m))
            .collect()
    }

    /// A copy in which every type reference names its module (`Status` written in `ad.json`
    /// becomes `ad::Status`), so that [`lookup`](Self::lookup) needs no context. References
    /// that do not resolve are left as written.
    pub fn qualified(&self) -> Spec {
        let mut out = self.clone();
        for (i, file) in out.files.iter_mut().enumerate() {
            let module = self.files[i].module.clone();
            for ty in file.content.type_exprs_mut() {
                if let Ok(parsed) = ty.parse() {
                    ty.0 = qualify_type(self, &module, parsed).to_string();
                }
            }
        }
        out
    }

    /// The part of the spec that some calls and nodes need, for generating less than the whole
    /// API: the calls named in `calls`, and the node each is made on (without its fields,
    /// unless named); the nodes named in `nodes`, with their fields (a node a field names but
    /// `nodes` does not is kept without its fields, so that naming a node does not pull in the
    /// API: the generated code holds it by id); every object and enum those refer to,
    /// transitively; and the files of the error catalogue and the
    /// webhooks section, whole. Items keep their files and order. A name that no call, or no
    /// node, has is an error naming every such name.
    pub fn subset(&self, calls: &[&str], nodes: &[&str]) -> Result<Spec, String> {
        use std::collections::BTreeSet;
        let qualified = self.qualified();
        let mut unknown: Vec<String> = Vec::new();
        let mut keep_calls: BTreeSet<(usize, usize)> = BTreeSet::new();
        // (file index, name) of every kept type; nodes with their fields in `full_nodes`.
        let mut keep_types: BTreeSet<(usize, String)> = BTreeSet::new();
        let mut full_nodes: BTreeSet<usize> = BTreeSet::new();
        let mut todo: Vec<String> = Vec::new();
        let modules: std::collections::HashMap<&str, usize> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.module.as_str(), i))
            .collect();
        let index_of = |module: &str| modules.get(module).copied();
        for name in calls {
            let found = qualified.files.iter().enumerate().find_map(|(i, f)| {
                f.content
                    .calls
                    .iter()
                    .position(|c| c.name == *name)
                    .map(|j| (i, j))
            });
            let Some((i, j)) = found else {
                let names = self.calls().map(|(_, c)| c.name.as_str());
                unknown.push(format!("call `{name}`{}", nearest(name, names)));
                continue;
            };
            keep_calls.insert((i, j));
            let file = &qualified.files[i];
            if let Some(node) = &file.content.node {
                keep_types.insert((i, node.name.clone()));
            }
            let call = &file.content.calls[j];
            todo.extend(call.params.iter().map(|p| p.ty.0.clone()));
            todo.push(call.returns.0.clone());
        }
        for name in nodes {
            let Some((i, node)) = qualified.files.iter().enumerate().find_map(|(i, f)| {
                f.content
                    .node
                    .as_ref()
                    .filter(|n| n.name == *name)
                    .map(|n| (i, n))
            }) else {
                let names = self.nodes().map(|(_, n)| n.name.as_str());
                unknown.push(format!("node `{name}`{}", nearest(name, names)));
                continue;
            };
            keep_types.insert((i, node.name.clone()));
            full_nodes.insert(i);
        }

        if !unknown.is_empty() {
            return Err(format!(
                "spec/{} has no {}",
                self.version,
                unknown.join(", no ")
            ));
        }
        // Every field of a named node or of an object is kept; one whose type is a node that is
        // not named keeps that node without its fields (the generated code holds it by id, a
        // `NodeRef`), so naming a node does not pull in the API, and nothing Graph sends is
        // dropped.
        for &i in &full_nodes {
            if let Some(node) = &qualified.files[i].content.node {
                todo.extend(node.fields.iter().map(|f| f.ty.0.clone()));
            }
        }
        let mut whole: BTreeSet<usize> = BTreeSet::new();
        for (i, file) in qualified.files.iter().enumerate() {
            if !file.content.errors.is_empty() || file.content.webhooks.is_some() {
                whole.insert(i);
                todo.extend(file.content.type_exprs().into_iter().map(|t| t.0.clone()));
            }
        }
        while let Some(expr) = todo.pop() {
            let Ok(ty) = TypeExpr(expr).parse() else {
                continue;
            };
            let Some(name) = ty.named() else { continue };
            let (Some(module), bare) = crate::Type::split_name(name) else {
                continue;
            };
            let Some(i) = index_of(module) else { continue };
            if !keep_types.insert((i, bare.to_owned())) {
                continue;
            }
            let content = &qualified.files[i].content;
            if let Some(o) = content.objects.iter().find(|o| o.name == bare) {
                todo.extend(o.fields.iter().map(|f| f.ty.0.clone()));
                todo.extend(
                    o.variants
                        .iter()
                        .filter_map(|v| v.ty.as_ref().map(|t| t.0.clone())),
                );
            }
        }
        let mut files = Vec::new();
        for (i, file) in self.files.iter().enumerate() {
            if whole.contains(&i) {
                files.push(file.clone());
                continue;
            }
            let kept = |name: &str| keep_types.contains(&(i, name.to_owned()));
            let c = &file.content;
            let q = &qualified.files[i].content;
            let node = c.node.as_ref().filter(|n| kept(&n.name)).map(|n| Node {
                fields: match (&q.node, full_nodes.contains(&i)) {
                    (Some(_), true) => n.fields.clone(),
                    _ => Vec::new(),
                },
                ..n.clone()
            });
            let objects = c
                .objects
                .iter()
                .filter(|o| kept(&o.name))
                .cloned()
                .collect();
            let content = SpecFile {
                schema: c.schema.clone(),
                node,
                calls: c
                    .calls
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| keep_calls.contains(&(i, *j)))
                    .map(|(_, call)| call.clone())
                    .collect(),
                objects,
                enums: c.enums.iter().filter(|e| kept(&e.name)).cloned().collect(),
                errors: Vec::new(),
                webhooks: None,
            };
            if content.node.is_some()
                || !content.calls.is_empty()
                || !content.objects.is_empty()
                || !content.enums.is_empty()
            {
                files.push(LoadedFile {
                    name: file.name.clone(),
                    module: file.module.clone(),
                    content,
                });
            }
        }
        Ok(Spec {
            version: self.version.clone(),
            files,
        })
    }

    /// The fields of a node or object type, if `name` is one.
    pub fn fields_of(&self, name: &str) -> Option<&[Field]> {
        match self.lookup(name)?.1 {
            Named::Node(n) => Some(&n.fields),
            Named::Object(o) => Some(&o.fields),
            Named::Enum(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_nearest_names_are_suggested_and_only_close_ones() {
        let names = ["SendMessage", "GetMessage", "Conversations", "ThreadOwner"];
        assert_eq!(
            super::nearest("sendmesage", names.into_iter()),
            " (nearest: `SendMessage`, `GetMessage`)"
        );
        assert_eq!(super::nearest("Zebra", names.into_iter()), "");
        assert_eq!(super::edit_distance("kitten", "sitting"), 3);
        assert_eq!(super::edit_distance("", "abc"), 3);
    }
}
