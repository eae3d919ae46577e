//! The Handover Protocol end to end: a bot passes a conversation to the Page Inbox, its sends
//! are refused and the customer's messages reach it on the standby channel until the Page
//! Inbox hands the conversation back (a `pass_thread_control` event); take, request, release
//! and the thread owner as Graph answers them.

use std::time::Duration;

use fbgraph::Client;
use fbgraph::v26_0::webhooks::{EventChannel, MessagingEventKind, Notification, WebhookEvent};
use fbgraph::v26_0::{
    CreatePagePassThreadControl, CreatePageReleaseThreadControl, CreatePageRequestThreadControl,
    CreatePageTakeThreadControl, OutgoingMessage, Recipient, SendMessage, SendMessageErrorCode,
    ThreadOwner, ThreadRecipient,
};
use fbgraph::webhook::Receiver;
use fbgraph_mock::{MockConfig, MockServer, PAGE_INBOX_APP_ID, WebhookConfig};
use tokio::sync::mpsc;

const SECRET: &str = "handover-test-secret";
const TOKEN: &str = "handover-verify-token";

struct Setup {
    mock: MockServer,
    client: Client,
    psid: String,
    events: mpsc::UnboundedReceiver<WebhookEvent>,
}

/// The mock, a client, and a webhook that keeps every event it gets.
async fn setup() -> Setup {
    let mock = MockServer::start(MockConfig {
        app_secret: Some(SECRET.into()),
        ..MockConfig::default()
    })
    .await
    .expect("the mock starts");
    let client = Client::new(mock.config().access_token.clone())
        .expect("a token")
        .with_app_secret(SECRET)
        .with_base_url(&mock.base_url())
        .expect("the mock's URL");
    let (tx, events) = mpsc::unbounded_channel();
    let route = fbgraph::webhook::axum::route::<Notification, _, _>(
        Receiver::new(SECRET, TOKEN).expect("a receiver"),
        move |event: WebhookEvent| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(event);
            }
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/webhook", listener.local_addr().expect("addr"));
    let app = axum::Router::new().route("/webhook", route);
    tokio::spawn(async move { axum::serve(listener, app).await });
    mock.subscribe_webhook(WebhookConfig::new(url, TOKEN))
        .await
        .expect("subscribed");
    let psid = mock.config().customers[0].psid.clone();
    Setup {
        mock,
        client,
        psid,
        events,
    }
}

impl Setup {
    async fn next(&mut self) -> fbgraph::v26_0::webhooks::MessagingEvent {
        let event = tokio::time::timeout(Duration::from_secs(10), self.events.recv())
            .await
            .expect("an event in time")
            .expect("the webhook is alive");
        event.into_messaging().expect("a Messenger event")
    }

    async fn owner(&self) -> String {
        let owners = self
            .client
            .send(ThreadOwner::new("me", &self.psid))
            .await
            .expect("the thread owner");
        owners.data[0]
            .thread_owner
            .as_ref()
            .and_then(|o| o.app_id.clone())
            .map(|id| id.to_string())
            .unwrap_or_default()
    }

    fn text(&self, text: &str) -> SendMessage {
        SendMessage::message("me", Recipient::id(&self.psid), OutgoingMessage::text(text))
    }
}

#[tokio::test]
async fn a_conversation_goes_to_the_page_inbox_and_back() {
    let mut s = setup().await;
    let app_id = s.mock.config().app_id.clone();
    assert_eq!(s.owner().await, app_id, "the bot has control at first");

    let passed = s
        .client
        .send(
            CreatePagePassThreadControl::new("me", ThreadRecipient::new(&s.psid))
                .target_app_id(PAGE_INBOX_APP_ID)
                .metadata("wants a human"),
        )
        .await
        .expect("passed");
    assert_eq!(passed.success, Some(true));
    assert_eq!(s.owner().await, PAGE_INBOX_APP_ID);

    // The bot may not talk over the agent.
    let refused = s
        .client
        .send(s.text("Still here!"))
        .await
        .expect_err("another app controls the thread");
    assert_eq!(
        refused.graph_code(),
        Some(&SendMessageErrorCode::AnotherAppControlsThread)
    );
    assert_eq!(refused.graph().map(|g| g.status), Some(400));

    // The customer's messages reach the bot on standby.
    s.mock
        .customer(&s.psid)
        .send_text("Is anyone there?")
        .await
        .expect("delivered");
    let event = s.next().await;
    assert_eq!(event.channel, EventChannel::Standby);
    assert!(
        matches!(event.kind, MessagingEventKind::Message(_)),
        "{event:?}"
    );

    // The agent is done: control comes back with the agent's metadata.
    s.mock
        .page_inbox()
        .pass_back(&s.psid, Some("resolved"))
        .await
        .expect("handed back");
    let event = s.next().await;
    assert_eq!(event.channel, EventChannel::Messaging);
    let MessagingEventKind::PassThreadControl(pass) = &event.kind else {
        panic!("a pass_thread_control event: {event:?}");
    };
    assert_eq!(
        pass.new_owner_app_id.as_ref().map(|id| id.as_str()),
        Some(app_id.as_str())
    );
    assert_eq!(
        pass.previous_owner_app_id.as_ref().map(|id| id.as_str()),
        Some(PAGE_INBOX_APP_ID)
    );
    assert_eq!(pass.metadata.as_deref(), Some("resolved"));
    assert_eq!(s.owner().await, app_id);
    s.client
        .send(s.text("Back with you"))
        .await
        .expect("the bot may send again");

    // And the next customer message is the bot's to answer.
    s.mock
        .customer(&s.psid)
        .send_text("Thanks")
        .await
        .expect("delivered");
    assert_eq!(s.next().await.channel, EventChannel::Messaging);
}

