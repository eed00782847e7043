//! The safeguards a counsellor records: the private confirmation interview,
//! flag resolutions, the same-day reconfirmation and a corrected departure (on
//! the record's screen), and finding a consent without its code.

use eframe::egui::Ui;

use crate::consent::{
    ConfirmationInterview, Consent, FearOfHarm, FitnessToTravel, FlagKind, FlagOutcome, FoundBy,
    Hold, Interpreter, InterviewOutcome, LegalAdvice, ProtectionSigns, Role,
};
use crate::console::ConsoleIntent;
use crate::content::role_message;

use super::view::{ConsoleInputs, ConsoleView};

/// The interview form, as filled in: nothing is pre-set, every question is answered.
#[derive(Default, Clone)]
pub struct InterviewForm {
    /// The interpreter's language, empty when none.
    pub interpreter_language: String,
    /// The interpreter's roster id.
    pub interpreter_id: String,
    /// A guardian was in the room.
    pub guardian_present: bool,
    /// A legal representative was in the room.
    pub representative_present: bool,
    /// Fear of harm on return.
    pub fear: Option<FearOfHarm>,
    /// Signs of trafficking or violence.
    pub signs: Option<ProtectionSigns>,
    /// Fitness to travel.
    pub fitness: Option<FitnessToTravel>,
    /// Legal advice.
    pub legal: Option<LegalAdvice>,
    /// Detention.
    pub detained: Option<bool>,
    /// The person's own confirmation.
    pub person_confirmed: Option<bool>,
}

impl InterviewForm {
    /// The interview, once every question has an answer.
    pub fn interview(&self, outcome: InterviewOutcome) -> Option<ConfirmationInterview> {
        let language = self.interpreter_language.trim();
        let mut others_present = Vec::new();
        if self.guardian_present {
            others_present.push(Role::Guardian);
        }
        if self.representative_present {
            others_present.push(Role::LegalRepresentative);
        }
        Some(ConfirmationInterview {
            interpreter: (!language.is_empty()).then(|| Interpreter {
                language: language.to_owned(),
                interpreter_id: self.interpreter_id.trim().to_owned(),
            }),
            others_present,
            fear_of_harm: self.fear?,
            trafficking_or_violence: self.signs?,
            fitness_to_travel: self.fitness?,
            legal_advice: self.legal?,
            detained: self.detained?,
            person_confirmed: self.person_confirmed?,
            outcome,
        })
    }
}

impl std::fmt::Debug for InterviewForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InterviewForm").finish_non_exhaustive()
    }
}

/// One question and its answers as buttons that show which is chosen.
fn question<T: Copy + PartialEq>(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    id: &str,
    answers: &[(&str, T)],
    value: &mut Option<T>,
) {
    view.para(ui, id);
    view.row(ui, |ui| {
        for (answer_id, answer) in answers {
            if view.choice(ui, &view.t(answer_id), *value == Some(*answer)) {
                *value = Some(*answer);
            }
        }
    });
}

