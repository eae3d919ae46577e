//! Talking to the bot: the verification handshake, signed deliveries with retries, one
//! queue per customer, and the delivery log.
//!
//! The HTTP client is hyper's own HTTP/1 connection (already in the tree for serving), one
//! connection per request, plain `http://` only.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use axum::body::{Body, Bytes};
use axum::http::{Method, Request, Uri, header};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot, watch};

use super::{AttemptOutcome, Delivered, Delivery, SandboxError, WebhookConfig, WebhookError};

/// How many events may wait for delivery to one customer's lane.
pub const LANE_CAPACITY: usize = 64;
/// How many events may wait for delivery in all, across customers.
pub const MAX_PENDING: usize = 1024;
/// How many attempts the delivery log keeps (the oldest go first).
pub const LOG_ENTRIES: usize = 1000;
/// How many bytes of bodies the delivery log keeps (the oldest go first).
pub const LOG_BYTES: usize = 16 * 1024 * 1024;
/// How much of a bot's answer is read (the rest is ignored).
const ANSWER_LIMIT: usize = 64 * 1024;
/// How much of a wrong handshake answer an error quotes.
const QUOTE_CHARS: usize = 100;

/// A parsed `http://host[:port]/path?query` webhook URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// The URL as configured (it holds no secret of the mock's).
    pub url: String,
    /// `host[:port]`, for the `Host` header.
    authority: String,
    /// The host to connect to, without IPv6 brackets.
    host: String,
    port: u16,
    /// `/path?query`.
    path_and_query: String,
}

impl Target {
    pub fn parse(url: &str) -> Result<Target, WebhookError> {
        let invalid = |reason: &str| WebhookError::InvalidUrl {
            url: url.to_owned(),
            reason: reason.to_owned(),
        };
        let uri: Uri = url
            .parse()
            .map_err(|_| invalid("it is not a URL such as http://127.0.0.1:8080/webhook"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(invalid(
                    "the mock delivers over plain http:// only (it has no TLS)",
                ));
            }
            _ => return Err(invalid("it must start with http://")),
        }
        let authority = uri.authority().ok_or_else(|| invalid("it has no host"))?;
        if authority.as_str().contains('@') {
            return Err(invalid("it must not carry credentials"));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        if host.is_empty() {
            return Err(invalid("it has no host"));
        }
        let path_and_query = uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        let path_and_query = if path_and_query.is_empty() {
            "/".to_owned()
        } else {
            path_and_query
        };
        Ok(Target {
            url: url.to_owned(),
            authority: authority.as_str().to_owned(),
            host: host.to_owned(),
            port: authority.port_u16().unwrap_or(80),
            path_and_query,
        })
    }
}

/// A webhook the mock delivers to: the handshake passed.
pub(crate) struct Subscription {
    pub config: WebhookConfig,
    pub target: Target,
    /// The key of `X-Hub-Signature-256`.
    secret: String,
}

/// `sha256=<hex HMAC-SHA256 of body keyed by secret>`, as the receiver checks it.
pub(crate) fn signature(secret: &str, body: &[u8]) -> String {
    fbgraph_webhook::sign(secret, body)
}

/// `text` with every secret replaced by `<redacted>`, in any form an echo carries it (as it
/// is, percent-, form- or JSON-escaped, in any mix): what a bot answers may echo them. The
/// client's redactor, so that both find a secret alike; a verify token is the user's choice
/// and may be short, so secrets of any length count.
fn scrub(text: &str, secrets: &[&str]) -> String {
    fbgraph_redact::Redactor::with_min_len(secrets.iter().copied(), 1).capped(text, usize::MAX)
}

/// One request to the target on a fresh connection: the status and the start of the body.
async fn exchange(
    target: &Target,
    method: Method,
    path_and_query: &str,
    headers: &[(header::HeaderName, String)],
    body: Bytes,
) -> Result<(u16, Bytes), String> {
    let stream = TcpStream::connect((target.host.as_str(), target.port))
        .await
        .map_err(|e| format!("cannot connect to {}: {e}", target.authority))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("HTTP error: {e}"))?;
    let driver = tokio::spawn(async move {
        let _ = connection.await;
    });
    let mut builder = Request::builder()
        .method(method)
        .uri(path_and_query)
        .header(header::HOST, target.authority.as_str())
        .header(header::USER_AGENT, "fbgraph-mock")
        .header(header::CONNECTION, "close");
    for (name, value) in headers {
        builder = builder.header(name, value.as_str());
    }
    let request = builder
        .body(Body::from(body))
        .map_err(|e| format!("cannot build the request: {e}"))?;
    let result = async {
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| format!("HTTP error: {e}"))?;
        let status = response.status().as_u16();
        let body = axum::body::to_bytes(Body::new(response.into_body()), ANSWER_LIMIT)
            .await
            .unwrap_or_default();
        Ok((status, body))
    }
    .await;
    driver.abort();
    result
}

