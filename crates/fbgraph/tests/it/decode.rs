//! What the generated response types make of what Graph sends.

use fbgraph::Paged;
use fbgraph::v19_0::{Message, MessagingType, PageThreadOwner, SenderAction, UnifiedThread};
use serde_json::json;

#[test]
fn unknown_fields_are_kept_and_missing_fields_are_none() {
    let body = json!({
        "id": "m_1",
        "message": "hi",
        "created_time": "2024-03-01T12:00:00+0000",
        "tags": {"data": [{"name": "inbox"}, {"name": "source:chat"}]},
        "from": {"id": "1", "name": "Ada", "new_profile_field": true},
        "a_field_from_a_later_version": {"x": 1}
    });
    let message: Message = serde_json::from_value(body).expect("decodes");
    assert_eq!(message.message.as_deref(), Some("hi"));
    assert_eq!(
        message.created_time.map(|t| t.unix_timestamp()),
        Some(1_709_294_400)
    );
    let tags: Vec<_> = message
        .tags
        .expect("tags")
        .data
        .into_iter()
        .filter_map(|t| t.name)
        .collect();
    assert_eq!(tags, ["inbox", "source:chat"]);
    assert_eq!(
        message.unknown_fields.get("a_field_from_a_later_version"),
        Some(&json!({"x": 1}))
    );
    let from = message.from.expect("from");
    assert_eq!(
        from.unknown_fields.get("new_profile_field"),
        Some(&json!(true))
    );
    assert_eq!(message.reactions, None);
    assert_eq!(message.is_unsupported, None);
}

#[test]
fn an_enum_value_from_a_later_version_is_kept() {
    let value: MessagingType = serde_json::from_value(json!("UTILITY")).expect("decodes");
    assert_eq!(value, MessagingType::Unknown("UTILITY".into()));
    assert_eq!(serde_json::to_value(&value).ok(), Some(json!("UTILITY")));
    // Values are matched ignoring case, as Graph does.
    let lower: SenderAction = serde_json::from_value(json!("typing_on")).expect("decodes");
    assert_eq!(lower, SenderAction::TypingOn);
    assert_eq!(SenderAction::TypingOn.to_string(), "TYPING_ON");
}

#[test]
fn a_thread_owner_page_decodes() {
    let page: Paged<PageThreadOwner> =
        serde_json::from_value(json!({"data": [{"thread_owner": {"app_id": "263902037430900"}}]}))
            .expect("decodes");
    let app = page.data[0]
        .thread_owner
        .as_ref()
        .and_then(|o| o.app_id.as_deref());
    assert_eq!(app, Some("263902037430900"));
}

#[test]
fn a_wrongly_typed_field_is_an_error_not_a_silent_default() {
    let bad = json!({"id": "t_1", "message_count": "many"});
    let err =
        serde_json::from_value::<UnifiedThread>(bad).expect_err("message_count is an integer");
    assert!(err.to_string().contains("invalid type"), "{err}");
}
