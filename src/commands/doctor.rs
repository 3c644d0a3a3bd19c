//! `authctl doctor`: a read-only health check of the database, like pwck.
//!
//! Problems (exit 8): a damaged file, foreign-key violations, a journal mode
//! other than WAL, users without an auth id, colliding unique values, tokens
//! of an unknown subject, plaintext or unparseable password hashes.
//! Warnings (exit 0): hashes that upgrade at the next login, expired tokens
//! awaiting purge, tokens not stored as digests.

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::Ctx;
use crate::cli::DoctorArgs;
use crate::db::health::{self, StoredHash};
use crate::db::{self, tokens, users, UserId};
use crate::error::{classify, Code};
use crate::output::{print_json, print_line, print_table, sanitize, table};
use crate::password::{Argon2Variant, LegacyMethod, Policy, Scheme};

/// How many examples a finding lists; the count is always complete.
const SAMPLES: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ok,
    Warning,
    Problem,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::Problem => "problem",
        }
    }
}

/// One check's outcome: a one-line summary (with the fix) and examples.
struct Finding {
    check: &'static str,
    status: Status,
    /// How many rows (users, tokens, values) the finding is about, for
    /// scripts; None when a check could not run.
    count: Option<u64>,
    summary: String,
    details: Vec<String>,
}

impl Finding {
    fn new(check: &'static str, status: Status, summary: String, details: Vec<String>) -> Finding {
        Finding {
            check,
            status,
            count: None,
            summary,
            details,
        }
    }

    fn ok(check: &'static str, summary: impl Into<String>) -> Finding {
        Finding::new(check, Status::Ok, summary.into(), Vec::new()).counting(0)
    }

    fn problem(check: &'static str, count: u64, summary: String, details: Vec<String>) -> Finding {
        Finding::new(check, Status::Problem, summary, details).counting(count)
    }

    fn warning(check: &'static str, count: u64, summary: String, details: Vec<String>) -> Finding {
        Finding::new(check, Status::Warning, summary, details).counting(count)
    }

    fn counting(mut self, count: u64) -> Finding {
        self.count = Some(count);
        self
    }
}

pub fn run(ctx: &Ctx, args: DoctorArgs) -> Result<Code> {
    let policy = args.policy.policy()?;
    let db = ctx.open()?;
    let conn = &db.conn;
    // Read-only by construction, and one snapshot for every check.
    conn.execute_batch("PRAGMA query_only = ON; BEGIN")?;
    let mut findings = vec![
        guard("integrity", check_integrity(conn, args.quick))?,
        guard("foreign keys", check_foreign_keys(conn))?,
        guard("journal mode", check_journal_mode(conn))?,
        guard("auth ids", check_auth_ids(conn))?,
        guard("unique values", check_unique_values(conn))?,
    ];
    match check_tokens(conn) {
        Ok(token_findings) => findings.extend(token_findings),
        Err(err) => findings.push(guard("tokens", Err(err))?),
    }
    let census = match HashCensus::take(conn, &policy) {
        Ok(census) => {
            findings.push(census.finding(&policy));
            census
        }
        Err(err) => {
            findings.push(guard("password hashes", Err(err))?);
            HashCensus::default()
        }
    };
    let _ = conn.execute_batch("COMMIT");

    let problems = findings
        .iter()
        .filter(|f| f.status == Status::Problem)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.status == Status::Warning)
        .count();
    if census.plaintext() > 0 {
        ctx.out.warn(&format!(
            "{} user(s) have a plaintext password stored (legacy `plain` hash); reset them now with `authctl user set-password` or a reset token",
            census.plaintext()
        ));
    }

    if ctx.out.json {
        let checks: Vec<Value> = findings
            .iter()
            .map(|f| {
                json!({
                    "check": f.check,
                    "status": f.status.name(),
                    "count": f.count,
                    "summary": f.summary,
                    "details": f.details,
                })
            })
            .collect();
        print_json(&json!({
            "healthy": problems == 0,
            "problems": problems,
            "warnings": warnings,
            "checks": checks,
            "password_schemes": census.json(),
        }))?;
    } else {
        let mut t = table(&["check", "status", "finding"]);
        for f in &findings {
            let mut text = sanitize(&f.summary).into_owned();
            for detail in &f.details {
                text.push('\n');
                text.push_str(&sanitize(detail));
            }
            t.add_row(vec![f.check.to_string(), f.status.name().to_string(), text]);
        }
        print_table(&t)?;
        print_line(&if problems == 0 {
            format!("healthy ({warnings} warning(s))")
        } else {
            format!("{problems} problem(s), {warnings} warning(s)")
        })?;
    }
    Ok(if problems == 0 {
        Code::Success
    } else {
        Code::Unhealthy
    })
}

