//! Hostile input: every bad value gets its documented exit code, a one-line
//! error and a byte-identical database (a full dump compared); text that
//! could steer a terminal is escaped for people and kept raw in JSON.

use crate::support::{dump, Env};

/// A database with alice (id 1, a password) for the cases to run against.
fn with_alice() -> Env {
    let env = Env::new();
    env.user("alice", "correct horse");
    env
}

const INVALID: i32 = 5;
const NOT_FOUND: i32 = 3;

#[test]
fn bad_auth_ids() {
    let env = with_alice();
    let long = "a".repeat(10_000);
    for bad in [
        "",
        " ",
        "   ",
        "\t",
        " alice2",
        "alice2 ",
        "al\u{7}ice",
        "a\u{1b}[2Jb",
        "line\nbreak",
        "12345",
        long.as_str(),
    ] {
        env.fails_unchanged(&["user", "create", bad, "--no-password"], "", INVALID);
        env.fails_unchanged(&["user", "add-auth-id", "alice", bad], "", INVALID);
        env.fails_unchanged(
            &["user", "create", "bob", "--auth-id", bad, "--no-password"],
            "",
            INVALID,
        );
    }
}

#[test]
fn bad_property_names_and_values() {
    let env = with_alice();
    let big = format!("note={}", "x".repeat(5000));
    for bad in [
        "first name=x",
        "x;DROP TABLE users=1",
        "name'--=1",
        "=v",
        "1st=v",
        "novalue",
        "a-b=c",
        big.as_str(),
    ] {
        env.fails_unchanged(&["user", "set", "alice", bad], "", INVALID);
        env.fails_unchanged(
            &["user", "create", "bob", "--no-password", "--prop", bad],
            "",
            INVALID,
        );
    }
    for bad in ["first name", "x;DROP TABLE users", "a=b"] {
        env.fails_unchanged(&["user", "unset", "alice", bad], "", INVALID);
        env.fails_unchanged(&["unique", "add", bad], "", INVALID);
    }
    // A value may hold '=' and SQL: it is data.
    env.ok(&[
        "user",
        "set",
        "alice",
        "a=b=c=",
        "q=x'; DROP TABLE users; --",
    ]);
    let shown = env.json(&["user", "show", "alice"]);
    assert_eq!(shown["properties"]["a"], "b=c=");
    assert_eq!(shown["properties"]["q"], "x'; DROP TABLE users; --");
}

#[test]
fn unknown_users() {
    let env = with_alice();
    for user in ["nobody", "42", "Alice2", "99999999999999999999"] {
        let code = if user.len() > 19 { INVALID } else { NOT_FOUND };
        for args in [
            &["user", "show", user][..],
            &["user", "verify", user],
            &["user", "disable", user],
            &["user", "set", user, "team=red"],
            &["user", "delete", user, "--yes"],
            &["token", "issue", user, "--subject", "reset"],
        ] {
            env.fails_unchanged(args, "", code);
        }
        env.fails_unchanged(
            &["user", "set-password", user, "--password-stdin"],
            "a good long password\n",
            code,
        );
    }
}

#[test]
fn bad_new_passwords() {
    let env = with_alice();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", b"\n".to_vec()),
        ("too short", b"short\n".to_vec()),
        ("too long", vec![b'a'; 1025]),
        ("1 MiB on stdin", vec![b'a'; 1024 * 1024]),
        ("invalid UTF-8", b"\xff\xfeABCDEFGHIJ\n".to_vec()),
        ("NUL", b"abc\0defghij\n".to_vec()),
    ];
    for (what, input) in cases {
        let err = env.fails_unchanged(
            &["user", "set-password", "alice", "--password-stdin"],
            input.clone(),
            INVALID,
        );
        assert!(err.contains("password"), "{what}: {err}");
        env.fails_unchanged(
            &["user", "create", "bob", "--password-stdin"],
            input,
            INVALID,
        );
    }
    // No prompt may wait on a pipe: without a terminal it is refused.
    env.fails_unchanged(&["user", "set-password", "alice"], "", INVALID);
}

#[test]
fn bad_durations_dates_and_templates() {
    let env = with_alice();
    for bad in ["0", "-1h", "999999999d", "abc", "3651d", "1.5h", "", "7 d"] {
        let err = env.fails_unchanged(
            &[
                "token",
                "issue",
                "alice",
                "--subject",
                "reset",
                "--ttl",
                bad,
            ],
            "",
            INVALID,
        );
        assert!(err.contains("duration"), "{bad}: {err}");
        env.fails_unchanged(
            &["user", "create", "carol", "--invite", "--ttl", bad],
            "",
            INVALID,
        );
    }
    for bad in ["2026-13-01", "2026-02-30", "yesterday", "1/2/2026", ""] {
        let err = env.fails_unchanged(&["user", "list", "--created-since", bad], "", INVALID);
        assert!(err.contains("date"), "{bad}: {err}");
    }
    for bad in ["https://example.com/reset", "https://x/{user_id}", "{tok}"] {
        let err = env.fails_unchanged(
            &[
                "token",
                "issue",
                "alice",
                "--subject",
                "reset",
                "--url",
                bad,
            ],
            "",
            INVALID,
        );
        assert!(err.contains("{token}"), "{bad}: {err}");
        env.fails_unchanged(
            &["user", "create", "carol", "--invite", "--url", bad],
            "",
            INVALID,
        );
    }
}

