//! Read-only queries behind `authctl doctor`: the checks SQLite can run on
//! itself and the invariants a web app writing the file directly (or a hand
//! edit with the triggers dropped) could have broken.

use anyhow::Result;
use rusqlite::Connection;

use super::UserId;

/// `PRAGMA integrity_check` (or the faster `quick_check`, which skips index
/// contents): the messages, or nothing when the file is sound.
pub fn integrity_errors(conn: &Connection, quick: bool, max: u32) -> Result<Vec<String>> {
    let pragma = if quick {
        "quick_check"
    } else {
        "integrity_check"
    };
    let mut stmt = conn.prepare(&format!("PRAGMA {pragma}({max})"))?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if rows == ["ok"] {
        return Ok(Vec::new());
    }
    // SQLite may put several messages into one row, separated by newlines.
    Ok(rows
        .iter()
        .flat_map(|row| row.lines())
        .filter(|line| !line.trim().is_empty())
        .take(max as usize)
        .map(str::to_string)
        .collect())
}

/// A row whose foreign key names a parent row that does not exist.
#[derive(Debug, Clone)]
pub struct FkViolation {
    pub table: String,
    pub rowid: Option<i64>,
    pub parent: String,
}

/// Run `sql`, count every row and keep the first `max`, mapped by `read`:
/// a report needs the true total but only a few examples.
fn count_and_sample<T>(
    conn: &Connection,
    sql: &str,
    max: usize,
    read: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<(u64, Vec<T>)> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut total = 0u64;
    let mut first = Vec::new();
    while let Some(row) = rows.next()? {
        total += 1;
        if first.len() < max {
            first.push(read(row)?);
        }
    }
    Ok((total, first))
}

/// Every foreign-key violation counted; the first `max` returned.
pub fn foreign_key_violations(conn: &Connection, max: usize) -> Result<(u64, Vec<FkViolation>)> {
    count_and_sample(conn, "PRAGMA foreign_key_check", max, |row| {
        Ok(FkViolation {
            table: row.get(0)?,
            rowid: row.get(1)?,
            parent: row.get(2)?,
        })
    })
}

/// The journal mode, read without changing it.
pub fn journal_mode(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?)
}

/// Users nobody can log in as or name by login: no auth id at all.
pub fn users_without_auth_id(conn: &Connection, max: usize) -> Result<(u64, Vec<UserId>)> {
    count_and_sample(
        conn,
        "SELECT u.id FROM users AS u
         WHERE NOT EXISTS (SELECT 1 FROM auth_ids AS a WHERE a.user_id = u.id)
         ORDER BY u.id",
        max,
        |row| Ok(UserId(row.get(0)?)),
    )
}

/// Tokens whose token_hash is not a lowercase hex SHA-256: a writer that
/// stored the token itself (a secret at rest) or something else entirely.
pub fn tokens_not_stored_as_digests(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM user_tokens
         WHERE length(token_hash) <> 64 OR token_hash GLOB '*[^0-9a-f]*'",
        [],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

/// A password_hash cell as found: SQLite lets a direct writer store any type.
#[derive(Debug, Clone, Copy)]
pub enum StoredHash<'a> {
    Null,
    Text(&'a str),
    /// A number, a blob, or text that is not UTF-8.
    NotText,
}

/// Call `visit` with every user's id and password hash, in id order, without
/// holding more than one row in memory.
pub fn for_each_password_hash(
    conn: &Connection,
    mut visit: impl FnMut(UserId, StoredHash<'_>),
) -> Result<()> {
    use rusqlite::types::ValueRef;
    let mut stmt = conn.prepare("SELECT id, password_hash FROM users ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let id = UserId(row.get(0)?);
        let hash = match row.get_ref(1)? {
            ValueRef::Null => StoredHash::Null,
            ValueRef::Text(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => StoredHash::Text(text),
                Err(_) => StoredHash::NotText,
            },
            _ => StoredHash::NotText,
        };
        visit(id, hash);
    }
    Ok(())
}
