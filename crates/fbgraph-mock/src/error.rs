//! The two kinds of failure: the server's own ([`MockError`]) and the Graph errors it answers
//! requests with ([`GraphError`]).

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Map, Value, json};

/// Why the mock server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MockError {
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: std::net::SocketAddr,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A spec (embedded or given) is invalid.
    #[error("the {version} spec is invalid: {diagnostics}")]
    Spec {
        /// The spec's version, or its directory.
        version: String,
        /// Every problem found.
        #[source]
        diagnostics: fbgraph_spec::Diagnostics,
    },
    /// A call names a mock behaviour this server does not implement.
    #[error(
        "call {call} of the {version} spec names the mock behaviour `{name}`, which this server \
         does not implement (known: {known})"
    )]
    UnknownMock {
        /// The spec's version.
        version: String,
        /// The call's name.
        call: String,
        /// The unknown behaviour name.
        name: String,
        /// The behaviours this server implements.
        known: String,
    },
    /// Two specs of the same version were given.
    #[error("the {0} spec is given twice")]
    DuplicateVersion(String),
    /// Compiling a version into routes panicked (a defect of the mock; none is known).
    #[error("compiling the {0} spec into routes failed unexpectedly")]
    CompilePanicked(String),
    /// No spec was given, so there is nothing to serve.
    #[error("no spec to serve")]
    NoSpecs,
    /// A seed ([`crate::Seed`]) does not fit the spec: an unknown type, a key its type
    /// lacks, an edge its node does not list.
    #[error("cannot seed a {ty}: {reason}")]
    Seed {
        /// The seed's type.
        ty: String,
        /// What does not fit.
        reason: String,
    },
    /// What the mock keeps (the customers' conversations, their messages) has no place in
    /// the served specs: a spec without the `Message` or `UnifiedThread` type, served with
    /// customers to seed conversations for.
    #[error(
        "the served specs cannot hold what the mock keeps (serve one that has it, or start \
         without customers): {0}"
    )]
    Shape(#[from] crate::shape::ShapeError),
    /// The configured webhook did not pass the verification handshake.
    #[error(transparent)]
    Webhook(#[from] crate::WebhookError),
}

/// An error answered to a request, in Graph's envelope.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GraphError {
    pub status: StatusCode,
    pub code: i64,
    pub subcode: Option<i64>,
    pub kind: &'static str,
    pub message: String,
    pub transient: bool,
}

const OAUTH: &str = "OAuthException";
const METHOD: &str = "GraphMethodException";

impl GraphError {
    fn new(code: i64, kind: &'static str, message: impl Into<String>) -> GraphError {
        let status = match code {
            200 | 230 => StatusCode::FORBIDDEN,
            _ => StatusCode::BAD_REQUEST,
        };
        GraphError {
            status,
            code,
            subcode: None,
            kind,
            message: message.into(),
            transient: false,
        }
    }

    fn with_subcode(mut self, subcode: i64) -> GraphError {
        self.subcode = Some(subcode);
        self
    }

    /// The answer to a call told to fail ([`crate::Faults::answer_call`]): Graph's status
    /// for the code, and `message`.
    pub fn call_error(code: i64, subcode: Option<i64>, message: String) -> GraphError {
        let status = match code {
            1 | 2 => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::from_u16(crate::faults::status_for(code))
                .unwrap_or(StatusCode::BAD_REQUEST),
        };
        GraphError {
            status,
            code,
            subcode,
            kind: OAUTH,
            message,
            transient: code == 2,
        }
    }

