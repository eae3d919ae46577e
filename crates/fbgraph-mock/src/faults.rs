//! Failures on demand: rate limiting ([`Faults::throttle`]), queued faults
//! ([`Faults::fail_next`]), and the usage headers every answer carries.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A failure to inflict on a coming request, queued with [`Faults::fail_next`].
///
/// Each says whether the request is *performed*: whether it goes through the pipeline as
/// usual, so that a valid send is stored (and can be listed afterwards), before its answer
/// is spoiled. A batch request takes a fault as a whole, as one request: a fault that
/// performs the request runs every call of the batch and spoils the batch's answer; one
/// that does not runs none. [`MockServer::requests`](crate::MockServer::requests) logs
/// each request with the status answered, `0` when nothing was.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// HTTP 500 with Graph's transient error: code 2, type `OAuthException`,
    /// `is_transient: true`, message "An unexpected error has occurred. Please retry your
    /// request later.". The request is not performed.
    Transient,
    /// HTTP 502 with an HTML body, as a proxy in front of Graph answers. The request is not
    /// performed.
    ServerError,
    /// The request is read and performed (a message sent is stored), then the connection is
    /// closed without any answer: not even a status line. Logged with status 0.
    DropAfterBody,
    /// The request is performed, and its answer held back this long.
    Delay(Duration),
    /// In the next batch request, the call at this index (from 0) answers `null`, as when
    /// Graph timed it out; it is not performed. Requests that are not batches leave this
    /// fault in the queue for the next batch.
    BatchNull(usize),
    /// The connection is closed as soon as the request head has arrived: the body is not
    /// read, the request is not performed (nothing is stored), nothing is answered (the
    /// client sees the connection end, or reset if it was still sending). Logged with
    /// status 0.
    CloseBeforeRead,
    /// Graph's error envelope with these values: `{"error": {"message", "type":
    /// "OAuthException", "code", "error_subcode" (when given), "is_transient": false,
    /// "fbtrace_id"}}`, with HTTP `status` (and `WWW-Authenticate` for code 190). The
    /// request is not performed. [`Fault::graph_error`] fills in the usual status and
    /// message; for example 190 is HTTP 400 "Invalid OAuth access token.", as Graph answers
    /// an expired or revoked token.
    GraphError {
        /// The HTTP status (400, 401, 403, 500, …); one that is not a valid status code
        /// (below 100 or above 999) is answered as 500.
        status: u16,
        /// Graph's error code.
        code: i64,
        /// Graph's `error_subcode`, if any.
        subcode: Option<i64>,
        /// The error's message.
        message: String,
    },
    /// HTTP 500 with Graph's envelope for code 1, "An unknown error occurred", type
    /// `OAuthException`, without `is_transient` (Graph omits it here), so nothing in it
    /// says to retry. The request is not performed. (Graph's docs do call code 1 possibly
    /// temporary; for a 5xx that names no retryable code, use [`Fault::GraphError`].)
    ServerErrorEnvelope,
    /// The request is performed; its answer (status and headers as they would have been)
    /// carries only the first half of its JSON body, with a `Content-Length` saying so: the
    /// client receives a complete body that is not valid JSON.
    TruncatedJson,
    /// The request is performed; the answer is HTTP 200, `Content-Type: application/json`,
    /// with the body `not json`.
    InvalidJson,
    /// The request is performed; the answer is HTTP 200, `Content-Type: application/json`,
    /// with a body of exactly this many bytes declared by `Content-Length`, generated as it
    /// is sent (never held in memory). From 16 bytes it is valid JSON once complete:
    /// `{"padding":"aaaa…"}`; shorter, spaces.
    Oversized(u64),
    /// The request is performed; the answer is HTTP 200, `Content-Type: application/json`,
    /// with a chunked body that never ends (`{"data":[0,0,0,…`), generated as it is sent,
    /// in constant memory, until the client disconnects. [`MockServer::shutdown`] waits
    /// for that disconnection.
    ///
    /// [`MockServer::shutdown`]: crate::MockServer::shutdown
    Endless,
    /// The request is performed; its answer (status, headers and `Content-Length` as they
    /// would have been) sends its body 4 bytes at a time, one piece per interval: a client
    /// with a total timeout gives up, one that waits gets the whole answer.
    Trickle(Duration),
}

