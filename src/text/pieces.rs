//! Turning one visual run into the pieces egui draws left to right.
//!
//! egui shapes each section with the direction its script suggests (an Arabic
//! word comes out joined and right to left) but lays sections out left to right
//! and knows nothing of bidi. So a right-to-left run is cut into words of strong
//! right-to-left letters, which the shaper orders itself, and everything between
//! them (spaces, punctuation, brackets), which is reversed and mirrored here; the
//! pieces are then emitted in reverse. Bidi controls are dropped: they are never drawn.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use super::bidi::{is_bidi_control, is_strong_rtl};

/// The pieces of `text` (one visual run) in the order they are drawn, left to right.
pub fn pieces(text: &str, rtl: bool) -> Vec<Cow<'_, str>> {
    if !rtl {
        return left_to_right_pieces(text);
    }
    let mut pieces: Vec<Cow<'_, str>> = Vec::new();
    let mut start = 0;
    let mut strong: Option<bool> = None;
    for (offset, grapheme) in text.grapheme_indices(true) {
        let is_strong = grapheme.chars().next().is_some_and(is_strong_rtl);
        if strong.is_some_and(|s| s != is_strong) {
            pieces.push(piece(&text[start..offset], strong == Some(true)));
            start = offset;
        }
        strong = Some(is_strong);
    }
    if start < text.len() {
        pieces.push(piece(&text[start..], strong == Some(true)));
    }
    pieces.retain(|p| !p.is_empty());
    pieces.reverse();
    pieces
}

/// A left-to-right run is one piece, except that characters of a right-to-left
/// script (Arabic-Indic digits such as ٢٠٢٦, which bidi puts in left-to-right
/// runs) are drawn one by one: the shaper would otherwise reverse them.
fn left_to_right_pieces(text: &str) -> Vec<Cow<'_, str>> {
    if !text.chars().any(shaper_reads_rtl) {
        return vec![without_controls(text)];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for (offset, grapheme) in text.grapheme_indices(true) {
        if grapheme.chars().any(shaper_reads_rtl) {
            if start < offset {
                pieces.push(without_controls(&text[start..offset]));
            }
            pieces.push(without_controls(grapheme));
            start = offset + grapheme.len();
        }
    }
    if start < text.len() {
        pieces.push(without_controls(&text[start..]));
    }
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// Characters whose script makes the shaper lay a piece out right to left.
fn shaper_reads_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

fn piece(text: &str, strong: bool) -> Cow<'_, str> {
    if strong {
        without_controls(text)
    } else {
        // Neutrals in a right-to-left run: reverse by grapheme, mirror brackets.
        Cow::Owned(
            text.graphemes(true)
                .rev()
                .flat_map(str::chars)
                .filter(|&c| !is_bidi_control(c))
                .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                .collect(),
        )
    }
}

fn without_controls(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_bidi_control) {
        Cow::Owned(text.chars().filter(|&c| !is_bidi_control(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutrals_in_a_right_to_left_run_are_reversed_and_mirrored() {
        let drawn: Vec<String> = pieces("(كتاب) جديد", true)
            .into_iter()
            .map(Cow::into_owned)
            .collect();
        assert_eq!(drawn, ["جديد", " (", "كتاب", ")"]);
    }

    #[test]
    fn arabic_indic_digits_keep_their_order() {
        let drawn: Vec<String> = pieces("٢٠٢٦", false)
            .into_iter()
            .map(Cow::into_owned)
            .collect();
        assert_eq!(drawn, ["٢", "٠", "٢", "٦"]);
    }

    #[test]
    fn controls_are_never_drawn() {
        let drawn = pieces("\u{2068}K7Q\u{2069}", false);
        assert_eq!(drawn, ["K7Q"]);
    }
}
