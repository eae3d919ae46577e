//! The connections the mock serves, and what happens on them before the router sees a
//! request.
//!
//! **Serving.** [`serve`] accepts TCP connections and serves each with hyper's HTTP/1
//! server (axum's `serve` does not expose hyper's header read timeout): keep-alive, the
//! configured header timeout (a connection whose next request head has not fully arrived
//! that long after it opened or after its previous answer is closed without an answer),
//! and graceful shutdown (requests in flight finish, idle connections close). Every
//! request carries its connection's [`Conn`] as axum's `ConnectInfo`.
//!
//! **Cutting.** Once a handler calls [`Conn::cut`], the connection refuses to read and
//! write, so the answer is never sent and the connection closes
//! ([`Fault::DropAfterBody`], [`Fault::CloseBeforeRead`]).
//!
//! **Checking heads.** hyper refuses a head it cannot take (a target too long: 414; too
//! many headers or too large a head: 431; anything that does not parse: 400) with an empty
//! body, and Graph's clients read the error envelope. So [`CuttableStream`] checks every
//! request head of a connection (the first and each later one on a keep-alive
//! connection) before hyper sees it, with `httparse` and the mock's own limits, stricter
//! than hyper's so that hyper never refuses: the bytes of a head are held back until it
//! has fully arrived and passed ([`MAX_TARGET`], [`MAX_HEADERS`], [`MAX_HEAD`], a valid
//! request target, one `Content-Length`, a `Transfer-Encoding` ending in `chunked` on
//! HTTP/1.1). A head that fails is never shown to hyper: hyper reads in its place a fixed
//! valid request (`GET /` with `Connection: close` and a marker header), and the refusal
//! is left in the connection's [`Conn`]; the handler, seeing the marker, takes it and
//! answers it in Graph's envelope (code 100, with the status hyper would have used and
//! `Connection: close`), so that the refusal is ordered after the answers before it,
//! carries the usage headers and is logged like any request. After a refusal the stream
//! reads nothing more. To know where each head starts, the stream follows the body framing
//! of each request it lets through (`Content-Length`, or chunked exactly as hyper decodes
//! it); a chunked body hyper would refuse makes it stop checking, and hyper closes the
//! connection.
//!
//! **Closing.** When hyper closes a connection whose client may still be sending (a
//! refusal, a body left unread such as one declared too large), the stream first sends
//! its end (FIN), then reads and forgets what the client still sends, up to [`LINGER`] or
//! [`LINGER_BYTES`]: closing with unread bytes would reset the connection, and the client
//! could lose the answer.
//!
//! [`Fault::DropAfterBody`]: crate::Fault::DropAfterBody
//! [`Fault::CloseBeforeRead`]: crate::Fault::CloseBeforeRead

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Method, StatusCode, Uri};
use hyper::body::Incoming;
use hyper::service::Service as _;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, watch};
use tokio::time::Sleep;

/// The longest request target (path and query) taken; longer is a 414.
pub(crate) const MAX_TARGET: usize = 32 * 1024;
/// The most headers a request may have; more is a 431.
pub(crate) const MAX_HEADERS: usize = 100;
/// The largest request head (request line and headers); larger is a 431.
pub(crate) const MAX_HEAD: usize = 64 * 1024;
/// How long a closing connection keeps reading what its client still sends.
const LINGER: Duration = Duration::from_secs(2);
/// How much a closing connection reads at most of what its client still sends.
const LINGER_BYTES: usize = 16 * 1024 * 1024;
/// The header of the request hyper reads in place of a refused head.
pub(crate) const REFUSAL_HEADER: &str = "x-fbgraph-mock-refused-head";
/// The request hyper reads in place of a refused head.
const REFUSAL_REQUEST: &[u8] =
    b"GET / HTTP/1.1\r\nhost: refused\r\nconnection: close\r\nx-fbgraph-mock-refused-head: 1\r\n\r\n";

/// A TCP listener whose connections can be cut by the request handlers.
pub(crate) struct CuttableListener(pub TcpListener);

