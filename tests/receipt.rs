//! Printed receipts: real PDFs read back with poppler (pdftotext, pdftoppm), the QR
//! code decoded from the rendered page, sizes per paper, and printing through a
//! real CUPS queue that writes to a file (set up by `scripts/test-printer`, which `scripts/test` runs).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{T0, signed_draft};
use consent_kiosk::consent::{Consent, ReceiptKind, SigningPolicy};
use consent_kiosk::content::{Content, Paper};
use consent_kiosk::i18n::Catalog;
use consent_kiosk::receipt::{PrintError, print, receipt, render};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> (Catalog, Content) {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    let content = Content::load(&root().join("content"), &catalog).expect("content");
    (catalog, content)
}

/// A signed consent whose record is in `tag`.
fn consent_in(tag: &str, content: &Content) -> Consent {
    let mut draft = signed_draft(7);
    draft.locale = tag.to_owned();
    let policy = SigningPolicy {
        cooling_off: content.deployment.cooling_off,
        suspensions: Vec::new(),
        ..SigningPolicy::default()
    };
    let event = draft.sign(&policy, T0).expect("signable");
    Consent::from_first(&event).expect("consent")
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("r.pdf");
    std::fs::write(&file, pdf).expect("written");
    let output = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn pdftoppm(pdf: &[u8], out: &Path) -> Vec<PathBuf> {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("r.pdf");
    std::fs::write(&file, pdf).expect("written");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "110"])
        .arg(&file)
        .arg(out)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(status.success());
    let stem = out
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(out.parent().expect("folder"))
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{stem}-")))
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_locale_gets_a_pdf_with_its_code_and_its_cooling_off_date() {
    let (catalog, content) = bundled();
    for tag in content.deployment.locales.clone() {
        let consent = consent_in(&tag, &content);
        let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
        let pdf = render(&made, Paper::A4, T0).expect("pdf");
        assert!(pdf.starts_with(b"%PDF"), "{tag}");
        assert!(pdf.len() < 200 * 1024, "{tag}: {} bytes", pdf.len());
        let text = pdftotext(&pdf);
        assert!(
            text.contains(&consent.reference.to_string()),
            "{tag}: code missing in\n{text}"
        );
        // The date in the person's words and digits (the day, the month, the year).
        let chain = catalog.chain(&tag, "fr");
        let until = consent.cooling_off_until().expect("signed");
        let (date, _) = content.local_time(until);
        let month = catalog
            .text(&chain, &format!("month-{}", u8::from(date.month())), None)
            .text;
        let squeezed: String = text.split_whitespace().collect();
        assert!(
            squeezed.contains(&month.split_whitespace().collect::<String>()),
            "{tag}: {month} missing in\n{text}"
        );
        let localized = catalog.date(&chain, date).text;
        // The year: a run of four digits (in "5 mars 2026" or "05/03/2026" alike).
        let year: String = localized
            .split(|c: char| !c.is_numeric())
            .filter(|run| run.chars().count() == 4)
            .collect();
        assert!(
            !year.is_empty() && squeezed.contains(&year),
            "{tag}: year {year} missing in\n{text}"
        );
        // A way to complain that does not go through the counsellors.
        let complaints: String = content
            .deployment
            .complaints_contact
            .split_whitespace()
            .collect();
        assert!(
            squeezed.contains(&complaints),
            "{tag}: the complaints contact is missing in\n{text}"
        );
        // The host language follows on the same receipt.
        if tag != "fr" {
            assert!(text.contains("Votre reçu"), "{tag}");
        }
    }
}

#[test]
fn the_qr_code_on_the_page_decodes_to_the_reference_code() {
    let (catalog, content) = bundled();
    let consent = consent_in("ar", &content);
    let pdf = render(
        &receipt(&consent, ReceiptKind::Consent, None, &content, &catalog),
        Paper::A4,
        T0,
    )
    .expect("pdf");
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = pdftoppm(&pdf, &dir.path().join("page"));
    let image = image::open(&pages[0]).expect("png").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    let (_, decoded) = grids[0].decode().expect("decodes");
    assert_eq!(decoded, consent.reference.to_string());
}

