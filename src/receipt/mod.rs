//! Receipts people can keep: what a paper copy says (in the person's language and
//! the host language), laid out as a PDF with embedded, subset fonts, and printed
//! through the system's print service.
//!
//! The receipt holds no more personal data than it needs: no names, only the
//! roles of who was present.

mod lines;
mod pdf;
mod print;

use crate::consent::{Consent, ReceiptKind, Timestamp};
use crate::content::{Content, role_message};
use crate::i18n::{Catalog, LocaleChain};
use crate::text::BaseDirection;

pub use lines::{Line, Measure, Piece, Script};
pub use pdf::{ReceiptError, render};
pub use print::{PrintError, print, print_with_server};

/// How big a paragraph is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// The title.
    Title,
    /// Ordinary text.
    Body,
    /// The reference code, large.
    Code,
}

/// A paragraph in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The words.
    pub text: String,
    /// How big.
    pub size: Size,
}

/// The receipt in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// BCP 47 tag.
    pub locale: String,
    /// Its direction.
    pub base: BaseDirection,
    /// Top to bottom.
    pub paragraphs: Vec<Paragraph>,
}

/// What a receipt says, before it is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// Of a consent or of a withdrawal.
    pub kind: ReceiptKind,
    /// The code, as printed and as the QR code holds it.
    pub reference: String,
    /// The person's language first, then the host language (if different).
    pub sections: Vec<Section>,
}

fn when(
    content: &Content,
    catalog: &Catalog,
    chain: &LocaleChain,
    at: Timestamp,
) -> (String, String) {
    let (date, time) = content.local_time(at);
    (
        catalog.date(chain, date).text,
        catalog.time_of_day(chain, time).text,
    )
}

/// The receipt of `consent` (signed, or withdrawn at `withdrawn_at`).
pub fn receipt(
    consent: &Consent,
    kind: ReceiptKind,
    withdrawn_at: Option<Timestamp>,
    content: &Content,
    catalog: &Catalog,
) -> Receipt {
    let record = &consent.record;
    let host = &content.deployment.host_locale;
    let mut locales = vec![record.locale.clone()];
    if host != &record.locale {
        locales.push(host.clone());
    }
    let sections = locales
        .iter()
        .map(|tag| {
            let chain = catalog.chain(tag, host);
            let t = |id: &str| catalog.text(&chain, id, None).text;
            let t_args = |id: &str, pairs: &[(&'static str, String)]| {
                let mut args = fluent_bundle::FluentArgs::new();
                for (key, value) in pairs {
                    args.set(*key, value.clone());
                }
                catalog.text(&chain, id, Some(&args)).text
            };
            let body = |text: String| Paragraph {
                text,
                size: Size::Body,
            };
            let mut paragraphs = Vec::new();
            match kind {
                ReceiptKind::Consent => {
                    paragraphs.push(Paragraph {
                        text: t("receipt-title"),
                        size: Size::Title,
                    });
                }
                ReceiptKind::Withdrawal => {
                    paragraphs.push(Paragraph {
                        text: t("withdraw-title"),
                        size: Size::Title,
                    });
                    paragraphs.push(body(t("withdraw-done")));
                }
            }
            paragraphs.push(body(t("receipt-code")));
            paragraphs.push(Paragraph {
                text: consent.reference.to_string(),
                size: Size::Code,
            });
            if let Some(destination) = &record.destination {
                let country = content
                    .countries
                    .iter()
                    .find(|c| c.code == destination.country);
                let mut name = country.map_or_else(|| destination.country.clone(), |c| t(&c.name));
                // The region of return, as the person chose it.
                if let Some(area) = destination
                    .area
                    .as_deref()
                    .and_then(|area| country.and_then(|c| c.area(area)))
                {
                    name = format!("{name}, {}", t(&area.name));
                }
                let option = content
                    .options
                    .iter()
                    .find(|o| Some(o.option) == record.option)
                    .map(|o| t(&o.title))
                    .unwrap_or_default();
                paragraphs.push(body(format!("{option} – {name}")));
            }
            paragraphs.push(body(t("receipt-pdf-answers")));
            for statement in &content.statements {
                if let Some(answer) = record.items.get(&statement.item) {
                    let word = t(if *answer { "item-yes" } else { "item-no" });
                    let line = catalog.label_value(&chain, &t(&statement.title), &word);
                    paragraphs.push(body(format!("• {line}")));
                }
            }
            match (kind, withdrawn_at, consent.cooling_off_until()) {
                (ReceiptKind::Withdrawal, Some(at), _) => {
                    let (date, time) = when(content, catalog, &chain, at);
                    paragraphs.push(body(t_args(
                        "receipt-pdf-withdrawn-at",
                        &[("date", date), ("time", time)],
                    )));
                }
                (_, _, Some(until)) => {
                    let (date, time) = when(content, catalog, &chain, until);
                    paragraphs.push(body(t_args(
                        "receipt-cooling-off-ends",
                        &[("date", date), ("time", time)],
                    )));
                    if content.deployment.confirmation_interview {
                        paragraphs.push(body(t("receipt-interview")));
                    }
                    paragraphs.push(body(t("receipt-withdraw-how")));
                }
                _ => {}
            }
            let mut roles: Vec<String> = record
                .parties
                .iter()
                .map(|p| t(role_message(p.role)))
                .collect();
            roles.dedup();
            paragraphs.push(body(t_args(
                "receipt-pdf-present",
                &[("roles", roles.join(", "))],
            )));
            if !content.deployment.centre_contact.is_empty() {
                paragraphs.push(body(t_args(
                    "receipt-pdf-centre",
                    &[("contact", content.deployment.centre_contact.clone())],
                )));
            }
            // A way to complain that does not go through the counsellors.
            if !content.deployment.complaints_contact.is_empty() {
                paragraphs.push(body(catalog.label_value(
                    &chain,
                    &t(crate::kiosk::COMPLAINTS_LABEL),
                    &content.deployment.complaints_contact,
                )));
            }
            paragraphs.push(body(t_args(
                "receipt-pdf-version",
                &[("version", record.content_version.chars().take(19).collect())],
            )));
            let base = catalog
                .locale(chain.primary())
                .map_or(BaseDirection::Ltr, |l| {
                    BaseDirection::from(l.meta.direction)
                });
            Section {
                locale: tag.clone(),
                base,
                paragraphs,
            }
        })
        .collect();
    Receipt {
        kind,
        reference: consent.reference.to_string(),
        sections,
    }
}

/// The SHA-256 of a PDF, hex: what the record keeps.
pub fn sha256_hex(pdf: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(pdf))
}
