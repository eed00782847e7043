//! What surrounds every screen: the bar with read-aloud, text size and contrast,
//! the back button, the four ways out of a consent step, and the idle prompt.

use eframe::egui::{self, Ui};

use crate::kiosk::Intent;
use crate::text::{back_arrow, label, reading_row};

use super::view::{Look, View};

/// The top bar. Returns a new look when the person changed it.
pub fn top_bar_ui(ui: &mut Ui, view: &View<'_>) -> Option<Look> {
    let mut look = None;
    reading_row(ui, view.rtl(), |ui| {
        if view.content.deployment.audio_offered {
            // Playing recordings is not built and none exist yet: say so plainly
            // rather than show a button that stays silent.
            label(ui, &view.t("audio-missing"), view.base, &view.body());
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
    look
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

/// The large "Are you still there?" prompt over everything.
pub fn idle_prompt_ui(ctx: &egui::Context, view: &View<'_>, seconds_left: i64) -> bool {
    let mut still_here = false;
    egui::Modal::new(egui::Id::unique("idle-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds_left);
        view.text(ui, &view.t_args("idle-warning", &args));
        still_here = view.button(ui, "idle-continue");
    });
    still_here
}
