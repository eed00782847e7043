//! Screens that inform: welcome, age, the overview of all options, an option's
//! page, the countries and a country's page, and the "you can stop here" screens.

use eframe::egui::Ui;

use crate::consent::LegalOption;
use crate::content::AssistanceStatus;
use crate::kiosk::Intent;
use crate::text::next_arrow;

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

/// All options side by side, each the same size, none first in weight.
pub fn overview_ui(ui: &mut Ui, view: &View<'_>) -> Option<Intent> {
    let mut intent = None;
    if let Some(page) = view.content.pages.iter().find(|p| p.id == "overview") {
        view.heading(ui, &page.title);
        for id in &page.sections {
            view.para(ui, id);
        }
    }
    for option in &view.content.options {
        ui.group(|ui| {
            ui.set_min_width(ui.available_width());
            view.para(ui, &option.title);
            view.para(ui, &option.summary);
            if view.button(ui, "overview-open-option") {
                intent = Some(Intent::OpenOption(option.option));
            }
        });
    }
    intent
}

/// One option's page; voluntary return leads on to the countries.
pub fn option_ui(ui: &mut Ui, view: &View<'_>, option: LegalOption) -> Option<Intent> {
    let page = view.content.options.iter().find(|o| o.option == option)?;
    view.heading(ui, &page.title);
    for id in &page.sections {
        view.para(ui, id);
    }
    if option == LegalOption::VoluntaryReturn {
        for shared in [
            "return-assistance",
            "reintegration",
            "rights",
            "data-use",
            "time-to-think",
        ] {
            if let Some(page) = view.content.pages.iter().find(|p| p.id == shared) {
                view.para(ui, &page.title);
                for id in &page.sections {
                    view.para(ui, id);
                }
            }
        }
        return next_button(ui, view, "country-choose").then_some(Intent::OpenCountries);
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
    view.heading(ui, &country.name);
    let selectable = match &country.status {
        AssistanceStatus::Available => {
            view.para(ui, "country-status-available");
            true
        }
        AssistanceStatus::Suspended { since, reason } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", view.catalog.date(&view.chain, *since).text);
            view.text(ui, &view.t_args("country-status-suspended", &args));
            view.para(ui, reason);
            view.para(ui, "country-not-selectable");
            false
        }
    };
    for area in &country.area_suspensions {
        view.para(ui, &area.name);
        view.para(ui, &area.reason);
    }
    view.para(ui, &country.reintegration);
    for contact in &country.contacts {
        view.text(
            ui,
            &format!("{}: {}", view.t(&contact.label), contact.value),
        );
    }
    (selectable && next_button(ui, view, "nav-next")).then(|| Intent::ChooseReturn(code.to_owned()))
}

/// "Take your time", "a counsellor will come", "we will speak privately".
pub fn message_ui(ui: &mut Ui, view: &View<'_>, id: &str) -> Option<Intent> {
    view.para(ui, id);
    view.button(ui, "nav-home").then_some(Intent::Home)
}
