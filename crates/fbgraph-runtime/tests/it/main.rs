//! The client against a local raw HTTP/1.1 responder (what goes on the wire, and what comes
//! back) and against the real mock server (retries, timeouts, paging, batches, usage, tracing).

mod batch;
mod client;
mod fault_matrix;
mod hostile;
mod mock;
mod paging;
mod retry;
mod server;
mod timeout;
mod usage;
