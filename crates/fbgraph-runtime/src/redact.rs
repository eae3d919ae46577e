//! Text that came from a server, made fit for an error: the client's secrets taken out, and
//! the length capped.
//!
//! A server (or anything between it and the client) can echo what it was sent: the access
//! token, the `appsecret_proof`. Whatever it sends, every string an error or a
//! [`Usage`](crate::Usage) keeps from an answer passes through a [`Redactor`] first, so that
//! no secret reaches `Display`, `Debug` or an error's `source()` chain, and no answer can make
//! an error message large.
//!
//! A secret is found written as it is (in any ASCII case), or with any of its characters as a
//! JSON `\uXXXX` escape, `\/` or a `%XX` escape, in any mix: the forms in which a JSON or URL
//! echo carries it.

use std::sync::Arc;

/// The most bytes of a server's text (a Graph error's `message`, `type`, `fbtrace_id`, …; the
/// text of a decoding error) an error keeps.
pub(crate) const TEXT_LIMIT: usize = 4 * 1024;

/// The most bytes of an unexpected body ([`Error::Http`](crate::Error::Http),
/// [`Error::Decode`](crate::Error::Decode)) an error keeps.
pub(crate) const BODY_LIMIT: usize = 1024;

/// Secrets shorter than this are not scrubbed: doing so would mangle ordinary text.
const MIN_SCRUBBED_LEN: usize = 8;

/// What replaces a secret.
const MARK: &str = "<redacted>";

/// Scrubs the client's secrets out of server text and caps its length.
#[derive(Clone, Default)]
pub(crate) struct Redactor {
    /// The secrets, each at least [`MIN_SCRUBBED_LEN`] bytes.
    secrets: Vec<Arc<str>>,
    /// How many bytes of text one secret may take at most, escaped (6 per byte).
    widest: usize,
}

impl Redactor {
    /// A redactor for these secrets; empty and short ones are left out.
    pub(crate) fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Redactor {
        let secrets: Vec<Arc<str>> = secrets
            .into_iter()
            .filter(|s| s.len() >= MIN_SCRUBBED_LEN)
            .map(Arc::from)
            .collect();
        let widest = secrets.iter().map(|s| s.len() * 6).max().unwrap_or(0);
        Redactor { secrets, widest }
    }

    /// `text` with every secret replaced by `<redacted>`, cut to at most [`TEXT_LIMIT`] bytes
    /// on a character boundary.
    pub(crate) fn text(&self, text: &str) -> String {
        self.capped(text, TEXT_LIMIT)
    }

    /// Like [`text`](Redactor::text), for text that may be absent.
    pub(crate) fn opt(&self, text: Option<String>) -> Option<String> {
        text.map(|t| self.text(&t))
    }

    /// The first KiB of a body, as text (invalid UTF-8 shown as U+FFFD), without secrets.
    pub(crate) fn excerpt(&self, body: &[u8]) -> String {
        // Only the head can reach the excerpt, with room for a secret that starts in it.
        let head = &body[..body.len().min(BODY_LIMIT + self.widest + 4)];
        self.capped(&String::from_utf8_lossy(head), BODY_LIMIT)
    }

    /// Scrubs the part of `text` that can reach the first `limit` bytes, then cuts.
    fn capped(&self, text: &str, limit: usize) -> String {
        // A secret starting before `limit` ends within `limit + widest`: scrubbing that much
        // leaves no secret, and no prefix of one, in what the cut keeps.
        let head = &text[..floor_char_boundary(text, limit.saturating_add(self.widest))];
        let mut out = self.scrub(head);
        let end = floor_char_boundary(&out, limit);
        out.truncate(end);
        out
    }

