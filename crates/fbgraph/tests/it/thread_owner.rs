//! `GET /{page-id}/thread_owner`, end to end.

use fbgraph::v19_0::{ThreadOwner, ThreadOwnerErrorCode};

use crate::support::Env;

#[tokio::test]
async fn the_thread_owner_of_a_known_customer_is_the_app() {
    let env = Env::start().await;
    let owners = env
        .client
        .send(ThreadOwner::new("me", env.customer()))
        .await
        .expect("answered");
    assert_eq!(owners.data.len(), 1);
    let app = owners.data[0]
        .thread_owner
        .as_ref()
        .and_then(|o| o.app_id.clone());
    assert_eq!(app.as_deref(), Some(env.server.config().app_id.as_str()));
}

#[tokio::test]
async fn an_unknown_recipient_is_a_typed_error() {
    let env = Env::start().await;
    let err = env
        .client
        .send(ThreadOwner::new("me", "123"))
        .await
        .expect_err("unknown");
    let graph = err.graph().expect("a Graph error");
    assert_eq!(graph.endpoint_code, ThreadOwnerErrorCode::InvalidParameter);
    assert_eq!(graph.error_subcode, Some(2018001));
}
