//! The client: one non-generic `execute` path for every request, thin generic shims around it.

// `Error::Graph` holds Graph's error by value, as the agreed API has it; errors are the rare path.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use tracing::Instrument;
use tracing::field::Empty;

use crate::auth::appsecret_proof;
use crate::endpoint::{Endpoint, Method};
use crate::error::{DecodeError, Error, Interruption, TransportError, parse_envelope};
use crate::retry::{Plan, RetryPolicy};
use crate::tls;
use crate::types::Paged;
use crate::usage::{RawUsage, Usage};
use bytes::Bytes;
use fbgraph_redact::Redactor;

const DEFAULT_BASE_URL: &str = "https://graph.facebook.com";
const USER_AGENT_VALUE: &str = concat!("fbgraph/", env!("CARGO_PKG_VERSION"));
const PROOF_PARAM: &str = "appsecret_proof";
const TOKEN_PARAM: &str = "access_token";
/// The timeout of one attempt unless the client or the call sets another.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The largest answer body read unless the client sets another limit.
pub(crate) const DEFAULT_MAX_RESPONSE_SIZE: u64 = 64 * 1024 * 1024;

/// Sends [`Endpoint`] requests to the Graph API.
///
/// The access token travels as an `Authorization: Bearer` header, never in a URL; with an app
/// secret, every request also carries `appsecret_proof`. Neither appears in `Debug` output,
/// error messages or `tracing` events.
///
/// Cloning is cheap: clones share the connection pool and the credentials. A client holds no
/// state that a request changes, so dropping a request future at any point (a `select!`, an
/// outer timeout) leaves the client as it was.
///
/// Failed calls are retried by a [`RetryPolicy`] (on by default; see there for what is sent
/// again, and what never is).
///
/// Nothing a server does can hold a call or the client's memory without bound: each attempt
/// has a timeout, 60 s from sending the request to the end of the answer unless
/// [`Client::with_timeout`] or [`SendOptions::timeout`] sets another, and an answer body
/// larger than 64 MiB ([`Client::with_max_response_size`]) is not read but refused with
/// [`Error::TooLarge`]. Timeouts and retry waits need a Tokio runtime with its time driver.
///
/// # Tracing
///
/// Each call is one `graph.request` span (level INFO) with the fields `method`, `path` (the
/// URL path, never its query), `attempt`, `status` and `code` (Graph's error code), the last
/// three recorded anew by each attempt (`status` 0: no answer; `code` 0: none); each answer is a DEBUG event and each retry
/// an INFO event with its `delay_ms` and reason. Neither the
/// token, the app secret, the proof nor any query string is ever recorded.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    http: HttpClient,
    /// Certificates trusted beside the platform's roots ([`Client::with_root_certificate_pem`]).
    extra_roots: tls::Roots,
    /// The base URL; its path has no trailing slash.
    base: Url,
    /// `base` as text, without a trailing slash.
    base_text: String,
    token: Secret,
    /// `Authorization` header value; `None` for an empty token; `Err` if it cannot be a header.
    bearer: Option<HeaderValue>,
    app_secret: Option<Secret>,
    proof: Option<Secret>,
    /// Scrubs the token, the proof and the app secret out of server text.
    redact: Redactor,
    retry: RetryPolicy,
    /// The timeout of one attempt.
    timeout: Duration,
    /// The largest answer body read, in bytes.
    max_response_size: u64,
}

/// Per-call settings for [`Client::send_with`], overriding the client's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct SendOptions {
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl SendOptions {
    /// The client's settings.
    pub fn new() -> SendOptions {
        SendOptions::default()
    }

    /// How long one attempt may take, from sending to the end of the answer, instead of the
    /// client's [`with_timeout`](Client::with_timeout).
    pub fn timeout(mut self, timeout: Duration) -> SendOptions {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> SendOptions {
        self.retry = Some(policy);
        self
    }
}

/// A decoded answer with what came with it.
///
/// [`Client::send_with_usage`] and [`Client::send_with`] return it; [`Client::send`] returns
/// only the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response<T> {
    /// The decoded body.
    pub value: T,
    /// Graph's usage headers on the answer: how close the app is to its rate limits.
    pub usage: Usage,
    /// The HTTP status (2xx).
    pub status: u16,
    /// How many times the call was sent: more than 1 if it was retried.
    pub attempts: u32,
}

impl<T> Response<T> {
    /// The decoded body, without the rest.
    pub fn into_value(self) -> T {
        self.value
    }
}

#[derive(Clone)]
enum HttpClient {
    /// The client's own, with its TLS configuration.
    Ready(reqwest::Client),
    /// One given to [`Client::with_http_client`], used as it is.
    Given(reqwest::Client),
    /// The HTTP client could not be set up (its TLS configuration); reported on first use.
    Failed(Arc<str>),
}

impl HttpClient {
    /// The client's own HTTP client: HTTP/1.1, the `User-Agent`, and TLS by [`tls`] with
    /// `extra_roots` trusted beside the platform's.
    fn build(extra_roots: &[tls::Root]) -> HttpClient {
        let builder = match builder(extra_roots) {
            Ok(builder) => builder,
            Err(reason) => return HttpClient::Failed(reason.into()),
        };
        match builder.build() {
            Ok(http) => HttpClient::Ready(http),
            Err(e) => HttpClient::Failed(e.without_url().to_string().into()),
        }
    }
}

/// Whether a URL path segment is a Graph version, `v<major>.<minor>` (`v19.0`, `v26.0`).
fn is_version_segment(segment: &str) -> bool {
    let Some(rest) = segment.strip_prefix(['v', 'V']) else {
        return false;
    };
    let mut parts = rest.split('.');
    let is_number = |part: Option<&str>| {
        part.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    is_number(parts.next()) && is_number(parts.next()) && parts.next().is_none()
}

/// A reqwest builder set up as the client's own: the `User-Agent`, and TLS by [`tls`].
fn builder(extra_roots: &[tls::Root]) -> Result<reqwest::ClientBuilder, String> {
    let builder = reqwest::Client::builder().user_agent(USER_AGENT_VALUE);
    #[cfg(any(feature = "rustls", feature = "rustls-ring"))]
    let builder = builder.tls_backend_preconfigured(tls::client_config(extra_roots)?);
    #[cfg(not(any(feature = "rustls", feature = "rustls-ring")))]
    let _ = extra_roots;
    Ok(builder)
}

/// A credential: shown as `"<redacted>"` by `Debug`.
#[derive(Clone)]
struct Secret(Arc<str>);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("base_url", &inner.base_text)
            .field("access_token", &inner.token)
            .field("app_secret", &inner.app_secret)
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .field("max_response_size", &inner.max_response_size)
            .finish_non_exhaustive()
    }
}

