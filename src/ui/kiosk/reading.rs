//! Screens that inform: welcome, age, the overview of all options, an option's
//! page, the countries and a country's page, and the "you can stop here" screens.

use eframe::egui::Ui;

use crate::consent::LegalOption;
use crate::content::AssistanceStatus;
use crate::kiosk::Intent;
use crate::text::next_arrow;
use crate::ui::pictogram::pictogram;

use super::view::View;

fn next_button(ui: &mut Ui, view: &View<'_>, id: &str) -> bool {
    let label = format!("{} {}", view.t(id), next_arrow(view.rtl()));
    view.button_text(ui, &label)
}

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
    if next_button(ui, view, "welcome-start") {
        return Some(Intent::Continue);
    }
    // Withdrawing is as easy as giving: here too, in the language just chosen.
    view.button(ui, "start-withdraw")
        .then_some(Intent::StartWithdrawal)
}

/// "Are you 18 or older?"
pub fn age_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.heading(ui, "age-question");
    if view.button(ui, "age-yes") {
        return Some(Intent::Adult(true));
    }
    view.button(ui, "age-no").then_some(Intent::Adult(false))
}

/// Under 18: information, and a counsellor will help.
pub fn minor_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    view.para(ui, "minor-info");
    view.para(ui, "minor-counsellor");
    next_button(ui, view, "nav-next").then_some(Intent::Continue)
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
    for option in &view.content.options {
        ui.group(|ui| {
            ui.set_min_width(ui.available_width());
            if let Some(path) = &option.pictogram {
                pictogram(
                    ui,
                    &view.content.dir,
                    path,
                    CARD_PICTOGRAM,
                    &view.t(&option.title),
                );
            }
            view.para(ui, &option.title);
            view.para(ui, &option.summary);
            if view.button_about(ui, "overview-open-option", &view.t(&option.title)) {
                intent = Some(Intent::OpenOption(option.option));
            }
        });
    }
    intent
}

/// One option's page; voluntary return leads on to the countries.
pub fn option_ui(ui: &mut Ui, view: &View<'_>, option: LegalOption) -> Option<Intent> {
    // The same messages the record keeps verbatim (see `Content::option_messages`).
    let ids = view.content.option_messages(option);
    let (title, rest) = ids.split_first()?;
    let page = view.content.options.iter().find(|o| o.option == option);
    if let Some(path) = page.and_then(|o| o.pictogram.as_ref()) {
        pictogram(ui, &view.content.dir, path, PAGE_PICTOGRAM, &view.t(title));
    }
    view.heading(ui, title);
    for id in rest {
        view.para(ui, id);
    }
    (option == LegalOption::VoluntaryReturn && next_button(ui, view, "country-choose"))
        .then_some(Intent::OpenCountries)
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
        let label = format!("{}: {status}", view.t(&country.name));
        if view.button_text(ui, &label) {
            intent = Some(Intent::OpenCountry(country.code.clone()));
        }
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
    let selectable = matches!(country.status, AssistanceStatus::Available);
    (selectable && next_button(ui, view, "nav-next")).then(|| Intent::ChooseReturn(code.to_owned()))
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
pub fn message_ui(ui: &mut Ui, view: &View<'_>, id: &str, ends_visit: bool) -> Option<Intent> {
    view.para(ui, id);
    (ends_visit && view.button(ui, "nav-home")).then_some(Intent::Home)
}
