//! Retries against the mock's rate limit and faults: what is sent again, and what never is.

use std::time::{Duration, Instant};

use fbgraph_mock::Fault;
use fbgraph_runtime::{Error, Interruption, RetryPolicy, SendOptions};

use crate::mock::{
    CONVERSATIONS_PATH, Conversations, MESSAGES_PATH, Mock, PAGE, SendCode, SendMessage,
    quick_retries,
};

/// Enough attempts, with short waits, to outlast a throttling window of a few hundred ms.
fn patient() -> RetryPolicy {
    RetryPolicy::new()
        .max_attempts(40)
        .base_delay(Duration::from_millis(40))
        .max_delay(Duration::from_millis(80))
}

fn statuses(log: &[(String, u16)]) -> Vec<u16> {
    log.iter().map(|(_, status)| *status).collect()
}

#[tokio::test]
async fn a_throttled_call_recovers_once_the_window_has_passed() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client().with_retry_policy(patient());
    let window = Duration::from_millis(400);

    // 613 on reads: two calls fit in the window, the third waits it out.
    mock.server.faults().throttle(2, window, 613, 0);
    let started = Instant::now();
    for _ in 0..2 {
        client
            .send(Conversations::new(PAGE))
            .await
            .expect("within the limit");
    }
    let read = client
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("recovers after the window");
    assert!(started.elapsed() >= window, "answered within the window");
    assert!(read.attempts >= 2, "never throttled: {}", read.attempts);
    let log = statuses(&mock.log_of(CONVERSATIONS_PATH));
    // One conversation read happened before the limit (the message count).
    let expected: Vec<u16> = [200, 200, 200]
        .into_iter()
        .chain(std::iter::repeat_n(400, read.attempts as usize - 1))
        .chain([200])
        .collect();
    assert_eq!(log, expected);

    // 80006 (Messenger) on sends: a POST that Graph refused is sent again.
    mock.server.faults().throttle(1, window, 80006, 0);
    let started = Instant::now();
    client
        .send(SendMessage::text(&psid, "first"))
        .await
        .expect("within the limit");
    let sent = client
        .send_with_usage(SendMessage::text(&psid, "second"))
        .await
        .expect("recovers after the window");
    assert!(started.elapsed() >= window, "answered within the window");
    assert!(sent.attempts >= 2, "never throttled: {}", sent.attempts);
    let log = mock.log_of(MESSAGES_PATH);
    assert_eq!(log.len(), 1 + sent.attempts as usize, "{log:?}");
    assert!(log.iter().all(|(method, _)| method == "POST"));
    assert_eq!(log.first().map(|l| l.1), Some(200));
    assert_eq!(log.last().map(|l| l.1), Some(200));
    assert!(
        log[1..log.len() - 1]
            .iter()
            .all(|(_, status)| *status == 400)
    );

    mock.server.faults().clear();
    assert_eq!(mock.message_count(&psid).await, messages_before + 2);
}

#[tokio::test]
async fn a_regain_time_beyond_max_wait_fails_at_once_with_the_usage() {
    let mock = Mock::start().await;
    // Every call is over the limit, and Graph says access comes back in 5 minutes.
    mock.server
        .faults()
        .throttle(0, Duration::from_secs(60), 80006, 5);
    let client = mock
        .client()
        .with_retry_policy(patient().max_wait(Duration::from_secs(60)));
    let error = client
        .send(SendMessage::text(&mock.customer(), "hi"))
        .await
        .expect_err("throttled");
    let graph = error.graph().expect("Graph's throttling error");
    assert_eq!(graph.code, 80006);
    assert!(error.is_throttling());
    assert_eq!(error.attempts(), 1);
    assert_eq!(
        error.usage().and_then(|u| u.regain_access_in()),
        Some(Duration::from_secs(300))
    );
    assert_eq!(statuses(&mock.log_of(MESSAGES_PATH)), vec![400]);
}

#[tokio::test]
async fn transient_code_2_failures_are_recovered() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client();

    mock.server.faults().fail_next(2, Fault::Transient);
    let read = client
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("recovered");
    assert_eq!(read.attempts, 3);

    // A transient answer to a POST may come after Graph acted: by default it is not repeated,
    // and the error says what Graph said.
    mock.server.faults().fail_next(1, Fault::Transient);
    let err = client
        .send_with_usage(SendMessage::text(&psid, "once"))
        .await
        .expect_err("not repeated");
    assert_eq!(
        err.graph().map(|g| (g.code, g.is_transient)),
        Some((2, true))
    );
    assert_eq!(statuses(&mock.log_of(MESSAGES_PATH)), vec![500]);
    assert_eq!(mock.message_count(&psid).await, messages_before);

    // Opted in, for a call that is safe to repeat, it is sent again.
    mock.server.faults().fail_next(1, Fault::Transient);
    let sent = client
        .send_with(
            SendMessage::text(&psid, "once"),
            SendOptions::new().retry(quick_retries().retry_transient_posts(true)),
        )
        .await
        .expect("recovered");
    assert_eq!(sent.attempts, 2);
    assert_eq!(statuses(&mock.log_of(MESSAGES_PATH)), vec![500, 500, 200]);
    assert_eq!(mock.message_count(&psid).await, messages_before + 1);
}

