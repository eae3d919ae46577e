//! Wire types shared by every generated module.

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::id::{AnyNode, Id};

const SECONDS_PER_DAY: i64 = 86_400;

/// A Graph datetime such as `2024-03-01T12:00:00+0000`.
///
/// Graph writes the UTC offset without a colon, so these are not RFC 3339 strings. Parsing also
/// accepts `+00:00` and `Z` offsets and ignores fractional seconds; display and serialization
/// always write Graph's form. Values compare by instant first, then by offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    unix: i64,
    offset_minutes: i32,
}

/// Why a string is not a Graph datetime.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid Graph datetime {input:?}: {reason}")]
pub struct DateTimeError {
    input: String,
    reason: String,
}

impl DateTimeError {
    fn new(input: &str, reason: impl Into<String>) -> Self {
        // Keep the message short even for absurd inputs.
        let input = match input.char_indices().nth(40) {
            Some((end, _)) => format!("{}…", &input[..end]),
            None => input.to_owned(),
        };
        DateTimeError {
            input,
            reason: reason.into(),
        }
    }
}

impl DateTime {
    /// The instant `secs` seconds after 1970-01-01T00:00:00 UTC, shown with offset `+0000`.
    ///
    /// Graph's text form has four-digit years: an instant outside the years 0000–9999 is
    /// shown, but its text does not parse back. [`DateTime::checked_from_unix`] refuses such
    /// instants, as decoding a unix timestamp from an answer does.
    pub fn from_unix(secs: i64) -> DateTime {
        DateTime {
            unix: secs,
            offset_minutes: 0,
        }
    }

    /// [`DateTime::from_unix`] for an instant within the years 0000–9999 (UTC), the range
    /// Graph's text form can write; `None` outside it.
    pub fn checked_from_unix(secs: i64) -> Option<DateTime> {
        let first = days_from_civil(0, 1, 1) * SECONDS_PER_DAY;
        let last = days_from_civil(9999, 12, 31) * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;
        (first..=last)
            .contains(&secs)
            .then(|| DateTime::from_unix(secs))
    }

    /// The current time, in UTC.
    pub fn now() -> DateTime {
        let secs = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => {
                // A clock before 1970: round towards the past, like the positive case.
                let before = before.duration();
                let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
                let partial = i64::from(before.subsec_nanos() > 0);
                whole.saturating_add(partial).saturating_neg()
            }
        };
        DateTime::from_unix(secs)
    }

    /// Seconds since 1970-01-01T00:00:00 UTC.
    pub fn unix_timestamp(&self) -> i64 {
        self.unix
    }

    /// The UTC offset the value was written with, in minutes (`-420` for `-0700`).
    pub fn offset_minutes(&self) -> i32 {
        self.offset_minutes
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (`month` 1..=12, `day` 1..=31).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Count years from March, so the leap day ends a year.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400; // 0..=399
    let month_from_march = i64::from((month + 9) % 12); // March = 0
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1; // 0..=365
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468 // 719_468 days from 0000-03-01 to 1970-01-01
}

/// The inverse of [`days_from_civil`]: `(year, month, day)`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days.saturating_add(719_468);
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097; // 0..=146_096
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153; // 0..=11
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both are small by construction (1..=31, 1..=12).
    (year, small_to_u32(month), small_to_u32(day))
}

fn small_to_u32(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A cursor over the bytes of a datetime string.
struct Scanner<'a> {
    input: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

const SHAPE: &str = "expected YYYY-MM-DDTHH:MM:SS followed by an offset such as +0000";

impl<'a> Scanner<'a> {
    fn error(&self, reason: impl Into<String>) -> DateTimeError {
        DateTimeError::new(self.input, reason)
    }

    fn digits(&mut self, count: usize) -> Result<u32, DateTimeError> {
        let end = self.pos + count;
        let Some(slice) = self.bytes.get(self.pos..end) else {
            return Err(self.error(SHAPE));
        };
        let mut value = 0u32;
        for &b in slice {
            if !b.is_ascii_digit() {
                return Err(self.error(SHAPE));
            }
            value = value * 10 + u32::from(b - b'0');
        }
        self.pos = end;
        Ok(value)
    }

    fn eat(&mut self, accepted: &[u8]) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        if accepted.contains(&b) {
            self.pos += 1;
            Some(b)
        } else {
            None
        }
    }

    fn expect(&mut self, accepted: &[u8]) -> Result<u8, DateTimeError> {
        self.eat(accepted).ok_or_else(|| self.error(SHAPE))
    }
}

