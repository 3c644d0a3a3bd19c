//! `authctl init`: create a new database holding the current schema.

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::InitArgs;
use crate::db::{self, audit, schema, Db, FileKind};
use crate::error::{fail, Code};
use crate::output::print_json;
use crate::validate;

pub fn run(ctx: &Ctx, args: InitArgs) -> Result<Code> {
    for name in &args.unique_properties {
        validate::property_name(name)?;
    }
    let path = &ctx.db_path;
    match db::inspect(path)? {
        FileKind::Missing => {}
        FileKind::Sqlite {
            application_id,
            user_version,
        } if application_id == db::APPLICATION_ID && user_version == schema::CURRENT_VERSION => {
            if !args.unique_properties.is_empty() {
                ctx.out.warn("--unique-property ignored on an existing database; use `authctl unique add NAME`");
            }
            if ctx.out.json {
                print_json(&json!({
                    "path": path.display().to_string(),
                    "created": false,
                    "schema_version": user_version,
                }))?;
            }
            ctx.out.note(&format!(
                "{} is already an authctl database (schema version {user_version}); nothing changed",
                path.display()
            ));
            return Ok(Code::Success);
        }
        FileKind::Sqlite {
            application_id,
            user_version,
        } if application_id == db::APPLICATION_ID && user_version < schema::CURRENT_VERSION => {
            return Err(fail(
                Code::Database,
                format!(
                    "{} is an authctl database of schema version {user_version}; run `authctl migrate --db {}` instead of init",
                    path.display(),
                    path.display()
                ),
            ));
        }
        FileKind::Directory => {
            return Err(fail(
                Code::Database,
                format!("{} is a directory; give init the path of a new file", path.display()),
            ))
        }
        _ => {
            return Err(fail(
                Code::Database,
                format!(
                    "{} already exists and is not an authctl database of this version; refusing to touch it (choose a new path)",
                    path.display()
                ),
            ))
        }
    }

    let mut db = Db::create(path, ctx.busy_timeout)?;
    let written = (|| -> Result<()> {
        let tx = db
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
        schema::apply(&tx, 0)?;
        for name in &args.unique_properties {
            db::users::add_unique_property(&tx, name)?;
        }
        audit::record(
            &tx,
            &ctx.actor,
            "db.init",
            None,
            Some(&json!({
                "schema_version": schema::CURRENT_VERSION,
                "unique_properties": args.unique_properties,
            })),
        )?;
        tx.commit()?;
        Ok(())
    })();
    if let Err(err) = written {
        drop(db);
        db::remove_database_files(path);
        return Err(err);
    }
    if ctx.out.json {
        print_json(&json!({
            "path": path.display().to_string(),
            "created": true,
            "schema_version": schema::CURRENT_VERSION,
        }))?;
    }
    ctx.out.note(&format!(
        "created {} (schema version {})",
        path.display(),
        schema::CURRENT_VERSION
    ));
    Ok(Code::Success)
}
