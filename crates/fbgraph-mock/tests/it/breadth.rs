//! Calls the import brought, not only the Messenger ones: validated from the spec at any
//! depth, in query, form and multipart bodies, as Graph refuses what is wrong.

use serde_json::Value;

use crate::{Answer, Mock};

fn url(mock: &Mock, path: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!(
        "{}/v26.0{path}{sep}access_token=mock-page-access-token",
        mock.server.base_url()
    )
}

fn refused(answer: &Answer, says: &str) {
    let (code, _, _, message) = answer.error();
    assert_eq!(code, 100, "{message}");
    assert!(message.contains(says), "{says:?} in {message:?}");
}

#[tokio::test]
async fn a_pages_insights_take_enums_and_lists_as_graph_does() {
    let mock = Mock::start().await;
    let bad = mock
        .get_url(&url(&mock, "/me/insights?date_preset=last_century"))
        .await;
    refused(
        &bad,
        "param date_preset must be one of {data_maximum, last_14d, ",
    );
    // A list param as Graph takes it: comma-separated, or as JSON text.
    for metric in ["page_fans,page_views_total", "%5B%22page_fans%22%5D"] {
        let ok = mock
            .get_url(&url(
                &mock,
                &format!("/me/insights?date_preset=last_7d&metric={metric}"),
            ))
            .await;
        assert_eq!(ok.ok()["data"], Value::Array(Vec::new()), "{metric}");
    }
}

#[tokio::test]
async fn a_feed_post_is_checked_field_by_field() {
    let mock = Mock::start().await;
    let post = |body: &'static str| {
        mock.send(
            mock.http
                .post(url(&mock, "/me/feed"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
    };
    refused(
        &post("message=hi&direct_share_status=-3").await,
        "param direct_share_status must be an unsigned integer (0 or more)",
    );
    refused(
        &post("message=hi&attach_place_suggestion=maybe").await,
        "param attach_place_suggestion must be a boolean (true or false)",
    );
    refused(
        &post("message=hi&backdated_time=yesterday").await,
        "param backdated_time must be a datetime",
    );
    refused(
        &post("message=hi&backdated_time_granularity=decade").await,
        "param backdated_time_granularity must be one of {",
    );
    // A `file` param is a multipart part, never text.
    refused(
        &post("message=hi&thumbnail=picture.png").await,
        "param thumbnail must be a file, sent as a part of a multipart/form-data body",
    );
    let boundary = "b0undary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nhello\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"thumbnail\"; filename=\"t.png\"\r\n\
         Content-Type: image/png\r\n\r\n\x01\x02\x03\r\n--{boundary}--\r\n"
    );
    let posted = mock
        .send(
            mock.http
                .post(url(&mock, "/me/feed"))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body),
        )
        .await;
    assert!(posted.ok()["id"].is_string(), "{}", posted.body);
    assert!(
        post("message=hi&backdated_time_granularity=year")
            .await
            .ok()["id"]
            .is_string()
    );
}

#[tokio::test]
async fn a_post_created_on_an_edge_is_read_listed_updated_and_deleted() {
    let mock = Mock::start().await;
    let form = |method: reqwest::Method, path: &str, body: &'static str| {
        mock.send(
            mock.http
                .request(method, url(&mock, path))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
    };
    let created = form(reqwest::Method::POST, "/me/feed", "message=hello").await;
    let id = created.ok()["id"].as_str().expect("an id").to_owned();
    // Graph answers a create with its id only.
    assert_eq!(created.body, serde_json::json!({ "id": id }));

    let feed = mock
        .get_url(&url(&mock, "/me/feed?fields=id,message"))
        .await;
    assert_eq!(
        feed.ok()["data"],
        serde_json::json!([{"id": id, "message": "hello"}])
    );
    let read = mock
        .get_url(&url(&mock, &format!("/{id}?fields=message")))
        .await;
    assert_eq!(read.ok()["message"], "hello");

    let updated = form(reqwest::Method::POST, &format!("/{id}"), "message=edited").await;
    assert_eq!(updated.ok(), &serde_json::json!({"success": true}));
    let read = mock
        .get_url(&url(&mock, &format!("/{id}?fields=message")))
        .await;
    assert_eq!(read.ok()["message"], "edited");
    let feed = mock.get_url(&url(&mock, "/me/feed?fields=message")).await;
    assert_eq!(feed.ok()["data"][0]["message"], "edited");

    let deleted = form(reqwest::Method::DELETE, &format!("/{id}"), "").await;
    assert_eq!(deleted.ok(), &serde_json::json!({"success": true}));
    let feed = mock.get_url(&url(&mock, "/me/feed")).await;
    assert_eq!(feed.ok()["data"], Value::Array(Vec::new()));
    let gone = mock.get_url(&url(&mock, &format!("/{id}"))).await;
    assert_eq!(gone.error().1, Some(33), "{}", gone.body);
}
