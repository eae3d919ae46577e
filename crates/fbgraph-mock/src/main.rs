//! `fbgraph-mock`: runs the mock Graph server until Ctrl-C or SIGTERM. The first line on
//! stdout is the base URL; a summary goes to stderr.

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use fbgraph_mock::{
    CallError, Customer, Fault, MockConfig, MockError, MockServer, RetryPolicy, WebhookConfig,
};

const USAGE: &str = "\
usage: fbgraph-mock [options]

Runs a local Graph API server driven by the fbgraph spec. Prints the base URL
(http://127.0.0.1:PORT, without a version) as the first line on stdout.

options:
  --listen ADDR         address to listen on (default 127.0.0.1:0: a free port)
  --access-token TOKEN  the page access token requests must carry
                        (default mock-page-access-token)
  --app-secret SECRET   require appsecret_proof, keyed by this secret
  --page-id ID          the page's id (default 1000000000000001)
  --page-name NAME      the page's name (default Mock Page)
  --app-id ID           the app that owns conversations (default 2000000000000002)
  --spec DIR            serve this spec version directory (spec/v19.0) instead of the
                        embedded specs; may be repeated
  --header-timeout-ms MS
                        close a connection whose request head (request line and
                        headers) has not fully arrived MS ms after the connection
                        opened or its previous answer (default 10000)
  --max-store-mb MB     refuse writes, with (#1), once the store holds about MB MiB
                        of JSON (default 64)
  --customer PSID[=NAME]
                        a person who has messaged the page (a conversation holding one
                        message from them); may be repeated, and replaces the two
                        default customers (24843122109876543 Ada Lovelace and
                        7315908264410042 Grace Hopper); without NAME, Customer N

customers and webhooks (the sandbox):
  --webhook URL         deliver the customers' events to the bot at URL (plain
                        http://): first Meta's verification handshake (GET
                        URL?hub.mode=subscribe&hub.verify_token=TOKEN&hub.challenge=N,
                        answered 200 with exactly N), else the mock exits; then each
                        event as a POST signed with X-Hub-Signature-256 (HMAC-SHA256
                        of the body keyed by --app-secret, or by the default
                        webhook secret fbgraph-mock-webhook-secret)
  --verify-token TOKEN  the handshake's hub.verify_token (needed with --webhook)
  --echoes              also deliver the page's own Send API messages as is_echo
                        events (message_echoes)
  --webhook-attempts N  attempts per event before giving up (default 5; Meta retries
                        for hours, the mock for a moment)
  --webhook-retry-ms MS the wait after the first failed attempt, doubled after each
                        next one (default 100)
  --webhook-timeout-ms MS
                        how long one attempt may take (default 5000; Meta: 20000)

  Act as a customer with the control API (loopback clients only, no token):
    POST BASE/_sandbox/customers/PSID/messages   {\"text\":\"hi\"}
         {\"text\":\"Red\",\"quick_reply\":{\"payload\":\"RED\"}}
         {\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://…\"}}]}
    POST BASE/_sandbox/customers/PSID/postbacks  {\"title\":\"Buy\",\"payload\":\"BUY_1\"}
    POST BASE/_sandbox/customers/PSID/reads      {} or {\"watermark\":MS}
    POST BASE/_sandbox/customers/PSID/reactions  {\"mid\":\"m_…\",\"emoji\":\"👍\"}
                                                 (or \"action\":\"unreact\")
    GET  BASE/_sandbox/deliveries                every delivery attempt
  A PSID that is not a customer yet becomes one when it writes. An action answers
  {\"mid\",\"delivered\":true,\"attempts\",\"status\"} once the bot took the event, or
  {\"mid\",\"delivered\":false,\"error\"} when it did not.

rate limit and faults (for testing clients):
  --throttle-after N    allow N calls per window, then answer HTTP 400 with the
                        throttling error code until the window has passed (a batch
                        counts each of its calls)
  --throttle-window-ms MS
                        the window's length (default 60000)
  --throttle-code CODE  the error code of throttled calls: 613 (default), 80006,
                        4, 17, 32, ...
  --regain-minutes M    estimated_time_to_regain_access in X-Business-Use-Case-Usage
                        while throttled (default 0)
  --fail-call CALL=CODE[/SUBCODE][xN]
                        requests to the call CALL (the spec's name: SendMessage,
                        Conversations, ...) answer Graph's error CODE with SUBCODE
                        and the catalogue's message, and are not performed; xN for
                        the next N only (repeatable; POST BASE/_sandbox/calls/CALL/error
                        {\"code\",\"subcode\",\"times\"} sets one while running)
  --fail-transient N    the first N requests answer HTTP 500 with Graph's transient
                        error (code 2, is_transient true) and are not performed
  -h, --help            print this help

secrets (kept off the command line, where ps shows them):
  Each of --access-token, --app-secret and --verify-token can instead come from
  a file, --access-token-file PATH, --app-secret-file PATH, --verify-token-file
  PATH (its whole content, less one trailing newline), or from the environment:
  FBGRAPH_MOCK_ACCESS_TOKEN, FBGRAPH_MOCK_APP_SECRET, FBGRAPH_MOCK_VERIFY_TOKEN.
  A flag or a file wins over the environment; a flag and its file together are
  an error. No secret is ever printed, in the summary or in an error.";

struct Args {
    listen: SocketAddr,
    config: MockConfig,
    specs: Vec<PathBuf>,
    throttle_after: Option<u32>,
    throttle_window: Duration,
    throttle_code: i64,
    regain_minutes: u32,
    fail_transient: u32,
    /// `--fail-call`: calls answered with an error.
    fail_calls: Vec<(String, CallError)>,
    /// Whether `--access-token` was given (the summary says so, without the token).
    token_given: bool,
    webhook: Option<String>,
    verify_token: Option<String>,
    echoes: bool,
    attempts: u32,
    retry_ms: u64,
    webhook_timeout_ms: u64,
}

/// Parses a flag's number.
fn number<T: std::str::FromStr>(flag: &str, value: &str, what: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("`{flag} {value}` must be {what}"))
}

enum Parsed {
    Run(Box<Args>),
    Help,
}

/// The flags that carry a secret: the flag, the flag naming a file that holds it, and the
/// environment variable that may hold it instead.
const SECRETS: [(&str, &str, &str); 3] = [
    (
        "--access-token",
        "--access-token-file",
        "FBGRAPH_MOCK_ACCESS_TOKEN",
    ),
    (
        "--app-secret",
        "--app-secret-file",
        "FBGRAPH_MOCK_APP_SECRET",
    ),
    (
        "--verify-token",
        "--verify-token-file",
        "FBGRAPH_MOCK_VERIFY_TOKEN",
    ),
];

/// A secret from the file at `path`: its content less one trailing newline. Errors name the
/// path, never the content.
fn read_secret(flag: &str, path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("`{flag} {path}`: cannot read the file ({})", e.kind()))?;
    let text = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    if text.is_empty() {
        return Err(format!("`{flag} {path}`: the file is empty"));
    }
    Ok(text.to_owned())
}

/// Parses the command line, taking secrets not given there from `env`.
fn parse(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Parsed, String> {
    let mut args: Vec<String> = args.into_iter().collect();
    // Secrets from files and the environment become flags, so that one path checks them.
    for (flag, file_flag, var) in SECRETS {
        let given = |name: &str| {
            args.iter()
                .any(|a| a == name || a.split_once('=').is_some_and(|(f, _)| f == name))
        };
        let (direct, from_file) = (given(flag), given(file_flag));
        if direct && from_file {
            return Err(format!(
                "`{flag}` and `{file_flag}` name the same secret: give one"
            ));
        }
        if from_file {
            let at = args
                .iter()
                .position(|a| a == file_flag || a.starts_with(&format!("{file_flag}=")))
                .ok_or_else(|| format!("`{file_flag}` needs a path"))?;
            let path = match args[at].split_once('=') {
                Some((_, path)) => path.to_owned(),
                None if at + 1 < args.len() => args.remove(at + 1),
                None => return Err(format!("`{file_flag}` needs a path")),
            };
            args[at] = format!("{flag}={}", read_secret(file_flag, &path)?);
        } else if !direct && let Some(value) = env(var).filter(|v| !v.is_empty()) {
            args.push(format!("{flag}={value}"));
        }
    }
    parse_flags(args)
}

fn parse_flags(args: impl IntoIterator<Item = String>) -> Result<Parsed, String> {
    let mut parsed = Args {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        config: MockConfig::default(),
        specs: Vec::new(),
        throttle_after: None,
        throttle_window: Duration::from_millis(60_000),
        throttle_code: 613,
        regain_minutes: 0,
        fail_transient: 0,
        fail_calls: Vec::new(),
        token_given: false,
        webhook: None,
        verify_token: None,
        echoes: false,
        attempts: RetryPolicy::default().attempts(),
        retry_ms: 100,
        webhook_timeout_ms: 5000,
    };
    let mut customers: Vec<Customer> = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Parsed::Help);
        }
        if arg == "--echoes" {
            parsed.echoes = true;
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let known = [
            "--listen",
            "--access-token",
            "--app-secret",
            "--page-id",
            "--page-name",
            "--app-id",
            "--spec",
            "--throttle-after",
            "--throttle-window-ms",
            "--throttle-code",
            "--regain-minutes",
            "--fail-transient",
            "--fail-call",
            "--header-timeout-ms",
            "--max-store-mb",
            "--customer",
            "--webhook",
            "--verify-token",
            "--webhook-attempts",
            "--webhook-retry-ms",
            "--webhook-timeout-ms",
        ];
        if !known.contains(&flag.as_str()) {
            // Only the flag: a mistyped `--acess-token=…` must not show its value.
            return Err(format!("unknown argument `{flag}`"));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(value) if !value.is_empty() => value,
            _ => return Err(format!("`{flag}` needs a value")),
        };
        let config = &mut parsed.config;
        match flag.as_str() {
            "--listen" => {
                parsed.listen = value.parse().map_err(|_| {
                    format!("`--listen {value}` is not an address such as 127.0.0.1:8080")
                })?;
            }
            "--access-token" => {
                config.access_token = value;
                parsed.token_given = true;
            }
            "--app-secret" => config.app_secret = Some(value),
            "--page-id" => {
                if !value.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!("`--page-id {value}` must be digits"));
                }
                config.page_id = value;
            }
            "--page-name" => config.page_name = value,
            "--app-id" => config.app_id = value,
            "--throttle-after" => {
                parsed.throttle_after = Some(number(&flag, &value, "a number of calls")?);
            }
            "--throttle-window-ms" => {
                let ms: u64 = number(&flag, &value, "a number of milliseconds")?;
                if ms == 0 {
                    return Err(format!("`{flag} {value}` must be more than 0"));
                }
                parsed.throttle_window = Duration::from_millis(ms);
            }
            "--throttle-code" => parsed.throttle_code = number(&flag, &value, "an error code")?,
            "--regain-minutes" => {
                parsed.regain_minutes = number(&flag, &value, "a number of minutes")?;
            }
            "--header-timeout-ms" => {
                let ms: u64 = number(&flag, &value, "a number of milliseconds")?;
                if ms == 0 {
                    return Err(format!("`{flag} {value}` must be more than 0"));
                }
                config.header_timeout = Duration::from_millis(ms);
            }
            "--fail-transient" => {
                parsed.fail_transient = number(&flag, &value, "a number of requests")?;
            }
            "--fail-call" => parsed.fail_calls.push(parse_fail_call(&value)?),
            "--max-store-mb" => {
                let mb: usize = number(&flag, &value, "a number of MiB")?;
                config.max_store_bytes = mb
                    .checked_mul(1024 * 1024)
                    .filter(|b| *b > 0)
                    .ok_or_else(|| format!("`{flag} {value}` must be from 1 to a few thousand"))?;
            }
            "--customer" => {
                let (psid, name) = match value.split_once('=') {
                    Some((psid, name)) => (psid.to_owned(), name.trim().to_owned()),
                    None => (value.clone(), String::new()),
                };
                if psid.is_empty()
                    || psid.len() > fbgraph_mock::MAX_PSID_DIGITS
                    || !psid.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(format!(
                        "`--customer {value}`: the PSID must be 1 to {} digits",
                        fbgraph_mock::MAX_PSID_DIGITS
                    ));
                }
                if customers.iter().any(|c| c.psid == psid) {
                    return Err(format!("`--customer {value}`: {psid} is given twice"));
                }
                let name = if name.is_empty() {
                    format!("Customer {}", customers.len() + 1)
                } else {
                    name
                };
                customers.push(Customer { psid, name });
            }
            "--webhook" => parsed.webhook = Some(value),
            "--verify-token" => parsed.verify_token = Some(value),
            "--webhook-attempts" => {
                let n: u32 = number(&flag, &value, "a number of attempts")?;
                if n == 0 || n > RetryPolicy::MAX_ATTEMPTS {
                    return Err(format!(
                        "`{flag} {value}` must be 1 to {}",
                        RetryPolicy::MAX_ATTEMPTS
                    ));
                }
                parsed.attempts = n;
            }
            "--webhook-retry-ms" => {
                parsed.retry_ms = number(&flag, &value, "a number of milliseconds")?;
            }
            "--webhook-timeout-ms" => {
                let ms: u64 = number(&flag, &value, "a number of milliseconds")?;
                if ms == 0 {
                    return Err(format!("`{flag} {value}` must be more than 0"));
                }
                parsed.webhook_timeout_ms = ms;
            }
            _ => parsed.specs.push(PathBuf::from(value)),
        }
    }
    if !customers.is_empty() {
        parsed.config.customers = customers;
    }
    match (&parsed.webhook, &parsed.verify_token) {
        (Some(url), Some(token)) => {
            parsed.config.webhook = Some(
                WebhookConfig::new(url.clone(), token.clone())
                    .with_echoes(parsed.echoes)
                    .with_retry(RetryPolicy::new(
                        parsed.attempts,
                        Duration::from_millis(parsed.retry_ms),
                    ))
                    .with_timeout(Duration::from_millis(parsed.webhook_timeout_ms)),
            );
        }
        (Some(_), None) => {
            return Err("`--webhook` needs `--verify-token`, the token the bot expects".into());
        }
        (None, Some(_)) => return Err("`--verify-token` is for `--webhook`".into()),
        (None, None) if parsed.echoes => return Err("`--echoes` is for `--webhook`".into()),
        (None, None) => {}
    }
    Ok(Parsed::Run(Box::new(parsed)))
}

fn load(dirs: &[PathBuf]) -> Result<Vec<fbgraph_spec::Spec>, MockError> {
    if dirs.is_empty() {
        return MockServer::embedded_specs();
    }
    dirs.iter()
        .map(|dir| {
            fbgraph_spec::Spec::load_dir(dir).map_err(|diagnostics| MockError::Spec {
                version: dir.display().to_string(),
                diagnostics,
            })
        })
        .collect()
}

/// Resolves on Ctrl-C or SIGTERM. The handlers are installed when this is called, so that a
/// signal sent as soon as the base URL is printed is not lost.
#[cfg(unix)]
fn stop_signal() -> impl Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let term = signal(SignalKind::terminate());
    let interrupt = signal(SignalKind::interrupt());
    async move {
        match (term, interrupt) {
            (Ok(mut term), Ok(mut interrupt)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = interrupt.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
}

/// Resolves on Ctrl-C.
#[cfg(not(unix))]
fn stop_signal() -> impl Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1), |var| std::env::var(var).ok()) {
        Ok(Parsed::Run(args)) => *args,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("fbgraph-mock: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let server = match load(&args.specs) {
        Ok(specs) => MockServer::start_on(args.listen, args.config, specs).await,
        Err(e) => Err(e),
    };
    let server = match server {
        Ok(server) => server,
        Err(e) => {
            eprintln!("fbgraph-mock: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(max_calls) = args.throttle_after {
        server.faults().throttle(
            max_calls,
            args.throttle_window,
            args.throttle_code,
            args.regain_minutes,
        );
    }
    for (call, error) in args.fail_calls {
        server.faults().answer_call(call, error);
    }
    if args.fail_transient > 0 {
        server
            .faults()
            .fail_next(args.fail_transient, Fault::Transient);
    }
    let stop = stop_signal();
    let mut stdout = std::io::stdout().lock();
    let printed = writeln!(stdout, "{}", server.base_url()).and_then(|()| stdout.flush());
    drop(stdout);
    if let Err(e) = printed {
        eprintln!("fbgraph-mock: cannot write to stdout: {e}");
        return ExitCode::FAILURE;
    }
    // No secret goes to the terminal: the summary says where the token and the secret
    // come from, never what they are.
    let config = server.config();
    eprintln!(
        "fbgraph-mock: serving {} at {}\n  page {} ({}); access token: {}; appsecret_proof: {}\n  {} customer(s){}{}; Ctrl-C to stop",
        server.versions().join(", "),
        server.base_url(),
        config.page_id,
        config.page_name,
        if args.token_given {
            "set (by --access-token, its file or the environment)"
        } else {
            "the default (see --help)"
        },
        if config.app_secret.is_some() {
            "required, keyed by the secret set (by --app-secret, its file or the environment)"
        } else {
            "not required"
        },
        config.customers.len(),
        match &config.webhook {
            Some(webhook) => format!(
                "; webhook {} (verified; signed with {}; echoes {})",
                webhook.url,
                if config.app_secret.is_some() {
                    "the app secret set"
                } else {
                    "the default webhook secret (see --help)"
                },
                if webhook.echoes { "on" } else { "off" },
            ),
            None => String::new(),
        },
        match args.throttle_after {
            Some(n) => format!(
                ", throttled with code {} after {n} call(s) per {} ms",
                args.throttle_code,
                args.throttle_window.as_millis()
            ),
            None => String::new(),
        },
    );
    stop.await;
    server.shutdown().await;
    ExitCode::SUCCESS
}

/// `CALL=CODE[/SUBCODE][xN]`, e.g. `SendMessage=10/2018278x1`.
fn parse_fail_call(value: &str) -> Result<(String, CallError), String> {
    let bad = || {
        format!(
            "`--fail-call {value}` must be CALL=CODE[/SUBCODE][xN], e.g. SendMessage=10/2018278x1"
        )
    };
    let (call, rest) = value.split_once('=').ok_or_else(bad)?;
    if call.is_empty() || !call.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(bad());
    }
    let (codes, times) = match rest.split_once('x') {
        Some((codes, n)) => (codes, Some(n.parse::<u32>().map_err(|_| bad())?)),
        None => (rest, None),
    };
    let (code, subcode) = match codes.split_once('/') {
        Some((code, sub)) => (code, Some(sub.parse::<i64>().map_err(|_| bad())?)),
        None => (codes, None),
    };
    let mut error = CallError::new(code.parse::<i64>().map_err(|_| bad())?);
    if let Some(subcode) = subcode {
        error = error.with_subcode(subcode);
    }
    if let Some(n) = times {
        error = error.times(n);
    }
    Ok((call.to_owned(), error))
}
