//! The sandbox: the mock plays the page's customers and delivers Meta's signed webhooks to
//! a bot.
//!
//! A customer's action (a message, a quick reply, an attachment, a postback, a read, a
//! reaction) changes the state as on Messenger (a message is stored in the conversation, a
//! reaction on the page's message) and is delivered to the subscribed webhook as Meta
//! delivers it ([`events`] builds every body). Deliveries to one customer are made one
//! after the other, in the order the events happened; different customers' deliveries run
//! side by side.

mod control;
mod deliver;
pub(crate) mod events;

use std::fmt;
use std::time::Duration;

use axum::body::Bytes;
use serde_json::{Map, Value};
use tokio::sync::oneshot;

use crate::app::App;
use crate::behaviours;
use crate::store::Store;

pub(crate) use control::{handle, is_control};
pub(crate) use deliver::Webhooks;
use deliver::{Job, Subscription};

pub use deliver::{LANE_CAPACITY, LOG_BYTES, LOG_ENTRIES, MAX_PENDING};

/// The secret webhook deliveries are signed with (`X-Hub-Signature-256`) when the server
/// has no [`MockConfig::app_secret`](crate::MockConfig::app_secret). On Graph the key is
/// always the app secret; give the mock one to sign with yours.
pub const DEFAULT_WEBHOOK_SECRET: &str = "fbgraph-mock-webhook-secret";

/// The longest text a customer's message may hold, in characters (the Send API's limit).
pub const MAX_TEXT_CHARS: usize = 2000;
/// The longest quick reply or postback payload, in characters (Meta's limit on payloads).
pub const MAX_PAYLOAD_CHARS: usize = 1000;
/// The longest postback title, in characters.
pub const MAX_TITLE_CHARS: usize = 100;
/// The longest attachment URL, in characters.
pub const MAX_URL_CHARS: usize = 2000;
/// The most attachments a customer's message may hold.
pub const MAX_ATTACHMENTS: usize = 10;
/// The longest PSID taken, in digits.
/// The longest PSID the sandbox takes, in digits (Meta's are 16 or 17).
pub const MAX_PSID_DIGITS: usize = 32;

/// How failed deliveries are retried: `attempts` in all, waiting `base_delay` after the
/// first failure and twice as long after each next one (100 ms, 200 ms, 400 ms, 800 ms by
/// default), each wait at most [`RetryPolicy::MAX_DELAY`].
///
/// Meta retries a delivery the webhook did not answer with 200 (within 20 seconds), "until
/// successfully completed", with decreasing frequency, alerts the developer when it keeps
/// failing, and unsubscribes the app when it has failed for hours
/// (<https://developers.facebook.com/docs/messenger-platform/faq>, "Webhooks";
/// <https://developers.facebook.com/docs/messenger-platform/webhooks>). The mock keeps the
/// exponential backoff but shortens it to a few attempts over a second or two, so that a
/// test sees a failing bot fail, and it never unsubscribes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    attempts: u32,
    base_delay: Duration,
}

impl RetryPolicy {
    /// The longest wait between two attempts.
    pub const MAX_DELAY: Duration = Duration::from_secs(60);
    /// The most attempts a policy makes.
    pub const MAX_ATTEMPTS: u32 = 100;

    /// `attempts` in all (1 to [`RetryPolicy::MAX_ATTEMPTS`]; 1 is no retry), the first
    /// retry after `base_delay`.
    pub fn new(attempts: u32, base_delay: Duration) -> RetryPolicy {
        RetryPolicy {
            attempts: attempts.clamp(1, Self::MAX_ATTEMPTS),
            base_delay: base_delay.min(Self::MAX_DELAY),
        }
    }

    /// How many attempts are made in all.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The wait after the first failed attempt.
    pub fn base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The wait after failed attempt number `attempt` (from 1): `base_delay × 2^(attempt-1)`,
    /// at most [`RetryPolicy::MAX_DELAY`].
    pub fn delay_after(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.base_delay
            .checked_mul(factor)
            .unwrap_or(Self::MAX_DELAY)
            .min(Self::MAX_DELAY)
    }
}

impl Default for RetryPolicy {
    /// 5 attempts, the first retry after 100 ms.
    fn default() -> RetryPolicy {
        RetryPolicy::new(5, Duration::from_millis(100))
    }
}

