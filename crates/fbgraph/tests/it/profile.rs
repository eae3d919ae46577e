//! The Messenger profile and per-customer menus, end to end through the typed client: what a
//! POST sets a GET returns and a DELETE removes, and what Graph refuses the mock refuses.

use fbgraph::v26_0::{
    Command, CommandList, CreatePageCustomUserSettings, CreatePageMessengerProfile,
    CreatePageMessengerProfileErrorCode, DeletePageCustomUserSettings, DeletePageMessengerProfile,
    GetPageCustomUserSettings, GetPageMessengerProfile, GetStarted, Greeting, IceBreaker,
    IceBreakers, MenuItem, MenuItemType, MessengerProfileField, PersistentMenu, PostbackMenuItem,
    ProfileProperty, UrlMenuItem, UserSetting, WebviewHeightRatio,
};

use crate::support::Env;

fn menu() -> PersistentMenu {
    PersistentMenu::new("default").call_to_actions([
        MenuItem::Postback(PostbackMenuItem::new("Talk to an agent", "CARE_HELP")),
        MenuItem::WebUrl(
            UrlMenuItem::new("Shop now", "https://shop.example.com/")
                .webview_height_ratio(WebviewHeightRatio::Full),
        ),
    ])
}

#[tokio::test]
async fn what_a_profile_post_sets_a_get_returns_and_a_delete_removes() {
    let env = Env::start().await;
    let client = &env.client;
    let empty = client
        .send(GetPageMessengerProfile::new("me"))
        .await
        .expect("read");
    assert!(empty.data.is_empty(), "nothing is set at first: {empty:?}");

    let set = client
        .send(
            CreatePageMessengerProfile::new("me")
                .get_started(GetStarted::new("GET_STARTED"))
                .greeting([
                    Greeting::new("default", "Hello {{user_first_name}}!"),
                    Greeting::new("fr_FR", "Bonjour !"),
                ])
                .ice_breakers([IceBreakers::new(
                    "default",
                    [IceBreaker::new("Where is my order?", "ORDER")],
                )])
                .persistent_menu([menu()])
                .whitelisted_domains(["https://shop.example.com"])
                .account_linking_url("https://shop.example.com/link")
                .commands([CommandList::new(
                    "default",
                    [Command::new("order", "Track an order")],
                )]),
        )
        .await
        .expect("set");
    assert_eq!(set.result.as_deref(), Some("success"));

    let read = client
        .send(GetPageMessengerProfile::new("me"))
        .await
        .expect("read");
    let profile = read.data.first().expect("the profile");
    assert_eq!(
        profile
            .get_started
            .as_ref()
            .and_then(|g| g.payload.as_deref()),
        Some("GET_STARTED")
    );
    let greetings = profile.greeting.as_deref().unwrap_or_default();
    assert_eq!(greetings.len(), 2);
    assert_eq!(greetings[1].text.as_deref(), Some("Bonjour !"));
    let menus = profile.persistent_menu.as_deref().unwrap_or_default();
    let items = menus[0].call_to_actions.as_deref().unwrap_or_default();
    assert_eq!(items[0].r#type, Some(MenuItemType::Postback));
    assert_eq!(items[0].payload.as_deref(), Some("CARE_HELP"));
    assert_eq!(items[1].url.as_deref(), Some("https://shop.example.com/"));
    assert_eq!(
        items[1].webview_height_ratio,
        Some(WebviewHeightRatio::Full)
    );
    let breakers = profile.ice_breakers.as_deref().unwrap_or_default();
    assert_eq!(
        breakers[0].call_to_actions.as_deref().unwrap_or_default()[0]
            .question
            .as_deref(),
        Some("Where is my order?")
    );
    assert_eq!(
        profile.whitelisted_domains.as_deref(),
        Some(&["https://shop.example.com".to_owned()][..])
    );
    let commands = profile.commands.as_deref().unwrap_or_default();
    assert_eq!(
        commands[0].commands.as_deref().unwrap_or_default()[0]
            .name
            .as_deref(),
        Some("order")
    );

    // `fields` selects; a later POST of one property keeps the others.
    client
        .send(
            CreatePageMessengerProfile::new("me")
                .greeting([Greeting::new("default", "Welcome back")]),
        )
        .await
        .expect("set again");
    let read = client
        .send(GetPageMessengerProfile::new("me").fields([
            MessengerProfileField::Greeting,
            MessengerProfileField::GetStarted,
        ]))
        .await
        .expect("read");
    let profile = read.data.first().expect("the profile");
    assert!(
        profile.persistent_menu.is_none(),
        "not selected: {profile:?}"
    );
    assert_eq!(
        profile.greeting.as_deref().unwrap_or_default()[0]
            .text
            .as_deref(),
        Some("Welcome back")
    );
    assert!(profile.get_started.is_some());

    let cleared = client
        .send(DeletePageMessengerProfile::new(
            "me",
            [ProfileProperty::PersistentMenu, ProfileProperty::Greeting],
        ))
        .await
        .expect("cleared");
    assert_eq!(cleared.result.as_deref(), Some("success"));
    let read = client
        .send(GetPageMessengerProfile::new("me"))
        .await
        .expect("read");
    let profile = read.data.first().expect("the profile");
    assert!(profile.persistent_menu.is_none() && profile.greeting.is_none());
    assert!(profile.get_started.is_some() && profile.commands.is_some());
}

#[tokio::test]
async fn a_persistent_menu_needs_a_get_started_button_and_keeps_its_limits() {
    let env = Env::start().await;
    let client = &env.client;
    let refused = client
        .send(CreatePageMessengerProfile::new("me").persistent_menu([menu()]))
        .await
        .expect_err("no Get Started button");
    assert_eq!(
        refused.graph_code(),
        Some(&CreatePageMessengerProfileErrorCode::GetStartedRequired)
    );
    let read = client
        .send(GetPageMessengerProfile::new("me"))
        .await
        .expect("read");
    assert!(read.data.is_empty(), "a refused write sets nothing");

    // Set in the same call, the button is there in time.
    client
        .send(
            CreatePageMessengerProfile::new("me")
                .get_started(GetStarted::new("GO"))
                .persistent_menu([menu()]),
        )
        .await
        .expect("set together");

    let message = |result: Result<_, fbgraph::Error<_>>| {
        result
            .expect_err("refused")
            .graph()
            .map(|g| g.message.clone())
            .unwrap_or_default()
    };
    let long_title = PersistentMenu::new("default").call_to_actions([MenuItem::Postback(
        PostbackMenuItem::new("a".repeat(31), "P"),
    )]);
    let said = message(
        client
            .send(CreatePageMessengerProfile::new("me").persistent_menu([long_title]))
            .await,
    );
    assert!(said.contains("must be less than or equal to 30"), "{said}");
    let too_many = PersistentMenu::new("default").call_to_actions(
        (0..21).map(|i| MenuItem::Postback(PostbackMenuItem::new(format!("Item {i}"), "P"))),
    );
    let said = message(
        client
            .send(CreatePageMessengerProfile::new("me").persistent_menu([too_many]))
            .await,
    );
    assert!(said.contains("persistent_menu"), "{said}");
    let no_default = PersistentMenu::new("en_US")
        .call_to_actions([MenuItem::Postback(PostbackMenuItem::new("Help", "HELP"))]);
    let said = message(
        client
            .send(CreatePageMessengerProfile::new("me").persistent_menu([no_default]))
            .await,
    );
    assert!(said.contains("\"default\""), "{said}");
    let five = IceBreakers::new(
        "default",
        (0..5).map(|i| IceBreaker::new(format!("Question {i}?"), "Q")),
    );
    let said = message(
        client
            .send(CreatePageMessengerProfile::new("me").ice_breakers([five]))
            .await,
    );
    assert!(said.contains("ice_breakers"), "{said}");
    let said = message(
        client
            .send(CreatePageMessengerProfile::new("me").account_linking_url("http://x.example"))
            .await,
    );
    assert!(said.contains("https"), "{said}");
}

#[tokio::test]
async fn a_customer_has_their_own_menu_until_it_is_deleted() {
    let env = Env::start().await;
    let client = &env.client;
    let psid = env.customer();
    client
        .send(
            CreatePageMessengerProfile::new("me")
                .get_started(GetStarted::new("GO"))
                .persistent_menu([menu()]),
        )
        .await
        .expect("the page's menu");
    let own = PersistentMenu::new("default").call_to_actions([MenuItem::Postback(
        PostbackMenuItem::new("Your order", "MY_ORDER"),
    )]);
    let set = client
        .send(CreatePageCustomUserSettings::new("me", &psid).persistent_menu([own]))
        .await
        .expect("set");
    assert_eq!(set.result.as_deref(), Some("success"));
    let read = client
        .send(GetPageCustomUserSettings::new("me", &psid))
        .await
        .expect("read");
    let settings = read.data.first().expect("the settings");
    let user = settings
        .user_level_persistent_menu
        .as_deref()
        .unwrap_or_default();
    let page = settings
        .page_level_persistent_menu
        .as_deref()
        .unwrap_or_default();
    assert_eq!(
        user[0].call_to_actions.as_deref().unwrap_or_default()[0]
            .payload
            .as_deref(),
        Some("MY_ORDER")
    );
    assert_eq!(
        page[0].call_to_actions.as_deref().unwrap_or_default()[0]
            .payload
            .as_deref(),
        Some("CARE_HELP")
    );

    client
        .send(DeletePageCustomUserSettings::new(
            "me",
            &psid,
            [UserSetting::PersistentMenu],
        ))
        .await
        .expect("deleted");
    let read = client
        .send(GetPageCustomUserSettings::new("me", &psid))
        .await
        .expect("read");
    let settings = read.data.first().expect("the settings");
    assert!(
        settings.user_level_persistent_menu.is_none(),
        "{settings:?}"
    );
    assert!(settings.page_level_persistent_menu.is_some());

    let refused = client
        .send(GetPageCustomUserSettings::new("me", "1000000000000999"))
        .await
        .expect_err("not a customer");
    assert_eq!(refused.graph().and_then(|g| g.error_subcode), Some(2018001));
}