#[test]
fn a4_a5_and_an_80_mm_roll_each_hold_the_receipt() {
    let (catalog, content) = bundled();
    let consent = consent_in("bn", &content);
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let dir = tempfile::tempdir().expect("temp dir");
    for (paper, width_px) in [(Paper::A4, 909), (Paper::A5, 641), (Paper::Roll80, 346)] {
        let pdf = render(&made, paper, T0).expect("pdf");
        let pages = pdftoppm(&pdf, &dir.path().join(format!("{paper:?}")));
        let first = image::open(&pages[0]).expect("png");
        assert!(
            (i64::from(first.width()) - width_px).abs() <= 2,
            "{paper:?}: {}",
            first.width()
        );
        // One A4 sheet, one strip of roll; A5 may take a second sheet for the host language.
        let most = if paper == Paper::A5 { 2 } else { 1 };
        assert!(pages.len() <= most, "{paper:?}: {} pages", pages.len());
        assert!(pdftotext(&pdf).contains(&consent.reference.to_string()));
    }
}

#[test]
fn a_withdrawal_receipt_says_when_and_names_no_one() {
    let (catalog, content) = bundled();
    let consent = consent_in("en", &content);
    let made = receipt(
        &consent,
        ReceiptKind::Withdrawal,
        Some(T0),
        &content,
        &catalog,
    );
    let text = pdftotext(&render(&made, Paper::A5, T0).expect("pdf"));
    assert!(text.contains("Withdrawn on"), "{text}");
    assert!(
        !text.contains(common::FICTIONAL_NAME),
        "no names on a receipt"
    );
}

