//! `head`: the mock's connection layer, over a real socket: raw bytes written to a served
//! mock (`MockServer::start` on `127.0.0.1:0`, with a 300 ms header timeout and a 500 ms
//! body timeout), so that what the `mock` target never reaches is exercised: the stream
//! that holds back and checks every request head of a keep-alive connection (414, 431,
//! 400), follows `Content-Length` and chunked bodies to find the next head, answers a body
//! declared over 8 MiB with 413 at once, and closes connections whose head is late.
//!
//! Structure-aware: one to four pipelined HTTP/1.1 requests to real paths
//! (`/v19.0/me/messages`, `/v19.0/{page}/conversations`, `/v26.0/me`, …) with the mock's
//! default token as `Authorization: Bearer …` (or in the query, or wrong, or missing),
//! JSON and form bodies framed by `Content-Length` or chunked (sizes in either case or with
//! leading zeros, chunk extensions, trailers), `Expect: 100-continue` and
//! `Connection: close` now and then. Then mutated: targets and heads around the 32 KiB and
//! 64 KiB limits, around 100 headers, conflicting or malformed `Content-Length` and
//! `Transfer-Encoding`, declared bodies over 8 MiB, bodies shorter or longer than declared,
//! other versions and methods, `0xFF`, NUL and bare `\n` in heads, bad chunk framing; and
//! the whole stream truncated or byte-mutated.
//!
//! Input format: the raw bytes written to the connection, nothing else, so a crash file
//! replays with `nc 127.0.0.1 PORT < file` against a served mock. How the bytes are split
//! into writes, and whether the client half-closes once it has written everything, come
//! from a PRNG seeded with the input's hash, so a crash file replays the same way here.
//! The client half-closes (sends its FIN) after the last write, except for one input in
//! 1000, which keeps its end open so that the mock's header and body timeouts must close
//! the connection.
//!
//! Invariants: (1) no panic anywhere in the mock: a panic hook, installed around each
//! input over the driver's, counts panics on the threads of the runtime the target owns
//! (tokio would swallow them) and passes them on to the previous hook; (2) everything read
//! from the connection is a sequence of HTTP/1.1 responses (by `httparse`), each with a
//! `Content-Length` and a body of that length that is JSON with a JSON content type, and
//! Graph's error envelope (`error.message` a string, `error.code` an integer) when the
//! status is 400 or more; `100 Continue` may come first; a response cut short is a finding
//! unless the connection was reset; (3) the connection is answered and closed within 5 s
//! of the last write (reads and writes time out; a time-out is a finding). The driver also
//! flags inputs slower than its limit (1 s by default).

use std::io::{ErrorKind, Read as _, Write as _};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::panic::{self, PanicHookInfo};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use fbgraph_mock::{MockConfig, MockServer};
use serde_json::Value;

use crate::driver::{Target, Verdict};
use crate::mutate;
use crate::rng::{Rng, hash};

/// The mock's default page access token.
pub const TOKEN: &str = "mock-page-access-token";
/// The mock's default page id.
const PAGE: &str = "1000000000000001";
/// The mock's default customers.
const PSIDS: [&str; 2] = ["24843122109876543", "7315908264410042"];
/// The mock's limits (`conn.rs`), to aim at their edges.
const MAX_TARGET: usize = 32 * 1024;
const MAX_HEADERS: usize = 100;
const MAX_HEAD: usize = 64 * 1024;
const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// How long the connection may take to be answered and closed after the last write.
pub const BOUND: Duration = Duration::from_secs(5);
/// The header timeout of the served mock.
pub const HEADER_TIMEOUT: Duration = Duration::from_millis(300);
/// The body timeout of the served mock.
pub const BODY_TIMEOUT: Duration = Duration::from_millis(500);
/// Inputs between restarts of the mock (sent messages pile up in its state otherwise).
const RESTART_EVERY: u32 = 5000;
/// The most bytes read from one connection.
const READ_LIMIT: usize = 16 * 1024 * 1024;

/// The `head` target.
pub struct HeadTarget {
    runtime: tokio::runtime::Runtime,
    server: Option<MockServer>,
    addr: SocketAddr,
    /// The name of the runtime's threads, whose panics are counted.
    thread_name: String,
    since_restart: u32,
    seeds: Vec<Vec<u8>>,
    stats: Stats,
}

