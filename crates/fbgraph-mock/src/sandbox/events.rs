//! Every webhook body the mock sends, built in one place, shaped as Meta's Messenger
//! Platform webhook reference shows them.
//!
//! Each POST carries one entry with one event (Meta may batch several; a receiver must
//! iterate either way):
//! `{"object":"page","entry":[{"id":"<PAGE_ID>","time":<ms>,"messaging":[<event>]}]}`, and
//! every event is `{"sender":{"id"},"recipient":{"id"},"timestamp":<ms>, …}`
//! (<https://developers.facebook.com/docs/messenger-platform/webhooks>, "Event Format").
//!
//! | event | shape | Meta's page |
//! | --- | --- | --- |
//! | message | `"message":{"mid","text"?,"quick_reply"?:{"payload"},"attachments"?:[{"type","payload":{"url"}}]}` | [messages](https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages) |
//! | postback | `"postback":{"mid","title","payload"}` | [messaging_postbacks](https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messaging_postbacks) |
//! | read | `"read":{"watermark":<ms>}` | [message_reads](https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reads/) |
//! | reaction | `"reaction":{"mid","action":"react"\|"unreact","reaction","emoji"}` | [message_reactions](https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reactions) |
//! | pass_thread_control | `"pass_thread_control":{"new_owner_app_id","previous_owner_app_id","metadata"?}` | [messaging_handovers](https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/messaging_handovers) |
//! | request_thread_control | `"request_thread_control":{"requested_owner_app_id","metadata"?}` | [messaging_handovers](https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/messaging_handovers) |
//! | echo | sender the page, recipient the customer, `"message":{"is_echo":true,"app_id","metadata"?,"mid","text"?,"attachments"?}` | [message_echoes](https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-echoes/) |
//!
//! Ids are strings, timestamps numbers of milliseconds since the Unix epoch, and the echo's
//! `app_id` a number (as in Meta's examples) when the configured app id is all digits.

use serde_json::{Map, Value, json};

use crate::shape::Shaped;

/// The notification around one event: `{"object":"page","entry":[{"id","time","messaging":[event]}]}`.
/// The event is checked against the spec's webhooks section first ([`Shapes::event`]).
///
/// [`Shapes::event`]: crate::shape::Shapes::event
/// `standby` carries it instead of `messaging` when another app controls the conversation
/// (the Handover Protocol's standby channel).
pub(crate) fn notification(page_id: &str, time_ms: i64, event: Shaped, standby: bool) -> Value {
    let channel = if standby { "standby" } else { "messaging" };
    json!({
        "object": "page",
        "entry": [{
            "id": page_id,
            "time": time_ms,
            channel: [event.into_value()],
        }],
    })
}

/// Control of the conversation was passed to the page's app (`messaging_handovers`,
/// `pass_thread_control`): from the customer to the page, as Meta's example shows.
pub(crate) fn pass_thread_control(
    page_id: &str,
    psid: &str,
    timestamp_ms: i64,
    new_owner: &str,
    previous_owner: &str,
    metadata: Option<&str>,
) -> Value {
    let mut body = Map::new();
    body.insert("new_owner_app_id".into(), json!(new_owner));
    body.insert("previous_owner_app_id".into(), json!(previous_owner));
    if let Some(metadata) = metadata {
        body.insert("metadata".into(), json!(metadata));
    }
    event(
        psid,
        page_id,
        timestamp_ms,
        "pass_thread_control",
        Value::Object(body),
    )
}

/// Another app asks the page's app for control of the conversation (`messaging_handovers`,
/// `request_thread_control`).
pub(crate) fn request_thread_control(
    page_id: &str,
    psid: &str,
    timestamp_ms: i64,
    requester: &str,
    metadata: Option<&str>,
) -> Value {
    let mut body = Map::new();
    body.insert("requested_owner_app_id".into(), json!(requester));
    if let Some(metadata) = metadata {
        body.insert("metadata".into(), json!(metadata));
    }
    event(
        psid,
        page_id,
        timestamp_ms,
        "request_thread_control",
        Value::Object(body),
    )
}

/// The part every event shares: who sent it, to whom, when.
fn event(sender: &str, recipient: &str, timestamp_ms: i64, key: &str, body: Value) -> Value {
    let mut event = Map::new();
    event.insert("sender".into(), json!({ "id": sender }));
    event.insert("recipient".into(), json!({ "id": recipient }));
    event.insert("timestamp".into(), json!(timestamp_ms));
    event.insert(key.into(), body);
    Value::Object(event)
}

/// An attachment as message events carry it: `{"type":"image","payload":{"url":…}}`.
pub(crate) fn attachment(kind: &str, url: &str) -> Value {
    json!({ "type": kind, "payload": { "url": url } })
}

