//! `mock`: the mock's request pipeline, in process: the router `MockServer::start_on`
//! serves (from `fbgraph_mock::fuzzing`), called with `tower::ServiceExt::oneshot`.
//!
//! Structure-aware: requests are made from the spec's calls (paths with their placeholders,
//! parameters with their types, input objects, enum values in any case, `fields` with
//! `.limit(n)` and `{…}` at any depth, paging parameters), with the token in the query, the
//! body or a bearer header, an `appsecret_proof` right or wrong, and bodies as JSON, as
//! SDK-style forms (objects as JSON text), as PHP-style bracket keys (`a[b][0][c]`) or
//! multipart with a file part; and batches (`POST /v19.0/` with `batch=[…]`, names,
//! `depends_on`, `{result=…}` references). Then mutated: parameter values, structure, bytes.
//!
//! Invariant: no panic; every answer is JSON with a JSON content type; a non-2xx answer is
//! Graph's error envelope (`error.message`, `type`, `code`, `fbtrace_id`); a batch answer is
//! an array of `null` or `{code, body}` whose body is JSON (an envelope when the code is not
//! 2xx); and the driver flags inputs slower than its limit (1 s by default).
//!
//! Input format: a raw HTTP/1.1 request (`POST /v19.0/me/messages HTTP/1.1`, headers, a
//! blank line, the body), so a crash file can also be replayed against a served mock with
//! `curl`/`nc`. A head that `http` cannot represent is skipped: hyper would refuse it
//! before the pipeline. Requests with `appsecret_proof` go to a mock that has an app
//! secret, the others to one without.

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Method, Request, Uri};
use fbgraph_mock::MockConfig;
use fbgraph_spec::{Call, Named, Scalar, Spec, Type};
use hmac::{KeyInit, Mac};
use serde_json::{Map, Value, json};
use tower::ServiceExt as _;

use crate::driver::{Target, Verdict};
use crate::mutate::{self, Style};
use crate::rng::Rng;

/// The app secret of the signed mock.
pub const APP_SECRET: &str = "fuzz-app-secret";

/// A request as the crash files hold it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpInput {
    /// `GET`, `POST`, …
    pub method: Vec<u8>,
    /// The request target: path and query.
    pub target: Vec<u8>,
    /// Header lines, in order.
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    /// The body.
    pub body: Vec<u8>,
}

