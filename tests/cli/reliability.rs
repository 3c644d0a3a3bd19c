//! Reliability: a live web app on the same file, processes killed with
//! SIGKILL in the middle of a write, unwritable files and directories, and a
//! database left behind by a crashed writer.
//!
//! The web app is played by this test process through its own rusqlite
//! connection (or by Python's sqlite3 module), never by authctl's code.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::support::{assert_one_line_error, count, dump, outcome, Env};

/// A web app's connection, set up as the contract asks.
fn web_app(db: &Path, busy_timeout: Duration) -> Connection {
    let conn = Connection::open(db).expect("web app connection");
    conn.busy_timeout(busy_timeout).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    conn
}

/// User 1 (alice) with `tokens` tokens of ids 1..=tokens: expired (at 1),
/// except every `valid_every`-th, which expires in 2286.
fn seed_tokens(env: &Env, tokens: u32, valid_every: Option<u32>) {
    env.conn()
        .execute_batch(&format!(
            "INSERT INTO users (id, created_at, updated_at) VALUES (1, 0, 0);
             INSERT INTO auth_ids VALUES ('alice', 1);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {tokens})
             INSERT INTO user_tokens (id, user_id, subject, token_hash, created_at, expires_at)
             SELECT i, 1, 'reset', printf('%064x', i), 0,
                    CASE WHEN i % {every} = 0 THEN 9999999999 ELSE 1 END
             FROM n;",
            every = valid_every.map_or(i64::MAX, i64::from),
        ))
        .unwrap();
}

fn integrity(db: &Path) -> String {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

// ---------------------------------------------------------------------------
// 1. A web app holding the write lock, and working through a long purge.

#[test]
fn writes_wait_out_a_short_lock_and_give_up_cleanly_on_a_long_one() {
    let env = Env::new();
    env.user("alice", "correct horse");
    let import = env.dir.path().join("one.jsonl");
    std::fs::write(&import, "{\"auth_ids\": [\"carol\"]}\n").unwrap();
    let import = import.to_str().unwrap();
    let writes: &[&[&str]] = &[
        &["user", "set", "alice", "team=red"],
        &["user", "create", "bob", "--no-password"],
        &["token", "issue", "alice", "--subject", "reset"],
        &["import", import],
        &["token", "revoke", "alice", "--subject", "reset"],
        &["user", "delete", "alice", "--yes"],
    ];
    for args in writes {
        // Held past the busy timeout: exit 6, one line, nothing changed.
        let holder = web_app(&env.db, Duration::from_secs(5));
        holder
            .execute_batch("BEGIN IMMEDIATE; UPDATE users SET updated_at = updated_at;")
            .unwrap();
        let mut long = vec!["--busy-timeout", "200"];
        long.extend_from_slice(args);
        let err = env.fails_unchanged(&long, "", 6);
        assert!(err.contains("--busy-timeout"), "{args:?}: {err}");
        holder.execute_batch("ROLLBACK").unwrap();

        // Held for 300 ms of a 5 s timeout: authctl waits, then succeeds.
        holder
            .execute_batch("BEGIN IMMEDIATE; UPDATE users SET updated_at = updated_at;")
            .unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
        });
        let started = Instant::now();
        let mut short = vec!["--busy-timeout", "5000"];
        short.extend_from_slice(args);
        env.ok(&short);
        assert!(
            started.elapsed() >= Duration::from_millis(250),
            "{args:?} did not wait for the lock"
        );
        release.join().unwrap();
    }
    assert_eq!(count(&env.conn(), "SELECT count(*) FROM users"), 2);
}