impl FromStr for DateTime {
    type Err = DateTimeError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let mut s = Scanner {
            input,
            bytes: input.as_bytes(),
            pos: 0,
        };
        let year = s.digits(4)?;
        s.expect(b"-")?;
        let month = s.digits(2)?;
        s.expect(b"-")?;
        let day = s.digits(2)?;
        s.expect(b"Tt ")?;
        let hour = s.digits(2)?;
        s.expect(b":")?;
        let minute = s.digits(2)?;
        s.expect(b":")?;
        let second = s.digits(2)?;
        if s.eat(b".,").is_some() {
            let start = s.pos;
            while s.eat(b"0123456789").is_some() {}
            if s.pos == start {
                return Err(s.error("expected digits after the decimal point"));
            }
        }
        let offset_minutes = match s.eat(b"Zz+-") {
            None if s.pos == input.len() => {
                return Err(s.error("missing UTC offset (expected +0000, +00:00 or Z)"));
            }
            None => return Err(s.error(SHAPE)),
            Some(b'Z' | b'z') => 0,
            Some(sign) => {
                let hours = s.digits(2)?;
                s.eat(b":");
                let minutes = s.digits(2)?;
                if hours > 23 || minutes > 59 {
                    return Err(s.error(format!(
                        "UTC offset {}{hours:02}{minutes:02} is out of range",
                        char::from(sign)
                    )));
                }
                // Bounded by the check above: at most 1439.
                let magnitude = i32::try_from(hours * 60 + minutes).unwrap_or(0);
                if sign == b'-' { -magnitude } else { magnitude }
            }
        };
        if s.pos != input.len() {
            return Err(s.error("unexpected text after the UTC offset"));
        }

        let year = i64::from(year);
        if !(1..=12).contains(&month) {
            return Err(s.error(format!("month {month} is not in 1..=12")));
        }
        let last_day = days_in_month(year, month);
        if day == 0 || day > last_day {
            let name = MONTHS[usize::try_from(month - 1).unwrap_or(0)];
            return Err(s.error(format!("{name} {year} has no day {day}")));
        }
        if hour > 23 {
            return Err(s.error(format!("hour {hour} is not in 0..=23")));
        }
        if minute > 59 {
            return Err(s.error(format!("minute {minute} is not in 0..=59")));
        }
        if second > 59 {
            return Err(s.error(format!("second {second} is not in 0..=59")));
        }

        let local = days_from_civil(year, month, day) * SECONDS_PER_DAY
            + i64::from(hour * 3600 + minute * 60 + second);
        Ok(DateTime {
            unix: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self
            .unix
            .saturating_add(i64::from(self.offset_minutes) * 60);
        let days = local.div_euclid(SECONDS_PER_DAY);
        let second_of_day = local.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let (hour, minute, second) = (
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        );
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let offset = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{sign}{:02}{:02}",
            offset / 60,
            offset % 60
        )
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateTimeVisitor;

        impl Visitor<'_> for DateTimeVisitor {
            type Value = DateTime;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Graph datetime such as \"2024-03-01T12:00:00+0000\"")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                v.parse().map_err(E::custom)
            }

            /// Graph answers with unix timestamps when asked for `date_format=U`.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
                DateTime::checked_from_unix(v).ok_or_else(|| {
                    E::custom(format!(
                        "unix timestamp {v} is outside the years 0000-9999 a Graph datetime has"
                    ))
                })
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
                match i64::try_from(v) {
                    Ok(v) => self.visit_i64(v),
                    Err(_) => Err(E::custom(format!(
                        "unix timestamp {v} is outside the years 0000-9999 a Graph datetime has"
                    ))),
                }
            }
        }

        deserializer.deserialize_any(DateTimeVisitor)
    }
}

/// A number Graph documents as "numeric string or integer", such as an id.
///
/// Kept as text so large ids never lose precision. Serializes as a JSON string; deserializes
/// from a string or an integer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct NumericString(String);

