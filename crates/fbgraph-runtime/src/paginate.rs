//! Streams over paged lists: every item (or page) of a list, one page in memory at a time.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::de::DeserializeOwned;

use crate::client::{Client, Prepared, Response, SendOptions};
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorCode, UntypedCode};
use crate::types::Paged;
use crate::usage::Usage;

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Response<Paged<T>>, Error>> + Send>>;

impl Client {
    /// Every item of a paged list, fetched page by page as the stream is read.
    ///
    /// The first page is `request` itself, so its `limit` (where the endpoint has the setter) is
    /// the page size; then the stream follows each page's `paging.next` link, re-signed as
    /// [`next_page`](Client::next_page) does, until a page has none. Short and empty pages are
    /// fine (an empty page with a `next` link is followed). A `next` link that repeats the link
    /// just fetched ends the stream with [`Error::Request`] rather than looping forever.
    ///
    /// Nothing is sent until the stream is first polled. It holds at most one page at a time,
    /// and it is `Send` (when `T` is), so it can run in a spawned task. Each page is one call
    /// with the client's retries; after an error the stream ends.
    ///
    /// ```no_run
    /// # use fbgraph_runtime::{Client, Endpoint, Error, Paged};
    /// # async fn demo<E: Endpoint<Response = Paged<serde_json::Value>>>(client: Client, request: E)
    /// # -> Result<(), Error<E::ErrorCode>> {
    /// let mut threads = client.paginate(request).max_items(1_000);
    /// while let Some(thread) = threads.try_next().await? {
    ///     println!("{thread}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn paginate<E, T>(&self, request: E) -> Items<T, E::ErrorCode>
    where
        E: Endpoint<Response = Paged<T>>,
        T: DeserializeOwned + Send + 'static,
    {
        Items {
            pages: Pages {
                client: self.clone(),
                options: SendOptions::new(),
                state: State::Start(self.prepare(&request)),
                max_pages: None,
                fetched: 0,
                usage: Usage::default(),
                guard: LoopGuard::default(),
                code: PhantomData,
            },
            current: Vec::new().into_iter(),
            max_items: None,
            yielded: 0,
        }
    }
}

/// A stream of every item of a paged list; see [`Client::paginate`].
///
/// Read it with [`try_next`](Items::try_next), or as a [`futures_core::Stream`] of
/// `Result<T, Error<C>>`. [`pages`](Items::pages) turns it into a stream of whole pages.
#[must_use = "a stream does nothing unless polled"]
pub struct Items<T, C = UntypedCode> {
    pages: Pages<T, C>,
    /// The rest of the current page.
    current: std::vec::IntoIter<T>,
    max_items: Option<usize>,
    yielded: usize,
}

/// A stream of the pages of a paged list; see [`Items::pages`].
#[must_use = "a stream does nothing unless polled"]
pub struct Pages<T, C = UntypedCode> {
    client: Client,
    options: SendOptions,
    state: State<T>,
    max_pages: Option<usize>,
    fetched: usize,
    /// The usage headers of the latest page.
    usage: Usage,
    /// Where the latest pages were, to stop a list that goes round in circles.
    guard: LoopGuard,
    code: PhantomData<fn() -> C>,
}

/// Stops a list whose `next` links lead back to pages already seen, or on and on through empty
/// pages, in constant memory: hashes of the last few positions, and a count.
#[derive(Debug, Default)]
struct LoopGuard {
    recent: std::collections::VecDeque<u64>,
    empty_in_a_row: u32,
}

impl LoopGuard {
    /// Positions remembered: a cycle of up to this many pages is caught.
    const RECENT: usize = 16;
    /// Empty pages with a `next` link in a row before the list is given up on.
    const MAX_EMPTY: u32 = 100;

    /// Checks the page just fetched; `Err` says why the list must stop.
    fn check<T>(&mut self, page: &Paged<T>) -> Result<(), String> {
        use std::hash::{Hash, Hasher};
        let Some(next) = page.next_url() else {
            return Ok(());
        };
        // A page's position is its `after` cursor; without one, the link to the next page.
        let after = page
            .paging
            .as_ref()
            .and_then(|p| p.cursors.as_ref())
            .and_then(|c| c.after.as_deref());
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        after.unwrap_or(next).hash(&mut hasher);
        let position = hasher.finish();
        if self.recent.contains(&position) {
            return Err(
                "the list leads back to a page already seen; stopping rather than looping forever"
                    .to_owned(),
            );
        }
        if self.recent.len() == Self::RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(position);
        if page.data.is_empty() {
            self.empty_in_a_row += 1;
            if self.empty_in_a_row > Self::MAX_EMPTY {
                return Err(format!(
                    "more than {} empty pages in a row still link to a next one; stopping",
                    Self::MAX_EMPTY
                ));
            }
        } else {
            self.empty_in_a_row = 0;
        }
        Ok(())
    }
}

// Neither stream pins its items: a pinned stream may move them freely.
impl<T, C> Unpin for Items<T, C> {}
impl<T, C> Unpin for Pages<T, C> {}

enum State<T> {
    /// The first request, not yet sent, or why it could not be built.
    Start(Result<Prepared, Error>),
    /// The `next` link to follow.
    Next(String),
    /// A page on its way; `link` is the `next` link it was fetched by.
    Fetching {
        future: PageFuture<T>,
        link: Option<String>,
    },
    /// The stream ends with this error.
    Fail(Error),
    Done,
}

impl<T, C> Items<T, C> {
    /// Ends the stream after `n` items; no page beyond the one holding item `n` is fetched.
    pub fn max_items(mut self, n: usize) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Fetches at most `n` pages.
    pub fn max_pages(mut self, n: usize) -> Self {
        self.pages.max_pages = Some(n);
        self
    }

