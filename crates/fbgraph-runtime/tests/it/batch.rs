//! Batch requests against the mock's `POST /v19.0/`.

use fbgraph_mock::Fault;
use fbgraph_runtime::{Batch, BatchHandle, BatchOutcome, Error};

use crate::mock::{Conversations, Mock, PAGE, SendCode, SendMessage, ThreadOwner};

const BATCH_PATH: &str = "/v19.0/";

enum Call {
    Send(BatchHandle<SendMessage>),
    Read(BatchHandle<Conversations>),
    Owner(BatchHandle<ThreadOwner>),
}

#[tokio::test]
async fn fifty_mixed_calls_answer_in_order_with_one_typed_failure() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client();

    let mut batch = Batch::new();
    let mut calls = Vec::new();
    let mut sends = 0;
    for i in 0..50 {
        let call = match i {
            17 => Call::Send(
                batch
                    .add(SendMessage::text("404404404", "nobody"))
                    .expect("added"),
            ),
            i if i % 5 == 0 => Call::Read(
                batch
                    .add(Conversations::new(PAGE).limit(i / 5 + 1))
                    .expect("added"),
            ),
            i if i % 5 == 1 => Call::Owner(batch.add(ThreadOwner::new(&psid)).expect("added")),
            i => {
                sends += 1;
                Call::Send(
                    batch
                        .add(SendMessage::text(&psid, &format!("batch {i}")))
                        .expect("added"),
                )
            }
        };
        calls.push(call);
    }
    let results = client.send_batch(batch).await.expect("the batch");
    assert_eq!(results.len(), 50);
    assert!(results.usage().api_version.is_some());

    let mut message_ids = Vec::new();
    for (i, call) in calls.iter().enumerate() {
        match call {
            Call::Send(handle) if i == 17 => {
                let BatchOutcome::Done(Err(error)) = results.get(handle) else {
                    panic!("call 17 should fail")
                };
                let graph = error.graph().expect("Graph's error for the call");
                assert_eq!(graph.code, 100);
                assert_eq!(graph.endpoint_code, SendCode::InvalidParameter);
                assert_eq!(graph.error_subcode, Some(2_018_001));
                assert!(!graph.usage.is_empty(), "the call's own headers");
            }
            Call::Send(handle) => {
                let sent = results.get(handle).ok().expect("sent");
                assert_eq!(sent.recipient_id, psid);
                message_ids.push(sent.message_id);
            }
            Call::Read(handle) => {
                let page = results.get(handle).ok().expect("read");
                let limit = i / 5 + 1;
                assert_eq!(page.data.len(), limit.min(2), "call {i}");
            }
            Call::Owner(handle) => {
                let owner = results.get(handle).ok().expect("thread owner");
                assert!(
                    owner.data[0]["thread_owner"]["app_id"].is_string(),
                    "{:?}",
                    owner.data
                );
            }
        }
    }
    assert_eq!(message_ids.len(), sends);
    assert_eq!(
        message_ids
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        sends
    );

    // One HTTP request for the batch, then one record per call.
    let log = mock.server.requests();
    let batches: Vec<_> = log.iter().filter(|r| r.path == BATCH_PATH).collect();
    assert_eq!(batches.len(), 1);
    assert_eq!(batches[0].method, "POST");
    assert_eq!(
        mock.message_count(&psid).await,
        messages_before + sends as i64
    );
}

#[tokio::test]
async fn a_null_answer_is_a_timed_out_call() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    mock.server.faults().fail_next(1, Fault::BatchNull(1));
    let mut batch = Batch::new();
    let read = batch
        .add_named("threads", Conversations::new(PAGE))
        .expect("added");
    let send = batch
        .add(SendMessage::text(&psid, "lost in time"))
        .expect("added");
    let owner = batch.add(ThreadOwner::new(&psid)).expect("added");
    batch.depends_on(&owner, &read).expect("named and earlier");
    let results = mock.client().send_batch(batch).await.expect("the batch");
    assert!(results.get(&send).is_timed_out());
    assert!(results.get(&send).into_result().is_none());
    assert!(matches!(results.get(&read), BatchOutcome::Done(Ok(_))));
    assert!(matches!(results.get(&owner), BatchOutcome::Done(Ok(_))));
    // Not performed: the Send API stored nothing.
    assert!(
        !mock
            .log_of("/v19.0/1000000000000001/messages")
            .iter()
            .any(|(_, s)| *s == 200)
    );
}

