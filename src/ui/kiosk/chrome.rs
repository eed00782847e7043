//! What surrounds every screen: the bar with text size and contrast, the back
//! button, Listen where a page has recordings, the four ways out of a consent step, and the idle prompt.

use eframe::egui::{self, Ui};

use crate::audio::PlayState;
use crate::kiosk::Intent;
use crate::text::{TextStyle, back_arrow, label, next_arrow, paragraph, reading_row};
use crate::ui::theme::{ButtonRole, RADIUS, regular, scale, space};

use super::plan::{Action, Primary, Step};
use super::view::{Listen, Look, View};

/// The top bar, in reading order: Back and Start again at the start, text size
/// and contrast at the end; then the example-data ribbon. Returns a new
/// look when the person changed it, and a touch on Back or Start again.
pub fn top_bar_ui(
    ui: &mut Ui,
    view: &View<'_>,
    navigation: bool,
) -> (Option<Look>, Option<Action>) {
    let mut look = None;
    let mut action = None;
    let rtl = view.rtl();
    // The look controls share the row with the way back while both fit; where
    // the words are long (or the screen narrow) they would lie over it, so they
    // take a row of their own. Found by laying them out once: remembered for
    // these words at this width.
    let key = egui::Id::unique((
        "look-controls-own-row",
        view.t("nav-back"),
        view.t("nav-home"),
        view.t("text-size"),
        view.t("high-contrast"),
        navigation,
        ui.available_width().round() as i32,
    ));
    let own_row = navigation && ui.ctx().data(|d| d.get_temp::<bool>(key)).unwrap_or(false);
    let look_controls = |ui: &mut Ui, look: &mut Option<Look>| {
        ui.spacing_mut().item_spacing.x = view.touch.gap();
        if view.button(ui, "high-contrast") {
            *look = Some(Look {
                high_contrast: !view.look.high_contrast,
                ..view.look
            });
        }
        if view.button(ui, "text-size") {
            *look = Some(Look {
                size: view.look.size.next(),
                ..view.look
            });
        }
    };
    // The look controls sit at the far end of the row.
    let far_end = if rtl {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    };
    reading_row(ui, rtl, |ui| {
        ui.spacing_mut().item_spacing.x = view.touch.gap();
        if navigation {
            let back = format!("{} {}", back_arrow(rtl), view.t("nav-back"));
            if view.button_text(ui, &back) {
                action = Some(if view.part > 0 {
                    Action::PreviousPart
                } else {
                    Action::Session(Intent::Back)
                });
            }
            if view
                .role_button(ui, &view.t("nav-home"), ButtonRole::Destructive, None)
                .clicked()
            {
                action = Some(Action::Session(Intent::Home));
            }
        }
        if own_row {
            return;
        }
        let way_back = ui.min_rect();
        let placed = ui
            .with_layout(far_end, |ui| {
                look_controls(ui, &mut look);
                ui.min_rect()
            })
            .inner;
        // Squeezed between, a label would break onto two lines (a button
        // taller than the way back's) rather than overlap: they do not fit.
        let squeezed = placed.height() > way_back.height() + 1.0;
        if navigation && (squeezed || placed.shrink(1.0).intersects(way_back.shrink(1.0))) {
            ui.ctx().data_mut(|d| d.insert_temp(key, true));
            ui.ctx().request_repaint();
        }
    });
    if own_row {
        ui.add_space(space::S);
        reading_row(ui, rtl, |ui| {
            ui.with_layout(far_end, |ui| look_controls(ui, &mut look));
        });
    }
    // Country pages from example data must never be taken for real information.
    if view.content.countries_are_examples {
        ui.add_space(space::S);
        egui::Frame::new()
            .stroke(egui::Stroke::new(3.0, view.look.warning_color()))
            .corner_radius(RADIUS)
            .inner_margin(space::S)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                paragraph(ui, &view.t("example-data"), view.base, &view.small_strong());
            });
    }
    (look, action)
}

