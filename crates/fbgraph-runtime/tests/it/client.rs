//! What the client sends and how it reads the answers, against the recording responder.

use fbgraph_runtime::{
    Client, Endpoint, Error, ErrorCode, Method, Paged, Paging, RetryPolicy, UntypedCode,
    encode_path_segment,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::server::{Canned, Server};

pub(crate) const TOKEN: &str = "EAAB-test-token-0123456789";
pub(crate) const SECRET: &str = "test-app-secret";
// python3 -c 'import hmac,hashlib; print(hmac.new(b"test-app-secret",
//     b"EAAB-test-token-0123456789", hashlib.sha256).hexdigest())'
pub(crate) const PROOF: &str = "b7d0cf1b06939190bd45bfcb03816132ef09404f4d15abc010e6926665134367";

// ---- hand-written endpoints, shaped like generated ones ----

#[derive(Serialize)]
pub(crate) struct Conversations {
    #[serde(skip)]
    page_id: String,
    #[serde(
        serialize_with = "fbgraph_runtime::ser::comma_separated",
        skip_serializing_if = "Option::is_none"
    )]
    fields: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    filter: Option<Filter>,
}

#[derive(Serialize)]
pub(crate) struct Filter {
    folder: &'static str,
    tags: Vec<&'static str>,
}

impl Conversations {
    pub(crate) fn new(page_id: &str) -> Self {
        Conversations {
            page_id: page_id.to_owned(),
            fields: None,
            limit: None,
            filter: None,
        }
    }
}

#[derive(Debug, Deserialize, PartialEq)]
pub(crate) struct Thread {
    id: String,
}

impl Endpoint for Conversations {
    type Response = Paged<Thread>;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "Conversations";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/conversations", encode_path_segment(&self.page_id))
    }
}

#[derive(Serialize)]
pub(crate) struct SendMessage {
    #[serde(skip)]
    page_id: String,
    recipient: Recipient,
    messaging_type: &'static str,
    message: Message,
}

#[derive(Serialize)]
pub(crate) struct Recipient {
    id: String,
}

#[derive(Serialize)]
pub(crate) struct Message {
    text: String,
}

#[derive(Debug, Deserialize, PartialEq)]
pub(crate) struct SendResponse {
    recipient_id: String,
    message_id: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SendCode {
    Unavailable,
    Other(i64),
}

impl ErrorCode for SendCode {
    fn from_code(code: i64) -> Self {
        match code {
            551 => SendCode::Unavailable,
            other => SendCode::Other(other),
        }
    }
    fn code(&self) -> i64 {
        match self {
            SendCode::Unavailable => 551,
            SendCode::Other(code) => *code,
        }
    }
    fn description(&self) -> Option<&'static str> {
        match self {
            SendCode::Unavailable => Some("This person isn't available right now."),
            SendCode::Other(_) => None,
        }
    }
}

impl Endpoint for SendMessage {
    type Response = SendResponse;
    type ErrorCode = SendCode;
    const METHOD: Method = Method::Post;
    const NAME: &'static str = "SendMessage";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/messages", encode_path_segment(&self.page_id))
    }
}

pub(crate) fn send_message() -> SendMessage {
    SendMessage {
        page_id: "1234".to_owned(),
        recipient: Recipient {
            id: "5678".to_owned(),
        },
        messaging_type: "RESPONSE",
        message: Message {
            text: "Your order shipped".to_owned(),
        },
    }
}

#[derive(Serialize)]
struct DeleteLabel {
    #[serde(skip)]
    id: String,
    user: &'static str,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Success {
    success: bool,
}

impl Endpoint for DeleteLabel {
    type Response = Success;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Delete;
    const NAME: &'static str = "DeleteLabel";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        format!("/{}/label", encode_path_segment(&self.id))
    }
}

/// An endpoint whose parameters are not a JSON object.
#[derive(Serialize)]
struct NotAnObject(Vec<u32>);

impl Endpoint for NotAnObject {
    type Response = Success;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "NotAnObject";
    const VERSION: &'static str = "v19.0";
    fn path(&self) -> String {
        "/me".to_owned()
    }
}

/// A client that sends each request once: these tests judge single exchanges (retries are
/// tested against the mock, in `retry.rs`).
pub(crate) fn client_for(server: &Server) -> Client {
    Client::new(TOKEN)
        .expect("a valid token")
        .with_base_url(&server.url())
        .expect("the responder's URL is a valid base")
        .with_retry_policy(RetryPolicy::none())
}

