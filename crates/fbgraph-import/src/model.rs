//! The typed model of one snapshot.

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::naming::EnumName;
use crate::overrides::AppliedOverride;
use crate::types::Type;

/// One snapshot of Meta's spec: every node, enum and applied override, and the problems found.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The Graph version (`v25.0`), from `specs/version.txt` (else the directory name).
    pub version: String,
    /// What the snapshot was read from, as a note cites it (`Meta's api_specs v25.0`,
    /// `facebook-business 26.0.3`).
    pub source: String,
    /// The nodes by name (the file stem of `specs/<Name>.json`).
    pub nodes: BTreeMap<String, Node>,
    /// The enums of `enum_types.json`, in its order.
    pub enums: Vec<Enum>,
    /// Every `SDKCodegen.json` override that was applied, in the file's order.
    pub overrides: Vec<AppliedOverride>,
    /// `SDKCodegen.json`'s `flags` (SDK generator switches per node), kept as given.
    pub sdk_flags: BTreeMap<String, Vec<String>>,
    /// `SDKCodegen.json`'s `read_endpoints` (node → the edge that lists it), kept as given.
    pub read_endpoints: BTreeMap<String, String>,
    /// Every problem found, in the order found.
    pub diagnostics: Vec<Diagnostic>,
}

/// A node: a thing with an id.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Meta's name (`Page`).
    pub name: String,
    /// The file it was read from, relative to the snapshot (`specs/Page.json`).
    pub file: String,
    /// Its fields, in the file's order.
    pub fields: Vec<Field>,
    /// Its calls, in the file's order.
    pub apis: Vec<Api>,
    /// Node-level SDK switches from `SDKCodegen.json` (`$`: `exclude_creation_endpoint`).
    pub sdk_flags: BTreeMap<String, serde_json::Value>,
}

/// A node field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The field name.
    pub name: String,
    /// The type as written (after overrides).
    pub type_text: String,
    /// The parsed type.
    pub ty: Type,
    /// `false` if `SDKCodegen.json` marks it `not_visible`.
    pub visible: bool,
    /// Other SDK switches from `SDKCodegen.json` (`keyvalue`, `context`, …), kept as given.
    pub sdk_flags: BTreeMap<String, serde_json::Value>,
    /// Where it stands in its file (`$.fields[3]`): entries the reader dropped as malformed
    /// leave gaps, so the position in the model is not the one in the file.
    pub source: String,
}

/// The HTTP method of a call: the spec's own, which the import will write into `spec/`.
pub use fbgraph_spec::Method;

/// What a call addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The node itself: `#get` (GET), `#update` (POST), `#delete` (DELETE) `/{node-id}`.
    Node,
    /// An edge: `/{node-id}/<edge>`.
    Edge(String),
    /// A path from the root (`basePath`): `/<path>`, no node id.
    Root(String),
}

/// A call, as Meta's `apis` entry gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The method.
    pub method: Method,
    /// What it addresses.
    pub target: Target,
    /// Meta's `name` when it has one (`#get`, `#update`, `#delete`, or an SDK method name such
    /// as `genGet`).
    pub sdk_name: Option<String>,
    /// The return type as written (after overrides).
    pub return_text: String,
    /// The parsed return type.
    pub returns: Type,
    /// Its params, in the file's order.
    pub params: Vec<Param>,
    /// SDK switches from `SDKCodegen.json` (`allow_file_upload`, …), kept as given.
    pub sdk_flags: BTreeMap<String, serde_json::Value>,
    /// Where it stands in its file (`$.apis[2]`).
    pub source: String,
}

impl Api {
    /// The path below the version: `/{node-id}`, `/{node-id}/<edge>` or `/<base path>`.
    pub fn path(&self) -> String {
        match &self.target {
            Target::Node => "/{node-id}".to_owned(),
            Target::Edge(e) => format!("/{{node-id}}/{e}"),
            Target::Root(p) => format!("/{p}"),
        }
    }

    /// Whether the answer is a cursor-paged list of `returns`: every GET of an edge.
    pub fn paged(&self) -> bool {
        self.method == Method::Get && matches!(self.target, Target::Edge(_))
    }
}

/// A call's param.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The name on the wire.
    pub name: String,
    /// Meta's `required`.
    pub required: bool,
    /// Whether the source says `required` at all (facebook-business does not; the import
    /// carries it from the version before where it can).
    pub required_known: bool,
    /// The type as written (after overrides).
    pub type_text: String,
    /// The parsed type.
    pub ty: Type,
    /// An upload: its type is (or holds) `file`, or `SDKCodegen.json` marks it `is_file_param`.
    pub is_file: bool,
    /// Where it stands in its file (`$.apis[2].params[0]`).
    pub source: String,
}

/// An enum of `enum_types.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// Meta's name, as types reference it.
    pub meta_name: String,
    /// The file it was read from (`specs/enum_types.json`, `adobjects/page.py`).
    pub file: String,
    /// The node `enum_types.json` names, if any.
    pub node: Option<String>,
    /// The field or param it types.
    pub field_or_param: String,
    /// The values exactly as on the wire, in the file's order (after `enum_overriding`).
    pub values: Vec<String>,
    /// The naming rule's result.
    pub name: EnumName,
}