/// A check that could not run on a damaged file is itself a finding; only a
/// busy database stops doctor (its answer would say nothing about health).
fn guard(check: &'static str, outcome: Result<Finding>) -> Result<Finding> {
    match outcome {
        Ok(finding) => Ok(finding),
        Err(err) if classify(&err) == Code::Busy => Err(err),
        Err(err) => Ok(Finding::new(
            check,
            Status::Problem,
            format!(
                "could not be checked: {err}; stop the web app and restore the latest backup (or recover with `sqlite3 FILE .recover`)"
            ),
            Vec::new(),
        )),
    }
}

fn check_integrity(conn: &rusqlite::Connection, quick: bool) -> Result<Finding> {
    let check = "integrity";
    let errors = health::integrity_errors(conn, quick, SAMPLES as u32)?;
    let how = if quick {
        "quick_check"
    } else {
        "integrity_check"
    };
    if errors.is_empty() {
        return Ok(Finding::ok(check, format!("{how}: ok")));
    }
    Ok(Finding::problem(
        check,
        errors.len() as u64,
        format!("{how} found damage: stop the web app and restore the latest backup (or recover with `sqlite3 FILE .recover`)"),
        errors,
    ))
}

fn check_foreign_keys(conn: &rusqlite::Connection) -> Result<Finding> {
    let check = "foreign keys";
    let (total, first) = health::foreign_key_violations(conn, SAMPLES)?;
    if total == 0 {
        return Ok(Finding::ok(check, "every row's parent exists"));
    }
    Ok(Finding::problem(
        check,
        total,
        format!(
            "{total} row(s) refer to a missing parent: a writer ran without `PRAGMA foreign_keys = ON`; delete the orphans"
        ),
        first
            .iter()
            .map(|v| {
                let row = v.rowid.map_or_else(|| "?".to_string(), |id| id.to_string());
                format!("{} row {row} → missing {}", v.table, v.parent)
            })
            .collect(),
    ))
}

fn check_journal_mode(conn: &rusqlite::Connection) -> Result<Finding> {
    let check = "journal mode";
    let mode = health::journal_mode(conn)?;
    if mode.eq_ignore_ascii_case("wal") {
        return Ok(Finding::ok(check, "wal"));
    }
    Ok(Finding::problem(
        check,
        1,
        format!(
            "{mode}, not wal: readers and writers block each other; with the web app stopped run `sqlite3 FILE 'PRAGMA journal_mode=WAL'`"
        ),
        Vec::new(),
    ))
}

fn check_auth_ids(conn: &rusqlite::Connection) -> Result<Finding> {
    let check = "auth ids";
    let (total, first) = health::users_without_auth_id(conn, SAMPLES)?;
    if total == 0 {
        return Ok(Finding::ok(check, "every user has at least one"));
    }
    Ok(Finding::problem(
        check,
        total,
        format!(
            "{total} user(s) without any auth id: add one with `authctl user add-auth-id ID NAME` or delete them"
        ),
        vec![format!("user ids: {}", join_ids(&first, total))],
    ))
}

fn check_unique_values(conn: &rusqlite::Connection) -> Result<Finding> {
    let check = "unique values";
    let names = users::unique_property_names(conn)?;
    let mut details = Vec::new();
    let mut colliding = 0usize;
    for name in &names {
        for collision in users::property_collisions(conn, name)? {
            colliding += 1;
            if details.len() < SAMPLES {
                let ids = join_ids(&collision.user_ids, collision.user_ids.len() as u64);
                details.push(format!("{name} = '{}': users {ids}", collision.value));
            }
        }
    }
    if colliding == 0 {
        let declared = if names.is_empty() {
            "none declared".to_string()
        } else {
            names.join(", ")
        };
        return Ok(Finding::ok(
            check,
            format!("no value held by two users (unique: {declared})"),
        ));
    }
    Ok(Finding::problem(
        check,
        colliding as u64,
        format!(
            "{colliding} value(s) of unique properties held by more than one user: change all but one with `authctl user set`"
        ),
        details,
    ))
}

