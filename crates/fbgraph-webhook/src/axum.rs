//! An [axum] route for one webhook path (feature `axum`).
//!
//! ```no_run
//! use fbgraph_webhook::{Receiver, axum::{route, serve}};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let receiver = Receiver::new(std::env::var("APP_SECRET")?, std::env::var("VERIFY_TOKEN")?)?;
//! let app = axum::Router::new().route(
//!     "/webhook",
//!     route::<serde_json::Value, _, _>(receiver, |event| async move {
//!         println!("{event:?}");
//!     }),
//! );
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
//! serve(listener, app).await;
//! # Ok(()) }
//! ```
//!
//! [`serve`] is `axum::serve` with a deadline for each request's head, which `axum::serve`
//! does not set: without one, a sender trickling its headers holds a connection for as long
//! as it likes. (The route itself cuts off slow bodies.) Any server works as long as it sets
//! such a deadline.
//!
//! | Request | Answer |
//! |---|---|
//! | `GET`, handshake passes | 200, the challenge as `text/plain` |
//! | `GET`, a `hub.*` parameter missing | 400 |
//! | `GET`, `hub.mode` not `subscribe` or the token wrong | 403 |
//! | `POST`, [`Receiver::max_reading`] bodies being read for [`Receiver::first_byte_timeout`] | 503 (Meta retries) |
//! | `POST`, its bytes over [`Receiver::read_budget`] with the other bodies being read | 503 (Meta retries) |
//! | `POST`, body over [`Receiver::body_limit`] (by `Content-Length` or while reading) | 413 |
//! | `POST`, body too slow ([`Receiver::with_slow_body_cutoff`]) or not complete within [`Receiver::body_timeout`] | 408 |
//! | `POST`, signature missing, SHA-1 only, malformed or wrong | 403 |
//! | `POST`, signed but undecodable as `N` | 200 (a retry would fail alike), and an `error` event at most once a second |
//! | `POST`, [`Receiver::max_in_flight`] bodies already in the handler | 503 (Meta retries) |
//! | `POST`, accepted | 200 at once; the events go to the handler afterwards |
//! | any other method | 405 |
//!
//! Refusal bodies are a fixed sentence naming the reason, never a secret; with
//! `tracing`'s subscriber on, each refusal is also a `warn` event.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ::axum::body::Body;
use ::axum::extract::RawQuery;
use ::axum::http::{HeaderMap, StatusCode, header};
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::{self, MethodRouter};
use http_body_util::BodyExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::{
    DecodeError, HandshakeError, LEGACY_SIGNATURE_HEADER, Notification, ReceiveError, Receiver,
    SIGNATURE_HEADER, SignatureError, SignatureHeaders,
};

/// The route of a webhook callback: `GET` answers Meta's handshake, `POST` checks a
/// notification's signature, decodes it as `N`, answers 200 and then hands each of its events
/// to `handler` (the table in the [module docs](self) has every answer).
///
/// # Delivery
///
/// The 200 does not wait for the handler: each accepted body gets a task on the current tokio
/// runtime that hands its events to `handler` one after another, each awaited before the next,
/// so the events of one body are handled in order. Bodies are handled concurrently, at most
/// [`Receiver::max_in_flight`] at once, so the events of two bodies may interleave, even two
/// from one sender: where order matters, go by each event's `timestamp`. Events answered 200 but not yet handled when the
/// runtime shuts down are lost (Meta does not send them again).
///
/// # Panics in the handler
///
/// Each event's handler runs in its own task; a panic ends that task only (tokio catches it),
/// is reported as a `tracing` error event, and the body's next event is handled as usual. The
/// server and other bodies are unaffected.
///
/// The returned router has no state, so it fits `Router<()>::route`; in a router with state,
/// mount it as a service:
///
/// ```
/// # use fbgraph_webhook::{Receiver, axum::route};
/// # let receiver = Receiver::new("app-secret", "verify-token")?;
/// #[derive(Clone)]
/// struct AppState;
///
/// let app: axum::Router = axum::Router::new()
///     .route_service("/webhook", route::<serde_json::Value, _, _>(receiver, |_| async {}))
///     .with_state(AppState);
/// # Ok::<(), fbgraph_webhook::ConfigError>(())
/// ```
pub fn route<N, H, Fut>(receiver: Receiver, handler: H) -> MethodRouter
where
    N: Notification,
    H: Fn(N::Event) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let shared = Arc::new(Shared {
        in_flight: Arc::new(Semaphore::new(
            receiver.max_in_flight().min(Semaphore::MAX_PERMITS),
        )),
        reading: Arc::new(Semaphore::new(
            receiver.max_reading().min(Semaphore::MAX_PERMITS),
        )),
        budget: Arc::new(Semaphore::new(
            receiver.read_budget().min(Semaphore::MAX_PERMITS),
        )),
        undecodable: LogGate::default(),
        receiver,
    });
    let for_get = Arc::clone(&shared);
    routing::get(move |RawQuery(query): RawQuery| {
        let shared = Arc::clone(&for_get);
        async move { handshake(&shared.receiver, query.as_deref().unwrap_or("")) }
    })
    .post(move |headers: HeaderMap, body: Body| {
        let shared = Arc::clone(&shared);
        let handler = handler.clone();
        async move { notify::<N, H, Fut>(&shared, handler, &headers, body).await }
    })
}

