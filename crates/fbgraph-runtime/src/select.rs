//! Typed `fields` selection: a field, its modifiers (`.limit(5)`) and a nested selection
//! (`{message,from}`), written the way Graph reads it: `messages.limit(5){message,from}`.

use std::fmt;

/// A field of a node or object: what the generated `…Field` enums implement.
pub trait FieldName: Copy + fmt::Debug + 'static {
    /// The field's name on the wire.
    fn name(self) -> &'static str;
}

/// One entry of a `fields` parameter.
///
/// A generated field enum value converts into one (`MessageField::Message.into()`); a field
/// with a nested type has a constructor on its enum that takes the nested selection:
///
/// ```ignore
/// UnifiedThreadField::messages([MessageField::Message, MessageField::From]).limit(5)
/// // renders as messages.limit(5){message,from}
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Select<F> {
    field: F,
    modifiers: Vec<(&'static str, String)>,
    nested: Option<Vec<String>>,
}

impl<F: FieldName> Select<F> {
    /// The field alone.
    pub fn field(field: F) -> Self {
        Select {
            field,
            modifiers: Vec::new(),
            nested: None,
        }
    }

    /// The field with a selection of its own fields; the generated constructors call this.
    pub fn nested<G: FieldName>(
        field: F,
        fields: impl IntoIterator<Item = impl Into<Select<G>>>,
    ) -> Self {
        Select {
            field,
            modifiers: Vec::new(),
            nested: Some(fields.into_iter().map(|f| f.into().to_string()).collect()),
        }
    }

    /// At most `n` items of a list field (`.limit(n)`).
    pub fn limit(self, n: u32) -> Self {
        self.modifier("limit", n)
    }

    /// Any other modifier Graph takes, such as `.summary(true)` or `.order(reverse_chronological)`.
    /// Names are static; values are written as given, so a value from user input must not
    /// contain `(`, `)`, `{`, `}` or `,`, which would change the selection.
    pub fn modifier(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.modifiers.retain(|(n, _)| *n != name);
        self.modifiers.push((name, value.to_string()));
        self
    }

    /// The field this entry selects.
    pub fn field_name(&self) -> &'static str {
        self.field.name()
    }
}

impl<F: FieldName> From<F> for Select<F> {
    fn from(field: F) -> Self {
        Select::field(field)
    }
}

impl<F: FieldName> fmt::Display for Select<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field.name())?;
        for (name, value) in &self.modifiers {
            write!(f, ".{name}({value})")?;
        }
        if let Some(nested) = &self.nested {
            write!(f, "{{{}}}", nested.join(","))?;
        }
        Ok(())
    }
}

/// Serializes `Some([a, b])` as `"a,b"`: how generated requests send `fields`.
pub fn comma_joined<S: serde::Serializer, T: fmt::Display>(
    items: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let joined = items
        .iter()
        .flatten()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",");
    serializer.serialize_str(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy)]
    enum Thread {
        Id,
        Messages,
    }

    impl FieldName for Thread {
        fn name(self) -> &'static str {
            match self {
                Thread::Id => "id",
                Thread::Messages => "messages",
            }
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Msg {
        Message,
        From,
        Attachments,
    }

    impl FieldName for Msg {
        fn name(self) -> &'static str {
            match self {
                Msg::Message => "message",
                Msg::From => "from",
                Msg::Attachments => "attachments",
            }
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Attachment {
        ImageData,
    }

    impl FieldName for Attachment {
        fn name(self) -> &'static str {
            "image_data"
        }
    }

    #[test]
    fn renders_graphs_field_syntax() {
        assert_eq!(Select::from(Thread::Id).to_string(), "id");
        let nested = Select::nested(
            Thread::Messages,
            [
                Select::from(Msg::Message),
                Msg::From.into(),
                Select::nested(Msg::Attachments, [Attachment::ImageData]).limit(1),
            ],
        )
        .limit(5);
        assert_eq!(
            nested.to_string(),
            "messages.limit(5){message,from,attachments.limit(1){image_data}}"
        );
        // A modifier set twice keeps the last value.
        assert_eq!(
            Select::from(Thread::Messages).limit(2).limit(3).to_string(),
            "messages.limit(3)"
        );
        assert_eq!(nested.field_name(), "messages");
    }

    #[test]
    fn a_list_is_sent_comma_joined() {
        let fields = Some(vec![
            Select::from(Thread::Id),
            Select::nested(Thread::Messages, [Msg::Message]),
        ]);
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::new(&mut out);
        comma_joined(&fields, &mut ser).expect("serializes");
        assert_eq!(String::from_utf8_lossy(&out), "\"id,messages{message}\"");
    }
}
