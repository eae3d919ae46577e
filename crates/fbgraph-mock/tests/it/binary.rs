//! The `fbgraph-mock` binary: base URL first on stdout, then serving.

use std::process::Stdio;

use serde_json::{Value, json};

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

use crate::sandbox::{Bot, Challenge, TOKEN, sign};

#[tokio::test]
async fn the_binary_prints_its_base_url_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--access-token",
            "T0KEN",
            "--page-id",
            "42",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .await
        .expect("a first line");
    let base = first.trim();
    assert!(base.starts_with("http://127.0.0.1:"), "{base:?}");
    assert!(!base.contains("/v"), "{base:?}");

    let url = format!("{base}/v19.0/me/conversations?access_token=T0KEN&fields=participants");
    let body: serde_json::Value = crate::get(&url).await.json().await.unwrap();
    let participants = &body["data"][0]["participants"]["data"];
    assert!(
        participants
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "42"),
        "{body}"
    );

    // SIGTERM stops it gracefully; elsewhere, kill it.
    #[cfg(unix)]
    {
        let pid = child.id().expect("a pid").to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().await;
        if sent.is_ok_and(|s| s.success()) {
            let status = child.wait().await.expect("the binary exits");
            assert!(status.success(), "{status:?}");
            return;
        }
    }
    child.kill().await.expect("the binary stops");
}

#[tokio::test]
async fn bad_arguments_exit_with_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .args(["--listen", "not-an-address"])
        .output()
        .await
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not-an-address") && stderr.contains("usage:"),
        "{stderr}"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .arg("--frobnicate")
        .output()
        .await
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
}

/// Starts the binary with `args`; returns the child and its base URL.
async fn start(args: &[&str]) -> (tokio::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .await
        .expect("a first line");
    (child, first.trim().to_owned())
}

#[tokio::test]
async fn throttle_and_fault_flags() {
    let (mut child, base) = start(&[
        "--throttle-after",
        "1",
        "--throttle-window-ms",
        "60000",
        "--regain-minutes",
        "3",
        "--fail-transient",
        "1",
    ])
    .await;
    let url = format!("{base}/v19.0/me/conversations?access_token=mock-page-access-token");
    let transient = crate::get(&url).await;
    assert_eq!(transient.status().as_u16(), 500);
    let body: serde_json::Value = transient.json().await.unwrap();
    assert_eq!(body["error"]["is_transient"], true);

    let first = crate::get(&url).await;
    assert_eq!(first.status().as_u16(), 200);
    let second = crate::get(&url).await;
    assert_eq!(second.status().as_u16(), 400);
    let usage = second.headers()["x-business-use-case-usage"]
        .to_str()
        .unwrap()
        .to_owned();
    let body: serde_json::Value = second.json().await.unwrap();
    assert_eq!(body["error"]["code"], 613, "{body}");
    let usage: serde_json::Value = serde_json::from_str(&usage).unwrap();
    assert_eq!(
        usage["1000000000000001"][0]["estimated_time_to_regain_access"],
        3
    );
    child.kill().await.expect("the binary stops");

    let (mut child, base) = start(&["--throttle-after", "0", "--throttle-code", "80006"]).await;
    let url = format!("{base}/v19.0/me/conversations?access_token=mock-page-access-token");
    let body: serde_json::Value = crate::get(&url).await.json().await.unwrap();
    assert_eq!(body["error"]["code"], 80006, "{body}");
    child.kill().await.expect("the binary stops");
}

#[tokio::test]
async fn help_documents_the_fault_flags() {
    let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .arg("--help")
        .output()
        .await
        .expect("the binary runs");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--throttle-after",
        "--throttle-window-ms",
        "--throttle-code",
        "--regain-minutes",
        "--fail-transient",
        "--fail-call CALL=CODE[/SUBCODE][xN]",
        "--header-timeout-ms",
        "--customer PSID[=NAME]",
        "--webhook URL",
        "--verify-token TOKEN",
        "--echoes",
        "--webhook-attempts",
        "--webhook-retry-ms",
        "fbgraph-mock-webhook-secret",
        "/_sandbox/customers/PSID/messages",
    ] {
        assert!(help.contains(flag), "{flag}: {help}");
    }
    for bad in [
        ["--throttle-after", "many"],
        ["--throttle-window-ms", "0"],
        ["--fail-transient", "-1"],
        ["--fail-call", "SendMessage"],
        ["--fail-call", "SendMessage=ten"],
        ["--fail-call", "SendMessage=10/x"],
        ["--header-timeout-ms", "0"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
            .args(bad)
            .output()
            .await
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
    }
}

