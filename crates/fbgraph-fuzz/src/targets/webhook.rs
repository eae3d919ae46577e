//! `webhook`: the webhook receiver, [`fbgraph_webhook::Receiver`], and its axum route
//! ([`fbgraph_webhook::axum::route`]), with the typed envelopes of every shipped version
//! (`fbgraph::v26_0::webhooks::Notification`, `fbgraph::v19_0::webhooks::Notification`).
//!
//! # Inputs
//!
//! * Notifications (most inputs): bodies built from Meta's documented examples
//!   (`crates/fbgraph/tests/fixtures/webhooks/*.json`) and the spec's event kinds, batched
//!   (several entries, `messaging` and `standby`, many events), then changed the way a
//!   notification can be: kinds swapped, two kinds or none in one event, a kind's payload
//!   under another kind's key, unknown kinds, dropped and duplicated keys, wrong types, huge
//!   strings and event lists, deep nesting (within the receiver's body limit), other
//!   `object`s, `changes` in place of `messaging`, generic tree and byte mutations. Each is
//!   signed with the target's app secret ([`APP_SECRET`]), so that decoding is reached.
//! * A share with the signature headers changed: missing, only the legacy SHA-1
//!   `X-Hub-Signature`, another app's signature, one hex digit off, the wrong prefix or
//!   length, non-hex digits, whitespace around it.
//! * A share over the body limit (a small limit set for the input, or a body over the default
//!   1 MiB), and at exactly the limit.
//! * Handshake queries (`hub.mode`, `hub.verify_token`, `hub.challenge`): the right token
//!   ([`VERIFY_TOKEN`]) or near misses of it, other modes, percent-encoded, `+` for spaces,
//!   repeated, empty and missing parameters, encoded names, junk parameters.
//! * About one input in eight also goes through the axum route (in-process, with
//!   `tower::ServiceExt::oneshot`), and a few use another method.
//!
//! # Invariants
//!
//! Besides "no panic":
//!
//! * The signature check gives exactly what an independent re-implementation of Meta's rule
//!   gives: `BodyTooLarge` for a body over the limit (before anything else), `Missing`,
//!   `Sha1Only`, `Malformed` (prefix, length, hex), `Mismatch`, or success.
//! * A correctly signed body within the limit decodes to both versions' `Notification`, or
//!   gives `ReceiveError::Decode`; never a signature error. A wrongly signed one is refused
//!   with that `SignatureError` for every notification type, and is never decoded: a probe
//!   type counts its `Deserialize` calls.
//! * A decoded notification agrees with the raw JSON (the envelope has no `Serialize`, so no
//!   round trip of it): as many entries; `into_events()` yields as many messaging events as
//!   the entries' `messaging` and `standby` arrays hold, in body order, and as many events
//!   in all (changes, other keys of an entry) as `serde_json::Value`'s `into_events`, list
//!   by list; each messaging event carries its entry's `id`, `time` and
//!   channel, and its sender's id; each common event field (`sender`, `recipient`,
//!   `timestamp`), and each entry's `id` and `time`, is what its raw value decodes to on its
//!   own as the field's type, or, when it does not decode, `None` with the raw value in
//!   `unknown_fields` under its key (so a wrongly typed field never fails the batch nor loses
//!   its value; the last value of a key given twice counts, as in the raw JSON); an event with exactly one known kind key gets that
//!   variant exactly when that key's value, decoded on its own as the kind's generated payload
//!   type, decodes (and to the same payload), else `Unknown { key: that key, value }` with the
//!   value as it came (so a wrongly typed kind never fails the batch nor loses its value); with
//!   several, the kind is one of them, under the same rule; with none, `Unknown` holds one of
//!   its other keys and that key's value (empty key and null with no other key), never a
//!   common field; the event's `unknown_fields` hold exactly its other keys and its common
//!   fields that do not decode. (A kind key given twice is checked against
//!   its first value only by decoding, the raw JSON keeping the last.) Each known kind's payload (those types have `Serialize`) serializes and decodes
//!   back to an equal value.
//! * When the two versions' generated webhook modules are the same code (read from
//!   `crates/fbgraph/src/<v>/common/webhooks.rs` at start), both decode alike.
//! * A `DecodeError` stays short (serde's message and path are cut at 256 bytes).
//! * No error's `Display` or `Debug`, and no answer of the route, holds the app secret, the
//!   verify token or the body's expected signature.
//! * The handshake answers the challenge (decoded, lossily as UTF-8) exactly when `hub.mode`
//!   is `subscribe` and `hub.verify_token` is the verify token, all three present; else it
//!   says which one is missing, or that the mode or the token is wrong.
//! * The route answers as its table says (200 with the challenge, 400, 403, 413, 200, 405),
//!   hands an accepted body's events to the handler, all and in order, and never hands it an
//!   event of a refused body.
//!
//! # Input format
//!
//! A first line with the method (`POST`, `GET`, another one) and `route` if the input also
//! goes through the axum route; header lines up to an empty line; then the body (for `GET`,
//! the raw query string):
//!
//! ```text
//! POST route
//! limit: 4096
//! x-hub-signature-256: sha256=0c3f…
//! x-hub-signature: sha1=…
//! content-length: 182
//!
//! {"object":"page","entry":[…]}
//! ```
//!
//! `limit` is the receiver's body limit (the default 1 MiB without it); the signature
//! headers are passed as given (absent without their line); `content-length` is sent to the
//! route only. An input whose first line is none of these is a `POST` body without headers.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::fmt::Debug;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use fbgraph_webhook::{
    HandshakeError, HandshakeParam, MalformedSignature, ReceiveError, Receiver, SignatureError,
    SignatureHeaders,
};
use hmac::{KeyInit, Mac};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use tower::ServiceExt as _;

use crate::driver::{Target, Verdict};
use crate::mutate::{self, Style};
use crate::rng::Rng;

/// The app secret the target's receiver holds and its bodies are signed with.
pub const APP_SECRET: &str = "fuzz-app-secret-Qx7vK2pL";

/// The verify token the target's receiver answers handshakes for.
pub const VERIFY_TOKEN: &str = "fuzz-verify-token-Zr4mW9";

/// Another app's secret, for signatures that are well-formed but wrong.
const OTHER_SECRET: &str = "fuzz-other-app-secret";

/// A key starting with this is written as a second copy of the key after it (the writer
/// drops the marker), so that bodies hold duplicate keys.
const DUP: &str = "\u{0}dup:";
/// How [`mutate::write`] spells [`DUP`] in a key.
const DUP_WRITTEN: &[u8] = b"\"\\u0000dup:";

/// Kinds Meta has or might have that the spec does not list.
const UNKNOWN_KINDS: &[&str] = &[
    "messaging_feedback",
    "messaging_game_plays",
    "response_feedback",
    "message_reactions",
    "messaging_seen",
    "standby",
    "messaging",
    "entry",
    "Message",
    "message ",
    "",
];

thread_local! {
    /// Counts the `Deserialize` calls of [`Probe`] on this thread.
    static PROBED: Cell<u64> = const { Cell::new(0) };
}

/// A notification type that records that it was decoded: a body the receiver refuses must
/// never reach it.
struct Probe;

impl<'de> serde::Deserialize<'de> for Probe {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Probe, D::Error> {
        PROBED.with(|p| p.set(p.get() + 1));
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(Probe)
    }
}

impl fbgraph_webhook::Notification for Probe {
    type Event = ();

    fn into_events(self) -> Vec<()> {
        Vec::new()
    }
}

/// A parsed input.
struct Input<'a> {
    method: &'a str,
    route: bool,
    limit: Option<usize>,
    sha256: Option<&'a [u8]>,
    sha1: Option<&'a [u8]>,
    content_length: Option<&'a [u8]>,
    body: &'a [u8],
}

impl<'a> Input<'a> {
    fn parse(input: &'a [u8]) -> Input<'a> {
        let plain = Input {
            method: "POST",
            route: false,
            limit: None,
            sha256: None,
            sha1: None,
            content_length: None,
            body: input,
        };
        let mut lines = LineReader { rest: input };
        let Some(first) = lines.next() else {
            return plain;
        };
        let Ok(first) = std::str::from_utf8(first) else {
            return plain;
        };
        let (method, flag) = first.split_once(' ').unwrap_or((first, ""));
        // Not HEAD: axum answers it as a GET.
        let known = ["POST", "GET", "PUT", "DELETE", "PATCH"];
        let Some(method) = known.iter().find(|m| **m == method) else {
            return plain;
        };
        let mut parsed = Input {
            method,
            route: flag == "route",
            ..plain
        };
        while let Some(line) = lines.next() {
            if line.is_empty() {
                break;
            }
            let (name, value) = match line.iter().position(|&b| b == b':') {
                Some(i) => (
                    &line[..i],
                    line[i + 1..].strip_prefix(b" ").unwrap_or(&line[i + 1..]),
                ),
                None => (line, &b""[..]),
            };
            match name {
                b"limit" => {
                    parsed.limit = std::str::from_utf8(value).ok().and_then(|v| v.parse().ok());
                }
                b"x-hub-signature-256" => parsed.sha256 = Some(value),
                b"x-hub-signature" => parsed.sha1 = Some(value),
                b"content-length" => parsed.content_length = Some(value),
                _ => {}
            }
        }
        parsed.body = lines.rest;
        parsed
    }
}

struct LineReader<'a> {
    rest: &'a [u8],
}

