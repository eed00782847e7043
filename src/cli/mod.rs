//! The command line: a thin layer that parses arguments and calls the library.

pub mod backup;
pub mod central;
pub mod content;
mod output;

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use consent_kiosk::clock::SystemClock;
use consent_kiosk::consent::{AccountRole, Clock, Timestamp};
use consent_kiosk::export::{ExportFormat, export};
use consent_kiosk::store::{
    Access, DATA_DIR_ENV, Store, StoreError, StorePaths, keys::parse_public_key,
    keys::public_key_base64,
};

/// consent-kiosk: with no subcommand it starts the kiosk window.
#[derive(Debug, Parser)]
#[command(name = "consent-kiosk", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub dirs: content::ContentDirs,
    /// Print the time to the first frame and the resident memory, time the first
    /// screen changes of an Arabic session, then close.
    #[arg(long)]
    pub measure_startup: bool,
    /// Open undecorated and full screen, as a kiosk (also CONSENT_KIOSK_FULLSCREEN=1).
    #[arg(long, env = "CONSENT_KIOSK_FULLSCREEN")]
    pub fullscreen: bool,
    /// kiosk: the migrant's screen (staff reach the console by a discreet button and
    /// a login); counsellor: the console's sign-in first, for a counsellor's tablet.
    #[arg(long, value_enum, default_value_t = consent_kiosk::ui::Mode::Kiosk)]
    pub mode: consent_kiosk::ui::Mode,
    /// For developers: also offer the pseudo-locales en-XA (accented, longer) and
    /// ar-XB (right to left), made from English, to find untranslated and cut-off
    /// text. Never on a kiosk people use (also CONSENT_KIOSK_PSEUDO_LOCALES=1).
    #[arg(long, env = "CONSENT_KIOSK_PSEUDO_LOCALES")]
    pub pseudo_locales: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the store is.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The data directory holding the database and its keys
    /// (default: the user's data directory, e.g. ~/.local/share/consent-kiosk).
    #[arg(long, global = true, env = DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl StoreArgs {
    pub fn paths(&self) -> Result<StorePaths> {
        match &self.data_dir {
            Some(dir) => Ok(StorePaths::in_dir(dir)),
            None => StorePaths::default_dir()
                .map(StorePaths::in_dir)
                .context("no user data directory is known here: pass --data-dir"),
        }
    }

    /// Whether the data directory was named (`--data-dir` or the environment).
    pub fn is_explicit(&self) -> bool {
        self.data_dir.is_some()
    }

    /// Opens the store of an existing data directory: a mistyped path must not become
    /// a new, empty store with new keys. Only `init` (and the window's first run on
    /// the default directory) makes one.
    pub fn open(&self, access: Access) -> Result<Store> {
        let paths = self.paths()?;
        require_data_dir(&paths)?;
        Store::open(&paths, access)
            .with_context(|| format!("opening the store in {}", paths.dir.display()))
    }
}

/// Refuses a data directory that does not exist, saying how to make one.
pub fn require_data_dir(paths: &StorePaths) -> Result<()> {
    if !paths.dir.is_dir() {
        bail!(
            "there is no data directory at {dir}: check the path, or create a new store there with: consent-kiosk init --data-dir {dir}",
            dir = paths.dir.display()
        );
    }
    Ok(())
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new store (its folder, keys and database) in the data directory.
    Init,
    /// Check every page of the database, then the whole chain of events, every
    /// signature and every consent's history.
    Verify(VerifyArgs),
    /// Export records for the case system.
    Export(ExportArgs),
    /// Add fictional consents (for demonstrations and benchmarks).
    DemoRecords(DemoArgs),
    /// The device signing key.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Content and translation tools.
    #[command(subcommand)]
    Content(content::ContentCommand),
    /// Console accounts.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Copy the store (and its keys) into a new folder and check the copy; the kiosk may run.
    Backup(backup::BackupArgs),
    /// Check a backup, then put it in place of the store (the replaced one is kept aside).
    Restore(backup::RestoreArgs),
    /// Push the events the central database has not accepted yet (exit 3: a fork).
    Sync(central::SyncArgs),
    /// The central database that kiosks sync to (PostgreSQL).
    #[command(subcommand)]
    Central(central::CentralCommand),
    /// Re-issues a receipt as PDF (for a counsellor); the issue is recorded on the consent.
    Receipt(ReceiptArgs),
}

