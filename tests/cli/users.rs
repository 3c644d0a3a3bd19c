//! `user …`, `unique …` and `audit` on real database files.

use crate::support::{count, Env};

#[test]
fn create_prints_the_id_and_json_gives_the_user_object() {
    let env = Env::new();
    assert_eq!(env.user("alice", "correct horse"), 1);
    let user = {
        let out = env.ok_stdin(
            &[
                "--json",
                "user",
                "create",
                "bob@example.com",
                "--auth-id",
                "google:1234",
                "--prop",
                "email_address=bob@example.com",
                "--prop",
                "name=Bob",
                "--verified",
                "--password-stdin",
            ],
            "bob's password\n",
        );
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    assert_eq!(user["id"], 2);
    assert_eq!(
        user["auth_ids"],
        serde_json::json!(["bob@example.com", "google:1234"])
    );
    assert_eq!(user["verified"], true);
    assert_eq!(user["disabled"], false);
    assert_eq!(user["properties"]["name"], "Bob");
    assert_eq!(user["password_scheme"], "argon2id");
    assert!(user["created_at"].as_str().unwrap().ends_with('Z'));
    assert!(user.get("password_hash").is_none());
    let conn = env.conn();
    let hash: String = conn
        .query_row("SELECT password_hash FROM users WHERE id = 2", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(hash.starts_with("$argon2id$v=19$"));
}

#[test]
fn conflicts_name_the_clash_and_write_nothing() {
    let env = Env::new();
    env.ok_stdin(
        &[
            "user",
            "create",
            "alice",
            "--prop",
            "email_address=Alice@Example.com",
            "--password-stdin",
        ],
        "password1\n",
    );
    env.ok(&["user", "create", "carol", "--no-password"]);
    let err = env.fails_unchanged(&["user", "create", "ALICE", "--no-password"], "", 4);
    assert!(err.contains("'ALICE'") && err.contains("user 1"), "{err}");
    let err = env.fails_unchanged(
        &[
            "user",
            "create",
            "bob",
            "--prop",
            "email_address=alice@example.COM",
            "--no-password",
        ],
        "",
        4,
    );
    assert!(
        err.contains("email_address") && err.contains("user 1"),
        "{err}"
    );
    // via add-auth-id and via set, too
    let err = env.fails_unchanged(&["user", "add-auth-id", "carol", "Alice"], "", 4);
    assert!(err.contains("user 1"), "{err}");
    let err = env.fails_unchanged(
        &["user", "set", "carol", "email_address=ALICE@example.com"],
        "",
        4,
    );
    assert!(err.contains("user 1"), "{err}");
    // the same auth id twice in one create
    env.fails_unchanged(
        &[
            "user",
            "create",
            "dave",
            "--auth-id",
            "DAVE",
            "--no-password",
        ],
        "",
        5,
    );
}

#[test]
fn a_prompt_is_refused_without_a_terminal() {
    let env = Env::new();
    let err = env.fails_unchanged(&["user", "create", "alice"], "", 5);
    assert!(err.contains("--password-stdin"), "{err}");
    env.ok(&["user", "create", "bob", "--no-password"]);
    env.fails_unchanged(&["user", "set-password", "bob"], "", 5);
    let err = env.fails_unchanged(&["user", "check-password", "bob"], "", 5);
    assert!(err.contains("--password-stdin"), "{err}");
    let err = env.fails_unchanged(&["user", "delete", "bob"], "", 5);
    assert!(err.contains("--yes"), "{err}");
}

#[test]
fn all_digit_user_refs_are_ids() {
    let env = Env::new();
    env.ok(&["user", "create", "user:7", "--no-password"]);
    env.ok(&["user", "create", "alice", "--no-password"]);
    assert_eq!(env.json(&["user", "show", "2"])["auth_ids"][0], "alice");
    assert_eq!(env.json(&["user", "show", "user:7"])["id"], 1);
    assert_eq!(env.json(&["user", "show", "ALICE"])["id"], 2);
    let err = env.fails_unchanged(&["user", "add-auth-id", "alice", "2024"], "", 5);
    assert!(err.contains("all digits"), "{err}");
}

#[test]
fn list_filters_formats_and_paging() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "alice",
        "--no-password",
        "--verified",
        "--prop",
        "team=Red",
    ]);
    env.user("bob", "bob-password");
    env.ok(&[
        "user",
        "create",
        "carol@example.com",
        "--no-password",
        "--disabled",
        "--prop",
        "team=blue",
    ]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut full = vec!["user", "list", "--format", "json"];
        full.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&env.ok(&full)).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|u| u["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&[]), vec![1, 2, 3]);
    assert_eq!(ids(&["--verified"]), vec![1]);
    assert_eq!(ids(&["--unverified"]), vec![2, 3]);
    assert_eq!(ids(&["--disabled"]), vec![3]);
    assert_eq!(ids(&["--enabled"]), vec![1, 2]);
    assert_eq!(ids(&["--no-password"]), vec![1, 3]);
    assert_eq!(ids(&["--auth-id", "EXAMPLE"]), vec![3]);
    assert_eq!(ids(&["--prop", "team=red"]), vec![1]);
    assert_eq!(ids(&["--limit", "2"]), vec![1, 2]);
    assert_eq!(ids(&["--after", "1", "--limit", "1"]), vec![2]);
    assert_eq!(ids(&["--created-since", "2000-01-01"]), vec![1, 2, 3]);
    assert!(ids(&["--created-before", "2000-01-01"]).is_empty());
    env.fails_unchanged(&["user", "list", "--created-since", "yesterday"], "", 5);

    let ndjson = env.ok(&["user", "list", "--format", "ndjson"]);
    let lines: Vec<serde_json::Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["password_scheme"], "argon2id");
    assert_eq!(lines[0]["password_scheme"], "none");

    let csv = env.ok(&["user", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().get(1), Some("auth_ids"));
    assert_eq!(reader.records().count(), 3);

    let global_json: serde_json::Value =
        serde_json::from_str(&env.ok(&["--json", "user", "list"])).unwrap();
    assert_eq!(global_json.as_array().unwrap().len(), 3);

    let (_, table, stderr) = env.run(&["user", "list", "--limit", "2"]);
    assert!(
        table.contains("alice") && table.contains("bob") && !table.contains("carol"),
        "{table}"
    );
    assert!(stderr.contains("1 more"), "{stderr}");
}

