//! The request pipeline: version prefix, token and proof, routing by the spec's path
//! templates, parameter checks, the call's behaviour, then field selection and paging.

use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method as HttpMethod, StatusCode, header};
use axum::response::Response;
use fbgraph_spec::{Call, Method, Named, Spec, Type};
use serde_json::{Map, Value, json};

use crate::batch::{self, Op};
use crate::behaviours::{self, Behaviour};
use crate::bodies;
use crate::conn::{self, Conn, Refusal};
use crate::error::{GraphError, JSON_CONTENT_TYPE, MockError, json_response};
use crate::faults::{Fault, Faults};
use crate::fields::{self, FieldSel, Render};
use crate::paging::{self, PageRequest};
use crate::request::{self, BodyError, Params};
use crate::sandbox::{self, Webhooks};
use crate::shape::Shapes;
use crate::store::{Ids, Store};
use crate::{MockConfig, RequestRecord, Seed, validate};

/// One served spec version, with its calls compiled into routes.
pub(crate) struct Version {
    spec: Spec,
    routes: Vec<Route>,
    /// The routes by path segment, so that finding a request's call costs the path's depth
    /// and a few hash lookups, not a scan of the version's calls.
    trie: Trie,
    /// `(node type, edge)` pairs listed by a generic `GET /{id}/<edge>` call, with what the
    /// call answers (`paged<Item>` mostly).
    edges: HashMap<(String, String), Type>,
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Literal(String),
    Placeholder,
}

struct Route {
    call: Call,
    segments: Vec<Segment>,
    /// The node the call is made on: the node of the call's spec file.
    subject_type: String,
    /// The same with its module (`message::Message`), as type references are written.
    subject_qualified: String,
    returns: Type,
    behaviour: Behaviour,
}

/// The routes of a version keyed by path segments: a literal segment's child, the
/// placeholder child, and the routes whose template ends here.
#[derive(Default)]
struct Trie {
    literals: HashMap<String, Trie>,
    placeholder: Option<Box<Trie>>,
    /// Routes with placeholders ending here, by method and the node type of the object
    /// they are made on: the first (most specific) route of each.
    by_subject: HashMap<(Method, String), usize>,
    /// Routes without placeholders ending here, by method.
    by_method: HashMap<Method, usize>,
}

impl Trie {
    fn insert(&mut self, index: usize, route: &Route) {
        let mut node = self;
        for segment in &route.segments {
            node = match segment {
                Segment::Literal(l) => node.literals.entry(l.clone()).or_default(),
                Segment::Placeholder => node.placeholder.get_or_insert_with(Box::default),
            };
        }
        let method = route.call.method;
        if route.segments.contains(&Segment::Placeholder) {
            node.by_subject
                .entry((method, route.subject_type.clone()))
                .or_insert(index);
        } else {
            node.by_method.entry(method).or_insert(index);
        }
    }

    /// The ends the path reaches, literal segments tried before the placeholder, each with
    /// the placeholder values on the way (`me` is the page). At most two branches per
    /// segment, and paths are a few segments deep.
    fn ends<'t>(
        &'t self,
        segments: &[String],
        page_id: &str,
        values: &mut Vec<String>,
        out: &mut Vec<(&'t Trie, Vec<String>)>,
    ) {
        let Some((first, rest)) = segments.split_first() else {
            out.push((self, values.clone()));
            return;
        };
        if let Some(child) = self.literals.get(first) {
            child.ends(rest, page_id, values, out);
        }
        if let Some(child) = &self.placeholder {
            values.push(if first == "me" {
                page_id.to_owned()
            } else {
                first.clone()
            });
            child.ends(rest, page_id, values, out);
            values.pop();
        }
    }
}

impl Route {
    fn literals(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }

    /// The edge a generic `GET /{id}/<edge>` call lists.
    fn edge(&self) -> Option<&str> {
        match self.segments.as_slice() {
            [.., Segment::Placeholder, Segment::Literal(edge)] => Some(edge),
            _ => None,
        }
    }
}

impl Version {
    /// Compiles a spec's calls into routes; an unknown mock behaviour is an error.
    pub fn compile(spec: Spec) -> Result<Version, MockError> {
        // Every type reference with its module, so that lookups need no context when two
        // files each define a type of one name.
        let spec = spec.qualified();
        let mut routes = Vec::new();
        for (file, call) in spec.calls() {
            let behaviour =
                Behaviour::named(call.mock.as_deref()).ok_or_else(|| MockError::UnknownMock {
                    version: spec.version.clone(),
                    call: call.name.clone(),
                    name: call.mock.clone().unwrap_or_default(),
                    known: Behaviour::KNOWN
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", "),
                })?;
            let segments = call
                .path
                .split('/')
                .filter(|s| !s.is_empty())
                .map(|s| {
                    if s.starts_with('{') && s.ends_with('}') {
                        Segment::Placeholder
                    } else {
                        Segment::Literal(s.to_owned())
                    }
                })
                .collect();
            // Parameters every call of its kind has (the credentials, `fields`, cursors) are
            // handled as on every call, whatever the spec lists.
            let mut call = call.clone();
            let listed = std::mem::take(&mut call.params);
            call.params = listed
                .into_iter()
                .filter(|p| !call.sends_itself(&p.name))
                .collect();
            let returns = call
                .returns
                .parse()
                .unwrap_or(Type::Named(call.returns.0.clone()));
            routes.push(Route {
                call,
                segments,
                subject_type: file
                    .content
                    .node
                    .as_ref()
                    .map(|n| n.name.clone())
                    .unwrap_or_default(),
                subject_qualified: file
                    .content
                    .node
                    .as_ref()
                    .map(|n| format!("{}::{}", file.module, n.name))
                    .unwrap_or_default(),
                returns,
                behaviour,
            });
        }
        // More specific templates first: `/{id}/messages` before `/{id}/{edge}`.
        routes.sort_by_key(|r| std::cmp::Reverse(r.literals()));
        let mut trie = Trie::default();
        for (index, route) in routes.iter().enumerate() {
            trie.insert(index, route);
        }
        let edges = routes
            .iter()
            .filter(|r| r.behaviour == Behaviour::Generic && r.call.method == Method::Get)
            .filter_map(|r| {
                Some((
                    (r.subject_qualified.clone(), r.edge()?.to_owned()),
                    r.returns.clone(),
                ))
            })
            .collect();
        Ok(Version {
            spec,
            routes,
            trie,
            edges,
        })
    }

    /// Whether some call of the version is named `name` (`SendMessage`).
    pub fn has_call(&self, name: &str) -> bool {
        self.routes.iter().any(|r| r.call.name == name)
    }

    /// The version's name (`v19.0`).
    pub fn name(&self) -> &str {
        &self.spec.version
    }

    /// The version's spec, every type reference qualified.
    pub(crate) fn spec(&self) -> &Spec {
        &self.spec
    }

    /// Whether a generic `GET /{id}/<edge>` lists `edge` of the (qualified) node type.
    pub(crate) fn lists_edge(&self, node: &str, edge: &str) -> bool {
        self.edges.contains_key(&(node.to_owned(), edge.to_owned()))
    }

    /// The type of the items `edge` of the (qualified) node type lists.
    pub(crate) fn edge_item(&self, node: &str, edge: &str) -> Option<Type> {
        match self.edges.get(&(node.to_owned(), edge.to_owned()))? {
            Type::Paged(inner) | Type::List(inner) => Some((**inner).clone()),
            other => Some(other.clone()),
        }
    }
}