#[test]
fn the_web_app_keeps_reading_and_writing_through_a_purge_of_many_batches() {
    let env = Env::new();
    seed_tokens(&env, 40_000, None);

    let stop = Arc::new(AtomicBool::new(false));
    let web = {
        let stop = Arc::clone(&stop);
        let db = env.db.clone();
        std::thread::spawn(move || {
            // A web app's own busy timeout: a few seconds at most.
            let conn = web_app(&db, Duration::from_secs(2));
            let (mut writes, mut reads, mut errors) = (0u64, 0u64, Vec::new());
            let mut worst = Duration::ZERO;
            while !stop.load(Ordering::SeqCst) {
                let started = Instant::now();
                let write = conn.execute_batch(&format!(
                    "BEGIN IMMEDIATE;
                     INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
                     VALUES (1, 'auth', 'web-session-{writes}', 0, 9999999999);
                     UPDATE users SET updated_at = updated_at + 1 WHERE id = 1;
                     COMMIT;"
                ));
                worst = worst.max(started.elapsed());
                match write {
                    Ok(()) => writes += 1,
                    Err(err) => {
                        errors.push(err.to_string());
                        let _ = conn.execute_batch("ROLLBACK");
                    }
                }
                match conn.query_row(
                    "SELECT count(*) FROM auth_ids WHERE auth_id = 'alice'",
                    [],
                    |r| r.get::<_, i64>(0),
                ) {
                    Ok(1) => reads += 1,
                    Ok(n) => errors.push(format!("read {n} rows")),
                    Err(err) => errors.push(err.to_string()),
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            (writes, reads, errors, worst)
        })
    };
    std::thread::sleep(Duration::from_millis(50));
    let summary = env.json(&["token", "purge", "--batch-size", "500"]);
    stop.store(true, Ordering::SeqCst);
    let (writes, reads, errors, worst) = web.join().unwrap();

    assert_eq!(summary["total"], 40000, "{summary}");
    assert!(summary["batches"].as_u64().unwrap() >= 40, "{summary}");
    assert!(errors.is_empty(), "web app errors during purge: {errors:?}");
    assert!(writes > 0 && reads > 0, "web app made no progress");
    assert!(worst < Duration::from_secs(2), "web app waited {worst:?}");
    // Every session the web app wrote is there; only expired rows went.
    assert_eq!(
        count(&env.conn(), "SELECT count(*) FROM user_tokens") as u64,
        writes
    );
}

// ---------------------------------------------------------------------------
// 2. SIGKILL in the middle of a write.

/// Start authctl so that it stops at the test-only pause point `point`
/// (debug builds only) and return once it is there.
fn spawn_paused(env: &Env, args: &[&str], point: &str) -> Child {
    let marker = env.dir.path().join("paused-at");
    let _ = std::fs::remove_file(&marker);
    let mut child = env
        .std_cmd(assert_cmd::cargo::cargo_bin("authctl"))
        .args(args)
        .env("AUTHCTL_TEST_PAUSE_AT", point)
        .env("AUTHCTL_TEST_PAUSE_FILE", &marker)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn authctl");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !marker.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("authctl {args:?} ended ({status}) before reaching {point}");
        }
        assert!(Instant::now() < deadline, "authctl never reached {point}");
        std::thread::sleep(Duration::from_millis(10));
    }
    child
}

fn sigkill(mut child: Child) {
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(9), "{status}");
}