/// Where the person is among the consent's steps: numbered circles with names,
/// the current one filled, the ones done ticked. Only on the consent's path.
pub fn step_bar_ui(ui: &mut Ui, view: &View<'_>) {
    let Some(current) = Step::of(view.session.screen()) else {
        return;
    };
    let palette = view.palette();
    let steps = Step::ALL;
    let index = steps.iter().position(|s| *s == current).unwrap_or(0);
    ui.add_space(if view.compact { space::S } else { space::M });
    let width = ui.available_width();
    let cell = width / steps.len() as f32;
    // On a short screen the circles alone: the current step's name is in the
    // bar's spoken label, and the page keeps the height.
    let radius = if view.compact {
        (view.body_size() * 0.5).max(11.0)
    } else {
        (view.body_size() * 0.75).max(14.0)
    };
    let name_style = |color| TextStyle {
        font_id: regular(view.body_size() * scale::SMALL),
        color,
    };
    let names: Vec<_> = steps
        .iter()
        .map(|step| {
            let color = if *step == current {
                palette.text
            } else {
                palette.muted
            };
            crate::text::cached_layout(
                ui.ctx(),
                &view.t(step.message()),
                view.base,
                &name_style(color),
                cell - space::XS,
            )
        })
        .collect();
    let name_height = if view.compact {
        0.0
    } else {
        names.iter().map(|n| n.galley.size().y).fold(0.0, f32::max) + space::XS
    };
    // Room for the current step's ring above and below its circle, so no bar
    // edge cuts it and nothing below touches it.
    let ring = 4.0 + 3.0;
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(width, radius * 2.0 + ring * 2.0 + name_height),
        egui::Sense::hover(),
    );
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", index + 1);
    args.set("total", steps.len());
    args.set("name", view.t(current.message()));
    let said = view.t_args("step-bar-where", &args);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, said.clone()));
    let painter = ui.painter_at(rect);
    for (n, (step, name)) in steps.iter().zip(names).enumerate() {
        // Mirrored in right-to-left languages: the first step at the right.
        let slot = if view.rtl() { steps.len() - 1 - n } else { n };
        let x = rect.left() + cell * (slot as f32 + 0.5);
        let centre = egui::pos2(x, rect.top() + ring + radius);
        let (fill, stroke, mark_color) = match n.cmp(&index) {
            std::cmp::Ordering::Less => (palette.primary, palette.primary, palette.on_primary),
            std::cmp::Ordering::Equal => (palette.primary, palette.primary, palette.on_primary),
            std::cmp::Ordering::Greater => (palette.background, palette.outline, palette.muted),
        };
        painter.circle(centre, radius, fill, egui::Stroke::new(2.0, stroke));
        let mark = if n < index {
            "✓".to_owned()
        } else {
            view.number(n + 1)
        };
        let mark_galley = crate::text::cached_layout(
            ui.ctx(),
            &mark,
            view.base,
            &TextStyle {
                font_id: crate::ui::theme::bold(radius),
                color: mark_color,
            },
            radius * 4.0,
        );
        painter.galley(
            centre - mark_galley.galley.size() / 2.0,
            mark_galley.galley,
            mark_color,
        );
        if *step == current {
            painter.circle_stroke(
                centre,
                radius + 4.0,
                egui::Stroke::new(3.0, palette.primary),
            );
        }
        if view.compact {
            continue;
        }
        let size = name.galley.size();
        painter.galley(
            egui::pos2(
                x - size.x / 2.0,
                rect.top() + ring + radius * 2.0 + space::XS,
            ),
            name.galley,
            palette.text,
        );
    }
}

/// "Listen", large, at the top of a page that has recordings in the person's
/// language (nowhere else: a banner about a missing recording would sit exactly
/// where reading starts; `content check` counts what is missing instead). While
/// it plays, the same place offers Stop; beside it, slower or as recorded.
/// Where the device cannot play sound, the row says so.
pub fn listen_ui(ui: &mut Ui, view: &View<'_>) {
    let playing = view.audio.state == PlayState::Playing;
    let failed = matches!(view.audio.state, PlayState::Failed(_));
    if !view.audio.offered || !(view.audio.screen_recorded || playing || failed) {
        return;
    }
    ui.add_space(if view.compact { space::S } else { space::M });
    reading_row(ui, view.rtl(), |ui| {
        ui.spacing_mut().item_spacing.x = view.touch.gap();
        let (word, request) = if playing {
            (view.t("audio-stop"), Listen::Stop)
        } else {
            (view.t("read-aloud"), Listen::Screen)
        };
        if listen_button(ui, view, &word, playing).clicked() {
            view.listen(request);
        }
        let speed = if view.audio.slow {
            view.t("audio-normal-speed")
        } else {
            view.t("audio-slower")
        };
        if view
            .role_button(ui, &speed, ButtonRole::Secondary, None)
            .clicked()
        {
            view.listen(Listen::Slow(!view.audio.slow));
        }
    });
    if failed {
        label(ui, &view.t("audio-failed"), view.base, &view.body());
    }
}

