//! Text in every script on egui: the Unicode bidi algorithm, UAX #14 line
//! breaking measured with egui's fonts, visual reordering into `LayoutJob`
//! sections, per-script Noto fonts, and layout caching.
//!
//! egui shapes text (Arabic joins, Bengali conjuncts) but has no bidi; this layer
//! supplies it. It is the only way screens draw translated or typed text, so it
//! can be swapped for egui's own bidi once that lands.

mod bidi;
mod breaking;
mod cache;
mod caret;
mod fonts;
mod layout;
mod pieces;
pub mod shaping;
mod widgets;

pub use bidi::{BaseDirection, BidiParagraph, VisualRun, is_bidi_control, visual_order};
pub use breaking::break_lines;
pub use cache::cached_layout;
pub use caret::{
    Affinity, Caret, CaretLine, Shaper, backspace_boundary, next_boundary, previous_boundary,
};
pub use fonts::{
    BOLD, NOTO_NASKH_ARABIC, NOTO_SANS, NOTO_SANS_BENGALI, NOTO_SANS_ETHIOPIC, font_definitions,
};
pub use layout::{LaidOut, Prepared, TextStyle, layout, prepare};
pub use pieces::pieces;
pub use widgets::{
    ButtonPaint, MIN_TOUCH, back_arrow, button, button_frame, choice, key, label, next_arrow,
    paint_face, painted_button, paragraph, reading_row,
};

impl From<crate::i18n::Direction> for BaseDirection {
    fn from(direction: crate::i18n::Direction) -> Self {
        match direction {
            crate::i18n::Direction::Ltr => BaseDirection::Ltr,
            crate::i18n::Direction::Rtl => BaseDirection::Rtl,
        }
    }
}
