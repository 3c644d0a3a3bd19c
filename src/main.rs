use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = authctl::cli::Cli::parse();
    ExitCode::from(authctl::run(cli).number())
}
