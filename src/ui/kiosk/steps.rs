//! The consent steps: each item yes or no, the comprehension check, the review,
//! and the signature (drawn or typed; a mark needs a counsellor and a witness).

use eframe::egui::{self, Sense, Ui, Vec2};
use zeroize::Zeroize;

use crate::consent::RuleViolation;
use crate::consent::{PAD_UNITS, Stroke};
use crate::kiosk::{Intent, Notice};
use crate::text::{label, paragraph, reading_row};
use crate::ui::pictogram::pictogram;
use crate::ui::theme::{ButtonRole, space};

use super::view::View;

/// What the person is typing or drawing: wiped with the session, never printed.
#[derive(Default)]
pub struct Inputs {
    /// A typed name.
    pub name: String,
    /// Strokes drawn on the pad.
    pub strokes: Vec<Stroke>,
    /// A reference code being typed.
    pub code: String,
    /// Guided session: the guardian's or representative's typed name.
    pub representative_name: String,
    /// How the person chose to sign.
    pub method: SignMethod,
}

/// One way of signing, chosen at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum SignMethod {
    /// Draw with a finger.
    #[default]
    Draw,
    /// Type a name.
    Type,
    /// A mark, with a counsellor and a witness (guided sessions only).
    Mark,
}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inputs").finish_non_exhaustive()
    }
}

impl Inputs {
    /// Forgets everything typed or drawn.
    pub fn wipe(&mut self) {
        self.name.zeroize();
        self.code.zeroize();
        self.representative_name.zeroize();
        for stroke in &mut self.strokes {
            stroke.iter_mut().for_each(|p| *p = (0, 0));
        }
        self.strokes.clear();
        self.method = SignMethod::Draw;
    }
}

/// One consent item on its own screen: the question, what it means, and two
/// large answers (✓ Yes, ✗ No), nothing chosen for the person.
pub fn item_ui(ui: &mut Ui, view: &View<'_>, index: usize) -> Option<Intent> {
    let statement = view.content.statements.get(index)?;
    let draft = view.session.draft()?;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", index + 1);
    args.set("total", view.content.statements.len());
    paragraph(ui, &view.t_args("item-of", &args), view.base, &view.small());
    ui.add_space(space::S);
    let answer = draft.answer_to(statement.item);
    // After "Continue" with no answer, the item is marked until answered; the
    // border is always there, so marking moves nothing.
    let marking = matches!(
        view.session.notice(),
        Some(Notice::Refused(RuleViolation::ItemUnanswered(key))) if *key == statement.item
    ) && answer.is_none();
    let color = if marking {
        view.look.warning_color()
    } else {
        view.look.background()
    };
    let mut intent = None;
    egui::Frame::new()
        .stroke(egui::Stroke::new(4.0, color))
        .corner_radius(crate::ui::theme::RADIUS)
        .inner_margin(space::M)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            view.heading_styled(
                ui,
                &view.t(&statement.title),
                view.base,
                &view.section_style(),
            );
            ui.add_space(space::S);
            let explain = |ui: &mut Ui| {
                view.para(ui, &statement.detail);
                view.para(
                    ui,
                    if statement.required {
                        "item-required"
                    } else {
                        "item-optional"
                    },
                );
            };
            let question = view.t(&statement.title);
            let mut answer_ui = |ui: &mut Ui, id: &str, mark: &str, yes: bool| {
                let word = view.t(id);
                // Screen readers hear which question the button answers.
                let spoken = format!("{word}: {question}");
                if view.answer(ui, &format!("{mark} {word}"), answer == Some(yes), &spoken) {
                    intent = Some(Intent::AnswerItem(statement.item, yes));
                }
            };
            if view.compact {
                // On a short screen the answers come first, side by side, so they
                // stay above the bars; what the question means follows them.
                let gap = view.touch.gap();
                let half = (ui.available_width() - gap) / 2.0;
                let row = if view.rtl() {
                    egui::Layout::right_to_left(egui::Align::Min)
                } else {
                    egui::Layout::left_to_right(egui::Align::Min)
                };
                ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), row, |ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    for (id, mark, yes) in [("item-yes", "✓", true), ("item-no", "✗", false)] {
                        ui.allocate_ui(egui::vec2(half, 0.0), |ui| {
                            ui.set_width(half);
                            answer_ui(ui, id, mark, yes);
                        });
                    }
                });
                ui.add_space(space::M);
                explain(ui);
            } else {
                explain(ui);
                for (id, mark, yes) in [("item-yes", "✓", true), ("item-no", "✗", false)] {
                    answer_ui(ui, id, mark, yes);
                    ui.add_space(view.touch.gap());
                }
            }
        });
    intent
}

