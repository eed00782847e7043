//! `central …` (the operators' side of the central database) and `sync --to`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use consent_kiosk::central::{self, DATABASE_ENV, serve::ServeOptions};
use consent_kiosk::consent::Timestamp;
use consent_kiosk::export::ExportFormat;
use consent_kiosk::store::Access;
use consent_kiosk::sync::{CentralClient, SyncError, sync};

use super::{StoreArgs, output};

/// The central database.
#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The central PostgreSQL database: a postgresql:// URL or `host=… dbname=…`
    /// pairs (a host that is a folder is a Unix socket).
    #[arg(long, env = DATABASE_ENV, value_name = "URL", hide_env_values = true)]
    pub database_url: String,
}

/// `central` subcommands.
#[derive(Debug, Subcommand)]
pub enum CentralCommand {
    /// Create the central schema, or migrate it to this version.
    Init(DatabaseArgs),
    /// Enrol a kiosk: its pushes are accepted from now on.
    Enrol {
        #[command(flatten)]
        db: DatabaseArgs,
        /// A name staff recognise (e.g. the centre and the kiosk's place).
        #[arg(long)]
        name: String,
        /// The kiosk's public key, as `consent-kiosk keys show` prints it on the kiosk.
        #[arg(long, value_name = "BASE64")]
        public_key: String,
        /// Who enrols it (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// Revoke a kiosk: its pushes are refused; what it sent stays.
    Revoke {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The kiosk's name.
        #[arg(long)]
        name: String,
        /// Who revokes it (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// List the enrolled kiosks and how far each has synced.
    Devices(DatabaseArgs),
    /// Re-check every chain and the read model (exit 0 intact, 2 broken).
    Verify(DatabaseArgs),
    /// Export every kiosk's records in one of the device export formats.
    Export {
        #[command(flatten)]
        db: DatabaseArgs,
        /// jsonl: every sealed event, a header before each kiosk's; csv: one row
        /// per consent; fhir: a FHIR R4 Bundle of Consent resources.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write (mode 0600).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Encrypt the export to this age public key (age1…); the file is then a
        /// standard age file.
        #[arg(long, value_name = "AGE_PUBLIC_KEY")]
        encrypt_to: Option<String>,
    },
    /// Run the intake service that kiosks push to.
    Serve {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Address and port to listen on (plain HTTP only on a loopback address).
        #[arg(long, value_name = "ADDR")]
        listen: SocketAddr,
        /// PEM certificate chain for HTTPS.
        #[arg(long, value_name = "FILE", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// PEM private key for HTTPS.
        #[arg(long, value_name = "FILE", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
}

/// `sync` arguments.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The intake's address, e.g. https://central.example:8443.
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// A PEM CA certificate to trust for the intake (a private CA).
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
}

fn operator(by: Option<&String>) -> String {
    by.cloned()
        .or_else(|| std::env::var("SUDO_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "command-line".to_owned())
}

fn connect(db: &DatabaseArgs) -> Result<postgres::Client> {
    central::connect(&db.database_url).context("connecting to the central database")
}

/// Runs a `central` subcommand.
pub fn run(command: &CentralCommand, now: Timestamp) -> Result<ExitCode> {
    match command {
        CentralCommand::Init(db) => {
            let mut client = connect(db)?;
            let (before, after) = central::schema::migrate(&mut client)?;
            if before == after {
                println!("the central schema is current (version {after}): nothing was changed");
            } else if before == 0 {
                println!("created the central schema (version {after})");
            } else {
                println!("migrated the central schema from version {before} to {after}");
            }
        }
        CentralCommand::Enrol {
            db,
            name,
            public_key,
            by,
        } => {
            let mut client = connect(db)?;
            central::schema::require_current(&mut client)?;
            let device =
                central::devices::enrol(&mut client, name, public_key, &operator(by.as_ref()))?;
            println!(
                "enrolled {} (key {}): its pushes are accepted from now on",
                device.name, device.public_key
            );
        }
        CentralCommand::Revoke { db, name, by } => {
            let mut client = connect(db)?;
            central::schema::require_current(&mut client)?;
            central::devices::revoke(&mut client, name, &operator(by.as_ref()))?;
            println!("revoked {name}: its pushes are refused from now on; what it sent stays");
        }
        CentralCommand::Devices(db) => {
            let mut client = connect(db)?;
            central::schema::require_current(&mut client)?;
            for device in central::devices::list(&mut client)? {
                println!(
                    "{}\t{}\tevents {}\taudit {}\tenrolled by {}{}",
                    device.name,
                    device.public_key,
                    device.head_seq,
                    device.audit_head_seq,
                    device.enrolled_by,
                    if device.revoked { "\tREVOKED" } else { "" }
                );
            }
        }
        CentralCommand::Verify(db) => return verify(db),
        CentralCommand::Export {
            db,
            format,
            out,
            encrypt_to,
        } => {
            let recipient = encrypt_to
                .as_deref()
                .map(consent_kiosk::export::encrypt::parse_recipient)
                .transpose()?;
            let mut client = connect(db)?;
            let summary = output::write_whole(out, |writer| {
                Ok(match &recipient {
                    Some(recipient) => {
                        consent_kiosk::export::encrypt::encrypted(recipient, writer, |out| {
                            central::export::export(&mut client, *format, now, out)
                        })?
                    }
                    None => central::export::export(&mut client, *format, now, writer)?,
                })
            })?;
            eprintln!(
                "exported {} {} to {}",
                summary.written,
                if *format == ExportFormat::Jsonl {
                    "events"
                } else {
                    "consents"
                },
                out.display()
            );
        }
        CentralCommand::Serve {
            db,
            listen,
            tls_cert,
            tls_key,
        } => {
            let options = ServeOptions {
                database_url: db.database_url.clone(),
                listen: *listen,
                tls: tls_cert.clone().zip(tls_key.clone()),
            };
            central::serve::serve(&options, |bound, tls| {
                println!(
                    "listening on {}://{bound}",
                    if tls { "https" } else { "http" }
                );
            })?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn verify(db: &DatabaseArgs) -> Result<ExitCode> {
    let mut client = connect(db)?;
    let report = central::verify::verify(&mut client)?;
    for device in &report.devices {
        println!(
            "{}: {} events, {} audit entries checked",
            device.device, device.events_checked, device.audit_checked
        );
        for problem in &device.problems {
            println!("  {problem}");
        }
    }
    println!(
        "{} devices, {} events, {} consents in the read model checked",
        report.devices.len(),
        report.events_checked(),
        report.consents_checked
    );
    for problem in &report.unregistered {
        println!("  {problem}");
    }
    if report.open_forks > 0 {
        println!(
            "{} forked events kept aside await staff (table forks)",
            report.open_forks
        );
    }
    if report.is_intact() {
        println!(
            "intact: every chain links, every seal verifies with its enrolled key, every history follows the rules, the read model matches"
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("BROKEN: see the lines above");
        Ok(ExitCode::from(2))
    }
}

/// `sync --to`: pushes what the central database has not accepted yet.
pub fn run_sync(store: &StoreArgs, args: &SyncArgs) -> Result<ExitCode> {
    let store = store.open(Access::ReadOnly)?;
    let client = CentralClient::new(&args.to, args.ca_cert.as_deref())?;
    match sync(&store, &client) {
        Ok(report) => {
            println!(
                "sent {} events and {} audit entries to {} as {}: {} stored, {} already there; central head: event {}, audit entry {}",
                report.sent_events,
                report.sent_audit,
                args.to,
                report.device,
                report.stored,
                report.already,
                report.heads.events.seq,
                report.heads.audit.seq
            );
            if report.behind {
                println!(
                    "WARNING: the central database holds more events from this device than it has: was it restored from an older backup?"
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(SyncError::Refused { refusal, .. }) if refusal.error == "fork" => {
            println!("FORK: {}", refusal.message);
            Ok(ExitCode::from(3))
        }
        Err(error) => bail!(error),
    }
}