/// A raw answer: status, usage headers and body.
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) usage: RawUsage,
    pub(crate) body: Bytes,
    /// How many times the request was sent to get this answer.
    pub(crate) attempts: u32,
}

/// A request ready to send: everything but the credentials header.
pub(crate) struct Prepared {
    pub(crate) method: Method,
    pub(crate) url: Url,
    /// A JSON body; shared, so that a retry does not copy it.
    pub(crate) body: Option<Bytes>,
    /// The body's `Content-Type` when it is not JSON (a multipart body's, with its boundary).
    pub(crate) content_type: Option<HeaderValue>,
}

/// What sends: the HTTP client and the `Authorization` header, if any.
struct Sender<'a> {
    http: &'a reqwest::Client,
    bearer: Option<&'a HeaderValue>,
}

/// Why one exchange gave no answer.
enum Failure {
    Transport(reqwest::Error),
    TimedOut(Duration),
    /// The body is larger than the client reads; it declared `declared` bytes, if it did.
    TooLarge {
        status: u16,
        declared: Option<u64>,
        usage: RawUsage,
    },
}

/// [`Error::Config`] as the untyped error: `?` on it then needs no annotation (an `Error` of
/// unknown code type could become `Error` two ways).
fn config_error(message: impl Into<String>) -> Error {
    Error::Config(message.into())
}

/// [`Error::Request`] as the untyped error.
fn request_error(message: impl Into<String>) -> Error {
    Error::Request(message.into())
}

/// Refuses an access token with surrounding whitespace or a line break, naming the mistake
/// (never the token).
fn check_token(token: &str) -> Result<(), Error> {
    if token.trim() != token {
        let what = if token.ends_with(['\n', '\r']) || token.starts_with(['\n', '\r']) {
            "a line break"
        } else {
            "whitespace"
        };
        return Err(config_error(format!(
            "the access token starts or ends with {what} (read from a file or an environment \
             variable with its newline?); trim it"
        )));
    }
    if token.contains(char::is_whitespace) {
        return Err(config_error(
            "the access token contains whitespace or a line break; Graph tokens have none"
                .to_owned(),
        ));
    }
    if !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(config_error(
            "the access token has characters an HTTP header cannot carry (Graph tokens are \
             visible ASCII only)"
                .to_owned(),
        ));
    }
    Ok(())
}

