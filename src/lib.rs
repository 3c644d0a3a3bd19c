//! authctl: administer the SQLite account database a web app shares.
//!
//! `run` is the single place where errors become messages and exit codes.

pub mod cli;
pub mod commands;
pub mod db;
pub mod error;
pub mod import;
pub mod output;
pub mod password;
pub mod pause;
pub mod prompt;
pub mod token;
pub mod validate;

use error::Code;
use output::Output;

/// Run a parsed command line and return its exit code, having reported any
/// error once on stderr.
pub fn run(cli: cli::Cli) -> Code {
    let out = Output::new(cli.global.json, cli.global.quiet);
    match commands::dispatch(cli, out) {
        Ok(code) => code,
        Err(err) if error::is_broken_pipe(&err) => Code::Success,
        Err(err) => {
            let code = error::classify(&err);
            out.error(code, &describe(&err, code));
            code
        }
    }
}

/// One line: the message and its causes (`message: cause: cause`), with a
/// hint for codes whose fix is always the same.
fn describe(err: &anyhow::Error, code: Code) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if parts.last().is_none_or(|last| !last.contains(&text)) {
            parts.push(text);
        }
    }
    let mut line = parts.join(": ").replace('\n', " ");
    if code == Code::Busy && !line.contains("busy-timeout") {
        line.push_str(" (another process holds the database; retry later or raise --busy-timeout)");
    }
    if code == Code::Conflict && line.contains("constraint failed") {
        line.push_str(" (a value clashes with another user's; nothing was changed)");
    }
    line
}
