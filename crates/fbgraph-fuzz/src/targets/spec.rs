//! `spec`: the spec loader. Any bytes as a spec file, and whole version directories (file
//! names and contents fuzzed), through [`Spec::from_sources`] and [`Spec::load_dir`].
//!
//! Invariant: no panic; a spec, or diagnostics that are never empty and each name a file
//! that was given (or the version / directory, for problems with the whole set), with
//! line and column both known or both unknown, 1-based and inside that file's text; and a
//! position for every problem inside a file that could be read.
//!
//! Input format (what the crash files hold):
//!
//! ```text
//! #fbgraph-fuzz spec
//! mode dir            (or: mode sources)
//! version v19.0
//! file 12 page.json
//! <12 bytes>
//! file 3 errors.json
//! <3 bytes>
//! ```
//!
//! Anything not starting with `#fbgraph-fuzz spec` is one file, `page.json` of `v19.0`.

use std::path::{Path, PathBuf};

use fbgraph_spec::{Diagnostics, Spec};
use serde_json::Value;

use crate::driver::{Target, Verdict};
use crate::mutate::{self, Style};
use crate::rng::Rng;

const MAGIC: &[u8] = b"#fbgraph-fuzz spec\n";

/// One spec input: a version directory, loaded from memory or from disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecInput {
    /// Through [`Spec::load_dir`] (true) or [`Spec::from_sources`].
    pub dir: bool,
    /// The directory's name.
    pub version: String,
    /// `(file name, bytes)`.
    pub files: Vec<(String, Vec<u8>)>,
}

impl SpecInput {
    /// The crash-file form.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let mode = if self.dir { "dir" } else { "sources" };
        out.extend_from_slice(format!("mode {mode}\nversion {}\n", self.version).as_bytes());
        for (name, bytes) in &self.files {
            out.extend_from_slice(format!("file {} {name}\n", bytes.len()).as_bytes());
            out.extend_from_slice(bytes);
            out.push(b'\n');
        }
        out
    }

    /// Reads the crash-file form leniently; other bytes are one `page.json`.
    pub fn decode(input: &[u8]) -> SpecInput {
        let Some(mut rest) = input.strip_prefix(MAGIC) else {
            return SpecInput {
                dir: false,
                version: "v19.0".into(),
                files: vec![("page.json".into(), input.to_vec())],
            };
        };
        let mut parsed = SpecInput {
            dir: false,
            version: "v19.0".into(),
            files: Vec::new(),
        };
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            let line = String::from_utf8_lossy(&rest[..end]).into_owned();
            rest = &rest[end + 1..];
            if let Some(mode) = line.strip_prefix("mode ") {
                parsed.dir = mode == "dir";
            } else if let Some(version) = line.strip_prefix("version ") {
                parsed.version = version.to_owned();
            } else if let Some(file) = line.strip_prefix("file ") {
                let (len, name) = file.split_once(' ').unwrap_or((file, ""));
                let len = len.parse::<usize>().unwrap_or(0).min(rest.len());
                parsed.files.push((name.to_owned(), rest[..len].to_vec()));
                rest = &rest[len..];
                if rest.first() == Some(&b'\n') {
                    rest = &rest[1..];
                }
            }
        }
        parsed
    }
}

/// The `spec` target.
pub struct SpecTarget {
    /// The checked-in versions: `(version, [(file name, parsed file, pointers)])`.
    seeds: Vec<(String, Vec<SeedFile>)>,
    /// Type names found in the seeds, for references that resolve.
    names: Vec<String>,
    /// Where version directories are written for [`Spec::load_dir`].
    scratch: PathBuf,
}

struct SeedFile {
    name: String,
    text: String,
    value: Value,
    /// JSON pointers of every value in the file, with the key or index that leads to it.
    pointers: Vec<(String, String)>,
}

