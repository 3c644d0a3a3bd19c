//! Purge benchmark (issue: tokens). Prints figures; asserts nothing.
//!
//!     cargo bench --bench purge -- [--tokens N]
//!
//! For a backlog (half expired) and a daily run (1% expired) of N tokens
//! (default 1,000,000) with expiry uncorrelated to insertion order: authctl's
//! purge time, rows/s, longest write-lock hold (reported by purge itself,
//! BEGIN IMMEDIATE to COMMIT), the worst wait of a concurrent writer that
//! inserts one row every 10 ms, and one `DELETE … WHERE expires_at <= ?`
//! through the sqlite3 shell on an identical copy.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::{params, Connection};

const AUTHCTL: &str = env!("CARGO_BIN_EXE_authctl");

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A cheap deterministic generator, so every run builds the same data.
struct SplitMix(u64);
impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn build(path: &Path, tokens: u64, expired_fraction: f64, now: i64) {
    let status = Command::new(AUTHCTL)
        .args(["--quiet", "--db"])
        .arg(path)
        .arg("init")
        .status()
        .unwrap();
    assert!(status.success());
    let mut conn = Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    tx.execute_batch(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
         INSERT INTO users (id, created_at, updated_at) SELECT i, 0, 0 FROM n;",
    )
    .unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)")
            .unwrap();
        let mut rng = SplitMix(42);
        let subjects = ["auth", "auth", "auth", "signup", "reset", "bearer"];
        for i in 0..tokens {
            let r = rng.next();
            let expired = (r % 10_000) as f64 / 10_000.0 < expired_fraction;
            let offset = ((rng.next() % 30 + 1) * 86_400) as i64;
            let expires_at = if expired { now - offset } else { now + offset };
            insert
                .execute(params![
                    (r % 10_000 + 1) as i64,
                    subjects[(r >> 20) as usize % subjects.len()],
                    format!("{:064x}", i as u128 * 0x9E37_79B9_7F4A_7C15 + r as u128),
                    now - 100 * 86_400,
                    expires_at
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
}

fn run_case(name: &str, tokens: u64, expired_fraction: f64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("accounts.db");
    let copy = dir.path().join("copy.db");
    let now = chrono::Utc::now().timestamp();
    build(&db, tokens, expired_fraction, now);
    std::fs::copy(&db, &copy).unwrap();

    // The web app: one small insert every 10 ms, timing each.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        let db = db.clone();
        std::thread::spawn(move || {
            let conn = Connection::open(&db).unwrap();
            conn.busy_timeout(Duration::from_secs(10)).unwrap();
            let mut worst = Duration::ZERO;
            let mut writes = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let started = Instant::now();
                conn.execute(
                    "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (1, 'auth', ?1, 0, 9999999999)",
                    [format!("webapp-{writes}-{}", started.elapsed().as_nanos())],
                )
                .unwrap();
                worst = worst.max(started.elapsed());
                writes += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            (worst, writes)
        })
    };
    std::thread::sleep(Duration::from_millis(50));
    let started = Instant::now();
    let out = Command::new(AUTHCTL)
        .args(["--json", "--db"])
        .arg(&db)
        .args(["token", "purge"])
        .output()
        .unwrap();
    let purge_time = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let (worst_wait, writes) = writer.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let deleted = report["total"].as_u64().unwrap();

    let started = Instant::now();
    let status = Command::new("sqlite3")
        .arg(&copy)
        .arg(format!(
            "PRAGMA foreign_keys = ON; DELETE FROM user_tokens WHERE expires_at <= {now};"
        ))
        .status()
        .unwrap();
    let shell_time = started.elapsed();
    assert!(status.success());

    println!(
        "| {name} | {tokens} | {deleted} | {:.2} s | {:.0} | {} | {:.1} ms | {:.1} ms ({writes} writes) | {:.2} s | {:.2}× |",
        purge_time.as_secs_f64(),
        deleted as f64 / purge_time.as_secs_f64(),
        report["batches"],
        report["longest_batch_ms"].as_f64().unwrap(),
        worst_wait.as_secs_f64() * 1000.0,
        shell_time.as_secs_f64(),
        purge_time.as_secs_f64() / shell_time.as_secs_f64(),
    );
}

fn main() {
    let tokens = arg("--tokens", 1_000_000);
    println!("| case | tokens | deleted | authctl purge | rows/s | batches | longest lock hold | web app worst wait | sqlite3 DELETE | ratio |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    run_case("backlog (50% expired)", tokens, 0.5);
    run_case("daily (1% expired)", tokens, 0.01);
}