impl NumericString {
    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digits, by value.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl From<u64> for NumericString {
    fn from(n: u64) -> Self {
        NumericString(n.to_string())
    }
}

impl From<u32> for NumericString {
    fn from(n: u32) -> Self {
        NumericString(n.to_string())
    }
}

impl From<&str> for NumericString {
    fn from(s: &str) -> Self {
        NumericString(s.to_owned())
    }
}

impl From<String> for NumericString {
    fn from(s: String) -> Self {
        NumericString(s)
    }
}

impl AsRef<str> for NumericString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NumericString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for NumericString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NumericString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumericVisitor;

        impl Visitor<'_> for NumericVisitor {
            type Value = NumericString;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a numeric string or an integer")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<NumericString, E> {
                Ok(NumericString(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<NumericString, E> {
                Ok(NumericString(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<NumericString, E> {
                Ok(NumericString(v.to_string()))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<NumericString, E> {
                Ok(NumericString(v.to_string()))
            }
        }

        deserializer.deserialize_any(NumericVisitor)
    }
}

/// One page of a Graph list: `{"data": […], "paging": {…}}`.
///
/// Iterate it for the items; pass it to [`Client::next_page`](crate::Client::next_page) for the
/// next page. The list ends where `paging.next` is absent; a page may be short or empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(serialize = "T: Serialize", deserialize = "T: Deserialize<'de>"))]
#[non_exhaustive]
pub struct Paged<T> {
    /// The items of this page.
    #[serde(default)]
    pub data: Vec<T>,
    /// Cursors and links to the neighbouring pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
}

impl<T> Paged<T> {
    /// A page of `data`.
    pub fn new(data: Vec<T>, paging: Option<Paging>) -> Self {
        Paged { data, paging }
    }

    /// The link to the next page, if there is one.
    pub fn next_url(&self) -> Option<&str> {
        self.paging.as_ref()?.next.as_deref()
    }
}

impl<T> Default for Paged<T> {
    fn default() -> Self {
        Paged::new(Vec::new(), None)
    }
}

impl<T> IntoIterator for Paged<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.data.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Paged<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.data.iter()
    }
}

/// The `paging` object of a [`Paged`] list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paging {
    /// Cursors of the first and last item of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursors: Option<Cursors>,
    /// Link to the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Link to the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Cursor-based paging positions, passed back as `before` / `after` parameters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cursors {
    /// Points at the first item of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Points at the last item of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> DateTime {
        s.parse()
            .unwrap_or_else(|e| panic!("{s} should parse: {e}"))
    }

    #[test]
    fn graph_datetimes_round_trip() {
        for s in [
            "2024-03-01T12:00:00+0000",
            "1970-01-01T00:00:00+0000",
            "1969-12-31T23:59:59+0000",
            "2000-02-29T23:59:59-0700",
            "2100-12-31T00:00:00+0530",
            "0001-01-01T00:00:00+0000",
            "9999-12-31T23:59:59+2359",
        ] {
            assert_eq!(parse(s).to_string(), s);
        }
    }

    #[test]
    fn unix_timestamps_match_known_instants() {
        assert_eq!(parse("1970-01-01T00:00:00+0000").unix_timestamp(), 0);
        // date -u -d 2024-03-01T12:00:00 +%s
        assert_eq!(
            parse("2024-03-01T12:00:00+0000").unix_timestamp(),
            1_709_294_400
        );
        assert_eq!(
            parse("2024-03-01T05:00:00-0700").unix_timestamp(),
            1_709_294_400
        );
        assert_eq!(parse("1969-12-31T23:59:59+0000").unix_timestamp(), -1);
        assert_eq!(
            DateTime::from_unix(951_868_800).to_string(),
            "2000-03-01T00:00:00+0000"
        );
        assert_eq!(
            DateTime::from_unix(-86_400 * 365).to_string(),
            "1969-01-01T00:00:00+0000"
        );
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        let start = days_from_civil(1900, 1, 1);
        let end = days_from_civil(2300, 1, 1);
        let mut expected = (1900, 1, 1);
        for days in start..end {
            let civil = civil_from_days(days);
            assert_eq!(civil, expected);
            assert_eq!(days_from_civil(civil.0, civil.1, civil.2), days);
            expected = if expected.2 < days_in_month(expected.0, expected.1) {
                (expected.0, expected.1, expected.2 + 1)
            } else if expected.1 < 12 {
                (expected.0, expected.1 + 1, 1)
            } else {
                (expected.0 + 1, 1, 1)
            };
        }
    }

