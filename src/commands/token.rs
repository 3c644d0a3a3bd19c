//! `authctl token …`: issue, check, list, revoke and purge tokens.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use rusqlite::Connection;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::{resolve_user, Ctx};
use crate::cli::{
    ListFormat, TokenCheckArgs, TokenCommand, TokenIssueArgs, TokenListArgs, TokenPurgeArgs,
    TokenRevokeArgs,
};
use crate::db::tokens::{self, TokenFilter, TokenRecord};
use crate::db::{self, audit, UserId};
use crate::error::{check_failed, invalid, not_found, Code};
use crate::output::{human_time, print_json, print_line, print_table, rfc3339, table};
use crate::token;

pub fn run(ctx: &Ctx, command: TokenCommand) -> Result<Code> {
    match command {
        TokenCommand::Issue(args) => issue(ctx, args),
        TokenCommand::Check(args) => check(ctx, args),
        TokenCommand::List(args) => list(ctx, args),
        TokenCommand::Revoke(args) => revoke(ctx, args),
        TokenCommand::Purge(args) => purge(ctx, args),
    }
}

/// A token to issue inside a caller's transaction.
pub struct IssueRequest {
    pub subject: &'static str,
    pub ttl_seconds: i64,
    /// Keep the user's earlier tokens of this subject.
    pub keep_existing: bool,
}

/// A freshly issued token: the only time the token string exists.
pub struct Issued {
    pub id: i64,
    pub token: Zeroizing<String>,
    pub expires_at: i64,
    pub replaced: u64,
}

/// Generate and store a token; earlier signup or reset tokens of the user are
/// replaced unless the request keeps them.
pub fn issue_token(
    conn: &Connection,
    user: UserId,
    request: &IssueRequest,
    now: i64,
) -> Result<Issued> {
    let replaced = if request.keep_existing || !matches!(request.subject, "signup" | "reset") {
        0
    } else {
        tokens::delete_for_user(conn, user, &[request.subject])?
    };
    let token_string = token::generate();
    let expires_at = now + request.ttl_seconds;
    let id = tokens::insert(
        conn,
        user,
        request.subject,
        &token::digest(&token_string),
        now,
        expires_at,
    )?;
    Ok(Issued {
        id,
        token: token_string,
        expires_at,
        replaced,
    })
}

/// The token row when `token_string` is a valid token of `user` with
/// `subject` (unexpired), or None.
pub fn find_valid_token(
    conn: &Connection,
    user: UserId,
    token_string: &str,
    subject: &str,
    now: i64,
) -> Result<Option<TokenRecord>> {
    Ok(tokens::find_by_digest(conn, &token::digest(token_string))?
        .filter(|t| t.user_id == user && t.subject == subject && now < t.expires_at))
}

/// Use up a valid token: delete it and return its row, or None.
pub fn consume_token(
    conn: &Connection,
    user: UserId,
    token_string: &str,
    subject: &str,
    now: i64,
) -> Result<Option<TokenRecord>> {
    let found = find_valid_token(conn, user, token_string, subject, now)?;
    if let Some(t) = &found {
        tokens::delete_by_id(conn, t.id)?;
    }
    Ok(found)
}

fn issue(ctx: &Ctx, args: TokenIssueArgs) -> Result<Code> {
    let subject = args.subject.as_str();
    let Some(default_ttl) = token::default_ttl_seconds(subject) else {
        return Err(invalid(
            "auth tokens are login sessions written by the web app; authctl issues signup, reset and bearer tokens (revoke sessions with `authctl token revoke USER --subject auth`)",
        ));
    };
    let ttl_seconds = args
        .ttl
        .as_deref()
        .map(token::parse_ttl)
        .transpose()?
        .unwrap_or(default_ttl);
    if let Some(template) = &args.url {
        token::check_template(template)?;
    }
    let mut db = ctx.open()?;
    let tx = db.write()?;
    let user_id = resolve_user(&tx, &args.user)?;
    let now = db::now();
    let request = IssueRequest {
        subject,
        ttl_seconds,
        keep_existing: args.keep_existing,
    };
    let issued = issue_token(&tx, user_id, &request, now)?;
    audit::record(
        &tx,
        &ctx.actor,
        "token.issue",
        Some(user_id),
        Some(&json!({
            "token_id": issued.id,
            "subject": subject,
            "expires_at": rfc3339(issued.expires_at),
            "replaced": issued.replaced,
        })),
    )?;
    tx.commit()?;

    let url = args
        .url
        .as_deref()
        .map(|t| token::render_url(t, user_id.0, &issued.token, subject));
    if ctx.out.json {
        print_json(&json!({
            "user_id": user_id.0,
            "subject": subject,
            "token": issued.token.as_str(),
            "url": url,
            "created_at": rfc3339(now),
            "expires_at": rfc3339(issued.expires_at),
        }))?;
    } else {
        print_line(url.as_deref().unwrap_or(&issued.token))?;
    }
    ctx.out.note(&format!(
        "{subject} token for user {user_id} expires {} UTC; it is not shown again{}",
        human_time(issued.expires_at),
        if issued.replaced > 0 {
            format!(" ({} earlier one(s) replaced)", issued.replaced)
        } else {
            String::new()
        }
    ));
    Ok(Code::Success)
}

