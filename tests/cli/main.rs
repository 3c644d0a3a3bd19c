//! Integration tests: the real binary against real SQLite files in temp dirs.

mod bulk;
mod doctor;
mod foundation;
mod hostile;
mod passwords;
mod reliability;
mod support;
mod tokens;
mod users;
