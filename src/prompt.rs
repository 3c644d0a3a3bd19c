//! Everything that reads from the person at the terminal or from stdin.
//! Prompts appear only when both stdin and stderr are terminals, so a script
//! never hangs on one.

use std::io::{self, IsTerminal, Read};

use anyhow::Result;
use zeroize::Zeroizing;

use crate::error::{fail, invalid, Code};
use crate::password::Secret;

/// Upper bound on what `--password-stdin` reads: enough to tell "too long"
/// from a valid password without holding a huge input in memory.
const STDIN_LIMIT: u64 = 64 * 1024;

pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Read a password from stdin: one trailing `\n` or `\r\n` is removed,
/// nothing else.
pub fn password_from_stdin() -> Result<Secret> {
    let mut buffer = Zeroizing::new(Vec::new());
    io::stdin()
        .lock()
        .take(STDIN_LIMIT + 1)
        .read_to_end(&mut buffer)
        .map_err(|e| invalid(format!("cannot read the password from stdin: {e}")))?;
    if buffer.len() as u64 > STDIN_LIMIT {
        return Err(invalid(format!(
            "password on stdin is too long (over {STDIN_LIMIT} bytes); send one line"
        )));
    }
    if buffer.ends_with(b"\r\n") {
        let keep = buffer.len() - 2;
        buffer.truncate(keep);
    } else if buffer.ends_with(b"\n") {
        let keep = buffer.len() - 1;
        buffer.truncate(keep);
    }
    Ok(buffer)
}

fn no_terminal(what: &str, flags: &str) -> anyhow::Error {
    invalid(format!(
        "cannot prompt for {what} without a terminal; pass {flags}"
    ))
}

/// Ask for a new password twice at a hidden prompt.
pub fn new_password(flags_hint: &str) -> Result<Secret> {
    if !interactive() {
        return Err(no_terminal("a password", flags_hint));
    }
    let text = dialoguer::Password::new()
        .with_prompt("New password")
        .with_confirmation("Repeat password", "the passwords differ")
        .interact()
        .map_err(|e| invalid(format!("password prompt failed: {e}")))?;
    Ok(Zeroizing::new(text.into_bytes()))
}

/// Ask for a password once at a hidden prompt (for checking).
pub fn existing_password() -> Result<Secret> {
    if !interactive() {
        return Err(no_terminal("a password", "--password-stdin"));
    }
    let text = dialoguer::Password::new()
        .with_prompt("Password")
        .allow_empty_password(true)
        .interact()
        .map_err(|e| invalid(format!("password prompt failed: {e}")))?;
    Ok(Zeroizing::new(text.into_bytes()))
}

/// Confirm a destructive step: `--yes` skips the question; without a terminal
/// the command refuses; the default answer is no.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(invalid(format!(
            "{question} needs confirmation; pass --yes (or --dry-run to see what it would do)"
        )));
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| invalid(format!("confirmation prompt failed: {e}")))?;
    if answer {
        Ok(())
    } else {
        Err(fail(
            Code::CheckFailed,
            "not confirmed; nothing was changed",
        ))
    }
}