impl HttpInput {
    /// The raw HTTP/1.1 form.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.body.len());
        out.extend_from_slice(&self.method);
        out.push(b' ');
        out.extend_from_slice(&self.target);
        out.extend_from_slice(b" HTTP/1.1\r\n");
        for (name, value) in &self.headers {
            out.extend_from_slice(name);
            out.extend_from_slice(b": ");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&self.body);
        out
    }

    /// Reads the raw form leniently (`\n` line ends too).
    pub fn decode(input: &[u8]) -> HttpInput {
        let (head, body) = match find(input, b"\r\n\r\n") {
            Some(i) => (&input[..i], &input[i + 4..]),
            None => match find(input, b"\n\n") {
                Some(i) => (&input[..i], &input[i + 2..]),
                None => (input, &input[..0]),
            },
        };
        let mut lines = head
            .split(|&b| b == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
        let mut parsed = HttpInput {
            body: body.to_vec(),
            ..HttpInput::default()
        };
        if let Some(first) = lines.next() {
            let mut parts = first.splitn(3, |&b| b == b' ');
            parsed.method = parts.next().unwrap_or_default().to_vec();
            parsed.target = parts.next().unwrap_or_default().to_vec();
        }
        for line in lines {
            let colon = line.iter().position(|&b| b == b':').unwrap_or(line.len());
            let value = line.get(colon + 1..).unwrap_or_default();
            let value = value.strip_prefix(b" ").unwrap_or(value);
            parsed
                .headers
                .push((line[..colon].to_vec(), value.to_vec()));
        }
        parsed
    }

    /// The `http` request, or `None` if hyper would not have let it through.
    fn request(&self) -> Option<Request<Body>> {
        let method = Method::from_bytes(&self.method).ok()?;
        let uri = Uri::try_from(self.target.as_slice()).ok()?;
        let mut builder = Request::builder().method(method).uri(uri);
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name).ok()?;
            let value = HeaderValue::from_bytes(value).ok()?;
            builder = builder.header(name, value);
        }
        builder.body(Body::from(self.body.clone())).ok()
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `appsecret_proof` of `token`: hex HMAC-SHA256 keyed by `secret`.
pub fn proof(secret: &str, token: &str) -> String {
    let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(token.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Percent-encodes for a query or form (`application/x-www-form-urlencoded`).
pub fn form_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// How a request carries its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Query,
    Json,
    Form,
    Brackets,
    Multipart,
}

/// The `mock` target.
pub struct MockTarget {
    specs: Vec<Spec>,
    config: MockConfig,
    plain: Router,
    signed: Router,
    runtime: tokio::runtime::Runtime,
    since_reset: u32,
    /// Statuses answered, by hundreds (`[_, 1xx, 2xx, 3xx, 4xx, 5xx]`).
    statuses: [u64; 6],
    batches: u64,
    /// Requests from `corpus/mock/`, mutated now and then.
    seeds: Vec<Vec<u8>>,
    /// The most frequent error messages (their first words), to see what inputs reach.
    errors: std::collections::HashMap<String, u64>,
}

/// Requests between rebuilds of the mock's state (sent messages pile up otherwise).
const RESET_EVERY: u32 = 2000;

impl MockTarget {
    /// A target over the mock's embedded specs, with seed requests from `corpus`.
    pub fn new(corpus: &std::path::Path) -> Result<MockTarget, String> {
        let seeds = super::read_corpus(corpus);
        let specs = fbgraph_mock::MockServer::embedded_specs().map_err(|e| e.to_string())?;
        let config = MockConfig::default();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| format!("tokio runtime: {e}"))?;
        let (plain, signed) = routers(&specs, &config)?;
        Ok(MockTarget {
            specs,
            config,
            plain,
            signed,
            runtime,
            since_reset: 0,
            statuses: [0; 6],
            batches: 0,
            seeds,
            errors: std::collections::HashMap::new(),
        })
    }

    /// How many seed requests were read.
    pub fn seed_count(&self) -> usize {
        self.seeds.len()
    }

    fn rebuild(&mut self) {
        if let Ok((plain, signed)) = routers(&self.specs, &self.config) {
            self.plain = plain;
            self.signed = signed;
        }
        self.since_reset = 0;
    }
}

fn routers(_specs: &[Spec], config: &MockConfig) -> Result<(Router, Router), String> {
    let link = SocketAddr::from(([127, 0, 0, 1], 9));
    let plain =
        fbgraph_mock::fuzzing::embedded_router(config.clone(), link).map_err(|e| e.to_string())?;
    let signed_config = MockConfig {
        app_secret: Some(APP_SECRET.into()),
        ..config.clone()
    };
    let signed =
        fbgraph_mock::fuzzing::embedded_router(signed_config, link).map_err(|e| e.to_string())?;
    Ok((plain, signed))
}

/// Makes requests for one version.
struct Gen<'a> {
    spec: &'a Spec,
    config: &'a MockConfig,
    signed: bool,
}

