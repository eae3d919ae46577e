//! Typed ids: `Id<ids::Page>` is a Page's id, and a call that takes a Page's id does not take
//! a User's.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The node an [`Id`] or a [`NodeRef`](crate::NodeRef) names when the spec does not say which.
/// Uninhabited: it is only ever a type parameter.
#[derive(Debug)]
pub enum AnyNode {}

/// The id of a node of type `N`, where `N` is the node's marker in its version's `ids` module
/// (`Id<v26_0::ids::Page>`); the markers are compiled in every build, whichever areas are on,
/// so an id can name a node whose area is off.
///
/// The id of a node a call answers is typed with that node, and the call on a node takes that
/// node's id: `client.send(GetPagePersonas::new(&page.id))` compiles only when `page.id` is a
/// Page's. Text converts into any id (`GetPagePersonas::new("1234")`, ids you stored), and
/// [`cast`](Id::cast) retypes one the spec types more loosely than you know it.
///
/// An id derefs to its text (`page.id.as_deref()` is an `Option<&str>`). On the wire an id is
/// its text; reading one also accepts a number (some fields are integers
/// in Graph's answers).
pub struct Id<N = AnyNode> {
    id: String,
    // `fn() -> N`: an id is `Send`, `Sync` and covariant whatever the marker.
    node: PhantomData<fn() -> N>,
}

impl<N> Id<N> {
    /// The id with this text.
    pub fn new(id: impl Into<String>) -> Self {
        Id {
            id: id.into(),
            node: PhantomData,
        }
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        &self.id
    }

    /// The id's text, owned.
    pub fn into_string(self) -> String {
        self.id
    }

    /// The same id, as the id of a node of type `M`: for an id the spec types more loosely
    /// than you know it (a PSID the spec reads as a `User`), said where it happens.
    pub fn cast<M>(self) -> Id<M> {
        Id::new(self.id)
    }
}

impl<N> Clone for Id<N> {
    fn clone(&self) -> Self {
        Id::new(self.id.clone())
    }
}

impl<N> fmt::Debug for Id<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Id").field(&self.id).finish()
    }
}

impl<N> fmt::Display for Id<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

impl<N> PartialEq for Id<N> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl<N> Eq for Id<N> {}

impl<N> PartialEq<str> for Id<N> {
    fn eq(&self, other: &str) -> bool {
        self.id == other
    }
}

impl<N> PartialEq<&str> for Id<N> {
    fn eq(&self, other: &&str) -> bool {
        self.id == *other
    }
}

impl<N> PartialEq<String> for Id<N> {
    fn eq(&self, other: &String) -> bool {
        &self.id == other
    }
}

impl<N> PartialOrd for Id<N> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<N> Ord for Id<N> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.id.cmp(&other.id)
    }
}

// As `str` hashes, so that `Borrow<str>` lets a map keyed by ids be read with text.
impl<N> Hash for Id<N> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl<N> Borrow<str> for Id<N> {
    fn borrow(&self) -> &str {
        &self.id
    }
}

/// An id reads as its text (`page.id.as_deref()` is an `Option<&str>`): it holds no invariant
/// that a `str` method could break.
impl<N> std::ops::Deref for Id<N> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.id
    }
}

impl<N> AsRef<str> for Id<N> {
    fn as_ref(&self) -> &str {
        &self.id
    }
}

impl<N> From<String> for Id<N> {
    fn from(id: String) -> Self {
        Id::new(id)
    }
}

impl<N> From<&str> for Id<N> {
    fn from(id: &str) -> Self {
        Id::new(id)
    }
}

impl<N> From<&String> for Id<N> {
    fn from(id: &String) -> Self {
        Id::new(id.as_str())
    }
}

/// A borrowed id of the same node type: `GetPagePersonas::new(&page_id)` keeps `page_id`.
impl<N> From<&Id<N>> for Id<N> {
    fn from(id: &Id<N>) -> Self {
        id.clone()
    }
}

impl<N> From<Id<N>> for String {
    fn from(id: Id<N>) -> Self {
        id.id
    }
}

impl<N> Serialize for Id<N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id)
    }
}

impl<'de, N> Deserialize<'de> for Id<N> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a node's id: a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
                Ok(v)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
        }
        deserializer.deserialize_any(IdVisitor).map(Id::new)
    }
}

#[cfg(test)]
mod tests {
    use super::Id;
    use std::collections::HashSet;

    enum Page {}

    #[test]
    fn an_id_is_its_text_on_the_wire_and_reads_from_text_or_a_number() {
        let id: Id<Page> = serde_json::from_str(r#""1234""#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(id, "1234");
        let number: Id<Page> = serde_json::from_str("1234").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(number, id);
        assert_eq!(
            serde_json::to_string(&number).ok().as_deref(),
            Some(r#""1234""#)
        );
        assert!(serde_json::from_str::<Id<Page>>("1.5").is_err());
        assert!(serde_json::from_str::<Id<Page>>(r#"{"id": "1"}"#).is_err());
        assert!(serde_json::from_str::<Id<Page>>("[1]").is_err());
    }

    #[test]
    fn a_set_of_ids_is_read_with_text_and_debug_shows_the_id() {
        let ids: HashSet<Id<Page>> = ["1", "2"].into_iter().map(Id::from).collect();
        assert!(ids.contains("2"));
        assert!(!ids.contains("3"));
        let id = Id::<Page>::new("7");
        assert_eq!(format!("{id:?} {id}"), r#"Id("7") 7"#);
        let user: Id<()> = id.clone().cast();
        assert_eq!(user.as_str(), id.as_str());
    }
}
