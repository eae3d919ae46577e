//! Every payload kind of the Send API, typed, sent to the mock; and Graph's limits and rules,
//! each accepted at the limit and refused one past it with Graph's code and message.

use fbgraph::Error;
use fbgraph::v26_0::{
    Attachment, BusinessPrivacy, Button, ButtonTemplate, CallButton, CouponTemplate,
    CustomerFeedbackTemplate, DefaultAction, FeedbackFollowUp, FeedbackFollowUpType,
    FeedbackQuestion, FeedbackScoreOption, FeedbackScoreType, FeedbackScreen, GameMetadata,
    GamePlayButton, GenericElement, GenericTemplate, ImageAspectRatio, LogInButton, MediaElement,
    MediaPayload, MediaTemplate, MediaType, MessageTag, MessagingType, OutgoingMessage,
    PostbackButton, ProductElement, ProductTemplate, QuickReply, ReceiptAddress, ReceiptAdjustment,
    ReceiptElement, ReceiptSummary, ReceiptTemplate, Recipient, SendMessage, SendMessageErrorCode,
    SendMessageResponse, Template, TextQuickReply, UrlAction, UrlButton, WebviewHeightRatio,
    WebviewShareButton,
};
use fbgraph::{Client, Upload};

struct Env {
    /// Keeps the mock serving.
    _env: crate::support::Env,
    client: Client,
    psid: String,
}

impl Env {
    async fn start() -> Env {
        let env = crate::support::Env::start().await;
        let (client, psid) = (env.client.clone(), env.customer());
        Env {
            _env: env,
            client,
            psid,
        }
    }

    fn to_customer(&self, message: OutgoingMessage) -> SendMessage {
        SendMessage::message("me", Recipient::id(&self.psid), message)
            .messaging_type(MessagingType::Response)
    }

    async fn send(
        &self,
        request: SendMessage,
    ) -> Result<SendMessageResponse, Error<SendMessageErrorCode>> {
        self.client.send(request).await
    }

    async fn accepted(&self, message: OutgoingMessage) -> SendMessageResponse {
        let request = self.to_customer(message);
        match self.send(request).await {
            Ok(sent) => {
                assert!(sent.message_id.is_some(), "{sent:?}");
                sent
            }
            Err(e) => panic!("refused: {e}"),
        }
    }

    /// Sends `message`; Graph must refuse it with code 100 and a message containing `says`.
    async fn refused(&self, message: OutgoingMessage, says: &str) {
        self.refused_request(self.to_customer(message), says).await;
    }

    async fn refused_request(&self, request: SendMessage, says: &str) {
        let err = self.send(request).await.expect_err("Graph refuses it");
        let graph = err.graph().unwrap_or_else(|| panic!("{err:?}"));
        assert_eq!(graph.code, 100, "{}", graph.message);
        assert_eq!(graph.endpoint_code, SendMessageErrorCode::InvalidParameter);
        assert!(
            graph.message.starts_with("(#100) "),
            "Graph's shape: {}",
            graph.message
        );
        assert!(
            graph.message.contains(says),
            "{says:?} in {:?}",
            graph.message
        );
    }
}

fn template(t: Template) -> OutgoingMessage {
    OutgoingMessage::attachment(Attachment::Template(t))
}

fn every_button() -> Vec<Button> {
    vec![
        Button::WebUrl(
            UrlButton::new("https://example.com/order/7", "Track")
                .webview_height_ratio(WebviewHeightRatio::Tall)
                .messenger_extensions(true)
                .fallback_url("https://example.com/order/7?plain")
                .webview_share_button(WebviewShareButton::Hide),
        ),
        Button::Postback(PostbackButton::new("Talk to us", "CONTACT")),
        Button::PhoneNumber(CallButton::new("Call", "+15105550123")),
    ]
}

