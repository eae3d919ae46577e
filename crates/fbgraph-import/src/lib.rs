//! Reads Meta's machine-readable Graph API spec (`api_specs/` of
//! `facebook/facebook-business-sdk-codegen`, vendored in `vendor/meta-api-specs/<version>/`)
//! into a typed model: the first step of `cargo xtask import meta`.
//!
//! - [`Snapshot::read`] reads a directory: every node with its fields and calls, every enum,
//!   `SDKCodegen.json`'s overrides applied (each recorded in [`Snapshot::overrides`]).
//! - Types are parsed once into a [`Type`] tree; a name with no definition is
//!   [`Type::Unresolved`] and reported.
//! - Enum names follow one rule ([`naming`]); collisions within a scope are reported.
//! - Problems are collected, not stopped at: [`Snapshot::diagnostics`], each with its file and
//!   JSON path. Nothing in a malformed snapshot panics.
//! - [`Snapshot::stats`] counts nodes, calls, params, fields, enums and values.
//!
//! ```no_run
//! let snapshot = fbgraph_import::Snapshot::read("vendor/meta-api-specs/v25.0".as_ref())?;
//! println!("{}", snapshot.stats());
//! for d in &snapshot.diagnostics {
//!     eprintln!("{d}");
//! }
//! # Ok::<(), fbgraph_import::ReadError>(())
//! ```

pub mod compact;
pub mod diagnostics;
pub mod lower;
pub mod model;
pub mod naming;
pub mod overlay;
pub mod overrides;
pub mod python;
mod read;
pub mod stats;
pub mod types;

pub use diagnostics::{Diagnostic, DiagnosticKind, Severity};
pub use lower::{Decision, Lowered};
pub use model::{Api, Enum, Field, Method, Node, Param, Snapshot, Target};
pub use naming::{EnumName, EnumScheme, EnumScope};
pub use overrides::{AppliedOverride, Change, Selector};
pub use read::ReadError;
pub use stats::Stats;
pub use types::{MAX_DEPTH, RefKind, Resolve, Type, TypeError};
