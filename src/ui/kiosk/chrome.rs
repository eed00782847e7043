//! What surrounds every screen: the bar with read-aloud, text size and contrast,
//! the back button, the four ways out of a consent step, and the idle prompt.

use eframe::egui::{self, Ui};

use crate::audio::PlayState;
use crate::kiosk::Intent;
use crate::text::{back_arrow, label, reading_row};

use super::view::{Listen, Look, View};

/// The top bar. Returns a new look when the person changed it.
pub fn top_bar_ui(ui: &mut Ui, view: &View<'_>) -> Option<Look> {
    let mut look = None;
    reading_row(ui, view.rtl(), |ui| {
        // The start screen has a listen button beside each language instead.
        if view.audio.offered && *view.session.screen() != crate::kiosk::Screen::Start {
            audio_ui(ui, view);
        }
        if view.button(ui, "text-size") {
            look = Some(Look {
                size: view.look.size.next(),
                ..view.look
            });
        }
        if view.button(ui, "high-contrast") {
            look = Some(Look {
                high_contrast: !view.look.high_contrast,
                ..view.look
            });
        }
    });
    ui.separator();
    // Country pages from example data must never be taken for real information.
    if view.content.countries_are_examples {
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(3.0, view.look.warning_color()))
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                view.para(ui, "example-data");
            });
    }
    look
}

/// Read aloud, or stop, only where this screen has recordings in the person's
/// language (a banner about a missing recording on every page would sit exactly
/// where reading starts; `content check` counts what is missing instead). Where
/// the device cannot play sound, the bar says so.
fn audio_ui(ui: &mut Ui, view: &View<'_>) {
    if view.audio.state == PlayState::Playing {
        if view.button(ui, "audio-stop") {
            view.listen(Listen::Stop);
        }
    } else if view.audio.screen_recorded && view.button(ui, "read-aloud") {
        view.listen(Listen::Screen);
    }
    if matches!(view.audio.state, PlayState::Failed(_)) {
        label(ui, &view.t("audio-failed"), view.base, &view.body());
    }
}

/// A square button with a drawn loudspeaker (no font has to carry the sign);
/// `spoken_as` is its name for screen readers.
pub fn speaker_button(ui: &mut Ui, spoken_as: &str, color: egui::Color32) -> egui::Response {
    let side = crate::text::MIN_TOUCH;
    let (rect, response) = ui.allocate_exact_size(egui::Vec2::splat(side), egui::Sense::click());
    if ui.is_rect_visible(rect) {
        crate::text::button_frame(ui, rect, &response);
        let c = rect.center();
        let u = side / 12.0;
        let body = vec![
            c + egui::vec2(-4.0 * u, -1.5 * u),
            c + egui::vec2(-2.0 * u, -1.5 * u),
            c + egui::vec2(1.0 * u, -4.0 * u),
            c + egui::vec2(1.0 * u, 4.0 * u),
            c + egui::vec2(-2.0 * u, 1.5 * u),
            c + egui::vec2(-4.0 * u, 1.5 * u),
        ];
        ui.painter()
            .add(egui::Shape::convex_polygon(body, color, egui::Stroke::NONE));
        for radius in [2.5 * u, 4.5 * u] {
            let arc: Vec<egui::Pos2> = (0..=8)
                .map(|i| {
                    let angle = -0.8 + 1.6 * i as f32 / 8.0;
                    c + egui::vec2(1.0 * u + radius * angle.cos(), radius * angle.sin())
                })
                .collect();
            ui.painter().add(egui::Shape::line(
                arc,
                egui::Stroke::new(1.5 * u / 2.0 + 1.0, color),
            ));
        }
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, spoken_as));
    response
}

/// In a guided session, what the screen says in the host language, smaller, under
/// a line: the counsellor follows along while the person reads their own language.
pub fn host_alongside_ui(ui: &mut Ui, view: &View<'_>) {
    let host = view
        .catalog
        .chain(&view.content.deployment.host_locale, "en");
    if host.primary() == view.chain.primary() {
        return;
    }
    let base = view
        .catalog
        .locale(host.primary())
        .map_or(crate::text::BaseDirection::Ltr, |l| l.meta.direction.into());
    let style = crate::text::TextStyle {
        font_id: egui::FontId::proportional(view.body().font_id.size * 0.75),
        color: egui::Color32::from_gray(if view.look.high_contrast { 200 } else { 70 }),
    };
    ui.add_space(8.0);
    ui.separator();
    let mut ids = view.spoken.borrow().clone();
    ids.dedup();
    let title = view.catalog.text(&host, "guided-host-alongside", None).text;
    crate::text::paragraph(ui, &title, base, &style);
    for id in ids {
        // Messages that need values (dates, codes) are left to the screen above.
        let text = view.catalog.text(&host, &id, None);
        if !text.missing {
            crate::text::paragraph(ui, &text.text, base, &style);
        }
    }
}

/// "Back" and "Start again", at the reading start of the row.
pub fn navigation_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    ui.add_space(12.0);
    reading_row(ui, view.rtl(), |ui| {
        let back = format!("{} {}", back_arrow(view.rtl()), view.t("nav-back"));
        if view.button_text(ui, &back) {
            intent = Some(Intent::Back);
        }
        if view.button(ui, "nav-home") {
            intent = Some(Intent::Home);
        }
    });
    intent
}

/// The four ways out of every consent step, as prominent as going on.
pub fn consent_actions_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    ui.add_space(12.0);
    ui.separator();
    for (id, wanted) in [
        ("action-more-time", Intent::NeedMoreTime),
        ("action-no-decision", Intent::DoNotDecide),
        ("action-talk-counsellor", Intent::TalkToCounsellor),
        ("action-pressured", Intent::FeelPressured),
    ] {
        if view.button(ui, id) {
            intent = Some(wanted);
        }
    }
    intent
}

/// "Leave and erase what you entered?" over everything: `Some(true)` to erase and
/// leave, `Some(false)` to go back to where the person was.
pub fn leave_prompt_ui(ctx: &egui::Context, view: &View<'_>) -> Option<bool> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("leave-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        view.heading(ui, "leave-confirm");
        // Going back is the first, safe choice; erasing is apart from it.
        if view.button(ui, "leave-confirm-no") {
            answer = Some(false);
        }
        ui.add_space(24.0);
        if view.button(ui, "leave-confirm-yes") {
            answer = Some(true);
        }
    });
    answer
}

/// The large "Are you still there?" prompt over everything.
pub fn idle_prompt_ui(ctx: &egui::Context, view: &View<'_>, seconds_left: i64) -> bool {
    let mut still_here = false;
    egui::Modal::new(egui::Id::unique("idle-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds_left);
        let shown = view.t_args("idle-warning", &args);
        // A screen reader hears the warning when it opens and at 10 seconds left,
        // not every second (which would drown everything else it says).
        let mut said = fluent_bundle::FluentArgs::new();
        said.set(
            "seconds",
            crate::ui::access::announced_seconds(ui.ctx(), seconds_left),
        );
        let spoken = view
            .catalog
            .text(&view.chain, "idle-warning", Some(&said))
            .text;
        let response = crate::text::paragraph(ui, &shown, view.base, &view.body());
        crate::ui::access::polite(ui, &response, &spoken);
        ui.add_space(6.0);
        // At the reading start of the prompt: the right edge in a right-to-left language.
        still_here = reading_row(ui, view.rtl(), |ui| view.button(ui, "idle-continue"));
    });
    still_here
}
