//! `decode`: response bodies decoded into every response type of every shipped version
//! (see [`registry`](super::registry)), with `serde_json::from_slice` as the runtime's
//! `decode_body` does.
//!
//! Structure-aware: a body is generated from the spec's description of the type (field
//! names, scalar types, enum values, `paged<…>` wrappers as Graph sends them), then, for a
//! part of the inputs, mutated: wrong types, missing and extra fields, huge numbers, deep
//! nesting, unicode and escapes, datetimes in and out of Graph's format, numeric strings,
//! duplicate keys, byte edits.
//!
//! Invariant: no panic; a body that decodes serializes again, and that text decodes to an
//! equal value.
//!
//! Input format: a first line naming the entry, then the body:
//!
//! ```text
//! v26.0 paged<Message>
//! {"data":[{"id":"m_1","created_time":"2024-03-01T12:00:00+0000"}]}
//! ```
//!
//! An unknown first line picks an entry by its hash, so any bytes are an input.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use fbgraph_spec::{Named, ObjectKind, Scalar, Spec, Type};
use serde_json::{Map, Value};

use super::registry::{Decoded, Entry, REGISTRY};
use crate::driver::{Target, Verdict};
use crate::mutate::{self, Style};
use crate::rng::{Rng, hash};

/// Every type a response of `spec` can hold, in the registry's spelling: `call:<Name>` for
/// each call, and every node, output object, enum and `paged<…>` list reachable from the
/// calls' return types.
pub fn response_types(spec: &Spec) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut todo: Vec<Type> = Vec::new();
    for (_, call) in spec.calls() {
        out.insert(format!("call:{}", call.name));
        if let Ok(ty) = call.returns.parse() {
            todo.push(ty);
        }
    }
    while let Some(ty) = todo.pop() {
        match ty {
            Type::Scalar(_) => {}
            Type::List(inner) | Type::Map(_, inner) => todo.push(*inner),
            Type::Paged(inner) => {
                if let Some(name) = inner.named()
                    && out.insert(format!("paged<{name}>"))
                {
                    todo.push(*inner);
                } else if inner.named().is_none() {
                    out.insert(format!("paged<{}>", scalar_name(&inner)));
                }
            }
            Type::Named(name) => {
                let fields = match spec.lookup(&name) {
                    Some((_, Named::Node(n))) => Some(&n.fields),
                    Some((_, Named::Object(o))) if o.kind == ObjectKind::Output => Some(&o.fields),
                    Some((_, Named::Enum(_))) => None,
                    _ => continue,
                };
                if !out.insert(name.clone()) {
                    continue;
                }
                for field in fields.into_iter().flatten() {
                    if let Ok(ty) = field.ty.parse() {
                        todo.push(ty);
                    }
                }
            }
        }
    }
    out
}

fn scalar_name(ty: &Type) -> String {
    match ty {
        Type::Scalar(s) => s.as_str().to_owned(),
        Type::List(t) => format!("list<{}>", scalar_name(t)),
        Type::Paged(t) => format!("paged<{}>", scalar_name(t)),
        Type::Map(k, v) => format!("map<{}, {}>", scalar_name(k), scalar_name(v)),
        Type::Named(n) => n.clone(),
    }
}

/// Counts per entry, for the report.
#[derive(Debug, Default, Clone)]
struct Tally {
    runs: u64,
    decoded: u64,
}

/// The `decode` target.
pub struct DecodeTarget {
    specs: HashMap<String, Spec>,
    /// Per registry entry: the type expression its body follows.
    shapes: Vec<Option<Type>>,
    seeds: Vec<Vec<u8>>,
    tally: Vec<Tally>,
    /// Inputs generated without mutation, and how many of those decoded.
    clean: (u64, u64),
    last_clean: bool,
}