/// A message from the customer to the page (`messages`).
pub(crate) fn message(
    page_id: &str,
    psid: &str,
    timestamp_ms: i64,
    mid: &str,
    text: Option<&str>,
    quick_reply: Option<&str>,
    attachments: Vec<Value>,
) -> Value {
    let mut message = Map::new();
    message.insert("mid".into(), json!(mid));
    if let Some(text) = text {
        message.insert("text".into(), json!(text));
    }
    if let Some(payload) = quick_reply {
        message.insert("quick_reply".into(), json!({ "payload": payload }));
    }
    if !attachments.is_empty() {
        message.insert("attachments".into(), Value::Array(attachments));
    }
    event(
        psid,
        page_id,
        timestamp_ms,
        "message",
        Value::Object(message),
    )
}

/// A tap on a postback button, the Get Started button or a persistent menu item
/// (`messaging_postbacks`).
pub(crate) fn postback(
    page_id: &str,
    psid: &str,
    timestamp_ms: i64,
    mid: &str,
    title: &str,
    payload: &str,
) -> Value {
    let postback = json!({ "mid": mid, "title": title, "payload": payload });
    event(psid, page_id, timestamp_ms, "postback", postback)
}

/// The customer has read every message the page sent up to `watermark_ms`
/// (`message_reads`).
pub(crate) fn read(page_id: &str, psid: &str, timestamp_ms: i64, watermark_ms: i64) -> Value {
    let read = json!({ "watermark": watermark_ms });
    event(psid, page_id, timestamp_ms, "read", read)
}

/// A reaction to one of the page's messages, or its removal (`message_reactions`).
pub(crate) fn reaction(
    page_id: &str,
    psid: &str,
    timestamp_ms: i64,
    mid: &str,
    action: &str,
    reaction: &str,
    emoji: &str,
) -> Value {
    let reaction = json!({ "reaction": reaction, "emoji": emoji, "action": action, "mid": mid });
    event(psid, page_id, timestamp_ms, "reaction", reaction)
}

/// What an echo says about a message the page sent.
pub(crate) struct Echo<'a> {
    pub app_id: &'a str,
    pub mid: &'a str,
    pub text: Option<&'a str>,
    pub attachments: Vec<Value>,
    pub metadata: Option<&'a str>,
}

/// A message the page sent, echoed to its app (`message_echoes`): from the page to the
/// customer, with `is_echo`, the sending app and the send's `metadata`.
pub(crate) fn echo(page_id: &str, psid: &str, timestamp_ms: i64, echo: Echo<'_>) -> Value {
    let mut message = Map::new();
    message.insert("is_echo".into(), Value::Bool(true));
    let app_id = match echo.app_id.parse::<u64>() {
        Ok(number) if !echo.app_id.starts_with('0') => json!(number),
        _ => json!(echo.app_id),
    };
    message.insert("app_id".into(), app_id);
    if let Some(metadata) = echo.metadata {
        message.insert("metadata".into(), json!(metadata));
    }
    message.insert("mid".into(), json!(echo.mid));
    if let Some(text) = echo.text {
        message.insert("text".into(), json!(text));
    }
    if !echo.attachments.is_empty() {
        message.insert("attachments".into(), Value::Array(echo.attachments));
    }
    event(
        page_id,
        psid,
        timestamp_ms,
        "message",
        Value::Object(message),
    )
}

/// The reaction name Meta pairs with an emoji (`smile`, `angry`, `sad`, `wow`, `love`,
/// `like`, `dislike`, else `other`).
pub(crate) fn reaction_of(emoji: &str) -> &'static str {
    // Variation selectors do not change which reaction an emoji is.
    let bare: String = emoji.chars().filter(|c| *c != '\u{FE0F}').collect();
    match bare.as_str() {
        "\u{1F606}" | "\u{1F604}" | "\u{1F600}" | "\u{1F603}" | "\u{1F642}" | "\u{1F60A}" => {
            "smile"
        }
        "\u{1F620}" | "\u{1F621}" => "angry",
        "\u{1F622}" | "\u{1F62D}" | "\u{2639}" => "sad",
        "\u{1F62E}" | "\u{1F632}" | "\u{1F62F}" => "wow",
        "\u{2764}" | "\u{1F60D}" | "\u{1F970}" => "love",
        "\u{1F44D}" => "like",
        "\u{1F44E}" => "dislike",
        _ => "other",
    }
}

/// The emoji Messenger shows for a reaction name; `None` for `other` or an unknown name.
pub(crate) fn emoji_of(reaction: &str) -> Option<&'static str> {
    Some(match reaction {
        "smile" => "\u{1F606}",
        "angry" => "\u{1F620}",
        "sad" => "\u{1F622}",
        "wow" => "\u{1F62E}",
        "love" => "\u{2764}\u{FE0F}",
        "like" => "\u{1F44D}",
        "dislike" => "\u{1F44E}",
        _ => return None,
    })
}

