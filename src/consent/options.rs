//! What a person can choose: the legal options, the destination, the consent items.

use serde::{Deserialize, Serialize};

/// The legal options the kiosk presents, all with equal prominence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalOption {
    /// Seeking protection (asylum).
    Asylum,
    /// Appeal and remedies against a negative decision.
    Appeal,
    /// Other legal stay: family, work, study, humanitarian grounds.
    OtherStay,
    /// Assisted voluntary return and reintegration.
    VoluntaryReturn,
    /// Moving to a third country (resettlement, family reunification).
    ThirdCountry,
    /// What happens when no decision is taken.
    NoDecision,
}

impl LegalOption {
    /// Every option, in the order the overview shows them (none is ranked).
    pub const ALL: [LegalOption; 6] = [
        LegalOption::Asylum,
        LegalOption::Appeal,
        LegalOption::OtherStay,
        LegalOption::VoluntaryReturn,
        LegalOption::ThirdCountry,
        LegalOption::NoDecision,
    ];

    /// The key used in `content/` and in message IDs.
    pub fn key(self) -> &'static str {
        match self {
            LegalOption::Asylum => "asylum",
            LegalOption::Appeal => "appeal",
            LegalOption::OtherStay => "other_stay",
            LegalOption::VoluntaryReturn => "voluntary_return",
            LegalOption::ThirdCountry => "third_country",
            LegalOption::NoDecision => "no_decision",
        }
    }

    /// Whether a consent for this option names a destination country.
    pub fn needs_destination(self) -> bool {
        matches!(self, LegalOption::VoluntaryReturn)
    }
}

/// A country of return (ISO 3166-1 alpha-2), optionally narrowed to an area.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Destination {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: String,
    /// An area within the country (region or province), when assistance differs by area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
}

impl Destination {
    /// A whole country.
    pub fn country(code: &str) -> Self {
        Self {
            country: code.to_ascii_uppercase(),
            area: None,
        }
    }

    /// The most precise code: the area's (ISO 3166-2, which begins with the
    /// country's), or the country's (ISO 3166-1 alpha-2).
    pub fn code(&self) -> &str {
        self.area.as_deref().unwrap_or(&self.country)
    }
}

/// The granular consent items (DESIGN.md rule 4), each answered on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKey {
    /// Assistance to return (travel, documents, arrival support).
    ReturnAssistance,
    /// Processing of personal data for the return.
    PersonalData,
    /// Sharing identity data with the authorities of the country of return, for travel documents.
    ShareIdentityWithOriginAuthorities,
    /// Sharing health data with the medical escort.
    ShareHealthWithMedicalEscort,
    /// Being contacted after return for reintegration follow-up.
    ContactAfterReturn,
}

impl ItemKey {
    /// Every item, in the order the consent steps show them.
    pub const ALL: [ItemKey; 5] = [
        ItemKey::ReturnAssistance,
        ItemKey::PersonalData,
        ItemKey::ShareIdentityWithOriginAuthorities,
        ItemKey::ShareHealthWithMedicalEscort,
        ItemKey::ContactAfterReturn,
    ];

    /// The key used in `content/` and in message IDs.
    pub fn key(self) -> &'static str {
        match self {
            ItemKey::ReturnAssistance => "return_assistance",
            ItemKey::PersonalData => "personal_data",
            ItemKey::ShareIdentityWithOriginAuthorities => "share_identity_with_origin_authorities",
            ItemKey::ShareHealthWithMedicalEscort => "share_health_with_medical_escort",
            ItemKey::ContactAfterReturn => "contact_after_return",
        }
    }

    /// Whether consenting to this item lets data leave the centre (to the
    /// authorities of the country of origin, to a medical escort): such data may
    /// go only once the consent is in force, since it cannot be called back.
    pub fn sends_data_outside(self) -> bool {
        matches!(
            self,
            ItemKey::ShareIdentityWithOriginAuthorities | ItemKey::ShareHealthWithMedicalEscort
        )
    }

    /// Looks an item up by its content key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.key() == key)
    }
}
