//! The Send API: validation from the spec, and what sending stores.

use serde_json::{Value, json};

use crate::Mock;

/// The message of a 100 error; panics on anything else.
fn invalid(answer: &crate::Answer) -> String {
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100, "{message}");
    message.to_owned()
}

#[tokio::test]
async fn sends_json_and_form_bodies() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let json_answer = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "messaging_type": "RESPONSE",
                "message": {"text": "Your order shipped"},
            }),
        )
        .await;
    let body = json_answer.ok();
    assert_eq!(body["recipient_id"], json!(psid));
    assert!(body["message_id"].as_str().unwrap().starts_with("m_"));
    assert!(body.get("attachment_id").is_none());

    let recipient = json!({"id": psid}).to_string();
    let message = json!({"text": "Sent as a form"}).to_string();
    let form_answer = mock
        .post_form(
            "/me/messages",
            &[
                ("recipient", &recipient),
                ("messaging_type", "UPDATE"),
                ("message", &message),
            ],
        )
        .await;
    let form_id = form_answer.ok()["message_id"].as_str().unwrap().to_owned();
    assert_ne!(Some(form_id.as_str()), body["message_id"].as_str());

    let read = mock.get(&format!("/{form_id}?fields=message")).await;
    assert_eq!(read.ok()["message"], json!("Sent as a form"));

    // PHP-style bracket keys, as some clients send them.
    let bracket = mock
        .post_form(
            "/me/messages",
            &[("recipient[id]", &psid), ("message[text]", "brackets")],
        )
        .await;
    assert_eq!(bracket.ok()["recipient_id"], json!(psid));
}

#[tokio::test]
async fn enum_values_are_accepted_in_either_case() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": mock.customer()},
                "messaging_type": "response",
                "notification_type": "silent_push",
                "message": {
                    "attachment": {"type": "image", "payload": {"url": "https://example.com/cat.png"}},
                    "quick_replies": [{"content_type": "text", "title": "Yes", "payload": "Y"}],
                },
            }),
        )
        .await;
    let id = answer.ok()["message_id"].as_str().unwrap().to_owned();
    let read = mock
        .get(&format!("/{id}?fields=attachments{{image_data,mime_type}}"))
        .await;
    assert_eq!(
        read.ok()["attachments"]["data"][0]["image_data"]["url"],
        json!("https://example.com/cat.png")
    );
    assert_eq!(
        read.ok()["attachments"]["data"][0]["mime_type"],
        json!("image/png")
    );
}

#[tokio::test]
async fn missing_recipient_is_named() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json("/me/messages", json!({"message": {"text": "hi"}}))
        .await;
    assert_eq!(answer.status, 400);
    assert_eq!(
        invalid(&answer),
        "(#100) The parameter recipient is required"
    );
}

#[tokio::test]
async fn nested_required_field_is_named_by_its_bracket_path() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": mock.customer()},
                "message": {
                    "text": "Pick one",
                    "quick_replies": [
                        {"content_type": "TEXT", "title": "A", "payload": "PICK_A"},
                        {"title": "B"},
                    ],
                },
            }),
        )
        .await;
    assert_eq!(
        invalid(&answer),
        "(#100) The parameter message[quick_replies][1][content_type] is required"
    );
}

#[tokio::test]
async fn bad_values_are_named_with_what_is_expected() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let bad_enum = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "message": {"text": "x", "quick_replies": [{"content_type": "SMOKE_SIGNAL"}]},
            }),
        )
        .await;
    let message = invalid(&bad_enum);
    assert!(
        message.starts_with(
            "(#100) param message[quick_replies][0][content_type] must be one of {text, user_phone_number, user_email, "
        ),
        "{message}"
    );
    assert!(message.contains("bic_opt_in}"), "{message}");

    let not_numeric = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": "abc"}, "sender_action": "typing_on"}),
        )
        .await;
    assert_eq!(
        invalid(&not_numeric),
        "(#100) param recipient[id] must be a numeric string"
    );

    let bad_json_text = mock
        .post_form(
            "/me/messages",
            &[("recipient", "{not json"), ("sender_action", "typing_on")],
        )
        .await;
    assert_eq!(
        invalid(&bad_json_text),
        "(#100) param recipient must be an object"
    );

    let bad_url = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "message": {"text": "x", "quick_replies": [{"content_type": "TEXT", "image_url": "ftp://x"}]},
            }),
        )
        .await;
    assert!(
        invalid(&bad_url).contains(
            "param message[quick_replies][0][image_url] must be a valid http or https URL"
        )
    );
}