impl<'a> LineReader<'a> {
    fn next(&mut self) -> Option<&'a [u8]> {
        let i = self.rest.iter().position(|&b| b == b'\n')?;
        let line = &self.rest[..i];
        self.rest = &self.rest[i + 1..];
        Some(line)
    }
}

/// Counts for the report.
#[derive(Debug, Default)]
struct Stats {
    handshakes: u64,
    handshakes_ok: u64,
    signed: u64,
    decoded: u64,
    undecodable: u64,
    refused: [u64; 6],
    events: u64,
    unknown_kinds: u64,
    /// Known kinds kept as `Unknown`, their value not of the kind's shape.
    misshapen: u64,
    /// Common event fields and entry `id`s and `time`s kept in `unknown_fields`, their value
    /// not of the field's type.
    misshapen_fields: u64,
    round_trips: u64,
    routed: u64,
    route_skipped: u64,
}

/// The `webhook` target.
pub struct WebhookTarget {
    receiver: Receiver,
    /// HMAC-SHA256 keyed with [`APP_SECRET`]: the oracle's own signer.
    signer: hmac::Hmac<sha2::Sha256>,
    other: hmac::Hmac<sha2::Sha256>,
    /// The fixtures' bodies.
    envelopes: Vec<Value>,
    /// Every event of the fixtures.
    events: Vec<Value>,
    /// Every (kind key, payload) of the fixtures.
    payloads: Vec<(String, Value)>,
    /// Every version's kind keys, for generation.
    kinds: Vec<String>,
    /// Per version (`v26.0`): its kind keys and common event fields.
    per_version: Vec<(String, Vec<String>, Vec<String>)>,
    /// The common event fields of every version, for generation.
    common: Vec<String>,
    /// Whether v19.0's and v26.0's generated webhook modules are the same code.
    same_versions: bool,
    seeds: Vec<Vec<u8>>,
    runtime: tokio::runtime::Runtime,
    stats: Stats,
}