/// The wide Listen (or Stop) button: a drawn loudspeaker on the reading-start
/// side, then the word in bold; outlined like other secondary buttons, so the
/// way on stays the only filled one.
fn listen_button(ui: &mut Ui, view: &View<'_>, word: &str, playing: bool) -> egui::Response {
    let paint = view.palette().button(ButtonRole::Secondary);
    let height = view.touch.target();
    let style = TextStyle {
        font_id: crate::ui::theme::bold(view.body_size()),
        color: paint.text,
    };
    let laid_out =
        crate::text::cached_layout(ui.ctx(), word, view.base, &style, ui.available_width());
    let padding = space::M;
    let width = (laid_out.galley.size().x + height + padding * 3.0).max(ui.available_width() * 0.5);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    if ui.is_rect_visible(rect) {
        crate::text::paint_face(ui, rect, &response, &paint);
        let icon_x = if view.rtl() {
            rect.right() - padding - height / 2.0
        } else {
            rect.left() + padding + height / 2.0
        };
        let centre = egui::pos2(icon_x, rect.center().y);
        if playing {
            // A stop square where the loudspeaker was.
            let side = height * 0.3;
            ui.painter().rect_filled(
                egui::Rect::from_center_size(centre, egui::Vec2::splat(side)),
                2.0,
                paint.text,
            );
        } else {
            paint_speaker(ui.painter(), centre, height / 12.0, paint.text, view.rtl());
        }
        let text_width = laid_out.galley.size().x;
        let free = egui::Rect::from_x_y_ranges(
            if view.rtl() {
                rect.left()..=centre.x - height / 2.0
            } else {
                centre.x + height / 2.0..=rect.right()
            },
            rect.y_range(),
        );
        let position = egui::pos2(
            free.center().x - text_width / 2.0,
            rect.center().y - laid_out.galley.size().y / 2.0,
        );
        ui.painter().galley(position, laid_out.galley, paint.text);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, word));
    response
}

/// A loudspeaker of `unit`-sized parts around `c`, facing the reading direction.
fn paint_speaker(
    painter: &egui::Painter,
    c: egui::Pos2,
    unit: f32,
    color: egui::Color32,
    rtl: bool,
) {
    let flip = if rtl { -1.0 } else { 1.0 };
    let at = |x: f32, y: f32| c + egui::vec2(flip * x * unit, y * unit);
    let body = vec![
        at(-4.0, -1.5),
        at(-2.0, -1.5),
        at(1.0, -4.0),
        at(1.0, 4.0),
        at(-2.0, 1.5),
        at(-4.0, 1.5),
    ];
    let body = if rtl {
        body.into_iter().rev().collect()
    } else {
        body
    };
    painter.add(egui::Shape::convex_polygon(body, color, egui::Stroke::NONE));
    for radius in [2.5, 4.5] {
        let arc: Vec<egui::Pos2> = (0..=8)
            .map(|i| {
                let angle = -0.8 + 1.6 * i as f32 / 8.0;
                at(1.0 + radius * angle.cos(), radius * angle.sin())
            })
            .collect();
        painter.add(egui::Shape::line(
            arc,
            egui::Stroke::new(0.75 * unit + 1.0, color),
        ));
    }
}

/// A square button with a drawn loudspeaker (no font has to carry the sign);
/// `spoken_as` is its name for screen readers.
pub fn speaker_button(ui: &mut Ui, spoken_as: &str, color: egui::Color32) -> egui::Response {
    let side = crate::text::MIN_TOUCH;
    let (rect, response) = ui.allocate_exact_size(egui::Vec2::splat(side), egui::Sense::click());
    if ui.is_rect_visible(rect) {
        crate::text::button_frame(ui, rect, &response);
        paint_speaker(ui.painter(), rect.center(), side / 12.0, color, false);
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

/// The bottom bar's one way on: full width, at least 18 mm tall. Disabled (and
/// said so) until there is something to act on.
pub fn primary_ui(ui: &mut Ui, view: &View<'_>, primary: &Primary) -> Option<Action> {
    // The arrow points where the button goes: back before the word, on after it.
    let label = if primary.action == Action::Session(Intent::Back) {
        format!("{} {}", back_arrow(view.rtl()), primary.label)
    } else {
        format!("{} {}", primary.label, next_arrow(view.rtl()))
    };
    // A disabled button that becomes enabled is a new node: screen readers on
    // Linux keep a reused node's old interfaces (see `ui::access`).
    let pressed = ui
        .push_id(primary.enabled, |ui| {
            ui.add_enabled_ui(primary.enabled, |ui| {
                view.role_button(ui, &label, ButtonRole::Primary, Some(&primary.label))
                    .clicked()
            })
            .inner
        })
        .inner;
    pressed.then(|| primary.action.clone())
}

/// The four ways out of every consent step, in their own footer, the same on every
/// consent screen and never beside the way on: two by two on a narrow screen, in
/// one row on a wide one.
pub fn safe_exits_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    let exits = [
        ("action-more-time", Intent::NeedMoreTime),
        ("action-no-decision", Intent::DoNotDecide),
        ("action-talk-counsellor", Intent::TalkToCounsellor),
        ("action-pressured", Intent::FeelPressured),
    ];
    let gap = view.touch.gap();
    let per_row = if ui.available_width() > 1100.0 { 4 } else { 2 };
    let width = (ui.available_width() - gap * (per_row as f32 - 1.0)) / per_row as f32;
    // Cells of one row share their top edge, whatever their words' length.
    let layout = if view.rtl() {
        egui::Layout::right_to_left(egui::Align::Min)
    } else {
        egui::Layout::left_to_right(egui::Align::Min)
    };
    for row in exits.chunks(per_row) {
        ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), layout, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (id, wanted) in row {
                ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                    ui.set_width(width);
                    let pressed = if view.compact {
                        // Smaller words on a short screen, the target as tall.
                        crate::text::painted_button(
                            ui,
                            &view.t(id),
                            view.base,
                            &regular(view.body_size() * scale::SMALL),
                            &view.palette().button(ButtonRole::SafeExit),
                            egui::vec2(ui.available_width(), view.touch.target()),
                            None,
                            None,
                        )
                        .clicked()
                    } else {
                        view.role_button(ui, &view.t(id), ButtonRole::SafeExit, None)
                            .clicked()
                    };
                    if pressed {
                        intent = Some(wanted.clone());
                    }
                });
            }
        });
        ui.add_space(space::S);
    }
    intent
}