/// The reaction names Meta documents.
pub(crate) const REACTIONS: [&str; 8] = [
    "smile", "angry", "sad", "wow", "love", "like", "dislike", "other",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of the webhook enum `name` in every embedded spec version that has a
    /// webhooks section (the imported versions have none yet).
    fn spec_values(name: &str) -> Vec<Vec<String>> {
        let specs = crate::MockServer::embedded_specs().expect("the embedded specs load");
        let found: Vec<Vec<String>> = specs
            .iter()
            .filter(|spec| spec.webhooks().is_some())
            .map(|spec| {
                let found = spec
                    .files
                    .iter()
                    .flat_map(|f| &f.content.enums)
                    .find(|e| e.name == name)
                    .unwrap_or_else(|| panic!("{}: no enum {name}", spec.version));
                found.values.iter().map(|v| v.value.clone()).collect()
            })
            .collect();
        assert!(found.len() >= 2, "v19.0 and v26.0 at least");
        found
    }

    /// What the control API accepts and sends is what the spec's webhook enums say, in every
    /// version: the lists here are written out for speed, the spec is the authority.
    #[test]
    fn reactions_and_attachment_types_are_the_specs_values() {
        for values in spec_values("ReactionType") {
            for reaction in REACTIONS {
                assert!(
                    values.iter().any(|v| v == reaction),
                    "{reaction} not in {values:?}"
                );
            }
        }
        for values in spec_values("ReactionAction") {
            for action in ["react", "unreact"] {
                assert!(
                    values.iter().any(|v| v == action),
                    "{action} not in {values:?}"
                );
            }
        }
        for values in spec_values("EventAttachmentType") {
            for kind in [
                crate::AttachmentKind::Image,
                crate::AttachmentKind::Video,
                crate::AttachmentKind::Audio,
                crate::AttachmentKind::File,
            ] {
                assert!(
                    values.iter().any(|v| v == kind.as_str()),
                    "{} not in {values:?}",
                    kind.as_str()
                );
            }
        }
    }

    fn shapes() -> crate::shape::Shapes {
        let versions = crate::embedded_versions().expect("the embedded specs compile");
        crate::shape::Shapes::new(&versions)
    }

    #[test]
    fn a_message_event_is_shaped_as_meta_shows_it() {
        let event = message(
            "1",
            "2",
            4,
            "m_x",
            Some("hi"),
            Some("P"),
            vec![attachment("image", "https://x.invalid/a.png")],
        );
        let body = notification(
            "1",
            5,
            shapes().event(event).expect("the spec's shape"),
            false,
        );
        assert_eq!(
            body,
            json!({"object":"page","entry":[{"id":"1","time":5,"messaging":[{
                "sender":{"id":"2"},"recipient":{"id":"1"},"timestamp":4,
                "message":{"mid":"m_x","text":"hi","quick_reply":{"payload":"P"},
                    "attachments":[{"type":"image","payload":{"url":"https://x.invalid/a.png"}}]}
            }]}]})
        );
    }

    #[test]
    fn echoes_come_from_the_page_with_a_numeric_app_id() {
        let echo = echo(
            "1",
            "2",
            4,
            Echo {
                app_id: "2000000000000002",
                mid: "m_y",
                text: Some("ok"),
                attachments: Vec::new(),
                metadata: Some("meta"),
            },
        );
        assert_eq!(
            echo,
            json!({"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":4,
                "message":{"is_echo":true,"app_id":2000000000000002u64,"metadata":"meta","mid":"m_y","text":"ok"}})
        );
    }

    /// Every event the sandbox builds fits the newest webhooks section; one with a key the
    /// spec lacks, at the top or deeper, is refused.
    #[test]
    fn every_event_the_sandbox_sends_fits_the_spec_and_others_do_not() {
        let shapes = shapes();
        let events = [
            message(
                "1",
                "2",
                4,
                "m_x",
                Some("hi"),
                Some("P"),
                vec![attachment("file", "https://x.invalid/a.pdf")],
            ),
            postback("1", "2", 4, "m_x", "Start", "START"),
            read("1", "2", 4, 3),
            reaction("1", "2", 4, "m_x", "react", "love", "\u{2764}"),
            echo(
                "1",
                "2",
                4,
                Echo {
                    app_id: "7",
                    mid: "m_y",
                    text: Some("ok"),
                    attachments: vec![attachment("image", "https://x.invalid/a.png")],
                    metadata: Some("meta"),
                },
            ),
        ];
        for event in events {
            assert!(shapes.event(event.clone()).is_ok(), "{event}");
        }
        let mut extra = read("1", "2", 4, 3);
        extra["colour"] = json!("red");
        let refused = shapes.event(extra).expect_err("an unknown key");
        assert!(refused.to_string().contains("`colour`"), "{refused}");
        let mut deep = read("1", "2", 4, 3);
        deep["read"]["colour"] = json!("red");
        let refused = shapes.event(deep).expect_err("an unknown nested key");
        assert_eq!(refused.at, "event.read");
        let mut two = read("1", "2", 4, 3);
        two["postback"] = json!({"payload": "P"});
        assert!(shapes.event(two).is_err(), "two kinds in one event");
    }

    #[test]
    fn reactions_and_emoji_pair_up() {
        for name in REACTIONS {
            if let Some(emoji) = emoji_of(name) {
                assert_eq!(reaction_of(emoji), name);
            }
        }
        assert_eq!(reaction_of("\u{1F984}"), "other");
    }
}
