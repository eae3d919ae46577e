//! Files sent with a call (`file` parameters): a multipart body instead of JSON.

use bytes::Bytes;
use serde_json::{Map, Value};

/// A file sent with a call, as one part of a `multipart/form-data` body: Graph's `file`
/// parameters (a video's `source`, an attachment's `filedata`, …).
///
/// `Debug` shows the name, type and size, never the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    file_name: String,
    content_type: String,
    bytes: Bytes,
}

impl Upload {
    /// A file named `file_name` (what Graph is told it was called) of MIME type
    /// `content_type` (`video/mp4`) holding `bytes`.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Upload {
        Upload {
            file_name: file_name.into(),
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }

    /// The file's name.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The file's MIME type.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("size", &self.bytes.len())
            .finish()
    }
}

/// A `multipart/form-data` body: each parameter a text part (strings as they are, other
/// values as JSON text, as the official SDKs send them), then each file; and its
/// `Content-Type`. The boundary is random and checked against every part.
pub(crate) fn multipart(
    params: &Map<String, Value>,
    uploads: &[(&str, &Upload)],
) -> Result<(Bytes, String), String> {
    let texts: Vec<(&str, String)> = params
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.as_str(), text)
        })
        .collect();
    let boundary = loop {
        let boundary = format!("fbgraph-{}", random_hex()?);
        let clash = |bytes: &[u8]| {
            bytes
                .windows(boundary.len())
                .any(|w| w == boundary.as_bytes())
        };
        if !texts.iter().any(|(_, t)| clash(t.as_bytes()))
            && !uploads.iter().any(|(_, u)| clash(&u.bytes))
        {
            break boundary;
        }
    };
    let mut body = Vec::new();
    for (name, text) in &texts {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n",
                quoted(name)
            )
            .as_bytes(),
        );
        body.extend_from_slice(text.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    for (name, upload) in uploads {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                quoted(name),
                quoted(&upload.file_name),
                header_safe(&upload.content_type)
            )
            .as_bytes(),
        );
        body.extend_from_slice(&upload.bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok((
        Bytes::from(body),
        format!("multipart/form-data; boundary={boundary}"),
    ))
}

/// 16 random bytes as hex.
fn random_hex() -> Result<String, String> {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| "no randomness for a multipart boundary".to_owned())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A name fit for a quoted header parameter: quotes and line breaks escaped away.
fn quoted(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '"' => "%22".to_owned(),
            '\r' => "%0D".to_owned(),
            '\n' => "%0A".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// A header value without line breaks.
fn header_safe(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multipart_body_holds_every_parameter_and_file_and_debug_hides_the_bytes() {
        let upload = Upload::new("clip\".mp4", "video/mp4\r\nX: y", &b"\x00\x01secret"[..]);
        let mut params = Map::new();
        params.insert("title".into(), Value::String("Hi".into()));
        params.insert("tags".into(), serde_json::json!(["a"]));
        params.insert("none".into(), Value::Null);
        let (body, content_type) = multipart(&params, &[("source", &upload)]).expect("a body");
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("a boundary");
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("name=\"title\"\r\n\r\nHi\r\n"), "{text}");
        assert!(text.contains("name=\"tags\"\r\n\r\n[\"a\"]\r\n"), "{text}");
        assert!(!text.contains("name=\"none\""), "{text}");
        assert!(
            text.contains(
                "name=\"source\"; filename=\"clip%22.mp4\"\r\nContent-Type: video/mp4X: y\r\n"
            ),
            "{text}"
        );
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
        let shown = format!("{upload:?}");
        assert!(
            shown.contains("size: 8") && !shown.contains("secret"),
            "{shown}"
        );
    }
}
