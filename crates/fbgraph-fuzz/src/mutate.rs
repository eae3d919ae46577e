//! Generators and mutations shared by the targets: hostile strings and numbers, JSON written
//! with escapes, whitespace and duplicate keys, tree mutations of `serde_json::Value`s, and
//! plain byte mutations.

use serde_json::{Map, Number, Value};

use crate::rng::Rng;

/// Strings that tend to break parsers: empty, unicode of every width, escapes, controls,
/// lookalikes of syntax the targets parse.
const NASTY_STRINGS: &[&str] = &[
    "",
    " ",
    "é",
    "日本語",
    "😀👍🏽",
    "\u{200b}\u{feff}",
    "\u{0}",
    "\u{7f}\u{80}\u{10ffff}",
    "a\"b\\c",
    "line\nbreak\ttab\r",
    "%",
    "%ZZ",
    "%FF%FE",
    "%00",
    "+",
    "&&==",
    "a[b][0][c]",
    "[][]",
    "]",
    "[",
    "{",
    "}",
    "{}",
    "()",
    "(",
    ".limit(",
    ".limit(99999999999999999999)",
    "id,messages.limit(5){message,from}",
    "null",
    "true",
    "0",
    "-0",
    "1e309",
    "NaN",
    "{result=a:$.id}",
    "$.data.*.id",
    "me",
    "..",
    "/",
    "//",
    "v19.0",
    "2024-03-01T12:00:00+0000",
];

/// Graph datetimes, valid and not: Graph's form, RFC 3339, fractions, edge dates, broken ones.
pub const DATETIMES: &[&str] = &[
    "2024-03-01T12:00:00+0000",
    "2024-02-29T23:59:59+0000",
    "1970-01-01T00:00:00+0000",
    "0000-01-01T00:00:00+0000",
    "9999-12-31T23:59:59-2359",
    "2024-03-01T12:00:00Z",
    "2024-03-01T12:00:00z",
    "2024-03-01t12:00:00+00:00",
    "2024-03-01 12:00:00+0530",
    "2024-03-01T12:00:00.123456789+0000",
    "2024-03-01T12:00:00,5-0700",
    "2023-02-29T12:00:00+0000",
    "2024-13-01T12:00:00+0000",
    "2024-00-10T12:00:00+0000",
    "2024-04-31T12:00:00+0000",
    "2024-03-01T24:00:00+0000",
    "2024-03-01T12:60:00+0000",
    "2024-03-01T12:00:60+0000",
    "2024-03-01T12:00:00+2400",
    "2024-03-01T12:00:00+0060",
    "2024-03-01T12:00:00",
    "2024-03-01T12:00:00+00",
    "2024-03-01T12:00:00.+0000",
    "2024-03-01T12:00:00+0000 ",
    "2024-03-01",
    "24-03-01T12:00:00+0000",
    "２０２４-03-01T12:00:00+0000",
    "2024-03-01T12:00:00+0000😀",
    "",
];

/// Numbers at the edges of what JSON and Rust's integer types hold.
const NASTY_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "1e308",
    "1.7976931348623157e308",
    "1e309",
    "-1e400",
    "5e-324",
    "1e-400",
    "0.1",
    "1.0",
    "1E2",
    "123456789012345678901234567890",
    "253402300799",
    "-62135596800",
    "4102444800000",
];

/// A random string: plain ASCII most of the time, otherwise hostile.
pub fn string(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=4 => ascii_word(rng, 12),
        5 => rng.pick(NASTY_STRINGS).copied().unwrap_or("").to_owned(),
        6 => unicode(rng, 8),
        7 => format!("{}{}", ascii_word(rng, 4), unicode(rng, 3)),
        8 => "x".repeat(rng.size(3000)),
        _ => (0..rng.size(20))
            .filter_map(|_| char::from_u32(rng.below(0x11_0000) as u32))
            .collect(),
    }
}

/// A word of ASCII letters, digits and `_`.
pub fn ascii_word(rng: &mut Rng, max: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    (0..rng.range(1, max.max(1)))
        .map(|_| char::from(CHARS[rng.below(CHARS.len())]))
        .collect()
}

