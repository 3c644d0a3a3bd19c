//! Schema v1, init / migrate / info, opening rules, conventions.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use rusqlite::Connection;

use crate::support::{count, dump, Env};

const APPLICATION_ID: i64 = 0x4155_5448;

fn columns(conn: &Connection, table: &str) -> Vec<(String, String, bool, i64)> {
    conn.prepare(&format!("PRAGMA table_info({table})"))
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? != 0, r.get(5)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn foreign_keys(conn: &Connection, table: &str) -> Vec<(String, String, String, String)> {
    conn.prepare(&format!("PRAGMA foreign_key_list({table})"))
        .unwrap()
        .query_map([], |r| Ok((r.get(2)?, r.get(3)?, r.get(4)?, r.get(6)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn index_columns(conn: &Connection, table: &str) -> Vec<Vec<String>> {
    let names: Vec<String> = conn
        .prepare(&format!("PRAGMA index_list({table})"))
        .unwrap()
        .query_map([], |r| r.get(1))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut all: Vec<Vec<String>> = names
        .iter()
        .map(|name| {
            conn.prepare(&format!("PRAGMA index_info({name})"))
                .unwrap()
                .query_map([], |r| r.get(2))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        })
        .collect();
    all.sort();
    all
}

fn col(name: &str, ty: &str, notnull: bool, pk: i64) -> (String, String, bool, i64) {
    (name.into(), ty.into(), notnull, pk)
}

#[test]
fn init_creates_the_contract_schema() {
    let env = Env::new();
    let mode = fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let conn = env.conn();
    assert_eq!(count(&conn, "PRAGMA application_id"), APPLICATION_ID);
    assert_eq!(count(&conn, "PRAGMA user_version"), 1);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");

    assert_eq!(
        columns(&conn, "users"),
        vec![
            col("id", "INTEGER", false, 1),
            col("password_hash", "TEXT", false, 0),
            col("verified", "INTEGER", true, 0),
            col("disabled", "INTEGER", true, 0),
            col("created_at", "INTEGER", true, 0),
            col("updated_at", "INTEGER", true, 0),
        ]
    );
    assert_eq!(
        columns(&conn, "auth_ids"),
        vec![
            col("auth_id", "TEXT", false, 1),
            col("user_id", "INTEGER", true, 0)
        ]
    );
    assert_eq!(
        columns(&conn, "user_properties"),
        vec![
            col("user_id", "INTEGER", true, 1),
            col("name", "TEXT", true, 2),
            col("value", "TEXT", true, 0),
        ]
    );
    assert_eq!(
        columns(&conn, "unique_properties"),
        vec![col("name", "TEXT", false, 1)]
    );
    assert_eq!(
        columns(&conn, "user_tokens"),
        vec![
            col("id", "INTEGER", false, 1),
            col("user_id", "INTEGER", true, 0),
            col("subject", "TEXT", true, 0),
            col("token_hash", "TEXT", true, 0),
            col("created_at", "INTEGER", true, 0),
            col("expires_at", "INTEGER", true, 0),
        ]
    );
    assert_eq!(
        columns(&conn, "audit_log"),
        vec![
            col("id", "INTEGER", false, 1),
            col("at", "INTEGER", true, 0),
            col("actor", "TEXT", true, 0),
            col("action", "TEXT", true, 0),
            col("user_id", "INTEGER", false, 0),
            col("detail", "TEXT", false, 0),
        ]
    );
    let cascade = |table| {
        (
            "users".to_string(),
            "user_id".to_string(),
            "id".to_string(),
            "CASCADE".to_string(),
            table,
        )
    };
    for table in ["auth_ids", "user_properties", "user_tokens"] {
        let (t, from, to, on_delete, _) = cascade(table);
        assert_eq!(
            foreign_keys(&conn, table),
            vec![(t, from, to, on_delete)],
            "{table}"
        );
    }
    assert!(foreign_keys(&conn, "audit_log").is_empty());

    let token_indexes = index_columns(&conn, "user_tokens");
    assert!(token_indexes.contains(&vec!["expires_at".to_string()]));
    assert!(token_indexes.contains(&vec!["user_id".to_string(), "subject".to_string()]));
    assert!(
        token_indexes.contains(&vec!["token_hash".to_string()]),
        "token_hash UNIQUE"
    );
    let auth_sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'auth_ids'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(auth_sql.contains("COLLATE NOCASE"));

    // init wrote its audit row and the declared unique property.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'db.init' AND actor = 'tester'"
        ),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM unique_properties WHERE name = 'email_address'"
        ),
        1
    );
}

#[test]
fn the_database_enforces_its_invariants_against_direct_sql() {
    let env = Env::new();
    let conn = env.conn();
    conn.execute_batch(
        "INSERT INTO users (id, created_at, updated_at) VALUES (1, 0, 0), (2, 0, 0);
         INSERT INTO auth_ids VALUES ('Alice', 1);
         INSERT INTO user_properties VALUES (1, 'email_address', 'Alice@Example.com');
         INSERT INTO user_properties VALUES (1, 'nickname', 'al');
         INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
             VALUES (1, 'auth', 'abc', 0, 10);",
    )
    .unwrap();
    let rejected = [
        "INSERT INTO auth_ids VALUES ('aLiCe', 2)",
        "INSERT INTO user_properties VALUES (2, 'email_address', 'alice@example.COM')",
        "UPDATE user_properties SET value = 'x' WHERE user_id = 1 AND name = 'nickname'; INSERT INTO user_properties VALUES (2, 'email_address', 'x'); UPDATE user_properties SET value = 'ALICE@example.com' WHERE user_id = 2",
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (1, 'login', 'def', 0, 10)",
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (99, 'auth', 'ghi', 0, 10)",
        "INSERT INTO auth_ids VALUES ('ghost', 99)",
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (2, 'auth', 'abc', 0, 10)",
    ];
    for sql in rejected {
        let tx_result = conn.execute_batch(&format!("BEGIN; {sql}; COMMIT;"));
        assert!(tx_result.is_err(), "accepted: {sql}");
        let _ = conn.execute_batch("ROLLBACK");
    }
    // A non-unique property may repeat across users.
    conn.execute(
        "INSERT INTO user_properties VALUES (2, 'nickname', 'AL')",
        [],
    )
    .unwrap();
    // Declaring a property unique while values collide is refused by the database too.
    assert!(conn
        .execute("INSERT INTO unique_properties VALUES ('nickname')", [])
        .is_err());

    conn.execute("DELETE FROM users WHERE id = 1", []).unwrap();
    for table in ["auth_ids", "user_properties", "user_tokens"] {
        assert_eq!(
            count(
                &conn,
                &format!("SELECT count(*) FROM {table} WHERE user_id = 1")
            ),
            0,
            "{table}"
        );
    }
}

#[test]
fn init_twice_is_a_no_op() {
    let env = Env::new();
    let before = dump(&env.db);
    let (code, _, stderr) = env.run(&["init"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("already an authctl database"), "{stderr}");
    assert_eq!(dump(&env.db), before);
}

#[test]
fn init_refuses_any_other_existing_file_and_leaves_it_alone() {
    let env = Env::empty();
    // Another application's SQLite database.
    let other = Connection::open(&env.db).unwrap();
    other
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(other);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("text", b"hello, I am a text file\n".to_vec()),
        ("empty", Vec::new()),
        (
            "random",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
        ),
    ];
    let foreign_bytes = fs::read(&env.db).unwrap();
    let (code, _, stderr) = env.run(&["init"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(stderr.contains("refusing"), "{stderr}");
    assert_eq!(fs::read(&env.db).unwrap(), foreign_bytes);
    for (name, bytes) in cases {
        let path = env.dir.path().join(name);
        fs::write(&path, &bytes).unwrap();
        let (code, _, stderr) = env.run(&["init", "--db", path.to_str().unwrap()]);
        assert_eq!(code, 7, "{name}: {stderr}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} changed");
        // Every other command refuses it too.
        let (code, _, _) = env.run(&["info", "--db", path.to_str().unwrap()]);
        assert_eq!(code, 7, "{name}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} changed by info");
    }
    let dir = env.dir.path().join("a-directory");
    fs::create_dir(&dir).unwrap();
    let (code, _, stderr) = env.run(&["init", "--db", dir.to_str().unwrap()]);
    assert_eq!(code, 7);
    assert!(stderr.contains("directory"), "{stderr}");
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn commands_on_a_missing_path_fail_without_creating_it() {
    let env = Env::empty();
    for args in [
        vec!["info"],
        vec!["user", "list"],
        vec!["migrate"],
        vec!["token", "purge"],
        vec!["user", "create", "alice", "--no-password"],
    ] {
        let (code, _, stderr) = env.run(&args);
        assert_eq!(code, 7, "{args:?}");
        assert!(
            stderr.contains("no database at") && stderr.contains("authctl init --db"),
            "{stderr}"
        );
        assert!(!env.db.exists(), "{args:?} created the file");
    }
}

#[test]
fn versions_newer_and_older_are_refused() {
    let env = Env::new();
    env.conn().execute_batch("PRAGMA user_version = 9").unwrap();
    let before = dump(&env.db);
    let (code, _, stderr) = env.run(&["user", "list"]);
    assert_eq!(code, 7);
    assert!(
        stderr.contains("version 9") && stderr.contains("(1)"),
        "{stderr}"
    );
    let (code, _, _) = env.run(&["migrate"]);
    assert_eq!(code, 7);
    assert_eq!(dump(&env.db), before);

    env.conn().execute_batch("PRAGMA user_version = 0").unwrap();
    let (code, _, stderr) = env.run(&["info"]);
    assert_eq!(code, 7);
    assert!(stderr.contains("authctl migrate"), "{stderr}");
}

#[test]
fn foreign_application_id_is_refused() {
    let env = Env::new();
    env.conn()
        .execute_batch("PRAGMA application_id = 42")
        .unwrap();
    let (code, _, stderr) = env.run(&["info"]);
    assert_eq!(code, 7);
    assert!(stderr.contains("another application"), "{stderr}");
}

/// A v0 file: authctl's application_id, no schema yet.
fn v0_database(env: &Env) {
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA journal_mode = WAL; CREATE TABLE _placeholder (x); DROP TABLE _placeholder;"))
        .unwrap();
}

#[test]
fn migrate_from_v0_then_twice_is_a_no_op_and_the_backup_opens() {
    let env = Env::empty();
    v0_database(&env);
    let report = env.json(&["migrate"]);
    assert_eq!(report["from_version"], 0);
    assert_eq!(report["to_version"], 1);
    assert_eq!(report["migrated"], true);
    let backup = report["backup"].as_str().unwrap().to_string();
    let backup_conn = Connection::open(&backup).unwrap();
    assert_eq!(count(&backup_conn, "PRAGMA application_id"), APPLICATION_ID);
    assert_eq!(count(&backup_conn, "PRAGMA user_version"), 0);
    assert_eq!(
        fs::metadata(&backup).unwrap().permissions().mode() & 0o777,
        0o600
    );

    let conn = env.conn();
    assert_eq!(count(&conn, "PRAGMA user_version"), 1);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'db.migrate'"
        ),
        1
    );
    drop(conn);
    // The migrated database works.
    env.ok(&["user", "create", "alice", "--no-password"]);

    let files_before = fs::read_dir(env.dir.path()).unwrap().count();
    let before = dump(&env.db);
    let again = env.json(&["migrate"]);
    assert_eq!(again["migrated"], false);
    assert!(again["backup"].is_null());
    assert_eq!(dump(&env.db), before);
    assert_eq!(
        fs::read_dir(env.dir.path()).unwrap().count(),
        files_before,
        "no new backup"
    );
}

#[test]
fn migrate_no_backup_writes_none() {
    let env = Env::empty();
    v0_database(&env);
    env.ok(&["migrate", "--no-backup"]);
    let names: Vec<String> = fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".bak")), "{names:?}");
}

