//! The client against a local raw HTTP/1.1 responder: what goes on the wire, and what comes back.

mod client;
mod server;
