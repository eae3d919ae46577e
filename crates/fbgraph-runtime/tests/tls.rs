//! HTTPS over loopback: the client's own TLS stack (rustls with the provider the features
//! choose, the platform's verifier) completes a handshake with a local server whose
//! certificate a test CA signed, once the client trusts that CA, and refuses the same server
//! when it does not, or when the name does not match.
//!
//! CI runs this file once per provider: `cargo test -p fbgraph-runtime --test tls` (aws-lc-rs,
//! the default) and `cargo test -p fbgraph-runtime --no-default-features --features
//! rustls-ring --test tls`. The certificates are in `tests/tls/` (`make-certs.sh` makes
//! them anew).
#![cfg(any(feature = "rustls", feature = "rustls-ring"))]

use std::error::Error as _;
use std::net::SocketAddr;
use std::sync::Arc;

use fbgraph_runtime::{Client, Endpoint, Error, Method, UntypedCode, tls_provider};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

const CA: &[u8] = include_bytes!("tls/ca.pem");
const SERVER_CERT: &[u8] = include_bytes!("tls/server.pem");
const SERVER_KEY: &[u8] = include_bytes!("tls/server.key");
const ELSEWHERE_CERT: &[u8] = include_bytes!("tls/elsewhere.pem");
const ELSEWHERE_KEY: &[u8] = include_bytes!("tls/elsewhere.key");

#[derive(Serialize)]
struct GetPage;

#[derive(Debug, Deserialize)]
struct Page {
    id: String,
    name: String,
}

impl Endpoint for GetPage {
    type Response = Page;
    type ErrorCode = UntypedCode;
    const METHOD: Method = Method::Get;
    const NAME: &'static str = "GetPage";
    const VERSION: &'static str = "v26.0";
    fn path(&self) -> String {
        "/me".to_owned()
    }
}

type Alpn = tokio::sync::mpsc::UnboundedReceiver<Option<Vec<u8>>>;

/// A TLS server on 127.0.0.1 with the certificate for 127.0.0.1 and localhost.
async fn tls_server() -> (SocketAddr, Alpn) {
    tls_server_with(SERVER_CERT, SERVER_KEY).await
}

/// A TLS server on 127.0.0.1 presenting `cert` (ring on its side, whatever the client uses)
/// that answers every request with one page; it tells over the channel which ALPN protocol
/// each client chose.
async fn tls_server_with(cert: &[u8], key: &[u8]) -> (SocketAddr, Alpn) {
    let certs = CertificateDer::pem_slice_iter(cert)
        .collect::<Result<Vec<_>, _>>()
        .expect("the test certificate parses");
    let key = PrivateKeyDer::from_pem_slice(key).expect("the test key parses");
    // The server's provider is ring whatever the client's, so the ring-only run builds no
    // AWS-LC; rustls deprecates ring's provider for its lack of post-quantum key exchange,
    // which a loopback test server does not need.
    #[allow(deprecated)]
    let provider = tokio_rustls::rustls::crypto::ring::default_provider();
    let mut config = ServerConfig::builder_with_provider(Arc::new(provider))
        .with_safe_default_protocol_versions()
        .expect("TLS 1.2 and 1.3")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("the certificate and key match");
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (alpn_tx, alpn_rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let alpn_tx = alpn_tx.clone();
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake: nothing to answer.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let _ = alpn_tx.send(tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec));
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let body = r#"{"id":"1000000000000001","name":"TLS Page"}"#;
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (addr, alpn_rx)
}

/// The error and its sources, as one line.
fn chain(error: &Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

#[test]
fn the_provider_is_the_one_the_features_choose() {
    let expected = if cfg!(feature = "rustls") {
        "rustls+aws-lc-rs"
    } else {
        "rustls+ring"
    };
    assert_eq!(tls_provider(), Some(expected));
}

#[tokio::test]
async fn a_client_that_trusts_the_ca_completes_the_handshake_and_reads_the_answer() {
    let (addr, mut alpn) = tls_server().await;
    let client = Client::new("test-token")
        .expect("a valid token")
        .with_root_certificate_pem(CA)
        .expect("the CA parses")
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let page = client
        .send(GetPage)
        .await
        .expect("the call succeeds over TLS");
    assert_eq!(page.id, "1000000000000001");
    assert_eq!(page.name, "TLS Page");
    assert_eq!(
        alpn.recv().await.expect("the server saw the handshake"),
        Some(b"http/1.1".to_vec()),
        "the client offers HTTP/1.1 by ALPN"
    );
}

#[tokio::test]
async fn a_client_that_does_not_trust_the_ca_refuses_the_server() {
    let (addr, _alpn) = tls_server().await;
    let client = Client::new("test-token")
        .expect("a valid token")
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let error = client
        .send(GetPage)
        .await
        .expect_err("the platform's roots do not include the test CA");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let text = chain(&error).to_lowercase();
    assert!(text.contains("certificate"), "the error says why: {text}");
    assert!(!text.contains("test-token"), "{text}");
}

#[tokio::test]
async fn a_certificate_for_another_name_is_refused_even_from_a_trusted_ca() {
    // The trusted CA signed this certificate for elsewhere.invalid, not for 127.0.0.1.
    let (addr, _alpn) = tls_server_with(ELSEWHERE_CERT, ELSEWHERE_KEY).await;
    let client = Client::new("test-token")
        .expect("a valid token")
        .with_root_certificate_pem(CA)
        .expect("the CA parses")
        .with_base_url(&format!("https://{addr}"))
        .expect("an https base URL");
    let error = client
        .send(GetPage)
        .await
        .expect_err("the name does not match the certificate");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let text = chain(&error).to_lowercase();
    assert!(text.contains("certificate"), "the error says why: {text}");
    assert!(
        text.contains("127.0.0.1") || text.contains("name"),
        "{text}"
    );
}

#[test]
fn root_certificates_must_be_pem_certificates() {
    let error = Client::new("t")
        .expect("a valid token")
        .with_root_certificate_pem(b"not a certificate")
        .expect_err("no CERTIFICATE section");
    assert!(error.to_string().contains("no CERTIFICATE"), "{error}");
    let error = Client::new("t")
        .expect("a valid token")
        .with_root_certificate_pem(SERVER_KEY)
        .expect_err("a key is not a certificate");
    assert!(error.to_string().contains("no CERTIFICATE"), "{error}");
}

#[test]
fn root_certificates_do_not_silently_replace_a_given_http_client() {
    let error = Client::new("t")
        .expect("a valid token")
        .with_http_client(
            Client::http_client_builder()
                .expect("a builder")
                .build()
                .expect("a client"),
        )
        .with_root_certificate_pem(CA)
        .expect_err("the given client is not the client's own");
    assert!(error.to_string().contains("with_http_client"), "{error}");
}
