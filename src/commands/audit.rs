//! `authctl audit`: read the audit log, newest first.

use anyhow::Result;
use serde_json::{json, Value};

use super::{resolve_user, Ctx};
use crate::cli::AuditArgs;
use crate::db::audit::{self, AuditQuery};
use crate::error::Code;
use crate::output::{human_time, print_json, print_table, rfc3339, sanitize, table};
use crate::validate;

pub fn run(ctx: &Ctx, args: AuditArgs) -> Result<Code> {
    let db = ctx.open()?;
    let user_id = match &args.user {
        // A deleted user has no auth id left, but its id still names its rows.
        Some(text) => match validate::parse_user_ref(text)? {
            validate::UserRef::Id(id) => Some(crate::db::UserId(id)),
            validate::UserRef::AuthId(_) => Some(resolve_user(&db.conn, text)?),
        },
        None => None,
    };
    let query = AuditQuery {
        user_id,
        action: args.action,
        since: args.since.as_deref().map(validate::date).transpose()?,
        limit: Some(args.limit),
    };
    let entries = audit::list(&db.conn, &query)?;
    if ctx.out.json {
        let rows: Vec<Value> = entries
            .iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "at": rfc3339(e.at),
                    "actor": e.actor,
                    "action": e.action,
                    "user_id": e.user_id.map(|u| u.0),
                    "detail": e.detail.as_deref().and_then(|d| serde_json::from_str::<Value>(d).ok()),
                })
            })
            .collect();
        print_json(&Value::Array(rows))?;
        return Ok(Code::Success);
    }
    let mut t = table(&["id", "at (UTC)", "actor", "action", "user", "detail"]);
    for e in &entries {
        t.add_row(vec![
            e.id.to_string(),
            human_time(e.at),
            sanitize(&e.actor).into_owned(),
            sanitize(&e.action).into_owned(),
            e.user_id.map(|u| u.to_string()).unwrap_or_default(),
            sanitize(e.detail.as_deref().unwrap_or("")).into_owned(),
        ]);
    }
    print_table(&t)?;
    Ok(Code::Success)
}
