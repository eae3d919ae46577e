//! `GET /{message-id}` and its edges, end to end.

use crate::support::Env;
use fbgraph::ErrorCode;
use fbgraph::v19_0::{GetMessage, GetMessageErrorCode, MessageShares};

#[tokio::test]
async fn a_message_read_without_fields_has_its_default_fields_only() {
    let env = Env::start().await;
    let id = env.send_text("hi").await;
    let read = env.client.send(GetMessage::new(&id)).await.expect("read");
    assert_eq!(read.id.as_deref(), Some(id.as_str()));
    let created = read.created_time.expect("created_time is a default field");
    assert!(created.unix_timestamp() > 1_700_000_000);
    assert_eq!(read.message, None);
    assert!(read.unknown_fields.is_empty(), "{:?}", read.unknown_fields);
}

#[tokio::test]
async fn a_message_without_shares_lists_none() {
    let env = Env::start().await;
    let id = env.send_text("hi").await;
    let shares = env
        .client
        .send(MessageShares::new(id))
        .await
        .expect("listed");
    assert!(shares.data.is_empty());
}

#[tokio::test]
async fn an_unknown_message_id_is_a_graph_error() {
    let env = Env::start().await;
    let err = env
        .client
        .send(GetMessage::new("m_does_not_exist"))
        .await
        .expect_err("no such message");
    let graph = err.graph().expect("a Graph error");
    assert_eq!(graph.code, 100);
    // The Message page lists no codes, so the typed code says so.
    assert_eq!(graph.endpoint_code, GetMessageErrorCode::from_code(100));
    assert_eq!(graph.endpoint_code, fbgraph::UntypedCode(100));
}

#[tokio::test]
async fn an_id_cannot_inject_a_path() {
    let env = Env::start().await;
    // Were the id not encoded, this would read the page's conversations.
    let err = env
        .client
        .send(GetMessage::new("me/conversations"))
        .await
        .expect_err("an id is one path segment");
    assert_eq!(err.graph().map(|g| g.code), Some(100), "{err}");
}