fn check(ctx: &Ctx, args: TokenCheckArgs) -> Result<Code> {
    let subject = args.subject.as_str();
    let mut db = ctx.open()?;
    let now = db::now();
    let (user_id, valid) = if args.consume {
        let tx = db.write()?;
        let user_id = resolve_user(&tx, &args.user)?;
        let used = consume_token(&tx, user_id, &args.token, subject, now)?;
        if let Some(t) = &used {
            audit::record(
                &tx,
                &ctx.actor,
                "token.consume",
                Some(user_id),
                Some(&json!({"token_id": t.id, "subject": subject})),
            )?;
        }
        tx.commit()?;
        (user_id, used)
    } else {
        let user_id = resolve_user(&db.conn, &args.user)?;
        let valid = find_valid_token(&db.conn, user_id, &args.token, subject, now)?;
        (user_id, valid)
    };
    if ctx.out.json {
        print_json(&json!({
            "user_id": user_id.0,
            "subject": subject,
            "valid": valid.is_some(),
            "consumed": args.consume && valid.is_some(),
            "expires_at": valid.as_ref().map(|t| rfc3339(t.expires_at)),
        }))?;
    }
    match valid {
        Some(t) => {
            ctx.out.note(&format!(
                "valid {subject} token of user {user_id}, expires {} UTC{}",
                human_time(t.expires_at),
                if args.consume { " (now used up)" } else { "" }
            ));
            Ok(Code::Success)
        }
        None if ctx.out.json => Ok(Code::CheckFailed),
        None => Err(check_failed(format!(
            "not a valid {subject} token of user {user_id} (unknown, expired, used, or of another user or subject)"
        ))),
    }
}

fn token_object(t: &TokenRecord, now: i64) -> Value {
    json!({
        "id": t.id,
        "user_id": t.user_id.0,
        "subject": t.subject,
        "created_at": rfc3339(t.created_at),
        "expires_at": rfc3339(t.expires_at),
        "state": state(t, now),
    })
}

fn state(t: &TokenRecord, now: i64) -> &'static str {
    if now < t.expires_at {
        "valid"
    } else {
        "expired"
    }
}

