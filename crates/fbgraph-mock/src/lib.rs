//! A local Graph API server driven by the fbgraph spec, for examples and tests.
//!
//! The server loads the same spec the client code is generated from and serves every
//! version in it side by side (`/v19.0/…`). Everything generic comes from the spec:
//! routing by the calls' path templates, parameter checks (required at any depth, types,
//! enum values in either case, `one_of` groups), `fields` selection with default fields,
//! cursor paging and error codes. It honours Graph's wire facts: the token in the query,
//! the body or an `Authorization: Bearer` header, `appsecret_proof` when started with an app
//! secret, JSON, form-encoded (objects as JSON text) and multipart bodies, and Graph's error
//! envelope.
//!
//! Every call keeps state, as Graph does. The calls the spec marks with a `mock` behaviour
//! do what Graph does for them: sending a message stores it in the conversation with the
//! customer, so that it can be listed with the page's conversations and read back by id.
//! Every other call is answered from the store generically: `GET /{id}` reads the node
//! held with that id and `GET /{id}/<edge>` lists the node's edge, paged with cursors
//! (empty when nothing is held there); `POST /{id}/<edge>` creates a node of the type the
//! edge lists, from the params that are fields of that type, answers `{"id"}` and puts the
//! node first in the edge's list; `POST /{id}` sets fields and answers `{"success":true}`;
//! `DELETE /{id}` removes the node. What Graph would fill in, the mock invents plausibly:
//! ids (a post's is `{page id}_{post id}`), `created_time` and `updated_time`, zero
//! `…_count`s, the node it was created on (a post's `from`, a media's `owner`) and an ad
//! object's `account_id`.
//!
//! ## The world it holds
//!
//! Besides the page and its conversations, every mock holds [`seeds::defaults`]: the app, an
//! ad account ([`seeds::AD_ACCOUNT_ID`]), an Instagram account linked to the page (its
//! `instagram_business_account`), a WhatsApp Business account, a business owning them and a
//! product catalog, so that a call of any area has a node to be made on. More can be given
//! in [`MockConfig::seeds`], with [`MockServer::add`] or with `POST /_sandbox/nodes`: a node
//! of any type the spec has, or an item of a node's edge list that no call writes (a rating
//! of the page). Each is checked against the spec: a type it lacks, a key its type lacks at
//! any depth, or an edge its node does not list is refused with [`MockError::Seed`].
//!
//! Every answer carries Graph's `facebook-api-version`, `X-App-Usage` and
//! `X-Business-Use-Case-Usage` headers (`{"<page id>":[{"type":"messenger","call_count",
//! "total_cputime","total_time","estimated_time_to_regain_access"}]}`), with low figures
//! unless a rate limit is set.
//!
//! ## Batch requests
//!
//! `POST /v19.0/` (or `/v19.0`) with `batch`, a JSON array (in a JSON body, or as JSON text
//! in a form field), and optionally `include_headers` (default `true`). Each operation is
//! `{"method", "relative_url", "body"?, "name"?, "depends_on"?}`: `relative_url` is relative
//! to the version (`me/conversations?limit=5`; a leading `/` or `v19.0/` is accepted), `body`
//! is form-encoded (objects as JSON text). Operations run in order through the same pipeline
//! as any request, with the batch's access token unless they carry their own (which then
//! needs its own `appsecret_proof` when the server has an app secret). `depends_on` names an
//! earlier operation that must have succeeded, else this one answers a `(#100)` error without
//! running; `{result=NAME:$.path.0.to}` in `relative_url` or `body` (as is or
//! percent-encoded) is replaced by that value of the earlier answer (`*` takes every item of
//! a list, joined by commas). The answer is HTTP 200 with one element per operation, in order:
//! `{"code": 200, "headers": [{"name": "Content-Type", "value": "application/json;
//! charset=UTF-8"}, …], "body": "<JSON text>"}`, or `null` ([`Fault::BatchNull`]). More than
//! 50 operations, none, or a `batch` that is not an array fail the whole request with code
//! 100.
//!
//! ## Faults, rate limits and the request log
//!
//! [`MockServer::faults`] makes requests fail the ways Graph does, to test a client's
//! retries: [`Faults::throttle`] sets a rate limit (HTTP 400 with code 613, 80006, 4, 17 or
//! 32 and usage headers showing the overage, until the window has passed; throttled calls
//! are not performed), and [`Faults::fail_next`] queues a [`Fault`] for the next requests:
//! a transient HTTP 500 (code 2, `is_transient: true`), an HTML HTTP 502, any Graph error
//! envelope, a 500 envelope that does not say to retry, a connection closed before the
//! body is read or dropped after the call was performed, a late answer, an answer that is
//! truncated, not JSON, oversized, endless or trickled, or a `null` in a batch. Each
//! fault's documentation says whether the call is performed (a send stored).
//! [`MockServer::requests`] lists every request received (batch operations included), and
//! [`MockServer::seed_conversations`] adds thousands of conversations at once.
//!
//! ```no_run
//! # async fn demo() -> Result<(), fbgraph_mock::MockError> {
//! use std::time::Duration;
//! use fbgraph_mock::{Fault, MockConfig, MockServer};
//!
//! let server = MockServer::start(MockConfig::default()).await?;
//! server.faults().throttle(10, Duration::from_secs(60), 613, 1); // 10 calls a minute
//! server.faults().fail_next(1, Fault::Transient); // the next request: HTTP 500, code 2
//! server.seed_conversations(1_000);
//! // … exercise a client against `server.base_url()` …
//! let posts = server.requests().iter().filter(|r| r.method == "POST").count();
//! # let _ = posts;
//! # Ok(())
//! # }
//! ```
//!
//! ## Limits
//!
//! Whatever a request holds, what it costs is bounded, and every refusal is Graph's JSON
//! envelope (code 100): a body over 8 MiB is a 413 (at once, unread, when its
//! `Content-Length` says so, and the connection closes); a request head whose target is
//! over 32 KiB is a 414, one with over 100 headers or over 64 KiB a 431, one that does not
//! parse a 400 (these close the connection); a query or body holds at most 10,000
//! parameters, form keys index at most 1,000 and build at most 100,000 values, and JSON
//! text holds at most 100,000 values. A body must arrive within
//! [`MockConfig::body_timeout`] (else 408), and a request head within
//! [`MockConfig::header_timeout`] (else the connection is closed without an answer).
//! What the server keeps is bounded too: once its store holds
//! [`MockConfig::max_store_bytes`] (64 MiB of JSON text by default), writes are refused with
//! `(#1)` until a `DELETE` frees room ([`MockServer::store_bytes`] says how much it holds).
//!
//! ## Customers and webhooks (the sandbox)
//!
//! The mock also plays the page's customers and delivers Meta's webhooks to a bot. With a
//! [`WebhookConfig`] (in [`MockConfig::webhook`], or later with
//! [`MockServer::subscribe_webhook`]) it first runs Meta's verification handshake against
//! the bot (`GET URL?hub.mode=subscribe&hub.verify_token=TOKEN&hub.challenge=<digits>`,
//! which must be answered 200 with exactly the challenge; else a [`WebhookError`] says
//! why). Then each customer action is a POST with `Content-Type: application/json` and
//! `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, keyed by
//! [`MockConfig::app_secret`], or by [`DEFAULT_WEBHOOK_SECRET`]
//! (`fbgraph-mock-webhook-secret`) when the server has none. The bodies are Meta's:
//! `{"object":"page","entry":[{"id","time","messaging":[{"sender","recipient","timestamp",
//! "message"|"postback"|"read"|"reaction"}]}]}` (`"standby"` in place of `"messaging"` while
//! the Page Inbox controls the conversation), one event per POST (the shapes and the
//! reference pages they follow are listed under [`SandboxCustomer`]'s methods and in the
//! control API's table below). With [`WebhookConfig::echoes`], the page's own sends through
//! the Send API are delivered too, as `is_echo` message events (`message_echoes`), without
//! delaying the send's answer.
//!
//! A bot that does not answer 2xx (or cannot be reached within [`WebhookConfig::timeout`])
//! gets the event again with exponential backoff ([`RetryPolicy`]: 5 attempts, waiting
//! 100, 200, 400 and 800 ms, by default). Meta retries for hours and then unsubscribes the
//! app; the mock shortens that to a moment, for tests, and never unsubscribes. Each attempt
//! (URL, customer, body, attempt number, status or transport error) is in
//! [`MockServer::deliveries`]. One customer's events are delivered one after the other in
//! the order they happened; different customers' side by side. Nothing grows without
//! bound: at most [`LANE_CAPACITY`] events wait per customer and [`MAX_PENDING`] in all
//! (beyond, an action fails with [`SandboxError::Busy`] and an echo is dropped), and the log
//! keeps the last [`LOG_ENTRIES`] attempts and at most [`LOG_BYTES`] bytes of bodies.
//!
//! Customers act through [`MockServer::customer`], whose methods return once the bot took
//! the event, or with a [`SandboxError`] saying why not, or over HTTP through the control
//! API on the mock's own base URL (no token; loopback clients only, others get 403):
//!
//! | request | body |
//! | --- | --- |
//! | `POST /_sandbox/customers/{psid}/messages` | `{"text"}`, `{"text","quick_reply":{"payload"}}` or `{"attachments":[{"type":"image"\|"video"\|"audio"\|"file","payload":{"url"}}]}` |
//! | `POST /_sandbox/customers/{psid}/postbacks` | `{"title","payload"}` |
//! | `POST /_sandbox/customers/{psid}/reads` | `{}` (everything up to now) or `{"watermark": ms}` |
//! | `POST /_sandbox/customers/{psid}/reactions` | `{"mid","emoji"?,"reaction"?,"action"?:"react"\|"unreact"}` on one of the page's messages to them |
//! | `POST /_sandbox/page_inbox/{psid}/pass` | `{"metadata"?}`: the Page Inbox's agent hands the conversation back (a `pass_thread_control` event), as [`SandboxPageInbox::pass_back`] |
//! | `POST /_sandbox/page_inbox/{psid}/request` | `{"metadata"?}`: the agent asks for it (`request_thread_control`), as [`SandboxPageInbox::request`] |
//! | `GET /_sandbox/deliveries` | the delivery log, `{"data":[{url, psid, attempt, status\|error, body}]}` |
//! | `POST /_sandbox/nodes` | `{"type", "fields"?, "on"?: {"id", "edge"}}`: a node (or edge item) to hold, as [`MockServer::add`]; answers `{"id"}` |
//!
//! An action answers 200 once it happened, with `{"mid"?, "delivered": true, "attempts",
//! "status"}` or `{"mid"?, "delivered": false, "error"}`; a malformed one 400 with
//! `{"error":{"message","type":"SandboxError"}}` saying what is wrong. Faults and the rate
//! limit do not apply to the control API; its requests are in [`MockServer::requests`]. A message (or a
//! postback's title) is stored in the conversation, so the Graph API lists and reads it
//! (`GET /{page}/conversations`, `GET /{message-id}`), and a reaction shows in the
//! message's `reactions`. A PSID that is not a customer yet becomes one when it writes, as
//! on Graph, where writing to the Page is what makes a person reachable; until then a send
//! to them fails with `(#100)`, subcode 2018001.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use fbgraph_mock::{MockConfig, MockServer, WebhookConfig};
//!
//! // A bot listens on 127.0.0.1:8080/webhook, knows the verify token and checks
//! // X-Hub-Signature-256 with the app secret.
//! let server = MockServer::start(MockConfig {
//!     app_secret: Some("app-secret".into()),
//!     webhook: Some(WebhookConfig::new("http://127.0.0.1:8080/webhook", "verify-me").with_echoes(true)),
//!     ..MockConfig::default()
//! })
//! .await?; // fails if the bot does not pass the handshake
//! let ada = server.customer("24843122109876543");
//! let delivered = ada.send_text("Where is my order?").await?; // the bot answered 2xx
//! ada.tap_quick_reply("Track it", "TRACK").await?;
//! ada.postback("Talk to a human", "HUMAN").await?;
//! ada.read().await?;
//! # let _ = delivered;
//! for attempt in server.deliveries() {
//!     println!("{} #{}: {}", attempt.url, attempt.attempt, attempt.outcome);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! It is **not** Graph: there are no permissions, the data lives in memory for the
//! server's lifetime, one page is served, with the customers given in [`MockConfig`] (and
//! those seeded or who wrote), and webhooks go to one plain-HTTP URL, one event per POST,
//! for the events above only. Do not use it to judge what Graph accepts beyond what the
//! spec says.
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
//! `cargo run -p fbgraph-mock -- --listen 127.0.0.1:0 --access-token T --app-secret S`;
//! `--throttle-after N`, `--throttle-window-ms MS`, `--throttle-code CODE`,
//! `--regain-minutes M` and `--fail-transient N` set faults from the start,
//! `--header-timeout-ms MS` the header timeout, `--max-store-mb MB` the store's limit,
//! `--customer PSID[=NAME]` (repeatable) the customers, and `--webhook URL --verify-token TOKEN` (with `--echoes`,
//! `--webhook-attempts N`, `--webhook-retry-ms MS`, `--webhook-timeout-ms MS`) the bot to
//! deliver to, verified at start (see `--help`). Its start-up summary on stderr names no
//! secret: it says where the token and the app secret come from, and the webhook's URL.