    /// 1, HTTP 500: the call would store something the served spec has no place for (a
    /// message where no served version has the `Message` type): a mock whose specs lack
    /// what its behaviours keep, never a client's mistake.
    pub fn spec_lacks(problem: &crate::shape::ShapeError) -> GraphError {
        GraphError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            ..GraphError::new(
                1,
                OAUTH,
                format!(
                    "An unknown error occurred: the served spec has no place for what this \
                     call stores ({problem})"
                ),
            )
        }
    }

    /// 1, HTTP 500: the store holds [`crate::MockConfig::max_store_bytes`] already.
    pub fn store_full(limit: usize) -> GraphError {
        GraphError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            ..GraphError::new(
                1,
                OAUTH,
                format!(
                    "An unknown error occurred: the mock's store is full (it holds at most \
                     {limit} bytes, MockConfig::max_store_bytes); delete something, or start \
                     it with more room"
                ),
            )
        }
    }

    /// `(#100) …`: a parameter is missing or wrong.
    pub fn param(message: impl std::fmt::Display) -> GraphError {
        GraphError::new(100, OAUTH, format!("(#100) {message}"))
    }

    /// 100/33: no call at that path, or no such object.
    pub fn unsupported(method: &str, id: &str) -> GraphError {
        GraphError::new(
            100,
            METHOD,
            format!(
                "Unsupported {} request. Object with ID '{id}' does not exist, cannot be loaded \
                 due to missing permissions, or does not support this operation. Please read the \
                 Graph API documentation at https://developers.facebook.com/docs/graph-api",
                method.to_ascii_lowercase()
            ),
        )
        .with_subcode(33)
    }

    /// 2500: the path does not start with a served version.
    pub fn unknown_path(path: &str) -> GraphError {
        GraphError::new(2500, OAUTH, format!("Unknown path components: {path}"))
    }

    /// 2500: the `fields` parameter does not parse.
    pub fn syntax(message: impl std::fmt::Display) -> GraphError {
        GraphError::new(2500, OAUTH, format!("Syntax error {message}"))
    }

    /// 2500: no access token.
    pub fn no_token() -> GraphError {
        GraphError::new(
            2500,
            OAUTH,
            "An active access token must be used to query information about the current user.",
        )
    }

    /// 190: an access token that is not the page's.
    pub fn bad_token() -> GraphError {
        GraphError::new(
            190,
            OAUTH,
            "Invalid OAuth access token - Cannot parse access token",
        )
    }

    /// 100: the server has an app secret and the request carries no proof.
    pub fn proof_missing() -> GraphError {
        GraphError::new(
            100,
            METHOD,
            "API calls from the server require an appsecret_proof argument",
        )
    }

    /// 100: the proof is not the HMAC of the token.
    pub fn proof_wrong() -> GraphError {
        GraphError::new(
            100,
            METHOD,
            "Invalid appsecret_proof provided in the API argument",
        )
    }

    /// 100/2018001: the recipient is not someone who has messaged the page.
    pub fn no_matching_user() -> GraphError {
        GraphError::new(100, OAUTH, "(#100) No matching user found").with_subcode(2018001)
    }

    /// 10/2018300, HTTP 400: a send while another app controls the conversation.
    pub fn another_app_controls() -> GraphError {
        GraphError::new(
            10,
            OAUTH,
            "(#10) Message failed to send because another app is controlling this thread now.",
        )
        .with_subcode(2018300)
    }

    /// 10: a permission the app lacks for this action (Graph's status for it, 403).
    pub fn permission(message: impl Into<String>) -> GraphError {
        let mut error = GraphError::new(10, OAUTH, message);
        error.status = StatusCode::FORBIDDEN;
        error
    }

    /// 551: the customer cannot be messaged (the page blocked them).
    pub fn person_unavailable() -> GraphError {
        GraphError::new(551, OAUTH, "(#551) This person isn't available right now.")
    }

    /// 100/2018218: a customer reached by phone number has no profile. Meta's User Profile
    /// API page gives the subcode and message, not the code: 100 is the mock's choice.
    pub fn no_profile() -> GraphError {
        GraphError::new(100, OAUTH, "(#100) No profile available for this user.")
            .with_subcode(2018218)
    }

    /// 100/2018145: a persistent menu set while the profile has no Get Started button.
    pub fn get_started_required() -> GraphError {
        GraphError::new(
            100,
            OAUTH,
            "(#100) You must set a Get Started button if you also wish to use persistent menu.",
        )
        .with_subcode(2018145)
    }

    /// 100/2018047: an attachment without anything to attach.
    pub fn upload_failure() -> GraphError {
        GraphError::new(100, OAUTH, "(#100) Upload attachment failure.").with_subcode(2018047)
    }

    /// 2, HTTP 500: Graph's transient failure ([`crate::Fault::Transient`]).
    pub fn transient() -> GraphError {
        GraphError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            transient: true,
            ..GraphError::new(
                2,
                OAUTH,
                "An unexpected error has occurred. Please retry your request later.",
            )
        }
    }

    /// [`crate::Fault::GraphError`]: the values given, type `OAuthException`; a status that
    /// is not one is 500.
    pub fn injected(status: u16, code: i64, subcode: Option<i64>, message: String) -> GraphError {
        GraphError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            code,
            subcode,
            kind: OAUTH,
            message,
            transient: false,
        }
    }

    /// [`crate::Fault::ServerErrorEnvelope`]: code 1, as Graph sends it, without
    /// `is_transient`.
    pub fn unknown_error_envelope(fbtrace_id: &str) -> Value {
        json!({"error": {
            "message": "An unknown error occurred",
            "type": OAUTH,
            "code": 1,
            "fbtrace_id": fbtrace_id,
        }})
    }

    /// A throttling code (613, 80006, 4, 17, 32, …), HTTP 400, with the message given.
    pub fn throttled(code: i64, message: String) -> GraphError {
        GraphError {
            status: StatusCode::BAD_REQUEST,
            ..GraphError::new(code, OAUTH, message)
        }
    }

    /// Graph's JSON envelope: `{"error": {message, type, code, …}}`.
    pub fn envelope(&self, fbtrace_id: &str) -> Value {
        let mut error = Map::new();
        error.insert("message".into(), Value::String(self.message.clone()));
        error.insert("type".into(), Value::String(self.kind.into()));
        error.insert("code".into(), json!(self.code));
        if let Some(subcode) = self.subcode {
            error.insert("error_subcode".into(), json!(subcode));
        }
        error.insert("is_transient".into(), Value::Bool(self.transient));
        error.insert("fbtrace_id".into(), Value::String(fbtrace_id.into()));
        let mut body = Map::new();
        body.insert("error".into(), Value::Object(error));
        Value::Object(body)
    }

    /// The `WWW-Authenticate` header of an answer about the token, if this is one.
    pub fn challenge(&self) -> Option<HeaderValue> {
        if self.code == 190 || (self.code == 2500 && self.message.contains("access token")) {
            let challenge = format!(
                "OAuth \"Facebook Platform\" \"invalid_token\" \"{}\"",
                self.message.replace('"', "'")
            );
            return HeaderValue::from_str(&challenge).ok();
        }
        None
    }

    /// The response: status, Graph's JSON envelope and headers.
    pub fn into_response(self, fbtrace_id: &str, version: Option<&str>) -> Response {
        let mut response = json_response(self.status, &self.envelope(fbtrace_id), version);
        if let Some(value) = self.challenge() {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, value);
        }
        response
    }
}

/// The `Content-Type` of every JSON answer, as Graph sends it.
pub(crate) const JSON_CONTENT_TYPE: &str = "application/json; charset=UTF-8";

/// A JSON response, with the version that answered. The usage headers are added where
/// the answer leaves the server.
pub(crate) fn json_response(status: StatusCode, body: &Value, version: Option<&str>) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(JSON_CONTENT_TYPE),
    );
    if let Some(value) = version.and_then(|v| HeaderValue::from_str(v).ok()) {
        headers.insert("facebook-api-version", value);
    }
    response
}
