//! Passwords: sources, rules, verification of every accepted hash form
//! (fixtures made by independent implementations), upgrade on check.

use serde_json::Value;

use crate::support::{count, Env};

fn fixtures() -> Vec<Value> {
    let text = include_str!("../fixtures/hashes.json");
    serde_json::from_str::<Value>(text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn stored_hash(env: &Env, id: i64) -> Option<String> {
    env.conn()
        .query_row("SELECT password_hash FROM users WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap()
}

#[test]
fn every_fixture_hash_verifies_then_upgrades_to_argon2id() {
    let env = Env::new();
    let conn = env.conn();
    for (i, case) in fixtures().iter().enumerate() {
        let name = case["name"].as_str().unwrap();
        let hash = case["hash"].as_str().unwrap();
        let password = case["password"].as_str().unwrap();
        let pepper = case["pepper"].as_str();
        let id = i as i64 + 1;
        // Django's argon2 form is stored as the plain PHC string.
        let stored = hash
            .strip_prefix("argon2$")
            .map(|h| format!("${h}"))
            .unwrap_or(hash.to_string());
        conn.execute(
            "INSERT INTO users (id, password_hash, created_at, updated_at) VALUES (?1, ?2, 0, 0)",
            rusqlite::params![id, stored],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO auth_ids VALUES (?1, ?2)",
            rusqlite::params![format!("u-{name}"), id],
        )
        .unwrap();
        let check = |pw: &str| {
            let mut cmd = env.cmd();
            if let Some(p) = pepper {
                cmd.env("AUTHCTL_LEGACY_PEPPER", p);
            }
            cmd.args([
                "user",
                "check-password",
                &id.to_string(),
                "--password-stdin",
            ])
            .write_stdin(format!("{pw}\n"))
            .output()
            .unwrap()
            .status
            .code()
        };
        assert_eq!(
            check("not the password"),
            Some(1),
            "{name}: wrong password accepted"
        );
        assert_eq!(
            stored_hash(&env, id).as_deref(),
            Some(stored.as_str()),
            "{name}: changed on mismatch"
        );
        assert_eq!(check(password), Some(0), "{name}: right password refused");
        let after = stored_hash(&env, id).unwrap();
        if stored.starts_with("$argon2id$") {
            // Already argon2id at or above the (test) policy: nothing to upgrade.
            assert_eq!(after, stored, "{name}: a strong hash was replaced");
        } else {
            assert!(
                after.starts_with("$argon2id$v=19$m=256,t=1,p=1$"),
                "{name}: not upgraded: {after}"
            );
        }
        // The password still checks against the new hash (no pepper needed now).
        let again = env
            .cmd()
            .args([
                "user",
                "check-password",
                &id.to_string(),
                "--password-stdin",
            ])
            .write_stdin(format!("{password}\r\n"))
            .output()
            .unwrap();
        assert!(
            again.status.success(),
            "{name}: upgraded hash does not check"
        );
    }
    let upgrades = count(
        &conn,
        "SELECT count(*) FROM audit_log WHERE action = 'user.password_upgrade'",
    );
    let legacy = fixtures()
        .iter()
        .filter(|c| !c["hash"].as_str().unwrap().contains("$argon2id$"))
        .count();
    assert_eq!(upgrades as usize, legacy);
}

#[test]
fn peppered_legacy_hash_needs_the_pepper() {
    let env = Env::new();
    let case = fixtures()
        .into_iter()
        .find(|c| c["name"] == "webapp2-sha1-peppered")
        .unwrap();
    env.conn()
        .execute_batch(&format!(
            "INSERT INTO users (id, password_hash, created_at, updated_at) VALUES (1, '{}', 0, 0);
             INSERT INTO auth_ids VALUES ('old', 1);",
            case["hash"].as_str().unwrap()
        ))
        .unwrap();
    let (code, _, _) = env.run_stdin(
        &["user", "check-password", "old", "--password-stdin"],
        case["password"].as_str().unwrap(),
    );
    assert_eq!(code, 1, "matched without the pepper");
}

#[test]
fn no_upgrade_keeps_the_old_hash_and_policy_is_settable() {
    let env = Env::new();
    env.user("alice", "alice-password");
    let before = stored_hash(&env, 1).unwrap();
    env.ok_stdin(
        &[
            "user",
            "check-password",
            "alice",
            "--password-stdin",
            "--no-upgrade",
            "--argon2-memory",
            "512",
        ],
        "alice-password",
    );
    assert_eq!(stored_hash(&env, 1).unwrap(), before);
    // A stronger policy counts the stored hash as weaker and upgrades it.
    let result = env.ok_stdin(
        &[
            "--json",
            "user",
            "check-password",
            "alice",
            "--password-stdin",
            "--argon2-memory",
            "512",
        ],
        "alice-password",
    );
    let result: Value = serde_json::from_str(&result).unwrap();
    assert_eq!(result["match"], true);
    assert_eq!(result["upgraded"], true);
    assert_eq!(result["verified"], false);
    assert!(stored_hash(&env, 1).unwrap().contains("m=512,t=1,p=1"));
    // Absurd policies are refused before anything runs.
    let (code, _, stderr) = env.run_stdin(
        &[
            "user",
            "set-password",
            "alice",
            "--password-stdin",
            "--argon2-memory",
            "99999999",
        ],
        "new-password",
    );
    assert_eq!(code, 5, "{stderr}");
}

#[test]
fn default_policy_is_owasp_argon2id() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("AUTHCTL_ARGON2_MEMORY")
        .env_remove("AUTHCTL_ARGON2_ITERATIONS")
        .args(["user", "create", "alice", "--password-stdin"])
        .write_stdin("alice-password\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stored_hash(&env, 1)
        .unwrap()
        .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
}

#[test]
fn check_password_outcomes() {
    let env = Env::new();
    env.user("alice", "alice-password");
    env.ok(&["user", "create", "nopw", "--no-password"]);
    let (code, stdout, _) = env.run_stdin(
        &[
            "--json",
            "user",
            "check-password",
            "alice",
            "--password-stdin",
        ],
        "wrong-password\n",
    );
    assert_eq!(code, 1);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap()["match"],
        false
    );
    let (code, _, _) = env.run_stdin(
        &["user", "check-password", "nopw", "--password-stdin"],
        "anything\n",
    );
    assert_eq!(code, 1);
    let (code, _, _) = env.run_stdin(
        &["user", "check-password", "ghost", "--password-stdin"],
        "anything\n",
    );
    assert_eq!(code, 3);
    // Any stored password can be checked: no new-password rules apply.
    let (code, _, _) = env.run_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        "x\n",
    );
    assert_eq!(code, 1);
    // A stored hash in no known form is an error, not a mismatch.
    env.conn()
        .execute(
            "UPDATE users SET password_hash = 'garbage' WHERE id = 1",
            [],
        )
        .unwrap();
    let (code, _, stderr) = env.run_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        "alice-password\n",
    );
    assert_eq!(code, 5, "{stderr}");
}