#[test]
fn an_import_killed_half_way_leaves_no_trace() {
    let env = Env::new();
    env.user("alice", "correct horse");
    let hash: String = env
        .conn()
        .query_row("SELECT password_hash FROM users WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let rows: String = (0..10_000)
        .map(|i| {
            format!(
                "{{\"auth_ids\": [\"user{i}\", \"user{i}@example.com\"], \"password_hash\": \"{hash}\", \"properties\": {{\"email_address\": \"user{i}@example.com\", \"team\": \"t{}\", \"name\": \"User {i}\"}}}}\n",
                i % 7
            )
        })
        .collect();
    std::fs::write(env.dir.path().join("users.jsonl"), rows).unwrap();
    let before = dump(&env.db);

    let child = spawn_paused(&env, &["import", "users.jsonl"], "import-half-written");
    // 5,000 users are inserted but not committed when the process dies.
    sigkill(child);

    assert_eq!(integrity(&env.db), "ok");
    assert_eq!(dump(&env.db), before, "a killed import left rows behind");
    let (code, _, stderr) = env.run(&["doctor"]);
    assert_eq!(code, 0, "{stderr}");
    // The same file imports whole afterwards.
    env.ok(&["import", "users.jsonl"]);
    assert_eq!(count(&env.conn(), "SELECT count(*) FROM users"), 10_001);
}

#[test]
fn a_purge_killed_mid_batch_keeps_whole_batches_only() {
    let env = Env::new();
    // 20,000 tokens; three in four expired, interleaved with valid ones.
    seed_tokens(&env, 20_000, Some(4));
    let expired_before = 15_000;

    // Batches 1-3 commit; the process dies inside batch 4's transaction.
    let child = spawn_paused(
        &env,
        &["token", "purge", "--batch-size", "1000"],
        "purge-before-commit#4",
    );
    sigkill(child);

    let conn = env.conn();
    assert_eq!(integrity(&env.db), "ok");
    let remaining = count(
        &conn,
        "SELECT count(*) FROM user_tokens WHERE expires_at = 1",
    );
    let deleted = expired_before - remaining;
    assert!(deleted > 0 && remaining > 0, "deleted {deleted}");
    // The audit row, written in each batch's transaction, matches exactly.
    let detail: String = conn
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'token.purge'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["batches"], 3, "{detail}");
    assert_eq!(detail["deleted"]["reset"], deleted, "{detail}");
    // Whole batches in id order: every expired id below the first survivor
    // is gone, none above it.
    let first_left = count(
        &conn,
        "SELECT min(id) FROM user_tokens WHERE expires_at = 1",
    );
    let expired_below = (1..first_left).filter(|i| i % 4 != 0).count() as i64;
    assert_eq!(expired_below, deleted);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE expires_at = 9999999999"
        ),
        5_000
    );

    // Run again: the rest goes, and the valid tokens stay.
    let summary = env.json(&["token", "purge"]);
    assert_eq!(summary["total"], remaining);
    assert_eq!(count(&conn, "SELECT count(*) FROM user_tokens"), 5_000);
}

// ---------------------------------------------------------------------------
// 3. Files: permissions, a directory, a hot WAL.

/// Root ignores permission bits, so as root (CI) authctl runs as `nobody`
/// from a copy of the binary that user can execute; otherwise as ourselves.
fn as_ordinary_user(env: &Env) -> std::process::Command {
    if running_as_root() {
        let copy = env.dir.path().join("authctl-copy");
        if !copy.exists() {
            std::fs::copy(assert_cmd::cargo::cargo_bin("authctl"), &copy).unwrap();
            set_mode(&copy, 0o755);
        }
        let mut cmd = env.std_cmd(&copy);
        cmd.uid(NOBODY).gid(NOBODY);
        cmd
    } else {
        env.std_cmd(assert_cmd::cargo::cargo_bin("authctl"))
    }
}

const NOBODY: u32 = 65534;

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Make `path` belong to the user `as_ordinary_user` runs as.
fn give_to_ordinary_user(path: &Path) {
    if running_as_root() {
        std::os::unix::fs::chown(path, Some(NOBODY), Some(NOBODY)).unwrap();
    }
}

/// Run; (exit code, stdout, stderr).
fn run(mut cmd: std::process::Command, args: &[&str]) -> (i32, String, String) {
    outcome(cmd.args(args).stdin(Stdio::null()).output().unwrap())
}

fn assert_error_names(stderr: &str, needle: &str) {
    assert_one_line_error(stderr);
    assert!(stderr.contains(needle), "wanted '{needle}': {stderr}");
}