#[test]
fn show_tells_everything_but_the_hash() {
    let env = Env::new();
    env.user("alice", "alice-password");
    env.conn()
        .execute("INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (1, 'auth', 'x', 0, 1)", [])
        .unwrap();
    let user = env.json(&["user", "show", "alice"]);
    assert_eq!(user["password_scheme"], "argon2id");
    assert_eq!(user["password_parameters"], "v=19,m=256,t=1,p=1");
    assert_eq!(user["tokens"]["auth"]["total"], 1);
    assert_eq!(user["tokens"]["auth"]["expired"], 1);
    let human = env.ok(&["user", "show", "1"]);
    assert!(!human.contains("$argon2id$"), "{human}");
    assert!(!serde_json::to_string(&user).unwrap().contains("$argon2id$"));
}

#[test]
fn delete_needs_yes_supports_dry_run_and_cascades() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "alice",
        "--no-password",
        "--prop",
        "email_address=a@x",
    ]);
    env.ok(&["user", "create", "bob", "--no-password"]);
    env.ok(&["token", "issue", "alice", "--subject", "reset"]);
    let dry = env.json(&["user", "delete", "alice", "--dry-run"]);
    assert_eq!(dry["deleted"], serde_json::json!([1]));
    assert_eq!(count(&env.conn(), "SELECT count(*) FROM users"), 2);
    // One unknown user deletes nobody.
    env.fails_unchanged(&["user", "delete", "alice", "nobody", "--yes"], "", 3);
    env.ok(&["user", "delete", "alice", "--yes"]);
    let conn = env.conn();
    assert_eq!(count(&conn, "SELECT count(*) FROM users"), 1);
    for table in ["auth_ids", "user_properties", "user_tokens"] {
        assert_eq!(
            count(
                &conn,
                &format!("SELECT count(*) FROM {table} WHERE user_id = 1")
            ),
            0
        );
    }
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_log WHERE action = 'user.delete' AND user_id = 1"
        ),
        1
    );
}

#[test]
fn verify_disable_and_their_opposites() {
    let env = Env::new();
    env.user("alice", "alice-password");
    let conn = env.conn();
    conn.execute_batch(
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES
         (1, 'auth', 's1', 0, 9999999999), (1, 'bearer', 'b1', 0, 9999999999), (1, 'reset', 'r1', 0, 9999999999);",
    )
    .unwrap();
    assert_eq!(env.json(&["user", "verify", "alice"])["verified"], true);
    assert_eq!(env.json(&["user", "unverify", "alice"])["verified"], false);
    assert_eq!(env.json(&["user", "disable", "alice"])["disabled"], true);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject IN ('auth', 'bearer')"
        ),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'reset'"
        ),
        1
    );
    assert_eq!(env.json(&["user", "enable", "alice"])["disabled"], false);
    conn.execute("INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at) VALUES (1, 'auth', 's2', 0, 9999999999)", []).unwrap();
    env.ok(&["user", "disable", "alice", "--keep-sessions"]);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM user_tokens WHERE subject = 'auth'"
        ),
        1
    );
    assert_eq!(count(&conn, "SELECT disabled FROM users WHERE id = 1"), 1);
    let actions: Vec<String> = conn
        .prepare("SELECT action FROM audit_log WHERE user_id = 1 ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        actions,
        [
            "user.create",
            "user.verify",
            "user.unverify",
            "user.disable",
            "user.enable",
            "user.disable"
        ]
    );
}

