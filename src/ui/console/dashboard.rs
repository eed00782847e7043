//! The lists: counts per list, a search by reference code, and rows without names.

use eframe::egui::Ui;

use crate::consent::{AccountRole, ConsentId, ReferenceCode};
use crate::console::{Category, ConsoleIntent};

use super::view::{ConsoleInputs, ConsoleView};

/// Rows drawn at most; the search narrows the rest.
const SHOWN: usize = 200;

/// The dashboard.
pub fn dashboard_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    let admin = view
        .console
        .account()
        .is_some_and(|a| a.role == AccountRole::Admin);
    // Someone at the kiosk asked for staff: before everything else.
    let concerns = view.console.concerns();
    if !concerns.is_empty() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", concerns.len());
        view.text(ui, &view.t_args("console-concerns-title", &args));
        for concern in concerns {
            let what = match concern.kind {
                crate::consent::ConcernKind::Pressured => view.t("console-concern-pressured"),
                crate::consent::ConcernKind::LostCode => view.t("console-concern-lost-code"),
            };
            let language = view
                .catalog
                .locale(&concern.locale)
                .map_or_else(|| concern.locale.clone(), |l| l.meta.native_name.clone());
            let line = format!(
                "{} · {what} · {language}",
                super::record::when(view, concern.at)
            );
            view.row(ui, |ui| {
                view.label(ui, &line);
                let seen = view.t("console-concern-seen");
                if view.button_text(ui, &format!("{seen}: {what}")) {
                    intent = Some(ConsoleIntent::ConcernSeen(concern.concern_id.clone()));
                }
            });
        }
    }
    view.heading(ui, "console-dashboard-title");
    view.row(ui, |ui| {
        if view.button(ui, "console-guided-start") {
            intent = Some(ConsoleIntent::ShowGuided);
        }
        if view.button(ui, "console-export") {
            intent = Some(ConsoleIntent::ShowExport);
        }
        if view.button(ui, "console-find-without-code") {
            intent = Some(ConsoleIntent::ShowFindWithoutCode);
        }
        if admin {
            if view.button(ui, "console-suspend") {
                intent = Some(ConsoleIntent::ShowSuspend);
            }
            if view.button(ui, "console-review-content") {
                intent = Some(ConsoleIntent::ReviewContentChanges);
            }
        }
    });
    let dashboard = view.console.dashboard();
    let counts = dashboard.counts(view.now_ms);
    view.row(ui, |ui| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", dashboard.len());
        let all = view.t_args("console-list-all", &args);
        if view.choice(ui, &all, view.console.category().is_none()) {
            intent = Some(ConsoleIntent::Filter(None));
        }
        for (category, count) in counts {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            let label = view.t_args(category.message(), &args);
            if view.choice(ui, &label, view.console.category() == Some(category)) {
                intent = Some(ConsoleIntent::Filter(Some(category)));
            }
        }
    });
    view.field(ui, "console-search", &mut inputs.search, false);
    let rows = dashboard.filter(view.console.category(), &inputs.search, view.now_ms);
    if rows.is_empty() {
        view.para(ui, "console-list-empty");
    }
    for row in rows.iter().take(SHOWN) {
        ui.group(|ui| {
            ui.set_min_width(ui.available_width());
            let code = ReferenceCode::parse(&row.reference)
                .map_or_else(|_| row.reference.clone(), |c| c.to_string());
            let lists: Vec<String> = Category::ALL
                .iter()
                .filter(|c| c.holds(row, view.now_ms))
                .map(|c| view.t(c.state_message()))
                .collect();
            let mut line = format!("{code} · {}", lists.join(", "));
            if let Some(destination) = &row.destination {
                line.push_str(&format!(" · {destination}"));
            }
            if let (Some(until), true) = (
                row.cooling_off_until,
                Category::CoolingOff.holds(row, view.now_ms),
            ) {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("hours", (until - view.now_ms) / 3_600_000);
                line.push_str(&format!(" · {}", view.t_args("console-hours-left", &args)));
            }
            if let Some(reason) = &row.review_reason {
                line.push_str(&format!(" · {reason}"));
            }
            view.text(ui, &line);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("code", code.clone());
            if view.button_text(ui, &view.t_args("console-open", &args)) {
                intent = Some(ConsoleIntent::AskToOpen(ConsentId::from_stored(
                    row.consent_id.clone(),
                )));
            }
        });
    }
    if rows.len() > SHOWN {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("shown", SHOWN);
        args.set("count", rows.len());
        view.text(ui, &view.t_args("console-list-more", &args));
    }
    intent
}
