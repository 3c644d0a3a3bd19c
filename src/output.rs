//! Every print goes through here: JSON on stdout, tables for people,
//! messages on stderr, timestamps, and escaping of untrusted text.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use anyhow::Result;
use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;

use crate::error::Code;

/// How to talk to the caller, decided once from the flags and the terminal.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    /// Colours on stderr: a TTY and no NO_COLOR.
    pub color: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Output {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Output {
            json,
            quiet,
            color: !no_color && io::stderr().is_terminal(),
        }
    }

    /// A progress or confirmation message for people, on stderr; silenced by
    /// --quiet and by --json (scripts read the JSON instead).
    pub fn note(&self, message: &str) {
        if !self.quiet && !self.json {
            let _ = writeln!(io::stderr(), "{message}");
        }
    }

    /// A warning on stderr; shown even in JSON mode, silenced by --quiet.
    pub fn warn(&self, message: &str) {
        if !self.quiet {
            let prefix = if self.color {
                "\x1b[33mwarning:\x1b[0m"
            } else {
                "warning:"
            };
            let _ = writeln!(io::stderr(), "authctl: {prefix} {message}");
        }
    }

    /// Report a failure on stderr: one line, or a JSON object under --json.
    pub fn error(&self, code: Code, message: &str) {
        let mut stderr = io::stderr().lock();
        if self.json {
            let object = serde_json::json!({
                "error": { "code": code.name(), "exit_code": code.number(), "message": message }
            });
            let _ = writeln!(stderr, "{object}");
        } else {
            let prefix = if self.color {
                "\x1b[31merror:\x1b[0m"
            } else {
                "error:"
            };
            let _ = writeln!(stderr, "authctl: {prefix} {message}");
        }
    }
}

/// Write one JSON value and a newline to stdout.
pub fn print_json(value: &Value) -> Result<()> {
    let mut stdout = io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value)?;
    writeln!(stdout)?;
    stdout.flush()?;
    Ok(())
}

/// Write one line to stdout (a result, not a message).
pub fn print_line(line: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{line}")?;
    stdout.flush()?;
    Ok(())
}

/// RFC 3339 in UTC, for JSON.
pub fn rfc3339(unix_seconds: i64) -> String {
    // to_rfc3339_opts, not format("…"): no format string to parse per call,
    // which shows when list and export print a million timestamps.
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| unix_seconds.to_string())
}

/// A short UTC time for tables.
pub fn human_time(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| unix_seconds.to_string())
}

/// True for characters that could move the cursor, recolour the terminal or
/// reorder text: control characters and Unicode bidi controls.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200E}' | '\u{200F}' | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}')
}

/// Escape untrusted text for a terminal; JSON output keeps the raw text.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_unsafe(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A table in the project's style, fitted to the terminal width.
pub fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !header.is_empty() {
        table.set_header(header.to_vec());
    }
    if !io::stdout().is_terminal() {
        table.load_preset(presets::ASCII_MARKDOWN);
    }
    table
}

pub fn print_table(table: &Table) -> Result<()> {
    print_line(&table.to_string())
}

/// Token counts per subject, `(subject, total, expired)`, as a JSON object.
pub fn token_counts_json(counts: &[(String, u64, u64)]) -> Value {
    let mut per_subject = serde_json::Map::new();
    for (subject, total, expired) in counts {
        per_subject.insert(
            subject.clone(),
            serde_json::json!({"total": total, "expired": expired}),
        );
    }
    Value::Object(per_subject)
}

/// Token counts per subject as rows of a two-column table.
pub fn add_token_count_rows(table: &mut Table, counts: &[(String, u64, u64)]) {
    for (subject, total, expired) in counts {
        table.add_row(vec![
            format!("{subject} tokens"),
            format!("{total} ({expired} expired)"),
        ]);
    }
}

pub fn yes_no(flag: bool) -> &'static str {
    if flag {
        "yes"
    } else {
        "no"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_ansi_and_bidi_only() {
        assert_eq!(sanitize("alice"), "alice");
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(sanitize("ünïcode"), "ünïcode");
    }

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(human_time(86_400 + 61), "1970-01-02 00:01");
    }
}
