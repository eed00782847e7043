//! Screens that inform: welcome, age, the overview of all options, an option's
//! page, the countries and a country's page, and the "you can stop here" screens.

use eframe::egui::{self, Ui};

use crate::consent::LegalOption;
use crate::content::AssistanceStatus;
use crate::kiosk::Intent;
use crate::text::{paragraph, reading_row};
use crate::ui::theme::space;

use super::plan::option_parts;
use crate::ui::pictogram::pictogram;

use super::view::View;

/// What the kiosk is; privacy on a shared screen.
pub fn welcome_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.heading(ui, "welcome-title");
    for id in [
        "welcome-what",
        "welcome-free",
        "welcome-nothing-recorded",
        "welcome-screen-clears",
    ] {
        view.para(ui, id);
    }
    ui.add_space(space::L);
    // Withdrawing is as easy as giving: here too, in the language just chosen.
    view.button(ui, "start-withdraw")
        .then_some(Intent::StartWithdrawal)
}

/// "Are you 18 or older?"
pub fn age_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.heading(ui, "age-question");
    let mut intent = None;
    // Not sure counts as under 18: a child's protections hold until a
    // counsellor knows more.
    for (id, adult) in [("age-yes", true), ("age-no", false), ("age-unsure", false)] {
        let word = view.t(id);
        if view.answer(ui, &word, false, &word) {
            intent = Some(Intent::Adult(adult));
        }
        ui.add_space(view.touch.gap());
    }
    intent
}

/// Under 18: information, and a counsellor will help.
pub fn minor_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.para(ui, "minor-info");
    view.para(ui, "minor-counsellor");
    None
}

/// A page's pictogram, above its title (points).
const PAGE_PICTOGRAM: f32 = 112.0;
/// An option's pictogram on the overview, the same for every option.
const CARD_PICTOGRAM: f32 = 72.0;

/// All options side by side, each the same size, none first in weight.
pub fn overview_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    if let Some((title, rest)) = view.content.page_messages("overview").split_first() {
        let page = view.content.pages.iter().find(|p| p.id == "overview");
        if let Some(path) = page.and_then(|p| p.pictogram.as_ref()) {
            pictogram(ui, &view.content.dir, path, PAGE_PICTOGRAM, &view.t(title));
        }
        view.heading(ui, title);
        for id in rest {
            view.para(ui, id);
        }
    }
    // What holds whatever one chooses, and who can advise: reachable before any option.
    for (id, page) in OVERVIEW_PAGES {
        if view.button(ui, id) {
            intent = Some(Intent::OpenPage(page.to_owned()));
        }
        ui.add_space(view.touch.gap() * 0.5);
    }
    ui.add_space(space::M);
    for option in &view.content.options {
        view.card(ui, |ui| {
            reading_row(ui, view.rtl(), |ui| {
                if let Some(path) = &option.pictogram {
                    pictogram(
                        ui,
                        &view.content.dir,
                        path,
                        CARD_PICTOGRAM,
                        &view.t(&option.title),
                    );
                }
                ui.add_space(space::M);
                ui.vertical(|ui| {
                    paragraph(ui, &view.t(&option.title), view.base, &view.section_style());
                });
            });
            ui.add_space(space::S);
            view.para(ui, &option.summary);
            if view.button_about(ui, "overview-open-option", &view.t(&option.title)) {
                intent = Some(Intent::OpenOption(option.option));
            }
        });
        ui.add_space(space::M);
    }
    intent
}

/// The pages the overview opens beside the options: rights, and legal help.
const OVERVIEW_PAGES: [(&str, &str); 2] = [
    ("overview-open-rights", "rights"),
    ("action-legal-help", crate::content::LEGAL_HELP_PAGE),
];

/// The ways on every option's page ends with, the same for every option.
fn option_ways_on(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    ui.add_space(space::M);
    if view.button(ui, "action-legal-help") {
        intent = Some(Intent::OpenPage(crate::content::LEGAL_HELP_PAGE.to_owned()));
    }
    ui.add_space(view.touch.gap() * 0.5);
    if view.button(ui, "action-talk-counsellor") {
        intent = Some(Intent::TalkToCounsellor);
    }
    intent
}

/// A page of `pages.toml` on its own (rights, legal help): the same lines the
/// record keeps.
pub fn page_ui(ui: &mut Ui, view: &View<'_>, id: &str) -> Option<Intent> {
    let page = view.content.pages.iter().find(|p| p.id == id)?;
    let lines = crate::kiosk::info_page(view.content, view.catalog, &view.chain, id);
    for message in view.content.page_messages(id) {
        view.said(message);
    }
    if let Some(path) = &page.pictogram {
        pictogram(
            ui,
            &view.content.dir,
            path,
            PAGE_PICTOGRAM,
            &view.t(&page.title),
        );
    }
    let (title, rest) = lines.split_first()?;
    view.heading_text(ui, title);
    for line in rest {
        view.text(ui, line);
    }
    None
}

