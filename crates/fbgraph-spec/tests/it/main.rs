//! fbgraph-spec's integration tests: the shipped spec, and what a broken spec is told.

use std::path::Path;

use fbgraph_spec::{Named, Spec, Type};

fn shipped() -> Spec {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/v19.0");
    match Spec::load_dir(&dir) {
        Ok(spec) => spec,
        Err(d) => panic!("{d}"),
    }
}

#[test]
fn the_shipped_spec_loads_with_the_documented_error_codes() {
    let spec = shipped();
    assert_eq!(spec.version, "v19.0");
    let codes = |name: &str| {
        spec.call(name)
            .map(|c| c.errors.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        codes("Conversations"),
        [100, 200, 190, 613, 230, 104, 80006, 2500, 368]
    );
    assert_eq!(
        codes("SendMessage"),
        [551, 100, 613, 2022, 190, 10900, 10903, 200, 10901, 194, 10]
    );
    assert_eq!(codes("ThreadOwner"), [368, 100, 613, 200, 190, 230]);
    assert_eq!(
        spec.error(10903).map(|e| e.description.as_str()),
        Some("This user cant reply to this activity")
    );
    // The documented subcodes of a code, with the page's words.
    let subcodes: Vec<(i64, &str)> = spec
        .error(100)
        .map(|e| {
            e.subcodes
                .iter()
                .map(|s| (s.subcode, s.name.as_str()))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        subcodes,
        [
            (2018001, "NoMatchingUser"),
            (2018047, "UploadAttachmentFailure"),
            (2018145, "GetStartedRequired")
        ]
    );
}

#[test]
fn the_send_api_nests_its_objects_as_graph_does() {
    let spec = shipped();
    let send = spec.call("SendMessage").expect("SendMessage");
    let ty_of = |fields: &[fbgraph_spec::Field], name: &str| {
        fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.ty.parse().expect("type parses"))
    };
    assert_eq!(
        ty_of(&send.params, "recipient"),
        Some(Type::Named("Recipient".into()))
    );
    let quick = spec.fields_of("OutgoingMessage").expect("OutgoingMessage");
    assert_eq!(
        ty_of(quick, "quick_replies"),
        Some(Type::List(Box::new(Type::Named("QuickReply".into()))))
    );
    // A quick reply is told apart by its content type; a text one needs a title and payload.
    let Some((_, Named::Object(reply))) = spec.lookup("QuickReply") else {
        panic!("QuickReply")
    };
    assert_eq!(reply.tag.as_deref(), Some("content_type"));
    assert_eq!(reply.variants.len(), 20);
    let text = spec.fields_of("TextQuickReply").expect("TextQuickReply");
    let required: Vec<&str> = text
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(required, ["title", "payload"]);
    let name = spec.fields_of("RecipientName").expect("RecipientName");
    assert_eq!(
        name.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
        ["first_name", "last_name"]
    );
    let notification = send
        .params
        .iter()
        .find(|p| p.name == "notification_type")
        .expect("param");
    assert_eq!(notification.default, Some(serde_json::json!("REGULAR")));
    match spec.lookup("Template") {
        Some((module, Named::Object(t))) => {
            assert_eq!(module, "page");
            assert_eq!(t.tag.as_deref(), Some("template_type"));
            let values: Vec<&str> = t.variants.iter().map(|v| v.value.as_str()).collect();
            assert_eq!(
                values,
                [
                    "generic",
                    "button",
                    "media",
                    "receipt",
                    "product",
                    "coupon",
                    "customer_feedback"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
}

fn errors_of(files: &[(&str, &str)]) -> Vec<String> {
    let sources = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    match Spec::from_sources("v19.0", sources) {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().map(ToString::to_string).collect(),
    }
}

const CATALOGUE: &str = r#"{"errors": [{"code": 100, "name": "InvalidParameter", "description": "Invalid parameter", "class": "request"}]}"#;

#[test]
fn every_problem_is_reported_with_file_path_and_position() {
    let page = r#"{
  "node": {"name": "Page", "doc": "d", "fields": []},
  "calls": [
    {
      "name": "SendMessage", "method": "POST", "path": "/{page-id}/messages", "doc": "d",
      "params": [
        {"name": "recipient", "type": "Recipent", "required": true, "doc": "d"},
        {"name": "notification_type", "type": "NotificationType", "default": "LOUD", "doc": "d"},
        {"name": "recipient", "type": "string", "doc": "d"}
      ],
      "returns": "SendMessageResponse",
      "errors": [100, 551]
    }
  ],
  "enums": [{"name": "NotificationType", "doc": "d", "values": [{"value": "REGULAR", "doc": "d"}, {"value": "regular", "doc": "d"}]}]
}"#;
    let errors = errors_of(&[("errors.json", CATALOGUE), ("page.json", page)]);
    let expect = [
        "page.json:7:39: calls.SendMessage.params.recipient.type: unknown type `Recipent`",
        "page.json:8:78: calls.SendMessage.params.notification_type.default: default \"LOUD\" is not a value of `NotificationType`: expected one of REGULAR, regular",
        "page.json:9:18: calls.SendMessage.params.recipient.name: duplicate name `recipient`",
        "page.json:11:18: calls.SendMessage.returns: unknown type `SendMessageResponse`",
        "page.json:12:23: calls.SendMessage.errors.551: error code 551 is not in the error-code catalogue",
        "page.json:15:109: enums.NotificationType.values.regular.value: enum value `regular` repeats `REGULAR`",
    ];
    for want in expect {
        assert!(
            errors.iter().any(|e| e.starts_with(want)),
            "missing {want:?} in:\n{}",
            errors.join("\n")
        );
    }
    assert_eq!(errors.len(), expect.len(), "{}", errors.join("\n"));
}

#[test]
fn a_structural_error_names_its_path_and_the_other_files_are_still_checked() {
    let bad_shape = r#"{"enums": [{"name": "Platform", "doc": "d", "valeus": []}]}"#;
    let bad_ref = r#"{"node": {"name": "Thread", "doc": "d", "fields": [{"name": "owner", "type": "list<Nobody>", "doc": "d"}]}}"#;
    let errors = errors_of(&[
        ("errors.json", CATALOGUE),
        ("a.json", bad_shape),
        ("b.json", bad_ref),
    ]);
    assert_eq!(errors.len(), 2, "{}", errors.join("\n"));
    assert!(errors[0].starts_with("a.json:1:"), "{}", errors[0]);
    assert!(
        errors[0].contains("enums[0]") && errors[0].contains("valeus"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("b.json:1:")
            && errors[1].contains("node.fields.owner.type: unknown type `Nobody`"),
        "{}",
        errors[1]
    );
}

#[test]
fn malformed_json_is_a_diagnostic_not_a_panic() {
    let errors = errors_of(&[("page.json", "{\n  \"calls\": [\n")]);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("page.json:3:"), "{}", errors[0]);
}

#[test]
fn misplaced_types_and_one_of_groups_are_caught() {
    let page = r#"{
  "node": {"name": "Page", "doc": "d", "fields": [{"name": "x", "type": "Wanted", "doc": "d", "required": true}]},
  "calls": [{"name": "Send", "method": "POST", "path": "/{page-id}/messages", "doc": "d",
    "params": [{"name": "a", "type": "Out", "doc": "d"}, {"name": "limit", "type": "integer", "doc": "d"}],
    "one_of": [{"fields": ["a", "zzz"]}],
    "returns": "paged<Out>"}],
  "objects": [
    {"name": "Out", "kind": "output", "doc": "d", "fields": []},
    {"name": "Wanted", "kind": "input", "doc": "d", "fields": []}
  ]
}"#;
    let errors = errors_of(&[("errors.json", CATALOGUE), ("page.json", page)]).join("\n");
    // `limit` on a POST is an ordinary parameter (only a paged GET's is a cursor).
    assert!(!errors.contains("params.limit"), "{errors}");
    for want in [
        "node.fields.x.required: response fields cannot be required",
        "node.fields.x.type: `Wanted` is an input object, but this place needs an output object or node",
        "calls.Send.params.a.type: `Out` is an output object, but this place needs an input object",
        "calls.Send.one_of.0.fields.zzz: `zzz` is not a parameter or field here",
        "calls.Send.returns: only GET calls return paged lists",
    ] {
        assert!(errors.contains(want), "missing {want:?} in:\n{errors}");
    }
}

#[test]
fn the_shipped_webhook_section_lists_every_kind_with_its_source() {
    let spec = shipped();
    let (file, webhooks) = spec.webhooks().expect("a webhooks section");
    assert_eq!(file.module, "webhooks");
    let keys: Vec<&str> = webhooks.kinds.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "message",
            "message_edit",
            "postback",
            "read",
            "delivery",
            "reaction",
            "referral",
            "optin",
            "pass_thread_control",
            "take_thread_control",
            "request_thread_control",
            "app_roles",
            "policy_enforcement",
            "account_linking"
        ]
    );
    assert!(
        webhooks
            .kinds
            .iter()
            .all(|k| k.note.contains("https://developers.facebook.com/"))
    );
}

#[test]
fn webhook_problems_are_reported_with_file_path_and_position() {
    let webhooks = r#"{
  "webhooks": {
    "doc": "d", "object": "Kind",
    "event_fields": [{"name": "kind", "type": "string", "doc": "d"}],
    "kinds": [
      {"key": "message", "type": "Recieved", "subscription": "messages", "doc": "d", "note": "n"},
      {"key": "message", "type": "Read", "subscription": "message_reads", "doc": "d", "note": "n"},
      {"key": "read", "variant": "Message", "type": "Read", "subscription": "message_reads", "doc": "d", "note": "n"},
      {"key": "roles", "type": "Read", "map_of": "list<string>", "subscription": "x", "doc": "d", "note": " "},
      {"key": "self", "type": "Read", "subscription": "x", "doc": "d", "note": "n"}
    ]
  },
  "objects": [{"name": "Read", "kind": "output", "doc": "d", "fields": []}],
  "enums": [{"name": "Kind", "doc": "d", "values": [{"value": "page", "doc": "d"}]}]
}"#;
    let again =
        r#"{"webhooks": {"doc": "d", "object": "string", "event_fields": [], "kinds": []}}"#;
    let errors = errors_of(&[
        ("errors.json", CATALOGUE),
        ("webhooks.json", webhooks),
        ("z.json", again),
    ]);
    let expect = [
        "webhooks.json:4:31: webhooks.event_fields.kind.name: `kind` is a member every generated event",
        "webhooks.json:6:34: webhooks.kinds.message.type: unknown type `Recieved`",
        "webhooks.json:7:15: webhooks.kinds.message.key: duplicate kind key `message`: kind 0 has it already",
        "webhooks.json:8:34: webhooks.kinds.read.variant: the variant `Message` is already the variant of kind `message`",
        "webhooks.json:9:7: webhooks.kinds.roles: a kind has either `type` or `map_of`",
        "webhooks.json:9:107: webhooks.kinds.roles.note: a kind's note names the reference page",
        "webhooks.json:10:15: webhooks.kinds.self.key: the variant `Self` must be PascalCase and not `Unknown` or `Self`",
        "z.json:1:14: webhooks: a spec has one webhooks section: it is already in webhooks.json",
        "z.json:1:76: webhooks.kinds: the webhooks section needs at least one kind",
    ];
    for want in expect {
        assert!(
            errors.iter().any(|e| e.starts_with(want)),
            "missing {want:?} in:\n{}",
            errors.join("\n")
        );
    }
    assert_eq!(errors.len(), expect.len(), "{}", errors.join("\n"));
}