/// The private confirmation interview: who is present, the questions, the outcome.
pub fn confirmation_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    view.console.opened()?;
    let mut intent = None;
    let form = &mut inputs.interview;
    view.heading(ui, "console-confirmation-title");
    view.para(ui, "console-confirmation-intro");
    view.field(
        ui,
        "console-confirmation-interpreter-language",
        &mut form.interpreter_language,
        false,
    );
    view.field(
        ui,
        "console-confirmation-interpreter-id",
        &mut form.interpreter_id,
        false,
    );
    view.para(ui, "console-confirmation-others");
    view.row(ui, |ui| {
        if view.choice(
            ui,
            &view.t(role_message(Role::Guardian)),
            form.guardian_present,
        ) {
            form.guardian_present = !form.guardian_present;
        }
        if view.choice(
            ui,
            &view.t(role_message(Role::LegalRepresentative)),
            form.representative_present,
        ) {
            form.representative_present = !form.representative_present;
        }
    });
    question(
        ui,
        view,
        "console-confirmation-fear",
        &[
            ("console-confirmation-fear-none", FearOfHarm::NoneExpressed),
            (
                "console-confirmation-fear-asylum-info",
                FearOfHarm::AsylumInformationGiven,
            ),
            ("console-confirmation-referred", FearOfHarm::Referred),
        ],
        &mut form.fear,
    );
    question(
        ui,
        view,
        "console-confirmation-signs",
        &[
            ("console-confirmation-signs-none", ProtectionSigns::NoneSeen),
            ("console-confirmation-referred", ProtectionSigns::Referred),
        ],
        &mut form.signs,
    );
    question(
        ui,
        view,
        "console-confirmation-fitness",
        &[
            ("console-confirmation-fit", FitnessToTravel::Fit),
            (
                "console-confirmation-fit-with-support",
                FitnessToTravel::FitWithSupport,
            ),
            ("console-confirmation-not-fit", FitnessToTravel::NotFit),
        ],
        &mut form.fitness,
    );
    question(
        ui,
        view,
        "console-confirmation-legal",
        &[
            ("console-confirmation-legal-offered", LegalAdvice::Offered),
            ("console-confirmation-legal-taken", LegalAdvice::Taken),
            ("console-confirmation-legal-declined", LegalAdvice::Declined),
        ],
        &mut form.legal,
    );
    question(
        ui,
        view,
        "console-confirmation-detained",
        &[("item-yes", true), ("item-no", false)],
        &mut form.detained,
    );
    question(
        ui,
        view,
        "console-confirmation-person",
        &[("item-yes", true), ("item-no", false)],
        &mut form.person_confirmed,
    );
    ui.separator();
    view.row(ui, |ui| {
        for (id, outcome) in [
            (
                "console-confirmation-confirmed",
                InterviewOutcome::Confirmed,
            ),
            (
                "console-confirmation-outcome-referred",
                InterviewOutcome::Referred,
            ),
            (
                "console-confirmation-withdrawn",
                InterviewOutcome::Withdrawn,
            ),
        ] {
            if view.button(ui, id) {
                intent = Some(match form.interview(outcome) {
                    Some(interview) => ConsoleIntent::RecordConfirmation(interview),
                    None => ConsoleIntent::InterviewUnanswered,
                });
            }
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    if let Some(ConsoleIntent::RecordConfirmation(_)) = &intent {
        *form = InterviewForm::default();
    }
    intent
}

fn flag_message(flag: FlagKind) -> &'static str {
    match flag {
        FlagKind::Pressure => "console-flag-pressure",
        FlagKind::Comprehension => "console-flag-re-explained",
        FlagKind::CapacityDoubt => "console-flag-capacity-doubt",
        FlagKind::ChildObjection => "console-flag-child-objection",
    }
}

/// On the record's screen: open flags with a resolution each, the interview,
/// the reconfirmation before departure and the correction of a departure.
pub fn record_safeguards_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    consent: &Consent,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    let pending = consent.is_pending();
    let open = consent.open_flags();
    if pending && !open.is_empty() {
        ui.separator();
        view.para(ui, "console-flags-open");
        view.field(ui, "console-flag-reason", &mut inputs.flag_reason, false);
        for flag in open {
            view.row(ui, |ui| {
                view.label(ui, &view.t(flag_message(flag)));
                // A child's objection is never cleared: it goes to review.
                if flag == FlagKind::ChildObjection && view.button(ui, "console-flag-review") {
                    intent = Some(ConsoleIntent::ReviewChildObjection {
                        reason: std::mem::take(&mut inputs.flag_reason),
                    });
                }
                for (id, outcome) in [
                    ("console-flag-cleared", FlagOutcome::Cleared),
                    ("console-flag-referred", FlagOutcome::Referred),
                ] {
                    if flag == FlagKind::ChildObjection && outcome == FlagOutcome::Cleared {
                        continue;
                    }
                    if view.button(ui, id) {
                        intent = Some(ConsoleIntent::ResolveFlag {
                            flag,
                            outcome,
                            reason: std::mem::take(&mut inputs.flag_reason),
                        });
                    }
                }
            });
        }
    }
    for resolution in &consent.flag_resolutions {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("flag", view.t(flag_message(resolution.flag)));
        args.set("outcome", resolution.outcome.as_str());
        args.set("reason", resolution.reason.clone());
        view.text(ui, &view.t_args("console-flag-resolution", &args));
    }
    let holds = consent.holds();
    if pending && !holds.is_empty() {
        let waiting: Vec<String> = holds
            .iter()
            .map(|hold| match hold {
                Hold::ConfirmationInterview => view.t("console-confirmation"),
                Hold::Flag(flag) => view.t(flag_message(*flag)),
                Hold::Household => view.t("console-hold-household"),
            })
            .collect();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("value", waiting.join(" · "));
        view.text(ui, &view.t_args("console-fact-waiting-for", &args));
    }
    if let Some(from) = consent.shareable_from() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("value", super::record::when(view, from));
        view.text(ui, &view.t_args("console-fact-shareable-from", &args));
    }
    if let Some(interview) = &consent.interview {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("outcome", interview.interview.outcome.as_str());
        args.set("when", super::record::when(view, interview.at));
        view.text(ui, &view.t_args("console-fact-interview", &args));
    }
    for (at, reason) in &consent.corrected_departures {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("when", super::record::when(view, *at));
        args.set("reason", reason.clone());
        view.text(ui, &view.t_args("console-fact-departure-corrected", &args));
    }
    view.row(ui, |ui| {
        if pending && view.button(ui, "console-confirmation") {
            intent = Some(ConsoleIntent::ShowConfirmation);
        }
        if pending && view.button(ui, "console-reconfirm-departure") {
            intent = Some(ConsoleIntent::ReconfirmDeparture);
        }
    });
    if consent.departed_at.is_some() {
        view.field(
            ui,
            "console-departure-correction-reason",
            &mut inputs.correction_reason,
            false,
        );
        if view.button(ui, "console-departure-correct") {
            intent = Some(ConsoleIntent::CorrectDeparture {
                reason: std::mem::take(&mut inputs.correction_reason),
            });
        }
    }
    intent
}

