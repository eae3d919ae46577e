//! The contract between generated request types and the client.

use crate::error::ErrorCode;

/// The HTTP method of a Graph call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// Reads: parameters travel in the query string.
    Get,
    /// Writes: parameters travel as a JSON body.
    Post,
    /// Deletions: parameters travel in the query string.
    Delete,
    /// Replacements: parameters travel as a JSON body.
    Put,
    /// Reads of the head only: parameters travel in the query string, and no body comes
    /// back (the response decodes from `null`).
    Head,
}

impl Method {
    /// Whether sending the request twice has the effect of sending it once (`GET`, `DELETE`,
    /// `PUT`, `HEAD`): such a request may be retried after a failure that leaves its fate
    /// unknown.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post)
    }

    /// Whether the parameters travel as a body (`POST`, `PUT`) rather than in the query.
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put)
    }

    /// The method's name as it appears on the wire: `"GET"`, `"POST"`, `"DELETE"`, `"PUT"` or
    /// `"HEAD"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Put => "PUT",
            Method::Head => "HEAD",
        }
    }

    pub(crate) fn to_http(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Delete => reqwest::Method::DELETE,
            Method::Put => reqwest::Method::PUT,
            Method::Head => reqwest::Method::HEAD,
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One Graph call, described by a request value.
///
/// The value's serde serialization is the call's parameters: it must serialize to a JSON object
/// (path ids are `#[serde(skip)]`, absent optional parameters are skipped). A unit struct, which
/// serializes to `null`, is taken as a call without parameters. Anything else is refused with
/// [`Error::Request`](crate::Error::Request) before a byte is sent.
pub trait Endpoint: serde::Serialize {
    /// What a successful call returns.
    type Response: serde::de::DeserializeOwned;
    /// The error codes documented for this call; [`UntypedCode`](crate::UntypedCode) if none.
    type ErrorCode: ErrorCode;
    /// The HTTP method.
    const METHOD: Method;
    /// The call's name in the spec, e.g. `"SendMessage"`.
    const NAME: &'static str;
    /// The Graph version, e.g. `"v19.0"`: the client requests `{base}/{VERSION}{path}`.
    const VERSION: &'static str;
    /// The path below the version, starting with `/`, with every id already encoded by
    /// [`encode_path_segment`](crate::encode_path_segment), e.g. `"/123/messages"`.
    fn path(&self) -> String;

    /// The files sent with the call, each under its parameter's name (`file` parameters,
    /// which the serialization skips). With any, the call goes as `multipart/form-data`: each
    /// other parameter a text part, then each file. None by default.
    fn uploads(&self) -> Vec<(&'static str, &crate::Upload)> {
        Vec::new()
    }
}