impl DecodeTarget {
    /// A target over `specs` (the shipped versions), with seed bodies from `corpus`.
    pub fn new(specs: Vec<Spec>, corpus: &Path) -> DecodeTarget {
        let specs: HashMap<String, Spec> =
            specs.into_iter().map(|s| (s.version.clone(), s)).collect();
        let shapes = REGISTRY
            .iter()
            .map(|entry| {
                let spec = specs.get(entry.version)?;
                match entry.ty.strip_prefix("call:") {
                    Some(call) => spec.call(call)?.returns.parse().ok(),
                    None => Type::parse(entry.ty).ok(),
                }
            })
            .collect();
        let seeds = super::read_corpus(corpus);
        DecodeTarget {
            specs,
            shapes,
            seeds,
            tally: vec![Tally::default(); REGISTRY.len()],
            clean: (0, 0),
            last_clean: false,
        }
    }

    /// How many seed bodies were read.
    pub fn seed_count(&self) -> usize {
        self.seeds.len()
    }

    fn entry_of(input: &[u8]) -> (usize, &[u8]) {
        let (head, body) = match input.iter().position(|&b| b == b'\n') {
            Some(i) => (&input[..i], &input[i + 1..]),
            None => (&input[..0], input),
        };
        let found = std::str::from_utf8(head).ok().and_then(|head| {
            let (version, ty) = head.split_once(' ')?;
            REGISTRY
                .iter()
                .position(|e| e.version == version && e.ty == ty)
        });
        match found {
            Some(i) => (i, body),
            None => ((hash(head) % REGISTRY.len() as u64) as usize, body),
        }
    }

    /// A value shaped like `ty` in `spec`; `depth` bounds the nesting.
    fn value(&self, rng: &mut Rng, spec: &Spec, ty: &Type, depth: usize) -> Value {
        match ty {
            Type::Scalar(s) => scalar(rng, *s),
            Type::List(inner) => Value::Array(
                (0..if depth == 0 { 0 } else { rng.size(4) })
                    .map(|_| self.value(rng, spec, inner, depth.saturating_sub(1)))
                    .collect(),
            ),
            Type::Map(key, inner) => Value::Object(
                (0..if depth == 0 { 0 } else { rng.size(4) })
                    .map(|_| {
                        let k = match key.as_ref() {
                            Type::Scalar(Scalar::Integer | Scalar::UnsignedInteger) => {
                                mutate::digits(rng)
                            }
                            _ => mutate::ascii_word(rng, 12),
                        };
                        (k, self.value(rng, spec, inner, depth.saturating_sub(1)))
                    })
                    .collect(),
            ),
            Type::Paged(inner) => {
                let mut page = Map::new();
                if !rng.chance(1, 20) {
                    let n = if depth == 0 { 0 } else { rng.size(4) };
                    page.insert(
                        "data".into(),
                        Value::Array(
                            (0..n)
                                .map(|_| self.value(rng, spec, inner, depth.saturating_sub(1)))
                                .collect(),
                        ),
                    );
                }
                if rng.chance(2, 3) {
                    page.insert("paging".into(), paging(rng));
                }
                if rng.chance(1, 10) {
                    page.insert("summary".into(), serde_json::json!({"total_count": 3}));
                }
                Value::Object(page)
            }
            Type::Named(name) => match spec.lookup(name).map(|(_, n)| n) {
                Some(Named::Enum(e)) => {
                    let value = rng.pick(&e.values).map(|v| v.value.clone());
                    Value::String(match (value, rng.below(8)) {
                        (Some(v), 0) => v.to_uppercase(),
                        (Some(v), 1) => v.to_lowercase(),
                        (_, 2) => mutate::string(rng),
                        (Some(v), _) => v,
                        (None, _) => mutate::string(rng),
                    })
                }
                Some(Named::Node(n)) => self.object(rng, spec, &n.fields, depth),
                Some(Named::Object(o)) => self.object(rng, spec, &o.fields, depth),
                None => mutate::any_value(rng, 2),
            },
        }
    }

