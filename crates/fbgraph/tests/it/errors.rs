//! Auth, appsecret_proof and error decoding against the mock.

use fbgraph::v19_0::{
    Conversations, ConversationsErrorCode, OutgoingMessage, Recipient, SendMessage,
};
use fbgraph::{Client, Error, ErrorCode};
use fbgraph_mock::MockConfig;

use crate::support::Env;

#[tokio::test]
async fn a_wrong_token_is_error_190_and_the_token_is_never_shown() {
    let env = Env::start().await;
    let secret_token = "EAAB-not-the-right-token-4f9a";
    let client = Client::new(secret_token)
        .expect("a valid token")
        .with_base_url(&env.server.base_url())
        .expect("url");
    let err = client
        .send(Conversations::new("me"))
        .await
        .expect_err("rejected");
    let graph = err.graph().expect("a Graph error");
    assert_eq!(graph.code, 190);
    assert_eq!(graph.kind.as_deref(), Some("OAuthException"));
    assert_eq!(
        graph.endpoint_code,
        ConversationsErrorCode::InvalidAccessToken
    );
    assert_eq!(
        graph.endpoint_code.description(),
        Some("Invalid OAuth 2.0 Access Token")
    );
    for shown in [err.to_string(), format!("{err:?}"), format!("{client:?}")] {
        assert!(!shown.contains(secret_token), "the token leaked: {shown}");
    }
}

#[tokio::test]
async fn appsecret_proof_is_sent_and_checked() {
    let config = MockConfig {
        app_secret: Some("app-secret-42".into()),
        ..MockConfig::default()
    };
    let env = Env::with_config(config).await;
    let token = env.server.config().access_token.clone();
    let base = env.server.base_url();

    let signed = Client::new(&token)
        .expect("a valid token")
        .with_app_secret("app-secret-42")
        .with_base_url(&base)
        .expect("url");
    signed
        .send(Conversations::new("me"))
        .await
        .expect("a correct proof is accepted");

    let wrong = Client::new(&token)
        .expect("a valid token")
        .with_app_secret("another-secret")
        .with_base_url(&base)
        .expect("url");
    let err = wrong
        .send(Conversations::new("me"))
        .await
        .expect_err("a wrong proof is rejected");
    let graph = err.graph().expect("a Graph error");
    assert_eq!(graph.code, 100);
    assert!(
        graph.message.contains("appsecret_proof"),
        "{}",
        graph.message
    );

    let unsigned = env
        .client
        .send(Conversations::new("me"))
        .await
        .expect_err("a proof is required");
    assert!(
        unsigned
            .graph()
            .is_some_and(|g| g.message.contains("appsecret_proof"))
    );
}

#[tokio::test]
async fn another_page_is_not_reachable_with_this_pages_token() {
    let env = Env::start().await;
    let err = env
        .client
        .send(SendMessage::message(
            "42",
            Recipient::id(env.customer()),
            OutgoingMessage::text("hi"),
        ))
        .await
        .expect_err("not our page");
    assert_eq!(err.graph().map(|g| g.code), Some(100));
}

#[tokio::test]
async fn a_server_that_is_gone_is_a_transport_error() {
    let env = Env::start().await;
    let base = env.server.base_url();
    env.server.shutdown().await;
    let client = Client::new("t")
        .expect("a valid token")
        .with_base_url(&base)
        .expect("url");
    let err = client
        .send(Conversations::new("me"))
        .await
        .expect_err("nobody listens");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}
