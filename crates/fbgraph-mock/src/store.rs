//! The mock's state: the page, its customers, stored nodes (messages, conversations) kept
//! as the JSON Graph would answer with all fields, so that field selection is generic.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Map, Value, json};

use crate::shape::{ShapeError, Shaped, Shapes};
use crate::{Customer, MockConfig};

/// Node type names the state behaviours store. They are the spec's names for what a page,
/// a message and a conversation are.
pub(crate) const PAGE: &str = "Page";
pub(crate) const MESSAGE: &str = "Message";
pub(crate) const THREAD: &str = "UnifiedThread";
/// A customer's profile by PSID (the User Profile API).
pub(crate) const USER_PROFILE: &str = "UserProfile";

/// A source of ids and trace ids: a counter run through a mixing function, seeded from
/// the clock. Not cryptographic; unique enough for a mock.
#[derive(Debug)]
pub(crate) struct Ids(AtomicU64);

impl Ids {
    pub fn new() -> Ids {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        Ids(AtomicU64::new(
            nanos ^ u64::from(std::process::id()).rotate_left(32),
        ))
    }

    /// The next pseudo-random number (splitmix64 of a counter).
    pub fn next(&self) -> u64 {
        let mut z = self
            .0
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// `len` characters of `[A-Za-z0-9]`.
    pub fn alnum(&self, len: usize) -> String {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..len)
            .map(|_| CHARS[(self.next() % CHARS.len() as u64) as usize] as char)
            .collect()
    }

    /// `len` decimal digits, the first not zero.
    pub fn digits(&self, len: usize) -> String {
        (0..len)
            .map(|i| {
                let d = if i == 0 {
                    1 + self.next() % 9
                } else {
                    self.next() % 10
                };
                char::from(b'0' + d as u8)
            })
            .collect()
    }
}

/// A stored node: its spec type and its data, shared with the answers being prepared
/// (copied on write), so that listing thousands of conversations copies no JSON.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub ty: String,
    pub data: Arc<Value>,
}

/// The state behind every served version.
#[derive(Debug)]
pub(crate) struct Store {
    pub page_id: String,
    pub page_name: String,
    pub app_id: String,
    /// Everyone who has messaged the page, or been messaged by it.
    customers: Vec<Customer>,
    /// PSID → index in `customers`.
    customer_index: HashMap<String, usize>,
    /// `kind:value` of a non-PSID recipient → the PSID minted for it.
    minted: HashMap<String, String>,
    /// The PSIDs minted for a `phone_number`: such accounts have no profile.
    phone_only: std::collections::HashSet<String>,
    /// Nodes by id.
    nodes: HashMap<String, Node>,
    /// Conversation ids, most recently updated first.
    threads: Vec<String>,
    /// Customer PSID → conversation id.
    thread_of: HashMap<String, String>,
    /// Reusable attachments by id, as stored in messages.
    reusable: HashMap<String, Value>,
    /// The page's Messenger profiles by platform (`messenger`, `instagram`): the properties
    /// `POST /me/messenger_profile` set.
    profiles: HashMap<String, Map<String, Value>>,
    /// Customer PSID → their own persistent menu (`POST /me/custom_user_settings`).
    user_menus: HashMap<String, Value>,
    /// Customers the page blocked or banned (`moderate_conversations`): not to be messaged.
    blocked: std::collections::HashSet<String>,
    /// Customer PSID → the ids of the custom labels on them, oldest first.
    user_labels: HashMap<String, Vec<String>>,
    /// The webhook fields the page's app is subscribed to (`POST /me/subscribed_apps`);
    /// `None` when it is not subscribed.
    subscribed_fields: Option<Vec<String>>,
    /// Customer PSID → the app that controls the conversation, where it is not the page's
    /// own app (the Primary Receiver): the Handover Protocol's state.
    owners: HashMap<String, String>,
    /// The edge lists generic calls write (`POST /{id}/<edge>`), by parent id and edge,
    /// oldest first: apart from the parent's data, so that reading a node never copies its
    /// lists and a create appends.
    lists: HashMap<String, HashMap<String, Vec<Item>>>,
    /// Node created on an edge → the parent and the edge whose list holds it, so that a
    /// delete touches that one list.
    parents: HashMap<String, (String, String)>,
    /// What messages and conversations are checked against before they are kept.
    shapes: Shapes,
    /// About how many bytes the store holds: the JSON text of every node, list item,
    /// customer and attachment kept ([`weight`]).
    held: usize,
    /// [`MockConfig::max_store_bytes`]: past it, writes are refused.
    limit: usize,
}

