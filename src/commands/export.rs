//! `authctl export`: stream every user as JSONL or CSV.

use std::io::{self, Write};

use anyhow::Result;

use super::user::UserJson;
use super::Ctx;
use crate::cli::{ExportArgs, FileFormat};
use crate::db::users::{self, UserFilter};
use crate::error::{invalid, Code};
use crate::output::rfc3339;
use crate::password;

pub fn run(ctx: &Ctx, args: ExportArgs) -> Result<Code> {
    let db = ctx.open()?;
    let conn = &db.conn;
    // One read transaction: a consistent snapshot while the web app writes.
    conn.execute_batch("BEGIN")?;
    let filter = UserFilter::default();
    match args.format {
        FileFormat::Jsonl => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            users::for_each(conn, &filter, None, |user| {
                let mut object = UserJson::new(&user);
                if args.with_hashes {
                    object = object.with_hash(user.password_hash.as_deref());
                }
                serde_json::to_writer(&mut out, &object)?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
        }
        FileFormat::Csv => {
            let property_names = users::property_names(conn)?;
            let mut header: Vec<String> = [
                "id",
                "auth_id",
                "auth_ids",
                "verified",
                "disabled",
                "created_at",
                "updated_at",
                "password_scheme",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            if args.with_hashes {
                header.push("password_hash".into());
            }
            header.extend(property_names.iter().cloned());
            let mut writer = csv::Writer::from_writer(io::BufWriter::new(io::stdout().lock()));
            writer.write_record(&header)?;
            users::for_each(conn, &filter, None, |user| {
                if let Some(spaced) = user.auth_ids.iter().skip(1).find(|a| a.contains(' ')) {
                    return Err(invalid(format!(
                        "user {} has auth id '{spaced}' with a space, which CSV's space-separated auth_ids cannot hold; use --format jsonl",
                        user.id
                    )));
                }
                let mut record = vec![
                    user.id.to_string(),
                    user.auth_ids.first().cloned().unwrap_or_default(),
                    user.auth_ids
                        .iter()
                        .skip(1)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" "),
                    user.verified.to_string(),
                    user.disabled.to_string(),
                    rfc3339(user.created_at),
                    rfc3339(user.updated_at),
                    password::scheme_name(user.password_hash.as_deref()),
                ];
                if args.with_hashes {
                    record.push(user.password_hash.clone().unwrap_or_default());
                }
                for name in &property_names {
                    record.push(user.properties.get(name).cloned().unwrap_or_default());
                }
                writer.write_record(&record)?;
                Ok(())
            })?;
            writer.flush()?;
        }
    }
    conn.execute_batch("COMMIT")?;
    Ok(Code::Success)
}