mod app;
mod batch;
mod behaviours;
mod bodies;
mod conn;
mod error;
mod faults;
mod fields;
#[doc(hidden)]
pub mod fuzzing;
mod paging;
mod request;
mod sandbox;
mod shape;
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

pub use behaviours::PAGE_INBOX_APP_ID;
pub use error::MockError;
pub use faults::{CallError, Fault, Faults};
pub use sandbox::{
    AttachmentKind, AttemptOutcome, DEFAULT_WEBHOOK_SECRET, Delivered, Delivery, LANE_CAPACITY,
    LOG_BYTES, LOG_ENTRIES, MAX_ATTACHMENTS, MAX_PAYLOAD_CHARS, MAX_PENDING, MAX_PSID_DIGITS,
    MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, RetryPolicy, SandboxCustomer, SandboxError,
    SandboxPageInbox, WebhookConfig, WebhookError,
};
pub use shape::ShapeError;

/// A request the server received, as [`MockServer::requests`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestRecord {
    /// The HTTP method (`GET`, `POST`, …); for a batch operation, its `method`.
    pub method: String,
    /// The path, without the query (`/v19.0/me/messages`).
    pub path: String,
    /// The HTTP status answered; for a batch operation, its `code`. `0` when nothing was
    /// answered: the connection was dropped ([`Fault::DropAfterBody`],
    /// [`Fault::CloseBeforeRead`]), the operation answered `null` ([`Fault::BatchNull`]),
    /// or the answer is still being prepared. A request head the server refused (400, 414,
    /// 431) is logged too, with the method and path as far as they could be read (else
    /// empty).
    pub status: u16,
}

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
    /// The page's own app, the Handover Protocol's Primary Receiver: it controls every
    /// conversation until it passes one to the Page Inbox ([`PAGE_INBOX_APP_ID`]).
    pub app_id: String,
    /// People who have messaged the page; each starts with a conversation holding one
    /// message from them.
    pub customers: Vec<Customer>,
    /// How long a request's body may take to arrive once its headers have (10 s by
    /// default). A body still incomplete then (a `Content-Length` larger than what is sent)
    /// is answered with HTTP 408 and a `(#100)` error, and the connection is closed.
    pub body_timeout: Duration,
    /// How long a request's head (request line and headers) may take to arrive, counted
    /// from when the connection opened or its previous answer was sent (10 s by default).
    /// A connection whose head is still incomplete then is closed without an answer; so is
    /// a keep-alive connection left idle that long. Must be more than zero.
    pub header_timeout: Duration,
    /// The bot's webhook: [`MockServer::start`] runs the verification handshake against
    /// it (and fails with [`MockError::Webhook`] if the bot does not pass it), then
    /// delivers the customers' events to it. `None` (the default): no webhook until
    /// [`MockServer::subscribe_webhook`].
    pub webhook: Option<WebhookConfig>,
    /// About the most the mock holds, in bytes of JSON text: nodes, edge lists, messages,
    /// customers. Once it holds that much, a write (`POST`, a customer's action, a seed) is
    /// refused with `(#1)` and HTTP 500, saying so, until a `DELETE` frees room; reads and
    /// deletes go on. One write may pass it by at most its own size, which the request
    /// limits bound. 64 MiB by default (some 160,000 posts or campaigns); what it takes on
    /// the heap is about 4 to 5 times what it counts (`tests/memory.rs` holds it under 6).
    pub max_store_bytes: usize,
    /// What the page's world holds from the start beyond [`seeds::defaults`] (the page, the
    /// app, an ad account, an Instagram account linked to the page, a WhatsApp Business
    /// account, a business owning them and a product catalog), added after them in order; a
    /// seed with the id of one already held sets its fields. Each is checked against the
    /// spec when the server starts ([`MockError::Seed`]); more can be added while it runs
    /// with [`MockServer::add`] or `POST /_sandbox/nodes`. Empty by default.
    pub seeds: Vec<Seed>,
    /// The permissions the page's app has for customers' profiles (the User Profile API):
    /// `pages_user_locale`, `pages_user_timezone` and `pages_user_gender` let it read
    /// `locale`, `timezone` and `gender`; a field without its permission is left out of the
    /// answer. All three by default. Customers get an invented locale and timezone and no
    /// gender: give one with a seed (`Seed::new("UserProfile", json!({"id": psid, "gender":
    /// "female"}))`).
    pub profile_permissions: Vec<String>,
}

