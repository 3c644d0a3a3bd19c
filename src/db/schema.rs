//! Versioned, append-only migrations keyed on `PRAGMA user_version`.
//!
//! `MIGRATIONS[i]` takes a database from version `i` to `i + 1`. Never edit a
//! released entry: add a new one, so every older file upgrades the same way.

use anyhow::{Context, Result};
use rusqlite::Transaction;

/// The SQL of each migration, in order.
pub const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_initial.sql")];

/// The schema version this build reads and writes.
pub const CURRENT_VERSION: i32 = MIGRATIONS.len() as i32;

/// Apply every migration after `from` inside the caller's transaction and set
/// user_version and application_id. Returns the versions applied.
pub fn apply(tx: &Transaction<'_>, from: i32) -> Result<Vec<i32>> {
    let mut applied = Vec::new();
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        let to = index as i32 + 1;
        tx.execute_batch(sql)
            .with_context(|| format!("migration to schema version {to} failed"))?;
        applied.push(to);
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {}; PRAGMA user_version = {CURRENT_VERSION};",
        super::APPLICATION_ID
    ))?;
    Ok(applied)
}
