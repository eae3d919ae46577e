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

#[tokio::test]
async fn every_area_has_a_node_to_call_from_the_start() {
    use fbgraph_mock::seeds;
    let mock = Mock::start().await;
    let name = |path: String| {
        let mock = &mock;
        async move {
            let answer = mock.get_url(&url(mock, &path)).await;
            answer.ok()["name"].as_str().unwrap_or_default().to_owned()
        }
    };
    assert_eq!(
        name(format!("/{}?fields=name,currency", seeds::AD_ACCOUNT_ID)).await,
        "Mock Ad Account"
    );
    assert_eq!(
        name(format!("/{}?fields=name", seeds::BUSINESS_ID)).await,
        "Mock Business"
    );
    assert_eq!(
        name(format!(
            "/{}?fields=name",
            seeds::WHATSAPP_BUSINESS_ACCOUNT_ID
        ))
        .await,
        "Mock WhatsApp Business"
    );
    assert_eq!(
        name(format!("/{}?fields=name", seeds::CATALOG_ID)).await,
        "Mock Catalog"
    );
    assert_eq!(
        name(format!("/{}?fields=name", mock.server.config().app_id)).await,
        "Mock App"
    );
    // The Instagram account is found the way an app finds it: through the page.
    let page = mock
        .get_url(&url(&mock, "/me?fields=instagram_business_account"))
        .await;
    let ig = page.ok()["instagram_business_account"]["id"]
        .as_str()
        .expect("the page's Instagram account")
        .to_owned();
    assert_eq!(ig, seeds::INSTAGRAM_USER_ID);
    let user = mock
        .get_url(&url(&mock, &format!("/{ig}?fields=username")))
        .await;
    assert_eq!(user.ok()["username"], "mockpage");
    // The business lists the page it owns.
    let owned = mock
        .get_url(&url(&mock, &format!("/{}/owned_pages", seeds::BUSINESS_ID)))
        .await;
    assert_eq!(owned.ok()["data"][0]["id"], mock.server.config().page_id);
}