/// Where the mock delivers webhooks, and how.
///
/// ```
/// use std::time::Duration;
/// use fbgraph_mock::{RetryPolicy, WebhookConfig};
///
/// let webhook = WebhookConfig::new("http://127.0.0.1:8080/webhook", "my-verify-token")
///     .with_echoes(true)
///     .with_retry(RetryPolicy::new(3, Duration::from_millis(50)));
/// assert_eq!(webhook.retry.attempts(), 3);
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookConfig {
    /// The bot's callback URL: `http://host[:port]/path[?query]` (plain HTTP only).
    pub url: String,
    /// The token the verification handshake sends as `hub.verify_token`.
    pub verify_token: String,
    /// Whether the page's own sends through the Send API are delivered as `is_echo`
    /// message events, as Graph does for apps subscribed to `message_echoes` (off by
    /// default): `{"sender":{"id":PAGE_ID},"recipient":{"id":PSID},"timestamp",
    /// "message":{"is_echo":true,"app_id","metadata"?,"mid","text"?,"attachments"?}}`
    /// (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-echoes/>; `app_id` a number, as there). Sends addressed by
    /// `user_ref` or `phone_number` are not echoed, as on Graph.
    pub echoes: bool,
    /// How failed deliveries are retried.
    pub retry: RetryPolicy,
    /// How long one attempt (the handshake, or one delivery) may take before it counts as
    /// failed: 5 s by default (Meta waits 20 s).
    pub timeout: Duration,
}

impl WebhookConfig {
    /// A webhook at `url` that knows `verify_token`, without echoes, with the default
    /// [`RetryPolicy`].
    pub fn new(url: impl Into<String>, verify_token: impl Into<String>) -> WebhookConfig {
        WebhookConfig {
            url: url.into(),
            verify_token: verify_token.into(),
            echoes: false,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(5),
        }
    }

    /// Sets [`WebhookConfig::echoes`].
    pub fn with_echoes(mut self, echoes: bool) -> WebhookConfig {
        self.echoes = echoes;
        self
    }

    /// Sets [`WebhookConfig::retry`].
    pub fn with_retry(mut self, retry: RetryPolicy) -> WebhookConfig {
        self.retry = retry;
        self
    }

    /// Sets [`WebhookConfig::timeout`] (at least 1 ms).
    pub fn with_timeout(mut self, timeout: Duration) -> WebhookConfig {
        self.timeout = timeout.max(Duration::from_millis(1));
        self
    }
}

impl fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("url", &self.url)
            .field("verify_token", &"<redacted>")
            .field("echoes", &self.echoes)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What one delivery attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AttemptOutcome {
    /// The bot answered with this HTTP status (2xx is a delivery).
    Status(u16),
    /// No answer: the connection failed, or the bot took longer than the timeout.
    Failed(String),
}

impl AttemptOutcome {
    /// Whether the bot took the event (answered 2xx).
    pub fn is_success(&self) -> bool {
        matches!(self, AttemptOutcome::Status(s) if (200..300).contains(s))
    }
}

impl fmt::Display for AttemptOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttemptOutcome::Status(status) => write!(f, "HTTP {status}"),
            AttemptOutcome::Failed(error) => f.write_str(error),
        }
    }
}

/// One delivery attempt, as [`MockServer::deliveries`](crate::MockServer::deliveries)
/// lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// The webhook's URL.
    pub url: String,
    /// The customer the event is about (its lane).
    pub psid: String,
    /// The raw JSON body POSTed (and signed).
    pub body: String,
    /// Which attempt this was, from 1.
    pub attempt: u32,
    /// What the bot answered.
    pub outcome: AttemptOutcome,
}

/// A delivered event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivered {
    /// The message id of the event (`message.mid`, `postback.mid`, the reacted-to `mid`);
    /// `None` for a read.
    pub mid: Option<String>,
    /// How many attempts it took.
    pub attempts: u32,
    /// The bot's 2xx status.
    pub status: u16,
}

