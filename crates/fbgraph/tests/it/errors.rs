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

mod bot_error_handling {
    //! A bot's own handling of Graph's errors, driven by the mock's call errors.
    use fbgraph::v26_0::{
        Conversations, ErrorClass, GraphErrorCode, MessageTag, MessagingType, OutgoingMessage,
        Recipient, SendMessage, SendMessageErrorCode,
    };
    use fbgraph::{Client, Error, ErrorCode, GraphError};
    use fbgraph_mock::{CallError, MockServer};

    /// What a bot does to follow up on a customer: read its conversations, then reply;
    /// outside the 24-hour window it hands the reply to a human agent's tag instead. The
    /// errors of two different calls meet in one `fbgraph::Error` through `?`.
    async fn follow_up(client: &Client, psid: &str) -> Result<&'static str, Error> {
        let threads = client.send(Conversations::new("me")).await?;
        let _ = threads.data.len();
        let reply = || {
            SendMessage::message(
                "me",
                Recipient::id(psid),
                OutgoingMessage::text("Any news?"),
            )
        };
        match client
            .send(reply().messaging_type(MessagingType::Response))
            .await
        {
            Ok(_) => Ok("replied"),
            Err(e) => match e.graph_code() {
                Some(SendMessageErrorCode::OutsideAllowedWindow) => {
                    client.send(reply().tag(MessageTag::HumanAgent)).await?;
                    Ok("handed to a human agent")
                }
                Some(SendMessageErrorCode::NoMatchingUser) => Ok("no such customer"),
                _ => Err(e.into()),
            },
        }
    }

    async fn start() -> (MockServer, Client, String) {
        let env = crate::support::Env::start().await;
        let (client, psid) = (env.client.clone(), env.customer());
        (env.server, client, psid)
    }

    #[tokio::test]
    async fn outside_the_window_the_bot_tags_its_reply() {
        let (server, client, psid) = start().await;
        assert_eq!(follow_up(&client, &psid).await.expect("ok"), "replied");
        server.faults().answer_call(
            "SendMessage",
            CallError::new(10).with_subcode(2018278).times(1),
        );
        assert_eq!(
            follow_up(&client, &psid).await.expect("ok"),
            "handed to a human agent"
        );
        // The refused reply was not performed; the tagged one was.
        let sends: Vec<u16> = server
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/messages"))
            .map(|r| r.status)
            .collect();
        assert_eq!(sends, [200, 403, 200]);
    }

    #[tokio::test]
    async fn an_error_the_bot_does_not_handle_comes_back_with_everything_graph_said() {
        let (server, client, psid) = start().await;
        server
            .faults()
            .answer_call("Conversations", CallError::new(190));
        let err = follow_up(&client, &psid)
            .await
            .expect_err("the token is bad");
        let graph = err.graph().expect("a Graph error");
        assert_eq!((graph.status, graph.code), (400, 190));
        // Combined, the call's typed code is gone; the version's catalogue names it again.
        assert_eq!(
            err.code_as::<GraphErrorCode>(),
            Some(GraphErrorCode::InvalidAccessToken)
        );
        server.faults().clear();
        server
            .faults()
            .answer_call("SendMessage", CallError::new(100).with_subcode(2018001));
        assert_eq!(
            follow_up(&client, &psid).await.expect("handled"),
            "no such customer"
        );
    }

    #[test]
    fn a_graph_error_built_in_a_test_is_typed_by_its_code_and_subcode() {
        let outside: GraphError<SendMessageErrorCode> =
            GraphError::new(10, "(#10) This message is sent outside of allowed window.")
                .with_subcode(2018278)
                .with_status(403);
        assert_eq!(
            outside.endpoint_code,
            SendMessageErrorCode::OutsideAllowedWindow
        );
        assert_eq!(outside.endpoint_code.subcode(), Some(2018278));
        assert_eq!(
            outside.endpoint_code.description(),
            Some("This message is sent outside of allowed window.")
        );
        // The call's code is the catalogue's entry, which says what kind of failure it is.
        assert_eq!(
            outside.endpoint_code.catalogued(),
            Some(GraphErrorCode::OutsideAllowedWindow)
        );
        assert_eq!(
            outside.endpoint_code.catalogued().and_then(|c| c.class()),
            Some(ErrorClass::Permission)
        );
        let throttled: GraphError<SendMessageErrorCode> = GraphError::new(613, "(#613) …");
        assert_eq!(
            throttled.endpoint_code.catalogued().and_then(|c| c.class()),
            Some(ErrorClass::Throttling)
        );
        // A subcode the page does not list is the code's own case.
        let other: GraphError<SendMessageErrorCode> =
            GraphError::new(10, "(#10) …").with_subcode(1);
        assert_eq!(other.endpoint_code, SendMessageErrorCode::PermissionDenied);
        let unlisted: GraphError<SendMessageErrorCode> = GraphError::new(99_999, "?");
        assert_eq!(unlisted.endpoint_code.catalogued(), None);
        assert_eq!(unlisted.endpoint_code.description(), None);
        // As a bot's test double would return it, and as the bot matches it.
        let err: Error<SendMessageErrorCode> = outside.into();
        assert!(matches!(
            err.graph_code(),
            Some(SendMessageErrorCode::OutsideAllowedWindow)
        ));
        let untyped: Error = err.into();
        assert_eq!(
            untyped.code_as::<SendMessageErrorCode>(),
            Some(SendMessageErrorCode::OutsideAllowedWindow)
        );
        // The catalogue knows the page's advice where it gives one.
        assert_eq!(
            GraphErrorCode::from_code_and_subcode(2, Some(2018344)),
            GraphErrorCode::LabelsTermsNotAccepted
        );
        assert!(
            GraphErrorCode::LabelsTermsNotAccepted
                .advice()
                .is_some_and(|a| a.contains("Privacy Terms of Service")),
        );
    }
}