    #[test]
    fn lenient_forms_parse_and_print_as_graph_writes() {
        let utc = parse("2024-03-01T12:00:00+0000");
        assert_eq!(parse("2024-03-01T12:00:00+00:00"), utc);
        assert_eq!(parse("2024-03-01T12:00:00Z"), utc);
        assert_eq!(parse("2024-03-01T12:00:00.250Z"), utc);
        let india = parse("2024-03-01T17:30:00+05:30");
        assert_eq!(india.unix_timestamp(), utc.unix_timestamp());
        assert_eq!(india.offset_minutes(), 330);
        assert_eq!(india.to_string(), "2024-03-01T17:30:00+0530");
        assert_ne!(india, utc, "the offset is part of the value");
        assert_eq!(parse("2024-03-01T12:00:00Z").to_string(), utc.to_string());
    }

    #[test]
    fn invalid_datetimes_say_what_is_wrong() {
        let cases = [
            ("2024-13-01T00:00:00+0000", "month 13 is not in 1..=12"),
            ("2024-00-01T00:00:00+0000", "month 0 is not in 1..=12"),
            ("2023-02-29T00:00:00+0000", "February 2023 has no day 29"),
            ("2024-02-30T00:00:00+0000", "February 2024 has no day 30"),
            ("2024-04-31T00:00:00+0000", "April 2024 has no day 31"),
            ("2024-04-00T00:00:00+0000", "April 2024 has no day 0"),
            ("2024-03-01T24:00:00+0000", "hour 24 is not in 0..=23"),
            ("2024-03-01T12:60:00+0000", "minute 60 is not in 0..=59"),
            ("2024-03-01T12:00:60+0000", "second 60 is not in 0..=59"),
            (
                "2024-03-01T12:00:00+2400",
                "UTC offset +2400 is out of range",
            ),
            ("2024-03-01T12:00:00", "missing UTC offset"),
            (
                "2024-03-01T12:00:00+0000 ",
                "unexpected text after the UTC offset",
            ),
            (
                "2024-03-01T12:00:00.Z",
                "expected digits after the decimal point",
            ),
            ("2024-03-01", "expected YYYY-MM-DDTHH:MM:SS"),
            ("", "expected YYYY-MM-DDTHH:MM:SS"),
            ("2024-3-1T12:00:00+0000", "expected YYYY-MM-DDTHH:MM:SS"),
            (
                "１２３４-03-01T12:00:00+0000",
                "expected YYYY-MM-DDTHH:MM:SS",
            ),
            ("2024-03-01T12:00:00+00", "expected YYYY-MM-DDTHH:MM:SS"),
        ];
        for (input, reason) in cases {
            let message = match input.parse::<DateTime>() {
                Ok(parsed) => panic!("{input:?} parsed as {parsed}"),
                Err(e) => e.to_string(),
            };
            assert!(
                message.contains(reason),
                "{input:?}: {message:?} lacks {reason:?}"
            );
            assert!(message.starts_with("invalid Graph datetime"), "{message}");
        }
    }

