//! When a failed call is sent again, and how long the client waits first.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::endpoint::Method;
use crate::error::{Error, GraphError};

/// When the client sends a failed call again.
///
/// On by default ([`RetryPolicy::default`]): up to 3 attempts, exponential backoff from 250 ms
/// up to 30 s with jitter, and waits of up to 60 s when Graph says when access comes back.
/// Set it per client with [`Client::with_retry_policy`](crate::Client::with_retry_policy) or
/// per call with [`SendOptions::retry`](crate::SendOptions::retry).
///
/// # What is retried
///
/// * Answers with a throttling code (4, 17, 32, 341, 613, 80001–80014), whatever the method:
///   Graph refused the call before acting on it. For a `POST`, turn it off with
///   [`retry_rejected_posts(false)`](RetryPolicy::retry_rejected_posts).
/// * Answers with a transient code (1, 2, or `is_transient: true`) to `GET` and `DELETE`. Not
///   to a `POST` unless [`retry_transient_posts(true)`](RetryPolicy::retry_transient_posts):
///   "an unknown error occurred" may come after Graph acted, and a message must not be sent
///   twice.
/// * HTTP 5xx answers to `GET` and `DELETE` (safe to repeat). A `POST` answered 5xx without a
///   throttling or transient code is not retried: a gateway error may come after Graph acted.
/// * Transport failures and timeouts of `GET` and `DELETE`.
/// * Connection failures (nothing was sent) of any method.
///
/// A `POST` whose connection broke, or that timed out, after it was sent is **never** sent
/// again: it fails with [`Error::Ambiguous`], since Graph may or may not have acted on it.
///
/// # How long the client waits
///
/// When a throttled answer carries `X-Business-Use-Case-Usage` with an
/// `estimated_time_to_regain_access` above zero, that is the wait, if it is at most
/// [`max_wait`](RetryPolicy::max_wait); a longer one fails at once with the throttling error
/// (whose [`usage`](crate::GraphError::usage) says how long). Otherwise attempt *n* waits
/// `base_delay × 2ⁿ⁻¹`, at most `max_delay`; with jitter, a random time between half of that
/// and all of it, so that many clients do not retry in step.
///
/// Waiting needs a Tokio runtime with its time driver (`#[tokio::main]` has one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_wait: Duration,
    jitter: bool,
    retry_rejected_posts: bool,
    retry_transient_posts: bool,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
            max_wait: Duration::from_secs(60),
            jitter: true,
            retry_rejected_posts: true,
            retry_transient_posts: false,
        }
    }
}

impl RetryPolicy {
    /// The default policy; see the type's documentation.
    pub fn new() -> RetryPolicy {
        RetryPolicy::default()
    }

    /// Never retry: every call is sent once.
    pub fn none() -> RetryPolicy {
        RetryPolicy::default().max_attempts(1)
    }

    /// Sends a call at most `attempts` times in all (the first one included); `0` counts as 1.
    pub fn max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the second attempt; it doubles for each one after.
    pub fn base_delay(mut self, delay: Duration) -> RetryPolicy {
        self.base_delay = delay;
        self
    }

    /// The longest backoff wait between two attempts.
    pub fn max_delay(mut self, delay: Duration) -> RetryPolicy {
        self.max_delay = delay;
        self
    }

    /// The longest `estimated_time_to_regain_access` the client waits out; beyond it, a
    /// throttled call fails at once.
    pub fn max_wait(mut self, wait: Duration) -> RetryPolicy {
        self.max_wait = wait;
        self
    }

    /// Whether backoff waits are randomised (between half the delay and all of it). On by
    /// default.
    pub fn jitter(mut self, jitter: bool) -> RetryPolicy {
        self.jitter = jitter;
        self
    }

    /// Whether a `POST` that Graph refused with a throttling code is sent again. On by
    /// default: Graph refused the call, so repeating it cannot repeat its effect.
    pub fn retry_rejected_posts(mut self, retry: bool) -> RetryPolicy {
        self.retry_rejected_posts = retry;
        self
    }

    /// Whether a `POST` answered with a transient code (1, 2, `is_transient`) is sent again.
    /// Off by default: such an answer may come after Graph acted, so the call could take
    /// effect twice. Turn it on for calls that are safe to repeat.
    pub fn retry_transient_posts(mut self, retry: bool) -> RetryPolicy {
        self.retry_transient_posts = retry;
        self
    }