/// Find a consent by what the person remembers, then withdraw it with them present.
pub fn find_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    view.heading(ui, "console-find-title");
    view.para(ui, "console-find-intro");
    view.field(ui, "console-find-date", &mut inputs.find_date, false);
    view.field(
        ui,
        "console-find-language",
        &mut inputs.find_language,
        false,
    );
    view.field(
        ui,
        "console-find-destination",
        &mut inputs.find_destination,
        false,
    );
    view.field(ui, "console-find-code", &mut inputs.find_code, false);
    view.row(ui, |ui| {
        if view.button(ui, "console-find-search") {
            intent = Some(ConsoleIntent::FindWithoutCode(found_by(inputs)));
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    let found = view.console.found();
    if found.is_empty() {
        return intent;
    }
    ui.separator();
    view.field(
        ui,
        "console-find-reason",
        &mut inputs.withdraw_reason,
        false,
    );
    if view.choice(
        ui,
        &view.t("console-find-person-present"),
        inputs.person_present,
    ) {
        inputs.person_present = !inputs.person_present;
    }
    for consent in found {
        let destination = consent
            .record
            .destination
            .as_ref()
            .map_or_else(String::new, |d| d.country.clone());
        let line = format!(
            "{} · {} · {destination}",
            super::record::when(view, consent.record.recorded_at),
            consent.record.locale
        );
        view.row(ui, |ui| {
            view.label(ui, &line);
            if view.button(ui, "console-withdraw") {
                intent = Some(ConsoleIntent::WithdrawWithoutCode {
                    consent_id: consent.consent_id.clone(),
                    person_present: inputs.person_present,
                    reason: inputs.withdraw_reason.clone(),
                });
            }
        });
    }
    intent
}

/// The facts typed, each only when given.
fn found_by(inputs: &ConsoleInputs) -> FoundBy {
    let given = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_owned())
    };
    FoundBy {
        signed_on: time::Date::parse(
            inputs.find_date.trim(),
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .ok(),
        locale: given(&inputs.find_language),
        destination: given(&inputs.find_destination),
        partial_code: given(&inputs.find_code),
    }
}