impl Client {
    /// A client for `https://graph.facebook.com` using `access_token`.
    ///
    /// The token is checked here, so that a mistake fails where the client is built rather
    /// than at the first send: a token with surrounding whitespace or a line break (a token
    /// read from a file or an environment variable with its trailing newline) or with
    /// characters an HTTP header cannot carry is refused with [`Error::Config`] naming the
    /// mistake, never the token. An empty token is allowed: it sends no `Authorization`
    /// header (Graph then answers code 104, as it does for such a call).
    pub fn new(access_token: impl Into<String>) -> Result<Client, Error> {
        let token: String = access_token.into();
        check_token(&token)?;
        let bearer = if token.is_empty() {
            None
        } else {
            let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
                config_error(
                    "the access token has characters an HTTP header cannot carry (only visible \
                     ASCII is allowed)"
                        .to_owned(),
                )
            })?;
            value.set_sensitive(true);
            Some(value)
        };
        let http = HttpClient::build(&[]);
        let base = Url::parse(DEFAULT_BASE_URL)
            .map_err(|e| config_error(format!("invalid default base URL: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                extra_roots: Vec::new(),
                base,
                base_text: DEFAULT_BASE_URL.to_owned(),
                redact: Redactor::new([token.as_str()]),
                token: Secret(token.into()),
                bearer,
                app_secret: None,
                proof: None,
                retry: RetryPolicy::default(),
                timeout: DEFAULT_TIMEOUT,
                max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            }),
        })
    }

    /// Talks to `base` instead of `https://graph.facebook.com`, e.g. a local mock at
    /// `http://127.0.0.1:4000`. The URL is a scheme, a host and maybe a port: it must be `http`
    /// or `https`, without credentials, path, query or fragment (a trailing slash is fine).
    /// Each request adds the version and the call's path itself, so a base URL with a path is
    /// a mistake (`…/v19.0`, `…/me`) and is refused with [`Error::Config`] naming it.
    pub fn with_base_url(mut self, base: &str) -> Result<Client, Error> {
        let mut url =
            Url::parse(base).map_err(|e| config_error(format!("invalid base URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(config_error(format!(
                "the base URL must use http or https, not {}",
                url.scheme()
            )));
        }
        if url.scheme() == "https"
            && tls::PROVIDER.is_none()
            && !matches!(self.inner.http, HttpClient::Given(_))
        {
            return Err(config_error(tls::NO_TLS.to_owned()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(config_error(
                "the base URL must not contain credentials".to_owned(),
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(config_error(
                "the base URL must not have a query or a fragment".to_owned(),
            ));
        }
        if let Some(version) = url
            .path_segments()
            .into_iter()
            .flatten()
            .find(|segment| is_version_segment(segment))
        {
            return Err(config_error(format!(
                "the base URL must not name a Graph version (its path has `{version}`): each \
                 request adds its own (`/v26.0/…`), so this one would send to \
                 `/{version}/v26.0/…`; give the URL without it"
            )));
        }
        let path = url.path().trim_end_matches('/').to_owned();
        if !path.is_empty() {
            return Err(config_error(format!(
                "the base URL must not have a path (it has `{path}`): each request adds the \
                 version and the call's path (`/v26.0/{{page-id}}/messages`); give only the \
                 scheme, host and port"
            )));
        }
        url.set_path("");
        let inner = Arc::make_mut(&mut self.inner);
        inner.base_text = url.as_str().trim_end_matches('/').to_owned();
        inner.base = url;
        Ok(self)
    }

    /// Signs every request with `appsecret_proof`, computed from the access token and
    /// `app_secret`. Graph requires it when the app enables "Require App Secret".
    pub fn with_app_secret(mut self, app_secret: impl Into<String>) -> Client {
        let app_secret: String = app_secret.into();
        let inner = Arc::make_mut(&mut self.inner);
        let proof = appsecret_proof(&inner.token.0, &app_secret);
        inner.redact = Redactor::new([&*inner.token.0, &proof, &app_secret]);
        inner.proof = Some(Secret(proof.into()));
        inner.app_secret = Some(Secret(app_secret.into()));
        self
    }

    /// Sends through `http`, e.g. one configured with a proxy.
    ///
    /// Its own settings apply, its `User-Agent` among them (the default client sends
    /// `fbgraph/<version>`). Start from [`Client::http_client_builder`] to keep the client's
    /// TLS set-up (its provider, the platform's verifier, extra roots). With the lean
    /// `rustls-ring` feature reqwest has no crypto provider of its own, so a plain
    /// `reqwest::Client::new()` then needs [`install_tls_provider`](crate::install_tls_provider)
    /// first; fbgraph never installs one itself.
    pub fn with_http_client(mut self, http: reqwest::Client) -> Client {
        Arc::make_mut(&mut self.inner).http = HttpClient::Given(http);
        self
    }

    /// A reqwest builder set up as the client's own HTTP client (the `User-Agent`; rustls
    /// with the provider the cargo features choose, checking certificates against the
    /// platform's roots), to add a proxy or other settings to and pass to
    /// [`with_http_client`](Client::with_http_client).
    ///
    /// ```no_run
    /// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// let http = fbgraph_runtime::Client::http_client_builder()?
    ///     .proxy(reqwest::Proxy::https("http://proxy.internal:3128")?)
    ///     .build()?;
    /// let client = fbgraph_runtime::Client::new("PAGE-ACCESS-TOKEN")?.with_http_client(http);
    /// # let _ = client;
    /// # Ok(())
    /// # }
    /// ```
    pub fn http_client_builder() -> Result<reqwest::ClientBuilder, Error> {
        builder(&[]).map_err(request_error)
    }

    /// Trusts the certificates in `pem` (one or more `CERTIFICATE` sections) beside the
    /// platform's roots: for a TLS-intercepting proxy, or a test server with its own CA.
    ///
    /// Fails if the text holds no certificate or does not parse, if this build has no TLS
    /// feature, or if [`with_http_client`](Client::with_http_client) gave the client an
    /// HTTP client of its own (add the certificate to that one instead).
    pub fn with_root_certificate_pem(mut self, pem: &[u8]) -> Result<Client, Error> {
        if matches!(self.inner.http, HttpClient::Given(_)) {
            return Err(request_error(
                "with_root_certificate_pem configures the client's own HTTP client, but \
                 with_http_client replaced it: add the certificate to that reqwest::Client"
                    .to_owned(),
            ));
        }
        let certs = tls::parse_pem(pem).map_err(request_error)?;
        let inner = Arc::make_mut(&mut self.inner);
        inner.extra_roots.extend(certs);
        inner.http = HttpClient::build(&inner.extra_roots);
        Ok(self)
    }

    /// Retries failed calls by `policy` ([`RetryPolicy::none`] to never retry).
    pub fn with_retry_policy(mut self, policy: RetryPolicy) -> Client {
        Arc::make_mut(&mut self.inner).retry = policy;
        self
    }

    /// Gives each attempt of a call at most `timeout` (60 s unless set), from sending the
    /// request to the end of the answer. A `GET` or `DELETE` that times out is retried (then
    /// fails with [`Error::Timeout`]); a `POST` fails at once with [`Error::Ambiguous`].
    pub fn with_timeout(mut self, timeout: Duration) -> Client {
        Arc::make_mut(&mut self.inner).timeout = timeout;
        self
    }

    /// Reads answer bodies of at most `bytes` (64 MiB unless set). A larger answer, whether
    /// its `Content-Length` says so or it just keeps coming, is not read further: the call
    /// fails with [`Error::TooLarge`] and is not retried. Graph's answers are far smaller;
    /// the limit keeps a broken or hostile server from filling the client's memory.
    pub fn with_max_response_size(mut self, bytes: u64) -> Client {
        Arc::make_mut(&mut self.inner).max_response_size = bytes;
        self
    }

    /// The retry policy calls use unless [`SendOptions`] say otherwise.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The timeout of one attempt: 60 s unless [`with_timeout`](Client::with_timeout) set
    /// another.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The largest answer body the client reads, in bytes: 64 MiB unless
    /// [`with_max_response_size`](Client::with_max_response_size) set another.
    pub fn max_response_size(&self) -> u64 {
        self.inner.max_response_size
    }

    /// The base URL, without a trailing slash: `https://graph.facebook.com` by default.
    pub fn base_url(&self) -> &str {
        &self.inner.base_text
    }

    /// Sends `request` and decodes Graph's answer.
    ///
    /// A body with Graph's `{"error": …}` envelope is an [`Error::Graph`] whatever the HTTP
    /// status; other failures are described on [`Error`]. Failures are retried by the client's
    /// [`RetryPolicy`].
    pub async fn send<E: Endpoint>(&self, request: E) -> Result<E::Response, Error<E::ErrorCode>> {
        let reply = self.reply(request, &SendOptions::new()).await?;
        // The usage headers stay unread: `send` does not return them.
        self.decode_body(&reply).map_err(Error::typed)
    }

    /// Like [`send`](Client::send), and also returns the usage headers, status and number of
    /// attempts of the answer.
    pub async fn send_with_usage<E: Endpoint>(
        &self,
        request: E,
    ) -> Result<Response<E::Response>, Error<E::ErrorCode>> {
        self.send_with(request, SendOptions::new()).await
    }

    /// Like [`send_with_usage`](Client::send_with_usage), with this call's own timeout or retry
    /// policy.
    pub async fn send_with<E: Endpoint>(
        &self,
        request: E,
        options: SendOptions,
    ) -> Result<Response<E::Response>, Error<E::ErrorCode>> {
        let reply = self.reply(request, &options).await?;
        self.decode(reply).map_err(Error::typed)
    }

    /// Sends `request` and returns the successful answer, undecoded.
    async fn reply<E: Endpoint>(
        &self,
        request: E,
        options: &SendOptions,
    ) -> Result<Reply, Error<E::ErrorCode>> {
        let prepared = self.prepare(&request).map_err(Error::typed)?;
        drop(request);
        self.execute(&prepared, options).await.map_err(Error::typed)
    }

    /// Serializes a request into what goes on the wire.
    pub(crate) fn prepare<E: Endpoint>(&self, request: &E) -> Result<Prepared, Error> {
        let path = request.path();
        let uploads = request.uploads();
        if !uploads.is_empty() {
            if !E::METHOD.has_body() {
                return Err(request_error(format!(
                    "{} sends files, which only a POST or PUT can carry",
                    E::NAME
                )));
            }
            let params = into_params(serde_json::to_value(request), E::NAME)?;
            if params.contains_key("access_token") || params.contains_key("appsecret_proof") {
                return Err(request_error(format!(
                    "the parameters of {} name a credential; the client sends those itself",
                    E::NAME
                )));
            }
            let (body, content_type) = crate::upload::multipart(&params, &uploads)
                .map_err(|e| request_error(format!("could not build {}'s body: {e}", E::NAME)))?;
            let content_type = HeaderValue::from_str(&content_type)
                .map_err(|_| request_error("a multipart boundary is not a header".to_owned()))?;
            let mut url = self.endpoint_url(E::VERSION, &path)?;
            self.sign(&mut url);
            return Ok(Prepared {
                method: E::METHOD,
                url,
                body: Some(body),
                content_type: Some(content_type),
            });
        }
        if E::METHOD.has_body() {
            // Straight to the JSON body, without a `Value` in between.
            let body = serde_json::to_vec(request).map_err(|e| {
                request_error(format!(
                    "could not serialize the parameters of {}: {e}",
                    E::NAME
                ))
            })?;
            let body = match body.first() {
                Some(b'{') => body,
                _ if body == b"null" => b"{}".to_vec(),
                _ => {
                    return Err(request_error(format!(
                        "the parameters of {} must serialize to a JSON object",
                        E::NAME
                    )));
                }
            };
            refuse_credential_params_in_body(&body, E::NAME)?;
            let mut url = self.endpoint_url(E::VERSION, &path)?;
            self.sign(&mut url);
            return Ok(Prepared {
                method: E::METHOD,
                url,
                body: Some(Bytes::from(body)),
                content_type: None,
            });
        }
        let params = into_params(serde_json::to_value(request), E::NAME)?;
        self.prepare_raw(E::METHOD, E::VERSION, &path, params)
    }

    /// Fetches the page after `page` by following its `paging.next` link; `Ok(None)` when
    /// `page` is the last one.
    ///
    /// The link must point at the client's own scheme, host and port, or nothing is sent
    /// ([`Error::Request`]). The `access_token` Graph embeds in such links is removed (the
    /// client's token goes in the header as usual), and with an app secret the link is signed
    /// with a fresh `appsecret_proof`.
    pub async fn next_page<T: DeserializeOwned>(
        &self,
        page: &Paged<T>,
    ) -> Result<Option<Paged<T>>, Error> {
        let Some(next) = page.next_url() else {
            return Ok(None);
        };
        self.fetch_next(next, &SendOptions::new())
            .await
            .map(|page| Some(page.value))
    }

    /// Follows a `next` link.
    pub(crate) async fn fetch_next<T: DeserializeOwned>(
        &self,
        next: &str,
        options: &SendOptions,
    ) -> Result<Response<Paged<T>>, Error> {
        let prepared = Prepared {
            method: Method::Get,
            url: self.follow(next)?,
            body: None,
            content_type: None,
        };
        let reply = self.execute(&prepared, options).await?;
        self.decode(reply)
    }

    /// Builds the URL for an endpoint and places the parameters the way `method` takes them.
    pub(crate) fn prepare_raw(
        &self,
        method: Method,
        version: &str,
        path: &str,
        params: Map<String, Value>,
    ) -> Result<Prepared, Error> {
        let mut url = self.endpoint_url(version, path)?;
        let body = if method.has_body() {
            Some(serde_json::to_vec(&params).map(Bytes::from).map_err(|e| {
                request_error(format!("could not encode the parameters as JSON: {e}"))
            })?)
        } else {
            append_query(&mut url, &params);
            None
        };
        self.sign(&mut url);
        Ok(Prepared {
            method,
            url,
            body,
            content_type: None,
        })
    }

    /// `{base}/{version}{path}`, refusing paths that could leave the endpoint.
    pub(crate) fn endpoint_url(&self, version: &str, path: &str) -> Result<Url, Error> {
        check_version(version)?;
        check_path(path)?;
        let mut url = self.inner.base.clone();
        let full = format!("{}/{version}{path}", url.path().trim_end_matches('/'));
        url.set_path(&full);
        Ok(url)
    }

    /// Checks that a `next` link stays on the client's server, and re-signs it.
    fn follow(&self, next: &str) -> Result<Url, Error> {
        let mut url = Url::parse(next)
            .map_err(|e| request_error(format!("the next-page link is not a URL: {e}")))?;
        let base = &self.inner.base;
        if url.scheme() != base.scheme()
            || url.host_str() != base.host_str()
            || url.port_or_known_default() != base.port_or_known_default()
        {
            // The server wrote the link: what of it the message shows is redacted.
            let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
            let origin = self.redact(&format!(
                "{}://{}{port}",
                url.scheme(),
                url.host_str().unwrap_or("")
            ));
            return Err(request_error(format!(
                "refusing to follow a next-page link to {origin}: the client talks to {}",
                self.inner.base_text
            )));
        }
        // Credentials travel in the header only; a stale proof is replaced by `sign`.
        let replace_proof = self.inner.proof.is_some();
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(name, _)| name != TOKEN_PARAM && !(replace_proof && name == PROOF_PARAM))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        url.set_query(None);
        if !kept.is_empty() {
            url.query_pairs_mut().extend_pairs(kept);
        }
        url.set_fragment(None);
        // Cannot fail for http(s) URLs, which are the only ones that got this far.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        self.sign(&mut url);
        Ok(url)
    }

    /// Adds `appsecret_proof` when the client has an app secret.
    fn sign(&self, url: &mut Url) {
        if let Some(proof) = &self.inner.proof {
            url.query_pairs_mut().append_pair(PROOF_PARAM, &proof.0);
        }
    }

    /// The HTTP client and the credentials header, or why nothing can be sent.
    fn sender(&self) -> Result<Sender<'_>, Error> {
        let http = match &self.inner.http {
            HttpClient::Ready(_)
                if tls::PROVIDER.is_none() && self.inner.base.scheme() == "https" =>
            {
                return Err(request_error(tls::NO_TLS.to_owned()));
            }
            HttpClient::Ready(http) | HttpClient::Given(http) => http,
            HttpClient::Failed(reason) => {
                return Err(request_error(format!(
                    "could not set up the HTTP client: {reason}"
                )));
            }
        };
        Ok(Sender {
            http,
            bearer: self.inner.bearer.as_ref(),
        })
    }

    /// Sends a prepared request, retrying by the policy: the one path every call takes.
    pub(crate) async fn execute(
        &self,
        prepared: &Prepared,
        options: &SendOptions,
    ) -> Result<Reply, Error> {
        let sender = self.sender()?;
        let policy = options.retry.as_ref().unwrap_or(&self.inner.retry);
        let timeout = options.timeout.unwrap_or(self.inner.timeout);
        let method = prepared.method;
        let span = tracing::info_span!(
            "graph.request",
            method = method.as_str(),
            path = prepared.url.path(),
            attempt = Empty,
            status = Empty,
            code = Empty,
        );
        let run = async {
            let mut attempt: u32 = 0;
            loop {
                attempt += 1;
                span.record("attempt", attempt);
                let error = match self.attempt(&sender, prepared, timeout, &span).await {
                    Ok(reply) => {
                        return Ok(Reply {
                            attempts: attempt,
                            ..reply
                        });
                    }
                    Err(error) => error,
                };
                match policy.plan(method, &error, attempt) {
                    Plan::Stop => return Err(error.with_attempts(attempt)),
                    Plan::Retry { delay, reason } => {
                        tracing::info!(
                            method = method.as_str(),
                            path = prepared.url.path(),
                            attempt,
                            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                            reason = reason.as_str(),
                            "retrying Graph request"
                        );
                        tokio::time::sleep(delay).await;
                    }
                }
            }
        };
        run.instrument(span.clone()).await
    }

    /// One exchange, judged: a success answer, or the error it amounts to.
    async fn attempt(
        &self,
        sender: &Sender<'_>,
        prepared: &Prepared,
        timeout: Duration,
        span: &tracing::Span,
    ) -> Result<Reply, Error> {
        let method = prepared.method;
        let path = prepared.url.path();
        let exchange = self.exchange(sender, prepared);
        let result = match tokio::time::timeout(timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::TimedOut(timeout)),
        };
        let reply = match result {
            Ok(reply) => reply,
            Err(failure) => {
                let error = match failure {
                    // Nothing was sent: safe to retry whatever the method.
                    Failure::Transport(e) if e.is_connect() => {
                        Error::Transport(TransportError::new(e))
                    }
                    Failure::Transport(e) if !method.is_idempotent() => Error::Ambiguous {
                        method,
                        source: Interruption::Transport(e.without_url()),
                        attempts: 1,
                    },
                    Failure::Transport(e) => Error::Transport(TransportError::new(e)),
                    Failure::TimedOut(after) if !method.is_idempotent() => Error::Ambiguous {
                        method,
                        source: Interruption::TimedOut(after),
                        attempts: 1,
                    },
                    Failure::TimedOut(after) => Error::Timeout { after, attempts: 1 },
                    Failure::TooLarge {
                        status,
                        declared,
                        usage,
                    } => Error::TooLarge {
                        method,
                        status,
                        limit: self.inner.max_response_size,
                        declared,
                        usage: Box::new(usage.parse(&self.inner.redact)),
                        attempts: 1,
                    },
                };
                // Nothing answered this attempt: no status, no code (not the last attempt's).
                span.record("status", 0u16);
                span.record("code", 0i64);
                tracing::debug!(method = method.as_str(), path, error = %error, "Graph request failed");
                return Err(error);
            }
        };
        span.record("status", reply.status);
        span.record("code", 0i64);
        let checked = self.check(&reply);
        match &checked {
            Err(Error::Graph(graph)) => {
                span.record("code", graph.code);
                tracing::debug!(
                    method = method.as_str(),
                    path,
                    status = reply.status,
                    code = graph.code,
                    "Graph answered with an error"
                );
            }
            _ => tracing::debug!(
                method = method.as_str(),
                path,
                status = reply.status,
                "Graph answered"
            ),
        }
        checked.map(|()| reply)
    }

    /// Sends one request and reads the whole answer.
    async fn exchange(&self, sender: &Sender<'_>, prepared: &Prepared) -> Result<Reply, Failure> {
        let mut request = sender
            .http
            .request(prepared.method.to_http(), prepared.url.clone());
        if let Some(bearer) = sender.bearer {
            request = request.header(AUTHORIZATION, bearer.clone());
        }
        if let Some(body) = &prepared.body {
            let content_type = prepared
                .content_type
                .clone()
                .unwrap_or(HeaderValue::from_static("application/json"));
            request = request
                .header(CONTENT_TYPE, content_type)
                .body(body.clone());
        }
        let mut response = request.send().await.map_err(Failure::Transport)?;
        let status = response.status().as_u16();
        let usage = RawUsage::from_header_map(response.headers());
        let limit = self.inner.max_response_size;
        let too_large = |declared, usage| Failure::TooLarge {
            status,
            declared,
            usage,
        };
        let body = match response.content_length() {
            // Declared too large: not a byte of it is read, and the connection is dropped.
            Some(declared) if declared > limit => return Err(too_large(Some(declared), usage)),
            // HTTP framing holds the body to its declared length.
            Some(_) => response.bytes().await.map_err(Failure::Transport)?,
            None => {
                let mut body = bytes::BytesMut::new();
                while let Some(chunk) = response.chunk().await.map_err(Failure::Transport)? {
                    if (body.len() + chunk.len()) as u64 > limit {
                        return Err(too_large(None, usage));
                    }
                    body.extend_from_slice(&chunk);
                }
                body.freeze()
            }
        };
        Ok(Reply {
            status,
            usage,
            body,
            attempts: 1,
        })
    }

    /// Decodes a success answer.
    pub(crate) fn decode<R: DeserializeOwned>(&self, reply: Reply) -> Result<Response<R>, Error> {
        let value = self.decode_body(&reply)?;
        Ok(Response {
            value,
            usage: reply.usage.parse(&self.inner.redact),
            status: reply.status,
            attempts: reply.attempts,
        })
    }

    /// Decodes the body of a success answer; an empty one (a `HEAD` call's) decodes as `null`.
    pub(crate) fn decode_body<R: DeserializeOwned>(&self, reply: &Reply) -> Result<R, Error> {
        let body: &[u8] = if reply.body.is_empty() {
            b"null"
        } else {
            &reply.body
        };
        serde_json::from_slice(body)
            .map_err(|e| self.decode_error(reply, DecodeError::from_json(&e, &self.inner.redact)))
    }

    /// [`Error::Decode`] for the body of `reply`.
    pub(crate) fn decode_error(&self, reply: &Reply, source: DecodeError) -> Error {
        Error::Decode {
            status: reply.status,
            source,
            body: self.inner.redact.excerpt(&reply.body),
            usage: Box::new(reply.usage.parse(&self.inner.redact)),
            attempts: reply.attempts,
        }
    }

    /// The usage headers of an answer, read and redacted.
    pub(crate) fn usage_of(&self, raw: &RawUsage) -> Usage {
        raw.parse(&self.inner.redact)
    }

    /// Server text made safe for an error: no secret, at most 4 KiB.
    pub(crate) fn redact(&self, text: &str) -> String {
        self.inner.redact.text(text)
    }

    /// Judges an answer by its body: Graph's envelope is an error whatever the status.
    pub(crate) fn check(&self, reply: &Reply) -> Result<(), Error> {
        let redact = &self.inner.redact;
        if let Some(mut graph) = parse_envelope(reply.status, &reply.body, redact) {
            graph.usage = reply.usage.parse(redact);
            return Err(Error::Graph(Box::new(graph)));
        }
        if !(200..300).contains(&reply.status) {
            return Err(Error::Http {
                status: reply.status,
                body: redact.excerpt(&reply.body),
                usage: Box::new(reply.usage.parse(redact)),
                attempts: 1,
            });
        }
        Ok(())
    }
}

