//! The consent steps: each item yes or no, the comprehension check, the review,
//! and the signature (drawn or typed; a mark needs a counsellor and a witness).

use eframe::egui::{self, Sense, Ui, Vec2};
use zeroize::Zeroize;

use crate::consent::RuleViolation;
use crate::consent::{PAD_UNITS, Stroke};
use crate::kiosk::{Intent, Notice};
use crate::text::{BaseDirection, choice, label, next_arrow, reading_row};

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
    }
}

fn next(ui: &mut Ui, view: &View<'_>) -> bool {
    let label = format!("{} {}", view.t("nav-next"), next_arrow(view.rtl()));
    view.button_text(ui, &label)
}

/// Each granular item on its own, yes or no, nothing pre-set.
pub fn items_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    view.heading(ui, "step-items-title");
    view.para(ui, "step-items-intro");
    let draft = view.session.draft()?;
    // After "Next" with items unanswered, those items are marked until answered.
    let marking = matches!(
        view.session.notice(),
        Some(Notice::Refused(RuleViolation::ItemUnanswered(_)))
    );
    for statement in &view.content.statements {
        let answer = draft.answer_to(statement.item);
        // The same stroke width marked or not: marking must not move anything.
        let color = if marking && answer.is_none() {
            view.look.warning_color()
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke.color
        };
        let frame = egui::Frame::group(ui.style()).stroke(egui::Stroke::new(4.0, color));
        frame.show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            view.para(ui, &statement.title);
            view.para(ui, &statement.detail);
            view.para(
                ui,
                if statement.required {
                    "item-required"
                } else {
                    "item-optional"
                },
            );
            reading_row(ui, view.rtl(), |ui| {
                let question = view.t(&statement.title);
                for (id, yes) in [("item-yes", true), ("item-no", false)] {
                    let word = view.t(id);
                    // Screen readers hear which question the button answers.
                    let spoken = format!("{word}: {question}");
                    let selected = answer == Some(yes);
                    if choice(ui, &word, view.base, &view.body(), selected, Some(&spoken)).clicked()
                    {
                        intent = Some(Intent::AnswerItem(statement.item, yes));
                    }
                }
            });
        });
    }
    if next(ui, view) {
        intent = Some(Intent::Continue);
    }
    intent
}

/// One question; a wrong answer shows its page again, never a grade.
pub fn check_ui(ui: &mut Ui, view: &View<'_>, question: usize, explaining: bool) -> Option<Intent> {
    let asked = view.content.questions.get(question)?;
    view.heading(ui, "step-check-title");
    if explaining {
        view.para(ui, "check-explain-again");
        if let Some(page) = view.content.pages.iter().find(|p| p.id == asked.explains) {
            view.para(ui, &page.title);
            for id in &page.sections {
                view.para(ui, id);
            }
        }
        return next(ui, view).then_some(Intent::Continue);
    }
    view.para(ui, "step-check-intro");
    view.para(ui, &asked.text);
    let mut intent = None;
    // Screen readers hear which question each answer answers, as with the items.
    let question = view.t(&asked.text);
    for answer in &asked.answers {
        if view.button_about(ui, &answer.text, &question) {
            intent = Some(Intent::AnswerQuestion(answer.id.clone()));
        }
    }
    intent
}

/// Everything about to be signed, in the person's language.
pub fn review_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.heading(ui, "step-review-title");
    view.para(ui, "step-review-intro");
    let draft = view.session.draft()?;
    if let Some(country) = draft
        .destination
        .as_ref()
        .and_then(|d| view.content.countries.iter().find(|c| c.code == d.country))
    {
        view.text(
            ui,
            &format!(
                "{} – {}",
                view.t("option-voluntary-return-title"),
                view.t(&country.name)
            ),
        );
    }
    for statement in &view.content.statements {
        let answer = draft.answer_to(statement.item);
        let word = if answer == Some(true) {
            view.t("item-yes")
        } else {
            view.t("item-no")
        };
        view.text(ui, &format!("{} {word}", view.t(&statement.title)));
    }
    view.para(ui, "time-to-think-cooling-off");
    let mut intent = next(ui, view).then_some(Intent::Continue);
    if view.button(ui, "decline-confirm") {
        intent = Some(Intent::Decline);
    }
    intent
}

/// Draw with a finger, or type a name.
pub fn sign_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) -> Option<Intent> {
    let mut intent = None;
    view.heading(ui, "step-sign-title");
    view.para(ui, "sign-draw");
    let size = Vec2::new(ui.available_width().min(640.0), 200.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::drag());
    // A screen reader hears what the pad is, and whether anything is drawn on it;
    // the typed name below is the way for someone who cannot draw.
    let state = if inputs.strokes.is_empty() {
        view.t("sign-pad-empty")
    } else {
        view.t("sign-pad-drawn")
    };
    let pad_name = format!("{}: {state}", view.t("sign-draw"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, pad_name.clone()));
    let painter = ui.painter_at(rect);
    painter.rect_stroke(
        rect,
        4.0,
        egui::Stroke::new(2.0, view.look.text_color()),
        egui::StrokeKind::Inside,
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
            egui::Stroke::new(3.0, view.look.text_color()),
        ));
    }
    reading_row(ui, view.rtl(), |ui| {
        let drawing = view.t("sign-draw");
        if view.button_about(ui, "sign-confirm", &drawing) && !inputs.strokes.is_empty() {
            intent = Some(Intent::SignDrawn(inputs.strokes.clone()));
        }
        if view.button(ui, "sign-clear") {
            inputs.strokes.clear();
        }
    });
    ui.add_space(12.0);
    view.para(ui, "sign-type");
    let field = ui.add(
        egui::TextEdit::singleline(&mut inputs.name)
            .font(view.body().font_id)
            .desired_width(ui.available_width().min(640.0)),
    );
    field.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, view.t("sign-type"))
    });
    crate::ui::access::logical_text_run(ui.ctx(), field.id, &inputs.name);
    // The field shows letters in typing order; this shows the name as it reads,
    // right to left where it is written so, through the text layer.
    if !inputs.name.trim().is_empty() {
        view.para(ui, "sign-typed-as");
        label(
            ui,
            &inputs.name,
            BaseDirection::FirstStrong,
            &view.heading_style(),
        );
    }
    if view.button_about(ui, "sign-confirm", &view.t("sign-type")) && !inputs.name.trim().is_empty()
    {
        intent = Some(Intent::SignTyped(inputs.name.as_str().into()));
    }
    ui.add_space(12.0);
    match view.session.guided_by() {
        None => view.para(ui, "sign-mark-needs-witness"),
        Some(guided) => intent = intent.or(guided_signatures_ui(ui, view, inputs, guided)),
    }
    intent
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
    if guided.present.witness.is_some() {
        if view.button(ui, "guided-sign-mark") {
            intent = Some(Intent::SignMark);
        }
    } else {
        view.para(ui, "sign-mark-needs-witness");
    }
    if guided.present.representative.is_some() {
        ui.add_space(12.0);
        view.para(ui, "guided-representative-signs");
        let field = ui.add(
            egui::TextEdit::singleline(&mut inputs.representative_name)
                .font(view.body().font_id)
                .desired_width(ui.available_width().min(640.0)),
        );
        crate::ui::access::logical_text_run(ui.ctx(), field.id, &inputs.representative_name);
        field.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::TextInput,
                true,
                view.t("guided-representative-signs"),
            )
        });
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
