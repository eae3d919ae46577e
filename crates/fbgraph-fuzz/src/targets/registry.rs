//! Every response type of every shipped version, with the function that decodes a body into
//! it. The `decode` target picks from here; `tests/it.rs` fails when a type that a call of
//! `spec/<version>/` can answer with is missing (or when an entry is stale).
//!
//! Adding a version: add its line to [`REGISTRY`]; the test lists what is missing.

use std::fmt::Debug;

use fbgraph::{Endpoint, Paged};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What decoding one body did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// It decoded, re-serialized and decoded again to the same value.
    Ok,
    /// `serde_json` refused it, as [`Client::send`](fbgraph::Client::send) would.
    Rejected,
    /// It decoded, but re-serializing failed or does not decode back to the same value.
    Finding(String),
}

/// One response type.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The version (`v19.0`).
    pub version: &'static str,
    /// `call:GetMessage` for a call's `Endpoint::Response`, else the spec's type expression
    /// (`Message`, `paged<Message>`, `ConversationFolder`).
    pub ty: &'static str,
    /// Decodes a body as the runtime does (`serde_json::from_slice`), then re-serializes.
    pub decode: fn(&[u8]) -> Decoded,
}

/// Decodes `bytes` into `T` exactly as the runtime's `decode_body` does, then checks that
/// the value serializes, and that the serialized form decodes back to an equal value.
pub fn check<T: DeserializeOwned + Serialize + PartialEq + Debug>(bytes: &[u8]) -> Decoded {
    let Ok(value) = serde_json::from_slice::<T>(bytes) else {
        return Decoded::Rejected;
    };
    let _ = format!("{value:?}");
    let text = match serde_json::to_vec(&value) {
        Ok(text) => text,
        Err(e) => return Decoded::Finding(format!("decoded, but does not serialize: {e}")),
    };
    match serde_json::from_slice::<T>(&text) {
        Ok(again) if again == value => Decoded::Ok,
        // serde_json parses floats to within one unit in the last place (its
        // `float_roundtrip` feature is off), so numbers kept in `unknown_fields` or `json`
        // fields may come back a hair off: compare the two as JSON, floats nearly.
        Ok(again) if nearly_equal(&again, &value) => Decoded::Ok,
        Ok(again) => Decoded::Finding(format!(
            "serializes to {} which decodes to a different value: {again:?} instead of {value:?}",
            String::from_utf8_lossy(&text)
        )),
        Err(e) => Decoded::Finding(format!(
            "serializes to {} which does not decode: {e}",
            String::from_utf8_lossy(&text)
        )),
    }
}

pub(crate) fn nearly_equal<T: Serialize>(a: &T, b: &T) -> bool {
    match (serde_json::to_value(a), serde_json::to_value(b)) {
        (Ok(a), Ok(b)) => values_nearly_equal(&a, &b),
        _ => false,
    }
}

fn values_nearly_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            _ if x == y => true,
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
                (x - y).abs() <= f64::EPSILON * 4.0 * x.abs().max(y.abs())
            }
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| values_nearly_equal(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| values_nearly_equal(v, w)))
        }
        _ => a == b,
    }
}

/// The entries of one version's module: each call's response, each type, each paged list.
macro_rules! entries {
    (
        $version:literal => $module:ident {
            calls: [$($call:ident),* $(,)?],
            types: [$($ty:ident),* $(,)?],
            paged: [$($paged:ident),* $(,)?] $(,)?
        }
    ) => {
        vec![
            $(Entry {
                version: $version,
                ty: concat!("call:", stringify!($call)),
                decode: check::<<fbgraph::$module::$call as Endpoint>::Response>,
            },)*
            $(Entry {
                version: $version,
                ty: stringify!($ty),
                decode: check::<fbgraph::$module::$ty>,
            },)*
            $(Entry {
                version: $version,
                ty: concat!("paged<", stringify!($paged), ">"),
                decode: check::<Paged<fbgraph::$module::$paged>>,
            },)*
        ]
    };
}

