//! `consent-kiosk content check`: reports problems in `content/` and `locales/`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `content check`.
#[derive(Debug, clap::Args)]
pub struct ContentCheckArgs {
    /// Folder holding the structure (pages, options, countries...).
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Folder holding one sub-folder of `.ftl` files per locale.
    #[arg(long, default_value = "locales")]
    pub locales: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the check and returns the process exit code.
pub fn run(_args: &ContentCheckArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("content check is not built yet")
}