#[tokio::test]
async fn created_nodes_get_what_graph_fills_in() {
    use fbgraph_mock::seeds;
    let mock = Mock::start().await;
    let account = seeds::AD_ACCOUNT_ID;
    let created = mock
        .send(
            mock.http
                .post(url(&mock, &format!("/{account}/campaigns")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("name=Spring&objective=OUTCOME_TRAFFIC&status=PAUSED&special_ad_categories=%5B%5D"),
        )
        .await;
    let id = created.ok()["id"].as_str().expect("an id").to_owned();
    assert!(id.bytes().all(|b| b.is_ascii_digit()), "{id}");
    let read = mock
        .get_url(&url(
            &mock,
            &format!("/{id}?fields=name,account_id,created_time,updated_time"),
        ))
        .await;
    let read = read.ok();
    assert_eq!(read["name"], "Spring");
    // The account id without `act_`, as Graph gives an ad object's `account_id`.
    assert_eq!(read["account_id"], "3000000000000003");
    let created_time = read["created_time"].as_str().expect("a created_time");
    assert_eq!(created_time.len(), "2026-01-01T00:00:00+0000".len());
    assert!(created_time.ends_with("+0000"), "{created_time}");
    assert_eq!(read["updated_time"], read["created_time"]);

    // A page's post: `{page id}_{post id}`, from the page.
    let post = mock.post_form("/me/feed", &[("message", "hi")]).await;
    let post_id = post.ok()["id"].as_str().expect("an id").to_owned();
    let page_id = mock.server.config().page_id.clone();
    let (page_part, own) = post_id.split_once('_').expect("page_post");
    assert_eq!(page_part, page_id);
    assert!(own.bytes().all(|b| b.is_ascii_digit()) && !own.is_empty());
    let read = mock
        .get_url(&url(&mock, &format!("/{post_id}?fields=from")))
        .await;
    assert_eq!(read.ok()["from"]["id"], page_id.as_str());
    assert_eq!(read.ok()["from"]["name"], "Mock Page");

    // An Instagram media: owned by the account it was created on, with zero counts.
    let ig = seeds::INSTAGRAM_USER_ID;
    let media = mock
        .send(
            mock.http
                .post(url(&mock, &format!("/{ig}/media")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("image_url=https%3A%2F%2Fexample.com%2Fa.jpg&caption=New"),
        )
        .await;
    let media_id = media.ok()["id"].as_str().expect("an id").to_owned();
    let read = mock
        .get_url(&url(
            &mock,
            &format!("/{media_id}?fields=owner,like_count,comments_count,timestamp,caption"),
        ))
        .await;
    let read = read.ok();
    assert_eq!(read["owner"]["id"], ig);
    assert_eq!(read["like_count"], 0);
    assert_eq!(read["comments_count"], 0);
    assert_eq!(read["caption"], "New");
    assert!(read["timestamp"].is_string());

    // An update moves `updated_time`, never `created_time`, and changes what reads return.
    let updated = mock
        .post_form(&format!("/{id}"), &[("name", "Summer")])
        .await;
    assert_eq!(updated.ok(), &serde_json::json!({"success": true}));
    let read = mock
        .get_url(&url(&mock, &format!("/{id}?fields=name,created_time")))
        .await;
    assert_eq!(read.ok()["name"], "Summer");
    assert_eq!(read.ok()["created_time"], created_time);
}

#[tokio::test]
async fn seeds_are_checked_against_the_spec_at_any_depth() {
    use fbgraph_mock::{MockConfig, MockError, MockServer, Seed};
    use serde_json::json;
    let start = |seed: Seed| async move {
        MockServer::start(MockConfig {
            seeds: vec![seed],
            ..MockConfig::default()
        })
        .await
    };
    let reason = |result: Result<MockServer, MockError>| match result {
        Err(MockError::Seed { reason, .. }) => reason,
        Err(other) => panic!("another error: {other}"),
        Ok(_) => panic!("the seed was taken"),
    };
    assert_eq!(
        reason(start(Seed::new("AdAccount", json!({"colour": "red"}))).await),
        "AdAccount: `colour` is not a field of AdAccount"
    );
    assert_eq!(
        reason(
            start(Seed::new(
                "AdAccount",
                json!({"business": {"colour": "red"}})
            ))
            .await
        ),
        "AdAccount.business: `colour` is not a field of Business"
    );
    assert_eq!(
        reason(start(Seed::new("Pgae", json!({}))).await),
        "no served version has a type of this name"
    );
    assert_eq!(
        reason(start(Seed::new("Recommendation", json!({"rating": 5})).on("me", "feed")).await),
        "Page's `feed` lists PagePost, not Recommendation"
    );
    assert_eq!(
        reason(start(Seed::new("Recommendation", json!({"rating": 5}))).await),
        "not a node with an id, so it must be an item of an edge list (`on`)"
    );
    // A node of an area the defaults lack, and a rating, which no call writes.
    let mock = Mock::with(MockConfig {
        seeds: vec![
            Seed::new(
                "Group",
                json!({"id": "7000000000000008", "name": "Mock Group"}),
            ),
            Seed::new(
                "Recommendation",
                json!({"rating": 4, "review_text": "Fine"}),
            )
            .on("me", "ratings"),
        ],
        ..MockConfig::default()
    })
    .await;
    let group = mock
        .get_url(&url(&mock, "/7000000000000008?fields=name"))
        .await;
    assert_eq!(group.ok()["name"], "Mock Group");
    let id = mock
        .server
        .add(
            Seed::new(
                "Recommendation",
                json!({"rating": 5, "review_text": "Great"}),
            )
            .on("me", "ratings"),
        )
        .expect("a rating is added");
    assert_eq!(id, "", "a rating is not readable by id");
    let ratings = mock
        .get_url(&url(&mock, "/me/ratings?fields=rating,review_text"))
        .await;
    assert_eq!(
        ratings.ok()["data"],
        json!([{"rating": 5, "review_text": "Great"}, {"rating": 4, "review_text": "Fine"}])
    );
}

#[tokio::test]
async fn the_control_api_seeds_nodes_and_says_what_is_wrong() {
    let mock = Mock::start().await;
    let seed = |body: serde_json::Value| {
        mock.send(
            mock.http
                .post(format!("{}/_sandbox/nodes", mock.server.base_url()))
                .json(&body),
        )
    };
    let made = seed(serde_json::json!({"type": "IGMedia", "fields": {"caption": "Hi"}, "on": {"id": fbgraph_mock::seeds::INSTAGRAM_USER_ID, "edge": "media"}})).await;
    assert_eq!(made.status, 200, "{}", made.body);
    let id = made.body["id"].as_str().expect("an id").to_owned();
    let media = mock
        .get_url(&url(
            &mock,
            &format!(
                "/{}/media?fields=caption",
                fbgraph_mock::seeds::INSTAGRAM_USER_ID
            ),
        ))
        .await;
    assert_eq!(
        media.ok()["data"],
        serde_json::json!([{"id": id, "caption": "Hi"}])
    );
    for (body, says) in [
        (serde_json::json!({"fields": {}}), "`type`"),
        (
            serde_json::json!({"type": "IGMedia", "fields": {"colour": 1}}),
            "`colour` is not a field of IGMedia",
        ),
        (
            serde_json::json!({"type": "IGMedia", "on": {"id": "404", "edge": "media"}}),
            "no node 404",
        ),
        (
            serde_json::json!({"type": "IGMedia", "extra": 1}),
            "unknown key `extra`",
        ),
    ] {
        let refused = seed(body.clone()).await;
        assert_eq!(refused.status, 400, "{body}");
        let message = refused.body["error"]["message"]
            .as_str()
            .unwrap_or_default();
        assert!(message.contains(says), "{says:?} in {message:?}");
    }
}

#[tokio::test]
async fn an_edge_post_that_answers_success_associates_and_a_delete_dissociates() {
    use fbgraph_mock::seeds;
    let mock = Mock::start().await;
    let account = seeds::AD_ACCOUNT_ID;
    let agencies = format!("/{account}/agencies");
    let list_url = url(&mock, &format!("{agencies}?fields=id,name"));
    let listed = || mock.get_url(&list_url);
    assert_eq!(listed().await.ok()["data"], serde_json::json!([]));
    let added = mock
        .send(
            mock.http
                .post(url(&mock, &agencies))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!(
                    "business={}&permitted_tasks=%5B%22MANAGE%22%5D",
                    seeds::BUSINESS_ID
                )),
        )
        .await;
    assert_eq!(added.ok(), &serde_json::json!({"success": true}));
    assert_eq!(
        listed().await.ok()["data"],
        serde_json::json!([{"id": seeds::BUSINESS_ID, "name": "Mock Business"}])
    );
    let removed = mock
        .send(mock.http.delete(url(
            &mock,
            &format!("{agencies}?business={}", seeds::BUSINESS_ID),
        )))
        .await;
    assert_eq!(removed.ok(), &serde_json::json!({"success": true}));
    assert_eq!(listed().await.ok()["data"], serde_json::json!([]));
    // The business itself is still there.
    let business = mock
        .get_url(&url(&mock, &format!("/{}?fields=name", seeds::BUSINESS_ID)))
        .await;
    assert_eq!(business.ok()["name"], "Mock Business");
}
