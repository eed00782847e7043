//! Text for the PDF: a paragraph broken into lines that fit, each line's pieces in
//! visual order with the font of their script and their direction, measured by
//! shaping (rustybuzz) with the same fonts the PDF embeds.
//!
//! The same steps as the screen's text layer: bidi levels (UAX #9), break
//! opportunities (UAX #14), visual runs per line, right-to-left paragraphs aligned
//! right; only the measuring and drawing differ.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};

use crate::text::{
    BaseDirection, NOTO_NASKH_ARABIC, NOTO_SANS, NOTO_SANS_BENGALI, NOTO_SANS_ETHIOPIC,
    break_lines, is_bidi_control,
};

/// The embedded fonts, one per script family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin, Cyrillic, digits, punctuation.
    Sans,
    /// Arabic script.
    Arabic,
    /// Ethiopic.
    Ethiopic,
    /// Bengali.
    Bengali,
}

impl Script {
    /// Every font, in the order [`FontSet`] holds them.
    pub const ALL: [Script; 4] = [
        Script::Sans,
        Script::Arabic,
        Script::Ethiopic,
        Script::Bengali,
    ];

    /// The font file.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Script::Sans => NOTO_SANS,
            Script::Arabic => NOTO_NASKH_ARABIC,
            Script::Ethiopic => NOTO_SANS_ETHIOPIC,
            Script::Bengali => NOTO_SANS_BENGALI,
        }
    }

    /// The script a character needs, or `None` for one that goes with its neighbours
    /// (spaces, most punctuation).
    fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(Script::Arabic),
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Some(Script::Ethiopic),
            0x0980..=0x09FF => Some(Script::Bengali),
            _ if c.is_alphanumeric() => Some(Script::Sans),
            _ => None,
        }
    }
}

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

/// Measures text with the embedded fonts.
pub struct Measure {
    faces: Vec<rustybuzz::Face<'static>>,
}

impl std::fmt::Debug for Measure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Measure").finish_non_exhaustive()
    }
}

impl Measure {
    /// The four fonts, parsed once.
    pub fn new() -> Option<Self> {
        let faces = Script::ALL
            .iter()
            .map(|s| rustybuzz::Face::from_slice(s.bytes(), 0))
            .collect::<Option<Vec<_>>>()?;
        Some(Self { faces })
    }

    /// The font of `script` (one per [`Script::ALL`], in that order).
    fn face(&self, script: Script) -> Option<&rustybuzz::Face<'static>> {
        let index = Script::ALL.iter().position(|s| *s == script)?;
        self.faces.get(index)
    }

    /// Whether `script`'s font has a glyph for `c`.
    pub fn covers(&self, script: Script, c: char) -> bool {
        self.face(script)
            .is_some_and(|face| face.glyph_index(c).is_some())
    }

    /// The advance of `text` in `script`'s font at `size` points.
    pub fn width(&self, text: &str, script: Script, rtl: bool, size: f32) -> f32 {
        let Some(face) = self.face(script) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(face, &[], buffer);
        let advance: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        advance as f32 * size / f32::from(face.units_per_em() as u16)
    }
}

/// The logical pieces of `text[range]` at one bidi level: split where the font
/// changes. A character of no script (space, punctuation, digit) stays in its
/// neighbour's font when that font has it, and otherwise goes to the one that does.
fn script_runs(
    text: &str,
    range: Range<usize>,
    covers: &impl Fn(Script, char) -> bool,
) -> Vec<(Range<usize>, Script)> {
    let first_strong = text[range.clone()].chars().find_map(Script::of);
    let mut runs: Vec<(Range<usize>, Script)> = Vec::new();
    let mut current = first_strong.unwrap_or(Script::Sans);
    for (offset, c) in text[range.clone()].char_indices() {
        let at = range.start + offset;
        let mut script = Script::of(c).unwrap_or(current);
        if !is_bidi_control(c) && !covers(script, c) {
            script = Script::ALL
                .into_iter()
                .find(|s| covers(*s, c))
                .unwrap_or(Script::Sans);
        }
        if Script::of(c).is_some() {
            current = script;
        }
        match runs.last_mut() {
            Some((last, s)) if *s == script => last.end = at + c.len_utf8(),
            _ => runs.push((at..at + c.len_utf8(), script)),
        }
    }
    runs
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
