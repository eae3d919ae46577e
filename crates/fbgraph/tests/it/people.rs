//! People and threads through the typed client: a customer's profile by PSID, a
//! conversation's messages paged with `next`, custom labels put on and taken off customers,
//! and the app's subscription to the Page's webhooks, each read back after it is written.

use fbgraph::v26_0::{
    Conversations, CreatePageCustomLabels, CreatePageSubscribedApps,
    CreatePageUserMessageThreadLabelLabel, DeletePageSubscribedApps,
    DeletePageUserMessageThreadLabel, DeletePageUserMessageThreadLabelLabel, GetPageCustomLabels,
    GetPageSubscribedApps, GetUnifiedThreadMessages, GetUserProfile, GetUserProfileCustomLabels,
    MessageField, OutgoingMessage, Recipient, SendMessage, SubscribedFields, UserProfileField,
};

use crate::support::Env;

#[tokio::test]
async fn a_customers_profile_is_read_by_psid() {
    let env = Env::start().await;
    let psid = env.customer();
    let profile = env
        .client
        .send(GetUserProfile::new(&psid))
        .await
        .expect("the default fields");
    assert_eq!(profile.id.as_deref(), Some(psid.as_str()));
    let name = env.server.config().customers[0].name.clone();
    assert_eq!(profile.name.as_deref(), Some(name.as_str()));
    assert_eq!(
        profile.first_name.as_deref(),
        name.split(' ').next(),
        "{profile:?}"
    );
    assert!(profile.profile_pic.is_some());
    assert!(profile.locale.is_none(), "not a default field");

    let chosen = env
        .client
        .send(GetUserProfile::new(&psid).fields([
            UserProfileField::FirstName,
            UserProfileField::Locale,
            UserProfileField::Timezone,
        ]))
        .await
        .expect("chosen fields");
    assert_eq!(chosen.locale.as_deref(), Some("en_US"));
    assert_eq!(chosen.timezone, Some(0.0));
    assert!(chosen.last_name.is_none(), "not chosen");

    // Someone reached by phone number has no profile.
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::phone_number("+15550100"),
            OutgoingMessage::text("Your order shipped"),
        ))
        .await
        .expect("sent");
    let refused = env
        .client
        .send(GetUserProfile::new(sent.recipient_id.expect("a PSID")))
        .await
        .expect_err("no profile");
    assert_eq!(refused.graph().and_then(|g| g.error_subcode), Some(2018218));
}

#[tokio::test]
async fn a_conversations_messages_page_with_next() {
    let env = Env::start().await;
    for i in 0..5 {
        env.send_text(&format!("update {i}")).await;
    }
    let conversations = env
        .client
        .send(Conversations::new("me").user_id(env.customer()))
        .await
        .expect("the conversation");
    let thread = conversations.data[0].id.clone().expect("its id");
    let first = env
        .client
        .send(
            GetUnifiedThreadMessages::new(&thread)
                .fields([MessageField::Message])
                .limit(2),
        )
        .await
        .expect("the first page");
    assert_eq!(first.data.len(), 2);
    assert_eq!(
        first.data[0].message.as_deref(),
        Some("update 4"),
        "newest first"
    );
    let mut seen = first.data.len();
    let mut page = first;
    while let Some(next) = env.client.next_page(&page).await.expect("a next page") {
        seen += next.data.len();
        page = next;
    }
    assert_eq!(seen, 6, "the customer's first message and the five updates");
}

#[tokio::test]
async fn custom_labels_are_put_on_listed_and_taken_off() {
    let env = Env::start().await;
    let psid = env.customer();
    let vip = env
        .client
        .send(CreatePageCustomLabels::new("me", "VIP"))
        .await
        .expect("created")
        .id
        .expect("its id");
    let late = env
        .client
        .send(CreatePageCustomLabels::new("me", "Late delivery"))
        .await
        .expect("created")
        .id
        .expect("its id");
    let all = env
        .client
        .send(GetPageCustomLabels::new("me"))
        .await
        .expect("listed");
    assert_eq!(all.data.len(), 2);

    for label in [&vip, &late] {
        let on = env
            .client
            .send(CreatePageUserMessageThreadLabelLabel::new(label, &psid))
            .await
            .expect("labelled");
        assert_eq!(on.success, Some(true));
    }
    let names = |labels: &[fbgraph::v26_0::PageUserMessageThreadLabel]| -> Vec<String> {
        labels
            .iter()
            .filter_map(|l| l.page_label_name.clone())
            .collect()
    };
    let on_user = env
        .client
        .send(GetUserProfileCustomLabels::new(&psid))
        .await
        .expect("the customer's labels");
    assert_eq!(names(&on_user.data), ["VIP", "Late delivery"]);

    env.client
        .send(DeletePageUserMessageThreadLabelLabel::new(&late, &psid))
        .await
        .expect("taken off");
    env.client
        .send(DeletePageUserMessageThreadLabel::new(&vip))
        .await
        .expect("deleted");
    let on_user = env
        .client
        .send(GetUserProfileCustomLabels::new(&psid))
        .await
        .expect("the customer's labels");
    assert!(on_user.data.is_empty(), "{on_user:?}");

    let refused = env
        .client
        .send(CreatePageUserMessageThreadLabelLabel::new(
            &late,
            "1000000000000999",
        ))
        .await
        .expect_err("not a customer");
    assert_eq!(refused.graph().and_then(|g| g.error_subcode), Some(2018001));
}

