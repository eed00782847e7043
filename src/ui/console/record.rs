//! A record: asked for a reason first, then shown with what can be done to it;
//! and the re-consent screen, old and new text side by side.

use eframe::egui::{self, Ui};

use crate::consent::{Consent, ConsentState};
use crate::console::ConsoleIntent;
use crate::content::role_message;

use super::view::{ConsoleInputs, ConsoleView};

/// The reasons offered as buttons, most common first.
const QUICK_REASONS: [&str; 4] = [
    "console-reason-asked",
    "console-reason-flag",
    "console-reason-interview",
    "console-reason-departure",
];

/// "Why are you opening this record?" Nothing of it is shown before: a common
/// reason in one press, or another typed.
pub fn reason_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    view.heading(ui, "console-reason-title");
    // Which record: its code, from the list it was chosen in.
    if let crate::console::ConsoleScreen::Reason(id) = view.console.screen() {
        let row = view
            .console
            .dashboard()
            .rows()
            .iter()
            .find(|r| r.consent_id == id.as_str());
        if let Some(row) = row {
            let code = crate::consent::ReferenceCode::parse(&row.reference)
                .map_or_else(|_| row.reference.clone(), |c| c.to_string());
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("code", code);
            view.text(ui, &view.t_args("console-reason-for", &args));
        }
    }
    view.para(ui, "console-reason-intro");
    // The usual reasons, one press each; the words recorded are the button's.
    view.para(ui, "console-reason-quick");
    view.row(ui, |ui| {
        for id in QUICK_REASONS {
            let reason = view.t(id);
            if view.button_text(ui, &reason) {
                intent = Some(ConsoleIntent::Open { reason });
            }
        }
    });
    view.field(ui, "console-reason-other", &mut inputs.reason, false);
    view.row(ui, |ui| {
        if view.button(ui, "console-open-confirm") {
            intent = Some(ConsoleIntent::Open {
                reason: std::mem::take(&mut inputs.reason),
            });
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    intent
}

fn state_message(state: &ConsentState) -> &'static str {
    match state {
        ConsentState::CoolingOff { .. } => "console-state-cooling-off",
        ConsentState::OnHold { .. } => "console-state-on-hold",
        ConsentState::Effective { .. } => "console-state-effective",
        ConsentState::Withdrawn { .. } => "console-state-withdrawn",
        ConsentState::NeedsReview { .. } => "console-state-needs-review",
        ConsentState::Declined { .. } => "console-state-declined",
    }
}

/// A moment in the deployment's time zone, in the staff member's language.
pub(super) fn when(view: &ConsoleView<'_>, at: crate::consent::Timestamp) -> String {
    let (date, time) = view.content.local_time(at);
    format!(
        "{} {}",
        view.catalog.date(&view.chain, date).text,
        view.catalog.time_of_day(&view.chain, time).text
    )
}

/// A destination as staff read it: the country's name, and the area's name
/// with its ISO 3166-2 code when the record names one.
pub(super) fn destination_text(
    view: &ConsoleView<'_>,
    destination: &crate::consent::Destination,
) -> String {
    let country = view
        .content
        .countries
        .iter()
        .find(|c| c.code == destination.country);
    let name = country.map_or_else(|| destination.country.clone(), |c| view.t(&c.name));
    match &destination.area {
        Some(area) => {
            let area_name = country
                .and_then(|c| c.area(area))
                .map_or_else(|| area.clone(), |a| format!("{} ({area})", view.t(&a.name)));
            format!("{name} · {area_name}")
        }
        None => name,
    }
}

/// One opened consent and what can be done with it.
pub fn record_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    now: crate::consent::Timestamp,
) -> Option<ConsoleIntent> {
    let consent = view.console.opened()?;
    let state = consent.state_at(now);
    view.heading(ui, "console-record-title");
    let fact = |id: &str, value: String| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("value", value);
        view.t_args(id, &args)
    };
    let mut lines = vec![
        fact("console-fact-code", consent.reference.to_string()),
        fact("console-fact-state", view.t(state_message(&state))),
        fact(
            "console-fact-signed",
            when(view, consent.record.recorded_at),
        ),
    ];
    if let Some(until) = consent.cooling_off_until() {
        lines.push(fact("console-fact-cooling-off", when(view, until)));
    }
    if let Some(destination) = &consent.record.destination {
        lines.push(fact(
            "console-fact-destination",
            destination_text(view, destination),
        ));
    }
    // By its own name, as the language chips and the table show it.
    let language = view.catalog.locale(&consent.record.locale).map_or_else(
        || consent.record.locale.clone(),
        |l| format!("{} ({})", l.meta.native_name, consent.record.locale),
    );
    lines.push(fact("console-fact-language", language));
    lines.push(fact(
        "console-fact-content",
        consent.record.content_version.chars().take(12).collect(),
    ));
    let subject = &consent.record.subject;
    if subject.unaccompanied == Some(true) {
        lines.push(view.t("console-guided-unaccompanied-yes"));
    }
    if let Some(escort) = &subject.escort {
        lines.push(fact("console-fact-escort", escort.clone()));
    }
    if let Some(reference) = &subject.reception_arrangement_reference {
        lines.push(fact("console-fact-reception", reference.clone()));
    }
    if let Some(household) = &subject.household_reference {
        lines.push(fact("console-fact-household", household.clone()));
    }
    if subject.best_interests_covers_separation {
        lines.push(view.t("console-guided-covers-separation"));
    }
    if let Some(at) = consent.departed_at {
        lines.push(fact("console-fact-departed", when(view, at)));
    }
    if let Some(reason) = consent.review_reason() {
        let why = match reason {
            crate::consent::ReviewReason::DestinationSuspended { detail, .. }
            | crate::consent::ReviewReason::SuspensionFound { detail, .. } => detail.clone(),
            crate::consent::ReviewReason::ContentChanged { .. } => {
                view.t("console-review-content-changed")
            }
            crate::consent::ReviewReason::ChildObjection { note } => {
                view.label_value(&view.t("console-review-child-objection"), note)
            }
        };
        lines.push(fact("console-fact-review", why));
    }
    if consent.record.pressure_flag {
        lines.push(view.t("console-flag-pressure"));
    }
    if consent.record.re_explained {
        lines.push(view.t("console-flag-re-explained"));
    }
    for line in lines {
        view.text(ui, &line);
    }
    ui.separator();
    view.para(ui, "console-present");
    for party in &consent.record.parties {
        let role = view.t(role_message(party.role));
        let mut line = match &party.name {
            Some(name) => view.label_value(&role, name.as_str()),
            None => role,
        };
        if let Some(language) = &party.language {
            line.push_str(&format!(" ({language})"));
        }
        view.text(ui, &line);
    }
    ui.separator();
    view.para(ui, "console-items");
    for statement in &view.content.statements {
        if let Some(answer) = consent.record.items.get(&statement.item) {
            let word = view.t(if *answer { "item-yes" } else { "item-no" });
            view.text(ui, &view.label_value(&view.t(&statement.title), &word));
        }
    }
    let mut intent = super::safeguards::record_safeguards_ui(ui, view, inputs, consent);
    ui.separator();
    view.row(ui, |ui| {
        if matches!(state, ConsentState::NeedsReview { .. }) && view.button(ui, "console-reconsent")
        {
            intent = Some(ConsoleIntent::ShowReconsent);
        }
        if consent.departed_at.is_none()
            && !matches!(
                state,
                ConsentState::Withdrawn { .. } | ConsentState::Declined { .. }
            )
            && view.button(ui, "console-withdraw")
        {
            intent = Some(ConsoleIntent::Withdraw);
        }
        if matches!(state, ConsentState::Effective { .. })
            && consent.departed_at.is_none()
            && view.button(ui, "console-departure")
        {
            intent = Some(ConsoleIntent::RecordDeparture);
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    intent
}

/// What changed since the person signed (then and now, side by side), and a fresh
/// signature from each who signed before; or a withdrawal instead.
pub fn reconsent_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    changes: &[crate::console::Change],
) -> Option<ConsoleIntent> {
    let consent: &Consent = view.console.opened()?;
    let mut intent = None;
    view.heading(ui, "console-reconsent-title");
    view.para(ui, "console-reconsent-intro");
    let record_base = view
        .catalog
        .locale(&consent.record.locale)
        .map_or(crate::text::BaseDirection::Ltr, |l| l.meta.direction.into());
    let style = crate::text::TextStyle {
        font_id: egui::FontId::proportional(16.0),
        ..view.body()
    };
    if changes.is_empty() {
        view.para(ui, "console-reconsent-no-text-change");
    }
    for change in changes {
        ui.group(|ui| {
            ui.set_min_width(ui.available_width());
            view.text(ui, &change.step);
            let mut sides = [
                ("console-reconsent-before", Some(change.before.as_str())),
                ("console-reconsent-now", change.now.as_deref()),
            ];
            // Then and now side by side, in the console's reading order.
            if view.rtl() {
                sides.reverse();
            }
            ui.columns(2, |columns| {
                for (column, (title, text)) in columns.iter_mut().zip(sides) {
                    view.para(column, title);
                    let text = text.map_or_else(|| view.t("console-reconsent-gone"), str::to_owned);
                    crate::text::paragraph(column, &text, record_base, &style);
                }
            });
        });
    }
    let signers: Vec<_> = consent
        .record
        .signatures
        .iter()
        .filter_map(|s| {
            consent
                .record
                .parties
                .iter()
                .find(|p| p.party_id == s.signer)
        })
        .collect();
    // Where return differs by area, the person names the region again (a record
    // made before the region was asked has none, and cannot be signed without it).
    let country = consent
        .record
        .destination
        .as_ref()
        .and_then(|d| view.content.countries.iter().find(|c| c.code == d.country))
        .filter(|c| !c.areas.is_empty());
    if let Some(country) = country {
        if inputs.reconsent_area.is_none() {
            inputs.reconsent_area = consent
                .record
                .destination
                .as_ref()
                .and_then(|d| d.area.clone());
        }
        view.para(ui, "console-reconsent-region");
        ui.horizontal_wrapped(|ui| {
            for area in &country.areas {
                let mut label = format!("{} ({})", view.t(&area.name), area.code);
                if country.area_suspension(&area.code).is_some() {
                    label = format!("{label} · {}", view.t("region-paused"));
                }
                let chosen = inputs.reconsent_area.as_deref() == Some(area.code.as_str());
                if view.choice(ui, &label, chosen) {
                    inputs.reconsent_area = Some(area.code.clone());
                }
            }
        });
    }
    inputs.reconsent_names.resize(signers.len(), String::new());
    for (party, name) in signers.iter().zip(inputs.reconsent_names.iter_mut()) {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("role", view.t(role_message(party.role)));
        let label = view.t_args("console-reconsent-sign-as", &args);
        view.text(ui, &label);
        let style = crate::text::TextStyle {
            font_id: egui::FontId::proportional(20.0),
            color: ui.visuals().text_color(),
        };
        crate::ui::field::text_field(
            ui,
            name,
            &style,
            &label,
            ui.available_width().min(520.0),
            0.0,
        );
    }
    view.row(ui, |ui| {
        let complete = inputs.reconsent_names.iter().all(|n| !n.trim().is_empty());
        if view.button(ui, "console-reconsent-sign") && complete {
            intent = Some(ConsoleIntent::Reconsent {
                typed_names: signers
                    .iter()
                    .map(|p| p.party_id)
                    .zip(inputs.reconsent_names.drain(..))
                    .collect(),
                area: inputs.reconsent_area.take(),
            });
        }
        if view.button(ui, "console-withdraw") {
            intent = Some(ConsoleIntent::Withdraw);
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    intent
}
