//! Test-only pause points, so integration tests can kill the process with
//! SIGKILL at an exact step (half-way through an import's transaction,
//! before a purge batch commits) instead of hoping a timer lands there.
//!
//! Debug builds only: in release builds `point` is empty and no environment
//! variable is read. In debug builds `AUTHCTL_TEST_PAUSE_AT=NAME` (or
//! `NAME#N`, the N-th time NAME is reached) stops there for good after
//! writing NAME to the file named by `AUTHCTL_TEST_PAUSE_FILE`.

#[cfg(debug_assertions)]
pub fn point(name: &str) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static HITS: AtomicU64 = AtomicU64::new(0);

    let Ok(wanted) = std::env::var("AUTHCTL_TEST_PAUSE_AT") else {
        return;
    };
    let (wanted_name, nth) = match wanted.split_once('#') {
        Some((n, count)) => (n.to_string(), count.parse().unwrap_or(1)),
        None => (wanted, 1),
    };
    if wanted_name != name || HITS.fetch_add(1, Ordering::SeqCst) + 1 != nth {
        return;
    }
    if let Some(file) = std::env::var_os("AUTHCTL_TEST_PAUSE_FILE") {
        let _ = std::fs::write(file, name);
    }
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

#[cfg(not(debug_assertions))]
#[inline(always)]
pub fn point(_name: &str) {}
