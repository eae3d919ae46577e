//! The request pipeline without a socket, for `fbgraph-fuzz`. Not a stable API: it exists so
//! that the fuzzer drives the same handler, state and layers as [`MockServer::start_on`],
//! in process, one request at a time (with `tower::ServiceExt::oneshot`).
//!
//! Differences from a served mock: no TCP connection, so nothing hyper does before the
//! handler (parsing the request head, `Content-Length` framing) is exercised, and
//! [`Fault::DropAfterBody`](crate::Fault::DropAfterBody) cannot cut anything.
//!
//! [`MockServer::start_on`]: crate::MockServer::start_on

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use fbgraph_spec::Spec;

use crate::{MockConfig, MockError, app, request};

/// The largest body the pipeline reads, as the served mock.
pub const BODY_LIMIT: usize = request::BODY_LIMIT;

/// The router [`MockServer::start_on`](crate::MockServer::start_on) serves, with fresh state
/// (the configured customers and nothing sent yet), built from the same specs and layers.
/// `link_addr` is where `next` links point.
pub fn router(
    config: MockConfig,
    specs: Vec<Spec>,
    link_addr: SocketAddr,
) -> Result<Router, MockError> {
    let versions = crate::compile_versions(specs)?;
    let state = Arc::new(app::App::new(versions, config, link_addr)?);
    Ok(crate::router(state))
}

/// [`router`] over the embedded specs, compiled once per process as
/// [`MockServer::start`](crate::MockServer::start) compiles them: cheap to rebuild.
pub fn embedded_router(config: MockConfig, link_addr: SocketAddr) -> Result<Router, MockError> {
    let versions = crate::embedded_versions()?;
    let state = Arc::new(app::App::new(versions, config, link_addr)?);
    Ok(crate::router(state))
}
