//! `cargo xtask import`: `spec/<version>/` written from Meta's spec in `vendor/`.
//!
//! For each version of [`imported_versions`], the files of the lowered snapshot
//! ([`fbgraph_import::lower`]) in the spec's layout ([`fbgraph_import::compact`]), and
//! `IMPORT.md`: what Meta's spec holds and what spec/ holds, counted alike, and every decision
//! the lowering made. The import owns those directories: a `*.json` file it does not write is
//! removed.

use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fbgraph_import::{Lowered, Snapshot};
use fbgraph_spec::Spec;

use crate::Output;

/// The versions spec/ holds, oldest first: each version with a vendored source (a snapshot
/// in `vendor/meta-api-specs/<version>/`, or the Python SDK's version), imported whole, with
/// the overlays applied.
pub fn imported_versions(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join("vendor/meta-api-specs");
    let mut versions: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("specs").is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|v| crate::version_key(v).is_some())
        .collect();
    if root.join(PYTHON_SDK).join("apiconfig.py").exists() {
        versions.push(PYTHON_SDK_VERSION.to_owned());
    }
    versions.sort_by_key(|v| crate::version_key(v));
    versions.dedup();
    Ok(versions)
}

/// The version the vendored Python SDK declares (`'API_VERSION'` in its `apiconfig.py`).
pub const PYTHON_SDK_VERSION: &str = "v26.0";

/// The overlays applied on every import, relative to the workspace root.
pub const OVERLAYS: &str = "spec/overlays";

/// What a spec holds, counted as Meta's spec is counted (`fbgraph_import::Stats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub nodes: usize,
    pub calls: usize,
    pub params: usize,
    pub fields: usize,
    pub enums: usize,
    pub values: usize,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} nodes, {} calls, {} params, {} fields, {} enums ({} values)",
            self.nodes, self.calls, self.params, self.fields, self.enums, self.values
        )
    }
}

/// The counts of a spec: its nodes, calls, params, node fields and enums. The answer shapes
/// the import adds (`shared::WriteResult`) are objects, not Meta's, so they do not count.
pub fn spec_counts(spec: &Spec) -> Counts {
    Counts {
        nodes: spec.nodes().count(),
        calls: spec.calls().count(),
        params: spec.calls().map(|(_, c)| c.params.len()).sum(),
        fields: spec.nodes().map(|(_, n)| n.fields.len()).sum(),
        enums: spec.enums().count(),
        values: spec.enums().map(|(_, e)| e.values.len()).sum(),
    }
}

/// The counts of the import before the overlays, in the same terms.
pub fn lowered_counts(lowered: &Lowered) -> Counts {
    let files = lowered.files.iter().map(|(_, f)| f);
    let mut c = Counts::default();
    for f in files {
        if let Some(n) = &f.node {
            c.nodes += 1;
            c.fields += n.fields.len();
        }
        c.calls += f.calls.len();
        c.params += f.calls.iter().map(|x| x.params.len()).sum::<usize>();
        c.enums += f.enums.len();
        c.values += f.enums.iter().map(|e| e.values.len()).sum::<usize>();
    }
    c
}

/// The counts of Meta's snapshot, in the same terms.
pub fn source_counts(snapshot: &Snapshot) -> Counts {
    let stats = snapshot.stats();
    Counts {
        nodes: stats.nodes,
        calls: stats.calls,
        params: stats.params,
        fields: stats.fields,
        enums: stats.enums,
        values: stats.enum_values,
    }
}

/// Where the Python SDK's generated classes are vendored, relative to the workspace root.
pub const PYTHON_SDK: &str = "vendor/facebook-business-26.0.3/facebook_business";

/// How notes cite the Python SDK.
pub const PYTHON_SDK_SOURCE: &str = "facebook-business 26.0.3";

/// Reads a snapshot directory of either kind: Meta's `api_specs` (a `specs/` directory) or
/// the Python SDK (`apiconfig.py` and `adobjects/`).
pub fn read_snapshot(dir: &Path) -> Result<Snapshot, String> {
    let read = if dir.join("apiconfig.py").exists() {
        let source = dir
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix("facebook-business-"))
            .map_or_else(
                || "facebook-business".to_owned(),
                |v| format!("facebook-business {v}"),
            );
        Snapshot::read_python(dir, &source)
    } else {
        Snapshot::read(dir)
    };
    read.map_err(|e| e.to_string())
}

