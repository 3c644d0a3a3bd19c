//! Exit codes and the typed errors that choose them.
//!
//! Every failure that a user or script can act on is an [`Failure`] with a
//! [`Code`]; anything else that reaches `main` is an internal error. Scripts
//! rely on these numbers, so they never change meaning (see the README table).

use std::fmt;

/// The documented exit codes of authctl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Everything worked.
    Success,
    /// A check said no: wrong password, invalid or expired token.
    CheckFailed,
    /// The command line could not be parsed (clap's own code).
    Usage,
    /// No such user, token or property.
    NotFound,
    /// A duplicate auth id or unique property value, or some other clash.
    Conflict,
    /// Input that breaks a rule: a bad auth id, password, duration, file row.
    InvalidInput,
    /// The database stayed locked by another writer for the whole busy timeout.
    Busy,
    /// The database is missing, not authctl's, or of another schema version.
    Database,
    /// `doctor` found problems in the database.
    Unhealthy,
    /// A bug or an unexpected system error.
    Internal,
}

impl Code {
    pub const ALL: [Code; 10] = [
        Code::Success,
        Code::CheckFailed,
        Code::Usage,
        Code::NotFound,
        Code::Conflict,
        Code::InvalidInput,
        Code::Busy,
        Code::Database,
        Code::Unhealthy,
        Code::Internal,
    ];

    /// The process exit status.
    pub fn number(self) -> u8 {
        match self {
            Code::Success => 0,
            Code::CheckFailed => 1,
            Code::Usage => 2,
            Code::NotFound => 3,
            Code::Conflict => 4,
            Code::InvalidInput => 5,
            Code::Busy => 6,
            Code::Database => 7,
            Code::Unhealthy => 8,
            Code::Internal => 70,
        }
    }

    /// The stable snake_case name used in `--json` error objects.
    pub fn name(self) -> &'static str {
        match self {
            Code::Success => "success",
            Code::CheckFailed => "check_failed",
            Code::Usage => "usage",
            Code::NotFound => "not_found",
            Code::Conflict => "conflict",
            Code::InvalidInput => "invalid_input",
            Code::Busy => "busy",
            Code::Database => "database",
            Code::Unhealthy => "unhealthy",
            Code::Internal => "internal",
        }
    }
}

/// A failure with a message for the user and the exit code it maps to.
#[derive(Debug)]
pub struct Failure {
    pub code: Code,
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

impl Failure {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }
}

/// Build an `anyhow::Error` carrying a [`Failure`].
pub fn fail(code: Code, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Failure::new(code, message))
}

pub fn not_found(message: impl Into<String>) -> anyhow::Error {
    fail(Code::NotFound, message)
}

pub fn conflict(message: impl Into<String>) -> anyhow::Error {
    fail(Code::Conflict, message)
}

pub fn invalid(message: impl Into<String>) -> anyhow::Error {
    fail(Code::InvalidInput, message)
}

pub fn check_failed(message: impl Into<String>) -> anyhow::Error {
    fail(Code::CheckFailed, message)
}

/// Decide the exit code of an error chain: the first typed failure wins;
/// SQLite's busy/locked and constraint errors are recognised wherever they sit.
pub fn classify(err: &anyhow::Error) -> Code {
    for cause in err.chain() {
        if let Some(failure) = cause.downcast_ref::<Failure>() {
            return failure.code;
        }
        if let Some(sqlite) = cause.downcast_ref::<rusqlite::Error>() {
            if let Some(code) = classify_sqlite(sqlite) {
                return code;
            }
        }
    }
    Code::Internal
}

fn classify_sqlite(err: &rusqlite::Error) -> Option<Code> {
    use rusqlite::ErrorCode as E;
    match err.sqlite_error_code()? {
        E::DatabaseBusy | E::DatabaseLocked => Some(Code::Busy),
        E::ConstraintViolation => Some(Code::Conflict),
        E::NotADatabase | E::ReadOnly | E::CannotOpen => Some(Code::Database),
        _ => None,
    }
}

/// True when the chain holds a closed-pipe write error (`authctl … | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return io.kind() == BrokenPipe;
        }
        // serde_json and csv wrap the io error without exposing it as a source.
        if let Some(json) = cause.downcast_ref::<serde_json::Error>() {
            return json.io_error_kind() == Some(BrokenPipe);
        }
        if let Some(csv) = cause.downcast_ref::<csv::Error>() {
            return matches!(csv.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe);
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_numbers_are_distinct_and_stable() {
        let numbers: Vec<u8> = Code::ALL.iter().map(|c| c.number()).collect();
        assert_eq!(numbers, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 70]);
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }

    #[test]
    fn typed_failure_wins_over_context() {
        let err =
            anyhow::Error::new(Failure::new(Code::NotFound, "no user")).context("while showing");
        assert_eq!(classify(&err), Code::NotFound);
    }

    #[test]
    fn sqlite_busy_is_busy_and_unknown_is_internal() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert_eq!(classify(&anyhow::Error::new(busy)), Code::Busy);
        assert_eq!(classify(&anyhow::anyhow!("boom")), Code::Internal);
    }

    #[test]
    fn broken_pipe_is_recognised_through_context() {
        let err = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing output");
        assert!(is_broken_pipe(&err));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }
}