/// Graph's usual HTTP status for an error code answered on demand: 403 for the permission
/// codes 10 and 200–299, else 400.
pub(crate) fn status_for(code: i64) -> u16 {
    match code {
        10 | 200..=299 => 403,
        _ => 400,
    }
}

impl Fault {
    /// [`Fault::GraphError`] with Graph's usual status for the code (403 for permission
    /// codes 10 and 200–299, else 400) and message (for 190, "Invalid OAuth access
    /// token."; for a code the mock does not know, "(#code) An error occurred."), without
    /// a subcode; set one with [`Fault::with_subcode`].
    pub fn graph_error(code: i64) -> Fault {
        let message = match code {
            190 => "Invalid OAuth access token.".to_owned(),
            102 => "API Session. The session key is invalid.".to_owned(),
            10 => "(#10) Application does not have permission for this action".to_owned(),
            200 => "(#200) Permissions error".to_owned(),
            100 => "(#100) Invalid parameter".to_owned(),
            _ => format!("(#{code}) An error occurred."),
        };
        let status = status_for(code);
        Fault::GraphError {
            status,
            code,
            subcode: None,
            message,
        }
    }

    /// This [`Fault::GraphError`] with `error_subcode`; other faults are returned as they
    /// are.
    pub fn with_subcode(self, subcode: i64) -> Fault {
        match self {
            Fault::GraphError {
                status,
                code,
                message,
                ..
            } => Fault::GraphError {
                status,
                code,
                subcode: Some(subcode),
                message,
            },
            other => other,
        }
    }

    /// Whether a request with this fault goes through the pipeline (a valid send is
    /// stored).
    pub fn performs(&self) -> bool {
        !matches!(
            self,
            Fault::Transient
                | Fault::ServerError
                | Fault::CloseBeforeRead
                | Fault::GraphError { .. }
                | Fault::ServerErrorEnvelope
        )
    }
}

/// The faults and rate limit a [`MockServer`](crate::MockServer) inflicts, shared with its
/// request handlers: changes take effect with the next request.
///
/// Calls are counted for [`throttle`](Faults::throttle) as follows: a request that is not a
/// batch is one call; in a batch, each inner call is one call, and the batch request itself
/// is none, unless the window is already full when it arrives: then the whole batch is
/// refused as one throttled call. Requests given a fault that does not perform them
/// ([`Fault::performs`]: [`Fault::Transient`], [`Fault::ServerError`],
/// [`Fault::CloseBeforeRead`], [`Fault::GraphError`], [`Fault::ServerErrorEnvelope`]) are
/// not counted.
#[derive(Debug, Default)]
pub struct Faults {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    queue: VecDeque<Fault>,
    throttle: Option<Throttle>,
    /// Errors to answer calls with, by the call's name ([`Faults::answer_call`]).
    calls: Vec<(String, CallError)>,
}

/// An error Graph answers one call with, for a bot to test its handling of it:
/// [`Faults::answer_call`]. The answer is Graph's envelope with `code`, `error_subcode`
/// (when given) and the message the version's error catalogue gives the subcode or code
/// (or [`CallError::with_message`]), with Graph's status for the code (403 for permission
/// codes 10 and 200–299, 500 with `is_transient` for 1 and 2, else 400). The call is not
/// performed: nothing is stored or sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallError {
    pub(crate) code: i64,
    pub(crate) subcode: Option<i64>,
    pub(crate) message: Option<String>,
    /// How many more requests it answers; `None` for every one until cleared.
    pub(crate) times: Option<u32>,
}

impl CallError {
    /// Graph's error `code`, for every request to the call until [`Faults::clear`].
    pub fn new(code: i64) -> CallError {
        CallError {
            code,
            subcode: None,
            message: None,
            times: None,
        }
    }

    /// With this `error_subcode`.
    pub fn with_subcode(mut self, subcode: i64) -> CallError {
        self.subcode = Some(subcode);
        self
    }

    /// With this message instead of the catalogue's.
    pub fn with_message(mut self, message: impl Into<String>) -> CallError {
        self.message = Some(message.into());
        self
    }

    /// For the next `n` requests to the call only; later ones are performed as usual.
    pub fn times(mut self, n: u32) -> CallError {
        self.times = Some(n);
        self
    }
}

