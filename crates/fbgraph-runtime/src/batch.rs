//! Batch requests: up to 50 calls in one HTTP request, each answered on its own.

use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::client::{
    Client, Prepared, Reply, SendOptions, check_path, check_version, into_params, param_pairs,
};
use crate::endpoint::{Endpoint, Method};
use crate::error::{DecodeError, Error, UntypedCode};
use crate::usage::{RawUsage, Usage};

/// The most calls Graph takes in one batch.
const MAX_CALLS: usize = 50;

/// Calls to send together with [`Client::send_batch`].
///
/// Each [`add`](Batch::add) serializes a request as a call of the batch and returns a typed
/// [`BatchHandle`] to read its answer from the [`BatchResults`]. Graph takes at most 50 calls,
/// all of one Graph version; a call that would break either rule is refused when added, so a
/// batch that exists can be sent.
///
/// ```no_run
/// # use fbgraph_runtime::{Batch, BatchOutcome, Client, Endpoint, Error};
/// # async fn demo<A: Endpoint, B: Endpoint>(client: Client, a: A, b: B) -> Result<(), Error> {
/// let mut batch = Batch::new();
/// let first = batch.add_named("first", a)?;
/// let second = batch.add(b)?;
/// batch.depends_on(&second, &first)?;
/// let results = client.send_batch(batch).await?;
/// match results.get(&first) {
///     BatchOutcome::Done(Ok(_value)) => {}
///     BatchOutcome::Done(Err(error)) => eprintln!("{error}"),
///     BatchOutcome::TimedOut => eprintln!("Graph did not finish this call in time"),
/// }
/// # Ok(())
/// # }
/// ```
pub struct Batch {
    id: u64,
    version: Option<&'static str>,
    calls: Vec<Map<String, Value>>,
}

/// Where the answer to one call of a [`Batch`] is: pass it to [`BatchResults::get`].
///
/// It remembers the call's endpoint type, so the answer decodes into that call's response and
/// error code types.
pub struct BatchHandle<E> {
    batch: u64,
    index: usize,
    endpoint: PhantomData<fn() -> E>,
}

/// The answer to one call of a batch; see [`BatchResults::get`].
#[derive(Debug)]
pub enum BatchOutcome<T, C = UntypedCode> {
    /// Graph ran the call: its decoded response, or its error (Graph's error for this call,
    /// typed with the endpoint's code, or an answer that did not decode).
    Done(Result<T, Error<C>>),
    /// Graph answered `null` for the call (it did not complete within the batch's time), or
    /// left it out of its answer. It may or may not have been carried out; send it again on
    /// its own only if that is safe.
    TimedOut,
}

impl<T, C> BatchOutcome<T, C> {
    /// The call's result; `None` if Graph timed it out.
    pub fn into_result(self) -> Option<Result<T, Error<C>>> {
        match self {
            BatchOutcome::Done(result) => Some(result),
            BatchOutcome::TimedOut => None,
        }
    }

    /// The response, if the call succeeded.
    pub fn ok(self) -> Option<T> {
        self.into_result().and_then(Result::ok)
    }

    /// Whether Graph answered `null` for the call.
    pub fn is_timed_out(&self) -> bool {
        matches!(self, BatchOutcome::TimedOut)
    }
}

/// The answers to a batch, in the order of its calls; see [`Client::send_batch`].
pub struct BatchResults {
    batch: u64,
    client: Client,
    answers: Vec<Entry>,
    usage: Usage,
    attempts: u32,
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Batch {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        Batch {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            version: None,
            calls: Vec::new(),
        }
    }

    /// Adds a call; [`Error::Request`] if the batch already holds 50, if the call's Graph
    /// version differs from the first call's, or if the request cannot be serialized.
    pub fn add<E: Endpoint>(&mut self, request: E) -> Result<BatchHandle<E>, Error> {
        self.push(request, None)
    }

    /// Adds a call with a `name`, by which later calls can [depend on](Batch::depends_on) it
    /// and refer to its result (`{result=name:$.id}`). Names must be unique and not empty.
    pub fn add_named<E: Endpoint>(
        &mut self,
        name: impl Into<String>,
        request: E,
    ) -> Result<BatchHandle<E>, Error> {
        let name = name.into();
        if name.is_empty() {
            return Err(Error::Request(
                "the name of a batch call must not be empty".to_owned(),
            ));
        }
        if self
            .calls
            .iter()
            .any(|c| c.get("name").and_then(Value::as_str) == Some(&name))
        {
            return Err(Error::Request(format!(
                "two calls of a batch are named {name:?}"
            )));
        }
        self.push(request, Some(name))
    }

