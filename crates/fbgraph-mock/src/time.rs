//! Graph's datetime format, `2024-03-01T12:00:00+0000`, without a date library.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, now.
pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Milliseconds since the Unix epoch, now (webhook events' `time` and `timestamp`).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Formats Unix seconds the way Graph does: UTC, with `+0000` as the offset.
pub(crate) fn format(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let in_day = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+0000",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
///
/// Days are counted in 400-year eras that start on March 1st, so that the leap day is the
/// last day of its year and month lengths follow a simple pattern.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468; // days from 0000-03-01 to 1970-01-01
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153; // 0 = March
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Unix seconds of a datetime written by [`format()`] (`2024-03-01T12:00:00+0000`).
pub(crate) fn parse(text: &str) -> Option<i64> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> { text.get(range)?.parse().ok() };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if text.get(19..)? != "+0000" || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // The inverse of `civil_from_days`.
    let year = year - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_index = (month + 9) % 12; // 0 = March
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

/// Whether `text` is a datetime Graph accepts: Unix seconds, or an ISO 8601 date and time
/// (`2024-03-01T12:00:00+0000`, `…+00:00`, `…Z`), or a bare date.
pub(crate) fn is_datetime(text: &str) -> bool {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let date = digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-');
    if !date || !digits(8..10) {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    let time = matches!(b.get(10), Some(b'T' | b' '))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16);
    if !time {
        return false;
    }
    let mut rest = &text[16..];
    if let Some(seconds) = rest.strip_prefix(':') {
        if !seconds
            .get(..2)
            .is_some_and(|s| s.bytes().all(|c| c.is_ascii_digit()))
        {
            return false;
        }
        rest = &seconds[2..];
    }
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest.as_bytes() {
        [] | [b'Z'] => true,
        [b'+' | b'-', h1, h2, m1, m2] | [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

#[cfg(test)]
mod parse_tests {
    #[test]
    fn parse_inverts_format() {
        for secs in [0, 951_782_400, 1_709_294_400, 4_107_542_399, -86_400] {
            assert_eq!(super::parse(&super::format(secs)), Some(secs));
        }
        assert_eq!(super::parse("2024-03-01T12:00:00+0100"), None);
        assert_eq!(super::parse("2024-13-01T12:00:00+0000"), None);
        assert_eq!(super::parse("garbage"), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_graph() {
        assert_eq!(format(0), "1970-01-01T00:00:00+0000");
        assert_eq!(format(1_709_294_400), "2024-03-01T12:00:00+0000");
        assert_eq!(format(951_782_400), "2000-02-29T00:00:00+0000");
        assert_eq!(format(-1), "1969-12-31T23:59:59+0000");
    }

    #[test]
    fn recognises_datetimes() {
        for ok in [
            "2024-03-01T12:00:00+0000",
            "2024-03-01T12:00:00+00:00",
            "2024-03-01T12:00Z",
            "2024-03-01T12:00:00.123Z",
            "2024-03-01",
            "1709294400",
        ] {
            assert!(is_datetime(ok), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "2024-3-1",
            "2024-03-01T12",
            "2024-03-01T12:00:00+0",
            "2024-03-01T12:00:0é",
        ] {
            assert!(!is_datetime(bad), "{bad}");
        }
    }
}
