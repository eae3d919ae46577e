//! fbgraph's integration tests: the generated client against the real mock server over
//! loopback, the compile-time guarantees (trybuild), and the proc macro's agreement with the
//! checked-in code.

mod attachments;
mod bot;
mod conversations;
mod decode;
mod errors;
mod exports;
mod grammar;
mod handover;
mod macro_agrees;
mod message;
mod payloads;
mod people;
mod personas;
mod profile;
mod readme;
mod send;
mod support;
mod thread_owner;
mod ui;
mod versions;
mod webhook_events;
