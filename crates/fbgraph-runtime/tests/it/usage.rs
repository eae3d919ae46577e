//! Graph's usage headers, on answers and on errors.

use std::time::Duration;

use fbgraph_runtime::RetryPolicy;

use crate::mock::{Conversations, Mock, PAGE, SendMessage};

#[tokio::test]
async fn every_answer_carries_its_usage() {
    let mock = Mock::start().await;
    let read = mock
        .client()
        .send_with_usage(Conversations::new(PAGE))
        .await
        .expect("a page");
    assert_eq!(read.status, 200);
    assert_eq!(read.attempts, 1);
    assert_eq!(read.usage.api_version.as_deref(), Some("v19.0"));
    let app = read.usage.app.expect("X-App-Usage");
    assert!(app.call_count.is_some_and(|n| n < 100), "{app:?}");
    let business = &read.usage.business;
    assert_eq!(business.len(), 1, "{business:?}");
    assert_eq!(business[0].business_id, PAGE);
    assert_eq!(business[0].kind.as_deref(), Some("messenger"));
    assert_eq!(
        business[0].estimated_time_to_regain_access,
        Some(Duration::ZERO)
    );
    assert_eq!(read.usage.regain_access_in(), None);
    assert!(!read.value.data.is_empty());
}

#[tokio::test]
async fn errors_carry_the_usage_of_their_answer() {
    let mock = Mock::start().await;
    let client = mock.client().with_retry_policy(RetryPolicy::none());
    let error = client
        .send(SendMessage::text("404404404", "nobody"))
        .await
        .expect_err("no such user");
    let usage = error.usage().expect("an answer came");
    assert_eq!(usage.api_version.as_deref(), Some("v19.0"));
    assert!(usage.app.is_some());

    mock.server
        .faults()
        .throttle(0, Duration::from_secs(60), 613, 7);
    let error = client
        .send(Conversations::new(PAGE))
        .await
        .expect_err("throttled");
    assert!(error.is_throttling(), "{error}");
    let graph = error.graph().expect("Graph's error");
    assert_eq!(graph.usage.max_percent(), Some(100));
    assert_eq!(
        graph.usage.regain_access_in(),
        Some(Duration::from_secs(7 * 60))
    );
}
