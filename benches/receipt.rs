//! Receipt figures: making the PDF of a consent receipt in every bundled locale
//! (layout, shaping, font subsetting, PDF/A checks) and its size.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;

use consent_kiosk::consent::{Consent, ReceiptKind, SigningPolicy};
use consent_kiosk::content::{Content, Paper};
use consent_kiosk::i18n::Catalog;
use consent_kiosk::receipt::{receipt, render};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales");
    let content = Content::load(&root.join("content"), &catalog).expect("content");
    println!("consent-kiosk receipt benchmark (A4, median of 10)\n");
    println!("{:<8} {:>10} {:>10}", "locale", "ms", "KB");
    let (mut worst_ms, mut worst_kb) = (0.0_f64, 0usize);
    for tag in &content.deployment.locales {
        let mut draft = common::signed_draft(9);
        draft.locale.clone_from(tag);
        let policy = SigningPolicy {
            cooling_off: content.deployment.cooling_off,
            suspensions: Vec::new(),
            ..SigningPolicy::default()
        };
        let consent =
            Consent::from_first(&draft.sign(&policy, common::T0).expect("signs")).expect("consent");
        let mut times: Vec<Duration> = Vec::new();
        let mut size = 0;
        for _ in 0..10 {
            let started = Instant::now();
            let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
            let pdf = render(&made, Paper::A4, common::T0).expect("pdf");
            times.push(started.elapsed());
            size = pdf.len();
        }
        times.sort();
        let ms = times[5].as_secs_f64() * 1e3;
        worst_ms = worst_ms.max(ms);
        worst_kb = worst_kb.max(size / 1024);
        println!("{tag:<8} {ms:>10.1} {:>10}", size / 1024);
    }
    println!(
        "\nslowest {worst_ms:.1} ms (target < 150 ms), largest {worst_kb} KB (target < 200 KB)"
    );
}
