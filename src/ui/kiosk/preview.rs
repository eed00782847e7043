//! The editor's live preview: a kiosk screen drawn for a page of the workspace.

use eframe::egui;

use crate::content::Content;
use crate::i18n::Catalog;
use crate::kiosk::{Screen, Session};
use crate::text::BaseDirection;

use super::view::{AudioView, Look, PrintState, View};
use super::{Inputs, screen_ui};

/// The kiosk screen that shows editor page `page_id` (see `editor::EditorPage`),
/// drawn in `tag` with `look`, for the editor's live preview. Touches do nothing.
pub fn preview_ui(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    content: &Content,
    tag: &str,
    page_id: &str,
    look: Look,
) {
    let (kind, rest) = page_id.split_once('/').unwrap_or((page_id, ""));
    let question_index = |id: &str| content.questions.iter().position(|q| q.id == id);
    let screen = match kind {
        "overview" => Screen::Overview,
        "option" => crate::consent::LegalOption::ALL
            .into_iter()
            .find(|o| o.key() == rest)
            .map_or(Screen::Overview, Screen::Option),
        "country" => Screen::Country(rest.to_owned()),
        "items" => Screen::Item(0),
        "question" => Screen::Check {
            question: question_index(rest).unwrap_or(0),
            explaining: false,
        },
        // A page that explains a question again is seen on that question's
        // screen; the others (rights, legal help) on their own.
        "page" => content
            .questions
            .iter()
            .position(|q| q.explains == rest)
            .map_or_else(
                || Screen::Page(rest.to_owned()),
                |question| Screen::Check {
                    question,
                    explaining: true,
                },
            ),
        _ => Screen::Welcome,
    };
    let chain = catalog.chain(tag, &content.deployment.host_locale);
    let base = catalog
        .locale(chain.primary())
        .map_or(BaseDirection::Ltr, |l| {
            BaseDirection::from(l.meta.direction)
        });
    let session = Session::preview(screen, chain.clone(), content);
    let view = View {
        catalog,
        content,
        session: &session,
        chain,
        base,
        look,
        audio: AudioView::default(),
        spoken: Default::default(),
        listen: Default::default(),
        open_console: Default::default(),
        print: PrintState::Idle,
        print_request: Default::default(),
        touch: crate::ui::theme::Touch::default(),
        script_factor: catalog
            .locale(tag)
            .map_or(1.0, |l| crate::ui::theme::script_factor(&l.meta.script)),
        part: 0,
        rotation: 0,
        compact: false,
        title: Default::default(),
    };
    let layout = egui::Layout::top_down(if view.rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    });
    egui::Frame::new()
        .fill(look.background())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.visuals_mut().override_text_color = Some(look.text_color());
            ui.with_layout(layout, |ui| {
                ui.spacing_mut().item_spacing = egui::vec2(12.0, 10.0);
                let mut inputs = Inputs::default();
                let _ = screen_ui(ui, &view, &mut inputs);
            });
        });
}