    /// `text` with every secret replaced.
    fn scrub(&self, text: &str) -> String {
        if self.secrets.is_empty() {
            return text.to_owned();
        }
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        // Bytes before `copied` are in `out`.
        let mut copied = 0;
        let mut i = 0;
        while i < bytes.len() {
            match self.secrets.iter().find_map(|s| match_at(&bytes[i..], s)) {
                Some(used) => {
                    // Matches start and end on character boundaries: a secret is valid UTF-8
                    // and its escapes are ASCII.
                    out.push_str(&text[copied..i]);
                    out.push_str(MARK);
                    i += used;
                    copied = i;
                }
                None => i += 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// The length of the text at the start of `text` that spells `secret`, if it does.
fn match_at(text: &[u8], secret: &str) -> Option<usize> {
    let mut at = 0;
    for &want in secret.as_bytes() {
        let rest = text.get(at..)?;
        let &first = rest.first()?;
        if first.eq_ignore_ascii_case(&want) {
            at += 1;
            continue;
        }
        let (got, used) = escaped(rest)?;
        if !got.eq_ignore_ascii_case(&want) {
            return None;
        }
        at += used;
    }
    Some(at)
}

/// The ASCII byte an escape at the start of `text` stands for, and the escape's length.
fn escaped(text: &[u8]) -> Option<(u8, usize)> {
    match text {
        [b'\\', b'u', a, b, c, d, ..] => {
            let value = (hex(*a)? << 12) | (hex(*b)? << 8) | (hex(*c)? << 4) | hex(*d)?;
            u8::try_from(value)
                .ok()
                .filter(u8::is_ascii)
                .map(|byte| (byte, 6))
        }
        [b'\\', b'/', ..] => Some((b'/', 2)),
        [b'%', a, b, ..] => {
            let value = (hex(*a)? << 4) | hex(*b)?;
            u8::try_from(value)
                .ok()
                .filter(u8::is_ascii)
                .map(|byte| (byte, 3))
        }
        _ => None,
    }
}

fn hex(digit: u8) -> Option<u32> {
    char::from(digit).to_digit(16)
}

/// The largest character boundary of `text` at or below `index`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    let mut end = index;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "EAAB-super/secret";

    fn redactor() -> Redactor {
        Redactor::new([TOKEN, "short", ""])
    }

    #[test]
    fn a_secret_is_found_in_every_form_an_echo_gives_it() {
        let r = redactor();
        for echo in [
            "EAAB-super/secret",
            "eaab-SUPER/SECRET",
            r"\u0045\u0041\u0041\u0042-super\/secret",
            r"E\u0041AB\u002dsuper\u002Fsecret",
            "EAAB%2Dsuper%2fsecret",
            "%45%41%41%42-super/secret",
        ] {
            let shown = r.text(&format!("before {echo} after"));
            assert_eq!(shown, "before <redacted> after", "{echo}");
        }
        // Short secrets are left alone; text that is merely similar too.
        assert_eq!(r.text("short EAAB-super"), "short EAAB-super");
    }

    #[test]
    fn text_is_capped_without_leaving_a_prefix_of_a_secret() {
        let r = redactor();
        let long = "é".repeat(TEXT_LIMIT); // twice the limit in bytes
        let shown = r.text(&long);
        assert_eq!(shown.len(), TEXT_LIMIT);
        assert!(shown.chars().all(|c| c == 'é'));

        // A secret straddling the cut, escaped so that it is as wide as it can be.
        let escaped: String = TOKEN.bytes().map(|b| format!("\\u{b:04x}")).collect();
        let text = format!("{}{escaped}", "x".repeat(TEXT_LIMIT - 5));
        let shown = r.text(&text);
        assert_eq!(shown.len(), TEXT_LIMIT);
        assert!(shown.ends_with("x<reda"), "{}", &shown[TEXT_LIMIT - 20..]);
    }

    #[test]
    fn excerpts_cut_bodies_at_a_kib() {
        let r = redactor();
        let mut body = vec![b'a'; BODY_LIMIT - 4];
        body.extend_from_slice(TOKEN.as_bytes());
        let shown = r.excerpt(&body);
        assert_eq!(shown.len(), BODY_LIMIT);
        assert!(!shown.contains("EAAB"), "{shown}");

        let invalid = vec![0xff; 3 * BODY_LIMIT];
        let shown = r.excerpt(&invalid);
        assert!(shown.len() <= BODY_LIMIT);
        assert!(shown.chars().all(|c| c == '\u{FFFD}'));
    }

    #[test]
    fn non_ascii_secrets_match_as_written() {
        let r = Redactor::new(["geheim-schlüssel"]);
        assert_eq!(r.text("x geheim-schlüssel y"), "x <redacted> y");
        assert_eq!(r.text("é geheim-schlüsse"), "é geheim-schlüsse");
    }
}
