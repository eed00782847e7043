//! The text layer's line reordering against Unicode's BidiCharacterTest.txt
//! (vendored, Unicode 15.0). Prints how many cases pass; every case must. The
//! text field's caret geometry is checked on the same cases.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Read;

use consent_kiosk::text::{BaseDirection, CaretLine, Shaper, visual_order};

/// Every case of the file: input, base direction, expected visual order.
fn cases_of_the_file() -> Vec<(String, BaseDirection, Vec<usize>)> {
    let file = std::fs::File::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/BidiCharacterTest.txt.gz"
    ))
    .expect("vendored test file");
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("gunzip");
    let mut cases = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(';').collect();
        assert_eq!(fields.len(), 5, "malformed case: {line}");
        let input: String = fields[0]
            .split_whitespace()
            .map(|hex| {
                u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .expect("code point")
            })
            .collect();
        let base = match fields[1] {
            "0" => BaseDirection::Ltr,
            "1" => BaseDirection::Rtl,
            _ => BaseDirection::FirstStrong,
        };
        let expected: Vec<usize> = fields[4]
            .split_whitespace()
            .map(|i| i.parse().expect("index"))
            .collect();
        cases.push((input, base, expected));
    }
    cases
}

#[test]
fn visual_order_matches_unicode_bidi_character_test() {
    let (mut cases, mut passed) = (0usize, 0usize);
    let mut first_failures = Vec::new();
    for (input, base, expected) in cases_of_the_file() {
        cases += 1;
        if visual_order(&input, base) == expected {
            passed += 1;
        } else if first_failures.len() < 12 {
            first_failures.push(format!("{input:?}"));
        }
    }
    let share = passed as f64 / cases as f64 * 100.0;
    println!(
        "BidiCharacterTest: {passed} of {cases} cases in the right visual order ({share:.3}%)"
    );
    assert!(cases > 90_000, "the whole file was read");
    assert!(
        passed == cases,
        "only {share:.3}% pass; first failures: {first_failures:#?}"
    );
}

/// Every grapheme one unit wide; what rule X9 removes, nothing.
struct Units;

impl Shaper for Units {
    fn clusters(&mut self, text: &str, _rtl: bool) -> Vec<(std::ops::Range<usize>, f32)> {
        use unicode_segmentation::UnicodeSegmentation;
        text.grapheme_indices(true)
            .map(|(at, g)| {
                let drawn = g.chars().any(|c| !removed_by_x9(c));
                (at..at + g.len(), if drawn { 1.0 } else { 0.0 })
            })
            .collect()
    }
}

fn removed_by_x9(c: char) -> bool {
    use unicode_bidi::BidiClass::{BN, LRE, LRO, PDF, RLE, RLO};
    matches!(
        unicode_bidi::bidi_class(c),
        RLE | LRE | RLO | LRO | PDF | BN
    )
}

/// The text field's caret geometry on the same cases: its graphemes are drawn in
/// the file's visual order, and a tap beside every caret place comes back to it.
#[test]
fn caret_line_draws_every_case_in_order_and_taps_round_trip() {
    let (mut cases, mut first_failures) = (0usize, Vec::new());
    for (input, base, expected) in cases_of_the_file() {
        cases += 1;
        let line = CaretLine::new(&input, base, &mut Units);
        let shown = line.visual_graphemes();
        let byte_of: Vec<usize> = input.char_indices().map(|(b, _)| b).collect();
        let mut order: Vec<usize> = expected
            .iter()
            .filter_map(|&i| {
                let byte = byte_of[i];
                shown.iter().position(|r| r.contains(&byte))
            })
            .collect();
        order.dedup();
        let in_order = order == (0..shown.len()).collect::<Vec<_>>();
        let round_trips = line.stops().iter().all(|(x, _)| {
            let back = line.x(line.hit(x + 0.25));
            (back - x).abs() < 0.51
        });
        if (!in_order || !round_trips) && first_failures.len() < 12 {
            first_failures.push(format!("{input:?} in order {in_order}, taps {round_trips}"));
        }
    }
    assert!(cases > 90_000, "the whole file was read");
    assert!(first_failures.is_empty(), "{first_failures:#?}");
}
