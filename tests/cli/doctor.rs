//! `authctl doctor`: each problem a direct writer could cause is found and
//! fails the check (exit 8); warnings report but pass; nothing is changed.

use serde_json::Value;

use crate::support::{dump, Env};

const SHA1_LEGACY: &str = "2b1e1d1a4e8a3a8a6e4c1f6a0b9d2e7c5f3a1b4d$sha1$salt";

/// `doctor --json`: (exit code, report).
fn doctor(env: &Env) -> (i32, Value) {
    let before = dump(&env.db);
    let (code, stdout, stderr) = env.run(&["--json", "doctor"]);
    assert_eq!(dump(&env.db), before, "doctor changed the database");
    let report: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("doctor JSON ({e}): {stdout} / {stderr}"));
    (code, report)
}

fn status<'a>(report: &'a Value, check: &str) -> &'a str {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == check)
        .unwrap_or_else(|| panic!("no check {check} in {report}"))["status"]
        .as_str()
        .unwrap()
}

/// A database with one healthy user, alice (id 1).
fn healthy() -> Env {
    let env = Env::new();
    env.user("alice", "correct horse");
    env
}

#[test]
fn a_healthy_database_passes_in_json_and_as_a_table() {
    let env = healthy();
    env.ok(&["user", "set", "alice", "email_address=a@example.com"]);
    env.issue_token("alice", "reset");
    let (code, report) = doctor(&env);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["healthy"], true);
    assert_eq!(report["problems"], 0);
    for check in report["checks"].as_array().unwrap() {
        assert_eq!(check["status"], "ok", "{check}");
    }
    // The test env hashes at m=256,t=1; doctor compares with the same policy.
    assert_eq!(report["password_schemes"]["argon2id"], 1);
    assert_eq!(report["password_schemes"]["none"], 0);

    let quick = env.json(&["doctor", "--quick"]);
    assert_eq!(quick["checks"][0]["summary"], "quick_check: ok", "{quick}");

    let table = env.ok(&["doctor"]);
    assert!(table.contains("integrity_check: ok"), "{table}");
    assert!(
        table.trim_end().ends_with("healthy (0 warning(s))"),
        "{table}"
    );
}

#[test]
fn each_problem_makes_doctor_exit_8() {
    // (what a direct writer did, SQL, the check that must report it)
    let cases: &[(&str, &str, &str)] = &[
        (
            "user without auth id",
            "INSERT INTO users (created_at, updated_at) VALUES (0, 0)",
            "auth ids",
        ),
        (
            "unique value collision with the triggers bypassed",
            "DROP TRIGGER user_properties_unique_insert;
             INSERT INTO user_properties VALUES (1, 'email_address', 'x@example.com');
             INSERT INTO users (id, created_at, updated_at) VALUES (2, 0, 0);
             INSERT INTO auth_ids VALUES ('bob', 2);
             INSERT INTO user_properties VALUES (2, 'email_address', 'X@EXAMPLE.COM');",
            "unique values",
        ),
        (
            "orphan rows written without foreign keys",
            "PRAGMA foreign_keys = OFF;
             INSERT INTO auth_ids VALUES ('ghost', 999);",
            "foreign keys",
        ),
        (
            "token with an unknown subject",
            "PRAGMA ignore_check_constraints = ON;
             INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
             VALUES (1, 'magic', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 0, 9999999999);",
            "token subjects",
        ),
        (
            "journal mode changed to delete",
            "PRAGMA journal_mode = DELETE",
            "journal mode",
        ),
        (
            "plaintext legacy hash",
            "UPDATE users SET password_hash = 'hunter2$plain$' WHERE id = 1",
            "password hashes",
        ),
        (
            "unparseable hash",
            "UPDATE users SET password_hash = 'not a hash' WHERE id = 1",
            "password hashes",
        ),
        (
            "a hash that is not text",
            "UPDATE users SET password_hash = x'00ff' WHERE id = 1",
            "password hashes",
        ),
    ];
    for (what, sql, check) in cases {
        let env = healthy();
        env.conn().execute_batch(sql).expect(what);
        let (code, report) = doctor(&env);
        assert_eq!(code, 8, "{what}: {report}");
        assert_eq!(report["healthy"], false, "{what}");
        // integrity_check also reports a CHECK constraint bypassed, so some
        // cases are found twice; none may be missed.
        assert!(
            report["problems"].as_u64().unwrap() >= 1,
            "{what}: {report}"
        );
        assert_eq!(status(&report, check), "problem", "{what}: {report}");
    }
}