/// The parameters of a request: its serialization as a JSON object.
pub(crate) fn into_params(
    value: Result<Value, serde_json::Error>,
    name: &str,
) -> Result<Map<String, Value>, Error> {
    match value {
        Ok(Value::Object(params)) => {
            refuse_credential_params(params.keys().map(String::as_str), name)?;
            Ok(params)
        }
        Ok(Value::Null) => Ok(Map::new()),
        Ok(other) => Err(request_error(format!(
            "the parameters of {name} must serialize to a JSON object, not {}",
            json_kind(&other)
        ))),
        Err(e) => Err(request_error(format!(
            "could not serialize the parameters of {name}: {e}"
        ))),
    }
}

/// Refuses parameters named like the credentials the client sends itself: an endpoint (a
/// hand-written [`Endpoint`], or one generated from a spec that skipped validation) must not
/// send a token or proof of its own, which would override or contradict the client's.
fn refuse_credential_params<'a>(
    mut names: impl Iterator<Item = &'a str>,
    endpoint: &str,
) -> Result<(), Error> {
    match names.find(|name| *name == TOKEN_PARAM || *name == PROOF_PARAM) {
        Some(name) => Err(request_error(format!(
            "the parameters of {endpoint} include `{name}`, which the client sends itself: \
             set credentials with Client::new and Client::with_app_secret"
        ))),
        None => Ok(()),
    }
}

