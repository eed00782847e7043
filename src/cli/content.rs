//! `consent-kiosk content check | stamp`: the editor's tools.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use consent_kiosk::content::check;

/// Where the content and the translations are.
#[derive(Debug, Args)]
pub struct ContentDirs {
    /// The structure: pages, options, countries, statements, questions, settings.
    #[arg(long, global = true, env = "CONSENT_KIOSK_CONTENT", value_name = "DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/content"))]
    pub content: PathBuf,
    /// The words: one folder of `.ftl` files per locale.
    #[arg(long, global = true, env = "CONSENT_KIOSK_LOCALES", value_name = "DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))]
    pub locales: PathBuf,
}

/// `content ...` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Check content/ and locales/: syntax, missing, obsolete and stale translations, audio.
    Check {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Record that a locale's translations match today's English (clears "stale").
    Stamp {
        /// The locale whose translations were checked, e.g. `fa`.
        #[arg(long)]
        locale: String,
    },
}

/// Runs a content subcommand.
pub fn run(dirs: &ContentDirs, command: &ContentCommand) -> Result<ExitCode> {
    match command {
        ContentCommand::Check { json } => {
            let report = check::check(&dirs.content, &dirs.locales);
            if *json {
                println!("{}", report.to_json());
            } else {
                print!("{}", report.to_text());
            }
            Ok(if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        ContentCommand::Stamp { locale } => {
            let stamped = check::stamp(&dirs.locales, locale)
                .with_context(|| format!("stamping {locale}"))?;
            println!("{locale}: {stamped} messages now match today's English");
            Ok(ExitCode::SUCCESS)
        }
    }
}
