//! One call or more per area of the newest version, each sent by the generated client to the
//! mock over loopback and decoded: an ad account's insights with a `date_preset`, a campaign
//! created and read back, a Page's feed, an Instagram account's media, a WhatsApp Business
//! account's phone numbers, a Business's owned pages, a catalog's products, an app's roles.
//!
//! The areas are expanded here by the proc macro, as the crate's features expand them
//! (`fbgraph = { features = ["ads", …] }`): this test target enables no feature of `fbgraph`,
//! so that building the workspace's tests does not build every area of every version.

use fbgraph::{Client, Error, Paged};
use fbgraph_mock::{MockConfig, MockServer, Seed, seeds};
use serde_json::json;

#[allow(clippy::all, dead_code)]
mod v26 {
    pub mod common {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = common);
    }
    pub mod ads {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = ads);
    }
    pub mod pages {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = pages);
    }
    pub mod instagram {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = instagram);
    }
    pub mod whatsapp {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = whatsapp);
    }
    pub mod commerce {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = commerce);
    }
    pub mod apps_users {
        fbgraph_macros::graph_api!("../../spec/v26.0", area = apps_users);
    }
}

use v26::{ads, apps_users, commerce, instagram, pages, whatsapp};

async fn start(extra: Vec<Seed>) -> (MockServer, Client) {
    let config = MockConfig {
        seeds: extra,
        ..MockConfig::default()
    };
    let server = MockServer::start(config).await.expect("the mock starts");
    let client = Client::new(server.config().access_token.clone())
        .expect("a valid token")
        .with_base_url(&server.base_url())
        .expect("the mock's base URL");
    (server, client)
}