fn check_tokens(conn: &rusqlite::Connection) -> Result<Vec<Finding>> {
    let counts = tokens::counts_by_subject(conn, None, db::now())?;
    let unknown: Vec<&(String, u64, u64)> = counts
        .iter()
        .filter(|(s, _, _)| !tokens::SUBJECTS.contains(&s.as_str()))
        .collect();
    let subjects = if unknown.is_empty() {
        Finding::ok("token subjects", "all known")
    } else {
        let total: u64 = unknown.iter().map(|(_, n, _)| n).sum();
        Finding::problem(
            "token subjects",
            total,
            format!(
                "{total} token(s) with a subject other than {}: no reader accepts them; revoke them",
                tokens::SUBJECTS.join(", ")
            ),
            unknown
                .iter()
                .map(|(s, n, _)| format!("'{s}': {n}"))
                .collect(),
        )
    };

    let expired: u64 = counts.iter().map(|(_, _, e)| e).sum();
    let expiry = if expired == 0 {
        Finding::ok("expired tokens", "none awaiting purge")
    } else {
        Finding::warning(
            "expired tokens",
            expired,
            format!("{expired} expired token(s) await purge: run `authctl token purge`"),
            counts
                .iter()
                .filter(|(_, _, e)| *e > 0)
                .map(|(s, _, e)| format!("{s}: {e}"))
                .collect(),
        )
    };

    let not_digests = health::tokens_not_stored_as_digests(conn)?;
    let digests = if not_digests == 0 {
        Finding::ok("token digests", "every token stored as a SHA-256 digest")
    } else {
        Finding::warning(
            "token digests",
            not_digests,
            format!(
                "{not_digests} token(s) stored in another form than a lowercase hex SHA-256 digest (possibly the token itself); no reader following the contract matches them"
            ),
            Vec::new(),
        )
    };
    Ok(vec![subjects, expiry, digests])
}

/// How many users' password hashes fall under each scheme.
#[derive(Default)]
struct HashCensus {
    /// Users per category, in the order of `CATEGORIES`.
    counts: Vec<u64>,
    /// The first users with a plaintext or an unparseable hash.
    plaintext_users: Vec<UserId>,
    unparseable_users: Vec<UserId>,
}

/// Categories of the census, in report order.
const CATEGORIES: [&str; 14] = [
    "argon2id",
    "argon2id-weak",
    "argon2i",
    "bcrypt",
    "pbkdf2_sha256",
    "legacy-md5",
    "legacy-sha1",
    "legacy-sha224",
    "legacy-sha256",
    "legacy-sha384",
    "legacy-sha512",
    "legacy-plain",
    "unknown",
    "none",
];

/// Categories that upgrade to the policy at the next successful check.
const UPGRADABLE: [&str; 10] = [
    "argon2id-weak",
    "argon2i",
    "bcrypt",
    "pbkdf2_sha256",
    "legacy-md5",
    "legacy-sha1",
    "legacy-sha224",
    "legacy-sha256",
    "legacy-sha384",
    "legacy-sha512",
];

