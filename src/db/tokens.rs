//! Queries over user_tokens. Only digests are ever stored or looked up.

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

use super::conditions::Conditions;
use super::UserId;

/// The subjects the schema's CHECK constraint allows, in display order.
pub const SUBJECTS: [&str; 4] = ["auth", "signup", "reset", "bearer"];

/// A token row; there is no token string to show, only its digest.
#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub id: i64,
    pub user_id: UserId,
    pub subject: String,
    pub created_at: i64,
    pub expires_at: i64,
}

pub fn insert(
    conn: &Connection,
    user: UserId,
    subject: &str,
    token_digest: &str,
    created_at: i64,
    expires_at: i64,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO user_tokens (user_id, subject, token_hash, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user.0, subject, token_digest, created_at, expires_at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Delete a user's tokens of the given subjects (none when the list is empty).
pub fn delete_for_user(conn: &Connection, user: UserId, subjects: &[&str]) -> Result<u64> {
    let mut stmt =
        conn.prepare_cached("DELETE FROM user_tokens WHERE user_id = ?1 AND subject = ?2")?;
    let mut total = 0;
    for subject in subjects {
        total += stmt.execute(params![user.0, subject])?;
    }
    Ok(total as u64)
}

/// Delete every token of a user.
pub fn delete_all_for_user(conn: &Connection, user: UserId) -> Result<u64> {
    Ok(conn.execute("DELETE FROM user_tokens WHERE user_id = ?1", [user.0])? as u64)
}

/// The row of a token digest, whatever its owner, subject or expiry.
pub fn find_by_digest(conn: &Connection, token_digest: &str) -> Result<Option<TokenRecord>> {
    Ok(conn
        .query_row(
            &format!("SELECT {TOKEN_COLUMNS} FROM user_tokens WHERE token_hash = ?1"),
            [token_digest],
            token_from_row,
        )
        .optional()?)
}

pub fn find_by_id(conn: &Connection, id: i64) -> Result<Option<TokenRecord>> {
    Ok(conn
        .query_row(
            &format!("SELECT {TOKEN_COLUMNS} FROM user_tokens WHERE id = ?1"),
            [id],
            token_from_row,
        )
        .optional()?)
}

pub fn delete_by_id(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM user_tokens WHERE id = ?1", [id])? > 0)
}

/// The columns `token_from_row` reads, in its order.
const TOKEN_COLUMNS: &str = "id, user_id, subject, created_at, expires_at";

fn token_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRecord> {
    Ok(TokenRecord {
        id: row.get(0)?,
        user_id: UserId(row.get(1)?),
        subject: row.get(2)?,
        created_at: row.get(3)?,
        expires_at: row.get(4)?,
    })
}

/// Per subject: (subject, all tokens, expired tokens), for one user or all.
pub fn counts_by_subject(
    conn: &Connection,
    user: Option<UserId>,
    now: i64,
) -> Result<Vec<(String, u64, u64)>> {
    // Two statements, not `?1 IS NULL OR user_id = ?1`: SQLite plans a
    // statement once, and the OR form scans every token even for one user.
    let read = |r: &rusqlite::Row<'_>| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)? as u64,
            r.get::<_, i64>(2)? as u64,
        ))
    };
    let found: Vec<(String, u64, u64)> = match user {
        Some(user) => conn
            .prepare_cached(
                "SELECT subject, count(*), sum(expires_at <= ?2) FROM user_tokens
                 WHERE user_id = ?1 GROUP BY subject",
            )?
            .query_map(params![user.0, now], read)?
            .collect::<rusqlite::Result<_>>()?,
        None => conn
            .prepare_cached(
                "SELECT subject, count(*), sum(expires_at <= ?1) FROM user_tokens GROUP BY subject",
            )?
            .query_map(params![now], read)?
            .collect::<rusqlite::Result<_>>()?,
    };
    // Every known subject appears, in a fixed order, even with no tokens.
    let mut counts: Vec<(String, u64, u64)> = SUBJECTS
        .iter()
        .map(|s| {
            found
                .iter()
                .find(|(subject, _, _)| subject == s)
                .cloned()
                .unwrap_or(((*s).to_string(), 0, 0))
        })
        .collect();
    counts.extend(
        found
            .into_iter()
            .filter(|(s, _, _)| !SUBJECTS.contains(&s.as_str())),
    );
    Ok(counts)
}