/// The server's shared state.
pub(crate) struct App {
    versions: Vec<Arc<Version>>,
    pub(crate) config: MockConfig,
    store: Mutex<Store>,
    pub(crate) ids: Ids,
    /// The webhook subscription, delivery queues and log.
    pub(crate) webhooks: Webhooks,
    /// Where `next` links point: the bound address, loopback if bound to all interfaces.
    link_addr: SocketAddr,
    /// How long a request body may take to arrive.
    body_timeout: Duration,
    /// The faults and rate limit to inflict.
    pub faults: Faults,
    /// What the store's messages and the webhook events are checked against.
    pub(crate) shapes: Shapes,
    /// Every request received, in order.
    log: Mutex<Vec<RequestRecord>>,
}

/// A request read and authenticated: its version, its path after the version, its
/// parameters and the access token it acts with.
struct Received {
    index: usize,
    rest: Vec<String>,
    params: Params,
    token: String,
}

/// What an earlier operation of a batch left for the later ones.
struct Done {
    name: Option<String>,
    /// The answer's body, when it succeeded.
    body: Option<Value>,
}

/// What a behaviour produced, before field selection and paging. List items are shared
/// with the store.
enum Outcome {
    One(Value),
    List(Vec<Arc<Value>>),
    /// An answer Graph gives whatever the call's return type (`{"success": true}`).
    Exact(Value),
}

type Failure = (Option<usize>, GraphError);

impl App {
    /// Whether a call of some served version is named `name`.
    pub(crate) fn has_call(&self, name: &str) -> bool {
        self.versions.iter().any(|v| v.has_call(name))
    }

    /// The state for `config`: its page, customers and conversations, then
    /// [`crate::seeds::defaults`] and the config's seeds, each checked against the spec.
    pub fn new(
        versions: Vec<Arc<Version>>,
        config: MockConfig,
        addr: SocketAddr,
    ) -> Result<App, MockError> {
        let ids = Ids::new();
        let shapes = Shapes::new(&versions);
        let store = Store::seeded(&config, &ids, crate::time::now(), shapes.clone())?;
        let mut link_addr = addr;
        if addr.ip().is_unspecified() {
            link_addr.set_ip(match addr {
                SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => Ipv6Addr::LOCALHOST.into(),
            });
        }
        let defaults = crate::seeds::defaults(&config);
        let seeds = config.seeds.clone();
        let app = App {
            versions,
            body_timeout: config.body_timeout,
            config,
            store: Mutex::new(store),
            ids,
            link_addr,
            faults: Faults::default(),
            log: Mutex::new(Vec::new()),
            webhooks: Webhooks::default(),
            shapes,
        };
        // The defaults fit themselves to the specs served (a test's own spec may lack an
        // ad account, or the page's `business`): one that still does not fit (its nested
        // objects lack a key) is left out. What the config gives must fit as given.
        for seed in defaults {
            if let Some(seed) = app.fitted(seed) {
                let _left_out_if_unfit = app.add(seed);
            }
        }
        for seed in seeds {
            app.add(seed)?;
        }
        Ok(app)
    }

    /// A default seed cut to what the newest served version defining its type has: only
    /// the top-level keys that are its fields or edges; `None` if no version has the type.
    fn fitted(&self, mut seed: Seed) -> Option<Seed> {
        let version = self
            .versions
            .iter()
            .rev()
            .find(|v| v.spec().lookup(&seed.ty).is_some())?;
        let (module, _) = version.spec().lookup(&seed.ty)?;
        let qualified = format!("{module}::{}", seed.ty);
        let fields = version.spec().fields_of(&qualified).unwrap_or(&[]);
        seed.fields.retain(|key, _| {
            fields.iter().any(|f| &f.name == key) || version.lists_edge(&qualified, key)
        });
        Some(seed)
    }