impl CuttableListener {
    /// The next connection, and the [`Conn`] its requests carry.
    async fn accept(&self) -> io::Result<(CuttableStream, Conn)> {
        let (inner, peer) = self.0.accept().await?;
        let conn = Conn::new(Some(peer));
        Ok((CuttableStream::new(inner, conn.clone()), conn))
    }
}

/// Serves `router` on the listener's connections until `stop`, then shuts down gracefully:
/// no new connections, requests in flight finish, and this returns once every connection
/// has closed.
pub(crate) async fn serve(
    listener: CuttableListener,
    router: Router,
    header_timeout: Duration,
    stop: oneshot::Receiver<()>,
) {
    let (closing, closing_rx) = watch::channel(false);
    let mut stop = std::pin::pin!(stop);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, conn) = match accepted {
            Ok(accepted) => accepted,
            // Out of file descriptors or the like: wait a little rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let router = TowerToHyperService::new(router.clone());
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(conn.clone()));
            router.call(request)
        });
        let mut closing_rx = closing_rx.clone();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => return,
                _ = closing_rx.wait_for(|closing| *closing) => {}
            }
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = closing.send(true);
    drop(closing_rx);
    closing.closed().await;
}

/// What a handler knows of its connection: the peer, the switch that cuts it, and a head
/// the connection refused.
#[derive(Debug, Clone)]
pub(crate) struct Conn {
    /// The client's address (the sandbox's control API answers loopback peers only).
    peer: Option<SocketAddr>,
    cut: Arc<AtomicBool>,
    refusal: Arc<Mutex<Option<Refusal>>>,
}

/// A request head the connection refused, to be answered by the handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    /// 400, 414 or 431.
    pub status: StatusCode,
    /// What was wrong, for the error's message.
    pub message: String,
    /// The method, as far as it could be read (else empty).
    pub method: String,
    /// The path without the query, as far as it could be read (else empty).
    pub path: String,
}

impl Conn {
    fn new(peer: Option<SocketAddr>) -> Conn {
        Conn {
            peer,
            cut: Arc::new(AtomicBool::new(false)),
            refusal: Arc::new(Mutex::new(None)),
        }
    }

    /// The client's address, when known.
    pub fn peer(&self) -> Option<SocketAddr> {
        self.peer
    }

    /// From now on, nothing more is read from or written to the connection: the answer
    /// being prepared is lost, and the connection closes.
    pub fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
    }

    /// The head this connection refused, once.
    pub fn take_refusal(&self) -> Option<Refusal> {
        self.refusal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    fn refuse(&self, refusal: Refusal) {
        *self.refusal.lock().unwrap_or_else(PoisonError::into_inner) = Some(refusal);
    }
}

/// Where the stream is in the requests it passes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before a request head (held back until it is whole and checked).
    Head,
    /// In a body with this many bytes still to come.
    Length(u64),
    /// In a chunked body.
    Chunked(Chunk),
    /// No longer following (after a CONNECT, or a chunked body hyper will refuse).
    Through,
    /// After a refusal: nothing more is read.
    Ended,
}

/// Where a chunked body's decoding is, as hyper's decoder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Start,
    Size(u64),
    SizeSpace(u64),
    Extension(u64),
    SizeLf(u64),
    Data(u64),
    DataCr,
    DataLf,
    EndCr,
    Trailer,
    TrailerLf,
    EndLf,
}

/// A TCP stream that checks request heads, and fails every read and write once cut.
pub(crate) struct CuttableStream {
    inner: TcpStream,
    conn: Conn,
    /// Bytes read from the socket and not yet given to hyper.
    inbox: Vec<u8>,
    /// How many bytes at the front of `inbox` are checked and may be given to hyper.
    ready: usize,
    phase: Phase,
    /// In [`Phase::Head`]: how much of `inbox` has been looked at, and whether it holds a
    /// line end. A head is parsed again only when a line end arrives (a head ends with
    /// one), a byte that no head line holds (it fails at once), or a limit is passed, so
    /// that a head trickled in byte by byte costs a few parses, not one per byte.
    scanned: usize,
    saw_newline: bool,
    linger: Option<Linger>,
    /// Where socket reads land before they join `inbox`: zeroed once per connection (on
    /// its first read), not once per read.
    scratch: Box<[u8]>,
    /// How many times a head was parsed.
    #[cfg(test)]
    parses: usize,
}

