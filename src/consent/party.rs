//! The people around a consent and the roles they play.

use serde::{Deserialize, Serialize};

use crate::redact::Personal;

/// Identifies a party within one consent record (not a person across records).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartyId(pub u8);

/// The role a party plays in a consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The person the consent is about.
    Migrant,
    /// A parent or appointed guardian of a child.
    Guardian,
    /// A legal representative (for a child, or where capacity is in doubt).
    LegalRepresentative,
    /// The counsellor guiding the session.
    Counsellor,
    /// An interpreter present during the session.
    Interpreter,
    /// A witness, required when the person signs with a mark.
    Witness,
}

impl Role {
    /// Whether this role may sign on behalf of a child or a person whose capacity is in doubt.
    pub fn can_represent(self) -> bool {
        matches!(self, Role::Guardian | Role::LegalRepresentative)
    }
}

/// Someone present at a consent. Only what the record needs is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Identifies the party within this record.
    pub party_id: PartyId,
    /// The role played.
    pub role: Role,
    /// A name, only where the role needs one (a witness or representative signing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Personal>,
    /// For an interpreter: the language interpreted (BCP-47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// For a counsellor: the account id in the console.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

/// A child's own view on the decision, recorded alongside a guardian's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "view")]
pub enum ChildView {
    /// The child agrees, in their own words or by a pictogram choice.
    Assent {
        /// What the child said or chose.
        words: Personal,
    },
    /// The child objects.
    Objection {
        /// What the child said or chose.
        words: Personal,
    },
}