pub(crate) fn assert_no_secrets(text: &str) {
    assert!(!text.contains(TOKEN), "token leaked: {text}");
    assert!(!text.contains(PROOF), "proof leaked: {text}");
    assert!(!text.contains(SECRET), "secret leaked: {text}");
}

const PAGE: &str =
    r#"{"data":[{"id":"t_1"},{"id":"t_2"}],"paging":{"cursors":{"before":"B","after":"A"}}}"#;

// ---- what goes on the wire ----

#[tokio::test]
async fn token_travels_as_a_bearer_header_never_in_the_url() {
    let server = Server::start(vec![Canned::json(200, PAGE)]).await;
    let page = client_for(&server)
        .send(Conversations::new("1234"))
        .await
        .expect("a page");
    assert_eq!(
        page.data,
        vec![
            Thread {
                id: "t_1".to_owned()
            },
            Thread {
                id: "t_2".to_owned()
            }
        ]
    );

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/v19.0/1234/conversations");
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(request.header("authorization"), Some(bearer.as_str()));
    assert!(!request.target.contains(TOKEN));
    assert_eq!(request.query_param("access_token"), None);
    assert_eq!(request.query_param("appsecret_proof"), None);
    let agent = request.header("user-agent").unwrap_or("");
    assert!(agent.starts_with("fbgraph/"), "{agent}");
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn app_secret_adds_the_proof_to_every_request() {
    let server = Server::start(vec![
        Canned::json(200, PAGE),
        Canned::json(200, r#"{"recipient_id":"5678","message_id":"m_1"}"#),
    ])
    .await;
    let client = client_for(&server).with_app_secret(SECRET);
    client
        .send(Conversations::new("1234"))
        .await
        .expect("a page");
    client.send(send_message()).await.expect("sent");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(
            request.query_param("appsecret_proof").as_deref(),
            Some(PROOF)
        );
        assert_eq!(request.query_param("access_token"), None);
    }
}

#[tokio::test]
async fn get_parameters_go_in_the_query_with_objects_as_json() {
    let server = Server::start(vec![Canned::json(200, PAGE)]).await;
    let request = Conversations {
        page_id: "1234".to_owned(),
        fields: Some(vec!["id", "messages.limit(5){message,from}"]),
        limit: Some(10),
        filter: Some(Filter {
            folder: "inbox",
            tags: vec!["a b", "c&d"],
        }),
    };
    client_for(&server).send(request).await.expect("a page");

    let request = server.only_request();
    assert_eq!(request.path(), "/v19.0/1234/conversations");
    let query = request.query();
    let expected = [
        ("fields", "id,messages.limit(5){message,from}"),
        ("limit", "10"),
        ("filter", r#"{"folder":"inbox","tags":["a b","c&d"]}"#),
    ];
    assert_eq!(query.len(), expected.len(), "{query:?}");
    for (name, value) in expected {
        assert_eq!(
            request.query_param(name).as_deref(),
            Some(value),
            "{name} in {query:?}"
        );
    }
}

#[tokio::test]
async fn post_parameters_go_in_a_json_body() {
    let server = Server::start(vec![Canned::json(
        200,
        r#"{"recipient_id":"5678","message_id":"m_1","extra":"kept out"}"#,
    )])
    .await;
    let sent = client_for(&server)
        .with_app_secret(SECRET)
        .send(send_message())
        .await
        .expect("sent");
    assert_eq!(
        sent,
        SendResponse {
            recipient_id: "5678".to_owned(),
            message_id: "m_1".to_owned()
        }
    );

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path(), "/v19.0/1234/messages");
    assert_eq!(request.header("content-type"), Some("application/json"));
    let body: Value = serde_json::from_slice(&request.body).expect("a JSON body");
    assert_eq!(
        body,
        json!({
            "recipient": {"id": "5678"},
            "messaging_type": "RESPONSE",
            "message": {"text": "Your order shipped"},
        })
    );
    // Only the proof is in the query; the parameters are not duplicated there.
    assert_eq!(
        request.query(),
        vec![("appsecret_proof".to_owned(), PROOF.to_owned())]
    );
}

#[tokio::test]
async fn delete_parameters_go_in_the_query_and_ids_cannot_change_the_path() {
    let server = Server::start(vec![Canned::json(200, r#"{"success":true}"#)]).await;
    let done = client_for(&server)
        .send(DeleteLabel {
            id: "../me?x=1#".to_owned(),
            user: "5678",
        })
        .await
        .expect("deleted");
    assert_eq!(done, Success { success: true });

    let request = server.only_request();
    assert_eq!(request.method, "DELETE");
    assert_eq!(request.target, "/v19.0/..%2Fme%3Fx%3D1%23/label?user=5678");
}

#[tokio::test]
async fn parameters_that_are_not_an_object_are_refused_before_sending() {
    let server = Server::start(vec![]).await;
    let error = client_for(&server)
        .send(NotAnObject(vec![1]))
        .await
        .expect_err("an array is not parameters");
    assert!(matches!(&error, Error::Request(_)), "{error:?}");
    assert!(error.to_string().contains("NotAnObject"), "{error}");
    assert!(server.requests().is_empty());
}

#[test]
fn clients_errors_and_request_futures_can_cross_threads() {
    fn is_send_sync<T: Send + Sync>(_: &T) {}
    fn is_send<T: Send>(_: &T) {}
    let client = Client::new(TOKEN).expect("a valid token");
    is_send_sync(&client);
    is_send_sync(&Error::<SendCode>::Request(String::new()));
    // Built, checked and dropped without being polled: nothing is sent.
    is_send(&client.send(send_message()));
    is_send(&client.next_page(&Paged::<Thread>::default()));
    is_send(&client.send_with_usage(send_message()));
    is_send(&client.send_batch(fbgraph_runtime::Batch::new()));
    let mut items = client.paginate(Conversations::new("1234"));
    is_send(&items.try_next());
    is_send(&items);
    let mut pages = client.paginate(Conversations::new("1234")).pages();
    is_send(&pages.try_next());
}

// ---- how answers are judged ----

#[tokio::test]
async fn an_error_envelope_with_status_200_is_a_graph_error() {
    let server = Server::start(vec![Canned::json(
        200,
        r#"{"error":{"message":"(#551) This person isn't available right now.",
            "type":"OAuthException","code":551,"error_subcode":1545041,
            "error_user_title":"Message Not Sent","error_user_msg":"This person isn't available.",
            "fbtrace_id":"AKz9LhQ3","is_transient":false}}"#,
    )])
    .await;
    let error = client_for(&server)
        .with_app_secret(SECRET)
        .send(send_message())
        .await
        .expect_err("Graph said no");
    let Error::Graph(graph) = &error else {
        panic!("expected a Graph error, got {error:?}")
    };
    assert_eq!(graph.status, 200);
    assert_eq!(
        graph.message,
        "(#551) This person isn't available right now."
    );
    assert_eq!(graph.kind.as_deref(), Some("OAuthException"));
    assert_eq!(graph.code, 551);
    assert_eq!(graph.error_subcode, Some(1_545_041));
    assert_eq!(graph.error_user_title.as_deref(), Some("Message Not Sent"));
    assert_eq!(
        graph.error_user_msg.as_deref(),
        Some("This person isn't available.")
    );
    assert_eq!(graph.fbtrace_id.as_deref(), Some("AKz9LhQ3"));
    assert!(!graph.is_transient);
    assert_eq!(graph.endpoint_code, SendCode::Unavailable);

    let shown = error.to_string();
    assert!(
        shown.starts_with("Graph error 551 (OAuthException, subcode 1545041)"),
        "{shown}"
    );
    assert!(
        shown.contains("This person isn't available right now."),
        "{shown}"
    );
    assert!(shown.contains("[fbtrace_id AKz9LhQ3]"), "{shown}");
    assert_no_secrets(&format!("{error} {error:?}"));

    let untyped = error.untyped();
    assert_eq!(
        untyped.graph().map(|g| g.endpoint_code),
        Some(UntypedCode(551))
    );
}

#[tokio::test]
async fn an_error_envelope_with_a_failure_status_keeps_that_status() {
    let server = Server::start(vec![Canned::json(
        503,
        r#"{"error":{"message":"An unexpected error has occurred.","code":"2","is_transient":true}}"#,
    )])
    .await;
    let error = client_for(&server)
        .send(Conversations::new("1234"))
        .await
        .expect_err("Graph said no");
    let graph = error.graph().expect("a Graph error");
    assert_eq!(graph.status, 503);
    assert_eq!(graph.code, 2);
    assert_eq!(graph.kind, None);
    assert!(graph.is_transient);
}

#[tokio::test]
async fn a_failure_status_without_an_envelope_is_an_http_error() {
    let page = format!(
        "<html><body><h1>400 Bad Request</h1>{}</body></html>",
        "x".repeat(3000)
    );
    let server = Server::start(vec![Canned::html(400, &page)]).await;
    let error = client_for(&server)
        .send(Conversations::new("1234"))
        .await
        .expect_err("a proxy error page");
    let Error::Http { status, body, .. } = &error else {
        panic!("expected an HTTP error, got {error:?}")
    };
    assert_eq!(*status, 400);
    assert!(
        body.starts_with("<html><body><h1>400 Bad Request</h1>"),
        "{body}"
    );
    assert_eq!(body.len(), 1024, "the body is cut at 1 KiB");
    assert!(error.to_string().starts_with("HTTP 400"), "{error}");
}

#[tokio::test]
async fn an_undecodable_success_body_is_a_decode_error() {
    let truncated = r#"{"recipient_id":"5678","message_"#;
    let server = Server::start(vec![Canned::json(200, truncated)]).await;
    let error = client_for(&server)
        .send(send_message())
        .await
        .expect_err("truncated JSON");
    let Error::Decode { status, body, .. } = &error else {
        panic!("expected a decode error, got {error:?}")
    };
    assert_eq!(*status, 200);
    assert_eq!(body, truncated);
    let source = std::error::Error::source(&error).map(ToString::to_string);
    assert!(
        source.as_deref().is_some_and(|s| s.contains("EOF")),
        "{source:?}"
    );
}

#[tokio::test]
async fn a_connection_closed_without_an_answer_is_a_transport_error() {
    let server = Server::start(vec![Canned::HangUp]).await;
    let error = client_for(&server)
        .with_app_secret(SECRET)
        .send(Conversations::new("1234"))
        .await
        .expect_err("no answer");
    assert!(matches!(&error, Error::Transport(_)), "{error:?}");
    assert_eq!(server.requests().len(), 1, "the request was sent");

    // Neither the message, the debug output nor the source chain names the URL or credentials.
    let mut shown = format!("{error} {error:?}");
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        shown.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    assert_no_secrets(&shown);
    assert!(!shown.contains("appsecret_proof"), "{shown}");
    assert!(!shown.contains("/v19.0/1234"), "{shown}");
}

// ---- paging ----

fn page_with_next(next: String) -> Paged<Thread> {
    let mut paging = Paging::default();
    paging.next = Some(next);
    Paged::new(Vec::new(), Some(paging))
}

#[tokio::test]
async fn next_page_refuses_links_to_another_server_and_sends_nothing() {
    let ours = Server::start(vec![]).await;
    let foreign = Server::start(vec![Canned::json(200, PAGE)]).await;
    let client = client_for(&ours).with_app_secret(SECRET);

    for next in [
        format!(
            "{}/v19.0/1234/conversations?access_token=LEAKED&after=A",
            foreign.url()
        ),
        "https://evil.example/v19.0/1234/conversations?after=A".to_owned(),
        "not a url".to_owned(),
    ] {
        let error = client
            .next_page(&page_with_next(next.clone()))
            .await
            .expect_err("a foreign link");
        assert!(matches!(&error, Error::Request(_)), "{next}: {error:?}");
        assert!(!error.to_string().contains("LEAKED"), "{error}");
    }
    assert!(foreign.requests().is_empty(), "{:?}", foreign.requests());
    assert!(ours.requests().is_empty(), "{:?}", ours.requests());
}

#[tokio::test]
async fn next_page_strips_the_embedded_token_and_re_signs() {
    let server = Server::start(vec![Canned::json(
        200,
        r#"{"data":[{"id":"t_3"}],"paging":{"cursors":{"before":"A","after":"C"}}}"#,
    )])
    .await;
    let client = client_for(&server).with_app_secret(SECRET);
    let next = format!(
        "{}/v19.0/1234/conversations?access_token=LEAKED-OLD-TOKEN&limit=2&appsecret_proof=stale&after=A",
        server.url()
    );

    let page = client
        .next_page(&page_with_next(next))
        .await
        .expect("the next page")
        .expect("there is a next page");
    assert_eq!(
        page.data,
        vec![Thread {
            id: "t_3".to_owned()
        }]
    );

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path(), "/v19.0/1234/conversations");
    assert!(!request.target.contains("LEAKED"), "{}", request.target);
    assert_eq!(request.query_param("access_token"), None);
    assert_eq!(request.query_param("limit").as_deref(), Some("2"));
    assert_eq!(request.query_param("after").as_deref(), Some("A"));
    let proofs: Vec<String> = request
        .query()
        .into_iter()
        .filter(|(k, _)| k == "appsecret_proof")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(proofs, vec![PROOF.to_owned()]);
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(request.header("authorization"), Some(bearer.as_str()));

    // The fetched page has no `next`: the list ends without another request.
    assert!(client.next_page(&page).await.expect("no error").is_none());
    assert_eq!(server.requests().len(), 1);
}
