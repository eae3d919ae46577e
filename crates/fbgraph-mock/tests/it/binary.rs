//! The `fbgraph-mock` binary: base URL first on stdout, then serving.

use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

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
    let body: serde_json::Value = reqwest::get(&url).await.unwrap().json().await.unwrap();
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