impl WebhookTarget {
    /// A target seeded from `fixtures` (Meta's example bodies, each `{"source", "body"}`) and
    /// `corpus` (inputs in the target's format), with the kinds of the `specs`' webhooks
    /// sections; `generated` is `crates/fbgraph/src`, where the versions' modules are.
    pub fn new(
        fixtures: &Path,
        corpus: &Path,
        specs: &[fbgraph_spec::Spec],
        generated: &Path,
    ) -> Result<WebhookTarget, String> {
        let receiver = Receiver::new(APP_SECRET, VERIFY_TOKEN).map_err(|e| e.to_string())?;
        let shown = format!("{receiver:?}");
        if shown.contains(APP_SECRET) || shown.contains(VERIFY_TOKEN) {
            return Err(format!("the receiver's Debug shows a secret: {shown}"));
        }
        let mut per_version = Vec::new();
        let (mut kinds, mut common) = (Vec::<String>::new(), Vec::<String>::new());
        // The versions with a webhooks section: the generated ones (the imported versions
        // have none until their overlays land, and no generated module to decode with).
        for spec in specs {
            let Some((_, webhooks)) = spec.webhooks() else {
                continue;
            };
            let k: Vec<String> = webhooks.kinds.iter().map(|k| k.key.clone()).collect();
            let c: Vec<String> = webhooks
                .event_fields
                .iter()
                .map(|f| f.name.clone())
                .collect();
            kinds.extend(
                k.iter()
                    .filter(|x| !kinds.contains(x))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            common.extend(
                c.iter()
                    .filter(|x| !common.contains(x))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            per_version.push((spec.version.clone(), k, c));
        }
        for wanted in ["v19.0", "v26.0"] {
            if !per_version.iter().any(|(v, _, _)| v == wanted) {
                return Err(format!("no spec {wanted} among the specs given"));
            }
        }
        let mut envelopes = Vec::new();
        for file in super::read_corpus(fixtures) {
            let value: Value = serde_json::from_slice(&file)
                .map_err(|e| format!("a fixture of {}: {e}", fixtures.display()))?;
            if let Some(body) = value.get("body") {
                envelopes.push(body.clone());
            }
        }
        if envelopes.is_empty() {
            return Err(format!("no webhook fixtures in {}", fixtures.display()));
        }
        let mut events = Vec::new();
        let mut payloads = Vec::new();
        for envelope in &envelopes {
            for entry in envelope["entry"].as_array().into_iter().flatten() {
                for list in ["messaging", "standby"] {
                    for event in entry[list].as_array().into_iter().flatten() {
                        events.push(event.clone());
                        for (key, value) in event.as_object().into_iter().flatten() {
                            if kinds.contains(key) {
                                payloads.push((key.clone(), value.clone()));
                            }
                        }
                    }
                }
            }
        }
        let read = |v: &str| {
            std::fs::read_to_string(generated.join(v).join("common").join("webhooks.rs"))
                .ok()
                .map(|text| text.lines().skip(1).collect::<Vec<_>>().join("\n"))
        };
        let same_versions = matches!((read("v19_0"), read("v26_0")), (Some(a), Some(b)) if a == b);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| format!("tokio runtime: {e}"))?;
        Ok(WebhookTarget {
            receiver,
            signer: hmac::Hmac::new_from_slice(APP_SECRET.as_bytes()).map_err(|e| e.to_string())?,
            other: hmac::Hmac::new_from_slice(OTHER_SECRET.as_bytes())
                .map_err(|e| e.to_string())?,
            envelopes,
            events,
            payloads,
            kinds,
            per_version,
            common,
            same_versions,
            seeds: super::read_corpus(corpus),
            runtime,
            stats: Stats::default(),
        })
    }

    /// How many fixture bodies and corpus inputs were read.
    pub fn seed_count(&self) -> (usize, usize) {
        (self.envelopes.len(), self.seeds.len())
    }

    /// Whether the two versions decode alike and are checked for it.
    pub fn compares_versions(&self) -> bool {
        self.same_versions
    }

    /// The signature Meta would send for `body`: `sha256=` and the lowercase hex HMAC.
    pub fn sign(&self, body: &[u8]) -> String {
        format!("sha256={}", hex(&self.mac(body)))
    }

    fn mac(&self, body: &[u8]) -> [u8; 32] {
        let mut mac = self.signer.clone();
        mac.update(body);
        mac.finalize().into_bytes().into()
    }

    // ---------------------------------------------------------------- generation

    fn any_payload(&self, rng: &mut Rng) -> (String, Value) {
        self.payloads
            .get(rng.below(self.payloads.len()))
            .cloned()
            .unwrap_or_else(|| ("message".into(), json!({"mid": "m", "text": "hi"})))
    }

    fn any_event(&self, rng: &mut Rng) -> Value {
        if rng.chance(1, 4) || self.events.is_empty() {
            // A synthesized one: common fields and one kind.
            let (key, payload) = self.any_payload(rng);
            let mut event = Map::new();
            if rng.chance(7, 8) {
                event.insert("sender".into(), json!({"id": mutate::digits(rng)}));
            }
            if rng.chance(7, 8) {
                event.insert("recipient".into(), json!({"id": mutate::digits(rng)}));
            }
            let timestamp = if rng.chance(1, 6) {
                Value::String(mutate::numeric_string(rng))
            } else {
                Value::from(mutate::integer(rng))
            };
            event.insert("timestamp".into(), timestamp);
            event.insert(key, payload);
            return Value::Object(event);
        }
        self.events[rng.below(self.events.len())].clone()
    }

    fn entry(&self, rng: &mut Rng, events: usize) -> Value {
        let mut entry = Map::new();
        entry.insert("id".into(), Value::String(mutate::digits(rng)));
        entry.insert("time".into(), Value::from(rng.below(1 << 45) as i64));
        let mut messaging = Vec::new();
        let mut standby = Vec::new();
        for _ in 0..events {
            let event = self.any_event(rng);
            if rng.chance(1, 4) {
                standby.push(event);
            } else {
                messaging.push(event);
            }
        }
        if !messaging.is_empty() || rng.chance(1, 2) {
            entry.insert("messaging".into(), Value::Array(messaging));
        }
        if !standby.is_empty() {
            entry.insert("standby".into(), Value::Array(standby));
        }
        Value::Object(entry)
    }

    fn envelope(&self, rng: &mut Rng) -> Value {
        match rng.below(10) {
            0..=4 => self.envelopes[rng.below(self.envelopes.len())].clone(),
            5..=7 => {
                let entries = (0..rng.range(1, 8))
                    .map(|_| {
                        let n = rng.size(6);
                        self.entry(rng, n)
                    })
                    .collect();
                json!({"object": "page", "entry": Value::Array(entries)})
            }
            8 if rng.chance(1, 3) => {
                // Many events in one entry, well within the body limit.
                let n = rng.range(100, 1000);
                json!({"object": "page", "entry": [self.entry(rng, n)]})
            }
            9 if rng.chance(1, 3) => {
                // Many entries.
                let entries = (0..rng.range(20, 200))
                    .map(|_| {
                        let n = rng.below(3);
                        self.entry(rng, n)
                    })
                    .collect();
                json!({"object": "page", "entry": Value::Array(entries)})
            }
            _ => {
                let n = rng.size(12);
                json!({"object": "page", "entry": [self.entry(rng, n)]})
            }
        }
    }

    /// A random event of `body`, if it has one.
    fn event_mut<'v>(rng: &mut Rng, body: &'v mut Value) -> Option<&'v mut Map<String, Value>> {
        let entries = body.get_mut("entry")?.as_array_mut()?;
        let len = entries.len();
        let entry = entries.get_mut(rng.below(len))?.as_object_mut()?;
        let list = if entry.contains_key("standby") && rng.chance(1, 2) {
            "standby"
        } else {
            "messaging"
        };
        let events = entry.get_mut(list)?.as_array_mut()?;
        let len = events.len();
        events.get_mut(rng.below(len))?.as_object_mut()
    }

    fn entry_mut<'v>(rng: &mut Rng, body: &'v mut Value) -> Option<&'v mut Map<String, Value>> {
        let entries = body.get_mut("entry")?.as_array_mut()?;
        let len = entries.len();
        entries.get_mut(rng.below(len))?.as_object_mut()
    }

    fn kind_keys(&self, event: &Map<String, Value>) -> Vec<String> {
        event
            .keys()
            .filter(|k| self.kinds.contains(k))
            .cloned()
            .collect()
    }

    /// One notification-shaped change somewhere in `body`.
    fn mutate_body(&self, rng: &mut Rng, body: &mut Value) {
        match rng.below(24) {
            // Event level.
            0..=13 => {
                let (new_key, new_payload) = self.any_payload(rng);
                let unknown = rng
                    .pick(UNKNOWN_KINDS)
                    .map_or_else(|| mutate::ascii_word(rng, 12), |k| (*k).to_owned());
                let choice = rng.below(14);
                let Some(event) = Self::event_mut(rng, body) else {
                    return;
                };
                let present = self.kind_keys(event);
                match choice {
                    // Another kind, its own payload.
                    0 | 1 => {
                        for key in &present {
                            event.remove(key);
                        }
                        event.insert(new_key, new_payload);
                    }
                    // A kind's payload under another kind's key.
                    2 => {
                        if let Some(key) = present.first() {
                            event.insert(key.clone(), new_payload);
                        }
                    }
                    // Two kinds.
                    3 => {
                        event.insert(new_key, new_payload);
                    }
                    // No kind at all.
                    4 => {
                        for key in &present {
                            event.remove(key);
                        }
                    }
                    // An unknown kind, alone or beside the known one.
                    5 | 6 => {
                        if choice == 5 {
                            for key in &present {
                                event.remove(key);
                            }
                        }
                        let value = if rng.chance(1, 2) {
                            new_payload
                        } else {
                            mutate::any_value(rng, 3)
                        };
                        event.insert(unknown, value);
                    }
                    // A key twice.
                    7 => {
                        let keys: Vec<String> = event.keys().cloned().collect();
                        if let Some(key) = rng.pick(&keys) {
                            let value = match rng.below(3) {
                                0 => new_payload,
                                1 => event[key].clone(),
                                _ => mutate::any_value(rng, 2),
                            };
                            event.insert(format!("{DUP}{key}"), value);
                        }
                    }
                    // A common field dropped, or of the wrong type.
                    8 => {
                        let field = rng
                            .pick(&self.common)
                            .cloned()
                            .unwrap_or_else(|| "sender".into());
                        if rng.chance(1, 2) {
                            event.remove(&field);
                        } else {
                            let old = event.get(&field).cloned().unwrap_or(Value::Null);
                            event.insert(field, mutate::wrong_type(rng, &old));
                        }
                    }
                    // Deep nesting under an unknown key or inside the payload.
                    9 => {
                        let levels =
                            [10, 60, 100, 120, 124, 125, 126, 127, 128, 200][rng.below(10)];
                        let inner = mutate::nest(rng, Value::from(1), levels);
                        match present.first().and_then(|k| event.get_mut(k)) {
                            Some(Value::Object(payload)) if rng.chance(1, 2) => {
                                payload.insert(mutate::ascii_word(rng, 8), inner);
                            }
                            _ => {
                                event.insert(mutate::ascii_word(rng, 8), inner);
                            }
                        }
                    }
                    // A huge string.
                    10 => {
                        let text = "é".repeat(rng.range(1000, 50_000));
                        match present.first().and_then(|k| event.get_mut(k)) {
                            Some(Value::Object(payload)) => {
                                payload.insert("text".into(), Value::String(text));
                            }
                            _ => {
                                event.insert("text".into(), Value::String(text));
                            }
                        }
                    }
                    // Unknown fields beside the kind.
                    11 => {
                        event.insert(mutate::string(rng), mutate::any_value(rng, 3));
                    }
                    // The event, or its payload, mutated as a JSON tree.
                    12 => {
                        let mut whole = Value::Object(std::mem::take(event));
                        mutate::mutate_value(rng, &mut whole);
                        match whole {
                            Value::Object(m) => *event = m,
                            other => {
                                event.insert("x".into(), other);
                            }
                        }
                    }
                    _ => {
                        if let Some(payload) = present.first().and_then(|k| event.get_mut(k)) {
                            mutate::mutate_value(rng, payload);
                        }
                    }
                }
            }
            // Entry level.
            14..=18 => {
                let spare = self.any_event(rng);
                let choice = rng.below(9);
                let Some(entry) = Self::entry_mut(rng, body) else {
                    return;
                };
                match choice {
                    0 => {
                        if let Some(list) = entry.remove("messaging") {
                            entry.insert("standby".into(), list);
                        }
                    }
                    1 => {
                        if let Some(list) = entry
                            .entry("standby")
                            .or_insert_with(|| Value::Array(Vec::new()))
                            .as_array_mut()
                        {
                            list.push(spare);
                        }
                    }
                    2 => {
                        entry.remove("messaging");
                        entry.insert("changes".into(), json!([{"field": "feed", "value": {}}]));
                    }
                    3 => {
                        let old = entry.get("messaging").cloned().unwrap_or(Value::Null);
                        entry.insert("messaging".into(), mutate::wrong_type(rng, &old));
                    }
                    4 => {
                        entry.insert("id".into(), Value::from(mutate::integer(rng)));
                    }
                    5 => {
                        let time = match rng.below(4) {
                            0 => Value::String(mutate::digits(rng)),
                            1 => mutate::nasty_number(rng),
                            2 => Value::Null,
                            _ => Value::from(mutate::integer(rng)),
                        };
                        entry.insert("time".into(), time);
                    }
                    6 => {
                        let list = entry.get("messaging").cloned().unwrap_or(Value::Null);
                        entry.insert(format!("{DUP}messaging"), list);
                    }
                    7 => {
                        entry.remove("id");
                        entry.remove("time");
                    }
                    _ => {
                        entry.insert(mutate::ascii_word(rng, 8), mutate::any_value(rng, 2));
                    }
                }
            }
            // Envelope level.
            19..=21 => {
                let Value::Object(root) = body else {
                    return;
                };
                match rng.below(6) {
                    0 => {
                        let object = [
                            "page",
                            "instagram",
                            "whatsapp_business_account",
                            "user",
                            "PAGE",
                            "",
                        ][rng.below(6)];
                        root.insert("object".into(), Value::String(object.into()));
                    }
                    1 => {
                        root.remove("object");
                    }
                    2 => {
                        root.remove("entry");
                    }
                    3 => {
                        let old = root.get("entry").cloned().unwrap_or(Value::Null);
                        root.insert("entry".into(), mutate::wrong_type(rng, &old));
                    }
                    4 => {
                        // An entry twice.
                        if let Some(Value::Array(entries)) = root.get_mut("entry")
                            && let Some(first) = entries.first().cloned()
                        {
                            entries.push(first);
                        }
                    }
                    _ => {
                        root.insert(mutate::ascii_word(rng, 8), mutate::any_value(rng, 2));
                    }
                }
            }
            _ => mutate::mutate_value(rng, body),
        }
    }

    /// The bytes of a notification body.
    fn body(&self, rng: &mut Rng) -> Vec<u8> {
        let mut value = self.envelope(rng);
        let changes = match rng.below(4) {
            0 => 0,
            1 | 2 => rng.range(1, 3),
            _ => rng.range(1, 8),
        };
        for _ in 0..changes {
            self.mutate_body(rng, &mut value);
        }
        let style = if rng.chance(1, 2) {
            Style::PLAIN
        } else {
            Style::random(rng)
        };
        let mut out = Vec::new();
        mutate::write(rng, &value, style, &mut out);
        let mut out = replace_all(&out, DUP_WRITTEN, b"\"");
        match rng.below(30) {
            0 => mutate::mutate_bytes(rng, &mut out),
            1 => out.extend_from_slice(b" {}"),
            2 => out
                .splice(0..0, b"\xef\xbb\xbf".iter().copied())
                .for_each(drop),
            3 => out.extend_from_slice(b"\n\t "),
            _ => {}
        }
        out
    }

    fn signature_headers(&self, rng: &mut Rng, body: &[u8]) -> (Option<String>, Option<String>) {
        let right = self.sign(body);
        let sha1 = || {
            format!(
                "sha1={}",
                "0123456789abcdef".repeat(3).get(..40).unwrap_or("")
            )
        };
        if rng.chance(3, 4) {
            // Right, maybe in capitals, maybe beside the legacy header.
            let right = if rng.chance(1, 8) {
                format!("sha256={}", hex(&self.mac(body)).to_uppercase())
            } else {
                right
            };
            let legacy = rng.chance(1, 4).then(sha1);
            return (Some(right), legacy);
        }
        let wrong = match rng.below(16) {
            0 => return (None, None),
            1 => return (None, Some(sha1())),
            // The right value, but only in the legacy header.
            2 => return (None, Some(right)),
            3 => {
                let mut mac = self.other.clone();
                mac.update(body);
                format!("sha256={}", hex(&mac.finalize().into_bytes()))
            }
            4 => {
                // One hex digit off.
                let mut bytes = right.into_bytes();
                let i = 7 + rng.below(64);
                bytes[i] = if bytes[i] == b'0' { b'1' } else { b'0' };
                String::from_utf8_lossy(&bytes).into_owned()
            }
            5 => right.replacen("sha256=", "SHA256=", 1),
            6 => right.replacen("sha256=", "sha1=", 1),
            7 => right.replacen("sha256=", "", 1),
            8 => right[..right.len() - 1 - rng.below(10)].to_owned(),
            9 => format!(
                "{right}{}",
                ["0", "a", " ", "\t", ",sha256=00"][rng.below(5)]
            ),
            10 => format!(" {right}"),
            11 => {
                let mut bytes = right.into_bytes();
                let i = 7 + rng.below(64);
                bytes[i] = b"gGxz -+"[rng.below(7)];
                String::from_utf8_lossy(&bytes).into_owned()
            }
            12 => String::new(),
            13 => "sha256=".into(),
            14 => {
                // Another body's signature.
                let mut other = body.to_vec();
                other.push(b' ');
                self.sign(&other)
            }
            _ => mutate::string(rng).replace('\n', ""),
        };
        let legacy = rng.chance(1, 3).then(sha1);
        (Some(wrong), legacy)
    }

    fn post(&self, rng: &mut Rng) -> Vec<u8> {
        let mut body = self.body(rng);
        let mut limit = None;
        match rng.below(200) {
            0..=7 => limit = Some(rng.below(body.len())),
            8..=11 => limit = Some(body.len() + rng.below(3)),
            12 => {
                // Over the default limit of 1 MiB.
                let pad =
                    Receiver::DEFAULT_BODY_LIMIT + 1 - body.len().min(Receiver::DEFAULT_BODY_LIMIT);
                let pad = pad + rng.below(100);
                body.splice(0..0, std::iter::repeat_n(b' ', pad))
                    .for_each(drop);
            }
            _ => {}
        }
        let (sha256, sha1) = self.signature_headers(rng, &body);
        let route = rng.chance(1, 8);
        let mut out = Vec::new();
        out.extend_from_slice(if route { b"POST route\n" } else { b"POST\n" });
        if let Some(limit) = limit {
            out.extend_from_slice(format!("limit: {limit}\n").as_bytes());
        }
        if let Some(v) = sha256 {
            out.extend_from_slice(format!("x-hub-signature-256: {v}\n").as_bytes());
        }
        if let Some(v) = sha1 {
            out.extend_from_slice(format!("x-hub-signature: {v}\n").as_bytes());
        }
        if route && rng.chance(1, 2) {
            out.extend_from_slice(format!("content-length: {}\n", body.len()).as_bytes());
        }
        out.push(b'\n');
        out.extend_from_slice(&body);
        out
    }

    fn get(&self, rng: &mut Rng) -> Vec<u8> {
        let mode = if rng.chance(4, 5) {
            "subscribe".to_owned()
        } else {
            [
                "Subscribe",
                "SUBSCRIBE",
                "unsubscribe",
                "subscribe ",
                " subscribe",
                "subscribe\0",
                "subscrib",
                "",
            ][rng.below(8)]
            .to_owned()
        };
        let token = if rng.chance(7, 10) {
            VERIFY_TOKEN.to_owned()
        } else {
            let t = VERIFY_TOKEN;
            match rng.below(10) {
                0 => t[..t.len() - 1].to_owned(),
                1 => format!("{t}x"),
                2 => t.to_uppercase(),
                3 => format!(" {t}"),
                4 => t.replacen('Z', "z", 1),
                5 => String::new(),
                6 => APP_SECRET.to_owned(),
                7 => format!("{t}\0"),
                8 => format!("{t}{t}"),
                _ => mutate::string(rng),
            }
        };
        let challenge = match rng.below(10) {
            0..=5 => mutate::digits(rng),
            6 => String::new(),
            7 => "7".repeat(rng.range(1, 20_000)),
            8 => "%FF%FE\u{0}é".to_owned(),
            _ => mutate::string(rng),
        };
        let mut params: Vec<(String, String)> = vec![
            ("hub.mode".into(), mode),
            ("hub.verify_token".into(), token),
            ("hub.challenge".into(), challenge),
        ];
        // Missing, repeated and extra parameters, in any order.
        params.retain(|_| !rng.chance(1, 12));
        if rng.chance(1, 8) && !params.is_empty() {
            let i = rng.below(params.len());
            let mut repeat = params[i].clone();
            repeat.1 = if rng.chance(1, 2) {
                String::new()
            } else {
                mutate::string(rng)
            };
            let at = rng.below(params.len() + 1);
            params.insert(at, repeat);
        }
        if rng.chance(1, 4) {
            let at = rng.below(params.len() + 1);
            let name = ["hub.mode2", "hub", "Hub.Mode", "hub_mode", "fields", ""][rng.below(6)];
            params.insert(at, (name.into(), mutate::string(rng)));
        }
        if rng.chance(1, 6) {
            let len = params.len();
            for i in (1..len).rev() {
                params.swap(i, rng.below(i + 1));
            }
        }
        let encode_all = rng.chance(1, 6);
        let plus = rng.chance(1, 2);
        let mut query = String::new();
        if rng.chance(1, 5) {
            query.push('?');
        }
        for (i, (name, value)) in params.iter().enumerate() {
            if i > 0 {
                query.push('&');
            }
            let name = if rng.chance(1, 10) {
                percent_encode(name, true, plus)
            } else {
                name.clone()
            };
            query.push_str(&name);
            if !(value.is_empty() && rng.chance(1, 2)) {
                query.push('=');
            }
            query.push_str(&percent_encode(value, encode_all, plus));
        }
        if rng.chance(1, 10) {
            query.push('&');
        }
        let mut bytes = query.into_bytes();
        if rng.chance(1, 10) {
            mutate::mutate_bytes(rng, &mut bytes);
            bytes.retain(|&b| b != b'\n');
        }
        let query = String::from_utf8_lossy(&bytes);
        let route = rng.chance(1, 8);
        let method = if route && rng.chance(1, 20) {
            "PUT"
        } else {
            "GET"
        };
        format!("{method}{}\n\n{query}", if route { " route" } else { "" }).into_bytes()
    }

    // ---------------------------------------------------------------- the oracles

    /// What the signature check must say, by Meta's rule.
    fn expected_signature(
        &self,
        limit: usize,
        headers: SignatureHeaders<'_>,
        body: &[u8],
    ) -> Result<(), SignatureError> {
        if body.len() > limit {
            return Err(SignatureError::BodyTooLarge {
                len: body.len(),
                limit,
            });
        }
        let value = match (headers.sha256, headers.sha1) {
            (Some(value), _) => value,
            (None, Some(_)) => return Err(SignatureError::Sha1Only),
            (None, None) => return Err(SignatureError::Missing),
        };
        let Some(digits) = value.strip_prefix(b"sha256=") else {
            return Err(SignatureError::Malformed(MalformedSignature::Prefix));
        };
        if digits.len() != 64 {
            return Err(SignatureError::Malformed(MalformedSignature::Length {
                found: digits.len(),
            }));
        }
        let Some(claimed) = std::str::from_utf8(digits).ok().and_then(|text| {
            (0..32)
                .map(|i| {
                    let pair = text.get(2 * i..2 * i + 2)?;
                    // from_str_radix takes a sign; hex digits only here.
                    pair.bytes()
                        .all(|b| b.is_ascii_hexdigit())
                        .then(|| u8::from_str_radix(pair, 16).ok())?
                })
                .collect::<Option<Vec<u8>>>()
        }) else {
            return Err(SignatureError::Malformed(MalformedSignature::NotHex));
        };
        if claimed != self.mac(body) {
            return Err(SignatureError::Mismatch);
        }
        Ok(())
    }

    /// Checks that no text holds a secret (or, with `expected`, the body's signature).
    fn leaks(&self, what: &str, text: &str, expected: Option<&[u8; 32]>) -> Result<(), String> {
        for secret in [APP_SECRET, VERIFY_TOKEN] {
            if text.contains(secret) {
                return Err(format!("{what} shows the secret {secret:?}: {text}"));
            }
        }
        if let Some(expected) = expected {
            let lower = hex(expected);
            if text.contains(&lower) || text.contains(&lower.to_uppercase()) {
                return Err(format!(
                    "{what} shows the body's expected signature: {text}"
                ));
            }
        }
        Ok(())
    }

    fn check_error<E: std::fmt::Display + Debug>(
        &self,
        what: &str,
        error: &E,
        expected: Option<&[u8; 32]>,
    ) -> Result<(), String> {
        self.leaks(what, &error.to_string(), expected)?;
        self.leaks(what, &format!("{error:?}"), expected)
    }

    // ---------------------------------------------------------------- execution

    fn execute_post(&mut self, input: &Input<'_>) -> Result<Verdict, String> {
        let receiver = match input.limit {
            Some(limit) => self.receiver.clone().with_body_limit(limit),
            None => self.receiver.clone(),
        };
        let limit = receiver.body_limit();
        let headers = SignatureHeaders {
            sha256: input.sha256,
            sha1: input.sha1,
        };
        let body = input.body;
        let expected = self.expected_signature(limit, headers, body);
        let mac = self.mac(body);
        let verified = receiver.verify_signature(headers, body);
        if verified != expected {
            return Err(format!(
                "verify_signature gave {verified:?} where {expected:?} was expected"
            ));
        }
        let probed = PROBED.with(Cell::get);
        let probe = receiver.receive::<Probe>(headers, body);
        let decoded_times = PROBED.with(Cell::get) - probed;
        if let Err(error) = expected {
            self.stats.refused[match error {
                SignatureError::BodyTooLarge { .. } => 0,
                SignatureError::Missing => 1,
                SignatureError::Sha1Only => 2,
                SignatureError::Malformed(_) => 3,
                SignatureError::Mismatch => 4,
                _ => 5,
            }] += 1;
            self.check_error("a SignatureError", &error, Some(&mac))?;
            if decoded_times != 0 {
                return Err(format!("a body refused with {error:?} was decoded"));
            }
            let wanted = ReceiveError::Signature(error);
            let results = [
                ("probe", probe.map(|_| ())),
                (
                    "v26.0",
                    receiver
                        .receive::<fbgraph::v26_0::webhooks::Notification>(headers, body)
                        .map(|_| ()),
                ),
                (
                    "v19.0",
                    receiver
                        .receive::<fbgraph::v19_0::webhooks::Notification>(headers, body)
                        .map(|_| ()),
                ),
                (
                    "Value",
                    receiver.receive::<Value>(headers, body).map(|_| ()),
                ),
            ];
            for (name, result) in results {
                match result {
                    Err(e) if e == wanted => self.check_error("a ReceiveError", &e, Some(&mac))?,
                    other => {
                        return Err(format!(
                            "receive::<{name}> of a body refused with {error:?} gave {other:?}"
                        ));
                    }
                }
            }
            if input.route {
                self.route_post(input, &receiver, None, &mac)?;
            }
            return Ok(Verdict::Rejected);
        }
        self.stats.signed += 1;
        if decoded_times != 1 {
            return Err(format!(
                "a signed body was decoded {decoded_times} times by one receive"
            ));
        }
        let raw = serde_json::from_slice::<Value>(body);
        let v26 = receiver.receive::<fbgraph::v26_0::webhooks::Notification>(headers, body);
        let v19 = receiver.receive::<fbgraph::v19_0::webhooks::Notification>(headers, body);
        let untyped = receiver.receive::<Value>(headers, body);
        for (name, error) in [
            ("v26.0", v26.as_ref().err()),
            ("v19.0", v19.as_ref().err()),
            ("Value", untyped.as_ref().err()),
        ] {
            match error {
                None => {}
                Some(e @ ReceiveError::Decode(d)) => {
                    // A decode error may quote the body; these bodies hold no secret.
                    self.check_error("a DecodeError", e, Some(&mac))?;
                    let shown = e.to_string();
                    if shown.len() > 700 {
                        return Err(format!(
                            "a DecodeError of {} bytes for {name}: {shown}",
                            shown.len()
                        ));
                    }
                    if d.path().is_empty() {
                        return Err(format!("a DecodeError without a path for {name}: {shown}"));
                    }
                }
                Some(other) => {
                    return Err(format!(
                        "receive::<{name}> of a correctly signed body gave {other:?}"
                    ));
                }
            }
        }
        if untyped.is_ok() != raw.is_ok() {
            return Err(format!(
                "receive::<Value> gave {:?} where serde_json::from_slice gave {:?}",
                untyped.as_ref().err(),
                raw.as_ref().err()
            ));
        }
        if self.same_versions {
            fn show<N: Debug>(r: &Result<N, ReceiveError>) -> String {
                match r {
                    Ok(n) => format!("{n:?}"),
                    Err(e) => e.to_string(),
                }
            }
            if show(&v26) != show(&v19) {
                return Err(format!(
                    "v19.0 and v26.0 (the same generated code) decode apart: {} vs {}",
                    excerpt(&show(&v19)),
                    excerpt(&show(&v26))
                ));
            }
        }
        let verdict = match (&v26, &v19) {
            (Ok(n26), Ok(n19)) => {
                let Ok(raw) = &raw else {
                    return Err("a body decodes as a Notification but not as JSON".into());
                };
                let events = check_v26_0(self, n26.clone(), raw, input.route)?;
                check_v19_0(self, n19.clone(), raw, false)?;
                self.stats.events += n26
                    .entry
                    .iter()
                    .map(|e| e.messaging.len() + e.standby.len())
                    .sum::<usize>() as u64;
                self.stats.decoded += 1;
                if input.route {
                    self.route_post(input, &receiver, Some(events), &mac)?;
                }
                return Ok(Verdict::Accepted);
            }
            _ => {
                self.stats.undecodable += 1;
                Verdict::Rejected
            }
        };
        if input.route {
            let events = v26.ok().map(|n| {
                use fbgraph_webhook::Notification as _;
                n.into_events().iter().map(|e| format!("{e:?}")).collect()
            });
            self.route_post(input, &receiver, events, &mac)?;
        }
        Ok(verdict)
    }

    fn execute_get(&mut self, input: &Input<'_>) -> Result<Verdict, String> {
        self.stats.handshakes += 1;
        let query = String::from_utf8_lossy(input.body);
        let params = oracle_query(&query);
        let got = self.receiver.verify_handshake(&query);
        check_handshake(&params, &got)?;
        if let Err(e) = &got {
            self.check_error("a HandshakeError", e, None)?;
        }
        // The same through the pre-decoded entry point, when the values are text.
        let text = |v: &Option<Vec<u8>>| v.as_ref().map(|b| String::from_utf8(b.clone()));
        if let (Some(Ok(_)) | None, Some(Ok(_)) | None, Some(Ok(_)) | None) = (
            text(&params.mode),
            text(&params.token),
            text(&params.challenge),
        ) {
            let owned =
                |v: &Option<Vec<u8>>| v.as_ref().map(|b| String::from_utf8_lossy(b).into_owned());
            let (m, t, c) = (
                owned(&params.mode),
                owned(&params.token),
                owned(&params.challenge),
            );
            let again =
                self.receiver
                    .verify_handshake_params(m.as_deref(), t.as_deref(), c.as_deref());
            if again != got {
                return Err(format!(
                    "verify_handshake_params gave {again:?} where verify_handshake gave {got:?}"
                ));
            }
        }
        if input.route {
            self.route_get(input, &query, &got)?;
        }
        Ok(if got.is_ok() {
            self.stats.handshakes_ok += 1;
            Verdict::Accepted
        } else {
            Verdict::Rejected
        })
    }

    // ---------------------------------------------------------------- the route

    /// Sends one request to a fresh route; the answer's status and body, and the events the
    /// handler got (once the answer is in and the runtime has run everything it can).
    fn send(
        &mut self,
        receiver: &Receiver,
        request: axum::http::Request<axum::body::Body>,
        wanted_events: usize,
    ) -> Result<(u16, Vec<u8>, Vec<String>), String> {
        let sink: Arc<Mutex<Vec<String>>> = Arc::default();
        let handler_sink = Arc::clone(&sink);
        let route = fbgraph_webhook::axum::route::<fbgraph::v26_0::webhooks::Notification, _, _>(
            receiver.clone(),
            move |event| {
                let sink = Arc::clone(&handler_sink);
                async move {
                    sink.lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(format!("{event:?}"));
                }
            },
        );
        let router: axum::Router = axum::Router::new().route("/webhook", route);
        let count = Arc::clone(&sink);
        let (status, bytes) = self.runtime.block_on(async move {
            let response = match router.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            let status = response.status().as_u16();
            let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await;
            // Let the delivery tasks run: each event is its own task.
            let mut idle = 0;
            while idle < 64 {
                let before = count.lock().unwrap_or_else(PoisonError::into_inner).len();
                tokio::task::yield_now().await;
                let after = count.lock().unwrap_or_else(PoisonError::into_inner).len();
                if after == before && after >= wanted_events {
                    idle += 1;
                } else {
                    idle = 0;
                }
            }
            (status, bytes)
        });
        self.stats.routed += 1;
        let bytes = bytes.map_err(|e| format!("the route's answer fails to stream: {e}"))?;
        let events = std::mem::take(&mut *sink.lock().unwrap_or_else(PoisonError::into_inner));
        Ok((status, bytes.to_vec(), events))
    }

    /// The route's answer to a POST: `events` is what the v26.0 type decoded (None if it did
    /// not), and the signature was checked before.
    fn route_post(
        &mut self,
        input: &Input<'_>,
        receiver: &Receiver,
        events: Option<Vec<String>>,
        mac: &[u8; 32],
    ) -> Result<(), String> {
        use axum::http::{HeaderValue, Request};
        let mut builder = Request::builder().uri("/webhook").method(input.method);
        for (name, value) in [
            ("x-hub-signature-256", input.sha256),
            ("x-hub-signature", input.sha1),
            ("content-length", input.content_length),
        ] {
            if let Some(value) = value {
                let Ok(value) = HeaderValue::from_bytes(value) else {
                    self.stats.route_skipped += 1;
                    return Ok(());
                };
                builder = builder.header(name, value);
            }
        }
        let Ok(request) = builder.body(axum::body::Body::from(input.body.to_vec())) else {
            self.stats.route_skipped += 1;
            return Ok(());
        };
        let headers = SignatureHeaders {
            sha256: input.sha256,
            sha1: input.sha1,
        };
        let limit = receiver.body_limit();
        // What the route sees of the headers: http trims a header value's whitespace.
        let declared_over = input
            .content_length
            .and_then(|v| std::str::from_utf8(v).ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .is_some_and(|n| n > limit as u64);
        let wanted = match (
            declared_over,
            self.expected_signature(limit, headers, input.body),
        ) {
            (true, _) | (_, Err(SignatureError::BodyTooLarge { .. })) => 413,
            (_, Err(_)) => 403,
            // Signed but undecodable: 200 (Meta would resend the same bytes), no events.
            _ => 200,
        };
        let wanted_events = events.as_ref().map_or(0, Vec::len);
        let (status, bytes, got) = self.send(receiver, request, wanted_events)?;
        let text = String::from_utf8_lossy(&bytes);
        self.leaks("the route's answer", &text, Some(mac))?;
        if status != wanted {
            // A header value the route sees trimmed could be judged otherwise.
            if [input.sha256, input.sha1].iter().flatten().any(|v| {
                v.first().is_some_and(u8::is_ascii_whitespace)
                    || v.last().is_some_and(u8::is_ascii_whitespace)
            }) {
                self.stats.route_skipped += 1;
                return Ok(());
            }
            return Err(format!(
                "the route answered {status} ({}) where {wanted} was expected",
                excerpt(&text)
            ));
        }
        let handed = if status == 200 {
            events.unwrap_or_default()
        } else {
            Vec::new()
        };
        if got != handed {
            return Err(format!(
                "the route's handler got {} events where {} were expected{}",
                got.len(),
                handed.len(),
                if got.len() == handed.len() {
                    " (others, or out of order)"
                } else {
                    ""
                }
            ));
        }
        Ok(())
    }

    fn route_get(
        &mut self,
        input: &Input<'_>,
        query: &str,
        got: &Result<String, HandshakeError>,
    ) -> Result<(), String> {
        let uri = if query.is_empty() {
            "/webhook".to_owned()
        } else {
            format!("/webhook?{}", query.strip_prefix('?').unwrap_or(query))
        };
        let Ok(request) = axum::http::Request::builder()
            .uri(&uri)
            .method(input.method)
            .body(axum::body::Body::empty())
        else {
            self.stats.route_skipped += 1;
            return Ok(());
        };
        // The route reads the query the URI holds; a `?` of the raw one was dropped, and
        // http may refuse or re-read some; judge by what it holds.
        let seen = request.uri().query().unwrap_or("").to_owned();
        let got = if seen == query.strip_prefix('?').unwrap_or(query) {
            got.clone()
        } else {
            self.receiver.verify_handshake(&seen)
        };
        let receiver = self.receiver.clone();
        let (status, bytes, events) = self.send(&receiver, request, 0)?;
        let text = String::from_utf8_lossy(&bytes);
        self.leaks("the route's answer", &text, None)?;
        if !events.is_empty() {
            return Err(format!("a {} handed {} events", input.method, events.len()));
        }
        let wanted = match (input.method, &got) {
            ("GET", Ok(_)) => 200,
            ("GET", Err(HandshakeError::Missing(_))) => 400,
            ("GET", Err(_)) => 403,
            _ => 405,
        };
        if status != wanted {
            return Err(format!(
                "the route answered {status} ({}) to {} ?{seen} where {wanted} was expected",
                excerpt(&text),
                input.method
            ));
        }
        if let ("GET", Ok(challenge)) = (input.method, &got)
            && text != *challenge
        {
            return Err(format!(
                "the route answered the challenge {} where {} was expected",
                excerpt(&text),
                excerpt(challenge)
            ));
        }
        Ok(())
    }
}

