//! Reading: conversations, messages by id, field selection, thread owner.

use serde_json::{Value, json};

use crate::Mock;

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[tokio::test]
async fn conversations_start_with_one_message_per_customer() {
    let mock = Mock::start().await;
    let answer = mock
        .get("/me/conversations?fields=participants,messages{message,from},message_count")
        .await;
    let data = answer.ok()["data"].as_array().unwrap();
    assert_eq!(data.len(), mock.server.config().customers.len());
    for thread in data {
        assert_eq!(thread["message_count"], json!(1));
        let message = &thread["messages"]["data"][0];
        assert!(!message["message"].as_str().unwrap().is_empty());
        let from = message["from"]["id"].as_str().unwrap();
        assert!(
            mock.server
                .config()
                .customers
                .iter()
                .any(|c| c.psid == from)
        );
    }
    // A single page, so no paging links.
    assert!(answer.ok()["paging"].get("next").is_none());
}

#[tokio::test]
async fn a_sent_message_is_in_the_conversation_and_readable_by_id() {
    let mock = Mock::start().await;
    let psid = mock.server.config().customers[1].psid.clone();
    let id = mock.send_text(&psid, "Your order shipped").await;

    let threads = mock
        .get(&format!(
            "/me/conversations?platform=messenger&user_id={psid}&fields=id,snippet,participants,messages.limit(1){{id,message}}"
        ))
        .await;
    let data = threads.ok()["data"].as_array().unwrap();
    assert_eq!(data.len(), 1);
    let thread = &data[0];
    assert_eq!(thread["snippet"], json!("Your order shipped"));
    let participants: Vec<&str> = thread["participants"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(participants.contains(&psid.as_str()));
    assert!(participants.contains(&mock.server.config().page_id.as_str()));
    assert_eq!(thread["messages"]["data"][0]["id"], json!(id));
    assert_eq!(thread["messages"]["data"].as_array().unwrap().len(), 1);

    // Newest conversation first.
    let all = mock.get("/me/conversations").await;
    assert_eq!(all.ok()["data"][0]["id"], thread["id"]);

    let read = mock.get(&format!("/{id}?fields=message,from")).await;
    assert_eq!(keys(read.ok()), ["from", "id", "message"]);
    assert_eq!(read.ok()["message"], json!("Your order shipped"));
    assert_eq!(read.ok()["from"]["id"], json!(mock.server.config().page_id));
    assert_eq!(
        read.ok()["from"]["email"],
        json!(format!("{}@facebook.com", mock.server.config().page_id))
    );

    let full = mock
        .get(&format!("/{id}?fields=to,tags,created_time"))
        .await;
    assert_eq!(full.ok()["to"]["data"][0]["id"], json!(psid));
    assert_eq!(full.ok()["tags"]["data"][0]["name"], json!("source:chat"));
    let created = full.ok()["created_time"].as_str().unwrap();
    assert_eq!(created.len(), "2024-03-01T12:00:00+0000".len());
    assert!(created.ends_with("+0000"), "{created}");

    let shares = mock.get(&format!("/{id}/shares")).await;
    assert_eq!(shares.ok(), &json!({"data": []}));
}

#[tokio::test]
async fn default_fields_without_a_fields_parameter() {
    let mock = Mock::start().await;
    let id = mock.send_text(&mock.customer(), "hello").await;
    let read = mock.get(&format!("/{id}")).await;
    assert_eq!(keys(read.ok()), ["created_time", "id"]);
    let threads = mock.get("/me/conversations").await;
    assert_eq!(keys(&threads.ok()["data"][0]), ["id", "updated_time"]);
}

#[tokio::test]
async fn unknown_fields_are_rejected_with_the_node_type() {
    let mock = Mock::start().await;
    let id = mock.send_text(&mock.customer(), "hello").await;
    let answer = mock.get(&format!("/{id}?fields=message,colour")).await;
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100);
    assert_eq!(
        message,
        "(#100) Tried accessing nonexisting field (colour) on node type (Message)"
    );
    let nested = mock.get("/me/conversations?fields=messages{nope}").await;
    assert_eq!(
        nested.error().3,
        "(#100) Tried accessing nonexisting field (nope) on node type (Message)"
    );
    let syntax = mock.get("/me/conversations?fields=messages{id").await;
    assert_eq!(syntax.error().0, 2500);
}

#[tokio::test]
async fn conversations_filters() {
    let mock = Mock::start().await;
    let instagram = mock.get("/me/conversations?platform=INSTAGRAM").await;
    assert_eq!(instagram.ok(), &json!({"data": []}));
    let spam = mock.get("/me/conversations?folder=spam").await;
    assert_eq!(spam.ok(), &json!({"data": []}));
    let inbox = mock.get("/me/conversations?folder=INBOX").await;
    assert_eq!(inbox.ok()["data"].as_array().unwrap().len(), 2);
    let bad = mock.get("/me/conversations?platform=myspace").await;
    assert!(
        bad.error()
            .3
            .contains("param platform must be one of {INSTAGRAM, MESSENGER}")
    );
}

#[tokio::test]
async fn thread_owner_of_known_and_unknown_customers() {
    let mock = Mock::start().await;
    let known = mock
        .get(&format!("/me/thread_owner?recipient={}", mock.customer()))
        .await;
    assert_eq!(
        known.ok()["data"],
        json!([{"thread_owner": {"app_id": mock.server.config().app_id}}])
    );

    let unknown = mock.get("/me/thread_owner?recipient=4242424242").await;
    let (code, subcode, _, _) = unknown.error();
    assert_eq!((code, subcode), (100, Some(2018001)));

    let missing = mock.get("/me/thread_owner").await;
    assert_eq!(
        missing.error().3,
        "(#100) The parameter recipient is required"
    );
}

#[tokio::test]
async fn id_is_answered_whatever_fields_select() {
    let mock = Mock::start().await;
    let message_id = mock.send_text(&mock.customer(), "hello").await;

    let threads = mock.get("/me/conversations?fields=participants").await;
    for thread in threads.ok()["data"].as_array().unwrap() {
        assert_eq!(keys(thread), ["id", "participants"]);
        assert!(thread["id"].as_str().unwrap().starts_with("t_"));
        for participant in thread["participants"]["data"].as_array().unwrap() {
            assert!(participant["id"].is_string(), "{participant}");
        }
    }

    let named = mock
        .get("/me/conversations?fields=participants{name},messages{message}")
        .await;
    for thread in named.ok()["data"].as_array().unwrap() {
        assert_eq!(keys(thread), ["id", "messages", "participants"]);
        for participant in thread["participants"]["data"].as_array().unwrap() {
            assert_eq!(keys(participant), ["id", "name"]);
        }
        for message in thread["messages"]["data"].as_array().unwrap() {
            assert_eq!(keys(message), ["id", "message"]);
        }
    }

    let read = mock.get(&format!("/{message_id}?fields=message")).await;
    assert_eq!(read.ok(), &json!({"id": message_id, "message": "hello"}));
    let from = mock
        .get(&format!("/{message_id}?fields=from{{name}}"))
        .await;
    assert_eq!(keys(&from.ok()["from"]), ["id", "name"]);
}