struct Shared {
    receiver: Receiver,
    /// One permit per body whose events are waiting for or inside the handler.
    in_flight: Arc<Semaphore>,
    /// One permit per body being read, apart from `in_flight`: a slow sender holds one of
    /// these for little more than the first-byte timeout, never a handler's.
    reading: Arc<Semaphore>,
    /// One permit per byte buffered by the bodies being read and not yet decoded: unsigned
    /// bytes held at once are bounded by `read_budget`, however many senders there are.
    budget: Arc<Semaphore>,
    /// Rate-bounds the error log of signed bodies that do not decode.
    undecodable: LogGate,
}

fn handshake(receiver: &Receiver, query: &str) -> Response {
    match receiver.verify_handshake(query) {
        Ok(challenge) => (StatusCode::OK, challenge).into_response(),
        Err(error) => {
            let status = match error {
                HandshakeError::Missing(_) => StatusCode::BAD_REQUEST,
                _ => StatusCode::FORBIDDEN,
            };
            refuse(status, &error, "webhook handshake refused")
        }
    }
}

async fn notify<N, H, Fut>(shared: &Shared, handler: H, headers: &HeaderMap, body: Body) -> Response
where
    N: Notification,
    H: Fn(N::Event) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let receiver = &shared.receiver;
    // A read slot, waiting for one no longer than a slow sender may hold one before its
    // first byte: while senders trickle, Meta's delivery waits for the first of them to be
    // cut off instead of being refused.
    let reading = tokio::time::timeout(
        receiver.first_byte_timeout(),
        Arc::clone(&shared.reading).acquire_owned(),
    )
    .await;
    let Ok(Ok(reading)) = reading else {
        return refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            &"too many notifications being received",
            "webhook notification refused",
        );
    };
    // The body's clock starts once it is read: time spent waiting for a slot is not its own.
    let arrived = Instant::now();
    let (body, budget) = match read_body(shared, headers, body, arrived).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    drop(reading);
    let signature = SignatureHeaders {
        sha256: headers.get(SIGNATURE_HEADER).map(|value| value.as_bytes()),
        sha1: headers
            .get(LEGACY_SIGNATURE_HEADER)
            .map(|value| value.as_bytes()),
    };
    let notification: N = match receiver.receive(signature, &body) {
        Ok(notification) => notification,
        Err(ReceiveError::Decode(error)) => {
            // Signed by Meta, so a retry would bring the same bytes and fail the same way:
            // answer 200 (Meta would otherwise retry until it disables the subscription) and
            // say loudly what failed.
            shared.undecodable.error(&error);
            return StatusCode::OK.into_response();
        }
        Err(error) => {
            let status = match error {
                ReceiveError::Signature(SignatureError::BodyTooLarge { .. }) => {
                    StatusCode::PAYLOAD_TOO_LARGE
                }
                _ => StatusCode::FORBIDDEN,
            };
            return refuse(status, &error, "webhook notification refused");
        }
    };
    drop((body, budget));
    let Ok(permit) = Arc::clone(&shared.in_flight).try_acquire_owned() else {
        return refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            &"too many notifications waiting for the handler",
            "webhook notification refused",
        );
    };
    tokio::spawn(deliver(handler, notification.into_events(), permit));
    StatusCode::OK.into_response()
}

/// The whole body, with the permits of the read budget its bytes hold, if it is within the
/// body limit and arrives fast enough (see [`Receiver::with_slow_body_cutoff`]); never more
/// than the body limit is buffered.
async fn read_body(
    shared: &Shared,
    headers: &HeaderMap,
    mut body: Body,
    arrived: Instant,
) -> Result<(Vec<u8>, Option<OwnedSemaphorePermit>), Response> {
    let receiver = &shared.receiver;
    let limit = receiver.body_limit();
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format_args!("the body is over the limit of {limit} bytes"),
            "webhook notification refused",
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|declared| declared > limit as u64) {
        return Err(too_large());
    }
    let hard_deadline = later(arrived, receiver.body_timeout());
    let mut bytes = Vec::new();
    let mut held: Option<OwnedSemaphorePermit> = None;
    loop {
        let deadline = slow_deadline(receiver, arrived, bytes.len()).min(hard_deadline);
        let frame = match tokio::time::timeout_at(deadline.into(), body.frame()).await {
            Ok(Some(Ok(frame))) => frame,
            Ok(None) => return Ok((bytes, held)),
            Ok(Some(Err(_))) => {
                return Err(refuse(
                    StatusCode::BAD_REQUEST,
                    &"the body could not be read",
                    "webhook notification refused",
                ));
            }
            Err(_) => {
                return Err(refuse(
                    StatusCode::REQUEST_TIMEOUT,
                    &format_args!(
                        "the body arrived too slowly ({} bytes in {} ms)",
                        bytes.len(),
                        arrived.elapsed().as_millis()
                    ),
                    "webhook notification refused",
                ));
            }
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        if data.len() > limit - bytes.len() {
            return Err(too_large());
        }
        let granted = u32::try_from(data.len())
            .ok()
            .and_then(|n| Arc::clone(&shared.budget).try_acquire_many_owned(n).ok());
        let Some(granted) = granted else {
            return Err(refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                &"too many bytes being received at once",
                "webhook notification refused",
            ));
        };
        match &mut held {
            Some(held) => held.merge(granted),
            None => held = Some(granted),
        }
        bytes.extend_from_slice(&data);
    }
}

