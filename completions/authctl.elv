
use builtin;
use str;

set edit:completion:arg-completer[authctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'authctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'authctl'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new account database'
            cand migrate 'Upgrade an older database to this authctl''s schema version'
            cand info 'Show the database''s version, settings and counts'
            cand doctor 'Check the database''s integrity and invariants, read-only (exit 8 on problems)'
            cand user 'Manage users, their auth ids, properties and passwords'
            cand unique 'Declare which properties must hold values unique across users'
            cand token 'Issue, check, list, revoke and purge tokens'
            cand audit 'Read the audit log, newest first'
            cand import 'Create or update users in bulk from JSONL or CSV'
            cand export 'Write every user as JSONL or CSV'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;init'= {
            cand --unique-property 'A property whose values must be unique across users (repeatable)'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;migrate'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --no-backup 'Do not write a backup copy before migrating'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;info'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;doctor'= {
            cand --argon2-memory 'argon2id memory cost in KiB for new hashes'
            cand --argon2-iterations 'argon2id iterations for new hashes'
            cand --argon2-parallelism 'argon2id parallelism for new hashes'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --quick 'Run SQLite''s quick_check instead of the full integrity_check (skips index contents; much faster on large files)'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show everything about one user (never the hash)'
            cand delete 'Delete users with their auth ids, properties and tokens'
            cand verify 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
            cand unverify 'Clear the e-mail-verified flag'
            cand disable 'Lock an account and log it out everywhere'
            cand enable 'Unlock an account'
            cand set 'Set properties (NAME=VALUE)'
            cand unset 'Remove properties'
            cand add-auth-id 'Add a login name to a user'
            cand remove-auth-id 'Remove a login name from a user (not its last one)'
            cand set-password 'Set or clear a user''s password'
            cand check-password 'Check a password; exit 0 on a match, 1 on a mismatch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;user;create'= {
            cand --auth-id 'A further auth id (repeatable)'
            cand --prop 'A property (repeatable)'
            cand --url 'Link template for --invite, with {user_id}, {token} and {subject}'
            cand --ttl 'Lifetime of the --invite token (e.g. 7d)'
            cand --argon2-memory 'argon2id memory cost in KiB for new hashes'
            cand --argon2-iterations 'argon2id iterations for new hashes'
            cand --argon2-parallelism 'argon2id parallelism for new hashes'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --verified 'Mark the e-mail address verified'
            cand --disabled 'Create the account locked'
            cand --password-stdin 'Read the password from standard input (one line)'
            cand --generate-password 'Generate a random password and print it once'
            cand --no-password 'Leave the user without a password'
            cand --invite 'Create without a password and print a signup link (implies --no-password)'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;list'= {
            cand --auth-id 'Only users with an auth id containing PATTERN (case-insensitive)'
            cand --prop 'Only users whose property NAME equals VALUE (case-insensitive; repeatable)'
            cand --created-since 'Only users created at or after DATE (YYYY-MM-DD or RFC 3339)'
            cand --created-before 'Only users created before DATE'
            cand --limit 'At most N users [table default: 100]'
            cand --after 'Only users with an id greater than ID (paging)'
            cand --format 'Output format (--json means json)'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --verified 'Only verified users'
            cand --unverified 'Only unverified users'
            cand --disabled 'Only disabled users'
            cand --enabled 'Only enabled users'
            cand --no-password 'Only users without a password'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;show'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;delete'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --dry-run 'Show what would be deleted, change nothing'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;verify'= {
            cand --token 'Verify only if this is a valid signup token of the user (consumes it)'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;unverify'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;disable'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --keep-sessions 'Keep the user''s auth and bearer tokens'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;enable'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;set'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;unset'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;add-auth-id'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;remove-auth-id'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;set-password'= {
            cand --argon2-memory 'argon2id memory cost in KiB for new hashes'
            cand --argon2-iterations 'argon2id iterations for new hashes'
            cand --argon2-parallelism 'argon2id parallelism for new hashes'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --password-stdin 'Read the password from standard input (one line)'
            cand --generate-password 'Generate a random password and print it once'
            cand --no-password 'Leave the user without a password'
            cand --keep-sessions 'Keep the user''s login sessions (auth tokens)'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;check-password'= {
            cand --argon2-memory 'argon2id memory cost in KiB for new hashes'
            cand --argon2-iterations 'argon2id iterations for new hashes'
            cand --argon2-parallelism 'argon2id parallelism for new hashes'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --password-stdin 'Read the password from standard input (one line)'
            cand --no-upgrade 'Do not upgrade an old hash after a match'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;user;help'= {
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show everything about one user (never the hash)'
            cand delete 'Delete users with their auth ids, properties and tokens'
            cand verify 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
            cand unverify 'Clear the e-mail-verified flag'
            cand disable 'Lock an account and log it out everywhere'
            cand enable 'Unlock an account'
            cand set 'Set properties (NAME=VALUE)'
            cand unset 'Remove properties'
            cand add-auth-id 'Add a login name to a user'
            cand remove-auth-id 'Remove a login name from a user (not its last one)'
            cand set-password 'Set or clear a user''s password'
            cand check-password 'Check a password; exit 0 on a match, 1 on a mismatch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;user;help;create'= {
        }
        &'authctl;user;help;list'= {
        }
        &'authctl;user;help;show'= {
        }
        &'authctl;user;help;delete'= {
        }
        &'authctl;user;help;verify'= {
        }
        &'authctl;user;help;unverify'= {
        }
        &'authctl;user;help;disable'= {
        }
        &'authctl;user;help;enable'= {
        }
        &'authctl;user;help;set'= {
        }
        &'authctl;user;help;unset'= {
        }
        &'authctl;user;help;add-auth-id'= {
        }
        &'authctl;user;help;remove-auth-id'= {
        }
        &'authctl;user;help;set-password'= {
        }
        &'authctl;user;help;check-password'= {
        }
        &'authctl;user;help;help'= {
        }
        &'authctl;unique'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Require values of property NAME to differ between users'
            cand remove 'Stop requiring unique values for property NAME'
            cand list 'List the unique properties'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;unique;add'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;unique;remove'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;unique;list'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;unique;help'= {
            cand add 'Require values of property NAME to differ between users'
            cand remove 'Stop requiring unique values for property NAME'
            cand list 'List the unique properties'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;unique;help;add'= {
        }
        &'authctl;unique;help;remove'= {
        }
        &'authctl;unique;help;list'= {
        }
        &'authctl;unique;help;help'= {
        }
        &'authctl;token'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Issue a signup, reset or bearer token and print it once'
            cand check 'Check a token; exit 0 when valid, 1 otherwise'
            cand list 'List tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s tokens, one token by id, or one token by value'
            cand purge 'Delete expired tokens in short batches (for cron)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;token;issue'= {
            cand --subject 'What the token is for'
            cand --ttl 'Lifetime such as 90m, 48h, 7d [default: signup 7d, reset 24h, bearer 90d]'
            cand --url 'Print a link built from TEMPLATE ({user_id}, {token}, {subject})'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --keep-existing 'Keep the user''s earlier signup or reset tokens'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;token;check'= {
            cand --subject 'subject'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --consume 'Delete the token when it is valid (use it up)'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;token;list'= {
            cand --subject 'subject'
            cand --format 'Output format (--json means json)'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --expired 'Only expired tokens'
            cand --valid 'Only valid tokens'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;token;revoke'= {
            cand --subject 'Only tokens of this subject (with USER)'
            cand --id 'Revoke the token with this id'
            cand --token 'Revoke the token with this value'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;token;purge'= {
            cand --subject 'Only tokens of this subject'
            cand --batch-size 'Most rows per transaction (batches are also sized to hold the write lock about 70 ms)'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --dry-run 'Count what would be deleted, delete nothing'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;token;help'= {
            cand issue 'Issue a signup, reset or bearer token and print it once'
            cand check 'Check a token; exit 0 when valid, 1 otherwise'
            cand list 'List tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s tokens, one token by id, or one token by value'
            cand purge 'Delete expired tokens in short batches (for cron)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;token;help;issue'= {
        }
        &'authctl;token;help;check'= {
        }
        &'authctl;token;help;list'= {
        }
        &'authctl;token;help;revoke'= {
        }
        &'authctl;token;help;purge'= {
        }
        &'authctl;token;help;help'= {
        }
        &'authctl;audit'= {
            cand --user 'Only entries about this user'
            cand --action 'Only entries of this action (e.g. user.create)'
            cand --since 'Only entries at or after DATE'
            cand --limit 'At most N entries'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;import'= {
            cand --format 'File format [default: csv for *.csv, else jsonl]'
            cand --on-conflict 'What to do with rows whose auth ids already exist'
            cand --jobs 'Threads hashing cleartext passwords [default: the number of cores]'
            cand --argon2-memory 'argon2id memory cost in KiB for new hashes'
            cand --argon2-iterations 'argon2id iterations for new hashes'
            cand --argon2-parallelism 'argon2id parallelism for new hashes'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --dry-run 'Check everything and report, write nothing'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;export'= {
            cand --format 'Output format'
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --with-hashes 'Include the stored password hashes (handle the output as a secret)'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;completions'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;man'= {
            cand --db 'The account database file'
            cand --actor 'Who is recorded in the audit log [default: the OS user name]'
            cand --busy-timeout 'How long to wait for a locked database, in milliseconds'
            cand --json 'Machine-readable JSON on stdout (and JSON errors on stderr)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'authctl;help'= {
            cand init 'Create a new account database'
            cand migrate 'Upgrade an older database to this authctl''s schema version'
            cand info 'Show the database''s version, settings and counts'
            cand doctor 'Check the database''s integrity and invariants, read-only (exit 8 on problems)'
            cand user 'Manage users, their auth ids, properties and passwords'
            cand unique 'Declare which properties must hold values unique across users'
            cand token 'Issue, check, list, revoke and purge tokens'
            cand audit 'Read the audit log, newest first'
            cand import 'Create or update users in bulk from JSONL or CSV'
            cand export 'Write every user as JSONL or CSV'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'authctl;help;init'= {
        }
        &'authctl;help;migrate'= {
        }
        &'authctl;help;info'= {
        }
        &'authctl;help;doctor'= {
        }
        &'authctl;help;user'= {
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show everything about one user (never the hash)'
            cand delete 'Delete users with their auth ids, properties and tokens'
            cand verify 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
            cand unverify 'Clear the e-mail-verified flag'
            cand disable 'Lock an account and log it out everywhere'
            cand enable 'Unlock an account'
            cand set 'Set properties (NAME=VALUE)'
            cand unset 'Remove properties'
            cand add-auth-id 'Add a login name to a user'
            cand remove-auth-id 'Remove a login name from a user (not its last one)'
            cand set-password 'Set or clear a user''s password'
            cand check-password 'Check a password; exit 0 on a match, 1 on a mismatch'
        }
        &'authctl;help;user;create'= {
        }
        &'authctl;help;user;list'= {
        }
        &'authctl;help;user;show'= {
        }
        &'authctl;help;user;delete'= {
        }
        &'authctl;help;user;verify'= {
        }
        &'authctl;help;user;unverify'= {
        }
        &'authctl;help;user;disable'= {
        }
        &'authctl;help;user;enable'= {
        }
        &'authctl;help;user;set'= {
        }
        &'authctl;help;user;unset'= {
        }
        &'authctl;help;user;add-auth-id'= {
        }
        &'authctl;help;user;remove-auth-id'= {
        }
        &'authctl;help;user;set-password'= {
        }
        &'authctl;help;user;check-password'= {
        }
        &'authctl;help;unique'= {
            cand add 'Require values of property NAME to differ between users'
            cand remove 'Stop requiring unique values for property NAME'
            cand list 'List the unique properties'
        }
        &'authctl;help;unique;add'= {
        }
        &'authctl;help;unique;remove'= {
        }
        &'authctl;help;unique;list'= {
        }
        &'authctl;help;token'= {
            cand issue 'Issue a signup, reset or bearer token and print it once'
            cand check 'Check a token; exit 0 when valid, 1 otherwise'
            cand list 'List tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s tokens, one token by id, or one token by value'
            cand purge 'Delete expired tokens in short batches (for cron)'
        }
        &'authctl;help;token;issue'= {
        }
        &'authctl;help;token;check'= {
        }
        &'authctl;help;token;list'= {
        }
        &'authctl;help;token;revoke'= {
        }
        &'authctl;help;token;purge'= {
        }
        &'authctl;help;audit'= {
        }
        &'authctl;help;import'= {
        }
        &'authctl;help;export'= {
        }
        &'authctl;help;completions'= {
        }
        &'authctl;help;man'= {
        }
        &'authctl;help;help'= {
        }
    ]
    $completions[$command]
}