/// `verify` arguments.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The device public key (base64, as `keys show` printed it when the store was
    /// made), kept apart from the store: every seal is checked with it rather than
    /// with the key stored in the database.
    #[arg(long, value_name = "BASE64", conflicts_with = "public_key_file")]
    pub public_key: Option<String>,
    /// A file holding that public key.
    #[arg(long, value_name = "FILE")]
    pub public_key_file: Option<PathBuf>,
}

/// `receipt` arguments.
#[derive(Debug, Args)]
pub struct ReceiptArgs {
    /// The reference code on the person's receipt.
    #[arg(long)]
    pub reference: String,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

/// `users` subcommands.
#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Add an account. The passphrase or PIN is read as one line from standard
    /// input (so it never appears in the shell history or the process list).
    Add {
        /// What the account may do.
        #[arg(long, value_parser = parse_role)]
        role: AccountRole,
        /// The login name (2 to 32 letters, digits, dots, dashes or underscores).
        #[arg(long)]
        name: String,
    },
}

fn parse_role(text: &str) -> Result<AccountRole, String> {
    text.parse()
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// jsonl: every sealed event; csv: one row per consent; fhir: a FHIR R4 Bundle of Consent resources.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only what happened at or after this time (RFC 3339, e.g. 2026-11-01T00:00:00Z).
    #[arg(long, value_name = "RFC3339", value_parser = parse_rfc3339)]
    pub since: Option<Timestamp>,
    /// Encrypt the export to this age public key (age1…, from `age-keygen` on the
    /// receiving side); the file is then a standard age file.
    #[arg(long, value_name = "AGE_PUBLIC_KEY")]
    pub encrypt_to: Option<String>,
}

/// `demo-records` arguments.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many consents to create.
    #[arg(long, default_value_t = 100)]
    pub count: usize,
}

/// `keys` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Print the device public key (base64), which checks every seal.
    Show,
}

fn parse_rfc3339(text: &str) -> Result<Timestamp, String> {
    Timestamp::parse(text, &time::format_description::well_known::Rfc3339)
        .map_err(|e| format!("not an RFC 3339 time ({e}); for example 2026-11-01T00:00:00Z"))
}

