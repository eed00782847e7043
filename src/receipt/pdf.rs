//! The receipt laid out as a PDF (krilla: fonts embedded and subset, text shaped by
//! rustybuzz, PDF/A-2b checked as it is written), in A4, A5 or on an 80 mm roll.

use std::collections::HashMap;

use krilla::Document;
use krilla::color::luma;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};

use crate::content::Paper;
use crate::text::BaseDirection;

use super::lines::{Line, Measure, Script, lines};
use super::{Receipt, Size};

/// Why a receipt PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    /// A bundled font could not be read (a broken build).
    #[error("a bundled font could not be read")]
    Font,
    /// The reference code does not fit in a QR code (it always does; kept honest).
    #[error("the QR code could not be made: {0}")]
    Qr(String),
    /// The PDF writer refused (for example a PDF/A rule).
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

const MM: f32 = 72.0 / 25.4;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.38;

struct Style {
    margin: f32,
    title: f32,
    body: f32,
    code: f32,
    qr: f32,
}

fn style(paper: Paper) -> Style {
    match paper {
        Paper::A4 => Style {
            margin: 14.0 * MM,
            title: 15.0,
            body: 9.0,
            code: 20.0,
            qr: 26.0 * MM,
        },
        Paper::A5 => Style {
            margin: 10.0 * MM,
            title: 12.0,
            body: 7.5,
            code: 16.0,
            qr: 24.0 * MM,
        },
        Paper::Roll80 => Style {
            margin: 4.0 * MM,
            title: 12.0,
            body: 8.5,
            code: 16.0,
            qr: 30.0 * MM,
        },
    }
}

enum Block {
    Lines {
        lines: Vec<Line>,
        size: f32,
        rtl: bool,
    },
    Qr,
    Rule,
}

