//! `authctl migrate`: upgrade an older database, after an online backup.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::json;

use super::Ctx;
use crate::cli::MigrateArgs;
use crate::db::{audit, schema, Db};
use crate::error::Code;
use crate::output::print_json;

pub fn run(ctx: &Ctx, args: MigrateArgs) -> Result<Code> {
    let (mut db, from) = Db::open_for_migrate(&ctx.db_path, ctx.busy_timeout)?;
    let to = schema::CURRENT_VERSION;
    if from == to {
        if ctx.out.json {
            print_json(
                &json!({"from_version": from, "to_version": to, "migrated": false, "backup": null}),
            )?;
        }
        ctx.out.note(&format!(
            "{} is already at schema version {to}; nothing to do",
            ctx.db_path.display()
        ));
        return Ok(Code::Success);
    }

    let backup = if args.no_backup {
        None
    } else {
        let backup_path = backup_path(&ctx.db_path, from);
        write_backup(&db, &backup_path)?;
        ctx.out
            .note(&format!("backup written to {}", backup_path.display()));
        Some(backup_path)
    };

    let tx = db
        .conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
    let applied = schema::apply(&tx, from)?;
    audit::record(
        &tx,
        &ctx.actor,
        "db.migrate",
        None,
        Some(&json!({"from_version": from, "to_version": to, "applied": applied})),
    )?;
    tx.commit()?;

    if ctx.out.json {
        print_json(&json!({
            "from_version": from,
            "to_version": to,
            "migrated": true,
            "backup": backup.as_ref().map(|p| p.display().to_string()),
        }))?;
    }
    ctx.out.note(&format!(
        "migrated {} from schema version {from} to {to}",
        ctx.db_path.display()
    ));
    Ok(Code::Success)
}

/// `accounts.db` → `accounts.db.v0-20261203T164757.bak`, beside the database.
fn backup_path(db_path: &Path, from: i32) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let mut name = db_path.as_os_str().to_owned();
    name.push(format!(".v{from}-{stamp}.bak"));
    PathBuf::from(name)
}

/// Copy the live database with SQLite's online backup API into a new 0600 file.
fn write_backup(db: &Db, backup_path: &Path) -> Result<()> {
    crate::db::create_file_0600(backup_path)?;
    let mut dest = rusqlite::Connection::open(backup_path)
        .with_context(|| format!("cannot open backup file {}", backup_path.display()))?;
    let result = (|| -> rusqlite::Result<()> {
        let backup = rusqlite::backup::Backup::new(&db.conn, &mut dest)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(10), None)
    })();
    if let Err(err) = result {
        drop(dest);
        let _ = std::fs::remove_file(backup_path);
        return Err(err).context("writing the backup failed; nothing was migrated");
    }
    Ok(())
}
