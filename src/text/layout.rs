//! Paragraph layout: bidi levels, UAX #14 line breaks measured with egui's own
//! fonts, each line's runs in visual order, rows aligned to the paragraph's start.

use std::sync::Arc;

use eframe::egui::text::{LayoutJob, LayoutSection, TextWrapping};
use eframe::egui::{Color32, FontId, Galley, TextFormat};
use eframe::epaint::text::ByteIndex;
use eframe::epaint::text::FontsView;

use super::bidi::{BaseDirection, BidiParagraph, is_bidi_control};
use super::breaking::break_lines;
use super::pieces::pieces;

/// How a paragraph is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStyle {
    /// Font and size.
    pub font_id: FontId,
    /// Colour.
    pub color: Color32,
}

/// A laid-out paragraph and which way it reads.
#[derive(Debug, Clone)]
pub struct LaidOut {
    /// What egui paints.
    pub galley: Arc<Galley>,
    /// Whether the (first) paragraph reads right to left: its rows align right.
    pub rtl: bool,
}

/// A paragraph broken into lines and put in visual order: everything but the
/// final shaping, which egui caches (and redoes if its font atlas changes).
#[derive(Debug, Clone)]
pub struct Prepared {
    job: Arc<LayoutJob>,
    rtl_rows: Arc<[bool]>,
}

impl Prepared {
    /// The galley, from egui's cache when this job was shaped before.
    pub fn galley(&self, fonts: &mut FontsView<'_>) -> LaidOut {
        let galley = fonts.layout_job((*self.job).clone());
        LaidOut {
            galley: align_rtl_rows(galley, &self.rtl_rows),
            rtl: self.rtl_rows.first().copied().unwrap_or(false),
        }
    }
}

/// Lays out `text` (paragraphs separated by `\n`) within `max_width` points.
///
/// Lines are broken with widths egui measures for each breakable segment, drawn
/// in visual order in one egui layout, and right-to-left rows are then moved so
/// that they end on the same right edge.
pub fn layout(
    fonts: &mut FontsView<'_>,
    text: &str,
    base: BaseDirection,
    style: &TextStyle,
    max_width: f32,
) -> LaidOut {
    prepare(fonts, text, base, style, max_width).galley(fonts)
}

/// Bidi, line breaking and visual order for `text`: the costly part of [`layout`].
pub fn prepare(
    fonts: &mut FontsView<'_>,
    text: &str,
    base: BaseDirection,
    style: &TextStyle,
    max_width: f32,
) -> Prepared {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut rtl_rows: Vec<bool> = Vec::new();
    for paragraph in text.split('\n') {
        let bidi = BidiParagraph::new(paragraph, base);
        let rtl = bidi.is_rtl();
        // egui keeps each measured word, so a word seen before costs nothing.
        for line in break_lines(paragraph, max_width, |segment| {
            measure(fonts, segment, style)
        }) {
            let mut drawn = Vec::new();
            for run in bidi.visual_runs(line) {
                drawn.extend(
                    pieces(&paragraph[run.range.clone()], run.rtl)
                        .into_iter()
                        .map(|p| p.into_owned()),
                );
            }
            lines.push(drawn);
            rtl_rows.push(rtl);
        }
    }
    let format = TextFormat::simple(style.font_id.clone(), style.color);
    Prepared {
        job: Arc::new(job(&lines, &format)),
        rtl_rows: rtl_rows.into(),
    }
}

/// Moves each right-to-left row right by what it lacks of the widest row.
fn align_rtl_rows(galley: Arc<Galley>, rtl_rows: &[bool]) -> Arc<Galley> {
    if !rtl_rows.contains(&true) || galley.rows.len() != rtl_rows.len() {
        return galley;
    }
    let widest = galley
        .rows
        .iter()
        .map(|row| row.rect().width())
        .fold(0.0, f32::max);
    let mut aligned = (*galley).clone();
    for (row, &rtl) in aligned.rows.iter_mut().zip(rtl_rows) {
        if rtl {
            row.pos.x += widest - row.rect().width();
        }
    }
    aligned.mesh_bounds = aligned
        .rows
        .iter()
        .fold(eframe::egui::Rect::NOTHING, |bounds, row| {
            bounds.union(row.visuals.mesh_bounds.translate(row.pos.to_vec2()))
        });
    Arc::new(aligned)
}

fn job(lines: &[Vec<String>], format: &TextFormat) -> LayoutJob {
    let mut job = LayoutJob {
        wrap: TextWrapping::no_max_width(),
        break_on_newline: true,
        ..LayoutJob::default()
    };
    for (index, pieces) in lines.iter().enumerate() {
        if index > 0 {
            push_section(&mut job, "\n", 0.0, format);
        }
        for piece in pieces {
            push_section(&mut job, piece, 0.0, format);
        }
    }
    job
}

/// Adds one piece as its own section. `LayoutJob::append` would merge pieces of
/// the same format into one section, and the shaper would then reverse a whole
/// right-to-left stretch again, undoing the visual order built here.
fn push_section(job: &mut LayoutJob, text: &str, leading_space: f32, format: &TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    job.sections.push(LayoutSection {
        leading_space,
        byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
        format: format.clone(),
    });
}

fn measure(fonts: &mut FontsView<'_>, text: &str, style: &TextStyle) -> f32 {
    let shown: String = text.chars().filter(|&c| !is_bidi_control(c)).collect();
    let galley = fonts.layout_no_wrap(shown, style.font_id.clone(), style.color);
    // The row's size, not the galley's: it keeps trailing spaces, which separate words.
    galley.rows.iter().map(|row| row.size.x).fold(0.0, f32::max)
}