/// Meta's verification handshake: `GET URL?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`,
/// which the bot must answer with 200 and exactly the challenge.
pub(crate) async fn handshake(
    config: WebhookConfig,
    secret: String,
    challenge: String,
) -> Result<Subscription, WebhookError> {
    let target = Target::parse(&config.url)?;
    let url = target.url.clone();
    let separator = if target.path_and_query.contains('?') {
        '&'
    } else {
        '?'
    };
    let path = format!(
        "{}{separator}hub.mode=subscribe&hub.verify_token={}&hub.challenge={challenge}",
        target.path_and_query,
        crate::request::percent_encode(&config.verify_token),
    );
    // The bot may echo the query, where the token is percent-encoded: `scrub` finds that too.
    let secrets = [config.verify_token.as_str(), secret.as_str()];
    let answer = tokio::time::timeout(
        config.timeout,
        exchange(&target, Method::GET, &path, &[], Bytes::new()),
    )
    .await;
    let (status, body) = match answer {
        Err(_) => {
            return Err(WebhookError::Unreachable {
                url,
                error: format!("no answer within {} ms", config.timeout.as_millis()),
            });
        }
        Ok(Err(error)) => {
            return Err(WebhookError::Unreachable {
                url,
                error: scrub(&error, &secrets),
            });
        }
        Ok(Ok(answer)) => answer,
    };
    if status != 200 {
        return Err(WebhookError::Refused { url, status });
    }
    if body.as_ref() != challenge.as_bytes() {
        // Scrub the whole answer before cutting it, so that no secret is left cut in half.
        let text = scrub(&String::from_utf8_lossy(&body), &secrets);
        let mut got: String = text.chars().take(QUOTE_CHARS).collect();
        if text.chars().count() > QUOTE_CHARS {
            got.push('…');
        }
        return Err(WebhookError::WrongChallenge {
            url,
            expected: challenge,
            got,
        });
    }
    Ok(Subscription {
        config,
        target,
        secret,
    })
}

/// An event waiting for delivery.
pub(crate) struct Job {
    pub psid: String,
    pub mid: Option<String>,
    pub body: Bytes,
    pub to: Arc<Subscription>,
    /// Where the outcome goes, for a caller that waits (echoes nobody waits for).
    pub reply: Option<oneshot::Sender<Result<Delivered, SandboxError>>>,
}

/// The delivery log, bounded by entries and bytes.
#[derive(Default)]
struct Log {
    entries: VecDeque<Delivery>,
    bytes: usize,
}

/// The webhook side of the server: the subscription, the queues and the log.
#[derive(Clone)]
pub(crate) struct Webhooks {
    inner: Arc<Inner>,
}

struct Inner {
    subscription: RwLock<Option<Arc<Subscription>>>,
    /// PSID → the queue of that customer's lane, while its worker runs.
    lanes: Mutex<HashMap<String, mpsc::Sender<Job>>>,
    pending: AtomicUsize,
    log: Mutex<Log>,
    closing: watch::Sender<bool>,
}

