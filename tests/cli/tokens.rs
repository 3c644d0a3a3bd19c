//! Tokens: issue, check (also with the web app's own SQL), consume, revoke,
//! purge.

use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};

use crate::support::{count, Env};

/// The check a web app performs, written without authctl's code.
fn web_app_accepts(conn: &Connection, user_id: i64, token: &str, subject: &str) -> bool {
    let digest: String = Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    conn.query_row(
        "SELECT count(*) FROM user_tokens WHERE token_hash = ?1 AND subject = ?2 AND user_id = ?3 AND expires_at > strftime('%s', 'now')",
        params![digest, subject, user_id],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        == 1
}

#[test]
fn issue_and_check_round_trip_for_each_subject() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    env.ok(&["user", "create", "bob", "--no-password"]);
    let conn = env.conn();
    for (subject, ttl) in [
        ("signup", 7 * 86_400),
        ("reset", 86_400),
        ("bearer", 90 * 86_400),
    ] {
        let issued = env.json(&["token", "issue", "alice", "--subject", subject]);
        let token = issued["token"].as_str().unwrap();
        assert_eq!(token.len(), 43);
        assert_eq!(issued["user_id"], 1);
        assert_eq!(issued["subject"], subject);
        let created =
            chrono::DateTime::parse_from_rfc3339(issued["created_at"].as_str().unwrap()).unwrap();
        let expires =
            chrono::DateTime::parse_from_rfc3339(issued["expires_at"].as_str().unwrap()).unwrap();
        assert_eq!((expires - created).num_seconds(), ttl, "{subject}");
        assert!(web_app_accepts(&conn, 1, token, subject));
        assert!(!web_app_accepts(&conn, 2, token, subject));
        // Only the digest is stored.
        assert_eq!(
            count(
                &conn,
                &format!("SELECT count(*) FROM user_tokens WHERE token_hash = '{token}'")
            ),
            0
        );
        env.ok(&["token", "check", "alice", token, "--subject", subject]);
        let (code, _, _) = env.run(&["token", "check", "bob", token, "--subject", subject]);
        assert_eq!(code, 1);
        let other = if subject == "reset" {
            "signup"
        } else {
            "reset"
        };
        let (code, _, _) = env.run(&["token", "check", "alice", token, "--subject", other]);
        assert_eq!(code, 1);
    }
    let err = env.fails_unchanged(&["token", "issue", "alice", "--subject", "auth"], "", 5);
    assert!(err.contains("web app"), "{err}");
}

#[test]
fn url_templates_ttls_and_hyphen_values() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let url = env.ok(&[
        "token",
        "issue",
        "alice",
        "--subject",
        "signup",
        "--url",
        "https://example.com/v/{user_id}-{token}",
    ]);
    let url = url.trim();
    assert!(url.starts_with("https://example.com/v/1-"), "{url}");
    let token = url.trim_start_matches("https://example.com/v/1-");
    env.ok(&["token", "check", "1", token, "--subject", "signup"]);
    let from_env = env
        .cmd()
        .env("AUTHCTL_URL_TEMPLATE", "https://x/{subject}/{token}")
        .args(["token", "issue", "alice", "--subject", "reset"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&from_env.stdout).starts_with("https://x/reset/"));
    let issued = env.json(&[
        "token",
        "issue",
        "alice",
        "--subject",
        "bearer",
        "--ttl",
        "90m",
    ]);
    let created =
        chrono::DateTime::parse_from_rfc3339(issued["created_at"].as_str().unwrap()).unwrap();
    let expires =
        chrono::DateTime::parse_from_rfc3339(issued["expires_at"].as_str().unwrap()).unwrap();
    assert_eq!((expires - created).num_seconds(), 5400);
    // Bad durations and templates: tests/cli/hostile.rs.
    let (code, _, _) = env.run(&["token", "issue", "alice", "--subject", "login"]);
    assert_eq!(code, 2, "unknown subject is a usage error");
    // A token that starts with '-' is a value, not a flag.
    let (code, _, stderr) = env.run(&[
        "token",
        "check",
        "alice",
        "-Xb3notreal",
        "--subject",
        "reset",
    ]);
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn expired_tokens_fail_and_consume_works_once() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let token = env.issue_token("alice", "reset");
    env.ok(&[
        "token",
        "check",
        "alice",
        &token,
        "--subject",
        "reset",
        "--consume",
    ]);
    let (code, _, _) = env.run(&[
        "token",
        "check",
        "alice",
        &token,
        "--subject",
        "reset",
        "--consume",
    ]);
    assert_eq!(code, 1);
    let token = env.issue_token("alice", "reset");
    env.conn()
        .execute(
            "UPDATE user_tokens SET expires_at = strftime('%s', 'now') - 1",
            [],
        )
        .unwrap();
    let (code, stdout, _) = env.run(&[
        "--json",
        "token",
        "check",
        "alice",
        &token,
        "--subject",
        "reset",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stdout).unwrap()["valid"],
        false
    );
}

