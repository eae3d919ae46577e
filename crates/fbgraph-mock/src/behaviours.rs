//! The state behaviours that calls name with `"mock"` in the spec. This is the only
//! endpoint knowledge in the mock: what sending a message, listing conversations and asking
//! for the thread owner do to, and read from, the state. Parameters arrive already checked
//! and normalised against the spec.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use fbgraph_spec::{Call, Method};

use crate::error::GraphError;
use crate::request::Upload;
use crate::store::{Ids, Store};
use crate::validate::is_http_url;

/// What a call does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Behaviour {
    /// No `mock` name: read a node by id, or list one of its paged fields.
    Generic,
    /// `send_message`: the Send API.
    SendMessage,
    /// `conversations`: the page's conversations.
    Conversations,
    /// `thread_owner`: the Handover Protocol's thread owner.
    ThreadOwner,
    /// `messenger_profile`: the page's Messenger profile, set, read and cleared.
    MessengerProfile,
    /// `custom_user_settings`: a customer's own persistent menu.
    CustomUserSettings,
    /// The Handover Protocol's writes: `pass_thread_control`, `take_thread_control`, …
    Handover(Handover),
    /// `secondary_receivers`: the apps control can be passed to.
    SecondaryReceivers,
    /// `message_attachments`: the Attachment Upload API.
    MessageAttachments,
    /// `user_profile`: a customer's profile by PSID.
    UserProfile,
    /// `user_labels`: the custom labels on a customer.
    UserLabels,
    /// `label_user`: puts a custom label on a customer, or takes it off.
    LabelUser,
    /// `subscribed_apps`: the app's subscription to the page's webhooks.
    SubscribedApps,
    /// `moderate_conversations`: block, ban or move customers' conversations to spam.
    ModerateConversations,
}

/// A Handover Protocol write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handover {
    Pass,
    Take,
    Request,
    Release,
    Extend,
}

impl Behaviour {
    /// The behaviour names a spec may use.
    pub const KNOWN: [(&'static str, Behaviour); 17] = [
        ("send_message", Behaviour::SendMessage),
        ("conversations", Behaviour::Conversations),
        ("thread_owner", Behaviour::ThreadOwner),
        ("messenger_profile", Behaviour::MessengerProfile),
        ("custom_user_settings", Behaviour::CustomUserSettings),
        ("pass_thread_control", Behaviour::Handover(Handover::Pass)),
        ("take_thread_control", Behaviour::Handover(Handover::Take)),
        (
            "request_thread_control",
            Behaviour::Handover(Handover::Request),
        ),
        (
            "release_thread_control",
            Behaviour::Handover(Handover::Release),
        ),
        (
            "extend_thread_control",
            Behaviour::Handover(Handover::Extend),
        ),
        ("secondary_receivers", Behaviour::SecondaryReceivers),
        ("message_attachments", Behaviour::MessageAttachments),
        ("user_profile", Behaviour::UserProfile),
        ("user_labels", Behaviour::UserLabels),
        ("label_user", Behaviour::LabelUser),
        ("subscribed_apps", Behaviour::SubscribedApps),
        ("moderate_conversations", Behaviour::ModerateConversations),
    ];

    /// The behaviour of a call's `mock` name; `None` for a name this server does not know.
    pub fn named(name: Option<&str>) -> Option<Behaviour> {
        match name {
            None => Some(Behaviour::Generic),
            Some(name) => Self::KNOWN
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, b)| *b),
        }
    }
}

fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The PSID of the recipient: a known customer by `id`, or a customer minted for another
/// identifier (`phone_number`, `user_ref`, …).
fn recipient(
    store: &mut Store,
    ids: &Ids,
    params: &Map<String, Value>,
) -> Result<String, GraphError> {
    let Some(recipient) = params.get("recipient").and_then(Value::as_object) else {
        return Err(GraphError::param("The parameter recipient is required"));
    };
    if let Some(psid) = text_of(recipient.get("id")) {
        return match store.customer(&psid) {
            Some(customer) => Ok(customer.psid.clone()),
            None => Err(GraphError::no_matching_user()),
        };
    }
    let name = recipient
        .get("name")
        .and_then(Value::as_object)
        .map(|n| {
            ["first_name", "last_name"]
                .iter()
                .filter_map(|k| text_of(n.get(*k)))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    recipient
        .iter()
        .filter(|(kind, _)| kind.as_str() != "name")
        .find_map(|(kind, value)| text_of(Some(value)).map(|v| (kind, v)))
        .map(|(kind, value)| store.customer_for(ids, kind, &value, &name))
        .ok_or_else(GraphError::no_matching_user)
}

/// `send_message`: stores the message in the conversation with the recipient and answers
/// `{recipient_id, message_id[, attachment_id]}`; a sender action stores nothing.
pub(crate) fn send_message(
    store: &mut Store,
    ids: &Ids,
    params: &Map<String, Value>,
    uploads: &[Upload],
) -> Result<Value, GraphError> {
    // A persona must be one of the page's, and not deleted. The wording is the mock's own:
    // Meta's Personas page documents no error for it.
    if let Some(persona) = text_of(params.get("persona_id"))
        && store.node(&persona).is_none_or(|n| n.ty != "Persona")
    {
        return Err(GraphError::param(format!(
            "Param persona_id must be the id of one of the Page's personas; {persona} is not \
             (a persona that was deleted is not either)"
        )));
    }
    let psid = recipient(store, ids, params)?;
    if store.owner(&psid) != store.app_id {
        return Err(GraphError::another_app_controls());
    }
    if store.is_blocked(&psid) {
        return Err(GraphError::person_unavailable());
    }
    let mut answer = Map::new();
    answer.insert("recipient_id".into(), Value::String(psid.clone()));
    let Some(message) = params.get("message").and_then(Value::as_object) else {
        return Ok(Value::Object(answer));
    };
    let first_name = store
        .customer(&psid)
        .and_then(|c| c.name.split_whitespace().next())
        .unwrap_or_default()
        .to_owned();
    let text = if let Some(text) = text_of(message.get("text")) {
        text
    } else if let Some(dynamic) = message.get("dynamic_text").and_then(Value::as_object) {
        dynamic_text(dynamic, &first_name)
    } else {
        String::new()
    };
    let mut attachments = Vec::new();
    if let Some(attachment) = message.get("attachment").and_then(Value::as_object) {
        let (stored, reusable_id) = self::attachment(store, ids, attachment, uploads)?;
        attachments.extend(stored);
        if let Some(id) = reusable_id {
            answer.insert("attachment_id".into(), Value::String(id));
        }
    }
    let now = crate::time::now();
    let node = store
        .message_node(ids, now, &psid, true, &text, attachments)
        .map_err(|e| GraphError::spec_lacks(&e))?;
    let message_id = store
        .append(ids, &psid, node, now, true)
        .map_err(|e| GraphError::spec_lacks(&e))?;
    answer.insert("message_id".into(), Value::String(message_id));
    Ok(Value::Object(answer))
}

/// The text of `dynamic_text`: `{{first_name}}` filled in, or the fallback when it cannot be.
fn dynamic_text(dynamic: &Map<String, Value>, first_name: &str) -> String {
    let text = text_of(dynamic.get("text")).unwrap_or_default();
    if !first_name.is_empty() {
        return text.replace("{{first_name}}", first_name);
    }
    text_of(dynamic.get("fallback_text"))
        .unwrap_or_else(|| text.replace("{{first_name}}", "").trim().to_owned())
}

fn truthy(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// `image/png` for `…/photo.png`.
fn mime_of(name: &str, kind: &str) -> String {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let known = match ext.as_deref() {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("mp4") => "video/mp4",
        Some("mov") => "video/quicktime",
        Some("mp3") => "audio/mpeg",
        Some("m4a") => "audio/mp4",
        Some("ogg") => "audio/ogg",
        Some("wav") => "audio/wav",
        Some("pdf") => "application/pdf",
        Some("txt") => "text/plain",
        Some("json") => "application/json",
        _ => match kind {
            "IMAGE" => "image/jpeg",
            "VIDEO" => "video/mp4",
            "AUDIO" => "audio/mpeg",
            _ => "application/octet-stream",
        },
    };
    known.to_owned()
}

/// The name and MIME type of an attachment at a URL: the last path segment, and the type
/// its extension (else its kind) says.
fn name_and_mime(url: &str, kind: &str) -> (String, String) {
    let name = url
        .split(['?', '#'])
        .next()
        .and_then(|u| u.rsplit('/').next())
        .filter(|n| !n.is_empty())
        .unwrap_or("attachment")
        .to_owned();
    let mime = mime_of(&name, kind);
    (name, mime)
}

/// A media attachment as a stored message holds it (`image_data`, `video_data` or
/// `file_url`); `kind` is `IMAGE`, `VIDEO`, `AUDIO` or `FILE`.
fn media(
    id: &str,
    kind: &str,
    url: String,
    name: String,
    mime: String,
    size: Option<usize>,
) -> Value {
    let mut stored = Map::new();
    stored.insert("id".into(), Value::String(id.to_owned()));
    stored.insert("name".into(), Value::String(name));
    stored.insert("mime_type".into(), Value::String(mime));
    if let Some(size) = size {
        stored.insert("size".into(), json!(size));
    }
    match kind {
        "IMAGE" => stored.insert(
            "image_data".into(),
            json!({"url": url, "preview_url": url, "width": 1280, "height": 720, "max_width": 1280, "max_height": 720}),
        ),
        "VIDEO" => stored.insert(
            "video_data".into(),
            json!({"url": url, "preview_url": url, "width": 1280, "height": 720}),
        ),
        _ => stored.insert("file_url".into(), Value::String(url)),
    };
    Value::Object(stored)
}

/// An attachment a customer sent, by URL, as the stored message holds it; `kind` is
/// `IMAGE`, `VIDEO`, `AUDIO` or `FILE`.
pub(crate) fn received_attachment(ids: &Ids, kind: &str, url: &str) -> Value {
    let (name, mime) = name_and_mime(url, kind);
    media(&ids.digits(16), kind, url.to_owned(), name, mime, None)
}

/// The URL a stored attachment points at (`image_data.url`, `video_data.url`, `file_url`).
pub(crate) fn attachment_url(stored: &Value) -> Option<&str> {
    stored
        .pointer("/image_data/url")
        .or_else(|| stored.pointer("/video_data/url"))
        .or_else(|| stored.get("file_url"))
        .and_then(Value::as_str)
}

/// The stored form of `message.attachment`, and the id to answer when it is reusable.
fn attachment(
    store: &mut Store,
    ids: &Ids,
    attachment: &Map<String, Value>,
    uploads: &[Upload],
) -> Result<(Option<Value>, Option<String>), GraphError> {
    let kind = attachment
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_uppercase();
    let empty = Map::new();
    let payload = attachment
        .get("payload")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    if let Some(id) = text_of(payload.get("attachment_id")) {
        return match store.reusable(&id) {
            Some(stored) => Ok((Some(stored.clone()), None)),
            None => Err(GraphError::param(format!(
                "param message[attachment][payload][attachment_id] is not a reusable attachment: {id}"
            ))),
        };
    }
    if kind == "TEMPLATE" {
        return Ok((template(ids, payload), None));
    }
    if !matches!(kind.as_str(), "IMAGE" | "VIDEO" | "AUDIO" | "FILE") {
        return Ok((None, None));
    }
    let id = ids.digits(16);
    let url = text_of(payload.get("url"));
    let (url, name, mime, size) = match (url, uploads.first()) {
        (Some(url), _) if is_http_url(&url) => {
            let (name, mime) = name_and_mime(&url, &kind);
            (url, name, mime, None)
        }
        (Some(_), _) => {
            return Err(GraphError::param(
                "param message[attachment][payload][url] must be a valid http or https URL",
            ));
        }
        (None, Some(upload)) => {
            let name = upload
                .file_name
                .clone()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| upload.field.clone());
            let mime = upload
                .content_type
                .clone()
                .unwrap_or_else(|| mime_of(&name, &kind));
            let safe: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let url = format!("https://cdn.fbgraph-mock.invalid/{id}/{safe}");
            (url, name, mime, Some(upload.size))
        }
        (None, None) => return Err(GraphError::upload_failure()),
    };
    let stored = media(&id, &kind, url, name, mime, size);
    let reusable = truthy(payload.get("is_reusable")).then(|| {
        store.keep_reusable(id.clone(), stored.clone());
        id
    });
    Ok((Some(stored), reusable))
}

/// A generic template's first element, as a message attachment shows it.
fn template(ids: &Ids, payload: &Map<String, Value>) -> Option<Value> {
    if payload.get("template_type").and_then(Value::as_str) != Some("generic") {
        return None;
    }
    let element = payload.get("elements")?.as_array()?.first()?.as_object()?;
    let mut generic = Map::new();
    for (from, to) in [
        ("title", "title"),
        ("subtitle", "subtitle"),
        ("image_url", "media_url"),
    ] {
        if let Some(v) = text_of(element.get(from)) {
            generic.insert(to.into(), Value::String(v));
        }
    }
    let button = element
        .get("buttons")
        .and_then(Value::as_array)
        .and_then(|b| b.first())
        .and_then(Value::as_object);
    if let Some(button) = button {
        let cta: Map<String, Value> = ["title", "type", "url"]
            .iter()
            .filter_map(|k| text_of(button.get(*k)).map(|v| ((*k).to_owned(), Value::String(v))))
            .collect();
        generic.insert("cta".into(), Value::Object(cta));
    }
    Some(json!({"id": ids.digits(16), "generic_template": generic}))
}

/// `conversations`: the page's conversations, newest first, filtered by `user_id`,
/// `platform` (all of the mock's are on Messenger) and `folder` (the inbox unless moved).
pub(crate) fn conversations(store: &Store, params: &Map<String, Value>) -> Vec<Arc<Value>> {
    let param = |name: &str| params.get(name).and_then(Value::as_str);
    if param("platform").is_some_and(|p| !p.eq_ignore_ascii_case("MESSENGER")) {
        return Vec::new();
    }
    // A conversation is in the inbox unless it was moved (to spam); without `folder` the
    // list is the inbox's.
    let folder = param("folder").unwrap_or("inbox");
    let user = param("user_id");
    // `updated_after_ms` / `updated_before_ms` (v26.0): bounds on `updated_time`, exclusive.
    let millis = |name: &str| params.get(name).and_then(Value::as_i64);
    let (after, before) = (millis("updated_after_ms"), millis("updated_before_ms"));
    store
        .threads()
        .into_iter()
        .filter(|thread| {
            thread
                .get("folder")
                .and_then(Value::as_str)
                .unwrap_or("inbox")
                .eq_ignore_ascii_case(folder)
        })
        .filter(|thread| {
            user.is_none_or(|user| {
                crate::paging::items_of(thread.get("participants").unwrap_or(&Value::Null))
                    .iter()
                    .any(|p| p.get("id").and_then(Value::as_str) == Some(user))
            })
        })
        .filter(|thread| {
            if after.is_none() && before.is_none() {
                return true;
            }
            let updated = thread
                .get("updated_time")
                .and_then(Value::as_str)
                .and_then(crate::time::parse)
                .map(|secs| secs.saturating_mul(1000));
            let in_bounds = |ms: i64| after.is_none_or(|a| ms > a) && before.is_none_or(|b| ms < b);
            updated.is_none_or(in_bounds)
        })
        .collect()
}

/// `thread_owner`: the configured app owns every conversation with a known customer.
pub(crate) fn thread_owner(
    store: &Store,
    params: &Map<String, Value>,
) -> Result<Vec<Value>, GraphError> {
    let psid = text_of(params.get("recipient")).unwrap_or_default();
    if store.customer(&psid).is_none() {
        return Err(GraphError::no_matching_user());
    }
    Ok(vec![
        json!({"thread_owner": {"app_id": store.owner(&psid)}}),
    ])
}

/// What a settings call answers: a write's `{"result": "success"}`, or a read's items.
pub(crate) enum Answer {
    Written(Value),
    Read(Vec<Value>),
}

fn success() -> Answer {
    Answer::Written(json!({"result": "success"}))
}

/// The profile a call is about: `platform`, in lower case, `messenger` when not given.
fn platform(params: &Map<String, Value>) -> String {
    params
        .get("platform")
        .and_then(Value::as_str)
        .map_or_else(|| "messenger".to_owned(), str::to_ascii_lowercase)
}

/// The names a list param holds (`fields: ["get_started"]`), in lower case.
fn names(params: &Map<String, Value>, key: &str) -> Vec<String> {
    params
        .get(key)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default()
}

/// Refuses a per-locale list (`greeting`, `persistent_menu`, `ice_breakers`) without an item
/// for the `default` locale, which Meta's references require. The wording is the mock's
/// own: the references state the rule but not Graph's message.
fn needs_default_locale(key: &str, value: &Value) -> Result<(), GraphError> {
    let Some(items) = value.as_array() else {
        return Ok(());
    };
    let localised = items.iter().any(|i| i.get("locale").is_some());
    let has_default = items
        .iter()
        .any(|i| i.get("locale").and_then(Value::as_str) == Some("default"));
    if localised && !has_default {
        return Err(GraphError::param(format!(
            "Param {key} must have an item for the locale \"default\", shown where no \
             other locale matches"
        )));
    }
    Ok(())
}

/// Checks a persistent menu: a `default` locale, and items wherever the composer is
/// disabled.
fn check_menu(key: &str, menu: &Value) -> Result<(), GraphError> {
    needs_default_locale(key, menu)?;
    for (i, locale) in menu.as_array().into_iter().flatten().enumerate() {
        let disabled = locale.get("composer_input_disabled") == Some(&Value::Bool(true));
        let empty = locale
            .get("call_to_actions")
            .and_then(Value::as_array)
            .is_none_or(Vec::is_empty);
        if disabled && empty {
            return Err(GraphError::param(format!(
                "Param {key}[{i}][call_to_actions] is required when \
                 composer_input_disabled is true"
            )));
        }
    }
    Ok(())
}

/// `messenger_profile`: `POST` sets the properties given (the rest keep their values),
/// `GET` reads the profile as one item (none when nothing is set), `DELETE` clears the
/// properties named by `fields`. A persistent menu needs a Get Started button, set before
/// or in the same call (100/2018145, as Graph answers).
pub(crate) fn messenger_profile(
    store: &mut Store,
    call: &Call,
    params: &Map<String, Value>,
) -> Result<Answer, GraphError> {
    let platform = platform(params);
    match call.method {
        Method::Get | Method::Head => Ok(Answer::Read(
            store
                .profile(&platform)
                .map(|p| vec![Value::Object(p.clone())])
                .unwrap_or_default(),
        )),
        Method::Delete => {
            store.clear_profile(&platform, &names(params, "fields"));
            Ok(success())
        }
        Method::Post | Method::Put => {
            // The properties are the call's params (the served version's), but `platform`,
            // which says which profile.
            let set: Map<String, Value> = params
                .iter()
                .filter(|(k, _)| k.as_str() != "platform")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if set.is_empty() {
                let properties: Vec<&str> = call
                    .params
                    .iter()
                    .map(|p| p.name.as_str())
                    .filter(|name| *name != "platform")
                    .collect();
                return Err(GraphError::param(format!(
                    "Requires one of the params: {}",
                    properties.join(", ")
                )));
            }
            for key in ["greeting", "ice_breakers", "commands"] {
                if let Some(value) = set.get(key) {
                    needs_default_locale(key, value)?;
                }
            }
            if let Some(url) = set.get("account_linking_url").and_then(Value::as_str)
                && !url.starts_with("https://")
            {
                return Err(GraphError::param(
                    "Param account_linking_url must be an https URL",
                ));
            }
            if let Some(menu) = set.get("persistent_menu") {
                check_menu("persistent_menu", menu)?;
                let has_get_started = set.contains_key("get_started")
                    || store
                        .profile(&platform)
                        .is_some_and(|p| p.contains_key("get_started"));
                if !has_get_started {
                    return Err(GraphError::get_started_required());
                }
            }
            store.set_profile(&platform, set);
            Ok(success())
        }
    }
}

/// `custom_user_settings`: a customer's own persistent menu. `POST` sets it, `GET` reads it
/// beside the page's (`user_level_persistent_menu`, `page_level_persistent_menu`),
/// `DELETE` removes it when `params` names `persistent_menu`. The customer must be one the
/// page knows (100/2018001).
pub(crate) fn custom_user_settings(
    store: &mut Store,
    method: Method,
    params: &Map<String, Value>,
) -> Result<Answer, GraphError> {
    let psid = text_of(params.get("psid")).unwrap_or_default();
    if store.customer(&psid).is_none() {
        return Err(GraphError::no_matching_user());
    }
    match method {
        Method::Get | Method::Head => {
            let mut item = Map::new();
            if let Some(menu) = store.user_menu(&psid) {
                item.insert("user_level_persistent_menu".into(), menu.clone());
            }
            if let Some(menu) = store
                .profile("messenger")
                .and_then(|p| p.get("persistent_menu"))
            {
                item.insert("page_level_persistent_menu".into(), menu.clone());
            }
            Ok(Answer::Read(vec![Value::Object(item)]))
        }
        Method::Delete => {
            if names(params, "params")
                .iter()
                .any(|n| n == "persistent_menu")
            {
                store.set_user_menu(&psid, None);
            }
            Ok(success())
        }
        Method::Post | Method::Put => {
            let Some(menu) = params.get("persistent_menu") else {
                return Err(GraphError::param(
                    "Requires one of the params: persistent_menu",
                ));
            };
            check_menu("persistent_menu", menu)?;
            store.set_user_menu(&psid, Some(menu.clone()));
            Ok(success())
        }
    }
}

/// The Page Inbox's app id: Meta's app for a Page's human agents, the one every Page has as a
/// Secondary Receiver (<https://developers.facebook.com/docs/messenger-platform/handover-protocol/pass-thread-control>).
pub const PAGE_INBOX_APP_ID: &str = "263902037430900";

/// The apps a conversation's control can be with: the page's own (the Primary Receiver) and
/// the Page Inbox.
fn is_known_app(store: &Store, app: &str) -> bool {
    app == store.app_id || app == PAGE_INBOX_APP_ID
}

/// The Handover Protocol, with the page's own app as the Primary Receiver and the Page Inbox
/// as a Secondary Receiver. `pass` gives control to `target_app_id` (the Page Inbox, or back
/// to itself), once the app has it; `take` takes it back from whoever has it; `request`
/// asks for it (the app in control, the Page Inbox, has no webhook: nothing changes);
/// `release` and `extend` need control. The refusals' wording is the mock's own, with
/// Graph's codes: the reference gives no messages for them.
pub(crate) fn handover(
    store: &mut Store,
    which: Handover,
    params: &Map<String, Value>,
) -> Result<Answer, GraphError> {
    let psid = params
        .get("recipient")
        .and_then(|r| text_of(r.get("id")))
        .unwrap_or_default();
    if store.customer(&psid).is_none() {
        return Err(GraphError::no_matching_user());
    }
    let app = store.app_id.clone();
    let in_control = store.owner(&psid) == app;
    let needs_control = |what: &str| {
        GraphError::permission(format!(
            "(#10) The app cannot {what}: it does not control the conversation with {psid} \
             (take_thread_control first)"
        ))
    };
    match which {
        Handover::Pass => {
            let Some(target) = text_of(params.get("target_app_id")) else {
                return Err(GraphError::param(
                    "The parameter target_app_id is required when the Primary Receiver passes \
                     thread control",
                ));
            };
            if !is_known_app(store, &target) {
                return Err(GraphError::param(format!(
                    "Param target_app_id {target} is not an app with a role on the Page \
                     (the Page Inbox is {PAGE_INBOX_APP_ID})"
                )));
            }
            if !in_control {
                return Err(needs_control("pass thread control"));
            }
            store.set_owner(&psid, &target);
        }
        Handover::Take => store.set_owner(&psid, &app),
        Handover::Request => {}
        Handover::Release | Handover::Extend if !in_control => {
            return Err(needs_control(if which == Handover::Release {
                "release thread control"
            } else {
                "extend thread control"
            }));
        }
        Handover::Release | Handover::Extend => {}
    }
    Ok(Answer::Written(json!({"success": true})))
}

/// `secondary_receivers`: the Page Inbox.
pub(crate) fn secondary_receivers() -> Vec<Value> {
    vec![json!({"id": PAGE_INBOX_APP_ID, "name": "Page Inbox"})]
}

/// `message_attachments`: saves `message.attachment` (from its URL or the `filedata` part)
/// as an attachment a later send names by `attachment_id`, and answers that id. Meta keeps
/// only reusable uploads for other recipients; the mock keeps every upload, as nothing else
/// could be done with its id.
pub(crate) fn message_attachments(
    store: &mut Store,
    ids: &Ids,
    params: &Map<String, Value>,
    uploads: &[Upload],
) -> Result<Value, GraphError> {
    let Some(mut given) = params
        .get("message")
        .and_then(|m| m.get("attachment"))
        .and_then(Value::as_object)
        .cloned()
    else {
        return Err(GraphError::param(
            "The parameter message[attachment] is required",
        ));
    };
    let mut payload = given
        .get("payload")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    payload.insert("is_reusable".into(), Value::Bool(true));
    given.insert("payload".into(), Value::Object(payload));
    match attachment(store, ids, &given, uploads)? {
        (Some(_), Some(id)) => Ok(json!({ "attachment_id": id })),
        _ => Err(GraphError::upload_failure()),
    }
}

/// `user_profile`: the customer's profile node, without the fields the app has no
/// permission for (`locale`, `timezone`, `gender`), unless they were reached by phone
/// number: then Graph has none (2018218).
pub(crate) fn user_profile(
    store: &Store,
    psid: &str,
    permissions: &[String],
) -> Result<Value, GraphError> {
    if store.has_no_profile(psid) {
        return Err(GraphError::no_profile());
    }
    let mut profile = store
        .node(psid)
        .map(|node| (*node.data).clone())
        .ok_or_else(GraphError::no_matching_user)?;
    if let Value::Object(fields) = &mut profile {
        for (field, permission) in [
            ("locale", "pages_user_locale"),
            ("timezone", "pages_user_timezone"),
            ("gender", "pages_user_gender"),
        ] {
            if !permissions.iter().any(|p| p == permission) {
                fields.remove(field);
            }
        }
    }
    Ok(profile)
}

/// `label_user`: `POST /{label}/label` puts the label on `user`, `DELETE` takes it off.
pub(crate) fn label_user(
    store: &mut Store,
    method: Method,
    label: &str,
    params: &Map<String, Value>,
) -> Result<Value, GraphError> {
    let psid = text_of(params.get("user")).unwrap_or_default();
    if store.customer(&psid).is_none() {
        return Err(GraphError::no_matching_user());
    }
    store.label(label, &psid, method != Method::Delete);
    Ok(json!({"success": true}))
}

/// `subscribed_apps`: `POST` subscribes the page's app to `subscribed_fields` (replacing
/// what it had), `DELETE` unsubscribes it, `GET` lists it while subscribed.
pub(crate) fn subscribed_apps(
    store: &mut Store,
    method: Method,
    params: &Map<String, Value>,
) -> Answer {
    match method {
        Method::Get | Method::Head => {
            let Some(fields) = store.subscribed_fields() else {
                return Answer::Read(Vec::new());
            };
            let name = store
                .node(&store.app_id)
                .and_then(|app| app.data.get("name").cloned())
                .unwrap_or_else(|| json!("fbgraph mock app"));
            Answer::Read(vec![json!({
                "id": store.app_id,
                "name": name,
                "link": format!("https://www.facebook.com/games/?app_id={}", store.app_id),
                "category": "Business",
                "subscribed_fields": fields,
            })])
        }
        Method::Delete => {
            store.subscribe_app(None);
            Answer::Written(json!({"success": true}))
        }
        Method::Post | Method::Put => {
            store.subscribe_app(Some(names(params, "subscribed_fields")));
            Answer::Written(json!({"success": true}))
        }
    }
}

/// `moderate_conversations`: `block_user` / `ban_user` stop sends to the customers (551,
/// the mock's choice: Meta's guide names no error) until `unblock_user` / `unban_user`;
/// `move_to_spam` moves their conversations to the spam folder. Each must be a customer.
pub(crate) fn moderate_conversations(
    store: &mut Store,
    params: &Map<String, Value>,
) -> Result<Value, GraphError> {
    let actions = names(params, "actions");
    let has = |a: &str| actions.iter().any(|x| x == a);
    if has("block_user") && has("unblock_user") || has("ban_user") && has("unban_user") {
        return Err(GraphError::param(
            "Param actions cannot hold an action and its undoing (block_user with unblock_user)",
        ));
    }
    let psids: Vec<String> = params
        .get("user_ids")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|u| text_of(u.get("id")))
        .collect();
    if let Some(unknown) = psids.iter().find(|p| store.customer(p).is_none()) {
        return Err(GraphError::param(format!(
            "Param user_ids: {unknown} has no conversation with the Page"
        )));
    }
    for psid in &psids {
        for action in &actions {
            match action.as_str() {
                "block_user" | "ban_user" => store.set_blocked(psid, true),
                "unblock_user" | "unban_user" => store.set_blocked(psid, false),
                "move_to_spam" => store.set_thread_field(psid, "folder", json!("spam")),
                _ => {}
            }
        }
    }
    Ok(json!({"success": true}))
}