impl Default for Webhooks {
    fn default() -> Webhooks {
        Webhooks {
            inner: Arc::new(Inner {
                subscription: RwLock::new(None),
                lanes: Mutex::new(HashMap::new()),
                pending: AtomicUsize::new(0),
                log: Mutex::new(Log::default()),
                closing: watch::channel(false).0,
            }),
        }
    }
}

impl Webhooks {
    /// The current subscription.
    pub fn subscription(&self) -> Option<Arc<Subscription>> {
        self.inner
            .subscription
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Makes `subscription` the one deliveries go to.
    pub fn subscribe(&self, subscription: Subscription) {
        *self
            .inner
            .subscription
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(subscription));
    }

    /// Every attempt logged so far, oldest first.
    pub fn deliveries(&self) -> Vec<Delivery> {
        let log = self
            .inner
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        log.entries.iter().cloned().collect()
    }

    /// Stops every delivery: waits and attempts in progress end, callers get
    /// [`SandboxError::ShuttingDown`].
    pub fn close(&self) {
        self.inner.closing.send_replace(true);
    }

    /// Queues an event on its customer's lane, behind the customer's earlier events.
    /// Synchronous, so that it can be called while the store is locked: events are queued
    /// in the order the store saw them.
    pub fn enqueue(&self, job: Job) -> Result<(), SandboxError> {
        if *self.inner.closing.borrow() {
            return Err(SandboxError::ShuttingDown);
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return Err(SandboxError::ShuttingDown);
        };
        let mut lanes = self
            .inner
            .lanes
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if self.inner.pending.load(Ordering::SeqCst) >= MAX_PENDING {
            return Err(SandboxError::Busy {
                mid: None,
                limit: MAX_PENDING,
            });
        }
        let psid = job.psid.clone();
        let job = match lanes.get(&psid) {
            Some(lane) => match lane.try_send(job) {
                Ok(()) => None,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    return Err(SandboxError::Busy {
                        mid: None,
                        limit: LANE_CAPACITY,
                    });
                }
                // The worker is gone (it only leaves under this lock, after removing its
                // lane, so this does not happen); start a new lane.
                Err(mpsc::error::TrySendError::Closed(job)) => Some(job),
            },
            None => Some(job),
        };
        if let Some(job) = job {
            let (lane, queue) = mpsc::channel(LANE_CAPACITY);
            // An empty new channel has room.
            let _ = lane.try_send(job);
            lanes.insert(psid.clone(), lane);
            runtime.spawn(self.clone().work(psid, queue));
        }
        self.inner.pending.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    /// A lane's worker: delivers its customer's events one after the other, and ends (and
    /// removes the lane) once the queue is empty.
    async fn work(self, psid: String, mut queue: mpsc::Receiver<Job>) {
        loop {
            let next = {
                let mut lanes = self
                    .inner
                    .lanes
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                match queue.try_recv() {
                    Ok(job) => job,
                    Err(_) => {
                        lanes.remove(&psid);
                        return;
                    }
                }
            };
            let reply = next.reply;
            let outcome = self
                .deliver(&next.psid, next.mid, next.body, &next.to)
                .await;
            self.inner.pending.fetch_sub(1, Ordering::SeqCst);
            if let Some(reply) = reply {
                let _ = reply.send(outcome);
            }
        }
    }

