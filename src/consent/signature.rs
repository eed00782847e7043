//! How a person signs: a drawn signature, a typed name, or a mark with a witness.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::party::PartyId;
use crate::redact::Personal;

/// One continuous finger or pen stroke: points on the signature pad in
/// ten-thousandths of its width and height (0..=10000), whatever the screen.
///
/// Whole numbers keep the sealed JSON free of floats, whose text form differs
/// between JSON libraries and would make a receiver's hash check fragile.
pub type Stroke = Vec<(u16, u16)>;

/// The pad's extent in stroke units.
pub const PAD_UNITS: u16 = 10_000;

/// The form a signature takes (DESIGN.md rule 6).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SignatureKind {
    /// Drawn on screen with a finger.
    Drawn {
        /// The strokes as drawn.
        strokes: Vec<Stroke>,
    },
    /// A typed name.
    Typed {
        /// The name as typed.
        name: Personal,
    },
    /// A mark (for someone who does not write), valid only with a witness present.
    Mark {
        /// The witness who saw the mark being made.
        witness: PartyId,
    },
}

/// A drawn signature is as personal as a name: `{:?}` shows only its size.
impl fmt::Debug for SignatureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureKind::Drawn { strokes } => f
                .debug_struct("Drawn")
                .field("strokes", &strokes.len())
                .field("points", &strokes.iter().map(Vec::len).sum::<usize>())
                .finish(),
            SignatureKind::Typed { name } => f.debug_struct("Typed").field("name", name).finish(),
            SignatureKind::Mark { witness } => {
                f.debug_struct("Mark").field("witness", witness).finish()
            }
        }
    }
}

/// A signature by one party of the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    /// Who signed.
    pub signer: PartyId,
    /// How.
    #[serde(flatten)]
    pub kind: SignatureKind,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub signed_at: Timestamp,
}

impl Signature {
    /// Whether the signature actually carries something (strokes with points, a non-blank name).
    pub fn is_substantive(&self) -> bool {
        match &self.kind {
            SignatureKind::Drawn { strokes } => strokes.iter().map(Vec::len).sum::<usize>() >= 2,
            SignatureKind::Typed { name } => !name.trim().is_empty(),
            SignatureKind::Mark { .. } => true,
        }
    }
}