#[test]
fn problems_are_counted_and_named_with_the_fix() {
    let env = healthy();
    env.conn()
        .execute_batch(
            "INSERT INTO users (created_at, updated_at, password_hash)
             VALUES (0, 0, 'secret$plain$'), (0, 0, NULL), (0, 0, NULL);",
        )
        .unwrap();
    let (code, stdout, stderr) = env.run(&["doctor"]);
    assert_eq!(code, 8);
    assert!(
        stdout.contains("3 user(s) without any auth id") && stdout.contains("user ids: 2, 3, 4"),
        "{stdout}"
    );
    assert!(stdout.contains("authctl user add-auth-id"), "{stdout}");
    assert!(
        stdout.contains("PLAINTEXT passwords, user ids: 2"),
        "{stdout}"
    );
    assert!(
        stdout.trim_end().ends_with("2 problem(s), 0 warning(s)"),
        "{stdout}"
    );
    // The loud warning goes to stderr, naming no password.
    assert!(
        stderr.contains("warning: 1 user(s) have a plaintext password"),
        "{stderr}"
    );
    assert!(!stdout.contains("secret") && !stderr.contains("secret"));
    let (_, report) = doctor(&env);
    let auth_ids = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "auth ids")
        .unwrap();
    assert_eq!(auth_ids["count"], 3, "{auth_ids}");
    assert_eq!(report["checks"][0]["count"], 0);
    assert_eq!(report["password_schemes"]["legacy-plain"], 1);
    assert_eq!(report["password_schemes"]["none"], 2);
}

#[test]
fn weak_hashes_and_expired_tokens_warn_but_pass() {
    let env = healthy();
    let conn = env.conn();
    conn.execute_batch(&format!(
        "INSERT INTO users (id, created_at, updated_at, password_hash) VALUES
           (2, 0, 0, '{SHA1_LEGACY}'),
           (3, 0, 0, '$argon2i$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8');
         INSERT INTO auth_ids VALUES ('bob', 2), ('carol', 3);
         INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
         VALUES (1, 'auth', '{}', 0, 1);",
        "a".repeat(64)
    ))
    .unwrap();
    let (code, report) = doctor(&env);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["healthy"], true);
    assert_eq!(report["warnings"], 2, "{report}");
    assert_eq!(status(&report, "password hashes"), "warning");
    assert_eq!(status(&report, "expired tokens"), "warning");
    assert_eq!(report["password_schemes"]["legacy-sha1"], 1);
    assert_eq!(report["password_schemes"]["argon2i"], 1);

    // The default policy is stronger than the test env's: alice's hash is weak.
    let out = env
        .cmd()
        .env_remove("AUTHCTL_ARGON2_MEMORY")
        .env_remove("AUTHCTL_ARGON2_ITERATIONS")
        .args(["--json", "doctor"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["password_schemes"]["argon2id-weak"], 1, "{report}");
    assert_eq!(report["password_schemes"]["argon2id"], 0);
}

#[test]
fn damage_to_the_file_is_found() {
    let env = healthy();
    {
        let conn = env.conn();
        let tx_sql: String = (0..3000)
            .map(|i| {
                format!(
                    "INSERT INTO users (id, created_at, updated_at) VALUES ({id}, 0, 0);
                     INSERT INTO auth_ids VALUES ('user-{i}-with-a-longer-name', {id});",
                    id = i + 10
                )
            })
            .collect();
        conn.execute_batch(&format!("BEGIN; {tx_sql} COMMIT;"))
            .unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
    }
    // Overwrite the cell area (the end) of an index's root page: its keys or
    // child pointers turn to junk, and rows and index disagree.
    let (page_size, root): (i64, i64) = {
        let conn = env.conn();
        (
            conn.query_row("PRAGMA page_size", [], |r| r.get(0))
                .unwrap(),
            conn.query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'auth_ids_user_id'",
                [],
                |r| r.get(0),
            )
            .unwrap(),
        )
    };
    let mut bytes = std::fs::read(&env.db).unwrap();
    let at = (root * page_size - 100) as usize;
    bytes[at..at + 100].fill(0x55);
    std::fs::write(&env.db, &bytes).unwrap();

    let (code, stdout, _) = env.run(&["--json", "doctor"]);
    assert_eq!(code, 8, "{stdout}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(status(&report, "integrity"), "problem", "{report}");
}

#[test]
fn bad_input_to_doctor_is_refused_cleanly() {
    let env = healthy();
    let err = env.fails_unchanged(&["doctor", "--argon2-memory", "1"], "", 5);
    assert!(err.contains("memory"), "{err}");
    env.fails_unchanged(&["doctor", "--argon2-iterations", "0"], "", 5);
    let (code, _, stderr) = env.run(&["--db", "missing.db", "doctor"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(!env.dir.path().join("missing.db").exists());
}
