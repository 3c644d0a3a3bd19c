//! The command layer: one module per command group. Each turns parsed
//! arguments into checked values, calls the database layer, and prints
//! through `output`.

mod audit;
mod completions;
mod doctor;
mod export;
mod import;
mod info;
mod init;
mod migrate;
mod token;
mod unique;
mod user;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::db::{Db, UserId};
use crate::error::{invalid, not_found, Code};
use crate::output::{sanitize, Output};
use crate::validate::{parse_user_ref, UserRef};

/// What every command needs besides its own arguments.
pub struct Ctx {
    pub db_path: PathBuf,
    pub out: Output,
    pub yes: bool,
    pub actor: String,
    pub busy_timeout: Duration,
}

impl Ctx {
    pub fn open(&self) -> Result<Db> {
        Db::open(&self.db_path, self.busy_timeout)
    }
}

pub fn dispatch(cli: Cli, out: Output) -> Result<Code> {
    let global = cli.global;
    let actor = match global.actor {
        Some(actor) => actor,
        None => whoami::username(),
    };
    if actor.trim().is_empty() || actor.chars().any(char::is_control) || actor.len() > 128 {
        return Err(invalid(
            "--actor must be a non-empty name without control characters (at most 128 bytes)",
        ));
    }
    let ctx = Ctx {
        db_path: global.db,
        out,
        yes: global.yes,
        actor,
        busy_timeout: Duration::from_millis(global.busy_timeout),
    };
    match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Migrate(args) => migrate::run(&ctx, args),
        Command::Info => info::run(&ctx),
        Command::Doctor(args) => doctor::run(&ctx, args),
        Command::User(command) => user::run(&ctx, command),
        Command::Unique(command) => unique::run(&ctx, command),
        Command::Token(command) => token::run(&ctx, command),
        Command::Audit(args) => audit::run(&ctx, args),
        Command::Import(args) => import::run(&ctx, args),
        Command::Export(args) => export::run(&ctx, args),
        Command::Completions(args) => completions::completions(args),
        Command::Man => completions::man(),
    }
}

/// Find a user named by id (all digits) or by any of its auth ids.
pub fn resolve_user(conn: &rusqlite::Connection, text: &str) -> Result<UserId> {
    match parse_user_ref(text)? {
        UserRef::Id(id) => crate::db::users::find_by_id(conn, UserId(id))?
            .ok_or_else(|| not_found(format!("no user with id {id} (try `authctl user list`)"))),
        UserRef::AuthId(auth_id) => {
            crate::db::users::auth_id_owner(conn, &auth_id)?.ok_or_else(|| {
                not_found(format!(
                    "no user with auth id '{}' (try `authctl user list`)",
                    sanitize(&auth_id)
                ))
            })
        }
    }
}
