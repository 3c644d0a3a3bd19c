//! The command line, as clap types. Nothing past the command layer sees these.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "authctl",
    version,
    about = "Administer the SQLite user-account database a web application shares",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The account database file
    #[arg(
        long,
        global = true,
        env = "AUTHCTL_DB",
        default_value = "accounts.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,
    /// Machine-readable JSON on stdout (and JSON errors on stderr)
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing but results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Answer yes to confirmations (needed without a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Who is recorded in the audit log [default: the OS user name]
    #[arg(
        long,
        global = true,
        env = "AUTHCTL_ACTOR",
        value_name = "NAME",
        allow_hyphen_values = true
    )]
    pub actor: Option<String>,
    /// How long to wait for a locked database, in milliseconds
    #[arg(long, global = true, default_value_t = 5000, value_name = "MS")]
    pub busy_timeout: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new account database
    Init(InitArgs),
    /// Upgrade an older database to this authctl's schema version
    Migrate(MigrateArgs),
    /// Show the database's version, settings and counts
    Info,
    /// Check the database's integrity and invariants, read-only (exit 8 on problems)
    Doctor(DoctorArgs),
    /// Manage users, their auth ids, properties and passwords
    #[command(subcommand)]
    User(UserCommand),
    /// Declare which properties must hold values unique across users
    #[command(subcommand)]
    Unique(UniqueCommand),
    /// Issue, check, list, revoke and purge tokens
    #[command(subcommand)]
    Token(TokenCommand),
    /// Read the audit log, newest first
    Audit(AuditArgs),
    /// Create or update users in bulk from JSONL or CSV
    Import(ImportArgs),
    /// Write every user as JSONL or CSV
    Export(ExportArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(hide = true)]
    Man,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// A property whose values must be unique across users (repeatable)
    #[arg(long = "unique-property", value_name = "NAME")]
    pub unique_properties: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Run SQLite's quick_check instead of the full integrity_check (skips
    /// index contents; much faster on large files)
    #[arg(long)]
    pub quick: bool,
    // Hashes below this policy are reported as weak.
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Do not write a backup copy before migrating
    #[arg(long)]
    pub no_backup: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// argon2id parameters for new hashes.
#[derive(Debug, Args, Clone)]
pub struct PolicyArgs {
    /// argon2id memory cost in KiB for new hashes
    #[arg(
        long,
        env = "AUTHCTL_ARGON2_MEMORY",
        default_value_t = 19_456,
        value_name = "KIB"
    )]
    pub argon2_memory: u32,
    /// argon2id iterations for new hashes
    #[arg(
        long,
        env = "AUTHCTL_ARGON2_ITERATIONS",
        default_value_t = 2,
        value_name = "N"
    )]
    pub argon2_iterations: u32,
    /// argon2id parallelism for new hashes
    #[arg(
        long,
        env = "AUTHCTL_ARGON2_PARALLELISM",
        default_value_t = 1,
        value_name = "N"
    )]
    pub argon2_parallelism: u32,
}

