//! The consent domain core: records, parties, states and the rules of DESIGN.md.
//!
//! Pure Rust: no egui, no SQL, no file I/O and no clock of its own. Every
//! command takes the current time as an argument, and every rule of the
//! lifecycle is a typed [`RuleViolation`], never a UI hint.
//!
//! The core is event-sourced: a [`ConsentDraft`] lives in memory until it is
//! signed; signing and every later step produce a [`ConsentEvent`], and the
//! current [`Consent`] is rebuilt by applying those events in order.

mod audit;
mod clock;
mod draft;
mod event;
mod event_json;
mod lifecycle;
mod options;
mod party;
mod policy;
mod reference;
mod rules;
mod safeguards;
mod signature;

pub use audit::{AccountRole, AuditEvent, ConcernKind, KIOSK_ACCOUNT};
pub use clock::{Clock, ManualClock, Timestamp};
pub use draft::{
    ComprehensionAnswer, ConsentDraft, ConsentItem, MIGRANT, PageShown, ParagraphSource, ShownText,
    Subject,
};
pub use event::{ConsentEvent, ConsentRecord, ReceiptKind, ReviewReason, Withdrawal};
pub use lifecycle::{Consent, ConsentState, FlagResolution, HouseholdParents, InterviewRecord};
pub use options::{Destination, ItemKey, LegalOption};
pub use party::{ChildView, Party, PartyId, Role};
pub use policy::{
    COOLING_OFF_CEILING_HOURS, COOLING_OFF_DEFAULT_HOURS, COOLING_OFF_FLOOR_HOURS, Company,
    CoolingOff, SigningPolicy, Suspension, Translation,
};
pub use reference::{
    CODE_GROUP, CODE_LEN, ConsentId, ReferenceCode, ReferenceCodeError, code_alphabet, code_char,
};
pub use rules::RuleViolation;
pub use safeguards::{
    ConfirmationInterview, FearOfHarm, FitnessToTravel, FlagKind, FlagOutcome, FoundBy, Hold,
    Interpreter, InterviewOutcome, LegalAdvice, ProtectionSigns, RECONFIRMATION_VALID_HOURS,
    Safeguards,
};
pub use signature::{PAD_UNITS, Signature, SignatureKind, Stroke};

#[cfg(test)]
mod tests;
