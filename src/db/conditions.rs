//! WHERE clauses built from the filters a command was given.
//!
//! Only the filters present go into the SQL. The alternative, one fixed
//! statement with `?1 IS NULL OR user_id = ?1`, is planned once for every
//! case, so SQLite cannot use the index that serves the filter and walks
//! the whole table even for one user.

use rusqlite::types::Value;

/// Clauses joined with AND, and the values of their numbered parameters.
#[derive(Debug, Default)]
pub struct Conditions {
    clauses: Vec<String>,
    args: Vec<Value>,
}

impl Conditions {
    /// Bind `value` and return its placeholder (`?N`) for a clause or for the
    /// rest of the statement.
    pub fn bind(&mut self, value: impl Into<Value>) -> String {
        self.args.push(value.into());
        format!("?{}", self.args.len())
    }

    /// Bind a `LIMIT`: none (-1 to SQLite) or at most i64::MAX rows.
    pub fn bind_limit(&mut self, limit: Option<u64>) -> String {
        self.bind(limit.map_or(-1, |n| n.min(i64::MAX as u64) as i64))
    }

    pub fn require(&mut self, clause: String) {
        self.clauses.push(clause);
    }

    /// `WHERE a AND b`, or nothing when no filter was given.
    pub fn where_sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }

    pub fn args(&self) -> rusqlite::ParamsFromIter<&[Value]> {
        rusqlite::params_from_iter(&self.args[..])
    }
}
