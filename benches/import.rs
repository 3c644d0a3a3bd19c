//! Import benchmark (issue: bulk provisioning). Prints figures; asserts nothing.
//!
//!     cargo bench --bench import -- [--users N] [--python PATH]
//!
//! Imports N users (default 10,000) with cleartext passwords at the default
//! argon2id policy: with the default --jobs (all cores), with --jobs 1, and as
//! a straightforward Python script using argon2-cffi and sqlite3 (PATH is a
//! python with argon2-cffi; without one that row is skipped). It also imports
//! the same users with one fixed pre-computed hash, to show what everything
//! besides hashing costs. Wall time and peak RSS come from /usr/bin/time.

use std::io::Write;
use std::path::Path;
use std::process::Command;

mod common;

use common::{arg, measure};

const AUTHCTL: &str = env!("CARGO_BIN_EXE_authctl");

const PYTHON_IMPORT: &str = r#"
import json, sqlite3, sys, time
from argon2 import PasswordHasher
ph = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
db = sqlite3.connect(sys.argv[2])
db.execute("PRAGMA foreign_keys = ON")
now = int(time.time())
with db:
    for line in open(sys.argv[1]):
        row = json.loads(line)
        cur = db.execute("INSERT INTO users (password_hash, verified, disabled, created_at, updated_at) VALUES (?, 0, 0, ?, ?)",
                         (ph.hash(row["password"]), now, now))
        for a in row["auth_ids"]:
            db.execute("INSERT INTO auth_ids (auth_id, user_id) VALUES (?, ?)", (a, cur.lastrowid))
        for k, v in row.get("properties", {}).items():
            db.execute("INSERT INTO user_properties (user_id, name, value) VALUES (?, ?, ?)", (cur.lastrowid, k, v))
"#;

fn fresh_db(dir: &Path, name: &str) -> String {
    let db = dir.join(name);
    let status = Command::new(AUTHCTL)
        .args(["--quiet", "--db"])
        .arg(&db)
        .arg("init")
        .status()
        .unwrap();
    assert!(status.success());
    db.to_str().unwrap().to_string()
}

fn main() {
    let users: usize = arg("--users")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let cleartext = dir.path().join("users.jsonl");
    let prehashed = dir.path().join("prehashed.jsonl");
    let fixed_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$3Wk1vF2VQvQ7gWl0Qyj7oVTpP0xw6CqzKxkqk4Vqk0Q";
    {
        let mut a = std::io::BufWriter::new(std::fs::File::create(&cleartext).unwrap());
        let mut b = std::io::BufWriter::new(std::fs::File::create(&prehashed).unwrap());
        for i in 0..users {
            let props = serde_json::json!({"name": format!("User {i}"), "email_address": format!("user{i}@example.com")});
            let auth_ids = [format!("user{i}"), format!("user{i}@example.com")];
            writeln!(a, "{}", serde_json::json!({"auth_ids": auth_ids, "password": format!("password number {i}"), "properties": props})).unwrap();
            writeln!(b, "{}", serde_json::json!({"auth_ids": auth_ids, "password_hash": fixed_hash, "properties": props})).unwrap();
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let file = cleartext.to_str().unwrap();
    println!(
        "importing {users} users, default argon2id policy (m=19456, t=2, p=1), {cores} cores\n"
    );
    println!("| run | wall | users/s | peak RSS | speed-up vs --jobs 1 |");
    println!("| --- | --- | --- | --- | --- |");
    let db = fresh_db(dir.path(), "one.db");
    let (one_wall, one_rss) = measure(
        AUTHCTL,
        &["--quiet", "--db", &db, "import", file, "--jobs", "1"],
    );
    println!(
        "| authctl --jobs 1 | {one_wall:.1} s | {:.0} | {one_rss:.0} MiB | 1.00× |",
        users as f64 / one_wall
    );
    let db = fresh_db(dir.path(), "all.db");
    let (all_wall, all_rss) = measure(AUTHCTL, &["--quiet", "--db", &db, "import", file]);
    println!(
        "| authctl (--jobs {cores}) | {all_wall:.1} s | {:.0} | {all_rss:.0} MiB | {:.2}× |",
        users as f64 / all_wall,
        one_wall / all_wall
    );
    let db = fresh_db(dir.path(), "pre.db");
    let (pre_wall, pre_rss) = measure(
        AUTHCTL,
        &[
            "--quiet",
            "--db",
            &db,
            "import",
            prehashed.to_str().unwrap(),
        ],
    );
    println!(
        "| authctl, pre-hashed (all but hashing) | {pre_wall:.2} s | {:.0} | {pre_rss:.0} MiB | {:.1}% of the --jobs {cores} wall time |",
        users as f64 / pre_wall,
        100.0 * pre_wall / all_wall
    );
    let python = arg("--python").unwrap_or_else(|| "python3".to_string());
    let has_argon2 = Command::new(&python)
        .args(["-c", "import argon2"])
        .status()
        .is_ok_and(|s| s.success());
    if has_argon2 {
        let db = fresh_db(dir.path(), "python.db");
        let script = dir.path().join("import.py");
        std::fs::write(&script, PYTHON_IMPORT).unwrap();
        let (py_wall, py_rss) = measure(&python, &[script.to_str().unwrap(), file, &db]);
        println!(
            "| Python argon2-cffi + sqlite3 | {py_wall:.1} s | {:.0} | {py_rss:.0} MiB | authctl is {:.2}× faster |",
            users as f64 / py_wall,
            py_wall / all_wall
        );
    } else {
        println!("| Python argon2-cffi + sqlite3 | skipped: `{python}` has no argon2 module (pass --python PATH) | | | |");
    }
}
