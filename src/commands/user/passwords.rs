//! `authctl user set-password` and `authctl user check-password`.

use anyhow::Result;
use serde_json::json;
use zeroize::Zeroizing;

use super::{obtain_new_password, NewPassword};
use crate::cli::{UserCheckPasswordArgs, UserSetPasswordArgs};
use crate::commands::{resolve_user, Ctx};
use crate::db::{self, audit, tokens, users};
use crate::error::{not_found, Code};
use crate::output::{print_json, print_line};
use crate::password::{self, Scheme};
use crate::prompt;

pub fn set(ctx: &Ctx, args: UserSetPasswordArgs) -> Result<Code> {
    let policy = args.policy.policy()?;
    let mut db = ctx.open()?;
    // Resolve before prompting: no password is asked for an unknown user.
    resolve_user(&db.conn, &args.user)?;
    let new_password = obtain_new_password(&args.password)?;
    let hash = new_password
        .secret()
        .map(|secret| policy.hash(secret))
        .transpose()?;

    let tx = db.write()?;
    let user_id = resolve_user(&tx, &args.user)?;
    let now = db::now();
    users::set_password_hash(&tx, user_id, hash.as_deref(), now)?;
    let sessions_revoked = if args.keep_sessions {
        0
    } else {
        tokens::delete_for_user(&tx, user_id, &["auth"])?
    };
    let action = if hash.is_some() {
        "user.set_password"
    } else {
        "user.clear_password"
    };
    audit::record(
        &tx,
        &ctx.actor,
        action,
        Some(user_id),
        Some(
            &json!({"password": new_password.source_name(), "sessions_revoked": sessions_revoked}),
        ),
    )?;
    tx.commit()?;

    if ctx.out.json {
        let mut object = json!({
            "user_id": user_id.0,
            "password_scheme": password::scheme_name(hash.as_deref()),
            "sessions_revoked": sessions_revoked,
        });
        if let NewPassword::Generated(secret) = &new_password {
            object["generated_password"] = json!(String::from_utf8_lossy(secret));
        }
        print_json(&object)?;
    } else if let NewPassword::Generated(secret) = &new_password {
        print_line(&String::from_utf8_lossy(secret))?;
        ctx.out
            .note("this is the generated password; it is not shown again");
    }
    let what = if hash.is_some() {
        "password set"
    } else {
        "password removed"
    };
    ctx.out.note(&format!(
        "user {user_id}: {what}, {sessions_revoked} session(s) revoked"
    ));
    Ok(Code::Success)
}

pub fn check(ctx: &Ctx, args: UserCheckPasswordArgs) -> Result<Code> {
    let policy = args.policy.policy()?;
    let mut db = ctx.open()?;
    let user_id = resolve_user(&db.conn, &args.user)?;
    let candidate = if args.password_stdin {
        prompt::password_from_stdin()?
    } else {
        prompt::existing_password()?
    };
    let user = users::load(&db.conn, user_id)?
        .ok_or_else(|| not_found(format!("no user with id {user_id}")))?;
    let pepper = std::env::var("AUTHCTL_LEGACY_PEPPER")
        .ok()
        .map(|p| Zeroizing::new(p.into_bytes()));

    let matched = match &user.password_hash {
        None => false,
        Some(stored) => {
            password::verify(&candidate, stored, pepper.as_deref().map(|p| p.as_slice()))?
        }
    };

    let mut upgraded = false;
    if let (true, Some(stored), false) = (matched, &user.password_hash, args.no_upgrade) {
        if policy.needs_upgrade(stored) {
            let new_hash = policy.hash(&candidate)?;
            let tx = db.write()?;
            let now = db::now();
            // Only if nobody changed the hash since it was checked.
            if users::replace_password_hash_if(&tx, user_id, stored, &new_hash, now)? {
                audit::record(
                    &tx,
                    &ctx.actor,
                    "user.password_upgrade",
                    Some(user_id),
                    Some(&json!({
                        "from": Scheme::of(stored).name(),
                        "to": "argon2id",
                    })),
                )?;
                upgraded = true;
            }
            tx.commit()?;
        }
    }

    if ctx.out.json {
        print_json(&json!({
            "user_id": user_id.0,
            "match": matched,
            "verified": user.verified,
            "disabled": user.disabled,
            "upgraded": upgraded,
        }))?;
    }
    if !matched {
        let why = if user.password_hash.is_none() {
            "user has no password"
        } else {
            "password does not match"
        };
        if !ctx.out.quiet && !ctx.out.json {
            eprintln!("authctl: user {user_id}: {why}");
        }
        return Ok(Code::CheckFailed);
    }
    let mut message = format!("user {user_id}: password matches");
    if user.disabled {
        message.push_str(" (but the account is disabled)");
    }
    if upgraded {
        message.push_str("; hash upgraded to argon2id");
    }
    ctx.out.note(&message);
    Ok(Code::Success)
}