#[tokio::test]
async fn more_than_fifty_calls_are_refused_before_sending() {
    let mock = Mock::start().await;
    let mut batch = Batch::new();
    for _ in 0..50 {
        batch.add(Conversations::new(PAGE)).expect("room left");
    }
    let error = batch.add(Conversations::new(PAGE)).expect_err("call 51");
    assert!(matches!(&error, Error::Request(_)), "{error:?}");
    assert!(error.to_string().contains("at most 50 calls"), "{error}");
    assert_eq!(batch.len(), 50);

    let error = mock
        .client()
        .send_batch(Batch::new())
        .await
        .expect_err("an empty batch");
    assert!(matches!(&error, Error::Request(_)), "{error:?}");
    assert!(
        mock.server.requests().is_empty(),
        "{:?}",
        mock.server.requests()
    );
}

#[tokio::test]
async fn an_ambiguous_batch_is_not_sent_again() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    mock.server.faults().fail_next(1, Fault::DropAfterBody);
    let mut batch = Batch::new();
    batch
        .add(SendMessage::text(&psid, "in a batch"))
        .expect("added");
    let error = mock
        .client()
        .send_batch(batch)
        .await
        .expect_err("no answer");
    assert!(error.is_ambiguous(), "{error:?}");
    let batches = mock
        .server
        .requests()
        .into_iter()
        .filter(|r| r.path == BATCH_PATH)
        .count();
    assert_eq!(batches, 1);
    assert_eq!(mock.message_count(&psid).await, messages_before + 1);
}

#[tokio::test]
async fn handles_of_another_batch_are_refused() {
    let mock = Mock::start().await;
    let mut first = Batch::new();
    let handle = first.add(Conversations::new(PAGE)).expect("added");
    let mut second = Batch::new();
    second.add(Conversations::new(PAGE)).expect("added");
    let results = mock.client().send_batch(second).await.expect("the batch");
    match results.get(&handle) {
        BatchOutcome::Done(Err(Error::Request(message))) => {
            assert!(message.contains("another batch"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_short_or_malformed_batch_answer_loses_only_the_calls_it_spoils() {
    use crate::server::{Canned, Server};

    // Three calls; Graph answers the first, garbles the second and leaves the third out.
    let answer = r#"[{"code":200,"headers":[],"body":"{\"data\":[]}"},{"nonsense":true}]"#;
    let server = Server::start(vec![Canned::json(200, answer)]).await;
    let client = fbgraph_runtime::Client::new("EAAB-batch-token")
        .expect("a valid token")
        .with_base_url(&server.url())
        .expect("valid")
        .with_retry_policy(fbgraph_runtime::RetryPolicy::none());
    let mut batch = Batch::new();
    let first = batch.add(Conversations::new(PAGE)).expect("added");
    let second = batch.add(Conversations::new(PAGE)).expect("added");
    let third = batch.add(Conversations::new(PAGE)).expect("added");
    let results = client
        .send_batch(batch)
        .await
        .expect("the batch was answered");
    assert!(matches!(results.get(&first), BatchOutcome::Done(Ok(page)) if page.data.is_empty()));
    assert!(
        matches!(
            results.get(&second),
            BatchOutcome::Done(Err(Error::Decode { .. }))
        ),
        "{:?}",
        results.get(&second)
    );
    assert!(
        results.get(&third).is_timed_out(),
        "no answer: it may or may not have run"
    );
}