/// An item of an edge list.
#[derive(Debug, Clone)]
enum Item {
    /// A stored node, by id: read through, so a list shows the node as it is now.
    Node(String),
    /// A value of its own: an association's `{id, name}`, or what is not a node (a rating).
    Inline(Arc<Value>),
}

impl Item {
    fn id(&self) -> Option<&str> {
        match self {
            Item::Node(id) => Some(id),
            Item::Inline(value) => value.get("id").and_then(Value::as_str),
        }
    }
}

/// About what a value costs to hold: the length of its JSON text. Cheap, and the same
/// figure every time for the same value, so that what is charged is credited back.
pub(crate) fn weight(value: &Value) -> usize {
    match value {
        Value::Null => 4,
        Value::Bool(_) => 5,
        Value::Number(_) => 12,
        Value::String(s) => s.len() + 2,
        Value::Array(items) => 2 + items.iter().map(|v| weight(v) + 1).sum::<usize>(),
        Value::Object(map) => {
            2 + map
                .iter()
                .map(|(k, v)| k.len() + 4 + weight(v))
                .sum::<usize>()
        }
    }
}

/// A participant object: `{id, name, email}`.
fn participant(id: &str, name: &str) -> Value {
    let mut p = Map::new();
    p.insert("id".into(), Value::String(id.to_owned()));
    if !name.is_empty() {
        p.insert("name".into(), Value::String(name.to_owned()));
    }
    p.insert("email".into(), Value::String(format!("{id}@facebook.com")));
    Value::Object(p)
}

impl Store {
    /// The state at start: the page, and for each customer a conversation holding one
    /// message from them.
    pub fn seeded(
        config: &MockConfig,
        ids: &Ids,
        now: i64,
        shapes: Shapes,
    ) -> Result<Store, ShapeError> {
        let mut store = Store {
            page_id: config.page_id.clone(),
            page_name: config.page_name.clone(),
            app_id: config.app_id.clone(),
            customers: Vec::new(),
            customer_index: HashMap::new(),
            minted: HashMap::new(),
            phone_only: std::collections::HashSet::new(),
            nodes: HashMap::new(),
            threads: Vec::new(),
            thread_of: HashMap::new(),
            reusable: HashMap::new(),
            profiles: HashMap::new(),
            user_menus: HashMap::new(),
            owners: HashMap::new(),
            user_labels: HashMap::new(),
            blocked: std::collections::HashSet::new(),
            subscribed_fields: None,
            lists: HashMap::new(),
            parents: HashMap::new(),
            shapes,
            held: 0,
            limit: config.max_store_bytes,
        };
        store.nodes.insert(
            config.page_id.clone(),
            Node {
                ty: PAGE.into(),
                data: Arc::new(json!({"id": config.page_id, "name": config.page_name})),
            },
        );
        let count = config.customers.len() as i64;
        for (i, customer) in config.customers.iter().enumerate() {
            store.add_customer(customer.clone());
            // Older customers wrote earlier, so the list starts newest first.
            let at = now - 3600 * (count - i as i64);
            let message = store.message_node(
                ids,
                at,
                &customer.psid,
                false,
                "Hi! Where is my order?",
                Vec::new(),
            )?;
            store.append(ids, &customer.psid, message, at, false)?;
        }
        Ok(store)
    }

    fn page_participant(&self) -> Value {
        participant(&self.page_id, &self.page_name)
    }

