//! `authctl import`: validate a whole file first, hash cleartext passwords in
//! parallel, then write every row in one transaction.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, IsTerminal};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result};
use serde_json::json;

use super::Ctx;
use crate::cli::{FileFormat, ImportArgs, OnConflict};
use crate::db::users::{self, Flag, NewUser};
use crate::db::{self, audit, UserId};
use crate::error::{fail, invalid, Code};
use crate::import::{self, Format, ImportRow, Problem};
use crate::output::{print_json, sanitize};
use crate::password::{self, Policy};

/// What to do with one valid row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Create,
    Update(UserId),
    Skip,
}

pub fn run(ctx: &Ctx, args: ImportArgs) -> Result<Code> {
    let policy = args.policy.policy()?;
    let format = match args.format {
        Some(FileFormat::Csv) => Format::Csv,
        Some(FileFormat::Jsonl) => Format::Jsonl,
        None if args.file.to_ascii_lowercase().ends_with(".csv") => Format::Csv,
        None => Format::Jsonl,
    };
    // Open the database before reading: a missing database is reported as such.
    let mut db = ctx.open()?;
    let parsed = if args.file == "-" {
        import::parse(format, io::stdin().lock())
    } else {
        let file = File::open(&args.file).map_err(|e| {
            invalid(format!(
                "cannot read {}: {e}; check the path",
                sanitize(&args.file)
            ))
        })?;
        import::parse(format, BufReader::new(file))
    };
    let mut problems = parsed.problems;
    let rows = parsed.rows;
    let plans = plan(&db.conn, &rows, args.on_conflict, &mut problems)?;
    if !problems.is_empty() {
        return Err(report_problems(ctx, &args.file, problems));
    }
    let count = |p: fn(&Plan) -> bool| plans.iter().filter(|x| p(x)).count();
    let created = count(|p| *p == Plan::Create);
    let updated = count(|p| matches!(p, Plan::Update(_)));
    let skipped = count(|p| *p == Plan::Skip);

    if args.dry_run {
        summary(ctx, true, created, updated, skipped)?;
        return Ok(Code::Success);
    }

    // Hash before taking the write lock: the lock is held only for inserts.
    let jobs = args
        .jobs
        .map(|j| j as usize)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let hashes = hash_passwords(ctx, &rows, &plans, &policy, jobs)?;

    let now = db::now();
    let tx = db.write()?;
    for (index, ((row, plan), hash)) in rows.iter().zip(&plans).zip(&hashes).enumerate() {
        if index == rows.len() / 2 {
            crate::pause::point("import-half-written");
        }
        let stored_hash = match (&row.password_hash, hash) {
            (Some(given), _) => Some(password::normalise_imported_hash(given)?),
            (None, Some(h)) => Some(h.clone()),
            (None, None) => None,
        };
        match *plan {
            Plan::Skip => continue,
            Plan::Create => {
                let user_id = users::insert_user(
                    &tx,
                    &NewUser {
                        password_hash: stored_hash.as_deref(),
                        verified: row.verified.unwrap_or(false),
                        disabled: row.disabled.unwrap_or(false),
                        created_at: row.created_at.unwrap_or(now),
                        updated_at: now,
                    },
                )?;
                for auth_id in &row.auth_ids {
                    users::add_auth_id(&tx, user_id, auth_id)?;
                }
                for (name, value) in row.properties.iter() {
                    users::set_property(&tx, user_id, name, value)?;
                }
                audit::record(
                    &tx,
                    &ctx.actor,
                    "user.import",
                    Some(user_id),
                    Some(&row_detail(row, "create")),
                )?;
            }
            Plan::Update(user_id) => {
                if let Some(verified) = row.verified {
                    users::set_flag(&tx, user_id, Flag::Verified, verified, now)?;
                }
                if let Some(disabled) = row.disabled {
                    users::set_flag(&tx, user_id, Flag::Disabled, disabled, now)?;
                }
                if stored_hash.is_some() {
                    users::set_password_hash(&tx, user_id, stored_hash.as_deref(), now)?;
                }
                for auth_id in &row.auth_ids {
                    if users::auth_id_owner(&tx, auth_id)?.is_none() {
                        users::add_auth_id(&tx, user_id, auth_id)?;
                    }
                }
                for (name, value) in row.properties.iter() {
                    users::set_property(&tx, user_id, name, value)?;
                }
                users::touch(&tx, user_id, now)?;
                audit::record(
                    &tx,
                    &ctx.actor,
                    "user.import",
                    Some(user_id),
                    Some(&row_detail(row, "update")),
                )?;
            }
        }
    }
    tx.commit()
        .context("writing the imported users failed; nothing was written")?;
    summary(ctx, false, created, updated, skipped)?;
    Ok(Code::Success)
}

