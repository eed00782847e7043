//! The command line: a thin layer that parses arguments and calls the library.

pub mod content_check;

use clap::{Parser, Subcommand};

/// consent-kiosk: with no subcommand it starts the kiosk window.
#[derive(Debug, Parser)]
#[command(name = "consent-kiosk", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Content and translation tools.
    #[command(subcommand)]
    Content(ContentCommand),
}

/// `content ...` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Check content/ and locales/ for errors and out-of-date translations.
    Check(content_check::ContentCheckArgs),
}