#[test]
fn a_read_only_database_file_can_be_read_but_not_changed() {
    let env = Env::new();
    env.user("alice", "correct horse");
    let before = dump(&env.db);
    // The directory is the user's (WAL may create its side files there); the
    // database file is not writable.
    set_mode(env.dir.path(), 0o755);
    give_to_ordinary_user(env.dir.path());
    set_mode(&env.db, 0o444);

    let (code, stdout, stderr) = run(as_ordinary_user(&env), &["user", "list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("alice"), "{stdout}");
    let (code, _, stderr) = run(as_ordinary_user(&env), &["doctor"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(
        as_ordinary_user(&env),
        &["user", "set", "alice", "team=red"],
    );
    assert_eq!(code, 7, "{stderr}");
    assert_error_names(&stderr, "read-only for this user");
    assert_eq!(dump(&env.db), before);
}

#[test]
fn a_read_only_directory_is_explained_and_works_while_the_web_app_is_open() {
    let env = Env::new();
    env.user("alice", "correct horse");
    let before = dump(&env.db);
    // The database file is the user's and writable, but WAL cannot create
    // accounts.db-wal and -shm in the directory.
    set_mode(&env.db, 0o666);
    give_to_ordinary_user(&env.db);
    set_mode(env.dir.path(), 0o555);

    for args in [&["user", "list"][..], &["user", "set", "alice", "team=red"]] {
        let (code, _, stderr) = run(as_ordinary_user(&env), args);
        assert_eq!(code, 7, "{args:?}: {stderr}");
        assert_error_names(&stderr, "is not writable for this user");
    }
    assert_eq!(dump(&env.db), before);

    // While the web app has the file open, the side files exist, owned by
    // the database's owner: authctl works.
    let web = web_app(&env.db, Duration::from_secs(5));
    web.query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let (code, _, stderr) = run(
        as_ordinary_user(&env),
        &["user", "set", "alice", "team=red"],
    );
    drop(web);
    set_mode(env.dir.path(), 0o755);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(integrity(&env.db), "ok");
    assert_eq!(
        count(
            &env.conn(),
            "SELECT count(*) FROM user_properties WHERE name = 'team'"
        ),
        1
    );
}

#[test]
fn a_directory_as_database_path_is_refused() {
    let env = Env::new();
    let dir = env.dir.path().to_str().unwrap();
    let (code, _, stderr) = env.run(&["--db", dir, "user", "list"]);
    assert_eq!(code, 7);
    assert_error_names(&stderr, "is a directory");
}

#[test]
fn a_hot_wal_left_by_a_killed_web_app_is_recovered() {
    let env = Env::new();
    env.user("alice", "correct horse");
    // The web app (Python's sqlite3) commits one user with checkpoints off,
    // starts another transaction, and is killed with SIGKILL mid-way.
    let script = r#"
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA busy_timeout = 5000")
c.execute("PRAGMA foreign_keys = ON")
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO users (id, created_at, updated_at) VALUES (100, 0, 0)")
c.execute("INSERT INTO auth_ids VALUES ('committed-by-webapp', 100)")
c.execute("COMMIT")
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO users (id, created_at, updated_at) VALUES (101, 0, 0)")
c.execute("INSERT INTO auth_ids VALUES ('never-committed', 101)")
os.kill(os.getpid(), signal.SIGKILL)
"#;
    let status = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&env.db)
        .status()
        .expect("python3 (CPython with its sqlite3 module) plays the web app");
    assert_eq!(status.signal(), Some(9), "{status}");
    let wal = PathBuf::from(format!("{}-wal", env.db.display()));
    assert!(
        std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0),
        "no hot WAL was left"
    );

    let shown = env.json(&["user", "show", "committed-by-webapp"]);
    assert_eq!(shown["id"], 100);
    env.fails_unchanged(&["user", "show", "never-committed"], "", 3);
    let (code, _, stderr) = env.run(&["doctor"]);
    assert_eq!(code, 0, "{stderr}");
    env.ok(&["user", "set", "committed-by-webapp", "team=red"]);
    assert_eq!(integrity(&env.db), "ok");
    assert_eq!(count(&env.conn(), "SELECT count(*) FROM users"), 2);
}
