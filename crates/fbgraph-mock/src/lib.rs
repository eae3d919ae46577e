//! A local Graph API server driven by the fbgraph spec, for examples and tests.
//!
//! The server loads the same spec the client code is generated from and serves every
//! version in it side by side (`/v19.0/…`). Everything generic comes from the spec:
//! routing by the calls' path templates, parameter checks (required at any depth, types,
//! enum values in either case, `one_of` groups), `fields` selection with default fields,
//! cursor paging and error codes. It honours Graph's wire facts: the token in the query,
//! the body or an `Authorization: Bearer` header, `appsecret_proof` when started with an app
//! secret, JSON, form-encoded (objects as JSON text) and multipart bodies, and Graph's error
//! envelope. Only the calls the spec marks with a `mock` behaviour keep state: sending a
//! message stores it in the conversation with the customer, so that it can be listed with
//! the page's conversations and read back by id.
//!
//! It is **not** Graph: there are no permissions, rate limits, webhooks or batch requests,
//! the data lives in memory for the server's lifetime, and one page is served, with the
//! customers given in [`MockConfig`]. Do not use it to judge what Graph accepts beyond what
//! the spec says.
//!
//! ```no_run
//! # async fn demo() -> Result<(), fbgraph_mock::MockError> {
//! use fbgraph_mock::{MockConfig, MockServer};
//!
//! let server = MockServer::start(MockConfig::default()).await?;
//! let url = format!(
//!     "{}/v19.0/me/conversations?access_token={}",
//!     server.base_url(),
//!     server.config().access_token,
//! );
//! // GET `url` with any HTTP client: {"data":[{"id":"t_…","updated_time":"…"},…],"paging":…}
//! # let _ = url;
//! server.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! The binary does the same from the command line and prints the base URL first:
//! `cargo run -p fbgraph-mock -- --listen 127.0.0.1:0 --access-token T --app-secret S`.

mod app;
mod behaviours;
mod error;
mod fields;
mod paging;
mod request;
mod store;
mod time;
mod validate;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_specs.rs"));
}

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use fbgraph_spec::Spec;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use error::MockError;

/// Who the server is: the page, its token and the customers who have written to it.
#[derive(Clone, PartialEq, Eq)]
pub struct MockConfig {
    /// The page access token requests must carry.
    pub access_token: String,
    /// With a secret, every request must carry `appsecret_proof`.
    pub app_secret: Option<String>,
    /// The page's id; `me` stands for it.
    pub page_id: String,
    /// The page's name, as participants show it.
    pub page_name: String,
    /// The app that owns every conversation (`thread_owner`).
    pub app_id: String,
    /// People who have messaged the page; each starts with a conversation holding one
    /// message from them.
    pub customers: Vec<Customer>,
    /// How long a request's body may take to arrive once its headers have (10 s by
    /// default). A body still incomplete then (a `Content-Length` larger than what is sent)
    /// is answered with HTTP 408 and a `(#100)` error, and the connection is closed.
    pub body_timeout: Duration,
}

/// Someone who has messaged the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    /// The Page-scoped ID.
    pub psid: String,
    /// The full name.
    pub name: String,
}

impl Default for MockConfig {
    fn default() -> MockConfig {
        MockConfig {
            access_token: "mock-page-access-token".into(),
            app_secret: None,
            page_id: "1000000000000001".into(),
            page_name: "Mock Page".into(),
            app_id: "2000000000000002".into(),
            customers: vec![
                Customer {
                    psid: "24843122109876543".into(),
                    name: "Ada Lovelace".into(),
                },
                Customer {
                    psid: "7315908264410042".into(),
                    name: "Grace Hopper".into(),
                },
            ],
            body_timeout: Duration::from_secs(10),
        }
    }
}

impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field("access_token", &"<redacted>")
            .field(
                "app_secret",
                &self.app_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("page_id", &self.page_id)
            .field("page_name", &self.page_name)
            .field("app_id", &self.app_id)
            .field("customers", &self.customers)
            .field("body_timeout", &self.body_timeout)
            .finish()
    }
}

/// A running mock Graph server. It stops on [`MockServer::shutdown`] or when dropped.
pub struct MockServer {
    addr: SocketAddr,
    config: MockConfig,
    versions: Vec<String>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .field("versions", &self.versions)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on `127.0.0.1` at a free port, serving every embedded spec version.
    pub async fn start(config: MockConfig) -> Result<MockServer, MockError> {
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        MockServer::start_on(addr, config, MockServer::embedded_specs()?).await
    }

    /// Starts a server on `addr` serving the given specs, one version each.
    pub async fn start_on(
        addr: SocketAddr,
        config: MockConfig,
        specs: Vec<Spec>,
    ) -> Result<MockServer, MockError> {
        if specs.is_empty() {
            return Err(MockError::NoSpecs);
        }
        let mut versions = Vec::with_capacity(specs.len());
        for spec in specs {
            if versions
                .iter()
                .any(|v: &app::Version| v.name() == spec.version)
            {
                return Err(MockError::DuplicateVersion(spec.version));
            }
            versions.push(app::Version::compile(spec)?);
        }
        let names = versions.iter().map(|v| v.name().to_owned()).collect();
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| MockError::Bind { addr, source })?;
        let local = listener
            .local_addr()
            .map_err(|source| MockError::Bind { addr, source })?;
        let state = Arc::new(app::App::new(versions, config.clone(), local));
        let router = Router::new()
            .fallback(app::handle)
            .layer(DefaultBodyLimit::max(request::BODY_LIMIT))
            .with_state(state);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            // An accept loop that fails has nobody to report to; the server just stops.
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(shutdown)
                .await;
        });
        Ok(MockServer {
            addr: local,
            config,
            versions: names,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The specs compiled into this crate: every `spec/v*/` directory of the workspace.
    pub fn embedded_specs() -> Result<Vec<Spec>, MockError> {
        embedded::EMBEDDED
            .iter()
            .map(|(version, files)| {
                let sources = files
                    .iter()
                    .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
                    .collect();
                Spec::from_sources(version, sources).map_err(|diagnostics| MockError::Spec {
                    version: (*version).to_owned(),
                    diagnostics,
                })
            })
            .collect()
    }

    /// `http://127.0.0.1:PORT`, without a version: append `/v19.0/…`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The configuration the server runs with.
    pub fn config(&self) -> &MockConfig {
        &self.config
    }

    /// The versions served (`["v19.0"]`).
    pub fn versions(&self) -> &[String] {
        &self.versions
    }

    /// Stops accepting connections, lets requests in flight finish, and waits for the end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