/// A closing connection reading what its client still sends.
struct Linger {
    until: Pin<Box<Sleep>>,
    drained: usize,
}

fn aborted() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "the mock drops this connection",
    )
}

/// What a head's bytes say so far.
enum Head {
    /// Not all there yet.
    Partial,
    /// A head of this many bytes, followed by a body framed so.
    Complete(usize, Phase),
    /// A head hyper would refuse.
    Refused(Refusal),
}

impl CuttableStream {
    fn new(inner: TcpStream, conn: Conn) -> CuttableStream {
        CuttableStream {
            inner,
            conn,
            inbox: Vec::new(),
            ready: 0,
            phase: Phase::Head,
            scanned: 0,
            saw_newline: false,
            linger: None,
            scratch: Box::default(),
            #[cfg(test)]
            parses: 0,
        }
    }

    fn is_cut(&self) -> bool {
        self.conn.cut.load(Ordering::SeqCst)
    }

    /// Checks what `inbox` holds, from its start (nothing is `ready`); whether anything
    /// changed.
    fn vet(&mut self) -> bool {
        match self.phase {
            Phase::Head => {
                let fresh = self.inbox.get(self.scanned..).unwrap_or_default();
                let newline = fresh.contains(&b'\n');
                // A line end, or a byte no head line holds (the head fails at once).
                let telling = fresh
                    .iter()
                    .any(|b| !(b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\r')));
                self.scanned = self.inbox.len();
                self.saw_newline |= newline;
                let over = self.inbox.len() > MAX_HEAD
                    || (!self.saw_newline && self.inbox.len() > MAX_TARGET + 32);
                if !telling && !over {
                    return false;
                }
                self.judge_head()
            }
            Phase::Length(left) => {
                let available = self.inbox.len() as u64;
                let take = left.min(available);
                self.ready = usize::try_from(take).unwrap_or(self.inbox.len());
                if take == left {
                    self.enter_head();
                } else {
                    self.phase = Phase::Length(left - take);
                }
                true
            }
            Phase::Chunked(state) => {
                let (used, next) = follow_chunks(state, &self.inbox);
                self.ready = used;
                if next == Phase::Head {
                    self.enter_head();
                } else {
                    self.phase = next;
                }
                true
            }
            Phase::Through => {
                self.ready = self.inbox.len();
                self.ready > 0
            }
            Phase::Ended => false,
        }
    }

    /// Waits for the next head, from the bytes after those `ready`.
    fn enter_head(&mut self) {
        self.phase = Phase::Head;
        self.scanned = self.ready;
        self.saw_newline = false;
    }

    /// Parses the head `inbox` starts with; whether anything changed.
    fn judge_head(&mut self) -> bool {
        #[cfg(test)]
        {
            self.parses += 1;
        }
        match check_head(&self.inbox) {
            Head::Partial => false,
            Head::Complete(len, next) => {
                self.ready = len;
                match next {
                    Phase::Length(0) => self.enter_head(),
                    other => self.phase = other,
                }
                true
            }
            Head::Refused(refusal) => {
                self.conn.refuse(refusal);
                self.inbox = REFUSAL_REQUEST.to_vec();
                self.ready = self.inbox.len();
                self.phase = Phase::Ended;
                true
            }
        }
    }

    /// Whether the client may have sent bytes nobody read.
    fn may_have_unread(&self) -> bool {
        !(self.phase == Phase::Head && self.inbox.is_empty())
    }
}

/// Follows a chunked body over `bytes`: how many belong to it, and the phase after them.
fn follow_chunks(mut state: Chunk, bytes: &[u8]) -> (usize, Phase) {
    let hex = |b: u8| (b as char).to_digit(16).map(u64::from);
    let grow = |size: u64, digit: u64| size.checked_mul(16)?.checked_add(digit);
    let mut i = 0;
    while i < bytes.len() {
        if let Chunk::Data(left) = state {
            let take = left.min((bytes.len() - i) as u64);
            i += usize::try_from(take).unwrap_or(bytes.len() - i);
            state = if take == left {
                Chunk::DataCr
            } else {
                Chunk::Data(left - take)
            };
            continue;
        }
        let b = bytes[i];
        i += 1;
        let next = match (state, b) {
            (Chunk::Start, _) => hex(b).map(Chunk::Size),
            (Chunk::Size(size), _) if hex(b).is_some() => {
                hex(b).and_then(|d| grow(size, d)).map(Chunk::Size)
            }
            (Chunk::Size(size) | Chunk::SizeSpace(size), b'\t' | b' ') => {
                Some(Chunk::SizeSpace(size))
            }
            (Chunk::Size(size) | Chunk::SizeSpace(size), b';') => Some(Chunk::Extension(size)),
            (Chunk::Size(size) | Chunk::SizeSpace(size) | Chunk::Extension(size), b'\r') => {
                Some(Chunk::SizeLf(size))
            }
            (Chunk::Extension(_), b'\n') => None,
            (Chunk::Extension(size), _) => Some(Chunk::Extension(size)),
            (Chunk::SizeLf(0), b'\n') => Some(Chunk::EndCr),
            (Chunk::SizeLf(size), b'\n') => Some(Chunk::Data(size)),
            (Chunk::DataCr, b'\r') => Some(Chunk::DataLf),
            (Chunk::DataLf, b'\n') => Some(Chunk::Start),
            (Chunk::EndCr, b'\r') => Some(Chunk::EndLf),
            (Chunk::Trailer, b'\r') => Some(Chunk::TrailerLf),
            (Chunk::EndCr | Chunk::Trailer, _) => Some(Chunk::Trailer),
            (Chunk::TrailerLf, b'\n') => Some(Chunk::EndCr),
            (Chunk::EndLf, b'\n') => return (i, Phase::Head),
            _ => None,
        };
        match next {
            Some(next) => state = next,
            // hyper refuses this body and closes the connection; stop following.
            None => return (bytes.len(), Phase::Through),
        }
    }
    (i, Phase::Chunked(state))
}

/// Checks a request head as hyper will parse it, under the mock's limits.
fn check_head(bytes: &[u8]) -> Head {
    let refuse = |status: StatusCode, message: String| {
        let (method, path) = request_line(bytes);
        Head::Refused(Refusal {
            status,
            message,
            method,
            path,
        })
    };
    let too_long = || {
        refuse(
            StatusCode::URI_TOO_LONG,
            format!("The request target is longer than {MAX_TARGET} bytes"),
        )
    };
    let first_line = bytes
        .iter()
        .skip_while(|b| matches!(b, b'\r' | b'\n'))
        .position(|b| *b == b'\n');
    if first_line.is_none_or(|len| len > MAX_TARGET + 32) && bytes.len() > MAX_TARGET + 32 {
        return too_long();
    }
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    let len = match request.parse(bytes) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) if bytes.len() > MAX_HEAD => {
            return refuse(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                format!("The request head is larger than {MAX_HEAD} bytes"),
            );
        }
        Ok(httparse::Status::Partial) => return Head::Partial,
        Err(httparse::Error::TooManyHeaders) => {
            return refuse(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                format!("The request has more than {MAX_HEADERS} headers"),
            );
        }
        Err(e) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                format!("The request line or headers do not parse: {e}"),
            );
        }
    };
    let invalid = |what: &str| {
        refuse(
            StatusCode::BAD_REQUEST,
            format!("The request line or headers do not parse: {what}"),
        )
    };
    if len > MAX_HEAD {
        return refuse(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!("The request head is larger than {MAX_HEAD} bytes"),
        );
    }
    let (Some(method), Some(target), Some(version)) =
        (request.method, request.path, request.version)
    else {
        return invalid("incomplete request line");
    };
    if target.len() > MAX_TARGET {
        return too_long();
    }
    let Ok(method) = Method::from_bytes(method.as_bytes()) else {
        return invalid("invalid method");
    };
    if Uri::try_from(target).is_err() {
        return invalid("invalid request target");
    }
    // The body's framing, by hyper's rules: a Transfer-Encoding (HTTP/1.1 only) must end
    // in chunked and wins over Content-Length; Content-Lengths must be digits and agree.
    let mut chunked = None;
    let mut length: Option<u64> = None;
    for header in request.headers.iter() {
        if header.name.eq_ignore_ascii_case("transfer-encoding") {
            let last = std::str::from_utf8(header.value)
                .ok()
                .and_then(|v| v.rsplit(',').next())
                .map(str::trim);
            chunked = Some(last.is_some_and(|c| c.eq_ignore_ascii_case("chunked")));
        } else if header.name.eq_ignore_ascii_case("content-length") && chunked.is_none() {
            let value = digits(header.value);
            match (value, length) {
                (Some(v), Some(prev)) if v != prev => {
                    return invalid("the Content-Length header is given twice, differently");
                }
                (Some(v), _) => length = Some(v),
                (None, _) => return invalid("the Content-Length header is not a number"),
            }
        }
    }
    let next = match chunked {
        Some(_) if version == 0 => {
            return invalid("HTTP/1.0 has no Transfer-Encoding");
        }
        Some(false) => return invalid("the Transfer-Encoding does not end in chunked"),
        Some(true) => Phase::Chunked(Chunk::Start),
        None if method == Method::CONNECT => Phase::Through,
        None => Phase::Length(length.unwrap_or(0)),
    };
    Head::Complete(len, next)
}

