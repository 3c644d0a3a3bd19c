//! The database layer: opening files safely, the schema and its migrations,
//! and typed queries per table. Nothing here knows about the command line or
//! the terminal; callers pass plain values and get plain values back.

pub mod audit;
pub mod conditions;
pub mod health;
pub mod schema;
pub mod tokens;
pub mod users;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{fail, Code};

/// `PRAGMA application_id` of every authctl database: "AUTH" in ASCII.
pub const APPLICATION_ID: i32 = 0x4155_5448;

/// A user's row id. Kept distinct from other integers so that a token id or a
/// count can never be passed where a user is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserId(pub i64);

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// An open, checked authctl database.
pub struct Db {
    pub conn: Connection,
    pub path: PathBuf,
}

/// What the first 100 bytes of a file say about it, read without SQLite so
/// that looking never changes a byte.
#[derive(Debug, PartialEq, Eq)]
pub enum FileKind {
    Missing,
    Directory,
    /// A SQLite database with the given application_id and user_version.
    Sqlite {
        application_id: i32,
        user_version: i32,
    },
    /// Anything else: empty, text, random bytes.
    Other,
}

pub fn inspect(path: &Path) -> Result<FileKind> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(err) => return Err(err).with_context(|| format!("cannot read {}", path.display())),
    };
    if meta.is_dir() {
        return Ok(FileKind::Directory);
    }
    let mut header = [0u8; 100];
    let mut file =
        fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut filled = 0;
    while filled < header.len() {
        match file.read(&mut header[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    if filled < header.len() || &header[..16] != b"SQLite format 3\0" {
        return Ok(FileKind::Other);
    }
    let be = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    Ok(FileKind::Sqlite {
        user_version: be(60),
        application_id: be(68),
    })
}

fn missing_message(path: &Path) -> String {
    format!(
        "no database at {p}; create one with `authctl init --db {p}`",
        p = path.display()
    )
}

/// Open an existing file without creating it and apply the per-connection
/// settings the contract asks of every connection.
fn connect(path: &Path, busy_timeout: Duration) -> Result<Connection> {
    match inspect(path)? {
        FileKind::Missing => return Err(fail(Code::Database, missing_message(path))),
        FileKind::Directory => {
            return Err(fail(
                Code::Database,
                format!(
                    "{} is a directory, not a database; pass the database file with --db",
                    path.display()
                ),
            ))
        }
        FileKind::Other => {
            return Err(fail(
                Code::Database,
                format!(
                "{} is not an SQLite database; check --db (create a new one with `authctl init`)",
                path.display()
            ),
            ))
        }
        FileKind::Sqlite { .. } => {}
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .with_context(|| format!("cannot open database {}", path.display()))?;
    conn.busy_timeout(busy_timeout)?;
    Ok(conn)
}

fn set_connection_pragmas(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")?;
    Ok(())
}

fn read_ids(conn: &Connection, path: &Path) -> Result<(i32, i32)> {
    let read = || -> rusqlite::Result<(i32, i32)> {
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok((app, version))
    };
    read().map_err(|err| match permission_problem(&err, path) {
        Some(explained) => explained,
        None => anyhow::Error::new(err).context(format!("cannot read database {}", path.display())),
    })
}

/// `SQLITE_READONLY_DIRECTORY`: WAL cannot create its -shm/-wal files.
const READONLY_DIRECTORY: i32 = rusqlite::ffi::SQLITE_READONLY | (6 << 8);

/// Turn SQLite's permission errors into one line that says what to change.
fn permission_problem(err: &rusqlite::Error, path: &Path) -> Option<anyhow::Error> {
    let rusqlite::Error::SqliteFailure(failure, _) = err else {
        return None;
    };
    if failure.extended_code == READONLY_DIRECTORY {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        return Some(fail(
            Code::Database,
            format!(
                "cannot open {}: its directory {} is not writable for this user, and WAL mode needs to create {name}-wal and {name}-shm there; run authctl as the user the web app runs as, or let this user write to the directory",
                path.display(),
                dir.display(),
                name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            ),
        ));
    }
    if failure.code == rusqlite::ErrorCode::ReadOnly {
        return Some(read_only_file(path));
    }
    None
}

fn read_only_file(path: &Path) -> anyhow::Error {
    fail(
        Code::Database,
        format!(
            "cannot change {}: the database (or its -wal/-shm file) is read-only for this user; run authctl as the file's owner or fix its permissions",
            path.display()
        ),
    )
}

fn foreign_message(path: &Path) -> String {
    format!(
        "{} is an SQLite database of another application (application_id differs), not an authctl database; check --db",
        path.display()
    )
}

impl Db {
    /// Open a database of exactly the current schema version, for any command
    /// but `init` and `migrate`.
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Db> {
        let (db, version) = Db::open_for_migrate(path, busy_timeout)?;
        let current = schema::CURRENT_VERSION;
        if version < current {
            return Err(fail(
                Code::Database,
                format!(
                    "{} has schema version {version}, older than this authctl's ({current}); run `authctl migrate --db {}` first",
                    path.display(),
                    path.display()
                ),
            ));
        }
        Ok(db)
    }

    /// Open an authctl database of any version this authctl can migrate.
    pub fn open_for_migrate(path: &Path, busy_timeout: Duration) -> Result<(Db, i32)> {
        let conn = connect(path, busy_timeout)?;
        let (app, version) = read_ids(&conn, path)?;
        if app != APPLICATION_ID {
            return Err(fail(Code::Database, foreign_message(path)));
        }
        if version > schema::CURRENT_VERSION {
            return Err(fail(
                Code::Database,
                format!(
                    "{} has schema version {version}, newer than this authctl knows ({}); upgrade authctl",
                    path.display(),
                    schema::CURRENT_VERSION
                ),
            ));
        }
        set_connection_pragmas(&conn)?;
        Ok((
            Db {
                conn,
                path: path.to_path_buf(),
            },
            version,
        ))
    }

    /// Create a new database file (mode 0600) holding the current schema.
    /// The file must not exist; on any failure it is removed again.
    pub fn create(path: &Path, busy_timeout: Duration) -> Result<Db> {
        create_file_0600(path)?;
        let made = (|| -> Result<Db> {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(path, flags)?;
            conn.busy_timeout(busy_timeout)?;
            // WAL must be chosen outside a transaction; it persists in the file.
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                anyhow::bail!("SQLite refused WAL journal mode (got {mode}); the file must be on a local disk");
            }
            set_connection_pragmas(&conn)?;
            Ok(Db {
                conn,
                path: path.to_path_buf(),
            })
        })();
        if made.is_err() {
            remove_database_files(path);
        }
        made
    }

    /// Start a write transaction that takes the write lock at once, so a busy
    /// database is waited for (busy_timeout) before any work is done.
    pub fn write(&mut self) -> Result<rusqlite::Transaction<'_>> {
        // SQLite opens a file it may not write read-only without a word;
        // say so before any work rather than at the first INSERT.
        if self.conn.is_readonly(rusqlite::DatabaseName::Main)? {
            return Err(read_only_file(&self.path));
        }
        self.conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|err| permission_problem(&err, &self.path).unwrap_or_else(|| err.into()))
    }
}

#[cfg(unix)]
pub fn create_file_0600(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(())
}

#[cfg(not(unix))]
pub fn create_file_0600(path: &Path) -> Result<()> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(())
}

/// Remove a half-made database and its WAL side files.
pub fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

/// The current time in Unix seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}
