//! `authctl info`: where the database is, its version and settings, counts.

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::db::{self, tokens, users};
use crate::error::Code;
use crate::output::{add_token_count_rows, print_json, print_table, table, token_counts_json};

pub fn run(ctx: &Ctx) -> Result<Code> {
    let db = ctx.open()?;
    let conn = &db.conn;
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let journal_mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    let file_size = std::fs::metadata(&db.path).map(|m| m.len()).unwrap_or(0);
    // One read transaction, so every count describes the same moment.
    conn.execute_batch("BEGIN")?;
    let stats = users::stats(conn)?;
    let token_counts = tokens::counts_by_subject(conn, None, db::now())?;
    conn.execute_batch("COMMIT")?;

    if ctx.out.json {
        print_json(&json!({
            "path": db.path.display().to_string(),
            "schema_version": version,
            "journal_mode": journal_mode,
            "file_size": file_size,
            "users": {
                "total": stats.users,
                "verified": stats.verified,
                "disabled": stats.disabled,
                "without_password": stats.without_password,
            },
            "auth_ids": stats.auth_ids,
            "tokens": token_counts_json(&token_counts),
        }))?;
        return Ok(Code::Success);
    }

    let mut t = table(&[]);
    t.add_row(vec!["path".to_string(), db.path.display().to_string()]);
    t.add_row(vec!["schema version".to_string(), version.to_string()]);
    t.add_row(vec!["journal mode".to_string(), journal_mode]);
    t.add_row(vec!["file size".to_string(), format!("{file_size} bytes")]);
    t.add_row(vec!["users".to_string(), stats.users.to_string()]);
    t.add_row(vec!["  verified".to_string(), stats.verified.to_string()]);
    t.add_row(vec!["  disabled".to_string(), stats.disabled.to_string()]);
    t.add_row(vec![
        "  without password".to_string(),
        stats.without_password.to_string(),
    ]);
    t.add_row(vec!["auth ids".to_string(), stats.auth_ids.to_string()]);
    add_token_count_rows(&mut t, &token_counts);
    print_table(&t)?;
    Ok(Code::Success)
}