    fn object(
        &self,
        rng: &mut Rng,
        spec: &Spec,
        fields: &[fbgraph_spec::Field],
        depth: usize,
    ) -> Value {
        let mut map = Map::new();
        // Graph omits fields without data, and answers only what `fields` asked for.
        let keep = [1, 2, 3, 4][rng.below(4)];
        for field in fields {
            if !rng.chance(keep, 4) {
                continue;
            }
            let Ok(ty) = field.ty.parse() else { continue };
            let nested = !matches!(ty, Type::Scalar(_));
            if nested && depth == 0 {
                continue;
            }
            map.insert(
                field.name.clone(),
                self.value(rng, spec, &ty, depth.saturating_sub(1)),
            );
        }
        if rng.chance(1, 6) {
            // A field this version's spec does not list: kept as unknown.
            map.insert(mutate::ascii_word(rng, 12), mutate::any_value(rng, 3));
        }
        Value::Object(map)
    }

    fn generate_input(&mut self, rng: &mut Rng) -> Vec<u8> {
        if !self.seeds.is_empty() && rng.chance(1, 20) {
            let mut seed = self.seeds[rng.below(self.seeds.len())].clone();
            self.last_clean = rng.chance(1, 3);
            if !self.last_clean {
                let body_at = seed.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
                let mut body = seed.split_off(body_at);
                mutate::mutate_bytes(rng, &mut body);
                seed.extend(body);
            }
            return seed;
        }
        let index = rng.below(REGISTRY.len());
        let entry: &Entry = &REGISTRY[index];
        let mut out = format!("{} {}\n", entry.version, entry.ty).into_bytes();
        let (Some(spec), Some(Some(ty))) = (self.specs.get(entry.version), self.shapes.get(index))
        else {
            out.extend_from_slice(b"{}");
            return out;
        };
        let mut value = self.value(rng, spec, ty, 5);
        let mutations = match rng.below(10) {
            0..=6 => 0,
            7 | 8 => 1,
            _ => rng.range(2, 4),
        };
        for _ in 0..mutations {
            mutate::mutate_value(rng, &mut value);
        }
        let style = Style::random(rng);
        mutate::write(rng, &value, style, &mut out);
        let bytes = rng.chance(1, 12);
        if bytes {
            let head = out.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
            let mut body = out.split_off(head);
            mutate::mutate_bytes(rng, &mut body);
            out.extend(body);
        }
        self.last_clean = mutations == 0 && !bytes && style.duplicate_one_in == 0;
        out
    }
}

fn scalar(rng: &mut Rng, s: Scalar) -> Value {
    match s {
        Scalar::String | Scalar::Utf8String => Value::String(mutate::string(rng)),
        Scalar::Url => Value::String(
            [
                "https://example.com/cat.png",
                "https://scontent.xx.fbcdn.net/v/t1.15752-9/123_n.jpg?_nc_cat=1&oh=00_A&oe=6",
                "http://[::1]:80/",
                "",
                "not a url",
            ][rng.below(5)]
            .to_owned(),
        ),
        Scalar::CurrencyCode => {
            Value::String(["USD", "EUR", "JPY", "usd", ""][rng.below(5)].into())
        }
        Scalar::Id => Value::String(match rng.below(4) {
            0 => format!("t_{}", mutate::digits(rng)),
            1 => format!("m_{}", mutate::ascii_word(rng, 40)),
            _ => mutate::digits(rng),
        }),
        Scalar::NumericString => Value::String(mutate::numeric_string(rng)),
        Scalar::NumericStringOrInteger => {
            if rng.chance(1, 2) {
                Value::String(mutate::numeric_string(rng))
            } else {
                Value::from(rng.next_u64() >> rng.below(64))
            }
        }
        Scalar::Integer => Value::from(mutate::integer(rng)),
        Scalar::UnsignedInteger => Value::from(rng.next_u64() >> rng.below(64)),
        // Files are parameters only; no answer holds one.
        Scalar::File => Value::Null,
        Scalar::Float => match rng.below(3) {
            0 => Value::from(rng.below(1000)),
            _ => serde_json::Number::from_f64((rng.next_u64() >> 11) as f64 / 1e6)
                .map_or(Value::Null, Value::Number),
        },
        Scalar::Bool => Value::Bool(rng.chance(1, 2)),
        Scalar::DateTime => match rng.below(10) {
            0 => Value::from(rng.below(4_102_444_800)),
            _ => Value::String(mutate::datetime(rng)),
        },
        Scalar::Json => mutate::any_value(rng, 3),
    }
}

