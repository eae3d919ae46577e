//! Text that came from a peer (a server's answer, a bot's reply), made fit for an error or a
//! log: secrets taken out, and the length capped. Shared by the fbgraph client and the mock,
//! so both find a secret the same way.
//!
//! A peer (or anything between it and us) can echo what it was sent: an access token, an
//! `appsecret_proof`, a verify token. A secret is found written as it is (in any ASCII case),
//! or with any of its characters as a JSON `\uXXXX` escape, `\/`, a `%XX` escape (either case
//! of hex digit) or a form-encoded `+` for a space, in any mix: the forms in which a JSON, URL
//! or form echo carries it.
//!
//! ```
//! use fbgraph_redact::Redactor;
//!
//! let redact = Redactor::new(["EAAB-page/token"]);
//! assert_eq!(redact.text("echo: EAAB%2dpage%2Ftoken"), "echo: <redacted>");
//! assert_eq!(redact.text(r"echo: \u0045AAB-page\/token"), "echo: <redacted>");
//! ```

use std::sync::Arc;

/// The most bytes of a peer's text [`Redactor::text`] keeps (a Graph error's `message`,
/// `type`, `fbtrace_id`, …; the text of a decoding error).
pub const TEXT_LIMIT: usize = 4 * 1024;

/// The most bytes of an unexpected body [`Redactor::excerpt`] keeps (the fbgraph client's
/// `Error::Http` and `Error::Decode`).
pub const BODY_LIMIT: usize = 1024;

/// Secrets shorter than this are not scrubbed by [`Redactor::new`]: doing so would mangle
/// ordinary text.
pub const MIN_SCRUBBED_LEN: usize = 8;

/// What replaces a secret.
const MARK: &str = "<redacted>";

/// Scrubs secrets out of text and caps its length. `Debug` shows how many secrets it holds,
/// never them.
#[derive(Clone, Default)]
pub struct Redactor {
    /// The secrets, each at least [`MIN_SCRUBBED_LEN`] bytes.
    secrets: Vec<Arc<str>>,
    /// How many bytes of text one secret may take at most, escaped (6 per byte).
    widest: usize,
}

impl Redactor {
    /// A redactor for these secrets; ones shorter than [`MIN_SCRUBBED_LEN`] bytes are left
    /// out.
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Redactor {
        Self::with_min_len(secrets, MIN_SCRUBBED_LEN)
    }

    /// A redactor for these secrets, leaving out those shorter than `min_len` bytes (and
    /// empty ones whatever `min_len`): for secrets a user chose, such as a verify token,
    /// that may be short and must still never be shown.
    pub fn with_min_len<'a>(
        secrets: impl IntoIterator<Item = &'a str>,
        min_len: usize,
    ) -> Redactor {
        let secrets: Vec<Arc<str>> = secrets
            .into_iter()
            .filter(|s| !s.is_empty() && s.len() >= min_len)
            .map(Arc::from)
            .collect();
        let widest = secrets.iter().map(|s| s.len() * 6).max().unwrap_or(0);
        Redactor { secrets, widest }
    }

    /// `text` with every secret replaced by `<redacted>`, cut to at most [`TEXT_LIMIT`] bytes
    /// on a character boundary.
    pub fn text(&self, text: &str) -> String {
        self.capped(text, TEXT_LIMIT)
    }

    /// Like [`text`](Redactor::text), for text that may be absent.
    pub fn opt(&self, text: Option<String>) -> Option<String> {
        text.map(|t| self.text(&t))
    }

    /// The first KiB of a body, as text (invalid UTF-8 shown as U+FFFD), without secrets.
    pub fn excerpt(&self, body: &[u8]) -> String {
        // Only the head can reach the excerpt, with room for a secret that starts in it.
        let head = &body[..body.len().min(BODY_LIMIT + self.widest + 4)];
        self.capped(&String::from_utf8_lossy(head), BODY_LIMIT)
    }

    /// `text` with every secret replaced by `<redacted>`, cut to at most `limit` bytes on a
    /// character boundary. Only the part of `text` that can reach the cut is scrubbed.
    pub fn capped(&self, text: &str, limit: usize) -> String {
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

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("secrets", &self.secrets.len())
            .finish()
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
        [b'+', ..] => Some((b' ', 1)),
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
            "%45%41%41%42%2dsuper%2fsecret",
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
    fn a_space_in_a_secret_is_found_form_encoded_too() {
        let r = Redactor::with_min_len(["my verify token"], 1);
        for echo in ["my verify token", "my+verify+token", "my%20verify+TOKEN"] {
            assert_eq!(r.text(&format!("[{echo}]")), "[<redacted>]", "{echo}");
        }
        // A `+` in the secret itself matches only a `+` (or its escape).
        let r = Redactor::new(["a+b+c+d+e"]);
        assert_eq!(r.text("a+b%2Bc+d+e"), "<redacted>");
        assert_eq!(r.text("a b c d e"), "a b c d e");
    }

    #[test]
    fn short_secrets_are_kept_out_only_when_asked() {
        assert_eq!(Redactor::new(["abc"]).text("abc"), "abc");
        assert_eq!(
            Redactor::with_min_len(["abc", ""], 1).text("xabcx"),
            "x<redacted>x"
        );
        assert_eq!(
            format!("{:?}", Redactor::new(["long-secret"])),
            "Redactor { secrets: 1 }"
        );
    }

    #[test]
    fn non_ascii_secrets_match_as_written() {
        let r = Redactor::new(["geheim-schlüssel"]);
        assert_eq!(r.text("x geheim-schlüssel y"), "x <redacted> y");
        assert_eq!(r.text("é geheim-schlüsse"), "é geheim-schlüsse");
    }
}