/// Characters from several scripts and planes.
pub fn unicode(rng: &mut Rng, max: usize) -> String {
    const CHARS: &[char] = &[
        'a',
        'é',
        'ß',
        'Ω',
        'ж',
        'ש',
        'ع',
        'क',
        '中',
        '日',
        '한',
        '😀',
        '🏽',
        '\u{200d}',
        '\u{301}',
        '\u{fffd}',
        '\u{feff}',
        '\u{10ffff}',
        '"',
        '\\',
        '/',
        '\n',
        '\u{1}',
        '\u{7f}',
    ];
    (0..rng.range(1, max.max(1)))
        .map(|_| CHARS[rng.below(CHARS.len())])
        .collect()
}

/// A string of digits, as Graph writes ids and numeric strings.
pub fn digits(rng: &mut Rng) -> String {
    let len = rng.range(1, 20);
    (0..len)
        .map(|i| {
            let d = if i == 0 {
                rng.range(1, 9)
            } else {
                rng.below(10)
            };
            char::from(b'0' + d as u8)
        })
        .collect()
}

/// A plausible numeric string, or one that only looks numeric.
pub fn numeric_string(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => "0123".into(),
        1 => "-1".into(),
        2 => "1e5".into(),
        3 => " 12".into(),
        4 => "١٢٣".into(),
        5 => rng.pick(NASTY_NUMBERS).copied().unwrap_or("0").to_owned(),
        _ => digits(rng),
    }
}

/// A Graph datetime: usually valid in Graph's form, sometimes in a form the decoder also
/// accepts, sometimes broken.
pub fn datetime(rng: &mut Rng) -> String {
    if rng.chance(1, 4) {
        return rng.pick(DATETIMES).copied().unwrap_or("").to_owned();
    }
    let year = rng.range(1971, 2099);
    let month = rng.range(1, 12);
    let day = rng.range(1, 28);
    let (h, m, s) = (rng.below(24), rng.below(60), rng.below(60));
    let sign = if rng.chance(1, 2) { '+' } else { '-' };
    let offset = match rng.below(4) {
        0 => "Z".to_owned(),
        1 => format!("{sign}{:02}:{:02}", rng.below(24), rng.below(60)),
        _ => format!("{sign}{:02}{:02}", rng.below(15), [0, 30, 45][rng.below(3)]),
    };
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}{offset}")
}

/// A random integer, mostly small.
pub fn integer(rng: &mut Rng) -> i64 {
    match rng.below(8) {
        0 => i64::MAX,
        1 => i64::MIN,
        2 => -(rng.below(1000) as i64),
        3 => rng.next_u64() as i64,
        _ => rng.below(100_000) as i64,
    }
}

/// A JSON number that may not fit any Rust type (written as raw text by [`write()`]).
pub fn nasty_number(rng: &mut Rng) -> Value {
    let text = rng.pick(NASTY_NUMBERS).copied().unwrap_or("0");
    // serde_json without arbitrary_precision cannot hold 1e309; keep those as a marker that
    // the writer expands into the raw text.
    match serde_json::from_str::<Value>(text) {
        Ok(v) => v,
        Err(_) => Value::String(format!("{RAW_MARKER}{text}")),
    }
}

/// A string value starting with this is written as raw JSON text (for numbers that
/// `serde_json::Value` cannot hold, such as `1e400`).
pub const RAW_MARKER: &str = "\u{0}raw:";

/// Any JSON value, up to `depth` levels deep.
pub fn any_value(rng: &mut Rng, depth: usize) -> Value {
    let leaf = depth == 0 || rng.chance(2, 3);
    if leaf {
        match rng.below(7) {
            0 => Value::Null,
            1 => Value::Bool(rng.chance(1, 2)),
            2 => Value::from(integer(rng)),
            3 => {
                Number::from_f64(f64::from_bits(rng.next_u64())).map_or(Value::Null, Value::Number)
            }
            4 => nasty_number(rng),
            _ => Value::String(string(rng)),
        }
    } else if rng.chance(1, 2) {
        Value::Array(
            (0..rng.size(6))
                .map(|_| any_value(rng, depth - 1))
                .collect(),
        )
    } else {
        let mut map = Map::new();
        for _ in 0..rng.size(6) {
            map.insert(string(rng), any_value(rng, depth - 1));
        }
        Value::Object(map)
    }
}

