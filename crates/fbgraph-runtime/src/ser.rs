//! serde helpers used by generated code.

use serde::Serializer;

/// Serializes `Some(["a", "b", "c"])` as the string `"a,b,c"`, as Graph takes `fields`.
///
/// Meant for optional list parameters:
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Request {
///     #[serde(
///         serialize_with = "fbgraph_runtime::ser::comma_separated",
///         skip_serializing_if = "Option::is_none"
///     )]
///     fields: Option<Vec<&'static str>>,
/// }
///
/// let json = serde_json::to_string(&Request { fields: Some(vec!["id", "message"]) }).unwrap();
/// assert_eq!(json, r#"{"fields":"id,message"}"#);
/// ```
///
/// `None` serializes as `null`, should it not be skipped.
pub fn comma_separated<S: Serializer, T: AsRef<str>>(
    items: &Option<Vec<T>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match items {
        Some(items) => {
            let mut joined = String::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    joined.push(',');
                }
                joined.push_str(item.as_ref());
            }
            s.serialize_str(&joined)
        }
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    #[derive(Serialize)]
    struct Fields {
        #[serde(
            serialize_with = "super::comma_separated",
            skip_serializing_if = "Option::is_none"
        )]
        fields: Option<Vec<String>>,
    }

    fn json(fields: Option<Vec<&str>>) -> String {
        let fields = fields.map(|f| f.into_iter().map(String::from).collect());
        serde_json::to_string(&Fields { fields }).expect("serializes")
    }

    #[test]
    fn lists_become_comma_separated_strings() {
        assert_eq!(
            json(Some(vec!["id", "messages.limit(5){message,from}"])),
            r#"{"fields":"id,messages.limit(5){message,from}"}"#
        );
        assert_eq!(json(Some(vec!["id"])), r#"{"fields":"id"}"#);
        assert_eq!(json(Some(vec![])), r#"{"fields":""}"#);
    }

    #[test]
    fn absent_lists_are_skipped() {
        assert_eq!(json(None), "{}");
    }
}
