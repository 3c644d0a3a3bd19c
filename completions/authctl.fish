# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_authctl_global_optspecs
    string join \n db= json q/quiet y/yes actor= busy-timeout= h/help V/version
end

function __fish_authctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_authctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_authctl_using_subcommand
    set -l cmd (__fish_authctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c authctl -n "__fish_authctl_needs_command" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_needs_command" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_needs_command" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_needs_command" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_needs_command" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_needs_command" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_needs_command" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "init" -d 'Create a new account database'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "migrate" -d 'Upgrade an older database to this authctl\'s schema version'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "info" -d 'Show the database\'s version, settings and counts'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "doctor" -d 'Check the database\'s integrity and invariants, read-only (exit 8 on problems)'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "user" -d 'Manage users, their auth ids, properties and passwords'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "unique" -d 'Declare which properties must hold values unique across users'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "token" -d 'Issue, check, list, revoke and purge tokens'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "audit" -d 'Read the audit log, newest first'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "import" -d 'Create or update users in bulk from JSONL or CSV'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "export" -d 'Write every user as JSONL or CSV'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c authctl -n "__fish_authctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand init" -l unique-property -d 'A property whose values must be unique across users (repeatable)' -r
complete -c authctl -n "__fish_authctl_using_subcommand init" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand init" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand init" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand init" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand init" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -l no-backup -d 'Do not write a backup copy before migrating'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand migrate" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand info" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand info" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand info" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand info" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand info" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand info" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand info" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand info" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l argon2-memory -d 'argon2id memory cost in KiB for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l argon2-iterations -d 'argon2id iterations for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l argon2-parallelism -d 'argon2id parallelism for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l quick -d 'Run SQLite\'s quick_check instead of the full integrity_check (skips index contents; much faster on large files)'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "create" -d 'Create a user'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "list" -d 'List users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "show" -d 'Show everything about one user (never the hash)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "delete" -d 'Delete users with their auth ids, properties and tokens'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "verify" -d 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "unverify" -d 'Clear the e-mail-verified flag'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "disable" -d 'Lock an account and log it out everywhere'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "enable" -d 'Unlock an account'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "set" -d 'Set properties (NAME=VALUE)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "unset" -d 'Remove properties'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "add-auth-id" -d 'Add a login name to a user'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "remove-auth-id" -d 'Remove a login name from a user (not its last one)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "set-password" -d 'Set or clear a user\'s password'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "check-password" -d 'Check a password; exit 0 on a match, 1 on a mismatch'
complete -c authctl -n "__fish_authctl_using_subcommand user; and not __fish_seen_subcommand_from create list show delete verify unverify disable enable set unset add-auth-id remove-auth-id set-password check-password help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l auth-id -d 'A further auth id (repeatable)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l prop -d 'A property (repeatable)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l url -d 'Link template for --invite, with {user_id}, {token} and {subject}' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l ttl -d 'Lifetime of the --invite token (e.g. 7d)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l argon2-memory -d 'argon2id memory cost in KiB for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l argon2-iterations -d 'argon2id iterations for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l argon2-parallelism -d 'argon2id parallelism for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l verified -d 'Mark the e-mail address verified'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l disabled -d 'Create the account locked'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from standard input (one line)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l generate-password -d 'Generate a random password and print it once'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l no-password -d 'Leave the user without a password'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l invite -d 'Create without a password and print a signup link (implies --no-password)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l auth-id -d 'Only users with an auth id containing PATTERN (case-insensitive)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l prop -d 'Only users whose property NAME equals VALUE (case-insensitive; repeatable)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l created-since -d 'Only users created at or after DATE (YYYY-MM-DD or RFC 3339)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l created-before -d 'Only users created before DATE' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N users [table default: 100]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l after -d 'Only users with an id greater than ID (paging)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format (--json means json)' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l verified -d 'Only verified users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l unverified -d 'Only unverified users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l enabled -d 'Only enabled users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-password -d 'Only users without a password'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would be deleted, change nothing'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l token -d 'Verify only if this is a valid signup token of the user (consumes it)' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unverify" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l keep-sessions -d 'Keep the user\'s auth and bearer tokens'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from add-auth-id" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from remove-auth-id" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l argon2-memory -d 'argon2id memory cost in KiB for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l argon2-iterations -d 'argon2id iterations for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l argon2-parallelism -d 'argon2id parallelism for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from standard input (one line)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l generate-password -d 'Generate a random password and print it once'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l no-password -d 'Leave the user without a password'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l keep-sessions -d 'Keep the user\'s login sessions (auth tokens)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l argon2-memory -d 'argon2id memory cost in KiB for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l argon2-iterations -d 'argon2id iterations for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l argon2-parallelism -d 'argon2id parallelism for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l password-stdin -d 'Read the password from standard input (one line)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l no-upgrade -d 'Do not upgrade an old hash after a match'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from check-password" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show everything about one user (never the hash)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users with their auth ids, properties and tokens'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unverify" -d 'Clear the e-mail-verified flag'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Lock an account and log it out everywhere'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Unlock an account'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set properties (NAME=VALUE)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove properties'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add-auth-id" -d 'Add a login name to a user'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove-auth-id" -d 'Remove a login name from a user (not its last one)'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set or clear a user\'s password'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "check-password" -d 'Check a password; exit 0 on a match, 1 on a mismatch'
complete -c authctl -n "__fish_authctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Require values of property NAME to differ between users'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Stop requiring unique values for property NAME'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'List the unique properties'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from help" -f -a "add" -d 'Require values of property NAME to differ between users'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop requiring unique values for property NAME'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the unique properties'
complete -c authctl -n "__fish_authctl_using_subcommand unique; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "issue" -d 'Issue a signup, reset or bearer token and print it once'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "check" -d 'Check a token; exit 0 when valid, 1 otherwise'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "list" -d 'List tokens (never the tokens themselves)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "revoke" -d 'Revoke a user\'s tokens, one token by id, or one token by value'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "purge" -d 'Delete expired tokens in short batches (for cron)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and not __fish_seen_subcommand_from issue check list revoke purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l subject -d 'What the token is for' -r -f -a "auth\t''
signup\t''
reset\t''
bearer\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l ttl -d 'Lifetime such as 90m, 48h, 7d [default: signup 7d, reset 24h, bearer 90d]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l url -d 'Print a link built from TEMPLATE ({user_id}, {token}, {subject})' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l keep-existing -d 'Keep the user\'s earlier signup or reset tokens'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l subject -r -f -a "auth\t''
signup\t''
reset\t''
bearer\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l consume -d 'Delete the token when it is valid (use it up)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l subject -r -f -a "auth\t''
signup\t''
reset\t''
bearer\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l format -d 'Output format (--json means json)' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l expired -d 'Only expired tokens'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l valid -d 'Only valid tokens'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l subject -d 'Only tokens of this subject (with USER)' -r -f -a "auth\t''
signup\t''
reset\t''
bearer\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l id -d 'Revoke the token with this id' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l token -d 'Revoke the token with this value' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l subject -d 'Only tokens of this subject' -r -f -a "auth\t''
signup\t''
reset\t''
bearer\t''"
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l batch-size -d 'Most rows per transaction (batches are also sized to hold the write lock about 70 ms)' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l dry-run -d 'Count what would be deleted, delete nothing'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a signup, reset or bearer token and print it once'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a token; exit 0 when valid, 1 otherwise'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens (never the tokens themselves)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a user\'s tokens, one token by id, or one token by value'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete expired tokens in short batches (for cron)'
complete -c authctl -n "__fish_authctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l user -d 'Only entries about this user' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l action -d 'Only entries of this action (e.g. user.create)' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l since -d 'Only entries at or after DATE' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l limit -d 'At most N entries' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand audit" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand audit" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand audit" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand audit" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand import" -l format -d 'File format [default: csv for *.csv, else jsonl]' -r -f -a "jsonl\t''
csv\t''"
complete -c authctl -n "__fish_authctl_using_subcommand import" -l on-conflict -d 'What to do with rows whose auth ids already exist' -r -f -a "fail\t'Refuse the whole import'
skip\t'Leave existing users alone'
update\t'Change the given fields of existing users'"
complete -c authctl -n "__fish_authctl_using_subcommand import" -l jobs -d 'Threads hashing cleartext passwords [default: the number of cores]' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l argon2-memory -d 'argon2id memory cost in KiB for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l argon2-iterations -d 'argon2id iterations for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l argon2-parallelism -d 'argon2id parallelism for new hashes' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand import" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand import" -l dry-run -d 'Check everything and report, write nothing'
complete -c authctl -n "__fish_authctl_using_subcommand import" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand import" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c authctl -n "__fish_authctl_using_subcommand import" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand export" -l format -d 'Output format' -r -f -a "jsonl\t''
csv\t''"
complete -c authctl -n "__fish_authctl_using_subcommand export" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand export" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand export" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand export" -l with-hashes -d 'Include the stored password hashes (handle the output as a secret)'
complete -c authctl -n "__fish_authctl_using_subcommand export" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand export" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand export" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand completions" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand completions" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand completions" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand completions" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand completions" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand man" -l db -d 'The account database file' -r -F
complete -c authctl -n "__fish_authctl_using_subcommand man" -l actor -d 'Who is recorded in the audit log [default: the OS user name]' -r
complete -c authctl -n "__fish_authctl_using_subcommand man" -l busy-timeout -d 'How long to wait for a locked database, in milliseconds' -r
complete -c authctl -n "__fish_authctl_using_subcommand man" -l json -d 'Machine-readable JSON on stdout (and JSON errors on stderr)'
complete -c authctl -n "__fish_authctl_using_subcommand man" -s q -l quiet -d 'Print nothing but results and errors'
complete -c authctl -n "__fish_authctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c authctl -n "__fish_authctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c authctl -n "__fish_authctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "init" -d 'Create a new account database'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "migrate" -d 'Upgrade an older database to this authctl\'s schema version'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "info" -d 'Show the database\'s version, settings and counts'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "doctor" -d 'Check the database\'s integrity and invariants, read-only (exit 8 on problems)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "user" -d 'Manage users, their auth ids, properties and passwords'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "unique" -d 'Declare which properties must hold values unique across users'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "token" -d 'Issue, check, list, revoke and purge tokens'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "audit" -d 'Read the audit log, newest first'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "import" -d 'Create or update users in bulk from JSONL or CSV'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "export" -d 'Write every user as JSONL or CSV'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and not __fish_seen_subcommand_from init migrate info doctor user unique token audit import export completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show everything about one user (never the hash)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete users with their auth ids, properties and tokens'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify" -d 'Mark the e-mail address verified (with --token: only if the signup token is valid)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unverify" -d 'Clear the e-mail-verified flag'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Lock an account and log it out everywhere'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Unlock an account'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Set properties (NAME=VALUE)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unset" -d 'Remove properties'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add-auth-id" -d 'Add a login name to a user'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove-auth-id" -d 'Remove a login name from a user (not its last one)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-password" -d 'Set or clear a user\'s password'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "check-password" -d 'Check a password; exit 0 on a match, 1 on a mismatch'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from unique" -f -a "add" -d 'Require values of property NAME to differ between users'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from unique" -f -a "remove" -d 'Stop requiring unique values for property NAME'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from unique" -f -a "list" -d 'List the unique properties'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "issue" -d 'Issue a signup, reset or bearer token and print it once'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "check" -d 'Check a token; exit 0 when valid, 1 otherwise'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List tokens (never the tokens themselves)'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a user\'s tokens, one token by id, or one token by value'
complete -c authctl -n "__fish_authctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "purge" -d 'Delete expired tokens in short batches (for cron)'
