//! HTTP to the intake (HTTPS with the system's roots, or with a CA file the
//! deployment names for a private certificate).

use std::path::Path;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::central::wire::{Heads, HeadsRequest, PushRequest, Refusal};
use crate::store::StoreError;

/// Why a sync did not complete.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The intake could not be reached or the connection broke (offline: try later).
    #[error("the central intake at {url} could not be reached: {why}")]
    Unreachable {
        /// Where.
        url: String,
        /// What happened.
        why: String,
    },
    /// The intake refused the batch.
    #[error("the central intake refused the batch ({}): {}", .refusal.error, .refusal.message)]
    Refused {
        /// The HTTP status.
        status: u16,
        /// What it said.
        refusal: Refusal,
    },
    /// The intake answered something that is not the protocol.
    #[error("the central intake answered something unexpected (HTTP {status}): {why}")]
    BadAnswer {
        /// The HTTP status.
        status: u16,
        /// Why it could not be read.
        why: String,
    },
    /// The CA certificate file could not be used.
    #[error("the CA certificate {path}: {why}")]
    CaCert {
        /// The file.
        path: String,
        /// What is wrong.
        why: String,
    },
    /// Reading the device store failed.
    #[error(transparent)]
    Store(StoreError),
}

impl SyncError {
    /// Whether trying again later may succeed (offline, or the central side busy).
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Unreachable { .. } => true,
            Self::Refused { status, .. } | Self::BadAnswer { status, .. } => *status >= 500,
            Self::CaCert { .. } | Self::Store(_) => false,
        }
    }
}

/// A connection to one intake.
#[derive(Debug, Clone)]
pub struct CentralClient {
    agent: ureq::Agent,
    base: String,
}

impl CentralClient {
    /// For the intake at `url` (`https://host:port` or `http://127.0.0.1:port`),
    /// trusting `ca_cert` (PEM) in place of the system's roots when given.
    pub fn new(url: &str, ca_cert: Option<&Path>) -> Result<Self, SyncError> {
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(5)))
            .timeout_global(Some(Duration::from_secs(120)));
        if let Some(path) = ca_cert {
            let ca_error = |why: String| SyncError::CaCert {
                path: path.display().to_string(),
                why,
            };
            let pem = std::fs::read(path).map_err(|e| ca_error(e.to_string()))?;
            let cert =
                ureq::tls::Certificate::from_pem(&pem).map_err(|e| ca_error(e.to_string()))?;
            config = config.tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::new_with_certs(&[cert]))
                    .build(),
            );
        }
        Ok(Self {
            agent: config.build().into(),
            base: url.trim_end_matches('/').to_owned(),
        })
    }

    /// Where this device's chains stand centrally.
    pub fn heads(&self, public_key: &str) -> Result<Heads, SyncError> {
        self.post(
            "/v1/heads",
            &HeadsRequest {
                public_key: public_key.to_owned(),
            },
        )
    }

    /// Sends one batch; the new heads once stored.
    pub fn push(&self, request: &PushRequest) -> Result<Heads, SyncError> {
        self.post("/v1/push", request)
    }

    fn post<T: Serialize, A: DeserializeOwned>(
        &self,
        path: &str,
        body: &T,
    ) -> Result<A, SyncError> {
        let url = format!("{}{path}", self.base);
        let unreachable = |why: String| SyncError::Unreachable {
            url: self.base.clone(),
            why,
        };
        let body = serde_json::to_vec(body).map_err(|e| unreachable(e.to_string()))?;
        let mut response = self
            .agent
            .post(&url)
            .header("content-type", "application/json")
            .send(&body[..])
            .map_err(|e| unreachable(e.to_string()))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| unreachable(e.to_string()))?;
        if status == 200 {
            return serde_json::from_str(&text).map_err(|e| SyncError::BadAnswer {
                status,
                why: e.to_string(),
            });
        }
        match serde_json::from_str::<Refusal>(&text) {
            Ok(refusal) => Err(SyncError::Refused { status, refusal }),
            Err(_) => Err(SyncError::BadAnswer {
                status,
                why: text.chars().take(200).collect(),
            }),
        }
    }
}