impl Gen<'_> {
    fn placeholder(&self, rng: &mut Rng, name: &str) -> String {
        match rng.below(30) {
            0 => mutate::string(rng),
            1 => "me".into(),
            2 => "%2F..%2F".into(),
            3 => mutate::digits(rng),
            _ if name.contains("page") => self.config.page_id.clone(),
            _ if name.contains("message") => format!("m_{}", mutate::ascii_word(rng, 30)),
            _ => self
                .config
                .customers
                .first()
                .map(|c| c.psid.clone())
                .unwrap_or_default(),
        }
    }

    /// The path after the version, placeholders filled.
    fn path(&self, rng: &mut Rng, call: &Call) -> String {
        let mut out = String::new();
        for segment in call.path.split('/').filter(|s| !s.is_empty()) {
            out.push('/');
            if segment.starts_with('{') {
                let value = if segment.contains("page") && rng.chance(1, 2) {
                    "me".to_owned()
                } else {
                    self.placeholder(rng, segment)
                };
                out.push_str(&form_encode(&value).replace('+', "%20"));
            } else {
                out.push_str(segment);
            }
        }
        out
    }

    /// A value for a parameter or field of type `ty`.
    fn value(&self, rng: &mut Rng, ty: &Type, depth: usize) -> Value {
        match ty {
            Type::Scalar(s) => self.scalar(rng, *s),
            Type::List(inner) | Type::Paged(inner) => Value::Array(
                (0..rng.size(if depth == 0 { 0 } else { 14 }))
                    .map(|_| self.value(rng, inner, depth.saturating_sub(1)))
                    .collect(),
            ),
            Type::Map(_, inner) => Value::Object(
                (0..rng.size(if depth == 0 { 0 } else { 4 }))
                    .map(|_| {
                        let key = mutate::digits(rng);
                        (key, self.value(rng, inner, depth.saturating_sub(1)))
                    })
                    .collect(),
            ),
            Type::Named(name) => match self.spec.lookup(name).map(|(_, n)| n) {
                Some(Named::Enum(e)) => {
                    let v = rng
                        .pick(&e.values)
                        .map(|v| v.value.clone())
                        .unwrap_or_default();
                    Value::String(match rng.below(8) {
                        0 => v.to_lowercase(),
                        1 => v.to_uppercase(),
                        2 => mutate::string(rng),
                        _ => v,
                    })
                }
                // A tagged union: a variant's tag (sometimes misspelt) with its value.
                Some(Named::Object(o)) if depth > 0 && o.tag.is_some() => {
                    let tag = o.tag.clone().unwrap_or_default();
                    let mut map = Map::new();
                    let Some(variant) = rng.pick(&o.variants) else {
                        return Value::Object(map);
                    };
                    let value = match rng.below(10) {
                        0 => mutate::ascii_word(rng, 12),
                        1 => variant.value.to_uppercase(),
                        _ => variant.value.clone(),
                    };
                    map.insert(tag, Value::String(value));
                    if let Some(Ok(ty)) = variant.ty.as_ref().map(|t| t.parse()) {
                        let inner = self.value(rng, &ty, depth - 1);
                        match (&o.content, inner) {
                            (Some(content), inner) => {
                                map.insert(content.clone(), inner);
                            }
                            (None, Value::Object(fields)) => map.extend(fields),
                            (None, _) => {}
                        }
                    }
                    Value::Object(map)
                }
                Some(Named::Object(o)) if depth > 0 => {
                    let mut map = Map::new();
                    // One alternative of each one_of group, usually.
                    let (skip, forced) = one_of(rng, &o.one_of);
                    for field in &o.fields {
                        let wanted = if field.required { 19 } else { 6 };
                        let name = field.name.as_str();
                        if skip.contains(&name)
                            || !(forced.contains(&name) || rng.chance(wanted, 20))
                        {
                            continue;
                        }
                        if let Ok(ty) = field.ty.parse() {
                            map.insert(field.name.clone(), self.value(rng, &ty, depth - 1));
                        }
                    }
                    Value::Object(map)
                }
                Some(Named::Node(_)) => Value::String(self.placeholder(rng, name)),
                _ => mutate::any_value(rng, 2),
            },
        }
    }

    fn scalar(&self, rng: &mut Rng, s: Scalar) -> Value {
        match s {
            Scalar::String | Scalar::Utf8String => Value::String(match rng.below(10) {
                0 => "x".repeat([1999, 2000, 2001, 20, 21, 1000, 1001][rng.below(7)]),
                1..=3 => mutate::string(rng),
                _ => mutate::ascii_word(rng, 20),
            }),
            Scalar::Id => Value::String(self.placeholder(rng, "user")),
            // Text where a file belongs: the mock must refuse it.
            Scalar::File => Value::String(mutate::ascii_word(rng, 20)),
            Scalar::Url => Value::String(
                [
                    "https://example.com/cat.png",
                    "ftp://x",
                    "",
                    "https://example.com/a b",
                ][rng.below(4)]
                .into(),
            ),
            Scalar::CurrencyCode => Value::String(["USD", "usd", "XXX", ""][rng.below(4)].into()),
            Scalar::NumericString => Value::String(mutate::numeric_string(rng)),
            Scalar::NumericStringOrInteger | Scalar::Integer | Scalar::UnsignedInteger => {
                if rng.chance(1, 3) {
                    Value::String(mutate::numeric_string(rng))
                } else {
                    Value::from(mutate::integer(rng))
                }
            }
            Scalar::Float => json!(rng.below(1000) as f64 / 7.0),
            Scalar::Bool => match rng.below(4) {
                0 => Value::String("true".into()),
                1 => Value::from(1),
                _ => Value::Bool(rng.chance(1, 2)),
            },
            Scalar::DateTime => Value::String(mutate::datetime(rng)),
            Scalar::Json => mutate::any_value(rng, 3),
        }
    }

    /// A `fields` selection for type `name`.
    fn fields(&self, rng: &mut Rng, name: &str, depth: usize) -> String {
        let Some(fields) = self.spec.fields_of(name) else {
            return mutate::ascii_word(rng, 8);
        };
        let mut parts = Vec::new();
        for _ in 0..rng.range(1, 4) {
            let Some(field) = rng.pick(fields) else { break };
            let mut part = if rng.chance(1, 12) {
                mutate::string(rng)
            } else {
                field.name.clone()
            };
            let ty = field.ty.parse().ok();
            let inner = ty.as_ref().and_then(Type::named).map(str::to_owned);
            if matches!(ty, Some(Type::Paged(_))) && rng.chance(1, 3) {
                let n = ["5", "0", "1", "100", "-1", "x", "99999999999999999999", ""][rng.below(8)];
                part.push_str(&format!(".limit({n})"));
            }
            if let Some(inner) = inner
                && depth > 0
                && rng.chance(1, 2)
            {
                part.push('{');
                part.push_str(&self.fields(rng, &inner, depth - 1));
                part.push('}');
            }
            parts.push(part);
        }
        let mut out = parts.join(",");
        match rng.below(16) {
            0 => out = format!("{}{out}", "messages{".repeat(rng.size(300))),
            1 => out.push('}'),
            2 => out.push_str(",,"),
            3 => out = out.replace(',', " , "),
            4 => out.push_str(".limit("),
            5 => out = out.replace('{', "("),
            _ => {}
        }
        out
    }

    /// Parameters for `call`: the spec's, `fields` and paging for reads.
    fn params(&self, rng: &mut Rng, call: &Call) -> Map<String, Value> {
        let mut params = Map::new();
        let (skip, forced) = one_of(rng, &call.one_of);
        for field in &call.params {
            let wanted = if field.required { 19 } else { 7 };
            let name = field.name.as_str();
            if skip.contains(&name) || !(forced.contains(&name) || rng.chance(wanted, 20)) {
                continue;
            }
            if let Ok(ty) = field.ty.parse() {
                params.insert(field.name.clone(), self.value(rng, &ty, 4));
            }
        }
        if let Ok(returns) = call.returns.parse() {
            if let Some(name) = returns.named()
                && rng.chance(1, 2)
            {
                params.insert("fields".into(), Value::String(self.fields(rng, name, 3)));
            }
            if matches!(returns, Type::Paged(_)) {
                if rng.chance(1, 3) {
                    let choices = if rng.chance(1, 5) { 9 } else { 6 };
                    let limit =
                        ["1", "2", "25", "3", "10", "100000", "0", "-5", "abc"][rng.below(choices)];
                    params.insert("limit".into(), Value::String(limit.into()));
                }
                if rng.chance(1, 5) {
                    let key = if rng.chance(1, 2) { "after" } else { "before" };
                    params.insert(key.into(), Value::String(mutate::ascii_word(rng, 30)));
                }
            }
        }
        params
    }

    fn token(&self, rng: &mut Rng) -> String {
        match rng.below(40) {
            0 => String::new(),
            1 => mutate::string(rng),
            _ => self.config.access_token.clone(),
        }
    }
}

