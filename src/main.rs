//! The one binary: the kiosk window with no subcommand, or a command-line tool.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// Replaying a log allocates and frees millions of small strings across threads
/// (parsed on every core, kept or dropped on one); with glibc's allocator about a
/// sixth of a projection rebuild went to freeing them, with mimalloc a small part.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match &cli.command {
        Some(command) => cli::run(&cli, command),
        None => cli.store.paths().and_then(|paths| {
            consent_kiosk::ui::run(
                paths,
                // Only the default folder is created on a first run; a named one must exist.
                !cli.store.is_explicit(),
                &cli.dirs.content,
                &cli.dirs.locales,
                cli.measure_startup,
                cli.fullscreen,
                cli.mode,
                cli.pseudo_locales,
            )
        }),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
