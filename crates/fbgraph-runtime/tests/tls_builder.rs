//! `Client::http_client_builder` in a process where no rustls provider is installed yet:
//! reqwest is built without a provider of its own, so a plain `reqwest::Client::new()` would
//! panic here; the builder carries the client's TLS set-up and needs none. Its own test
//! binary, so that no other test has installed a provider first.
#![cfg(any(feature = "rustls", feature = "rustls-aws-lc-rs"))]

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

#[tokio::test]
async fn a_builder_made_before_any_client_speaks_tls_with_the_clients_verifier() {
    assert!(
        tokio_rustls::rustls::crypto::CryptoProvider::get_default().is_none(),
        "no provider is installed yet in this process"
    );
    let http = Client::http_client_builder()
        .expect("a builder")
        .build()
        .expect("a reqwest client, with no process-wide provider");
    // A server that answers the TLS ClientHello with garbage: the client got as far as a
    // TLS handshake, with its own provider, and reports the failure as a transport error.
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        if let Ok((mut tcp, _)) = listener.accept().await {
            let _ = tcp.write_all(b"HTTP/1.1 400 Not TLS\r\n\r\n").await;
        }
    });
    let client = Client::new("t")
        .with_http_client(http)
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let error = client.send(Me).await.expect_err("not a TLS server");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
}