/// Selects tokens for `token list`.
#[derive(Debug, Default, Clone)]
pub struct TokenFilter {
    pub user: Option<UserId>,
    pub subject: Option<String>,
    /// Some(true): expired only; Some(false): valid only.
    pub expired: Option<bool>,
}

pub fn for_each(
    conn: &Connection,
    filter: &TokenFilter,
    now: i64,
    mut each: impl FnMut(TokenRecord) -> Result<()>,
) -> Result<()> {
    let mut c = Conditions::default();
    if let Some(user) = filter.user {
        let p = c.bind(user.0);
        c.require(format!("user_id = {p}"));
    }
    if let Some(subject) = &filter.subject {
        let p = c.bind(subject.clone());
        c.require(format!("subject = {p}"));
    }
    if let Some(expired) = filter.expired {
        let p = c.bind(now);
        let op = if expired { "<=" } else { ">" };
        c.require(format!("expires_at {op} {p}"));
    }
    let sql = format!(
        "SELECT {TOKEN_COLUMNS} FROM user_tokens {} ORDER BY id",
        c.where_sql()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(c.args())?;
    while let Some(row) = rows.next()? {
        each(token_from_row(row)?)?;
    }
    Ok(())
}

/// Expired tokens per subject (for `purge --dry-run`).
pub fn expired_counts(
    conn: &Connection,
    subject: Option<&str>,
    now: i64,
) -> Result<std::collections::BTreeMap<String, u64>> {
    let mut stmt = conn.prepare(
        "SELECT subject, count(*) FROM user_tokens
         WHERE expires_at <= ?1 AND (?2 IS NULL OR subject = ?2)
         GROUP BY subject",
    )?;
    let rows = stmt.query_map(params![now, subject], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Delete up to `limit` expired tokens with ids above `after`, in id order,
/// and return how many per subject and the highest id deleted.
///
/// Id order, not expiry order: expiry is uncorrelated with where a row sits,
/// so deleting by expiry dirties pages all over the table in every batch and
/// rewrites each page many times; walking ids dirties each table page once.
pub fn delete_expired_batch(
    conn: &Connection,
    subject: Option<&str>,
    now: i64,
    after: i64,
    limit: u32,
) -> Result<(std::collections::BTreeMap<String, u64>, Option<i64>)> {
    // `+expires_at` keeps the planner on the rowid range, not the expiry index.
    let mut stmt = conn.prepare_cached(
        "DELETE FROM user_tokens WHERE id IN (
             SELECT id FROM user_tokens
             WHERE id > ?4 AND +expires_at <= ?1 AND (?2 IS NULL OR subject = ?2)
             ORDER BY id
             LIMIT ?3)
         RETURNING id, subject",
    )?;
    let mut counts = std::collections::BTreeMap::new();
    let mut last = None;
    let mut rows = stmt.query(params![now, subject, limit, after])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        last = Some(last.map_or(id, |l: i64| l.max(id)));
        *counts.entry(row.get::<_, String>(1)?).or_insert(0) += 1;
    }
    Ok((counts, last))
}

/// Whether any token has expired (answered from the expires_at index, so the
/// daily cron run with nothing to do never scans the table).
pub fn any_expired(conn: &Connection, subject: Option<&str>, now: i64) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM user_tokens WHERE expires_at <= ?1 AND (?2 IS NULL OR subject = ?2) LIMIT 1",
            params![now, subject],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}