fn list(ctx: &Ctx, args: TokenListArgs) -> Result<Code> {
    let db = ctx.open()?;
    let user = args
        .user
        .as_deref()
        .map(|u| resolve_user(&db.conn, u))
        .transpose()?;
    let filter = TokenFilter {
        user,
        subject: args.subject.map(|s| s.as_str().to_string()),
        expired: match (args.expired, args.valid) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
    };
    let now = db::now();
    let format = args.format.unwrap_or(if ctx.out.json {
        ListFormat::Json
    } else {
        ListFormat::Table
    });
    match format {
        ListFormat::Table => {
            let mut t = table(&[
                "id",
                "user",
                "subject",
                "created (UTC)",
                "expires (UTC)",
                "state",
            ]);
            let mut rows = 0u64;
            tokens::for_each(&db.conn, &filter, now, |tok| {
                rows += 1;
                t.add_row(vec![
                    tok.id.to_string(),
                    tok.user_id.to_string(),
                    tok.subject.clone(),
                    human_time(tok.created_at),
                    human_time(tok.expires_at),
                    state(&tok, now).to_string(),
                ]);
                Ok(())
            })?;
            if rows > 0 {
                print_table(&t)?;
            }
            ctx.out.note(&format!("{rows} token(s)"));
        }
        ListFormat::Json => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            out.write_all(b"[")?;
            let mut first = true;
            tokens::for_each(&db.conn, &filter, now, |tok| {
                out.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                serde_json::to_writer(&mut out, &token_object(&tok, now))?;
                Ok(())
            })?;
            out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
            out.flush()?;
        }
        ListFormat::Ndjson => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            tokens::for_each(&db.conn, &filter, now, |tok| {
                serde_json::to_writer(&mut out, &token_object(&tok, now))?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
        }
        ListFormat::Csv => {
            let mut writer = csv::Writer::from_writer(io::BufWriter::new(io::stdout().lock()));
            writer.write_record([
                "id",
                "user_id",
                "subject",
                "created_at",
                "expires_at",
                "state",
            ])?;
            tokens::for_each(&db.conn, &filter, now, |tok| {
                writer.write_record([
                    tok.id.to_string(),
                    tok.user_id.to_string(),
                    tok.subject.clone(),
                    rfc3339(tok.created_at),
                    rfc3339(tok.expires_at),
                    state(&tok, now).to_string(),
                ])?;
                Ok(())
            })?;
            writer.flush()?;
        }
    }
    Ok(Code::Success)
}

fn revoke(ctx: &Ctx, args: TokenRevokeArgs) -> Result<Code> {
    let mut db = ctx.open()?;
    let tx = db.write()?;
    let (user_id, revoked, detail) = if let Some(id) = args.id {
        let t = tokens::find_by_id(&tx, id)?.ok_or_else(|| {
            not_found(format!("no token with id {id} (see `authctl token list`)"))
        })?;
        tokens::delete_by_id(&tx, id)?;
        (t.user_id, 1, json!({"token_id": id, "subject": t.subject}))
    } else if let Some(token_string) = &args.token {
        let t = tokens::find_by_digest(&tx, &token::digest(token_string))?
            .ok_or_else(|| not_found("no such token (unknown or already revoked)"))?;
        tokens::delete_by_id(&tx, t.id)?;
        (
            t.user_id,
            1,
            json!({"token_id": t.id, "subject": t.subject}),
        )
    } else {
        let user_text = args.user.as_deref().unwrap_or_default();
        let user_id = resolve_user(&tx, user_text)?;
        let n = match args.subject {
            Some(subject) => tokens::delete_for_user(&tx, user_id, &[subject.as_str()])?,
            None => tokens::delete_all_for_user(&tx, user_id)?,
        };
        (
            user_id,
            n,
            json!({"subject": args.subject.map(|s| s.as_str()), "count": n}),
        )
    };
    if revoked > 0 {
        audit::record(
            &tx,
            &ctx.actor,
            "token.revoke",
            Some(user_id),
            Some(&detail),
        )?;
    }
    tx.commit()?;
    if ctx.out.json {
        print_json(&json!({"user_id": user_id.0, "revoked": revoked}))?;
    }
    ctx.out
        .note(&format!("revoked {revoked} token(s) of user {user_id}"));
    Ok(Code::Success)
}

/// How long one purge transaction should hold the write lock; batches grow
/// or shrink toward it, so the web app never waits long for its own writes.
const PURGE_TARGET_HOLD: Duration = Duration::from_millis(70);
const PURGE_FIRST_BATCH: u32 = 500;
/// The least time between two batches in which the web app can write.
const PURGE_MIN_GAP: Duration = Duration::from_millis(15);

/// Counts per subject, as the audit row and the summary show them.
type Counts = BTreeMap<String, u64>;