/// Runs a subcommand and returns the process exit code.
pub fn run(cli: &Cli, command: &Command) -> Result<ExitCode> {
    let store = &cli.store;
    let now = SystemClock.now();
    match command {
        Command::Init => init(store),
        Command::Verify(args) => verify(store, args, now),
        Command::Export(args) => export_to(store, args, now),
        Command::DemoRecords(args) => demo_records(store, args, now),
        Command::Content(command) => content::run(&cli.dirs, command),
        Command::Users(UsersCommand::Add { role, name }) => add_user(store, *role, name, now),
        Command::Receipt(args) => reissue_receipt(cli, args, now),
        Command::Backup(args) => backup::run_backup(store, args, now),
        Command::Restore(args) => backup::run_restore(store, args, now),
        Command::Sync(args) => central::run_sync(store, args),
        Command::Central(command) => central::run(command, now),
        Command::Keys(KeysCommand::Show) => {
            let store = store.open(Access::ReadOnly)?;
            println!("{}", public_key_base64(store.public_key()));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn reissue_receipt(cli: &Cli, args: &ReceiptArgs, now: Timestamp) -> Result<ExitCode> {
    use consent_kiosk::consent::{ConsentState, ReceiptKind, ReferenceCode};
    let reference = ReferenceCode::parse(&args.reference)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.reference))?;
    let mut catalog = consent_kiosk::i18n::Catalog::load(&cli.dirs.locales)
        .context("loading the translations")?;
    let mut content = consent_kiosk::content::Content::load(&cli.dirs.content, &catalog)
        .context("loading the content")?;
    // Dates on the receipt in the deployment's calendar, as the kiosk prints them.
    consent_kiosk::content::fit_words(&mut catalog, &mut content, false)
        .context("making the pseudo-locales")?;
    let mut store = cli.store.open(Access::ReadWrite)?;
    // Checked before anything is made, and again just before writing.
    output::refuse_store_file(store.paths(), &args.out)?;
    let consent = store
        .find_by_reference(&reference)?
        .with_context(|| format!("no consent has the code {reference}"))?;
    let (kind, withdrawn_at) = match consent.state_at(now) {
        ConsentState::Withdrawn { at } => (ReceiptKind::Withdrawal, Some(at)),
        _ => (ReceiptKind::Consent, None),
    };
    let made = consent_kiosk::receipt::receipt(&consent, kind, withdrawn_at, &content, &catalog);
    let pdf = consent_kiosk::receipt::render(&made, content.deployment.receipt_paper, now)?;
    output::refuse_store_file(store.paths(), &args.out)?;
    output::write_whole(&args.out, |out| {
        out.write_all(&pdf)
            .with_context(|| format!("writing {}", args.out.display()))
    })?;
    let sha = consent_kiosk::receipt::sha256_hex(&pdf);
    // Recorded as re-issued from the command line: the log says who could have done it.
    store.commit(
        &consent
            .receipt_issued(kind, &sha, now)
            .by_account("command-line"),
    )?;
    println!("{} ({} bytes, sha256 {sha})", args.out.display(), pdf.len());
    Ok(ExitCode::SUCCESS)
}

fn add_user(store: &StoreArgs, role: AccountRole, name: &str, now: Timestamp) -> Result<ExitCode> {
    let mut secret = zeroize::Zeroizing::new(String::new());
    std::io::stdin()
        .read_line(&mut secret)
        .context("reading the passphrase from standard input")?;
    let secret = zeroize::Zeroizing::new(secret.trim_end_matches(['\r', '\n']).to_owned());
    let mut store = store.open(Access::ReadWrite)?;
    // The first account needs no one to vouch for it; later ones are added by
    // whoever holds this device's shell, and the audit log says so.
    let by = store.has_accounts()?.then_some("command-line");
    store
        .create_account(name, role, &secret, by, now)
        .context("adding the account")?;
    println!("added {name} ({})", role.as_str());
    Ok(ExitCode::SUCCESS)
}

fn init(store: &StoreArgs) -> Result<ExitCode> {
    let paths = store.paths()?;
    let had_store = paths.database().exists();
    let opened = Store::open(&paths, Access::ReadWrite)
        .with_context(|| format!("creating the store in {}", paths.dir.display()))?;
    if had_store {
        println!(
            "{} already holds a store ({} events): nothing was changed",
            paths.dir.display(),
            opened.event_count()
        );
    } else {
        println!(
            "created a new store in {}; device public key {} (keep a copy apart, for verify --public-key)",
            paths.dir.display(),
            public_key_base64(opened.public_key())
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn verify(store: &StoreArgs, args: &VerifyArgs, now: Timestamp) -> Result<ExitCode> {
    let expected = match (&args.public_key, &args.public_key_file) {
        (Some(text), _) => Some(text.clone()),
        (None, Some(path)) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("reading the public key from {}", path.display()))?,
        ),
        (None, None) => None,
    };
    let expected = expected
        .map(|text| {
            parse_public_key(&text).context(
                "the public key given is not 32 bytes of base64 (as printed by consent-kiosk keys show)",
            )
        })
        .transpose()?;
    let paths = store.paths()?;
    require_data_dir(&paths)?;
    let store = match Store::open(&paths, Access::ReadOnly) {
        Ok(store) => store,
        Err(error @ StoreError::Damaged { .. }) => {
            println!("DAMAGED: {error}");
            return Ok(ExitCode::from(2));
        }
        Err(error) => {
            return Err(error)
                .with_context(|| format!("opening the store in {}", paths.dir.display()));
        }
    };
    let report = match &expected {
        Some(key) => store.verify_with_key(now, key),
        None => store.verify(now),
    };
    let report = match report {
        Ok(report) => report,
        Err(error @ StoreError::Damaged { .. }) => {
            println!("DAMAGED: {error}");
            return Ok(ExitCode::from(2));
        }
        Err(error) => return Err(error).context("reading the events"),
    };
    if !report.damaged.is_empty() {
        println!(
            "DAMAGED: the store's database fails its page check ({}); nothing in it can be trusted: restore it from a backup: consent-kiosk restore --from DIR",
            report.damaged.join("; ")
        );
        return Ok(ExitCode::from(2));
    }
    println!(
        "{} events checked, {} consents",
        report.events_checked, report.consents
    );
    for (state, count) in &report.states {
        println!("  {state}: {count}");
    }
    println!("{} audit entries checked", report.audit_checked);
    let mut intact = true;
    if let Some(problem) = &report.key_problem {
        println!("KEY MISMATCH: {problem}");
        intact = false;
    }
    if let Some(broken) = &report.audit_broken {
        println!("BROKEN audit entry {}: {}", broken.seq, broken.why);
        intact = false;
    }
    if let Some(broken) = &report.broken {
        println!("BROKEN at event {}: {}", broken.seq, broken.why);
        intact = false;
    }
    if intact {
        println!(
            "intact: every page checks, every event chains, every seal verifies, every history follows the rules"
        );
        Ok(ExitCode::SUCCESS)
    } else {
        Ok(ExitCode::from(2))
    }
}

fn export_to(store: &StoreArgs, args: &ExportArgs, now: Timestamp) -> Result<ExitCode> {
    // Checked before anything is read or written.
    let recipient = args
        .encrypt_to
        .as_deref()
        .map(consent_kiosk::export::encrypt::parse_recipient)
        .transpose()?;
    let store = store.open(Access::ReadOnly)?;
    let write = |out: &mut (dyn Write + Send)| -> Result<_> {
        Ok(match &recipient {
            Some(recipient) => consent_kiosk::export::encrypt::encrypted(recipient, out, |out| {
                export(&store, args.format, args.since, now, out)
            })?,
            None => export(&store, args.format, args.since, now, out)?,
        })
    };
    let summary = match &args.out {
        Some(path) => {
            output::refuse_store_file(store.paths(), path)?;
            output::write_whole(path, |out| write(out))?
        }
        None => {
            // Not locked: a JSON Lines export writes from a second thread.
            let mut out = BufWriter::new(std::io::stdout());
            let summary = write(&mut out)?;
            out.flush()?;
            summary
        }
    };
    eprintln!(
        "exported {} {}",
        summary.written,
        match args.format {
            ExportFormat::Jsonl => "events",
            ExportFormat::Csv | ExportFormat::Fhir => "consents",
            ExportFormat::Concerns => "concerns",
        }
    );
    Ok(ExitCode::SUCCESS)
}

fn demo_records(store: &StoreArgs, args: &DemoArgs, now: Timestamp) -> Result<ExitCode> {
    let mut store = store.open(Access::ReadWrite)?;
    if !store.is_demo() && store.event_count() > 0 {
        bail!(
            "this store holds real records: demo records are only added to an empty or demo store"
        );
    }
    let summary = consent_kiosk::demo::add_demo_records(&mut store, args.count, 25, now)?;
    println!(
        "added {} fictional consents ({} events); the store is marked as a demo store",
        summary.consents, summary.events
    );
    if summary.audit_entries > 0 {
        println!(
            "added {} entries to the console's log: concerns raised at the kiosk (one open), a suspension and its lifting",
            summary.audit_entries
        );
    }
    Ok(ExitCode::SUCCESS)
}