/// A value of another JSON type than `value`'s.
pub fn wrong_type(rng: &mut Rng, value: &Value) -> Value {
    loop {
        let candidate = match rng.below(7) {
            0 => Value::Null,
            1 => Value::Bool(true),
            2 => Value::from(rng.below(1000)),
            3 => Value::String(string(rng)),
            4 => Value::Array(vec![value.clone()]),
            5 => {
                let mut map = Map::new();
                map.insert("data".into(), Value::Array(vec![value.clone()]));
                Value::Object(map)
            }
            _ => nasty_number(rng),
        };
        if std::mem::discriminant(&candidate) != std::mem::discriminant(value) {
            return candidate;
        }
    }
}

/// Wraps `value` in `levels` arrays or objects.
pub fn nest(rng: &mut Rng, value: Value, levels: usize) -> Value {
    let as_array = rng.chance(1, 2);
    (0..levels).fold(value, |inner, _| {
        if as_array {
            Value::Array(vec![inner])
        } else {
            let mut map = Map::new();
            map.insert("a".into(), inner);
            Value::Object(map)
        }
    })
}

/// One random change somewhere in `value`'s tree: a wrong type, a missing or extra key,
/// a hostile number or string, deep nesting, a duplicated element.
pub fn mutate_value(rng: &mut Rng, value: &mut Value) {
    // Walk down to a random node, then change it.
    let len = match &*value {
        Value::Array(a) => a.len(),
        Value::Object(m) => m.len(),
        _ => 0,
    };
    if len > 0 && rng.chance(2, 3) {
        let i = rng.below(len);
        let child = match value {
            Value::Array(a) => a.get_mut(i),
            Value::Object(m) => m.values_mut().nth(i),
            _ => None,
        };
        if let Some(child) = child {
            mutate_value(rng, child);
            return;
        }
    }
    change(rng, value);
}

fn change(rng: &mut Rng, node: &mut Value) {
    match rng.below(12) {
        0 => *node = wrong_type(rng, node),
        1 => {
            if let Value::Object(m) = node {
                let len = m.len();
                if let Some(key) = m.keys().nth(rng.below(len)).cloned() {
                    m.remove(&key);
                }
            }
        }
        2 => {
            if let Value::Object(m) = node {
                m.insert(string(rng), any_value(rng, 3));
            } else {
                *node = any_value(rng, 3);
            }
        }
        3 => *node = nasty_number(rng),
        4 => *node = Value::String(string(rng)),
        5 => {
            let levels = [2, 50, 127, 128, 129, 500][rng.below(6)];
            *node = nest(rng, node.take(), levels);
        }
        6 => {
            if let Value::Array(a) = node {
                if let Some(first) = a.first().cloned() {
                    let copies = rng.size(200);
                    a.extend(std::iter::repeat_n(first, copies));
                }
            } else {
                *node = Value::Array(vec![node.take()]);
            }
        }
        7 => *node = Value::String(datetime(rng)),
        8 => *node = Value::String(numeric_string(rng)),
        9 => *node = Value::Null,
        10 => {
            if let Value::String(s) = node {
                // A string becomes a number of the same digits, or the reverse.
                *node = s
                    .parse::<i64>()
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::String(format!("{s}{s}")));
            } else if let Value::Number(n) = node {
                *node = Value::String(n.to_string());
            }
        }
        _ => *node = any_value(rng, 4),
    }
}

/// How [`write()`] spells JSON: escapes, whitespace and duplicate keys chosen at random.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// In 1/`n` of characters, write a `\uXXXX` escape instead (0: never).
    pub escape_one_in: u32,
    /// Insert whitespace between tokens.
    pub spaces: bool,
    /// In 1/`n` of objects, repeat a key (0: never).
    pub duplicate_one_in: u32,
}

impl Style {
    /// The plain form serde_json writes.
    pub const PLAIN: Style = Style {
        escape_one_in: 0,
        spaces: false,
        duplicate_one_in: 0,
    };