/// Why the mock could not subscribe a webhook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The URL is not one the mock can deliver to.
    #[error("the webhook URL `{url}` cannot be used: {reason}")]
    InvalidUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The verification request got no answer.
    #[error("the webhook at {url} did not answer the verification request: {error}")]
    Unreachable {
        /// The webhook's URL.
        url: String,
        /// What went wrong.
        error: String,
    },
    /// The bot answered the verification request with another status than 200.
    #[error(
        "the webhook at {url} refused the verification request with HTTP {status} (a bot \
         answers 200 only when hub.verify_token is its token: are the tokens the same?)"
    )]
    Refused {
        /// The webhook's URL.
        url: String,
        /// The status it answered.
        status: u16,
    },
    /// The bot answered 200, but not with exactly the challenge.
    #[error(
        "the webhook at {url} answered the verification request with {got:?} instead of the \
         challenge {expected:?} (the body must be hub.challenge, as is)"
    )]
    WrongChallenge {
        /// The webhook's URL.
        url: String,
        /// The `hub.challenge` sent.
        expected: String,
        /// The start of what it answered (secrets in it replaced by `<redacted>`).
        got: String,
    },
}

/// Why a customer's action was not delivered to the bot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SandboxError {
    /// The action is malformed, or names something that does not exist; nothing happened.
    #[error("{0}")]
    Invalid(String),
    /// The action happened (a message is stored), but no webhook is subscribed.
    #[error("no webhook is subscribed, so the event was not delivered")]
    NoWebhook {
        /// The event's message id, if it has one.
        mid: Option<String>,
    },
    /// The action happened, but the bot did not answer 2xx to any attempt.
    #[error(
        "the webhook at {url} did not take the event in {attempts} attempt(s); the last: {last}"
    )]
    Undelivered {
        /// The event's message id, if it has one.
        mid: Option<String>,
        /// The webhook's URL.
        url: String,
        /// How many attempts were made.
        attempts: u32,
        /// What the last attempt came to.
        last: AttemptOutcome,
    },
    /// The action happened, but too many events wait for delivery already.
    #[error("the event was not queued for delivery: {limit} events are waiting already")]
    Busy {
        /// The event's message id, if it has one.
        mid: Option<String>,
        /// The limit reached ([`LANE_CAPACITY`] for one customer, [`MAX_PENDING`] in all).
        limit: usize,
    },
    /// The server is stopping; deliveries have stopped.
    #[error("the server is shutting down")]
    ShuttingDown,
    /// The store holds [`crate::MockConfig::max_store_bytes`] already; nothing happened.
    #[error("the mock's store is full (it holds at most {limit} bytes); delete something first")]
    StoreFull {
        /// [`crate::MockConfig::max_store_bytes`].
        limit: usize,
    },
    /// What the action keeps or delivers has no place in the served specs (they lack the
    /// `Message` type, or a webhooks section with the event's kind); nothing happened.
    #[error("the served specs have no place for what the action keeps or delivers: {0}")]
    Spec(crate::ShapeError),
}

impl SandboxError {
    /// The message id of the event that happened but was not delivered.
    pub fn mid(&self) -> Option<&str> {
        match self {
            SandboxError::NoWebhook { mid }
            | SandboxError::Undelivered { mid, .. }
            | SandboxError::Busy { mid, .. } => mid.as_deref(),
            _ => None,
        }
    }

    fn with_mid(self, event_mid: Option<&str>) -> SandboxError {
        match self {
            SandboxError::Busy { limit, .. } => SandboxError::Busy {
                mid: event_mid.map(str::to_owned),
                limit,
            },
            other => other,
        }
    }
}

/// The kind of a customer's attachment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachmentKind {
    /// `image`
    Image,
    /// `video`
    Video,
    /// `audio`
    Audio,
    /// `file`
    File,
}

impl AttachmentKind {
    /// The kind as webhooks name it (`image`).
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentKind::Image => "image",
            AttachmentKind::Video => "video",
            AttachmentKind::Audio => "audio",
            AttachmentKind::File => "file",
        }
    }

    /// The kind named `image`, `video`, `audio` or `file`.
    pub fn named(name: &str) -> Option<AttachmentKind> {
        Some(match name {
            "image" => AttachmentKind::Image,
            "video" => AttachmentKind::Video,
            "audio" => AttachmentKind::Audio,
            "file" => AttachmentKind::File,
            _ => return None,
        })
    }

    fn stored(self) -> &'static str {
        match self {
            AttachmentKind::Image => "IMAGE",
            AttachmentKind::Video => "VIDEO",
            AttachmentKind::Audio => "AUDIO",
            AttachmentKind::File => "FILE",
        }
    }
}