/// For each group of which exactly one must be given: the alternatives left out, and the
/// one given. Now and then none or two, to exercise the check.
fn one_of<'a>(rng: &mut Rng, groups: &'a [fbgraph_spec::OneOf]) -> (Vec<&'a str>, Vec<&'a str>) {
    let (mut skip, mut forced) = (Vec::new(), Vec::new());
    for group in groups {
        let keep = if rng.chance(1, 25) {
            usize::MAX
        } else {
            rng.below(group.fields.len())
        };
        for (i, f) in group.fields.iter().enumerate() {
            if i == keep {
                forced.push(f.as_str());
            } else if !rng.chance(1, 25) {
                skip.push(f.as_str());
            }
        }
    }
    (skip, forced)
}

/// A form value: strings as they are, anything else as JSON text.
fn form_value(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `message[quick_replies][0][title]=…` pairs of a nested value.
fn brackets(rng: &mut Rng, prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                brackets(rng, &format!("{prefix}[{k}]"), v, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, v) in items.iter().enumerate() {
                let index = match rng.below(30) {
                    0 => String::new(),
                    1 => "99999999".into(),
                    2 => "-1".into(),
                    3 => "18446744073709551616".into(),
                    _ => i.to_string(),
                };
                brackets(rng, &format!("{prefix}[{index}]"), v, out);
            }
        }
        other => out.push((prefix.to_owned(), form_value(other))),
    }
}

