//! The audit log: one row per change, written in the change's transaction.

use anyhow::Result;
use rusqlite::{params, Connection};
use serde_json::Value;

use super::conditions::Conditions;
use super::UserId;

/// Append one audit row. `detail` must never hold a password, hash or token.
pub fn record(
    conn: &Connection,
    actor: &str,
    action: &str,
    user_id: Option<UserId>,
    detail: Option<&Value>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, user_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            super::now(),
            actor,
            action,
            user_id.map(|id| id.0),
            detail.map(Value::to_string)
        ],
    )?;
    Ok(())
}

/// One audit row as stored.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub user_id: Option<UserId>,
    pub detail: Option<String>,
}

/// Filters for reading the log, newest first.
#[derive(Debug, Default)]
pub struct AuditQuery {
    pub user_id: Option<UserId>,
    pub action: Option<String>,
    pub since: Option<i64>,
    pub limit: Option<u64>,
}

pub fn list(conn: &Connection, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
    let mut c = Conditions::default();
    if let Some(user) = query.user_id {
        let p = c.bind(user.0);
        c.require(format!("user_id = {p}"));
    }
    if let Some(action) = &query.action {
        let p = c.bind(action.clone());
        c.require(format!("action = {p}"));
    }
    if let Some(since) = query.since {
        let p = c.bind(since);
        c.require(format!("at >= {p}"));
    }
    let limit = c.bind_limit(query.limit);
    let mut stmt = conn.prepare(&format!(
        "SELECT id, at, actor, action, user_id, detail FROM audit_log {}
         ORDER BY id DESC LIMIT {limit}",
        c.where_sql()
    ))?;
    let rows = stmt.query_map(c.args(), |row| {
        Ok(AuditEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            user_id: row.get::<_, Option<i64>>(4)?.map(UserId),
            detail: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Rewrite the detail of a row this run wrote (purge keeps one row current).
pub fn update_detail(conn: &Connection, id: i64, detail: &Value) -> Result<()> {
    conn.execute(
        "UPDATE audit_log SET detail = ?2, at = ?3 WHERE id = ?1",
        params![id, detail.to_string(), super::now()],
    )?;
    Ok(())
}
