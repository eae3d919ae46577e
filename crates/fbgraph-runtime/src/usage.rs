//! Graph's rate-limit headers: how much of its quota the app and the business have used.

use std::time::Duration;

use serde_json::Value;

use fbgraph_redact::Redactor;

/// What Graph's usage headers said on one answer.
///
/// Graph reports, on every answer, how close the app is to its rate limits:
///
/// * `X-App-Usage`: `{"call_count":28,"total_cputime":25,"total_time":25}`, percentages of the
///   app's platform limit;
/// * `X-Business-Use-Case-Usage`: per business id, a list of
///   `{"type":"messenger","call_count":…,"total_cputime":…,"total_time":…,
///   "estimated_time_to_regain_access":…}`, the last in minutes (Messenger's limits are of this
///   kind);
/// * `facebook-api-version`: the version that answered, which may be newer than the one asked
///   for when that one has expired.
///
/// Reading is lenient: a header that is absent or not what Graph documents leaves its field
/// empty, and one odd value leaves only that value empty. A bad header is never an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Usage {
    /// `X-App-Usage`, if present and a JSON object.
    pub app: Option<AppUsage>,
    /// `X-Business-Use-Case-Usage`, one entry per business id and use-case type.
    pub business: Vec<BusinessUsage>,
    /// `facebook-api-version`, e.g. `"v19.0"`.
    pub api_version: Option<String>,
}

/// The `X-App-Usage` header: percentages of the app's limits used, 0–100 (and beyond when
/// throttled).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppUsage {
    /// `call_count`: percentage of calls made.
    pub call_count: Option<u32>,
    /// `total_cputime`: percentage of CPU time used.
    pub total_cputime: Option<u32>,
    /// `total_time`: percentage of total time used.
    pub total_time: Option<u32>,
}

/// One entry of the `X-Business-Use-Case-Usage` header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BusinessUsage {
    /// The business (or page) id the entry is keyed by.
    pub business_id: String,
    /// `type`: the use case, e.g. `"messenger"` or `"pages"`.
    pub kind: Option<String>,
    /// `call_count`: percentage of calls made.
    pub call_count: Option<u32>,
    /// `total_cputime`: percentage of CPU time used.
    pub total_cputime: Option<u32>,
    /// `total_time`: percentage of total time used.
    pub total_time: Option<u32>,
    /// `estimated_time_to_regain_access` (Graph sends minutes): how long until calls are
    /// accepted again. Zero when not throttled.
    pub estimated_time_to_regain_access: Option<Duration>,
}

const APP_USAGE: &str = "x-app-usage";
const BUSINESS_USAGE: &str = "x-business-use-case-usage";
const API_VERSION: &str = "facebook-api-version";

impl Usage {
    /// Reads the usage headers from `(name, value)` pairs; names match case-insensitively.
    /// Other headers are ignored; of a repeated header, the first counts.
    pub fn from_headers<'a>(headers: impl IntoIterator<Item = (&'a str, &'a str)>) -> Usage {
        let mut usage = Usage::default();
        let (mut seen_app, mut seen_business) = (false, false);
        for (name, value) in headers {
            if name.eq_ignore_ascii_case(APP_USAGE) && !seen_app {
                seen_app = true;
                usage.app = parse_app(value);
            } else if name.eq_ignore_ascii_case(BUSINESS_USAGE) && !seen_business {
                seen_business = true;
                usage.business = parse_business(value);
            } else if name.eq_ignore_ascii_case(API_VERSION) && usage.api_version.is_none() {
                let value = value.trim();
                if !value.is_empty() {
                    usage.api_version = Some(value.to_owned());
                }
            }
        }
        usage
    }

    /// The longest `estimated_time_to_regain_access` of any business entry, if one is
    /// above zero: how long Graph says to wait before calling again.
    pub fn regain_access_in(&self) -> Option<Duration> {
        self.business
            .iter()
            .filter_map(|b| b.estimated_time_to_regain_access)
            .filter(|d| !d.is_zero())
            .max()
    }

    /// The highest percentage in either header: how close the nearest limit is.
    pub fn max_percent(&self) -> Option<u32> {
        let app = self
            .app
            .iter()
            .flat_map(|a| [a.call_count, a.total_cputime, a.total_time]);
        let business = self
            .business
            .iter()
            .flat_map(|b| [b.call_count, b.total_cputime, b.total_time]);
        app.chain(business).flatten().max()
    }

    /// The same figures, with the client's secrets taken out of every text and each text
    /// capped.
    pub(crate) fn redacted(self, redact: &Redactor) -> Usage {
        Usage {
            app: self.app,
            business: self
                .business
                .into_iter()
                .map(|b| BusinessUsage {
                    business_id: redact.text(&b.business_id),
                    kind: redact.opt(b.kind),
                    ..b
                })
                .collect(),
            api_version: redact.opt(self.api_version),
        }
    }

    /// Whether the answer carried none of the headers (or none that could be read).
    pub fn is_empty(&self) -> bool {
        self.app.is_none() && self.business.is_empty() && self.api_version.is_none()
    }
}