    fn add_customer(&mut self, customer: Customer) {
        if self.customer(&customer.psid).is_none() {
            // The profile the User Profile API reads, from what the customer is called. The
            // mock invents a locale and a timezone, not a gender.
            let (first, last) = customer
                .name
                .split_once(' ')
                .unwrap_or((customer.name.as_str(), ""));
            let mut profile = Map::new();
            profile.insert("id".into(), json!(customer.psid));
            profile.insert("name".into(), json!(customer.name));
            profile.insert("first_name".into(), json!(first));
            if !last.is_empty() {
                profile.insert("last_name".into(), json!(last));
            }
            profile.insert(
                "profile_pic".into(),
                json!(format!(
                    "https://cdn.fbgraph-mock.invalid/profilepic/{}.jpg",
                    customer.psid
                )),
            );
            profile.insert("locale".into(), json!("en_US"));
            profile.insert("timezone".into(), json!(0));
            self.put_node(&customer.psid, USER_PROFILE, &profile);
            self.held += customer.psid.len() * 2 + customer.name.len() + 32;
            self.customer_index
                .insert(customer.psid.clone(), self.customers.len());
            self.customers.push(customer);
        }
    }

    /// The customer with that PSID.
    pub fn customer(&self, psid: &str) -> Option<&Customer> {
        self.customers.get(*self.customer_index.get(psid)?)
    }

    /// A new PSID: 16 digits, neither a customer's nor a node's id.
    fn fresh_psid(&self, ids: &Ids) -> String {
        loop {
            let candidate = ids.digits(16);
            if self.customer(&candidate).is_none() && !self.nodes.contains_key(&candidate) {
                break candidate;
            }
        }
    }

    /// Adds `n` customers, each with a new conversation holding one message from them,
    /// written `now`; the new conversations come first in the list, the last added first.
    pub fn seed_customers(&mut self, ids: &Ids, n: usize, now: i64) -> Result<(), ShapeError> {
        let first = self.customers.len();
        let mut new_threads = Vec::with_capacity(n);
        for i in 0..n {
            let psid = self.fresh_psid(ids);
            self.add_customer(Customer {
                psid: psid.clone(),
                name: format!("Customer {}", first + i + 1),
            });
            let message =
                self.message_node(ids, now, &psid, false, "Hi! Where is my order?", Vec::new())?;
            let (_, thread_id) = self.store_message(ids, &psid, message, now, false)?;
            new_threads.push(thread_id);
        }
        // Newest first; the threads are new, so none is in the list yet.
        new_threads.reverse();
        new_threads.append(&mut self.threads);
        self.threads = new_threads;
        Ok(())
    }

    /// Makes `psid` a customer if it is not one yet (named `Customer N`, as seeded ones
    /// are): on Graph, writing to the Page is how a person becomes reachable. Refused when
    /// the id is the page's or another stored node's.
    pub fn ensure_customer(&mut self, psid: &str) -> Result<(), String> {
        if self.customer(psid).is_some() {
            return Ok(());
        }
        if psid == self.page_id || self.nodes.contains_key(psid) {
            return Err(format!(
                "{psid} is the id of the page or of a stored node, not a PSID"
            ));
        }
        let name = format!("Customer {}", self.customers.len() + 1);
        self.add_customer(Customer {
            psid: psid.to_owned(),
            name,
        });
        Ok(())
    }

    /// Whether `mid` is a message the page sent to the customer `psid`.
    pub fn is_page_message_to(&self, mid: &str, psid: &str) -> bool {
        let Some(node) = self.nodes.get(mid).filter(|n| n.ty == MESSAGE) else {
            return false;
        };
        let from_page =
            node.data.pointer("/from/id").and_then(Value::as_str) == Some(self.page_id.as_str());
        let to_customer = node
            .data
            .pointer("/to/data")
            .and_then(Value::as_array)
            .is_some_and(|to| {
                to.iter()
                    .any(|p| p.get("id").and_then(Value::as_str) == Some(psid))
            });
        from_page && to_customer
    }

