//! Scale benchmark (issue: a million accounts). Prints figures; asserts nothing.
//!
//!     cargo bench --bench scale -- [--sizes 10000,100000,1000000] [--runs 5]
//!                                  [--readme README.md] [--rebuild]
//!
//! For each size it builds a database (kept under target/scale-bench/ and
//! reused by later runs unless --rebuild) through `authctl import` of
//! generated JSONL: two auth ids (five users' second one contains "needle"),
//! three properties (email_address unique) and one fixed argon2id PHC string
//! per user, then two unexpired tokens per user
//! with SQL. Then it times whole processes, authctl against the sqlite3 shell
//! answering the same question on the same file, and prints one table:
//! operation, size, medians, ratio, authctl's peak RSS (/usr/bin/time).
//! With --readme PATH the table replaces the text between the
//! `<!-- scale:begin -->` and `<!-- scale:end -->` markers of that file.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use common::{arg, measure};

const AUTHCTL: &str = env!("CARGO_BIN_EXE_authctl");
/// Users per `authctl import` while building, to bound the importer's memory.
const IMPORT_CHUNK: usize = 100_000;

/// The columns `user show`/`list`/`export` print, as the sqlite3 shell's
/// JSON: the user row, its auth ids and its properties.
const USER_SELECT: &str = "SELECT u.id, u.verified, u.disabled, u.created_at, u.updated_at, \
    u.password_hash IS NOT NULL AS has_password, \
    (SELECT json_group_array(auth_id) FROM auth_ids AS a WHERE a.user_id = u.id) AS auth_ids, \
    (SELECT json_group_object(name, value) FROM user_properties AS p WHERE p.user_id = u.id) AS properties \
    FROM users AS u";

/// `user show` adds the user's token counts per subject.
const SHOW_SELECT: &str = "SELECT u.id, u.verified, u.disabled, u.created_at, u.updated_at, \
    u.password_hash, \
    (SELECT json_group_array(auth_id) FROM auth_ids AS a WHERE a.user_id = u.id) AS auth_ids, \
    (SELECT json_group_object(name, value) FROM user_properties AS p WHERE p.user_id = u.id) AS properties, \
    (SELECT json_group_object(subject, n) FROM (SELECT subject, count(*) AS n FROM user_tokens AS t \
        WHERE t.user_id = u.id GROUP BY subject)) AS tokens \
    FROM users AS u";

struct Operation {
    name: String,
    authctl: Vec<String>,
    sqlite: String,
}

fn operations(size: usize) -> Vec<Operation> {
    let probe = size / 3 + 7;
    let now = "CAST(strftime('%s', 'now') AS INTEGER)";
    let op = |name: &str, authctl: &[&str], sqlite: String| Operation {
        name: name.to_string(),
        authctl: authctl.iter().map(|s| s.to_string()).collect(),
        sqlite,
    };
    let auth_id = format!("user{probe}@example.com");
    let id = (probe + 1).to_string();
    let pattern = "needle";
    vec![
        op(
            "user show AUTH_ID",
            &["--json", "user", "show", &auth_id],
            format!(
                "{SHOW_SELECT} WHERE u.id = (SELECT user_id FROM auth_ids WHERE auth_id = '{auth_id}')"
            ),
        ),
        op(
            "user show ID",
            &["--json", "user", "show", &id],
            format!("{SHOW_SELECT} WHERE u.id = {id}"),
        ),
        op(
            "user list --format ndjson",
            &["user", "list", "--format", "ndjson"],
            format!("{USER_SELECT} ORDER BY u.id"),
        ),
        op(
            "user list --auth-id needle (5 users)",
            &["user", "list", "--format", "ndjson", "--auth-id", pattern],
            format!(
                "{USER_SELECT} WHERE u.id IN (SELECT user_id FROM auth_ids \
                 WHERE instr(lower(auth_id), '{pattern}') > 0) ORDER BY u.id"
            ),
        ),
        op(
            "export --format jsonl",
            &["export", "--format", "jsonl"],
            format!("{USER_SELECT} ORDER BY u.id"),
        ),
        op(
            "info",
            &["info"],
            format!(
                "SELECT count(*), sum(verified), sum(disabled), sum(password_hash IS NULL) FROM users; \
                 SELECT count(*) FROM auth_ids; \
                 SELECT subject, count(*), sum(expires_at <= {now}) FROM user_tokens GROUP BY subject;"
            ),
        ),
        op(
            "doctor",
            &["doctor"],
            format!(
                "PRAGMA integrity_check; PRAGMA foreign_key_check; \
                 SELECT count(*) FROM users AS u WHERE NOT EXISTS (SELECT 1 FROM auth_ids AS a WHERE a.user_id = u.id); \
                 SELECT name, min(value), count(*) FROM user_properties WHERE name IN (SELECT name FROM unique_properties) \
                    GROUP BY name, value COLLATE NOCASE HAVING count(*) > 1; \
                 SELECT subject, count(*), sum(expires_at <= {now}) FROM user_tokens GROUP BY subject; \
                 SELECT substr(password_hash, 1, instr(password_hash, '$p=') + 3), count(*) FROM users GROUP BY 1;"
            ),
        ),
        op(
            "token purge (nothing expired)",
            &["--quiet", "token", "purge"],
            format!("DELETE FROM user_tokens WHERE expires_at <= {now};"),
        ),
    ]
}