#[test]
fn stdin_strips_exactly_one_newline() {
    let env = Env::new();
    env.ok_stdin(
        &["user", "create", "alice", "--password-stdin"],
        "spaces kept  \r\n",
    );
    env.ok_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        "spaces kept  ",
    );
    let (code, _, _) = env.run_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        "spaces kept\n",
    );
    assert_eq!(code, 1);
    env.ok_stdin(
        &["user", "create", "bob", "--password-stdin"],
        "two newlines\n\n",
    );
    env.ok_stdin(
        &["user", "check-password", "bob", "--password-stdin"],
        "two newlines\n\n",
    );
}

#[test]
fn set_password_revokes_sessions_unless_kept_and_can_clear() {
    let env = Env::new();
    env.user("alice", "first-password");
    let conn = env.conn();
    conn.execute_batch(
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES
         (1, 'auth', 's1', 0, 9999999999), (1, 'bearer', 'b1', 0, 9999999999);",
    )
    .unwrap();
    env.ok_stdin(
        &[
            "user",
            "set-password",
            "alice",
            "--password-stdin",
            "--keep-sessions",
        ],
        "second-password\n",
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'auth'"
        ),
        1
    );
    env.ok_stdin(
        &["user", "set-password", "alice", "--password-stdin"],
        "third-password\n",
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'auth'"
        ),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'bearer'"
        ),
        1
    );
    env.ok_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        "third-password\n",
    );
    let generated = env.json(&["user", "set-password", "alice", "--generate-password"]);
    let pw = generated["generated_password"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok_stdin(
        &["user", "check-password", "alice", "--password-stdin"],
        &pw,
    );
    env.ok(&["user", "set-password", "alice", "--no-password"]);
    assert_eq!(stored_hash(&env, 1), None);
}

#[test]
fn no_secret_reaches_the_audit_log() {
    let env = Env::new();
    env.user("alice", "very-secret-password-1");
    env.ok_stdin(
        &["user", "set-password", "alice", "--password-stdin"],
        "very-secret-password-2\n",
    );
    let generated = env.json(&["user", "create", "bob", "--generate-password"]);
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
    let invite = env.json(&["user", "create", "carol", "--invite"]);
    let conn = env.conn();
    let hashes: Vec<String> = conn
        .prepare("SELECT password_hash FROM users WHERE password_hash IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let log: Vec<String> = conn
        .prepare("SELECT actor || action || coalesce(detail, '') FROM audit_log")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let log = log.join("\n");
    let mut secrets = vec![
        "very-secret-password-1".to_string(),
        "very-secret-password-2".to_string(),
        generated["generated_password"]
            .as_str()
            .unwrap()
            .to_string(),
        token,
        invite["invite"]["token"].as_str().unwrap().to_string(),
        "$argon2".to_string(),
    ];
    secrets.extend(hashes);
    for secret in secrets {
        assert!(!log.contains(&secret), "audit log holds a secret: {secret}");
    }
}
