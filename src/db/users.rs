//! Queries over users, their auth ids, properties and unique-property names.

use std::collections::BTreeMap;

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::conditions::Conditions;
use super::UserId;

/// A user with everything stored about it, the hash included: callers decide
/// what to show (never the hash itself).
#[derive(Debug, Clone)]
pub struct UserRecord {
    pub id: UserId,
    pub auth_ids: Vec<String>,
    pub properties: BTreeMap<String, String>,
    pub password_hash: Option<String>,
    pub verified: bool,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A row for a new user.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub password_hash: Option<&'a str>,
    pub verified: bool,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Selects users for `user list`; every field narrows the result.
#[derive(Debug, Default, Clone)]
pub struct UserFilter {
    pub verified: Option<bool>,
    pub disabled: Option<bool>,
    pub without_password: bool,
    /// Case-insensitive (ASCII) substring of any auth id.
    pub auth_id_contains: Option<String>,
    /// (name, value): the property equals value, case-insensitively (ASCII).
    pub properties: Vec<(String, String)>,
    pub created_since: Option<i64>,
    pub created_before: Option<i64>,
    /// Keyset paging: only ids greater than this.
    pub after: Option<UserId>,
}

pub fn find_by_id(conn: &Connection, id: UserId) -> Result<Option<UserId>> {
    Ok(conn
        .query_row("SELECT id FROM users WHERE id = ?1", [id.0], |r| r.get(0))
        .optional()?
        .map(UserId))
}

/// The owner of an auth id, compared case-insensitively as the index does.
pub fn auth_id_owner(conn: &Connection, auth_id: &str) -> Result<Option<UserId>> {
    Ok(stored_auth_id(conn, auth_id)?.map(|(_, owner)| owner))
}

/// The auth id as stored, in its stored case.
pub fn stored_auth_id(conn: &Connection, auth_id: &str) -> Result<Option<(String, UserId)>> {
    Ok(conn
        .query_row(
            "SELECT auth_id, user_id FROM auth_ids WHERE auth_id = ?1",
            [auth_id],
            |r| Ok((r.get(0)?, UserId(r.get(1)?))),
        )
        .optional()?)
}

pub fn insert_user(conn: &Connection, user: &NewUser<'_>) -> Result<UserId> {
    conn.execute(
        "INSERT INTO users (password_hash, verified, disabled, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            user.password_hash,
            user.verified,
            user.disabled,
            user.created_at,
            user.updated_at
        ],
    )?;
    Ok(UserId(conn.last_insert_rowid()))
}

pub fn add_auth_id(conn: &Connection, user: UserId, auth_id: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO auth_ids (auth_id, user_id) VALUES (?1, ?2)",
        params![auth_id, user.0],
    )?;
    Ok(())
}

/// Remove one auth id of `user`; false when the user has no such auth id.
pub fn remove_auth_id(conn: &Connection, user: UserId, auth_id: &str) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM auth_ids WHERE auth_id = ?1 AND user_id = ?2",
        params![auth_id, user.0],
    )?;
    Ok(n > 0)
}

pub fn auth_ids_of(conn: &Connection, user: UserId) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT auth_id FROM auth_ids WHERE user_id = ?1 ORDER BY auth_id")?;
    let ids = stmt
        .query_map([user.0], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

pub fn is_unique_property(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM unique_properties WHERE name = ?1",
            [name],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Another user holding `value` for the unique property `name`, if any.
pub fn unique_value_holder(
    conn: &Connection,
    name: &str,
    value: &str,
    except: Option<UserId>,
) -> Result<Option<UserId>> {
    Ok(conn
        .query_row(
            "SELECT user_id FROM user_properties
             WHERE name = ?1 AND value = ?2 COLLATE NOCASE AND user_id IS NOT ?3
             LIMIT 1",
            params![name, value, except.map(|u| u.0)],
            |r| r.get(0),
        )
        .optional()?
        .map(UserId))
}

pub fn set_property(conn: &Connection, user: UserId, name: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO user_properties (user_id, name, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value",
        params![user.0, name, value],
    )?;
    Ok(())
}

/// Remove a property; false when the user did not have it.
pub fn unset_property(conn: &Connection, user: UserId, name: &str) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM user_properties WHERE user_id = ?1 AND name = ?2",
        params![user.0, name],
    )?;
    Ok(n > 0)
}

