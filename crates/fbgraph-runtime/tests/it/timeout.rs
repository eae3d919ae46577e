//! Timeouts per client and per call, against the mock's delayed answers, and dropped calls.

use std::time::Duration;

use fbgraph_mock::Fault;
use fbgraph_runtime::{Error, Interruption, RetryPolicy, SendOptions};

use crate::mock::{CONVERSATIONS_PATH, Conversations, MESSAGES_PATH, Mock, PAGE, SendMessage};

const SLOW: Duration = Duration::from_secs(5);
// Generous, so that a quick answer never misses it on a loaded machine.
const PATIENCE: Duration = Duration::from_secs(1);

#[tokio::test]
async fn a_slow_read_times_out_and_is_retried() {
    let mock = Mock::start().await;
    let client = mock.client().with_timeout(PATIENCE);

    mock.server.faults().fail_next(1, Fault::Delay(SLOW));
    let read = client
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("the second attempt is quick");
    assert_eq!(read.attempts, 2);
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 2);

    // Per call: a timeout and a policy of two attempts, both slow.
    mock.server.faults().fail_next(2, Fault::Delay(SLOW));
    let error = client
        .send_with(
            Conversations::new(PAGE),
            SendOptions::new()
                .timeout(Duration::from_millis(100))
                .retry(RetryPolicy::new().max_attempts(2)),
        )
        .await
        .expect_err("both attempts time out");
    assert!(
        matches!(&error, Error::Timeout { after, attempts: 2 } if *after == Duration::from_millis(100)),
        "{error:?}"
    );
    assert!(error.to_string().contains("after 2 attempts"), "{error}");
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 4);
}

#[tokio::test]
async fn a_slow_post_is_ambiguous_and_not_sent_again() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client();

    mock.server.faults().fail_next(1, Fault::Delay(SLOW));
    let error = client
        .send_with(
            SendMessage::text(&psid, "slow"),
            SendOptions::new().timeout(PATIENCE),
        )
        .await
        .expect_err("timed out");
    let Error::Ambiguous {
        source: Interruption::TimedOut(after),
        attempts: 1,
        ..
    } = &error
    else {
        panic!("expected an ambiguous timeout, got {error:?}")
    };
    assert_eq!(*after, PATIENCE);
    assert!(
        error
            .to_string()
            .contains("may or may not have been delivered"),
        "{error}"
    );
    assert_eq!(mock.log_of(MESSAGES_PATH).len(), 1, "sent again");
    // The mock performed it before holding the answer back.
    assert_eq!(mock.message_count(&psid).await, messages_before + 1);
}

#[tokio::test]
async fn dropping_a_slow_request_leaves_the_client_usable() {
    let mock = Mock::start().await;
    let client = mock.client();

    mock.server.faults().fail_next(1, Fault::Delay(SLOW));
    let slow = client.send(Conversations::new(PAGE));
    let outcome = tokio::time::timeout(Duration::from_millis(200), slow).await;
    assert!(outcome.is_err(), "the slow call finished: {outcome:?}");

    // A paging stream dropped in the middle of a page, too.
    mock.server
        .seed_conversations(30)
        .expect("the embedded specs hold conversations");
    mock.server.faults().fail_next(1, Fault::Delay(SLOW));
    {
        let mut items = client.paginate(Conversations::new(PAGE).limit(10));
        let polled = tokio::time::timeout(Duration::from_millis(200), items.try_next()).await;
        assert!(polled.is_err(), "the slow page arrived");
    }

    // The same client (and a clone) go on as if nothing happened.
    let page = client
        .send(Conversations::new(PAGE).limit(5))
        .await
        .expect("the client still works");
    assert_eq!(page.data.len(), 5);
    let clone = client.clone();
    let items = clone
        .paginate(Conversations::new(PAGE).limit(10))
        .max_items(25);
    let mut items = items;
    let mut count = 0;
    while let Some(_item) = items.try_next().await.expect("an item") {
        count += 1;
    }
    assert_eq!(count, 25);
}