/// [`refuse_credential_params`] for a serialized JSON object body.
fn refuse_credential_params_in_body(body: &[u8], endpoint: &str) -> Result<(), Error> {
    use memchr::memmem::Finder;
    static NAMES: std::sync::LazyLock<[Finder<'static>; 2]> = std::sync::LazyLock::new(|| {
        [
            Finder::new(b"\"access_token\""),
            Finder::new(b"\"appsecret_proof\""),
        ]
    });
    // Most bodies never mention either name: only those are read again, for their keys.
    if NAMES.iter().all(|name| name.find(body).is_none()) {
        return Ok(());
    }
    let keys: std::collections::BTreeMap<String, serde::de::IgnoredAny> =
        serde_json::from_slice(body).map_err(|e| {
            request_error(format!(
                "the parameters of {endpoint} are not a JSON object: {e}"
            ))
        })?;
    refuse_credential_params(keys.keys().map(String::as_str), endpoint)
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Adds parameters to the query string as Graph takes them: see [`param_pairs`].
fn append_query(url: &mut Url, params: &Map<String, Value>) {
    let mut present = param_pairs(params).peekable();
    if present.peek().is_none() {
        return;
    }
    let mut query = url.query_pairs_mut();
    for (name, value) in present {
        query.append_pair(name, &value);
    }
}