    /// The emoji the customer `psid` reacted to a message with, if any.
    pub fn reaction_of(&self, mid: &str, psid: &str) -> Option<String> {
        let kinds = self
            .nodes
            .get(mid)?
            .data
            .pointer("/reactions/data")?
            .as_array()?;
        kinds
            .iter()
            .find(|kind| {
                kind.get("users")
                    .and_then(Value::as_array)
                    .is_some_and(|u| {
                        u.iter()
                            .any(|u| u.get("id").and_then(Value::as_str) == Some(psid))
                    })
            })
            .and_then(|kind| kind.get("reaction")?.as_str())
            .map(str::to_owned)
    }

    /// Adds the customer's reaction to a message (replacing an earlier one of theirs), or
    /// removes theirs, in the message's `reactions` (`{"data":[{"reaction":emoji,
    /// "users":[{id, name}]}]}`, as the spec's `Reaction` has it).
    pub fn set_reaction(
        &mut self,
        mid: &str,
        psid: &str,
        emoji: Option<&str>,
    ) -> Result<(), ShapeError> {
        let user = {
            let mut user = Map::new();
            user.insert("id".into(), Value::String(psid.to_owned()));
            if let Some(customer) = self.customer(psid).filter(|c| !c.name.is_empty()) {
                user.insert("name".into(), Value::String(customer.name.clone()));
            }
            Value::Object(user)
        };
        let Some(node) = self.nodes.get(mid) else {
            return Ok(());
        };
        // Changed on a copy, which is kept only once it is checked.
        let mut data = (*node.data).clone();
        let Value::Object(message) = &mut data else {
            return Ok(());
        };
        let entry = message
            .entry("reactions")
            .or_insert_with(|| json!({ "data": [] }));
        let Some(Value::Array(kinds)) = entry.get_mut("data") else {
            return Ok(());
        };
        for kind in kinds.iter_mut() {
            if let Some(Value::Array(users)) = kind.get_mut("users") {
                users.retain(|u| u.get("id").and_then(Value::as_str) != Some(psid));
            }
        }
        kinds.retain(|k| {
            k.get("users")
                .and_then(Value::as_array)
                .is_some_and(|u| !u.is_empty())
        });
        if let Some(emoji) = emoji {
            match kinds
                .iter_mut()
                .find(|k| k.get("reaction").and_then(Value::as_str) == Some(emoji))
            {
                Some(kind) => {
                    if let Some(Value::Array(users)) = kind.get_mut("users") {
                        users.push(user);
                    }
                }
                None => kinds.push(json!({ "reaction": emoji, "users": [user] })),
            }
        }
        if kinds.is_empty() {
            message.remove("reactions");
        }
        let shaped = self.shapes.shaped(MESSAGE, data)?;
        if let Some(node) = self.nodes.get_mut(mid) {
            let (old, new) = (weight(&node.data), weight(shaped.value()));
            self.held = (self.held + new).saturating_sub(old);
            node.data = Arc::new(shaped.into_value());
        }
        Ok(())
    }

    /// The PSID of a recipient given by something other than a PSID (`phone_number`,
    /// `user_ref`, …), minted and made a customer the first time.
    pub fn customer_for(&mut self, ids: &Ids, kind: &str, value: &str, name: &str) -> String {
        let key = format!("{kind}:{value}");
        if let Some(psid) = self.minted.get(&key) {
            return psid.clone();
        }
        let psid = self.fresh_psid(ids);
        self.minted.insert(key, psid.clone());
        if kind == "phone_number" {
            self.held += psid.len();
            self.phone_only.insert(psid.clone());
        }
        self.add_customer(Customer {
            psid: psid.clone(),
            name: name.to_owned(),
        });
        psid
    }

    /// Whether the store holds [`MockConfig::max_store_bytes`] or more: then writes are
    /// refused until something is deleted.
    pub fn is_full(&self) -> bool {
        self.held >= self.limit
    }

    /// About how many bytes the store holds ([`weight`]).
    pub fn held(&self) -> usize {
        self.held
    }

    /// The most it holds before writes are refused.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// A stored node.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// Stores a node, or sets the given fields of the one held with this id.
    pub fn put_node(&mut self, id: &str, ty: &str, fields: &Map<String, Value>) {
        if self.nodes.contains_key(id) {
            self.update_node(id, fields);
            return;
        }
        self.held += id.len() + 2 * ty.len() + weight(&Value::Object(fields.clone()));
        self.nodes.insert(
            id.to_owned(),
            Node {
                ty: ty.to_owned(),
                data: Arc::new(Value::Object(fields.clone())),
            },
        );
    }

