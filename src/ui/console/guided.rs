//! Who is present, before a guided session: the person's language, age and
//! capacity, interpreter, witness, guardian or representative, and for a child
//! their view, whether they are unaccompanied, the escort and the reception arrangement.

use eframe::egui::{self, Ui};

use crate::consent::{ChildView, Role};
use crate::console::Presence;

use super::view::{ConsoleInputs, ConsoleView};

/// What the form asks for.
pub enum GuidedRequest {
    /// Start the session with this.
    Start(Box<Presence>),
    /// Back to the dashboard.
    Back,
    /// The form lacks what the rules need before the session starts.
    Incomplete(crate::consent::RuleViolation),
}

/// A face drawn for a child who points rather than speaks: smiling, unsure or sad.
fn face_button(ui: &mut Ui, mood: i8, spoken_as: &str, selected: bool) -> bool {
    let side = 64.0;
    let (rect, response) = ui.allocate_exact_size(egui::Vec2::splat(side), egui::Sense::click());
    let painter = ui.painter();
    let stroke = egui::Stroke::new(
        if selected { 5.0 } else { 2.5 },
        egui::Color32::from_gray(25),
    );
    let c = rect.center();
    painter.circle_stroke(c, side * 0.42, stroke);
    painter.circle_filled(
        c + egui::vec2(-9.0, -7.0),
        3.5,
        egui::Color32::from_gray(25),
    );
    painter.circle_filled(c + egui::vec2(9.0, -7.0), 3.5, egui::Color32::from_gray(25));
    let curve = f32::from(mood) * 6.0;
    let mouth: Vec<egui::Pos2> = (0..=8)
        .map(|i| {
            let x = -12.0 + 3.0 * i as f32;
            let y = 10.0 + curve * (1.0 - (x / 12.0).powi(2)) - curve * 0.5;
            c + egui::vec2(x, y)
        })
        .collect();
    painter.add(egui::Shape::line(mouth, stroke));
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, spoken_as));
    response.clicked()
}

/// The form.
pub fn guided_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<GuidedRequest> {
    let mut request = None;
    let form = &mut inputs.presence;
    view.heading(ui, "console-guided-title");
    view.para(ui, "console-guided-language");
    ui.horizontal_wrapped(|ui| {
        for tag in &view.content.deployment.locales {
            let Some(locale) = view.catalog.locale(tag) else {
                continue;
            };
            if view.choice(ui, &locale.meta.native_name, form.locale == *tag) {
                form.locale.clone_from(tag);
            }
        }
    });
    view.row(ui, |ui| {
        if view.choice(ui, &view.t("console-guided-adult"), !form.minor) {
            form.minor = false;
        }
        if view.choice(ui, &view.t("console-guided-minor"), form.minor) {
            form.minor = true;
        }
    });
    if view.choice(
        ui,
        &view.t("console-guided-capacity-doubt"),
        form.capacity_doubt,
    ) {
        form.capacity_doubt = !form.capacity_doubt;
    }
    view.field(
        ui,
        "console-guided-interpreter",
        &mut form.interpreter_language,
        false,
    );
    view.field(ui, "console-guided-witness", &mut form.witness_name, false);
    view.field(
        ui,
        "console-guided-household",
        &mut form.household_reference,
        false,
    );
    if form.minor || form.capacity_doubt {
        view.row(ui, |ui| {
            if view.choice(
                ui,
                &view.t("role-guardian"),
                form.representative_is_guardian,
            ) {
                form.representative_is_guardian = true;
            }
            if view.choice(
                ui,
                &view.t("role-legal-representative"),
                !form.representative_is_guardian,
            ) {
                form.representative_is_guardian = false;
            }
        });
        view.field(
            ui,
            "console-guided-representative",
            &mut form.representative_name,
            false,
        );
    }
    if form.minor {
        view.field(
            ui,
            "console-guided-best-interests",
            &mut form.best_interests_reference,
            false,
        );
        view.para(ui, "console-guided-child-view");
        view.row(ui, |ui| {
            for (mood, assents, id) in [
                (1, Some(true), "console-guided-child-agrees"),
                (-1, Some(false), "console-guided-child-objects"),
            ] {
                let words = view.t(id);
                let selected = form.child_assents == assents && form.child_words == words;
                if face_button(ui, mood, &words, selected) {
                    form.child_assents = assents;
                    form.child_words = words;
                }
            }
        });
        view.row(ui, |ui| {
            if view.choice(
                ui,
                &view.t("console-guided-assent"),
                form.child_assents == Some(true),
            ) {
                form.child_assents = Some(true);
            }
            if view.choice(
                ui,
                &view.t("console-guided-objection"),
                form.child_assents == Some(false),
            ) {
                form.child_assents = Some(false);
            }
        });
        view.field(
            ui,
            "console-guided-child-words",
            &mut form.child_words,
            false,
        );
        view.para(ui, "console-guided-unaccompanied");
        view.row(ui, |ui| {
            for (id, alone) in [
                ("console-guided-unaccompanied-yes", true),
                ("console-guided-unaccompanied-no", false),
            ] {
                if view.choice(ui, &view.t(id), form.unaccompanied == Some(alone)) {
                    form.unaccompanied = Some(alone);
                }
            }
        });
        view.field(ui, "console-guided-escort", &mut form.escort, false);
        view.field(
            ui,
            "console-guided-reception",
            &mut form.reception_reference,
            false,
        );
        if view.choice(
            ui,
            &view.t("console-guided-covers-separation"),
            form.covers_separation,
        ) {
            form.covers_separation = !form.covers_separation;
        }
    }
    view.row(ui, |ui| {
        if view.button(ui, "console-guided-begin") && !form.locale.is_empty() {
            let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
            let representative = some(&form.representative_name).map(|name| {
                let role = if form.representative_is_guardian {
                    Role::Guardian
                } else {
                    Role::LegalRepresentative
                };
                (role, name)
            });
            let child_view = match (form.child_assents, some(&form.child_words)) {
                (Some(true), Some(words)) => Some(ChildView::Assent {
                    words: words.into(),
                }),
                (Some(false), Some(words)) => Some(ChildView::Objection {
                    words: words.into(),
                }),
                _ => None,
            };
            let presence = Presence {
                locale: form.locale.clone(),
                minor: form.minor,
                capacity_doubt: form.capacity_doubt,
                interpreter_language: some(&form.interpreter_language),
                witness_name: some(&form.witness_name),
                representative,
                best_interests_reference: some(&form.best_interests_reference),
                child_view,
                unaccompanied: form.unaccompanied,
                escort: some(&form.escort),
                reception_arrangement_reference: some(&form.reception_reference),
                household_reference: some(&form.household_reference),
                best_interests_covers_separation: form.covers_separation,
            };
            // A child's: whether unaccompanied, answered; if so, the escort and
            // the reception arrangement, before anything is shown to sign.
            request = Some(match presence.check() {
                Ok(()) => GuidedRequest::Start(Box::new(presence)),
                Err(rule) => GuidedRequest::Incomplete(rule),
            });
        }
        if view.button(ui, "console-back") {
            request = Some(GuidedRequest::Back);
        }
    });
    request
}