    #[test]
    fn datetimes_serialize_as_graph_strings() {
        let value = parse("2024-03-01T05:00:00-0700");
        let json = serde_json::to_string(&value).expect("serializes");
        assert_eq!(json, r#""2024-03-01T05:00:00-0700""#);
        let back: DateTime = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, value);
        let from_unix: DateTime = serde_json::from_str("1709294400").expect("deserializes");
        assert_eq!(from_unix.to_string(), "2024-03-01T12:00:00+0000");
        let error = serde_json::from_str::<DateTime>(r#""2024-02-30T00:00:00+0000""#)
            .expect_err("invalid date");
        assert!(error.to_string().contains("February 2024 has no day 30"));
        assert!(serde_json::from_str::<DateTime>("true").is_err());
    }

    #[test]
    fn extreme_timestamps_do_not_panic() {
        for secs in [i64::MIN, i64::MIN + 1, -1, i64::MAX] {
            let shown = DateTime::from_unix(secs).to_string();
            assert!(shown.ends_with("+0000"), "{shown}");
        }
    }

    #[test]
    fn decoded_timestamps_are_those_whose_text_parses_back() {
        for secs in [-62_167_219_200_i64, 0, 1_709_294_400, 253_402_300_799] {
            let decoded: DateTime = serde_json::from_str(&secs.to_string()).expect("in range");
            let text = serde_json::to_string(&decoded).expect("serializes");
            let again: DateTime = serde_json::from_str(&text).expect("parses back");
            assert_eq!(again, decoded, "{text}");
        }
        for secs in [
            "-62167219201",
            "253402300800",
            "-9223372036854775808",
            "18446744073709551615",
        ] {
            let error = serde_json::from_str::<DateTime>(secs).expect_err("out of range");
            assert!(
                error.to_string().contains("outside the years 0000-9999"),
                "{error}"
            );
        }
        assert_eq!(DateTime::checked_from_unix(253_402_300_800), None);
    }

    #[test]
    fn now_is_after_this_code_was_written() {
        assert!(DateTime::now() > parse("2024-01-01T00:00:00+0000"));
    }

    #[test]
    fn numeric_strings_decode_from_strings_and_integers() {
        let from_string: NumericString =
            serde_json::from_str(r#""1234567890123456789""#).expect("a string decodes");
        let from_integer: NumericString =
            serde_json::from_str("1234567890123456789").expect("an integer decodes");
        assert_eq!(from_string, from_integer);
        assert_eq!(from_integer.as_str(), "1234567890123456789");
        assert!(serde_json::from_str::<NumericString>("1.5").is_err());
        assert!(serde_json::from_str::<NumericString>("null").is_err());
    }

    #[test]
    fn numeric_strings_serialize_as_strings() {
        let id = NumericString::from(42u64);
        assert_eq!(serde_json::to_string(&id).expect("serializes"), r#""42""#);
        assert_eq!(NumericString::from(7u32).to_string(), "7");
        assert_eq!(NumericString::from("100").as_str(), "100");
        assert_eq!(NumericString::from(String::from("5")).into_string(), "5");
    }

    #[test]
    fn paged_lists_decode_with_and_without_paging() {
        let page: Paged<NumericString> = serde_json::from_str(
            r#"{"data":["1",2],"paging":{"cursors":{"before":"b","after":"a"},
                "next":"https://graph.facebook.com/v19.0/1/conversations?after=a"},"summary":{}}"#,
        )
        .expect("decodes");
        assert_eq!(page.data, vec!["1".into(), NumericString::from(2u64)]);
        assert_eq!(
            page.next_url(),
            Some("https://graph.facebook.com/v19.0/1/conversations?after=a")
        );
        let cursors = page
            .paging
            .as_ref()
            .and_then(|p| p.cursors.as_ref())
            .expect("cursors");
        assert_eq!(cursors.after.as_deref(), Some("a"));
        assert_eq!(page.into_iter().count(), 2);

        let last: Paged<u32> = serde_json::from_str(r#"{"paging":{"cursors":{}}}"#).expect("ok");
        assert!(last.data.is_empty());
        assert_eq!(last.next_url(), None);

        let empty: Paged<u32> = Paged::default();
        assert_eq!(
            serde_json::to_string(&empty).expect("serializes"),
            r#"{"data":[]}"#
        );
        let paging = Paging {
            next: Some("n".into()),
            ..Paging::default()
        };
        let page = Paged::new(vec![1, 2], Some(paging));
        assert_eq!(
            serde_json::to_string(&page).expect("serializes"),
            r#"{"data":[1,2],"paging":{"next":"n"}}"#
        );
        assert_eq!((&page).into_iter().sum::<i32>(), 3);
    }
}

/// A node of another area, by id: what a field holds when the node it names lives in an area
/// other than the field's (a Page's `instagram_business_account` is an Instagram node, and the
/// pages area refers to it this way, so that using Pages does not compile Instagram).
///
/// `N` is the node's marker in its version's `ids` module (`NodeRef<ids::IGUser>`), so its
/// [`id`](NodeRef::id) is that node's typed [`Id`], accepted by the calls on that node.
///
/// Graph sends such a field as `{"id": "…"}`, or with the fields a nested selection asked for
/// (`fields=instagram_business_account{username}`); every one of them is kept, and
/// [`decode`](NodeRef::decode) reads them as the node's own type, from its area's module. A
/// field Graph sends as a bare id (a string or a number) is read as `{"id": …}`.
pub struct NodeRef<N = AnyNode> {
    /// The node's id, when Graph sent one (a nested selection may leave it out).
    pub id: Option<Id<N>>,
    /// Every other field Graph sent, as it sent it.
    pub fields: serde_json::Map<String, serde_json::Value>,
}

impl<N> NodeRef<N> {
    /// The reference to the node with this id.
    pub fn new(id: impl Into<Id<N>>) -> Self {
        NodeRef {
            id: Some(id.into()),
            fields: serde_json::Map::new(),
        }
    }

    /// The node's id, when Graph sent one.
    pub fn id(&self) -> Option<&Id<N>> {
        self.id.as_ref()
    }

    /// Reads what Graph sent (the id and every other field) as `T`, the node's type in its
    /// area's module: `page.instagram_business_account?.decode::<instagram::ig_user::IGUser>()`.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_value(serde_json::Value::Object(self.to_map()))
    }

    fn to_map(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut map = self.fields.clone();
        if let Some(id) = &self.id {
            map.insert(
                "id".to_owned(),
                serde_json::Value::String(id.as_str().to_owned()),
            );
        }
        map
    }
}

impl<N> Default for NodeRef<N> {
    fn default() -> Self {
        NodeRef {
            id: None,
            fields: serde_json::Map::new(),
        }
    }
}

impl<N> Clone for NodeRef<N> {
    fn clone(&self) -> Self {
        NodeRef {
            id: self.id.clone(),
            fields: self.fields.clone(),
        }
    }
}

impl<N> PartialEq for NodeRef<N> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.fields == other.fields
    }
}

