//! What a kiosk and the intake say to each other over HTTP, as JSON.
//!
//! `POST /v1/heads` with [`HeadsRequest`] answers [`Heads`]: where the device's
//! chains stand centrally. `POST /v1/push` with [`PushRequest`] answers [`Heads`]
//! after storing the batch, or a [`Refusal`] with a 4xx status.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::store::SealedEvent;

/// One sealed event, exactly as sealed (the body is the canonical JSON text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEvent {
    /// Position in the device's chain.
    pub seq: i64,
    /// The canonical JSON body, as text, so not a byte changes on the way.
    pub body: String,
    /// The previous event's hash.
    pub prev_hash: String,
    /// SHA-256 of the canonical bytes, hex.
    pub hash: String,
    /// Ed25519 signature, base64.
    pub signature: String,
}

impl From<&SealedEvent> for WireEvent {
    fn from(sealed: &SealedEvent) -> Self {
        Self {
            seq: sealed.seq,
            body: sealed.body.clone(),
            prev_hash: sealed.prev_hash.clone(),
            hash: sealed.hash.clone(),
            signature: STANDARD.encode(sealed.signature),
        }
    }
}

impl WireEvent {
    /// The sealed event, or `None` when the signature is not 64 bytes of base64.
    pub fn sealed(&self) -> Option<SealedEvent> {
        let signature: [u8; 64] = STANDARD.decode(&self.signature).ok()?.try_into().ok()?;
        Some(SealedEvent {
            seq: self.seq,
            body: self.body.clone(),
            prev_hash: self.prev_hash.clone(),
            hash: self.hash.clone(),
            signature,
        })
    }
}

/// Asks where a device's chains stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadsRequest {
    /// The device public key, base64.
    pub public_key: String,
}

/// A batch from one device: consent events and audit entries, each run in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    /// The device public key, base64.
    pub public_key: String,
    /// The device's store holds fictional demonstration records only.
    #[serde(default)]
    pub demo: bool,
    /// Consent events, consecutive.
    #[serde(default)]
    pub events: Vec<WireEvent>,
    /// Audit entries, consecutive.
    #[serde(default)]
    pub audit: Vec<WireEvent>,
}

/// Where a chain stands centrally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireHead {
    /// The last accepted sequence number (0: none yet).
    pub seq: i64,
    /// Its hash.
    pub hash: String,
}

/// The answer to a heads request or an accepted push.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heads {
    /// The device's name in the registry.
    pub device: String,
    /// The consent events' chain.
    pub events: WireHead,
    /// The audit chain.
    pub audit: WireHead,
    /// Events newly stored by this push.
    #[serde(default)]
    pub stored: u64,
    /// Events of this push that were already stored (sent again: nothing done).
    #[serde(default)]
    pub already: u64,
}

/// Why a push (or heads request) was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// `unknown-device`, `revoked`, `broken`, `fork`, or `bad-request`.
    pub error: String,
    /// In words, for staff.
    pub message: String,
    /// `events` or `audit`, when one event is at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<String>,
    /// The event at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<i64>,
}