    /// Adds a seed to the store, checked against the newest served version defining its
    /// type; answers the id of the node it is (empty for an edge item that is not a node).
    pub(crate) fn add(&self, seed: Seed) -> Result<String, MockError> {
        let refuse = |reason: String| MockError::Seed {
            ty: seed.ty.clone(),
            reason,
        };
        let version = self
            .versions
            .iter()
            .rev()
            .find(|v| v.spec().lookup(&seed.ty).is_some())
            .ok_or_else(|| refuse("no served version has a type of this name".into()))?;
        let spec = version.spec();
        let (module, named) = spec
            .lookup(&seed.ty)
            .ok_or_else(|| refuse("no such type".into()))?;
        // Readable by id: a node with an `id` field (a `Recommendation` has none).
        let is_node = matches!(named, Named::Node(n) if n.fields.iter().any(|f| f.name == "id"));
        let bare_ty = seed.ty.rsplit("::").next().unwrap_or(&seed.ty).to_owned();
        let qualified = &format!("{module}::{bare_ty}");
        let mut fields = seed.fields.clone();
        let mut store = self.store();
        if store.is_full() {
            return Err(refuse(format!(
                "the store is full: it holds {} bytes of at most {} (MockConfig::max_store_bytes)",
                store.held(),
                store.limit()
            )));
        }
        let on = match &seed.on {
            None => None,
            Some((parent, edge)) => {
                let parent = if parent == "me" {
                    self.config.page_id.clone()
                } else {
                    parent.clone()
                };
                let node = store
                    .node(&parent)
                    .ok_or_else(|| refuse(format!("no node {parent} is held to list it on")))?;
                let parent_q = spec
                    .lookup(&node.ty)
                    .map(|(m, _)| format!("{m}::{}", node.ty))
                    .unwrap_or_default();
                let item = version.edge_item(&parent_q, edge).ok_or_else(|| {
                    refuse(format!("{} has no edge `{edge}` listed by a GET", node.ty))
                })?;
                if item.named() != Some(qualified.as_str()) {
                    return Err(refuse(format!(
                        "{}'s `{edge}` lists {}, not {bare_ty}",
                        node.ty,
                        item.named()
                            .map_or("something else", |n| n.rsplit("::").next().unwrap_or(n))
                    )));
                }
                Some((parent, edge.clone()))
            }
        };
        if !is_node && on.is_none() {
            return Err(refuse(
                "not a node with an id, so it must be an item of an edge list (`on`)".into(),
            ));
        }
        let id = if is_node {
            let id = match fields.get("id") {
                Some(Value::String(id)) if !id.is_empty() => id.clone(),
                None => self.ids.digits(16),
                Some(_) => return Err(refuse("`id` must be a non-empty string".into())),
            };
            fields.insert("id".into(), Value::String(id.clone()));
            id
        } else {
            String::new()
        };
        let data = Value::Object(fields);
        crate::shape::check(version, qualified, &data).map_err(|e| refuse(e.to_string()))?;
        let Value::Object(mut fields) = data else {
            return Err(refuse("not an object".into()));
        };
        // Lists given for edges (a business's `owned_pages`) are kept as edge lists, as a
        // `POST` on the edge would keep them, not in the node's own data.
        let own_fields = spec.fields_of(qualified).unwrap_or(&[]);
        let edge_keys: Vec<String> = fields
            .keys()
            .filter(|k| {
                version.lists_edge(qualified, k) && !own_fields.iter().any(|f| &&f.name == k)
            })
            .cloned()
            .collect();
        let mut lists = Vec::new();
        for key in edge_keys {
            if let Some(list) = fields.remove(&key) {
                lists.push((key, list));
            }
        }
        if is_node {
            if let Some(held) = store.node(&id)
                && held.ty != bare_ty
            {
                return Err(refuse(format!("{id} is already held as a {}", held.ty)));
            }
            store.put_node(&id, &bare_ty, &fields);
        }
        for (edge, list) in lists {
            let items = match list {
                Value::Object(mut map) => match map.remove("data") {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            // Given newest first, as Graph lists; kept oldest first.
            for item in items.into_iter().rev() {
                store.list_on_edge(&id, &edge, item, None);
            }
        }
        if let Some((parent, edge)) = on {
            store.list_on_edge(
                &parent,
                &edge,
                Value::Object(fields),
                is_node.then_some(&*id),
            );
        }
        Ok(id)
    }

    /// The state, locked.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Adds `n` customers, each with a conversation holding one message from them.
    pub fn seed_conversations(&self, n: usize) -> Result<(), MockError> {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store
            .seed_customers(&self.ids, n, crate::time::now())
            .map_err(MockError::from)
    }

    /// Logs a request as received; its status is set with [`App::answered`].
    fn received(&self, method: &str, path: &str) -> usize {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.push(RequestRecord {
            method: method.to_owned(),
            path: path.to_owned(),
            status: 0,
        });
        log.len() - 1
    }

    fn answered(&self, record: usize, status: u16) {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = log.get_mut(record) {
            entry.status = status;
        }
    }

    /// The served version a path starts with.
    fn version_of(&self, path: &str) -> Option<usize> {
        let segments = split_path(path)?;
        let first = segments.first()?;
        self.versions.iter().position(|v| v.name() == first)
    }

    /// Every request: faults and the rate limit first, then the pipeline; the usage
    /// headers on whatever is answered.
    async fn serve(&self, request: Request) -> Response {
        let conn = request
            .extensions()
            .get::<ConnectInfo<Conn>>()
            .map(|c| c.0.clone());
        // A head the connection refused comes as a stand-in request (see `conn`).
        if request.headers().contains_key(conn::REFUSAL_HEADER)
            && let Some(refusal) = conn.as_ref().and_then(Conn::take_refusal)
        {
            return self.refused(refusal);
        }
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let record = self.received(method.as_str(), &path);
        // The sandbox's control API: no faults, no rate limit, no token.
        if sandbox::is_control(&path) {
            let response = sandbox::handle(self, request, conn.as_ref().and_then(Conn::peer)).await;
            self.answered(record, response.status().as_u16());
            return response;
        }
        let version = self.version_of(&path);
        let version_name = self.versions[version.unwrap_or(0)].name();
        // A body declared too large is refused at once, unread, and the connection closed.
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > request::BODY_LIMIT as u64) {
            let mut error = GraphError::param(format!(
                "The request body is larger than {} bytes",
                request::BODY_LIMIT
            ));
            error.status = StatusCode::PAYLOAD_TOO_LARGE;
            let mut response = error.into_response(&self.ids.alnum(11), Some(version_name));
            close_after(&mut response);
            self.decorate(&mut response, version_name, false);
            self.answered(record, StatusCode::PAYLOAD_TOO_LARGE.as_u16());
            return response;
        }
        let is_batch = method == HttpMethod::POST
            && version.is_some()
            && split_path(&path).is_some_and(|s| s.len() == 1);
        let fault = self.faults.take(is_batch);
        let mut throttled = false;
        let mut response = match &fault {
            Some(Fault::CloseBeforeRead) => {
                // Nothing is read or written any more: hyper closes the connection.
                if let Some(conn) = &conn {
                    conn.cut();
                }
                self.answered(record, 0);
                return Response::new(Body::empty());
            }
            Some(Fault::Transient) => {
                self.drain(request).await;
                GraphError::transient().into_response(&self.ids.alnum(11), Some(version_name))
            }
            Some(Fault::ServerError) => {
                self.drain(request).await;
                bad_gateway()
            }
            Some(Fault::GraphError {
                status,
                code,
                subcode,
                message,
            }) => {
                self.drain(request).await;
                let error = GraphError::injected(*status, *code, *subcode, message.clone());
                error.into_response(&self.ids.alnum(11), Some(version_name))
            }
            Some(Fault::ServerErrorEnvelope) => {
                self.drain(request).await;
                json_response(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &GraphError::unknown_error_envelope(&self.ids.alnum(11)),
                    Some(version_name),
                )
            }
            _ => {
                let limited = if is_batch {
                    self.faults.admit_batch()
                } else {
                    self.faults.admit()
                };
                if let Some(limit) = limited {
                    self.drain(request).await;
                    throttled = true;
                    self.throttle_error(limit.code, version)
                        .into_response(&self.ids.alnum(11), Some(version_name))
                } else {
                    let null_at = match fault {
                        Some(Fault::BatchNull(index)) => Some(index),
                        _ => None,
                    };
                    self.answer(request, null_at).await
                }
            }
        };
        // Faults that spoil the answer of a performed request.
        match fault {
            Some(Fault::TruncatedJson) => response = truncated(response).await,
            Some(Fault::InvalidJson) => {
                response = spoiled(Body::from("not json"), None);
            }
            Some(Fault::Oversized(len)) => {
                response = spoiled(bodies::oversized(len), Some(len));
            }
            Some(Fault::Endless) => response = spoiled(bodies::endless(), None),
            Some(Fault::Trickle(interval)) => response = trickled(response, interval).await,
            _ => {}
        }
        let mut status = response.status().as_u16();
        match fault {
            Some(Fault::DropAfterBody) => {
                if let Some(conn) = conn {
                    conn.cut();
                    status = 0;
                }
            }
            Some(Fault::Delay(delay)) => tokio::time::sleep(delay).await,
            _ => {}
        }
        self.decorate(&mut response, version_name, throttled);
        self.answered(record, status);
        response
    }

    /// The answer to a head the connection refused: Graph's envelope, code 100, with the
    /// status hyper would have given; the connection closes after it.
    fn refused(&self, refusal: Refusal) -> Response {
        let record = self.received(&refusal.method, &refusal.path);
        let version = self.versions[self.version_of(&refusal.path).unwrap_or(0)].name();
        let mut error = GraphError::param(refusal.message);
        error.status = refusal.status;
        let mut response = error.into_response(&self.ids.alnum(11), Some(version));
        close_after(&mut response);
        self.decorate(&mut response, version, false);
        self.answered(record, refusal.status.as_u16());
        response
    }

    /// Reads and forgets a request's body, so that the client can finish sending it.
    async fn drain(&self, request: Request) {
        let body = request.into_body();
        let _ = tokio::time::timeout(
            self.body_timeout,
            axum::body::to_bytes(body, request::BODY_LIMIT),
        )
        .await;
    }

    /// The error of a throttled call: the catalogue's description for the code.
    fn throttle_error(&self, code: i64, version: Option<usize>) -> GraphError {
        let spec = &self.versions[version.unwrap_or(0)].spec;
        let message = catalogue_message(spec, code, None).unwrap_or_else(|| {
            format!("(#{code}) Calls to this api have exceeded the rate limit.")
        });
        GraphError::throttled(code, message)
    }

    /// The headers Graph sends with every answer: the version and the usage.
    fn decorate(&self, response: &mut Response, version: &str, throttled: bool) {
        let usage = self.faults.usage(throttled);
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(version) {
            headers.insert("facebook-api-version", value);
        }
        if let Ok(value) = HeaderValue::from_str(&usage.app()) {
            headers.insert("x-app-usage", value);
        }
        if let Ok(value) = HeaderValue::from_str(&usage.business(&self.config.page_id)) {
            headers.insert("x-business-use-case-usage", value);
        }
    }

    async fn answer(&self, request: Request, null_at: Option<usize>) -> Response {
        match self.process(request, null_at).await {
            Ok((version, body)) => {
                json_response(StatusCode::OK, &body, Some(self.versions[version].name()))
            }
            Err((version, error)) => {
                let version = version.map(|v| self.versions[v].name());
                error.into_response(&self.ids.alnum(11), version)
            }
        }
    }

    /// A request from a client: a call, or a batch of calls (`POST /{version}/`).
    async fn process(
        &self,
        request: Request,
        null_at: Option<usize>,
    ) -> Result<(usize, Value), Failure> {
        let method = request.method().clone();
        let allow_root = method == HttpMethod::POST;
        let received = self.receive(request, None, allow_root).await?;
        let index = received.index;
        let fail = |e: GraphError| (Some(index), e);
        let body = if received.rest.is_empty() {
            self.batch(&received, null_at).await.map_err(fail)?
        } else {
            self.call(
                &self.versions[index],
                &method,
                &received.rest,
                &received.params,
                &received.token,
            )
            .map_err(fail)?
        };
        Ok((index, body))
    }

    /// A call of a batch: acting with the batch's token unless it carries its own.
    async fn process_inner(
        &self,
        request: Request,
        outer_token: &str,
    ) -> Result<(usize, Value), Failure> {
        let method = request.method().clone();
        let received = self.receive(request, Some(outer_token), false).await?;
        let index = received.index;
        let body = self
            .call(
                &self.versions[index],
                &method,
                &received.rest,
                &received.params,
                &received.token,
            )
            .map_err(|e| (Some(index), e))?;
        Ok((index, body))
    }

    /// Reads a request and judges its credentials. The path must name a served version and
    /// something after it, except for a batch (`allow_root`). With `inherited`, a request
    /// without a token of its own acts with that one, already judged.
    async fn receive(
        &self,
        request: Request,
        inherited: Option<&str>,
        allow_root: bool,
    ) -> Result<Received, Failure> {
        let raw_path = request.uri().path().to_owned();
        let segments = split_path(&raw_path).ok_or((None, GraphError::unknown_path(&raw_path)))?;
        let Some((first, rest)) = segments.split_first() else {
            return Err((None, GraphError::unknown_path(&raw_path)));
        };
        let Some(index) = self.versions.iter().position(|v| v.name() == first) else {
            return Err((None, GraphError::unknown_path(&raw_path)));
        };
        let fail = |e: GraphError| (Some(index), e);
        if rest.is_empty() && !allow_root {
            return Err(fail(GraphError::unknown_path(&raw_path)));
        }
        let (parts, body) = request.into_parts();
        let mut params = request::read_head(&parts).map_err(fail)?;
        // The credentials in the query or a header are judged before the body is read:
        // a wrong token is a 190 whatever the body holds.
        let token_in_head = match token_of(&params.raw, params.bearer.as_deref()) {
            Some(token) => {
                let token = token.map_err(fail)?;
                self.check_token(token).map_err(fail)?;
                if params.raw.contains_key("appsecret_proof") {
                    self.check_proof(&params.raw, token).map_err(fail)?;
                }
                true
            }
            None => false,
        };
        match request::read_body(&mut params, parts, body, self.body_timeout).await {
            Ok(()) => {}
            Err(BodyError::Unreceived(error)) => return Err(fail(error)),
            // Without a token in the head, the token was to be in the unreadable body.
            Err(BodyError::Unparsable(_)) if !token_in_head && inherited.is_none() => {
                return Err(fail(GraphError::no_token()));
            }
            Err(BodyError::Unparsable(error)) => return Err(fail(error)),
        }
        let token = match (inherited, token_of(&params.raw, params.bearer.as_deref())) {
            (Some(outer), None) => outer.to_owned(),
            _ => self.authenticate(&params).map_err(fail)?.to_owned(),
        };
        Ok(Received {
            index,
            rest: rest.to_vec(),
            params,
            token,
        })
    }

    /// A batch: each operation in order, through the same pipeline as any request.
    async fn batch(&self, outer: &Received, null_at: Option<usize>) -> Result<Value, GraphError> {
        let operations = batch::operations(&outer.params.raw)?;
        let include_headers = batch::include_headers(&outer.params.raw)?;
        let mut done: Vec<Done> = Vec::with_capacity(operations.len());
        let mut answers = Vec::with_capacity(operations.len());
        for (i, operation) in operations.iter().enumerate() {
            let (answer, outcome) = self
                .operation(outer, operation, &done, null_at == Some(i), include_headers)
                .await;
            answers.push(answer);
            done.push(outcome);
        }
        Ok(Value::Array(answers))
    }

    /// One operation of a batch: its answer (`{code, headers, body}` or `null`) and what it
    /// leaves for later operations.
    async fn operation(
        &self,
        outer: &Received,
        operation: &Value,
        done: &[Done],
        null: bool,
        include_headers: bool,
    ) -> (Value, Done) {
        let version = self.versions[outer.index].name();
        let served: Vec<&str> = self.versions.iter().map(|v| v.name()).collect();
        let op = Op::parse(operation);
        let (method, target) = match &op {
            Ok(op) => (
                op.method.clone(),
                batch::target(&op.relative_url, version, &served),
            ),
            Err(_) => ("GET".to_owned(), format!("/{version}/")),
        };
        let name = op.as_ref().ok().and_then(|op| op.name.clone());
        let record = self.received(&method, batch::path_of(&target));
        if null {
            return (Value::Null, Done { name, body: None });
        }
        let result = match op {
            Ok(op) => self.run_operation(outer, &op, done).await,
            Err(error) => Err((Some(outer.index), error)),
        };
        let (status, body, headers) = match result {
            Ok((index, body)) => {
                let headers = inner_headers(self.versions[index].name(), None);
                (StatusCode::OK, body, headers)
            }
            Err((index, error)) => {
                let name = self.versions[index.unwrap_or(outer.index)].name();
                let headers = inner_headers(name, error.challenge());
                (error.status, error.envelope(&self.ids.alnum(11)), headers)
            }
        };
        self.answered(record, status.as_u16());
        let mut answer = Map::new();
        answer.insert("code".into(), Value::from(status.as_u16()));
        if include_headers {
            answer.insert("headers".into(), Value::Array(headers));
        }
        answer.insert("body".into(), Value::String(body.to_string()));
        let body = (status == StatusCode::OK).then_some(body);
        (Value::Object(answer), Done { name, body })
    }

    /// Runs a batch operation: the rate limit, its dependency, its references, then the
    /// inner request through the pipeline.
    async fn run_operation(
        &self,
        outer: &Received,
        op: &Op,
        done: &[Done],
    ) -> Result<(usize, Value), Failure> {
        let fail = |e: GraphError| (Some(outer.index), e);
        if let Some(limit) = self.faults.admit() {
            return Err(fail(self.throttle_error(limit.code, Some(outer.index))));
        }
        let earlier = |name: &str| done.iter().rev().find(|d| d.name.as_deref() == Some(name));
        if let Some(dependency) = &op.depends_on {
            match earlier(dependency) {
                Some(Done { body: Some(_), .. }) => {}
                Some(_) => {
                    return Err(fail(GraphError::param(format!(
                        "This request depends on the request named \"{dependency}\", which failed"
                    ))));
                }
                None => {
                    return Err(fail(GraphError::param(format!(
                        "This request depends on \"{dependency}\", which no earlier request \
                         of the batch is named"
                    ))));
                }
            }
        }
        let answer_of = |name: &str| match earlier(name) {
            Some(Done {
                body: Some(body), ..
            }) => Ok(body.clone()),
            Some(_) => Err(GraphError::param(format!(
                "This request refers to the result of the request named \"{name}\", which failed"
            ))),
            None => Err(GraphError::param(format!(
                "This request refers to \"{name}\", which no earlier request of the batch is \
                 named"
            ))),
        };
        let relative_url = batch::substitute(&op.relative_url, &answer_of).map_err(fail)?;
        let body = batch::substitute(&op.body, &answer_of).map_err(fail)?;
        let served: Vec<&str> = self.versions.iter().map(|v| v.name()).collect();
        let target = batch::target(&relative_url, self.versions[outer.index].name(), &served);
        let method = HttpMethod::from_bytes(op.method.as_bytes()).map_err(|_| {
            fail(GraphError::param(format!(
                "Unsupported method {}",
                op.method
            )))
        })?;
        let request = Request::builder()
            .method(method)
            .uri(target.as_str())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .map_err(|_| fail(GraphError::unknown_path(&relative_url)))?;
        self.process_inner(request, &outer.token).await
    }

    /// The access token, if it is the page's and (with an app secret) signed.
    fn authenticate<'p>(&self, params: &'p Params) -> Result<&'p str, GraphError> {
        let token = token_of(&params.raw, params.bearer.as_deref())
            .unwrap_or_else(|| Err(GraphError::no_token()))?;
        self.check_token(token)?;
        self.check_proof(&params.raw, token)?;
        Ok(token)
    }

    /// Whether the token is the page's.
    fn check_token(&self, token: &str) -> Result<(), GraphError> {
        if token != self.config.access_token {
            return Err(GraphError::bad_token());
        }
        Ok(())
    }

    /// With an app secret, whether `appsecret_proof` signs the token.
    fn check_proof(&self, raw: &Map<String, Value>, token: &str) -> Result<(), GraphError> {
        if let Some(secret) = &self.config.app_secret {
            let proof = match raw.get("appsecret_proof") {
                Some(Value::String(p)) if !p.is_empty() => p,
                _ => return Err(GraphError::proof_missing()),
            };
            if !proof_matches(secret, token, proof) {
                return Err(GraphError::proof_wrong());
            }
        }
        Ok(())
    }

    fn call(
        &self,
        version: &Version,
        method: &HttpMethod,
        segments: &[String],
        params: &Params,
        token: &str,
    ) -> Result<Value, GraphError> {
        let spec = &version.spec;
        let (route, values) = self.route(version, method, segments)?;
        let subject = values.last().map(String::as_str);
        if let Some(error) = self.faults.call_error(&route.call.name) {
            return Err(call_error(spec, error));
        }

        let checked = validate::params(
            spec,
            &route.call.params,
            &route.call.one_of,
            &route.call.rules,
            &params.raw,
            &params.uploads,
        )
        .map_err(|problems| GraphError::param(problems.join("; ")))?;

        let (item_type, paged) = match &route.returns {
            Type::Paged(inner) => (inner.named(), true),
            other => (other.named(), false),
        };
        // A call that has a `fields` param of its own (`DELETE /me/messenger_profile` names
        // the properties to clear) selects nothing with it.
        let selection = if route.call.params.iter().any(|p| p.name == "fields") {
            None
        } else {
            selection(&params.raw)?
        };
        if let (Some(list), Some(ty)) = (&selection, item_type) {
            fields::check(spec, ty, list)?;
        }
        let page_request = paged
            .then(|| PageRequest::from_params(&params.raw))
            .transpose()?;

        let outcome = self.run(version, route, subject, &checked, params)?;

        // Links are built from the server's own address, never from the client's `Host`.
        let versioned_base = format!("http://{}/{}", self.link_addr, version.name());
        let render = Render {
            spec,
            edges: &version.edges,
            versioned_base: &versioned_base,
            token,
        };
        let shape = |value: &Value| match item_type {
            Some(ty) => render.object(value, ty, selection.as_deref()),
            None => value.clone(),
        };
        let (items, page_request) = match (outcome, page_request) {
            (Outcome::Exact(value), _) => return Ok(value),
            (Outcome::One(value), None) => return Ok(shape(&value)),
            (Outcome::List(items), None) => {
                return Ok(items
                    .first()
                    .map_or_else(|| Value::Object(Map::new()), |item| shape(item)));
            }
            (Outcome::One(value), Some(p)) => (shared(paging::items_of(&value)), p),
            (Outcome::List(items), Some(p)) => (items, p),
        };
        let range = paging::window(&items, &page_request)?;
        let data: Vec<Value> = items[range.clone()]
            .iter()
            .map(|item| shape(item))
            .collect();
        let mut body = Map::new();
        body.insert("data".into(), Value::Array(data));
        let resolved: Vec<String> = segments
            .iter()
            .map(|s| match s.as_str() {
                "me" => self.config.page_id.clone(),
                _ => s.clone(),
            })
            .collect();
        let link = |cursor_name: &str, cursor: &str| {
            let query = link_query(
                &params.query,
                token,
                page_request.limit,
                cursor_name,
                cursor,
            );
            paging::url(&versioned_base, &resolved, &query)
        };
        if let Some(paging) = paging::paging_object(&items, range, link) {
            body.insert("paging".into(), paging);
        }
        Ok(Value::Object(body))
    }

    /// Runs the call's behaviour on the state.
    fn run(
        &self,
        version: &Version,
        route: &Route,
        subject: Option<&str>,
        checked: &Map<String, Value>,
        params: &Params,
    ) -> Result<Outcome, GraphError> {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        if matches!(route.call.method, Method::Post | Method::Put) && store.is_full() {
            return Err(GraphError::store_full(store.limit()));
        }
        Ok(match route.behaviour {
            Behaviour::SendMessage => {
                let answer =
                    behaviours::send_message(&mut store, &self.ids, checked, &params.uploads)?;
                sandbox::echo_send(self, &store, checked, &answer);
                Outcome::One(answer)
            }
            Behaviour::Conversations => Outcome::List(behaviours::conversations(&store, checked)),
            Behaviour::ThreadOwner => {
                Outcome::List(shared(&behaviours::thread_owner(&store, checked)?))
            }
            Behaviour::MessengerProfile => answered(behaviours::messenger_profile(
                &mut store,
                &route.call,
                checked,
            )?),
            Behaviour::CustomUserSettings => answered(behaviours::custom_user_settings(
                &mut store,
                route.call.method,
                checked,
            )?),
            Behaviour::Handover(which) => {
                answered(behaviours::handover(&mut store, which, checked)?)
            }
            Behaviour::MessageAttachments => Outcome::Exact(behaviours::message_attachments(
                &mut store,
                &self.ids,
                checked,
                &params.uploads,
            )?),
            Behaviour::UserProfile => Outcome::One(behaviours::user_profile(
                &store,
                subject.unwrap_or_default(),
                &self.config.profile_permissions,
            )?),
            Behaviour::UserLabels => {
                Outcome::List(shared(&store.labels_of(subject.unwrap_or_default())))
            }
            Behaviour::LabelUser => Outcome::Exact(behaviours::label_user(
                &mut store,
                route.call.method,
                subject.unwrap_or_default(),
                checked,
            )?),
            Behaviour::ModerateConversations => {
                Outcome::Exact(behaviours::moderate_conversations(&mut store, checked)?)
            }
            Behaviour::SubscribedApps => answered(behaviours::subscribed_apps(
                &mut store,
                route.call.method,
                checked,
            )),
            Behaviour::SecondaryReceivers => {
                Outcome::List(shared(&behaviours::secondary_receivers()))
            }
            Behaviour::Generic => generic(&mut store, &self.ids, version, route, subject, checked),
        })
    }

    /// The call a method and path go to, and its placeholder values. The object a call is
    /// made on must exist and be of the call's node type: `me` is the page, other ids are
    /// stored nodes.
    fn route<'v>(
        &self,
        version: &'v Version,
        method: &HttpMethod,
        segments: &[String],
    ) -> Result<(&'v Route, Vec<String>), GraphError> {
        let page_id = self.config.page_id.as_str();
        let method_name = method.as_str();
        let resolved_first = match segments.first().map(String::as_str) {
            Some("me") => page_id,
            Some(first) => first,
            None => "",
        };
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let spec_method = match *method {
            HttpMethod::GET => Some(Method::Get),
            HttpMethod::POST => Some(Method::Post),
            HttpMethod::DELETE => Some(Method::Delete),
            HttpMethod::PUT => Some(Method::Put),
            HttpMethod::HEAD => Some(Method::Head),
            _ => None,
        };
        if let Some(spec_method) = spec_method {
            // The first route, in the order of `routes` (most literal segments first), that
            // fits the path and the type of the object the call is made on.
            let mut ends = Vec::new();
            version
                .trie
                .ends(segments, page_id, &mut Vec::new(), &mut ends);
            let found = ends
                .into_iter()
                .filter_map(|(end, values)| {
                    let index = match values.last() {
                        None => end.by_method.get(&spec_method),
                        Some(id) => {
                            let ty = store.node(id)?.ty.clone();
                            end.by_subject.get(&(spec_method, ty))
                        }
                    };
                    index.map(|&i| (i, values))
                })
                .min_by_key(|(i, _)| *i);
            if let Some((index, values)) = found {
                return Ok((&version.routes[index], values));
            }
        }
        if let (Some(Method::Get), [_, edge]) = (spec_method, segments)
            && let Some(node) = store.node(resolved_first)
        {
            return Err(GraphError::param(format!(
                "Tried accessing nonexisting field ({edge}) on node type ({})",
                node.ty
            )));
        }
        Err(GraphError::unsupported(method_name, resolved_first))
    }
}