#[tokio::test]
async fn an_ad_accounts_insights_by_date_preset_and_a_refused_preset() {
    use ads::ads_insights::{AdsInsightsField, DatePreset};
    let row = Seed::new(
        "AdsInsights",
        json!({"account_id": "3000000000000003", "impressions": "1200", "spend": "12.34",
               "date_start": "2026-11-29", "date_stop": "2026-12-05"}),
    )
    .on(seeds::AD_ACCOUNT_ID, "insights");
    let (_server, client) = start(vec![row]).await;
    let request = ads::ad_account::GetAdAccountInsights::new(seeds::AD_ACCOUNT_ID)
        .date_preset(DatePreset::Last7d)
        .fields([AdsInsightsField::Impressions, AdsInsightsField::Spend]);
    let page: Paged<ads::ads_insights::AdsInsights> = client.send(request).await.expect("insights");
    assert_eq!(page.data.len(), 1, "{page:?}");
    assert_eq!(page.data[0].impressions.as_deref(), Some("1200"));
    assert_eq!(page.data[0].spend.as_deref(), Some("12.34"));

    // A value the enum does not know is sent as written, and Graph's refusal names it.
    let bad = ads::ad_account::GetAdAccountInsights::new(seeds::AD_ACCOUNT_ID)
        .date_preset(DatePreset::Unknown("last_century".into()));
    match client.send(bad).await {
        Err(Error::Graph(e)) => {
            assert_eq!(e.code, 100, "{e:?}");
            assert!(e.message.contains("date_preset"), "{}", e.message);
        }
        other => panic!("expected Graph's refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_campaign_is_created_and_read_back() {
    use ads::campaign::{CampaignField, Objective, SpecialAdCategories, Status};
    let (_server, client) = start(Vec::new()).await;
    let create = ads::ad_account::CreateAdAccountCampaigns::new(
        seeds::AD_ACCOUNT_ID,
        [SpecialAdCategories::None],
    )
    .name("Spring sale")
    .objective(Objective::OutcomeTraffic)
    .status(Status::Paused);
    let created = client.send(create).await.expect("created");
    let id = created.id.clone().expect("the new campaign's id");
    let read = ads::campaign::GetCampaign::new(&id).fields([
        CampaignField::Name,
        CampaignField::Objective,
        CampaignField::Status,
    ]);
    let campaign = client.send(read).await.expect("read back");
    assert_eq!(campaign.id.as_deref(), Some(id.as_str()));
    assert_eq!(campaign.name.as_deref(), Some("Spring sale"));
    // Meta's spec types a campaign's objective as text when read, an enum when written.
    assert_eq!(campaign.objective.as_deref(), Some("OUTCOME_TRAFFIC"));
    assert_eq!(campaign.status, Some(Status::Paused));
}

#[tokio::test]
async fn a_pages_feed_lists_what_was_posted() {
    use pages::page_post::PagePostField;
    let (server, client) = start(Vec::new()).await;
    let page_id = server.config().page_id.clone();
    let posted = client
        .send(pages::page::CreatePageFeed::new(&page_id).message("Open on Sunday"))
        .await
        .expect("posted");
    let post_id = posted.id.expect("the new post's id");
    assert!(post_id.starts_with(&format!("{page_id}_")), "{post_id}");
    let feed = client
        .send(
            pages::page::GetPageFeed::new(&page_id)
                .fields([PagePostField::Message, PagePostField::CreatedTime]),
        )
        .await
        .expect("the feed");
    let post = feed
        .data
        .iter()
        .find(|p| p.id.as_deref() == Some(post_id.as_str()))
        .expect("the post is in the feed");
    assert_eq!(post.message.as_deref(), Some("Open on Sunday"));
    assert!(post.created_time.is_some());
}

#[tokio::test]
async fn an_instagram_accounts_media_lists_a_new_container() {
    use instagram::ig_media::IGMediaField;
    let (_server, client) = start(Vec::new()).await;
    let created = client
        .send(
            instagram::ig_user::CreateIGUserMedia::new(seeds::INSTAGRAM_USER_ID)
                .image_url("https://example.com/a.jpg")
                .caption("New in"),
        )
        .await
        .expect("a container");
    let id = created.id.expect("its id");
    let media = client
        .send(
            instagram::ig_user::GetIGUserMedia::new(seeds::INSTAGRAM_USER_ID)
                .fields([IGMediaField::Caption]),
        )
        .await
        .expect("the media");
    let item = media
        .data
        .iter()
        .find(|m| m.id.as_deref() == Some(id.as_str()))
        .expect("listed");
    assert_eq!(item.caption.as_deref(), Some("New in"));
}

#[tokio::test]
async fn a_whatsapp_business_accounts_phone_numbers() {
    use whatsapp::whats_app_business_phone_number::{
        PhoneNumberPlatformType, PhoneNumberQualityRating,
    };
    let number = Seed::new(
        "WhatsAppBusinessPhoneNumber",
        json!({"id": "7000000000000008", "display_phone_number": "+1 555-0100",
               "verified_name": "Mock Shop", "quality_rating": "GREEN",
               "platform_type": "CLOUD_API", "throughput": {"level": "STANDARD"}}),
    )
    .on(seeds::WHATSAPP_BUSINESS_ACCOUNT_ID, "phone_numbers");
    let (_server, client) = start(vec![number]).await;
    let numbers = client
        .send(
            whatsapp::whats_app_business_account::GetWhatsAppBusinessAccountPhoneNumbers::new(
                seeds::WHATSAPP_BUSINESS_ACCOUNT_ID,
            ),
        )
        .await
        .expect("the numbers");
    assert_eq!(numbers.data.len(), 1, "{numbers:?}");
    let number = &numbers.data[0];
    assert_eq!(number.id.as_deref(), Some("7000000000000008"));
    assert_eq!(number.display_phone_number.as_deref(), Some("+1 555-0100"));
    assert_eq!(number.quality_rating, Some(PhoneNumberQualityRating::Green));
    assert_eq!(
        number.platform_type,
        Some(PhoneNumberPlatformType::CloudApi)
    );
    let throughput = number.throughput.as_ref().and_then(|t| t.level.as_deref());
    assert_eq!(throughput, Some("STANDARD"));
}

#[tokio::test]
async fn a_business_owns_the_page_and_the_pages_instagram_account_is_by_id() {
    use pages::page::PageField;
    let (server, client) = start(Vec::new()).await;
    let owned = client
        .send(pages::business::GetBusinessOwnedPages::new(
            seeds::BUSINESS_ID,
        ))
        .await
        .expect("owned pages");
    let page_id = server.config().page_id.clone();
    // The owned page's id is a Page's (`Id<ids::Page>`), which a call on a Page takes as is.
    let owned_id: &fbgraph::Id<v26::common::ids::Page> = owned
        .data
        .iter()
        .filter_map(|p| p.id.as_ref())
        .find(|id| **id == page_id)
        .unwrap_or_else(|| panic!("{owned:?}"));
    // A Page's Instagram account is an Instagram node: the pages area holds it by id, and
    // the instagram area decodes it.
    let page = client
        .send(pages::page::GetPage::new(owned_id).fields([PageField::InstagramBusinessAccount]))
        .await
        .expect("the page");
    let account = page.instagram_business_account.expect("linked");
    assert_eq!(account.id.as_deref(), Some(seeds::INSTAGRAM_USER_ID));
    let user: instagram::ig_user::IGUser = account.decode().expect("decodes as IGUser");
    assert_eq!(user.id.as_deref(), Some(seeds::INSTAGRAM_USER_ID));
    // The reference's id is an IG user's (`NodeRef<ids::IGUser>`): the Instagram area's
    // calls on that user take it.
    let ig_user = account.id.expect("an id");
    let media = client
        .send(instagram::ig_user::GetIGUserMedia::new(&ig_user))
        .await
        .expect("the account's media");
    assert!(media.data.iter().all(|m| m.id.is_some()), "{media:?}");
}

#[tokio::test]
async fn a_catalogs_products_list_a_new_product() {
    use commerce::product_item::ProductItemField;
    let (_server, client) = start(Vec::new()).await;
    let created = client
        .send(
            commerce::product_catalog::CreateProductCatalogProducts::new(
                seeds::CATALOG_ID,
                "USD",
                "Blue mug",
                1299,
            )
            .retailer_id("mug-blue"),
        )
        .await
        .expect("created");
    let id = created.id.expect("its id");
    let products = client
        .send(
            commerce::product_catalog::GetProductCatalogProducts::new(seeds::CATALOG_ID)
                .fields([ProductItemField::Name, ProductItemField::RetailerId]),
        )
        .await
        .expect("the products");
    let product = products
        .data
        .iter()
        .find(|p| p.id.as_deref() == Some(id.as_str()))
        .expect("listed");
    assert_eq!(product.name.as_deref(), Some("Blue mug"));
    assert_eq!(product.retailer_id.as_deref(), Some("mug-blue"));
}

#[tokio::test]
async fn an_apps_roles() {
    use apps_users::application::ApplicationRoleName;
    let config = MockConfig::default();
    let role = Seed::new(
        "ApplicationRole",
        json!({"app_id": config.app_id, "user": "1000000000000009", "role": "administrators"}),
    )
    .on(config.app_id.clone(), "roles");
    let (server, client) = start(vec![role]).await;
    let roles = client
        .send(apps_users::application::GetApplicationRoles::new(
            server.config().app_id.clone(),
        ))
        .await
        .expect("the roles");
    assert_eq!(roles.data.len(), 1, "{roles:?}");
    assert_eq!(roles.data[0].user.as_deref(), Some("1000000000000009"));
    assert_eq!(
        roles.data[0].role,
        Some(ApplicationRoleName::Administrators)
    );
}