/// Audit detail of a row: what changed, never a password or hash.
fn row_detail(row: &ImportRow, mode: &str) -> serde_json::Value {
    json!({
        "mode": mode,
        "line": row.line,
        "auth_ids": row.auth_ids,
        "properties": row.properties,
        "verified": row.verified,
        "disabled": row.disabled,
        "password": if row.password.is_some() { "given" } else if row.password_hash.is_some() { "hash" } else { "unchanged" },
    })
}

/// Decide each row's fate and find clashes inside the file and with the
/// database. Problems are appended; the plans of rows with problems are
/// never used because nothing is written then.
fn plan(
    conn: &rusqlite::Connection,
    rows: &[ImportRow],
    on_conflict: OnConflict,
    problems: &mut Vec<Problem>,
) -> Result<Vec<Plan>> {
    let unique_names = users::unique_property_names(conn)?;
    let mut auth_id_lines: HashMap<String, usize> = HashMap::new();
    let mut unique_value_lines: HashMap<(String, String), usize> = HashMap::new();
    let mut plans = Vec::with_capacity(rows.len());
    for row in rows {
        let line = row.line;
        for auth_id in &row.auth_ids {
            if let Some(first) = auth_id_lines.insert(auth_id.to_ascii_lowercase(), line) {
                problems.push(Problem::conflict(
                    line,
                    format!("auth id '{}' is also on line {first}", sanitize(auth_id)),
                ));
            }
        }
        for name in &unique_names {
            if let Some(value) = row.properties.get(name) {
                let key = (name.clone(), value.to_ascii_lowercase());
                if let Some(first) = unique_value_lines.insert(key, line) {
                    problems.push(Problem::conflict(
                        line,
                        format!(
                            "{name} '{}' is also on line {first}; {name} is unique",
                            sanitize(value)
                        ),
                    ));
                }
            }
        }

        let mut owners: Vec<(String, UserId)> = Vec::new();
        for auth_id in &row.auth_ids {
            if let Some(owner) = users::auth_id_owner(conn, auth_id)? {
                owners.push((auth_id.clone(), owner));
            }
        }
        let owner = owners.first().map(|(_, o)| *o);
        if owners.iter().any(|(_, o)| Some(*o) != owner) {
            let listed: Vec<String> = owners
                .iter()
                .map(|(a, o)| format!("'{}' → user {o}", sanitize(a)))
                .collect();
            problems.push(Problem::conflict(
                line,
                format!(
                    "auth ids belong to different users ({}); one row is one user",
                    listed.join(", ")
                ),
            ));
            plans.push(Plan::Skip);
            continue;
        }
        let plan = match (owner, on_conflict) {
            (None, _) => Plan::Create,
            (Some(_), OnConflict::Skip) => Plan::Skip,
            (Some(user), OnConflict::Update) => Plan::Update(user),
            (Some(user), OnConflict::Fail) => {
                problems.push(Problem::conflict(
                    line,
                    format!(
                        "auth id '{}' already belongs to user {user} (use --on-conflict skip or update)",
                        sanitize(&owners[0].0)
                    ),
                ));
                Plan::Skip
            }
        };
        if plan != Plan::Skip {
            let this_user = match plan {
                Plan::Update(user) => Some(user),
                _ => None,
            };
            for name in &unique_names {
                if let Some(value) = row.properties.get(name) {
                    if let Some(holder) = users::unique_value_holder(conn, name, value, this_user)?
                    {
                        problems.push(Problem::conflict(
                            line,
                            format!(
                                "{name} '{}' is already held by user {holder}",
                                sanitize(value)
                            ),
                        ));
                    }
                }
            }
        }
        plans.push(plan);
    }
    Ok(plans)
}