#[test]
fn new_signup_and_reset_tokens_replace_earlier_ones() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let conn = env.conn();
    let first = env.issue_token("alice", "reset");
    let second = env.issue_token("alice", "reset");
    assert!(!web_app_accepts(&conn, 1, &first, "reset"));
    assert!(web_app_accepts(&conn, 1, &second, "reset"));
    env.ok(&[
        "token",
        "issue",
        "alice",
        "--subject",
        "reset",
        "--keep-existing",
    ]);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'reset'"
        ),
        2
    );
    env.ok(&["token", "issue", "alice", "--subject", "bearer"]);
    env.ok(&["token", "issue", "alice", "--subject", "bearer"]);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'bearer'"
        ),
        2
    );
}

#[test]
fn invite_and_verify_with_a_signup_token() {
    let env = Env::new();
    let invite = env.json(&[
        "user",
        "create",
        "newbie@example.com",
        "--invite",
        "--url",
        "https://example.com/v/{user_id}-{token}",
    ]);
    assert_eq!(invite["password_scheme"], "none");
    let token = invite["invite"]["token"].as_str().unwrap().to_string();
    assert_eq!(
        invite["invite"]["url"],
        format!("https://example.com/v/1-{token}")
    );
    let err = env.fails_unchanged(&["user", "verify", "1", "--token", "not-the-token"], "", 1);
    assert!(err.contains("signup"), "{err}");
    let user = env.json(&["user", "verify", "newbie@example.com", "--token", &token]);
    assert_eq!(user["verified"], true);
    assert_eq!(
        count(&env.conn(), "SELECT count(*) FROM user_tokens"),
        0,
        "token used up"
    );
    env.ok(&["user", "unverify", "1"]);
    env.fails_unchanged(&["user", "verify", "1", "--token", &token], "", 1);
}