fn urlencode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

impl MockTarget {
    fn generate_request(&self, rng: &mut Rng) -> HttpInput {
        let Some(spec) = rng.pick(&self.specs) else {
            return HttpInput::default();
        };
        let signed = rng.chance(1, 4);
        let maker = Gen {
            spec,
            config: &self.config,
            signed,
        };
        let version = match rng.below(40) {
            0 => "v99.0".to_owned(),
            1 => String::new(),
            2 => spec.version.to_uppercase(),
            _ => spec.version.clone(),
        };
        let calls: Vec<&Call> = spec.calls().map(|(_, c)| c).collect();
        let batch = rng.chance(1, 6);
        let (method, path, mut params) = if batch {
            let ops = self.batch_ops(rng, &maker, &calls);
            let mut params = Map::new();
            params.insert("batch".into(), ops);
            if rng.chance(1, 3) {
                params.insert(
                    "include_headers".into(),
                    Value::String(["true", "false", "0", "x"][rng.below(4)].into()),
                );
            }
            let path = ["/", "", "/", "", "//"][rng.below(5)].to_owned();
            ("POST".to_owned(), path, params)
        } else if let Some(call) = rng.pick(&calls) {
            let method = if rng.chance(1, 15) {
                ["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"][rng.below(7)]
            } else {
                call.method.as_str()
            };
            let mut path = maker.path(rng, call);
            if rng.chance(1, 20) {
                path.push('/');
            }
            (method.to_owned(), path, maker.params(rng, call))
        } else {
            ("GET".to_owned(), "/".to_owned(), Map::new())
        };
        for _ in 0..(if rng.chance(1, 7) { rng.range(1, 3) } else { 0 }) {
            let mut value = Value::Object(params);
            mutate::mutate_value(rng, &mut value);
            params = match value {
                Value::Object(map) => map,
                other => {
                    let mut map = Map::new();
                    map.insert("message".into(), other);
                    map
                }
            };
        }

        // Credentials.
        let token = maker.token(rng);
        let mut headers: Vec<(Vec<u8>, Vec<u8>)> =
            vec![(b"host".to_vec(), b"graph.facebook.com".to_vec())];
        let placement = rng.below(20);
        let mut query_auth = Vec::new();
        match placement {
            0..=7 => query_auth.push(("access_token".to_owned(), token.clone())),
            8..=12 => {
                params.insert("access_token".into(), Value::String(token.clone()));
            }
            13..=18 => {
                let scheme = if rng.chance(1, 10) {
                    "Basic"
                } else {
                    ["Bearer", "OAuth", "bearer"][rng.below(3)]
                };
                headers.push((
                    b"authorization".to_vec(),
                    format!("{scheme} {token}").into_bytes(),
                ));
            }
            _ => {}
        }
        if maker.signed {
            let proof = match rng.below(8) {
                0 => mutate::ascii_word(rng, 64),
                1 => proof(APP_SECRET, &token).to_uppercase(),
                _ => proof(APP_SECRET, &token),
            };
            query_auth.push(("appsecret_proof".into(), proof));
        }

        let encoding = if method == "GET" || method == "DELETE" {
            if rng.chance(1, 10) {
                Encoding::Form
            } else {
                Encoding::Query
            }
        } else {
            match rng.below(20) {
                0..=6 => Encoding::Json,
                7..=11 => Encoding::Form,
                12..=14 => Encoding::Brackets,
                15..=18 => Encoding::Multipart,
                _ => Encoding::Query,
            }
        };
        let mut query: Vec<(String, String)> = query_auth;
        let mut body = Vec::new();
        let content_type: Option<String>;
        match encoding {
            Encoding::Query => {
                query.extend(params.iter().map(|(k, v)| (k.clone(), form_value(v))));
                content_type = None;
            }
            Encoding::Json => {
                let style = Style::random(rng);
                mutate::write(rng, &Value::Object(params), style, &mut body);
                content_type = Some(
                    [
                        "application/json",
                        "application/json; charset=UTF-8",
                        "text/plain",
                        "",
                    ][rng.below(4)]
                    .into(),
                );
            }
            Encoding::Form | Encoding::Brackets => {
                let mut pairs = Vec::new();
                for (k, v) in &params {
                    if encoding == Encoding::Brackets {
                        brackets(rng, k, v, &mut pairs);
                    } else {
                        pairs.push((k.clone(), form_value(v)));
                    }
                }
                body = urlencode(&pairs).into_bytes();
                content_type = Some(
                    [
                        "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded; charset=utf-8",
                        "",
                    ][rng.below(3)]
                    .into(),
                );
            }
            Encoding::Multipart => {
                let boundary = format!("fbgraphfuzz{}", mutate::ascii_word(rng, 16));
                for (k, v) in &params {
                    body.extend_from_slice(
                        format!(
                            "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{}\r\n",
                            form_value(v)
                        )
                        .as_bytes(),
                    );
                }
                if rng.chance(2, 3) {
                    let (file, mime) = [
                        ("cat.png", "image/png"),
                        ("clip.mp4", "video/mp4"),
                        ("a\"b.txt", "text/plain"),
                        ("", ""),
                    ][rng.below(4)];
                    body.extend_from_slice(
                        format!(
                            "--{boundary}\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"{file}\"\r\nContent-Type: {mime}\r\n\r\n"
                        )
                        .as_bytes(),
                    );
                    body.extend((0..rng.size(2000)).map(|_| rng.next_u64() as u8));
                    body.extend_from_slice(b"\r\n");
                }
                if !rng.chance(1, 15) {
                    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
                }
                content_type = Some(if rng.chance(1, 15) {
                    "multipart/form-data".into()
                } else {
                    format!("multipart/form-data; boundary={boundary}")
                });
            }
        }
        if let Some(ct) = content_type
            && !ct.is_empty()
        {
            headers.push((b"content-type".to_vec(), ct.into_bytes()));
        }
        let length = if rng.chance(1, 30) {
            ["99999999999", "0", "-1", "1 2"][rng.below(4)].to_owned()
        } else {
            body.len().to_string()
        };
        if !body.is_empty() || rng.chance(1, 4) {
            headers.push((b"content-length".to_vec(), length.into_bytes()));
        }
        let mut target = if version.is_empty() {
            path
        } else {
            format!("/{version}{path}")
        };
        if target.is_empty() {
            target.push('/');
        }
        if !query.is_empty() {
            target.push('?');
            target.push_str(&urlencode(&query));
        }
        let mut input = HttpInput {
            method: method.into_bytes(),
            target: target.into_bytes(),
            headers,
            body,
        };
        if rng.chance(1, 16) {
            // Byte edits in the body, the query or a header value.
            match rng.below(3) {
                0 => mutate::mutate_bytes(rng, &mut input.body),
                1 => mutate::mutate_bytes(rng, &mut input.target),
                _ => {
                    let i = rng.below(input.headers.len());
                    if let Some((_, v)) = input.headers.get_mut(i) {
                        mutate::mutate_bytes(rng, v);
                    }
                }
            }
        }
        input
    }