/// "Leave and erase what you entered?" over everything: `Some(true)` to erase and
/// leave, `Some(false)` to go back to where the person was.
pub fn leave_prompt_ui(ctx: &egui::Context, view: &View<'_>) -> Option<bool> {
    let mut answer = None;
    full_screen(ctx, view, "leave-prompt", |ui| {
        view.heading(ui, "leave-confirm");
        ui.add_space(space::L);
        // Going back is the first, safe choice; erasing is apart from it.
        if view
            .role_button(ui, &view.t("leave-confirm-no"), ButtonRole::Primary, None)
            .clicked()
        {
            answer = Some(false);
        }
        ui.add_space(view.touch.gap() * 3.0);
        reading_row(ui, view.rtl(), |ui| {
            if view
                .role_button(
                    ui,
                    &view.t("leave-confirm-yes"),
                    ButtonRole::Destructive,
                    None,
                )
                .clicked()
            {
                answer = Some(true);
            }
        });
    });
    answer
}

/// The whole screen: "Are you still there?", a large countdown and one large
/// button. The countdown is drawn every second but said to screen readers only
/// as the prompt opens (a label that changed every second would interrupt them).
pub fn idle_prompt_ui(ctx: &egui::Context, view: &View<'_>, seconds_left: i64) -> bool {
    let mut still_here = false;
    full_screen(ctx, view, "idle-prompt", |ui| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds_left);
        paragraph(
            ui,
            &view.number(seconds_left),
            view.base,
            &TextStyle {
                font_id: crate::ui::theme::bold(view.body_size() * 4.0),
                color: view.palette().primary,
            },
        );
        ui.add_space(space::L);
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
        let response = paragraph(ui, &shown, view.base, &view.body());
        crate::ui::access::polite(ui, &response, &spoken);
        ui.add_space(space::L);
        still_here = view
            .role_button(ui, &view.t("idle-continue"), ButtonRole::Primary, None)
            .clicked();
    });
    still_here
}

/// A prompt that covers the whole screen (nothing of the page behind shows on a
/// shared screen), its content in the reading column, centred in height.
fn full_screen(ctx: &egui::Context, view: &View<'_>, id: &str, add_contents: impl FnOnce(&mut Ui)) {
    let screen = ctx.content_rect();
    let frame = egui::Frame::new()
        .fill(view.look.background())
        .inner_margin(space::XL);
    egui::Modal::new(egui::Id::unique(id))
        .frame(frame)
        .backdrop_color(view.look.background())
        .show(ctx, |ui| {
            let width = (screen.width() - space::XL * 2.0).min(crate::ui::theme::READING_WIDTH);
            ui.set_width(width);
            ui.set_min_height(screen.height() * 0.5);
            ui.visuals_mut().override_text_color = Some(view.look.text_color());
            let layout = egui::Layout::top_down(if view.rtl() {
                egui::Align::Max
            } else {
                egui::Align::Min
            });
            ui.with_layout(layout, add_contents);
        });
}
