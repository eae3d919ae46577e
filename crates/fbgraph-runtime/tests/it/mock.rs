//! The real mock server, and hand-written endpoints shaped like generated ones.

use std::time::Duration;

use fbgraph_mock::{MockConfig, MockServer, RequestRecord};
use fbgraph_runtime::{
    Client, Endpoint, ErrorCode, Method, Paged, RetryPolicy, UntypedCode, encode_path_segment,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub const PAGE: &str = "1000000000000001";

pub struct Mock {
    pub server: MockServer,
}

impl Mock {
    pub async fn start() -> Mock {
        Mock::with_config(MockConfig::default()).await
    }

    pub async fn with_config(config: MockConfig) -> Mock {
        let server = MockServer::start(config).await.expect("the mock starts");
        Mock { server }
    }

    /// A client with the mock's credentials and a quick retry policy.
    pub fn client(&self) -> Client {
        let config = self.server.config();
        let client = Client::new(config.access_token.clone())
            .expect("a valid token")
            .with_base_url(&self.server.base_url())
            .expect("the mock's URL is a valid base")
            .with_retry_policy(quick_retries());
        match &config.app_secret {
            Some(secret) => client.with_app_secret(secret.clone()),
            None => client,
        }
    }

    /// The PSID of the first configured customer.
    pub fn customer(&self) -> String {
        self.server.config().customers[0].psid.clone()
    }

    /// The requests to `path` (without the query), as `(method, status)`.
    pub fn log_of(&self, path: &str) -> Vec<(String, u16)> {
        self.server
            .requests()
            .into_iter()
            .filter(|r| r.path == path)
            .map(|r: RequestRecord| (r.method, r.status))
            .collect()
    }

    /// How many messages the conversation with `psid` holds.
    pub async fn message_count(&self, psid: &str) -> i64 {
        let page = self
            .client()
            .send(
                Conversations::new(PAGE)
                    .user_id(psid)
                    .fields("message_count"),
            )
            .await
            .expect("the conversation");
        page.data[0]["message_count"]
            .as_i64()
            .expect("a message count")
    }
}

/// Retries without long waits, so that tests stay quick.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy::new()
        .max_attempts(4)
        .base_delay(Duration::from_millis(20))
        .max_delay(Duration::from_millis(100))
}

// ---- endpoints ----

/// `GET /{page-id}/conversations`.
#[derive(Debug, Clone, Serialize)]
pub struct Conversations {
    #[serde(skip)]
    page_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<String>,
}

impl Conversations {
    pub fn new(page_id: &str) -> Conversations {
        Conversations {
            page_id: page_id.to_owned(),
            limit: None,
            user_id: None,
            fields: None,
        }
    }

    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    pub fn user_id(mut self, psid: &str) -> Self {
        self.user_id = Some(psid.to_owned());
        self
    }

    pub fn fields(mut self, fields: &str) -> Self {
        self.fields = Some(fields.to_owned());
        self
    }
}

impl Endpoint for Conversations {
    type Response = Paged<Value>;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "Conversations";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/conversations", encode_path_segment(&self.page_id))
    }
}

/// `POST /{page-id}/messages`.
#[derive(Debug, Clone, Serialize)]
pub struct SendMessage {
    #[serde(skip)]
    page_id: String,
    recipient: Value,
    messaging_type: &'static str,
    message: Value,
}

impl SendMessage {
    pub fn text(psid: &str, text: &str) -> SendMessage {
        SendMessage {
            page_id: PAGE.to_owned(),
            recipient: json!({ "id": psid }),
            messaging_type: "RESPONSE",
            message: json!({ "text": text }),
        }
    }
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct Sent {
    pub recipient_id: String,
    pub message_id: String,
}

/// The codes `SendMessage` documents, as generated code types them.
#[derive(Debug, Clone, PartialEq)]
pub enum SendCode {
    InvalidParameter,
    Throttled,
    Other(i64),
}

impl ErrorCode for SendCode {
    fn from_code(code: i64) -> Self {
        match code {
            100 => SendCode::InvalidParameter,
            613 => SendCode::Throttled,
            other => SendCode::Other(other),
        }
    }
    fn code(&self) -> i64 {
        match self {
            SendCode::InvalidParameter => 100,
            SendCode::Throttled => 613,
            SendCode::Other(code) => *code,
        }
    }
    fn description(&self) -> Option<&'static str> {
        match self {
            SendCode::InvalidParameter => Some("Invalid parameter"),
            SendCode::Throttled => Some("Calls to this api have exceeded the rate limit."),
            SendCode::Other(_) => None,
        }
    }
}

impl Endpoint for SendMessage {
    type Response = Sent;
    type ErrorCode = SendCode;
    const METHOD: Method = Method::Post;
    const NAME: &'static str = "SendMessage";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/messages", encode_path_segment(&self.page_id))
    }
}

/// `GET /{page-id}/thread_owner`.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadOwner {
    #[serde(skip)]
    page_id: String,
    recipient: String,
}

impl ThreadOwner {
    pub fn new(psid: &str) -> ThreadOwner {
        ThreadOwner {
            page_id: PAGE.to_owned(),
            recipient: psid.to_owned(),
        }
    }
}

impl Endpoint for ThreadOwner {
    type Response = Paged<Value>;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "ThreadOwner";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/thread_owner", encode_path_segment(&self.page_id))
    }
}

pub const CONVERSATIONS_PATH: &str = "/v19.0/1000000000000001/conversations";
pub const MESSAGES_PATH: &str = "/v19.0/1000000000000001/messages";