impl SpecTarget {
    /// Seeds from a directory of spec versions at `spec_root` (every `v*` subdirectory that
    /// is not an import): the hand-written Messenger specs kept as fixtures
    /// (`xtask/tests/fixtures/hand-written`), which hold every construct of the grammar.
    pub fn new(spec_root: &Path) -> SpecTarget {
        let mut seeds = Vec::new();
        let mut names = Vec::new();
        let mut versions: Vec<PathBuf> = std::fs::read_dir(spec_root)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| {
                        p.is_dir()
                            && p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| n.starts_with('v'))
                    })
                    // Imported versions (a thousand machine-written files each, with an
                    // IMPORT.md) would make every run a full-API load; hand-written
                    // versions hold every construct of the grammar.
                    .filter(|p| !p.join("IMPORT.md").exists())
                    .collect()
            })
            .unwrap_or_default();
        versions.sort();
        for dir in versions {
            let version = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut files: Vec<SeedFile> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .filter_map(|e| {
                            let name = e.file_name().to_string_lossy().into_owned();
                            let text = std::fs::read_to_string(e.path()).ok()?;
                            let value: Value = serde_json::from_str(&text).ok()?;
                            let mut pointers = Vec::new();
                            collect_pointers(&value, String::new(), String::new(), &mut pointers);
                            Some(SeedFile {
                                name,
                                text,
                                value,
                                pointers,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            files.sort_by(|a, b| a.name.cmp(&b.name));
            for file in &files {
                collect_names(&file.value, &mut names);
            }
            seeds.push((version, files));
        }
        names.sort();
        names.dedup();
        let scratch =
            std::env::temp_dir().join(format!("fbgraph-fuzz-spec-{}", std::process::id()));
        SpecTarget {
            seeds,
            names,
            scratch,
        }
    }

    /// How many seed files were found (a test checks the seeds are there).
    pub fn seed_files(&self) -> usize {
        self.seeds.iter().map(|(_, f)| f.len()).sum()
    }

    fn type_expr(&self, rng: &mut Rng) -> String {
        const SCALARS: &[&str] = &[
            "string",
            "utf8_string",
            "numeric_string",
            "numeric_string_or_integer",
            "integer",
            "float",
            "bool",
            "datetime",
            "url",
            "currency_code",
            "id",
            "json",
        ];
        let base = if rng.chance(1, 2) {
            rng.pick(SCALARS).copied().unwrap_or("string").to_owned()
        } else {
            self.names
                .get(rng.below(self.names.len()))
                .cloned()
                .unwrap_or_else(|| "Message".into())
        };
        match rng.below(12) {
            0 => format!("list<{base}>"),
            1 => format!("paged<{base}>"),
            2 => format!("list<paged<{base}>>"),
            3 => format!("paged<paged<{base}>>"),
            4 => format!("list<{base}"),
            5 => format!(" {base}"),
            6 => base.to_lowercase(),
            7 => mutate::string(rng),
            8 => format!("{}{base}", "list<".repeat(rng.size(300))),
            _ => base,
        }
    }

    /// A spec-aware change at a random place of `value`: type expressions, names (also
    /// colliding ones), methods, paths, codes, behaviours; or any JSON mutation.
    fn mutate_spec(&self, rng: &mut Rng, value: &mut Value, pointers: &[(String, String)]) {
        let Some((pointer, key)) = rng.pick(pointers) else {
            mutate::mutate_value(rng, value);
            return;
        };
        let replacement = match key.as_str() {
            "type" | "returns" => Some(Value::String(self.type_expr(rng))),
            "name" => Some(Value::String(match rng.below(6) {
                0 => self
                    .names
                    .get(rng.below(self.names.len()))
                    .cloned()
                    .unwrap_or_default(),
                1 => ["Self", "self", "type", "crate", "super", "r#fn", "Option"][rng.below(7)]
                    .to_owned(),
                2 => String::new(),
                3 => mutate::unicode(rng, 6),
                4 => "access_token".into(),
                _ => mutate::ascii_word(rng, 10),
            })),
            "method" => Some(Value::String(
                ["GET", "POST", "DELETE", "PUT", "get", ""][rng.below(6)].to_owned(),
            )),
            "path" => Some(Value::String(
                [
                    "/{page-id}/messages",
                    "/{id}",
                    "/",
                    "",
                    "/{",
                    "/{}/x",
                    "/{a}/{a}",
                    "no-slash",
                    "/{message-id}/attachments/{x}",
                ][rng.below(9)]
                .to_owned(),
            )),
            "code" => Some(mutate::nasty_number(rng)),
            "errors" => Some(Value::Array(
                (0..rng.size(5))
                    .map(|_| Value::from(mutate::integer(rng)))
                    .collect(),
            )),
            "mock" => Some(Value::String(
                ["send_message", "conversations", "nope", ""][rng.below(4)].to_owned(),
            )),
            "fields" if rng.chance(1, 3) => Some(Value::Array(Vec::new())),
            "required" | "default_field" | "supports_emoji" => Some(Value::Bool(rng.chance(1, 2))),
            _ => None,
        };
        match (replacement, value.pointer_mut(pointer)) {
            (Some(new), Some(slot)) if rng.chance(3, 4) => *slot = new,
            (_, Some(slot)) => mutate::mutate_value(rng, slot),
            (_, None) => mutate::mutate_value(rng, value),
        }
    }

    fn generate_input(&self, rng: &mut Rng) -> SpecInput {
        if rng.chance(1, 10) || self.seeds.is_empty() {
            // Any bytes as a spec file.
            let mut bytes: Vec<u8> = (0..rng.size(200)).map(|_| rng.next_u64() as u8).collect();
            if rng.chance(1, 2) {
                mutate::mutate_bytes(rng, &mut bytes);
            }
            return SpecInput {
                dir: rng.chance(1, 5),
                version: "v19.0".into(),
                files: vec![("page.json".into(), bytes)],
            };
        }
        let (version, all_files) = &self.seeds[rng.below(self.seeds.len())];
        // Half the inputs are one file of a version (its references to the others then do
        // not resolve, which is a path of its own); loading is cheaper, so runs cover more.
        let one = rng.chance(1, 2);
        let files: &[SeedFile] = if one {
            let i = rng.below(all_files.len());
            &all_files[i..=i]
        } else {
            all_files
        };
        let mut version = version.clone();
        let clean = rng.chance(1, 5);
        if !clean && rng.chance(1, 20) {
            version = [
                "v19", "19.0", "v1x.0", "v٣.0", "", "v19.0.1", "v0.0", "vv19.0",
            ][rng.below(8)]
            .to_owned();
        }
        let mut out = Vec::new();
        // A fifth of the inputs are a shipped version, respelled at most; the others change
        // one file (sometimes more).
        let changed = rng.below(files.len());
        for (i, file) in files.iter().enumerate() {
            if !clean && rng.chance(1, 30) {
                continue;
            }
            let mutations = if clean || (i != changed && !rng.chance(1, 10)) {
                0
            } else {
                rng.range(1, 3)
            };
            let bytes = if mutations == 0 && rng.chance(3, 4) {
                file.text.clone().into_bytes()
            } else {
                let mut value = file.value.clone();
                for _ in 0..mutations {
                    self.mutate_spec(rng, &mut value, &file.pointers);
                }
                let mut bytes = Vec::new();
                if rng.chance(1, 4) {
                    bytes = serde_json::to_vec_pretty(&value).unwrap_or_default();
                } else {
                    let style = Style::random(rng);
                    mutate::write(rng, &value, style, &mut bytes);
                }
                bytes
            };
            let mut bytes = bytes;
            if mutations > 0 && rng.chance(1, 8) {
                mutate::mutate_bytes(rng, &mut bytes);
            }
            let mut name = file.name.clone();
            if !clean && rng.chance(1, 40) {
                name = [
                    "x.json",
                    "page.JSON",
                    "ü.json",
                    "no-extension",
                    ".json",
                    "a b.json",
                ][rng.below(6)]
                .to_owned();
            }
            out.push((name, bytes));
        }
        if !clean && rng.chance(1, 20) {
            // A copy of a file under another name: every definition twice.
            if let Some((_, bytes)) = out.first().cloned() {
                out.push((format!("{}.json", mutate::ascii_word(rng, 8)), bytes));
            }
        }
        SpecInput {
            dir: rng.chance(1, 8),
            version,
            files: out,
        }
    }

    fn load_from_disk(
        &self,
        input: &SpecInput,
    ) -> Result<(Result<Spec, Diagnostics>, String), String> {
        let version = safe_name(&input.version);
        let dir = self.scratch.join(&version);
        let _ = std::fs::remove_dir_all(&self.scratch);
        std::fs::create_dir_all(&dir).map_err(|e| format!("scratch directory: {e}"))?;
        let mut written = std::collections::HashSet::new();
        for (name, bytes) in &input.files {
            let name = safe_name(name);
            if written.insert(name.clone()) {
                std::fs::write(dir.join(&name), bytes).map_err(|e| format!("scratch file: {e}"))?;
            }
        }
        let result = Spec::load_dir(&dir);
        let shown = dir.display().to_string();
        let _ = std::fs::remove_dir_all(&self.scratch);
        Ok((result, shown))
    }
}

/// A file name the file system takes: no `/`, no NUL, not `.` or `..`, at most 200 bytes.
fn safe_name(name: &str) -> String {
    let mut safe: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\0' || c == '\\' {
                '_'
            } else {
                c
            }
        })
        .collect();
    while safe.len() > 200 {
        safe.pop();
    }
    if safe.is_empty() || safe == "." || safe == ".." {
        safe = "_".into();
    }
    safe
}