    /// A random style; valid JSON either way.
    pub fn random(rng: &mut Rng) -> Style {
        Style {
            escape_one_in: [0, 0, 0, 3, 20][rng.below(5)],
            spaces: rng.chance(1, 4),
            duplicate_one_in: [0, 0, 0, 0, 10][rng.below(5)],
        }
    }
}

/// Writes a [`Value`] as JSON text in a [`Style`].
pub fn write(rng: &mut Rng, value: &Value, style: Style, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => match s.strip_prefix(RAW_MARKER) {
            Some(raw) => out.extend_from_slice(raw.as_bytes()),
            None => write_string(rng, s, style, out),
        },
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                space(rng, style, out);
                write(rng, item, style, out);
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            let duplicate = style.duplicate_one_in > 0 && rng.chance(1, style.duplicate_one_in);
            let mut first = true;
            for (key, item) in map {
                if !first {
                    out.push(b',');
                }
                first = false;
                space(rng, style, out);
                write_string(rng, key, style, out);
                out.push(b':');
                space(rng, style, out);
                write(rng, item, style, out);
                if duplicate && rng.chance(1, 2) {
                    out.push(b',');
                    write_string(rng, key, style, out);
                    out.push(b':');
                    let extra = any_value(rng, 1);
                    write(rng, &extra, style, out);
                }
            }
            out.push(b'}');
        }
    }
}

fn space(rng: &mut Rng, style: Style, out: &mut Vec<u8>) {
    if style.spaces {
        for _ in 0..rng.below(3) {
            out.push([b' ', b'\n', b'\t', b'\r'][rng.below(4)]);
        }
    }
}

fn write_string(rng: &mut Rng, s: &str, style: Style, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        let escape = style.escape_one_in > 0 && rng.chance(1, style.escape_one_in);
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' if !escape => out.extend_from_slice(b"\\n"),
            '/' if escape => out.extend_from_slice(b"\\/"),
            c if escape || (c as u32) < 0x20 => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.extend_from_slice(format!("\\u{unit:04x}").as_bytes());
                }
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

/// A few byte-level edits: flips, insertions, deletions, truncation, repeated chunks,
/// interesting bytes.
pub fn mutate_bytes(rng: &mut Rng, data: &mut Vec<u8>) {
    const INTERESTING: &[&[u8]] = &[
        b"\"",
        b"\\",
        b"\\u",
        b"\\ud800",
        b"\\udc00\\ud800",
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\0",
        b"\xff",
        b"\xc3",
        b"\xed\xa0\x80",
        b"%",
        b"%ff",
        b"&",
        b"=",
        b"\r\n",
        b"--",
        b"1e999",
        b"-",
        b"null",
    ];
    for _ in 0..rng.range(1, 4) {
        let len = data.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                let n = rng.range(1, 8.min(len - i));
                data.drain(i..i + n);
            }
            2 => {
                let i = rng.below(len + 1);
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                data.splice(i..i, piece.iter().copied());
            }
            3 if len > 0 => data.truncate(rng.below(len)),
            4 if len > 1 => {
                let a = rng.below(len);
                let b = rng.range(a, len.min(a + 64));
                let chunk = data[a..b].to_vec();
                let at = rng.below(len + 1);
                data.splice(at..at, chunk);
            }
            5 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next_u64() as u8;
            }
            _ => {
                let i = rng.below(len + 1);
                data.insert(i, rng.next_u64() as u8);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styled_json_is_still_the_same_json() {
        let mut rng = Rng::new(1);
        for _ in 0..2000 {
            let value = any_value(&mut rng, 4);
            let style = Style {
                escape_one_in: 3,
                spaces: true,
                duplicate_one_in: 0,
            };
            let mut styled = Vec::new();
            write(&mut rng, &value, style, &mut styled);
            let mut plain = Vec::new();
            write(&mut rng, &value, Style::PLAIN, &mut plain);
            let (Ok(a), Ok(b)) = (
                serde_json::from_slice::<Value>(&styled),
                serde_json::from_slice::<Value>(&plain),
            ) else {
                // Raw numbers such as 1e400 do not parse; nothing else may fail.
                assert!(value.to_string().contains("raw:"), "{value}");
                continue;
            };
            let text = String::from_utf8_lossy(&styled);
            assert_eq!(a, b, "{text}");
        }
    }
}
