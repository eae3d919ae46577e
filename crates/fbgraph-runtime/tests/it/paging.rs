//! Paging streams: every item of a list, page by page, against the mock and odd servers.

use std::collections::HashSet;
use std::pin::Pin;
use std::task::{Context, Poll};

use fbgraph_runtime::{Client, Error, Paged, RetryPolicy};
use futures_core::Stream;
use serde_json::Value;

use crate::mock::{CONVERSATIONS_PATH, Conversations, Mock, PAGE};
use crate::server::{Canned, Server};

fn id_of(item: &Value) -> String {
    item["id"].as_str().expect("an id").to_owned()
}

#[tokio::test]
async fn every_item_is_streamed_across_pages() {
    let mock = Mock::start().await;
    mock.server
        .seed_conversations(248)
        .expect("the embedded specs hold conversations");
    let client = mock.client();

    let mut items = client.paginate(Conversations::new(PAGE).limit(100));
    let mut ids = HashSet::new();
    while let Some(item) = items.try_next().await.expect("an item") {
        assert!(ids.insert(id_of(&item)), "a repeated item");
    }
    assert_eq!(ids.len(), 250);
    assert!(items.usage().app.is_some(), "{:?}", items.usage());
    // Three pages of at most 100, the page size the request asked for.
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 3);
    // Ended: polling again sends nothing.
    assert!(items.try_next().await.expect("still fine").is_none());
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 3);
}

#[tokio::test]
async fn max_items_and_max_pages_stop_early() {
    let mock = Mock::start().await;
    mock.server
        .seed_conversations(98)
        .expect("the embedded specs hold conversations");
    let client = mock.client();

    let mut items = client
        .paginate(Conversations::new(PAGE).limit(20))
        .max_items(30);
    let mut count = 0;
    while items.try_next().await.expect("an item").is_some() {
        count += 1;
    }
    assert_eq!(count, 30);
    assert_eq!(
        mock.log_of(CONVERSATIONS_PATH).len(),
        2,
        "fetched past item 30"
    );

    let mut pages = client
        .paginate(Conversations::new(PAGE).limit(20))
        .pages()
        .max_pages(3);
    let mut sizes = Vec::new();
    while let Some(page) = pages.try_next().await.expect("a page") {
        sizes.push(page.data.len());
    }
    assert_eq!(sizes, vec![20, 20, 20]);
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 5);

    let mut items = client
        .paginate(Conversations::new(PAGE).limit(40))
        .max_pages(2);
    let mut count = 0;
    while items.try_next().await.expect("an item").is_some() {
        count += 1;
    }
    assert_eq!(count, 80);
}

/// `Stream` by hand, as a `StreamExt::next` would drive it.
struct Next<'a, S>(&'a mut S);

impl<S: Stream + Unpin> std::future::Future for Next<'_, S> {
    type Output = Option<S::Item>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut *self.0).poll_next(cx)
    }
}

#[tokio::test]
async fn a_stream_runs_in_a_spawned_task() {
    let mock = Mock::start().await;
    mock.server
        .seed_conversations(58)
        .expect("the embedded specs hold conversations");
    let client = mock.client();
    let mut items = client.paginate(Conversations::new(PAGE).limit(25));
    let task = tokio::spawn(async move {
        let mut ids = Vec::new();
        while let Some(item) = Next(&mut items).await {
            ids.push(id_of(&item.expect("an item")));
        }
        ids
    });
    let ids = task.await.expect("the task ran");
    assert_eq!(ids.len(), 60);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 60);
}

#[tokio::test]
async fn errors_end_the_stream() {
    let mock = Mock::start().await;
    let client = mock.client().with_retry_policy(RetryPolicy::none());
    mock.server
        .faults()
        .throttle(1, std::time::Duration::from_secs(60), 613, 0);
    mock.server
        .seed_conversations(8)
        .expect("the embedded specs hold conversations");
    let mut items = client.paginate(Conversations::new(PAGE).limit(5));
    for _ in 0..5 {
        items
            .try_next()
            .await
            .expect("the first page")
            .expect("an item");
    }
    let error = items
        .try_next()
        .await
        .expect_err("the second page is throttled");
    assert_eq!(error.graph().map(|g| g.code), Some(613));
    assert!(items.try_next().await.expect("ended").is_none());
    assert_eq!(mock.log_of(CONVERSATIONS_PATH).len(), 2);
}

fn client_for(server: &Server) -> Client {
    Client::new("EAAB-paging-token")
        .expect("a valid token")
        .with_base_url(&server.url())
        .expect("valid")
        .with_retry_policy(RetryPolicy::none())
}

#[tokio::test]
async fn empty_pages_with_a_next_link_are_followed() {
    let server = Server::start(vec![
        Canned::json(
            200,
            r#"{"data":[{"id":"t_1"}],"paging":{"next":"{BASE}/v19.0/1/conversations?after=A"}}"#,
        ),
        Canned::json(
            200,
            r#"{"data":[],"paging":{"next":"{BASE}/v19.0/1/conversations?after=B"}}"#,
        ),
        Canned::json(200, r#"{"data":[{"id":"t_2"}]}"#),
    ])
    .await;
    let mut items = client_for(&server).paginate(Conversations::new("1"));
    let mut ids = Vec::new();
    while let Some(item) = items.try_next().await.expect("an item") {
        ids.push(id_of(&item));
    }
    assert_eq!(ids, vec!["t_1", "t_2"]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        vec![
            "/v19.0/1/conversations",
            "/v19.0/1/conversations?after=A",
            "/v19.0/1/conversations?after=B"
        ]
    );
}

#[tokio::test]
async fn a_next_link_that_repeats_ends_with_an_error() {
    let looping =
        r#"{"data":[{"id":"t_2"}],"paging":{"next":"{BASE}/v19.0/1/conversations?after=A"}}"#;
    let server = Server::start(vec![
        Canned::json(
            200,
            r#"{"data":[{"id":"t_1"}],"paging":{"next":"{BASE}/v19.0/1/conversations?after=A"}}"#,
        ),
        Canned::json(200, looping),
        Canned::json(200, looping),
    ])
    .await;
    let mut pages = client_for(&server)
        .paginate(Conversations::new("1"))
        .pages();
    let first: Paged<Value> = pages.try_next().await.expect("page 1").expect("page 1");
    assert_eq!(first.data.len(), 1);
    let second = pages.try_next().await.expect("page 2").expect("page 2");
    assert_eq!(id_of(&second.data[0]), "t_2");
    let error = pages.try_next().await.expect_err("a loop");
    assert!(
        matches!(&error, Error::Request(m) if m.contains("looping forever")),
        "{error}"
    );
    assert!(pages.try_next().await.expect("ended").is_none());
    assert_eq!(server.requests().len(), 2);
}
