//! consent-kiosk: informed, free and withdrawable consent at a reception-centre kiosk.
//!
//! The layers follow `ARCHITECTURE.md`: a pure domain core ([`consent`]), the
//! encrypted append-only [`store`], [`content`] and [`i18n`] loading, the [`text`]
//! layer for every script, the case-system [`export`]s, and a thin [`ui`].

pub mod consent;
pub mod content;
pub mod export;
pub mod i18n;
pub mod store;
pub mod text;
pub mod ui;