/// A call without a `mock` behaviour, answered from the store as Graph answers:
///
/// - `GET /{id}` reads the stored node; `GET /{id}/<edge>` lists the node's field named
///   `<edge>` (empty when nothing is stored there);
/// - `POST /{id}/<edge>` creates a node of the type the edge lists (its `GET`'s items),
///   holding the parameters that are fields of that type, stores it under the parent's edge
///   and answers its `{"id"}`: a later `GET /{new-id}` and the edge list return it; where
///   the call answers the node it is made on instead, it associates: a stored node of the
///   listed type that a param names joins the list, and it answers `{"success": true}`;
/// - `DELETE /{id}/<edge>` takes the items its params name out of the list;
/// - `POST /{id}` sets the parameters that are fields of the node and answers
///   `{"success": true}`; `DELETE /{id}` removes the node (and its items in edge lists);
/// - anything else answers what it can of its return type (`id`, `success`).
fn generic(
    store: &mut Store,
    ids: &Ids,
    version: &Version,
    route: &Route,
    subject: Option<&str>,
    checked: &Map<String, Value>,
) -> Outcome {
    let spec = &version.spec;
    let method = route.call.method;
    if matches!(method, Method::Get | Method::Head) {
        if let (Some(edge), Some(id)) = (route.edge(), subject)
            && let Some(list) = store.edge_list(id, edge)
        {
            return match route.returns {
                Type::Paged(_) | Type::List(_) => Outcome::List(list),
                _ => list
                    .first()
                    .map_or(Outcome::List(Vec::new()), |v| Outcome::One((**v).clone())),
            };
        }
        let data = subject.and_then(|id| store.node(id)).map(|n| &*n.data);
        return match (route.edge(), data) {
            (Some(edge), Some(data)) => match data.get(edge) {
                Some(value) if matches!(route.returns, Type::Paged(_)) => {
                    Outcome::List(shared(paging::items_of(value)))
                }
                Some(value) => Outcome::One(value.clone()),
                None => Outcome::List(Vec::new()),
            },
            (None, Some(data)) => Outcome::One(data.clone()),
            (_, None) => Outcome::List(Vec::new()),
        };
    }
    let fields_of = |ty: &str, checked: &Map<String, Value>| -> Map<String, Value> {
        let names = spec.fields_of(ty).unwrap_or(&[]);
        checked
            .iter()
            .filter(|(k, _)| *k != "id" && names.iter().any(|f| &f.name == *k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let success = || Outcome::Exact(json!({"success": true}));
    match (method, route.edge(), subject) {
        (Method::Post, Some(edge), Some(parent)) => {
            if let Some((bare, qualified)) = edge_item_node(version, route) {
                // A POST on an edge that answers the node it is made on associates (a
                // business adding a page it owns): the node a param names joins the list.
                // Unless its params are fields of what the edge lists: then it creates
                // (`POST /{page}/feed`, which older specs say answers the Page).
                if route.returns.named() == Some(route.subject_qualified.as_str()) {
                    if let Some(item) = named_node(store, checked, &bare) {
                        store.list_on_edge(parent, edge, item, None);
                        return success();
                    }
                    if fields_of(&qualified, checked).is_empty() {
                        return success();
                    }
                }
                let mut data = fields_of(&qualified, checked);
                let id = invent(store, ids, version, &qualified, parent, &mut data);
                store.put_node(&id, &bare, &data);
                store.list_on_edge(parent, edge, Value::Object(data), Some(&id));
                return Outcome::Exact(json!({ "id": id }));
            }
        }
        (Method::Post, None, Some(id)) => {
            let mut fields = fields_of(&route.subject_qualified, checked);
            let has_updated_time = spec
                .fields_of(&route.subject_qualified)
                .is_some_and(|f| f.iter().any(|f| f.name == "updated_time"));
            if has_updated_time && !fields.is_empty() {
                let now = crate::time::format(crate::time::now());
                fields.insert("updated_time".into(), Value::String(now));
            }
            store.update_node(id, &fields);
            return success();
        }
        (Method::Delete, None, Some(id)) => {
            store.remove_node(id);
            return success();
        }
        // Dissociates: the item a param names leaves the list.
        (Method::Delete, Some(edge), Some(parent)) => {
            for value in checked.values() {
                if let Some(id) = id_text(value) {
                    store.unlist_from_edge(parent, edge, &id);
                }
            }
            return success();
        }
        _ => {}
    }
    let mut answer = Map::new();
    let fields = route
        .returns
        .named()
        .and_then(|t| spec.fields_of(t))
        .unwrap_or(&[]);
    for field in fields {
        match field.name.as_str() {
            "id" => answer.insert("id".into(), Value::String(ids.digits(16))),
            "success" => answer.insert("success".into(), Value::Bool(true)),
            _ => None,
        };
    }
    Outcome::One(Value::Object(answer))
}

/// Fills in what Graph gives a node it creates and the request did not: its id (a post's
/// or comment's is its parent's, an underscore and its own, as Graph writes them), the
/// times it was created and updated, zero counts, the node it was created on where the
/// type has a field of that node's type (`owner`, `from`) and the ad account id it
/// belongs to. Answers the id.
fn invent(
    store: &Store,
    ids: &Ids,
    version: &Version,
    qualified: &str,
    parent: &str,
    data: &mut Map<String, Value>,
) -> String {
    let spec = version.spec();
    let bare = qualified.rsplit("::").next().unwrap_or(qualified);
    let own = ids.digits(16);
    let id = if bare.ends_with("Post") || bare == "Comment" {
        let leaf = parent.rsplit('_').next().unwrap_or(parent);
        format!("{leaf}_{own}")
    } else {
        own
    };
    data.insert("id".into(), Value::String(id.clone()));
    let now = crate::time::format(crate::time::now());
    let held = store.node(parent);
    let parent_ty = held.map(|n| n.ty.as_str()).unwrap_or_default();
    for field in spec.fields_of(qualified).unwrap_or(&[]) {
        if data.contains_key(&field.name) {
            continue;
        }
        let ty = field.ty.0.as_str();
        let name = field.name.as_str();
        let value = match (name, ty) {
            ("created_time" | "updated_time" | "timestamp", "datetime") => {
                Value::String(now.clone())
            }
            (_, "integer" | "unsigned_integer") if name.ends_with("_count") => json!(0),
            ("from", "json") if parent_ty == "Page" => {
                let name = held
                    .and_then(|n| n.data.get("name"))
                    .cloned()
                    .unwrap_or(Value::Null);
                json!({"id": parent, "name": name})
            }
            ("account_id", "string") => match held.and_then(|n| n.data.get("account_id")) {
                Some(account) => account.clone(),
                None => continue,
            },
            _ if !parent_ty.is_empty() && ty.rsplit("::").next() == Some(parent_ty) => {
                json!({"id": parent})
            }
            _ => continue,
        };
        data.insert(field.name.clone(), value);
    }
    id
}

/// An id a param gives, as text: `"123"` or `123`.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first stored node of type `ty` (bare) a param names, as an edge list item: its id
/// and, where it has one, its name.
fn named_node(store: &Store, checked: &Map<String, Value>, ty: &str) -> Option<Value> {
    checked.values().find_map(|value| {
        let id = id_text(value)?;
        let node = store.node(&id).filter(|n| n.ty == ty)?;
        let mut item = Map::new();
        item.insert("id".into(), Value::String(id));
        if let Some(name) = node.data.get("name") {
            item.insert("name".into(), name.clone());
        }
        Some(Value::Object(item))
    })
}

/// The node type a `POST /{id}/<edge>` creates: the items its edge's `GET` lists, as
/// `(bare name, qualified name)`, if they are a node.
fn edge_item_node(version: &Version, post: &Route) -> Option<(String, String)> {
    // The edge's `GET`, found by its (node, edge) key rather than a scan of the routes.
    let listed = version
        .edges
        .get(&(post.subject_qualified.clone(), post.edge()?.to_owned()))?;
    let Type::Paged(inner) = listed else {
        return None;
    };
    let qualified = inner.named()?;
    match version.spec.lookup(qualified) {
        Some((_, Named::Node(node))) => Some((node.name.clone(), qualified.to_owned())),
        _ => None,
    }
}

/// Items to be shared in an [`Outcome::List`].
fn answered(answer: behaviours::Answer) -> Outcome {
    match answer {
        behaviours::Answer::Written(value) => Outcome::Exact(value),
        behaviours::Answer::Read(items) => Outcome::List(shared(&items)),
    }
}

fn shared(items: &[Value]) -> Vec<Arc<Value>> {
    items.iter().cloned().map(Arc::new).collect()
}

/// The query of a `next`/`previous` link: the request's query without the proof and the
/// old paging parameters, with the token, the limit and the new cursor.
fn link_query(
    query: &[(String, String)],
    token: &str,
    limit: usize,
    cursor_name: &str,
    cursor: &str,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "access_token" | "appsecret_proof" | "after" | "before" | "limit"
            )
        })
        .cloned()
        .collect();
    out.push(("access_token".into(), token.to_owned()));
    out.push(("limit".into(), limit.to_string()));
    out.push((cursor_name.to_owned(), cursor.to_owned()));
    out
}

