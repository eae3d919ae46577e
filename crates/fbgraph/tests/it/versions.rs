//! Two Graph versions side by side: one client, one mock, each request on its version's path.

use fbgraph::{v19_0, v26_0};

use crate::support::Env;

#[tokio::test]
async fn what_v26_added_is_sent_and_validated_on_the_v26_path() {
    let env = Env::start().await;
    let first = env.send_text("Where is my parcel?").await;
    let sent = env
        .client
        .send(
            v26_0::SendMessage::message(
                "me",
                v26_0::Recipient::id(env.customer()),
                v26_0::OutgoingMessage::text("On its way"),
            )
            .messaging_type(v26_0::MessagingType::Utility)
            .reply_to(v26_0::ReplyTo::new(&first))
            .folder(v26_0::MessageFolder::Partnership),
        )
        .await
        .expect("v26.0 accepts UTILITY, reply_to and folder");
    assert!(sent.message_id.is_some());

    let threads = env
        .client
        .send(v26_0::Conversations::new("me").updated_after_ms(0).fields([
            v26_0::UnifiedThreadField::Id,
            v26_0::UnifiedThreadField::IsOwner,
        ]))
        .await
        .expect("v26.0 conversations");
    assert!(!threads.data.is_empty());
    assert!(
        threads.data.iter().all(|t| t.is_owner == Some(true)),
        "{threads:?}"
    );

    // The time bounds filter: nothing is updated after the year 2200, nor before 1970.
    let future = env
        .client
        .send(v26_0::Conversations::new("me").updated_after_ms(7_258_118_400_000))
        .await
        .expect("listed");
    assert!(future.data.is_empty(), "{future:?}");
    let past = env
        .client
        .send(v26_0::Conversations::new("me").updated_before_ms(0))
        .await
        .expect("listed");
    assert!(past.data.is_empty(), "{past:?}");
    let all = env
        .client
        .send(v26_0::Conversations::new("me").updated_before_ms(7_258_118_400_000))
        .await
        .expect("listed");
    assert_eq!(all.data.len(), threads.data.len());
}

#[tokio::test]
async fn the_mock_judges_each_request_by_its_versions_spec() {
    let env = Env::start().await;
    // UTILITY is not a v19.0 value: sent on the v19.0 path (as `Unknown`), the mock refuses it.
    let err = env
        .client
        .send(
            v19_0::SendMessage::message(
                "me",
                v19_0::Recipient::id(env.customer()),
                v19_0::OutgoingMessage::text("x"),
            )
            .messaging_type(v19_0::MessagingType::Unknown("UTILITY".into())),
        )
        .await
        .expect_err("v19.0 has no UTILITY");
    assert_eq!(err.graph().map(|g| g.code), Some(100));

    // Each version's own fields are served: `subject` (removed in v26.0) on v19.0, and
    // `is_owner` (added in v26.0) on v26.0.
    let old = env
        .client
        .send(v19_0::Conversations::new("me").fields([v19_0::UnifiedThreadField::Subject]))
        .await;
    assert!(old.is_ok(), "{old:?}");
    let new = env
        .client
        .send(v26_0::Conversations::new("me").fields([v26_0::UnifiedThreadField::IsOwner]))
        .await;
    assert!(new.is_ok(), "{new:?}");
}
