//! Sealing: how an event becomes tamper-evident.
//!
//! The canonical bytes of a sealed event are the RFC 8785 (JCS) serialisation of
//! `{"body": <event>, "prev_hash": <hex>, "seq": <n>}`; `hash` is the SHA-256 of
//! those bytes in hex, and `signature` is Ed25519 over the same bytes. Because JCS
//! sorts keys and the body is itself stored in JCS form, the canonical bytes can be
//! assembled from the stored columns without re-serialising anything.

use ed25519_dalek::{Signature, Signer, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::consent::ConsentEvent;

use super::keys::DeviceKey;

/// The `prev_hash` of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One event as stored: its body in JCS form and its seal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEvent {
    /// Position in the log, from 1, without gaps.
    pub seq: i64,
    /// The domain event, RFC 8785 JSON.
    pub body: String,
    /// The previous event's hash ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// SHA-256 of the canonical bytes, hex.
    pub hash: String,
    /// Ed25519 signature of the canonical bytes.
    pub signature: [u8; 64],
}

/// Why a sealed event does not check out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The stored hash is not the hash of the stored content.
    #[error("its hash does not match its content")]
    HashMismatch,
    /// The signature does not verify with the device public key.
    #[error("its signature does not verify with the device key")]
    BadSignature,
    /// The body is not the canonical JSON of a consent event.
    #[error("its body is not a valid consent event: {0}")]
    BadBody(String),
}

/// Serialises an event body in RFC 8785 form.
///
/// Events hold no floats and only ASCII keys, and for such JSON a `serde_json`
/// value (its maps are sorted) prints exactly as RFC 8785 does, at a fraction of
/// the cost of a general canonicaliser. A test holds this against one.
pub fn canonical_body(event: &impl serde::Serialize) -> Result<String, serde_json::Error> {
    serde_json::to_string(&serde_json::to_value(event)?)
}

/// The canonical bytes that are hashed and signed.
pub fn canonical_bytes(seq: i64, body: &str, prev_hash: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(body.len() + prev_hash.len() + 48);
    bytes.extend_from_slice(b"{\"body\":");
    bytes.extend_from_slice(body.as_bytes());
    bytes.extend_from_slice(b",\"prev_hash\":\"");
    bytes.extend_from_slice(prev_hash.as_bytes());
    bytes.extend_from_slice(b"\",\"seq\":");
    bytes.extend_from_slice(seq.to_string().as_bytes());
    bytes.push(b'}');
    bytes
}

/// SHA-256, hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

impl SealedEvent {
    /// Seals `body` (already canonical) as event `seq` after `prev_hash`.
    pub fn seal(seq: i64, body: String, prev_hash: &str, key: &DeviceKey) -> Self {
        let bytes = canonical_bytes(seq, &body, prev_hash);
        Self {
            seq,
            hash: sha256_hex(&bytes),
            signature: key.signing_key().sign(&bytes).to_bytes(),
            prev_hash: prev_hash.to_owned(),
            body,
        }
    }

    /// Checks hash and signature (not the chain: that needs the neighbour).
    pub fn check(&self, public_key: &VerifyingKey) -> Result<(), SealError> {
        let bytes = canonical_bytes(self.seq, &self.body, &self.prev_hash);
        if sha256_hex(&bytes) != self.hash {
            return Err(SealError::HashMismatch);
        }
        public_key
            .verify(&bytes, &Signature::from_bytes(&self.signature))
            .map_err(|_| SealError::BadSignature)
    }

    /// The domain event inside.
    pub fn event(&self) -> Result<ConsentEvent, SealError> {
        serde_json::from_str(&self.body).map_err(|e| SealError::BadBody(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assembled_bytes_are_the_jcs_form_of_the_envelope() {
        let body = r#"{"a":[1,2.5,"x"],"b":{"c":null}}"#;
        let envelope = serde_json::json!({
            "seq": 42,
            "prev_hash": GENESIS_HASH,
            "body": serde_json::from_str::<serde_json::Value>(body).unwrap_or_default(),
        });
        let jcs = serde_json_canonicalizer::to_vec(&envelope).unwrap_or_default();
        assert_eq!(canonical_bytes(42, body, GENESIS_HASH), jcs);
    }

    #[test]
    fn a_changed_byte_or_a_foreign_key_is_caught() {
        let key = DeviceKey::from_secret([7; 32]);
        let sealed = SealedEvent::seal(1, r#"{"x":1}"#.into(), GENESIS_HASH, &key);
        assert_eq!(sealed.check(&key.public_key()), Ok(()));

        let mut changed = sealed.clone();
        changed.body = r#"{"x":2}"#.into();
        assert_eq!(
            changed.check(&key.public_key()),
            Err(SealError::HashMismatch)
        );

        let other = DeviceKey::from_secret([8; 32]);
        assert_eq!(
            sealed.check(&other.public_key()),
            Err(SealError::BadSignature)
        );
    }
}