/// The `fields` parameter, parsed; `None` when not given.
fn selection(raw: &Map<String, Value>) -> Result<Option<Vec<FieldSel>>, GraphError> {
    let text = match raw.get("fields") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => {
            let names: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
            names
                .ok_or_else(|| GraphError::param("param fields must be a comma-separated list"))?
                .join(",")
        }
        Some(_) => {
            return Err(GraphError::param(
                "param fields must be a comma-separated list",
            ));
        }
    };
    let list = fields::parse(&text)?;
    Ok((!list.is_empty()).then_some(list))
}

/// The decoded segments of a path; `None` if a segment is empty or not UTF-8.
fn split_path(path: &str) -> Option<Vec<String>> {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    if trimmed.is_empty() {
        return Some(Vec::new());
    }
    trimmed
        .split('/')
        .map(|s| request::decode_segment(s).filter(|d| !d.is_empty()))
        .collect()
}

/// The token a request carries: `access_token`, else the bearer token. `None` when there is
/// none (or an empty one); `Some(Err)` for an `access_token` that is not text.
fn token_of<'p>(
    raw: &'p Map<String, Value>,
    bearer: Option<&'p str>,
) -> Option<Result<&'p str, GraphError>> {
    match raw.get("access_token") {
        Some(Value::String(t)) if !t.is_empty() => Some(Ok(t.as_str())),
        Some(Value::Null) | None => bearer.map(Ok),
        Some(Value::String(_)) => None,
        Some(_) => Some(Err(GraphError::bad_token())),
    }
}