#[derive(Debug, Default)]
struct Stats {
    /// Statuses answered, by hundreds (`[_, 1xx, 2xx, 3xx, 4xx, 5xx]`).
    statuses: [u64; 6],
    by_status: std::collections::BTreeMap<u16, u64>,
    connections: u64,
    unanswered: u64,
    resets: u64,
    write_errors: u64,
    kept_open: u64,
    kept_open_time: Duration,
    slowest: Duration,
}

static INSTANCES: AtomicU64 = AtomicU64::new(0);

impl HeadTarget {
    /// A target with its own runtime and served mock, and seed inputs from `corpus`.
    pub fn new(corpus: &std::path::Path) -> Result<HeadTarget, String> {
        let seeds = super::read_corpus(corpus);
        let thread_name = format!(
            "fbgraph-fuzz-head-{}",
            INSTANCES.fetch_add(1, Ordering::Relaxed)
        );
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name(thread_name.clone())
            .enable_all()
            .build()
            .map_err(|e| format!("tokio runtime: {e}"))?;
        let server = start(&runtime)?;
        Ok(HeadTarget {
            addr: server.addr(),
            server: Some(server),
            runtime,
            thread_name,
            since_restart: 0,
            seeds,
            stats: Stats::default(),
        })
    }

    /// How many seed inputs were read.
    pub fn seed_count(&self) -> usize {
        self.seeds.len()
    }

    fn restart(&mut self) {
        if let Some(old) = self.server.take() {
            self.runtime.block_on(old.shutdown());
        }
        if let Ok(server) = start(&self.runtime) {
            self.addr = server.addr();
            self.server = Some(server);
        }
        self.since_restart = 0;
    }
}

fn start(runtime: &tokio::runtime::Runtime) -> Result<MockServer, String> {
    runtime
        .block_on(MockServer::start(MockConfig {
            header_timeout: HEADER_TIMEOUT,
            body_timeout: BODY_TIMEOUT,
            ..MockConfig::default()
        }))
        .map_err(|e| format!("the mock does not start: {e}"))
}

// ---------------------------------------------------------------------------------------
// Generation

/// How a request's body is framed.
#[derive(Debug, Clone)]
enum Framing {
    /// No body and no framing header.
    None,
    /// `Content-Length` with this value (usually the body's length).
    Length(String),
    /// `Transfer-Encoding: chunked`, with the body already encoded.
    Chunked(Vec<u8>),
}

/// One request before encoding.
#[derive(Debug, Clone)]
struct Req {
    method: Vec<u8>,
    target: Vec<u8>,
    version: Vec<u8>,
    /// Header lines without their line end.
    headers: Vec<Vec<u8>>,
    framing: Framing,
    body: Vec<u8>,
    eol: &'static [u8],
    /// Blank lines before the request line.
    leading: usize,
}

impl Req {
    fn encode(&self, out: &mut Vec<u8>) {
        for _ in 0..self.leading {
            out.extend_from_slice(self.eol);
        }
        out.extend_from_slice(&self.method);
        out.push(b' ');
        out.extend_from_slice(&self.target);
        if !self.version.is_empty() {
            out.push(b' ');
            out.extend_from_slice(&self.version);
        }
        out.extend_from_slice(self.eol);
        for line in &self.headers {
            out.extend_from_slice(line);
            out.extend_from_slice(self.eol);
        }
        match &self.framing {
            Framing::None => {}
            Framing::Length(value) => {
                out.extend_from_slice(b"Content-Length: ");
                out.extend_from_slice(value.as_bytes());
                out.extend_from_slice(self.eol);
            }
            Framing::Chunked(_) => {
                out.extend_from_slice(b"Transfer-Encoding: chunked");
                out.extend_from_slice(self.eol);
            }
        }
        out.extend_from_slice(self.eol);
        match &self.framing {
            Framing::Chunked(encoded) => out.extend_from_slice(encoded),
            _ => out.extend_from_slice(&self.body),
        }
    }

    fn head_len(&self) -> usize {
        self.target.len() + self.headers.iter().map(|h| h.len() + 2).sum::<usize>() + 64
    }
}

fn version(rng: &mut Rng) -> &'static str {
    if rng.chance(3, 4) { "v19.0" } else { "v26.0" }
}