/// A `Content-Length` value: ASCII digits only, as hyper reads it.
fn digits(value: &[u8]) -> Option<u64> {
    if value.is_empty() {
        return None;
    }
    value.iter().try_fold(0u64, |n, b| {
        let digit = char::from(*b).to_digit(10)?;
        n.checked_mul(10)?.checked_add(u64::from(digit))
    })
}

/// The method and the path (without the query) of a request line, as far as they read
/// as text, for the request log; at most 200 characters of the path.
fn request_line(bytes: &[u8]) -> (String, String) {
    let start = bytes
        .iter()
        .position(|b| !matches!(b, b'\r' | b'\n'))
        .unwrap_or(bytes.len());
    let line = &bytes[start..];
    let line = &line[..line
        .iter()
        .position(|b| *b == b'\r' || *b == b'\n')
        .unwrap_or(line.len())
        .min(MAX_TARGET + 32)];
    let mut parts = line.split(|b| *b == b' ');
    let method = parts
        .next()
        .filter(|m| m.len() <= 20 && m.iter().all(u8::is_ascii_alphabetic))
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .unwrap_or_default();
    let path = parts
        .next()
        .map(|t| &t[..t.iter().position(|b| *b == b'?').unwrap_or(t.len())])
        .map(|p| String::from_utf8_lossy(p).chars().take(200).collect())
        .unwrap_or_default();
    (method, path)
}

