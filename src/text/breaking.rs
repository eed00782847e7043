//! Line breaking, one implementation for the screen and the printed receipt:
//! greedy filling at UAX #14 opportunities, each breakable segment measured once
//! by the caller (egui's fonts on screen, the embedded fonts shaped by rustybuzz
//! on paper). No egui here.

use std::ops::Range;

use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Breaks `text` into lines no wider than `max_width`, as `measure` counts width.
///
/// Returns the lines' byte ranges, without their trailing spaces (which neither
/// count towards the width nor get drawn). A segment wider than the line stays
/// whole on a line of its own; a mandatory break (a newline) always breaks.
/// `measure` is never asked about an empty string.
pub fn break_lines(
    text: &str,
    max_width: f32,
    mut measure: impl FnMut(&str) -> f32,
) -> Vec<Range<usize>> {
    let mut width_of = |s: &str| if s.is_empty() { 0.0 } else { measure(s) };
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0;
    let mut segment_start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = &text[segment_start..end];
        let visible = segment.trim_end();
        let width = width_of(visible);
        if line_width + width > max_width && segment_start > line_start {
            lines.push(line_start..trim_end(text, line_start, segment_start));
            line_start = segment_start;
            line_width = 0.0;
        }
        line_width += width + width_of(&segment[visible.len()..]);
        segment_start = end;
        if opportunity == BreakOpportunity::Mandatory && end < text.len() {
            lines.push(line_start..trim_end(text, line_start, end));
            line_start = end;
            line_width = 0.0;
        }
    }
    lines.push(line_start..trim_end(text, line_start, text.len()));
    lines
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    fn broken(text: &str, width: f32) -> Vec<&str> {
        break_lines(text, width, chars)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn fills_each_line_greedily_without_trailing_spaces() {
        assert_eq!(
            broken("one two three four", 9.0),
            ["one two", "three", "four"]
        );
        // "one two " is 8 wide with its space, but the space does not count.
        assert_eq!(broken("one two three", 7.0), ["one two", "three"]);
    }

    #[test]
    fn a_word_wider_than_the_line_stays_whole() {
        assert_eq!(
            broken("a extraordinarily b", 5.0),
            ["a", "extraordinarily", "b"]
        );
    }

    #[test]
    fn a_newline_always_breaks_and_empty_text_is_one_empty_line() {
        assert_eq!(broken("short\nlines", 100.0), ["short", "lines"]);
        assert_eq!(broken("", 10.0), [""]);
    }

    #[test]
    fn right_to_left_text_breaks_in_logical_order() {
        // Bidi reordering happens per line afterwards; breaking sees reading order.
        let text = "رمزك المرجعي هو K7Q4X-M92PT";
        let lines = broken(text, 16.0);
        assert_eq!(lines, ["رمزك المرجعي هو", "K7Q4X-M92PT"]);
    }

    #[test]
    fn measure_is_never_asked_about_nothing() {
        let _ = break_lines("a  b\n\nc ", 1.0, |s| {
            assert!(!s.is_empty());
            1.0
        });
    }
}