/// Whether `proof` is the hex HMAC-SHA256 of the token keyed by the secret; compared in
/// constant time.
fn proof_matches(secret: &str, token: &str, proof: &str) -> bool {
    let Some(bytes) = hex_decode(proof) else {
        return false;
    };
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    ring::hmac::verify(&key, token.as_bytes(), &bytes).is_ok()
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// The headers listed in a batch operation's answer.
fn inner_headers(version: &str, challenge: Option<HeaderValue>) -> Vec<Value> {
    let header = |name: &str, value: &str| {
        let mut entry = Map::new();
        entry.insert("name".into(), Value::String(name.to_owned()));
        entry.insert("value".into(), Value::String(value.to_owned()));
        Value::Object(entry)
    };
    let mut headers = vec![
        header("Content-Type", JSON_CONTENT_TYPE),
        header("facebook-api-version", version),
    ];
    if let Some(value) = challenge.as_ref().and_then(|v| v.to_str().ok()) {
        headers.push(header("WWW-Authenticate", value));
    }
    headers
}

/// A 200 JSON answer with this body (of this length, if known).
fn spoiled(body: Body, len: Option<u64>) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(JSON_CONTENT_TYPE),
    );
    if let Some(len) = len {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    }
    response
}

/// [`Fault::TruncatedJson`]: the answer with the first half of its body.
async fn truncated(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    // The answer is already in memory: JSON built by the handler.
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(half.len()));
    Response::from_parts(parts, Body::from(half))
}

