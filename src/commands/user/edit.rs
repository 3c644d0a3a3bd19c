//! Changes to one user's flags, properties and auth ids, and deletion.

use anyhow::Result;
use rusqlite::Transaction;
use serde_json::{json, Value};

use super::{check_auth_id_free, check_unique_value_free, user_object};
use crate::cli::{
    UserAuthIdArgs, UserDeleteArgs, UserDisableArgs, UserSetArgs, UserUnsetArgs, UserVerifyArgs,
};
use crate::commands::token::consume_token;
use crate::commands::{resolve_user, Ctx};
use crate::db::users::{self, Flag};
use crate::db::{self, audit, tokens, UserId};
use crate::error::{check_failed, invalid, not_found, Code};
use crate::output::{print_json, print_table, sanitize, table, yes_no};
use crate::{prompt, validate};

/// What a change did, for the audit log and the person running it.
struct Change {
    action: &'static str,
    detail: Value,
    message: String,
}

/// Resolve the user and apply `apply` in one write transaction with its audit
/// row. `apply` returns None when there was nothing to change.
fn change_user(
    ctx: &Ctx,
    user_text: &str,
    apply: impl FnOnce(&Transaction<'_>, UserId, i64) -> Result<Option<Change>>,
) -> Result<Code> {
    let mut db = ctx.open()?;
    let tx = db.write()?;
    let user_id = resolve_user(&tx, user_text)?;
    let now = db::now();
    let change = apply(&tx, user_id, now)?;
    if let Some(change) = &change {
        audit::record(
            &tx,
            &ctx.actor,
            change.action,
            Some(user_id),
            Some(&change.detail),
        )?;
    }
    let record = users::load(&tx, user_id)?;
    tx.commit()?;
    match change {
        Some(change) => ctx.out.note(&change.message),
        None => ctx.out.note(&format!("user {user_id}: nothing to change")),
    }
    if ctx.out.json {
        if let Some(record) = record {
            print_json(&user_object(&record))?;
        }
    }
    Ok(Code::Success)
}

fn flag_change(
    ctx: &Ctx,
    user_text: &str,
    flag: Flag,
    on: bool,
    action: &'static str,
    revoke_subjects: &'static [&'static str],
) -> Result<Code> {
    change_user(ctx, user_text, |tx, user_id, now| {
        let changed = users::set_flag(tx, user_id, flag, on, now)?;
        let revoked = tokens::delete_for_user(tx, user_id, revoke_subjects)?;
        if !changed && revoked == 0 {
            return Ok(None);
        }
        let mut message = format!("user {user_id}: {}", action.trim_start_matches("user."));
        if revoked > 0 {
            message.push_str(&format!(", {revoked} session/bearer token(s) revoked"));
        }
        Ok(Some(Change {
            action,
            detail: json!({"changed": changed, "tokens_revoked": revoked}),
            message,
        }))
    })
}

pub fn verify(ctx: &Ctx, args: UserVerifyArgs) -> Result<Code> {
    let Some(token) = args.token else {
        return flag_change(ctx, &args.user, Flag::Verified, true, "user.verify", &[]);
    };
    // The webapp2 VerificationHandler flow: the signup token proves the
    // address; it is used up in the same transaction that sets the flag.
    change_user(ctx, &args.user, |tx, user_id, now| {
        if consume_token(tx, user_id, &token, "signup", now)?.is_none() {
            return Err(check_failed(format!(
                "the token is not a valid signup token of user {user_id} (unknown, expired, used or of another user); nothing changed"
            )));
        }
        users::set_flag(tx, user_id, Flag::Verified, true, now)?;
        Ok(Some(Change {
            action: "user.verify",
            detail: json!({"by_token": true}),
            message: format!("user {user_id}: verified (signup token used up)"),
        }))
    })
}

pub fn unverify(ctx: &Ctx, user: &str) -> Result<Code> {
    flag_change(ctx, user, Flag::Verified, false, "user.unverify", &[])
}

pub fn disable(ctx: &Ctx, args: UserDisableArgs) -> Result<Code> {
    let subjects: &'static [&'static str] = if args.keep_sessions {
        &[]
    } else {
        &["auth", "bearer"]
    };
    flag_change(
        ctx,
        &args.user,
        Flag::Disabled,
        true,
        "user.disable",
        subjects,
    )
}

pub fn enable(ctx: &Ctx, user: &str) -> Result<Code> {
    flag_change(ctx, user, Flag::Disabled, false, "user.enable", &[])
}

pub fn set(ctx: &Ctx, args: UserSetArgs) -> Result<Code> {
    let mut assignments: Vec<(String, String)> = Vec::new();
    for text in &args.assignments {
        let (name, value) = validate::assignment(text)?;
        if assignments.iter().any(|(n, _)| *n == name) {
            return Err(invalid(format!(
                "property '{name}' is given twice; give it once"
            )));
        }
        assignments.push((name, value));
    }
    change_user(ctx, &args.user, |tx, user_id, now| {
        for (name, value) in &assignments {
            check_unique_value_free(tx, name, value, Some(user_id))?;
            users::set_property(tx, user_id, name, value)?;
        }
        users::touch(tx, user_id, now)?;
        let names: Vec<&str> = assignments.iter().map(|(n, _)| n.as_str()).collect();
        Ok(Some(Change {
            action: "user.set_property",
            detail: json!({"properties": assignments.iter().cloned().collect::<std::collections::BTreeMap<_, _>>()}),
            message: format!("user {user_id}: set {}", names.join(", ")),
        }))
    })
}