#[test]
fn printing_goes_through_cups_to_the_test_printer_and_failures_are_plain() {
    let (catalog, content) = bundled();
    let consent = consent_in("ti", &content);
    let pdf = render(
        &receipt(&consent, ReceiptKind::Consent, None, &content, &catalog),
        Paper::Roll80,
        T0,
    )
    .expect("pdf");
    let out = Path::new("/var/tmp/consent-kiosk-test-printer.out");
    let _ = std::fs::remove_file(out);
    let job = print(
        &pdf,
        Some("consent-kiosk-test"),
        "receipt",
        Duration::from_secs(20),
    )
    .expect("printed (scripts/test creates the queue)");
    assert!(job.contains("consent-kiosk-test"), "{job}");
    let mut received = Vec::new();
    for _ in 0..200 {
        if let Ok(bytes) = std::fs::read(out)
            && bytes.len() == pdf.len()
        {
            received = bytes;
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(received, pdf, "the printer received the receipt as made");
    // A printer that does not exist: refused, in words.
    assert!(matches!(
        print(
            &pdf,
            Some("no-such-printer-here"),
            "receipt",
            Duration::from_secs(20)
        ),
        Err(PrintError::Refused(_))
    ));
    // A print service that never answers: abandoned after the timeout.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listener");
    let port = listener.local_addr().expect("addr").port();
    let _hold = std::thread::Builder::new()
        .name("silent print service".into())
        .spawn(move || {
            let kept: Vec<_> = listener.incoming().take(4).collect();
            std::thread::sleep(Duration::from_secs(30));
            drop(kept);
        })
        .expect("thread");
    let started = std::time::Instant::now();
    let result = temp_env_print(&pdf, port);
    assert!(matches!(result, Err(PrintError::TimedOut(_))), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// `print` with CUPS_SERVER pointing at a server that never answers.
fn temp_env_print(pdf: &[u8], port: u16) -> Result<String, PrintError> {
    consent_kiosk::receipt::print_with_server(
        pdf,
        Some("consent-kiosk-test"),
        "receipt",
        Duration::from_secs(2),
        Some(&format!("127.0.0.1:{port}")),
    )
}

#[test]
fn receipts_in_en_ar_fa_ti_bn_to_docs() {
    let (catalog, content) = bundled();
    let out = common::screenshot_folder("receipts");
    std::fs::create_dir_all(&out).expect("folder");
    for tag in ["en", "ar", "fa", "ti", "bn"] {
        let consent = consent_in(tag, &content);
        let pdf = render(
            &receipt(&consent, ReceiptKind::Consent, None, &content, &catalog),
            Paper::A4,
            T0,
        )
        .expect("pdf");
        for (n, old) in pdftoppm(&pdf, &out.join(tag)).into_iter().enumerate() {
            let name = out.join(format!("{tag}-receipt-{}.png", n + 1));
            std::fs::rename(old, name).expect("renamed");
        }
    }
}

/// Every paragraph of the receipt's section in `tag`.
fn section_text(made: &consent_kiosk::receipt::Receipt, tag: &str) -> String {
    made.sections
        .iter()
        .find(|s| s.locale == tag)
        .map(|s| {
            s.paragraphs
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

#[test]
fn a_dari_receipt_dates_in_afghan_solar_months_when_the_deployment_says_so() {
    use consent_kiosk::i18n::PersianCalendar;
    // Without the setting: the Gregorian March (مارس) of 2026.
    let (mut catalog, mut content) = bundled();
    consent_kiosk::content::fit_words(&mut catalog, &mut content, false).expect("fitted");
    let consent = consent_in("fa", &content);
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let gregorian = section_text(&made, "fa");
    assert!(
        gregorian.contains("۵ مارس ۲۰۲۶") && !gregorian.contains("حوت"),
        "{gregorian}"
    );
    // With it: the time to think ends on 5 March 2026, which is 14 Hut 1404.
    content.deployment.persian_calendar = PersianCalendar::SolarHijriAfghan;
    consent_kiosk::content::fit_words(&mut catalog, &mut content, false).expect("fitted");
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let solar = section_text(&made, "fa");
    assert!(solar.contains("۱۴ حوت ۱۴۰۴"), "{solar}");
    assert!(
        !solar.contains("مارس") && !solar.contains("۲۰۲۶"),
        "{solar}"
    );
    // The host language's copy stays Gregorian, for staff.
    let french = section_text(&made, "fr");
    assert!(french.contains("5 mars 2026"), "{french}");
    let text = pdftotext(&render(&made, Paper::A4, T0).expect("pdf"));
    assert!(text.contains("حوت") && text.contains("۱۴۰۴"), "{text}");
}

#[test]
fn a_pashto_receipt_dates_in_pashto_solar_months_with_the_afghan_calendar() {
    use consent_kiosk::i18n::PersianCalendar;
    let (mut catalog, mut content) = bundled();
    content.deployment.persian_calendar = PersianCalendar::SolarHijriAfghan;
    consent_kiosk::content::fit_words(&mut catalog, &mut content, false).expect("fitted");
    let consent = consent_in("ps", &content);
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    // 5 March 2026 is 14 Kab 1404: Pashto's name for the month Dari calls Hut.
    let pashto = section_text(&made, "ps");
    assert!(pashto.contains("۱۴ کب ۱۴۰۴"), "{pashto}");
    assert!(
        !pashto.contains("حوت") && !pashto.contains("۲۰۲۶"),
        "{pashto}"
    );
    // Iran's calendar is for Persian only: Pashto stays Gregorian with it.
    content.deployment.persian_calendar = PersianCalendar::SolarHijriIranian;
    consent_kiosk::content::fit_words(&mut catalog, &mut content, false).expect("fitted");
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let pashto = section_text(&made, "ps");
    assert!(
        pashto.contains("۲۰۲۶") && !pashto.contains("کب"),
        "{pashto}"
    );
}

#[test]
fn a_french_receipt_puts_a_narrow_no_break_space_before_its_colons() {
    let (catalog, content) = bundled();
    let consent = consent_in("fr", &content);
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let french = section_text(&made, "fr");
    let complaints = french
        .lines()
        .find(|l| l.contains(&content.deployment.complaints_contact))
        .expect("the complaints line");
    assert!(complaints.contains("\u{202F}: "), "{complaints:?}");
    // Each answer, "• question : Oui".
    assert!(
        french
            .lines()
            .filter(|l| l.starts_with('•'))
            .all(|l| l.contains("\u{202F}: ")),
        "{french}"
    );
    // English keeps its own colon, with no space before it.
    let consent = consent_in("en", &content);
    let made = receipt(&consent, ReceiptKind::Consent, None, &content, &catalog);
    let english = section_text(&made, "en");
    let complaints = english
        .lines()
        .find(|l| l.contains(&content.deployment.complaints_contact))
        .expect("the complaints line");
    assert!(
        !complaints.contains('\u{202F}') && complaints.contains(": "),
        "{complaints:?}"
    );
}