#[tokio::test]
async fn the_app_subscribes_to_the_pages_webhooks() {
    let env = Env::start().await;
    let none = env
        .client
        .send(GetPageSubscribedApps::new("me"))
        .await
        .expect("listed");
    assert!(none.data.is_empty());
    let done = env
        .client
        .send(CreatePageSubscribedApps::new(
            "me",
            [
                SubscribedFields::Messages,
                SubscribedFields::MessagingPostbacks,
            ],
        ))
        .await
        .expect("subscribed");
    assert_eq!(done.success, Some(true));
    let apps = env
        .client
        .send(GetPageSubscribedApps::new("me"))
        .await
        .expect("listed");
    let app = apps.data.first().expect("the app");
    assert_eq!(app.id.as_deref(), Some(env.server.config().app_id.as_str()));
    assert_eq!(
        app.subscribed_fields.as_deref(),
        Some(&["messages".to_owned(), "messaging_postbacks".to_owned()][..])
    );
    env.client
        .send(DeletePageSubscribedApps::new("me"))
        .await
        .expect("unsubscribed");
    let none = env
        .client
        .send(GetPageSubscribedApps::new("me"))
        .await
        .expect("listed");
    assert!(none.data.is_empty());
}

#[tokio::test]
async fn a_blocked_customer_cannot_be_messaged_and_spam_leaves_the_inbox() {
    use fbgraph::v26_0::{
        Actions, ConversationFolder, CreatePageModerateConversations, ThreadRecipient,
        UnifiedThreadField,
    };
    let env = Env::start().await;
    let psid = env.customer();
    let moderate = |actions: Vec<Actions>| {
        CreatePageModerateConversations::new("me", [ThreadRecipient::new(&psid)], actions)
    };
    let text = || {
        SendMessage::message(
            "me",
            Recipient::id(&psid),
            OutgoingMessage::text("Hello again"),
        )
    };
    let done = env
        .client
        .send(moderate(vec![Actions::BlockUser]))
        .await
        .expect("blocked");
    assert_eq!(done.success, Some(true));
    let refused = env.client.send(text()).await.expect_err("blocked");
    assert_eq!(refused.graph().map(|g| g.code), Some(551));
    let thread = env
        .client
        .send(
            Conversations::new("me")
                .user_id(&psid)
                .fields([UnifiedThreadField::CanReply]),
        )
        .await
        .expect("the conversation");
    assert_eq!(thread.data[0].can_reply, Some(false));

    env.client
        .send(moderate(vec![Actions::UnblockUser, Actions::MoveToSpam]))
        .await
        .expect("unblocked, to spam");
    env.client
        .send(text())
        .await
        .expect("may be messaged again");
    let inbox = env
        .client
        .send(Conversations::new("me").user_id(&psid))
        .await
        .expect("the inbox");
    assert!(inbox.data.is_empty(), "moved to spam: {inbox:?}");
    let spam = env
        .client
        .send(
            Conversations::new("me")
                .user_id(&psid)
                .folder(ConversationFolder::Spam),
        )
        .await
        .expect("the spam folder");
    assert_eq!(spam.data.len(), 1);

    let refused = env
        .client
        .send(moderate(vec![Actions::BlockUser, Actions::UnblockUser]))
        .await
        .expect_err("an action and its undoing");
    assert_eq!(refused.graph().map(|g| g.code), Some(100));
}

#[tokio::test]
async fn profile_fields_follow_the_apps_permissions() {
    use fbgraph_mock::{MockConfig, Seed};
    let psid = MockConfig::default().customers[0].psid.clone();
    let gender = Seed::new(
        "UserProfile",
        serde_json::json!({"id": psid, "gender": "female"}),
    );
    let ask = || {
        GetUserProfile::new(&psid).fields([
            UserProfileField::Locale,
            UserProfileField::Timezone,
            UserProfileField::Gender,
        ])
    };
    let all = Env::with_config(MockConfig {
        seeds: vec![gender.clone()],
        ..MockConfig::default()
    })
    .await;
    let profile = all.client.send(ask()).await.expect("every permission");
    assert_eq!(profile.gender.as_deref(), Some("female"));
    assert!(profile.locale.is_some() && profile.timezone.is_some());

    let locale_only = Env::with_config(MockConfig {
        seeds: vec![gender],
        profile_permissions: vec!["pages_user_locale".into()],
        ..MockConfig::default()
    })
    .await;
    let profile = locale_only.client.send(ask()).await.expect("some");
    assert_eq!(profile.locale.as_deref(), Some("en_US"));
    assert!(
        profile.timezone.is_none() && profile.gender.is_none(),
        "{profile:?}"
    );
}
