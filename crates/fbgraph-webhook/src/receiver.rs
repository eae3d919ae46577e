//! The receiver's configuration: the secrets and the limits.

use std::fmt;

use ring::hmac;

use crate::Notification;
use crate::decode::ReceiveError;
use crate::handshake::{self, HandshakeError};
use crate::signature::{self, SignatureError, SignatureHeaders};

/// Checks what Meta sends to a webhook callback: the handshake, the signature, the body.
///
/// Holds the app secret (the HMAC key of `X-Hub-Signature-256`) as a keyed HMAC state and the
/// verify token as a digest, never as text: `Debug` shows `<redacted>` for both, and no error
/// carries them. Cloning is cheap.
#[derive(Clone)]
pub struct Receiver {
    /// HMAC-SHA256 keyed with the app secret.
    signer: hmac::Key,
    /// [`token_digest`] of the verify token.
    verify_token: hmac::Tag,
    body_limit: usize,
    max_in_flight: usize,
    body_timeout: std::time::Duration,
    max_reading: usize,
    read_budget: usize,
    first_byte_timeout: std::time::Duration,
    min_body_rate: u32,
}

impl Receiver {
    /// The default [`body_limit`](Self::body_limit): 1 MiB. Meta batches events, but a body
    /// of Messenger events is a few kilobytes; attachments come as URLs, not bytes.
    pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

    /// The default [`body_timeout`](Self::body_timeout): 10 s. Meta's bodies are a few
    /// kilobytes and arrive at once.
    pub const DEFAULT_BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

    /// The default [`max_in_flight`](Self::max_in_flight): 1,024 bodies.
    pub const DEFAULT_MAX_IN_FLIGHT: usize = 1024;

    /// The default [`max_reading`](Self::max_reading): 4,096 bodies being read at once.
    pub const DEFAULT_MAX_READING: usize = 4096;

    /// The default [`read_budget`](Self::read_budget): 64 MiB buffered by all bodies being
    /// read at once.
    pub const DEFAULT_READ_BUDGET: usize = 64 * 1024 * 1024;

    /// The default [`first_byte_timeout`](Self::first_byte_timeout): 1 s. Meta's servers send
    /// a body right behind its headers.
    pub const DEFAULT_FIRST_BYTE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

    /// The default [`min_body_rate`](Self::min_body_rate): 16 KiB per second.
    pub const DEFAULT_MIN_BODY_RATE: u32 = 16 * 1024;

    /// A receiver for the app whose secret is `app_secret` (App settings → Basic), answering
    /// handshakes that carry `verify_token` (the token entered beside the callback URL).
    ///
    /// Refuses an empty secret or token: either would let anyone pass.
    pub fn new(
        app_secret: impl AsRef<[u8]>,
        verify_token: impl AsRef<[u8]>,
    ) -> Result<Self, ConfigError> {
        let (app_secret, verify_token) = (app_secret.as_ref(), verify_token.as_ref());
        if app_secret.is_empty() {
            return Err(ConfigError::EmptyAppSecret);
        }
        if verify_token.is_empty() {
            return Err(ConfigError::EmptyVerifyToken);
        }
        Ok(Self {
            signer: hmac::Key::new(hmac::HMAC_SHA256, app_secret),
            verify_token: hmac::sign(&token_key(), verify_token),
            body_limit: Self::DEFAULT_BODY_LIMIT,
            max_in_flight: Self::DEFAULT_MAX_IN_FLIGHT,
            body_timeout: Self::DEFAULT_BODY_TIMEOUT,
            max_reading: Self::DEFAULT_MAX_READING,
            read_budget: Self::DEFAULT_READ_BUDGET,
            first_byte_timeout: Self::DEFAULT_FIRST_BYTE_TIMEOUT,
            min_body_rate: Self::DEFAULT_MIN_BODY_RATE,
        })
    }