/// Something the mock holds: a node readable by its id, an item of a node's edge list, or
/// both (a post on a page's feed). Its type and fields are the spec's: a key the type does
/// not have is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seed {
    /// The type, as the spec names it (`AdAccount`, `Recommendation`).
    pub ty: String,
    /// Its fields. A node without an `id` is given one.
    pub fields: serde_json::Map<String, serde_json::Value>,
    /// The node (by id, or `me` for the page) and the edge whose list also holds it:
    /// `("me", "ratings")` for a rating of the page. The edge must be one a `GET` of that
    /// node's type lists, and list items of this type.
    pub on: Option<(String, String)>,
}

impl Seed {
    /// A seed of type `ty` with these fields (a JSON object; anything else is no fields).
    pub fn new(ty: impl Into<String>, fields: serde_json::Value) -> Seed {
        Seed {
            ty: ty.into(),
            fields: match fields {
                serde_json::Value::Object(map) => map,
                _ => serde_json::Map::new(),
            },
            on: None,
        }
    }

    /// Also (or only, for a type that is not a node) an item of `node`'s `edge` list.
    pub fn on(mut self, node: impl Into<String>, edge: impl Into<String>) -> Seed {
        self.on = Some((node.into(), edge.into()));
        self
    }
}

/// What every mock holds from the start, and the ids tests name it by.
pub mod seeds {
    use serde_json::json;

