//! Safeguards that hold a consent's effect until a person has acted: flags a
//! counsellor resolves, the private confirmation interview, the same-day
//! reconfirmation before departure, and the facts a consent is found by when
//! the person has lost their code.

use serde::{Deserialize, Serialize};

use super::party::{ChildView, Role};
use super::rules::RuleViolation;

/// How long a reconfirmation counts for a departure: one working day. Said in
/// hours rather than as a calendar date so the domain needs no time zone.
pub const RECONFIRMATION_VALID_HOURS: i64 = 12;

/// Which safeguards a signed record is held to. Absent on records signed before
/// they existed: those histories replay under the rules of their time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Safeguards {
    /// A counsellor's private confirmation interview is needed before effect.
    pub confirmation_interview: bool,
}

/// Something in a record that a counsellor must look into before the consent
/// may take effect or the person be recorded as departed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// The person said they feel pressured or asked to speak privately.
    Pressure,
    /// A comprehension answer needed explaining again.
    Comprehension,
    /// A counsellor recorded doubts about capacity to decide.
    CapacityDoubt,
    /// A child objected.
    ChildObjection,
}

impl FlagKind {
    /// Every flag, in the order the console lists them.
    pub const ALL: [FlagKind; 4] = [
        FlagKind::Pressure,
        FlagKind::Comprehension,
        FlagKind::CapacityDoubt,
        FlagKind::ChildObjection,
    ];

    /// The stable name used in messages and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::Pressure => "pressure",
            FlagKind::Comprehension => "comprehension",
            FlagKind::CapacityDoubt => "capacity_doubt",
            FlagKind::ChildObjection => "child_objection",
        }
    }

    /// The flags a record raises.
    pub fn raised_by(record: &super::event::ConsentRecord) -> Vec<FlagKind> {
        let mut flags = Vec::new();
        if record.pressure_flag {
            flags.push(FlagKind::Pressure);
        }
        if record.re_explained {
            flags.push(FlagKind::Comprehension);
        }
        if record.subject.capacity_doubt {
            flags.push(FlagKind::CapacityDoubt);
        }
        if matches!(record.subject.child_view, Some(ChildView::Objection { .. })) {
            flags.push(FlagKind::ChildObjection);
        }
        flags
    }
}

/// What the counsellor concluded about a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagOutcome {
    /// Spoken about in private: the flag no longer stands in the way.
    Cleared,
    /// Referred on (protection, health, legal advice): the flag stays open.
    Referred,
}

impl FlagOutcome {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagOutcome::Cleared => "cleared",
            FlagOutcome::Referred => "referred",
        }
    }
}

/// What stops a signed consent from taking effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "hold", content = "flag")]
pub enum Hold {
    /// No confirmation interview has confirmed the current record.
    ConfirmationInterview,
    /// A flag is open.
    Flag(FlagKind),
    /// A child's consent linked to a household waits for a parent's of the
    /// same household to be in force (rule 5).
    Household,
}

impl Hold {
    /// The stable name: `confirmation_interview`, `flag:<kind>` or `household`.
    pub fn code(self) -> &'static str {
        match self {
            Hold::ConfirmationInterview => "confirmation_interview",
            Hold::Flag(FlagKind::Pressure) => "flag:pressure",
            Hold::Flag(FlagKind::Comprehension) => "flag:comprehension",
            Hold::Flag(FlagKind::CapacityDoubt) => "flag:capacity_doubt",
            Hold::Flag(FlagKind::ChildObjection) => "flag:child_objection",
            Hold::Household => "household",
        }
    }
}

/// An interpreter at the interview: by language and the interpreter's id
/// (a roster number, never a name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interpreter {
    /// The language interpreted (BCP-47).
    pub language: String,
    /// The interpreter's id on the centre's roster.
    pub interpreter_id: String,
}

/// Did the person say they fear harm on return, and what was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FearOfHarm {
    /// Asked; none expressed.
    NoneExpressed,
    /// Expressed; information on asylum was given.
    AsylumInformationGiven,
    /// Expressed; a referral was made.
    Referred,
}

/// Signs of trafficking or violence, and what was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProtectionSigns {
    /// Asked and looked for; none seen.
    NoneSeen,
    /// Seen; a referral was made (the only answer to signs).
    Referred,
}

/// Health and fitness to travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FitnessToTravel {
    /// Fit to travel.
    Fit,
    /// Fit with support (a medical escort, medication).
    FitWithSupport,
    /// Not fit to travel now.
    NotFit,
}

/// Independent legal advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalAdvice {
    /// Offered; the person has not decided yet.
    Offered,
    /// Offered and taken.
    Taken,
    /// Offered and declined.
    Declined,
}

