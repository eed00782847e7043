//! `consent-kiosk content check | stamp | review-kit | review-import | record-kit |
//! import-recordings`: the editor's tools.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use consent_kiosk::consent::Clock;
use consent_kiosk::content::check;
use consent_kiosk::editor::{Workspace, review_kit, studio_kit};

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
    /// Write a review kit for native reviewers: each message's English and
    /// translation, with room for a back-translation and a verdict, as HTML (with
    /// form fields) and PDF, and an empty verdict sheet (verdicts-<tag>.toml).
    ReviewKit {
        /// The locale to review, e.g. `ti` (repeat for several; every translation if absent).
        #[arg(long)]
        locale: Vec<String>,
        /// Only the messages of this editor page, e.g. `option/asylum` (repeatable).
        #[arg(long)]
        page: Vec<String>,
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Read a filled verdict sheet back: messages the named reviewer judged `ok`
    /// (and unchanged since the kit) are marked reviewed with their name and date.
    ReviewImport {
        /// The verdict sheet (verdicts-<tag>.toml, filled in).
        sheet: PathBuf,
    },
    /// Write a recording script for a voice artist: page by page, each message's
    /// ID, the file name to return, its text and notes on what is read from the
    /// screen (script-<tag>.md).
    RecordKit {
        /// The locale to record, e.g. `ti`.
        #[arg(long)]
        locale: String,
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Take recorded files back by message ID (`<id>.wav`): checks format,
    /// length and loudness, trims silence, normalises loudness, stores each as
    /// unreviewed, and lists what was refused and what is still missing.
    ImportRecordings {
        /// The locale recorded, e.g. `ti`.
        #[arg(long)]
        locale: String,
        /// Who recorded the files (a voice artist's name or the studio's): that
        /// name cannot approve them.
        #[arg(long, default_value = "studio")]
        by: String,
        /// The folder of recorded files.
        dir: PathBuf,
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
        ContentCommand::ReviewKit { locale, page, out } => {
            let workspace = Workspace::open(&dirs.locales, &dirs.content)
                .context("opening the translations")?;
            let tags: Vec<String> = if locale.is_empty() {
                workspace.locales().map(str::to_owned).collect()
            } else {
                locale.clone()
            };
            let now = consent_kiosk::clock::SystemClock.now();
            for tag in tags {
                let files = review_kit::write_kit(&workspace, &tag, page, out, now)
                    .with_context(|| format!("writing the review kit of {tag}"))?;
                println!(
                    "{tag}: {} messages: {}, {}; verdicts: {}",
                    files.messages,
                    files.html.display(),
                    files.pdf.display(),
                    files.sheet.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::RecordKit { locale, out } => {
            let workspace = Workspace::open(&dirs.locales, &dirs.content)
                .context("opening the translations")?;
            if !workspace.locales().any(|tag| tag == locale) {
                bail!("there is no locale {locale}");
            }
            let kit = studio_kit::write_kit(&workspace, locale, out)
                .with_context(|| format!("writing the recording script of {locale}"))?;
            println!(
                "{locale}: {} messages to record: {}",
                kit.messages,
                kit.script.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::ImportRecordings { locale, by, dir } => {
            let mut workspace = Workspace::open(&dirs.locales, &dirs.content)
                .context("opening the translations")?;
            if !workspace.locales().any(|tag| tag == locale) {
                bail!("there is no locale {locale}");
            }
            let report = studio_kit::import_dir(&mut workspace, locale, dir, by)
                .with_context(|| format!("importing recordings from {}", dir.display()))?;
            print!("{locale}: {}", report.to_text());
            Ok(if report.refused.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        ContentCommand::ReviewImport { sheet } => {
            let folder = sheet.parent().unwrap_or(std::path::Path::new("."));
            let text = consent_kiosk::content::read::read_text_file(
                folder,
                sheet,
                consent_kiosk::content::read::TEXT_CAP,
            )
            .with_context(|| format!("reading {}", sheet.display()))?;
            let today = consent_kiosk::clock::SystemClock.now().date();
            let (read, date) = review_kit::read_sheet(&text, today)
                .with_context(|| format!("reading {}", sheet.display()))?;
            let mut workspace = Workspace::open(&dirs.locales, &dirs.content)
                .context("opening the translations")?;
            let applied = review_kit::apply_sheet(&mut workspace, &read, date)
                .with_context(|| format!("applying {}", sheet.display()))?;
            print!("{}: {}", read.locale, applied.to_text());
            if applied.reviewed.is_empty()
                && !read.messages.is_empty()
                && applied.open == read.messages.len()
            {
                bail!("no message has a verdict: nothing was marked");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