/// Median wall time in milliseconds of `runs` runs after one warm-up,
/// output discarded.
fn median_ms(runs: usize, mut make: impl FnMut() -> Command) -> f64 {
    let mut times = Vec::with_capacity(runs);
    for i in 0..=runs {
        let mut cmd = make();
        let started = Instant::now();
        let status = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("run");
        let elapsed = started.elapsed().as_secs_f64() * 1000.0;
        assert!(status.success(), "{cmd:?}: {status}");
        if i > 0 {
            times.push(elapsed);
        }
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

/// Five users at every size have a second auth id with "needle" in it, so
/// that `user list --auth-id needle` finds a handful however many there are.
fn second_auth_id(i: usize, size: usize) -> String {
    if i % (size / 5).max(1) == 13 {
        format!("needle{i}@example.org")
    } else {
        format!("user{i}@example.com")
    }
}

fn build(db: &Path, size: usize) {
    let dir = db.parent().unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let run = |args: &[&str]| {
        let status = Command::new(AUTHCTL)
            .args(["--quiet", "--db"])
            .arg(db)
            .args(args)
            .status()
            .unwrap();
        assert!(status.success(), "authctl {args:?}");
    };
    run(&["init", "--unique-property", "email_address"]);
    let hash = authctl::password::Policy::default()
        .hash(b"one fixed password for every user")
        .unwrap();
    let started = Instant::now();
    let chunk_file = dir.join(format!("chunk-{size}.jsonl"));
    for first in (0..size).step_by(IMPORT_CHUNK) {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&chunk_file).unwrap());
        for i in first..(first + IMPORT_CHUNK).min(size) {
            writeln!(
                out,
                "{}",
                serde_json::json!({
                    "auth_ids": [format!("user{i}"), second_auth_id(i, size)],
                    "password_hash": hash,
                    "verified": i % 2 == 0,
                    "properties": {
                        "email_address": format!("user{i}@example.com"),
                        "name": format!("User Number {i}"),
                        "team": format!("team-{}", i % 17),
                    },
                })
            )
            .unwrap();
        }
        out.flush().unwrap();
        drop(out);
        run(&["import", chunk_file.to_str().unwrap()]);
    }
    let _ = std::fs::remove_file(&chunk_file);
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(
        "BEGIN;
         INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
         SELECT id, 'auth', printf('%064x', id * 2), strftime('%s', 'now'), strftime('%s', 'now') + 30 * 86400 FROM users;
         INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
         SELECT id, 'bearer', printf('%064x', id * 2 + 1), strftime('%s', 'now'), strftime('%s', 'now') + 90 * 86400 FROM users;
         COMMIT;
         PRAGMA wal_checkpoint(TRUNCATE);",
    )
    .unwrap();
    eprintln!(
        "built {} ({size} users) in {:.1} s",
        db.display(),
        started.elapsed().as_secs_f64()
    );
}

fn main() {
    let sizes: Vec<usize> = arg("--sizes")
        .unwrap_or_else(|| "10000,100000,1000000".to_string())
        .split(',')
        .map(|s| s.trim().parse().expect("--sizes takes numbers"))
        .collect();
    let runs: usize = arg("--runs").and_then(|v| v.parse().ok()).unwrap_or(5);
    let rebuild = std::env::args().any(|a| a == "--rebuild");
    let sqlite3 = arg("--sqlite3").unwrap_or_else(|| "sqlite3".to_string());
    let version = Command::new(&sqlite3)
        .arg("--version")
        .output()
        .expect("the sqlite3 shell (Debian package sqlite3), or --sqlite3 PATH");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scale-bench");
    std::fs::create_dir_all(&dir).unwrap();

    let mut table = String::from(
        "| operation | users | authctl | sqlite3 | ratio | authctl peak RSS |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for &size in &sizes {
        let db = dir.join(format!("{size}.db"));
        if rebuild || !db.exists() {
            build(&db, size);
        }
        let db_arg = db.to_str().unwrap().to_string();
        for op in operations(size) {
            let authctl_ms = median_ms(runs, || {
                let mut cmd = Command::new(AUTHCTL);
                cmd.args(["--db", &db_arg]).args(&op.authctl);
                cmd
            });
            let sqlite_ms = median_ms(runs, || {
                let mut cmd = Command::new(&sqlite3);
                cmd.args(["-json", &db_arg, &op.sqlite]);
                cmd
            });
            let mut args: Vec<&str> = vec!["--db", &db_arg];
            args.extend(op.authctl.iter().map(String::as_str));
            let (_, rss) = measure(AUTHCTL, &args);
            let row = format!(
                "| {} | {size} | {authctl_ms:.1} ms | {sqlite_ms:.1} ms | {:.2}× | {rss:.1} MiB |\n",
                op.name,
                authctl_ms / sqlite_ms
            );
            print!("{row}");
            std::io::stdout().flush().unwrap();
            table.push_str(&row);
        }
    }
    let header = format!(
        "{} users per size; medians of {runs} runs after a warm-up, whole processes, \
         output to /dev/null; sqlite3 {}",
        sizes
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        String::from_utf8_lossy(&version.stdout)
            .split_whitespace()
            .next()
            .unwrap_or("?")
    );
    println!("\n{header}\n\n{table}");
    if let Some(readme) = arg("--readme") {
        write_into_readme(Path::new(&readme), &format!("{header}.\n\n{table}"));
    }
}

fn write_into_readme(path: &Path, text: &str) {
    let readme = std::fs::read_to_string(path).expect("--readme file");
    let (begin, end) = ("<!-- scale:begin -->", "<!-- scale:end -->");
    let (Some(b), Some(e)) = (readme.find(begin), readme.find(end)) else {
        panic!("{} has no {begin} … {end} markers", path.display());
    };
    let updated = format!("{}{begin}\n{text}{}", &readme[..b], &readme[e..]);
    std::fs::write(path, updated).unwrap();
    eprintln!("wrote the table into {}", path.display());
}