#[test]
fn webhook_types_cannot_take_the_generated_names_or_be_input_objects() {
    let webhooks = r#"{
  "webhooks": {"doc": "d", "object": "Notification", "event_fields": [],
    "kinds": [{"key": "optin", "type": "Ask", "subscription": "messaging_optins", "doc": "d", "note": "n"}]},
  "objects": [
    {"name": "Notification", "kind": "output", "doc": "d", "fields": []},
    {"name": "Ask", "kind": "input", "doc": "d", "fields": []}
  ]
}"#;
    let errors = errors_of(&[("errors.json", CATALOGUE), ("webhooks.json", webhooks)]).join("\n");
    for want in [
        "webhooks: `Notification` is generated for the webhooks section",
        "webhooks.object: `Notification` is not an enum",
        "webhooks.kinds.optin.type: `Ask` is not an output object",
    ] {
        assert!(errors.contains(want), "missing {want:?} in:\n{errors}");
    }
}

/// Names the generator derives (`…Field`, `…ErrorCode`, the catalogue's) share one namespace
/// with the spec's types and calls: every clash is reported in one run, each at its place.
#[test]
fn spec_names_that_clash_with_derived_names_are_all_reported_in_one_run() {
    let page = r#"{
  "node": { "name": "Page", "doc": "A page.", "fields": [
    { "name": "id", "type": "id", "doc": "Its id." }
  ] },
  "calls": [
    { "name": "Feed", "method": "GET", "path": "/{page-id}/feed", "doc": "Posts.",
      "params": [], "returns": "Page", "errors": [] }
  ],
  "objects": [
    { "name": "PageField", "kind": "output", "doc": "Clashes with Page's fields enum.", "fields": [] }
  ],
  "enums": [
    { "name": "FeedErrorCode", "doc": "Clashes with Feed's error codes.", "values": [{ "value": "a", "doc": "A." }] },
    { "name": "Feed", "doc": "Clashes with the call.", "values": [{ "value": "b", "doc": "B." }] },
    { "name": "GraphErrorCode", "doc": "Beside the catalogue's, in another module.", "values": [{ "value": "c", "doc": "C." }] }
  ]
}"#;
    let errors = r#"{"errors": [{"code": 100, "name": "InvalidParameter",
        "description": "Invalid parameter", "class": "request"}]}"#;
    let diagnostics = Spec::from_sources(
        "v19.0",
        vec![
            ("page.json".into(), page.into()),
            ("errors.json".into(), errors.into()),
        ],
    )
    .expect_err("the names clash");
    let text = diagnostics.to_string();
    assert_eq!(diagnostics.iter().count(), 3, "{text}");
    // Names are scoped by file: page.json's own `GraphErrorCode` is page's, beside the
    // catalogue's in errors.
    assert!(!text.contains("GraphErrorCode"), "{text}");
    for want in [
        "page.json:10:15: objects.PageField.name: the object `PageField` would be the Rust type `PageField`, which is already the `fields` enum of `Page` (in page.json)",
        "page.json:13:15: enums.FeedErrorCode.name: the enum `FeedErrorCode` would be the Rust type `FeedErrorCode`, which is already the error-code enum of the call `Feed` (in page.json)",
        "page.json:14:15: enums.Feed.name: the enum `Feed` would be the Rust type `Feed`, which is already the call `Feed` (in page.json)",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

/// Type names are scoped by file: two files may each define `Status`; a file that defines
/// neither must say which (`ad::Status`), and a qualified name must name a module that has it.
#[test]
fn a_name_two_files_define_is_resolved_by_file_or_module() {
    let status = |values: &str| {
        format!(r#"{{"enums": [{{"name": "Status", "doc": "d", "values": [{values}]}}]}}"#)
    };
    let user = r#"{
  "objects": [{"name": "User", "kind": "output", "doc": "d", "fields": [
    {"name": "a", "type": "Status", "doc": "Which one?"},
    {"name": "b", "type": "ad::Status", "doc": "This one."},
    {"name": "c", "type": "campaign::Status", "doc": "No such module."}
  ]}]
}"#;
    let sources = vec![
        ("ad.json".into(), status(r#"{"value": "x", "doc": "d"}"#)),
        ("adset.json".into(), status(r#"{"value": "y", "doc": "d"}"#)),
        ("user.json".into(), user.to_owned()),
    ];
    let text = Spec::from_sources("v1.0", sources)
        .expect_err("an ambiguous name")
        .to_string();
    for want in [
        "user.json:3:27: objects.User.fields.a.type: `Status` is defined in several files (ad, adset): write it with its module, such as `ad::Status`",
        "user.json:5:27: objects.User.fields.c.type: unknown type `campaign::Status`",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("fields.b"), "{text}");
    assert!(!text.contains("duplicate name"), "{text}");
}

#[test]
fn unions_limits_and_rules_are_checked() {
    let page = r#"{
  "node": {"name": "Page", "doc": "d", "fields": []},
  "calls": [{"name": "Send", "method": "POST", "path": "/{page-id}/messages", "doc": "d",
    "params": [
      {"name": "kind", "type": "Kind", "doc": "d"},
      {"name": "tag", "type": "string", "doc": "d", "max_items": 3},
      {"name": "count", "type": "integer", "doc": "d", "max_length": 10},
      {"name": "items", "type": "list<string>", "doc": "d", "min_items": 4, "max_items": 2},
      {"name": "body", "type": "Body", "doc": "d"},
      {"name": "raw", "type": "Loose", "doc": "d"},
      {"name": "who", "type": "string", "doc": "d", "node": "Page"},
      {"name": "whom", "type": "id", "doc": "d", "node": "Paeg"},
      {"name": "pages", "type": "list<id>", "doc": "d", "node": "Page"}
    ],
    "rules": [
      {"when": "kind=TAGGED", "then": "tag"},
      {"when": "kind=NOPE", "then": "nothing"}
    ],
    "returns": "Out"}],
  "objects": [
    {"name": "Out", "kind": "output", "doc": "d", "fields": [{"name": "id", "type": "id", "doc": "d"}]},
    {"name": "Body", "kind": "input", "doc": "d", "fields": [{"name": "x", "type": "string", "doc": "d"}],
     "tag": "type", "variants": [
       {"value": "a", "type": "Leaf", "doc": "d"},
       {"value": "A", "doc": "d"},
       {"value": "b", "type": "string", "doc": "d"},
       {"value": "c", "type": "Typed", "doc": "d"}
     ]},
    {"name": "Loose", "kind": "input", "doc": "d", "fields": [], "content": "payload"},
    {"name": "Leaf", "kind": "input", "doc": "d", "fields": [{"name": "y", "type": "string", "doc": "d"}]},
    {"name": "Typed", "kind": "input", "doc": "d", "fields": [{"name": "type", "type": "string", "doc": "d"}]}
  ],
  "enums": [{"name": "Kind", "doc": "d", "values": [{"value": "TAGGED", "doc": "d"}]}]
}"#;
    let errors = errors_of(&[("errors.json", CATALOGUE), ("page.json", page)]).join("\n");
    for want in [
        "params.tag.max_items: max_items is for lists; `string` is not one",
        "params.count.max_length: max_length is for strings; `integer` is not one",
        "params.items.min_items: min_items 4 is more than max_items 2",
        "params.who.node: `node` says whose id an `id` is; `string` is not an id",
        "params.whom.node: `node` names no node",
        "rules.kind=NOPE.when: `NOPE` is not a value of `Kind`",
        "rules.kind=NOPE.then: `nothing` is not a parameter here",
        "objects.Body.fields: a tagged union has variants, not fields or one_of groups",
        "variants.A.value: variant `A` repeats `a` (tags are compared ignoring case)",
        "variants.b.type: without `content`, a variant's fields sit beside the tag",
        "variants.c.type: `Typed` has a field named like the tag `type`",
        "objects.Loose.tag: `content` and `variants` need a `tag`",
    ] {
        assert!(errors.contains(want), "missing {want:?} in:\n{errors}");
    }
    assert!(
        !errors.contains("rules.kind=TAGGED"),
        "a good rule is accepted:\n{errors}"
    );
    assert!(
        !errors.contains("params.pages"),
        "a list of a node's ids is accepted:\n{errors}"
    );
}