fn text(rng: &mut Rng) -> String {
    let words = [
        "hi", "order", "shipped", "ça va", "😀", "a&b=c", "\"q\"", "tab\t",
    ];
    (0..rng.range(1, 4))
        .map(|_| *rng.pick(&words).unwrap_or(&"x"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn form_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn fields(rng: &mut Rng) -> &'static str {
    const FIELDS: &[&str] = &[
        "id",
        "id,updated_time",
        "participants",
        "participants,messages.limit(2){message,from}",
        "messages{message,created_time}",
        "unread_count,message_count",
        "nonexistent",
    ];
    rng.pick(FIELDS).copied().unwrap_or("id")
}

/// Encodes `body` chunked: a few chunks, sizes in either case or with leading zeros,
/// extensions and trailers now and then.
fn chunk(rng: &mut Rng, body: &[u8], eol: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 64);
    let mut rest = body;
    let extension = |rng: &mut Rng, out: &mut Vec<u8>| {
        if rng.chance(1, 4) {
            let ext: &[u8] = match rng.below(5) {
                0 => b";a=b",
                1 => b";name=\"quoted value\"",
                2 => b"; x",
                3 => b";ext",
                _ => b";a=b;c=\"d;e\"",
            };
            out.extend_from_slice(ext);
        }
    };
    while !rest.is_empty() {
        let n = rng.range(1, rest.len().clamp(1, 64));
        let n = if rng.chance(1, 3) { rest.len() } else { n };
        let size = match rng.below(4) {
            0 => format!("{n:X}"),
            1 => format!("000{n:x}"),
            _ => format!("{n:x}"),
        };
        out.extend_from_slice(size.as_bytes());
        if rng.chance(1, 12) {
            out.push(b' ');
        }
        extension(rng, &mut out);
        out.extend_from_slice(eol);
        out.extend_from_slice(&rest[..n]);
        out.extend_from_slice(eol);
        rest = &rest[n..];
    }
    out.extend_from_slice(if rng.chance(1, 6) { b"000" } else { b"0" });
    extension(rng, &mut out);
    out.extend_from_slice(eol);
    if rng.chance(1, 4) {
        for _ in 0..rng.range(1, 3) {
            let trailer: &[u8] = match rng.below(3) {
                0 => b"X-Trailer: 1",
                1 => b"Expires: Wed, 21 Oct 2015 07:28:00 GMT",
                _ => b"X-Checksum: abc; q=1",
            };
            out.extend_from_slice(trailer);
            out.extend_from_slice(eol);
        }
    }
    out.extend_from_slice(eol);
    out
}

fn request(rng: &mut Rng, last: bool) -> Req {
    let v = version(rng);
    let mut body = Vec::new();
    let mut content_type = None;
    let mut token_in_query = false;
    let (method, target) = match rng.below(7) {
        0 => (
            "GET",
            format!(
                "/{v}/me/conversations?fields={}&limit={}",
                fields(rng),
                rng.range(0, 30)
            ),
        ),
        1 => (
            "GET",
            format!(
                "/{v}/{PAGE}/conversations?fields={}&folder=inbox",
                fields(rng)
            ),
        ),
        2 | 3 => {
            let psid = rng.pick(&PSIDS).copied().unwrap_or(PSIDS[0]);
            let message = serde_json::json!({ "text": text(rng) });
            if rng.chance(2, 3) {
                content_type = Some("application/json");
                body = serde_json::json!({
                    "recipient": { "id": psid },
                    "messaging_type": "RESPONSE",
                    "message": message,
                })
                .to_string()
                .into_bytes();
            } else {
                content_type = Some("application/x-www-form-urlencoded");
                body = format!(
                    "recipient={}&message={}",
                    form_encode(&format!("{{\"id\":\"{psid}\"}}")),
                    form_encode(&message.to_string())
                )
                .into_bytes();
            }
            ("POST", format!("/{v}/me/messages"))
        }
        4 => ("GET", format!("/{v}/me?fields=id,name")),
        5 => {
            token_in_query = true;
            (
                "GET",
                format!("/{v}/{PAGE}/conversations?access_token={TOKEN}"),
            )
        }
        _ => {
            let psid = rng.pick(&PSIDS).copied().unwrap_or(PSIDS[0]);
            ("GET", format!("/{v}/me/thread_owner?recipient={psid}"))
        }
    };
    let eol: &'static [u8] = b"\r\n";
    let mut headers: Vec<Vec<u8>> = vec![b"Host: 127.0.0.1".to_vec()];
    if !token_in_query {
        match rng.below(20) {
            0 => headers.push(b"Authorization: Bearer wrong-token".to_vec()),
            1 => {}
            2 => headers.push(format!("authorization: bearer {TOKEN}").into_bytes()),
            _ => headers.push(format!("Authorization: Bearer {TOKEN}").into_bytes()),
        }
    }
    if let Some(ct) = content_type {
        headers.push(format!("Content-Type: {ct}").into_bytes());
    }
    for _ in 0..rng.size(3) {
        let extra: &[u8] = match rng.below(5) {
            0 => b"User-Agent: fbgraph-fuzz/1",
            1 => b"Accept: application/json",
            2 => b"Accept-Encoding: gzip, deflate",
            3 => b"X-Fuzz:  padded\t",
            _ => b"Cache-Control: no-cache",
        };
        headers.push(extra.to_vec());
    }
    if method == "POST" && rng.chance(1, 30) {
        headers.push(b"Expect: 100-continue".to_vec());
    }
    if rng.chance(1, if last { 5 } else { 25 }) {
        headers.push(b"Connection: close".to_vec());
    } else if rng.chance(1, 10) {
        headers.push(b"Connection: keep-alive".to_vec());
    }
    if method == "GET" && rng.chance(1, 20) {
        body = b"{}".to_vec();
    }
    let framing = if body.is_empty() {
        if rng.chance(1, 6) {
            Framing::Length("0".into())
        } else {
            Framing::None
        }
    } else if rng.chance(1, 3) {
        Framing::Chunked(chunk(rng, &body, eol))
    } else {
        Framing::Length(body.len().to_string())
    };
    Req {
        method: method.as_bytes().to_vec(),
        target: target.into_bytes(),
        version: b"HTTP/1.1".to_vec(),
        headers,
        framing,
        body,
        eol,
        leading: 0,
    }
}

/// A count near `edge`: just under, at, or just over.
fn near(rng: &mut Rng, edge: usize) -> usize {
    match rng.below(4) {
        0 => edge.saturating_sub(rng.range(1, 40)),
        1 => edge,
        2 => edge + 1,
        _ => edge + rng.range(2, 200),
    }
}

/// One structural mutation of a request.
fn mutate_request(rng: &mut Rng, req: &mut Req) {
    match rng.below(19) {
        0 => {
            // A target around the 32 KiB limit.
            let want = near(rng, MAX_TARGET);
            let pad = want.saturating_sub(req.target.len() + 5);
            req.target.extend_from_slice(b"&pad=");
            req.target.extend(std::iter::repeat_n(b'a', pad));
        }
        1 => {
            // A head around the 64 KiB limit.
            let want = near(rng, MAX_HEAD);
            let pad = want.saturating_sub(req.head_len());
            let mut line = b"X-Pad: ".to_vec();
            line.extend(std::iter::repeat_n(b'b', pad));
            req.headers.push(line);
        }
        2 => {
            // Around 100 headers.
            let want = near(rng, MAX_HEADERS).min(MAX_HEADERS + 20);
            let framing = usize::from(!matches!(req.framing, Framing::None));
            let mut i = 0;
            while req.headers.len() + framing < want {
                req.headers.push(format!("X-H{i}: {i}").into_bytes());
                i += 1;
            }
        }
        3 => {
            // Both framings.
            let cl = format!("Content-Length: {}", rng.below(req.body.len() + 10));
            let te = b"Transfer-Encoding: chunked".to_vec();
            if rng.chance(1, 2) {
                req.headers.push(cl.into_bytes());
                if !matches!(req.framing, Framing::Chunked(_)) {
                    req.headers.push(te);
                }
            } else {
                req.headers.insert(0, cl.into_bytes());
            }
        }
        4 => {
            // Two Content-Lengths, the same or not.
            let n = if rng.chance(1, 2) {
                req.body.len()
            } else {
                req.body.len() + rng.range(1, 5)
            };
            req.headers
                .push(format!("content-length: {n}").into_bytes());
        }
        5 => {
            let n = req.body.len();
            let odd = match rng.below(9) {
                0 => format!("+{n}"),
                1 => format!(" {n} "),
                2 => format!("{n},{n}"),
                3 => "-1".into(),
                4 => format!("0x{n:x}"),
                5 => "99999999999999999999999".into(),
                6 => String::new(),
                7 => format!("0{n}"),
                _ => format!("{n}\x0b"),
            };
            req.framing = Framing::Length(odd);
        }
        6 => {
            let te: &[u8] = match rng.below(7) {
                0 => b"Transfer-Encoding: gzip",
                1 => b"Transfer-Encoding: chunked, gzip",
                2 => b"Transfer-Encoding: gzip, chunked",
                3 => b"Transfer-Encoding: CHUNKED",
                4 => b"Transfer-Encoding: chunked ",
                5 => b"Transfer-Encoding: \xffchunked",
                _ => b"Transfer-Encoding:",
            };
            req.headers.push(te.to_vec());
        }
        7 => {
            // A body declared over 8 MiB.
            let n = match rng.below(3) {
                0 => BODY_LIMIT + 1,
                1 => BODY_LIMIT,
                _ => 1 << 40,
            };
            req.framing = Framing::Length(n.to_string());
        }
        8 => {
            // Declared and sent lengths disagree.
            let n = req.body.len();
            let declared = if rng.chance(1, 2) {
                n.saturating_sub(rng.range(1, 10))
            } else {
                n + rng.range(1, 10)
            };
            req.framing = Framing::Length(declared.to_string());
        }
        9 => {
            let v: &[u8] = match rng.below(7) {
                0 => b"HTTP/1.0",
                1 => b"HTTP/2.0",
                2 => b"HTTP/1.2",
                3 => b"http/1.1",
                4 => b"",
                5 => b"HTTP/1.1 extra",
                _ => b"HTTP/0.9",
            };
            req.version = v.to_vec();
        }
        10 => {
            // A 0xFF in the head.
            let i = rng.below(req.headers.len() + 1);
            match req.headers.get_mut(i) {
                Some(line) => {
                    let at = rng.below(line.len() + 1);
                    line.insert(at, 0xff);
                }
                None => {
                    let at = rng.below(req.target.len() + 1);
                    req.target.insert(at, 0xff);
                }
            }
        }
        11 => req.eol = b"\n",
        12 => req.leading = rng.range(1, 3),
        13 => {
            let line: &[u8] = match rng.below(6) {
                0 => b"NoColonHere",
                1 => b"X-Space : v",
                2 => b" folded continuation",
                3 => b": empty-name",
                4 => b"X-Nul: a\0b",
                _ => b"X-Ctl: a\x01b",
            };
            let at = rng.below(req.headers.len() + 1);
            req.headers.insert(at, line.to_vec());
        }
        14 => {
            // Bad chunk framing.
            let mut encoded = match &req.framing {
                Framing::Chunked(e) => e.clone(),
                _ => chunk(rng, &req.body, req.eol),
            };
            let prefix: &[u8] = match rng.below(5) {
                0 => b"zz\r\n",
                1 => b"ffffffffffffffffff\r\n",
                2 => b"5\r\nabcdefg\r\n",
                3 => b"1;\xff\r\na\r\n",
                _ => {
                    if let Some(i) = encoded.iter().rposition(|&b| b == b'\n') {
                        encoded.truncate(i);
                    }
                    b""
                }
            };
            encoded.splice(0..0, prefix.iter().copied());
            req.framing = Framing::Chunked(encoded);
        }
        15 => {
            let m: &[u8] = match rng.below(7) {
                0 => b"get",
                1 => b"PATCH",
                2 => b"DELETE",
                3 => b"OPTIONS",
                4 => b"",
                5 => b"G\xffT",
                _ => b"POST",
            };
            req.method = m.to_vec();
        }
        16 => {
            let t: &[u8] = match rng.below(6) {
                0 => b"*",
                1 => b"http://127.0.0.1/v19.0/me",
                2 => b"v19.0/me",
                3 => b"/v19.0/me?fields=%zz",
                4 => b"/v19.0/me conversations",
                _ => b"/v19.0/me#fragment",
            };
            req.target = t.to_vec();
        }
        17 => {
            // A body sent with no framing at all (it reads as the next head).
            if !req.body.is_empty() {
                req.framing = Framing::None;
            }
        }
        _ => {
            let i = rng.below(req.headers.len().max(1));
            if let Some(line) = req.headers.get_mut(i) {
                mutate::mutate_bytes(rng, line);
            }
        }
    }
}

/// Generates an input: a few pipelined requests, maybe mutated.
pub fn generate_requests(rng: &mut Rng) -> Vec<u8> {
    let n = match rng.below(10) {
        0..=3 => 1,
        4..=6 => 2,
        7..=8 => 3,
        _ => 4,
    };
    let mut out = Vec::new();
    for i in 0..n {
        let mut req = request(rng, i + 1 == n);
        if rng.chance(2, 5) {
            for _ in 0..rng.range(1, 2) {
                mutate_request(rng, &mut req);
            }
        }
        req.encode(&mut out);
    }
    mutate_stream(rng, &mut out);
    out
}

/// Now and then, an edit of the whole stream.
fn mutate_stream(rng: &mut Rng, out: &mut Vec<u8>) {
    match rng.below(16) {
        0 if !out.is_empty() => out.truncate(rng.below(out.len())),
        1 => mutate::mutate_bytes(rng, out),
        2 if !out.is_empty() => {
            let i = rng.below(out.len());
            out[i] = 0xff;
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------
// Execution

type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Counts panics on the threads named `name` while it lives, passing every panic on to
/// the hook it replaced, which it puts back when dropped.
struct PanicWatch {
    previous: Option<Arc<Hook>>,
    count: Arc<AtomicU64>,
    first: Arc<Mutex<Option<String>>>,
}

impl PanicWatch {
    fn install(name: &str) -> PanicWatch {
        let previous: Arc<Hook> = Arc::new(panic::take_hook());
        let count = Arc::new(AtomicU64::new(0));
        let first = Arc::new(Mutex::new(None));
        let (chained, c, f, name) = (
            Arc::clone(&previous),
            Arc::clone(&count),
            Arc::clone(&first),
            name.to_owned(),
        );
        panic::set_hook(Box::new(move |info| {
            if thread::current().name() == Some(name.as_str()) {
                c.fetch_add(1, Ordering::SeqCst);
                let mut first = f.lock().unwrap_or_else(PoisonError::into_inner);
                if first.is_none() {
                    *first = Some(crate::driver::describe_panic(info));
                }
            }
            chained(info);
        }));
        PanicWatch {
            previous: Some(previous),
            count,
            first,
        }
    }

    /// The panics seen so far, and the first one's message.
    fn seen(&self) -> (u64, Option<String>) {
        let first = self
            .first
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        (self.count.load(Ordering::SeqCst), first)
    }
}

impl Drop for PanicWatch {
    fn drop(&mut self) {
        // The hook cannot be changed from a panicking thread; ours then stays, chained.
        if thread::panicking() {
            return;
        }
        let Some(previous) = self.previous.take() else {
            return;
        };
        drop(panic::take_hook());
        // Put back the very hook we replaced (no wrapper), so hooks do not nest deeper
        // with every input.
        match Arc::try_unwrap(previous) {
            Ok(hook) => panic::set_hook(hook),
            Err(shared) => panic::set_hook(Box::new(move |info| shared(info))),
        }
    }
}

/// How the input is written: cut points, and whether the client half-closes.
struct Plan {
    cuts: Vec<usize>,
    keep_open: bool,
}

fn plan(input: &[u8]) -> Plan {
    let mut rng = Rng::new(hash(input) ^ 0x6865_6164);
    let pieces = match rng.below(10) {
        0..=2 => 1,
        3..=7 => rng.range(2, 4),
        _ => rng.range(5, 16),
    };
    let mut cuts: Vec<usize> = (1..pieces).map(|_| rng.below(input.len() + 1)).collect();
    cuts.push(0);
    cuts.push(input.len());
    cuts.sort_unstable();
    cuts.dedup();
    Plan {
        cuts,
        keep_open: rng.chance(1, 1000),
    }
}

/// What came back on the connection.
struct Exchange {
    bytes: Vec<u8>,
    /// The connection was reset (the end of `bytes` may be missing).
    reset: bool,
    /// Neither an answer nor a close within the bound, or a write that blocked that long.
    hung: Option<String>,
    write_error: bool,
}

fn exchange(addr: SocketAddr, input: &[u8], plan: &Plan) -> Result<Exchange, String> {
    let mut stream = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(BOUND));
    let mut result = Exchange {
        bytes: Vec::new(),
        reset: false,
        hung: None,
        write_error: false,
    };
    for pair in plan.cuts.windows(2) {
        let piece = &input[pair[0]..pair[1]];
        match stream.write_all(piece) {
            Ok(()) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                result.hung = Some(format!(
                    "a write blocked for {} s: the mock neither reads nor closes",
                    BOUND.as_secs()
                ));
                return Ok(result);
            }
            Err(_) => {
                // Closed or reset by the mock: read what it said.
                result.write_error = true;
                break;
            }
        }
        if pair[1] < input.len() {
            thread::yield_now();
        }
    }
    if !plan.keep_open {
        let _ = stream.shutdown(Shutdown::Write);
    }
    let deadline = Instant::now() + BOUND;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            result.hung = Some(format!(
                "the connection is still open {} s after the last write",
                BOUND.as_secs()
            ));
            break;
        }
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                result.bytes.extend_from_slice(&buf[..n]);
                if result.bytes.len() > READ_LIMIT {
                    return Err(format!("the mock sent over {READ_LIMIT} bytes"));
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                result.hung = Some(format!(
                    "the connection is still open {} s after the last write",
                    BOUND.as_secs()
                ));
                break;
            }
            Err(_) => {
                result.reset = true;
                break;
            }
        }
    }
    Ok(result)
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut cut: String = text.chars().take(300).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}

