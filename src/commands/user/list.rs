//! `authctl user list` and `authctl user show`.

use std::io::{self, Write};

use anyhow::Result;
use serde_json::json;

use super::{user_object, UserJson};
use crate::cli::{ListFormat, UserListArgs};
use crate::commands::{resolve_user, Ctx};
use crate::db::users::{self, UserFilter, UserRecord};
use crate::db::{self, tokens, UserId};
use crate::error::Code;
use crate::output::{
    add_token_count_rows, human_time, print_json, print_table, sanitize, table, token_counts_json,
    yes_no,
};
use crate::password::{self, Scheme};
use crate::validate;

/// Rows a table shows when no --limit is given: a table is for people.
const TABLE_DEFAULT_LIMIT: u64 = 100;

fn filter_from(args: &UserListArgs) -> Result<UserFilter> {
    let pick = |yes: bool, no: bool| match (yes, no) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let mut properties = Vec::new();
    for text in &args.props {
        properties.push(validate::assignment(text)?);
    }
    Ok(UserFilter {
        verified: pick(args.verified, args.unverified),
        disabled: pick(args.disabled, args.enabled),
        without_password: args.no_password,
        auth_id_contains: args.auth_id.clone(),
        properties,
        created_since: args
            .created_since
            .as_deref()
            .map(validate::date)
            .transpose()?,
        created_before: args
            .created_before
            .as_deref()
            .map(validate::date)
            .transpose()?,
        after: args.after.map(UserId),
    })
}

pub fn list(ctx: &Ctx, args: UserListArgs) -> Result<Code> {
    let filter = filter_from(&args)?;
    let format = args.format.unwrap_or(if ctx.out.json {
        ListFormat::Json
    } else {
        ListFormat::Table
    });
    let db = ctx.open()?;
    let conn = &db.conn;
    // One read transaction: a page and its "left out" count agree.
    conn.execute_batch("BEGIN")?;
    match format {
        ListFormat::Table => {
            let limit = args.limit.unwrap_or(TABLE_DEFAULT_LIMIT);
            let mut t = table(&[
                "id",
                "auth ids",
                "verified",
                "disabled",
                "password",
                "created (UTC)",
            ]);
            let mut last = None;
            let mut shown = 0u64;
            users::for_each(conn, &filter, Some(limit), |user| {
                last = Some(user.id);
                shown += 1;
                t.add_row(vec![
                    user.id.to_string(),
                    sanitize(&user.auth_ids.join(", ")).into_owned(),
                    yes_no(user.verified).to_string(),
                    yes_no(user.disabled).to_string(),
                    password::scheme_name(user.password_hash.as_deref()),
                    human_time(user.created_at),
                ]);
                Ok(())
            })?;
            let left_out = match last {
                Some(last) if shown == limit => users::count(
                    conn,
                    &UserFilter {
                        after: Some(last),
                        ..filter.clone()
                    },
                )?,
                _ => 0,
            };
            if shown > 0 {
                print_table(&t)?;
            }
            if left_out > 0 {
                let last = last.map(|l| l.0).unwrap_or(0);
                ctx.out.note(&format!(
                    "{shown} shown, {left_out} more not shown (next page: --after {last}; or raise --limit)"
                ));
            } else {
                ctx.out.note(&format!(
                    "{shown} user{}",
                    if shown == 1 { "" } else { "s" }
                ));
            }
        }
        ListFormat::Json => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            out.write_all(b"[")?;
            let mut first = true;
            users::for_each(conn, &filter, args.limit, |user| {
                out.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                serde_json::to_writer(&mut out, &UserJson::new(&user))?;
                Ok(())
            })?;
            out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
            out.flush()?;
        }
        ListFormat::Ndjson => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            users::for_each(conn, &filter, args.limit, |user| {
                serde_json::to_writer(&mut out, &UserJson::new(&user))?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
        }
        ListFormat::Csv => {
            let mut writer = csv::Writer::from_writer(io::BufWriter::new(io::stdout().lock()));
            writer.write_record([
                "id",
                "auth_ids",
                "verified",
                "disabled",
                "password_scheme",
                "created_at",
                "updated_at",
                "properties",
            ])?;
            users::for_each(conn, &filter, args.limit, |user| {
                writer.write_record(csv_row(&user))?;
                Ok(())
            })?;
            writer.flush()?;
        }
    }
    conn.execute_batch("COMMIT")?;
    Ok(Code::Success)
}

fn csv_row(user: &UserRecord) -> Vec<String> {
    vec![
        user.id.to_string(),
        user.auth_ids.join(" "),
        user.verified.to_string(),
        user.disabled.to_string(),
        password::scheme_name(user.password_hash.as_deref()),
        crate::output::rfc3339(user.created_at),
        crate::output::rfc3339(user.updated_at),
        serde_json::to_string(&user.properties).unwrap_or_default(),
    ]
}

pub fn show(ctx: &Ctx, user_text: &str) -> Result<Code> {
    let db = ctx.open()?;
    let conn = &db.conn;
    conn.execute_batch("BEGIN")?;
    let user_id = resolve_user(conn, user_text)?;
    let user = users::load(conn, user_id)?
        .ok_or_else(|| crate::error::not_found(format!("no user with id {user_id}")))?;
    let token_counts = tokens::counts_by_subject(conn, Some(user_id), db::now())?;
    conn.execute_batch("COMMIT")?;
    let scheme = user.password_hash.as_deref().map(Scheme::of);
    let parameters = scheme.as_ref().and_then(Scheme::parameters);

    if ctx.out.json {
        let mut object = user_object(&user);
        object["password_parameters"] = json!(parameters);
        object["tokens"] = token_counts_json(&token_counts);
        print_json(&object)?;
        return Ok(Code::Success);
    }
    let mut t = table(&[]);
    t.add_row(vec!["id".to_string(), user.id.to_string()]);
    t.add_row(vec![
        "auth ids".to_string(),
        user.auth_ids
            .iter()
            .map(|a| sanitize(a).into_owned())
            .collect::<Vec<_>>()
            .join("\n"),
    ]);
    t.add_row(vec![
        "verified".to_string(),
        yes_no(user.verified).to_string(),
    ]);
    t.add_row(vec![
        "disabled".to_string(),
        yes_no(user.disabled).to_string(),
    ]);
    let password_text = match (&scheme, &parameters) {
        (None, _) => "none".to_string(),
        (Some(s), Some(p)) => format!("{} ({p})", s.name()),
        (Some(s), None) => s.name(),
    };
    t.add_row(vec!["password".to_string(), password_text]);
    t.add_row(vec![
        "created (UTC)".to_string(),
        human_time(user.created_at),
    ]);
    t.add_row(vec![
        "updated (UTC)".to_string(),
        human_time(user.updated_at),
    ]);
    for (name, value) in &user.properties {
        t.add_row(vec![
            format!("property {name}"),
            sanitize(value).into_owned(),
        ]);
    }
    add_token_count_rows(&mut t, &token_counts);
    print_table(&t)?;
    Ok(Code::Success)
}