#[test]
fn list_shows_state_but_never_a_token() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    env.ok(&["user", "create", "bob", "--no-password"]);
    let token = env.issue_token("alice", "bearer");
    env.ok(&["token", "issue", "bob", "--subject", "reset"]);
    env.conn()
        .execute(
            "UPDATE user_tokens SET expires_at = 1 WHERE user_id = 2",
            [],
        )
        .unwrap();
    let all = env.json(&["token", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["state"], "valid");
    assert_eq!(all[1]["state"], "expired");
    assert_eq!(
        env.json(&["token", "list", "alice"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(env.json(&["token", "list", "--expired"])[0]["user_id"], 2);
    assert_eq!(env.json(&["token", "list", "--valid"])[0]["user_id"], 1);
    assert_eq!(
        env.json(&["token", "list", "--subject", "reset"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    for format in ["table", "json", "ndjson", "csv"] {
        let out = env.ok(&["token", "list", "--format", format]);
        assert!(!out.contains(&token), "{format} shows a token");
    }
}

#[test]
fn revoke_by_user_subject_id_and_token() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let conn = env.conn();
    conn.execute_batch(
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES
         (1, 'auth', 's1', 0, 9999999999), (1, 'auth', 's2', 0, 9999999999);",
    )
    .unwrap();
    let bearer = env.issue_token("alice", "bearer");
    env.ok(&["token", "issue", "alice", "--subject", "reset"]);
    assert_eq!(
        env.json(&["token", "revoke", "alice", "--subject", "auth"])["revoked"],
        2
    );
    env.ok(&["token", "revoke", "--token", &bearer]);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'bearer'"
        ),
        0
    );
    env.fails_unchanged(&["token", "revoke", "--token", &bearer], "", 3);
    let id = count(&conn, "SELECT id FROM user_tokens WHERE subject = 'reset'");
    env.ok(&["token", "revoke", "--id", &id.to_string()]);
    env.fails_unchanged(&["token", "revoke", "--id", &id.to_string()], "", 3);
    env.ok(&["token", "issue", "alice", "--subject", "reset"]);
    assert_eq!(env.json(&["token", "revoke", "alice"])["revoked"], 1);
    assert_eq!(count(&conn, "SELECT count(*) FROM user_tokens"), 0);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'token.revoke'"
        ),
        4
    );
}

fn seed_tokens(conn: &Connection) {
    conn.execute_batch(
        "INSERT INTO users (id, created_at, updated_at) VALUES (1, 0, 0), (2, 0, 0);
         INSERT INTO auth_ids VALUES ('alice', 1), ('bob', 2);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
         INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
         SELECT 1 + i % 2,
                CASE i % 4 WHEN 0 THEN 'auth' WHEN 1 THEN 'signup' WHEN 2 THEN 'reset' ELSE 'bearer' END,
                'h' || i, 0,
                CASE WHEN i % 3 = 0 THEN 9999999999 ELSE i END
         FROM n;",
    )
    .unwrap();
}

#[test]
fn purge_deletes_exactly_the_expired_rows() {
    let env = Env::new();
    let conn = env.conn();
    seed_tokens(&conn);
    let expired_per_subject = |conn: &Connection, s: &str| {
        count(conn, &format!("SELECT count(*) FROM user_tokens WHERE subject = '{s}' AND expires_at <= strftime('%s','now')"))
    };
    let expected: Vec<(String, i64)> = ["auth", "bearer", "reset", "signup"]
        .iter()
        .map(|s| (s.to_string(), expired_per_subject(&conn, s)))
        .collect();
    let valid_before = count(
        &conn,
        "SELECT count(*) FROM user_tokens WHERE expires_at > strftime('%s','now')",
    );

    let dry = env.json(&["token", "purge", "--dry-run"]);
    assert_eq!(dry["total"], 2000);
    assert_eq!(count(&conn, "SELECT count(*) FROM user_tokens"), 3000);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'token.purge'"
        ),
        0
    );

    let only_reset = env.json(&[
        "token",
        "purge",
        "--subject",
        "reset",
        "--batch-size",
        "100",
    ]);
    assert_eq!(
        only_reset["deleted"]["reset"],
        expected.iter().find(|(s, _)| s == "reset").unwrap().1
    );
    assert!(only_reset["deleted"].get("auth").is_none());

    let summary = env.json(&["token", "purge", "--batch-size", "128"]);
    for (subject, n) in &expected {
        if subject != "reset" {
            assert_eq!(summary["deleted"][subject], *n, "{subject}");
        }
    }
    assert!(summary["batches"].as_u64().unwrap() > 1);
    assert_eq!(
        count(&conn, "SELECT count(*) FROM user_tokens"),
        valid_before
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE expires_at <= strftime('%s','now')"
        ),
        0
    );
    // One audit row per run that deleted something.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'token.purge'"
        ),
        2
    );

    // Nothing left: exit 0, quiet prints nothing, no audit row.
    let (code, stdout, stderr) = env.run(&["--quiet", "token", "purge"]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'token.purge'"
        ),
        2
    );
    let line = env.ok(&["token", "purge"]);
    assert_eq!(line.trim(), "purged 0 expired token(s)");
}

#[test]
fn purge_waits_out_a_short_write_lock_and_reports_busy_on_a_long_one() {
    let env = Env::new();
    seed_tokens(&env.conn());
    // The web app holds a write transaction for 300 ms: purge waits and completes.
    let holder = env.conn();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO users (created_at, updated_at) VALUES (0, 0);")
        .unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        holder.execute_batch("COMMIT").unwrap();
    });
    let summary = env.json(&["--busy-timeout", "5000", "token", "purge"]);
    release.join().unwrap();
    assert_eq!(summary["total"], 2000);

    // Held longer than the busy timeout: the busy code, one line, nothing lost.
    let env = Env::new();
    seed_tokens(&env.conn());
    let holder = env.conn();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE users SET updated_at = 1 WHERE id = 1;")
        .unwrap();
    let (code, _, stderr) = env.run(&["--busy-timeout", "200", "token", "purge"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(
        stderr.contains("busy") || stderr.contains("locked"),
        "{stderr}"
    );
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(count(&env.conn(), "SELECT count(*) FROM user_tokens"), 3000);
}
