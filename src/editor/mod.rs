//! The content editor's workspace without egui: messages side by side with their
//! English, status and progress, validated edits written back byte for byte,
//! reviews, recordings, exchange with translators (XLIFF 2.0, CSV), a review kit for
//! native reviewers and their verdicts read back, and publishing.

pub mod exchange;
pub mod ftl_edit;
pub mod publish;
pub mod review_kit;
pub mod seen;
pub mod studio_kit;
pub mod workspace;

pub use workspace::{
    Earlier, EditorPage, GlossaryHint, ReviewMark, Row, SaveError, Status, Workspace,
};
