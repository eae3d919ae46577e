//! What can go wrong, and what Graph said when it did.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use crate::endpoint::Method;
use crate::retry::is_throttling_code;
use crate::usage::Usage;
use fbgraph_redact::Redactor;

/// The error codes one endpoint documents, as a type.
///
/// Generated code implements it with an enum per endpoint whose variants carry the documented
/// meaning (a code, or a code with one of its documented subcodes), plus a catch-all for
/// codes the spec does not list. [`UntypedCode`] is the implementation for calls without a
/// list.
pub trait ErrorCode: Sized + fmt::Debug + Clone + Send + Sync + 'static {
    /// Maps Graph's numeric `code`. Never fails: unknown codes map to a catch-all value.
    fn from_code(code: i64) -> Self;
    /// Maps Graph's `code` and `error_subcode`: a documented subcode to its own value, any
    /// other to the code's. Never fails.
    fn from_code_and_subcode(code: i64, subcode: Option<i64>) -> Self {
        let _ = subcode;
        Self::from_code(code)
    }
    /// The numeric code back.
    fn code(&self) -> i64;
    /// The documented subcode this value stands for, if it stands for one.
    fn subcode(&self) -> Option<i64> {
        None
    }
    /// The documented meaning of this code for the endpoint, if the spec lists it.
    fn description(&self) -> Option<&'static str>;
    /// What the page advises doing about it, where it says.
    fn advice(&self) -> Option<&'static str> {
        None
    }
}

/// The error codes of one generated call (its `…ErrorCode` enum).
///
/// Its errors convert into [`Error`] (that is, `Error<UntypedCode>`) with `?`, so that a
/// function calling several endpoints returns one error type without `map_err`; the typed
/// code is forgotten and everything Graph said is kept (read it again with
/// [`Error::code_as`]).
pub trait CallErrorCode: ErrorCode {}

impl<C: CallErrorCode> From<Error<C>> for Error<UntypedCode> {
    fn from(error: Error<C>) -> Self {
        error.untyped()
    }
}

impl<C> From<GraphError<C>> for Error<C> {
    fn from(graph: GraphError<C>) -> Self {
        Error::Graph(Box::new(graph))
    }
}

/// A Graph error code without a documented meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UntypedCode(pub i64);

impl ErrorCode for UntypedCode {
    fn from_code(code: i64) -> Self {
        UntypedCode(code)
    }

    fn code(&self) -> i64 {
        self.0
    }

    fn description(&self) -> Option<&'static str> {
        None
    }
}

/// Graph's error envelope, `{"error": {…}}`, as Graph sent it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GraphError<C = UntypedCode> {
    /// The HTTP status of the answer (Graph sometimes reports errors with 200).
    pub status: u16,
    /// `message`: a technical description, in English.
    pub message: String,
    /// `type`, e.g. `"OAuthException"`.
    pub kind: Option<String>,
    /// `code`, e.g. `190` for an invalid access token.
    pub code: i64,
    /// `error_subcode`, e.g. `463` for an expired token.
    pub error_subcode: Option<i64>,
    /// `error_user_title`: a title that may be shown to the person using the app.
    pub error_user_title: Option<String>,
    /// `error_user_msg`: a message that may be shown to the person using the app.
    pub error_user_msg: Option<String>,
    /// `fbtrace_id`: quote it when reporting a problem to Meta.
    pub fbtrace_id: Option<String>,
    /// `is_transient`: Graph says the same call may succeed later.
    pub is_transient: bool,
    /// `code` as the endpoint's typed code, with its documented meaning if there is one.
    pub endpoint_code: C,
    /// The usage headers of the answer: how close the app is to its rate limits and, when
    /// throttled, how long until access comes back.
    pub usage: Usage,
    /// How many times the call was sent, this answer's attempt included.
    pub attempts: u32,
}

impl<C: ErrorCode> GraphError<C> {
    /// A Graph error as Graph would send it: `code` and `message`, type `OAuthException`,
    /// HTTP 400, one attempt; set the rest with the `with_…` methods. For tests of code that
    /// handles Graph's errors: `Err(GraphError::new(10, "(#10) …").with_subcode(2018278).into())`.
    pub fn new(code: i64, message: impl Into<String>) -> GraphError<C> {
        GraphError {
            status: 400,
            message: message.into(),
            kind: Some("OAuthException".to_owned()),
            code,
            error_subcode: None,
            error_user_title: None,
            error_user_msg: None,
            fbtrace_id: None,
            is_transient: false,
            endpoint_code: C::from_code(code),
            usage: Usage::default(),
            attempts: 1,
        }
    }