#[test]
fn info_counts_users_and_tokens() {
    let env = Env::new();
    env.user("alice", "alice-password");
    env.ok(&[
        "user",
        "create",
        "bob",
        "--no-password",
        "--verified",
        "--disabled",
    ]);
    env.conn()
        .execute_batch(
            "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES
             (1, 'auth', 'a', 0, 1), (1, 'auth', 'b', 0, 9999999999), (2, 'reset', 'c', 0, 1);",
        )
        .unwrap();
    let info = env.json(&["info"]);
    assert_eq!(info["schema_version"], 1);
    assert_eq!(info["journal_mode"], "wal");
    assert!(info["file_size"].as_u64().unwrap() > 0);
    assert_eq!(info["users"]["total"], 2);
    assert_eq!(info["users"]["verified"], 1);
    assert_eq!(info["users"]["disabled"], 1);
    assert_eq!(info["users"]["without_password"], 1);
    assert_eq!(info["auth_ids"], 2);
    assert_eq!(info["tokens"]["auth"]["total"], 2);
    assert_eq!(info["tokens"]["auth"]["expired"], 1);
    assert_eq!(info["tokens"]["reset"]["expired"], 1);
    assert_eq!(info["tokens"]["signup"]["total"], 0);
    let human = env.ok(&["info"]);
    assert!(
        human.contains("schema version") && human.contains("wal"),
        "{human}"
    );
}

