//! Where a caret stands in a line of mixed-direction text, as browsers place it:
//! no egui here, only bidi runs and the widths a shaper gives each cluster.
//!
//! A text field keeps its cursor as a byte offset in the text as typed (logical
//! order). On screen, one offset can have two places: at a direction boundary
//! ("abc|ابج"), the end of the Latin run and the start of the Arabic run are at
//! different x. [`Affinity`] says which one the caret sticks to, as in browsers:
//! upstream to the character before, downstream to the one after.
//!
//! Left and Right move visually, from one caret place to the next one along the
//! line; a tap finds the nearest grapheme edge; a selection is the set of boxes of
//! its graphemes, merged where they touch (in mixed text, several boxes).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::bidi::{BaseDirection, BidiParagraph, is_bidi_control, is_removed_by_x9};

/// How a run of text is measured: its clusters in logical order, each with its
/// byte range in `text` and its advance. The screen and the PDF shape with the
/// same fonts ([`super::shaping::Measure`]).
pub trait Shaper {
    /// `text`'s clusters, in logical order, with their advances.
    fn clusters(&mut self, text: &str, rtl: bool) -> Vec<(Range<usize>, f32)>;
}

/// Which side of a direction boundary the caret sticks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Affinity {
    /// To the character before the offset (where typing just happened).
    Upstream,
    /// To the character after the offset.
    #[default]
    Downstream,
}

/// A caret: a byte offset in the text as typed, and its affinity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Caret {
    /// Byte offset, always on a grapheme boundary.
    pub offset: usize,
    /// Which place it takes where an offset has two.
    pub affinity: Affinity,
}

impl Caret {
    /// A caret at `offset`, sticking to the character after it.
    pub fn at(offset: usize) -> Self {
        Self {
            offset,
            affinity: Affinity::Downstream,
        }
    }
}

/// One grapheme's box on the line.
#[derive(Debug, Clone, PartialEq)]
struct Grapheme {
    range: Range<usize>,
    left: f32,
    right: f32,
    rtl: bool,
}

impl Grapheme {
    /// Where the grapheme starts in reading order.
    fn start_edge(&self) -> f32 {
        if self.rtl { self.right } else { self.left }
    }

    /// Where it ends in reading order.
    fn end_edge(&self) -> f32 {
        if self.rtl { self.left } else { self.right }
    }
}

/// A line of text laid out for the caret: every grapheme's box, from x = 0 at the
/// line's left end.
#[derive(Debug, Clone, PartialEq)]
pub struct CaretLine {
    /// In logical order.
    graphemes: Vec<Grapheme>,
    width: f32,
    rtl: bool,
}

/// Places closer than this are one place.
const SAME: f32 = 0.01;

impl CaretLine {
    /// Lays `text` (one line, no paragraph separator) out with `shaper`'s widths.
    pub fn new(text: &str, base: BaseDirection, shaper: &mut impl Shaper) -> Self {
        let bidi = BidiParagraph::new(text, base);
        let mut graphemes = Vec::new();
        let mut x = 0.0;
        for run in bidi.visual_runs(0..text.len()) {
            let run_text = &text[run.range.clone()];
            let bounds: Vec<(usize, &str)> = run_text.grapheme_indices(true).collect();
            let mut widths = vec![0.0_f32; bounds.len()];
            for (cluster, advance) in shaper.clusters(run_text, run.rtl) {
                let starting: Vec<usize> = bounds
                    .iter()
                    .enumerate()
                    .filter(|(_, (at, _))| cluster.contains(at))
                    .map(|(index, _)| index)
                    .collect();
                if starting.is_empty() {
                    // A cluster that begins inside a grapheme belongs to it.
                    let owner = bounds.partition_point(|(at, _)| *at <= cluster.start);
                    if let Some(width) = owner.checked_sub(1).and_then(|i| widths.get_mut(i)) {
                        *width += advance;
                    }
                } else {
                    // A ligature (lam-alef) shares its advance among its graphemes.
                    let share = advance / starting.len() as f32;
                    for index in starting {
                        if let Some(width) = widths.get_mut(index) {
                            *width += share;
                        }
                    }
                }
            }
            let controls: Vec<bool> = bounds
                .iter()
                .map(|(_, grapheme)| {
                    grapheme
                        .chars()
                        .all(|c| is_bidi_control(c) || is_removed_by_x9(c))
                })
                .collect();
            for (width, control) in widths.iter_mut().zip(&controls) {
                if *control {
                    *width = 0.0;
                }
            }
            share_with_followers(&mut widths, &controls);
            let run_width: f32 = widths.iter().sum();
            let mut done = 0.0;
            for ((at, grapheme), width) in bounds.iter().zip(&widths) {
                let start = run.range.start + at;
                let (left, right) = if run.rtl {
                    let right = x + run_width - done;
                    (right - width, right)
                } else {
                    (x + done, x + done + width)
                };
                graphemes.push(Grapheme {
                    range: start..start + grapheme.len(),
                    left,
                    right,
                    rtl: run.rtl,
                });
                done += width;
            }
            x += run_width;
        }
        graphemes.sort_by_key(|g| g.range.start);
        Self {
            graphemes,
            width: x,
            rtl: bidi.is_rtl(),
        }
    }