fn purge(ctx: &Ctx, args: TokenPurgeArgs) -> Result<Code> {
    let subject = args.subject.map(|s| s.as_str());
    let mut db = ctx.open()?;
    let now = db::now();
    if args.dry_run {
        let counts = db::tokens::expired_counts(&db.conn, subject, now)?;
        report_purge(ctx, &counts, true, true, 0, Duration::ZERO)?;
        return Ok(Code::Success);
    }
    // Checkpoints happen between batches, never inside one; a larger cache
    // keeps the index pages of the whole run in memory.
    db.conn
        .execute_batch("PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -65536;")?;
    let mut counts = Counts::new();
    let mut batch_size = PURGE_FIRST_BATCH.min(args.batch_size);
    let mut batches = 0u64;
    let mut audit_id: Option<i64> = None;
    let mut longest_hold = Duration::ZERO;
    let mut after = 0i64;
    if !db::tokens::any_expired(&db.conn, subject, now)? {
        report_purge(ctx, &counts, false, true, 0, longest_hold)?;
        return Ok(Code::Success);
    }
    let outcome = (|| -> Result<()> {
        loop {
            let tx = db.write()?;
            let started = Instant::now();
            let (deleted, last_id) =
                db::tokens::delete_expired_batch(&tx, subject, now, after, batch_size)?;
            after = last_id.unwrap_or(after);
            let in_batch: u64 = deleted.values().sum();
            for (s, n) in deleted {
                *counts.entry(s).or_default() += n;
            }
            // One audit row per run, kept current in every batch, so a run
            // stopped by a busy database is still recorded truthfully.
            if in_batch > 0 {
                let detail = json!({"deleted": counts, "batches": batches + 1, "subject": subject});
                audit_id = Some(match audit_id {
                    None => {
                        audit::record(&tx, &ctx.actor, "token.purge", None, Some(&detail))?;
                        tx.last_insert_rowid()
                    }
                    Some(id) => {
                        audit::update_detail(&tx, id, &detail)?;
                        id
                    }
                });
            }
            crate::pause::point("purge-before-commit");
            tx.commit()?;
            let held = started.elapsed();
            longest_hold = longest_hold.max(held);
            batches += 1;
            // Between batches, outside the write lock: checkpoint (keeps the
            // WAL small) and so leave the web app a window to take the lock;
            // SQLite's busy handler polls with growing sleeps, and a writer
            // that never sees a gap would wait out the whole run.
            let _ = db.conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE)");
            let gap = PURGE_MIN_GAP.saturating_sub(started.elapsed().saturating_sub(held));
            std::thread::sleep(gap);
            if (in_batch as u32) < batch_size {
                return Ok(());
            }
            batch_size = next_batch_size(batch_size, held, args.batch_size);
        }
    })();
    let _ = db
        .conn
        .execute_batch("PRAGMA wal_checkpoint(PASSIVE); PRAGMA wal_autocheckpoint = 1000");
    let complete = outcome.is_ok();
    if let Err(err) = outcome {
        let total: u64 = counts.values().sum();
        if !ctx.out.quiet {
            eprintln!(
                "authctl: purge stopped after {batches} batch(es) and {total} deleted token(s); the batches done are kept"
            );
        }
        if ctx.out.json {
            report_purge(ctx, &counts, false, false, batches, longest_hold)?;
        }
        return Err(err);
    }
    report_purge(ctx, &counts, false, complete, batches, longest_hold)?;
    Ok(Code::Success)
}

/// Scale the batch toward the target hold time, within [100, max]; growth is
/// capped at 1.5× per step so one batch cannot overshoot the target by much.
fn next_batch_size(current: u32, held: Duration, max: u32) -> u32 {
    let held_us = held.as_micros().max(1) as f64;
    let target_us = PURGE_TARGET_HOLD.as_micros() as f64;
    let scaled =
        (current as f64 * (target_us / held_us)).clamp(current as f64 / 2.0, current as f64 * 1.5);
    (scaled as u32).clamp(100.min(max), max)
}

fn report_purge(
    ctx: &Ctx,
    counts: &Counts,
    dry_run: bool,
    complete: bool,
    batches: u64,
    longest_hold: Duration,
) -> Result<()> {
    let total: u64 = counts.values().sum();
    if ctx.out.json {
        print_json(&json!({
            "dry_run": dry_run,
            "complete": complete,
            "total": total,
            "deleted": counts,
            "batches": batches,
            // Longest write transaction (BEGIN IMMEDIATE to COMMIT), checkpoints excluded.
            "longest_batch_ms": longest_hold.as_secs_f64() * 1000.0,
        }))?;
        return Ok(());
    }
    if ctx.out.quiet {
        return Ok(());
    }
    let per_subject: Vec<String> = counts.iter().map(|(s, n)| format!("{s} {n}")).collect();
    let verb = if dry_run { "would purge" } else { "purged" };
    let detail = if per_subject.is_empty() {
        String::new()
    } else {
        format!(" ({})", per_subject.join(", "))
    };
    print_line(&format!("{verb} {total} expired token(s){detail}"))
}