fn collect_pointers(value: &Value, pointer: String, key: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let escaped = k.replace('~', "~0").replace('/', "~1");
                collect_pointers(v, format!("{pointer}/{escaped}"), k.clone(), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_pointers(v, format!("{pointer}/{i}"), key.clone(), out);
            }
        }
        _ => {}
    }
    out.push((pointer, key));
}

fn collect_names(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(name)) = map.get("name")
                && name.starts_with(|c: char| c.is_ascii_uppercase())
            {
                out.push(name.clone());
            }
            map.values().for_each(|v| collect_names(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_names(v, out)),
        _ => {}
    }
}

/// Checks what the loader answered against what it promises.
fn judge(
    result: &Result<Spec, Diagnostics>,
    version: &str,
    files: &[(String, Vec<u8>)],
    dir_shown: Option<&str>,
) -> Verdict {
    match result {
        Ok(spec) => {
            if spec.version != version {
                return Verdict::Finding(format!(
                    "loaded version {:?} from directory {version:?}",
                    spec.version
                ));
            }
            if spec.files.windows(2).any(|w| w[0].name > w[1].name) {
                return Verdict::Finding("the loaded files are not sorted by name".into());
            }
            for file in &spec.files {
                if !files.iter().any(|(n, _)| *n == file.name) {
                    return Verdict::Finding(format!("loaded a file never given: {:?}", file.name));
                }
            }
            Verdict::Accepted
        }
        Err(diagnostics) => {
            if diagnostics.0.is_empty() {
                return Verdict::Finding("an error without diagnostics".into());
            }
            let _ = diagnostics.to_string();
            let mut known = None;
            for d in diagnostics.iter() {
                match judge_one(d, version, files, dir_shown) {
                    Verdict::Finding(message) => return Verdict::Finding(message),
                    Verdict::Known(category) => known = known.or(Some(category)),
                    _ => {}
                }
            }
            if let Some(category) = known {
                return Verdict::Known(category);
            }
            Verdict::Rejected
        }
    }
}

