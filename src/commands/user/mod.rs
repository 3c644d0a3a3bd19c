//! `authctl user …`: the admin's daily work on accounts.

mod create;
mod edit;
mod list;
mod passwords;

use anyhow::Result;
use serde_json::Value;

use super::Ctx;
use crate::cli::{PasswordSourceArgs, PolicyArgs, UserCommand};
use crate::db::users::{self, UserRecord};
use crate::db::UserId;
use crate::error::{conflict, Code};
use crate::output::{rfc3339, sanitize};
use crate::password::{self, Policy, Secret};
use crate::prompt;

pub fn run(ctx: &Ctx, command: UserCommand) -> Result<Code> {
    match command {
        UserCommand::Create(args) => create::run(ctx, args),
        UserCommand::List(args) => list::list(ctx, args),
        UserCommand::Show(arg) => list::show(ctx, &arg.user),
        UserCommand::Delete(args) => edit::delete(ctx, args),
        UserCommand::Verify(args) => edit::verify(ctx, args),
        UserCommand::Unverify(arg) => edit::unverify(ctx, &arg.user),
        UserCommand::Disable(args) => edit::disable(ctx, args),
        UserCommand::Enable(arg) => edit::enable(ctx, &arg.user),
        UserCommand::Set(args) => edit::set(ctx, args),
        UserCommand::Unset(args) => edit::unset(ctx, args),
        UserCommand::AddAuthId(args) => edit::add_auth_id(ctx, args),
        UserCommand::RemoveAuthId(args) => edit::remove_auth_id(ctx, args),
        UserCommand::SetPassword(args) => passwords::set(ctx, args),
        UserCommand::CheckPassword(args) => passwords::check(ctx, args),
    }
}

/// The user object of every JSON output, serialised straight from the
/// record: `list` and `export` write one per user, and building a
/// `serde_json::Value` map for each cost a third of their time. The hash
/// appears only when asked for (`export --with-hashes`).
#[derive(serde::Serialize)]
pub struct UserJson<'a> {
    id: i64,
    auth_ids: &'a [String],
    verified: bool,
    disabled: bool,
    properties: &'a std::collections::BTreeMap<String, String>,
    password_scheme: String,
    created_at: String,
    updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    password_hash: Option<Option<&'a str>>,
}

impl<'a> UserJson<'a> {
    pub fn new(user: &'a UserRecord) -> UserJson<'a> {
        UserJson {
            id: user.id.0,
            auth_ids: &user.auth_ids,
            verified: user.verified,
            disabled: user.disabled,
            properties: &user.properties,
            password_scheme: password::scheme_name(user.password_hash.as_deref()),
            created_at: rfc3339(user.created_at),
            updated_at: rfc3339(user.updated_at),
            password_hash: None,
        }
    }

    pub fn with_hash(mut self, hash: Option<&'a str>) -> UserJson<'a> {
        self.password_hash = Some(hash);
        self
    }
}

/// The user object as a JSON value, for outputs that add fields to it.
pub fn user_object(user: &UserRecord) -> Value {
    serde_json::to_value(UserJson::new(user)).expect("a user serialises")
}

/// Fail with the conflict code if an auth id is held by a user other than
/// `except`.
pub fn check_auth_id_free(
    conn: &rusqlite::Connection,
    auth_id: &str,
    except: Option<UserId>,
) -> Result<()> {
    if let Some((stored, owner)) = users::stored_auth_id(conn, auth_id)? {
        if Some(owner) != except {
            return Err(conflict(format!(
                "auth id '{}' is already taken by user {owner} (as '{}'); auth ids are unique regardless of case",
                sanitize(auth_id),
                sanitize(&stored)
            )));
        }
    }
    Ok(())
}

/// Fail with the conflict code if `name` is unique and another user holds
/// `value`.
pub fn check_unique_value_free(
    conn: &rusqlite::Connection,
    name: &str,
    value: &str,
    except: Option<UserId>,
) -> Result<()> {
    if users::is_unique_property(conn, name)? {
        if let Some(holder) = users::unique_value_holder(conn, name, value, except)? {
            return Err(conflict(format!(
                "{name} '{}' is already held by user {holder}; {name} is unique (case-insensitive)",
                sanitize(value)
            )));
        }
    }
    Ok(())
}

impl PolicyArgs {
    pub fn policy(&self) -> Result<Policy> {
        Policy::new(
            self.argon2_memory,
            self.argon2_iterations,
            self.argon2_parallelism,
        )
    }
}

/// Where a new password came from; a generated one is printed once.
pub enum NewPassword {
    Given(Secret),
    Generated(Secret),
    Without,
}

impl NewPassword {
    pub fn secret(&self) -> Option<&Secret> {
        match self {
            NewPassword::Given(s) | NewPassword::Generated(s) => Some(s),
            NewPassword::Without => None,
        }
    }

    pub fn source_name(&self) -> &'static str {
        match self {
            NewPassword::Given(_) => "given",
            NewPassword::Generated(_) => "generated",
            NewPassword::Without => "none",
        }
    }
}

const PASSWORD_FLAGS: &str = "--password-stdin, --generate-password or --no-password";

/// Obtain a new password from the chosen source and check the rules.
pub fn obtain_new_password(source: &PasswordSourceArgs) -> Result<NewPassword> {
    let new = if source.no_password {
        NewPassword::Without
    } else if source.generate_password {
        NewPassword::Generated(password::generate())
    } else if source.password_stdin {
        NewPassword::Given(prompt::password_from_stdin()?)
    } else {
        NewPassword::Given(prompt::new_password(PASSWORD_FLAGS)?)
    };
    if let Some(secret) = new.secret() {
        password::validate_new(secret)?;
    }
    Ok(new)
}