    /// With `error_subcode`; the typed code follows it.
    pub fn with_subcode(mut self, subcode: i64) -> GraphError<C> {
        self.error_subcode = Some(subcode);
        self.endpoint_code = C::from_code_and_subcode(self.code, Some(subcode));
        self
    }

    /// With this HTTP status.
    pub fn with_status(mut self, status: u16) -> GraphError<C> {
        self.status = status;
        self
    }

    /// With this `type` (`OAuthException`, `GraphMethodException`, …).
    pub fn with_kind(mut self, kind: impl Into<String>) -> GraphError<C> {
        self.kind = Some(kind.into());
        self
    }

    /// With `error_user_title` and `error_user_msg`.
    pub fn with_user_message(
        mut self,
        title: impl Into<String>,
        message: impl Into<String>,
    ) -> GraphError<C> {
        self.error_user_title = Some(title.into());
        self.error_user_msg = Some(message.into());
        self
    }

    /// With this `fbtrace_id`.
    pub fn with_fbtrace_id(mut self, id: impl Into<String>) -> GraphError<C> {
        self.fbtrace_id = Some(id.into());
        self
    }

    /// With `is_transient`.
    pub fn with_transient(mut self, transient: bool) -> GraphError<C> {
        self.is_transient = transient;
        self
    }
}

impl<C> GraphError<C> {
    /// Whether the code says a rate limit was hit: 4, 17, 32, 341, 613 or 80001–80014 (80006 is
    /// Messenger's).
    pub fn is_throttling(&self) -> bool {
        is_throttling_code(self.code)
    }
}

impl<C> GraphError<C> {
    pub(crate) fn with_code<D: ErrorCode>(self) -> GraphError<D> {
        GraphError {
            status: self.status,
            message: self.message,
            kind: self.kind,
            code: self.code,
            error_subcode: self.error_subcode,
            error_user_title: self.error_user_title,
            error_user_msg: self.error_user_msg,
            fbtrace_id: self.fbtrace_id,
            is_transient: self.is_transient,
            endpoint_code: D::from_code_and_subcode(self.code, self.error_subcode),
            usage: self.usage,
            attempts: self.attempts,
        }
    }
}

impl<C: ErrorCode> fmt::Display for GraphError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Graph error {}", self.code)?;
        match (&self.kind, self.error_subcode) {
            (Some(kind), Some(sub)) => write!(f, " ({kind}, subcode {sub})")?,
            (Some(kind), None) => write!(f, " ({kind})")?,
            (None, Some(sub)) => write!(f, " (subcode {sub})")?,
            (None, None) => {}
        }
        if self.message.is_empty() {
            f.write_str(": (no message)")?;
        } else {
            write!(f, ": {}", self.message)?;
        }
        if let Some(description) = self.endpoint_code.description() {
            write!(f, " (documented: {description})")?;
        }
        if let Some(trace) = &self.fbtrace_id {
            write!(f, " [fbtrace_id {trace}]")?;
        }
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        Ok(())
    }
}

impl<C: ErrorCode> std::error::Error for GraphError<C> {}