/// Checks the responses in `bytes`; their statuses, or what is wrong.
/// `http10`: whether an HTTP/1.0 request may have been sent (its answer is HTTP/1.0);
/// `head_possible`: whether a `HEAD` may have been (its answer has no body).
pub fn check_responses(
    bytes: &[u8],
    reset: bool,
    http10: bool,
    head_possible: bool,
) -> Result<Vec<u16>, String> {
    let mut statuses = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut response = httparse::Response::new(&mut headers);
        let len = match response.parse(rest) {
            Ok(httparse::Status::Complete(len)) => len,
            Ok(httparse::Status::Partial) if reset => break,
            Ok(httparse::Status::Partial) => {
                return Err(format!(
                    "response {} is cut short: {}",
                    statuses.len() + 1,
                    excerpt(rest)
                ));
            }
            Err(e) => {
                return Err(format!(
                    "response {} is not HTTP ({e}): {}",
                    statuses.len() + 1,
                    excerpt(rest)
                ));
            }
        };
        let status = response.code.unwrap_or(0);
        if !(response.version == Some(1) || (http10 && response.version == Some(0))) {
            return Err(format!("HTTP {status} is not HTTP/1.1: {}", excerpt(rest)));
        }
        let header = |name: &str| {
            response
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .map(|h| h.value)
        };
        if status == 100 {
            statuses.push(status);
            rest = &rest[len..];
            continue;
        }
        let Some(length) = header("content-length") else {
            return Err(format!(
                "HTTP {status} without Content-Length: {}",
                excerpt(rest)
            ));
        };
        let Some(length) = std::str::from_utf8(length)
            .ok()
            .and_then(|l| l.parse::<usize>().ok())
        else {
            return Err(format!(
                "HTTP {status} with a bad Content-Length: {}",
                excerpt(rest)
            ));
        };
        let content_type = header("content-type").unwrap_or_default();
        let after = &rest[len..];
        // An answer to HEAD (only from a mutated method) has no body.
        if head_possible && (after.is_empty() || after.starts_with(b"HTTP/")) {
            statuses.push(status);
            rest = after;
            continue;
        }
        if after.len() < length {
            if reset {
                statuses.push(status);
                break;
            }
            return Err(format!(
                "HTTP {status}: the body is cut short ({} of {length} bytes): {}",
                after.len(),
                excerpt(rest)
            ));
        }
        let body = &after[..length];
        if !content_type.starts_with(b"application/json") {
            return Err(format!(
                "HTTP {status} with content type {:?}: {}",
                String::from_utf8_lossy(content_type),
                excerpt(rest)
            ));
        }
        let Ok(value) = serde_json::from_slice::<Value>(body) else {
            return Err(format!("HTTP {status}, not JSON: {}", excerpt(rest)));
        };
        if status >= 400 {
            let message = value
                .pointer("/error/message")
                .is_some_and(Value::is_string);
            let code = value.pointer("/error/code").is_some_and(Value::is_i64);
            if !(message && code) {
                return Err(format!(
                    "HTTP {status} is not an error envelope: {}",
                    excerpt(rest)
                ));
            }
        }
        statuses.push(status);
        rest = &after[length..];
    }
    Ok(statuses)
}