fn category(hash: StoredHash<'_>, policy: &Policy) -> &'static str {
    let text = match hash {
        StoredHash::Null => return "none",
        StoredHash::NotText => return "unknown",
        StoredHash::Text(text) => text,
    };
    let scheme = Scheme::of(text);
    match scheme {
        Scheme::Argon2 {
            variant: Argon2Variant::Id,
            ..
        } if policy.is_met_by(&scheme) => "argon2id",
        Scheme::Argon2 {
            variant: Argon2Variant::Id,
            ..
        } => "argon2id-weak",
        Scheme::Argon2 {
            variant: Argon2Variant::I,
            ..
        } => "argon2i",
        Scheme::Bcrypt { .. } => "bcrypt",
        Scheme::DjangoPbkdf2 { .. } => "pbkdf2_sha256",
        Scheme::Legacy(method) => match method {
            LegacyMethod::Md5 => "legacy-md5",
            LegacyMethod::Sha1 => "legacy-sha1",
            LegacyMethod::Sha224 => "legacy-sha224",
            LegacyMethod::Sha256 => "legacy-sha256",
            LegacyMethod::Sha384 => "legacy-sha384",
            LegacyMethod::Sha512 => "legacy-sha512",
            LegacyMethod::Plain => "legacy-plain",
        },
        Scheme::Unknown => "unknown",
    }
}

impl HashCensus {
    fn take(conn: &rusqlite::Connection, policy: &Policy) -> Result<HashCensus> {
        let mut census = HashCensus {
            counts: vec![0; CATEGORIES.len()],
            ..HashCensus::default()
        };
        health::for_each_password_hash(conn, |id, hash| {
            let name = category(hash, policy);
            let index = CATEGORIES
                .iter()
                .position(|c| *c == name)
                .expect("every category is listed");
            census.counts[index] += 1;
            let samples = match name {
                "legacy-plain" => &mut census.plaintext_users,
                "unknown" => &mut census.unparseable_users,
                _ => return,
            };
            if samples.len() < SAMPLES {
                samples.push(id);
            }
        })?;
        Ok(census)
    }

    fn count(&self, name: &str) -> u64 {
        CATEGORIES
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.counts.get(i).copied())
            // An empty census (the check could not run) counts nothing.
            .unwrap_or(0)
    }

    fn plaintext(&self) -> u64 {
        self.count("legacy-plain")
    }

    fn unparseable(&self) -> u64 {
        self.count("unknown")
    }

    fn json(&self) -> Value {
        let mut object = Map::new();
        for (name, n) in CATEGORIES.iter().zip(&self.counts) {
            object.insert((*name).to_string(), json!(n));
        }
        Value::Object(object)
    }

    fn finding(&self, policy: &Policy) -> Finding {
        let upgradable: u64 = UPGRADABLE.iter().map(|c| self.count(c)).sum();
        let breakdown = CATEGORIES
            .iter()
            .zip(&self.counts)
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| format!("{c}: {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut details = vec![if breakdown.is_empty() {
            "no users".to_string()
        } else {
            breakdown
        }];
        let (plaintext, unparseable) = (self.plaintext(), self.unparseable());
        if plaintext > 0 {
            details.push(format!(
                "PLAINTEXT passwords, user ids: {}",
                join_ids(&self.plaintext_users, plaintext)
            ));
        }
        if unparseable > 0 {
            details.push(format!(
                "unparseable hashes, user ids: {}",
                join_ids(&self.unparseable_users, unparseable)
            ));
        }
        let (status, summary) = if plaintext > 0 || unparseable > 0 {
            (
                Status::Problem,
                format!(
                    "{} plaintext and {} unparseable hash(es): those users cannot be protected or cannot log in; set new passwords with `authctl user set-password` or issue reset tokens",
                    plaintext, unparseable
                ),
            )
        } else if upgradable > 0 {
            (
                Status::Warning,
                format!(
                    "{upgradable} hash(es) weaker than the policy (argon2id m={},t={},p={}); each upgrades at the user's next successful login or `authctl user check-password`",
                    policy.memory_kib, policy.iterations, policy.parallelism
                ),
            )
        } else {
            (
                Status::Ok,
                format!(
                    "every hash meets the policy (argon2id m={},t={},p={})",
                    policy.memory_kib, policy.iterations, policy.parallelism
                ),
            )
        };
        let count = match status {
            Status::Problem => plaintext + unparseable,
            Status::Warning => upgradable,
            Status::Ok => 0,
        };
        Finding::new("password hashes", status, summary, details).counting(count)
    }
}

/// `1, 2, 3 and 7 more`.
fn join_ids(ids: &[UserId], total: u64) -> String {
    let mut text = ids
        .iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let more = total.saturating_sub(ids.len() as u64);
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    text
}