impl Target for WebhookTarget {
    fn name(&self) -> &'static str {
        "webhook"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        match rng.below(40) {
            0 if !self.seeds.is_empty() => {
                let mut seed = self.seeds[rng.below(self.seeds.len())].clone();
                if rng.chance(1, 2) {
                    mutate::mutate_bytes(rng, &mut seed);
                }
                seed
            }
            0..=5 => self.get(rng),
            _ => self.post(rng),
        }
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        let parsed = Input::parse(input);
        let outcome = match parsed.method {
            "POST" => self.execute_post(&parsed),
            "GET" => self.execute_get(&parsed),
            _ if parsed.route => {
                let query = String::from_utf8_lossy(parsed.body).into_owned();
                let got = self.receiver.verify_handshake(&query);
                self.route_get(&parsed, &query, &got)
                    .map(|()| Verdict::Rejected)
            }
            _ => Ok(Verdict::Skipped),
        };
        outcome.unwrap_or_else(Verdict::Finding)
    }

    fn summary(&self) -> Vec<String> {
        let s = &self.stats;
        let [too_large, missing, sha1, malformed, mismatch, _] = s.refused;
        vec![
            format!(
                "handshakes {} ({} answered); signed bodies {} (decoded {}, undecodable {}), {} events, {} of unknown kinds, {} of known kinds kept as Unknown (wrong shape), {} common fields or entry ids/times kept as unknown fields (wrong type), {} payload round trips",
                s.handshakes,
                s.handshakes_ok,
                s.signed,
                s.decoded,
                s.undecodable,
                s.events,
                s.unknown_kinds,
                s.misshapen,
                s.misshapen_fields,
                s.round_trips
            ),
            format!(
                "signatures refused: {too_large} too large, {missing} missing, {sha1} SHA-1 only, {malformed} malformed, {mismatch} mismatched; through the route {} (skipped {}); versions compared: {}",
                s.routed, s.route_skipped, self.same_versions
            ),
        ]
    }
}