/// How the interview ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewOutcome {
    /// The person confirmed, freely and in private: the consent may take effect.
    Confirmed,
    /// Referred on: the consent stays pending.
    Referred,
    /// The person withdrew during the interview.
    Withdrawn,
}

impl InterviewOutcome {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            InterviewOutcome::Confirmed => "confirmed",
            InterviewOutcome::Referred => "referred",
            InterviewOutcome::Withdrawn => "withdrawn",
        }
    }
}

/// A counsellor's private confirmation interview. No names: roles, an
/// interpreter's roster id, and the answers to the questions every interview asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationInterview {
    /// The interpreter, if one took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<Interpreter>,
    /// Anyone else in the room besides the person, the counsellor and the
    /// interpreter (a representative, a guardian), by role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others_present: Vec<Role>,
    /// Fear of harm on return.
    pub fear_of_harm: FearOfHarm,
    /// Signs of trafficking or violence.
    pub trafficking_or_violence: ProtectionSigns,
    /// Health and fitness to travel.
    pub fitness_to_travel: FitnessToTravel,
    /// Legal advice.
    pub legal_advice: LegalAdvice,
    /// The person is in detention (which weighs on how free a choice is).
    pub detained: bool,
    /// The person confirmed, in their own words, that they want to return.
    pub person_confirmed: bool,
    /// How it ended.
    pub outcome: InterviewOutcome,
}

impl ConfirmationInterview {
    /// Whether the answers allow the outcome: a confirmation needs the person's
    /// own confirmation, no referral pending, fitness to travel, and a decision on
    /// legal advice when the person is detained.
    pub fn check(&self) -> Result<(), RuleViolation> {
        if self
            .interpreter
            .as_ref()
            .is_some_and(|i| i.language.trim().is_empty() || i.interpreter_id.trim().is_empty())
        {
            return Err(RuleViolation::InterviewIncomplete("interpreter"));
        }
        if self.outcome != InterviewOutcome::Confirmed {
            return Ok(());
        }
        if !self.person_confirmed {
            return Err(RuleViolation::InterviewIncomplete("person_not_confirmed"));
        }
        if self.fear_of_harm == FearOfHarm::Referred
            || self.trafficking_or_violence == ProtectionSigns::Referred
        {
            return Err(RuleViolation::InterviewIncomplete("referral_pending"));
        }
        if self.fitness_to_travel == FitnessToTravel::NotFit {
            return Err(RuleViolation::InterviewIncomplete("not_fit_to_travel"));
        }
        if self.detained && self.legal_advice == LegalAdvice::Offered {
            return Err(RuleViolation::InterviewIncomplete(
                "legal_advice_undecided_in_detention",
            ));
        }
        Ok(())
    }
}

/// What a person without their code can tell a counsellor, to find their
/// consent. Every fact given must match; at least two must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoundBy {
    /// The day they signed (`YYYY-MM-DD`, UTC).
    pub signed_on: Option<time::Date>,
    /// The language they read in.
    pub locale: Option<String>,
    /// The country of return (ISO 3166-1 alpha-2).
    pub destination: Option<String>,
    /// Some characters of the code, in order (separators ignored).
    pub partial_code: Option<String>,
}

impl FoundBy {
    /// How many facts were given.
    pub fn given(&self) -> usize {
        usize::from(self.signed_on.is_some())
            + usize::from(self.locale.is_some())
            + usize::from(self.destination.is_some())
            + usize::from(self.partial_code.is_some())
    }

    /// Which facts were given, by name (what a withdrawal records; never the values).
    pub fn names(&self) -> Vec<String> {
        let mut names = Vec::new();
        if self.signed_on.is_some() {
            names.push("signed_on".to_owned());
        }
        if self.locale.is_some() {
            names.push("locale".to_owned());
        }
        if self.destination.is_some() {
            names.push("destination".to_owned());
        }
        if self.partial_code.is_some() {
            names.push("partial_code".to_owned());
        }
        names
    }

    /// Whether a consent matches every fact given.
    pub fn matches(&self, consent: &super::lifecycle::Consent) -> bool {
        let first = consent
            .earlier_records
            .first()
            .unwrap_or(&consent.record)
            .recorded_at;
        let on = self.signed_on.is_none_or(|day| first.date() == day);
        let locale = self.locale.as_deref().is_none_or(|locale| {
            consent.record.locale.eq_ignore_ascii_case(locale.trim())
                || consent.earlier_records.iter().any(|r| r.locale == locale)
        });
        let destination = self.destination.as_deref().is_none_or(|code| {
            consent
                .record
                .destination
                .as_ref()
                .is_some_and(|d| d.country.eq_ignore_ascii_case(code.trim()))
        });
        let code = self.partial_code.as_deref().is_none_or(|part| {
            let part: String = part
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_uppercase())
                .collect();
            !part.is_empty() && consent.reference.compact().contains(&part)
        });
        on && locale && destination && code
    }
}
