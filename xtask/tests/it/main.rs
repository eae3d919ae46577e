//! xtask's integration tests: the diff report on fixtures covering every kind of change, and
//! bump run in a temporary copy of the repository.

mod areas;
mod bump;
mod diff;