#[derive(Debug)]
struct Throttle {
    max_calls: u32,
    window: Duration,
    code: i64,
    regain_minutes: u32,
    /// When the current window started; `None` before the first call.
    started: Option<Instant>,
    /// Calls counted in the current window, throttled ones included.
    calls: u64,
}

impl Throttle {
    /// Starts a new window if the current one has passed.
    fn roll(&mut self, now: Instant) {
        if self
            .started
            .is_none_or(|start| now.duration_since(start) >= self.window)
        {
            self.started = Some(now);
            self.calls = 0;
        }
    }

    /// The calls counted as a percentage of the limit, at most 100.
    fn percent(&self) -> u64 {
        if self.max_calls == 0 {
            return if self.calls == 0 { 0 } else { 100 };
        }
        (self.calls.saturating_mul(100) / u64::from(self.max_calls)).min(100)
    }
}

/// A call refused by the rate limit: the error code to answer with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Throttled {
    pub code: i64,
}

/// The usage figures of an answer's `X-App-Usage` and `X-Business-Use-Case-Usage` headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Usage {
    pub call_count: u64,
    pub total_cputime: u64,
    pub total_time: u64,
    pub regain_minutes: u32,
}

impl Usage {
    /// `X-App-Usage`.
    pub fn app(&self) -> String {
        format!(
            r#"{{"call_count":{},"total_cputime":{},"total_time":{}}}"#,
            self.call_count, self.total_cputime, self.total_time
        )
    }

    /// `X-Business-Use-Case-Usage` for the page.
    pub fn business(&self, page_id: &str) -> String {
        let entry = serde_json::json!([{
            "type": "messenger",
            "call_count": self.call_count,
            "total_cputime": self.total_cputime,
            "total_time": self.total_time,
            "estimated_time_to_regain_access": self.regain_minutes,
        }]);
        let mut map = serde_json::Map::new();
        map.insert(page_id.to_owned(), entry);
        serde_json::Value::Object(map).to_string()
    }
}

impl Faults {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Limits calls to `max_calls` per `window`: once more calls than that have been made in
    /// the current window, calls are answered with HTTP 400 and Graph's error `code` (613,
    /// 80006, 4, 17, 32, …, with the spec's description as the message), and are not
    /// performed. The usage headers then show the overage (`call_count` 100) and
    /// `estimated_time_to_regain_access: regain_minutes`. The window is fixed: it starts
    /// with the first call after the previous one has passed, and calls succeed again once
    /// it is over. Replaces an earlier limit and starts counting afresh.
    pub fn throttle(&self, max_calls: u32, window: Duration, code: i64, regain_minutes: u32) {
        self.state().throttle = Some(Throttle {
            max_calls,
            window,
            code,
            regain_minutes,
            started: None,
            calls: 0,
        });
    }

    /// Inflicts `fault` on each of the next `n` requests (HTTP requests; a batch is one),
    /// after the faults queued before.
    pub fn fail_next(&self, n: u32, fault: Fault) {
        let mut state = self.state();
        for _ in 0..n {
            state.queue.push_back(fault.clone());
        }
    }

    /// Answers requests to the call named `call` (the spec's name: `SendMessage`,
    /// `Conversations`, …, in any version) with `error` instead of performing them; replaces
    /// an earlier error for the same call. A call name no version has is accepted and never
    /// matches.
    pub fn answer_call(&self, call: impl Into<String>, error: CallError) {
        let call = call.into();
        let mut state = self.state();
        state.calls.retain(|(name, _)| *name != call);
        if error.times != Some(0) {
            state.calls.push((call, error));
        }
    }

    /// Removes the rate limit, every queued fault and every call's error.
    pub fn clear(&self) {
        let mut state = self.state();
        state.queue.clear();
        state.throttle = None;
        state.calls.clear();
    }

    /// The error to answer a request to `call` with, if one is set; counts it.
    pub(crate) fn call_error(&self, call: &str) -> Option<CallError> {
        let mut state = self.state();
        let index = state.calls.iter().position(|(name, _)| name == call)?;
        let error = state.calls[index].1.clone();
        match &mut state.calls[index].1.times {
            Some(left) if *left <= 1 => {
                state.calls.remove(index);
            }
            Some(left) => *left -= 1,
            None => {}
        }
        Some(error)
    }