#[tokio::test]
async fn exactly_one_of_message_or_sender_action() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let both = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": psid}, "message": {"text": "hi"}, "sender_action": "TYPING_ON"}),
        )
        .await;
    let message = invalid(&both);
    assert!(message.contains("{message, sender_action}"), "{message}");

    let neither = mock
        .post_json("/me/messages", json!({"recipient": {"id": psid}}))
        .await;
    assert!(invalid(&neither).contains("{message, sender_action}"));

    let two_contents = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "message": {"text": "hi", "dynamic_text": {"text": "Hi {{first_name}}"}},
            }),
        )
        .await;
    assert!(
        invalid(&two_contents)
            .contains("message[text], message[dynamic_text], message[attachment]")
    );

    let two_recipients = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": psid, "user_ref": "x"}, "sender_action": "mark_seen"}),
        )
        .await;
    assert!(invalid(&two_recipients).contains("recipient[id]"));
}

#[tokio::test]
async fn unknown_psid_is_no_matching_user() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": "1111111111111111"}, "message": {"text": "hi"}}),
        )
        .await;
    let (code, subcode, _, message) = answer.error();
    assert_eq!((code, subcode), (100, Some(2018001)));
    assert_eq!(message, "(#100) No matching user found");
}

#[tokio::test]
async fn sender_actions_store_nothing() {
    let mock = Mock::start().await;
    let before = mock.get("/me/conversations?fields=message_count").await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": mock.customer()}, "sender_action": "typing_on"}),
        )
        .await;
    assert_eq!(answer.ok(), &json!({"recipient_id": mock.customer()}));
    let after = mock.get("/me/conversations?fields=message_count").await;
    assert_eq!(before.ok(), after.ok());
}

#[tokio::test]
async fn phone_number_recipients_get_a_stable_psid_and_a_conversation() {
    let mock = Mock::start().await;
    let send = |text: &'static str| {
        mock.post_json(
            "/me/messages",
            json!({
                "recipient": {"phone_number": "+1 555 0100", "name": {"first_name": "Kim", "last_name": "Lee"}},
                "message": {"dynamic_text": {"text": "Hi {{first_name}}! ".to_owned() + text, "fallback_text": "Hi!"}},
            }),
        )
    };
    let first = send("one").await.ok().clone();
    let second = send("two").await.ok().clone();
    let psid = first["recipient_id"].as_str().unwrap();
    assert!(
        psid.len() >= 15 && psid.bytes().all(|b| b.is_ascii_digit()),
        "{psid}"
    );
    assert_eq!(first["recipient_id"], second["recipient_id"]);

    let threads = mock
        .get(&format!(
            "/me/conversations?user_id={psid}&fields=message_count,participants,messages{{message}}"
        ))
        .await;
    let data = threads.ok()["data"].as_array().unwrap();
    assert_eq!(data.len(), 1);
    assert_eq!(data[0]["message_count"], json!(2));
    assert_eq!(data[0]["participants"]["data"][0]["name"], json!("Kim Lee"));
    assert_eq!(
        data[0]["messages"]["data"][0]["message"],
        json!("Hi Kim! two")
    );
}

#[tokio::test]
async fn reusable_attachments_answer_an_id_that_can_be_sent_again() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let uploaded = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "message": {"attachment": {"type": "video", "payload": {"url": "https://example.com/v.mp4", "is_reusable": true}}},
            }),
        )
        .await;
    let attachment_id = uploaded.ok()["attachment_id"].as_str().unwrap().to_owned();
    let again = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": psid},
                "message": {"attachment": {"type": "video", "payload": {"attachment_id": attachment_id}}},
            }),
        )
        .await;
    assert!(again.ok().get("attachment_id").is_none());
    let id = again.ok()["message_id"].as_str().unwrap();
    let attachments = mock
        .get(&format!("/{id}/attachments?fields=id,video_data"))
        .await;
    let data = &attachments.ok()["data"];
    assert_eq!(data[0]["id"], json!(attachment_id));
    assert_eq!(
        data[0]["video_data"]["url"],
        json!("https://example.com/v.mp4")
    );

    let nothing = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": psid}, "message": {"attachment": {"type": "image"}}}),
        )
        .await;
    assert_eq!(nothing.error().0, 100);
}

