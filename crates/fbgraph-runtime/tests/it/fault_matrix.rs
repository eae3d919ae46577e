//! Every fault the mock can inflict, against the real client, for a read (`GET`) and a send
//! (`POST`): how many attempts the client makes, what the call ends with, and whether the mock
//! stored the message. The table is the documented behaviour: the README's "What a failure
//! does" table is rendered from it, and this test fails if the two differ
//! (`FBGRAPH_BLESS=1 cargo test -p fbgraph-runtime --test it fault_matrix` rewrites it).

use std::time::Duration;

use fbgraph_mock::{Fault, Faults};
use fbgraph_runtime::{Client, Error, ErrorCode, RetryPolicy};

use crate::mock::{Conversations, Mock, PAGE, SendMessage};

/// What a call is documented to end with.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Expect {
    /// How many times the client sent the call.
    attempts: u32,
    /// `ok`, or the kind of error (see [`outcome`]).
    outcome: String,
}

/// One fault, inflicted once on a read and once on a send.
struct Case {
    /// What the README calls it.
    fault: String,
    /// Sets the fault up on a fresh mock.
    inflict: Box<dyn Fn(&Faults)>,
    /// What the client is told beyond the shared settings (a shorter timeout, …).
    client: fn(Client) -> Client,
    get: Expect,
    post: Expect,
    /// How many messages the `POST` left stored in the mock: 1 when it was performed.
    stored: i64,
}

fn expect(attempts: u32, outcome: impl Into<String>) -> Expect {
    Expect {
        attempts,
        outcome: outcome.into(),
    }
}

fn same(client: Client) -> Client {
    client
}

fn short_timeout(client: Client) -> Client {
    client.with_timeout(Duration::from_millis(400))
}

fn throttled(faults: &Faults, code: i64) {
    // Refuses every call, saying access comes back in a minute: longer than the policy waits.
    faults.throttle(0, Duration::from_secs(3600), code, 1);
}

/// The cases, in the README's order.
fn cases() -> Vec<Case> {
    let mut cases = vec![
        Case {
            fault: "HTTP 500, Graph's transient envelope (code 2, `is_transient`)".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::Transient)),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Graph 2"),
            stored: 0,
        },
        Case {
            fault: "HTTP 502 with an HTML page (no envelope)".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::ServerError)),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Http 502"),
            stored: 0,
        },
        Case {
            fault: "HTTP 500, Graph's envelope with code 1 (unknown error)".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::ServerErrorEnvelope)),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Graph 1"),
            stored: 0,
        },
        Case {
            fault: "HTTP 500, Graph's envelope with code 100 (not retryable)".to_owned(),
            inflict: Box::new(|f| {
                f.fail_next(
                    1,
                    Fault::GraphError {
                        status: 500,
                        code: 100,
                        subcode: None,
                        message: "(#100) Invalid parameter".to_owned(),
                    },
                )
            }),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Graph 100"),
            stored: 0,
        },
        Case {
            fault: "code 190, invalid access token".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::graph_error(190))),
            client: same,
            get: expect(1, "Graph 190"),
            post: expect(1, "Graph 190"),
            stored: 0,
        },
        Case {
            fault: "connection closed as the request arrives, before it is read".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::CloseBeforeRead)),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Ambiguous"),
            stored: 0,
        },
        Case {
            fault: "connection closed after the call was performed, no answer".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::DropAfterBody)),
            client: same,
            get: expect(2, "ok"),
            post: expect(1, "Ambiguous"),
            stored: 1,
        },
        Case {
            fault: "answer later than the client's timeout".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::Delay(Duration::from_secs(3)))),
            client: short_timeout,
            get: expect(2, "ok"),
            post: expect(1, "Ambiguous"),
            stored: 1,
        },
        Case {
            fault: "answer trickling past the client's timeout".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::Trickle(Duration::from_millis(100)))),
            client: short_timeout,
            get: expect(2, "ok"),
            post: expect(1, "Ambiguous"),
            stored: 1,
        },
        Case {
            fault: "success status, truncated JSON".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::TruncatedJson)),
            client: same,
            get: expect(1, "Decode"),
            post: expect(1, "Decode"),
            stored: 1,
        },
        Case {
            fault: "success status, a body that is not JSON".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::InvalidJson)),
            client: same,
            get: expect(1, "Decode"),
            post: expect(1, "Decode"),
            stored: 1,
        },
        Case {
            fault: "a 2 MiB answer to a client that reads 1 MiB".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::Oversized(2 * 1024 * 1024))),
            client: |c| c.with_max_response_size(1024 * 1024),
            get: expect(1, "TooLarge"),
            post: expect(1, "TooLarge (ambiguous)"),
            stored: 1,
        },
        Case {
            fault: "an endless chunked answer (default 64 MiB limit)".to_owned(),
            inflict: Box::new(|f| f.fail_next(1, Fault::Endless)),
            client: same,
            get: expect(1, "TooLarge"),
            post: expect(1, "TooLarge (ambiguous)"),
            stored: 1,
        },
    ];
    cases.push(Case {
        fault: "throttled, code 613, on every call, no regain time given".to_owned(),
        inflict: Box::new(|f| f.throttle(0, Duration::from_secs(3600), 613, 0)),
        client: same,
        get: expect(4, "Graph 613 (throttling)"),
        post: expect(4, "Graph 613 (throttling)"),
        stored: 0,
    });
    for code in [4, 17, 32, 341, 613, 80001, 80006, 80014] {
        let throttling = format!("Graph {code} (throttling, regain in 1 min)");
        cases.push(Case {
            fault: format!("throttled, code {code}, usage headers say: regain in 1 min"),
            inflict: Box::new(move |f| throttled(f, code)),
            client: same,
            get: expect(1, &throttling),
            post: expect(1, throttling),
            stored: 0,
        });
    }
    cases
}

