//! Letters drawn before they are needed: while the start screen waits, each
//! offered language's first pages are laid out once, off screen, at the sizes the
//! kiosk uses. egui rasterises a glyph the first time it meets it at a size, and
//! a page in a script not yet drawn paid for all its letters in one frame.

use eframe::egui::{self, Color32};

use crate::content::Content;
use crate::i18n::Catalog;
use crate::ui::theme::{bold, regular, scale, script_factor};

use super::view::Look;

/// The words of the first pages and the bars, whose letters a person meets first.
const FIRST_WORDS: [&str; 24] = [
    "welcome-title",
    "welcome-what",
    "welcome-free",
    "welcome-nothing-recorded",
    "welcome-screen-clears",
    "welcome-start",
    "start-withdraw",
    "age-question",
    "age-yes",
    "age-no",
    "nav-back",
    "nav-next",
    "nav-home",
    "text-size",
    "high-contrast",
    "example-data",
    "overview-open-option",
    "step-bar-options",
    "step-bar-country",
    "step-bar-agree",
    "step-bar-check",
    "step-bar-sign",
    "step-bar-receipt",
    "action-continue",
];

/// Lays out `tag`'s first words at every size and weight a page uses, so their
/// glyphs are in egui's atlas before the person chooses the language.
pub fn warm_language(ctx: &egui::Context, catalog: &Catalog, content: &Content, tag: &str) {
    let Some(locale) = catalog.locale(tag) else {
        return;
    };
    let chain = catalog.chain(tag, &content.deployment.host_locale);
    let mut ids: Vec<&str> = FIRST_WORDS.to_vec();
    ids.extend(content.page_messages("overview"));
    for option in &content.options {
        ids.extend([option.title.as_str(), option.summary.as_str()]);
    }
    let text = ids
        .iter()
        .map(|id| catalog.text(&chain, id, None).text)
        .collect::<Vec<_>>()
        .join(" ");
    let size = Look::default().size_points() * script_factor(&locale.meta.script);
    let fonts = [
        regular(size),
        bold(size),
        regular(size * scale::SMALL),
        bold(size * scale::SMALL),
        bold(size * scale::HEADING),
        bold(size * scale::TITLE),
    ];
    ctx.fonts_mut(|f| {
        for font in fonts {
            let _ = f.layout_no_wrap(text.clone(), font, Color32::BLACK);
        }
    });
}
