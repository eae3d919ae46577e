//! The hand-written client the benchmarks measure the generated one against: what one writes
//! with reqwest and serde for these calls, without fbgraph.

#![allow(dead_code)]

use serde::{Deserialize, Serialize};

pub struct Hand {
    pub http: reqwest::Client,
    pub base: String,
    pub token: String,
}

#[derive(Serialize)]
pub struct HandSend<'a> {
    pub recipient: HandRecipient<'a>,
    pub sender_action: &'static str,
}

#[derive(Serialize)]
pub struct HandRecipient<'a> {
    pub id: &'a str,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct HandSent {
    pub recipient_id: Option<String>,
    pub message_id: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct HandPage<T> {
    pub data: Vec<T>,
    pub paging: Option<HandPaging>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct HandPaging {
    pub next: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct HandThread {
    pub id: Option<String>,
    pub updated_time: Option<String>,
    pub snippet: Option<String>,
    pub message_count: Option<i64>,
    pub unread_count: Option<i64>,
    pub link: Option<String>,
    pub can_reply: Option<bool>,
    pub is_subscribed: Option<bool>,
    pub is_owner: Option<bool>,
    pub scoped_thread_key: Option<String>,
    pub folder: Option<String>,
    pub participants: Option<HandPage<HandParticipant>>,
    pub senders: Option<HandPage<HandParticipant>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct HandParticipant {
    pub id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
}

pub type HandResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

impl Hand {
    pub async fn typing_on(&self, psid: &str) -> HandResult<HandSent> {
        let body = HandSend {
            recipient: HandRecipient { id: psid },
            sender_action: "TYPING_ON",
        };
        let response = self
            .http
            .post(format!("{}/v26.0/me/messages", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await?;
        let bytes = response.error_for_status()?.bytes().await?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    pub async fn conversations(&self) -> HandResult<HandPage<HandThread>> {
        let bytes = self.get_raw("me/conversations", &[("limit", "25")]).await?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    pub async fn get_raw(&self, path: &str, query: &[(&str, &str)]) -> HandResult<Vec<u8>> {
        let mut url = reqwest::Url::parse(&format!("{}/v26.0/{path}", self.base))?;
        url.query_pairs_mut().extend_pairs(query);
        let response = self.http.get(url).bearer_auth(&self.token).send().await?;
        Ok(response.error_for_status()?.bytes().await?.to_vec())
    }
}