/// Why a call failed.
///
/// `C` is the endpoint's [`ErrorCode`] type; [`Error::untyped`] forgets it, so errors of
/// different endpoints can be handled together.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<C = UntypedCode> {
    /// The client was configured wrongly, so it was not built: an access token with
    /// surrounding whitespace, a base URL with a path, … The message names the mistake, never
    /// a secret.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// The request could not be built, so nothing was sent: a bad base URL, parameters that are
    /// not a JSON object, a `next` link to another host, …
    #[error("could not build the request: {0}")]
    Request(String),
    /// The server could not be reached, or the connection failed before a full answer arrived,
    /// for a call that is safe to repeat or that was never sent (a `POST` that may have been
    /// delivered is [`Error::Ambiguous`] instead). The error never carries the URL (which may
    /// hold credentials).
    #[error(transparent)]
    Transport(TransportError),
    /// A non-success status whose body is not Graph's error envelope (a proxy's HTML page, …).
    #[error("HTTP {status} without a Graph error body{}: {body}", after_attempts(*.attempts))]
    Http {
        /// The HTTP status.
        status: u16,
        /// At most the first KiB of the body.
        body: String,
        /// The usage headers of the answer.
        usage: Box<Usage>,
        /// How many times the call was sent.
        attempts: u32,
    },
    /// A success status, but the body does not decode into the response type.
    #[error("could not decode the HTTP {status} response body")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What the decoder objected to, with the client's secrets taken out.
        source: DecodeError,
        /// At most the first KiB of the body.
        body: String,
        /// The usage headers of the answer.
        usage: Box<Usage>,
        /// How many times the call was sent.
        attempts: u32,
    },
    /// No answer arrived within the timeout, for a call that is safe to repeat (`GET`,
    /// `DELETE`); see [`Client::with_timeout`](crate::Client::with_timeout).
    #[error("no answer within {after:?}{}", after_attempts(*.attempts))]
    Timeout {
        /// The timeout of one attempt.
        after: Duration,
        /// How many times the call was sent.
        attempts: u32,
    },
    /// A `POST` was sent, but the connection broke or timed out before its answer arrived:
    /// Graph may or may not have acted on it. It was **not** sent again, since that could
    /// repeat its effect (a second message, …). Check before sending it again yourself.
    #[error(
        "the {method} request may or may not have been delivered ({source}); it was not \
         retried, since sending it again could repeat its effect{}",
        after_attempts(*.attempts)
    )]
    Ambiguous {
        /// The method of the call (`POST`).
        method: Method,
        /// What interrupted the exchange.
        source: Interruption,
        /// How many times the call was sent, the interrupted attempt included.
        attempts: u32,
    },
    /// The answer's body is larger than the client reads
    /// ([`Client::with_max_response_size`](crate::Client::with_max_response_size)): it was
    /// not read further, and the connection was closed. Not retried. The server answered,
    /// so a `POST` has probably been acted on (see [`Error::is_ambiguous`]).
    #[error(
        "the answer to the {method} request is larger than the client's limit of {limit} bytes{}{}",
        if method.is_idempotent() { "" } else { "; Graph may have acted on it" },
        after_attempts(*.attempts)
    )]
    TooLarge {
        /// The method of the call.
        method: Method,
        /// The HTTP status of the answer.
        status: u16,
        /// The limit, in bytes.
        limit: u64,
        /// The size the answer declared (`Content-Length`), if it declared one.
        declared: Option<u64>,
        /// The usage headers of the answer.
        usage: Box<Usage>,
        /// How many times the call was sent.
        attempts: u32,
    },
    /// Graph answered with its error envelope, whatever the HTTP status.
    ///
    /// Boxed: it is large, and most results are not errors.
    #[error(transparent)]
    Graph(Box<GraphError<C>>),
}

/// Why a body did not decode: the decoder's message and where in the body it stopped.
///
/// The message is the decoder's own, with the client's secrets taken out and at most 4 KiB
/// long: it may quote a value from the body, which a server can make anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    message: String,
    line: usize,
    column: usize,
    kind: DecodeErrorKind,
}

/// What kind of problem a [`DecodeError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The body is not valid JSON.
    Syntax,
    /// The body is JSON, but not of the shape the response type has (a missing field, a
    /// string where a number belongs, …).
    Data,
    /// The body ends before its JSON does (a truncated answer).
    Eof,
}

impl DecodeError {
    /// From serde_json's error, its message scrubbed and capped by `redact`.
    pub(crate) fn from_json(error: &serde_json::Error, redact: &Redactor) -> DecodeError {
        use serde_json::error::Category;
        DecodeError {
            message: redact.text(&error.to_string()),
            line: error.line(),
            column: error.column(),
            kind: match error.classify() {
                Category::Syntax | Category::Io => DecodeErrorKind::Syntax,
                Category::Data => DecodeErrorKind::Data,
                Category::Eof => DecodeErrorKind::Eof,
            },
        }
    }

