//! `consent-kiosk backup --to DIR` and `consent-kiosk restore --from DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use consent_kiosk::consent::Timestamp;
use consent_kiosk::store::backup::{self, KeyFiles};

use super::StoreArgs;

/// `backup` arguments.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// A new (or empty) folder for the backup, ideally on another disk.
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    /// Leave database.key and device.key out (keep them elsewhere: see the README).
    #[arg(long)]
    pub without_keys: bool,
}

/// `restore` arguments.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup folder to restore (one written by `backup`).
    #[arg(long, value_name = "DIR")]
    pub from: PathBuf,
    /// Replace the store even if it holds more events than the backup, or cannot be read.
    #[arg(long)]
    pub force: bool,
}

/// Writes and checks a backup; the kiosk may keep running.
pub fn run_backup(store: &StoreArgs, args: &BackupArgs, now: Timestamp) -> Result<ExitCode> {
    let paths = store.paths()?;
    let keys = if args.without_keys {
        KeyFiles::Leave
    } else {
        KeyFiles::Copy
    };
    let summary = backup::backup(&paths, &args.to, keys, now).with_context(|| {
        format!(
            "backing up {} to {}",
            paths.dir.display(),
            args.to.display()
        )
    })?;
    println!(
        "backed up {} events to {} ({} bytes), verified: pages, integrity and the whole chain (last event {})",
        summary.events,
        summary.dir.display(),
        summary.bytes,
        short(&summary.head_hash)
    );
    if summary.key_files.is_empty() {
        println!(
            "the keys were left out: this backup opens only with database.key and device.key from {}; keep copies of them apart from the backup",
            paths.dir.display()
        );
    } else {
        println!(
            "with {}: anyone holding this folder can read the records; keep it locked away",
            summary.key_files.join(" and ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks a backup, then puts it in place of the store (refused while the kiosk runs).
pub fn run_restore(store: &StoreArgs, args: &RestoreArgs, now: Timestamp) -> Result<ExitCode> {
    let paths = store.paths()?;
    let summary = backup::restore(&args.from, &paths, args.force, now).with_context(|| {
        format!(
            "restoring {} into {}",
            args.from.display(),
            paths.dir.display()
        )
    })?;
    println!(
        "restored {} events into {} from {}, verified",
        summary.events,
        paths.dir.display(),
        args.from.display()
    );
    if let Some(replaced) = &summary.replaced {
        let held = summary.previous_events.map_or_else(
            || "an unreadable store".to_owned(),
            |n| format!("{n} events"),
        );
        println!(
            "the store it replaced ({held}) is kept in {}",
            replaced.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}