    /// Makes `call` wait for `on` (Graph's `depends_on`): `on` must be an earlier, named call of
    /// this batch.
    pub fn depends_on<A, B>(
        &mut self,
        call: &BatchHandle<A>,
        on: &BatchHandle<B>,
    ) -> Result<(), Error> {
        if call.batch != self.id || on.batch != self.id {
            return Err(Error::Request(
                "depends_on was given a handle of another batch".to_owned(),
            ));
        }
        if on.index >= call.index {
            return Err(Error::Request(format!(
                "call {} of the batch can only depend on an earlier call, not on call {}",
                call.index, on.index
            )));
        }
        let Some(name) = self
            .calls
            .get(on.index)
            .and_then(|c| c.get("name"))
            .cloned()
        else {
            return Err(Error::Request(format!(
                "call {} must be added with add_named for another call to depend on it",
                on.index
            )));
        };
        if let Some(call) = self.calls.get_mut(call.index) {
            call.insert("depends_on".to_owned(), name);
        }
        Ok(())
    }

    /// How many calls the batch holds.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether the batch holds no call.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    fn push<E: Endpoint>(
        &mut self,
        request: E,
        name: Option<String>,
    ) -> Result<BatchHandle<E>, Error> {
        if self.calls.len() >= MAX_CALLS {
            return Err(Error::Request(format!(
                "a batch holds at most {MAX_CALLS} calls; {} would be call {}",
                E::NAME,
                self.calls.len() + 1
            )));
        }
        match self.version {
            Some(version) if version != E::VERSION => {
                return Err(Error::Request(format!(
                    "all calls of a batch must use one Graph version: the batch uses {version}, \
                     {} uses {}",
                    E::NAME,
                    E::VERSION
                )));
            }
            Some(_) => {}
            None => check_version(E::VERSION)?,
        }
        if !request.uploads().is_empty() {
            return Err(Error::Request(format!(
                "{} sends files, which a batch cannot carry: send it on its own",
                E::NAME
            )));
        }
        let path = request.path();
        check_path(&path)?;
        let params = into_params(serde_json::to_value(&request), E::NAME)?;
        drop(request);

        let mut relative_url = path[1..].to_owned();
        let mut call = Map::new();
        call.insert("method".to_owned(), E::METHOD.as_str().into());
        let encoded = form_encode(&params);
        let body = if E::METHOD.has_body() {
            Some(encoded)
        } else {
            if !encoded.is_empty() {
                relative_url.push('?');
                relative_url.push_str(&encoded);
            }
            None
        };
        call.insert("relative_url".to_owned(), relative_url.into());
        if let Some(body) = body.filter(|b| !b.is_empty()) {
            call.insert("body".to_owned(), body.into());
        }
        if let Some(name) = name {
            call.insert("name".to_owned(), name.into());
        }
        self.version = Some(E::VERSION);
        self.calls.push(call);
        Ok(BatchHandle {
            batch: self.id,
            index: self.calls.len() - 1,
            endpoint: PhantomData,
        })
    }
}

impl Default for Batch {
    fn default() -> Batch {
        Batch::new()
    }
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Calls are not shown: their parameters may hold personal data.
        f.debug_struct("Batch")
            .field("version", &self.version)
            .field("calls", &self.calls.len())
            .finish_non_exhaustive()
    }
}

impl<E> BatchHandle<E> {
    /// The call's position in its batch, from 0.
    pub fn index(&self) -> usize {
        self.index
    }
}

impl<E> Clone for BatchHandle<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for BatchHandle<E> {}