impl Target for HeadTarget {
    fn name(&self) -> &'static str {
        "head"
    }

    fn generate(&mut self, rng: &mut Rng) -> Vec<u8> {
        if !self.seeds.is_empty() && rng.chance(1, 15) {
            let mut input = self.seeds[rng.below(self.seeds.len())].clone();
            if rng.chance(1, 2) {
                mutate::mutate_bytes(rng, &mut input);
            }
            return input;
        }
        generate_requests(rng)
    }

    fn execute(&mut self, input: &[u8]) -> Verdict {
        if self.since_restart >= RESTART_EVERY || self.server.is_none() {
            self.restart();
        }
        self.since_restart += 1;
        let plan = plan(input);
        let began = Instant::now();
        let watch = PanicWatch::install(&self.thread_name);
        let outcome = exchange(self.addr, input, &plan);
        let (panics, first) = watch.seen();
        drop(watch);
        let took = began.elapsed();
        self.stats.connections += 1;
        self.stats.kept_open += u64::from(plan.keep_open);
        if plan.keep_open {
            self.stats.kept_open_time += took;
        } else {
            self.stats.slowest = self.stats.slowest.max(took);
        }
        if panics > 0 {
            // The mock's state may be half-changed: start afresh.
            self.server = None;
            return Verdict::Finding(format!(
                "{panics} panic(s) in the mock: {}",
                first.unwrap_or_default()
            ));
        }
        let exchange = match outcome {
            Ok(exchange) => exchange,
            Err(e) => return Verdict::Finding(e),
        };
        self.stats.resets += u64::from(exchange.reset);
        self.stats.write_errors += u64::from(exchange.write_error);
        let head_possible = input.windows(5).any(|w| w == b"HEAD ");
        let http10 = input.windows(8).any(|w| w == b"HTTP/1.0");
        let checked = check_responses(&exchange.bytes, exchange.reset, http10, head_possible);
        let statuses = match checked {
            Ok(statuses) => statuses,
            Err(problem) => return Verdict::Finding(problem),
        };
        if let Some(hang) = exchange.hung {
            return Verdict::Finding(format!(
                "{hang} ({} answer(s) before: {:?})",
                statuses.len(),
                statuses
            ));
        }
        for status in &statuses {
            self.stats.statuses[usize::from(status / 100).min(5)] += 1;
            *self.stats.by_status.entry(*status).or_default() += 1;
        }
        if statuses.is_empty() {
            self.stats.unanswered += 1;
        }
        if statuses.iter().any(|s| (200..300).contains(s)) {
            Verdict::Accepted
        } else {
            Verdict::Rejected
        }
    }

    fn reset(&mut self) {
        self.restart();
    }

    fn summary(&self) -> Vec<String> {
        let s = &self.stats;
        let [_, info, ok, redirect, client, server] = s.statuses;
        let by_status = s
            .by_status
            .iter()
            .map(|(status, n)| format!("{status}: {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        vec![
            format!(
                "answers: {info} 1xx, {ok} 2xx, {redirect} 3xx, {client} 4xx, {server} 5xx ({by_status})"
            ),
            format!(
                "connections: {}, {} closed without an answer, {} reset, {} with a failed write, \
                 {} kept open for the timeouts ({:.1} s in all); slowest half-closed one {:.1} ms",
                s.connections,
                s.unanswered,
                s.resets,
                s.write_errors,
                s.kept_open,
                s.kept_open_time.as_secs_f64(),
                s.slowest.as_secs_f64() * 1e3
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_checked() {
        let ok =
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(check_responses(ok, false, false, false), Ok(vec![200]));
        let mut two = b"HTTP/1.1 100 Continue\r\n\r\n".to_vec();
        two.extend_from_slice(ok);
        two.extend_from_slice(
            b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 36\r\n\r\n{\"error\":{\"message\":\"m\",\"code\":100}}",
        );
        assert_eq!(
            check_responses(&two, false, false, false),
            Ok(vec![100, 200, 400])
        );
        assert!(check_responses(&two[..two.len() - 3], false, false, false).is_err());
        assert!(check_responses(&two[..two.len() - 3], true, false, false).is_ok());
        let bare = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
        assert!(check_responses(bare, false, false, false).is_err());
        assert!(check_responses(b"garbage\r\n\r\n", false, false, false).is_err());
    }

    #[test]
    fn plans_cover_the_input() {
        let mut rng = Rng::new(5);
        for _ in 0..200 {
            let input = generate_requests(&mut rng);
            let plan = plan(&input);
            assert_eq!(plan.cuts.first(), Some(&0));
            assert_eq!(plan.cuts.last(), Some(&input.len()));
        }
    }
}