/// When a body that has sent `received` bytes since `arrived` becomes too slow: the
/// first-byte timeout, plus the time `received` bytes may take at the minimum rate.
fn slow_deadline(receiver: &Receiver, arrived: Instant, received: usize) -> Instant {
    let seconds = received as f64 / f64::from(receiver.min_body_rate());
    let allowance = Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX);
    later(later(arrived, receiver.first_byte_timeout()), allowance)
}

/// `at + wait`, or a moment a century on where that overflows (a timeout set to
/// `Duration::MAX`): never a panic.
fn later(at: Instant, wait: Duration) -> Instant {
    const CENTURY: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
    at.checked_add(wait)
        .or_else(|| at.checked_add(CENTURY))
        .unwrap_or(at)
}

/// At most one `error` event a second about signed bodies that did not decode; the next one
/// after a quiet spell says how many were not logged.
#[derive(Default)]
struct LogGate {
    next: Mutex<Option<Instant>>,
    suppressed: AtomicU64,
}

impl LogGate {
    const QUIET: Duration = Duration::from_secs(1);

    fn error(&self, error: &DecodeError) {
        if !self.admit(Instant::now()) {
            return;
        }
        let suppressed = self.suppressed.swap(0, Ordering::Relaxed);
        tracing::error!(
            path = error.path(),
            line = error.line(),
            column = error.column(),
            message = error.message(),
            not_logged_since = suppressed,
            "a signed webhook notification did not decode; answered 200, since Meta would \
             send the same bytes again, so its events are lost"
        );
    }

    /// Whether an event at `now` is logged; counts it as suppressed if not.
    fn admit(&self, now: Instant) -> bool {
        let mut next = self
            .next
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if next.is_some_and(|next| now < next) {
            self.suppressed.fetch_add(1, Ordering::Relaxed);
            return false;
        }
        *next = Some(now + Self::QUIET);
        true
    }
}

/// How long [`serve`] waits for a request's head (its request line and headers).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` over HTTP/1.1 until the process ends, as `axum::serve` does, but
/// closes a connection whose request head has not fully arrived within [`HEAD_TIMEOUT`].
///
/// Failing to accept a connection (too many open files, say) is logged at `error` level and
/// retried after a pause; it never ends the server.
pub async fn serve(listener: tokio::net::TcpListener, app: ::axum::Router) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(error) => {
                tracing::error!(%error, "webhook server could not accept a connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            // A connection's end, an error included, concerns that connection only.
            let _closed = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Hands `events` to `handler` in order, each in its own task so that a panic ends only it.
async fn deliver<E, H, Fut>(handler: H, events: Vec<E>, _permit: OwnedSemaphorePermit)
where
    E: Send + 'static,
    H: Fn(E) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    for event in events {
        let handler = handler.clone();
        // The handler is called inside the task too: a panic before its first await is
        // contained like any other.
        let task = tokio::spawn(async move { handler(event).await });
        if task.await.is_err_and(|error| error.is_panic()) {
            tracing::error!("webhook handler panicked; handling the next event");
        }
    }
}

/// A refusal: `status` with `reason` as its body, and a `warn` event saying so.
fn refuse(status: StatusCode, reason: &dyn std::fmt::Display, what: &str) -> Response {
    let reason = reason.to_string();
    tracing::warn!(status = status.as_u16(), %reason, "{what}");
    (status, reason).into_response()
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::LogGate;

    #[test]
    fn deadlines_never_overflow() {
        let now = Instant::now();
        assert!(super::later(now, Duration::MAX) > now);
        assert_eq!(
            super::later(now, Duration::from_secs(1)),
            now + Duration::from_secs(1)
        );
        let receiver = crate::Receiver::new("s", "t")
            .expect("valid")
            .with_slow_body_cutoff(Duration::MAX, 1)
            .with_body_timeout(Duration::MAX);
        assert!(super::slow_deadline(&receiver, now, usize::MAX) > now);
    }

    #[test]
    fn undecodable_bodies_are_logged_at_most_once_a_second_and_the_rest_counted() {
        let gate = LogGate::default();
        let start = Instant::now();
        assert!(gate.admit(start));
        for ms in [1, 500, 999] {
            assert!(!gate.admit(start + Duration::from_millis(ms)));
        }
        assert_eq!(
            gate.suppressed.load(std::sync::atomic::Ordering::Relaxed),
            3
        );
        assert!(gate.admit(start + Duration::from_millis(1000)));
        assert!(!gate.admit(start + Duration::from_millis(1500)));
        assert!(gate.admit(start + Duration::from_millis(2100)));
    }
}
