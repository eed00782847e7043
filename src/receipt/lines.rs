//! Text for the PDF: a paragraph broken into lines that fit, each line's pieces in
//! visual order with the font of their script and their direction, measured by
//! shaping (rustybuzz) with the same fonts the PDF embeds.
//!
//! The same steps as the screen's text layer: bidi levels (UAX #9), break
//! opportunities (UAX #14), visual runs per line, right-to-left paragraphs aligned
//! right; only the measuring and drawing differ.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};

use crate::text::shaping::script_runs;
pub use crate::text::shaping::{Measure, Script};
use crate::text::{BaseDirection, break_lines, is_bidi_control};

/// One piece of a line, drawn as one shaped run.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The text (bidi controls removed).
    pub text: String,
    /// Its font.
    pub script: Script,
    /// Shaped right to left.
    pub rtl: bool,
    /// Its width at the size laid out, in points.
    pub width: f32,
}

/// A line: its pieces left to right as drawn, and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Left to right.
    pub pieces: Vec<Piece>,
    /// Total width.
    pub width: f32,
}

fn visible(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// Lays out one paragraph in lines no wider than `width` points.
pub fn lines(
    measure: &Measure,
    text: &str,
    base: BaseDirection,
    size: f32,
    width: f32,
) -> Vec<Line> {
    let level = match base {
        BaseDirection::Ltr => Some(Level::ltr()),
        BaseDirection::Rtl => Some(Level::rtl()),
        BaseDirection::FirstStrong => None,
    };
    let bidi = BidiInfo::new(text, level);
    let Some(paragraph) = bidi.paragraphs.first() else {
        return Vec::new();
    };
    let line_of = |range: Range<usize>| -> Line {
        let (levels, runs) = bidi.visual_runs(paragraph, range);
        let mut pieces = Vec::new();
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|level| level.is_rtl());
            let mut parts = script_runs(text, run.clone(), &|script, c| measure.covers(script, c));
            if rtl {
                parts.reverse();
            }
            for (part, script) in parts {
                let shown = visible(&text[part]);
                if shown.is_empty() {
                    continue;
                }
                let width = measure.width(&shown, script, rtl, size);
                pieces.push(Piece {
                    text: shown,
                    script,
                    rtl,
                    width,
                });
            }
        }
        let width = pieces.iter().map(|p| p.width).sum();
        Line { pieces, width }
    };
    if text.is_empty() {
        return Vec::new();
    }
    // The screen's line breaker; each segment measured in the fonts of its scripts.
    let segment_width = |segment: &str| -> f32 {
        script_runs(segment, 0..segment.len(), &|script, c| {
            measure.covers(script, c)
        })
        .into_iter()
        .map(|(part, script)| {
            let shown = visible(&segment[part]);
            measure.width(&shown, script, script == Script::Arabic, size)
        })
        .sum()
    };
    break_lines(text, width, segment_width)
        .into_iter()
        .map(line_of)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_sentence_with_a_code_is_ordered_right_to_left_and_wraps() {
        let measure = Measure::new().expect("fonts");
        let text = "رمزك المرجعي هو K7Q4X-M92PT احتفظ به في مكان آمن حتى تتمكن من سحب موافقتك";
        let lines = lines(&measure, text, BaseDirection::Rtl, 11.0, 160.0);
        assert!(lines.len() >= 2, "it wraps");
        assert!(lines.iter().all(|l| l.width <= 161.0), "{lines:?}");
        // The first line ends (at its right edge) with the first words.
        let first = &lines[0];
        assert_eq!(
            first.pieces.last().map(|p| p.text.as_str()),
            Some("رمزك المرجعي هو ")
        );
        // The code is one left-to-right piece in the Latin font.
        let code = lines
            .iter()
            .flat_map(|l| &l.pieces)
            .find(|p| p.text.contains("K7Q4X"))
            .expect("code");
        assert!(!code.rtl && code.script == Script::Sans);
    }

    #[test]
    fn ethiopic_and_bengali_use_their_own_fonts() {
        let measure = Measure::new().expect("fonts");
        let ti = lines(&measure, "ናይ መወከሲ ኮድ: ABC", BaseDirection::Ltr, 11.0, 400.0);
        assert_eq!(ti[0].pieces[0].script, Script::Ethiopic);
        assert_eq!(ti[0].pieces.last().map(|p| p.script), Some(Script::Sans));
        let bn = lines(
            &measure,
            "আপনার রেফারেন্স কোড",
            BaseDirection::Ltr,
            11.0,
            400.0,
        );
        assert!(bn[0].pieces.iter().all(|p| p.script == Script::Bengali));
    }
}