#[test]
fn properties_set_unset_and_updated_at_moves() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let conn = env.conn();
    conn.execute("UPDATE users SET updated_at = 0", []).unwrap();
    let user = env.json(&[
        "user",
        "set",
        "alice",
        "name=Alice",
        "last_name=Liddell",
        "motto=-dash first",
    ]);
    assert_eq!(user["properties"]["last_name"], "Liddell");
    assert_eq!(user["properties"]["motto"], "-dash first");
    assert!(count(&conn, "SELECT updated_at FROM users WHERE id = 1") > 0);
    let user = env.json(&["user", "unset", "alice", "name"]);
    assert!(user["properties"].get("name").is_none());
    env.fails_unchanged(&["user", "unset", "alice", "name"], "", 3);
}

#[test]
fn auth_ids_add_and_remove_but_never_the_last() {
    let env = Env::new();
    env.ok(&["user", "create", "alice", "--no-password"]);
    let user = env.json(&["user", "add-auth-id", "alice", "alice@example.com"]);
    assert_eq!(
        user["auth_ids"],
        serde_json::json!(["alice", "alice@example.com"])
    );
    env.ok(&["user", "remove-auth-id", "alice@example.com", "ALICE"]);
    let err = env.fails_unchanged(&["user", "remove-auth-id", "1", "alice@example.com"], "", 5);
    assert!(err.contains("last auth id"), "{err}");
    env.fails_unchanged(&["user", "remove-auth-id", "1", "nope"], "", 3);
}

#[test]
fn unique_add_remove_list() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "alice",
        "--no-password",
        "--prop",
        "phone=123",
    ]);
    env.ok(&[
        "user",
        "create",
        "bob",
        "--no-password",
        "--prop",
        "phone=123",
    ]);
    let err = env.fails_unchanged(&["unique", "add", "phone"], "", 4);
    assert!(err.contains("'123'") && err.contains("users 1, 2"), "{err}");
    env.ok(&["user", "set", "bob", "phone=456"]);
    env.ok(&["unique", "add", "phone"]);
    assert_eq!(
        env.json(&["unique", "list"]),
        serde_json::json!(["email_address", "phone"])
    );
    env.fails_unchanged(&["user", "set", "bob", "phone=123"], "", 4);
    env.ok(&["unique", "remove", "phone"]);
    env.ok(&["user", "set", "bob", "phone=123"]);
    env.fails_unchanged(&["unique", "remove", "phone"], "", 3);
    env.fails_unchanged(&["unique", "add", "bad name"], "", 5);
}

#[test]
fn audit_lists_newest_first_with_filters() {
    let env = Env::new();
    env.user("alice", "alice-password");
    env.ok(&["user", "verify", "alice"]);
    env.ok(&["user", "create", "bob", "--no-password"]);
    let all = env.json(&["audit"]);
    let actions: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["user.create", "user.verify", "user.create", "db.init"]
    );
    assert_eq!(all[0]["actor"], "tester");
    let alice = env.json(&["audit", "--user", "alice"]);
    assert_eq!(alice.as_array().unwrap().len(), 2);
    let verifies = env.json(&["audit", "--action", "user.verify"]);
    assert_eq!(verifies.as_array().unwrap().len(), 1);
    assert_eq!(
        env.json(&["audit", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(env
        .json(&["audit", "--since", "2999-01-01"])
        .as_array()
        .unwrap()
        .is_empty());
    let custom = env
        .cmd()
        .args(["--actor", "ops-bot", "user", "verify", "bob"])
        .output()
        .unwrap();
    assert!(custom.status.success());
    assert_eq!(env.json(&["audit", "--limit", "1"])[0]["actor"], "ops-bot");
}

#[test]
fn auth_ids_are_listed_in_case_insensitive_order() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "Zed",
        "--auth-id",
        "alice2",
        "--auth-id",
        "Bob@example.com",
        "--no-password",
    ]);
    let shown = env.json(&["user", "show", "zed"]);
    assert_eq!(
        shown["auth_ids"],
        serde_json::json!(["alice2", "Bob@example.com", "Zed"])
    );
    let listed = env.ok(&["user", "list", "--format", "ndjson"]);
    let first: serde_json::Value = serde_json::from_str(listed.lines().next().unwrap()).unwrap();
    assert_eq!(first["auth_ids"], shown["auth_ids"]);
}
