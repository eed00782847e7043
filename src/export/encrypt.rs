//! Exports encrypted to a recipient's age public key (`age1…`), for a hand-over on a
//! channel that does not encrypt by itself (a USB stick, e-mail, a shared folder).
//! The file is a standard age file: `age --decrypt -i key.txt` opens it. Both kinds
//! of age key are taken: the post-quantum hybrid (`age1pq1…`, age 1.3 and later) and
//! the classic X25519 one (`age1…`, what older `age-keygen`, e.g. Debian 12's, makes).

use std::io::Write;
use std::str::FromStr;

use super::ExportError;

/// A receiver's age public key.
#[derive(Clone)]
pub enum Recipient {
    /// `age1pq1…`: ML-KEM-768 + X25519.
    PostQuantum(age::pq::Recipient),
    /// `age1…`: X25519 (deprecated by the crate for new keys, still what many
    /// receivers have).
    #[allow(deprecated)]
    Classic(age::x25519::Recipient),
}

impl std::fmt::Debug for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::PostQuantum(_) => "Recipient::PostQuantum",
            Self::Classic(_) => "Recipient::Classic",
        })
    }
}

impl Recipient {
    #[allow(deprecated)]
    fn as_dyn(&self) -> &dyn age::Recipient {
        match self {
            Self::PostQuantum(r) => r,
            Self::Classic(r) => r,
        }
    }
}

/// Reads `age1pq1…` or `age1…`, saying what is wrong when it is neither.
#[allow(deprecated)]
pub fn parse_recipient(text: &str) -> Result<Recipient, ExportError> {
    let text = text.trim();
    if text.starts_with("age1pq1") {
        return age::pq::Recipient::from_str(text)
            .map(Recipient::PostQuantum)
            .map_err(|why| ExportError::Recipient(why.to_string()));
    }
    age::x25519::Recipient::from_str(text)
        .map(Recipient::Classic)
        .map_err(|why| ExportError::Recipient(why.to_owned()))
}

/// Runs `write` with a writer that encrypts into `out` for `recipient`, then closes
/// the age stream (its last chunk is written only then).
pub fn encrypted<T, E: From<ExportError>>(
    recipient: &Recipient,
    out: &mut (dyn Write + Send),
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<T, E>,
) -> Result<T, E> {
    let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient.as_dyn()))
        .map_err(|e| ExportError::Recipient(e.to_string()))?;
    let mut stream = encryptor.wrap_output(out).map_err(ExportError::Write)?;
    let value = write(&mut stream)?;
    stream.finish().map_err(ExportError::Write)?;
    Ok(value)
}