    /// Puts an item first in `parent`'s `edge` list (lists read newest first, as Graph
    /// lists): the node `child`, read through, or `item` itself when it is not a node.
    pub fn list_on_edge(&mut self, parent: &str, edge: &str, item: Value, child: Option<&str>) {
        if !self.nodes.contains_key(parent) {
            return;
        }
        let list = self
            .lists
            .entry(parent.to_owned())
            .or_default()
            .entry(edge.to_owned())
            .or_default();
        match child {
            Some(child) => {
                self.held += child.len() + 16;
                list.push(Item::Node(child.to_owned()));
                self.parents
                    .insert(child.to_owned(), (parent.to_owned(), edge.to_owned()));
            }
            None => {
                // An association is listed once, however often it is made.
                let id = item.get("id").and_then(Value::as_str);
                if id.is_some() && list.iter().any(|i| i.id() == id) {
                    return;
                }
                self.held += weight(&item) + 16;
                list.push(Item::Inline(Arc::new(item)));
            }
        }
    }

    /// `parent`'s `edge` list as generic calls wrote it, newest first; `None` when nothing
    /// was ever written there.
    pub fn edge_list(&self, parent: &str, edge: &str) -> Option<Vec<Arc<Value>>> {
        let list = self.lists.get(parent)?.get(edge)?;
        Some(
            list.iter()
                .rev()
                .filter_map(|item| match item {
                    Item::Node(id) => self.nodes.get(id).map(|n| Arc::clone(&n.data)),
                    Item::Inline(value) => Some(Arc::clone(value)),
                })
                .collect(),
        )
    }

    /// Takes the item with this id out of `parent`'s `edge` list (the node itself, if it
    /// is one, stays). Whether it was there.
    pub fn unlist_from_edge(&mut self, parent: &str, edge: &str, id: &str) -> bool {
        let Some(list) = self.lists.get_mut(parent).and_then(|l| l.get_mut(edge)) else {
            return false;
        };
        let before = list.len();
        let mut freed = 0;
        list.retain(|item| {
            let keep = item.id() != Some(id);
            if !keep {
                freed += match item {
                    Item::Node(id) => id.len() + 16,
                    Item::Inline(value) => weight(value) + 16,
                };
            }
            keep
        });
        self.held = self.held.saturating_sub(freed);
        let removed = list.len() < before;
        if removed
            && self
                .parents
                .get(id)
                .is_some_and(|(p, e)| p == parent && e == edge)
        {
            self.parents.remove(id);
        }
        removed
    }

    /// Sets fields of a stored node (a generic `POST /{id}`); the lists that hold it read
    /// it through. Whether the node exists.
    pub fn update_node(&mut self, id: &str, fields: &Map<String, Value>) -> bool {
        let Some(node) = self.nodes.get_mut(id) else {
            return false;
        };
        // What a set field costs, less what it replaces.
        let (mut added, mut freed) = (0, 0);
        if let Value::Object(map) = Arc::make_mut(&mut node.data) {
            for (k, v) in fields {
                added += k.len() + 4 + weight(v);
                if let Some(old) = map.insert(k.clone(), v.clone()) {
                    freed += k.len() + 4 + weight(&old);
                }
            }
        }
        self.held = (self.held + added).saturating_sub(freed);
        true
    }

