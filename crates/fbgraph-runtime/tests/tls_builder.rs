//! What fbgraph's TLS does to the rest of the program, in a process of its own (this test
//! binary) so that nothing else has touched rustls' process-wide provider first:
//!
//! - with the default `rustls` feature, a program that builds its own reqwest client before
//!   any fbgraph client gets a working client, as it would without fbgraph, and fbgraph
//!   installs no process-wide provider;
//! - with the lean `rustls-ring` alone, `Client::http_client_builder` carries the client's TLS
//!   set-up and needs no process-wide provider either.
#![cfg(any(feature = "rustls", feature = "rustls-ring"))]

use fbgraph_runtime::{Client, Endpoint, Error, Method, UntypedCode};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

#[derive(serde::Serialize)]
struct Me;

impl Endpoint for Me {
    type Response = serde_json::Value;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "Me";
    const VERSION: &'static str = "v26.0";
    fn path(&self) -> String {
        "/me".to_owned()
    }
}

fn no_process_wide_provider() -> bool {
    tokio_rustls::rustls::crypto::CryptoProvider::get_default().is_none()
}

/// A server that answers a TLS ClientHello with plain HTTP: a client that reaches it got as
/// far as a TLS handshake with a provider of its own.
async fn not_a_tls_server() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            let _ = tcp.write_all(b"HTTP/1.1 400 Not TLS\r\n\r\n").await;
        }
    });
    addr
}

/// The program's own reqwest client comes first, built the plain way; then fbgraph's client
/// sends a call over TLS; and still no process-wide provider has been installed.
#[cfg(feature = "rustls")]
#[tokio::test]
async fn the_default_build_leaves_the_programs_own_http_client_and_the_process_alone() {
    assert!(no_process_wide_provider(), "a fresh process");
    let own = reqwest::Client::new();
    let addr = not_a_tls_server().await;
    let error = own
        .get(format!("https://{addr}/"))
        .send()
        .await
        .expect_err("not a TLS server");
    assert!(error.is_connect() || error.is_request(), "{error:?}");

    let client = Client::new("t")
        .expect("a valid token")
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let error = client.send(Me).await.expect_err("not a TLS server");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(
        no_process_wide_provider(),
        "fbgraph installed a process-wide rustls provider"
    );
}

/// With `rustls-ring` alone, reqwest has no provider of its own; the builder fbgraph hands
/// out still speaks TLS, with the client's provider and verifier, and installs nothing.
#[cfg(not(feature = "rustls"))]
#[tokio::test]
async fn a_builder_made_before_any_client_speaks_tls_with_the_clients_verifier() {
    assert!(no_process_wide_provider(), "a fresh process");
    let http = Client::http_client_builder()
        .expect("a builder")
        .build()
        .expect("a reqwest client, with no process-wide provider");
    let addr = not_a_tls_server().await;
    let client = Client::new("t")
        .expect("a valid token")
        .with_http_client(http)
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let error = client.send(Me).await.expect_err("not a TLS server");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(no_process_wide_provider());
    // The explicit call is what installs one.
    assert!(fbgraph_runtime::install_tls_provider());
    assert!(!no_process_wide_provider());
}