fn judge_one(
    d: &fbgraph_spec::Diagnostic,
    version: &str,
    files: &[(String, Vec<u8>)],
    dir_shown: Option<&str>,
) -> Verdict {
    let shown = d.to_string();
    if d.file.is_empty() {
        return Verdict::Finding(format!("a diagnostic without a file: {shown}"));
    }
    if d.line.is_some() != d.column.is_some() {
        return Verdict::Finding(format!("line without column or back: {shown}"));
    }
    if d.line == Some(0) || d.column == Some(0) {
        return Verdict::Finding(format!("line or column 0 (both are 1-based): {shown}"));
    }
    // Several files may have the same name (from_sources takes any list): any of them.
    let sources: Vec<&Vec<u8>> = files
        .iter()
        .filter(|(n, _)| *n == d.file)
        .map(|(_, b)| b)
        .collect();
    if sources.is_empty() {
        // A problem of the whole set names the version (the directory); a version without a
        // name is described instead.
        let whole = d.file == version || Some(d.file.as_str()) == dir_shown || version.is_empty();
        if !whole {
            return Verdict::Finding(format!(
                "a diagnostic names a file that was not given: {shown}"
            ));
        }
        return Verdict::Rejected;
    }
    let (Some(line), Some(column)) = (d.line, d.column) else {
        if sources.iter().any(|b| std::str::from_utf8(b).is_err()) {
            // An unreadable file is a problem of the whole file.
            return Verdict::Rejected;
        }
        return Verdict::Finding(format!(
            "a diagnostic in a readable file without line:col: {shown}"
        ));
    };
    let mut verdict = Verdict::Finding(String::new());
    for bytes in sources {
        let text = String::from_utf8_lossy(bytes);
        let Some(at) = text.split('\n').nth(line - 1) else {
            verdict = Verdict::Finding(format!(
                "line {line} is past the file's {} lines: {shown}",
                text.split('\n').count()
            ));
            continue;
        };
        // Columns count characters from 1, as the validator's do (serde_json's count bytes
        // from 0; the loader converts them).
        let (chars, bytes) = (at.chars().count(), at.len());
        if (1..=chars + 1).contains(&column) {
            return Verdict::Rejected;
        }
        verdict = Verdict::Finding(format!(
            "column {column} is not within the line's {chars} characters ({bytes} bytes): {shown}"
        ));
    }
    verdict
}

