//! Webhook notifications decode into the generated event types: every kind from Meta's
//! documented example (fixtures under `tests/fixtures/webhooks/`, each naming its page),
//! batching, the standby channel, and what is unknown or malformed.

use std::path::Path;

use fbgraph::runtime::webhook::Notification as _;
use fbgraph::v26_0::webhooks::{
    AccountLinkingStatus, AppRole, EventAttachmentType, EventChannel, MessagingEvent,
    MessagingEventKind as Kind, Notification, OptinType, PolicyEnforcementAction, ReactionAction,
    ReactionType, ReferralSource, ReferralType, UserTokenStatus, WebhookEvent, WebhookObject,
};
use serde_json::{Value, json};

/// A fixture's body: `{"source": {"url", "title"}, "body": …}`.
fn body(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/webhooks")
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut fixture: Value = serde_json::from_str(&text).expect("fixture is JSON");
    let url = fixture["source"]["url"].as_str().unwrap_or_default();
    assert!(
        url.starts_with("https://developers.facebook.com/"),
        "{name} names its source page"
    );
    fixture["body"].take()
}

fn events(name: &str) -> Vec<MessagingEvent> {
    let notification: Notification = serde_json::from_value(body(name)).expect("decodes");
    assert_eq!(notification.object, Some(WebhookObject::Page));
    messaging(notification)
}

/// The events of a notification that holds only Messenger events, each of which says which
/// object it is for.
fn messaging(notification: Notification) -> Vec<MessagingEvent> {
    let object = notification.object.clone();
    notification
        .into_events()
        .into_iter()
        .map(|event| {
            assert_eq!(event.object(), object.as_ref(), "{event:?}");
            match event {
                WebhookEvent::Messaging(event) => event,
                other => panic!("not a messaging event: {other:?}"),
            }
        })
        .collect()
}

fn only(name: &str) -> MessagingEvent {
    let mut events = events(name);
    assert_eq!(events.len(), 1, "{name}: {events:?}");
    events.remove(0)
}

#[test]
fn a_text_message_with_a_quick_reply() {
    let event = only("message_text");
    assert_eq!(event.entry_id, "1122334455");
    assert_eq!(event.entry_time, Some(1_458_692_752_478));
    assert_eq!(event.channel, EventChannel::Messaging);
    assert_eq!(
        event.sender.and_then(|s| s.id).as_deref(),
        Some("24000000000000001")
    );
    assert_eq!(
        event.recipient.and_then(|r| r.id).as_deref(),
        Some("1122334455")
    );
    assert_eq!(
        event.timestamp.as_ref().map(|t| t.as_str()),
        Some("1458692752478")
    );
    let Kind::Message(message) = event.kind else {
        panic!("{:?}", event.kind)
    };
    assert_eq!(message.text.as_deref(), Some("hello, world!"));
    assert_eq!(
        message.mid.as_deref(),
        Some("mid.1457764197618:41d102a3e1ae206a38")
    );
    assert_eq!(
        message.quick_reply.and_then(|q| q.payload).as_deref(),
        Some("DEVELOPER_DEFINED_PAYLOAD")
    );
    assert_eq!(message.is_echo, None);
}

#[test]
fn a_reply_names_the_message_it_replies_to() {
    let Kind::Message(message) = only("message_reply").kind else {
        panic!()
    };
    let reply_to = message.reply_to.expect("reply_to");
    assert_eq!(
        reply_to.mid.as_deref(),
        Some("m_1fTq8oLumEyIp3Q2MR-aY7IfLZDamVrALniheU")
    );
    assert_eq!(reply_to.is_self_reply, Some(false));
}