pub fn unset(ctx: &Ctx, args: UserUnsetArgs) -> Result<Code> {
    for name in &args.names {
        validate::property_name(name)?;
    }
    change_user(ctx, &args.user, |tx, user_id, now| {
        for name in &args.names {
            if !users::unset_property(tx, user_id, name)? {
                return Err(not_found(format!(
                    "user {user_id} has no property '{name}' (see `authctl user show {user_id}`); nothing changed"
                )));
            }
        }
        users::touch(tx, user_id, now)?;
        Ok(Some(Change {
            action: "user.unset_property",
            detail: json!({"properties": args.names}),
            message: format!("user {user_id}: removed {}", args.names.join(", ")),
        }))
    })
}

pub fn add_auth_id(ctx: &Ctx, args: UserAuthIdArgs) -> Result<Code> {
    validate::auth_id(&args.auth_id)?;
    change_user(ctx, &args.user, |tx, user_id, now| {
        if let Some((_, owner)) = users::stored_auth_id(tx, &args.auth_id)? {
            if owner == user_id {
                return Ok(None);
            }
        }
        check_auth_id_free(tx, &args.auth_id, Some(user_id))?;
        users::add_auth_id(tx, user_id, &args.auth_id)?;
        users::touch(tx, user_id, now)?;
        Ok(Some(Change {
            action: "user.add_auth_id",
            detail: json!({"auth_id": args.auth_id}),
            message: format!(
                "user {user_id}: added auth id '{}'",
                sanitize(&args.auth_id)
            ),
        }))
    })
}

pub fn remove_auth_id(ctx: &Ctx, args: UserAuthIdArgs) -> Result<Code> {
    change_user(ctx, &args.user, |tx, user_id, now| {
        let owned = users::auth_ids_of(tx, user_id)?;
        let Some(stored) = owned.iter().find(|a| a.eq_ignore_ascii_case(&args.auth_id)) else {
            return Err(not_found(format!(
                "user {user_id} has no auth id '{}'; nothing changed",
                sanitize(&args.auth_id)
            )));
        };
        if owned.len() == 1 {
            return Err(invalid(format!(
                "'{}' is the last auth id of user {user_id}; add another first or delete the user",
                sanitize(stored)
            )));
        }
        let stored = stored.clone();
        users::remove_auth_id(tx, user_id, &stored)?;
        users::touch(tx, user_id, now)?;
        Ok(Some(Change {
            action: "user.remove_auth_id",
            detail: json!({"auth_id": stored}),
            message: format!("user {user_id}: removed auth id '{}'", sanitize(&stored)),
        }))
    })
}

pub fn delete(ctx: &Ctx, args: UserDeleteArgs) -> Result<Code> {
    let mut db = ctx.open()?;
    // Resolve everyone first: one unknown USER deletes nobody.
    let mut targets: Vec<users::UserRecord> = Vec::new();
    for text in &args.users {
        let id = resolve_user(&db.conn, text)?;
        if targets.iter().any(|u| u.id == id) {
            continue;
        }
        if let Some(record) = users::load(&db.conn, id)? {
            targets.push(record);
        }
    }
    let show_targets = || -> Result<()> {
        if ctx.out.json {
            return Ok(());
        }
        let mut t = table(&["id", "auth ids", "verified", "disabled"]);
        for u in &targets {
            t.add_row(vec![
                u.id.to_string(),
                sanitize(&u.auth_ids.join(", ")).into_owned(),
                yes_no(u.verified).to_string(),
                yes_no(u.disabled).to_string(),
            ]);
        }
        if args.dry_run {
            print_table(&t)
        } else {
            eprintln!("{t}");
            Ok(())
        }
    };
    let ids: Vec<i64> = targets.iter().map(|u| u.id.0).collect();
    if args.dry_run {
        show_targets()?;
        if ctx.out.json {
            print_json(&json!({"dry_run": true, "deleted": ids}))?;
        }
        ctx.out.note(&format!(
            "dry run: {} user(s) would be deleted; nothing changed",
            ids.len()
        ));
        return Ok(Code::Success);
    }
    if !ctx.yes && prompt::interactive() {
        show_targets()?;
    }
    prompt::confirm(
        &format!(
            "Delete {} user(s) with their auth ids, properties and tokens?",
            ids.len()
        ),
        ctx.yes,
    )?;

    let tx = db.write()?;
    for user in &targets {
        if !users::delete_user(&tx, user.id)? {
            return Err(not_found(format!(
                "user {} was deleted meanwhile; nothing changed",
                user.id
            )));
        }
        audit::record(
            &tx,
            &ctx.actor,
            "user.delete",
            Some(user.id),
            Some(&json!({"auth_ids": user.auth_ids})),
        )?;
    }
    tx.commit()?;
    if ctx.out.json {
        print_json(&json!({"dry_run": false, "deleted": ids}))?;
    }
    ctx.out.note(&format!("deleted {} user(s)", ids.len()));
    Ok(Code::Success)
}