/// A customer's action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    Message {
        text: Option<String>,
        quick_reply: Option<String>,
        attachments: Vec<(AttachmentKind, String)>,
    },
    Postback {
        title: String,
        payload: String,
    },
    Read {
        watermark: Option<i64>,
    },
    Reaction {
        mid: String,
        react: bool,
        reaction: Option<String>,
        emoji: Option<String>,
    },
    /// The Page Inbox (a human agent) passes the conversation back to the page's app, or
    /// asks for it.
    Inbox {
        request: bool,
        metadata: Option<String>,
    },
}

fn check_len(what: &str, text: &str, max: usize) -> Result<(), SandboxError> {
    let chars = text.chars().count();
    if chars > max {
        return Err(SandboxError::Invalid(format!(
            "{what} is {chars} characters long; at most {max} are taken"
        )));
    }
    Ok(())
}

impl Action {
    /// Whether the action is well-formed, whatever the state.
    fn check(&self) -> Result<(), SandboxError> {
        let invalid = |message: &str| Err(SandboxError::Invalid(message.to_owned()));
        match self {
            Action::Message {
                text,
                quick_reply,
                attachments,
            } => {
                if let Some(text) = text {
                    if text.is_empty() {
                        return invalid("text must not be empty");
                    }
                    check_len("text", text, MAX_TEXT_CHARS)?;
                }
                if let Some(payload) = quick_reply {
                    if text.is_none() {
                        return invalid(
                            "a quick reply needs the text of the tapped quick reply: give text too",
                        );
                    }
                    if payload.is_empty() {
                        return invalid("quick_reply.payload must not be empty");
                    }
                    check_len("quick_reply.payload", payload, MAX_PAYLOAD_CHARS)?;
                }
                if text.is_none() && attachments.is_empty() {
                    return invalid("a message needs text or attachments");
                }
                if text.is_some() && !attachments.is_empty() {
                    return invalid(
                        "a message holds text or attachments, not both (Messenger sends them \
                         as two messages)",
                    );
                }
                if attachments.len() > MAX_ATTACHMENTS {
                    return Err(SandboxError::Invalid(format!(
                        "a message holds at most {MAX_ATTACHMENTS} attachments"
                    )));
                }
                for (_, url) in attachments {
                    check_len("an attachment's payload.url", url, MAX_URL_CHARS)?;
                    if !crate::validate::is_http_url(url) {
                        return Err(SandboxError::Invalid(format!(
                            "attachment payload.url {url:?} is not an http or https URL"
                        )));
                    }
                }
                Ok(())
            }
            Action::Postback { title, payload } => {
                if title.is_empty() || payload.is_empty() {
                    return invalid("a postback needs a title and a payload, both not empty");
                }
                check_len("title", title, MAX_TITLE_CHARS)?;
                check_len("payload", payload, MAX_PAYLOAD_CHARS)
            }
            Action::Read { watermark } => match watermark {
                Some(w) if *w < 0 => {
                    invalid("watermark must be milliseconds since 1970, not negative")
                }
                Some(w) if *w > crate::time::now_ms() => {
                    invalid("watermark is in the future: a customer reads what was sent already")
                }
                _ => Ok(()),
            },
            Action::Inbox { metadata, .. } => match metadata {
                Some(metadata) => check_len("metadata", metadata, MAX_PAYLOAD_CHARS),
                None => Ok(()),
            },
            Action::Reaction {
                mid,
                react,
                reaction,
                emoji,
            } => {
                if mid.is_empty() {
                    return invalid("mid must name one of the page's messages");
                }
                if let Some(reaction) = reaction
                    && !events::REACTIONS.contains(&reaction.as_str())
                {
                    return Err(SandboxError::Invalid(format!(
                        "reaction {reaction:?} is not one of {}",
                        events::REACTIONS.join(", ")
                    )));
                }
                if let Some(emoji) = emoji {
                    if emoji.is_empty() {
                        return invalid("emoji must not be empty");
                    }
                    check_len("emoji", emoji, 16)?;
                }
                let named = reaction
                    .as_deref()
                    .is_some_and(|r| events::emoji_of(r).is_some());
                if *react && emoji.is_none() && !named {
                    return invalid("a reaction needs an emoji, or a reaction other than `other`");
                }
                Ok(())
            }
        }
    }
}