/// Where a new password comes from; without any, a hidden prompt on a TTY.
#[derive(Debug, Args, Clone)]
#[group(multiple = false)]
pub struct PasswordSourceArgs {
    /// Read the password from standard input (one line)
    #[arg(long)]
    pub password_stdin: bool,
    /// Generate a random password and print it once
    #[arg(long)]
    pub generate_password: bool,
    /// Leave the user without a password
    #[arg(long)]
    pub no_password: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    Table,
    Json,
    Ndjson,
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user
    Create(UserCreateArgs),
    /// List users
    List(UserListArgs),
    /// Show everything about one user (never the hash)
    Show(UserArg),
    /// Delete users with their auth ids, properties and tokens
    Delete(UserDeleteArgs),
    /// Mark the e-mail address verified (with --token: only if the signup token is valid)
    Verify(UserVerifyArgs),
    /// Clear the e-mail-verified flag
    Unverify(UserArg),
    /// Lock an account and log it out everywhere
    Disable(UserDisableArgs),
    /// Unlock an account
    Enable(UserArg),
    /// Set properties (NAME=VALUE)
    Set(UserSetArgs),
    /// Remove properties
    Unset(UserUnsetArgs),
    /// Add a login name to a user
    AddAuthId(UserAuthIdArgs),
    /// Remove a login name from a user (not its last one)
    RemoveAuthId(UserAuthIdArgs),
    /// Set or clear a user's password
    SetPassword(UserSetPasswordArgs),
    /// Check a password; exit 0 on a match, 1 on a mismatch
    CheckPassword(UserCheckPasswordArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// A user id (all digits) or one of the user's auth ids
    #[arg(value_name = "USER")]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct UserCreateArgs {
    /// The user's first auth id (login name)
    #[arg(value_name = "AUTH_ID")]
    pub auth_id: String,
    /// A further auth id (repeatable)
    #[arg(long = "auth-id", value_name = "ID", allow_hyphen_values = true)]
    pub more_auth_ids: Vec<String>,
    /// A property (repeatable)
    #[arg(long = "prop", value_name = "NAME=VALUE", allow_hyphen_values = true)]
    pub props: Vec<String>,
    /// Mark the e-mail address verified
    #[arg(long)]
    pub verified: bool,
    /// Create the account locked
    #[arg(long)]
    pub disabled: bool,
    #[command(flatten)]
    pub password: PasswordSourceArgs,
    /// Create without a password and print a signup link (implies --no-password)
    #[arg(long, conflicts_with_all = ["password_stdin", "generate_password"])]
    pub invite: bool,
    /// Link template for --invite, with {user_id}, {token} and {subject}
    #[arg(
        long,
        env = "AUTHCTL_URL_TEMPLATE",
        value_name = "TEMPLATE",
        requires = "invite",
        allow_hyphen_values = true
    )]
    pub url: Option<String>,
    /// Lifetime of the --invite token (e.g. 7d)
    #[arg(
        long,
        value_name = "DURATION",
        requires = "invite",
        allow_hyphen_values = true
    )]
    pub ttl: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only verified users
    #[arg(long, conflicts_with = "unverified")]
    pub verified: bool,
    /// Only unverified users
    #[arg(long)]
    pub unverified: bool,
    /// Only disabled users
    #[arg(long, conflicts_with = "enabled")]
    pub disabled: bool,
    /// Only enabled users
    #[arg(long)]
    pub enabled: bool,
    /// Only users without a password
    #[arg(long)]
    pub no_password: bool,
    /// Only users with an auth id containing PATTERN (case-insensitive)
    #[arg(long = "auth-id", value_name = "PATTERN", allow_hyphen_values = true)]
    pub auth_id: Option<String>,
    /// Only users whose property NAME equals VALUE (case-insensitive; repeatable)
    #[arg(long = "prop", value_name = "NAME=VALUE", allow_hyphen_values = true)]
    pub props: Vec<String>,
    /// Only users created at or after DATE (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub created_since: Option<String>,
    /// Only users created before DATE
    #[arg(long, value_name = "DATE")]
    pub created_before: Option<String>,
    /// At most N users [table default: 100]
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Only users with an id greater than ID (paging)
    #[arg(long, value_name = "ID")]
    pub after: Option<i64>,
    /// Output format (--json means json)
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
}

#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    /// Users to delete
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<String>,
    /// Show what would be deleted, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UserVerifyArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// Verify only if this is a valid signup token of the user (consumes it)
    #[arg(long, value_name = "TOKEN", allow_hyphen_values = true)]
    pub token: Option<String>,
}

#[derive(Debug, Args)]
pub struct UserDisableArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// Keep the user's auth and bearer tokens
    #[arg(long)]
    pub keep_sessions: bool,
}

#[derive(Debug, Args)]
pub struct UserSetArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// Properties to set
    #[arg(value_name = "NAME=VALUE", required = true, allow_hyphen_values = true)]
    pub assignments: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UserUnsetArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// Properties to remove
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UserAuthIdArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    #[arg(value_name = "AUTH_ID", allow_hyphen_values = true)]
    pub auth_id: String,
}

#[derive(Debug, Args)]
pub struct UserSetPasswordArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    #[command(flatten)]
    pub password: PasswordSourceArgs,
    /// Keep the user's login sessions (auth tokens)
    #[arg(long)]
    pub keep_sessions: bool,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct UserCheckPasswordArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// Read the password from standard input (one line)
    #[arg(long)]
    pub password_stdin: bool,
    /// Do not upgrade an old hash after a match
    #[arg(long)]
    pub no_upgrade: bool,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Subcommand)]
pub enum UniqueCommand {
    /// Require values of property NAME to differ between users
    Add(UniqueNameArg),
    /// Stop requiring unique values for property NAME
    Remove(UniqueNameArg),
    /// List the unique properties
    List,
}