    /// A shape problem found outside the decoder, described by `message` (already safe).
    pub(crate) fn data(message: String) -> DecodeError {
        DecodeError {
            message,
            line: 0,
            column: 0,
            kind: DecodeErrorKind::Data,
        }
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> DecodeErrorKind {
        self.kind
    }

    /// The line (from 1) at which decoding stopped; 0 if unknown.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (from 1) at which decoding stopped; 0 if unknown.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

fn transport_hint(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        " (timed out)"
    } else if error.is_connect() {
        " (could not connect)"
    } else {
        ""
    }
}

/// `" after N attempts"` when there was more than one.
fn after_attempts(attempts: u32) -> String {
    if attempts > 1 {
        format!(" after {attempts} attempts")
    } else {
        String::new()
    }
}

/// A failed HTTP exchange: the connection could not be made, or broke before a full answer.
///
/// The underlying `reqwest` error never carries the URL (which may hold credentials).
#[derive(Debug)]
pub struct TransportError {
    source: reqwest::Error,
    attempts: u32,
}

impl TransportError {
    pub(crate) fn new(source: reqwest::Error) -> TransportError {
        TransportError {
            source: source.without_url(),
            attempts: 1,
        }
    }

    /// Whether the connection could not be made: nothing was sent.
    pub fn is_connect(&self) -> bool {
        self.source.is_connect()
    }

    /// Whether `reqwest`'s own timeout (of a client passed to
    /// [`Client::with_http_client`](crate::Client::with_http_client)) expired.
    pub fn is_timeout(&self) -> bool {
        self.source.is_timeout()
    }

    /// How many times the call was sent (or tried to connect).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The `reqwest` error.
    pub fn reqwest(&self) -> &reqwest::Error {
        &self.source
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP transport failed{}{}",
            transport_hint(&self.source),
            after_attempts(self.attempts)
        )
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// What interrupted an exchange whose request may already have been delivered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Interruption {
    /// No answer within the timeout.
    #[error("no answer within {0:?}")]
    TimedOut(Duration),
    /// The connection broke (or `reqwest`'s own timeout expired) after the request was sent.
    #[error("the connection failed{}", transport_hint(.0))]
    Transport(#[source] reqwest::Error),
}

impl<C: ErrorCode> Error<C> {
    /// Forgets the endpoint's typed code, keeping everything Graph said.
    pub fn untyped(self) -> Error<UntypedCode> {
        self.recode()
    }

    /// What Graph said, if the failure is Graph's error envelope.
    pub fn graph(&self) -> Option<&GraphError<C>> {
        match self {
            Error::Graph(graph) => Some(graph),
            _ => None,
        }
    }

    /// The endpoint's typed code (a documented subcode's own value where there is one), if
    /// the failure is Graph's error envelope: match on it directly,
    /// `match err.graph_code() { Some(SendMessageErrorCode::NoMatchingUser) => …, … }`.
    pub fn graph_code(&self) -> Option<&C> {
        self.graph().map(|graph| &graph.endpoint_code)
    }

    /// Graph's code and subcode read as another code type: after errors of several calls
    /// were combined into `Error` with `?`, `err.code_as::<v26_0::SendMessageErrorCode>()`
    /// (or the version's whole catalogue, `v26_0::GraphErrorCode`) names them again.
    pub fn code_as<D: ErrorCode>(&self) -> Option<D> {
        self.graph()
            .map(|graph| D::from_code_and_subcode(graph.code, graph.error_subcode))
    }

    /// The usage headers of the answer, if one arrived (Graph, HTTP and decode errors).
    pub fn usage(&self) -> Option<&Usage> {
        match self {
            Error::Graph(graph) => Some(&graph.usage),
            Error::Http { usage, .. }
            | Error::Decode { usage, .. }
            | Error::TooLarge { usage, .. } => Some(usage),
            _ => None,
        }
    }

    /// How many times the call was sent: 0 when it could not be built, more than 1 when it was
    /// retried.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Request(_) | Error::Config(_) => 0,
            Error::Transport(e) => e.attempts,
            Error::Graph(graph) => graph.attempts,
            Error::Http { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::TooLarge { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Ambiguous { attempts, .. } => *attempts,
        }
    }

    /// Whether Graph said a rate limit was hit (see [`GraphError::is_throttling`]).
    pub fn is_throttling(&self) -> bool {
        self.graph().is_some_and(GraphError::is_throttling)
    }

    /// Whether a call that changes something may have been carried out although it failed:
    /// [`Error::Ambiguous`], or a `POST` whose answer was [too large](Error::TooLarge) to read.
    pub fn is_ambiguous(&self) -> bool {
        match self {
            Error::Ambiguous { .. } => true,
            Error::TooLarge { method, .. } => !method.is_idempotent(),
            _ => false,
        }
    }