fn parse_app(text: &str) -> Option<AppUsage> {
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
        return None;
    };
    Some(AppUsage {
        call_count: percent(fields.get("call_count")),
        total_cputime: percent(fields.get("total_cputime")),
        total_time: percent(fields.get("total_time")),
    })
}

fn parse_business(text: &str) -> Vec<BusinessUsage> {
    let Ok(Value::Object(ids)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, entries) in ids {
        // Graph sends a list per id; a lone object is taken as a list of one.
        let entries = match entries {
            Value::Array(entries) => entries,
            entry @ Value::Object(_) => vec![entry],
            _ => continue,
        };
        for entry in entries {
            let Value::Object(fields) = entry else {
                continue;
            };
            out.push(BusinessUsage {
                business_id: id.clone(),
                kind: match fields.get("type") {
                    Some(Value::String(kind)) if !kind.is_empty() => Some(kind.clone()),
                    _ => None,
                },
                call_count: percent(fields.get("call_count")),
                total_cputime: percent(fields.get("total_cputime")),
                total_time: percent(fields.get("total_time")),
                estimated_time_to_regain_access: minutes(
                    fields.get("estimated_time_to_regain_access"),
                ),
            });
        }
    }
    out
}

/// A non-negative number, as a JSON number or numeric string; fractions round up.
fn percent(value: Option<&Value>) -> Option<u32> {
    let number = match value? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if !number.is_finite() || number < 0.0 || number > f64::from(u32::MAX) {
        return None;
    }
    // In range by the check above.
    Some(number.ceil() as u32)
}

/// A non-negative number of minutes, as a JSON number or numeric string; fractions round up
/// to the next whole minute. A number too large for a `Duration` (or infinite) is
/// `Duration::MAX`, so that a wait beyond any sensible bound is kept as one, not dropped.
fn minutes(value: Option<&Value>) -> Option<Duration> {
    let number = match value? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if number.is_nan() || number < 0.0 {
        return None;
    }
    let seconds = number.ceil() * 60.0;
    // `as` saturates: infinity and anything above `u64::MAX` become `u64::MAX`.
    Some(Duration::from_secs(seconds as u64))
}

/// The headers [`RawUsage`] keeps, in the order of its array.
const HEADERS: [&str; 3] = [APP_USAGE, BUSINESS_USAGE, API_VERSION];

/// The usage headers of an answer, kept as they came and read only when asked for: most
/// calls never look at them, and reading them is two JSON parses.
#[derive(Debug, Clone)]
pub(crate) enum RawUsage {
    /// `X-App-Usage`, `X-Business-Use-Case-Usage` and `facebook-api-version`, the first of each.
    Headers([Option<reqwest::header::HeaderValue>; 3]),
    /// Already read (a batch call's inline headers).
    Parsed(Usage),
}

impl Default for RawUsage {
    fn default() -> Self {
        RawUsage::Parsed(Usage::default())
    }
}

impl RawUsage {
    /// Keeps the usage headers of an HTTP answer (cheap: header values are shared bytes).
    pub(crate) fn from_header_map(headers: &reqwest::header::HeaderMap) -> RawUsage {
        RawUsage::Headers(
            [APP_USAGE, BUSINESS_USAGE, API_VERSION].map(|name| headers.get(name).cloned()),
        )
    }