    /// The `batch` parameter: operations made like single requests.
    fn batch_ops(&self, rng: &mut Rng, maker: &Gen<'_>, calls: &[&Call]) -> Value {
        let count = match rng.below(20) {
            0 => 0,
            1 => 50,
            2 => 51,
            _ => rng.range(1, 5),
        };
        let mut ops = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for i in 0..count {
            let Some(call) = rng.pick(calls) else { break };
            let mut op = Map::new();
            let method = if rng.chance(1, 10) {
                call.method.as_str().to_lowercase()
            } else {
                call.method.as_str().to_owned()
            };
            let params = maker.params(rng, call);
            let mut relative = maker.path(rng, call);
            relative = match rng.below(4) {
                0 => relative,
                1 => format!("{}{relative}", maker.spec.version),
                _ => relative.trim_start_matches('/').to_owned(),
            };
            if !names.is_empty() && rng.chance(1, 6) {
                let from = &names[rng.below(names.len())];
                let path =
                    ["$.data.0.id", "$.message_id", "$.data.*.id", "$.nope", "$"][rng.below(5)];
                relative = format!("{{result={from}:{path}}}");
            }
            let pairs: Vec<(String, String)> = params
                .iter()
                .map(|(k, v)| (k.clone(), form_value(v)))
                .collect();
            if call.method == fbgraph_spec::Method::Get {
                if !pairs.is_empty() {
                    relative.push('?');
                    relative.push_str(&urlencode(&pairs));
                }
            } else {
                op.insert("body".into(), Value::String(urlencode(&pairs)));
            }
            op.insert("method".into(), Value::String(method));
            op.insert("relative_url".into(), Value::String(relative));
            if rng.chance(1, 3) {
                let name = format!("op{i}");
                op.insert("name".into(), Value::String(name.clone()));
                names.push(name);
            }
            if rng.chance(1, 5) {
                let dep = names
                    .get(rng.below(names.len() + 1))
                    .cloned()
                    .unwrap_or_else(|| "nobody".into());
                op.insert("depends_on".into(), Value::String(dep));
            }
            if rng.chance(1, 10) {
                op.insert("access_token".into(), Value::String(maker.token(rng)));
            }
            ops.push(Value::Object(op));
        }
        if rng.chance(1, 20) {
            return mutate::any_value(rng, 3);
        }
        Value::Array(ops)
    }
}