    /// How many times a call is sent at most.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// What to do after attempt number `attempt` (1-based) failed with `error`.
    pub(crate) fn plan(&self, method: Method, error: &Error, attempt: u32) -> Plan {
        let Some(reason) = retry_reason(method, error, self) else {
            return Plan::Stop;
        };
        if attempt >= self.max_attempts {
            return Plan::Stop;
        }
        if reason == Reason::Throttled
            && let Some(regain) = error.usage().and_then(|u| u.regain_access_in())
        {
            return if regain <= self.max_wait {
                Plan::Retry {
                    delay: regain,
                    reason,
                }
            } else {
                Plan::Stop
            };
        }
        Plan::Retry {
            delay: self.backoff(attempt),
            reason,
        }
    }

    /// The backoff wait after attempt number `attempt` (1-based).
    fn backoff(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(31);
        let delay = self
            .base_delay
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay);
        if self.jitter {
            // Equal jitter: half fixed, half random.
            let half = delay / 2;
            half.saturating_add(half.mul_f64(unit_random()))
        } else {
            delay
        }
    }
}

/// The decision after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plan {
    Stop,
    Retry { delay: Duration, reason: Reason },
}

/// Why a failure may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reason {
    Throttled,
    Transient,
    ServerError,
    Connect,
    Transport,
    Timeout,
}

impl Reason {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Reason::Throttled => "throttled",
            Reason::Transient => "transient Graph error",
            Reason::ServerError => "server error",
            Reason::Connect => "could not connect",
            Reason::Transport => "transport failure",
            Reason::Timeout => "timed out",
        }
    }
}

/// Whether Graph's code says the app, page or user is over a rate limit.
pub(crate) fn is_throttling_code(code: i64) -> bool {
    matches!(code, 4 | 17 | 32 | 341 | 613 | 80001..=80014)
}

fn retry_reason(method: Method, error: &Error, policy: &RetryPolicy) -> Option<Reason> {
    let safe = method.is_idempotent();
    match error {
        Error::Graph(graph) => match graph_reason(graph) {
            Some(Reason::Throttled) if safe || policy.retry_rejected_posts => {
                Some(Reason::Throttled)
            }
            Some(Reason::Transient) if safe || policy.retry_transient_posts => {
                Some(Reason::Transient)
            }
            _ if safe && graph.status >= 500 => Some(Reason::ServerError),
            _ => None,
        },
        Error::Http { status, .. } if safe && *status >= 500 => Some(Reason::ServerError),
        Error::Transport(e) if e.is_connect() => Some(Reason::Connect),
        Error::Transport(_) if safe => Some(Reason::Transport),
        Error::Timeout { .. } if safe => Some(Reason::Timeout),
        _ => None,
    }
}

fn graph_reason(graph: &GraphError) -> Option<Reason> {
    if is_throttling_code(graph.code) {
        Some(Reason::Throttled)
    } else if matches!(graph.code, 1 | 2) || graph.is_transient {
        Some(Reason::Transient)
    } else {
        None
    }
}