    /// Sets how long a server integration (the axum route) waits for a whole body once its
    /// headers have arrived, however fast it comes; a body still incomplete then is refused
    /// (408). Slow bodies are cut off sooner by
    /// [`with_slow_body_cutoff`](Self::with_slow_body_cutoff). More than zero.
    #[must_use]
    pub fn with_body_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.body_timeout = timeout.max(std::time::Duration::from_millis(1));
        self
    }

    /// How long a body may take to arrive
    /// ([`DEFAULT_BODY_TIMEOUT`](Self::DEFAULT_BODY_TIMEOUT) unless set).
    pub fn body_timeout(&self) -> std::time::Duration {
        self.body_timeout
    }

    /// Sets how slow a body may arrive in a server integration (the axum route) before it is
    /// cut off (408): its first byte must come within `first_byte_timeout` of its headers,
    /// and from then on it must keep up with `min_bytes_per_second`: by `t` after its
    /// headers, at least `min_bytes_per_second × (t − first_byte_timeout)` bytes. A sender
    /// that trickles a body so holds a read slot for little more than `first_byte_timeout`,
    /// whatever the [`body_timeout`](Self::body_timeout). The timeout is at least 1 ms, the
    /// rate at least 1 byte per second.
    #[must_use]
    pub fn with_slow_body_cutoff(
        mut self,
        first_byte_timeout: std::time::Duration,
        min_bytes_per_second: u32,
    ) -> Self {
        self.first_byte_timeout = first_byte_timeout.max(std::time::Duration::from_millis(1));
        self.min_body_rate = min_bytes_per_second.max(1);
        self
    }

    /// How long a body's first byte may take after its headers
    /// ([`DEFAULT_FIRST_BYTE_TIMEOUT`](Self::DEFAULT_FIRST_BYTE_TIMEOUT) unless set).
    pub fn first_byte_timeout(&self) -> std::time::Duration {
        self.first_byte_timeout
    }

    /// The slowest a body may arrive after its first byte's grace, in bytes per second
    /// ([`DEFAULT_MIN_BODY_RATE`](Self::DEFAULT_MIN_BODY_RATE) unless set).
    pub fn min_body_rate(&self) -> u32 {
        self.min_body_rate
    }

    /// Sets how many bodies a server integration (the axum route) reads at once, before their
    /// signatures can be checked. Reading is bounded apart from handling
    /// ([`with_max_in_flight`](Self::with_max_in_flight)): a body that finds every read slot
    /// taken waits for one for up to [`first_byte_timeout`](Self::first_byte_timeout), then
    /// gets 503 (Meta retries). At least 1.
    #[must_use]
    pub fn with_max_reading(mut self, bodies: usize) -> Self {
        self.max_reading = bodies.max(1);
        self
    }

    /// How many bodies may be read at once
    /// ([`DEFAULT_MAX_READING`](Self::DEFAULT_MAX_READING) unless set).
    pub fn max_reading(&self) -> usize {
        self.max_reading
    }

    /// Sets how many bytes all bodies being read at once (and not yet decoded) may buffer
    /// together in a server integration (the axum route); a body whose next bytes do not fit
    /// gets 503 (Meta retries). At least [`body_limit`](Self::body_limit) is always allowed.
    #[must_use]
    pub fn with_read_budget(mut self, bytes: usize) -> Self {
        self.read_budget = bytes;
        self
    }

    /// How many bytes bodies being read may buffer together
    /// ([`DEFAULT_READ_BUDGET`](Self::DEFAULT_READ_BUDGET) unless set, and never less than
    /// [`body_limit`](Self::body_limit)).
    pub fn read_budget(&self) -> usize {
        self.read_budget.max(self.body_limit)
    }

    /// Sets the largest body accepted, in bytes; a larger one is refused before it is hashed
    /// (and, in the axum route, before more than this is read).
    #[must_use]
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// The largest body accepted, in bytes ([`DEFAULT_BODY_LIMIT`](Self::DEFAULT_BODY_LIMIT)
    /// unless set).
    pub fn body_limit(&self) -> usize {
        self.body_limit
    }

    /// Sets how many accepted bodies a server integration (the axum route) may have waiting for
    /// or inside the handler at once; beyond it a notification is answered 503 and Meta sends
    /// it again later. At least 1.
    #[must_use]
    pub fn with_max_in_flight(mut self, bodies: usize) -> Self {
        self.max_in_flight = bodies.max(1);
        self
    }

    /// How many accepted bodies may be in the handler at once
    /// ([`DEFAULT_MAX_IN_FLIGHT`](Self::DEFAULT_MAX_IN_FLIGHT) unless set).
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight
    }

    /// Answers the verification handshake from the callback's raw query string (with or
    /// without the leading `?`): the `hub.challenge` to send back as the body of a 200, if
    /// `hub.mode` is `subscribe` and `hub.verify_token` is the verify token.
    ///
    /// Parameters are percent-decoded (`+` is a space); the first of a repeated one counts; an
    /// empty one counts as missing. The token is compared in constant time. (Meta's challenge
    /// is digits; one that is not UTF-8 comes back with U+FFFD in place of the bad bytes.)
    pub fn verify_handshake(&self, query: &str) -> Result<String, HandshakeError> {
        let params = handshake::parse_query(query);
        self.check_handshake(
            params.mode.as_deref(),
            params.verify_token.as_deref(),
            params.challenge.as_deref(),
        )
    }

    /// [`verify_handshake`](Self::verify_handshake) for a framework that already decoded the
    /// query: the values of `hub.mode`, `hub.verify_token` and `hub.challenge`.
    pub fn verify_handshake_params(
        &self,
        mode: Option<&str>,
        verify_token: Option<&str>,
        challenge: Option<&str>,
    ) -> Result<String, HandshakeError> {
        self.check_handshake(
            mode.map(str::as_bytes),
            verify_token.map(str::as_bytes),
            challenge.map(str::as_bytes),
        )
    }

    fn check_handshake(
        &self,
        mode: Option<&[u8]>,
        verify_token: Option<&[u8]>,
        challenge: Option<&[u8]>,
    ) -> Result<String, HandshakeError> {
        let challenge = handshake::check(mode, verify_token, challenge, |given| {
            hmac::verify(&token_key(), given, self.verify_token.as_ref()).is_ok()
        })?;
        Ok(String::from_utf8_lossy(challenge).into_owned())
    }

    /// Checks `X-Hub-Signature-256` over the raw body bytes, in constant time. The body's size
    /// is checked first, before any hashing.
    pub fn verify_signature(
        &self,
        headers: SignatureHeaders<'_>,
        body: &[u8],
    ) -> Result<(), SignatureError> {
        if body.len() > self.body_limit {
            return Err(SignatureError::BodyTooLarge {
                len: body.len(),
                limit: self.body_limit,
            });
        }
        let expected = signature::parse(headers)?;
        hmac::verify(&self.signer, body, &expected).map_err(|_| SignatureError::Mismatch)
    }

    /// Checks the signature ([`verify_signature`](Self::verify_signature)), then decodes the
    /// body as `N`: a body is never parsed before it is known to come from Meta.
    pub fn receive<N: Notification>(
        &self,
        headers: SignatureHeaders<'_>,
        body: &[u8],
    ) -> Result<N, ReceiveError> {
        self.verify_signature(headers, body)?;
        Ok(crate::decode::decode(body)?)
    }
}

/// What the receiver compares verify tokens by: HMAC-SHA256 under a fixed key, so that
/// checking a given token against the stored tag (`hmac::verify`) is constant-time and hides
/// the token's length.
fn token_key() -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, b"fbgraph-webhook verify token")
}

impl fmt::Debug for Receiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("app_secret", &format_args!("<redacted>"))
            .field("verify_token", &format_args!("<redacted>"))
            .field("body_limit", &self.body_limit)
            .field("max_in_flight", &self.max_in_flight)
            .field("body_timeout", &self.body_timeout)
            .field("max_reading", &self.max_reading)
            .field("read_budget", &self.read_budget)
            .field("first_byte_timeout", &self.first_byte_timeout)
            .field("min_body_rate", &self.min_body_rate)
            .finish()
    }
}

/// Why [`Receiver::new`] refused its configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The app secret is empty: anyone could sign a body.
    #[error("the webhook app secret is empty")]
    EmptyAppSecret,
    /// The verify token is empty: anyone could pass the handshake.
    #[error("the webhook verify token is empty")]
    EmptyVerifyToken,
}
