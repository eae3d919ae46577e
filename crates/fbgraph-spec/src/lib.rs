//! The fbgraph spec format: what a Graph API version's calls, parameters, node fields, enums
//! and error codes are, as data.
//!
//! This crate reads and checks a spec directory (`spec/v19.0/*.json`); it does not generate
//! code (that is `fbgraph-codegen`) nor talk HTTP. A spec that is wrong in any way is
//! answered with *every* problem found, each naming the file, the JSON path and the
//! line:col, never with a panic.
//!
//! ```
//! let spec = fbgraph_spec::Spec::from_sources(
//!     "v19.0",
//!     vec![(
//!         "errors.json".into(),
//!         r#"{"errors": [{"code": 100, "name": "InvalidParameter",
//!             "description": "Invalid parameter", "class": "request"}]}"#.into(),
//!     )],
//! )
//! .expect("a valid spec");
//! assert_eq!(spec.error(100).map(|e| e.name.as_str()), Some("InvalidParameter"));
//! ```

pub mod areas;
mod diag;
mod load;
mod model;
pub mod names;
mod position;
mod types;
mod validate;

pub use areas::{AreaRule, ItemKind, ItemRef, Partition};
pub use diag::{Diagnostic, Diagnostics};
pub use model::*;
pub use position::Positions;
pub use types::{Scalar, Type, TypeError};
