//! The text layer's line reordering against Unicode's BidiCharacterTest.txt
//! (vendored, Unicode 15.0). Prints how many cases pass; every case must.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Read;

use consent_kiosk::text::{BaseDirection, visual_order};

#[test]
fn visual_order_matches_unicode_bidi_character_test() {
    let file = std::fs::File::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/BidiCharacterTest.txt.gz"
    ))
    .expect("vendored test file");
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("gunzip");
    let (mut cases, mut passed) = (0usize, 0usize);
    let mut first_failures = Vec::new();
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
        cases += 1;
        if visual_order(&input, base) == expected {
            passed += 1;
        } else if first_failures.len() < 12 {
            first_failures.push(line.to_owned());
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