/// How much one socket read takes at most.
const READ_CHUNK: usize = 16 * 1024;

impl CuttableStream {
    /// Allocates (and zeroes) the read buffer on first use.
    fn ensure_scratch(&mut self) {
        if self.scratch.is_empty() {
            self.scratch = vec![0u8; READ_CHUNK].into_boxed_slice();
        }
    }
}

impl AsyncRead for CuttableStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.is_cut() {
            return Poll::Ready(Err(aborted()));
        }
        loop {
            if this.ready > 0 {
                let n = this.ready.min(buf.remaining());
                buf.put_slice(&this.inbox[..n]);
                this.inbox.drain(..n);
                this.ready -= n;
                this.scanned = this.scanned.saturating_sub(n);
                return Poll::Ready(Ok(()));
            }
            if this.phase == Phase::Ended {
                // Nothing more, ever; hyper answers the refusal and closes.
                return Poll::Pending;
            }
            if !this.inbox.is_empty() && this.vet() {
                continue;
            }
            this.ensure_scratch();
            let mut read = ReadBuf::new(&mut this.scratch);
            ready!(Pin::new(&mut this.inner).poll_read(cx, &mut read))?;
            if read.filled().is_empty() {
                // The client has finished; a head it left incomplete is not passed on.
                return Poll::Ready(Ok(()));
            }
            this.inbox.extend_from_slice(read.filled());
        }
    }
}

