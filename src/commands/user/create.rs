//! `authctl user create`.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::json;

use super::{
    check_auth_id_free, check_unique_value_free, obtain_new_password, user_object, NewPassword,
};
use crate::cli::UserCreateArgs;
use crate::commands::token::{issue_token, IssueRequest};
use crate::commands::Ctx;
use crate::db::users::{self, NewUser};
use crate::db::{self, audit};
use crate::error::{invalid, Code};
use crate::output::{print_json, print_line, sanitize};
use crate::{token, validate};

pub fn run(ctx: &Ctx, args: UserCreateArgs) -> Result<Code> {
    let mut auth_ids = vec![args.auth_id.clone()];
    auth_ids.extend(args.more_auth_ids.iter().cloned());
    for (i, auth_id) in auth_ids.iter().enumerate() {
        validate::auth_id(auth_id)?;
        if auth_ids[..i]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(auth_id))
        {
            return Err(invalid(format!(
                "auth id '{}' is given twice (auth ids compare case-insensitively); give it once",
                sanitize(auth_id)
            )));
        }
    }
    let mut properties = BTreeMap::new();
    for text in &args.props {
        let (name, value) = validate::assignment(text)?;
        if properties.insert(name.clone(), value).is_some() {
            return Err(invalid(format!(
                "property '{name}' is given twice; give it once"
            )));
        }
    }
    let invite = if args.invite {
        let ttl = match &args.ttl {
            Some(text) => token::parse_ttl(text)?,
            None => token::default_ttl_seconds("signup").unwrap_or(7 * 86_400),
        };
        if let Some(template) = &args.url {
            token::check_template(template)?;
        }
        Some(IssueRequest {
            subject: "signup",
            ttl_seconds: ttl,
            keep_existing: true,
        })
    } else {
        None
    };
    let policy = args.policy.policy()?;

    let mut db = ctx.open()?;
    let check_conflicts = |conn: &rusqlite::Connection| -> Result<()> {
        for auth_id in &auth_ids {
            check_auth_id_free(conn, auth_id, None)?;
        }
        for (name, value) in &properties {
            check_unique_value_free(conn, name, value, None)?;
        }
        Ok(())
    };
    // Fail fast, before asking for a password; checked again under the lock.
    check_conflicts(&db.conn)?;

    let new_password = if args.invite {
        NewPassword::Without
    } else {
        obtain_new_password(&args.password)?
    };
    let password_hash = new_password
        .secret()
        .map(|secret| policy.hash(secret))
        .transpose()?;

    let now = db::now();
    let tx = db.write()?;
    check_conflicts(&tx)?;
    let user_id = users::insert_user(
        &tx,
        &NewUser {
            password_hash: password_hash.as_deref(),
            verified: args.verified,
            disabled: args.disabled,
            created_at: now,
            updated_at: now,
        },
    )?;
    for auth_id in &auth_ids {
        users::add_auth_id(&tx, user_id, auth_id)?;
    }
    for (name, value) in &properties {
        users::set_property(&tx, user_id, name, value)?;
    }
    let issued = invite
        .as_ref()
        .map(|request| issue_token(&tx, user_id, request, now))
        .transpose()?;
    audit::record(
        &tx,
        &ctx.actor,
        "user.create",
        Some(user_id),
        Some(&json!({
            "auth_ids": auth_ids,
            "properties": properties,
            "verified": args.verified,
            "disabled": args.disabled,
            "password": new_password.source_name(),
            "invite": args.invite,
        })),
    )?;
    let record = users::load(&tx, user_id)?.ok_or_else(|| anyhow::anyhow!("new user vanished"))?;
    tx.commit()?;

    let url = match (&issued, &args.url) {
        (Some(t), Some(template)) => {
            Some(token::render_url(template, user_id.0, &t.token, "signup"))
        }
        _ => None,
    };
    if ctx.out.json {
        let mut object = user_object(&record);
        if let NewPassword::Generated(secret) = &new_password {
            object["generated_password"] = json!(String::from_utf8_lossy(secret));
        }
        if let Some(t) = &issued {
            object["invite"] = json!({
                "subject": "signup",
                "token": t.token.as_str(),
                "url": url,
                "expires_at": crate::output::rfc3339(t.expires_at),
            });
        }
        print_json(&object)?;
    } else {
        print_line(&user_id.to_string())?;
        if let NewPassword::Generated(secret) = &new_password {
            print_line(&String::from_utf8_lossy(secret))?;
            ctx.out
                .note("the second line is the generated password; it is not shown again");
        }
        if let Some(t) = &issued {
            print_line(url.as_deref().unwrap_or(&t.token))?;
            ctx.out
                .note("the second line is the signup link; the token is not shown again");
        }
    }
    ctx.out.note(&format!(
        "created user {user_id} ({})",
        sanitize(&auth_ids[0])
    ));
    Ok(Code::Success)
}
