//! consent-kiosk: informed, free and withdrawable consent at a reception-centre kiosk.
//!
//! The layers follow `ARCHITECTURE.md`: a pure domain core ([`consent`]), the
//! encrypted append-only [`store`], the case-system [`export`]s, fictional
//! [`demo`] records, and a thin [`ui`].

pub mod audio;
pub mod central;
pub mod clock;
pub mod consent;
pub mod console;
pub mod content;
pub mod demo;
pub mod editor;
pub mod export;
pub mod i18n;
pub mod kiosk;
pub mod receipt;
pub mod redact;
pub mod store;
pub mod sync;
pub mod text;
pub mod ui;
