//! How the client speaks HTTPS: rustls with the crypto provider the cargo features choose,
//! certificates checked against the platform's roots (plus any the user adds).
//!
//! The client's own rustls configuration names its provider and is handed to reqwest whole,
//! so the client uses the provider its features choose whatever else the process does, and
//! it never installs anything process-wide:
//!
//! - `rustls` (the default): aws-lc-rs, preferring post-quantum key exchange
//!   (X25519MLKEM768). reqwest is built with its own `rustls` feature, so every other reqwest
//!   client of the program has a provider too, as it would without fbgraph.
//! - `rustls-ring` (the lean opt-in): ring, and reqwest built with `rustls-no-provider`.
//!   Another reqwest client of the program then needs a process-wide provider, which
//!   [`install_tls_provider`] installs when the program asks.

/// The TLS stack this build of the client uses for `https` URLs, or `None` when it was built
/// without a TLS feature and speaks plain HTTP only (to a local mock).
///
/// `Some("rustls+aws-lc-rs")` with the default `rustls` feature, `Some("rustls+ring")` with
/// `rustls-ring` alone.
pub fn tls_provider() -> Option<&'static str> {
    imp::NAME
}

#[cfg(any(feature = "rustls", feature = "rustls-ring"))]
pub(crate) use imp::client_config;
/// Installs this build's rustls crypto provider as the process-wide default, unless the
/// process already has one; returns whether this call installed it (`false` too in a build
/// without TLS).
///
/// fbgraph never calls it itself. It is for programs built with the lean `rustls-ring`
/// feature, where reqwest has no provider of its own: a reqwest client that code outside
/// fbgraph builds panics without a process-wide one, so call this first (or build such
/// clients from [`Client::http_client_builder`](crate::Client::http_client_builder)). With
/// the default `rustls` feature no other client needs it.
pub fn install_tls_provider() -> bool {
    imp::install()
}

pub(crate) use imp::{NAME as PROVIDER, Root, Roots, parse_pem};

/// Why an `https` URL cannot be used by a build without TLS.
pub(crate) const NO_TLS: &str = "this build of fbgraph has no TLS, so it cannot use an https URL: enable the `rustls` (or `rustls-ring`) cargo feature";

#[cfg(any(feature = "rustls", feature = "rustls-ring"))]
mod imp {
    use std::sync::Arc;

    use rustls::ClientConfig;
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;

    #[cfg(feature = "rustls")]
    pub(crate) const NAME: Option<&str> = Some("rustls+aws-lc-rs");
    #[cfg(not(feature = "rustls"))]
    pub(crate) const NAME: Option<&str> = Some("rustls+ring");

    /// A certificate trusted beside the platform's roots, in DER.
    pub(crate) type Root = CertificateDer<'static>;
    /// Certificates trusted beside the platform's roots.
    pub(crate) type Roots = Vec<Root>;

    /// aws-lc-rs's default provider: with rustls' `prefer-post-quantum` (on with `rustls`),
    /// X25519MLKEM768 is the first key exchange offered.
    #[cfg(feature = "rustls")]
    fn chosen_provider() -> CryptoProvider {
        rustls::crypto::aws_lc_rs::default_provider()
    }

    /// ring's provider: the lean opt-in, knowingly without post-quantum key exchange (which
    /// rustls offers only with aws-lc-rs).
    #[cfg(not(feature = "rustls"))]
    #[allow(deprecated)] // rustls deprecates it for that reason; `rustls-ring` is the choice of it
    fn chosen_provider() -> CryptoProvider {
        rustls::crypto::ring::default_provider()
    }

    pub(crate) fn install() -> bool {
        CryptoProvider::get_default().is_none()
            && CryptoProvider::install_default(chosen_provider()).is_ok()
    }

    /// Every certificate of a PEM text (other PEM sections, such as keys, are skipped).
    pub(crate) fn parse_pem(pem: &[u8]) -> Result<Roots, String> {
        let mut certs = Vec::new();
        for cert in CertificateDer::pem_slice_iter(pem) {
            certs.push(cert.map_err(|e| format!("the PEM text does not parse: {e}"))?);
        }
        if certs.is_empty() {
            return Err("the PEM text holds no CERTIFICATE section".to_owned());
        }
        Ok(certs)
    }

