//! A mock server on 127.0.0.1:0 and a client pointed at it.

use fbgraph::Client;
use fbgraph::v19_0::{OutgoingMessage, Recipient, SendMessage};
use fbgraph_mock::{MockConfig, MockServer};

pub struct Env {
    pub server: MockServer,
    pub client: Client,
}

impl Env {
    pub async fn start() -> Env {
        Env::with_config(MockConfig::default()).await
    }

    pub async fn with_config(config: MockConfig) -> Env {
        let server = MockServer::start(config).await.expect("the mock starts");
        let client = Client::new(server.config().access_token.clone())
            .expect("a valid token")
            .with_base_url(&server.base_url())
            .expect("the mock's base URL is valid");
        Env { server, client }
    }

    pub fn page_id(&self) -> String {
        self.server.config().page_id.clone()
    }

    /// A customer who has messaged the page, so the page may message them.
    pub fn customer(&self) -> String {
        self.server.config().customers[0].psid.clone()
    }

    /// Sends `text` to the customer and returns the new message's id.
    pub async fn send_text(&self, text: &str) -> String {
        let sent = self
            .client
            .send(SendMessage::message(
                "me",
                Recipient::id(self.customer()),
                OutgoingMessage::text(text),
            ))
            .await
            .expect("sent");
        sent.message_id.expect("a message id")
    }
}
