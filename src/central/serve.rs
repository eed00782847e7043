//! The intake behind HTTP: `POST /v1/heads` and `POST /v1/push` (see `wire`).
//!
//! Each request runs on a blocking thread with a connection from a small pool; the
//! checks and the transaction are `intake`'s. TLS when a certificate and key are
//! given; plain HTTP only on a loopback address (a reverse proxy on the same host).

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use postgres::Client;

use crate::consent::Clock;

use super::intake::{Intake, RefusalKind, Refused};
use super::wire::{HeadsRequest, PushRequest, Refusal};
use super::{CentralError, connect};

/// How the service is started.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The database.
    pub database_url: String,
    /// Where to listen.
    pub listen: SocketAddr,
    /// PEM certificate chain and private key, for HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
}

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Plain HTTP was asked for on an address other hosts can reach.
    #[error(
        "{0} is not a loopback address: plain HTTP is only for 127.0.0.1 or ::1; give --tls-cert and --tls-key to listen there"
    )]
    PlainNotLoopback(SocketAddr),
    /// The database is not ready.
    #[error(transparent)]
    Central(#[from] CentralError),
    /// The certificate or key could not be used.
    #[error("the TLS certificate or key: {0}")]
    Tls(String),
    /// Listening or serving failed.
    #[error("listening on {addr}: {source}")]
    Io {
        /// The address.
        addr: SocketAddr,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// A batch can be large: a device that was offline for days sends it in pieces of
/// a few thousand events, well under this.
const BODY_LIMIT: usize = 64 * 1024 * 1024;

struct Shared {
    database_url: String,
    pool: Mutex<Vec<Client>>,
    intake: Intake,
}

impl Shared {
    /// Runs `work` with a pooled connection (a new one when none is free).
    fn with_client<T>(
        &self,
        work: impl FnOnce(&mut Client) -> Result<T, CentralError>,
    ) -> Result<T, CentralError> {
        let pooled = self
            .pool
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut client = match pooled {
            Some(client) if !client.is_closed() => client,
            _ => connect(&self.database_url)?,
        };
        let result = work(&mut client);
        if !client.is_closed() {
            self.pool
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(client);
        }
        result
    }
}

/// Serves until the process is stopped. `on_listening` is told the bound address
/// (the port is chosen by the system when 0 was asked for).
pub fn serve(
    options: &ServeOptions,
    on_listening: impl FnOnce(SocketAddr, bool),
) -> Result<(), ServeError> {
    if options.tls.is_none() && !options.listen.ip().is_loopback() {
        return Err(ServeError::PlainNotLoopback(options.listen));
    }
    let mut client = connect(&options.database_url)?;
    super::schema::require_current(&mut client)?;
    let tls = options
        .tls
        .as_ref()
        .map(|(cert, key)| rustls_config(cert, key))
        .transpose()?;
    let listener = TcpListener::bind(options.listen).map_err(|source| ServeError::Io {
        addr: options.listen,
        source,
    })?;
    let bound = listener.local_addr().map_err(|source| ServeError::Io {
        addr: options.listen,
        source,
    })?;
    let shared = Arc::new(Shared {
        database_url: options.database_url.clone(),
        pool: Mutex::new(vec![client]),
        intake: Intake::default(),
    });
    let app = Router::new()
        .route("/v1/health", get(|| async { "ok" }))
        .route("/v1/heads", post(heads))
        .route("/v1/push", post(push))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| ServeError::Io {
            addr: bound,
            source,
        })?;
    let io = |source| ServeError::Io {
        addr: bound,
        source,
    };
    on_listening(bound, tls.is_some());
    runtime.block_on(async move {
        match tls {
            Some(config) => {
                axum_server::from_tcp_rustls(listener, config)
                    .map_err(io)?
                    .serve(app.into_make_service())
                    .await
            }
            None => {
                axum_server::from_tcp(listener)
                    .map_err(io)?
                    .serve(app.into_make_service())
                    .await
            }
        }
        .map_err(io)
    })
}

fn rustls_config(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> Result<axum_server::tls_rustls::RustlsConfig, ServeError> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let tls = |what: &std::path::Path, e: &dyn std::fmt::Display| {
        ServeError::Tls(format!("{}: {e}", what.display()))
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| tls(cert, &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| tls(cert, &e))?;
    let key_der = PrivateKeyDer::from_pem_file(key).map_err(|e| tls(key, &e))?;
    // ring builds without cmake or a second C toolchain (aws-lc); its
    // deprecation is only for lacking post-quantum key exchange.
    #[allow(deprecated)]
    let provider = rustls::crypto::ring::default_provider();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(provider))
        .with_safe_default_protocol_versions()
        .map_err(|e| tls(cert, &e))?
        .with_no_client_auth()
        .with_single_cert(certs, key_der)
        .map_err(|e| tls(cert, &e))?;
    Ok(axum_server::tls_rustls::RustlsConfig::from_config(
        Arc::new(config),
    ))
}

async fn heads(State(shared): State<Arc<Shared>>, Json(request): Json<HeadsRequest>) -> Response {
    let result = tokio::task::spawn_blocking(move || {
        shared.with_client(|client| shared.intake.heads(client, &request.public_key))
    })
    .await;
    answer(result)
}

async fn push(State(shared): State<Arc<Shared>>, Json(request): Json<PushRequest>) -> Response {
    let result = tokio::task::spawn_blocking(move || {
        let now = crate::clock::SystemClock.now();
        shared.with_client(|client| shared.intake.push(client, &request, now))
    })
    .await;
    answer(result)
}

type Outcome<T> = Result<Result<Result<T, Refused>, CentralError>, tokio::task::JoinError>;

fn answer<T: serde::Serialize>(result: Outcome<T>) -> Response {
    match result {
        Ok(Ok(Ok(heads))) => Json(heads).into_response(),
        Ok(Ok(Err(refused))) => {
            let status = match refused.kind {
                RefusalKind::UnknownDevice | RefusalKind::Revoked => StatusCode::FORBIDDEN,
                RefusalKind::Fork => StatusCode::CONFLICT,
                RefusalKind::Broken => StatusCode::UNPROCESSABLE_ENTITY,
                RefusalKind::BadRequest => StatusCode::BAD_REQUEST,
            };
            (status, Json(refused.refusal)).into_response()
        }
        Ok(Err(error)) => {
            // Said to the device without detail; the service's log has it.
            eprintln!("intake: {error}");
            unavailable()
        }
        Err(_) => unavailable(),
    }
}

fn unavailable() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(Refusal {
            error: "unavailable".into(),
            message:
                "the central database could not take the batch now; nothing was stored: try again"
                    .into(),
            chain: None,
            seq: None,
        }),
    )
        .into_response()
}
