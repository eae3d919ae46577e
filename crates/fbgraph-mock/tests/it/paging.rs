//! Cursor paging over the page's conversations.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::Mock;

/// Sends to `n` new phone-number recipients, so that the page has `n + 2` conversations.
async fn seed(mock: &Mock, n: usize) {
    for i in 0..n {
        let answer = mock
            .post_json(
                "/me/messages",
                json!({
                    "recipient": {"phone_number": format!("+1555{i:07}")},
                    "message": {"text": format!("hello {i}")},
                }),
            )
            .await;
        answer.ok();
    }
}

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn default_page_is_25_and_next_leads_to_the_end() {
    let mock = Mock::start().await;
    seed(&mock, 30).await;
    let first = mock.get("/me/conversations").await;
    let first = first.ok();
    assert_eq!(ids(first).len(), 25);
    let next = first["paging"]["next"].as_str().unwrap();
    assert!(next.starts_with(&mock.url("/")), "{next}");
    assert!(next.contains("access_token="), "{next}");
    let second = mock.get_url(next).await;
    let second = second.ok();
    assert_eq!(ids(second).len(), 7);
    assert!(second["paging"].get("next").is_none());
    let all: HashSet<String> = ids(first).into_iter().chain(ids(second)).collect();
    assert_eq!(all.len(), 32);
}

#[tokio::test]
async fn limit_after_and_before() {
    let mock = Mock::start().await;
    seed(&mock, 30).await;
    let everything = ids(mock.get("/me/conversations?limit=100").await.ok());
    assert_eq!(everything.len(), 32);

    // Follow `next` with limit=10 to the end: 10, 10, 10, 2.
    let mut url = mock.signed("/me/conversations?limit=10&fields=id,snippet");
    let mut seen = Vec::new();
    let mut sizes = Vec::new();
    loop {
        let page = mock.get_url(&url).await;
        let page = page.ok().clone();
        sizes.push(ids(&page).len());
        seen.extend(ids(&page));
        assert!(page["data"][0]["snippet"].is_string());
        match page["paging"]["next"].as_str() {
            Some(next) => url = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(sizes, [10, 10, 10, 2]);
    assert_eq!(seen, everything);

    // `after` and `before` cursors by hand.
    let first = mock.get("/me/conversations?limit=5").await;
    let after = first.ok()["paging"]["cursors"]["after"]
        .as_str()
        .unwrap()
        .to_owned();
    let second = mock
        .get(&format!("/me/conversations?limit=5&after={after}"))
        .await;
    assert_eq!(ids(second.ok()), everything[5..10]);
    assert!(second.ok()["paging"]["previous"].is_string());
    let before = second.ok()["paging"]["cursors"]["before"]
        .as_str()
        .unwrap()
        .to_owned();
    let back = mock
        .get(&format!("/me/conversations?limit=5&before={before}"))
        .await;
    assert_eq!(ids(back.ok()), everything[..5]);
    let previous = second.ok()["paging"]["previous"].as_str().unwrap();
    assert_eq!(ids(mock.get_url(previous).await.ok()), everything[..5]);
}

#[tokio::test]
async fn bad_paging_parameters_are_100() {
    let mock = Mock::start().await;
    for query in [
        "limit=abc",
        "limit=0",
        "limit=-3",
        "after=zz",
        "before=%FF%FE",
    ] {
        let answer = mock.get(&format!("/me/conversations?{query}")).await;
        assert_eq!(answer.error().0, 100, "{query}");
    }
    let huge = mock.get("/me/conversations?limit=100000").await;
    assert_eq!(ids(huge.ok()).len(), 2);
}

#[tokio::test]
async fn next_links_carry_no_appsecret_proof() {
    let secret = "s3cret";
    let config = fbgraph_mock::MockConfig {
        app_secret: Some(secret.into()),
        ..fbgraph_mock::MockConfig::default()
    };
    let mock = Mock::with(config).await;
    let proof = {
        use hmac::{KeyInit, Mac};
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(mock.token().as_bytes());
        let bytes = mac.finalize().into_bytes();
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let page = mock
        .get(&format!(
            "/me/conversations?limit=1&appsecret_proof={proof}"
        ))
        .await;
    let next = page.ok()["paging"]["next"].as_str().unwrap().to_owned();
    assert!(!next.contains("appsecret_proof"), "{next}");
    // Graph would reject it unsigned; so does the mock. Re-signed, it works.
    assert_eq!(mock.get_url(&next).await.error().0, 100);
    let resigned = mock
        .get_url(&format!("{next}&appsecret_proof={proof}"))
        .await;
    assert_eq!(ids(resigned.ok()).len(), 1);
}

#[tokio::test]
async fn next_links_ignore_the_host_header() {
    let mock = Mock::start().await;
    let answer = mock
        .send(
            mock.http
                .get(mock.signed("/me/conversations?limit=1"))
                .header("host", "attacker.example:8443"),
        )
        .await;
    let next = answer.ok()["paging"]["next"].as_str().unwrap().to_owned();
    let expected = format!("http://127.0.0.1:{}/v19.0/", mock.server.addr().port());
    assert!(next.starts_with(&expected), "{next}");
    assert!(!next.contains("attacker"), "{next}");
    assert_eq!(ids(mock.get_url(&next).await.ok()).len(), 1);
}

#[tokio::test]
async fn ten_thousand_seeded_conversations_page_through() {
    let mock = Mock::start().await;
    let before = mock.server.config().customers.len();
    mock.server
        .seed_conversations(10_000)
        .expect("the embedded specs hold conversations");
    let mut seen = HashSet::new();
    let mut pages = 0;
    let mut answer = mock
        .get("/me/conversations?limit=100&fields=id,message_count,participants")
        .await;
    loop {
        let page = answer.ok();
        let data = page["data"].as_array().unwrap();
        assert!(data.len() <= 100);
        for thread in data {
            assert_eq!(thread["message_count"], 1, "{thread}");
            assert!(seen.insert(thread["id"].as_str().unwrap().to_owned()));
        }
        pages += 1;
        let Some(next) = page["paging"]["next"].as_str() else {
            break;
        };
        let next = next.to_owned();
        answer = mock.get_url(&next).await;
    }
    assert_eq!(seen.len(), before + 10_000);
    assert_eq!(pages, (before + 10_000).div_ceil(100));

    // Seeded customers can be written to like the configured ones.
    let newest = mock
        .get("/me/conversations?limit=1&fields=participants")
        .await;
    let psid = newest.ok()["data"][0]["participants"]["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    mock.send_text(&psid, "hello seeded").await;
    assert_eq!(mock.message_count(&psid).await, 2);
}