    use crate::{MockConfig, Seed};

    /// The ad account: `act_` and its account id, as Graph writes ad account ids.
    pub const AD_ACCOUNT_ID: &str = "act_3000000000000003";
    /// The Instagram professional account linked to the page
    /// (`instagram_business_account`).
    pub const INSTAGRAM_USER_ID: &str = "17841400000000004";
    /// The WhatsApp Business account.
    pub const WHATSAPP_BUSINESS_ACCOUNT_ID: &str = "4000000000000005";
    /// The business that owns the page, the ad account, the WhatsApp Business account and
    /// the catalog.
    pub const BUSINESS_ID: &str = "5000000000000006";
    /// The product catalog.
    pub const CATALOG_ID: &str = "6000000000000007";

    /// What every mock holds from the start, for a config's page and app, before
    /// [`MockConfig::seeds`].
    pub fn defaults(config: &MockConfig) -> Vec<Seed> {
        let account = AD_ACCOUNT_ID.trim_start_matches("act_");
        let page = json!({"id": config.page_id, "name": config.page_name});
        vec![
            Seed::new(
                "Page",
                json!({
                    "id": config.page_id,
                    "instagram_business_account": {"id": INSTAGRAM_USER_ID},
                    "business": {"id": BUSINESS_ID, "name": "Mock Business"},
                }),
            ),
            Seed::new(
                "Application",
                json!({"id": config.app_id, "name": "Mock App", "namespace": "mock-app"}),
            ),
            Seed::new(
                "IGUser",
                json!({
                    "id": INSTAGRAM_USER_ID,
                    "username": "mockpage",
                    "name": config.page_name,
                    "followers_count": 0,
                    "media_count": 0,
                }),
            ),
            Seed::new(
                "Business",
                json!({
                    "id": BUSINESS_ID,
                    "name": "Mock Business",
                    "owned_pages": {"data": [page]},
                    "owned_ad_accounts": {"data": [{"id": AD_ACCOUNT_ID, "account_id": account}]},
                    "owned_whatsapp_business_accounts": {"data": [{"id": WHATSAPP_BUSINESS_ACCOUNT_ID}]},
                    "owned_product_catalogs": {"data": [{"id": CATALOG_ID}]},
                }),
            ),
            Seed::new(
                "AdAccount",
                json!({
                    "id": AD_ACCOUNT_ID,
                    "account_id": account,
                    "name": "Mock Ad Account",
                    "currency": "USD",
                    "account_status": 1,
                    "timezone_name": "America/Los_Angeles",
                    "business": {"id": BUSINESS_ID, "name": "Mock Business"},
                }),
            ),
            Seed::new(
                "WhatsAppBusinessAccount",
                json!({
                    "id": WHATSAPP_BUSINESS_ACCOUNT_ID,
                    "name": "Mock WhatsApp Business",
                    "currency": "USD",
                    "timezone_id": "1",
                }),
            ),
            Seed::new(
                "ProductCatalog",
                json!({
                    "id": CATALOG_ID,
                    "name": "Mock Catalog",
                    "product_count": 0,
                    "vertical": "commerce",
                }),
            ),
        ]
    }
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
            header_timeout: Duration::from_secs(10),
            webhook: None,
            seeds: Vec::new(),
            max_store_bytes: 64 * 1024 * 1024,
            profile_permissions: [
                "pages_user_locale",
                "pages_user_timezone",
                "pages_user_gender",
            ]
            .map(String::from)
            .to_vec(),
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
            .field("header_timeout", &self.header_timeout)
            .field("webhook", &self.webhook)
            .field("seeds", &self.seeds)
            .field("max_store_bytes", &self.max_store_bytes)
            .field("profile_permissions", &self.profile_permissions)
            .finish()
    }
}