    /// Reads them, every text taken through `redact` (the server chose it).
    pub(crate) fn parse(&self, redact: &Redactor) -> Usage {
        let usage = match self {
            RawUsage::Parsed(usage) => usage.clone(),
            RawUsage::Headers(values) => Usage::from_headers(
                HEADERS
                    .into_iter()
                    .zip(values)
                    .filter_map(|(name, value)| Some((name, value.as_ref()?.to_str().ok()?))),
            ),
        };
        usage.redacted(redact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(headers: &[(&str, &str)]) -> Usage {
        Usage::from_headers(headers.iter().copied())
    }

    #[test]
    fn all_three_headers_are_read() {
        let usage = usage(&[
            (
                "X-App-Usage",
                r#"{"call_count":28,"total_cputime":25,"total_time":"7"}"#,
            ),
            (
                "x-business-use-case-usage",
                r#"{"1000000000000001":[{"type":"messenger","call_count":100,"total_cputime":12,
                   "total_time":13.2,"estimated_time_to_regain_access":5}]}"#,
            ),
            ("Facebook-API-Version", "v19.0"),
            ("content-type", "application/json"),
        ]);
        assert_eq!(
            usage.app,
            Some(AppUsage {
                call_count: Some(28),
                total_cputime: Some(25),
                total_time: Some(7),
            })
        );
        assert_eq!(
            usage.business,
            vec![BusinessUsage {
                business_id: "1000000000000001".into(),
                kind: Some("messenger".into()),
                call_count: Some(100),
                total_cputime: Some(12),
                total_time: Some(14),
                estimated_time_to_regain_access: Some(Duration::from_secs(300)),
            }]
        );
        assert_eq!(usage.api_version.as_deref(), Some("v19.0"));
        assert_eq!(usage.regain_access_in(), Some(Duration::from_secs(300)));
        assert_eq!(usage.max_percent(), Some(100));
        assert!(!usage.is_empty());
    }

    #[test]
    fn bad_headers_leave_fields_empty() {
        let usage = usage(&[
            ("x-app-usage", "not json"),
            ("x-business-use-case-usage", "[1,2]"),
            ("facebook-api-version", "  "),
        ]);
        assert_eq!(usage, Usage::default());
        assert!(usage.is_empty());
        assert_eq!(usage.regain_access_in(), None);
        assert_eq!(usage.max_percent(), None);
    }

    #[test]
    fn odd_values_leave_only_themselves_empty() {
        let usage = usage(&[
            (
                "x-app-usage",
                r#"{"call_count":-1,"total_cputime":"x","total_time":1e99}"#,
            ),
            (
                "x-business-use-case-usage",
                r#"{"1":[{"type":7,"call_count":3,"estimated_time_to_regain_access":0},"junk"],
                    "2":{"type":"pages","estimated_time_to_regain_access":"2"},"3":5}"#,
            ),
        ]);
        assert_eq!(usage.app, Some(AppUsage::default()));
        assert_eq!(usage.business.len(), 2);
        assert_eq!(usage.business[0].kind, None);
        assert_eq!(usage.business[0].call_count, Some(3));
        assert_eq!(
            usage.business[0].estimated_time_to_regain_access,
            Some(Duration::ZERO)
        );
        assert_eq!(usage.business[1].business_id, "2");
        // Zero does not count as a wait; the longest one does.
        assert_eq!(usage.regain_access_in(), Some(Duration::from_secs(120)));
    }

    #[test]
    fn the_first_of_a_repeated_header_counts() {
        let usage = usage(&[
            ("x-app-usage", r#"{"call_count":1}"#),
            ("x-app-usage", r#"{"call_count":2}"#),
            ("facebook-api-version", "v19.0"),
            ("facebook-api-version", "v26.0"),
        ]);
        assert_eq!(usage.app.and_then(|a| a.call_count), Some(1));
        assert_eq!(usage.api_version.as_deref(), Some("v19.0"));
    }
}
