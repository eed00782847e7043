//! The start screen: a tile for every language (its own name, large, no flags,
//! and "Choose your language" in it), then withdraw and talk to staff, whose
//! words turn through every offered language.

use eframe::egui::{self, Ui};

use crate::i18n::Catalog;
use crate::kiosk::Intent;
use crate::text::{BaseDirection, TextStyle, cached_layout, paragraph};
use crate::ui::pictogram::{builtin, builtin_pictogram};
use crate::ui::theme::{ButtonRole, bold, regular, scale, script_factor, space};

use super::chrome::speaker_button;
use super::view::{Listen, TextSize, View};

/// The language grid, and the two ways that need no language chosen first.
pub fn start_ui(ui: &mut Ui, view: &View<'_>, catalog: &Catalog) -> Option<Intent> {
    let mut intent = None;
    let locales = &view.content.deployment.locales;
    // The words that turn: "Choose your language", "Withdraw", "Talk to staff",
    // each few seconds in the next offered language.
    let turn = locales
        .get(view.rotation % locales.len().max(1))
        .map_or(view.chain.primary(), String::as_str);
    let turn_chain = catalog.chain(turn, &view.content.deployment.host_locale);
    let turn_base = catalog.locale(turn).map_or(BaseDirection::Ltr, |l| {
        BaseDirection::from(l.meta.direction)
    });
    let turn_factor = catalog
        .locale(turn)
        .map_or(1.0, |l| script_factor(&l.meta.script));
    let turn_text = |id: &str| catalog.text(&turn_chain, id, None).text;
    view.said("language-choose");
    view.heading_styled(
        ui,
        &turn_text("language-choose"),
        turn_base,
        &TextStyle {
            font_id: bold(view.look.size_points() * scale::TITLE * turn_factor),
            color: view.look.text_color(),
        },
    );
    ui.add_space(space::L);
    let columns = if view.look.size == TextSize::Normal && ui.available_width() >= 600.0 {
        3
    } else {
        2
    };
    let gap = view.touch.gap();
    let width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let height = view.touch.primary_height() * 1.5;
    let tags: Vec<&String> = locales
        .iter()
        .filter(|t| catalog.locale(t).is_some())
        .collect();
    for row in tags.chunks(columns) {
        // Languages keep their order left to right on every screen: the grid is a
        // list of names, not text in one language.
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for tag in row {
                let Some(locale) = catalog.locale(tag) else {
                    continue;
                };
                let chain = catalog.chain(tag, &view.content.deployment.host_locale);
                let choose = catalog.text(&chain, "language-choose", None).text;
                let base = BaseDirection::from(locale.meta.direction);
                let factor = script_factor(&locale.meta.script);
                let recorded = view.audio.offered
                    && view
                        .content
                        .playable_recording(tag, "language-choose")
                        .is_some();
                let announced = view.audio.announcing.as_deref() == Some(tag.as_str());
                let cell = ui.allocate_ui(egui::vec2(width, height), |ui| {
                    ui.set_width(width);
                    let tile_width = if recorded {
                        width - view.touch.target() - space::S
                    } else {
                        width
                    };
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
                        ui.spacing_mut().item_spacing.x = space::S;
                        let pressed = tile(
                            ui,
                            view,
                            egui::vec2(tile_width, height),
                            (&locale.meta.native_name, base, factor),
                            &choose,
                            &locale.meta.native_name,
                        );
                        if pressed {
                            intent = Some(Intent::ChooseLanguage((*tag).clone()));
                        }
                        // A loudspeaker only where this language's "choose your language" is recorded.
                        if recorded {
                            let spoken =
                                format!("{}: {}", view.t("read-aloud"), locale.meta.native_name);
                            if speaker_button(ui, &spoken, view.look.text_color()).clicked() {
                                view.listen(Listen::Language((*tag).clone()));
                            }
                        }
                    });
                });
                // The language being said is ringed, so eyes can find its name.
                if announced {
                    ui.painter().rect_stroke(
                        cell.response.rect.expand(4.0),
                        crate::ui::theme::RADIUS,
                        egui::Stroke::new(4.0, view.palette().primary),
                        egui::StrokeKind::Outside,
                    );
                }
            }
        });
        ui.add_space(gap);
    }
    if matches!(view.audio.state, crate::audio::PlayState::Failed(_)) {
        view.para(ui, "audio-failed");
    }
    // Said in the language whose button was pressed, in its own direction.
    if let Some(tag) = &view.audio.unrecorded_language {
        let chain = catalog.chain(tag, &view.content.deployment.host_locale);
        let base = catalog.locale(tag).map_or(BaseDirection::Ltr, |l| {
            BaseDirection::from(l.meta.direction)
        });
        let note = catalog.text(&chain, "audio-missing", None).text;
        paragraph(ui, &note, base, &view.body());
    }
    ui.add_space(space::L);
    let half = (ui.available_width() - gap) / 2.0;
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (id, path, wanted) in [
            ("start-withdraw", builtin::WITHDRAW, Intent::StartWithdrawal),
            (
                "start-talk-counsellor",
                builtin::TALK,
                Intent::TalkToCounsellor,
            ),
        ] {
            let words = turn_text(id);
            ui.allocate_ui(egui::vec2(half, height * 1.4), |ui| {
                ui.set_width(half);
                ui.vertical_centered(|ui| {
                    builtin_pictogram(ui, path, height * 0.6, &view.t(id));
                    // Named in the host language for screen readers: a name that
                    // changed every few seconds would be read out again and again.
                    let pressed = tile(
                        ui,
                        view,
                        egui::vec2(half, view.touch.primary_height()),
                        (&words, turn_base, turn_factor),
                        "",
                        &view.t(id),
                    );
                    if pressed {
                        intent = Some(wanted.clone());
                    }
                });
            });
        }
    });
    // Discreet, small and last: for staff, and nothing without their login.
    ui.add_space(space::XL * 2.0);
    let small = TextStyle {
        font_id: regular(14.0),
        color: view.palette().muted,
    };
    if crate::text::button(ui, &view.t("start-staff"), view.base, &small).clicked() {
        view.open_console.set(true);
    }
    intent
}