    /// Removes a stored node (a generic `DELETE /{id}`), its item in the edge list that
    /// holds it and the lists written under it. Whether it existed.
    pub fn remove_node(&mut self, id: &str) -> bool {
        let Some(node) = self.nodes.remove(id) else {
            return false;
        };
        self.held = self
            .held
            .saturating_sub(id.len() + 2 * node.ty.len() + weight(&node.data));
        if let Some((parent, edge)) = self.parents.get(id).cloned() {
            self.unlist_from_edge(&parent, &edge, id);
        }
        // Its own lists go with it; the nodes they list stay readable by id, as on Graph
        // where a deleted campaign's ads are not deleted with it.
        for item in self
            .lists
            .remove(id)
            .into_iter()
            .flat_map(HashMap::into_values)
            .flatten()
        {
            let cost = match &item {
                Item::Node(child) => {
                    self.parents.remove(child);
                    child.len() + 16
                }
                Item::Inline(value) => weight(value) + 16,
            };
            self.held = self.held.saturating_sub(cost);
        }
        true
    }

    /// The conversations, most recently updated first.
    pub fn threads(&self) -> Vec<Arc<Value>> {
        self.threads
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .map(|n| Arc::clone(&n.data))
            .collect()
    }

    /// A reusable attachment uploaded earlier.
    pub fn reusable(&self, id: &str) -> Option<&Value> {
        self.reusable.get(id)
    }

    /// The page's Messenger profile on `platform`: the properties set, none when unset.
    pub fn profile(&self, platform: &str) -> Option<&Map<String, Value>> {
        self.profiles.get(platform).filter(|p| !p.is_empty())
    }

    /// Sets properties of the profile on `platform`; the others keep their values.
    pub fn set_profile(&mut self, platform: &str, properties: Map<String, Value>) {
        let profile = self.profiles.entry(platform.to_owned()).or_default();
        for (name, value) in properties {
            self.held += name.len() + weight(&value);
            if let Some(old) = profile.insert(name.clone(), value) {
                self.held = self.held.saturating_sub(name.len() + weight(&old));
            }
        }
    }

    /// Removes properties of the profile on `platform`.
    pub fn clear_profile(&mut self, platform: &str, names: &[String]) {
        if let Some(profile) = self.profiles.get_mut(platform) {
            for name in names {
                if let Some(old) = profile.remove(name) {
                    self.held = self.held.saturating_sub(name.len() + weight(&old));
                }
            }
        }
    }

    /// The app that controls the customer's conversation: the page's own app unless
    /// control was passed to another.
    pub fn owner(&self, psid: &str) -> &str {
        self.owners
            .get(psid)
            .map_or(self.app_id.as_str(), String::as_str)
    }

    /// Gives control of the customer's conversation to `app`.
    pub fn set_owner(&mut self, psid: &str, app: &str) {
        if app == self.app_id {
            if let Some(old) = self.owners.remove(psid) {
                self.held = self.held.saturating_sub(psid.len() + old.len());
            }
        } else {
            self.held += psid.len() + app.len();
            if let Some(old) = self.owners.insert(psid.to_owned(), app.to_owned()) {
                self.held = self.held.saturating_sub(psid.len() + old.len());
            }
        }
    }

    /// Whether the page blocked or banned the customer.
    pub fn is_blocked(&self, psid: &str) -> bool {
        self.blocked.contains(psid)
    }

    /// Blocks or unblocks the customer; their conversation's `can_reply` says so.
    pub fn set_blocked(&mut self, psid: &str, blocked: bool) {
        let changed = if blocked {
            self.blocked.insert(psid.to_owned())
        } else {
            self.blocked.remove(psid)
        };
        if changed {
            self.held = if blocked {
                self.held + psid.len()
            } else {
                self.held.saturating_sub(psid.len())
            };
        }
        self.set_thread_field(psid, "can_reply", Value::Bool(!blocked));
    }

    /// Sets a field of the customer's conversation, where there is one (`folder`).
    pub fn set_thread_field(&mut self, psid: &str, field: &str, value: Value) {
        if let Some(thread) = self.thread_of.get(psid).cloned() {
            let mut fields = Map::new();
            fields.insert(field.to_owned(), value);
            self.update_node(&thread, &fields);
        }
    }

    /// Whether the customer was reached by phone number: such accounts have no profile.
    pub fn has_no_profile(&self, psid: &str) -> bool {
        self.phone_only.contains(psid)
    }

    /// The labels on a customer, as stored label nodes (deleted labels are gone).
    pub fn labels_of(&self, psid: &str) -> Vec<Value> {
        self.user_labels
            .get(psid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.nodes.get(id))
            .map(|node| (*node.data).clone())
            .collect()
    }