// -------------------------------------------------------------------- decoded vs raw

/// The JSON round trip of a kind's payload: serialize, decode, compare (floats nearly: see
/// [`super::registry::check`]).
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(
    key: &str,
    value: &T,
) -> Result<(), String> {
    let text = serde_json::to_string(value)
        .map_err(|e| format!("the `{key}` payload {value:?} does not serialize: {e}"))?;
    let again: T = serde_json::from_str(&text).map_err(|e| {
        format!(
            "the `{key}` payload serializes to {} which does not decode: {e}",
            excerpt(&text)
        )
    })?;
    if again == *value || super::registry::nearly_equal(&again, value) {
        Ok(())
    } else {
        Err(format!(
            "the `{key}` payload serializes to {} which decodes to another value: {again:?} instead of {value:?}",
            excerpt(&text)
        ))
    }
}

/// The events the raw JSON holds, entry by entry, `messaging` then `standby`, with their
/// entry and channel.
fn raw_events(raw: &Value) -> Vec<(&Value, &Value, &'static str)> {
    let mut out = Vec::new();
    for entry in raw
        .get("entry")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for list in ["messaging", "standby"] {
            for event in entry
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                out.push((entry, event, list));
            }
        }
    }
    out
}

/// Checks one common field (of an event, or an entry's `id` or `time`) against the raw
/// object: absent, it is `None` and not an unknown field; present, it is its raw value decoded
/// on its own as the field's type, or, when that fails, `None` with the raw value kept in
/// `unknown_fields`. Whether the raw value failed to decode.
fn common_field<T: DeserializeOwned + PartialEq + Debug>(
    at: &str,
    name: &str,
    decoded: &Option<T>,
    fields: &Map<String, Value>,
    unknown_fields: &Map<String, Value>,
) -> Result<bool, String> {
    let Some(raw) = fields.get(name) else {
        if decoded.is_some() || unknown_fields.contains_key(name) {
            return Err(format!(
                "{at}: `{name}` is {decoded:?} (unknown: {:?}) for a body without it",
                unknown_fields.get(name)
            ));
        }
        return Ok(false);
    };
    match <Option<T> as serde::Deserialize>::deserialize(raw) {
        Ok(alone) if alone == *decoded && !unknown_fields.contains_key(name) => Ok(false),
        Ok(alone) => Err(format!(
            "{at}: `{name}` decoded to {decoded:?} (unknown: {:?}) where its value {} decodes on its own to {alone:?}",
            unknown_fields.get(name),
            excerpt(&raw.to_string())
        )),
        Err(_) if decoded.is_none() && unknown_fields.get(name) == Some(raw) => Ok(true),
        Err(e) => Err(format!(
            "{at}: `{name}` is {decoded:?} (unknown: {}) where its value {} does not decode: {e}",
            excerpt(&format!("{:?}", unknown_fields.get(name))),
            excerpt(&raw.to_string())
        )),
    }
}

