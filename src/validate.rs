//! Rules for names typed by people: auth ids, property names, USER
//! references and dates. Each failure is an invalid-input error that says
//! what is wrong and how to fix it.

use crate::error::invalid;
use crate::output::sanitize;

pub const MAX_AUTH_ID_CHARS: usize = 254;

/// How a command names a user: all digits is a user id, anything else an
/// auth id. Auth ids may therefore never be all digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    Id(i64),
    AuthId(String),
}

pub fn parse_user_ref(text: &str) -> anyhow::Result<UserRef> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let id = text.parse().map_err(|_| {
            invalid(format!(
                "user id '{text}' is too large; check the id (`authctl user list`)"
            ))
        })?;
        return Ok(UserRef::Id(id));
    }
    if text.is_empty() {
        return Err(invalid(
            "empty USER; name a user by numeric id or by one of its auth ids",
        ));
    }
    Ok(UserRef::AuthId(text.to_string()))
}

/// Auth ids: non-empty, at most 254 characters, no control characters, no
/// leading or trailing white space, and not all digits (those name user ids).
pub fn auth_id(text: &str) -> anyhow::Result<()> {
    let shown = sanitize(text);
    if text.is_empty() {
        return Err(invalid(
            "auth id is empty; give a login name such as alice or alice@example.com",
        ));
    }
    let chars = text.chars().count();
    if chars > MAX_AUTH_ID_CHARS {
        return Err(invalid(format!(
            "auth id is too long ({chars} characters); use at most {MAX_AUTH_ID_CHARS}"
        )));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(format!(
            "auth id '{shown}' contains control characters; remove them"
        )));
    }
    if text.trim() != text {
        return Err(invalid(format!(
            "auth id '{shown}' has leading or trailing white space; remove it"
        )));
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(format!(
            "auth id '{shown}' is all digits, which would read as a user id; add a prefix such as 'user:{shown}'"
        )));
    }
    Ok(())
}

/// Property names: `[A-Za-z_][A-Za-z0-9_]*`, at most 64 characters.
pub fn property_name(name: &str) -> anyhow::Result<()> {
    let mut bytes = name.bytes();
    let valid = matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && name.len() <= 64;
    if !valid {
        return Err(invalid(format!(
            "property name '{}' is not valid; use letters, digits and _ (not starting with a digit, at most 64)",
            sanitize(name)
        )));
    }
    Ok(())
}

/// Property values: any text without NUL, at most 4096 bytes.
pub fn property_value(name: &str, value: &str) -> anyhow::Result<()> {
    if value.contains('\0') {
        return Err(invalid(format!(
            "value of property '{name}' contains NUL; remove it"
        )));
    }
    if value.len() > 4096 {
        return Err(invalid(format!(
            "value of property '{name}' is too long ({} bytes); use at most 4096",
            value.len()
        )));
    }
    Ok(())
}

/// Split and check a `NAME=VALUE` argument.
pub fn assignment(text: &str) -> anyhow::Result<(String, String)> {
    let (name, value) = text.split_once('=').ok_or_else(|| {
        invalid(format!(
            "'{}' is not NAME=VALUE; write e.g. email_address=alice@example.com",
            sanitize(text)
        ))
    })?;
    property_name(name)?;
    property_value(name, value)?;
    Ok((name.to_string(), value.to_string()))
}

/// Parse a date for filters: `YYYY-MM-DD` (midnight UTC) or RFC 3339.
pub fn date(text: &str) -> anyhow::Result<i64> {
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        if let Some(midnight) = day.and_hms_opt(0, 0, 0) {
            return Ok(midnight.and_utc().timestamp());
        }
    }
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(time.timestamp());
    }
    Err(invalid(format!(
        "invalid date '{}'; use YYYY-MM-DD or RFC 3339 such as 2026-01-31T12:00:00Z",
        sanitize(text)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_refs() {
        assert_eq!(parse_user_ref("42").unwrap(), UserRef::Id(42));
        assert_eq!(
            parse_user_ref("alice").unwrap(),
            UserRef::AuthId("alice".into())
        );
        assert_eq!(
            parse_user_ref("user:42").unwrap(),
            UserRef::AuthId("user:42".into())
        );
        assert!(parse_user_ref("").is_err());
        assert!(parse_user_ref("99999999999999999999999").is_err());
    }

    #[test]
    fn auth_id_rules() {
        assert!(auth_id("alice@example.com").is_ok());
        assert!(auth_id("google:1234").is_ok());
        for bad in ["", " alice", "alice ", "a\tb", "12345", "a\u{1b}[31m"] {
            assert!(auth_id(bad).is_err(), "{bad:?}");
        }
        assert!(auth_id(&"a".repeat(254)).is_ok());
        assert!(auth_id(&"a".repeat(255)).is_err());
    }

    #[test]
    fn property_rules() {
        assert!(property_name("email_address").is_ok());
        assert!(property_name("_x1").is_ok());
        for bad in ["", "1a", "a b", "a=b", "x;DROP TABLE users"] {
            assert!(property_name(bad).is_err(), "{bad}");
        }
        assert_eq!(assignment("a=b=c").unwrap(), ("a".into(), "b=c".into()));
        assert!(assignment("novalue").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(date("1970-01-02").unwrap(), 86_400);
        assert_eq!(date("1970-01-01T00:01:00Z").unwrap(), 60);
        assert!(date("2026-13-01").is_err());
        assert!(date("yesterday").is_err());
    }
}