    /// The client's rustls configuration: the provider, TLS 1.2 and 1.3, the platform's
    /// verifier (with `extra` roots trusted too), HTTP/1.1 by ALPN.
    pub(crate) fn client_config(extra: &[CertificateDer<'static>]) -> Result<ClientConfig, String> {
        // Named here, never taken from or put in the process-wide slot.
        let provider = Arc::new(chosen_provider());
        let verifier = if extra.is_empty() {
            rustls_platform_verifier::Verifier::new(provider.clone())
        } else {
            with_extra_roots(extra, provider.clone())
        }
        .map_err(|e| format!("could not load the platform's certificate verifier: {e}"))?;
        let mut config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("the TLS provider refuses TLS 1.2 and 1.3: {e}"))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }

    #[cfg(any(all(unix, not(target_os = "android")), target_os = "windows"))]
    fn with_extra_roots(
        extra: &[CertificateDer<'static>],
        provider: Arc<CryptoProvider>,
    ) -> Result<rustls_platform_verifier::Verifier, rustls::Error> {
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra.iter().cloned(), provider)
    }

    #[cfg(not(any(all(unix, not(target_os = "android")), target_os = "windows")))]
    fn with_extra_roots(
        _extra: &[CertificateDer<'static>],
        _provider: Arc<CryptoProvider>,
    ) -> Result<rustls_platform_verifier::Verifier, rustls::Error> {
        Err(rustls::Error::General(
            "extra root certificates are not supported on this platform".to_owned(),
        ))
    }
}

#[cfg(not(any(feature = "rustls", feature = "rustls-ring")))]
mod imp {
    pub(crate) const NAME: Option<&str> = None;

    /// No TLS, so no roots.
    pub(crate) type Root = std::convert::Infallible;
    /// No TLS, so no roots.
    pub(crate) type Roots = Vec<Root>;

    pub(crate) fn parse_pem(_pem: &[u8]) -> Result<Roots, String> {
        Err(super::NO_TLS.to_owned())
    }

    pub(crate) fn install() -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    /// The default build offers the hybrid post-quantum key exchange first.
    #[cfg(feature = "rustls")]
    #[test]
    fn the_default_provider_offers_post_quantum_key_exchange_first() {
        let config = super::client_config(&[]).expect("a configuration");
        let first = config.crypto_provider().kx_groups[0].name();
        assert_eq!(first, rustls::NamedGroup::X25519MLKEM768);
    }

    #[test]
    fn parse_pem_refuses_text_without_a_certificate() {
        assert!(super::parse_pem(b"").is_err());
        assert!(
            super::parse_pem(b"-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n").is_err()
        );
    }

    /// Without a TLS feature, an `https` base URL is refused where it is set, and the default
    /// (`https://graph.facebook.com`) when a call would be sent, naming the feature to enable.
    #[cfg(not(any(feature = "rustls", feature = "rustls-ring")))]
    #[tokio::test]
    async fn a_build_without_tls_refuses_https_and_says_which_feature_to_enable() {
        use crate::{Client, Error};

        assert_eq!(super::tls_provider(), None);
        let refused = Client::new("t")
            .expect("a valid token")
            .with_base_url("https://graph.facebook.com")
            .expect_err("no TLS");
        assert!(
            matches!(&refused, Error::Config(m) if m.contains("`rustls`")),
            "{refused}"
        );
        Client::new("t")
            .expect("a valid token")
            .with_base_url("http://127.0.0.1:4000")
            .expect("plain HTTP is fine");

        struct Me;
        impl serde::Serialize for Me {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_unit_struct("Me")
            }
        }
        impl crate::Endpoint for Me {
            type Response = serde_json::Value;
            type ErrorCode = crate::UntypedCode;
            const METHOD: crate::Method = crate::Method::Get;
            const NAME: &'static str = "Me";
            const VERSION: &'static str = "v26.0";
            fn path(&self) -> String {
                "/me".to_owned()
            }
        }
        let refused = Client::new("t")
            .expect("a valid token")
            .send(Me)
            .await
            .expect_err("no TLS for the default base");
        assert!(
            matches!(&refused, Error::Request(m) if m.contains("`rustls`")),
            "{refused}"
        );
    }
}