/// One question; a wrong answer shows its page again, never a grade.
pub fn check_ui(ui: &mut Ui, view: &View<'_>, question: usize, explaining: bool) -> Option<Intent> {
    let asked = view.content.questions.get(question)?;
    view.heading(ui, "step-check-title");
    if explaining {
        view.para(ui, "check-explain-again");
        if let Some(page) = view.content.pages.iter().find(|p| p.id == asked.explains) {
            if let Some(path) = &page.pictogram {
                pictogram(ui, &view.content.dir, path, 96.0, &view.t(&page.title));
            }
            view.section(ui, &page.title);
            for id in &page.sections {
                view.para(ui, id);
            }
        }
        return None;
    }
    view.para(ui, "step-check-intro");
    paragraph(ui, &view.t(&asked.text), view.base, &view.section_style());
    ui.add_space(space::M);
    let mut intent = None;
    // Screen readers hear which question each answer answers, as with the items.
    let question = view.t(&asked.text);
    for answer in &asked.answers {
        let word = view.t(&answer.text);
        if view.answer(ui, &word, false, &format!("{word}: {question}")) {
            intent = Some(Intent::AnswerQuestion(answer.id.clone()));
        }
        ui.add_space(view.touch.gap());
    }
    intent
}

/// Check your answers: the choice, each answer with "Change", and when the
/// consent would start to count, as a date and time.
pub fn review_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.heading(ui, "step-review-title");
    view.para(ui, "step-review-intro");
    let draft = view.session.draft()?;
    if let Some(country) = draft
        .destination
        .as_ref()
        .and_then(|d| view.content.countries.iter().find(|c| c.code == d.country))
    {
        paragraph(
            ui,
            &format!(
                "{} – {}",
                view.t("option-voluntary-return-title"),
                view.t(&country.name)
            ),
            view.base,
            &view.section_style(),
        );
        ui.add_space(space::M);
    }
    let mut intent = None;
    for (index, statement) in view.content.statements.iter().enumerate() {
        let answer = draft.answer_to(statement.item);
        let word = if answer == Some(true) {
            format!("✓ {}", view.t("item-yes"))
        } else {
            format!("✗ {}", view.t("item-no"))
        };
        view.card(ui, |ui| {
            view.text(ui, &view.t(&statement.title));
            reading_row(ui, view.rtl(), |ui| {
                ui.spacing_mut().item_spacing.x = view.touch.gap();
                label(ui, &word, view.base, &view.section_style());
                let change = view.t("review-change");
                let spoken = format!("{change}: {}", view.t(&statement.title));
                if view
                    .role_button(ui, &change, ButtonRole::Secondary, Some(&spoken))
                    .clicked()
                {
                    intent = Some(Intent::ChangeItem(index));
                }
            });
        });
        ui.add_space(space::S);
    }
    ui.add_space(space::M);
    let until = view.session.cooling_off_would_end(view.content);
    let (date, time) = view.content.local_time(until);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", view.catalog.date(&view.chain, date).text);
    args.set("time", view.catalog.time_of_day(&view.chain, time).text);
    paragraph(
        ui,
        &view.t_args("review-counts-from", &args),
        view.base,
        &view.section_style(),
    );
    ui.add_space(space::S);
    if view.content.deployment.confirmation_interview {
        view.para(ui, "receipt-interview");
    }
    view.para(ui, "time-to-think-cooling-off");
    ui.add_space(space::L);
    // Apart from the way on (the bottom bar) and asked again before it erases.
    reading_row(ui, view.rtl(), |ui| {
        if view
            .role_button(
                ui,
                &view.t("decline-confirm"),
                ButtonRole::Destructive,
                None,
            )
            .clicked()
        {
            intent = Some(Intent::Decline);
        }
    });
    intent
}

/// One way of signing at a time (draw, type, or with a counsellor a mark), the
/// declaration in one sentence; "I sign" is the bottom bar's way on.
pub fn sign_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) -> Option<Intent> {
    view.heading(ui, "step-sign-title");
    view.text(ui, &view.t("sign-declaration"));
    let mut methods = vec![(SignMethod::Draw, "sign-draw")];
    // Typing needs a keyboard: a touch screen has none for every script, and an
    // on-screen one for Ge'ez or Bengali would be a project of its own.
    if view.content.deployment.keyboard_attached || view.session.guided_by().is_some() {
        methods.push((SignMethod::Type, "sign-type"));
    }
    if view
        .session
        .guided_by()
        .is_some_and(|g| g.present.witness.is_some())
    {
        methods.push((SignMethod::Mark, "guided-sign-mark"));
    }
    reading_row(ui, view.rtl(), |ui| {
        ui.spacing_mut().item_spacing.x = view.touch.gap();
        for (method, id) in &methods {
            let word = view.t(id);
            let chosen = inputs.method == *method;
            let role = ButtonRole::Answer { selected: chosen };
            let paint = view.palette().button(role);
            let pressed = crate::text::painted_button(
                ui,
                &word,
                view.base,
                &crate::ui::theme::regular(view.body_size()),
                &paint,
                egui::vec2(view.touch.target(), view.touch.target()),
                Some(chosen),
                None,
            )
            .clicked();
            if pressed {
                inputs.method = *method;
            }
        }
    });
    ui.add_space(space::L);
    // Each way in a scope of its own: a field must not take over a node id the
    // pad's widgets had (screen readers keep a reused node's old interfaces).
    let method = inputs.method;
    ui.push_id(method, |ui| match method {
        SignMethod::Draw => pad_ui(ui, view, inputs),
        SignMethod::Type => typed_ui(ui, view, inputs),
        // Offered only with the witness recorded; its button says the witness watches.
        SignMethod::Mark => {}
    });
    ui.add_space(space::M);
    match view.session.guided_by() {
        None => {
            if inputs.method == SignMethod::Draw {
                view.para(ui, "sign-mark-needs-witness");
            }
            None
        }
        Some(guided) => guided_signatures_ui(ui, view, inputs, guided),
    }
}