impl Target for SpecTarget {
    fn name(&self) -> &'static str {
        "spec"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        self.generate_input(rng).encode()
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        let input = SpecInput::decode(input);
        if input.dir {
            let (result, shown) = match self.load_from_disk(&input) {
                Ok(loaded) => loaded,
                // The scratch directory is the harness's problem, not the loader's.
                Err(_) => return Verdict::Skipped,
            };
            // What load_dir saw: the safe names, `.json` ones only, once each.
            let mut seen = std::collections::HashSet::new();
            let files: Vec<(String, Vec<u8>)> = input
                .files
                .iter()
                .map(|(n, b)| (safe_name(n), b.clone()))
                .filter(|(n, _)| n.ends_with(".json") && seen.insert(n.clone()))
                .collect();
            judge(&result, &safe_name(&input.version), &files, Some(&shown))
        } else {
            let sources: Vec<(String, String)> = input
                .files
                .iter()
                .map(|(n, b)| (n.clone(), String::from_utf8_lossy(b).into_owned()))
                .collect();
            let lossy: Vec<(String, Vec<u8>)> = sources
                .iter()
                .map(|(n, t)| (n.clone(), t.clone().into_bytes()))
                .collect();
            let result = Spec::from_sources(&input.version, sources);
            judge(&result, &input.version, &lossy, None)
        }
    }
}

impl Drop for SpecTarget {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}
