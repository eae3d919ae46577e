//! The spec grammar beyond the shipped specs (issue 19): a fixture spec
//! (`tests/fixtures/grammar-spec/v99.0`) that uses `unsigned_integer`, `map<K, V>` with
//! string and integer keys, wire names that are no Rust names (`1d_click`,
//! `inclusionOperator`), enum values with spaces, punctuation or nothing, items without a
//! doc, parameters named like the runtime's own (`access_token`, `fields`, `limit`), PUT and
//! HEAD calls, hyphenated and multi-segment paths, a node as a parameter, and `file` uploads
//! (multipart), a type name two files define (`Status`) and two enums of one value set,
//! expanded by the
//! proc macro, decoded, and sent to the real mock loaded with the same spec, which checks
//! every value as Graph does.

use std::collections::BTreeMap;
use std::path::Path;

use fbgraph::Client;
use fbgraph_mock::{MockConfig, MockServer};
use serde_json::json;

mod fixture {
    fbgraph_macros::graph_api!("tests/fixtures/grammar-spec/v99.0");
}

fn fixture() -> fbgraph_spec::Spec {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/grammar-spec/v99.0");
    fbgraph_spec::Spec::load_dir(&dir).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn maps_with_integer_keys_and_unsigned_integers_decode_and_round_trip() {
    let body = json!({
        "id": "42",
        "1d_click": 3,
        "count": 18_446_744_073_709_551_615u64,
        "by_day": {"1": -3, "31": 7},
        "tags": {"colour": ["red", "blue"], "size": []}
    });
    let page: fixture::Page = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(page.count, Some(u64::MAX));
    // A wire name that is no Rust name gets one by the rule, and keeps its own on the wire.
    assert_eq!(page._1d_click, Some(3));

    // Two files each define a `Status`: each field has its own file's, or the one it names.
    let scoped: fixture::Page =
        serde_json::from_value(json!({"status": "live", "visibility": "on"})).expect("decodes");
    assert_eq!(scoped.status, Some(fixture::page::Status::Live));
    assert_eq!(scoped.visibility, Some(fixture::options::Status::On));

    // Two enums of one value set in one file are one type: an `Audience` is a `Visibility`.
    let audience: fixture::page::Audience = fixture::page::Visibility::Private;
    assert_eq!(audience.as_str(), "private");
    let by_day = page.by_day.clone().expect("by_day");
    assert_eq!(by_day, BTreeMap::from([(1u64, -3i64), (31, 7)]));
    assert_eq!(
        page.tags
            .as_ref()
            .and_then(|t| t.get("colour"))
            .map(Vec::len),
        Some(2)
    );
    assert_eq!(serde_json::to_value(&page).expect("encodes"), body);

    // A negative count or a key that is not a number is a decode error, not a wrong value.
    for bad in [json!({"count": -1}), json!({"by_day": {"monday": 1}})] {
        assert!(
            serde_json::from_value::<fixture::Page>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[tokio::test]
async fn the_mock_takes_maps_and_unsigned_integers_and_refuses_what_graph_refuses() {
    let mock = MockServer::start_on(
        "127.0.0.1:0".parse().expect("an address"),
        // The fixture has no conversations to hold the default customers' first messages.
        MockConfig {
            customers: Vec::new(),
            ..MockConfig::default()
        },
        vec![fixture()],
    )
    .await
    .expect("the mock starts with the fixture spec");
    let client = Client::new(mock.config().access_token.clone())
        .expect("a valid token")
        .with_base_url(&mock.base_url())
        .expect("the mock's URL");

    // `inclusionOperator` is required: the mock refuses the call unless the client sends it
    // under its wire name.
    let update = fixture::UpdatePage::new("me", 5, fixture::InclusionOperator::AmericanNew)
        .status(fixture::page::Status::Live)
        .setting(fixture::Setting::new(fixture::options::Status::Off))
        .weights(BTreeMap::from([
            ("a".to_owned(), 0.5),
            ("b".to_owned(), 2.0),
        ]))
        .quota_by_hour(BTreeMap::from([(0u64, 10u64), (23, 1)]));
    let answer = client.send(update).await.expect("the mock accepts it");
    assert_eq!(answer.success, Some(true));
    // And reads the page into the fixture's type: what the spec lists typed, the rest kept.
    let page = client
        .send(fixture::GetPage::new("me"))
        .await
        .expect("the page reads");
    assert_eq!(page.id.as_deref(), Some(mock.config().page_id.as_str()));

    // Parameters the spec lists that the request type has already (the token, `fields`, the
    // cursors of a paged GET) are sent once, by the runtime and the typed setters; a `limit`
    // that is not a cursor is an ordinary parameter.
    let gadgets = client
        .send(
            fixture::Gadgets::new("me")
                .fields([fixture::GadgetField::Name])
                .limit(5)
                .filtering("all"),
        )
        .await
        .expect("the list reads");
    assert!(gadgets.data.is_empty());
    let created = client
        .send(fixture::CreateGadget::new("me", 3))
        .await
        .expect("the gadget is made");
    assert_eq!(created.success, Some(true));

    // PUT and HEAD, a hyphenated edge, a multi-segment path, a node as a parameter (its id).
    let put = fixture::PutPageTestUsers::new("me", mock.config().page_id.clone());
    assert_eq!(
        <fixture::PutPageTestUsers as fbgraph::runtime::Endpoint>::METHOD,
        fbgraph::runtime::Method::Put
    );
    assert_eq!(fbgraph::runtime::Endpoint::path(&put), "/me/test-users");
    let put = client.send(put).await.expect("the PUT is taken");
    assert_eq!(put.success, Some(true));
    let () = client
        .send(fixture::HeadPage::new("me"))
        .await
        .expect("a HEAD answers nothing");
    let settings = client
        .send(fixture::GetPageSettingsCurrent::new("me"))
        .await
        .expect("a multi-segment path reads");
    assert!(settings.data.is_empty());

    // `file` parameters go as parts of a multipart body, the others as text parts.
    let video = fbgraph::runtime::Upload::new("clip.mp4", "video/mp4", vec![7u8; 4096]);
    let created = client
        .send(fixture::CreatePageVideos::new("me", video).title("Hi"))
        .await
        .expect("the upload is taken");
    assert!(created.id.is_some_and(|id| !id.is_empty()));
    // A batch cannot carry files: refused before anything is sent.
    let mut batch = fbgraph::runtime::Batch::new();
    let refused = batch.add(fixture::CreatePageVideos::new(
        "me",
        fbgraph::runtime::Upload::new("a.mp4", "video/mp4", vec![1u8]),
    ));
    assert!(
        matches!(&refused, Err(fbgraph::Error::Request(m)) if m.contains("batch")),
        "{refused:?}"
    );

    // What a client written by someone else could send: refused with code 100, naming the
    // parameter.
    let http = reqwest::Client::new();
    let url = format!("{}/v99.0/me", mock.base_url());
    let token = mock.config().access_token.clone();
    for (body, names) in [
        (
            json!({"daily_limit": -1, "inclusionOperator": "any"}),
            "daily_limit",
        ),
        (
            json!({"daily_limit": 1, "inclusionOperator": "American"}),
            "inclusionOperator",
        ),
        (json!({"daily_limit": 1}), "inclusionOperator"),
        (
            json!({"daily_limit": "1", "quota_by_hour": {"noon": 1}}),
            "quota_by_hour",
        ),
        (
            json!({"daily_limit": 1, "quota_by_hour": {"1": -1}}),
            "quota_by_hour[1]",
        ),
        (json!({"daily_limit": 1, "weights": [1, 2]}), "weights"),
    ] {
        let mut body = body.clone();
        body["access_token"] = json!(token);
        let response = http.post(&url).json(&body).send().await.expect("an answer");
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await.expect("Graph's envelope");
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["error"]["code"], 100, "{body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(names), "{names}: {message}");
    }

    // A file given as text, or not given, is refused naming it.
    let videos = format!("{}/v99.0/me/videos", mock.base_url());
    for body in [json!({"source": "not a file"}), json!({"title": "no file"})] {
        let mut body = body.clone();
        body["access_token"] = json!(token);
        let response = http
            .post(&videos)
            .json(&body)
            .send()
            .await
            .expect("an answer");
        assert_eq!(response.status().as_u16(), 400);
        let body: serde_json::Value = response.json().await.expect("Graph's envelope");
        assert_eq!(body["error"]["code"], 100, "{body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains("source"), "{message}");
    }
}