pub fn properties_of(conn: &Connection, user: UserId) -> Result<BTreeMap<String, String>> {
    let mut stmt =
        conn.prepare_cached("SELECT name, value FROM user_properties WHERE user_id = ?1")?;
    let props = stmt
        .query_map([user.0], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(props)
}

/// Move updated_at: every change to a user, its auth ids or properties does.
pub fn touch(conn: &Connection, user: UserId, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET updated_at = ?2 WHERE id = ?1",
        params![user.0, now],
    )?;
    Ok(())
}

/// Which boolean column of `users` a flag change targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Verified,
    Disabled,
}

/// Set a flag; returns whether the stored value changed.
pub fn set_flag(conn: &Connection, user: UserId, flag: Flag, on: bool, now: i64) -> Result<bool> {
    let sql = match flag {
        Flag::Verified => {
            "UPDATE users SET verified = ?2, updated_at = ?3 WHERE id = ?1 AND verified <> ?2"
        }
        Flag::Disabled => {
            "UPDATE users SET disabled = ?2, updated_at = ?3 WHERE id = ?1 AND disabled <> ?2"
        }
    };
    Ok(conn.execute(sql, params![user.0, on, now])? > 0)
}

pub fn set_password_hash(
    conn: &Connection,
    user: UserId,
    hash: Option<&str>,
    now: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE users SET password_hash = ?2, updated_at = ?3 WHERE id = ?1",
        params![user.0, hash, now],
    )?;
    Ok(())
}

/// Replace the hash only if it is still `expected` (a concurrent change wins).
pub fn replace_password_hash_if(
    conn: &Connection,
    user: UserId,
    expected: &str,
    new_hash: &str,
    now: i64,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE users SET password_hash = ?3, updated_at = ?4 WHERE id = ?1 AND password_hash = ?2",
        params![user.0, expected, new_hash, now],
    )?;
    Ok(n > 0)
}

pub fn delete_user(conn: &Connection, user: UserId) -> Result<bool> {
    Ok(conn.execute("DELETE FROM users WHERE id = ?1", [user.0])? > 0)
}

const RECORD_COLUMNS: &str =
    "u.id, u.password_hash, u.verified, u.disabled, u.created_at, u.updated_at,
    (SELECT json_group_array(auth_id) FROM auth_ids WHERE user_id = u.id),
    (SELECT json_group_object(name, value) FROM user_properties WHERE user_id = u.id)";

fn record_from_row(row: &Row<'_>) -> rusqlite::Result<UserRecord> {
    let auth_ids_json: String = row.get(6)?;
    let props_json: String = row.get(7)?;
    let decode_err = |e: serde_json::Error| {
        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(UserRecord {
        id: UserId(row.get(0)?),
        password_hash: row.get(1)?,
        verified: row.get::<_, i64>(2)? != 0,
        disabled: row.get::<_, i64>(3)? != 0,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
        // Sorted here, not by ORDER BY in the subquery: that costs SQLite a
        // temporary b-tree per user, this a compare or two.
        auth_ids: {
            let mut auth_ids: Vec<String> =
                serde_json::from_str(&auth_ids_json).map_err(decode_err)?;
            // As the column's NOCASE collation orders them: ASCII folded.
            auth_ids.sort_unstable_by(|a, b| {
                a.bytes()
                    .map(|c| c.to_ascii_lowercase())
                    .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
                    .then_with(|| a.cmp(b))
            });
            auth_ids
        },
        properties: serde_json::from_str(&props_json).map_err(decode_err)?,
    })
}

pub fn load(conn: &Connection, id: UserId) -> Result<Option<UserRecord>> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM users AS u WHERE u.id = ?1");
    Ok(conn.query_row(&sql, [id.0], record_from_row).optional()?)
}

