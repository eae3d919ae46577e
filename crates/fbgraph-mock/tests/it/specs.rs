//! Specs decide what is served: versions side by side, and unknown behaviours refused.

use std::net::SocketAddr;

use fbgraph_mock::{MockConfig, MockError, MockServer};
use serde_json::json;

use crate::Mock;

fn localhost() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

#[test]
fn the_shipped_spec_is_embedded() {
    let specs = MockServer::embedded_specs().expect("the embedded specs are valid");
    assert!(specs.iter().any(|s| s.version == "v19.0"));
}

#[tokio::test]
async fn a_new_version_is_served_beside_the_old_one_without_code() {
    let v19 = MockServer::embedded_specs()
        .unwrap()
        .into_iter()
        .find(|s| s.version == "v19.0")
        .unwrap();
    let mut v20 = v19.clone();
    v20.version = "v20.0".into();
    let server = MockServer::start_on(localhost(), MockConfig::default(), vec![v19, v20])
        .await
        .unwrap();
    let mock = Mock {
        server,
        http: crate::http_builder().build().expect("a client"),
    };
    let url = |version: &str| {
        format!(
            "{}/{version}/me/conversations?access_token={}",
            mock.server.base_url(),
            mock.token()
        )
    };
    let old = mock.get_url(&url("v19.0")).await;
    let new = mock.get_url(&url("v20.0")).await;
    assert_eq!(old.version.as_deref(), Some("v19.0"));
    assert_eq!(new.version.as_deref(), Some("v20.0"));
    assert_eq!(old.ok(), new.ok());
    mock.server.shutdown().await;
}

#[tokio::test]
async fn a_spec_naming_an_unknown_behaviour_does_not_start() {
    let page = json!({
        "node": {"name": "Page", "doc": "A page.", "fields": []},
        "calls": [{
            "name": "Teleport", "method": "POST", "path": "/{page-id}/teleport",
            "doc": "Teleports.", "returns": "TeleportResult", "mock": "teleport"
        }],
        "objects": [{"name": "TeleportResult", "kind": "output", "doc": "Where.",
            "fields": [{"name": "success", "type": "bool", "doc": "Whether."}]}]
    });
    let spec =
        fbgraph_spec::Spec::from_sources("v99.0", vec![("page.json".into(), page.to_string())])
            .expect("a valid spec");
    let error = MockServer::start_on(localhost(), MockConfig::default(), vec![spec])
        .await
        .expect_err("unknown behaviour");
    assert!(matches!(&error, MockError::UnknownMock { name, .. } if name == "teleport"));
    assert!(error.to_string().contains("send_message"), "{error}");

    assert!(matches!(
        MockServer::start_on(localhost(), MockConfig::default(), vec![]).await,
        Err(MockError::NoSpecs)
    ));
}

/// Customers start with a conversation holding their first message; a spec without the
/// `Message` type cannot hold one, which is said at start rather than answered later.
#[tokio::test]
async fn a_spec_without_messages_cannot_seed_conversations_and_says_so() {
    let page = json!({"node": {"name": "Page", "doc": "A page.", "fields": [
        {"name": "id", "type": "string", "doc": "Its id."}
    ]}});
    let spec =
        || fbgraph_spec::Spec::from_sources("v99.0", vec![("page.json".into(), page.to_string())]);
    let error = MockServer::start_on(localhost(), MockConfig::default(), vec![spec().unwrap()])
        .await
        .expect_err("no Message type");
    match &error {
        MockError::Shape(shape) => assert_eq!(shape.at, "Message"),
        other => panic!("another error: {other}"),
    }
    assert!(
        error.to_string().contains("start without customers"),
        "{error}"
    );
    let without = MockConfig {
        customers: Vec::new(),
        ..MockConfig::default()
    };
    let server = MockServer::start_on(localhost(), without, vec![spec().unwrap()])
        .await
        .expect("no customers, nothing to hold");
    assert!(matches!(
        server.seed_conversations(1),
        Err(MockError::Shape(_))
    ));
}

#[tokio::test]
async fn a_taken_port_is_a_bind_error() {
    let first = MockServer::start(MockConfig::default()).await.unwrap();
    let specs = MockServer::embedded_specs().unwrap();
    let error = MockServer::start_on(first.addr(), MockConfig::default(), specs)
        .await
        .expect_err("the port is taken");
    assert!(matches!(error, MockError::Bind { .. }));
}

#[test]
fn debug_output_hides_secrets() {
    let config = MockConfig {
        app_secret: Some("very-secret".into()),
        ..MockConfig::default()
    };
    let debug = format!("{config:?}");
    assert!(!debug.contains("very-secret"), "{debug}");
    assert!(!debug.contains(&config.access_token), "{debug}");
}

/// The imported versions (Meta's whole API of v22.0–v25.0) are served beside the hand-written
/// ones: a Page's feed is an edge of v25.0 and lists (empty: nothing is stored), a node read
/// names the version, and an edge Graph does not have is refused with code 100.
#[tokio::test]
async fn every_imported_version_is_served() {
    let mock = Mock::start().await;
    for version in ["v22.0", "v23.0", "v24.0", "v25.0"] {
        assert!(
            mock.server.versions().iter().any(|v| v == version),
            "{version} not in {:?}",
            mock.server.versions()
        );
        let url = |path: &str| {
            format!(
                "{}/{version}/{path}?access_token={}",
                mock.server.base_url(),
                mock.token()
            )
        };
        let feed = mock.get_url(&url("me/feed")).await;
        assert_eq!(feed.version.as_deref(), Some(version));
        assert_eq!(feed.ok()["data"], json!([]), "{version}");
        let campaigns = mock.get_url(&url("me/no_such_edge")).await;
        assert_eq!(campaigns.error().0, 100, "{version}: {:?}", campaigns.body);
    }
    mock.server.shutdown().await;
}
