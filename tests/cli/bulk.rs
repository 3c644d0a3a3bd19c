//! import / export on real database files.

use std::fs;

use serde_json::Value;

use crate::support::{count, dump, Env};

fn write(env: &Env, name: &str, content: impl AsRef<[u8]>) -> String {
    let path = env.dir.path().join(name);
    fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_string()
}

fn check(env: &Env, user: &str, password: &str) -> i32 {
    env.run_stdin(
        &[
            "user",
            "check-password",
            user,
            "--password-stdin",
            "--no-upgrade",
        ],
        format!("{password}\n"),
    )
    .0
}

#[test]
fn jsonl_import_creates_users_with_every_field() {
    let env = Env::new();
    let file = write(
        &env,
        "users.jsonl",
        concat!(
            r#"{"auth_ids": ["alice", "alice@example.com"], "password": "alice password", "verified": true, "properties": {"email_address": "alice@example.com", "name": "Alice"}}"#,
            "\n",
            r#"{"auth_ids": ["bob"], "disabled": true, "created_at": "2020-01-02T03:04:05Z"}"#,
            "\n\n",
        ),
    );
    let summary = env.json(&["import", &file]);
    assert_eq!(summary["created"], 2);
    let alice = env.json(&["user", "show", "alice@example.com"]);
    assert_eq!(alice["verified"], true);
    assert_eq!(alice["properties"]["name"], "Alice");
    assert_eq!(alice["password_scheme"], "argon2id");
    assert_eq!(check(&env, "alice", "alice password"), 0);
    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["disabled"], true);
    assert_eq!(bob["password_scheme"], "none");
    assert_eq!(bob["created_at"], "2020-01-02T03:04:05Z");
    assert_eq!(
        count(
            &env.conn(),
            "SELECT count(*) FROM audit_log WHERE action = 'user.import'"
        ),
        2
    );
}

#[test]
fn csv_import_with_bom_crlf_and_properties() {
    let env = Env::new();
    let file = write(
        &env,
        "users.csv",
        "\u{feff}auth_id,auth_ids,password,verified,email_address,team\r\nalice,alice@x google:1,alice password,true,a@x,red\r\nbob,,,false,,\r\n",
    );
    assert_eq!(env.json(&["import", &file])["created"], 2);
    let alice = env.json(&["user", "show", "google:1"]);
    assert_eq!(
        alice["auth_ids"],
        serde_json::json!(["alice", "alice@x", "google:1"])
    );
    assert_eq!(alice["properties"]["team"], "red");
    assert_eq!(check(&env, "alice", "alice password"), 0);
    assert!(env.json(&["user", "show", "bob"])["properties"]
        .as_object()
        .unwrap()
        .is_empty());
}

#[test]
fn every_accepted_hash_form_imports_and_verifies() {
    let env = Env::new();
    let fixtures: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/hashes.json")).unwrap();
    let mut lines = String::new();
    for case in fixtures.iter().filter(|c| c["pepper"].is_null()) {
        let name = case["name"].as_str().unwrap();
        lines.push_str(
            &serde_json::json!({"auth_ids": [format!("u-{name}")], "password_hash": case["hash"]})
                .to_string(),
        );
        lines.push('\n');
    }
    let file = write(&env, "hashes.jsonl", lines);
    env.ok(&["import", &file]);
    for case in fixtures.iter().filter(|c| c["pepper"].is_null()) {
        let name = case["name"].as_str().unwrap();
        let user = format!("u-{name}");
        assert_eq!(check(&env, &user, "wrong password!"), 1, "{name}");
        assert_eq!(
            check(&env, &user, case["password"].as_str().unwrap()),
            0,
            "{name}"
        );
    }
    // Django's argon2 form is stored as the standard PHC string.
    let stored: String = env
        .conn()
        .query_row("SELECT password_hash FROM users JOIN auth_ids ON user_id = id WHERE auth_id = 'u-django-argon2'", [], |r| r.get(0))
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");
}

#[test]
fn one_bad_row_writes_nothing_and_all_problems_are_named() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "existing",
        "--no-password",
        "--prop",
        "email_address=e@x",
    ]);
    let file = write(
        &env,
        "bad.jsonl",
        concat!(
            r#"{"auth_ids": ["ok1"], "password": "fine password"}"#,
            "\n",
            r#"{"auth_ids": ["short"], "password": "short"}"#,
            "\n",
            r#"{"auth_ids": ["h"], "password_hash": "md5:nonsense"}"#,
            "\n",
            r#"{"auth_ids": ["OK1"]}"#,
            "\n",
            r#"{"auth_ids": ["x"], "colour": "red"}"#,
            "\n",
            r#"{"auth_ids": ["existing"]}"#,
            "\n",
            r#"{"auth_ids": ["y"], "properties": {"email_address": "E@X"}}"#,
            "\n",
            r#"{"auth_ids": ["z"], "password": "p1 password", "password_hash": "x"}"#,
            "\n",
            r#"{"auth_ids": ["trunc"#,
        ),
    );
    let before = dump(&env.db);
    let (code, _, stderr) = env.run(&["import", &file]);
    assert_eq!(code, 5, "{stderr}");
    for line in [2, 3, 4, 5, 6, 7, 8, 9] {
        assert!(
            stderr.contains(&format!("bad.jsonl:{line}:")),
            "line {line} not named: {stderr}"
        );
    }
    assert!(!stderr.contains("bad.jsonl:1:"), "{stderr}");
    assert!(stderr
        .lines()
        .last()
        .unwrap()
        .starts_with("authctl: error: import refused"));
    assert_eq!(dump(&env.db), before);
    // --json reports the problems as objects.
    let (_, stdout, _) = env.run(&["--json", "import", &file]);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    // Line 8 has two problems (both password forms, and an unknown hash).
    assert_eq!(report["problems"].as_array().unwrap().len(), 9);
}

