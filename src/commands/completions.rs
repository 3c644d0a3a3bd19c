//! `authctl completions SHELL` and the hidden `authctl man`.

use std::io;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Code;

pub fn completions(args: CompletionsArgs) -> Result<Code> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "authctl", &mut io::stdout());
    Ok(Code::Success)
}

pub fn man() -> Result<Code> {
    clap_mangen::Man::new(Cli::command()).render(&mut io::stdout())?;
    Ok(Code::Success)
}
