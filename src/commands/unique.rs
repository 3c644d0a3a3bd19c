//! `authctl unique add|remove|list`: which properties hold unique values.

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::UniqueCommand;
use crate::db::{audit, users};
use crate::error::{conflict, not_found, Code};
use crate::output::{print_json, print_line, sanitize};
use crate::validate;

pub fn run(ctx: &Ctx, command: UniqueCommand) -> Result<Code> {
    let mut db = ctx.open()?;
    match command {
        UniqueCommand::List => {
            let names = users::unique_property_names(&db.conn)?;
            if ctx.out.json {
                print_json(&json!(names))?;
            } else {
                for name in names {
                    print_line(&name)?;
                }
            }
        }
        UniqueCommand::Add(arg) => {
            validate::property_name(&arg.name)?;
            let tx = db.write()?;
            let collisions = users::property_collisions(&tx, &arg.name)?;
            if !collisions.is_empty() {
                let listed: Vec<String> = collisions
                    .iter()
                    .take(10)
                    .map(|c| {
                        let ids: Vec<String> = c.user_ids.iter().map(|u| u.to_string()).collect();
                        format!("'{}' (users {})", sanitize(&c.value), ids.join(", "))
                    })
                    .collect();
                let more = collisions.len().saturating_sub(10);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                return Err(conflict(format!(
                    "cannot make '{}' unique: values held by more than one user: {}{more}; change them first (`authctl user set`)",
                    arg.name,
                    listed.join("; ")
                )));
            }
            if users::add_unique_property(&tx, &arg.name)? {
                audit::record(
                    &tx,
                    &ctx.actor,
                    "unique.add",
                    None,
                    Some(&json!({"name": arg.name})),
                )?;
                tx.commit()?;
                ctx.out.note(&format!("'{}' is now unique", arg.name));
            } else {
                ctx.out.note(&format!(
                    "'{}' was already unique; nothing changed",
                    arg.name
                ));
            }
            if ctx.out.json {
                print_json(&json!({"name": arg.name, "unique": true}))?;
            }
        }
        UniqueCommand::Remove(arg) => {
            validate::property_name(&arg.name)?;
            let tx = db.write()?;
            if !users::remove_unique_property(&tx, &arg.name)? {
                return Err(not_found(format!(
                    "'{}' is not a unique property (see `authctl unique list`)",
                    arg.name
                )));
            }
            audit::record(
                &tx,
                &ctx.actor,
                "unique.remove",
                None,
                Some(&json!({"name": arg.name})),
            )?;
            tx.commit()?;
            ctx.out.note(&format!("'{}' is no longer unique", arg.name));
            if ctx.out.json {
                print_json(&json!({"name": arg.name, "unique": false}))?;
            }
        }
    }
    Ok(Code::Success)
}