/// A number in `[0, 1)`: xorshift64* over a seed mixed from the clock and a counter.
///
/// Jitter needs spread, not quality; the counter keeps calls within one clock tick apart.
fn unit_random() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut x = (nanos ^ count.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1;
    for _ in 0..3 {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
    }
    let x = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
    // The top 53 bits, as a fraction.
    (x >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usage::{BusinessUsage, Usage};

    fn graph(code: i64, status: u16, transient: bool, usage: Usage) -> Error {
        let body = format!(r#"{{"error":{{"code":{code},"is_transient":{transient}}}}}"#);
        let mut graph = crate::error::parse_envelope(status, body.as_bytes(), &Default::default())
            .expect("envelope");
        graph.usage = usage;
        Error::Graph(Box::new(graph))
    }

    fn regain(minutes: u64) -> Usage {
        let mut usage = Usage::default();
        let entry = BusinessUsage {
            estimated_time_to_regain_access: Some(Duration::from_secs(minutes * 60)),
            ..BusinessUsage::default()
        };
        usage.business.push(entry);
        usage
    }

    fn fixed() -> RetryPolicy {
        RetryPolicy::default()
            .max_attempts(5)
            .jitter(false)
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350))
    }

    fn reason(plan: Plan) -> Option<Reason> {
        match plan {
            Plan::Stop => None,
            Plan::Retry { reason, .. } => Some(reason),
        }
    }

    #[test]
    fn throttling_codes_are_retried_for_every_method_transient_ones_when_safe() {
        for code in [4, 17, 32, 341, 613, 80001, 80006, 80014] {
            for method in [Method::Get, Method::Post, Method::Delete] {
                let plan = fixed().plan(method, &graph(code, 400, false, Usage::default()), 1);
                assert_eq!(reason(plan), Some(Reason::Throttled), "{code} {method}");
            }
        }
        for (code, transient) in [(1, false), (2, false), (190, true)] {
            let error = graph(code, 500, transient, Usage::default());
            assert_eq!(
                reason(fixed().plan(Method::Get, &error, 1)),
                Some(Reason::Transient)
            );
            // A transient answer may come after Graph acted: a POST is not repeated by default.
            assert_eq!(fixed().plan(Method::Post, &error, 1), Plan::Stop, "{code}");
            let opted_in = fixed().retry_transient_posts(true);
            assert_eq!(
                reason(opted_in.plan(Method::Post, &error, 1)),
                Some(Reason::Transient)
            );
        }
        for code in [80000, 80015, 100, 190, 551] {
            let error = graph(code, 400, false, Usage::default());
            assert_eq!(fixed().plan(Method::Get, &error, 1), Plan::Stop, "{code}");
        }
    }

    #[test]
    fn rejected_posts_can_be_left_alone() {
        let policy = fixed().retry_rejected_posts(false);
        let error = graph(613, 400, false, Usage::default());
        assert_eq!(policy.plan(Method::Post, &error, 1), Plan::Stop);
        assert_eq!(
            reason(policy.plan(Method::Get, &error, 1)),
            Some(Reason::Throttled)
        );
    }

    #[test]
    fn server_errors_are_retried_only_when_safe() {
        let http = Error::Http {
            status: 502,
            body: String::new(),
            usage: Box::default(),
            attempts: 1,
        };
        assert_eq!(
            reason(fixed().plan(Method::Get, &http, 1)),
            Some(Reason::ServerError)
        );
        assert_eq!(
            reason(fixed().plan(Method::Delete, &http, 1)),
            Some(Reason::ServerError)
        );
        assert_eq!(fixed().plan(Method::Post, &http, 1), Plan::Stop);
        let graph_500 = graph(100, 500, false, Usage::default());
        assert_eq!(
            reason(fixed().plan(Method::Get, &graph_500, 1)),
            Some(Reason::ServerError)
        );
        assert_eq!(fixed().plan(Method::Post, &graph_500, 1), Plan::Stop);
        let timeout = Error::Timeout {
            after: Duration::from_secs(1),
            attempts: 1,
        };
        assert_eq!(
            reason(fixed().plan(Method::Get, &timeout, 1)),
            Some(Reason::Timeout)
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let error = graph(2, 500, true, Usage::default());
        let delays: Vec<Plan> = (1..=5)
            .map(|n| fixed().plan(Method::Get, &error, n))
            .collect();
        let ms = |n| Plan::Retry {
            delay: Duration::from_millis(n),
            reason: Reason::Transient,
        };
        assert_eq!(delays, vec![ms(100), ms(200), ms(350), ms(350), Plan::Stop]);
        assert_eq!(RetryPolicy::none().plan(Method::Get, &error, 1), Plan::Stop);
        assert_eq!(RetryPolicy::none().max_attempts(0).attempts(), 1);
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_delay() {
        let policy = fixed().jitter(true);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let delay = policy.backoff(2);
            assert!(delay >= Duration::from_millis(100) && delay <= Duration::from_millis(200));
            seen.insert(delay);
        }
        assert!(seen.len() > 10, "jitter does not vary: {seen:?}");
    }

    #[test]
    fn graphs_regain_time_is_the_wait_unless_too_long() {
        let policy = fixed().max_wait(Duration::from_secs(120));
        let error = graph(80006, 400, false, regain(2));
        assert_eq!(
            policy.plan(Method::Post, &error, 1),
            Plan::Retry {
                delay: Duration::from_secs(120),
                reason: Reason::Throttled
            }
        );
        let error = graph(80006, 400, false, regain(3));
        assert_eq!(policy.plan(Method::Post, &error, 1), Plan::Stop);
        // Zero means "no estimate": backoff.
        let error = graph(613, 400, false, regain(0));
        assert_eq!(
            policy.plan(Method::Get, &error, 1),
            Plan::Retry {
                delay: Duration::from_millis(100),
                reason: Reason::Throttled
            }
        );
    }
}