#[tokio::test]
async fn media_attachments_by_url_by_attachment_id_and_by_file_are_sent() {
    let env = Env::start().await;
    for attachment in [
        Attachment::Image(MediaPayload::new().url("https://example.com/a.png")),
        Attachment::Video(MediaPayload::new().url("https://example.com/a.mp4")),
        Attachment::Audio(MediaPayload::new().url("https://example.com/a.mp3")),
    ] {
        env.accepted(OutgoingMessage::attachment(attachment)).await;
    }
    let kept = env
        .accepted(OutgoingMessage::attachment(Attachment::File(
            MediaPayload::new()
                .url("https://example.com/invoice.pdf")
                .is_reusable(true),
        )))
        .await;
    let id = kept
        .attachment_id
        .expect("a reusable attachment gets an id");
    env.accepted(OutgoingMessage::attachment(Attachment::File(
        MediaPayload::new().attachment_id(&id),
    )))
    .await;
    // A file from disk: the `filedata` part of a multipart body.
    let upload = Upload::new("invoice.pdf", "application/pdf", b"%PDF-1.7 ...".to_vec());
    let sent = env
        .send(
            env.to_customer(OutgoingMessage::attachment(Attachment::File(
                MediaPayload::new(),
            )))
            .filedata(upload),
        )
        .await
        .expect("uploaded with the message");
    assert!(sent.message_id.is_some());
    // An attachment id the mock never handed out is refused.
    env.refused(
        OutgoingMessage::attachment(Attachment::Image(
            MediaPayload::new().attachment_id("404404404"),
        )),
        "attachment_id",
    )
    .await;
}

#[tokio::test]
async fn media_with_neither_url_nor_attachment_id_nor_file_is_an_upload_failure() {
    let env = Env::start().await;
    let err = env
        .send(
            env.to_customer(OutgoingMessage::attachment(Attachment::Image(
                MediaPayload::new(),
            ))),
        )
        .await
        .expect_err("nothing to attach");
    let graph = err.graph().expect("a Graph error");
    assert_eq!((graph.code, graph.error_subcode), (100, Some(2018047)));
}

#[tokio::test]
async fn every_template_is_sent() {
    let env = Env::start().await;
    let mut buttons = every_button();
    buttons.truncate(3);
    let generic = GenericTemplate::new([
        GenericElement::new("Classic hat")
            .subtitle("For everyone")
            .image_url("https://example.com/hat.png")
            .default_action(DefaultAction::WebUrl(
                UrlAction::new("https://example.com/hat")
                    .webview_height_ratio(WebviewHeightRatio::Compact),
            ))
            .buttons(buttons),
        GenericElement::new("Login and games").buttons([
            Button::AccountLink(LogInButton::new("https://example.com/login")),
            Button::AccountUnlink,
            Button::GamePlay(
                GamePlayButton::new("Play")
                    .payload("LEVEL_1")
                    .game_metadata(GameMetadata::player_id("42")),
            ),
        ]),
    ])
    .image_aspect_ratio(ImageAspectRatio::Square)
    .sharable(true);
    env.accepted(template(Template::Generic(generic))).await;
    env.accepted(template(Template::Button(ButtonTemplate::new(
        "What next?",
        every_button(),
    ))))
    .await;
    env.accepted(template(Template::Media(MediaTemplate::new([
        MediaElement::url(
            MediaType::Video,
            "https://www.facebook.com/FacebookforDevelopers/videos/10152454700553553",
        )
        .buttons([Button::Postback(PostbackButton::new("More", "MORE"))]),
    ]))))
    .await;
    env.accepted(template(Template::Receipt(
        ReceiptTemplate::new(
            "Stephane Crozatier",
            "12345678902",
            "USD",
            "Visa 2345",
            ReceiptSummary::new(56.14)
                .subtotal(75.0)
                .shipping_cost(4.95)
                .total_tax(6.19),
        )
        .merchant_name("Original Coast Clothing")
        .timestamp("1428444852")
        .order_url("https://example.com/order?order_id=123456")
        .address(
            ReceiptAddress::new("1 Hacker Way", "Menlo Park", "94025", "CA", "US").street_2(""),
        )
        .elements([
            ReceiptElement::new("Classic White T-Shirt", 50.0)
                .subtitle("100% Soft and Luxurious Cotton")
                .quantity(2)
                .currency("USD")
                .image_url("https://example.com/white.png"),
            ReceiptElement::new("Free sticker", 0.0),
        ])
        .adjustments([ReceiptAdjustment::new()
            .name("New Customer Discount")
            .amount(20.0)]),
    )))
    .await;
    env.accepted(template(Template::Product(ProductTemplate::new([
        ProductElement::new("1000000001"),
        ProductElement::new("1000000002"),
    ]))))
    .await;
    env.accepted(template(Template::Coupon(
        CouponTemplate::new("10% off everything")
            .subtitle("Terms may apply.")
            .coupon_code("10PERCENT")
            .coupon_url("https://example.com/shop")
            .coupon_url_button_title("Shop now")
            .coupon_pre_message("A summer sale is coming")
            .image_url("https://example.com/sale.png")
            .payload("COUPON_10"),
    )))
    .await;
    env.accepted(template(Template::CustomerFeedback(
        CustomerFeedbackTemplate::new(
            "Rate your experience",
            "Rate",
            [FeedbackScreen::new([FeedbackQuestion::new(
                "q1",
                FeedbackScoreType::Csat,
            )
            .score_option(FeedbackScoreOption::FiveStars)
            .score_label("neg_pos")
            .follow_up(
                FeedbackFollowUp::new(FeedbackFollowUpType::FreeForm).placeholder("Tell us more"),
            )])],
            BusinessPrivacy::new("https://example.com/privacy"),
        )
        .subtitle("Two questions")
        .expires_in_days(3),
    )))
    .await;
}

