//! What staff do in the console that is not itself a change to a consent: signing
//! in, opening a record (and why), suspending a destination and lifting it,
//! exporting, managing accounts. Sealed like consent events, in a chain of their own.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::options::Destination;
use super::reference::ConsentId;

/// What a console account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountRole {
    /// Guides sessions, reads records with a reason, records withdrawals and departures.
    Counsellor,
    /// Everything a counsellor does, plus accounts, settings and suspensions.
    Admin,
    /// Content and translations.
    Editor,
}

impl AccountRole {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountRole::Counsellor => "counsellor",
            AccountRole::Admin => "admin",
            AccountRole::Editor => "editor",
        }
    }

    /// Whether this role works with consent records (counsellors and admins).
    pub fn handles_records(self) -> bool {
        matches!(self, AccountRole::Counsellor | AccountRole::Admin)
    }
}

impl std::str::FromStr for AccountRole {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "counsellor" => Ok(AccountRole::Counsellor),
            "admin" => Ok(AccountRole::Admin),
            "editor" => Ok(AccountRole::Editor),
            other => Err(format!(
                "unknown role \"{other}\" (admin, counsellor or editor)"
            )),
        }
    }
}

/// Why a person at the kiosk asked for someone. Nothing in a concern names or
/// identifies the person: it says what, when, where on the kiosk, in which language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcernKind {
    /// "I feel pressured / I want to speak to staff privately".
    Pressured,
    /// "I lost my code" (and wants to withdraw).
    LostCode,
}

impl ConcernKind {
    /// The stable name used in messages and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ConcernKind::Pressured => "pressured",
            ConcernKind::LostCode => "lost_code",
        }
    }
}

/// The account under which the kiosk itself records a concern.
pub const KIOSK_ACCOUNT: &str = "kiosk";

/// One thing a member of staff did, or a concern the kiosk raised for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum AuditEvent {
    /// An account was created (by an administrator, or the first one at setup).
    AccountCreated {
        /// The new account.
        account_id: String,
        /// Its role.
        role: AccountRole,
        /// Who created it; `None` for the first administrator.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<String>,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// Someone signed in.
    SignedIn {
        /// The account.
        account_id: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// A record was opened; the reason is required.
    RecordOpened {
        /// Who opened it.
        account_id: String,
        /// Which consent.
        consent_id: ConsentId,
        /// Why, in the counsellor's words.
        reason: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// Return assistance to a destination was suspended from the console.
    DestinationSuspended {
        /// The administrator.
        account_id: String,
        /// Where.
        destination: Destination,
        /// Why.
        reason: String,
        /// How many pending consents moved to needs-review.
        consents_moved: usize,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// A suspension made from the console was lifted: the destination is
    /// offered again (unless the content suspends it too). Consents moved to
    /// review by it stay there until each is signed again or withdrawn.
    SuspensionLifted {
        /// The administrator.
        account_id: String,
        /// Where (as the suspension named it).
        destination: Destination,
        /// Why, for the record.
        reason: String,
        /// How many consents were in review because of it when it was lifted.
        consents_in_review: usize,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// An editor published new content: kiosks take it at their next idle reset.
    ContentPublished {
        /// The editor.
        account_id: String,
        /// The content version (hash over `content/` and `locales/`).
        version: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// A person at the kiosk asked for someone: stored at once, signed or not,
    /// so staff see it even if the person leaves.
    ConcernRaised {
        /// Always [`KIOSK_ACCOUNT`].
        account_id: String,
        /// Random, to mark it seen.
        concern_id: String,
        /// What the person asked for.
        kind: ConcernKind,
        /// The kiosk screen it was asked from.
        screen: String,
        /// The language the person was reading.
        locale: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// A member of staff took up a concern.
    ConcernSeen {
        /// Who.
        account_id: String,
        /// Which concern.
        concern_id: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// Records were exported to the case system.
    Exported {
        /// Who.
        account_id: String,
        /// `jsonl`, `csv` or `fhir`.
        format: String,
        /// How many consents.
        consents: usize,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
}

impl AuditEvent {
    /// A short, stable name for the kind of event.
    pub fn kind(&self) -> &'static str {
        match self {
            AuditEvent::AccountCreated { .. } => "account_created",
            AuditEvent::SignedIn { .. } => "signed_in",
            AuditEvent::RecordOpened { .. } => "record_opened",
            AuditEvent::DestinationSuspended { .. } => "destination_suspended",
            AuditEvent::SuspensionLifted { .. } => "suspension_lifted",
            AuditEvent::Exported { .. } => "exported",
            AuditEvent::ContentPublished { .. } => "content_published",
            AuditEvent::ConcernRaised { .. } => "concern_raised",
            AuditEvent::ConcernSeen { .. } => "concern_seen",
        }
    }

    /// The account that acted (for a created account: the one created).
    pub fn account_id(&self) -> &str {
        match self {
            AuditEvent::AccountCreated { account_id, .. }
            | AuditEvent::SignedIn { account_id, .. }
            | AuditEvent::RecordOpened { account_id, .. }
            | AuditEvent::DestinationSuspended { account_id, .. }
            | AuditEvent::SuspensionLifted { account_id, .. }
            | AuditEvent::Exported { account_id, .. }
            | AuditEvent::ContentPublished { account_id, .. }
            | AuditEvent::ConcernRaised { account_id, .. }
            | AuditEvent::ConcernSeen { account_id, .. } => account_id,
        }
    }

    /// When.
    pub fn at(&self) -> Timestamp {
        match self {
            AuditEvent::AccountCreated { at, .. }
            | AuditEvent::SignedIn { at, .. }
            | AuditEvent::RecordOpened { at, .. }
            | AuditEvent::DestinationSuspended { at, .. }
            | AuditEvent::SuspensionLifted { at, .. }
            | AuditEvent::Exported { at, .. }
            | AuditEvent::ContentPublished { at, .. }
            | AuditEvent::ConcernRaised { at, .. }
            | AuditEvent::ConcernSeen { at, .. } => *at,
        }
    }
}