macro_rules! version_check {
    ($name:ident, $module:ident, $version:literal) => {
        /// Checks a decoded notification against the raw JSON; the events' `Debug`, for the
        /// route's check.
        fn $name(
            target: &mut WebhookTarget,
            notification: fbgraph::$module::webhooks::Notification,
            raw: &Value,
            show: bool,
        ) -> Result<Vec<String>, String> {
            use fbgraph::$module::webhooks::{EventChannel, MessagingEventKind as Kind};
            use fbgraph_webhook::Notification as _;
            let version = $version;
            let Some((_, kinds, common)) = target.per_version.iter().find(|(v, _, _)| v == version)
            else {
                return Err(format!("no spec {version}"));
            };
            let (mut unknown_kinds, mut round_trips, mut misshapen) = (0, 0, 0);

            /// A known kind's value decoded on its own as that kind's generated payload type
            /// (`None` for a key that is not a known kind).
            fn typed(key: &str, value: &Value) -> Option<Result<Kind, serde_json::Error>> {
                fn with<T: DeserializeOwned>(variant: fn(T) -> Kind, value: &Value) -> Result<Kind, serde_json::Error> {
                    T::deserialize(value).map(variant)
                }
                let decoded = match key {
                    "message" => with(Kind::Message, value),
                    "message_edit" => with(Kind::MessageEdit, value),
                    "postback" => with(Kind::Postback, value),
                    "read" => with(Kind::Read, value),
                    "delivery" => with(Kind::Delivery, value),
                    "reaction" => with(Kind::Reaction, value),
                    "referral" => with(Kind::Referral, value),
                    "optin" => with(Kind::Optin, value),
                    "pass_thread_control" => with(Kind::PassThreadControl, value),
                    "take_thread_control" => with(Kind::TakeThreadControl, value),
                    "request_thread_control" => with(Kind::RequestThreadControl, value),
                    "app_roles" => with(Kind::AppRoles, value),
                    "policy_enforcement" => with(Kind::PolicyEnforcement, value),
                    "account_linking" => with(Kind::AccountLinking, value),
                    _ => return None,
                };
                // The table above names each variant under its own key.
                Some(decoded.inspect(|k| assert_eq!(k.key(), key, "typed() pairs `{key}` with another variant")))
            }
            let raw_entries = raw.get("entry").and_then(Value::as_array).map_or(0, Vec::len);
            if notification.entry.len() != raw_entries {
                return Err(format!(
                    "{version}: {} entries decoded where the body has {raw_entries}",
                    notification.entry.len()
                ));
            }
            let mut misshapen_fields = 0;
            for (i, (decoded, raw_entry)) in notification
                .entry
                .iter()
                .zip(raw.get("entry").and_then(Value::as_array).into_iter().flatten())
                .enumerate()
            {
                let at = format!("{version}: entry {i}");
                let Some(fields) = raw_entry.as_object() else {
                    return Err(format!("{at}: decoded from a non-object {}", excerpt(&raw_entry.to_string())));
                };
                misshapen_fields += u64::from(common_field(&at, "id", &decoded.id, fields, &decoded.unknown_fields)?);
                misshapen_fields += u64::from(common_field(&at, "time", &decoded.time, fields, &decoded.unknown_fields)?);
            }
            let listed: Vec<_> = notification
                .entry
                .iter()
                .flat_map(|e| e.messaging.iter().chain(&e.standby))
                .cloned()
                .collect();
            let all = notification.into_events();
            let untyped = raw.clone().into_events();
            // Every entry's changes and other keys become events too, and the untyped
            // envelope gives the same events, list by list.
            let lists = |list: fbgraph_webhook::RawList| untyped.iter().filter(|e| e.list == list).count();
            let changes = all.iter().filter(|e| e.as_change().is_some()).count();
            let others = all.len() - changes - all.iter().filter(|e| e.as_messaging().is_some()).count();
            if all.len() != untyped.len()
                || changes != lists(fbgraph_webhook::RawList::Changes)
                || others != lists(fbgraph_webhook::RawList::Other)
            {
                return Err(format!(
                    "{version}: into_events gave {} events ({changes} changes, {others} other) where Value's gave {} ({} changes, {} other)",
                    all.len(),
                    untyped.len(),
                    lists(fbgraph_webhook::RawList::Changes),
                    lists(fbgraph_webhook::RawList::Other),
                ));
            }
            // What the route's handler is to get, in order.
            let shown: Vec<String> = all.iter().map(|e| format!("{e:?}")).collect();
            let events: Vec<_> = all.into_iter().filter_map(|e| e.into_messaging()).collect();
            let raw_list = raw_events(raw);
            if events.len() != raw_list.len() {
                return Err(format!(
                    "{version}: into_events gave {} messaging events where the entries' messaging and standby hold {}",
                    events.len(),
                    raw_list.len()
                ));
            }
            if events != listed {
                return Err(format!("{version}: into_events is not the entries' events in order"));
            }
            for (i, (event, (entry, raw_event, list))) in events.iter().zip(&raw_list).enumerate() {
                let at = format!("{version}: event {i} ({list})");
                let Some(fields) = raw_event.as_object() else {
                    return Err(format!("{at}: decoded from a non-object {}", excerpt(&raw_event.to_string())));
                };
                let channel = if *list == "messaging" { EventChannel::Messaging } else { EventChannel::Standby };
                if event.channel != channel {
                    return Err(format!("{at}: channel {:?}", event.channel));
                }
                let entry_id = entry.get("id").and_then(Value::as_str).unwrap_or("");
                if event.entry_id != entry_id {
                    return Err(format!("{at}: entry_id {:?} where the entry's id is {entry_id:?}", event.entry_id));
                }
                let entry_time = entry.get("time").and_then(Value::as_i64);
                if event.entry_time != entry_time {
                    return Err(format!("{at}: entry_time {:?} where the entry's time is {entry_time:?}", event.entry_time));
                }
                // The common fields the generated code has, as the spec lists them.
                if *common != ["sender", "recipient", "timestamp"] {
                    return Err(format!("{version}: the spec's event fields are {common:?}; update the oracle"));
                }
                let mut kept_fields = BTreeSet::new();
                for (name, wrong) in [
                    ("sender", common_field(&at, "sender", &event.sender, fields, &event.unknown_fields)?),
                    ("recipient", common_field(&at, "recipient", &event.recipient, fields, &event.unknown_fields)?),
                    ("timestamp", common_field(&at, "timestamp", &event.timestamp, fields, &event.unknown_fields)?),
                ] {
                    if wrong {
                        kept_fields.insert(name);
                    }
                }
                misshapen_fields += kept_fields.len() as u64;
                let sender = event.sender.as_ref().and_then(|s| s.id.as_deref());
                let raw_sender = if kept_fields.contains("sender") { None } else { raw_event["sender"]["id"].as_str() };
                if sender != raw_sender {
                    return Err(format!("{at}: sender id {sender:?} where the body has {}", raw_event["sender"]["id"]));
                }
                let known: Vec<&String> = fields.keys().filter(|k| kinds.contains(k)).collect();
                let others: BTreeSet<&str> = fields
                    .keys()
                    .filter(|k| !common.contains(k))
                    .map(String::as_str)
                    .collect();
                let key = event.kind.key();
                // The body holds the kind key twice: the typed decoding takes the first value as
                // the kind and keeps the second with the unknown fields, the raw JSON holds only
                // the last, so the kind's value is not the raw one.
                let twice = known.iter().any(|k| k.as_str() == key) && event.unknown_fields.contains_key(key);
                match (&event.kind, known.as_slice()) {
                    (Kind::Unknown { key, value }, []) => {
                        unknown_kinds += 1;
                        if others.is_empty() {
                            if !key.is_empty() || !value.is_null() {
                                return Err(format!("{at}: Unknown {{ {key:?}, {value} }} for an event without a kind key"));
                            }
                        } else if !others.contains(key.as_str()) {
                            return Err(format!("{at}: Unknown key {key:?}, not one of the event's keys {others:?}"));
                        } else if fields.get(key) != Some(value) {
                            return Err(format!("{at}: Unknown `{key}` holds {} where the body has {}", excerpt(&value.to_string()), excerpt(&fields[key].to_string())));
                        }
                    }
                    (_, [one]) if key != one.as_str() => {
                        return Err(format!("{at}: kind `{key}` for an event whose one kind key is `{one}`"));
                    }
                    (_, []) => {
                        return Err(format!("{at}: kind `{key}` for an event without a known kind key"));
                    }
                    (_, many) if !many.iter().any(|k| k.as_str() == key) => {
                        return Err(format!("{at}: kind `{key}`, not one of the event's kind keys {many:?}"));
                    }
                    // A known kind kept as `Unknown`: exactly when its value, on its own, does
                    // not decode as the kind's type; and kept as it came.
                    (Kind::Unknown { value, .. }, _) => {
                        misshapen += 1;
                        match typed(key, value) {
                            None => return Err(format!("{at}: no payload type for the known kind `{key}`")),
                            Some(Ok(decoded)) => {
                                return Err(format!("{at}: `{key}` kept as Unknown although its value {} decodes as {decoded:?}", excerpt(&value.to_string())));
                            }
                            Some(Err(_)) => {}
                        }
                        if !twice && fields.get(key) != Some(value) {
                            return Err(format!("{at}: Unknown `{key}` holds {} where the body has {}", excerpt(&value.to_string()), excerpt(&fields[key].to_string())));
                        }
                    }
                    // A known kind's variant: exactly when the body's value decodes as the
                    // kind's type on its own, and to the same payload.
                    (decoded, _) if !twice => match typed(key, &fields[key]) {
                        None => return Err(format!("{at}: no payload type for the known kind `{key}`")),
                        Some(Ok(alone)) if alone == *decoded => {}
                        Some(Ok(alone)) => {
                            return Err(format!("{at}: `{key}` decoded to {decoded:?} in the event but to {alone:?} on its own"));
                        }
                        Some(Err(e)) => {
                            return Err(format!("{at}: `{key}` decoded as its kind although its value {} does not on its own: {e}", excerpt(&fields[key].to_string())));
                        }
                    },
                    _ => {}
                }
                let kept: BTreeSet<&str> = event.unknown_fields.keys().map(String::as_str).collect();
                let mut missing: BTreeSet<&str> = others.clone();
                missing.remove(key);
                missing.extend(&kept_fields);
                // The kind's key too, for a kind key given twice.
                let stray: Vec<&&str> = kept
                    .iter()
                    .filter(|k| !others.contains(**k) && !kept_fields.contains(**k))
                    .collect();
                let lost: Vec<&&str> = missing.iter().filter(|k| !kept.contains(**k)).collect();
                if !stray.is_empty() || !lost.is_empty() {
                    return Err(format!(
                        "{at}: unknown_fields {kept:?} where the event's other keys are {missing:?} (kind `{key}`)"
                    ));
                }
                match &event.kind {
                    Kind::Message(p) => round_trip(key, p)?,
                    Kind::MessageEdit(p) => round_trip(key, p)?,
                    Kind::Postback(p) => round_trip(key, p)?,
                    Kind::Read(p) => round_trip(key, p)?,
                    Kind::Delivery(p) => round_trip(key, p)?,
                    Kind::Reaction(p) => round_trip(key, p)?,
                    Kind::Referral(p) => round_trip(key, p)?,
                    Kind::Optin(p) => round_trip(key, p)?,
                    Kind::PassThreadControl(p) => round_trip(key, p)?,
                    Kind::TakeThreadControl(p) => round_trip(key, p)?,
                    Kind::RequestThreadControl(p) => round_trip(key, p)?,
                    Kind::AppRoles(p) => round_trip(key, p)?,
                    Kind::PolicyEnforcement(p) => round_trip(key, p)?,
                    Kind::AccountLinking(p) => round_trip(key, p)?,
                    _ => continue,
                }
                round_trips += 1;
            }
            target.stats.unknown_kinds += unknown_kinds;
            target.stats.misshapen += misshapen;
            target.stats.misshapen_fields += misshapen_fields;
            target.stats.round_trips += round_trips;
            Ok(if show { shown } else { Vec::new() })
        }
    };
}