#[tokio::test]
async fn multipart_file_upload_becomes_an_attachment() {
    let mock = Mock::start().await;
    let boundary = "XyZzY";
    let recipient = json!({"id": mock.customer()}).to_string();
    let message =
        json!({"attachment": {"type": "file", "payload": {"is_reusable": true}}}).to_string();
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"recipient\"\r\n\r\n{recipient}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n{message}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"invoice.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.4 fake\r\n--{boundary}--\r\n"
    );
    let answer = mock
        .send(
            mock.http
                .post(mock.signed("/me/messages"))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body),
        )
        .await;
    let id = answer.ok()["message_id"].as_str().unwrap().to_owned();
    assert!(answer.ok()["attachment_id"].is_string());
    let read = mock.get(&format!("/{id}/attachments")).await;
    let attachment: &Value = &read.ok()["data"][0];
    assert_eq!(attachment["name"], json!("invoice.pdf"));
    assert_eq!(attachment["mime_type"], json!("application/pdf"));
    assert_eq!(attachment["size"], json!(13));
}

#[tokio::test]
async fn numeric_ids_may_be_json_integers() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let number: u64 = psid.parse().unwrap();
    let answer = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": number}, "message": {"text": "sent to a number"}}),
        )
        .await;
    let body = answer.ok();
    assert_eq!(body["recipient_id"], json!(psid));
    let id = body["message_id"].as_str().unwrap();
    let read = mock.get(&format!("/{id}?fields=message,to")).await;
    assert_eq!(read.ok()["to"]["data"][0]["id"], json!(psid));

    // An `id` parameter given as a number is the same id as text.
    let created = mock
        .post_json(
            "/me/personas",
            json!({"name": "Agent", "profile_picture_url": "https://example.com/a.png"}),
        )
        .await;
    let persona_id: u64 = created.ok()["id"].as_str().unwrap().parse().unwrap();
    let persona = mock
        .post_json(
            "/me/messages",
            json!({"recipient": {"id": number}, "sender_action": "typing_on", "persona_id": persona_id}),
        )
        .await;
    assert_eq!(persona.ok()["recipient_id"], json!(psid));
    let owner = mock
        .send(
            mock.http
                .get(mock.signed("/me/thread_owner"))
                .json(&json!({"recipient": number})),
        )
        .await;
    assert!(owner.ok()["data"][0]["thread_owner"]["app_id"].is_string());

    // Only non-negative integers are numeric strings.
    for bad in [json!(-5), json!(1.5), json!(true)] {
        let answer = mock
            .post_json(
                "/me/messages",
                json!({"recipient": {"id": bad}, "sender_action": "typing_on"}),
            )
            .await;
        assert_eq!(
            invalid(&answer),
            "(#100) param recipient[id] must be a numeric string",
            "{bad}"
        );
    }
}