fn conditions(filter: &UserFilter) -> Conditions {
    let mut c = Conditions::default();
    if let Some(v) = filter.verified {
        let p = c.bind(v as i64);
        c.require(format!("u.verified = {p}"));
    }
    if let Some(d) = filter.disabled {
        let p = c.bind(d as i64);
        c.require(format!("u.disabled = {p}"));
    }
    if filter.without_password {
        c.require("u.password_hash IS NULL".into());
    }
    // `u.id IN (subquery)`, not a correlated EXISTS: SQLite runs the
    // subquery once (for properties through the name/value index, so a
    // lookup costs the matches, not the users) instead of once per user.
    if let Some(pattern) = &filter.auth_id_contains {
        let p = c.bind(pattern.to_ascii_lowercase());
        c.require(format!(
            "u.id IN (SELECT a.user_id FROM auth_ids AS a WHERE instr(lower(a.auth_id), {p}) > 0)"
        ));
    }
    for (name, value) in &filter.properties {
        let pn = c.bind(name.clone());
        let pv = c.bind(value.clone());
        c.require(format!(
            "u.id IN (SELECT p.user_id FROM user_properties AS p WHERE p.name = {pn} AND p.value = {pv} COLLATE NOCASE)"
        ));
    }
    if let Some(t) = filter.created_since {
        let p = c.bind(t);
        c.require(format!("u.created_at >= {p}"));
    }
    if let Some(t) = filter.created_before {
        let p = c.bind(t);
        c.require(format!("u.created_at < {p}"));
    }
    if let Some(after) = filter.after {
        let p = c.bind(after.0);
        c.require(format!("u.id > {p}"));
    }
    c
}

/// Stream the users matching `filter` in id order, at most `limit`, calling
/// `each` per user so that memory stays flat however many there are.
pub fn for_each(
    conn: &Connection,
    filter: &UserFilter,
    limit: Option<u64>,
    mut each: impl FnMut(UserRecord) -> Result<()>,
) -> Result<()> {
    let mut c = conditions(filter);
    let limit = c.bind_limit(limit);
    let sql = format!(
        "SELECT {RECORD_COLUMNS} FROM users AS u {} ORDER BY u.id LIMIT {limit}",
        c.where_sql()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(c.args())?;
    while let Some(row) = rows.next()? {
        each(record_from_row(row)?)?;
    }
    Ok(())
}

/// How many users match `filter` (used to say how many rows a page left out).
pub fn count(conn: &Connection, filter: &UserFilter) -> Result<u64> {
    let c = conditions(filter);
    let sql = format!("SELECT count(*) FROM users AS u {}", c.where_sql());
    let n: i64 = conn.query_row(&sql, c.args(), |r| r.get(0))?;
    Ok(n as u64)
}

pub fn unique_property_names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM unique_properties ORDER BY name")?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

pub fn add_unique_property(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.execute(
        "INSERT INTO unique_properties (name) VALUES (?1) ON CONFLICT DO NOTHING",
        [name],
    )? > 0)
}

pub fn remove_unique_property(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM unique_properties WHERE name = ?1", [name])? > 0)
}

/// A value of property `name` held by more than one user (case-insensitively).
#[derive(Debug, Clone)]
pub struct Collision {
    pub value: String,
    pub user_ids: Vec<UserId>,
}

/// Values of property `name` that more than one user holds.
pub fn property_collisions(conn: &Connection, name: &str) -> Result<Vec<Collision>> {
    let mut stmt = conn.prepare(
        "SELECT min(value), group_concat(user_id) FROM user_properties
         WHERE name = ?1
         GROUP BY value COLLATE NOCASE
         HAVING count(*) > 1
         ORDER BY 1",
    )?;
    let rows = stmt.query_map([name], |r| {
        let ids: String = r.get(1)?;
        Ok(Collision {
            value: r.get(0)?,
            user_ids: ids
                .split(',')
                .filter_map(|s| s.parse().ok())
                .map(UserId)
                .collect(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Counts for `authctl info`.
#[derive(Debug, Clone, Copy, Default)]
pub struct UserStats {
    pub users: u64,
    pub verified: u64,
    pub disabled: u64,
    pub without_password: u64,
    pub auth_ids: u64,
}

pub fn stats(conn: &Connection) -> Result<UserStats> {
    let (users, verified, disabled, without_password) = conn.query_row(
        "SELECT count(*), coalesce(sum(verified), 0), coalesce(sum(disabled), 0),
                coalesce(sum(password_hash IS NULL), 0)
         FROM users",
        [],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        },
    )?;
    let auth_ids: i64 = conn.query_row("SELECT count(*) FROM auth_ids", [], |r| r.get(0))?;
    Ok(UserStats {
        users: users as u64,
        verified: verified as u64,
        disabled: disabled as u64,
        without_password: without_password as u64,
        auth_ids: auth_ids as u64,
    })
}

/// Every property name in use, sorted (the columns of a CSV export).
pub fn property_names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT name FROM user_properties ORDER BY name")?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}