    /// The line's width.
    pub fn width(&self) -> f32 {
        self.width
    }

    /// Whether the paragraph reads right to left (the field aligns it right).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The text's length in bytes, as laid out.
    pub fn len(&self) -> usize {
        self.graphemes.last().map_or(0, |g| g.range.end)
    }

    /// Whether the line has no text.
    pub fn is_empty(&self) -> bool {
        self.graphemes.is_empty()
    }

    /// The caret's x on the line.
    pub fn x(&self, caret: Caret) -> f32 {
        let before = self.graphemes.iter().find(|g| g.range.end == caret.offset);
        let after = self
            .graphemes
            .iter()
            .find(|g| g.range.start == caret.offset);
        let (first, second) = match caret.affinity {
            Affinity::Upstream => (
                before.map(Grapheme::end_edge),
                after.map(Grapheme::start_edge),
            ),
            Affinity::Downstream => (
                after.map(Grapheme::start_edge),
                before.map(Grapheme::end_edge),
            ),
        };
        first
            .or(second)
            .unwrap_or(if self.rtl { self.width } else { 0.0 })
    }

    /// Every place a caret can stand, left to right, one caret per place.
    pub fn stops(&self) -> Vec<(f32, Caret)> {
        let mut offsets: Vec<usize> = std::iter::once(0)
            .chain(self.graphemes.iter().map(|g| g.range.end))
            .collect();
        offsets.dedup();
        let mut stops: Vec<(f32, Caret)> = Vec::new();
        for offset in offsets {
            for affinity in [Affinity::Downstream, Affinity::Upstream] {
                let caret = Caret { offset, affinity };
                let x = self.x(caret);
                if !stops
                    .iter()
                    .any(|(at, c)| (at - x).abs() < SAME && c.offset == offset)
                {
                    stops.push((x, caret));
                }
            }
        }
        stops.sort_by(|a, b| a.0.total_cmp(&b.0));
        stops
    }

    /// The caret one place to the right (or left) on screen; where there is none, the same.
    pub fn step(&self, caret: Caret, right: bool) -> Caret {
        let here = self.x(caret);
        let stops = self.stops();
        let next = if right {
            stops.iter().find(|(x, _)| *x > here + SAME)
        } else {
            stops.iter().rev().find(|(x, _)| *x < here - SAME)
        };
        next.map_or(caret, |(_, c)| *c)
    }

    /// The caret at the line's visual start or end (Home and End go to the
    /// reading start and end: the right end of a right-to-left line is its start).
    pub fn home(&self, end: bool) -> Caret {
        if end {
            Caret {
                offset: self.len(),
                affinity: Affinity::Upstream,
            }
        } else {
            Caret::at(0)
        }
    }

    /// The caret nearest to `x` (a tap or click on the line).
    pub fn hit(&self, x: f32) -> Caret {
        let inside = self
            .graphemes
            .iter()
            .find(|g| g.right - g.left > SAME && x >= g.left && x < g.right);
        if let Some(g) = inside {
            let left_half = x < (g.left + g.right) / 2.0;
            return if left_half != g.rtl {
                Caret::at(g.range.start)
            } else {
                Caret {
                    offset: g.range.end,
                    affinity: Affinity::Upstream,
                }
            };
        }
        let stops = self.stops();
        let nearest = stops
            .iter()
            .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()));
        nearest.map_or(Caret::at(0), |(_, c)| *c)
    }

    /// The boxes (left, right) that show the selection of `range`, left to right,
    /// touching boxes merged: one box in plain text, several in mixed text.
    pub fn selection(&self, range: Range<usize>) -> Vec<(f32, f32)> {
        let mut boxes: Vec<(f32, f32)> = self
            .graphemes
            .iter()
            .filter(|g| g.range.start >= range.start && g.range.end <= range.end)
            .filter(|g| g.right - g.left > SAME)
            .map(|g| (g.left, g.right))
            .collect();
        boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f32, f32)> = Vec::new();
        for (left, right) in boxes {
            match merged.last_mut() {
                Some(last) if (left - last.1).abs() < SAME => last.1 = right,
                _ => merged.push((left, right)),
            }
        }
        merged
    }

    /// The graphemes' byte ranges as drawn, left to right (zero-width ones left out).
    pub fn visual_graphemes(&self) -> Vec<Range<usize>> {
        let mut shown: Vec<&Grapheme> = self
            .graphemes
            .iter()
            .filter(|g| g.right - g.left > SAME)
            .collect();
        shown.sort_by(|a, b| a.left.total_cmp(&b.left));
        shown.into_iter().map(|g| g.range.clone()).collect()
    }
}

