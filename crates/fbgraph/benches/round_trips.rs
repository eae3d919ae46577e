//! Instruction counts, for differences too small for wall-clock time on a busy machine:
//! 3000 sends with one client, run under callgrind (BENCHMARKS.md has the commands).
//!
//! `cargo bench -p fbgraph --bench round_trips -- generated` (or `handwritten`, or `none`
//! for the start-up cost to subtract). Without an argument it does nothing, so that
//! `cargo bench` stays quick.

use fbgraph::v26_0::{Recipient, SendMessage, SenderAction};
#[path = "support/hand.rs"]
mod hand;

const SENDS: usize = 3000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let which = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    if !["generated", "handwritten", "none"].contains(&which.as_str()) {
        return Ok(());
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let mock = fbgraph_mock::MockServer::start(fbgraph_mock::MockConfig::default()).await?;
        let token = mock.config().access_token.clone();
        let psid = mock.config().customers[0].psid.clone();
        let client = fbgraph::Client::new(&token)?.with_base_url(&mock.base_url())?;
        let hand = hand::Hand {
            // reqwest has no crypto provider of its own here; the builder carries fbgraph's.
            http: fbgraph::Client::http_client_builder()?.build()?,
            base: mock.base_url(),
            token: token.clone(),
        };
        for _ in 0..SENDS {
            match which.as_str() {
                "generated" => {
                    let sent = client
                        .send(SendMessage::sender_action(
                            "me",
                            Recipient::id(&psid),
                            SenderAction::TypingOn,
                        ))
                        .await?;
                    std::hint::black_box(sent);
                }
                "handwritten" => {
                    let sent = hand.typing_on(&psid).await.map_err(|e| e.to_string())?;
                    std::hint::black_box(sent);
                }
                _ => {}
            }
        }
        Ok(())
    })
}