/// Parameters as text, the way Graph takes them in a query or a form: strings as they are,
/// numbers and booleans as their text, arrays and objects as compact JSON. `null`s are left out.
pub(crate) fn param_pairs(
    params: &Map<String, Value>,
) -> impl Iterator<Item = (&str, std::borrow::Cow<'_, str>)> {
    params
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(name, value)| match value {
            Value::String(s) => (name.as_str(), std::borrow::Cow::Borrowed(s.as_str())),
            other => (name.as_str(), std::borrow::Cow::Owned(other.to_string())),
        })
}

/// Refuses a version that could change the path.
pub(crate) fn check_version(version: &str) -> Result<(), Error> {
    if version.is_empty() || version.contains(['/', '\\', '?', '#']) || is_dot_segment(version) {
        return Err(request_error(format!("invalid Graph version {version:?}")));
    }
    Ok(())
}

/// Refuses an endpoint path that could leave the endpoint.
pub(crate) fn check_path(path: &str) -> Result<(), Error> {
    if !path.starts_with('/') {
        return Err(request_error(format!(
            "the path {path:?} does not start with '/'"
        )));
    }
    if path.contains(['\\', '?', '#']) {
        return Err(request_error(format!(
            "the path {path:?} contains '\\', '?' or '#': encode ids with encode_path_segment"
        )));
    }
    if path != "/"
        && path[1..]
            .split('/')
            .any(|s| s.is_empty() || is_dot_segment(s))
    {
        return Err(request_error(format!(
            "the path {path:?} has an empty, '.' or '..' segment (an empty or dot id?)"
        )));
    }
    Ok(())
}