/// The pad: large, with a baseline to sign on and "Clear".
fn pad_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) {
    let width = ui.available_width();
    let size = Vec2::new(width, (width * 0.4).clamp(220.0, 340.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::drag());
    // A screen reader hears what the pad is, and whether anything is drawn on it;
    // typing a name is the way for someone who cannot draw.
    let state = if inputs.strokes.is_empty() {
        view.t("sign-pad-empty")
    } else {
        view.t("sign-pad-drawn")
    };
    let pad_name = format!("{}: {state}", view.t("sign-draw"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, pad_name.clone()));
    let painter = ui.painter_at(rect);
    painter.rect(
        rect,
        crate::ui::theme::RADIUS,
        view.palette().surface,
        egui::Stroke::new(2.0, view.palette().outline),
        egui::StrokeKind::Inside,
    );
    let baseline = rect.bottom() - rect.height() * 0.25;
    painter.line_segment(
        [
            egui::pos2(rect.left() + space::L, baseline),
            egui::pos2(rect.right() - space::L, baseline),
        ],
        egui::Stroke::new(2.0, view.palette().muted),
    );
    if response.drag_started() {
        inputs.strokes.push(Vec::new());
    }
    if let (true, Some(pointer)) = (response.dragged(), response.interact_pointer_pos()) {
        let to_units = |value: f32, from: f32, span: f32| {
            (((value - from) / span).clamp(0.0, 1.0) * f32::from(PAD_UNITS)) as u16
        };
        let point = (
            to_units(pointer.x, rect.left(), rect.width()),
            to_units(pointer.y, rect.top(), rect.height()),
        );
        if let Some(stroke) = inputs.strokes.last_mut() {
            stroke.push(point);
        }
    }
    let to_screen = |(x, y): (u16, u16)| {
        egui::pos2(
            rect.left() + f32::from(x) / f32::from(PAD_UNITS) * rect.width(),
            rect.top() + f32::from(y) / f32::from(PAD_UNITS) * rect.height(),
        )
    };
    for stroke in &inputs.strokes {
        let points: Vec<egui::Pos2> = stroke.iter().copied().map(to_screen).collect();
        painter.add(egui::Shape::line(
            points,
            egui::Stroke::new(4.0, view.look.text_color()),
        ));
    }
    ui.add_space(space::S);
    paragraph(ui, &state, view.base, &view.small());
    ui.add_space(space::S);
    reading_row(ui, view.rtl(), |ui| {
        if view.button(ui, "sign-clear") {
            inputs.strokes.clear();
        }
    });
}

/// A typed name, shown as it reads (right to left where it is written so).
fn typed_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) {
    view.para(ui, "sign-type");
    crate::ui::field::text_field(
        ui,
        &mut inputs.name,
        &view.heading_style(),
        &view.t("sign-type"),
        ui.available_width(),
        view.touch.target(),
    );
}

/// With a counsellor: a mark with the recorded witness, the guardian's or
/// representative's signature, what is signed so far, and "complete".
fn guided_signatures_ui(
    ui: &mut Ui,
    view: &View<'_>,
    inputs: &mut Inputs,
    guided: &crate::kiosk::Guided,
) -> Option<Intent> {
    let mut intent = None;
    if guided.present.witness.is_none() {
        view.para(ui, "sign-mark-needs-witness");
    }
    if guided.present.representative.is_some() {
        ui.add_space(12.0);
        view.para(ui, "guided-representative-signs");
        crate::ui::field::text_field(
            ui,
            &mut inputs.representative_name,
            &view.body(),
            &view.t("guided-representative-signs"),
            ui.available_width().min(640.0),
            view.touch.target(),
        );
        if view.button(ui, "guided-representative-confirm")
            && !inputs.representative_name.trim().is_empty()
        {
            intent = Some(Intent::RepresentativeSigns(
                inputs.representative_name.as_str().into(),
            ));
        }
    }
    if let Some(draft) = view.session.draft() {
        for signature in &draft.signatures {
            let role = draft
                .parties
                .iter()
                .find(|p| p.party_id == signature.signer)
                .map_or("", |p| crate::content::role_message(p.role));
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("role", view.t(role));
            view.text(ui, &view.t_args("guided-signed-by", &args));
        }
    }
    ui.add_space(12.0);
    if view.button(ui, "guided-complete") {
        intent = Some(Intent::CompleteSigning);
    }
    intent
}