/// What every shipped version generates (`spec/generate.json` names the same Messenger calls
/// and nodes for each): the entries of `$module`.
macro_rules! messenger {
    ($version:literal => $module:ident) => {
        entries!($version => $module {
            calls: [
                GetMessage, MessageAttachments, MessageShares, Conversations, SendMessage,
                ThreadOwner, GetPagePersonas, CreatePagePersonas, GetPersona, DeletePersona,
                GetPageMessengerProfile, CreatePageMessengerProfile, DeletePageMessengerProfile,
                GetPageCustomUserSettings, CreatePageCustomUserSettings, DeletePageCustomUserSettings,
                CreatePagePassThreadControl, CreatePageTakeThreadControl,
                CreatePageRequestThreadControl, CreatePageReleaseThreadControl,
                CreatePageExtendThreadControl, CreatePageMessageAttachments,
                CreatePageCustomLabels, CreatePageSubscribedApps,
                CreatePageUserMessageThreadLabelLabel, DeletePageSubscribedApps,
                DeletePageUserMessageThreadLabel, DeletePageUserMessageThreadLabelLabel,
                GetPageCustomLabels, GetPageSubscribedApps, GetPageUserMessageThreadLabel,
                GetUnifiedThreadMessages, GetUserProfile, GetUserProfileCustomLabels,
                GetUnifiedThread, CreatePageNlpConfigs, GetPageMessagingFeatureReview,
                GetPageNotificationMessageTokens, GetPageWelcomeMessageFlows,
                CreatePageWelcomeMessageFlows, DeletePageWelcomeMessageFlows,
            ],
            types: [
                Message, MessageAttachment, MessageGenericTemplate, CallToAction, ImageData, VideoData,
                Participant, Reaction, Share, ShareTemplate, ShareTemplatePayload,
                SharedProducts, MessageProductElement, Story, StoryRef, Tag, SendMessageResponse,
                ConversationFolder, PageThreadOwner, ThreadOwnerApp, UnifiedThread, Persona, WriteResult,
                MessengerProfile, CustomUserSettings, ProfileWriteResult, GetStartedSetting,
                GreetingSetting, IceBreakersSetting, IceBreakerSetting, PersistentMenuSetting,
                MenuItemSetting, MenuItemType, CommandListSetting, CommandSetting,
                WebviewHeightRatio, WebviewShareButton, AttachmentUploadResult,
                PageUserMessageThreadLabel, SubscribedApp, UserProfile,
                CTXPartnerAppWelcomeMessageFlow, MessagingFeatureReview,
                UserPageOneTimeOptInTokenSettings,
            ],
            paged: [
                MessageAttachment, Participant, MessageProductElement, Reaction, Share, Tag, Message,
                UnifiedThread, PageThreadOwner, Persona, MessengerProfile, CustomUserSettings,
                PageUserMessageThreadLabel, SubscribedApp, CTXPartnerAppWelcomeMessageFlow,
                MessagingFeatureReview, UserPageOneTimeOptInTokenSettings,
            ],
        })
    };
}

/// The rest of the Messenger area (spec/areas.json) in every shipped version: the calls on
/// other nodes that answer Messenger's (a user's conversations and labels, an Instagram
/// account's notification tokens). (The shared module's nodes that only other areas need are
/// not compiled with the Messenger features.)
macro_rules! area_rest {
    ($version:literal => $module:ident) => {
        entries!($version => $module {
            calls: [
                GetCTXPartnerAppWelcomeMessageFlow, GetIGUserNotificationMessageTokens,
                GetPageChatPlugin, GetPageThreads, GetSavedMessageResponse, GetUserConversations,
                GetUserCustomLabels, GetUserPageOneTimeOptInTokenSettings,
            ],
            types: [ChatPlugin, SavedMessageResponse],
            paged: [ChatPlugin],
        })
    };
}

/// The entries of the calls Meta's spec has from v22.0 on.
macro_rules! since_v22 {
    ($version:literal => $module:ident) => {
        entries!($version => $module {
            calls: [
                CreatePageModerateConversations, GetPageMessageTemplates, DeletePageMessageTemplates,
                GetIGUserForIGOnlyAPIConversations, GetIGUserForIGOnlyAPIWelcomeMessageFlows,
                GetMessengerBusinessTemplate, GetPageMessengerCallSettings,
                GetWhatsAppBusinessAccountWelcomeMessageSequences, UpdateMessengerBusinessTemplate,
            ],
            types: [MessengerBusinessTemplate, MessengerCallSettings],
            paged: [MessengerBusinessTemplate, MessengerCallSettings],
        })
    };
}

/// The entries of the calls Meta's spec has from v25.0 on.
macro_rules! since_v25 {
    ($version:literal => $module:ident) => {
        entries!($version => $module {
            calls: [GetPageMessengerCallPermissions],
            types: [MessengerCallPermissions],
            paged: [MessengerCallPermissions],
        })
    };
}

/// The entries of the Secondary Receivers edge, gone from Meta's spec in v26.0.
macro_rules! until_v25 {
    ($version:literal => $module:ident) => {
        entries!($version => $module {
            calls: [GetPageSecondaryReceivers],
            types: [SecondaryReceiver],
            paged: [SecondaryReceiver],
        })
    };
}

/// The response types, version by version: each call's `Endpoint::Response`, each node,
/// output object and enum a response can hold, and each `paged<…>` list.
pub static REGISTRY: std::sync::LazyLock<Vec<Entry>> = std::sync::LazyLock::new(|| {
    [
        messenger!("v19.0" => v19_0),
        messenger!("v22.0" => v22_0),
        messenger!("v23.0" => v23_0),
        messenger!("v24.0" => v24_0),
        messenger!("v25.0" => v25_0),
        messenger!("v26.0" => v26_0),
        // Moderation and utility message templates are in Meta's spec from v22.0, the
        // Secondary Receivers edge until v25.0.
        since_v22!("v22.0" => v22_0),
        since_v22!("v23.0" => v23_0),
        since_v22!("v24.0" => v24_0),
        since_v22!("v25.0" => v25_0),
        since_v22!("v26.0" => v26_0),
        until_v25!("v19.0" => v19_0),
        until_v25!("v22.0" => v22_0),
        until_v25!("v23.0" => v23_0),
        until_v25!("v24.0" => v24_0),
        until_v25!("v25.0" => v25_0),
        area_rest!("v19.0" => v19_0),
        area_rest!("v22.0" => v22_0),
        area_rest!("v23.0" => v23_0),
        area_rest!("v24.0" => v24_0),
        area_rest!("v25.0" => v25_0),
        area_rest!("v26.0" => v26_0),
        since_v25!("v25.0" => v25_0),
        since_v25!("v26.0" => v26_0),
        // Calling settings by POST, from v26.0.
        entries!("v26.0" => v26_0 {
            calls: [CreatePageMessengerCallSettings],
            types: [],
            paged: [],
        }),
    ]
    .concat()
});