#[test]
fn hostile_import_files() {
    let env = with_alice();
    let wide = format!(
        "auth_id,{}\nbob{}\n",
        (0..100_000)
            .map(|i| format!("c{i}"))
            .collect::<Vec<_>>()
            .join(","),
        ",1".repeat(100_000)
    );
    let many_keys = format!(
        "{{\"auth_ids\": [\"bob\"], {}}}\n",
        (0..60_000)
            .map(|i| format!("\"k{i}\": 1"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let many_props = format!(
        "{{\"auth_ids\": [\"bob\"], \"properties\": {{{}}}}}\n",
        (0..60_000)
            .map(|i| format!("\"p{i}\": \"x\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("keys.jsonl", many_keys.into_bytes()),
        (
            "ids.csv",
            format!(
                "auth_id,auth_ids\nbob,{}\n",
                (0..50_000)
                    .map(|i| format!("b{i}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
            .into_bytes(),
        ),
        ("props.jsonl", many_props.into_bytes()),
        (
            "cut.jsonl",
            b"{\"auth_ids\": [\"bob\"]}\n{\"auth_ids\": [\"ca".to_vec(),
        ),
        (
            "cut.csv",
            b"auth_id,password\nbob,bob's password\ncarol,carol pa".to_vec(),
        ),
        (
            "quote.csv",
            b"auth_id,password\nbob,\"unterminated\n".to_vec(),
        ),
        ("utf8.csv", b"auth_id,name\nbob,\xff\xfe\n".to_vec()),
        ("utf8.jsonl", b"{\"auth_ids\": [\"b\xffb\"]}\n".to_vec()),
        ("dup.csv", b"auth_id,team,team\nbob,1,2\n".to_vec()),
        (
            "dup.jsonl",
            b"{\"auth_ids\": [\"bob\"], \"verified\": true, \"verified\": false}\n".to_vec(),
        ),
        ("wide.csv", wide.into_bytes()),
        ("noauth.csv", b"name\nbob\n".to_vec()),
        ("sql.csv", b"auth_id,x;DROP TABLE users\nbob,1\n".to_vec()),
        (
            "date.jsonl",
            b"{\"auth_ids\": [\"bob\"], \"created_at\": \"yesterday\"}\n".to_vec(),
        ),
        (
            "bom-crlf-bad.csv",
            b"\xef\xbb\xbfauth_id,password\r\nbob,bob's password\r\ncarol,short\r\n".to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        std::fs::write(env.dir.path().join(name), &bytes).unwrap();
        let err = env.fails_unchanged(&["import", name], "", INVALID);
        assert!(err.contains(name), "{name}: {err}");
        // The same bytes on stdin.
        let format = if name.ends_with(".csv") {
            "csv"
        } else {
            "jsonl"
        };
        env.fails_unchanged(&["import", "-", "--format", format], bytes, INVALID);
    }
    let err = env.fails_unchanged(&["import", "bom-crlf-bad.csv"], "", INVALID);
    assert!(err.contains(":3:"), "the bad row is line 3: {err}");
    env.fails_unchanged(&["import", "does-not-exist.jsonl"], "", INVALID);

    // A BOM and CRLF line ends are not errors: such files import.
    let before = dump(&env.db);
    env.ok_stdin(
        &["import", "-", "--format", "csv"],
        "\u{feff}auth_id,password,team\r\nbob,bob's password,red\r\n",
    );
    env.ok_stdin(
        &["import", "-"],
        "\u{feff}{\"auth_ids\": [\"carol\"], \"properties\": {\"team\": \"blue\"}}\r\n",
    );
    assert_ne!(dump(&env.db), before);
    assert_eq!(
        env.json(&["user", "show", "bob"])["properties"]["team"],
        "red"
    );
    assert_eq!(
        env.json(&["user", "show", "carol"])["properties"]["team"],
        "blue"
    );
}

#[test]
fn terminal_output_escapes_control_and_bidi_but_json_keeps_them() {
    let env = Env::new();
    env.ok(&[
        "user",
        "create",
        "evil\u{202E}gnp.exe",
        "--no-password",
        "--prop",
        "name=\u{1b}[31mred",
    ]);
    // The web app may write what authctl would refuse: an escape sequence
    // in an auth id.
    env.conn()
        .execute_batch("INSERT INTO auth_ids VALUES (char(27) || '[2Jwiped', 1)")
        .unwrap();
    let raw = ["\u{202E}", "\u{1b}"];
    let escaped = |text: &str| raw.iter().all(|r| !text.contains(r));

    let table = env.ok(&["user", "list"]);
    assert!(escaped(&table) && table.contains("\\u{202e}"), "{table}");
    assert!(table.contains("\\u{1b}[2Jwiped"), "{table}");
    let show = env.ok(&["user", "show", "1"]);
    assert!(escaped(&show) && show.contains("\\u{1b}[31mred"), "{show}");
    let (_, out, err) = env.run(&["user", "add-auth-id", "1", "x\u{202E}y"]);
    assert!(escaped(&out) && escaped(&err), "{out} {err}");
    assert!(err.contains("\\u{202e}"), "{err}");
    for args in [&["audit"][..], &["token", "list"], &["doctor"]] {
        let (_, out, err) = env.run(args);
        assert!(escaped(&out) && escaped(&err), "{args:?}: {out} {err}");
    }
    // Human error messages too.
    let err = env.fails_unchanged(&["user", "show", "no\u{1b}]0;title\u{7}body"], "", 3);
    assert!(
        escaped(&err) && err.contains("\\u{1b}]0;title\\u{7}"),
        "{err}"
    );

    let json = env.json(&["user", "show", "1"]);
    let auth_ids: Vec<&str> = json["auth_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(auth_ids.contains(&"evil\u{202E}gnp.exe"), "{json}");
    assert!(auth_ids.contains(&"\u{1b}[2Jwiped"), "{json}");
    assert_eq!(json["properties"]["name"], "\u{1b}[31mred");
}