    /// Records how many times the call was sent.
    pub(crate) fn with_attempts(mut self, count: u32) -> Self {
        match &mut self {
            Error::Request(_) | Error::Config(_) => {}
            Error::Transport(e) => e.attempts = count,
            Error::Graph(graph) => graph.attempts = count,
            Error::Http { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::TooLarge { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Ambiguous { attempts, .. } => *attempts = count,
        }
        self
    }

    /// The same error with the code typed as `D`.
    fn recode<D: ErrorCode>(self) -> Error<D> {
        match self {
            Error::Request(message) => Error::Request(message),
            Error::Config(message) => Error::Config(message),
            Error::Transport(source) => Error::Transport(source),
            Error::Http {
                status,
                body,
                usage,
                attempts,
            } => Error::Http {
                status,
                body,
                usage,
                attempts,
            },
            Error::Decode {
                status,
                source,
                body,
                usage,
                attempts,
            } => Error::Decode {
                status,
                source,
                body,
                usage,
                attempts,
            },
            Error::TooLarge {
                method,
                status,
                limit,
                declared,
                usage,
                attempts,
            } => Error::TooLarge {
                method,
                status,
                limit,
                declared,
                usage,
                attempts,
            },
            Error::Timeout { after, attempts } => Error::Timeout { after, attempts },
            Error::Ambiguous {
                method,
                source,
                attempts,
            } => Error::Ambiguous {
                method,
                source,
                attempts,
            },
            Error::Graph(graph) => Error::Graph(Box::new((*graph).with_code())),
        }
    }
}

impl Error<UntypedCode> {
    /// Gives a Graph error the endpoint's typed code.
    pub(crate) fn typed<C: ErrorCode>(self) -> Error<C> {
        self.recode()
    }
}

/// Reads Graph's error envelope from a body, if it is one.
///
/// Lenient: missing fields take defaults, numbers may arrive as numeric strings, and a bare
/// `{"error": "message"}` counts too. Bodies that are not JSON objects are not envelopes.
///
/// Every text is taken through `redact`: the client's secrets out, the length capped.
pub(crate) fn parse_envelope(
    status: u16,
    body: &[u8],
    redact: &Redactor,
) -> Option<GraphError<UntypedCode>> {
    #[derive(Deserialize)]
    struct Envelope {
        #[serde(default)]
        error: Option<Value>,
    }

    // Only an object can be an envelope (serde would also read a struct from an array).
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return None;
    }
    // Graph's envelope has `error` as its only key, so a success answer whose first key is
    // something else is not read twice just to look for it.
    if (200..300).contains(&status) && !first_key_is_error(body) {
        return None;
    }
    let envelope: Envelope = serde_json::from_slice(body).ok()?;
    let error = match envelope.error? {
        Value::Object(fields) => fields,
        Value::String(message) => {
            let mut fields = serde_json::Map::new();
            fields.insert("message".to_owned(), Value::String(message));
            fields
        }
        _ => return None,
    };
    let code = integer(error.get("code")).unwrap_or(0);
    Some(GraphError {
        status,
        message: text(error.get("message"), redact).unwrap_or_default(),
        kind: text(error.get("type"), redact),
        code,
        error_subcode: integer(error.get("error_subcode")),
        error_user_title: text(error.get("error_user_title"), redact),
        error_user_msg: text(error.get("error_user_msg"), redact),
        fbtrace_id: text(error.get("fbtrace_id"), redact),
        is_transient: flag(error.get("is_transient")),
        endpoint_code: UntypedCode(code),
        usage: Usage::default(),
        attempts: 1,
    })
}

/// Whether the JSON object in `body` starts with the key `"error"`.
fn first_key_is_error(body: &[u8]) -> bool {
    fn trim(bytes: &[u8]) -> &[u8] {
        let blank = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
        &bytes[blank..]
    }
    trim(body)
        .strip_prefix(b"{")
        .is_some_and(|rest| trim(rest).starts_with(b"\"error\""))
}

fn integer(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn text(value: Option<&Value>, redact: &Redactor) -> Option<String> {
    match value? {
        Value::String(s) => Some(redact.text(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn flag(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64().is_some_and(|n| n != 0),
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true") || s == "1",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    enum SendCode {
        Unavailable,
        Other(i64),
    }

    impl ErrorCode for SendCode {
        fn from_code(code: i64) -> Self {
            match code {
                551 => SendCode::Unavailable,
                other => SendCode::Other(other),
            }
        }
        fn code(&self) -> i64 {
            match self {
                SendCode::Unavailable => 551,
                SendCode::Other(code) => *code,
            }
        }
        fn description(&self) -> Option<&'static str> {
            match self {
                SendCode::Unavailable => Some("This person isn't available right now."),
                SendCode::Other(_) => None,
            }
        }
    }

    #[test]
    fn full_envelope_is_read_field_by_field() {
        let body = br#"{"error":{"message":"Error validating access token","type":"OAuthException",
            "code":190,"error_subcode":463,"error_user_title":"Session expired",
            "error_user_msg":"Log in again","fbtrace_id":"AbC123","is_transient":false}}"#;
        let error = parse_envelope(401, body, &Redactor::default()).expect("an envelope");
        assert_eq!(error.status, 401);
        assert_eq!(error.message, "Error validating access token");
        assert_eq!(error.kind.as_deref(), Some("OAuthException"));
        assert_eq!(error.code, 190);
        assert_eq!(error.error_subcode, Some(463));
        assert_eq!(error.error_user_title.as_deref(), Some("Session expired"));
        assert_eq!(error.error_user_msg.as_deref(), Some("Log in again"));
        assert_eq!(error.fbtrace_id.as_deref(), Some("AbC123"));
        assert!(!error.is_transient);
        assert_eq!(error.endpoint_code, UntypedCode(190));
    }

    #[test]
    fn lenient_envelopes_take_defaults_and_numeric_strings() {
        let error = parse_envelope(
            500,
            br#"{"error":{"code":"2","is_transient":true}}"#,
            &Redactor::default(),
        )
        .expect("an envelope");
        assert_eq!(error.code, 2);
        assert_eq!(error.message, "");
        assert_eq!(error.kind, None);
        assert_eq!(error.error_subcode, None);
        assert!(error.is_transient);

        let error = parse_envelope(
            400,
            br#"{"error":{"message":"x","error_subcode":" 2018001 "}}"#,
            &Redactor::default(),
        )
        .expect("an envelope");
        assert_eq!(error.code, 0);
        assert_eq!(error.error_subcode, Some(2_018_001));

        let error = parse_envelope(
            400,
            br#"{"error":"Unsupported request"}"#,
            &Redactor::default(),
        )
        .expect("envelope");
        assert_eq!(error.message, "Unsupported request");
    }

    #[test]
    fn other_bodies_are_not_envelopes() {
        for body in [
            &br#"{"data":[]}"#[..],
            br#"{"error":null}"#,
            br#"{"error":42}"#,
            br#"[{"code":200}]"#,
            b"<html>Bad gateway</html>",
            b"",
            br#"{"error":{"code":1"#,
        ] {
            assert!(
                parse_envelope(200, body, &Redactor::default()).is_none(),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn typed_codes_carry_their_documented_meaning() {
        let error = parse_envelope(
            400,
            br#"{"error":{"message":"No matching user found","type":"OAuthException","code":551,"error_subcode":1545041,"fbtrace_id":"T1"}}"#,
            &Redactor::default(),
        )
        .expect("an envelope");
        let typed: Error<SendCode> = Error::Graph(Box::new(error)).typed();
        let graph = typed.graph().expect("a Graph error");
        assert_eq!(graph.endpoint_code, SendCode::Unavailable);
        assert_eq!(
            typed.to_string(),
            "Graph error 551 (OAuthException, subcode 1545041): No matching user found \
             (documented: This person isn't available right now.) [fbtrace_id T1]"
        );

        let untyped = typed.untyped();
        assert_eq!(
            untyped.graph().map(|g| g.endpoint_code),
            Some(UntypedCode(551))
        );
        assert_eq!(
            untyped.to_string(),
            "Graph error 551 (OAuthException, subcode 1545041): No matching user found [fbtrace_id T1]"
        );
    }

    #[test]
    fn unknown_codes_map_to_the_catch_all() {
        let error = parse_envelope(400, br#"{"error":{"code":12345}}"#, &Redactor::default())
            .expect("an envelope");
        let typed: Error<SendCode> = Error::Graph(Box::new(error)).typed();
        assert_eq!(
            typed.graph().map(|g| g.endpoint_code.clone()),
            Some(SendCode::Other(12345))
        );
        assert_eq!(typed.to_string(), "Graph error 12345: (no message)");
    }
}