#[test]
fn every_documented_attachment_kind_decodes_with_its_payload() {
    let event = only("message_attachments");
    assert_eq!(event.entry_id, "682498302938465");
    let Kind::Message(message) = event.kind else {
        panic!()
    };
    let attachments = message.attachments.expect("attachments");
    let types: Vec<_> = attachments
        .iter()
        .filter_map(|a| a.r#type.clone())
        .collect();
    assert_eq!(
        types,
        [
            EventAttachmentType::Image,
            EventAttachmentType::Sticker,
            EventAttachmentType::AppointmentBooking,
            EventAttachmentType::Template,
            EventAttachmentType::Location,
            EventAttachmentType::Fallback,
        ]
    );
    let payload = |i: usize| attachments[i].payload.clone().expect("payload");
    assert_eq!(
        payload(0).url.as_deref(),
        Some("https://cdn.example/image.jpg")
    );
    assert_eq!(
        payload(1).sticker_id.map(|s| s.into_string()).as_deref(),
        Some("369239263222822")
    );
    let booking = payload(2);
    assert_eq!(booking.booking_id.as_deref(), Some("BOOKING_1"));
    assert_eq!(
        (booking.start_time, booking.end_time),
        (Some(1_739_612_400), Some(1_739_616_000))
    );
    assert_eq!(booking.timezone.as_deref(), Some("America/Los_Angeles"));
    let product = payload(3)
        .product
        .and_then(|p| p.elements)
        .expect("products");
    assert_eq!(product[0].retailer_id.as_deref(), Some("EXTERNAL_ID"));
    assert_eq!(product[0].title.as_deref(), Some("Shoes"));
    let point = payload(4).coordinates.expect("coordinates");
    assert_eq!((point.lat, point.long), (Some(52.52), Some(13.405)));
    assert_eq!(attachments[5].title.as_deref(), Some("A shared link"));
    assert_eq!(
        attachments[5].url.as_deref(),
        Some("https://example.com/article")
    );
    assert_eq!(attachments[5].payload, None);
}

#[test]
fn an_echo_carries_the_sending_app_and_metadata() {
    let event = only("message_echo");
    assert_eq!(
        event.sender.and_then(|s| s.id).as_deref(),
        Some("1122334455")
    );
    let Kind::Message(message) = event.kind else {
        panic!()
    };
    assert_eq!(message.is_echo, Some(true));
    // The page types app_id String; its example sends a number.
    assert_eq!(
        message.app_id.map(|a| a.into_string()).as_deref(),
        Some("1517776481860111")
    );
    assert_eq!(
        message.metadata.as_deref(),
        Some("DEVELOPER_DEFINED_METADATA_STRING")
    );
}

#[test]
fn an_edit() {
    let Kind::MessageEdit(edit) = only("message_edit").kind else {
        panic!()
    };
    assert_eq!(edit.mid.as_deref(), Some("m_EDITED"));
    assert_eq!(edit.text.as_deref(), Some("fixed typo"));
    assert_eq!(edit.num_edit, Some(2));
}

#[test]
fn a_postback_from_the_chat_plugin_with_its_referral() {
    let event = only("postback");
    let sender = event.sender.expect("sender");
    assert_eq!(
        (sender.id, sender.user_ref.as_deref()),
        (None, Some("USER-REF-ID"))
    );
    // This page's example sends the timestamp as a string.
    assert_eq!(
        event.timestamp.map(|t| t.into_string()).as_deref(),
        Some("1527459824")
    );
    let Kind::Postback(postback) = event.kind else {
        panic!()
    };
    assert_eq!(postback.title.as_deref(), Some("TITLE-FOR-THE-CTA"));
    assert_eq!(postback.payload.as_deref(), Some("USER-DEFINED-PAYLOAD"));
    assert_eq!(postback.mid.as_deref(), Some("m_MESSAGE-ID"));
    let referral = postback.referral.expect("referral");
    assert_eq!(
        referral.r#ref.as_deref(),
        Some("USER-DEFINED-REFERRAL-PARAM")
    );
    assert_eq!(referral.source, Some(ReferralSource::Shortlink));
    assert_eq!(referral.r#type, Some(ReferralType::OpenThread));
}

#[test]
fn reads_and_deliveries_carry_their_watermarks() {
    let Kind::Read(read) = only("read").kind else {
        panic!()
    };
    assert_eq!(read.watermark, Some(1_458_668_856_253));
    let event = only("delivery");
    assert_eq!(event.timestamp, None);
    let Kind::Delivery(delivery) = event.kind else {
        panic!()
    };
    assert_eq!(
        delivery.mids.as_deref(),
        Some(&["mid.1458668856218:ed81099e15d3f4f233".to_owned()][..])
    );
    assert_eq!(delivery.watermark, Some(1_458_668_856_253));
}

#[test]
fn a_reaction() {
    let Kind::Reaction(reaction) = only("reaction").kind else {
        panic!()
    };
    assert_eq!(reaction.reaction, Some(ReactionType::Love));
    assert_eq!(reaction.emoji.as_deref(), Some("\u{2764}\u{fe0f}"));
    assert_eq!(reaction.action, Some(ReactionAction::React));
    assert_eq!(reaction.mid.as_deref(), Some("m_REACTED_TO"));
}

#[test]
fn an_ad_referral_with_its_context() {
    let Kind::Referral(referral) = only("referral").kind else {
        panic!()
    };
    assert_eq!(referral.source, Some(ReferralSource::Ads));
    assert_eq!(referral.ad_id.as_deref(), Some("6045246247433"));
    let ad = referral.ads_context_data.expect("ads_context_data");
    assert_eq!(ad.ad_title.as_deref(), Some("Summer sale"));
    assert_eq!(ad.post_id.as_deref(), Some("1122334455_99"));
    assert_eq!(ad.flow_id.as_deref(), Some("FLOW_1"));
}

#[test]
fn a_marketing_messages_opt_in() {
    let Kind::Optin(optin) = only("optin").kind else {
        panic!()
    };
    assert_eq!(optin.r#type, Some(OptinType::NotificationMessages));
    assert_eq!(
        optin.notification_messages_token.as_deref(),
        Some("NOTIFICATION-MESSAGES-TOKEN")
    );
    assert_eq!(
        optin.notification_messages_timezone.as_deref(),
        Some("Europe/Berlin")
    );
    assert_eq!(
        optin
            .token_expiry_timestamp
            .map(|t| t.into_string())
            .as_deref(),
        Some("1767225600000")
    );
    assert_eq!(optin.user_token_status, Some(UserTokenStatus::NotRefreshed));
    assert_eq!(
        optin.notification_messages_status.as_deref(),
        Some("RESUME NOTIFICATIONS")
    );
    assert_eq!(optin.payload.as_deref(), Some("ADDITIONAL-INFORMATION"));
    assert_eq!(optin.title.as_deref(), Some("Weekly deals"));
}

#[test]
fn handover_events_in_order_with_app_roles_as_a_map() {
    let kinds: Vec<Kind> = events("handovers").into_iter().map(|e| e.kind).collect();
    let [pass, take, request, roles] = &kinds[..] else {
        panic!("{kinds:?}")
    };
    let Kind::PassThreadControl(pass) = pass else {
        panic!()
    };
    assert_eq!(
        pass.new_owner_app_id.as_ref().map(|a| a.as_str()),
        Some("123456789")
    );
    assert_eq!(
        pass.previous_owner_app_id, None,
        "null while the thread was idle"
    );
    let Kind::TakeThreadControl(take) = take else {
        panic!()
    };
    assert_eq!(
        take.previous_owner_app_id.as_ref().map(|a| a.as_str()),
        Some("123456789")
    );
    assert_eq!(
        take.new_owner_app_id.as_ref().map(|a| a.as_str()),
        Some("987654321")
    );
    let Kind::RequestThreadControl(request) = request else {
        panic!()
    };
    assert_eq!(
        request.requested_owner_app_id.as_ref().map(|a| a.as_str()),
        Some("123456789")
    );
    let Kind::AppRoles(roles) = roles else {
        panic!()
    };
    assert_eq!(
        roles.get("123456789"),
        Some(&vec![AppRole::PrimaryReceiver])
    );
}

#[test]
fn a_policy_enforcement_has_no_sender() {
    let event = only("policy_enforcement");
    assert_eq!(event.sender, None);
    let Kind::PolicyEnforcement(policy) = event.kind else {
        panic!()
    };
    assert_eq!(policy.action, Some(PolicyEnforcementAction::Block));
    assert_eq!(
        policy.reason.as_deref(),
        Some("The bot broke the Platform Policies.")
    );
}

#[test]
fn account_linking_and_unlinking() {
    let statuses: Vec<_> = events("account_linking")
        .into_iter()
        .map(|e| match e.kind {
            Kind::AccountLinking(l) => (l.status, l.authorization_code),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        statuses,
        [
            (
                Some(AccountLinkingStatus::Linked),
                Some("PASS_THROUGH_AUTHORIZATION_CODE".to_owned())
            ),
            (Some(AccountLinkingStatus::Unlinked), None),
        ]
    );
}

#[test]
fn standby_events_are_marked_as_standby() {
    let events = events("standby");
    assert_eq!(events.len(), 2);
    assert!(
        events.iter().all(|e| e.channel == EventChannel::Standby),
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .all(|e| e.entry_time == Some(1_570_053_170_926))
    );
    let Kind::Message(echo) = &events[0].kind else {
        panic!()
    };
    let attachment = &echo.attachments.as_ref().expect("attachments")[0];
    assert_eq!(attachment.r#type, Some(EventAttachmentType::Template));
    assert_eq!(
        attachment
            .payload
            .as_ref()
            .and_then(|p| p.template_type.as_deref()),
        Some("media")
    );
    // A postback on standby comes without its payload.
    let Kind::Postback(postback) = &events[1].kind else {
        panic!()
    };
    assert_eq!(
        (postback.title.as_deref(), postback.payload.as_deref()),
        (Some("Buy"), None)
    );
}

#[test]
fn batched_entries_yield_every_event_in_body_order() {
    let body = json!({"object": "page", "entry": [
        {"id": "1", "time": 10, "messaging": [
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 1, "message": {"mid": "m1"}},
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 2, "read": {"watermark": 1}}
        ]},
        {"id": "2", "time": 20, "standby": [
            {"sender": {"id": "b"}, "recipient": {"id": "2"}, "timestamp": 3, "delivery": {"watermark": 3}}
        ]},
        {"id": "3", "time": 30, "messaging": [
            {"sender": {"id": "c"}, "recipient": {"id": "3"}, "timestamp": 4, "postback": {"title": "Go"}}
        ]}
    ]});
    let notification: Notification = serde_json::from_value(body).expect("decodes");
    assert_eq!(notification.entry.len(), 3);
    let seen: Vec<(String, Option<i64>, EventChannel, String)> = messaging(notification)
        .into_iter()
        .map(|e| (e.entry_id, e.entry_time, e.channel, e.kind.key().to_owned()))
        .collect();
    let want = [
        ("1", 10, EventChannel::Messaging, "message"),
        ("1", 10, EventChannel::Messaging, "read"),
        ("2", 20, EventChannel::Standby, "delivery"),
        ("3", 30, EventChannel::Messaging, "postback"),
    ]
    .map(|(id, time, channel, key)| (id.to_owned(), Some(time), channel, key.to_owned()));
    assert_eq!(seen, want);
}

#[test]
fn an_unknown_kind_and_unknown_fields_are_kept() {
    let body = json!({"object": "instagram", "new_envelope_field": 1, "entry": [{
        "id": "17841400000000000", "time": 5, "changes": [{"field": "comments"}],
        "messaging": [
            {"sender": {"id": "a", "new_sender_field": "x"}, "recipient": {"id": "b"}, "timestamp": 6,
             "messaging_feedback": {"feedback_screens": [{"screen_id": 0}]}},
            {"sender": {"id": "a"}, "recipient": {"id": "b"}, "timestamp": 7,
             "message": {"mid": "m", "text": "hi", "commands": [{"name": "flights"}]}, "later_field": true}
        ]
    }]});
    let notification: Notification = serde_json::from_value(body).expect("decodes");
    assert_eq!(notification.object, Some(WebhookObject::Instagram));
    assert_eq!(
        notification.unknown_fields.get("new_envelope_field"),
        Some(&json!(1))
    );
    // A change (here without a value) is a change, not an unknown field.
    assert!(notification.entry[0].unknown_fields.is_empty());
    assert_eq!(notification.entry[0].changes.len(), 1);
    assert_eq!(notification.entry[0].changes[0].field, "comments");
    let events: Vec<MessagingEvent> = notification
        .into_events()
        .into_iter()
        .filter_map(WebhookEvent::into_messaging)
        .collect();
    match &events[0].kind {
        Kind::Unknown { key, value } => {
            assert_eq!(key, "messaging_feedback");
            assert_eq!(value, &json!({"feedback_screens": [{"screen_id": 0}]}));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(events[0].kind.key(), "messaging_feedback");
    assert!(
        events[0].unknown_fields.is_empty(),
        "the kind is not also an unknown field"
    );
    let sender = events[0].sender.as_ref().expect("sender");
    assert_eq!(
        sender.unknown_fields.get("new_sender_field"),
        Some(&json!("x"))
    );
    let Kind::Message(message) = &events[1].kind else {
        panic!()
    };
    assert_eq!(
        message.unknown_fields.get("commands"),
        Some(&json!([{"name": "flights"}]))
    );
    assert_eq!(
        events[1].unknown_fields.get("later_field"),
        Some(&json!(true))
    );
    // An enum value a later version adds is kept too.
    let event: MessagingEvent =
        serde_json::from_value(json!({"reaction": {"reaction": "laugh", "action": "react"}}))
            .expect("decodes");
    let Kind::Reaction(reaction) = event.kind else {
        panic!()
    };
    assert_eq!(
        reaction.reaction,
        Some(ReactionType::Unknown("laugh".into()))
    );
}

#[test]
fn a_second_kind_key_is_kept_not_lost() {
    // From text, so the keys keep the body's order: the first kind key wins.
    let event: MessagingEvent =
        serde_json::from_str(r#"{"read": {"watermark": 1}, "delivery": {"watermark": 2}}"#)
            .expect("decodes");
    assert!(matches!(event.kind, Kind::Read(_)), "{:?}", event.kind);
    assert_eq!(
        event.unknown_fields.get("delivery"),
        Some(&json!({"watermark": 2}))
    );
}

#[test]
fn a_known_kind_of_the_wrong_shape_is_kept_and_the_batch_decodes() {
    let body = json!({"object": "page", "entry": [
        {"id": "1", "time": 10, "messaging": [
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 1, "message": {"mid": "m1"}},
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 2, "read": {"watermark": "123"}},
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 3, "message": null},
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 4, "postback": "not an object"}
        ]},
        {"id": "2", "time": 20, "standby": [
            {"sender": {"id": "b"}, "recipient": {"id": "2"}, "timestamp": 5, "delivery": {"watermark": 5}}
        ]}
    ]});
    let notification: Notification = serde_json::from_value(body).expect("decodes");
    let events = messaging(notification);
    assert_eq!(events.len(), 5);
    let Kind::Message(message) = &events[0].kind else {
        panic!("{:?}", events[0].kind)
    };
    assert_eq!(message.mid.as_deref(), Some("m1"));
    for (event, key, value) in [
        (&events[1], "read", json!({"watermark": "123"})),
        (&events[2], "message", Value::Null),
        (&events[3], "postback", json!("not an object")),
    ] {
        assert_eq!(
            event.kind,
            Kind::Unknown {
                key: key.to_owned(),
                value
            }
        );
        assert_eq!(event.kind.key(), key);
        assert!(event.unknown_fields.is_empty(), "{event:?}");
        assert_eq!(event.entry_id, "1");
        assert_eq!(
            event.sender.as_ref().and_then(|s| s.id.as_deref()),
            Some("a")
        );
    }
    assert!(events[1].timestamp.is_some());
    let Kind::Delivery(delivery) = &events[4].kind else {
        panic!("{:?}", events[4].kind)
    };
    assert_eq!(delivery.watermark, Some(5));
    assert_eq!(events[4].channel, EventChannel::Standby);
}

#[test]
fn a_kind_key_after_a_known_kind_that_failed_is_kept_not_lost() {
    // From text, so the keys keep the body's order.
    let event: MessagingEvent = serde_json::from_str(
        r#"{"read": {"watermark": "soon"}, "delivery": {"watermark": 2}, "zzz_new_kind": 3}"#,
    )
    .expect("decodes");
    assert_eq!(
        event.kind,
        Kind::Unknown {
            key: "read".into(),
            value: json!({"watermark": "soon"})
        }
    );
    assert_eq!(
        event.unknown_fields.get("delivery"),
        Some(&json!({"watermark": 2}))
    );
    assert_eq!(event.unknown_fields.get("zzz_new_kind"), Some(&json!(3)));
    assert_eq!(event.unknown_fields.len(), 2);
    // A known kind after an unknown key is still the kind; the unknown key is a field.
    let event: MessagingEvent =
        serde_json::from_str(r#"{"aaa_new_kind": 1, "read": {"watermark": "soon"}}"#)
            .expect("decodes");
    assert_eq!(event.kind.key(), "read");
    assert_eq!(event.unknown_fields.get("aaa_new_kind"), Some(&json!(1)));
}

#[test]
fn a_common_field_of_the_wrong_type_is_kept_and_the_batch_decodes() {
    let body = json!({"object": "page", "entry": [
        {"id": "1", "time": 10, "messaging": [
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": 1, "message": {"mid": "m1"}},
            {"sender": {"id": "a"}, "recipient": {"id": "1"}, "timestamp": {"at": "soon"}, "read": {"watermark": 7}},
            {"sender": "not an object", "recipient": {"id": "1"}, "timestamp": 3, "delivery": {"watermark": 8}},
            {"sender": {"id": "b"}, "recipient": {"id": "1"}, "timestamp": 4, "postback": {"payload": "P"}}
        ]},
        {"id": "2", "time": 20, "standby": [
            {"sender": {"id": "c"}, "recipient": {"id": "2"}, "timestamp": 5, "delivery": {"watermark": 5}}
        ]}
    ]});
    let notification: Notification = serde_json::from_value(body).expect("decodes");
    let events = messaging(notification);
    assert_eq!(events.len(), 5);

    // A timestamp that is neither a string nor an integer (the runtime's `NumericString`
    // takes any string, `"soon"` included): no timestamp, the raw value kept, the rest decoded.
    let soon = &events[1];
    assert_eq!(soon.timestamp, None);
    assert_eq!(
        soon.unknown_fields.get("timestamp"),
        Some(&json!({"at": "soon"}))
    );
    assert_eq!(soon.unknown_fields.len(), 1, "{soon:?}");
    let Kind::Read(read) = &soon.kind else {
        panic!("{:?}", soon.kind)
    };
    assert_eq!(read.watermark, Some(7));
    assert_eq!(
        soon.sender.as_ref().and_then(|s| s.id.as_deref()),
        Some("a")
    );
    assert!(soon.recipient.is_some());
    assert_eq!((soon.entry_id.as_str(), soon.entry_time), ("1", Some(10)));

    // `"sender": "not an object"`: likewise.
    let odd = &events[2];
    assert_eq!(odd.sender, None);
    assert_eq!(
        odd.unknown_fields.get("sender"),
        Some(&json!("not an object"))
    );
    assert_eq!(odd.unknown_fields.len(), 1, "{odd:?}");
    let Kind::Delivery(delivery) = &odd.kind else {
        panic!("{:?}", odd.kind)
    };
    assert_eq!(delivery.watermark, Some(8));
    assert!(odd.timestamp.is_some());

    // The other events are untouched.
    for (event, sender) in [(&events[0], "a"), (&events[3], "b"), (&events[4], "c")] {
        assert!(event.unknown_fields.is_empty(), "{event:?}");
        assert_eq!(
            event.sender.as_ref().and_then(|s| s.id.as_deref()),
            Some(sender)
        );
        assert!(event.recipient.is_some() && event.timestamp.is_some());
    }
    assert!(matches!(&events[0].kind, Kind::Message(m) if m.mid.as_deref() == Some("m1")));
    assert!(
        matches!(&events[3].kind, Kind::Postback(_)),
        "{:?}",
        events[3].kind
    );
    assert_eq!(events[4].channel, EventChannel::Standby);
    assert_eq!(events[4].entry_id, "2");
}

#[test]
fn a_kept_common_field_is_never_taken_for_the_kind() {
    let event: MessagingEvent =
        serde_json::from_str(r#"{"recipient": 5, "sender": [1], "timestamp": {}}"#)
            .expect("decodes");
    assert_eq!(event.kind, Kind::default());
    assert_eq!(event.kind.key(), "");
    assert_eq!(event.unknown_fields.len(), 3, "{event:?}");
    let event: MessagingEvent =
        serde_json::from_str(r#"{"recipient": 5, "zzz_new_kind": 1}"#).expect("decodes");
    assert_eq!(
        event.kind,
        Kind::Unknown {
            key: "zzz_new_kind".into(),
            value: json!(1)
        }
    );
    assert_eq!(event.recipient, None);
    assert_eq!(event.unknown_fields.get("recipient"), Some(&json!(5)));
    // A key given twice: the last value counts, as in a `serde_json::Value`.
    let event: MessagingEvent =
        serde_json::from_str(r#"{"timestamp": 1.5, "timestamp": 9}"#).expect("decodes");
    assert!(event.timestamp.is_some());
    assert!(event.unknown_fields.is_empty(), "{event:?}");
    let event: MessagingEvent =
        serde_json::from_str(r#"{"timestamp": 9, "timestamp": 1.5}"#).expect("decodes");
    assert_eq!(event.timestamp, None);
    assert_eq!(event.unknown_fields.get("timestamp"), Some(&json!(1.5)));
}

#[test]
fn an_entry_id_or_time_of_the_wrong_type_is_kept() {
    let body = json!({"object": "page", "entry": [
        {"id": 17, "time": "later", "messaging": [
            {"sender": {"id": "a"}, "timestamp": 1, "read": {"watermark": 1}}
        ]},
        {"id": "2", "time": 20, "messaging": [
            {"sender": {"id": "b"}, "timestamp": 2, "read": {"watermark": 2}}
        ]}
    ]});
    let notification: Notification = serde_json::from_value(body).expect("decodes");
    let entry = &notification.entry[0];
    assert_eq!((entry.id.as_deref(), entry.time), (None, None));
    assert_eq!(entry.unknown_fields.get("id"), Some(&json!(17)));
    assert_eq!(entry.unknown_fields.get("time"), Some(&json!("later")));
    assert!(notification.entry[1].unknown_fields.is_empty());
    let mut events = notification.into_events();
    // The misshapen id and time are delivered too, after the entry's events.
    match events.remove(1) {
        WebhookEvent::Other(other) => {
            assert_eq!(other.fields.get("id"), Some(&json!(17)));
            assert_eq!(other.fields.get("time"), Some(&json!("later")));
        }
        event => panic!("{event:?}"),
    }
    let events: Vec<MessagingEvent> = events
        .into_iter()
        .map(|e| e.into_messaging().expect("a messaging event"))
        .collect();
    assert_eq!(
        (events[0].entry_id.as_str(), events[0].entry_time),
        ("", None)
    );
    assert_eq!(
        (events[1].entry_id.as_str(), events[1].entry_time),
        ("2", Some(20))
    );
    assert!(matches!(events[0].kind, Kind::Read(_)));
}

#[test]
fn a_malformed_body_is_a_serde_error_not_a_panic() {
    for bad in [
        &b""[..],
        b"{",
        b"[]",
        b"{\"object\": \"page\", \"entry\": {}}",
        b"{\"entry\": [{\"messaging\": {}}]}",
        b"{\"entry\": [{\"standby\": 3}]}",
        b"{\"entry\": [{\"id\": \"1\", \"messaging\": [\"not an event\"]}]}",
        b"{\"entry\": [{\"id\": \"1\", \"messaging\": [{\"timestamp\": }]}]}",
        b"{\"entry\": [{\"messaging\": [{\"message\": {\"mid\": }}]}]}",
        b"{\"entry\": [{\"id\": \"1\", \"messaging\": [{\"sender\": {\"id\": \"\xff\"}}]}]}",
    ] {
        let error = serde_json::from_slice::<Notification>(bad).expect_err("malformed");
        assert!(
            error.is_syntax() || error.is_data() || error.is_eof(),
            "{error} for {:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn both_versions_decode_the_same_body() {
    use fbgraph::v19_0::webhooks as v19;

    let events = serde_json::from_value::<v19::Notification>(body("handovers"))
        .expect("decodes")
        .into_events();
    assert_eq!(events.len(), 4);
    assert!(matches!(
        &events[3],
        v19::WebhookEvent::Messaging(event) if matches!(event.kind, v19::MessagingEventKind::AppRoles(_))
    ));
}

/// A Page's feed changes reach the handler as typed changes, with the object and the
/// entry's id and time; nothing of the entry is dropped.
#[test]
fn a_page_feed_change_is_a_typed_event_with_its_object_and_entry() {
    use fbgraph::v26_0::webhooks::{ChangeValue, FeedItem, FeedReactionType, FeedVerb};

    let notification: Notification = serde_json::from_value(body("feed_comment")).expect("decodes");
    let events = notification.into_events();
    assert_eq!(events.len(), 2, "{events:?}");
    for event in &events {
        assert_eq!(event.object(), Some(&WebhookObject::Page));
        assert_eq!(event.entry_id(), "1122334455");
    }
    let WebhookEvent::Change(comment) = &events[0] else {
        panic!("{:?}", events[0]);
    };
    assert_eq!(comment.field, "feed");
    assert_eq!(comment.entry_time, Some(1_700_000_000));
    let ChangeValue::PageFeed(feed) = &comment.value else {
        panic!("{:?}", comment.value);
    };
    assert_eq!(feed.item, Some(FeedItem::Comment));
    assert_eq!(feed.verb, Some(FeedVerb::Add));
    assert_eq!(feed.message.as_deref(), Some("Is this still available?"));
    assert_eq!(feed.comment_id.as_deref(), Some("987654321_111222333"));
    let author = feed.from.as_ref().expect("from");
    assert_eq!(author.name.as_deref(), Some("Ada Customer"));
    let post = feed.post.as_ref().expect("post");
    assert_eq!(post.is_published, Some(true));
    assert!(feed.unknown_fields.is_empty(), "{:?}", feed.unknown_fields);

    let reaction = events[1].as_change().expect("a change");
    let ChangeValue::PageFeed(feed) = &reaction.value else {
        panic!("{:?}", reaction.value);
    };
    assert_eq!(feed.item, Some(FeedItem::Reaction));
    assert_eq!(feed.reaction_type, Some(FeedReactionType::Love));
}

/// An Instagram account's comments, mentions and story insights are typed, and carry the
/// `instagram` object, so a handler tells them from a Page's.
#[test]
fn instagram_comments_and_mentions_are_typed_and_carry_their_object() {
    use fbgraph::v26_0::webhooks::ChangeValue;

    let notification: Notification =
        serde_json::from_value(body("instagram_changes")).expect("decodes");
    let events = notification.into_events();
    let values: Vec<&ChangeValue> = events
        .iter()
        .map(|e| {
            assert_eq!(e.object(), Some(&WebhookObject::Instagram));
            assert_eq!(e.entry_id(), "17841405309211844");
            &e.as_change().expect("a change").value
        })
        .collect();
    let [
        ChangeValue::InstagramComments(comment),
        ChangeValue::InstagramMentions(mention),
        ChangeValue::InstagramStoryInsights(story),
    ] = values[..]
    else {
        panic!("{values:?}");
    };
    assert_eq!(comment.text.as_deref(), Some("Love it!"));
    assert_eq!(
        comment.from.as_ref().and_then(|f| f.username.as_deref()),
        Some("ada.lovelace")
    );
    assert_eq!(
        comment.media.as_ref().and_then(|m| m.id.as_deref()),
        Some("123123123")
    );
    assert_eq!(mention.comment_id.as_deref(), Some("17887498072083521"));
    assert_eq!(story.reach, Some(17));
}

/// A change of a field the spec does not describe, a described field whose value has
/// another shape, a field of another object, and an entry key of another subscription are
/// all delivered, raw; the untyped envelope gives the same events.
#[test]
fn unknown_changes_and_entry_keys_are_kept_raw_never_dropped() {
    use fbgraph::v26_0::webhooks::ChangeValue;

    let body = json!({"object": "page", "entry": [
        {"id": "1", "time": 2, "changes": [
            {"field": "ratings", "value": {"review_text": "Great"}},
            {"field": "feed", "value": {"item": ["not", "a", "string"]}},
            {"field": "comments", "value": {"text": "an Instagram field on a Page"}},
            {"value": 3, "extra": true}
        ], "hop_context": [{"app_id": 5}]},
    ]});
    let notification: Notification = serde_json::from_value(body.clone()).expect("decodes");
    let events = notification.into_events();
    assert_eq!(events.len(), 5, "{events:?}");
    let raw = |i: usize| match &events[i] {
        WebhookEvent::Change(change) => match &change.value {
            ChangeValue::Unknown(value) => (change.field.as_str(), value.clone()),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(raw(0), ("ratings", json!({"review_text": "Great"})));
    assert_eq!(raw(1), ("feed", json!({"item": ["not", "a", "string"]})));
    assert_eq!(raw(2).0, "comments");
    assert_eq!(raw(3), ("", json!(3)));
    assert_eq!(
        events[3].as_change().map(|c| c.unknown_fields.clone()),
        Some(
            json!({"extra": true})
                .as_object()
                .cloned()
                .unwrap_or_default()
        )
    );
    let WebhookEvent::Other(other) = &events[4] else {
        panic!("{:?}", events[4]);
    };
    assert_eq!((other.entry_id.as_str(), other.entry_time), ("1", Some(2)));
    assert_eq!(
        other.fields.get("hop_context"),
        Some(&json!([{"app_id": 5}]))
    );
    assert_eq!(other.object, Some(WebhookObject::Page));

    let untyped = body.into_events();
    assert_eq!(untyped.len(), events.len());
}