fn is_dot_segment(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "." | ".." | "%2e" | "%2e%2e" | ".%2e" | "%2e."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TOKEN: &str = "EAAB-super-secret-token";
    const SECRET: &str = "app-secret-value";

    fn query_of(params: Value) -> Vec<(String, String)> {
        let mut url = Url::parse("https://graph.facebook.com/v19.0/1/x").expect("valid");
        let Value::Object(params) = params else {
            panic!("not an object")
        };
        append_query(&mut url, &params);
        url.query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn pair(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn query_encoding_follows_graph_conventions() {
        let pairs = query_of(json!({
            "fields": "id,messages.limit(5){message}",
            "limit": 25,
            "ratio": 1.5,
            "include": true,
            "skipped": null,
            "recipient": {"id": "42", "name": {"first_name": "Zoë"}},
            "tags": ["a", "b&c"],
        }));
        assert_eq!(
            pairs,
            vec![
                pair("fields", "id,messages.limit(5){message}"),
                pair("include", "true"),
                pair("limit", "25"),
                pair("ratio", "1.5"),
                pair("recipient", r#"{"id":"42","name":{"first_name":"Zoë"}}"#),
                pair("tags", r#"["a","b&c"]"#),
            ]
        );
    }

    #[test]
    fn empty_params_leave_no_question_mark() {
        let mut url = Url::parse("https://graph.facebook.com/v19.0/1/x").expect("valid");
        append_query(&mut url, &Map::new());
        let Value::Object(nulls) = json!({"a": null}) else {
            unreachable!()
        };
        append_query(&mut url, &nulls);
        assert_eq!(url.as_str(), "https://graph.facebook.com/v19.0/1/x");
    }

    #[test]
    fn params_must_be_an_object() {
        assert!(into_params(Ok(json!({"a": 1})), "X").is_ok());
        assert_eq!(into_params(Ok(Value::Null), "X").ok(), Some(Map::new()));
        let error = into_params(Ok(json!([1, 2])), "SendMessage").expect_err("an array");
        assert!(matches!(&error, Error::Request(_)));
        assert_eq!(
            error.to_string(),
            "could not build the request: the parameters of SendMessage must serialize to a \
             JSON object, not an array"
        );
    }

    #[test]
    fn endpoint_urls_join_base_version_and_path() {
        let client = Client::new(TOKEN).expect("a valid token");
        let url = client
            .endpoint_url("v19.0", "/123/messages")
            .expect("valid");
        assert_eq!(
            url.as_str(),
            "https://graph.facebook.com/v19.0/123/messages"
        );

        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_base_url("http://127.0.0.1:4000/")
            .expect("valid base");
        assert_eq!(client.base_url(), "http://127.0.0.1:4000");
        let url = client.endpoint_url("v19.0", "/me").expect("valid");
        assert_eq!(url.as_str(), "http://127.0.0.1:4000/v19.0/me");
        let root = client.endpoint_url("v19.0", "/").expect("valid");
        assert_eq!(root.as_str(), "http://127.0.0.1:4000/v19.0/");
    }

    #[test]
    fn endpoint_urls_refuse_paths_that_escape() {
        let client = Client::new(TOKEN).expect("a valid token");
        for path in [
            "/../me",
            "/1/./x",
            "/%2e%2E/me",
            "//messages",
            "/1/",
            "/1\\..\\me",
            "/1?access_token=x",
            "/1#x",
            "1/messages",
        ] {
            assert!(
                matches!(client.endpoint_url("v19.0", path), Err(Error::Request(_))),
                "{path} was accepted"
            );
        }
        for version in ["", "..", "v19.0/x", "v1?x"] {
            assert!(
                client.endpoint_url(version, "/me").is_err(),
                "{version} was accepted"
            );
        }
    }

    // Uses https base URLs: needs a TLS feature.
    #[cfg(any(feature = "rustls", feature = "rustls-ring"))]
    #[test]
    fn base_urls_are_checked() {
        for (base, reason) in [
            ("not a url", "invalid base URL"),
            ("ftp://example.com", "http or https"),
            ("http://user:pw@127.0.0.1", "credentials"),
            ("http://127.0.0.1/?x=1", "query"),
            ("http://127.0.0.1/#f", "fragment"),
        ] {
            match Client::new(TOKEN)
                .expect("a valid token")
                .with_base_url(base)
            {
                Err(Error::Config(message)) => {
                    assert!(message.contains(reason), "{base}: {message}");
                    assert!(!message.contains("pw"), "{message}");
                }
                other => panic!("{base}: {other:?}"),
            }
        }
        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_base_url("https://graph.example.com/")
            .expect("valid");
        assert_eq!(client.base_url(), "https://graph.example.com");
    }

    #[test]
    fn a_base_url_that_names_a_version_is_refused_naming_the_mistake() {
        for base in [
            "http://127.0.0.1:4000/v19.0",
            "http://127.0.0.1:4000/v26.0/",
            "http://proxy.internal/graph/V25.0",
        ] {
            match Client::new(TOKEN)
                .expect("a valid token")
                .with_base_url(base)
            {
                Err(Error::Config(message)) => {
                    assert!(
                        message.contains("must not name a Graph version"),
                        "{message}"
                    );
                    assert!(message.contains("v26.0/…"), "{message}");
                }
                other => panic!("{base}: {other:?}"),
            }
        }
        // Any other path is refused too, naming it: each request adds the version and path.
        for (base, path) in [
            ("http://127.0.0.1:4000/me", "/me"),
            ("http://proxy.internal/graph/", "/graph"),
            ("http://proxy.internal/v1/graph", "/v1/graph"),
            ("http://proxy.internal/v19.0.1", "/v19.0.1"),
        ] {
            match Client::new(TOKEN)
                .expect("a valid token")
                .with_base_url(base)
            {
                Err(Error::Config(message)) => {
                    assert!(message.contains("must not have a path"), "{message}");
                    assert!(message.contains(&format!("`{path}`")), "{message}");
                }
                other => panic!("{base}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_token_with_surrounding_whitespace_is_refused_where_the_client_is_built() {
        for (token, mistake) in [
            ("EAAB-token\n", "a line break"),
            ("EAAB-token\r\n", "a line break"),
            (" EAAB-token", "whitespace"),
            ("EAAB-token\t", "whitespace"),
            ("EAAB token", "contains whitespace"),
            ("EAAB\ntoken", "contains whitespace"),
        ] {
            match Client::new(token) {
                Err(Error::Config(message)) => {
                    assert!(message.contains(mistake), "{token:?}: {message}");
                    assert!(!message.contains("EAAB"), "the token leaked: {message}");
                }
                other => panic!("{token:?} was accepted: {other:?}"),
            }
        }
        match Client::new("EAAB-tökén") {
            Err(Error::Config(message)) => assert!(message.contains("HTTP header"), "{message}"),
            other => panic!("a non-ASCII token was accepted: {other:?}"),
        }
        assert!(Client::new("").is_ok(), "an empty token sends no header");
        assert!(Client::new("EAAB-token").is_ok());
    }

    #[test]
    fn debug_never_shows_credentials() {
        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_app_secret(SECRET);
        let shown = format!("{client:?} {client:#?}");
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(!shown.contains(&appsecret_proof(TOKEN, SECRET)), "{shown}");
        assert!(shown.contains(r#"access_token: "<redacted>""#), "{shown}");
        assert!(
            shown.contains(r#"app_secret: Some("<redacted>")"#),
            "{shown}"
        );
        assert!(shown.contains("https://graph.facebook.com"), "{shown}");
    }

    #[test]
    fn error_text_from_the_server_is_scrubbed() {
        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_app_secret(SECRET);
        let proof = appsecret_proof(TOKEN, SECRET);
        let echo = format!(
            r#"{{"error":{{"message":"bad token {TOKEN} proof {proof}","code":190,"error_user_msg":"{TOKEN}"}}}}"#
        );
        let error = client
            .check(&Reply {
                status: 400,
                body: echo.into_bytes().into(),
                usage: RawUsage::default(),
                attempts: 1,
            })
            .expect_err("an envelope");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(!shown.contains(&proof), "{shown}");
        assert!(
            shown.contains("bad token <redacted> proof <redacted>"),
            "{shown}"
        );

        let mut html = "x".repeat(1020).into_bytes();
        html.extend_from_slice(TOKEN.as_bytes());
        let error = client
            .check(&Reply {
                status: 502,
                body: html.into(),
                usage: RawUsage::default(),
                attempts: 1,
            })
            .expect_err("not a success");
        let Error::Http { status, body, .. } = &error else {
            panic!("{error:?}")
        };
        assert_eq!(*status, 502);
        assert!(body.len() <= 1024);
        assert!(
            !body.contains("EAAB"),
            "a prefix of the token survived the cut"
        );
        assert!(!error.to_string().contains(TOKEN));
    }

    #[test]
    fn foreign_next_links_are_refused() {
        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_base_url("http://127.0.0.1:4000")
            .expect("valid");
        for next in [
            "http://127.0.0.1:4001/v19.0/1/x?access_token=t",
            "https://127.0.0.1:4000/v19.0/1/x",
            "http://evil.example/v19.0/1/x",
            "http://localhost:4000/v19.0/1/x",
            "file:///etc/passwd",
            "/v19.0/1/x",
        ] {
            match client.follow(next) {
                Err(Error::Request(message)) => {
                    assert!(!message.contains("access_token"), "{message}")
                }
                other => panic!("{next}: {other:?}"),
            }
        }
    }

    // Uses https base URLs: needs a TLS feature.
    #[cfg(any(feature = "rustls", feature = "rustls-ring"))]
    #[test]
    fn next_links_lose_the_token_and_get_a_fresh_proof() {
        let client = Client::new(TOKEN)
            .expect("a valid token")
            .with_app_secret(SECRET)
            .with_base_url("https://graph.facebook.com")
            .expect("valid");
        let url = client
            .follow("https://graph.facebook.com:443/v19.0/1/conversations?access_token=LEAK&limit=2&appsecret_proof=stale&after=QVFI#frag")
            .expect("same origin");
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                pair("limit", "2"),
                pair("after", "QVFI"),
                pair("appsecret_proof", &appsecret_proof(TOKEN, SECRET)),
            ]
        );
        assert_eq!(url.path(), "/v19.0/1/conversations");
        assert_eq!(url.fragment(), None);

        // Without a secret, a proof already in the link is left alone.
        let unsigned = Client::new(TOKEN).expect("a valid token");
        let url = unsigned
            .follow("https://graph.facebook.com/v19.0/1/x?appsecret_proof=p&access_token=LEAK")
            .expect("same origin");
        assert_eq!(url.query(), Some("appsecret_proof=p"));
    }
}