#[tokio::test]
async fn the_other_limits_hold_at_the_limit_and_one_past_it() {
    let env = Env::start().await;
    let subtitle = |n: usize| {
        template(Template::Generic(GenericTemplate::new([
            GenericElement::new("Hat").subtitle("s".repeat(n)),
        ])))
    };
    env.accepted(subtitle(80)).await;
    env.refused(
        subtitle(81),
        "Length of param message[attachment][payload][elements][0][subtitle] must be less than or equal to 80",
    )
    .await;
    let postback = |n: usize| {
        template(Template::Button(ButtonTemplate::new(
            "Next?",
            [Button::Postback(PostbackButton::new("Buy", "p".repeat(n)))],
        )))
    };
    env.accepted(postback(1000)).await;
    env.refused(
        postback(1001),
        "Length of param message[attachment][payload][buttons][0][payload] must be less than or equal to 1000",
    )
    .await;
    let receipt = |n: usize| {
        template(Template::Receipt(
            ReceiptTemplate::new(
                "Ada",
                format!("order-{n}"),
                "EUR",
                "Visa 1234",
                ReceiptSummary::new(1.0),
            )
            .elements((0..n).map(|i| ReceiptElement::new(format!("Item {i}"), 1.0))),
        ))
    };
    env.accepted(receipt(100)).await;
    env.refused(
        receipt(101),
        "param message[attachment][payload][elements] must have at most 100 elements, but has 101",
    )
    .await;
    let products = |n: usize| {
        template(Template::Product(ProductTemplate::new(
            (0..n).map(|i| ProductElement::new(format!("{i}"))),
        )))
    };
    env.accepted(products(10)).await;
    env.refused(
        products(11),
        "param message[attachment][payload][elements] must have at most 10 elements, but has 11",
    )
    .await;
    let media = |n: usize| {
        template(Template::Media(MediaTemplate::new((0..n).map(|i| {
            MediaElement::attachment_id(MediaType::Image, format!("{i}"))
        }))))
    };
    env.refused(
        media(0),
        "param message[attachment][payload][elements] must have at least 1 element, but has 0",
    )
    .await;
    env.refused(
        media(2),
        "param message[attachment][payload][elements] must have at most 1 element, but has 2",
    )
    .await;
}

#[tokio::test]
async fn quick_replies_of_every_documented_content_type_are_sent() {
    let env = Env::start().await;
    env.accepted(
        OutgoingMessage::text("How can we reach you?").quick_replies([
            QuickReply::Text(
                TextQuickReply::new("Red", "RED").image_url("https://example.com/r.png"),
            ),
            QuickReply::UserPhoneNumber,
            QuickReply::UserEmail,
        ]),
    )
    .await;
}

#[tokio::test]
async fn text_is_at_most_2000_characters() {
    let env = Env::start().await;
    // Characters, not bytes: 2,000 of them are 6,000 bytes of UTF-8 here.
    env.accepted(OutgoingMessage::text("€".repeat(2000))).await;
    env.refused(
        OutgoingMessage::text("€".repeat(2001)),
        "Length of param message[text] must be less than or equal to 2000",
    )
    .await;
}