/// The kind of a call's result, as the table names it.
fn outcome<T, C: ErrorCode>(result: &Result<T, Error<C>>) -> String {
    let Err(error) = result else {
        return "ok".to_owned();
    };
    match error {
        Error::Graph(graph) if graph.is_throttling() => match graph.usage.regain_access_in() {
            Some(regain) => format!(
                "Graph {} (throttling, regain in {} min)",
                graph.code,
                regain.as_secs() / 60
            ),
            None => format!("Graph {} (throttling)", graph.code),
        },
        Error::Graph(graph) => format!("Graph {}", graph.code),
        Error::Http { status, .. } => format!("Http {status}"),
        Error::Transport(_) => "Transport".to_owned(),
        Error::Ambiguous { .. } => "Ambiguous".to_owned(),
        Error::Timeout { .. } => "Timeout".to_owned(),
        Error::Decode { .. } => "Decode".to_owned(),
        Error::TooLarge { .. } if error.is_ambiguous() => "TooLarge (ambiguous)".to_owned(),
        Error::TooLarge { .. } => "TooLarge".to_owned(),
        other => format!("{other:?}"),
    }
}

/// The client every case starts from: the mock's credentials, 4 attempts with short waits,
/// never waiting out Graph's regain time.
fn client_for(mock: &Mock) -> Client {
    mock.client().with_retry_policy(
        RetryPolicy::new()
            .max_attempts(4)
            .base_delay(Duration::from_millis(10))
            .max_delay(Duration::from_millis(50))
            .max_wait(Duration::ZERO),
    )
}

/// Runs one case: what the read and the send did, and how many messages the send stored.
async fn run(case: &Case) -> (Expect, Expect, i64) {
    let mock = Mock::start().await;
    let psid = mock.customer();
    let before = mock.message_count(&psid).await;
    let client = (case.client)(client_for(&mock));

    (case.inflict)(mock.server.faults());
    let read = client.send_with_usage(Conversations::new(PAGE)).await;
    let get_attempts = match &read {
        Ok(response) => response.attempts,
        Err(error) => error.attempts(),
    };
    mock.server.faults().clear();

    (case.inflict)(mock.server.faults());
    let sent = client
        .send_with_usage(SendMessage::text(&psid, "fault matrix"))
        .await;
    let post_attempts = match &sent {
        Ok(response) => response.attempts,
        Err(error) => error.attempts(),
    };
    mock.server.faults().clear();
    // A delayed answer may still be on its way: the mock performs it before it waits.
    let stored = mock.message_count(&psid).await - before;

    (
        expect(get_attempts, outcome(&read)),
        expect(post_attempts, outcome(&sent)),
        stored,
    )
}

/// The table as the README has it.
fn render(cases: &[Case]) -> String {
    let mut table = String::from(
        "| fault (once, on the next request) | `GET`: attempts, result | `POST`: attempts, result | `POST` stored |\n\
         | --- | --- | --- | --- |\n",
    );
    for case in cases {
        table.push_str(&format!(
            "| {} | {}, {} | {}, {} | {} |\n",
            case.fault,
            case.get.attempts,
            case.get.outcome,
            case.post.attempts,
            case.post.outcome,
            if case.stored == 1 { "yes" } else { "no" },
        ));
    }
    table
}

const BEGIN: &str =
    "<!-- BEGIN fault-matrix: rendered by crates/fbgraph-runtime/tests/it/fault_matrix.rs -->\n";
const END: &str = "<!-- END fault-matrix -->";

#[tokio::test]
async fn every_fault_ends_as_documented() {
    let cases = cases();
    let mut wrong = Vec::new();
    for case in &cases {
        let (get, post, stored) = run(case).await;
        if get != case.get || post != case.post || stored != case.stored {
            wrong.push(format!(
                "{}:\n  documented GET {:?}, POST {:?}, stored {}\n  observed   GET {get:?}, POST {post:?}, stored {stored}",
                case.fault, case.get, case.post, case.stored
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_readme_shows_the_fault_matrix() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    let readme = std::fs::read_to_string(path).expect("the README");
    let table = render(&cases());
    let (Some(start), Some(end)) = (readme.find(BEGIN), readme.find(END)) else {
        panic!("README.md has no fault-matrix region ({BEGIN:?} … {END:?})");
    };
    let shown = &readme[start + BEGIN.len()..end];
    if shown == table {
        return;
    }
    if std::env::var_os("FBGRAPH_BLESS").is_some() {
        let updated = format!(
            "{}{table}{}",
            &readme[..start + BEGIN.len()],
            &readme[end..]
        );
        std::fs::write(path, updated).expect("README.md is writable");
        return;
    }
    panic!("the README's fault matrix is stale; run with FBGRAPH_BLESS=1. Expected:\n{table}");
}