/// One part of an option's page: one idea with its pictogram, the page's title,
/// and where the part is among the others. The bottom bar goes on to the next
/// part, and from the last to the countries (return) or back to all options.
pub fn option_ui(ui: &mut Ui, view: &View<'_>, option: LegalOption) -> Option<Intent> {
    let parts = option_parts(view, option);
    let count = parts.len();
    let part = parts.get(view.part.min(count.saturating_sub(1)))?;
    // Read-aloud and the record know the whole page; the screen shows one part.
    if let Some(path) = part.pictogram {
        pictogram(
            ui,
            &view.content.dir,
            path,
            PAGE_PICTOGRAM,
            &view.t(part.title),
        );
    }
    ui.add_space(space::S);
    let option_title = view
        .content
        .options
        .iter()
        .find(|o| o.option == option)
        .map(|o| o.title.as_str());
    if let Some(title) = option_title.filter(|t| *t != part.title) {
        paragraph(ui, &view.t(title), view.base, &view.small());
        ui.add_space(space::XS);
    }
    view.heading(ui, part.title);
    // Asylum and appeal: this country's time limit, or plainly to ask legal help.
    let deadline = crate::kiosk::option_deadline(view.content, view.catalog, &view.chain, option);
    for id in &part.paragraphs {
        view.para(ui, id);
        if let Some(line) = deadline.as_ref().filter(|line| line.after == *id) {
            view.said(line.message);
            view.text(ui, &line.text.text);
        }
    }
    if count > 1 {
        ui.add_space(space::M);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", view.part + 1);
        args.set("total", count);
        paragraph(ui, &view.t_args("part-of", &args), view.base, &view.small());
    }
    // Every option ends the same way: legal help and a counsellor, beside the way on.
    if view.part + 1 >= count {
        return option_ways_on(ui, view);
    }
    None
}

/// The countries, each with the status of return assistance.
pub fn countries_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    view.heading(ui, "country-choose");
    for country in &view.content.countries {
        let status = match country.status {
            AssistanceStatus::Available if country.area_suspensions.is_empty() => {
                view.t("country-status-available")
            }
            AssistanceStatus::Available => view.t("country-status-area-suspended"),
            AssistanceStatus::Suspended { .. } => view.t("country-not-selectable"),
        };
        let label = view
            .catalog
            .label_value(&view.chain, &view.t(&country.name), &status);
        let paint = view
            .palette()
            .button(crate::ui::theme::ButtonRole::Secondary);
        let pressed = crate::text::painted_button(
            ui,
            &label,
            view.base,
            &crate::ui::theme::regular(view.body_size()),
            &paint,
            egui::vec2(ui.available_width(), view.touch.target()),
            None,
            None,
        )
        .clicked();
        if pressed {
            intent = Some(Intent::OpenCountry(country.code.clone()));
        }
        ui.add_space(view.touch.gap() * 0.5);
    }
    intent
}

/// A country's page: status, why it is paused, reintegration, contacts; choose it.
pub fn country_ui(ui: &mut Ui, view: &View<'_>, code: &str) -> Option<Intent> {
    let country = view.content.countries.iter().find(|c| c.code == code)?;
    // The same paragraphs the record keeps verbatim.
    let lines = crate::kiosk::country_page(view.content, view.catalog, &view.chain, code);
    for id in country_message_ids(country) {
        view.said(id);
    }
    let (name, rest) = lines.split_first()?;
    view.heading_text(ui, name);
    for line in rest {
        view.text(ui, line);
    }
    None
}

/// "Which region are you returning to?": every area the content lists for the
/// country (a paused one says so, and choosing it is refused with a reason).
/// The answer is always one of them, so the record keeps the ISO 3166-2 area.
pub fn region_ui(ui: &mut Ui, view: &View<'_>, code: &str) -> Option<Intent> {
    let country = view.content.countries.iter().find(|c| c.code == code)?;
    view.heading(ui, "region-question");
    let mut intent = None;
    for area in &country.areas {
        let label = if country.area_suspension(&area.code).is_some() {
            format!("{} ({})", view.t(&area.name), view.t("region-paused"))
        } else {
            view.t(&area.name)
        };
        if view.answer(ui, &label, false, &label) {
            intent = Some(Intent::ChooseRegion(area.code.clone()));
        }
        ui.add_space(view.touch.gap());
    }
    intent
}

/// The messages of a country's page, in the order `kiosk::country_page` shows them.
fn country_message_ids(country: &crate::content::Country) -> Vec<&str> {
    let mut ids = vec![country.name.as_str()];
    match &country.status {
        AssistanceStatus::Available => ids.push("country-status-available"),
        AssistanceStatus::Suspended { reason, .. } => {
            ids.extend([
                "country-status-suspended",
                reason.as_str(),
                "country-not-selectable",
            ]);
        }
    }
    for area in &country.area_suspensions {
        ids.extend([area.name.as_str(), area.reason.as_str()]);
    }
    ids.push(&country.reintegration);
    ids.extend(country.contacts.iter().map(|c| c.label.as_str()));
    ids
}

/// "Take your time", "a counsellor will come", "we will speak privately". Only
/// "take your time" ends the visit here; the others keep the usual Back and Start
/// again below, so they carry no button of their own.
pub fn message_ui(ui: &mut Ui, view: &View<'_>, id: &str) -> Option<Intent> {
    view.para(ui, id);
    None
}