/// Whether `psid` looks like a PSID: digits.
fn check_psid(psid: &str) -> Result<(), SandboxError> {
    if psid.is_empty() || psid.len() > MAX_PSID_DIGITS || !psid.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(SandboxError::Invalid(format!(
            "{psid:?} is not a PSID: 1 to {MAX_PSID_DIGITS} digits"
        )));
    }
    Ok(())
}

/// Runs a customer's action: changes the state, builds the event, and delivers it (or
/// says why not). The event is queued while the store is locked, so that one customer's
/// events are delivered in the order they happened.
pub(crate) async fn act(app: &App, psid: &str, action: Action) -> Result<Delivered, SandboxError> {
    check_psid(psid)?;
    action.check()?;
    let page_id = app.config.page_id.as_str();
    let queued = {
        let mut store = app.store();
        if store.is_full() {
            return Err(SandboxError::StoreFull {
                limit: store.limit(),
            });
        }
        let now = crate::time::now_ms();
        let from_customer = !matches!(action, Action::Inbox { .. });
        let (mid, event) = perform(&mut store, app, psid, action, now)?;
        // While another app controls the conversation, the customer's events reach the
        // page's app on the standby channel.
        let standby = from_customer && store.owner(psid) != store.app_id;
        let Some(to) = app.webhooks.subscription() else {
            return Err(SandboxError::NoWebhook { mid });
        };
        let event = app.shapes.event(event).map_err(SandboxError::Spec)?;
        let body = events::notification(page_id, now, event, standby);
        let (reply, outcome) = oneshot::channel();
        app.webhooks
            .enqueue(Job {
                psid: psid.to_owned(),
                mid: mid.clone(),
                body: Bytes::from(body.to_string()),
                to,
                reply: Some(reply),
            })
            .map_err(|e| e.with_mid(mid.as_deref()))?;
        outcome
    };
    queued.await.unwrap_or(Err(SandboxError::ShuttingDown))
}

/// The action's effect on the state, and its event: the event's mid and body.
fn perform(
    store: &mut Store,
    app: &App,
    psid: &str,
    action: Action,
    now_ms: i64,
) -> Result<(Option<String>, Value), SandboxError> {
    let page_id = app.config.page_id.as_str();
    let now = now_ms.div_euclid(1000);
    let known = |store: &Store| {
        if store.customer(psid).is_none() {
            return Err(SandboxError::Invalid(format!(
                "{psid} is not a customer of the page yet: a person becomes one by writing to \
                 the page (send a message first)"
            )));
        }
        Ok(())
    };
    match action {
        Action::Message {
            text,
            quick_reply,
            attachments,
        } => {
            store.ensure_customer(psid).map_err(SandboxError::Invalid)?;
            let stored = attachments
                .iter()
                .map(|(kind, url)| behaviours::received_attachment(&app.ids, kind.stored(), url))
                .collect();
            let node = store
                .message_node(
                    &app.ids,
                    now,
                    psid,
                    false,
                    text.as_deref().unwrap_or_default(),
                    stored,
                )
                .map_err(SandboxError::Spec)?;
            let mid = store
                .append(&app.ids, psid, node, now, false)
                .map_err(SandboxError::Spec)?;
            let sent = attachments
                .iter()
                .map(|(kind, url)| events::attachment(kind.as_str(), url))
                .collect();
            let event = events::message(
                page_id,
                psid,
                now_ms,
                &mid,
                text.as_deref(),
                quick_reply.as_deref(),
                sent,
            );
            Ok((Some(mid), event))
        }
        Action::Postback { title, payload } => {
            store.ensure_customer(psid).map_err(SandboxError::Invalid)?;
            // Messenger shows the tapped button's title in the conversation as the
            // customer's message.
            let node = store
                .message_node(&app.ids, now, psid, false, &title, Vec::new())
                .map_err(SandboxError::Spec)?;
            let mid = store
                .append(&app.ids, psid, node, now, false)
                .map_err(SandboxError::Spec)?;
            let event = events::postback(page_id, psid, now_ms, &mid, &title, &payload);
            Ok((Some(mid), event))
        }
        Action::Read { watermark } => {
            known(store)?;
            let event = events::read(page_id, psid, now_ms, watermark.unwrap_or(now_ms));
            Ok((None, event))
        }
        Action::Inbox { request, metadata } => {
            known(store)?;
            let inbox = crate::PAGE_INBOX_APP_ID;
            let app_id = store.app_id.clone();
            let inbox_has_it = store.owner(psid) == inbox;
            let event = if request {
                if inbox_has_it {
                    return Err(SandboxError::Invalid(format!(
                        "the Page Inbox controls the conversation with {psid} already"
                    )));
                }
                events::request_thread_control(page_id, psid, now_ms, inbox, metadata.as_deref())
            } else {
                if !inbox_has_it {
                    return Err(SandboxError::Invalid(format!(
                        "the Page Inbox does not control the conversation with {psid}: the bot \
                         passes it first (pass_thread_control, target_app_id {inbox})"
                    )));
                }
                store.set_owner(psid, &app_id);
                events::pass_thread_control(
                    page_id,
                    psid,
                    now_ms,
                    &app_id,
                    inbox,
                    metadata.as_deref(),
                )
            };
            Ok((None, event))
        }
        Action::Reaction {
            mid,
            react,
            reaction,
            emoji,
        } => {
            known(store)?;
            if !store.is_page_message_to(&mid, psid) {
                return Err(SandboxError::Invalid(format!(
                    "mid {mid:?} is not a message the page sent to {psid}"
                )));
            }
            let emoji = match (emoji, &reaction) {
                (Some(emoji), _) => emoji,
                (None, Some(name)) if events::emoji_of(name).is_some() => {
                    events::emoji_of(name).unwrap_or_default().to_owned()
                }
                _ => store.reaction_of(&mid, psid).ok_or_else(|| {
                    SandboxError::Invalid(format!(
                        "{psid} has no reaction on {mid} to remove; name its emoji"
                    ))
                })?,
            };
            let reaction = reaction.unwrap_or_else(|| events::reaction_of(&emoji).to_owned());
            store
                .set_reaction(&mid, psid, react.then_some(emoji.as_str()))
                .map_err(SandboxError::Spec)?;
            let action = if react { "react" } else { "unreact" };
            let event = events::reaction(page_id, psid, now_ms, &mid, action, &reaction, &emoji);
            Ok((Some(mid), event))
        }
    }
}