    /// Delivers one event: POSTs it signed, retrying with exponential backoff until the
    /// bot answers 2xx or the attempts run out; logs each attempt.
    async fn deliver(
        &self,
        psid: &str,
        mid: Option<String>,
        body: Bytes,
        to: &Subscription,
    ) -> Result<Delivered, SandboxError> {
        let mut closing = self.inner.closing.subscribe();
        let headers = [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::HeaderName::from_static("x-hub-signature-256"),
                signature(&to.secret, &body),
            ),
        ];
        let secrets = [to.config.verify_token.as_str(), to.secret.as_str()];
        let text = String::from_utf8_lossy(&body).into_owned();
        let attempts = to.config.retry.attempts();
        let mut last = AttemptOutcome::Failed("not attempted".into());
        for attempt in 1..=attempts {
            let exchange = tokio::time::timeout(
                to.config.timeout,
                exchange(
                    &to.target,
                    Method::POST,
                    &to.target.path_and_query,
                    &headers,
                    body.clone(),
                ),
            );
            let answer = tokio::select! {
                answer = exchange => answer,
                _ = closing.wait_for(|c| *c) => return Err(SandboxError::ShuttingDown),
            };
            last = match answer {
                Ok(Ok((status, _))) => AttemptOutcome::Status(status),
                Ok(Err(error)) => AttemptOutcome::Failed(scrub(&error, &secrets)),
                Err(_) => AttemptOutcome::Failed(format!(
                    "no answer within {} ms",
                    to.config.timeout.as_millis()
                )),
            };
            self.log(Delivery {
                url: to.target.url.clone(),
                psid: psid.to_owned(),
                body: text.clone(),
                attempt,
                outcome: last.clone(),
            });
            if let AttemptOutcome::Status(status) = last
                && (200..300).contains(&status)
            {
                return Ok(Delivered {
                    mid,
                    attempts: attempt,
                    status,
                });
            }
            if attempt < attempts {
                let wait = to.config.retry.delay_after(attempt);
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = closing.wait_for(|c| *c) => return Err(SandboxError::ShuttingDown),
                }
            }
        }
        Err(SandboxError::Undelivered {
            mid,
            url: to.target.url.clone(),
            attempts,
            last,
        })
    }

    fn log(&self, delivery: Delivery) {
        let mut log = self
            .inner
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        log.bytes += delivery.body.len();
        log.entries.push_back(delivery);
        while log.entries.len() > LOG_ENTRIES || (log.bytes > LOG_BYTES && log.entries.len() > 1) {
            if let Some(old) = log.entries.pop_front() {
                log.bytes -= old.body.len();
            }
        }
    }
}

/// The secret deliveries are signed with.
pub(crate) fn secret_for(app_secret: Option<&str>) -> String {
    app_secret.map_or_else(|| super::DEFAULT_WEBHOOK_SECRET.to_owned(), str::to_owned)
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscription")
            .field("config", &self.config)
            .field("secret", &"<redacted>")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_plain_http_with_a_host() {
        let target = Target::parse("http://127.0.0.1:9/hook?x=1").expect("a URL");
        assert_eq!(target.port, 9);
        assert_eq!(target.path_and_query, "/hook?x=1");
        assert_eq!(Target::parse("http://[::1]/").expect("v6").host, "::1");
        assert_eq!(
            Target::parse("http://localhost")
                .expect("bare")
                .path_and_query,
            "/"
        );
        for bad in [
            "https://example.com/",
            "ftp://x/",
            "not a url",
            "http://u:p@x/",
        ] {
            assert!(
                matches!(Target::parse(bad), Err(WebhookError::InvalidUrl { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn signatures_are_meta_s_hex_hmac() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
        assert_eq!(
            signature("key", b"The quick brown fox jumps over the lazy dog"),
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
    }

    #[test]
    fn the_log_is_bounded() {
        let hooks = Webhooks::default();
        for attempt in 0..(LOG_ENTRIES as u32 + 10) {
            hooks.log(Delivery {
                url: String::new(),
                psid: String::new(),
                body: "{}".into(),
                attempt,
                outcome: AttemptOutcome::Status(200),
            });
        }
        let log = hooks.deliveries();
        assert_eq!(log.len(), LOG_ENTRIES);
        assert_eq!(log[0].attempt, 10);
    }
}