impl AsyncWrite for CuttableStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.is_cut() {
            return Poll::Ready(Err(aborted()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if self.is_cut() {
            return Poll::Ready(Err(aborted()));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.is_cut() {
            return Poll::Ready(Err(aborted()));
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    /// Sends the end, then (if the client may still be sending) reads and forgets what it
    /// sends for a while, so that closing does not reset the connection.
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.is_cut() || !this.may_have_unread() {
            return Pin::new(&mut this.inner).poll_shutdown(cx);
        }
        if this.linger.is_none() {
            ready!(Pin::new(&mut this.inner).poll_shutdown(cx))?;
            this.inbox = Vec::new();
            this.ready = 0;
            this.linger = Some(Linger {
                until: Box::pin(tokio::time::sleep(LINGER)),
                drained: 0,
            });
        }
        this.ensure_scratch();
        let Some(linger) = this.linger.as_mut() else {
            return Poll::Ready(Ok(()));
        };
        loop {
            if linger.until.as_mut().poll(cx).is_ready() || linger.drained >= LINGER_BYTES {
                return Poll::Ready(Ok(()));
            }
            let mut read = ReadBuf::new(&mut this.scratch);
            match ready!(Pin::new(&mut this.inner).poll_read(cx, &mut read)) {
                Ok(()) if !read.filled().is_empty() => linger.drained += read.filled().len(),
                // The client has closed too, or reset: done.
                _ => return Poll::Ready(Ok(())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(head: &[u8]) -> (usize, Phase) {
        match check_head(head) {
            Head::Complete(len, phase) => (len, phase),
            Head::Partial => panic!("partial"),
            Head::Refused(r) => panic!("refused: {r:?}"),
        }
    }

    fn refused(head: &[u8]) -> Refusal {
        match check_head(head) {
            Head::Refused(r) => r,
            _ => panic!("not refused: {:?}", String::from_utf8_lossy(head)),
        }
    }

    #[test]
    fn heads_are_framed_as_hyper_frames_them() {
        let head = b"POST /v19.0/me HTTP/1.1\r\nContent-Length: 12\r\n\r\n";
        assert_eq!(complete(head), (head.len(), Phase::Length(12)));
        let head =
            b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: gzip, chunked\r\n\r\n";
        assert_eq!(complete(head).1, Phase::Chunked(Chunk::Start));
        assert_eq!(complete(b"\r\nGET / HTTP/1.0\r\n\r\n").1, Phase::Length(0));
        assert!(matches!(
            check_head(b"GET / HTTP/1.1\r\nHost"),
            Head::Partial
        ));
        for bad in [
            &b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"[..],
            b"POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n",
            b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"GET /\xff HTTP/1.1\r\n\r\n",
            b"GET / HTTP/2.0\r\n\r\n",
        ] {
            assert_eq!(refused(bad).status, StatusCode::BAD_REQUEST);
        }
        let long = format!(
            "GET /v19.0/me?q={} HTTP/1.1\r\n\r\n",
            "a".repeat(MAX_TARGET)
        );
        let refusal = refused(long.as_bytes());
        assert_eq!(refusal.status, StatusCode::URI_TOO_LONG);
        assert_eq!(
            (refusal.method.as_str(), refusal.path.as_str()),
            ("GET", "/v19.0/me")
        );
        let big = format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(MAX_HEAD));
        assert_eq!(
            refused(big.as_bytes()).status,
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
        );
    }

    /// Feeds `input` to a stream's checks `step` bytes at a time, as reads would bring it;
    /// returns what hyper would read, and the refusal if any.
    fn feed(input: &[u8], step: usize) -> (Vec<u8>, Option<Refusal>, usize) {
        let std_stream = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| std::net::TcpStream::connect(l.local_addr()?))
            .expect("a socket");
        std_stream.set_nonblocking(true).expect("non-blocking");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let _guard = runtime.enter();
        let inner = TcpStream::from_std(std_stream).expect("a tokio socket");
        let conn = Conn::new(None);
        let mut stream = CuttableStream::new(inner, conn.clone());
        let mut out = Vec::new();
        for piece in input.chunks(step) {
            stream.inbox.extend_from_slice(piece);
            loop {
                if stream.ready > 0 {
                    let n = stream.ready;
                    out.extend(stream.inbox.drain(..n));
                    stream.ready = 0;
                    stream.scanned = stream.scanned.saturating_sub(n);
                    continue;
                }
                if stream.inbox.is_empty() || stream.phase == Phase::Ended || !stream.vet() {
                    break;
                }
            }
        }
        (out, conn.take_refusal(), stream.parses)
    }

    #[test]
    fn heads_are_checked_however_they_arrive() {
        let requests = b"POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\n\r\n\
                         POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n\
                         GET /d HTTP/1.1\r\n\r\n";
        for step in [1, 2, 7, requests.len()] {
            let (out, refusal, _) = feed(requests, step);
            assert_eq!(out, requests, "step {step}");
            assert_eq!(refusal, None);
        }
        let mut bad = requests.to_vec();
        bad.extend_from_slice(b"GET /\x01 HTTP/1.1\r\n\r\nGET /e HTTP/1.1\r\n\r\n");
        let (out, refusal, _) = feed(&bad, 3);
        assert!(out.starts_with(requests) && out.ends_with(REFUSAL_REQUEST));
        assert_eq!(refusal.map(|r| r.status), Some(StatusCode::BAD_REQUEST));
        // Byte by byte, a head is parsed about once per line, not once per byte.
        let mut long = b"GET /v19.0/me?q=".to_vec();
        long.extend(std::iter::repeat_n(b'a', 20_000));
        long.extend_from_slice(b" HTTP/1.1\r\nHost: x\r\n\r\n");
        let (out, _, parses) = feed(&long, 1);
        assert_eq!(out, long);
        assert!(parses <= 6, "{parses} parses");
        // Bytes no head holds are refused as they come, without waiting for a line end.
        let (out, refusal, _) = feed(b"\x16\x03\x01\x02\x00", 1);
        assert_eq!(out, REFUSAL_REQUEST);
        assert_eq!(refusal.map(|r| r.status), Some(StatusCode::BAD_REQUEST));
    }

    #[test]
    fn chunked_bodies_are_followed() {
        let body = b"4;a=b\r\nWiki\r\n5 \r\npedia\r\n0\r\nT: 1\r\n\r\nGET";
        assert_eq!(
            follow_chunks(Chunk::Start, body),
            (body.len() - 3, Phase::Head)
        );
        // Split anywhere, the same.
        for split in 0..body.len() - 3 {
            let (used, phase) = follow_chunks(Chunk::Start, &body[..split]);
            assert_eq!(used, split);
            let Phase::Chunked(state) = phase else {
                panic!("{phase:?} at {split}")
            };
            assert_eq!(
                follow_chunks(state, &body[split..]),
                (body.len() - 3 - split, Phase::Head)
            );
        }
        assert_eq!(follow_chunks(Chunk::Start, b"x\r\n").1, Phase::Through);
        assert_eq!(follow_chunks(Chunk::Start, b"1\r\nab").1, Phase::Through);
        assert_eq!(
            follow_chunks(Chunk::Start, b"ffffffffffffffffff\r\n").1,
            Phase::Through
        );
    }
}