    /// The fault for a request that has just arrived: the first queued one; for a request
    /// that is not a batch, the first that is not [`Fault::BatchNull`].
    pub(crate) fn take(&self, batch: bool) -> Option<Fault> {
        let mut state = self.state();
        let index = if batch {
            0
        } else {
            state
                .queue
                .iter()
                .position(|f| !matches!(f, Fault::BatchNull(_)))?
        };
        state.queue.remove(index)
    }

    /// Counts one call; `Some` if it is over the limit and must not be performed.
    pub(crate) fn admit(&self) -> Option<Throttled> {
        let mut state = self.state();
        let throttle = state.throttle.as_mut()?;
        throttle.roll(Instant::now());
        throttle.calls = throttle.calls.saturating_add(1);
        (throttle.calls > u64::from(throttle.max_calls)).then_some(Throttled {
            code: throttle.code,
        })
    }

    /// For a batch request arriving: `Some` (counted as one call) if the window has no room
    /// left for even one call; otherwise nothing is counted, and the inner calls are.
    pub(crate) fn admit_batch(&self) -> Option<Throttled> {
        let mut state = self.state();
        let throttle = state.throttle.as_mut()?;
        throttle.roll(Instant::now());
        if throttle.calls < u64::from(throttle.max_calls) {
            return None;
        }
        throttle.calls = throttle.calls.saturating_add(1);
        Some(Throttled {
            code: throttle.code,
        })
    }

    /// The usage to report now; `throttled` when the answer is a throttled one.
    pub(crate) fn usage(&self, throttled: bool) -> Usage {
        let mut state = self.state();
        let Some(throttle) = state.throttle.as_mut() else {
            return Usage {
                call_count: 1,
                total_cputime: 1,
                total_time: 1,
                regain_minutes: 0,
            };
        };
        let now = Instant::now();
        let passed = throttle
            .started
            .is_none_or(|start| now.duration_since(start) >= throttle.window);
        let over = !passed && throttle.calls > u64::from(throttle.max_calls);
        let percent = if passed { 0 } else { throttle.percent() };
        let percent = if throttled { 100 } else { percent };
        Usage {
            call_count: percent,
            total_cputime: percent / 4,
            total_time: percent / 2,
            regain_minutes: if throttled || over {
                throttle.regain_minutes
            } else {
                0
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttles_within_the_window_only() {
        let faults = Faults::default();
        assert_eq!(faults.admit(), None);
        faults.throttle(2, Duration::from_millis(50), 613, 7);
        assert_eq!(faults.admit(), None);
        assert_eq!(faults.usage(false).call_count, 50);
        assert_eq!(faults.admit(), None);
        assert_eq!(faults.admit_batch(), Some(Throttled { code: 613 }));
        assert_eq!(faults.admit(), Some(Throttled { code: 613 }));
        let usage = faults.usage(false);
        assert_eq!((usage.call_count, usage.regain_minutes), (100, 7));
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(faults.admit_batch(), None);
        assert_eq!(faults.admit(), None);
        faults.clear();
        assert_eq!(faults.usage(false).call_count, 1);
    }

    #[test]
    fn batch_nulls_wait_for_a_batch() {
        let faults = Faults::default();
        faults.fail_next(1, Fault::BatchNull(3));
        faults.fail_next(2, Fault::Transient);
        assert!(matches!(faults.take(false), Some(Fault::Transient)));
        assert!(matches!(faults.take(true), Some(Fault::BatchNull(3))));
        assert!(matches!(faults.take(true), Some(Fault::Transient)));
        assert!(faults.take(true).is_none());
        assert!(faults.take(false).is_none());
    }

    #[test]
    fn usage_headers_are_json() {
        let usage = Usage {
            call_count: 100,
            total_cputime: 25,
            total_time: 50,
            regain_minutes: 3,
        };
        let app: serde_json::Value = serde_json::from_str(&usage.app()).unwrap();
        assert_eq!(app["call_count"], 100);
        let business: serde_json::Value = serde_json::from_str(&usage.business("42")).unwrap();
        assert_eq!(business["42"][0]["estimated_time_to_regain_access"], 3);
        assert_eq!(business["42"][0]["type"], "messenger");
    }
}
