//! Shaping with the bundled fonts outside egui (rustybuzz): the receipt's PDF
//! measures its lines with it, and the text field finds where each cluster of a
//! run ends, which egui does not tell.

use std::ops::Range;

use super::bidi::is_bidi_control;
use super::fonts::{NOTO_NASKH_ARABIC, NOTO_SANS, NOTO_SANS_BENGALI, NOTO_SANS_ETHIOPIC};

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
    pub(crate) fn of(c: char) -> Option<Script> {
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

    /// `text`'s clusters in logical order, each with its byte range and advance at
    /// `size`, each script in its own font (as [`Self::width`] measures).
    pub fn clusters(&self, text: &str, rtl: bool, size: f32) -> Vec<(Range<usize>, f32)> {
        let mut clusters: Vec<(Range<usize>, f32)> = Vec::new();
        for (part, script) in script_runs(text, 0..text.len(), &|s, c| self.covers(s, c)) {
            let Some(face) = self.face(script) else {
                continue;
            };
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(&text[part.clone()]);
            buffer.guess_segment_properties();
            buffer.set_direction(if rtl {
                rustybuzz::Direction::RightToLeft
            } else {
                rustybuzz::Direction::LeftToRight
            });
            let shaped = rustybuzz::shape(face, &[], buffer);
            let scale = size / f32::from(face.units_per_em() as u16);
            // Glyphs come in visual order; a cluster's advance is the sum of its glyphs'.
            let mut advances: Vec<(usize, f32)> = Vec::new();
            for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                let start = part.start + info.cluster as usize;
                let advance = position.x_advance as f32 * scale;
                match advances.iter_mut().find(|(at, _)| *at == start) {
                    Some((_, sum)) => *sum += advance,
                    None => advances.push((start, advance)),
                }
            }
            advances.sort_by_key(|(at, _)| *at);
            for (index, (start, advance)) in advances.iter().enumerate() {
                let end = advances.get(index + 1).map_or(part.end, |(next, _)| *next);
                clusters.push((*start..end, *advance));
            }
        }
        clusters
    }
}

/// The logical pieces of `text[range]` at one bidi level: split where the font
/// changes. A character of no script (space, punctuation, digit) stays in its
/// neighbour's font when that font has it, and otherwise goes to the one that does.
pub(crate) fn script_runs(
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