/// A tile: `name` large and bold in its own direction and script size, `under`
/// smaller below it, centred; `spoken_as` for screen readers.
fn tile(
    ui: &mut Ui,
    view: &View<'_>,
    size: egui::Vec2,
    (name, base, factor): (&str, BaseDirection, f32),
    under: &str,
    spoken_as: &str,
) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    if ui.is_rect_visible(rect) {
        let paint = view.palette().button(ButtonRole::Secondary);
        crate::text::paint_face(ui, rect, &response, &paint);
        let size_points = view.look.size_points();
        let big = TextStyle {
            font_id: bold(size_points * 1.15 * factor),
            color: paint.text,
        };
        let small = TextStyle {
            font_id: regular(size_points * 0.7 * factor),
            color: view.palette().muted,
        };
        let inner = rect.width() - space::M * 2.0;
        let name = cached_layout(ui.ctx(), name, base, &big, inner);
        let under =
            (!under.is_empty()).then(|| cached_layout(ui.ctx(), under, base, &small, inner));
        let total = name.galley.size().y
            + under
                .as_ref()
                .map_or(0.0, |u| u.galley.size().y + space::XS);
        let mut y = rect.center().y - total / 2.0;
        let name_size = name.galley.size();
        ui.painter().galley(
            egui::pos2(rect.center().x - name_size.x / 2.0, y),
            name.galley,
            paint.text,
        );
        y += name_size.y + space::XS;
        if let Some(under) = under {
            let under_size = under.galley.size();
            ui.painter().galley(
                egui::pos2(rect.center().x - under_size.x / 2.0, y),
                under.galley,
                view.palette().muted,
            );
        }
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, spoken_as));
    response.clicked()
}
