//! An [axum] route for one webhook path (feature `axum`).
//!
//! ```no_run
//! use fbgraph_webhook::{Receiver, axum::route};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let receiver = Receiver::new(std::env::var("APP_SECRET")?, std::env::var("VERIFY_TOKEN")?)?;
//! let app = axum::Router::new().route(
//!     "/webhook",
//!     route::<serde_json::Value, _, _>(receiver, |event| async move {
//!         println!("{event}");
//!     }),
//! );
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
//! axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```
//!
//! | Request | Answer |
//! |---|---|
//! | `GET`, handshake passes | 200, the challenge as `text/plain` |
//! | `GET`, a `hub.*` parameter missing | 400 |
//! | `GET`, `hub.mode` not `subscribe` or the token wrong | 403 |
//! | `POST`, [`Receiver::max_in_flight`] bodies already being read | 503 (Meta retries) |
//! | `POST`, body over [`Receiver::body_limit`] (by `Content-Length` or while reading) | 413 |
//! | `POST`, body not complete within [`Receiver::body_timeout`] | 408 |
//! | `POST`, signature missing, SHA-1 only, malformed or wrong | 403 |
//! | `POST`, signed but undecodable as `N` | 400 |
//! | `POST`, [`Receiver::max_in_flight`] bodies already in the handler | 503 (Meta retries) |
//! | `POST`, accepted | 200 at once; the events go to the handler afterwards |
//! | any other method | 405 |
//!
//! Refusal bodies are a fixed sentence naming the reason, never a secret; with
//! `tracing`'s subscriber on, each refusal is also a `warn` event.

use std::future::Future;
use std::sync::Arc;

use ::axum::body::{self, Body, Bytes};
use ::axum::extract::RawQuery;
use ::axum::http::{HeaderMap, StatusCode, header};
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::{self, MethodRouter};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::{
    HandshakeError, LEGACY_SIGNATURE_HEADER, Notification, ReceiveError, Receiver,
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
    let permits = receiver.max_in_flight().min(Semaphore::MAX_PERMITS);
    let shared = Arc::new(Shared {
        receiver,
        in_flight: Arc::new(Semaphore::new(permits)),
        reading: Arc::new(Semaphore::new(permits)),
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
    /// One permit per body being read: unsigned bytes buffered at once are bounded by
    /// `max_in_flight × body_limit`.
    reading: Arc<Semaphore>,
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
    let Ok(reading) = Arc::clone(&shared.reading).try_acquire_owned() else {
        return refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            &"too many notifications being received",
            "webhook notification refused",
        );
    };
    let read = read_body(headers, body, receiver.body_limit());
    let body = match tokio::time::timeout(receiver.body_timeout(), read).await {
        Ok(Ok(body)) => body,
        Ok(Err(response)) => return response,
        Err(_) => {
            return refuse(
                StatusCode::REQUEST_TIMEOUT,
                &format_args!(
                    "the body did not arrive within {} ms",
                    receiver.body_timeout().as_millis()
                ),
                "webhook notification refused",
            );
        }
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
        Err(error) => {
            let status = match error {
                ReceiveError::Signature(SignatureError::BodyTooLarge { .. }) => {
                    StatusCode::PAYLOAD_TOO_LARGE
                }
                ReceiveError::Signature(_) => StatusCode::FORBIDDEN,
                _ => StatusCode::BAD_REQUEST,
            };
            return refuse(status, &error, "webhook notification refused");
        }
    };
    drop(body);
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

/// The whole body, if it is within `limit`; never more than `limit` bytes are buffered.
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, Response> {
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
    body::to_bytes(body, limit).await.map_err(|error| {
        if error.into_inner().is::<http_body_util::LengthLimitError>() {
            too_large()
        } else {
            refuse(
                StatusCode::BAD_REQUEST,
                &"the body could not be read",
                "webhook notification refused",
            )
        }
    })
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