#[derive(Debug, Args)]
pub struct UniqueNameArg {
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries about this user
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only entries of this action (e.g. user.create)
    #[arg(long, value_name = "NAME")]
    pub action: Option<String>,
    /// Only entries at or after DATE
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// At most N entries
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FileFormat {
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OnConflict {
    /// Refuse the whole import
    Fail,
    /// Leave existing users alone
    Skip,
    /// Change the given fields of existing users
    Update,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read, or - for standard input
    #[arg(value_name = "FILE|-", allow_hyphen_values = true)]
    pub file: String,
    /// File format [default: csv for *.csv, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Check everything and report, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// What to do with rows whose auth ids already exist
    #[arg(long, value_enum, default_value_t = OnConflict::Fail)]
    pub on_conflict: OnConflict,
    /// Threads hashing cleartext passwords [default: the number of cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
    pub jobs: Option<u32>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = FileFormat::Jsonl)]
    pub format: FileFormat,
    /// Include the stored password hashes (handle the output as a secret)
    #[arg(long)]
    pub with_hashes: bool,
}

/// Subjects authctl can name on the command line.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SubjectArg {
    Auth,
    Signup,
    Reset,
    Bearer,
}

impl SubjectArg {
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectArg::Auth => "auth",
            SubjectArg::Signup => "signup",
            SubjectArg::Reset => "reset",
            SubjectArg::Bearer => "bearer",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue a signup, reset or bearer token and print it once
    Issue(TokenIssueArgs),
    /// Check a token; exit 0 when valid, 1 otherwise
    Check(TokenCheckArgs),
    /// List tokens (never the tokens themselves)
    List(TokenListArgs),
    /// Revoke a user's tokens, one token by id, or one token by value
    Revoke(TokenRevokeArgs),
    /// Delete expired tokens in short batches (for cron)
    Purge(TokenPurgeArgs),
}

#[derive(Debug, Args)]
pub struct TokenIssueArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// What the token is for
    #[arg(long, value_enum)]
    pub subject: SubjectArg,
    /// Lifetime such as 90m, 48h, 7d [default: signup 7d, reset 24h, bearer 90d]
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub ttl: Option<String>,
    /// Print a link built from TEMPLATE ({user_id}, {token}, {subject})
    #[arg(
        long,
        env = "AUTHCTL_URL_TEMPLATE",
        value_name = "TEMPLATE",
        allow_hyphen_values = true
    )]
    pub url: Option<String>,
    /// Keep the user's earlier signup or reset tokens
    #[arg(long)]
    pub keep_existing: bool,
}

#[derive(Debug, Args)]
pub struct TokenCheckArgs {
    #[arg(value_name = "USER")]
    pub user: String,
    /// The token string
    #[arg(value_name = "TOKEN", allow_hyphen_values = true)]
    pub token: String,
    #[arg(long, value_enum)]
    pub subject: SubjectArg,
    /// Delete the token when it is valid (use it up)
    #[arg(long)]
    pub consume: bool,
}

#[derive(Debug, Args)]
pub struct TokenListArgs {
    /// Only this user's tokens
    #[arg(value_name = "USER")]
    pub user: Option<String>,
    #[arg(long, value_enum)]
    pub subject: Option<SubjectArg>,
    /// Only expired tokens
    #[arg(long, conflicts_with = "valid")]
    pub expired: bool,
    /// Only valid tokens
    #[arg(long)]
    pub valid: bool,
    /// Output format (--json means json)
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("target").required(true).args(["user", "id", "token"]))]
pub struct TokenRevokeArgs {
    /// Revoke this user's tokens
    #[arg(value_name = "USER")]
    pub user: Option<String>,
    /// Only tokens of this subject (with USER)
    #[arg(long, value_enum, requires = "user")]
    pub subject: Option<SubjectArg>,
    /// Revoke the token with this id
    #[arg(long, value_name = "N", conflicts_with_all = ["user", "token"])]
    pub id: Option<i64>,
    /// Revoke the token with this value
    #[arg(
        long,
        value_name = "TOKEN",
        allow_hyphen_values = true,
        conflicts_with = "user"
    )]
    pub token: Option<String>,
}

#[derive(Debug, Args)]
pub struct TokenPurgeArgs {
    /// Only tokens of this subject
    #[arg(long, value_enum)]
    pub subject: Option<SubjectArg>,
    /// Count what would be deleted, delete nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Most rows per transaction (batches are also sized to hold the write lock about 70 ms)
    #[arg(long, value_name = "N", default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub batch_size: u32,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn every_command_and_help_is_well_formed() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn hyphen_values_reach_authctl_validation() {
        use clap::Parser;
        let cli = super::Cli::try_parse_from([
            "authctl",
            "token",
            "issue",
            "alice",
            "--subject",
            "reset",
            "--ttl",
            "-1h",
        ])
        .expect("--ttl -1h parses as a value");
        match cli.command {
            super::Command::Token(super::TokenCommand::Issue(args)) => {
                assert_eq!(args.ttl.as_deref(), Some("-1h"))
            }
            other => panic!("{other:?}"),
        }
    }
}