fn report_problems(ctx: &Ctx, file: &str, mut problems: Vec<Problem>) -> anyhow::Error {
    problems.sort_by_key(|p| p.line);
    let all_conflicts = problems.iter().all(|p| p.conflict);
    if ctx.out.json {
        let list: Vec<_> = problems
            .iter()
            .map(|p| json!({"line": p.line, "message": p.message, "conflict": p.conflict}))
            .collect();
        let _ = print_json(&json!({"imported": false, "problems": list}));
    } else if problems.len() > 1 {
        // Every problem on its own `file:line:` line, like a compiler; the
        // error line below sums them up.
        for p in &problems {
            eprintln!("authctl: {}:{}: {}", sanitize(file), p.line, p.message);
        }
    }
    let code = if all_conflicts {
        Code::Conflict
    } else {
        Code::InvalidInput
    };
    let message = if problems.len() == 1 {
        format!(
            "import refused: {}:{}: {}; nothing was written",
            sanitize(file),
            problems[0].line,
            problems[0].message
        )
    } else {
        format!(
            "import refused: {} problem(s) in {} (first on line {}); nothing was written",
            problems.len(),
            sanitize(file),
            problems[0].line
        )
    };
    fail(code, message)
}

/// Hash every cleartext password of rows that will be written, on `jobs`
/// threads that each reuse one argon2 memory block.
fn hash_passwords(
    ctx: &Ctx,
    rows: &[ImportRow],
    plans: &[Plan],
    policy: &Policy,
    jobs: usize,
) -> Result<Vec<Option<String>>> {
    let work: Vec<usize> = (0..rows.len())
        .filter(|&i| plans[i] != Plan::Skip && rows[i].password.is_some())
        .collect();
    let mut hashes: Vec<Option<String>> = vec![None; rows.len()];
    if work.is_empty() {
        return Ok(hashes);
    }
    let progress = if io::stderr().is_terminal() && !ctx.out.quiet && !ctx.out.json {
        indicatif::ProgressBar::new(work.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template("hashing {bar:40} {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let next = AtomicUsize::new(0);
    let jobs = jobs.clamp(1, work.len());
    let results: Vec<Result<Vec<(usize, String)>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| -> Result<Vec<(usize, String)>> {
                    let mut workspace = policy.workspace()?;
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&row_index) = work.get(k) else { break };
                        let password = rows[row_index].password.as_ref().expect("filtered");
                        done.push((row_index, workspace.hash(password)?));
                        progress.inc(1);
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a hashing thread panicked")))
            })
            .collect()
    });
    progress.finish_and_clear();
    for result in results {
        for (row_index, hash) in result? {
            hashes[row_index] = Some(hash);
        }
    }
    Ok(hashes)
}

fn summary(ctx: &Ctx, dry_run: bool, created: usize, updated: usize, skipped: usize) -> Result<()> {
    if ctx.out.json {
        print_json(&json!({
            "dry_run": dry_run,
            "created": created,
            "updated": updated,
            "skipped": skipped,
        }))?;
    }
    let prefix = if dry_run {
        "dry run, nothing written: would have "
    } else {
        ""
    };
    ctx.out.note(&format!(
        "{prefix}created {created}, updated {updated}, skipped {skipped}"
    ));
    Ok(())
}