impl<E> fmt::Debug for BatchHandle<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchHandle")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl BatchResults {
    /// The answer to the call behind `handle`, decoded like the answer to a call of its own:
    /// Graph's error envelope is an [`Error::Graph`] with the endpoint's typed code. A handle
    /// from another batch gives [`Error::Request`].
    pub fn get<E: Endpoint>(
        &self,
        handle: &BatchHandle<E>,
    ) -> BatchOutcome<E::Response, E::ErrorCode> {
        if handle.batch != self.batch {
            return BatchOutcome::Done(Err(Error::Request(
                "this handle belongs to another batch".to_owned(),
            )));
        }
        match self.answers.get(handle.index) {
            None => BatchOutcome::Done(Err(Error::Request(format!(
                "the batch has no call {}",
                handle.index
            )))),
            Some(Entry::NoAnswer) => BatchOutcome::TimedOut,
            Some(Entry::Malformed(why)) => BatchOutcome::Done(Err(Error::Decode {
                status: 200,
                source: DecodeError::data(format!(
                    "this call's entry in the batch answer is malformed: {why}"
                )),
                body: String::new(),
                usage: Box::default(),
                attempts: self.attempts,
            })),
            Some(Entry::Answer(reply)) => BatchOutcome::Done(
                self.client
                    .check(reply)
                    .and_then(|()| self.client.decode_body(reply))
                    .map_err(Error::typed),
            ),
        }
    }

    /// How many answers there are: one per call.
    pub fn len(&self) -> usize {
        self.answers.len()
    }

    /// Whether there are no answers.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// The usage headers of the batch request as a whole (each call's own are on its errors).
    pub fn usage(&self) -> &Usage {
        &self.usage
    }

    /// How many times the batch request was sent.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Debug for BatchResults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let statuses: Vec<Option<u16>> = self
            .answers
            .iter()
            .map(|a| match a {
                Entry::Answer(reply) => Some(reply.status),
                Entry::NoAnswer | Entry::Malformed(_) => None,
            })
            .collect();
        f.debug_struct("BatchResults")
            .field("statuses", &statuses)
            .field("usage", &self.usage)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Sends the calls of `batch` as one request, `POST {base}/{version}/`, with the token and
    /// proof on that request only.
    ///
    /// `GET` and `DELETE` parameters travel in each call's `relative_url` query, `POST` ones as
    /// its form-encoded `body` (objects and lists as JSON text), as Graph takes them. An empty
    /// batch is refused ([`Error::Request`]) without sending anything.
    ///
    /// The batch request is a `POST`: it is retried only as a `POST` is (never when its
    /// delivery is ambiguous). The result of the whole request is the `Err` of this call
    /// (Graph refused the batch, it timed out, …); each call's own answer, success or error,
    /// is in the [`BatchResults`].
    pub async fn send_batch(&self, batch: Batch) -> Result<BatchResults, Error> {
        self.send_batch_with(batch, SendOptions::new()).await
    }

    /// [`send_batch`](Client::send_batch) with this request's own timeout or retry policy.
    pub async fn send_batch_with(
        &self,
        batch: Batch,
        options: SendOptions,
    ) -> Result<BatchResults, Error> {
        let Some(version) = batch.version.filter(|_| !batch.calls.is_empty()) else {
            return Err(Error::Request("the batch has no calls".to_owned()));
        };
        let count = batch.calls.len();
        let mut params = Map::new();
        params.insert(
            "batch".to_owned(),
            Value::Array(batch.calls.into_iter().map(Value::Object).collect()),
        );
        params.insert("include_headers".to_owned(), Value::Bool(true));
        let prepared: Prepared = self.prepare_raw(Method::Post, version, "/", params)?;
        let reply = self.execute(&prepared, &options).await?;
        // Each entry on its own: one malformed or missing entry must not lose the others
        // (some of which may be sends that went through).
        let entries: Vec<Value> = self.decode_body(&reply)?;
        let mut entries = entries.into_iter();
        let answers = (0..count)
            .map(|_| match entries.next() {
                None | Some(Value::Null) => Entry::NoAnswer,
                Some(value) => match serde_json::from_value::<RawAnswer>(value) {
                    Ok(answer) => Entry::Answer(Reply {
                        status: answer.code,
                        usage: RawUsage::Parsed(Usage::from_headers(
                            answer
                                .headers
                                .iter()
                                .map(|h| (h.name.as_str(), h.value.as_str())),
                        )),
                        body: answer.body.into_bytes().into(),
                        attempts: 1,
                    }),
                    // The decoder's text may quote the entry: redacted like any server text.
                    Err(e) => Entry::Malformed(self.redact(&e.to_string())),
                },
            })
            .collect();
        Ok(BatchResults {
            batch: batch.id,
            client: self.clone(),
            answers,
            usage: self.usage_of(&reply.usage),
            attempts: reply.attempts,
        })
    }
}

/// What the batch answer holds for one call.
enum Entry {
    /// Graph's answer to the call.
    Answer(Reply),
    /// `null`, or no entry at all: Graph timed the call out, or left it out. It may or may not
    /// have run.
    NoAnswer,
    /// An entry that is not `{code, headers, body}`.
    Malformed(String),
}

/// One entry of a batch answer.
#[derive(Deserialize)]
struct RawAnswer {
    code: u16,
    #[serde(default)]
    headers: Vec<RawHeader>,
    #[serde(default)]
    body: String,
}

#[derive(Deserialize)]
struct RawHeader {
    name: String,
    value: String,
}

/// `application/x-www-form-urlencoded` text of the parameters, encoded as in a query string.
fn form_encode(params: &Map<String, Value>) -> String {
    let mut out = String::new();
    for (name, value) in param_pairs(params) {
        if !out.is_empty() {
            out.push('&');
        }
        encode_component(name, &mut out);
        out.push('=');
        encode_component(&value, &mut out);
    }
    out
}