    /// Puts the label on the customer, or takes it off.
    pub fn label(&mut self, label: &str, psid: &str, on: bool) {
        let labels = self.user_labels.entry(psid.to_owned()).or_default();
        let had = labels.iter().any(|l| l == label);
        if on && !had {
            labels.push(label.to_owned());
            self.held += label.len() + 4;
        } else if !on && had {
            labels.retain(|l| l != label);
            self.held = self.held.saturating_sub(label.len() + 4);
        }
    }

    /// The webhook fields the page's app is subscribed to.
    pub fn subscribed_fields(&self) -> Option<&[String]> {
        self.subscribed_fields.as_deref()
    }

    /// Subscribes the page's app to these fields, or with `None` unsubscribes it.
    pub fn subscribe_app(&mut self, fields: Option<Vec<String>>) {
        let weight = |f: &Option<Vec<String>>| f.iter().flatten().map(|s| s.len() + 3).sum();
        let old: usize = weight(&self.subscribed_fields);
        self.held = self.held.saturating_sub(old) + weight(&fields);
        self.subscribed_fields = fields;
    }

    /// A customer's own persistent menu.
    pub fn user_menu(&self, psid: &str) -> Option<&Value> {
        self.user_menus.get(psid)
    }

    /// Sets, or with `None` removes, a customer's own persistent menu.
    pub fn set_user_menu(&mut self, psid: &str, menu: Option<Value>) {
        let old = match menu {
            Some(menu) => {
                self.held += psid.len() + weight(&menu);
                self.user_menus.insert(psid.to_owned(), menu)
            }
            None => self.user_menus.remove(psid),
        };
        if let Some(old) = old {
            self.held = self.held.saturating_sub(psid.len() + weight(&old));
        }
    }

    /// Keeps an attachment for reuse; returns its id.
    pub fn keep_reusable(&mut self, id: String, attachment: Value) {
        self.held += id.len() + weight(&attachment);
        self.reusable.insert(id, attachment);
    }

    /// A message node as Graph answers it with all fields: from the page to the customer,
    /// or from the customer to the page.
    pub fn message_node(
        &self,
        ids: &Ids,
        at: i64,
        psid: &str,
        from_page: bool,
        text: &str,
        attachments: Vec<Value>,
    ) -> Result<Shaped, ShapeError> {
        let customer = self.customer_participant(psid);
        let page = self.page_participant();
        let (from, to) = if from_page {
            (page, customer)
        } else {
            (customer, page)
        };
        let mut tags = Vec::new();
        if !from_page {
            tags.push(json!({"name": "inbox"}));
        }
        tags.push(json!({"name": "source:chat"}));
        let mut node = Map::new();
        node.insert("id".into(), Value::String(format!("m_{}", ids.alnum(44))));
        node.insert(
            "created_time".into(),
            Value::String(crate::time::format(at)),
        );
        node.insert("from".into(), from);
        node.insert("to".into(), json!({ "data": [to] }));
        node.insert("message".into(), Value::String(text.to_owned()));
        if !attachments.is_empty() {
            node.insert("attachments".into(), json!({ "data": attachments }));
        }
        node.insert("tags".into(), json!({ "data": tags }));
        self.shapes.shaped(MESSAGE, Value::Object(node))
    }

    /// Stores a message and adds it to the conversation with the customer, creating the
    /// conversation if needed. Returns the message's id.
    pub fn append(
        &mut self,
        ids: &Ids,
        psid: &str,
        message: Shaped,
        at: i64,
        from_page: bool,
    ) -> Result<String, ShapeError> {
        let (message_id, thread_id) = self.store_message(ids, psid, message, at, from_page)?;
        self.threads.retain(|id| *id != thread_id);
        self.threads.insert(0, thread_id);
        Ok(message_id)
    }