/// Compiles each spec into the version it serves; at least one, each version once.
fn compile_versions(specs: Vec<Spec>) -> Result<Vec<Arc<app::Version>>, MockError> {
    if specs.is_empty() {
        return Err(MockError::NoSpecs);
    }
    let mut seen = std::collections::HashSet::new();
    for spec in &specs {
        if !seen.insert(spec.version.clone()) {
            return Err(MockError::DuplicateVersion(spec.version.clone()));
        }
    }
    // One thread per version: each compiles its whole API.
    std::thread::scope(|scope| {
        let handles: Vec<_> = specs
            .into_iter()
            .map(|spec| {
                let version = spec.version.clone();
                (version, scope.spawn(move || app::Version::compile(spec)))
            })
            .collect();
        handles
            .into_iter()
            .map(|(version, handle)| match handle.join() {
                Ok(compiled) => compiled.map(Arc::new),
                Err(_) => Err(MockError::CompilePanicked(version)),
            })
            .collect()
    })
}

/// The embedded specs compiled, once per process: they are the same bytes for every server,
/// and parsing and validating every version (the whole Graph API of each) is the bulk of a
/// start. A server's state (its store, faults, requests) is its own; only this read-only
/// compilation is shared.
fn embedded_versions() -> Result<Vec<Arc<app::Version>>, MockError> {
    static COMPILED: std::sync::OnceLock<Option<Vec<Arc<app::Version>>>> =
        std::sync::OnceLock::new();
    let compiled =
        COMPILED.get_or_init(|| MockServer::embedded_specs().and_then(compile_versions).ok());
    match compiled {
        Some(versions) => Ok(versions.clone()),
        // Broken embedded specs (a build made from an invalid spec/): compile again to say why.
        None => compile_versions(MockServer::embedded_specs()?),
    }
}