#[tokio::test]
async fn take_request_and_release_follow_the_protocol() {
    let mut s = setup().await;
    let app_id = s.mock.config().app_id.clone();
    let psid = s.psid.clone();
    let recipient = || ThreadRecipient::new(&psid);

    // Releasing or passing what the bot does not control is refused; taking it is not.
    s.client
        .send(CreatePagePassThreadControl::new("me", recipient()).target_app_id(PAGE_INBOX_APP_ID))
        .await
        .expect("passed");
    let refused = s
        .client
        .send(CreatePageReleaseThreadControl::new("me", recipient()))
        .await
        .expect_err("not in control");
    assert_eq!(refused.graph().map(|g| g.code), Some(10));
    let refused = s
        .client
        .send(CreatePagePassThreadControl::new("me", recipient()).target_app_id(PAGE_INBOX_APP_ID))
        .await
        .expect_err("not in control");
    assert_eq!(refused.graph().map(|g| g.code), Some(10));
    s.client
        .send(CreatePageTakeThreadControl::new("me", recipient()).metadata("taking over"))
        .await
        .expect("taken");
    assert_eq!(s.owner().await, app_id);

    // The Page Inbox asks for the conversation: the bot hears of it, control stays.
    s.mock
        .page_inbox()
        .request(&s.psid, Some("customer asked for a human"))
        .await
        .expect("delivered");
    let event = s.next().await;
    let MessagingEventKind::RequestThreadControl(request) = &event.kind else {
        panic!("a request_thread_control event: {event:?}");
    };
    assert_eq!(
        request
            .requested_owner_app_id
            .as_ref()
            .map(|id| id.as_str()),
        Some(PAGE_INBOX_APP_ID)
    );
    assert_eq!(s.owner().await, app_id);
    s.client
        .send(CreatePageRequestThreadControl::new("me", recipient()))
        .await
        .expect("a request is accepted");
    s.client
        .send(CreatePageReleaseThreadControl::new("me", recipient()))
        .await
        .expect("released");

    // An app without a role on the Page is not a target; an unknown customer is refused.
    let refused = s
        .client
        .send(CreatePagePassThreadControl::new("me", recipient()).target_app_id("999"))
        .await
        .expect_err("no such app");
    assert_eq!(refused.graph().map(|g| g.code), Some(100));
    let refused = s
        .client
        .send(CreatePageTakeThreadControl::new(
            "me",
            ThreadRecipient::new("1000000000000999"),
        ))
        .await
        .expect_err("not a customer");
    assert_eq!(refused.graph().and_then(|g| g.error_subcode), Some(2018001));
    // The Page Inbox cannot hand back what it does not have.
    assert!(s.mock.page_inbox().pass_back(&s.psid, None).await.is_err());
}

#[tokio::test]
async fn the_page_inbox_is_a_secondary_receiver_where_the_version_lists_them() {
    let s = setup().await;
    let receivers = s
        .client
        .send(fbgraph::v25_0::GetPageSecondaryReceivers::new("me"))
        .await
        .expect("listed");
    let inbox = receivers.data.first().expect("the Page Inbox");
    assert_eq!(inbox.id.as_deref(), Some(PAGE_INBOX_APP_ID));
    assert_eq!(inbox.name.as_deref(), Some("Page Inbox"));
}