/// After a Send API call stored a message: its echo, queued for delivery when the
/// subscription asks for echoes. Nobody waits for it (the send's answer does not), and an
/// echo the queues have no room for is dropped. Sends to a `user_ref` or `phone_number`
/// are not echoed, as on Graph (message_echoes reference, "Breaking Change Notice").
pub(crate) fn echo_send(app: &App, store: &Store, params: &Map<String, Value>, answer: &Value) {
    let Some(to) = app.webhooks.subscription().filter(|s| s.config.echoes) else {
        return;
    };
    let by_id = params
        .get("recipient")
        .and_then(|r| r.get("id"))
        .is_some_and(|id| !id.is_null());
    let psid = answer.get("recipient_id").and_then(Value::as_str);
    let mid = answer.get("message_id").and_then(Value::as_str);
    let (Some(psid), Some(mid), true) = (psid, mid, by_id) else {
        return;
    };
    let Some(node) = store.node(mid) else {
        return;
    };
    let message = params.get("message").and_then(Value::as_object);
    let text = node
        .data
        .get("message")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty());
    let mut attachments = Vec::new();
    if let Some(sent) = message
        .and_then(|m| m.get("attachment"))
        .and_then(Value::as_object)
    {
        let kind = sent
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_ascii_lowercase();
        if kind == "template" {
            let mut attachment = Map::new();
            attachment.insert("type".into(), Value::String(kind));
            attachment.insert(
                "payload".into(),
                sent.get("payload").cloned().unwrap_or(Value::Null),
            );
            attachments.push(Value::Object(attachment));
        } else if let Some(url) = node
            .data
            .pointer("/attachments/data/0")
            .and_then(behaviours::attachment_url)
        {
            attachments.push(events::attachment(&kind, url));
        }
    }
    let metadata = message
        .and_then(|m| m.get("metadata"))
        .and_then(Value::as_str);
    let now = crate::time::now_ms();
    let event = events::echo(
        &app.config.page_id,
        psid,
        now,
        events::Echo {
            app_id: &app.config.app_id,
            mid,
            text,
            attachments,
            metadata,
        },
    );
    // An echo the served specs have no place for is not sent, as one the queues have no
    // room for; the send it echoes has been answered already.
    let Ok(event) = app.shapes.event(event) else {
        return;
    };
    let body = events::notification(&app.config.page_id, now, event, false);
    let _ = app.webhooks.enqueue(Job {
        psid: psid.to_owned(),
        mid: Some(mid.to_owned()),
        body: Bytes::from(body.to_string()),
        to,
        reply: None,
    });
}