#[test]
fn errors_are_json_on_stderr_under_json() {
    let env = Env::new();
    let (code, stdout, stderr) = env.run(&["--json", "user", "show", "nobody"]);
    assert_eq!(code, 3);
    assert!(stdout.is_empty());
    let error: serde_json::Value = serde_json::from_str(&stderr).unwrap();
    assert_eq!(error["error"]["code"], "not_found");
    assert_eq!(error["error"]["exit_code"], 3);
    assert!(error["error"]["message"]
        .as_str()
        .unwrap()
        .contains("nobody"));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let env = Env::new();
    let conn = env.conn();
    conn.execute_batch(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO users (id, created_at, updated_at) SELECT i, 0, 0 FROM n;
         INSERT INTO auth_ids SELECT 'user-' || id, id FROM users;",
    )
    .unwrap();
    drop(conn);
    let bin = assert_cmd::cargo::cargo_bin("authctl");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' --db '{}' user list --format ndjson | head -n 1 >/dev/null; echo \"rc=${{PIPESTATUS[0]}}\"",
            bin.display(),
            env.db.display()
        ))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("rc=0"), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_committed_are_current() {
    let env = Env::empty();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "authctl.bash"),
        ("zsh", "_authctl"),
        ("fish", "authctl.fish"),
        ("elvish", "authctl.elv"),
        ("powershell", "_authctl.ps1"),
    ] {
        let generated = env.ok(&["completions", shell]);
        let committed =
            fs::read_to_string(root.join("completions").join(file)).unwrap_or_else(|_| {
                panic!("completions/{file} missing; run the command in the README")
            });
        assert!(
            generated == committed,
            "completions/{file} is stale: regenerate it with `authctl completions {shell}`"
        );
    }
}

#[test]
fn man_page_renders() {
    let env = Env::empty();
    let page = env.ok(&["man"]);
    assert!(page.contains(".TH authctl"), "{page}");
}

#[test]
fn readme_examples_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let start = readme.find("## A tour").unwrap();
    let end = readme.find("## Exit codes").unwrap();
    let tour = &readme[start..end];
    let mut script = String::from("set -euo pipefail\n");
    let mut in_block = false;
    for line in tour.lines() {
        match (in_block, line) {
            (false, "```sh") => in_block = true,
            (true, "```") => in_block = false,
            (true, line) => {
                script.push_str(line);
                script.push('\n');
            }
            _ => {}
        }
    }
    assert!(script.contains("authctl init"), "no examples found");
    let env = Env::empty();
    let bin_dir = assert_cmd::cargo::cargo_bin("authctl")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", path)
        .env("AUTHCTL_ACTOR", "readme")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "README examples failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = Connection::open(env.dir.path().join("accounts.db")).unwrap();
    // alice and carol remain; dave and erin were imported.
    assert_eq!(count(&conn, "SELECT count(*) FROM users"), 4);
}