/// Lays `receipt` out on `paper` and writes the PDF, dated `issued` (UTC).
pub fn render(
    receipt: &Receipt,
    paper: Paper,
    issued: crate::consent::Timestamp,
) -> Result<Vec<u8>, ReceiptError> {
    let measure = Measure::new().ok_or(ReceiptError::Font)?;
    let style = style(paper);
    let page_width = paper.width_mm() * MM;
    let text_width = page_width - 2.0 * style.margin;
    // First: every block and its height, so a roll is cut to the receipt's length.
    let mut blocks = Vec::new();
    for (index, section) in receipt.sections.iter().enumerate() {
        if index > 0 {
            blocks.push(Block::Rule);
        }
        for paragraph in &section.paragraphs {
            let size = match paragraph.size {
                Size::Title => style.title,
                Size::Body => style.body,
                Size::Code => style.code,
            };
            // The code is Latin in every language: laid out left to right.
            let base = if paragraph.size == Size::Code {
                BaseDirection::Ltr
            } else {
                section.base
            };
            blocks.push(Block::Lines {
                lines: lines(&measure, &paragraph.text, base, size, text_width),
                size,
                rtl: section.base == BaseDirection::Rtl,
            });
            if paragraph.size == Size::Code && index == 0 {
                blocks.push(Block::Qr);
            }
        }
    }
    let height_of = |block: &Block| match block {
        Block::Lines { lines, size, .. } => lines.len() as f32 * size * LEADING + size * 0.3,
        Block::Qr => style.qr + 4.0 * MM,
        Block::Rule => 6.0 * MM,
    };
    let content_height: f32 = blocks.iter().map(height_of).sum::<f32>() + 2.0 * style.margin;
    let page_height = paper.height_mm().map_or(content_height, |h| h * MM);

    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|e| ReceiptError::Pdf(format!("{e:?}")))?;
    let mut document = Document::new_with(krilla::SerializeSettings {
        configuration,
        ..Default::default()
    });
    let fonts: HashMap<Script, Font> = Script::ALL
        .iter()
        .map(|script| Font::new(script.bytes().into(), 0).map(|font| (*script, font)))
        .collect::<Option<_>>()
        .ok_or(ReceiptError::Font)?;
    let qr = qrcode::QrCode::new(receipt.reference.as_bytes())
        .map_err(|e| ReceiptError::Qr(e.to_string()))?;

    let mut y = style.margin;
    let mut page_index = 0;
    let mut blocks = blocks.into_iter().peekable();
    while blocks.peek().is_some() {
        let settings = PageSettings::from_wh(page_width, page_height)
            .ok_or_else(|| ReceiptError::Pdf("page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        surface.set_fill(Some(Fill {
            paint: luma::Color::black().into(),
            ..Default::default()
        }));
        if page_index > 0 {
            y = style.margin;
        }
        while let Some(block) = blocks.peek() {
            let height = height_of(block);
            let roll = paper.height_mm().is_none();
            if !roll && y + height > page_height - style.margin && y > style.margin {
                break; // the next page
            }
            let Some(block) = blocks.next() else { break };
            match block {
                Block::Lines { lines, size, rtl } => {
                    for line in lines {
                        y += size * LEADING;
                        let mut x = if rtl {
                            page_width - style.margin - line.width
                        } else {
                            style.margin
                        };
                        for piece in line.pieces {
                            let direction = if piece.rtl {
                                TextDirection::RightToLeft
                            } else {
                                TextDirection::LeftToRight
                            };
                            if let Some(font) = fonts.get(&piece.script) {
                                surface.draw_text(
                                    Point::from_xy(x, y),
                                    font.clone(),
                                    size,
                                    &piece.text,
                                    false,
                                    direction,
                                );
                            }
                            x += piece.width;
                        }
                    }
                    y += size * 0.3;
                }
                Block::Qr => {
                    let modules = qr.width();
                    let cell = style.qr / modules as f32;
                    let left = if receipt
                        .sections
                        .first()
                        .is_some_and(|s| s.base == BaseDirection::Rtl)
                    {
                        page_width - style.margin - style.qr
                    } else {
                        style.margin
                    };
                    let mut builder = PathBuilder::new();
                    for (i, colour) in qr.to_colors().iter().enumerate() {
                        if *colour == qrcode::Color::Dark {
                            let (row, col) = (i / modules, i % modules);
                            if let Some(rect) = Rect::from_xywh(
                                left + col as f32 * cell,
                                y + 2.0 * MM + row as f32 * cell,
                                cell,
                                cell,
                            ) {
                                builder.push_rect(rect);
                            }
                        }
                    }
                    if let Some(path) = builder.finish() {
                        surface.draw_path(&path);
                    }
                    y += height;
                }
                Block::Rule => {
                    let mut builder = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(style.margin, y + 3.0 * MM, text_width, 0.6)
                    {
                        builder.push_rect(rect);
                    }
                    if let Some(path) = builder.finish() {
                        surface.draw_path(&path);
                    }
                    y += height;
                }
            }
        }
        surface.finish();
        page.finish();
        page_index += 1;
    }
    let title = receipt
        .sections
        .first()
        .and_then(|s| s.paragraphs.first())
        .map(|p| p.text.clone())
        .unwrap_or_default();
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language(
                receipt
                    .sections
                    .first()
                    .map(|s| s.locale.clone())
                    .unwrap_or_default(),
            )
            .creator("consent-kiosk".into())
            // PDF/A needs a date; the receipt's own, so the same receipt gives the same bytes.
            .creation_date(
                DateTime::new(issued.year().clamp(0, 9999) as u16)
                    .month(u8::from(issued.month()))
                    .day(issued.day())
                    .hour(issued.hour())
                    .minute(issued.minute())
                    .second(issued.second())
                    .utc_offset_hour(0)
                    .utc_offset_minute(0),
            ),
    );
    document.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(errors) => ReceiptError::Pdf(format!("{errors:?}")),
        other => ReceiptError::Pdf(other.to_string()),
    })
}
