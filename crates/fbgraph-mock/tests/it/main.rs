//! Integration tests: the real mock server on 127.0.0.1:0, spoken to over HTTP.

mod auth;
mod batch;
mod binary;
mod breadth;
mod faults;
mod hostile;
mod limits;
mod paging;
mod read;
mod sandbox;
mod send;
mod specs;

use fbgraph_mock::{MockConfig, MockServer};
use serde_json::Value;

/// A running server and an HTTP client.
pub struct Mock {
    pub server: MockServer,
    pub http: reqwest::Client,
}

/// A response: status, body as JSON, the `facebook-api-version` header and all headers.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub version: Option<String>,
    pub headers: reqwest::header::HeaderMap,
}

impl Answer {
    /// `(code, error_subcode, type, message)` of a Graph error; panics on success.
    pub fn error(&self) -> (i64, Option<i64>, &str, &str) {
        let e = self
            .body
            .get("error")
            .unwrap_or_else(|| panic!("expected a Graph error, got {} {}", self.status, self.body));
        assert!(self.status >= 400, "error with status {}", self.status);
        assert!(e["fbtrace_id"].as_str().is_some_and(|t| !t.is_empty()));
        assert_eq!(e["is_transient"], Value::Bool(false));
        (
            e["code"].as_i64().expect("code"),
            e.get("error_subcode").and_then(Value::as_i64),
            e["type"].as_str().expect("type"),
            e["message"].as_str().expect("message"),
        )
    }

    /// The body of a successful answer; panics on an error.
    pub fn ok(&self) -> &Value {
        assert_eq!(self.status, 200, "{}", self.body);
        &self.body
    }

    /// A header parsed as JSON (the usage headers); panics if missing or not JSON.
    pub fn json_header(&self, name: &str) -> Value {
        let text = self
            .headers
            .get(name)
            .unwrap_or_else(|| panic!("no {name} header"))
            .to_str()
            .expect("a text header");
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {text}: {e}"))
    }
}

/// Percent-encodes a query component.
pub fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

impl Mock {
    pub async fn start() -> Mock {
        Mock::with(MockConfig::default()).await
    }

    pub async fn with(config: MockConfig) -> Mock {
        let server = MockServer::start(config).await.expect("the mock starts");
        Mock {
            server,
            http: http_builder().build().expect("a client"),
        }
    }

    pub fn token(&self) -> &str {
        &self.server.config().access_token
    }

    /// `base/v19.0{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("{}/v19.0{path}", self.server.base_url())
    }

    /// `path` with the access token added to its query.
    pub fn signed(&self, path: &str) -> String {
        let sep = if path.contains('?') { '&' } else { '?' };
        self.url(&format!("{path}{sep}access_token={}", enc(self.token())))
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.expect("the request is answered");
        let status = response.status().as_u16();
        let version = response
            .headers()
            .get("facebook-api-version")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let headers = response.headers().clone();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(
            content_type.starts_with("application/json"),
            "{content_type}"
        );
        let body = response.json().await.expect("a JSON body");
        Answer {
            status,
            body,
            version,
            headers,
        }
    }

    /// GET with the token in the query.
    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.http.get(self.signed(path))).await
    }

    /// GET an absolute URL as given (a `next` link).
    pub async fn get_url(&self, url: &str) -> Answer {
        self.send(self.http.get(url)).await
    }

    /// POST a JSON body, with the token in the query.
    pub async fn post_json(&self, path: &str, body: Value) -> Answer {
        self.send(self.http.post(self.signed(path)).json(&body))
            .await
    }

    /// POST a form-encoded body, with the token in the query.
    pub async fn post_form(&self, path: &str, pairs: &[(&str, &str)]) -> Answer {
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect();
        self.send(
            self.http
                .post(self.signed(path))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body.join("&")),
        )
        .await
    }

    /// POST a batch as a JSON body, with the token in the query.
    pub async fn batch(&self, operations: Value) -> Answer {
        self.post_json("/", serde_json::json!({ "batch": operations }))
            .await
    }

    /// The number of messages in the conversation with a customer.
    pub async fn message_count(&self, psid: &str) -> i64 {
        let answer = self
            .get(&format!(
                "/me/conversations?user_id={psid}&fields=message_count"
            ))
            .await;
        answer.ok()["data"][0]["message_count"]
            .as_i64()
            .expect("a message count")
    }

    /// The texts of the conversation with a customer, newest first.
    pub async fn texts(&self, psid: &str) -> Vec<String> {
        let answer = self
            .get(&format!(
                "/me/conversations?user_id={psid}&fields=messages.limit(100){{message}}"
            ))
            .await;
        answer.ok()["data"][0]["messages"]["data"]
            .as_array()
            .expect("messages")
            .iter()
            .map(|m| m["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// The PSID of the first configured customer.
    pub fn customer(&self) -> String {
        self.server.config().customers[0].psid.clone()
    }

    /// Sends a text to a PSID and returns the message id.
    pub async fn send_text(&self, psid: &str, text: &str) -> String {
        let answer = self
            .post_json(
                "/me/messages",
                serde_json::json!({
                    "recipient": {"id": psid},
                    "messaging_type": "RESPONSE",
                    "message": {"text": text},
                }),
            )
            .await;
        answer.ok()["message_id"]
            .as_str()
            .expect("a message id")
            .to_owned()
    }
}

/// A reqwest builder for the tests: a plain one, as another program would make (no TLS is
/// used against the mock).
pub fn http_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
}

/// `GET url` with a client from [`http_builder`]; panics (failing the test) without an answer.
pub async fn get(url: &str) -> reqwest::Response {
    http_builder()
        .build()
        .expect("a client")
        .get(url)
        .send()
        .await
        .expect("an answer")
}