/// v26.0 from the Python SDK, with `required` carried from v25.0's api_specs; the number of
/// params that got it.
pub fn read_v26(root: &Path) -> Result<(Snapshot, usize), String> {
    let mut snapshot = Snapshot::read_python(&root.join(PYTHON_SDK), PYTHON_SDK_SOURCE)
        .map_err(|e| e.to_string())?;
    let v25 =
        Snapshot::read(&root.join("vendor/meta-api-specs/v25.0")).map_err(|e| e.to_string())?;
    let carried = snapshot.carry_required(&v25);
    Ok((snapshot, carried))
}

/// One imported version: the snapshot, its lowering, and the spec they load as.
pub struct Imported {
    pub snapshot: Snapshot,
    pub lowered: Lowered,
    pub spec: Spec,
    /// `(file name, text)` of each spec file.
    pub sources: Vec<(String, String)>,
}

/// Reads `vendor/meta-api-specs/<version>`, lowers it and loads the result as a spec. A
/// lowering the spec's validator refuses is an error naming every problem.
pub fn import_version(root: &Path, version: &str) -> Result<Imported, String> {
    let snapshot = if version == PYTHON_SDK_VERSION {
        read_v26(root)?.0
    } else {
        let dir = root.join("vendor/meta-api-specs").join(version);
        Snapshot::read(&dir).map_err(|e| format!("{}: {e}", dir.display()))?
    };
    let lowered = snapshot.lower();
    let overlays = fbgraph_import::overlay::Overlay::load_dir(&root.join(OVERLAYS))
        .map_err(|d| d.to_string())?;
    let merged = fbgraph_import::overlay::apply(version, lowered.files.clone(), &overlays)
        .map_err(|d| format!("the overlays do not apply to the import of {version}:\n{d}"))?;
    let mut sources = Vec::new();
    for (name, content) in &merged {
        let text = fbgraph_import::compact::to_string(content)
            .map_err(|e| format!("{version}/{name}: {e}"))?;
        sources.push((name.clone(), text));
    }
    let spec = Spec::from_sources(version, sources.clone())
        .map_err(|d| format!("the import of {version} does not load as a spec:\n{d}"))?;
    Ok(Imported {
        snapshot,
        lowered,
        spec,
        sources,
    })
}

/// `IMPORT.md` of a version.
pub fn report(imported: &Imported) -> String {
    let Imported {
        snapshot,
        lowered,
        spec,
        ..
    } = imported;
    let v = &lowered.version;
    let source = source_counts(snapshot);
    let ours = spec_counts(spec);
    let mut out = String::new();
    let from = if v == PYTHON_SDK_VERSION {
        format!("`{PYTHON_SDK}/` ({})", snapshot.source)
    } else {
        format!("`vendor/meta-api-specs/{v}/` ({})", snapshot.source)
    };
    let _ = writeln!(
        out,
        "# {v}: imported from Meta's machine-readable spec, with the overlays\n\n\
         Written by `cargo xtask import` from {from}, with `spec/overlays/` applied; do not \
         edit (the import rewrites it, and `cargo xtask import --check` fails when it differs). \
         The rules are in `crates/fbgraph-import/src/lower.rs` and `overlay.rs`.\n"
    );
    let _ = writeln!(
        out,
        "| | Meta's spec | imported | spec/{v} (with the overlays) |\n| --- | --- | --- | --- |"
    );
    let lowered_counts = lowered_counts(lowered);
    for (what, a, i, b) in [
        ("nodes", source.nodes, lowered_counts.nodes, ours.nodes),
        ("calls", source.calls, lowered_counts.calls, ours.calls),
        ("params", source.params, lowered_counts.params, ours.params),
        (
            "node fields",
            source.fields,
            lowered_counts.fields,
            ours.fields,
        ),
        ("enums", source.enums, lowered_counts.enums, ours.enums),
        (
            "enum values",
            source.values,
            lowered_counts.values,
            ours.values,
        ),
    ] {
        let _ = writeln!(out, "| {what} | {a} | {i} | {b} |");
    }
    let unknown = lowered
        .decisions
        .iter()
        .filter(|d| d.what.contains("does not say whether it is required"))
        .count();
    let _ = writeln!(
        out,
        "\nWhere Meta's spec and the import differ, the decisions below say which items were not \
         carried over and why. The overlays add what no Meta source has (the Message node, \
         nested objects, enums, webhooks, the error catalogue), so spec/ counts more; the answer \
         shapes the import adds (`shared::WriteResult`, `shared::Untyped`) are objects and not \
         counted. Params whose `required` is unknown: {unknown}.\n\n## Decisions ({})\n",
        lowered.decisions.len()
    );
    for d in &lowered.decisions {
        let _ = writeln!(out, "- {}: {}", d.source, d.what);
    }
    out
}