/// Runs the verification handshake against `config`'s URL and, when it passes, makes it
/// the webhook deliveries go to.
pub(crate) async fn subscribe(app: &App, config: WebhookConfig) -> Result<(), WebhookError> {
    let secret = deliver::secret_for(app.config.app_secret.as_deref());
    let challenge = app.ids.digits(10);
    let subscription: Subscription = deliver::handshake(config, secret, challenge).await?;
    app.webhooks.subscribe(subscription);
    Ok(())
}

/// One customer of a running server, acting as a person on Messenger would: each action
/// changes the state and is delivered to the bot as Meta's webhook event, and returns once
/// the bot took it (answered 2xx) or with why not. Get one with
/// [`MockServer::customer`](crate::MockServer::customer).
///
/// A PSID that is not a customer yet becomes one when it writes (a message or a
/// postback); reads and reactions need an existing customer.
pub struct SandboxCustomer<'s> {
    pub(crate) app: &'s App,
    pub(crate) psid: String,
}

impl fmt::Debug for SandboxCustomer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxCustomer")
            .field("psid", &self.psid)
            .finish_non_exhaustive()
    }
}

impl SandboxCustomer<'_> {
    /// The customer's PSID.
    pub fn psid(&self) -> &str {
        &self.psid
    }

    async fn act(&self, action: Action) -> Result<Delivered, SandboxError> {
        act(self.app, &self.psid, action).await
    }

    /// Writes a text message to the page: a `messages` event,
    /// `{"sender":{"id":PSID},"recipient":{"id":PAGE_ID},"timestamp","message":{"mid","text"}}`
    /// (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages>).
    pub async fn send_text(&self, text: impl Into<String>) -> Result<Delivered, SandboxError> {
        self.act(Action::Message {
            text: Some(text.into()),
            quick_reply: None,
            attachments: Vec::new(),
        })
        .await
    }

    /// Taps a quick reply: its title is the message's text, its payload
    /// `message.quick_reply.payload` (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages>, "Text Message").
    pub async fn tap_quick_reply(
        &self,
        text: impl Into<String>,
        payload: impl Into<String>,
    ) -> Result<Delivered, SandboxError> {
        self.act(Action::Message {
            text: Some(text.into()),
            quick_reply: Some(payload.into()),
            attachments: Vec::new(),
        })
        .await
    }

    /// Sends an attachment by URL: `message.attachments[{type, payload: {url}}]`, without
    /// text (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages>, "Message with attachment").
    pub async fn send_attachment(
        &self,
        kind: AttachmentKind,
        url: impl Into<String>,
    ) -> Result<Delivered, SandboxError> {
        self.act(Action::Message {
            text: None,
            quick_reply: None,
            attachments: vec![(kind, url.into())],
        })
        .await
    }

    /// Taps a postback button, the Get Started button or a persistent menu item: a
    /// `messaging_postbacks` event, `"postback":{"mid","title","payload"}`
    /// (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messaging_postbacks>). The title is stored as the customer's message.
    pub async fn postback(
        &self,
        title: impl Into<String>,
        payload: impl Into<String>,
    ) -> Result<Delivered, SandboxError> {
        self.act(Action::Postback {
            title: title.into(),
            payload: payload.into(),
        })
        .await
    }

    /// Reads everything the page sent so far: a `message_reads` event,
    /// `"read":{"watermark":<now, ms>}` (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reads/>).
    pub async fn read(&self) -> Result<Delivered, SandboxError> {
        self.act(Action::Read { watermark: None }).await
    }

    /// Reads what the page sent up to `watermark_ms` (milliseconds since 1970, not in the
    /// future).
    pub async fn read_up_to(&self, watermark_ms: i64) -> Result<Delivered, SandboxError> {
        self.act(Action::Read {
            watermark: Some(watermark_ms),
        })
        .await
    }

    /// Reacts to one of the page's messages to this customer with an emoji: a
    /// `message_reactions` event, `"reaction":{"mid","action":"react","reaction","emoji"}`,
    /// `reaction` being Meta's name for the emoji (`like` for 👍, `love` for ❤️, …, else
    /// `other`) (<https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reactions>). The reaction shows in the message's
    /// `reactions`. A `mid` that is not the page's message to this customer is refused.
    pub async fn react(
        &self,
        mid: impl Into<String>,
        emoji: impl Into<String>,
    ) -> Result<Delivered, SandboxError> {
        self.act(Action::Reaction {
            mid: mid.into(),
            react: true,
            reaction: None,
            emoji: Some(emoji.into()),
        })
        .await
    }

    /// Removes this customer's reaction from one of the page's messages (`action:
    /// unreact`).
    pub async fn unreact(&self, mid: impl Into<String>) -> Result<Delivered, SandboxError> {
        self.act(Action::Reaction {
            mid: mid.into(),
            react: false,
            reaction: None,
            emoji: None,
        })
        .await
    }
}

