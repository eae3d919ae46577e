//! Answer bodies generated as they are sent, for the faults that spoil an answer:
//! [`oversized`], [`endless`] and [`trickle`]. None holds more than the answer it was
//! given, whatever it sends.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use hyper::body::{Frame, SizeHint};
use tokio::time::Sleep;

/// What every generated piece is cut from.
static FILL: [u8; 64 * 1024] = [b'a'; 64 * 1024];
static SPACES: [u8; 16] = [b' '; 16];
static ZEROS: &[u8] = &{
    let mut zeros = [b'0'; 64 * 1024];
    let mut i = 1;
    while i < zeros.len() {
        zeros[i] = b',';
        i += 2;
    }
    zeros
};

/// Exactly `len` bytes: `{"padding":"aaaa…"}` from 16 bytes, else spaces.
pub(crate) fn oversized(len: u64) -> Body {
    Body::new(Padding {
        len,
        sent: 0,
        json: len >= 16,
    })
}

struct Padding {
    len: u64,
    sent: u64,
    json: bool,
}

impl Padding {
    const HEAD: &'static [u8] = b"{\"padding\":\"";
    const TAIL: &'static [u8] = b"\"}";

    fn next_piece(&mut self) -> Option<Bytes> {
        let left = self.len - self.sent;
        if left == 0 {
            return None;
        }
        let tail = Self::TAIL.len() as u64;
        let piece: &'static [u8] = if !self.json {
            &SPACES[..usize::try_from(left.min(SPACES.len() as u64)).unwrap_or(0)]
        } else if self.sent == 0 {
            Self::HEAD
        } else if left == tail {
            Self::TAIL
        } else {
            let room = left - tail;
            &FILL[..usize::try_from(room.min(FILL.len() as u64)).unwrap_or(0)]
        };
        self.sent += piece.len() as u64;
        Some(Bytes::from_static(piece))
    }
}

impl hyper::body::Body for Padding {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(self.next_piece().map(|piece| Ok(Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.sent == self.len
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.len - self.sent)
    }
}

/// `{"data":[0,0,0,…` without end, and without a length (so sent chunked).
pub(crate) fn endless() -> Body {
    Body::new(Endless { started: false })
}

struct Endless {
    started: bool,
}

impl hyper::body::Body for Endless {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let piece: &'static [u8] = if self.started { ZEROS } else { b"{\"data\":[" };
        self.started = true;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(piece)))))
    }

    fn is_end_stream(&self) -> bool {
        false
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}

/// How many bytes a trickled body sends per interval.
const TRICKLE_BYTES: usize = 4;

/// `bytes`, [`TRICKLE_BYTES`] at a time, one piece per `interval` (the first after one
/// interval).
pub(crate) fn trickle(bytes: Bytes, interval: Duration) -> Body {
    Body::new(Trickle {
        bytes,
        interval,
        sleep: Box::pin(tokio::time::sleep(interval)),
    })
}

struct Trickle {
    bytes: Bytes,
    interval: Duration,
    sleep: Pin<Box<Sleep>>,
}

impl hyper::body::Body for Trickle {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.bytes.is_empty() {
            return Poll::Ready(None);
        }
        if self.sleep.as_mut().poll(cx).is_pending() {
            return Poll::Pending;
        }
        let deadline = tokio::time::Instant::now() + self.interval;
        self.sleep.as_mut().reset(deadline);
        let n = TRICKLE_BYTES.min(self.bytes.len());
        let piece = self.bytes.split_to(n);
        Poll::Ready(Some(Ok(Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.bytes.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.bytes.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn collect(body: Body) -> Vec<u8> {
        axum::body::to_bytes(body, usize::MAX)
            .await
            .expect("a body")
            .to_vec()
    }

    #[tokio::test]
    async fn padding_is_exact() {
        for len in [0, 1, 15, 16, 17, 100, 64 * 1024 + 13, 300_000] {
            let bytes = collect(oversized(len)).await;
            assert_eq!(bytes.len() as u64, len);
            if len >= 16 {
                let value: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
                assert!(value["padding"].is_string());
            } else {
                assert!(bytes.iter().all(|b| *b == b' '));
            }
        }
    }

    #[tokio::test]
    async fn endless_goes_on() {
        use hyper::body::Body as _;
        let mut body = Endless { started: false };
        let waker = std::task::Waker::noop();
        let mut cx = Context::from_waker(waker);
        let mut total = 0;
        for _ in 0..100 {
            let Poll::Ready(Some(Ok(frame))) = Pin::new(&mut body).poll_frame(&mut cx) else {
                panic!("a frame");
            };
            total += frame.into_data().map(|d| d.len()).unwrap_or(0);
        }
        assert!(total > 6_000_000);
        assert!(ZEROS.starts_with(b"0,0,"));
        assert!(!body.is_end_stream());
    }

    #[tokio::test]
    async fn trickle_sends_everything_in_pieces() {
        use hyper::body::Body as _;
        let body = trickle(
            Bytes::from_static(b"{\"ok\":true}"),
            Duration::from_millis(1),
        );
        assert_eq!(body.size_hint().exact(), Some(11));
        assert_eq!(collect(body).await, b"{\"ok\":true}");
    }
}
