//! A temp-dir environment that drives the real binary, and helpers that read
//! the database the way a web app would: with plain SQL through rusqlite.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::Connection;
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    /// A temp dir with no database yet.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("accounts.db");
        Env { dir, db }
    }

    /// A temp dir with an initialised database (email_address unique).
    pub fn new() -> Env {
        let env = Env::empty();
        env.ok(&["init", "--unique-property", "email_address"]);
        env
    }

    /// `authctl` with this env's database, a fixed actor and no inherited
    /// configuration, run in the temp dir.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd(assert_cmd::cargo::cargo_bin("authctl")))
    }

    /// The same set-up as a std Command of `program` (an authctl binary),
    /// for tests that spawn and kill the process.
    pub fn std_cmd(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("AUTHCTL_DB", &self.db)
            .env("AUTHCTL_ACTOR", "tester")
            // Cheap hashes keep tests fast; the policy itself is tested apart.
            .env("AUTHCTL_ARGON2_MEMORY", "256")
            .env("AUTHCTL_ARGON2_ITERATIONS", "1");
        cmd
    }

    /// Run and expect success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "authctl {args:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run with stdin and expect success; returns stdout.
    pub fn ok_stdin(&self, args: &[&str], stdin: &str) -> String {
        let out = self
            .cmd()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "authctl {args:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run and return (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> (i32, String, String) {
        outcome(
            self.cmd()
                .args(args)
                .write_stdin(stdin.into())
                .output()
                .expect("run"),
        )
    }

    /// Run, expect `code`, a one-line error on stderr and no change to the
    /// database; returns stderr.
    pub fn fails_unchanged(&self, args: &[&str], stdin: impl Into<Vec<u8>>, code: i32) -> String {
        let before = dump(&self.db);
        let (got, _, stderr) = self.run_stdin(args, stdin);
        assert_eq!(got, code, "authctl {args:?}: stderr {stderr}");
        assert_one_line_error(&stderr);
        assert_eq!(
            dump(&self.db),
            before,
            "database changed by failed {args:?}"
        );
        stderr
    }

    /// Create a user with a password from stdin; returns its id.
    pub fn user(&self, auth_id: &str, password: &str) -> i64 {
        let out = self.ok_stdin(
            &["user", "create", auth_id, "--password-stdin"],
            &format!("{password}\n"),
        );
        out.trim().parse().expect("user id")
    }

    /// Issue a token with `token issue --json` and return the token string.
    pub fn issue_token(&self, user: &str, subject: &str) -> String {
        self.json(&["token", "issue", user, "--subject", subject])["token"]
            .as_str()
            .expect("token in issue output")
            .to_string()
    }

    pub fn conn(&self) -> Connection {
        let conn = Connection::open(&self.db).expect("open");
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        conn
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        serde_json::from_str(&self.ok(&full)).expect("json stdout")
    }
}

/// (exit code, stdout, stderr) of a finished process.
pub fn outcome(out: std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An error as authctl reports one to people: a single `authctl: error:` line.
pub fn assert_one_line_error(stderr: &str) {
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one-line error: {stderr}"
    );
    assert!(stderr.starts_with("authctl: error: "), "{stderr}");
}

/// Every table's rows and the header pragmas, as text: equal dumps mean an
/// unchanged database.
pub fn dump(path: &Path) -> String {
    let conn = Connection::open(path).expect("open for dump");
    let mut text = String::new();
    for pragma in ["user_version", "application_id"] {
        let v: i64 = conn
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap();
        text.push_str(&format!("{pragma}={v}\n"));
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                let mut parts = Vec::new();
                for i in 0..columns {
                    let v: rusqlite::types::Value = row.get(i)?;
                    parts.push(format!("{v:?}"));
                }
                Ok(parts.join("|"))
            })
            .unwrap();
        let mut rows: Vec<String> = rows.collect::<Result<_, _>>().unwrap();
        rows.sort();
        text.push_str(&format!("[{table}]\n"));
        for row in rows {
            text.push_str(&row);
            text.push('\n');
        }
    }
    text
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}