#[tokio::test]
async fn quick_replies_are_at_most_13_with_titles_of_20_and_payloads_of_1000() {
    let env = Env::start().await;
    let replies = |n: usize| {
        (0..n)
            .map(|i| {
                QuickReply::Text(TextQuickReply::new(
                    format!("Option {i}"),
                    format!("OPT_{i}"),
                ))
            })
            .collect::<Vec<_>>()
    };
    env.accepted(OutgoingMessage::text("Pick").quick_replies(replies(13)))
        .await;
    env.refused(
        OutgoingMessage::text("Pick").quick_replies(replies(14)),
        "param message[quick_replies] must have at most 13 elements, but has 14",
    )
    .await;
    let one = |title: String, payload: String| {
        OutgoingMessage::text("Pick")
            .quick_replies([QuickReply::Text(TextQuickReply::new(title, payload))])
    };
    env.accepted(one("t".repeat(20), "p".repeat(1000))).await;
    env.refused(
        one("t".repeat(21), "P".into()),
        "Length of param message[quick_replies][0][title] must be less than or equal to 20",
    )
    .await;
    env.refused(
        one("T".into(), "p".repeat(1001)),
        "Length of param message[quick_replies][0][payload] must be less than or equal to 1000",
    )
    .await;
}

#[tokio::test]
async fn a_generic_template_has_at_most_10_elements_of_at_most_3_buttons() {
    let env = Env::start().await;
    let elements = |n: usize, buttons: usize| {
        (0..n)
            .map(|i| {
                GenericElement::new(format!("Item {i}")).buttons(
                    (0..buttons)
                        .map(|b| Button::Postback(PostbackButton::new("Buy", format!("B{b}")))),
                )
            })
            .collect::<Vec<_>>()
    };
    let generic = |n, b| template(Template::Generic(GenericTemplate::new(elements(n, b))));
    env.accepted(generic(10, 3)).await;
    env.refused(
        generic(11, 1),
        "param message[attachment][payload][elements] must have at most 10 elements, but has 11",
    )
    .await;
    env.refused(
        generic(1, 4),
        "param message[attachment][payload][elements][0][buttons] must have at most 3 elements, but has 4",
    )
    .await;
    env.refused(
        generic(0, 0),
        "param message[attachment][payload][elements] must have at least 1 element, but has 0",
    )
    .await;
    let titled = |title: String| {
        template(Template::Generic(GenericTemplate::new([
            GenericElement::new(title),
        ])))
    };
    env.accepted(titled("t".repeat(80))).await;
    env.refused(
        titled("t".repeat(81)),
        "Length of param message[attachment][payload][elements][0][title] must be less than or equal to 80",
    )
    .await;
}

#[tokio::test]
async fn a_button_template_has_one_to_three_buttons_of_titles_up_to_20() {
    let env = Env::start().await;
    let with =
        |buttons: Vec<Button>| template(Template::Button(ButtonTemplate::new("Next?", buttons)));
    env.refused(
        with(Vec::new()),
        "param message[attachment][payload][buttons] must have at least 1 element, but has 0",
    )
    .await;
    let mut four = every_button();
    four.push(Button::AccountUnlink);
    env.refused(
        with(four),
        "param message[attachment][payload][buttons] must have at most 3 elements, but has 4",
    )
    .await;
    env.accepted(with(vec![Button::Postback(PostbackButton::new(
        "b".repeat(20),
        "X",
    ))]))
    .await;
    env.refused(
        with(vec![Button::Postback(PostbackButton::new("b".repeat(21), "X"))]),
        "Length of param message[attachment][payload][buttons][0][title] must be less than or equal to 20",
    )
    .await;
    env.accepted(template(Template::Button(ButtonTemplate::new(
        "x".repeat(640),
        [Button::AccountUnlink],
    ))))
    .await;
    env.refused(
        template(Template::Button(ButtonTemplate::new(
            "x".repeat(641),
            [Button::AccountUnlink],
        ))),
        "Length of param message[attachment][payload][text] must be less than or equal to 640",
    )
    .await;
}

#[tokio::test]
async fn message_tag_and_tag_go_together() {
    let env = Env::start().await;
    let text = || {
        SendMessage::message(
            "me",
            Recipient::id(&env.psid),
            OutgoingMessage::text("Shipped"),
        )
    };
    // The tag's setter sets the messaging type too.
    let tagged = text().tag(MessageTag::PostPurchaseUpdate);
    env.send(tagged).await.expect("a tagged message is sent");
    env.refused_request(
        text().messaging_type(MessagingType::MessageTag),
        "The parameter tag is required when messaging_type is MESSAGE_TAG",
    )
    .await;
    // Setting another messaging type after the tag is a mistake Graph refuses.
    env.refused_request(
        text()
            .tag(MessageTag::AccountUpdate)
            .messaging_type(MessagingType::Update),
        "param messaging_type must be MESSAGE_TAG when tag is given",
    )
    .await;
}