#[tokio::test]
async fn the_summary_names_no_secret() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .args([
            "--access-token",
            "S3CRET-T0KEN",
            "--app-secret",
            "S3CRET-APP",
            "--header-timeout-ms",
            "5000",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let mut summary = String::new();
    while let Some(line) = lines.next_line().await.expect("stderr is read") {
        summary.push_str(&line);
        summary.push('\n');
        if line.contains("Ctrl-C") {
            break;
        }
    }
    assert!(summary.contains("serving v19.0"), "{summary}");
    assert!(!summary.contains("S3CRET"), "{summary}");
    assert!(summary.contains("--access-token"), "{summary}");
    assert!(summary.contains("--app-secret"), "{summary}");
    child.kill().await.expect("the binary stops");

    // Without the flag, the summary points at the documented default, not the token.
    let mut child = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let mut summary = String::new();
    while let Some(line) = lines.next_line().await.expect("stderr is read") {
        summary.push_str(&line);
        if line.contains("Ctrl-C") {
            break;
        }
    }
    assert!(!summary.contains("mock-page-access-token"), "{summary}");
    assert!(summary.contains("--help"), "{summary}");
    child.kill().await.expect("the binary stops");
}

#[tokio::test]
async fn the_binary_takes_customers_and_a_webhook() {
    let mut bot = Bot::start("BIN-S3CRET", Challenge::Echo).await;
    let (mut child, base) = start(&[
        "--customer",
        "111=Alice Example",
        "--customer=222",
        "--app-secret",
        "BIN-S3CRET",
        "--webhook",
        &bot.url,
        "--verify-token",
        TOKEN,
        "--webhook-attempts",
        "2",
        "--webhook-retry-ms",
        "10",
    ])
    .await;
    assert!(base.starts_with("http://127.0.0.1:"), "{base:?}");
    let http = crate::http_builder().build().expect("a client");
    let token = "mock-page-access-token";
    let proof = sign("BIN-S3CRET", token.as_bytes());
    let url = format!(
        "{base}/v19.0/me/conversations?access_token={token}&appsecret_proof={}&fields=participants",
        proof.trim_start_matches("sha256=")
    );
    let body: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
    let people: Vec<(String, String)> = body["data"]
        .as_array()
        .expect("conversations")
        .iter()
        .map(|t| {
            let p = &t["participants"]["data"][0];
            (
                p["id"].as_str().unwrap().to_owned(),
                p["name"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            ("222".to_owned(), "Customer 2".to_owned()),
            ("111".to_owned(), "Alice Example".to_owned())
        ]
    );

    let answer: Value = http
        .post(format!("{base}/_sandbox/customers/111/messages"))
        .json(&json!({"text": "from the binary"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["delivered"], true, "{answer}");
    let event = bot.next().await;
    assert_eq!(event["message"]["text"], "from the binary");
    assert_eq!(event["sender"]["id"], "111");

    bot.answer_next(&[500, 500]);
    let answer: Value = http
        .post(format!("{base}/_sandbox/customers/222/postbacks"))
        .json(&json!({"title": "Menu", "payload": "MENU"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["delivered"], false, "{answer}");
    assert_eq!(answer["attempts"], 2, "{answer}");
    child.kill().await.expect("the binary stops");

    // A bot that does not know the token: the mock says why, without the token, and exits.
    let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .args(["--webhook", &bot.url, "--verify-token", "WR0NG-T0KEN"])
        .output()
        .await
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("HTTP 403"), "{stderr}");
    assert!(!stderr.contains("WR0NG-T0KEN"), "{stderr}");

    for bad in [
        vec!["--webhook", "http://127.0.0.1:1/"],
        vec!["--customer", "abc=Bob"],
        vec!["--customer", "1", "--customer", "1"],
        vec!["--echoes"],
        vec![
            "--webhook",
            "http://127.0.0.1:1/",
            "--verify-token",
            "t",
            "--webhook-attempts",
            "0",
        ],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
            .args(&bad)
            .output()
            .await
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
    }
}

/// The access token from the environment and the app secret from a file: the mock takes
/// exactly those (one trailing newline of the file dropped), and never prints them.
#[tokio::test]
async fn secrets_come_from_the_environment_and_files_too() {
    let dir = std::env::temp_dir().join(format!("fbgraph-mock-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let secret_file = dir.join("app-secret");
    std::fs::write(&secret_file, "F1LE-APP-S3CRET\n").expect("the secret file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
        .arg("--app-secret-file")
        .arg(&secret_file)
        .env("FBGRAPH_MOCK_ACCESS_TOKEN", "ENV-T0KEN-42")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .await
        .expect("a first line");
    let base = first.trim();
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let mut summary = String::new();
    while let Some(line) = lines.next_line().await.expect("stderr is read") {
        summary.push_str(&line);
        if line.contains("Ctrl-C") {
            break;
        }
    }
    assert!(
        !summary.contains("S3CRET") && !summary.contains("ENV-T0KEN"),
        "{summary}"
    );

    let call = |token: &str, secret: &str| {
        format!(
            "{base}/v26.0/me/conversations?access_token={token}&appsecret_proof={}",
            crate::auth::proof(secret, token)
        )
    };
    let ok = crate::get(&call("ENV-T0KEN-42", "F1LE-APP-S3CRET")).await;
    assert_eq!(ok.status(), 200);
    for (token, secret) in [
        ("mock-page-access-token", "F1LE-APP-S3CRET"),
        ("ENV-T0KEN-42", "F1LE-APP-S3CRET\n"),
    ] {
        let refused = crate::get(&call(token, secret)).await;
        assert_ne!(refused.status(), 200, "{token:?} {secret:?}");
    }
    child.kill().await.expect("the binary stops");

    // A flag and its file together, an unreadable file, an empty one: refused, naming the
    // path and never a secret.
    std::fs::write(dir.join("empty"), "\n").expect("an empty file");
    let missing = dir.join("missing");
    let empty = dir.join("empty");
    for args in [
        vec![
            "--app-secret",
            "S3CRET-FLAG",
            "--app-secret-file",
            secret_file.to_str().unwrap(),
        ],
        vec!["--verify-token-file", missing.to_str().unwrap()],
        vec!["--access-token-file", empty.to_str().unwrap()],
        vec!["--acess-token=S3CRET-TYPO"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_fbgraph-mock"))
            .args(&args)
            .output()
            .await
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("S3CRET"), "{stderr}");
    }
    std::fs::remove_dir_all(&dir).expect("the temp dir goes");
}

#[tokio::test]
async fn fail_call_answers_one_call_with_graphs_error_and_subcode() {
    let (mut child, base) = start(&["--fail-call", "SendMessage=10/2018278x1"]).await;
    let client = reqwest::Client::new();
    let send = || {
        client
            .post(format!("{base}/v26.0/me/messages"))
            .header("Authorization", "Bearer mock-page-access-token")
            .json(&serde_json::json!({
                "recipient": {"id": "24843122109876543"},
                "messaging_type": "RESPONSE",
                "message": {"text": "hello"},
            }))
            .send()
    };
    let refused = send().await.expect("an answer");
    assert_eq!(refused.status().as_u16(), 403);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], 10, "{body}");
    assert_eq!(body["error"]["error_subcode"], 2018278, "{body}");
    assert_eq!(
        body["error"]["message"],
        "(#10) This message is sent outside of allowed window."
    );
    // Other calls are untouched, and after its one time the call is performed again.
    let url = format!("{base}/v26.0/me/conversations?access_token=mock-page-access-token");
    assert_eq!(crate::get(&url).await.status().as_u16(), 200);
    assert_eq!(send().await.expect("an answer").status().as_u16(), 200);
    child.kill().await.expect("the binary stops");
}