version_check!(check_v26_0, v26_0, "v26.0");
version_check!(check_v19_0, v19_0, "v19.0");

// -------------------------------------------------------------------- the handshake oracle

/// The handshake parameters of a query, decoded as `application/x-www-form-urlencoded`
/// (WHATWG URL, "urlencoded parsing"): the first of each name.
#[derive(Debug, Default)]
struct Params {
    mode: Option<Vec<u8>>,
    token: Option<Vec<u8>>,
    challenge: Option<Vec<u8>>,
}

fn oracle_query(query: &str) -> Params {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut params = Params::default();
    for sequence in query
        .as_bytes()
        .split(|&b| b == b'&')
        .filter(|s| !s.is_empty())
    {
        let (name, value) = match sequence.iter().position(|&b| b == b'=') {
            Some(i) => (&sequence[..i], &sequence[i + 1..]),
            None => (sequence, &b""[..]),
        };
        let slot = match form_decode(name).as_slice() {
            b"hub.mode" => &mut params.mode,
            b"hub.verify_token" => &mut params.token,
            b"hub.challenge" => &mut params.challenge,
            _ => continue,
        };
        slot.get_or_insert_with(|| form_decode(value));
    }
    params
}

fn form_decode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%'
            && let Some(pair) = tail.get(..2)
            && pair.iter().all(u8::is_ascii_hexdigit)
            && let Some(byte) = std::str::from_utf8(pair)
                .ok()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
        {
            out.push(byte);
            rest = &tail[2..];
            continue;
        }
        out.push(if first == b'+' { b' ' } else { first });
        rest = tail;
    }
    out
}