/// Where Backspace deletes back to: the grapheme before `offset`, except a
/// zero-width (non-)joiner typed last, which goes alone. Unicode counts ZWNJ as
/// part of the letter before it, but a Persian typist who put a half-space in the
/// wrong place wants to take back only that.
pub fn backspace_boundary(text: &str, offset: usize) -> usize {
    match text
        .get(..offset)
        .and_then(|before| before.chars().next_back())
    {
        Some(joiner @ ('\u{200C}' | '\u{200D}')) => offset - joiner.len_utf8(),
        _ => previous_boundary(text, offset),
    }
}

/// Letters drawn on top of the one before (Noto Naskh's alef after lam comes
/// with no advance of its own, the lam carrying the pair's width) share that
/// width, so that the caret can stand between them, as browsers do inside a
/// ligature.
fn share_with_followers(widths: &mut [f32], controls: &[bool]) {
    let mut start = 0;
    while start < widths.len() {
        let mut end = start + 1;
        while end < widths.len()
            && widths.get(end).is_some_and(|w| *w == 0.0)
            && !controls.get(end).copied().unwrap_or(true)
        {
            end += 1;
        }
        if end - start > 1 {
            let share = widths.get(start).copied().unwrap_or(0.0) / (end - start) as f32;
            for width in widths.get_mut(start..end).unwrap_or_default() {
                *width = share;
            }
        }
        start = end;
    }
}

/// The grapheme boundary before `offset` (Left in logical order, Backspace).
pub fn previous_boundary(text: &str, offset: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(at, _)| at)
        .take_while(|at| *at < offset)
        .last()
        .unwrap_or(0)
}