#[test]
fn duplicates_inside_the_file_are_conflicts() {
    let env = Env::new();
    let file = write(
        &env,
        "dups.csv",
        "auth_id,email_address\nalice,a@x\nALICE,b@x\ncarol,A@X\n",
    );
    let before = dump(&env.db);
    let (code, _, stderr) = env.run(&["import", &file]);
    assert_eq!(code, 4, "{stderr}");
    assert!(
        stderr.contains("dups.csv:3:") && stderr.contains("also on line 2"),
        "{stderr}"
    );
    assert!(stderr.contains("dups.csv:4:"), "{stderr}");
    assert_eq!(dump(&env.db), before);
}

#[test]
fn on_conflict_fail_skip_update() {
    let env = Env::new();
    env.user("alice", "old password");
    env.ok(&[
        "user",
        "create",
        "bob",
        "--no-password",
        "--prop",
        "team=red",
    ]);
    let file = write(&env, "pw.csv", "auth_id,password,team\nalice,new password 1,\nbob,new password 2,blue\ncarol,carol password,\n");
    let before = dump(&env.db);
    let (code, _, stderr) = env.run(&["import", &file]);
    assert_eq!(code, 4, "{stderr}");
    assert_eq!(dump(&env.db), before);

    let skipped = env.json(&["import", &file, "--on-conflict", "skip"]);
    assert_eq!(
        (skipped["created"].as_u64(), skipped["skipped"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(check(&env, "alice", "old password"), 0);

    let updated = env.json(&["import", &file, "--on-conflict", "update"]);
    assert_eq!(updated["updated"], 3);
    assert_eq!(check(&env, "alice", "new password 1"), 0);
    assert_eq!(check(&env, "bob", "new password 2"), 0);
    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["properties"]["team"], "blue");
    // Fields absent from the row are left alone.
    let flags = write(
        &env,
        "flags.jsonl",
        "{\"auth_ids\": [\"bob\", \"bobby\"], \"verified\": true}\n",
    );
    env.ok(&["import", &flags, "--on-conflict", "update"]);
    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["verified"], true);
    assert_eq!(bob["auth_ids"], serde_json::json!(["bob", "bobby"]));
    assert_eq!(bob["properties"]["team"], "blue");
    assert_eq!(check(&env, "bob", "new password 2"), 0);
}

#[test]
fn dry_run_and_stdin() {
    let env = Env::new();
    let before = dump(&env.db);
    let report: Value = serde_json::from_str(&env.ok_stdin(
        &["--json", "import", "-", "--dry-run"],
        "{\"auth_ids\": [\"alice\"], \"password\": \"alice password\"}\n",
    ))
    .unwrap();
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["created"], 1);
    assert_eq!(dump(&env.db), before);
    env.ok_stdin(
        &["import", "-", "--format", "csv", "--jobs", "2"],
        "auth_id,password\nalice,alice password\nbob,bob password\n",
    );
    assert_eq!(check(&env, "bob", "bob password"), 0);
}

#[test]
fn export_with_hashes_round_trips_into_a_fresh_database() {
    let env = Env::new();
    let fixtures: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/hashes.json")).unwrap();
    let legacy = fixtures
        .iter()
        .find(|c| c["name"] == "webapp2-sha1-salted")
        .unwrap();
    env.ok(&[
        "user",
        "create",
        "alice",
        "--auth-id",
        "alice@example.com",
        "--prop",
        "email_address=alice@example.com",
        "--prop",
        "name=Alice",
        "--verified",
        "--generate-password",
    ]);
    env.ok(&["user", "create", "bob", "--no-password", "--disabled"]);
    let line = serde_json::json!({"auth_ids": ["legacy"], "password_hash": legacy["hash"], "properties": {"note": "x,y \"quoted\""}});
    env.ok_stdin(&["import", "-"], &format!("{line}\n"));

    let exported = env.ok(&["export", "--with-hashes"]);
    let without = env.ok(&["export"]);
    assert!(!without.contains("$argon2id$") && !without.contains("password_hash"));

    for format in ["jsonl", "csv"] {
        let fresh = Env::new();
        let data = env.ok(&["export", "--with-hashes", "--format", format]);
        fresh.ok_stdin(&["import", "-", "--format", format], &data);
        let again = fresh.ok(&["export", "--with-hashes"]);
        let strip = |text: &str| -> Vec<Value> {
            text.lines()
                .map(|l| {
                    let mut v: Value = serde_json::from_str(l).unwrap();
                    v.as_object_mut().unwrap().remove("updated_at");
                    v
                })
                .collect()
        };
        assert_eq!(strip(&again), strip(&exported), "{format} round trip");
        assert_eq!(
            fresh
                .run_stdin(
                    &["user", "check-password", "legacy", "--password-stdin"],
                    legacy["password"].as_str().unwrap()
                )
                .0,
            0
        );
    }
}