impl<N> fmt::Debug for NodeRef<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NodeRef")
            .field("id", &self.id)
            .field("fields", &self.fields)
            .finish()
    }
}

impl<N> Serialize for NodeRef<N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_map().serialize(serializer)
    }
}

impl<'de, N> Deserialize<'de> for NodeRef<N> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Object(mut fields) => {
                let id = match fields.remove("id") {
                    None | Some(serde_json::Value::Null) => None,
                    Some(serde_json::Value::String(s)) => Some(Id::new(s)),
                    Some(serde_json::Value::Number(n)) => Some(Id::new(n.to_string())),
                    Some(other) => {
                        return Err(de::Error::custom(format!(
                            "a node's `id` is a string or a number, not {other}"
                        )));
                    }
                };
                Ok(NodeRef { id, fields })
            }
            serde_json::Value::String(id) => Ok(NodeRef::new(id)),
            serde_json::Value::Number(n) => Ok(NodeRef::new(n.to_string())),
            other => Err(de::Error::custom(format!(
                "a node is an object with an `id`, or an id, not {other}"
            ))),
        }
    }
}

#[cfg(test)]
mod node_ref_tests {
    use super::NodeRef;

    #[test]
    fn a_reference_keeps_every_field_and_decodes_as_the_full_type() {
        let r: NodeRef =
            serde_json::from_str(r#"{"id": 17841, "username": "shop", "media_count": 3}"#)
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.id().map(|id| id.as_str()), Some("17841"));
        assert_eq!(r.fields.len(), 2);
        #[derive(serde::Deserialize)]
        struct IgUser {
            id: String,
            username: String,
        }
        let user: IgUser = r.decode().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (user.id.as_str(), user.username.as_str()),
            ("17841", "shop")
        );
        let back = serde_json::to_value(&r).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back["media_count"], 3);
        assert_eq!(back["id"], "17841");
    }

    #[test]
    fn a_bare_id_is_a_reference_and_anything_else_is_refused() {
        let r: NodeRef = serde_json::from_str("42").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.id().map(|id| id.as_str()), Some("42"));
        let r: NodeRef = serde_json::from_str(r#""42""#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r, NodeRef::new("42"));
        assert!(serde_json::from_str::<NodeRef>("[1]").is_err());
        assert!(serde_json::from_str::<NodeRef>(r#"{"id": [1]}"#).is_err());
    }
}
