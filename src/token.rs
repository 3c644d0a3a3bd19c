//! Token generation, digests and time-to-live rules.

use base64::Engine;
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::invalid;
use crate::output::sanitize;

/// The longest TTL accepted: ten years.
pub const MAX_TTL_SECONDS: i64 = 3650 * 86_400;

/// A fresh token: 32 bytes from the OS random source, base64url, no padding.
pub fn generate() -> Zeroizing<String> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    OsRng.fill_bytes(bytes.as_mut());
    Zeroizing::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes.as_ref()))
}

/// Lowercase hex SHA-256 of the token string exactly as handed out: the only
/// form a token is stored or looked up in.
pub fn digest(token: &str) -> String {
    let hash = Sha256::digest(token.as_bytes());
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// The subjects authctl may issue; `auth` sessions belong to the web app.
pub fn default_ttl_seconds(subject: &str) -> Option<i64> {
    match subject {
        "signup" => Some(7 * 86_400),
        "reset" => Some(24 * 3_600),
        "bearer" => Some(90 * 86_400),
        _ => None,
    }
}

/// Parse a duration such as `90m`, `48h`, `7d`, `30s` or `2w` into seconds,
/// more than zero and at most ten years.
pub fn parse_ttl(text: &str) -> anyhow::Result<i64> {
    let bad = || {
        invalid(format!(
            "invalid duration '{}'; use a number with a unit s, m, h, d or w, such as 90m, 48h or 7d (more than 0, at most 3650d)",
            sanitize(text)
        ))
    };
    let text_trimmed = text.trim();
    let split = text_trimmed
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(bad)?;
    let (number, unit) = text_trimmed.split_at(split);
    if number.is_empty() {
        return Err(bad());
    }
    let amount: i64 = number.parse().map_err(|_| bad())?;
    let unit_seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(bad()),
    };
    let seconds = amount.checked_mul(unit_seconds).ok_or_else(bad)?;
    if seconds <= 0 || seconds > MAX_TTL_SECONDS {
        return Err(bad());
    }
    Ok(seconds)
}

/// Fill a link template's `{user_id}`, `{token}` and `{subject}`.
pub fn render_url(template: &str, user_id: i64, token: &str, subject: &str) -> String {
    template
        .replace("{user_id}", &user_id.to_string())
        .replace("{subject}", subject)
        .replace("{token}", token)
}

/// A template must place the token somewhere, or the link is useless.
pub fn check_template(template: &str) -> anyhow::Result<()> {
    if !template.contains("{token}") {
        return Err(invalid(format!(
            "URL template '{}' has no {{token}}; include it, e.g. https://example.com/v/{{user_id}}-{{token}}",
            sanitize(template)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_43_base64url_chars_and_differ() {
        let a = generate();
        assert_eq!(a.len(), 43);
        assert!(a
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_ne!(*a, *generate());
    }

    #[test]
    fn digest_is_lowercase_sha256_hex() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn ttl_parsing() {
        assert_eq!(parse_ttl("90m").unwrap(), 5400);
        assert_eq!(parse_ttl("48h").unwrap(), 172_800);
        assert_eq!(parse_ttl("7d").unwrap(), 604_800);
        assert_eq!(parse_ttl("3650d").unwrap(), MAX_TTL_SECONDS);
        for bad in [
            "0",
            "0h",
            "-1h",
            "999999999d",
            "abc",
            "",
            "3651d",
            "5",
            "h",
            "1.5h",
        ] {
            assert!(parse_ttl(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn url_template() {
        assert_eq!(
            render_url(
                "https://x/v/{user_id}-{token}?s={subject}",
                7,
                "T",
                "signup"
            ),
            "https://x/v/7-T?s=signup"
        );
        assert!(check_template("https://x/{user_id}").is_err());
    }
}

/// Durations and templates typed by people: no panic, and only sane TTLs.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Failures are reproduced from the printed input and pinned as unit
        // tests, not kept in a proptest-regressions/ folder.
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_duration_text_is_parsed_or_refused(text in "[0-9]{0,22}[smhdwx ]?|.{0,12}") {
            match parse_ttl(&text) {
                Ok(seconds) => prop_assert!(seconds > 0 && seconds <= MAX_TTL_SECONDS),
                Err(err) => prop_assert!(!err.to_string().contains(char::is_control), "{}", err),
            }
        }

        #[test]
        fn any_template_is_checked_without_panic(template in ".{0,40}") {
            if check_template(&template).is_ok() {
                let url = render_url(&template, 7, "TOKEN", "reset");
                prop_assert!(url.contains("TOKEN"));
            }
        }
    }
}