/// The Page Inbox of a running server, acting as the page's human agents do. Get it with
/// [`MockServer::page_inbox`](crate::MockServer::page_inbox).
pub struct SandboxPageInbox<'s> {
    pub(crate) app: &'s App,
}

impl fmt::Debug for SandboxPageInbox<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxPageInbox").finish_non_exhaustive()
    }
}

impl SandboxPageInbox<'_> {
    /// An agent is done with the conversation and hands it back: control goes to the page's
    /// app, which gets a `messaging_handovers` event, `"pass_thread_control":
    /// {"new_owner_app_id", "previous_owner_app_id": "263902037430900", "metadata"?}`.
    /// Refused unless the bot passed the conversation to the Page Inbox first.
    pub async fn pass_back(
        &self,
        psid: impl Into<String>,
        metadata: Option<&str>,
    ) -> Result<Delivered, SandboxError> {
        let action = Action::Inbox {
            request: false,
            metadata: metadata.map(str::to_owned),
        };
        act(self.app, &psid.into(), action).await
    }

    /// An agent asks for the conversation: the page's app gets a `messaging_handovers` event,
    /// `"request_thread_control": {"requested_owner_app_id": "263902037430900", "metadata"?}`,
    /// and may pass control (or not). Control does not move.
    pub async fn request(
        &self,
        psid: impl Into<String>,
        metadata: Option<&str>,
    ) -> Result<Delivered, SandboxError> {
        let action = Action::Inbox {
            request: true,
            metadata: metadata.map(str::to_owned),
        };
        act(self.app, &psid.into(), action).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.attempts(), 5);
        let waits: Vec<u128> = (1..5).map(|n| policy.delay_after(n).as_millis()).collect();
        assert_eq!(waits, [100, 200, 400, 800]);
        let long = RetryPolicy::new(1000, Duration::from_secs(1));
        assert_eq!(long.attempts(), RetryPolicy::MAX_ATTEMPTS);
        assert_eq!(long.delay_after(40), RetryPolicy::MAX_DELAY);
        assert_eq!(RetryPolicy::new(0, Duration::ZERO).attempts(), 1);
    }

    #[test]
    fn debug_hides_the_verify_token() {
        let config = WebhookConfig::new("http://127.0.0.1:1/", "S3CRET-VERIFY");
        assert!(!format!("{config:?}").contains("S3CRET"));
    }

    #[test]
    fn malformed_actions_say_what_is_wrong() {
        let message = |text: Option<&str>, qr: Option<&str>, attachments| Action::Message {
            text: text.map(str::to_owned),
            quick_reply: qr.map(str::to_owned),
            attachments,
        };
        let cases = [
            (message(None, None, vec![]), "text or attachments"),
            (message(Some(""), None, vec![]), "empty"),
            (message(None, Some("P"), vec![]), "text too"),
            (
                message(None, None, vec![(AttachmentKind::Image, "ftp://x".into())]),
                "http",
            ),
            (
                message(Some(&"x".repeat(MAX_TEXT_CHARS + 1)), None, vec![]),
                "at most 2000",
            ),
        ];
        for (action, says) in cases {
            match action.check() {
                Err(SandboxError::Invalid(message)) => assert!(message.contains(says), "{message}"),
                other => panic!("{action:?}: {other:?}"),
            }
        }
        assert!(check_psid("12a").is_err());
        assert!(check_psid("123").is_ok());
    }
}