#[tokio::test]
async fn server_errors_are_retried_for_reads_but_not_for_posts() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client();

    mock.server.faults().fail_next(2, Fault::ServerError);
    let read = client
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("recovered");
    assert_eq!(read.attempts, 3);
    assert_eq!(
        statuses(&mock.log_of(CONVERSATIONS_PATH)),
        vec![200, 502, 502, 200]
    );

    // A gateway error on a POST is not a Graph refusal: it may come after Graph acted.
    mock.server.faults().fail_next(1, Fault::ServerError);
    let error = client
        .send(SendMessage::text(&psid, "maybe"))
        .await
        .expect_err("not retried");
    assert!(
        matches!(
            &error,
            Error::Http {
                status: 502,
                attempts: 1,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(statuses(&mock.log_of(MESSAGES_PATH)), vec![502]);
    assert_eq!(mock.message_count(&psid).await, messages_before);
}

#[tokio::test]
async fn an_ambiguous_post_is_not_sent_again() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client();

    mock.server.faults().fail_next(1, Fault::DropAfterBody);
    let error = client
        .send(SendMessage::text(&psid, "did it arrive?"))
        .await
        .expect_err("no answer");
    let Error::Ambiguous {
        source, attempts, ..
    } = &error
    else {
        panic!("expected an ambiguous error, got {error:?}")
    };
    assert!(matches!(source, Interruption::Transport(_)), "{source:?}");
    assert_eq!(*attempts, 1);
    assert!(error.is_ambiguous());
    let shown = error.to_string();
    assert!(
        shown.contains("POST request may or may not have been delivered"),
        "{shown}"
    );
    assert!(shown.contains("not retried"), "{shown}");

    let log = mock.log_of(MESSAGES_PATH);
    assert_eq!(log.len(), 1, "the POST was sent again: {log:?}");
    assert_eq!(log[0].0, "POST");
    // The mock did perform it: exactly one message was stored.
    assert_eq!(mock.message_count(&psid).await, messages_before + 1);

    // The same fault on a read is simply retried.
    mock.server.faults().fail_next(1, Fault::DropAfterBody);
    let read = client
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("retried");
    assert_eq!(read.attempts, 2);
}

#[tokio::test]
async fn a_post_refused_with_613_is_retried_unless_turned_off() {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let messages_before = mock.message_count(&psid).await;
    let client = mock.client().with_retry_policy(patient());
    mock.server
        .faults()
        .throttle(1, Duration::from_millis(400), 613, 0);
    client
        .send(SendMessage::text(&psid, "first"))
        .await
        .expect("within the limit");

    // Turned off for this call: the refusal is returned as is, after one attempt.
    let error = client
        .send_with(
            SendMessage::text(&psid, "not retried"),
            SendOptions::new().retry(patient().retry_rejected_posts(false)),
        )
        .await
        .expect_err("throttled");
    let graph = error.graph().expect("a Graph error");
    assert_eq!(graph.endpoint_code, SendCode::Throttled);
    assert_eq!(graph.attempts, 1);
    assert_eq!(statuses(&mock.log_of(MESSAGES_PATH)), vec![200, 400]);

    // By default: sent again until the window has passed; stored once.
    let sent = client
        .send_with_usage(SendMessage::text(&psid, "retried"))
        .await
        .expect("recovers");
    assert!(sent.attempts >= 2);
    mock.server.faults().clear();
    assert_eq!(mock.message_count(&psid).await, messages_before + 2);
}

#[tokio::test]
async fn retries_give_up_after_max_attempts_and_say_how_many() {
    let mock = Mock::start().await;
    mock.server.faults().fail_next(10, Fault::Transient);
    let client = mock.client().with_retry_policy(
        RetryPolicy::new()
            .max_attempts(3)
            .base_delay(Duration::from_millis(10)),
    );
    let error = client
        .send(Conversations::new(PAGE))
        .await
        .expect_err("still failing");
    let graph = error.graph().expect("Graph's transient error");
    assert_eq!(graph.code, 2);
    assert!(graph.is_transient);
    assert_eq!(error.attempts(), 3);
    assert!(error.to_string().ends_with("(after 3 attempts)"), "{error}");
    assert_eq!(
        statuses(&mock.log_of(CONVERSATIONS_PATH)),
        vec![500, 500, 500]
    );

    // Without retries, one attempt.
    let error = client
        .send_with(
            Conversations::new(PAGE),
            SendOptions::new().retry(RetryPolicy::none()),
        )
        .await
        .expect_err("still failing");
    assert_eq!(error.attempts(), 1);
    assert!(!error.to_string().contains("attempts"), "{error}");
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 4);
}

#[tokio::test]
async fn a_connection_refused_is_retried_even_for_a_post() {
    let mock = Mock::start().await;
    let base = mock.server.base_url();
    mock.server.shutdown().await;
    let client = fbgraph_runtime::Client::new("t")
        .expect("a valid token")
        .with_base_url(&base)
        .expect("url")
        .with_retry_policy(
            RetryPolicy::new()
                .max_attempts(3)
                .base_delay(Duration::from_millis(10)),
        );
    let error = client
        .send(SendMessage::text("1", "nobody listens"))
        .await
        .expect_err("nothing listens");
    let Error::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}")
    };
    assert!(transport.is_connect());
    assert_eq!(transport.attempts(), 3);
    assert!(
        error.to_string().contains("could not connect")
            && error.to_string().contains("after 3 attempts"),
        "{error}"
    );
}