/// The grapheme boundary after `offset` (Delete deletes up to it).
pub fn next_boundary(text: &str, offset: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(at, g)| at + g.len())
        .find(|end| *end > offset)
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every grapheme one unit wide, bidi controls nothing.
    struct Units;

    impl Shaper for Units {
        fn clusters(&mut self, text: &str, _rtl: bool) -> Vec<(Range<usize>, f32)> {
            text.grapheme_indices(true)
                .map(|(at, g)| (at..at + g.len(), 1.0))
                .collect()
        }
    }

    fn line(text: &str) -> CaretLine {
        CaretLine::new(text, BaseDirection::FirstStrong, &mut Units)
    }

    fn shown(text: &str) -> String {
        line(text)
            .visual_graphemes()
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn arabic_with_a_number_and_a_code_is_drawn_right_to_left() {
        // "code 12 ABC" in Arabic words: the number and the code keep their order.
        assert_eq!(shown("رمز 12 AB"), "AB 12 زمر");
        assert_eq!(shown("abc def"), "abc def");
    }

    #[test]
    fn in_arabic_the_caret_starts_at_the_right_and_moves_left_as_one_types() {
        let text = "سلام";
        let line = line(text);
        assert!(line.is_rtl());
        assert_eq!(line.x(Caret::at(0)), 4.0);
        assert_eq!(line.x(line.home(true)), 0.0);
        // Left moves forward in reading order in a right-to-left line.
        let second = line.step(Caret::at(0), false);
        assert_eq!(
            second.offset,
            text.char_indices().nth(1).map(|(i, _)| i).unwrap()
        );
        assert_eq!(line.x(second), 3.0);
    }

    #[test]
    fn a_direction_boundary_has_two_places_and_affinity_picks_one() {
        // LTR paragraph "ab" then Arabic "جد": offset 2 ends "ab" (x 2) and starts
        // the Arabic run, whose first letter is drawn at its right end (x 4).
        let text = "abجد";
        let line = CaretLine::new(text, BaseDirection::Ltr, &mut Units);
        let up = Caret {
            offset: 2,
            affinity: Affinity::Upstream,
        };
        assert_eq!(line.x(up), 2.0);
        assert_eq!(line.x(Caret::at(2)), 4.0);
        // Walking right visits every place once, left to right.
        let mut caret = Caret::at(0);
        let mut xs = vec![line.x(caret)];
        loop {
            let next = line.step(caret, true);
            if next == caret {
                break;
            }
            caret = next;
            xs.push(line.x(caret));
        }
        assert_eq!(xs, [0.0, 1.0, 2.0, 3.0, 4.0]);
    }

    #[test]
    fn a_tap_lands_on_the_nearest_edge_and_round_trips() {
        for text in ["abc", "سلام عليكم", "رقم 2026 هنا", "abc جد 12 ef"] {
            let line = line(text);
            for (x, caret) in line.stops() {
                let hit = line.hit(x + 0.2);
                let back = line.x(hit);
                assert!(
                    (back - x).abs() < 0.5 + SAME,
                    "{text}: {x} -> {hit:?} -> {back}"
                );
                let _ = caret;
            }
        }
    }

    #[test]
    fn selecting_across_a_direction_change_gives_several_boxes() {
        // "ab جد": selecting "b جد" logically is one piece of "ab", then the
        // Arabic run drawn apart from it: two boxes.
        let text = "ab جدهـ";
        let line = CaretLine::new(text, BaseDirection::Ltr, &mut Units);
        let start = 1;
        let end = text.char_indices().nth(5).map(|(i, _)| i).unwrap();
        let boxes = line.selection(start..end);
        assert_eq!(boxes.len(), 2, "{boxes:?}");
        // A whole Latin word is one box.
        assert_eq!(line.selection(0..2), [(0.0, 2.0)]);
    }

    #[test]
    fn persian_zwnj_goes_with_its_letter_but_backspace_takes_it_alone() {
        // می‌خواهم: ZWNJ extends the grapheme of the letter before it.
        let text = "می\u{200C}خواهم";
        let zwnj = text.find('\u{200C}').unwrap();
        let letter = zwnj - 'ی'.len_utf8();
        assert_eq!(previous_boundary(text, zwnj + 3), letter);
        assert_eq!(backspace_boundary(text, zwnj + 3), zwnj);
        assert_eq!(backspace_boundary(text, zwnj), letter);
        assert_eq!(next_boundary(text, letter), zwnj + 3);
        let line = line(text);
        assert!(line.is_rtl());
        assert_eq!(line.visual_graphemes().len(), text.graphemes(true).count());
        // The caret after the half-space is between the two parts of the word.
        let after = line.x(Caret::at(zwnj + 3));
        let before = line.x(Caret::at(letter));
        assert!(after < before, "{after} {before}");
    }

    #[test]
    fn backspace_and_delete_take_whole_graphemes() {
        // A letter with a combining mark (Bengali vowel sign) is one grapheme.
        let text = "কি";
        assert_eq!(previous_boundary(text, text.len()), 0);
        assert_eq!(next_boundary(text, 0), text.len());
        assert_eq!(previous_boundary("ab", 0), 0);
        assert_eq!(next_boundary("ab", 2), 2);
    }

    /// The bundled fonts, shaped.
    struct Fonts(crate::text::shaping::Measure);

    impl Shaper for Fonts {
        fn clusters(&mut self, text: &str, rtl: bool) -> Vec<(Range<usize>, f32)> {
            self.0.clusters(text, rtl, 28.0)
        }
    }

    #[test]
    fn the_caret_can_stand_between_lam_and_alef() {
        let mut fonts = Fonts(crate::text::shaping::Measure::new().unwrap());
        let text = "سلا";
        let line = CaretLine::new(text, BaseDirection::FirstStrong, &mut fonts);
        let xs: Vec<f32> = [0, 2, 4, 6]
            .into_iter()
            .map(|offset| line.x(Caret::at(offset)))
            .collect();
        // Four places, each further left in reading order, none on top of another.
        assert!(xs.windows(2).all(|w| w[0] > w[1] + 1.0), "{xs:?}");
    }

    #[test]
    fn an_empty_field_puts_the_caret_at_its_reading_start() {
        let empty = CaretLine::new("", BaseDirection::Rtl, &mut Units);
        assert_eq!(empty.x(Caret::at(0)), 0.0);
        assert!(empty.stops().len() == 1);
    }
}