/// Whether `value` is Graph's error envelope.
fn envelope_problem(value: &Value) -> Option<String> {
    let Some(error) = value.get("error").and_then(Value::as_object) else {
        return Some("no `error` object".into());
    };
    if !error.get("message").is_some_and(Value::is_string) {
        return Some("`error.message` is not a string".into());
    }
    if !error.get("type").is_some_and(Value::is_string) {
        return Some("`error.type` is not a string".into());
    }
    if !error.get("code").is_some_and(Value::is_i64) {
        return Some("`error.code` is not an integer".into());
    }
    if !error.get("fbtrace_id").is_some_and(Value::is_string) {
        return Some("`error.fbtrace_id` is not a string".into());
    }
    None
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut cut: String = text.chars().take(300).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}

impl Target for MockTarget {
    fn name(&self) -> &'static str {
        "mock"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        if !self.seeds.is_empty() && rng.chance(1, 15) {
            let seed = &self.seeds[rng.below(self.seeds.len())];
            let mut input = HttpInput::decode(seed);
            match rng.below(3) {
                0 => {}
                1 => mutate::mutate_bytes(rng, &mut input.body),
                _ => mutate::mutate_bytes(rng, &mut input.target),
            }
            return input.encode();
        }
        self.generate_request(rng).encode()
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        let parsed = HttpInput::decode(input);
        let Some(request) = parsed.request() else {
            return Verdict::Skipped;
        };
        if self.since_reset >= RESET_EVERY {
            self.rebuild();
        }
        self.since_reset += 1;
        let signed = find(input, b"appsecret_proof").is_some();
        let router = if signed { &self.signed } else { &self.plain };
        let router = router.clone();
        let answered = self.runtime.block_on(async move {
            let response = match router.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            let (parts, body) = response.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX).await;
            (parts, bytes)
        });
        let (parts, bytes) = answered;
        let status = parts.status.as_u16();
        self.statuses[usize::from(status / 100).min(5)] += 1;
        let Ok(bytes) = bytes else {
            return Verdict::Finding(format!("HTTP {status}: the answer's body fails to stream"));
        };
        if parsed.method == b"HEAD" {
            // axum drops the body of an answer to HEAD, as HTTP says.
            return if bytes.is_empty() {
                Verdict::Rejected
            } else {
                Verdict::Finding(format!("HTTP {status} to HEAD with a body"))
            };
        }
        let content_type = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !content_type.starts_with("application/json") {
            return Verdict::Finding(format!(
                "HTTP {status} with content type {content_type:?}: {}",
                excerpt(&bytes)
            ));
        }
        let Ok(body) = serde_json::from_slice::<Value>(&bytes) else {
            return Verdict::Finding(format!("HTTP {status}, not JSON: {}", excerpt(&bytes)));
        };
        if !(200..300).contains(&status) {
            if let Some(message) = body.pointer("/error/message").and_then(Value::as_str) {
                let key: String = message
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .take(50)
                    .collect();
                if self.errors.len() < 10_000 || self.errors.contains_key(&key) {
                    *self.errors.entry(key).or_default() += 1;
                }
            }
            return match envelope_problem(&body) {
                Some(problem) => Verdict::Finding(format!(
                    "HTTP {status} is not an error envelope ({problem}): {}",
                    excerpt(&bytes)
                )),
                None => Verdict::Rejected,
            };
        }
        if let Value::Array(results) = &body
            && parsed.method == b"POST"
        {
            self.batches += 1;
            for (i, result) in results.iter().enumerate() {
                if result.is_null() {
                    continue;
                }
                let code = result.get("code").and_then(Value::as_u64);
                let inner = result
                    .get("body")
                    .and_then(Value::as_str)
                    .map(serde_json::from_str::<Value>);
                let problem = match (code, inner) {
                    (None, _) => Some("no integer `code`".to_owned()),
                    (_, None) => Some("no string `body`".to_owned()),
                    (_, Some(Err(e))) => Some(format!("`body` is not JSON: {e}")),
                    (Some(code), Some(Ok(inner))) if !(200..300).contains(&code) => {
                        envelope_problem(&inner)
                    }
                    _ => None,
                };
                if let Some(problem) = problem {
                    return Verdict::Finding(format!(
                        "batch answer {i}: {problem}: {}",
                        excerpt(&bytes)
                    ));
                }
            }
        }
        Verdict::Accepted
    }

    fn reset(&mut self) {
        if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
        {
            self.runtime = runtime;
        }
        self.rebuild();
    }

    fn summary(&self) -> Vec<String> {
        let [_, _, ok, redirect, client, server] = self.statuses;
        let mut lines = vec![format!(
            "answers: {ok} 2xx ({} batches), {redirect} 3xx, {client} 4xx, {server} 5xx",
            self.batches
        )];
        let mut errors: Vec<(&String, &u64)> = self.errors.iter().collect();
        errors.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (message, count) in errors.into_iter().take(8) {
            lines.push(format!("{count} × {message}…"));
        }
        lines
    }
}