fn paging(rng: &mut Rng) -> Value {
    let mut paging = Map::new();
    if rng.chance(3, 4) {
        let mut cursors = Map::new();
        for key in ["before", "after"] {
            if rng.chance(3, 4) {
                cursors.insert(key.into(), Value::String(mutate::ascii_word(rng, 40)));
            }
        }
        paging.insert("cursors".into(), Value::Object(cursors));
    }
    for key in ["next", "previous"] {
        if rng.chance(1, 2) {
            paging.insert(
                key.into(),
                Value::String(format!(
                    "https://graph.facebook.com/v19.0/1/conversations?access_token=T&limit=25&{}={}",
                    if key == "next" { "after" } else { "before" },
                    mutate::ascii_word(rng, 20)
                )),
            );
        }
    }
    Value::Object(paging)
}

impl Target for DecodeTarget {
    fn name(&self) -> &'static str {
        "decode"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        self.generate_input(rng)
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        let (index, body) = Self::entry_of(input);
        let decoded = (REGISTRY[index].decode)(body);
        let tally = &mut self.tally[index];
        tally.runs += 1;
        if self.last_clean {
            self.clean.0 += 1;
        }
        match decoded {
            Decoded::Ok => {
                tally.decoded += 1;
                if self.last_clean {
                    self.clean.1 += 1;
                }
                Verdict::Accepted
            }
            Decoded::Rejected => Verdict::Rejected,
            Decoded::Finding(message) => Verdict::Finding(format!(
                "{} {}: {message}",
                REGISTRY[index].version, REGISTRY[index].ty
            )),
        }
    }

    fn summary(&self) -> Vec<String> {
        let runs: u64 = self.tally.iter().map(|t| t.runs).sum();
        let decoded: u64 = self.tally.iter().map(|t| t.decoded).sum();
        let mut lines = vec![format!(
            "decoded {:.1}% of all inputs ({decoded} of {runs}); {:.1}% of the unmutated ones ({} of {}); {} types",
            100.0 * decoded as f64 / runs.max(1) as f64,
            100.0 * self.clean.1 as f64 / self.clean.0.max(1) as f64,
            self.clean.1,
            self.clean.0,
            REGISTRY.len(),
        )];
        let worst = REGISTRY
            .iter()
            .zip(&self.tally)
            .filter(|(_, t)| t.runs > 0)
            .min_by(|a, b| {
                let fa = a.1.decoded as f64 / a.1.runs as f64;
                let fb = b.1.decoded as f64 / b.1.runs as f64;
                fa.total_cmp(&fb)
            });
        if let Some((entry, t)) = worst {
            lines.push(format!(
                "lowest: {} {} decoded {:.1}% ({} of {})",
                entry.version,
                entry.ty,
                100.0 * t.decoded as f64 / t.runs as f64,
                t.decoded,
                t.runs
            ));
        }
        let never: Vec<String> = REGISTRY
            .iter()
            .zip(&self.tally)
            .filter(|(_, t)| t.runs > 0 && t.decoded == 0)
            .map(|(e, _)| format!("{} {}", e.version, e.ty))
            .collect();
        if !never.is_empty() {
            lines.push(format!("never decoded: {}", never.join(", ")));
        }
        lines
    }
}