    /// Stores a message and adds it to the conversation with the customer, creating the
    /// conversation if needed, without moving the conversation in the list. Returns the
    /// message's and the conversation's ids.
    fn store_message(
        &mut self,
        ids: &Ids,
        psid: &str,
        message: Shaped,
        at: i64,
        from_page: bool,
    ) -> Result<(String, String), ShapeError> {
        // What is changed in place below: the conversation's own fields.
        self.shapes.fields(
            THREAD,
            &[
                "messages",
                "message_count",
                "unread_count",
                "snippet",
                "updated_time",
                "senders",
            ],
        )?;
        let message = message.into_value();
        // The node, and its copy in the conversation's list.
        self.held += 2 * (weight(&message) + 1);
        let message_id = message
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let thread_id = match self.thread_of.get(psid) {
            Some(id) => id.clone(),
            None => self.new_thread(ids, psid)?,
        };
        let page = self.page_participant();
        let snippet = match message.get("message").and_then(Value::as_str) {
            Some(text) if !text.is_empty() => text.to_owned(),
            _ if from_page => format!("{} sent an attachment.", self.page_name),
            _ => "Sent an attachment.".to_owned(),
        };
        let sender = message.get("from").cloned().unwrap_or(Value::Null);
        if let Some(node) = self.nodes.get_mut(&thread_id)
            && let Value::Object(thread) = Arc::make_mut(&mut node.data)
        {
            if let Some(Value::Array(list)) =
                thread.get_mut("messages").and_then(|m| m.get_mut("data"))
            {
                list.insert(0, message.clone());
            }
            let count = thread
                .get("message_count")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            thread.insert("message_count".into(), json!(count + 1));
            let unread = if from_page {
                0
            } else {
                thread
                    .get("unread_count")
                    .and_then(Value::as_i64)
                    .unwrap_or(0)
                    + 1
            };
            thread.insert("unread_count".into(), json!(unread));
            thread.insert("snippet".into(), Value::String(snippet));
            thread.insert(
                "updated_time".into(),
                Value::String(crate::time::format(at)),
            );
            if let Some(Value::Array(senders)) =
                thread.get_mut("senders").and_then(|s| s.get_mut("data"))
            {
                let sender_id = sender.get("id").cloned();
                if !senders.iter().any(|s| s.get("id") == sender_id.as_ref()) {
                    senders.push(if from_page { page } else { sender });
                }
            }
        }
        self.nodes.insert(
            message_id.clone(),
            Node {
                ty: MESSAGE.into(),
                data: Arc::new(message),
            },
        );
        Ok((message_id, thread_id))
    }

    fn new_thread(&mut self, ids: &Ids, psid: &str) -> Result<String, ShapeError> {
        let id = loop {
            let candidate = format!("t_{}", ids.digits(15));
            if !self.nodes.contains_key(&candidate) {
                break candidate;
            }
        };
        let name = self
            .customer(psid)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let thread = json!({
            "id": id,
            "link": format!("/{}/inbox/{}/", self.page_id, &id[2..]),
            "folder": "inbox",
            "message_count": 0,
            "unread_count": 0,
            "can_reply": true,
            "is_subscribed": true,
            "scoped_thread_key": format!("t_{psid}"),
            "participants": {"data": [participant(psid, &name), self.page_participant()]},
            "senders": {"data": []},
            "messages": {"data": []},
            "former_participants": {"data": []},
        });
        // `is_owner` is in the specs from v23.0 on: kept only where the served spec has it.
        let mut thread = thread;
        if self.shapes.has_field(THREAD, "is_owner") {
            thread["is_owner"] = Value::Bool(true);
        }
        let thread = self.shapes.shaped(THREAD, thread)?;
        self.held += id.len() + psid.len() + weight(thread.value());
        self.nodes.insert(
            id.clone(),
            Node {
                ty: THREAD.into(),
                data: Arc::new(thread.into_value()),
            },
        );
        self.thread_of.insert(psid.to_owned(), id.clone());
        Ok(id)
    }

    /// The participant object of a customer.
    pub fn customer_participant(&self, psid: &str) -> Value {
        let name = self
            .customer(psid)
            .map(|c| c.name.as_str())
            .unwrap_or_default();
        participant(psid, name)
    }
}
