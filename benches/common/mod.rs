//! Helpers the benchmarks share: flags and whole-process measurements.

use std::process::Command;

/// The value after `--name` on the bench's command line.
pub fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// Run a command under /usr/bin/time, output discarded: (wall seconds, peak
/// RSS in MiB).
pub fn measure(program: &str, args: &[&str]) -> (f64, f64) {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", program])
        .args(args)
        .stdout(std::process::Stdio::null())
        .output()
        .expect("/usr/bin/time (Debian package `time`)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} {args:?}: {stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    let mut parts = last.split_whitespace();
    let wall: f64 = parts
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN);
    let rss_kib: f64 = parts
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN);
    (wall, rss_kib / 1024.0)
}