/// Every file `cargo xtask import` writes.
pub fn outputs(root: &Path) -> Result<Vec<Output>, String> {
    let mut outputs = Vec::new();
    for version in &imported_versions(root)? {
        let imported = import_version(root, version)?;
        let dir = PathBuf::from("spec").join(version);
        outputs.push(Output {
            path: dir.join("IMPORT.md"),
            content: report(&imported),
        });
        for (name, text) in imported.sources {
            outputs.push(Output {
                path: dir.join(name),
                content: text,
            });
        }
    }
    Ok(outputs)
}

/// Runs the import. With `check`, writes nothing and returns the files that differ (or that
/// the import would remove); otherwise writes what differs, removes `*.json` files of an
/// imported version that the import does not write, and returns what it changed.
pub fn import(root: &Path, check: bool) -> Result<Vec<PathBuf>, String> {
    let outputs = outputs(root)?;
    let mut changed = crate::write_outputs(root, &outputs, check)?;
    for version in &imported_versions(root)? {
        let dir = root.join("spec").join(version);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let rel = PathBuf::from("spec")
                .join(version)
                .join(path.file_name().unwrap_or_default());
            let ours = path.extension().and_then(|e| e.to_str()) == Some("json");
            if ours && !outputs.iter().any(|o| o.path == rel) {
                if !check {
                    std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                }
                changed.push(rel);
            }
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use fbgraph_import::lower::placeholder;

    use super::*;

    /// v26.0 from the Python SDK: every class a node, every method a call, `required` from
    /// v25.0 where the call and param are unchanged; its lowering loads as a spec holding all
    /// of it.
    #[test]
    fn the_python_sdk_reads_as_v26_at_full_breadth() {
        let root = crate::root();
        let (snapshot, carried) = read_v26(&root).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(snapshot.version, "v26.0");
        let stats = snapshot.stats();
        assert_eq!((stats.nodes, stats.calls, stats.params), (1163, 1545, 5471));
        assert_eq!(stats.errors, 0, "{:?}", snapshot.diagnostics);
        // Most params are unchanged since v25.0 and get their `required` from it.
        let required = snapshot
            .nodes
            .values()
            .flat_map(|n| n.apis.iter().flat_map(|a| a.params.iter()))
            .filter(|p| p.required)
            .count();
        assert!(
            carried > 4000 && required > 400,
            "{carried} carried, {required} required"
        );
        // The Send API's recipient is required in v26.0 as in v25.0.
        let send = snapshot.nodes["Page"]
            .apis
            .iter()
            .find(|a| a.sdk_name.as_deref() == Some("create_message"))
            .expect("Page.create_message");
        let recipient = send.params.iter().find(|p| p.name == "recipient");
        assert!(recipient.is_some_and(|p| p.required && p.required_known));
        let lowered = snapshot.lower();
        let sources = lowered
            .files
            .iter()
            .map(|(n, c)| Ok((n.clone(), fbgraph_import::compact::to_string(c)?)))
            .collect::<Result<Vec<_>, serde_json::Error>>()
            .expect("serialises");
        let spec = Spec::from_sources("v26.0", sources).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(source_counts(&snapshot), spec_counts(&spec));
    }

    /// Where today's merged spec knowingly differs from the hand-written one it replaced:
    /// Meta's spec says `unsigned int` for these params (the hand-written spec said
    /// `integer`), and the conversations' platform is the import's enum, in the file of the
    /// node it types.
    const CORRECTED_TYPES: [(&str, &str, &str); 2] = [
        ("Conversations", "updated_after_ms", "unsigned_integer"),
        ("Conversations", "updated_before_ms", "unsigned_integer"),
    ];
    const MOVED: [(&str, &str); 3] = [
        ("page::Platform", "unified_thread::Platform"),
        // Renamed so that the Send API's template types keep the plain names.
        (
            "message::GenericTemplate",
            "message::MessageGenericTemplate",
        ),
        ("message::ProductElement", "message::MessageProductElement"),
    ];
    /// Objects that became tagged unions, with the enum whose values became their variants:
    /// the enum-typed field is the tag, and every other field lives on in a variant (or is
    /// the union's `content`).
    const RESHAPED: [(&str, &str); 2] = [
        ("page::Attachment", "page::AttachmentType"),
        ("page::QuickReply", "page::QuickReplyContentType"),
    ];

    /// Every fact of a hand-written object that became a tagged union, in the union.
    fn reshaped_facts(
        old: &Spec,
        new: &Spec,
        at: &str,
        object: &fbgraph_spec::Object,
        merged: &fbgraph_spec::Object,
        out: &mut Vec<String>,
    ) {
        let Some((_, enum_name)) = RESHAPED.iter().find(|(o, _)| *o == at) else {
            return;
        };
        let Some((_, fbgraph_spec::Named::Enum(e))) = old.lookup(enum_name) else {
            out.push(format!(
                "{at}: no enum {enum_name} in the hand-written spec"
            ));
            return;
        };
        let tag = object.fields.iter().find(|f| f.ty.0 == *enum_name);
        if tag.map(|f| &f.name) != merged.tag.as_ref() {
            out.push(format!("{at}: the tag is not the field typed {enum_name}"));
        }
        for v in &e.values {
            if !merged
                .variants
                .iter()
                .any(|m| m.value.eq_ignore_ascii_case(&v.value))
            {
                out.push(format!("{at}: value {} is no variant", v.value));
            }
        }
        let variant_fields: Vec<&str> = merged
            .variants
            .iter()
            .filter_map(|v| v.ty.as_ref())
            .filter_map(|t| new.fields_of(&t.0))
            .flatten()
            .map(|f| f.name.as_str())
            .collect();
        for f in object
            .fields
            .iter()
            .filter(|f| Some(&f.name) != merged.tag.as_ref())
        {
            if merged.content.as_ref() != Some(&f.name)
                && !variant_fields.contains(&f.name.as_str())
            {
                out.push(format!("{at}.{}: in no variant", f.name));
            }
        }
    }

    fn moved(ty: &str) -> String {
        MOVED
            .iter()
            .fold(ty.to_owned(), |t, (from, to)| t.replace(from, to))
    }

    /// Every fact of a hand-written field in the merged one.
    fn same_field(
        at: &str,
        old: &fbgraph_spec::Field,
        new: Option<&fbgraph_spec::Field>,
        out: &mut Vec<String>,
    ) {
        let Some(new) = new else {
            out.push(format!("{at}: gone"));
            return;
        };
        let corrected = CORRECTED_TYPES
            .iter()
            .find(|(c, p, _)| at.ends_with(&format!("{c}.{p}")))
            .map(|(_, _, t)| *t);
        let want_ty = corrected.map_or_else(|| moved(&old.ty.0), str::to_owned);
        if new.ty.0 != want_ty {
            out.push(format!("{at}: type {} → {}", old.ty.0, new.ty.0));
        }
        if (&old.documented_type, old.required, &old.default, &old.doc)
            != (&new.documented_type, new.required, &new.default, &new.doc)
            || (old.supports_emoji, old.default_field) != (new.supports_emoji, new.default_field)
        {
            out.push(format!("{at}: differs: {old:?} → {new:?}"));
        }
        if let Some(note) = &old.note
            && !new
                .note
                .as_deref()
                .is_some_and(|n| n.contains(note.as_str()))
        {
            out.push(format!("{at}: note lost"));
        }
    }

    /// What of a hand-written spec the merged one lacks or says otherwise.
    fn lost_facts(old: &Spec, new: &Spec) -> Vec<String> {
        let (old, new) = (old.qualified(), new.qualified());
        let mut out = Vec::new();
        for (file, node) in old.nodes() {
            let at = format!("{}::{}", file.module, node.name);
            let Some((_, merged)) = new
                .nodes()
                .find(|(f, n)| f.module == file.module && n.name == node.name)
            else {
                out.push(format!("node {at}: gone"));
                continue;
            };
            if !node.doc.is_empty() && merged.doc != node.doc {
                out.push(format!("node {at}: doc"));
            }
            for f in &node.fields {
                let m = merged.fields.iter().find(|m| m.name == f.name);
                same_field(&format!("{at}.{}", f.name), f, m, &mut out);
            }
        }
        for (_, call) in old.calls() {
            let Some((_, merged)) = new.calls().find(|(_, c)| c.name == call.name) else {
                out.push(format!("call {}: gone", call.name));
                continue;
            };
            if (
                call.method,
                &call.path,
                &call.reference,
                &call.doc,
                &call.one_of,
                &call.returns,
                &call.mock,
            ) != (
                merged.method,
                &merged.path,
                &merged.reference,
                &merged.doc,
                &merged.one_of,
                &merged.returns,
                &merged.mock,
            ) {
                out.push(format!("call {}: differs", call.name));
            }
            // Codes documented since may be added; none may be lost, nor their order.
            if merged.errors.get(..call.errors.len()) != Some(&call.errors[..]) {
                out.push(format!("call {}: error codes lost", call.name));
            }
            for p in &call.params {
                let m = merged.params.iter().find(|m| m.name == p.name);
                same_field(&format!("{}.{}", call.name, p.name), p, m, &mut out);
            }
        }
        for (file, object) in old.objects() {
            let at = moved(&format!("{}::{}", file.module, object.name));
            let Some((_, merged)) = new
                .objects()
                .find(|(f, o)| format!("{}::{}", f.module, o.name) == at)
            else {
                out.push(format!("object {at}: gone"));
                continue;
            };
            if RESHAPED.iter().any(|(o, _)| *o == at) {
                reshaped_facts(&old, &new, &at, object, merged, &mut out);
                continue;
            }
            if (object.kind, &object.doc, &object.note, &object.one_of)
                != (merged.kind, &merged.doc, &merged.note, &merged.one_of)
            {
                out.push(format!("object {at}: differs"));
            }
            for f in &object.fields {
                let m = merged.fields.iter().find(|m| m.name == f.name);
                same_field(&format!("{at}.{}", f.name), f, m, &mut out);
            }
        }
        for (file, e) in old.enums() {
            let at = moved(&format!("{}::{}", file.module, e.name));
            if RESHAPED.iter().any(|(_, en)| *en == at) {
                continue;
            }
            let Some((_, merged)) = new
                .enums()
                .find(|(f, m)| format!("{}::{}", f.module, m.name) == at)
            else {
                out.push(format!("enum {at}: gone"));
                continue;
            };
            if merged.doc != e.doc {
                out.push(format!("enum {at}: doc"));
            }
            for v in &e.values {
                if !merged
                    .values
                    .iter()
                    .any(|m| m.value == v.value && m.doc == v.doc)
                {
                    out.push(format!("enum {at}: value {} lost", v.value));
                }
            }
        }
        // An error code keeps its name, description and class; advice and subcodes may be
        // added.
        for e in old.errors() {
            let same = new.error(e.code).is_some_and(|n| {
                (&n.name, &n.description, n.class) == (&e.name, &e.description, e.class)
                    && e.subcodes.iter().all(|s| n.subcodes.contains(s))
            });
            if !same {
                out.push(format!("error code {}: differs", e.code));
            }
        }
        if old.webhooks().map(|(_, w)| w) != new.webhooks().map(|(_, w)| w) {
            out.push("webhooks: differ".to_owned());
        }
        out
    }

    /// spec/v19.0 and spec/v26.0 were written by hand before they were imported with
    /// overlays; the hand-written files are kept as fixtures, and every fact of theirs is in
    /// the merged specs (but the corrections named above).
    #[test]
    fn the_merged_specs_keep_every_fact_of_the_hand_written_ones() {
        let root = crate::root();
        for version in ["v19.0", "v26.0"] {
            let old = Spec::load_dir(&root.join("xtask/tests/fixtures/hand-written").join(version))
                .unwrap_or_else(|d| panic!("{d}"));
            let new = crate::load(&root, version).unwrap_or_else(|e| panic!("{e}"));
            let lost = lost_facts(&old, &new);
            assert!(lost.is_empty(), "{version}:\n{}", lost.join("\n"));
        }
    }

    /// One pass over every imported version: spec/ is what `cargo xtask import` writes (its
    /// `--check`, in `cargo test` and so in CI), and nothing of Meta's spec is lost on the
    /// way: the same counts, and every call's params (names, order, `required`), every node's
    /// fields and every enum's values as Meta gives them.
    #[test]
    fn spec_holds_every_imported_version_whole_and_as_the_import_writes_it() {
        let root = crate::root();
        let stale = import(&root, true).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            stale.is_empty(),
            "spec/ differs from what the import writes; run `cargo xtask import`:\n{}",
            stale
                .iter()
                .map(|p| format!("  {}", p.display()))
                .collect::<Vec<_>>()
                .join("\n")
        );
        for version in &imported_versions(&root).unwrap_or_else(|e| panic!("{e}")) {
            let version = version.as_str();
            let imported = import_version(&root, version).unwrap_or_else(|e| panic!("{e}"));
            let Imported {
                snapshot,
                lowered,
                spec,
                ..
            } = &imported;
            assert_eq!(
                source_counts(snapshot),
                lowered_counts(lowered),
                "{version}"
            );
            let imported_calls = lowered.files.iter().flat_map(|(_, f)| f.calls.iter());
            // Calls by the source their note names.
            let calls: HashMap<String, &fbgraph_spec::Call> = imported_calls
                .clone()
                .filter_map(|c| {
                    let note = c.note.as_deref()?;
                    let source = note.split(", ").nth(1)?.trim_end_matches('.');
                    Some((source.to_owned(), c))
                })
                .collect();
            for (name, node) in &snapshot.nodes {
                let ours = lowered
                    .files
                    .iter()
                    .find_map(|(_, f)| f.node.as_ref().filter(|n| &n.name == name))
                    .unwrap_or_else(|| panic!("{version}: no node {name}"));
                let theirs: Vec<&str> = node.fields.iter().map(|f| f.name.as_str()).collect();
                let fields: Vec<&str> = ours.fields.iter().map(|f| f.name.as_str()).collect();
                assert_eq!(fields, theirs, "{version} {name}: fields");
                for api in &node.apis {
                    let source = fbgraph_import::lower::api_source(node, api);
                    let call = calls
                        .get(&source)
                        .unwrap_or_else(|| panic!("{version}: no call from {source}"));
                    assert_eq!(call.method, api.method, "{version} {source}");
                    let path = api
                        .path()
                        .replace("{node-id}", &format!("{{{}}}", placeholder(name)));
                    assert_eq!(call.path, path, "{version} {source}: path");
                    let theirs: Vec<(&str, bool)> = api
                        .params
                        .iter()
                        .map(|p| (p.name.as_str(), p.required))
                        .collect();
                    let params: Vec<(&str, bool)> = call
                        .params
                        .iter()
                        .map(|p| (p.name.as_str(), p.required))
                        .collect();
                    assert_eq!(params, theirs, "{version} {source}: params");
                    assert_eq!(
                        call.returns.0.starts_with("paged<"),
                        api.paged(),
                        "{version} {source}: paged"
                    );
                }
            }
            let enums: HashMap<&str, &fbgraph_spec::Enum> = lowered
                .files
                .iter()
                .flat_map(|(_, f)| f.enums.iter())
                .filter_map(|e| {
                    let note = e.note.as_deref()?;
                    Some((note.split('`').nth(1)?, e))
                })
                .collect();
            for e in &snapshot.enums {
                let ours = enums
                    .get(e.meta_name.as_str())
                    .unwrap_or_else(|| panic!("{version}: no enum from `{}`", e.meta_name));
                let values: Vec<&str> = ours.values.iter().map(|v| v.value.as_str()).collect();
                let theirs: Vec<&str> = e.values.iter().map(String::as_str).collect();
                assert_eq!(values, theirs, "{version} `{}`", e.meta_name);
            }
            // The overlays add and deepen; they remove nothing the import has.
            for c in imported_calls {
                let merged = spec
                    .calls()
                    .map(|(_, m)| m)
                    .find(|m| m.method == c.method && m.path == c.path)
                    .unwrap_or_else(|| panic!("{version}: {} lost", c.name));
                for p in &c.params {
                    assert!(
                        merged.params.iter().any(|m| m.name == p.name),
                        "{version} {}: param {} lost",
                        c.name,
                        p.name
                    );
                }
            }
            for (name, f) in &lowered.files {
                let module = name.trim_end_matches(".json");
                for e in &f.enums {
                    let merged = spec
                        .enums()
                        .find(|(file, m)| file.module == module && m.name == e.name)
                        .map(|(_, m)| m)
                        .unwrap_or_else(|| panic!("{version}: enum {module}::{} lost", e.name));
                    for v in &e.values {
                        assert!(merged.values.iter().any(|m| m.value == v.value));
                    }
                }
                if let Some(node) = &f.node {
                    let (_, merged) = spec
                        .nodes()
                        .find(|(_, n)| n.name == node.name)
                        .unwrap_or_else(|| panic!("{version}: node {} lost", node.name));
                    for field in &node.fields {
                        assert!(merged.fields.iter().any(|m| m.name == field.name));
                    }
                }
            }
        }
    }
}