/// The request pipeline over `state`: the handler and its layers. The served mock and
/// [`fuzzing::router`] both use it, so the fuzzer drives exactly what is served.
fn router(state: Arc<app::App>) -> Router {
    Router::new()
        .fallback(app::handle)
        .layer(DefaultBodyLimit::max(request::BODY_LIMIT))
        .with_state(state)
}

/// A running mock Graph server. It stops on [`MockServer::shutdown`] or when dropped.
pub struct MockServer {
    addr: SocketAddr,
    config: MockConfig,
    versions: Vec<String>,
    app: Arc<app::App>,
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
        MockServer::start_versions(addr, config, embedded_versions()?).await
    }

    /// Starts a server on `addr` serving the given specs, one version each.
    pub async fn start_on(
        addr: SocketAddr,
        config: MockConfig,
        specs: Vec<Spec>,
    ) -> Result<MockServer, MockError> {
        MockServer::start_versions(addr, config, compile_versions(specs)?).await
    }

    async fn start_versions(
        addr: SocketAddr,
        config: MockConfig,
        versions: Vec<Arc<app::Version>>,
    ) -> Result<MockServer, MockError> {
        let names = versions.iter().map(|v| v.name().to_owned()).collect();
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| MockError::Bind { addr, source })?;
        let local = listener
            .local_addr()
            .map_err(|source| MockError::Bind { addr, source })?;
        let state = Arc::new(app::App::new(versions, config.clone(), local)?);
        let router = router(Arc::clone(&state));
        let listener = conn::CuttableListener(listener);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(conn::serve(
            listener,
            router,
            config.header_timeout.max(Duration::from_millis(1)),
            stopped,
        ));
        let server = MockServer {
            addr: local,
            config,
            versions: names,
            app: state,
            stop: Some(stop),
            task: Some(task),
        };
        if let Some(webhook) = server.config.webhook.clone() {
            server.subscribe_webhook(webhook).await?;
        }
        Ok(server)
    }

    /// The specs compiled into this crate: every `spec/v*/` directory of the workspace. The
    /// versions are parsed and checked side by side, one thread each.
    pub fn embedded_specs() -> Result<Vec<Spec>, MockError> {
        let load = |(version, files): &(&str, &[(&str, &str)])| {
            let sources = files
                .iter()
                .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
                .collect();
            Spec::from_sources(version, sources).map_err(|diagnostics| MockError::Spec {
                version: (*version).to_owned(),
                diagnostics,
            })
        };
        std::thread::scope(|scope| {
            let handles: Vec<_> = embedded::EMBEDDED
                .iter()
                .map(|entry| scope.spawn(move || load(entry)))
                .collect();
            handles
                .into_iter()
                .zip(embedded::EMBEDDED.iter())
                .map(|(handle, entry)| {
                    // A panic while loading (none is known) is reported as the spec's problem.
                    handle.join().unwrap_or_else(|_| {
                        Err(MockError::Spec {
                            version: entry.0.to_owned(),
                            diagnostics: fbgraph_spec::Diagnostics(vec![
                                fbgraph_spec::Diagnostic {
                                    file: String::new(),
                                    path: String::new(),
                                    line: None,
                                    column: None,
                                    message: "loading the spec panicked".to_owned(),
                                },
                            ]),
                        })
                    })
                })
                .collect()
        })
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

    /// The faults and rate limit the server inflicts; changes take effect with the next
    /// request.
    pub fn faults(&self) -> &Faults {
        &self.app.faults
    }

    /// Every request received so far, in the order they arrived. A batch is its own
    /// request (`POST /v19.0/`), followed by one record per operation, with the path it
    /// was routed to (`/v19.0/me/messages`) and its method.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.app.requests()
    }

    /// About how many bytes the mock's store holds (the JSON text of what it keeps), and
    /// the most it holds before writes are refused ([`MockConfig::max_store_bytes`]).
    pub fn store_bytes(&self) -> (usize, usize) {
        let store = self.app.store();
        (store.held(), store.limit())
    }

    /// Adds a node, or an item of a node's edge list, to what the mock holds, checked
    /// against the newest served version that has its type; answers the node's id (empty
    /// for an item that is not a node). A rating of the page, which no call writes:
    /// `server.add(Seed::new("Recommendation", json!({"rating": 5})).on("me", "ratings"))`.
    pub fn add(&self, seed: Seed) -> Result<String, MockError> {
        self.app.add(seed)
    }

    /// Adds `n` customers (named `Customer 3`, `Customer 4`, …, with new PSIDs), each with
    /// a conversation holding one message from them, written now: the new conversations
    /// come first in the page's list. Works on the state directly, without HTTP. Fails only
    /// when the served specs lack the `Message` or `UnifiedThread` type
    /// ([`MockError::Shape`]).
    pub fn seed_conversations(&self, n: usize) -> Result<(), MockError> {
        self.app.seed_conversations(n)
    }

    /// Runs Meta's verification handshake against the bot's webhook and, when it passes,
    /// delivers every later event there (replacing an earlier webhook): `GET
    /// URL?hub.mode=subscribe&hub.verify_token=TOKEN&hub.challenge=<random digits>`, which
    /// the bot must answer with 200 and exactly the challenge. The error says why not.
    pub async fn subscribe_webhook(&self, webhook: WebhookConfig) -> Result<(), WebhookError> {
        sandbox::subscribe(&self.app, webhook).await
    }

    /// A customer, by PSID, to act as: [`SandboxCustomer::send_text`],
    /// [`SandboxCustomer::postback`], … Each action is delivered to the subscribed webhook.
    pub fn customer(&self, psid: impl Into<String>) -> SandboxCustomer<'_> {
        SandboxCustomer {
            app: &self.app,
            psid: psid.into(),
        }
    }

    /// The Page Inbox, where the page's human agents answer: it hands conversations back to
    /// the bot ([`SandboxPageInbox::pass_back`]) or asks for them
    /// ([`SandboxPageInbox::request`]), each delivered as Meta's `messaging_handovers` event.
    pub fn page_inbox(&self) -> SandboxPageInbox<'_> {
        SandboxPageInbox { app: &self.app }
    }

    /// Every webhook delivery attempt so far, oldest first (at most [`LOG_ENTRIES`]
    /// attempts holding at most [`LOG_BYTES`] bytes of bodies; older ones are forgotten).
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.app.webhooks.deliveries()
    }

    /// Stops accepting connections, lets requests in flight finish, and waits for the end.
    /// Webhook deliveries stop at once (their callers get [`SandboxError::ShuttingDown`]).
    pub async fn shutdown(mut self) {
        self.app.webhooks.close();
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
        self.app.webhooks.close();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
