//! Receipts: the reference code (large, with a QR code), what was agreed, when
//! it starts to count and how to withdraw, in the person's language and the host's.

use eframe::egui::{self, Color32, Ui};

use crate::consent::{ReferenceCode, Timestamp};
use crate::i18n::LocaleChain;
use crate::kiosk::Intent;
use crate::text::{TextStyle, paragraph, reading_row};
use crate::ui::theme::space;

use super::view::{PrintRequest, PrintState, View};

/// What became of printing (the bottom bar's way on is "Print a copy to keep"):
/// printing, printed, or failed with "try again" and "show the code instead".
fn print_ui(ui: &mut Ui, view: &View<'_>) {
    // Each state's controls are new accessibility nodes, as a new page's are
    // (see `ui::access`): "Print" coming back must not reuse a note's node.
    let state = match &view.print {
        PrintState::Idle => 0,
        PrintState::Printing => 1,
        PrintState::Printed => 2,
        PrintState::Failed(_) => 3,
    };
    ui.skip_ahead_auto_ids(state << 16);
    match &view.print {
        PrintState::Idle => {}
        PrintState::Printing => view.para(ui, "receipt-printing"),
        PrintState::Printed => view.para(ui, "receipt-printed"),
        PrintState::Failed(_) => {
            view.para(ui, "receipt-print-failed");
            reading_row(ui, view.rtl(), |ui| {
                ui.spacing_mut().item_spacing.x = view.touch.gap();
                if view.button(ui, "receipt-print-again") {
                    view.print_request.set(Some(PrintRequest::Print));
                }
                if view.button(ui, "receipt-show-code") {
                    view.print_request.set(Some(PrintRequest::ShowCode));
                }
            });
        }
    }
}

/// "I am finished": back to the start screen, the screen cleared.
fn finished_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    ui.add_space(space::L);
    reading_row(ui, view.rtl(), |ui| view.button(ui, "action-finished")).then_some(Intent::Home)
}

/// A numbered list, each number in the person's digits.
fn numbered(ui: &mut Ui, view: &View<'_>, lines: &[String]) {
    for (n, line) in lines.iter().enumerate() {
        let number = view.number(n + 1);
        reading_row(ui, view.rtl(), |ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            ui.allocate_ui(egui::vec2(view.body_size() * 1.6, 0.0), |ui| {
                crate::text::label(ui, &number, view.base, &view.section_style());
            });
            ui.vertical(|ui| view.text(ui, line));
        });
    }
}

fn code_ui(ui: &mut Ui, view: &View<'_>, reference: &ReferenceCode) {
    view.para(ui, "receipt-code");
    let style = TextStyle {
        font_id: egui::FontId::monospace(view.look.size_points() * crate::ui::theme::scale::CODE),
        color: view.look.text_color(),
    };
    // The code is Latin whatever the language: laid out left to right, and sized to
    // itself so a mirrored page places it at the right like the rest.
    crate::text::label(
        ui,
        &reference.to_string(),
        crate::text::BaseDirection::Ltr,
        &style,
    );
    if let Ok(qr) = qrcode::QrCode::new(reference.to_string().as_bytes()) {
        let modules = qr.width();
        // Large enough to scan from the screen with a phone.
        let scale = 8.0;
        let side = (modules as f32 + 8.0) * scale;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, Color32::WHITE);
        for (index, color) in qr.to_colors().into_iter().enumerate() {
            if color == qrcode::Color::Dark {
                let (x, y) = ((index % modules) as f32, (index / modules) as f32);
                let min = rect.min + egui::vec2((x + 4.0) * scale, (y + 4.0) * scale);
                painter.rect_filled(
                    egui::Rect::from_min_size(min, egui::vec2(scale, scale)),
                    0.0,
                    Color32::BLACK,
                );
            }
        }
    }
}

fn cooling_off_text(view: &View<'_>, chain: &LocaleChain, until: Timestamp) -> String {
    let (date, time) = view.content.local_time(until);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", view.catalog.date(chain, date).text);
    args.set("time", view.catalog.time_of_day(chain, time).text);
    view.catalog
        .text(chain, "receipt-cooling-off-ends", Some(&args))
        .text
}

/// The confirmation of a signed consent: saved, the code, what happens next as
/// numbered steps, and the same in the host language.
pub fn receipt_ui(
    ui: &mut Ui,
    view: &View<'_>,
    reference: &ReferenceCode,
    until: Timestamp,
) -> Option<Intent> {
    view.heading(ui, "receipt-saved");
    code_ui(ui, view, reference);
    print_ui(ui, view);
    ui.add_space(space::M);
    view.section(ui, "receipt-next-steps");
    let mut steps = vec![
        view.t("receipt-keep-code"),
        cooling_off_text(view, &view.chain, until),
    ];
    if view.content.deployment.confirmation_interview {
        steps.push(view.t("receipt-interview"));
    }
    steps.push(view.t("receipt-withdraw-how"));
    // A way to complain that does not go through the counsellors.
    let complaints = &view.content.deployment.complaints_contact;
    if !complaints.is_empty() {
        let label = view.t(crate::kiosk::COMPLAINTS_LABEL);
        steps.push(view.catalog.label_value(&view.chain, &label, complaints));
    }
    numbered(ui, view, &steps);
    // The same in the host language, for the person and for staff.
    in_host_language(ui, view, |host| {
        vec![
            view.catalog.text(host, "receipt-saved", None).text,
            cooling_off_text(view, host, until),
            view.catalog.text(host, "receipt-withdraw-how", None).text,
        ]
    });
    finished_ui(ui, view)
}

/// The receipt of a withdrawal, also in the host language.
pub fn withdrawn_ui(ui: &mut Ui, view: &View<'_>, reference: &ReferenceCode) -> Option<Intent> {
    view.heading(ui, "withdraw-title");
    view.para(ui, "withdraw-done");
    code_ui(ui, view, reference);
    print_ui(ui, view);
    in_host_language(ui, view, |host| {
        ["withdraw-title", "withdraw-done"]
            .map(|id| view.catalog.text(host, id, None).text)
            .to_vec()
    });
    finished_ui(ui, view)
}

/// Paragraphs in the host language under a line, unless the person's language is it.
fn in_host_language(
    ui: &mut Ui,
    view: &View<'_>,
    paragraphs: impl FnOnce(&LocaleChain) -> Vec<String>,
) {
    let host = view
        .catalog
        .chain(&view.content.deployment.host_locale, "en");
    if host.primary() == view.chain.primary() {
        return;
    }
    ui.add_space(space::M);
    ui.separator();
    let base = view
        .catalog
        .locale(host.primary())
        .map_or(crate::text::BaseDirection::Ltr, |l| l.meta.direction.into());
    for text in paragraphs(&host) {
        paragraph(ui, &text, base, &view.small());
        ui.add_space(space::S);
    }
}
