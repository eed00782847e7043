//! Sealing: how an event becomes tamper-evident.
//!
//! The canonical bytes of a sealed event are the RFC 8785 (JCS) serialisation of
//! `{"body": <event>, "prev_hash": <hex>, "seq": <n>}`; `hash` is the SHA-256 of
//! those bytes in hex, and `signature` is Ed25519 over the same bytes. Because JCS
//! sorts keys and the body is itself stored in JCS form, the canonical bytes can be
//! assembled from the stored columns without re-serialising anything.
//!
//! Many seals are checked at once by [`check_all`]: each hash on its own, the
//! signatures of a chunk together with Ed25519 batch verification, chunks spread
//! over every core; a chunk that fails is checked event by event, so the event
//! that fails is still the one named.

use ed25519_dalek::{Signature, Signer, Verifier, VerifyingKey};
use rayon::prelude::*;
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

/// The most signatures verified together in one Ed25519 batch. Larger batches cost
/// less per signature (with `ed25519-dalek`, 1,024 took 9 % less time than 256,
/// and 4,096 only 4 % less again); a failing batch is checked again one by one,
/// which at this size still takes only milliseconds.
const SIGNATURE_BATCH: usize = 1_024;

/// Whether `bytes` hash to the stored hex `hash`, without building a string.
fn hash_matches(bytes: &[u8], hash: &str) -> bool {
    let mut hex_digest = [0u8; 64];
    hex::encode_to_slice(Sha256::digest(bytes), &mut hex_digest).is_ok()
        && hex_digest.as_slice() == hash.as_bytes()
}

/// Checks the hash and signature of every event in `events` (not the chain), on
/// every core, with the signatures of each chunk verified as one Ed25519 batch.
///
/// The result has one entry per event, in order, exactly as [`SealedEvent::check`]
/// would give it: when a batch does not verify, each of its signatures is verified
/// on its own, so only the events that really fail are marked.
pub fn check_all(events: &[SealedEvent], public_key: &VerifyingKey) -> Vec<Result<(), SealError>> {
    // Every core gets a share even of a small run (a sync sends 2,000 at a time).
    let chunk = events
        .len()
        .div_ceil(rayon::current_num_threads())
        .clamp(64, SIGNATURE_BATCH);
    events
        .par_chunks(chunk)
        .flat_map_iter(|chunk| check_chunk(chunk, public_key))
        .collect()
}

fn check_chunk(chunk: &[SealedEvent], public_key: &VerifyingKey) -> Vec<Result<(), SealError>> {
    let bytes: Vec<Vec<u8>> = chunk
        .iter()
        .map(|e| canonical_bytes(e.seq, &e.body, &e.prev_hash))
        .collect();
    let mut results: Vec<Result<(), SealError>> = chunk
        .iter()
        .zip(&bytes)
        .map(|(event, bytes)| {
            if hash_matches(bytes, &event.hash) {
                Ok(())
            } else {
                Err(SealError::HashMismatch)
            }
        })
        .collect();
    // Only the events whose hash holds go into the batch.
    let mut messages: Vec<&[u8]> = Vec::with_capacity(chunk.len());
    let mut signatures: Vec<Signature> = Vec::with_capacity(chunk.len());
    for ((event, bytes), result) in chunk.iter().zip(&bytes).zip(&results) {
        if result.is_ok() {
            messages.push(bytes);
            signatures.push(Signature::from_bytes(&event.signature));
        }
    }
    if !batch_verifies(public_key, &messages, &signatures) {
        let mut one_by_one = messages.iter().zip(&signatures);
        for result in results.iter_mut().filter(|r| r.is_ok()) {
            if let Some((message, signature)) = one_by_one.next() {
                *result = public_key
                    .verify(message, signature)
                    .map_err(|_| SealError::BadSignature);
            }
        }
    }
    results
}

/// Whether every signature verifies, checked as one batch. Every event of a store
/// is signed by the same key, and `ed25519-zebra` folds a batch's terms for one
/// key into a single point (`ed25519-dalek`'s batch keeps one per signature); it
/// runs on `curve25519-dalek` 5, whose vector arithmetic (AVX2, or AVX-512 IFMA
/// where the processor has it) is chosen when the program runs. Its weights are
/// random, drawn from a generator seeded by the operating system for each batch;
/// without one the batch is simply not trusted, and each signature is checked on
/// its own.
fn batch_verifies(public_key: &VerifyingKey, messages: &[&[u8]], signatures: &[Signature]) -> bool {
    use chacha20::rand_core::SeedableRng;
    let Ok(weights) = chacha20::ChaCha20Rng::try_from_rng(&mut getrandom::SysRng) else {
        return false;
    };
    let key = ed25519_zebra::VerificationKeyBytes::from(public_key.to_bytes());
    let mut batch = ed25519_zebra::batch::Verifier::new();
    for (message, signature) in messages.iter().zip(signatures) {
        batch.queue((
            key,
            ed25519_zebra::Signature::from_bytes(&signature.to_bytes()),
            message,
        ));
    }
    batch.verify(weights).is_ok()
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
        if !hash_matches(&bytes, &self.hash) {
            return Err(SealError::HashMismatch);
        }
        public_key
            .verify(&bytes, &Signature::from_bytes(&self.signature))
            .map_err(|_| SealError::BadSignature)
    }

    /// The event as a row of the log, with the consent recorded beside it if known.
    pub fn row<'a>(&'a self, consent_id: Option<&'a str>) -> super::EventRow<'a> {
        super::EventRow {
            seq: self.seq,
            body: &self.body,
            prev_hash: &self.prev_hash,
            hash: &self.hash,
            signature: &self.signature,
            consent_id,
            kind: None,
        }
    }

    /// The domain event inside.
    pub fn event(&self) -> Result<ConsentEvent, SealError> {
        ConsentEvent::from_json(&self.body).map_err(|e| SealError::BadBody(e.to_string()))
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

    #[test]
    fn checked_together_each_event_gets_the_answer_it_gets_alone() {
        let key = DeviceKey::from_secret([7; 32]);
        let other = DeviceKey::from_secret([8; 32]);
        let mut prev = GENESIS_HASH.to_owned();
        let mut events: Vec<SealedEvent> = (1..=700)
            .map(|seq| {
                let signer = if seq == 450 { &other } else { &key };
                let sealed = SealedEvent::seal(seq, format!(r#"{{"x":{seq}}}"#), &prev, signer);
                prev.clone_from(&sealed.hash);
                sealed
            })
            .collect();
        // A flipped signature bit and a changed body in the first chunk,
        // a foreign key's seal and two bad ones side by side in the second.
        for (seq, change) in [(3, 0), (300, 1), (600, 0), (601, 0)] {
            if let Some(event) = events.iter_mut().find(|e| e.seq == seq) {
                if change == 0 {
                    event.signature[10] ^= 1;
                } else {
                    event.body = r#"{"x":-1}"#.into();
                }
            }
        }
        let together = check_all(&events, &key.public_key());
        let alone: Vec<_> = events.iter().map(|e| e.check(&key.public_key())).collect();
        assert_eq!(together, alone);
        let failing: Vec<i64> = events
            .iter()
            .zip(&together)
            .filter(|(_, r)| r.is_err())
            .map(|(e, _)| e.seq)
            .collect();
        assert_eq!(failing, vec![3, 300, 450, 600, 601]);
        assert_eq!(
            check_all(&events[..2], &key.public_key()),
            vec![Ok(()), Ok(())]
        );
    }
}