#[tokio::test]
async fn json_valued_params_name_the_expected_kind() {
    let mock = Mock::start().await;
    let recipient = json!({"id": mock.customer()}).to_string();

    for text in ["{bad", "\"just text\"", "[1]", "7"] {
        let answer = mock
            .post_form(
                "/me/messages",
                &[("recipient", &recipient), ("message", text)],
            )
            .await;
        assert_eq!(
            invalid(&answer),
            "(#100) param message must be an object",
            "{text}"
        );
    }

    let reply = |data: Value| {
        json!({
            "recipient": {"id": mock.customer()},
            "message": {"text": "x", "quick_replies": [{"content_type": "POLL", "title": "Q", "data": data}]},
        })
    };
    let cases = [
        (
            json!("{nope"),
            "(#100) param message[quick_replies][0][data] must be an object",
        ),
        (
            json!([1]),
            "(#100) param message[quick_replies][0][data] must be an object",
        ),
        (
            json!({"poll_options": "[oops"}),
            "(#100) param message[quick_replies][0][data][poll_options] must be a list",
        ),
        (
            json!({"poll_options": 5}),
            "(#100) param message[quick_replies][0][data][poll_options] must be a list",
        ),
        (
            json!({"poll_options": "{\"a\":1}"}),
            "(#100) param message[quick_replies][0][data][poll_options] must be a list",
        ),
    ];
    for (data, expected) in cases {
        let answer = mock.post_json("/me/messages", reply(data.clone())).await;
        assert_eq!(invalid(&answer), expected, "{data}");
    }

    // JSON text of the right kind is still taken.
    let good = mock
        .post_json(
            "/me/messages",
            reply(json!(r#"{"poll_options": ["Yes", "No"]}"#)),
        )
        .await;
    assert!(good.ok()["message_id"].is_string());
}

#[tokio::test]
async fn a_text_quick_reply_without_its_payload_is_refused() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": mock.customer()},
                "message": {"text": "Pick", "quick_replies": [{"content_type": "text", "title": "A"}]},
            }),
        )
        .await;
    assert_eq!(
        invalid(&answer),
        "(#100) The parameter message[quick_replies][0][payload] is required"
    );
}

#[tokio::test]
async fn a_misspelled_template_is_refused_naming_what_graph_takes() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let template = |payload: serde_json::Value| {
        json!({
            "recipient": {"id": psid},
            "message": {"attachment": {"type": "template", "payload": payload}},
        })
    };
    let misspelt_key = mock
        .post_json(
            "/me/messages",
            template(json!({"template_typ": "generic", "elements": [{"title": "Hat"}]})),
        )
        .await;
    assert_eq!(
        invalid(&misspelt_key),
        "(#100) The parameter message[attachment][payload][template_type] is required"
    );
    let misspelt_value = mock
        .post_json(
            "/me/messages",
            template(json!({"template_type": "genric", "elements": [{"title": "Hat"}]})),
        )
        .await;
    assert_eq!(
        invalid(&misspelt_value),
        "(#100) param message[attachment][payload][template_type] must be one of {generic, button, media, receipt, product, coupon, customer_feedback}"
    );
    // A button of an unknown type, and one without what its type needs, each named.
    let bad_button = mock
        .post_json(
            "/me/messages",
            template(json!({
                "template_type": "button",
                "text": "Next?",
                "buttons": [{"type": "web_link", "url": "https://example.com", "title": "Go"},
                            {"type": "postback", "title": "Buy"}],
            })),
        )
        .await;
    let message = invalid(&bad_button);
    assert!(
        message.contains("param message[attachment][payload][buttons][0][type] must be one of {web_url, postback, "),
        "{message}"
    );
    assert!(
        message.contains(
            "The parameter message[attachment][payload][buttons][1][payload] is required"
        ),
        "{message}"
    );
    // The same template, well formed and sent as a form body the way the official SDKs do.
    let message = json!({"attachment": {"type": "template", "payload": {
        "template_type": "button", "text": "Next?",
        "buttons": [{"type": "postback", "title": "Buy", "payload": "BUY"}],
    }}})
    .to_string();
    let recipient = json!({"id": psid}).to_string();
    let sent = mock
        .post_form(
            "/me/messages",
            &[
                ("recipient", recipient.as_str()),
                ("message", message.as_str()),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
}

#[tokio::test]
async fn a_media_template_element_takes_a_url_or_an_attachment_id_not_both() {
    let mock = Mock::start().await;
    let answer = mock
        .post_json(
            "/me/messages",
            json!({
                "recipient": {"id": mock.customer()},
                "message": {"attachment": {"type": "template", "payload": {
                    "template_type": "media",
                    "elements": [{"media_type": "image", "url": "https://www.facebook.com/photo.php?fbid=1", "attachment_id": "1"}],
                }}},
            }),
        )
        .await;
    assert_eq!(
        invalid(&answer),
        "(#100) Exactly one of the parameters {message[attachment][payload][elements][0][url], message[attachment][payload][elements][0][attachment_id]} must be given, but message[attachment][payload][elements][0][url] and message[attachment][payload][elements][0][attachment_id] were"
    );
}