    /// Sends every page with these options (timeout, retry policy) instead of the client's.
    pub fn options(mut self, options: SendOptions) -> Self {
        self.pages.options = options;
        self
    }

    /// The same list as a stream of whole pages. Call it before reading items: the rest of a
    /// page already being read is dropped, and `max_items` no longer applies.
    pub fn pages(self) -> Pages<T, C> {
        self.pages
    }

    /// The usage headers of the latest page fetched.
    pub fn usage(&self) -> &Usage {
        &self.pages.usage
    }
}

impl<T, C: ErrorCode> Items<T, C>
where
    T: DeserializeOwned + Send + 'static,
{
    /// The next item; `Ok(None)` at the end of the list (or after an error).
    pub async fn try_next(&mut self) -> Result<Option<T>, Error<C>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx))
            .await
            .transpose()
    }
}

impl<T, C: ErrorCode> Stream for Items<T, C>
where
    T: DeserializeOwned + Send + 'static,
{
    type Item = Result<T, Error<C>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.max_items.is_some_and(|max| this.yielded >= max) {
                this.pages.state = State::Done;
                return Poll::Ready(None);
            }
            if let Some(item) = this.current.next() {
                this.yielded += 1;
                return Poll::Ready(Some(Ok(item)));
            }
            // Free the spent page before fetching the next one.
            this.current = Vec::new().into_iter();
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => this.current = page.data.into_iter(),
            }
        }
    }
}

impl<T, C> Pages<T, C> {
    /// Fetches at most `n` pages.
    pub fn max_pages(mut self, n: usize) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// Sends every page with these options (timeout, retry policy) instead of the client's.
    pub fn options(mut self, options: SendOptions) -> Self {
        self.options = options;
        self
    }

    /// The usage headers of the latest page fetched.
    pub fn usage(&self) -> &Usage {
        &self.usage
    }
}

impl<T, C: ErrorCode> Pages<T, C>
where
    T: DeserializeOwned + Send + 'static,
{
    /// The next page; `Ok(None)` at the end of the list (or after an error).
    pub async fn try_next(&mut self) -> Result<Option<Paged<T>>, Error<C>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx))
            .await
            .transpose()
    }

    fn reached_max(&self) -> bool {
        self.max_pages.is_some_and(|max| self.fetched >= max)
    }
}

impl<T, C: ErrorCode> Stream for Pages<T, C>
where
    T: DeserializeOwned + Send + 'static,
{
    type Item = Result<Paged<T>, Error<C>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match std::mem::replace(&mut this.state, State::Done) {
                State::Done => return Poll::Ready(None),
                State::Fail(error) | State::Start(Err(error)) => {
                    return Poll::Ready(Some(Err(error.typed())));
                }
                State::Start(Ok(prepared)) => {
                    if this.reached_max() {
                        return Poll::Ready(None);
                    }
                    let client = this.client.clone();
                    let options = this.options.clone();
                    let future = async move {
                        let reply = client.execute(&prepared, &options).await?;
                        client.decode(reply)
                    };
                    this.state = State::Fetching {
                        future: Box::pin(future),
                        link: None,
                    };
                }
                State::Next(link) => {
                    if this.reached_max() {
                        return Poll::Ready(None);
                    }
                    let client = this.client.clone();
                    let options = this.options.clone();
                    let next = link.clone();
                    let future = async move { client.fetch_next(&next, &options).await };
                    this.state = State::Fetching {
                        future: Box::pin(future),
                        link: Some(link),
                    };
                }
                State::Fetching { mut future, link } => match future.as_mut().poll(cx) {
                    Poll::Pending => {
                        this.state = State::Fetching { future, link };
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(error)) => return Poll::Ready(Some(Err(error.typed()))),
                    Poll::Ready(Ok(response)) => {
                        this.fetched += 1;
                        this.usage = response.usage;
                        let page = response.value;
                        this.state = match (page.next_url(), this.guard.check(&page)) {
                            (None, _) => State::Done,
                            (Some(_), Err(why)) => State::Fail(Error::Request(why)),
                            (Some(next), Ok(())) => State::Next(next.to_owned()),
                        };
                        return Poll::Ready(Some(Ok(page)));
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LoopGuard;
    use crate::{Cursors, Paged, Paging};

    fn page(items: usize, after: &str) -> Paged<u8> {
        let cursors = Cursors {
            after: Some(after.to_owned()),
            ..Cursors::default()
        };
        let paging = Paging {
            cursors: Some(cursors),
            next: Some(format!(
                "https://graph.facebook.com/v26.0/me/conversations?after={after}"
            )),
            ..Paging::default()
        };
        Paged::new(vec![0; items], Some(paging))
    }

    #[test]
    fn a_cycle_of_pages_is_caught() {
        let mut guard = LoopGuard::default();
        assert!(guard.check(&page(2, "A")).is_ok());
        assert!(guard.check(&page(2, "B")).is_ok());
        assert!(guard.check(&page(2, "A")).is_err(), "A -> B -> A");
    }

    #[test]
    fn endless_empty_pages_are_given_up_on() {
        let mut guard = LoopGuard::default();
        let stopped = (0..1000).find(|i| guard.check(&page(0, &i.to_string())).is_err());
        assert_eq!(stopped, Some(LoopGuard::MAX_EMPTY as usize));
        // A long list of full pages, all different, never trips it.
        let mut guard = LoopGuard::default();
        assert!((0..10_000).all(|i| guard.check(&page(1, &i.to_string())).is_ok()));
    }
}