/// The form-urlencoded byte serializer (the WHATWG URL standard's): alphanumerics and `*-._`
/// stay, a space becomes `+`, every other byte `%XX`.
fn encode_component(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    #[derive(Serialize)]
    struct Get {
        #[serde(skip)]
        id: &'static str,
        fields: &'static str,
        limit: u32,
        skipped: Option<u32>,
    }

    impl Endpoint for Get {
        type Response = Value;
        type ErrorCode = UntypedCode;
        const METHOD: Method = Method::Get;
        const NAME: &'static str = "Get";
        const VERSION: &'static str = "v19.0";
        fn path(&self) -> String {
            format!("/{}/conversations", self.id)
        }
    }

    #[derive(Serialize)]
    struct Post {
        recipient: Value,
        message: Value,
        messaging_type: &'static str,
    }

    impl Endpoint for Post {
        type Response = Value;
        type ErrorCode = UntypedCode;
        const METHOD: Method = Method::Post;
        const NAME: &'static str = "Post";
        const VERSION: &'static str = "v19.0";
        fn path(&self) -> String {
            "/me/messages".to_owned()
        }
    }

    #[derive(Serialize)]
    struct Newer;

    impl Endpoint for Newer {
        type Response = Value;
        type ErrorCode = UntypedCode;
        const METHOD: Method = Method::Get;
        const NAME: &'static str = "Newer";
        const VERSION: &'static str = "v26.0";
        fn path(&self) -> String {
            "/me".to_owned()
        }
    }

    fn get() -> Get {
        Get {
            id: "me",
            fields: "id,messages.limit(5){message}",
            limit: 5,
            skipped: None,
        }
    }

    #[test]
    fn calls_are_written_as_graph_takes_them() {
        let mut batch = Batch::new();
        let first = batch.add_named("convs", get()).expect("added");
        let second = batch
            .add(Post {
                recipient: json!({"id": "1"}),
                message: json!({"text": "hé & bye"}),
                messaging_type: "RESPONSE",
            })
            .expect("added");
        batch
            .depends_on(&second, &first)
            .expect("named and earlier");
        assert_eq!(
            Value::Array(batch.calls.iter().cloned().map(Value::Object).collect()),
            json!([
                {
                    "method": "GET",
                    "name": "convs",
                    "relative_url":
                        "me/conversations?fields=id%2Cmessages.limit%285%29%7Bmessage%7D&limit=5",
                },
                {
                    "method": "POST",
                    "relative_url": "me/messages",
                    "body": "message=%7B%22text%22%3A%22h%C3%A9+%26+bye%22%7D&messaging_type=RESPONSE\
                             &recipient=%7B%22id%22%3A%221%22%7D",
                    "depends_on": "convs",
                },
            ])
        );
    }

    #[test]
    fn forms_are_encoded_like_query_strings() {
        let params = json!({
            "text": "a b&c=d/é~*-._+%",
            "n": 1.5,
            "flag": false,
            "list": ["x y", {"k": "ü"}],
            "gone": null,
        });
        let Value::Object(params) = params else {
            unreachable!()
        };
        let mut url = reqwest::Url::parse("http://x.invalid/").expect("valid");
        url.query_pairs_mut()
            .extend_pairs(param_pairs(&params).map(|(k, v)| (k.to_owned(), v.into_owned())));
        assert_eq!(Some(form_encode(&params).as_str()), url.query());
    }

    #[test]
    fn a_batch_holds_fifty_calls_of_one_version() {
        let mut batch = Batch::new();
        for _ in 0..MAX_CALLS {
            batch.add(get()).expect("room left");
        }
        let error = batch.add(get()).expect_err("full");
        assert!(
            matches!(&error, Error::Request(m) if m.contains("at most 50")),
            "{error}"
        );
        assert_eq!(batch.len(), 50);

        let mut batch = Batch::new();
        batch.add(get()).expect("first");
        let error = batch.add(Newer).expect_err("another version");
        assert!(error.to_string().contains("v19.0"), "{error}");
    }

    #[test]
    fn names_and_dependencies_are_checked() {
        let mut batch = Batch::new();
        let unnamed = batch.add(get()).expect("added");
        let named = batch.add_named("a", get()).expect("added");
        assert!(batch.add_named("a", get()).is_err(), "duplicate name");
        assert!(batch.add_named("", get()).is_err(), "empty name");
        assert!(batch.depends_on(&named, &unnamed).is_err(), "unnamed");
        assert!(batch.depends_on(&unnamed, &named).is_err(), "later");
        let mut other = Batch::new();
        let foreign = other.add_named("b", get()).expect("added");
        assert!(batch.depends_on(&named, &foreign).is_err(), "another batch");
    }
}