/// [`Fault::Trickle`]: the answer with its body sent a few bytes per interval.
async fn trickled(response: Response, interval: Duration) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    Response::from_parts(parts, bodies::trickle(bytes, interval))
}

/// Marks an answer as the connection's last: hyper closes the connection after it.
fn close_after(response: &mut Response) {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
}

/// [`Fault::ServerError`]: what a proxy in front of Graph answers when Graph is down.
fn bad_gateway() -> Response {
    let html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
                <title>Error</title></head><body><h1>502 Bad Gateway</h1>\
                <p>Sorry, something went wrong. We're working on it and we'll get it fixed as \
                soon as we can.</p></body></html>\n";
    let mut response = Response::new(Body::from(html));
    *response.status_mut() = StatusCode::BAD_GATEWAY;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// The axum handler every request goes to.
pub(crate) async fn handle(State(app): State<Arc<App>>, request: Request) -> Response {
    app.serve(request).await
}

/// Graph's answer for a call told to fail: the catalogue's message for the subcode, else for
/// the code, unless the fault gives one.
fn call_error(spec: &fbgraph_spec::Spec, error: crate::faults::CallError) -> GraphError {
    let message = error.message.unwrap_or_else(|| {
        catalogue_message(spec, error.code, error.subcode)
            .unwrap_or_else(|| format!("(#{}) An error occurred.", error.code))
    });
    GraphError::call_error(error.code, error.subcode, message)
}

/// `(#code) description` as the version's error catalogue gives it: the subcode's, where the
/// catalogue documents that subcode, else the code's.
fn catalogue_message(spec: &fbgraph_spec::Spec, code: i64, subcode: Option<i64>) -> Option<String> {
    let entry = spec.error(code)?;
    let text = entry
        .subcodes
        .iter()
        .find(|s| Some(s.subcode) == subcode)
        .map_or(&entry.description, |s| &s.description);
    Some(format!("(#{code}) {text}"))
}