fn check_handshake(params: &Params, got: &Result<String, HandshakeError>) -> Result<(), String> {
    let present = |v: &Option<Vec<u8>>| v.as_ref().is_some_and(|v| !v.is_empty());
    let missing: Vec<HandshakeParam> = [
        (HandshakeParam::Mode, &params.mode),
        (HandshakeParam::VerifyToken, &params.token),
        (HandshakeParam::Challenge, &params.challenge),
    ]
    .into_iter()
    .filter(|(_, v)| !present(v))
    .map(|(p, _)| p)
    .collect();
    let mode_right = params.mode.as_deref() == Some(b"subscribe");
    let token_right = params.token.as_deref() == Some(VERIFY_TOKEN.as_bytes());
    let fail = |why: &str| Err(format!("handshake {params:?}: {got:?}, but {why}"));
    match got {
        Ok(challenge) => {
            if !missing.is_empty() || !mode_right || !token_right {
                return fail("it must be refused");
            }
            let wanted = String::from_utf8_lossy(params.challenge.as_deref().unwrap_or_default());
            if *challenge != wanted {
                return fail(&format!("the challenge is {wanted:?}"));
            }
        }
        Err(HandshakeError::Missing(p)) if !missing.contains(p) => return fail("it is present"),
        Err(HandshakeError::Missing(_)) => {}
        Err(_) if !missing.is_empty() => return fail(&format!("{missing:?} are missing")),
        Err(HandshakeError::WrongMode) if mode_right => return fail("the mode is right"),
        Err(HandshakeError::TokenMismatch) if token_right => return fail("the token is right"),
        Err(HandshakeError::WrongMode | HandshakeError::TokenMismatch) => {}
        Err(other) => return fail(&format!("{other:?} is not an error it can give")),
    }
    if got.is_err() && missing.is_empty() && mode_right && token_right {
        return fail("it must be answered");
    }
    Ok(())
}

// -------------------------------------------------------------------- helpers

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `text` with every non-unreserved byte as `%XX` (all of them with `all`), spaces as `+`
/// with `plus`.
fn percent_encode(text: &str, all: bool, plus: bool) -> String {
    let mut out = String::new();
    for &b in text.as_bytes() {
        match b {
            b' ' if plus => out.push('+'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' if !all => {
                out.push(char::from(b));
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn replace_all(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

fn excerpt(text: &str) -> String {
    let mut shown: String = text.chars().take(300).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oracles_agree_with_the_documented_examples() {
        let p =
            oracle_query("?hub.mode=subscribe&hub.verify_token=a+b%2F&hub.challenge=1&hub.mode=x");
        assert_eq!(p.mode.as_deref(), Some(&b"subscribe"[..]));
        assert_eq!(p.token.as_deref(), Some(&b"a b/"[..]));
        assert_eq!(form_decode(b"100%"), b"100%");
        assert_eq!(form_decode(b"%zz%4"), b"%zz%4");
        assert_eq!(form_decode(b"%C3%A9"), "é".as_bytes());
        assert_eq!(
            replace_all(b"{\"\\u0000dup:a\":1}", DUP_WRITTEN, b"\""),
            b"{\"a\":1}"
        );
    }

    #[test]
    fn inputs_parse_back() {
        let input = b"POST route\nlimit: 12\nx-hub-signature-256: sha256=ab\n\n{}";
        let parsed = Input::parse(input);
        assert_eq!(parsed.method, "POST");
        assert!(parsed.route);
        assert_eq!(parsed.limit, Some(12));
        assert_eq!(parsed.sha256, Some(&b"sha256=ab"[..]));
        assert_eq!(parsed.sha1, None);
        assert_eq!(parsed.body, b"{}");
        let raw = Input::parse(b"{\"object\":\"page\"}");
        assert_eq!(raw.method, "POST");
        assert_eq!(raw.body, b"{\"object\":\"page\"}");
    }
}
